from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild._cues import Cues

CUES = Cues(["liefer*", "geliefert", "wies ... zurück", "Berichten zufolge", "according to", "n't"])
WORDS = [
    "Iran",
    "liefert",
    "lieferte",
    "geliefert",
    "wies",
    "den",
    "Vorwurf",
    "zurück",
    "Berichten",
    "zufolge",
    "according",
    "to",
    "didn't",
    "Ablieferung",
    "-",
    ",",
    ".",
]


def test_cues_match_word_starts_only() -> None:
    assert [m.group() for m in CUES.finditer("Ablieferung; sie lieferte.")] == ["lieferte"]


def test_cues_gap_and_case() -> None:
    assert [m.group() for m in CUES.finditer("Moskau WIES den Vorwurf scharf zurück")] == [
        "WIES den Vorwurf scharf zurück"
    ]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_cues_same_matches_as_full_regex_scan(words: list[str]) -> None:
    text = " ".join(words)
    fast = [(m.start(), m.end()) for m in CUES.finditer(text)]
    full = [(m.start(), m.end()) for m in CUES.regex.finditer(text)]
    assert fast == full
