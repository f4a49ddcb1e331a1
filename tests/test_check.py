"""Capability claims against the KB's sourced figures."""

from lagebild.document import Attribution, Claim
from lagebild.kb.check import check_claim
from lagebild.kb.load import KB, parse_kb_text

KB_TEXT = """
schema: lagebild/kb@1
entities:
  - id: weapon:test-missile
    type: weapon_system
    name: Test Missile
    facts:
      - {attribute: range, min: 300, max: 500, unit: km, source: "https://example.org/a", date: "2024"}
      - {attribute: propellant, value: solid, source: "https://example.org/b", date: "2024"}
"""


def _kb() -> KB:
    kb = KB()
    kb.add_file(parse_kb_text(KB_TEXT, "t.yaml"), "t.yaml")
    return kb


def _claim(text: str, attribute: str, quantities: list[dict[str, object]] | None = None) -> Claim:
    args: dict[str, object] = {"subject": "weapon:test-missile", "attribute": attribute}
    if quantities:
        args["quantities"] = quantities
    return Claim("c1", 0, len(text), text, "capability", 0.8, "asserted", Attribution(), args)


def test_check_range_within_reference_is_consistent() -> None:
    (ch,) = check_claim(_claim("x", "range", [{"value": 500, "unit": "km", "approx": "up_to"}]), _kb(), 0.05)
    assert ch.verdict == "consistent" and ch.reference["source"] == "https://example.org/a"


def test_check_range_above_reference_exceeds() -> None:
    (ch,) = check_claim(_claim("x", "range", [{"value": 2500, "unit": "km", "approx": "up_to"}]), _kb(), 0.05)
    assert ch.verdict == "exceeds_reference"


def test_check_range_in_miles_is_converted() -> None:
    (ch,) = check_claim(_claim("x", "range", [{"value": 250, "unit": "mi", "approx": "exact"}]), _kb(), 0.05)
    assert ch.verdict == "consistent"  # 402 km


def test_check_propellant_words_against_text_value() -> None:
    (ok,) = check_claim(_claim("Ihr Feststoffantrieb macht sie schnell.", "propellant"), _kb(), 0.05)
    (bad,) = check_claim(_claim("It burns liquid fuel.", "propellant"), _kb(), 0.05)
    assert ok.verdict == "consistent" and bad.verdict == "inconsistent"


def test_check_without_reference_gives_nothing() -> None:
    assert check_claim(_claim("x", "calibre", [{"value": 170, "unit": "mm"}]), _kb(), 0.05) == []


def test_check_a_figure_in_another_unit_is_held_against_its_own_attribute() -> None:
    kb = KB()
    speed = '      - {attribute: speed, value: 2, unit: mach, source: "https://example.org/c", date: "2024"}\n'
    text = KB_TEXT.replace("      - {attribute: propellant", speed + "      - {attribute: propellant")
    kb.add_file(parse_kb_text(text, "t.yaml"), "t.yaml")
    quantities: list[dict[str, object]] = [
        {"value": 400, "unit": "km", "approx": "exact"},
        {"value": 3, "unit": "mach", "approx": "exact"},
    ]
    checks = check_claim(_claim("x", "range", quantities), kb, 0.05)
    assert [(c.attribute, c.verdict) for c in checks] == [("range", "consistent"), ("speed", "exceeds_reference")]


def test_check_a_lower_bound_below_the_reference_is_consistent() -> None:
    (ch,) = check_claim(_claim("x", "range", [{"value": 250, "unit": "km", "approx": "over"}]), _kb(), 0.05)
    assert ch.verdict == "consistent"  # "more than 250 km" for a 300-500 km missile
    (low,) = check_claim(_claim("x", "range", [{"value": 250, "unit": "km", "approx": "exact"}]), _kb(), 0.05)
    assert low.verdict == "inconsistent"


def test_check_a_reference_maximum_alone_contradicts_no_smaller_figure() -> None:
    kb = KB()
    text = KB_TEXT.replace("min: 300, max: 500", "max: 500")
    kb.add_file(parse_kb_text(text, "t.yaml"), "t.yaml")
    (ch,) = check_claim(_claim("x", "range", [{"value": 120, "unit": "km", "approx": "exact"}]), kb, 0.05)
    assert ch.verdict == "consistent"
    (hi,) = check_claim(_claim("x", "range", [{"value": 900, "unit": "km", "approx": "exact"}]), kb, 0.05)
    assert hi.verdict == "exceeds_reference"
