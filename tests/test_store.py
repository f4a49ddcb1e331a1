"""The SQLite store and cross-document relations, on texts written for these tests."""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lagebild
from lagebild.store import SQLiteStore, Store, open_store
from lagebild.store._schema import MIGRATIONS

DE = (
    "Nordkorea schickt Raketen\n"
    "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes NIS im Oktober 2024 rund 50 KN-23-Raketen "
    "an Russland geliefert. Die Lieferung sei per Bahn über Chasan erfolgt, hieß es in Seoul.\n"
)
EN = (
    "North Korea sends missiles\n"
    "North Korea delivered about 50 KN-23 missiles to Russia in October 2024, South Korea's National Intelligence "
    "Service said on Tuesday. The missiles were moved by rail, the agency added.\n"
)
DEPLOY_A = (
    "Troops in Kursk\nMore than 11,000 North Korean soldiers have been deployed to Russia, Ukrainian officials said.\n"
)
DEPLOY_B = (
    "Troops in Kursk\nAbout 12,000 North Korean soldiers have been deployed to Russia, South Korean officials said.\n"
)


_n = [0]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "sqlite":
        s: Store = SQLiteStore(":memory:")
        yield s
        return
    import psycopg

    url = request.getfixturevalue("pg_url")
    _n[0] += 1
    name = f"t{os.getpid()}_{_n[0]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    s = open_store(url.rsplit("/", 1)[0] + f"/{name}")
    yield s
    s.close()


def _add(store: Store, text: str, lang: str = "en", source: str = "t") -> str:
    rep = lagebild.analyze(text, lang=lang, published="2024-11-05", source=source).to_dict()
    return store.add(rep, text, {"outlet": source})


def _claim(store: Store, type_: str) -> dict[str, Any]:
    return [c for c in store.claims(type=type_, with_relations=True) if c["relations"]][0]


def test_store_reingest_is_idempotent(store: Store) -> None:
    assert _add(store, EN) == "new"
    before = store.stats()
    assert _add(store, EN) == "unchanged"
    assert store.stats() == before


def test_store_german_and_english_report_corroborate(store: Store) -> None:
    _add(store, DE, "de", "de.example")
    _add(store, EN, "en", "en.example")
    # the claims with the figure (the follow-up sentences, "Die Lieferung sei per Bahn ... erfolgt", only refine)
    c = next(c for c in store.claims(type="arms_transfer", lang="de") if "50" in c["text"])
    assert store.corroboration(int(c["id"])) == {"corroborates": 1}


def test_store_different_figures_are_a_discrepancy(store: Store) -> None:
    _add(store, DEPLOY_A, source="a")
    _add(store, DEPLOY_B, source="b")
    c = _claim(store, "troop_deployment")
    (rel,) = c["relations"]
    assert rel["kind"] in ("contradicts", "refines") and ("11000" in rel["detail"] or "12000" in rel["detail"])
    dossier = store.entity("country:KP")
    assert dossier is not None and len(dossier["figures"]) == 2


def test_store_exact_figures_contradict() -> None:
    from lagebild.corpus.link import relate

    a = {
        "type": "troop_deployment",
        "factuality": "reported",
        "args": {"quantities": [{"value": 11000, "unit": "soldiers", "approx": "exact"}]},
    }
    b = {
        "type": "troop_deployment",
        "factuality": "reported",
        "args": {"quantities": [{"value": 12000, "unit": "soldiers", "approx": "exact"}]},
    }
    assert relate(a, b) == ("contradicts", "figures differ: 11000 vs 12000 soldiers")


def test_store_reprint_is_not_independent(store: Store) -> None:
    _add(store, EN, source="wire")
    reprint = EN.replace("said on Tuesday", "said on Tuesday, according to a wire report")
    _add(store, reprint, source="reprint")
    _add(store, DE, "de", source="de")
    docs = list(store.documents())
    assert len(docs) == 3 and len({d["origin"] for d in docs}) == 2
    de_claim = next(c for c in store.claims(type="arms_transfer", lang="de") if "50" in c["text"])
    assert store.corroboration(int(de_claim["id"])) == {"corroborates": 1}  # wire and reprint count once


