"""Organisations the KB does not know, named by pattern (invented names)."""

import lagebild


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    ents = lagebild.analyze(text, lang=lang).to_dict()["entities"]
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in ents if e["type"] == "organization"}


def test_orgs_named_by_kind_noun_or_head_become_entities() -> None:
    found = _orgs("The channel Iron Ledger said that 40 soldiers were killed near the border.", "en")
    assert "Iron Ledger" in found
    found = _orgs("The Zorvanian Liberation Front said its fighters had killed 12 soldiers.", "en")
    assert "Zorvanian Liberation Front" in found


def test_orgs_institution_with_owner_but_not_a_bare_noun() -> None:
    found = _orgs("Die russische Botschaft teilte mit, keine Drohne habe polnisches Gebiet erreicht.", "de")
    assert "russische Botschaft" in found
    assert _orgs("Die Regierung teilte mit, 40 Drohnen seien abgeschossen worden.", "de") == {}
    assert _orgs("Russian forces fired 40 drones at Kharkiv, Ukrainian authorities said.", "en") == {}


def test_orgs_pattern_kind_reaches_attribution() -> None:
    claims = lagebild.analyze(
        "The channel Iron Ledger said that 40 soldiers were killed near the border.", lang="en"
    ).to_dict()["claims"]
    assert claims[0]["attribution"]["source_kind"] == "social_media"


def test_orgs_company_project_and_initiative_heads_name_bodies() -> None:
    import lagebild

    def orgs(text: str, lang: str) -> list[str]:
        return [
            e["name"] for e in lagebild.analyze(text, lang=lang).to_dict()["entities"] if e["type"] == "organization"
        ]

    assert "Harbor Defense Project" in orgs(
        "The Harbor Defense Project said 40 missiles were delivered to Taipei.", "en"
    )
    names = orgs(
        "Israel's Blackfin Aero Systems is said to be building a drone factory near Rabat, officials said.", "en"
    )
    assert "Blackfin Aero Systems" in names and not any(n.startswith("Israel") for n in names)
    text = "Das Münchner Rüstungsunternehmen Falkwerk Systems lieferte nach eigenen Angaben 400 Drohnen an die Ukraine."
    assert "Falkwerk Systems" in orgs(text, "de")


def test_orgs_a_camp_aligned_group_or_plural_channels_are_no_entity() -> None:
    assert _orgs("Rwanda-backed rebels said they had killed 40 soldiers near Goma.", "en") == {}
    assert _orgs("In ukrainischen Kanälen hieß es, 40 Drohnen seien abgeschossen worden.", "de") == {}


def test_orgs_a_name_after_a_company_noun_names_the_body_where_it_recurs_bare() -> None:
    text = (
        "The Chilean manufacturer Andesaero has signed a contract with Peru for four trainer aircraft. "
        "Deliveries are scheduled to begin in 2028, Andesaero said."
    )
    found = _orgs(text, "en")
    assert found.get("Andesaero") == ["Andesaero", "Andesaero"]
    assert "Chilean manufacturer" not in found
    second = lagebild.analyze(text, lang="en").to_dict()["claims"][-1]["attribution"]
    assert second["source"] == "Andesaero" and second["source_kind"] == "ngo"
