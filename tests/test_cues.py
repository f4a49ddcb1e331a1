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


# free-start cues (leading "*", one-letter heads), a cue that begins with punctuation, cues
# sharing a key, gaps, and letters the regex engine folds differently from str.casefold
MIXED = Cues(
    ["*gemetzel*", "*-Diktator*", "a mere scratch", "x-ray", "inf*", "infam", "in ... Gefahr", "ıslah", "Sieg"]
)
MIXED_WORDS = [
    "Blutgemetzel",
    "Gemetzel",
    "Putin-Diktator",
    "-Diktator",
    "Diktator",
    "a",
    "mere",
    "scratch",
    "x-ray",
    "X-RAY",
    "Inferno",
    "infam",
    "in",
    "großer",
    "Gefahr",
    "ISLAH",
    "islah",
    "ıslah",
    "ſieg",
    "Sieg",
    "-",
    "„",
    ",",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(MIXED_WORDS), max_size=30), st.sampled_from([" ", "", "\n", "-"]))
def test_cues_free_start_and_keyed_cues_match_as_full_regex(words: list[str], sep: str) -> None:
    text = sep.join(words) if sep != " " else " ".join(words)
    fast = [(m.start(), m.end()) for m in MIXED.finditer(text)]
    full = [(m.start(), m.end()) for m in MIXED.regex.finditer(text)]
    assert fast == full


def test_cues_free_start_cue_found_inside_compound() -> None:
    assert [m.group() for m in MIXED.finditer("Ein Blutgemetzel und ein Putin-Diktator.")] == [
        "Blutgemetzel",
        "Putin-Diktator",
    ]


def test_cues_index_serves_alternating_texts() -> None:
    doc = "Iran lieferte Raketen. Moskau wies den Vorwurf zurück."
    sent = doc[23:]
    for _ in range(2):
        assert [m.group() for m in CUES.finditer(doc)] == ["lieferte", "wies den Vorwurf zurück"]
        assert [m.group() for m in CUES.finditer(sent)] == ["wies den Vorwurf zurück"]


def test_cues_one_letter_word_before_a_cue() -> None:
    # the word start right after a one-letter word keeps its own key
    assert [m.group() for m in MIXED.finditer("a Sieg, o infam")] == ["Sieg", "infam"]


def test_cues_sub_pattern_cache_bounded_by_the_cue_keys() -> None:
    cues = Cues(["*gemetzel*", "Sieg", "infam", "in ... Gefahr"])
    # a free-start cue at 600 word starts with distinct keys
    words = [f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}q{i}gemetzel" for i in range(600)]
    text = " ".join(words) + " Sieg"
    assert [m.group() for m in cues.finditer(text)] == words + ["Sieg"]
    assert len(cues._sub) <= 2 * (len(cues.keys3) + len(cues.keys2) + 1) * 2


def test_cues_a_separable_particle_closes_its_clause_across_a_long_middle_field() -> None:
    from lagebild._cues import compile_cues

    cues = compile_cues(["griffen ... an", "wies ... zurück"])
    long = "Die Jets griffen daraufhin mit Bombern vom Typ B-1B mehr als 85 Ziele im Irak und in Syrien an."
    assert cues.search(long) is not None
    assert cues.search("Das Ministerium wies den Bericht am Mittwoch zurück und erklärte, er sei falsch.") is not None
    # a particle that is no clause end is a preposition: "an der Grenze"
    assert cues.search("Die Truppen griffen in der Nacht Stellungen an der Grenze zu Polen mit Drohnen") is None


def test_cues_weiter_closes_a_forwarding_verb() -> None:
    from lagebild._cues import compile_cues

    cues = compile_cues(["leitet ... weiter"])
    assert cues.search("Prag kauft Munition auf und leitet sie über Polen an die Ukraine weiter.") is not None
    assert cues.search("Prag leitet die Gespräche weiter mit Kiew.") is None


def test_cues_a_gap_reaches_a_word_that_opens_a_quotation() -> None:
    cues = Cues(["назвал* ... клевет*"])
    assert [m.group() for m in cues.finditer("МИД назвал эти сообщения «клеветой».")] == [
        "назвал эти сообщения «клеветой"
    ]
