"""The packaged KB: every record validates, facts are sourced, aliases resolve to one id."""

import re
from pathlib import Path

import pytest

import lagebild
from lagebild.errors import LagebildError
from lagebild.kb.link import normalise
from lagebild.kb.load import default_kb, load_kb


def test_kb_every_record_validates() -> None:
    from lagebild.kb.load import KB, _packaged_files, parse_kb_text

    kb = KB()
    for name, text in _packaged_files():  # parsed and validated here, not read from the cache
        kb.add_file(parse_kb_text(text, name), name)
    assert len(kb) > 1000
    types = kb.stats()["by_type"]
    assert types["weapon_system"] >= 250 - 50 and types["country"] >= 240


def test_kb_every_fact_has_a_source_url_and_date() -> None:
    for ent in default_kb().entities.values():
        for fact in ent.facts:
            assert re.match(r"https?://", fact.source), (ent.id, fact)
            assert re.match(r"\d{4}", fact.date), (ent.id, fact)


def test_kb_aliases_resolve_to_one_id_or_are_listed_ambiguous() -> None:
    kb = default_kb()
    owners: dict[str, set[str]] = {}
    for ent in kb.entities.values():
        for form in [ent.name, *ent.aliases, *ent.demonyms]:
            key = " ".join(normalise(form).split())
            owners.setdefault(key, set()).add(ent.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and k not in kb.ambiguous}
    assert not clashes, sorted(clashes.items())[:20]


def test_kb_references_point_to_existing_ids() -> None:
    kb = default_kb()
    for ent in kb.entities.values():
        for ref in (ent.metonym_of, ent.parent, ent.affiliation):
            assert ref is None or ref in kb, (ent.id, ref)


def test_kb_malformed_user_file_names_file_line_field_and_changes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "user.yaml"
    bad.write_text(
        "schema: lagebild/kb@1\nentities:\n  - id: weapon:new-thing\n    type: weapon_system\n    name: New\n"
        "    facts:\n      - attribute: range\n        max: 300\n        source: https://example.org\n"
    )
    with pytest.raises(LagebildError) as exc:
        load_kb([bad])
    msg = str(exc.value)
    assert "user.yaml:7" in msg and "facts" in msg and "date" in msg
    assert "weapon:new-thing" not in default_kb()


def test_kb_user_overlay_adds_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "schema: lagebild/kb@1\nentities:\n"
        "  - id: weapon:kn-15\n    type: weapon_system\n    name: KN-15\n    aliases: [Nordstern-2]\n"
    )
    kb = load_kb([extra])
    assert "Nordstern-2" in kb.entities["weapon:kn-15"].aliases
    assert "Pukguksong-2" in kb.entities["weapon:kn-15"].aliases


def test_kb_broken_yaml_reports_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("schema: lagebild/kb@1\nentities:\n  - id: [unclosed\n")
    with pytest.raises(LagebildError, match=r"LB202 .*broken.yaml:\d+"):
        load_kb([bad])


def _linked_ids(text: str) -> set[str]:
    from lagebild.kb.link import get_linker

    return {m.entity_id for m in get_linker().find(text)}


def test_kb_links_broadened_entities_but_not_common_words() -> None:
    found = _linked_ids(
        "Die Taliban, die SDF und al-Shabaab; Rheinmetall liefert Skyranger, die BrahMos traf Quetta, "
        "Gerbera-Drohnen über dem Netzarim-Korridor, laut Inter-Services Public Relations und dem Rat der EU."
    )
    assert {
        "org:taliban",
        "org:sdf",
        "org:al-shabaab",
        "org:rheinmetall",
        "weapon:skyranger",
        "weapon:brahmos",
        "place:quetta",
        "weapon:gerbera",
        "place:netzarim-corridor",
        "org:ispr",
        "org:council-of-the-eu",
    } <= found
    # ordinary words stay unlinked: Konkurs (bankruptcy), Stern (star), grey zone, aegis, Bild, Welt
    quiet = _linked_ids(
        "Der Konkurs der Firma, ein Stern am Himmel, eine Grauzone in der grey zone, under the aegis of the alliance, "
        "ein Bild der Welt, a ruta to Tunguska."
    )
    assert not {i for i in quiet if i.startswith(("weapon:", "org:"))}, quiet