def test_store_full_text_search_and_timeline(store: Store) -> None:
    _add(store, EN)
    assert store.search("rail")[0]["title"] == "North Korea sends missiles"
    assert store.timeline()[0]["date"] == "2024-10"


def test_store_migrations_recorded_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    s = open_store(path)
    _add(s, EN)
    s.close()
    again = open_store(f"sqlite:///{path}")
    assert again.schema_version() == MIGRATIONS[-1][0] and again.stats()["documents"] == 1


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_store_roundtrip_any_text(text: str) -> None:
    s = SQLiteStore(":memory:")
    rep = lagebild.analyze(text, lang="en").to_dict()
    assert s.add(rep, text) == "new"
    row = s.db.execute("SELECT text FROM documents WHERE id = ?", (rep["document"]["id"],)).fetchone()
    assert row[0] == text
    for c in s.claims(limit=1000):
        assert text[c["start"] : c["end"]] == c["text"]


def _transfer(n: int, day: str, value: int = 50, factuality: str = "reported") -> tuple[dict[str, Any], str]:
    """A hand-built report with one North Korean transfer claim (no analysis: exact control of the fields)."""
    text = f"Report {n}: " + " ".join(f"w{n}x{i}" for i in range(40))
    args = {"supplier": "country:KP", "recipient": "country:RU", "items": ["weapon:kn-23"],
            "date": {"value": day, "granularity": "day"},
            "quantities": [{"value": value, "unit": "missiles", "approx": "exact"}]}  # fmt: skip
    claim = {"id": "c1", "start": 0, "end": 6, "text": text[:6], "type": "arms_transfer", "checkworthy": 0.9,
             "factuality": factuality, "attribution": {"source": f"agency {n}"}, "args": args}  # fmt: skip
    doc = {"id": f"sha256-{n:064d}", "lang": "en", "title": f"r{n}", "published": day, "source": None}
    ents = [{"id": "country:KP", "type": "country", "name": "North Korea", "mentions": []}]
    return {"document": doc, "entities": ents, "claims": [claim]}, text


def _claim_id(store: Store, n: int) -> int:
    return int(next(c["id"] for c in store.claims(limit=10**6) if c["doc"] == f"sha256-{n:064d}"))


def test_store_link_cap_and_window(store: Store) -> None:
    from lagebild.store._base import LINK_CAP

    store.add_many([(*_transfer(n, "2024-03-10"), {}) for n in range(LINK_CAP + 5)])
    store.add(*_transfer(100, "2024-01-01"))  # 69 days before: outside the 45-day window
    store.add(*_transfer(101, "2024-03-12"))
    rels = store.relations(_claim_id(store, 101))
    assert len(rels) == LINK_CAP and all(r["kind"] == "corroborates" for r in rels)
    older = {_claim_id(store, n) for n in range(LINK_CAP + 5)}
    assert {int(r["id"]) for r in rels} == set(sorted(older)[-LINK_CAP:])  # the most recent ones
    assert store.relations(_claim_id(store, 100)) == []


