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