def test_kb_links_officials_state_bodies_and_regional_places_but_not_common_words() -> None:
    found = _linked_ids(
        "Paschinjan traf Alijew; Präsident Ruto und die kenianische Regierung, das sudanesische Außenministerium, "
        "Nigeria's Defence Ministry and the Nigerian army said; Tschisekedi in Goma, M23 near Minova; "
        "Field Marshal Asim Munir visited Gwadar; Zabihullah Mujahid in Kandahar; Maduro on Essequibo; "
        "Jay Tarriela of the Philippine Coast Guard at Sabina Shoal; UN envoy Hans Grundberg; Kristi Noem; "
        "Kaïs Saïed; the Libyan National Army of Khalifa Haftar in Derna."
    )
    assert {
        "person:nikol-pashinyan",
        "person:ilham-aliyev",
        "person:william-ruto",
        "org:government-kenya",
        "org:mfa-sudan",
        "org:mod-nigeria",
        "org:armed-forces-nigeria",
        "person:felix-tshisekedi",
        "place:minova",
        "person:asim-munir",
        "place:gwadar",
        "person:zabihullah-mujahid",
        "place:kandahar",
        "person:nicolas-maduro",
        "place:essequibo",
        "person:jay-tarriela",
        "org:philippine-coast-guard",
        "place:sabina-shoal",
        "person:hans-grundberg",
        "person:kristi-noem",
        "person:kais-saied",
        "org:lna",
        "person:khalifa-haftar",
        "place:derna",
    } <= found
    # ordinary words and lookalike names stay unlinked: sake, shire, mocha, ream, reim, ganja, bender, let, Sissi
    quiet = _linked_ids(
        "For the sake of peace the Shire bought a mocha and a ream of paper; ein Reim; ganja on a bender; "
        "let him go; Kaiserin Sissi; El Chapo."
    )
    assert not {i for i in quiet if i.startswith(("person:", "org:", "place:"))}, quiet


def _entity_types(text: str, lang: str) -> dict[str, str]:
    rep = lagebild.analyze(text, lang=lang).to_dict()
    return {m["text"]: e["type"] for e in rep["entities"] for m in e["mentions"]}


def test_kb_role_compounds_introduce_people() -> None:
    ents = _entity_types("Der Rüstungsanalyst Malte Grünwald hält die Angaben für plausibel.", "de")
    assert ents["Malte Grünwald"] == "person"
    ents = _entity_types("Landrätin Birte Oskamp zeigte sich besorgt.", "de")
    assert ents["Birte Oskamp"] == "person"


def test_kb_particle_names_are_people_and_places_after_in_are_not() -> None:
    ents = _entity_types("Milizsprecher Omar al-Masri bestritt die Angaben.", "de")
    assert ents["Omar al-Masri"] == "person"
    ents = _entity_types("A police officer said drones had struck a market in Tal Kaif on Sunday.", "en")
    assert ents.get("Tal Kaif") != "person"


def test_kb_bylines_name_their_authors() -> None:
    ents = _entity_types("Ein Werk an der Grenze\nVon Lena Vrabcová | 02.04.2025\n\nDas Werk füllt Granaten.", "de")
    assert ents["Lena Vrabcová"] == "person"
    ents = _entity_types("Missiles arrive\nBy Haruto Sakai in Osaka | 9 April 2025\n\nJapan got missiles.", "en")
    assert ents["Haruto Sakai"] == "person"
    # a sentence that opens with "Von" names no author
    ents = _entity_types("Von Kiew bis Charkiw fielen am Montag Raketen.", "de")
    assert ents.get("Kiew bis") is None


