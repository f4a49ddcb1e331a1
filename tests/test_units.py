"""Numbered military units and unknown weapon designations, by pattern (invented sentences)."""

import lagebild


def _ents(text: str, lang: str) -> dict[str, str]:
    rep = lagebild.analyze(text, lang=lang).to_dict()
    return {m["text"]: e["type"] for e in rep["entities"] for m in e["mentions"]}


def test_units_numbered_units_are_military_units() -> None:
    ents = _ents("The 93rd Mechanized Brigade and Unit 74455 were moved to Kupiansk.", "en")
    assert ents["93rd Mechanized Brigade"] == "military_unit" and ents["Unit 74455"] == "military_unit"
    ents = _ents("Die Panzerbrigade 12 und die 5. Sturmbrigade stehen bei Pokrowsk.", "de")
    assert ents["Panzerbrigade 12"] == "military_unit" and ents["5. Sturmbrigade"] == "military_unit"


def test_units_plain_counts_and_dates_are_no_units() -> None:
    ents = _ents("Die Brigade hat 4.800 Soldaten. Am 3. Dezember griff die Armee an.", "de")
    assert "military_unit" not in ents.values()


def test_units_unknown_designations_are_weapon_systems() -> None:
    ents = _ents("Die Miliz feuerte Raketen vom Typ Tufan-4 auf die Stadt.", "de")
    assert ents["Tufan-4"] == "weapon_system"
    ents = _ents("The group fired Nasr-7 rockets at the port.", "en")
    assert ents["Nasr-7"] == "weapon_system"


def test_units_a_designation_found_once_is_found_again() -> None:
    text = "Officials identified the debris as Zarqa-7 rockets. The solid-fuel Zarqa-7 has a range of about 90 km."
    rep = lagebild.analyze(text, lang="en").to_dict()
    (c,) = rep["claims"]
    assert c["type"] == "capability" and c["args"]["subject"] == "weapon:zarqa-7"


def test_units_a_designation_as_subject_of_a_capability_sentence() -> None:
    assert _ents("The Zarqa-9 has a range of 300 km.", "en")["Zarqa-9"] == "weapon_system"
    assert _ents("Die Zarqa-9 hat eine Reichweite von 300 Kilometern.", "de")["Zarqa-9"] == "weapon_system"
    # not without a capability word, and a bare series word is no system of its own
    assert "Covid-19" not in _ents("Covid-19 has closed the plant for months.", "en")
    assert "Block IV" not in _ents("The Block IV can fly 1,600 km.", "en")