def test_store_out_of_order_claim_still_meets_its_window(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.store import _base

    monkeypatch.setattr(_base, "LINK_SCAN", 5)  # the recent end of the key group is all out of window
    store.add(*_transfer(0, "2023-06-01", value=40))
    store.add(*_transfer(1, "2023-06-03"))
    store.add_many([(*_transfer(n, "2024-09-01"), {}) for n in range(2, 12)])
    store.add(*_transfer(12, "2023-06-02"))
    kinds = {int(r["id"]): r["kind"] for r in store.relations(_claim_id(store, 12))}
    assert kinds == {_claim_id(store, 0): "contradicts", _claim_id(store, 1): "corroborates"}


def test_store_dossier_lists_each_discrepancy_once(store: Store) -> None:
    store.add(*_transfer(1, "2024-10-01", value=50))
    store.add(*_transfer(2, "2024-10-02", value=80))
    dossier = store.entity("country:KP")
    assert dossier is not None
    (d,) = dossier["discrepancies"]
    assert d["kind"] == "contradicts" and d["detail"] == "figures differ: 80 vs 50 missiles"


def test_store_denial_contradicts_once_per_origin(store: Store) -> None:
    rep, text = _transfer(1, "2024-10-01")
    store.add(rep, text)
    reprint = dict(rep, document=dict(rep["document"], id="sha256-" + "9" * 64))
    store.add(reprint, text + " (wire)")
    store.add(*_transfer(2, "2024-10-03", factuality="negated"))
    reprint_claim = next(c for c in store.claims() if c["doc"] == reprint["document"]["id"])
    assert [r["id"] for r in store.relations(int(reprint_claim["id"]))] == [_claim_id(store, 2)]  # not its origin
    denial = _claim_id(store, 2)
    assert {r["detail"] for r in store.relations(denial)} == {"denial by agency 2"}
    assert store.corroboration(denial) == {"contradicts": 1}  # the original and its reprint count once


def test_store_migration_backfills_link_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    s = SQLiteStore(path)
    s.add(*_transfer(1, "2024-10-01"))
    # turn it back into a store from before the link table existed
    s.db.executescript(
        "DROP TABLE claim_links; DELETE FROM schema_migrations WHERE version >= 5;"
        " DROP INDEX claim_entities_sorted; ALTER TABLE claim_entities DROP COLUMN sort_date;"
        " CREATE INDEX claim_entities_entity ON claim_entities(entity, claim);"
        " CREATE INDEX claims_key ON claims(key); CREATE INDEX claims_key_id ON claims(key, id);"
        " CREATE INDEX claims_type_date ON claims(type, date);"
    )
    s.close()
    again = SQLiteStore(path)
    assert again.schema_version() == MIGRATIONS[-1][0]
    again.add(*_transfer(2, "2024-10-02"))
    assert [r["kind"] for r in again.relations(_claim_id(again, 2))] == ["corroborates"]
    assert [c["doc"] for c in again.claims(entity="country:KP")] == [f"sha256-{n:064d}" for n in (2, 1)]


def test_store_entity_claims_in_date_order_once_each(store: Store) -> None:
    days = ["2024-05-03", "2024-01-20", "2024-05-03", "2024-09-14", "2024-02-29", "2024-07-01"]
    items = []
    for n, day in enumerate(days):
        rep, text = _transfer(n, day)
        if n % 2:  # North Korea named as supplier and as the source: one claim, two roles
            rep["claims"][0]["attribution"]["source_entity"] = "country:KP"
        items.append((rep, text, {}))
    store.add_many(items)
    every = store.claims(limit=100)
    for filters in ({}, {"since": "2024-02-01"}, {"until": "2024-05-03"}, {"type": "arms_transfer", "offset": 2}):
        offset = int(filters.pop("offset", 0))
        got = [c["id"] for c in store.claims(entity="country:KP", limit=3, offset=offset, **filters)]
        want = [c["id"] for c in store.claims(limit=100, **filters)][offset : offset + 3]
        assert got == want and len(set(got)) == len(got)
    assert len(every) == len(days) and store.claims(entity="country:XX") == []


def test_store_an_attack_is_in_the_target_s_dossier(store: Store) -> None:
    _add(store, "Angriff\nRussland griff in der Nacht erneut ukrainische Städte mit 90 Drohnen an.\n", "de")
    dossier = store.entity("country:UA")
    assert dossier is not None and [c["type"] for c in dossier["claims"]] == ["attack"]