def test_kb_month_abbreviation_that_is_a_given_name() -> None:
    ents = _entity_types("Vize-Verteidigungsminister Jan Horáček sagte am Donnerstag, es gebe Engpässe.", "de")
    assert ents["Jan Horáček"] == "person"


def test_kb_co_authors_and_credit_lines() -> None:
    ents = _entity_types("Titel\nVon Katja Wendel und Florian Achtermann | Berlin | 14.05.2025\nDer Text.\n", "de")
    assert ents["Katja Wendel"] == ents["Florian Achtermann"] == "person"
    ents = _entity_types("Titel\nStand: 12.07.2025 | Eine Analyse von Lena Hofmeier, ARD-Studio Rabat\nText.\n", "de")
    assert ents["Lena Hofmeier"] == "person"
    text = (
        "Title\nBy Julia Orteza | Feb 17\nText.\n"
        "(Reporting by Julia Orteza in Bogota and Ana Cárdoso in Cucuta; Editing by Sara Whitmer)\n"
    )
    ents = _entity_types(text, "en")
    assert ents["Ana Cárdoso"] == ents["Sara Whitmer"] == "person"


def test_kb_people_after_inflected_roles_and_chef_compounds() -> None:
    import lagebild

    text = (
        "Der Vertrag wurde 2010 von den damaligen Präsidenten Horatio Belmonte und Dmitri Medwedew unterzeichnet. "
        "Nach Angaben von Konzernchef Armin Quellmann will das Unternehmen 2027 rund 1,5 Millionen Granaten fertigen."
    )
    ents = {e["id"]: e["type"] for e in lagebild.analyze(text, lang="de").to_dict()["entities"]}
    assert ents.get("person:horatio-belmonte") == "person"
    assert ents.get("person:armin-quellmann") == "person"
    assert not any(i.startswith("org:konzernchef") for i in ents)


def test_kb_named_warships_are_weapon_systems() -> None:
    import lagebild

    def ships(text: str, lang: str) -> list[str]:
        ents = lagebild.analyze(text, lang=lang).to_dict()["entities"]
        return [m["text"] for e in ents if e["type"] == "weapon_system" for m in e["mentions"]]

    assert ships("Am Dienstag feuerte der Zerstörer „Kim Chaek“ zwei Raketen ab.", "de") == ["Kim Chaek"]
    assert ships("The destroyer USS Newport News sailed with HMS Prince of Wales on Monday.", "en") == [
        "USS Newport News",
        "HMS Prince of Wales",
    ]
    assert ships("Der Lenkwaffenzerstörer USS „Thomas Hudner“ beobachtete die Lage.", "de") == ["USS „Thomas Hudner“"]
    assert ships("The frigate Monday sailed and the submarine The Ocean was sold.", "en") == []


def test_kb_a_german_dictionary_word_opens_no_name_unless_it_is_a_given_name() -> None:
    def people(text: str) -> list[str]:
        ents = lagebild.analyze(text, lang="de").to_dict()["entities"]
        return [m["text"] for e in ents if e["type"] == "person" for m in e["mentions"]]

    assert people("Die Jets sollen an den Iran gegangen sein, berichteten iranische Medien Anfang des Jahres.") == []
    assert people("Das Boot habe Schlagseite, behauptete Sprecher Taras Quellenko.") == ["Taras Quellenko"]
    assert people("Der Analyst Gerd Wiechbrand sagte, die Lage sei ernst.") == ["Gerd Wiechbrand"]


def test_kb_a_three_word_name_after_a_role_keeps_its_first_word() -> None:
    doc = lagebild.analyze(
        "Ein Sprecher der Junta, Brigadegeneral Than Htike Aung, sagte, die Luftwaffe habe 12 Stellungen angegriffen.",
        lang="de",
    ).document
    assert [m.text for m in doc.mentions if m.type == "person"] == ["Than Htike Aung"]
    doc = lagebild.analyze("Army spokesman Saw Kyaw Win said 12 positions were hit.", lang="en").document
    assert [m.text for m in doc.mentions if m.type == "person"] == ["Saw Kyaw Win"]
