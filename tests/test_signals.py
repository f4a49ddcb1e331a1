"""Loaded language, unsupported headings, sourcing profile."""

import lagebild
from lagebild.document import Attribution, Claim, Document
from lagebild.signals.sourcing import sourcing_profile

SENSATIONAL = (
    "Iran schickt Killer-Drohnen\n"
    "Es ist ein beispielloser Albtraum: Die Mullahs liefern immer mehr Shahed-136 nach Russland. "
    "Nach Angaben des HUR kamen im Oktober rund 200 Drohnen an.\n"
)
SOBER = (
    "Russland greift mit Drohnen an\n"
    "Russland hat in der Nacht 40 Drohnen und drei Raketen auf die Ukraine abgefeuert, teilte die Luftwaffe mit. "
    "Zwei Menschen wurden getötet, sieben verletzt. Der Angriff traf vor allem die Energieversorgung.\n"
)


def _loaded(text: str) -> list[str]:
    return [s["text"] for s in lagebild.analyze(text).to_dict()["signals"]["loaded_language"]]


def test_signals_loaded_language_flags_sensational_words() -> None:
    found = _loaded(SENSATIONAL)
    assert "beispielloser Albtraum" in found or {"Albtraum", "beispielloser"} & set(" ".join(found).split())
    assert any("Mullahs" in f for f in found) and any("Killer-Drohnen" in f for f in found)


def test_signals_neutral_military_vocabulary_is_not_loaded() -> None:
    assert _loaded(SOBER) == []
    assert _loaded("Russia launched 40 drones; two people were killed in the attack, the air force said.\n") == []


def test_signals_intensifier_needs_a_noun() -> None:
    assert _loaded("Es war ein massiver Angriff auf die Stadt.") == ["massiver Angriff"]
    assert _loaded("The government announced massive tariff changes.") == []


def test_signals_unsupported_heading_is_flagged_with_reason() -> None:
    text = (
        "Ein Schattenkrieger betritt die Arena\n"
        "Iran hat nach Angaben des HUR im Oktober rund 200 Shahed-136 an Russland geliefert. "
        "Die Drohnen wurden über das Kaspische Meer transportiert, hieß es. "
        "Das iranische Außenministerium bestritt die Lieferung am Montag.\n"
    )
    (h,) = lagebild.analyze(text).to_dict()["signals"]["headline_mismatch"]
    assert h["text"] == "Ein Schattenkrieger betritt die Arena" and "Schattenkrieger" in h["reason"]


def test_signals_supported_and_generic_headings_pass() -> None:
    text = (
        "Iran liefert Drohnen an Russland\n"
        "Iran hat nach Angaben des HUR im Oktober rund 200 Shahed-136 an Russland geliefert. "
        "Die Drohnen wurden über das Kaspische Meer transportiert, hieß es.\n"
        "Der Weg nach vorne\n"
        "Kiew erwartet weitere Lieferungen und fordert mehr Flugabwehr von seinen Partnern in Europa und Amerika.\n"
    )
    assert lagebild.analyze(text).to_dict()["signals"]["headline_mismatch"] == []


def test_signals_heading_umlaut_plural_and_appeal_pass() -> None:
    text = (
        "Iran liefert Drohnen an Russland\n"
        "Iran hat nach Angaben des HUR im Oktober rund 200 Shahed-136 an Russland geliefert. "
        "Die Drohnen wurden über das Kaspische Meer transportiert, hieß es.\n"
        "Abwurf außerhalb der Reichweite\n"
        "Die Luftwaffe zählte am Montag 40 Abwürfe gelenkter Bomben, meist nachts und nahe der Grenzregion "
        "im Norden des Landes, wo die Flugabwehr kaum Deckung bietet.\n"
        "Europa muss aufwachen\n"
        "Kiew erwartet weitere Lieferungen und fordert mehr Flugabwehr von seinen Partnern in Amerika und Asien.\n"
    )
    assert lagebild.analyze(text).to_dict()["signals"]["headline_mismatch"] == []


def test_signals_loaded_speech_verbs_and_tabloid_imagery() -> None:
    found = _loaded("Kein System könne die Rakete stoppen, prahlte der Kremlherrscher. Und es kommt noch dicker.")
    assert "prahlte" in found and any("Kremlherrscher" in f for f in found) and "es kommt noch dicker" in found
    assert _loaded("The president boasted that no system could stop the missile.") == ["boasted"]
    assert _loaded("The president said that no system could stop the missile.") == []


def _claim(kind: str, entity: str | None) -> Claim:
    att = Attribution(source=entity, source_entity=entity, source_kind=kind)
    return Claim("c", 0, 1, "x", "arms_transfer", 0.9, "reported", att, {})


def test_signals_sourcing_profile_counts_and_explains() -> None:
    doc = Document(text="x")
    doc.claims = [
        _claim("intelligence", "org:hur"),
        _claim("intelligence", "org:hur"),
        _claim("anonymous", None),
        _claim("author", None),
    ]
    prof = sourcing_profile(doc, 0.5)
    assert (prof["claims"], prof["named"], prof["anonymous"], prof["attributed"]) == (4, 2, 1, 3)
    assert prof["single_source_share"] == 1.0 and "one source" in prof["explanation"]
    assert 0 < prof["score"] < 1


def _techniques(text: str, lang: str) -> dict[str, str]:
    spans = lagebild.analyze(text, lang=lang).to_dict()["signals"]["loaded_language"]
    return {s["text"]: s["technique"] for s in spans}


def test_signals_tabloid_phrases_carry_their_technique() -> None:
    de = _techniques(
        "Horror-Nacht in Odessa: Putin ballert wieder! Der Kreml-Tyrann und seine Schergen lassen die Welt "
        "zittern, Weltkrieg droht. Die sogenannten Experten erzählen Ammenmärchen, doch unsere Jungs "
        "verteidigen die Heimat gegen die Superwaffe.",
        "de",
    )
    assert de["Horror-Nacht"] == "appeal_to_fear" and de["ballert"] == "loaded_language"
    assert de["Kreml-Tyrann"] == "name_calling_labeling" and de["Weltkrieg droht"] == "appeal_to_fear"
    assert de["Ammenmärchen"] == "doubt" and de["unsere Jungs"] == "flag_waving"
    assert de["Superwaffe"] == "exaggeration_minimisation"
    en = _techniques(
        "You won't believe it: the madman slams the West while his poodle warns a nuclear winter could "
        "wipe out Europe. The so-called analysts call the unstoppable weapon a hoax, but our boys stand firm.",
        "en",
    )
    assert en["You won't believe"] == "loaded_language" and en["slams"] == "loaded_language"
    assert en["madman"] == "name_calling_labeling" and en["poodle"] == "name_calling_labeling"
    assert en["nuclear winter"] == "appeal_to_fear" and en["unstoppable"] == "exaggeration_minimisation"
    assert en["so-called analysts"] == "doubt" and en["hoax"] == "doubt" and en["our boys"] == "flag_waving"


def test_signals_sober_reports_on_the_same_topics_stay_clean() -> None:
    de = (
        "Bei dem Terroranschlag wurden 140 Menschen getötet; die Polizei leitete einen Antiterror-Einsatz ein. "
        "Ein Gericht verhängte ein Todesurteil. Nach dem Drohnenangriff auf Charkiw meldeten die Behörden zwei "
        "Tote, die Raketenabwehr fing 30 Raketen ab. Die Bundesregierung liefert ein weiteres Patriot-System.\n"
    )
    en = (
        "The missile slammed into a residential building, officials said; two people were killed. Ukraine "
        "received another Patriot air defense system, and the Pentagon said the strike hit a weapons depot. "
        "Kremlin spokesman Dmitry Peskov declined to comment.\n"
    )
    assert _techniques(de, "de") == {} and _techniques(en, "en") == {}


def test_signals_loaded_compounds_of_neutral_war_words() -> None:
    found = _techniques("Ein Horrorangriff, eine Superrakete, Drohnenterror und ein Mega-Angriff.", "de")
    assert {"Horrorangriff", "Superrakete", "Drohnenterror", "Mega-Angriff"} <= set(found)
    assert _techniques("Ein Luftangriff, eine Rakete, ein Drohnenangriff und ein Gegenangriff.", "de") == {}


def test_signals_neutral_phrase_covers_the_loaded_word_inside() -> None:
    assert _loaded("The arrest had a chilling effect on reporters in the capital.") == []
    assert _loaded("A chilling video showed the strike.") == ["chilling"]


def test_signals_single_name_heading_and_report_structure_headings() -> None:
    text = (
        "Houthis fire missile at Tel Aviv\n"
        "The Houthis fired a ballistic missile at Tel Aviv on Monday, the Israeli military said. "
        "Air defences intercepted it over central Israel and nobody was hurt, officials said.\n"
        "Canada is next\n"
        "Israeli jets struck the port of Hodeidah hours later, hitting fuel depots and two cranes. "
        "The Houthis said four dock workers were killed in the strikes on the harbour.\n"
        "Key judgements\n"
        "We assess that the group still holds several dozen missiles and will keep firing at Israel.\n"
    )
    found = [h["text"] for h in lagebild.analyze(text, lang="en").to_dict()["signals"]["headline_mismatch"]]
    assert found == ["Canada is next"]  # a KB country the section never names
    unknown = text.replace("Canada is next", "Zorvania is next")  # a name the KB does not know
    found = [h["text"] for h in lagebild.analyze(unknown, lang="en").to_dict()["signals"]["headline_mismatch"]]
    assert found == ["Zorvania is next"]


def test_signals_tabloid_monsters_and_madmen() -> None:
    assert "Monstrum" in _loaded("Das Monstrum aus Pjöngjang flog 1.000 Kilometer weit.")
    assert "madmen" in _loaded("The madmen in Sanaa fired another missile at Israel.")


def test_signals_question_heading_asks_nothing() -> None:
    text = (
        "Kabel in der Ostsee beschädigt\n"
        "Ein Glasfaserkabel zwischen Gotland und Lettland ist am Sonntag ausgefallen, teilte der Betreiber mit. "
        "Die Küstenwache setzte einen Frachter fest, dessen Anker über den Meeresgrund geschleift sein soll.\n"
        "Lässt sich Sabotage nachweisen?\n"
        "Ermittler prüfen Schleifspuren am Meeresgrund und die Daten des Schiffes; ein Ergebnis liegt "
        "noch nicht vor, sagte eine Sprecherin der Staatsanwaltschaft am Montag.\n"
    )
    assert lagebild.analyze(text, lang="de").to_dict()["signals"]["headline_mismatch"] == []


def test_signals_bylines_and_short_section_labels_claim_nothing() -> None:
    body = (
        "Iran hat nach Angaben des HUR im Oktober rund 200 Shahed-136 an Russland geliefert. "
        "Die Drohnen wurden über das Kaspische Meer transportiert, hieß es. "
        "Das iranische Außenministerium bestritt die Lieferung am Montag.\n"
    )
    text = "Iran liefert Drohnen an Russland\nVon Jana Beispiel | 04.12.2025\n" + body + "Neue Wege\n" + body
    assert lagebild.analyze(text, lang="de").to_dict()["signals"]["headline_mismatch"] == []
    # in a sober report a subheading labels its section; in a loaded one it must be supported
    text = "Iran liefert Drohnen an Russland\n" + body + "Ein Schattenkrieger betritt die Arena\n" + body
    assert lagebild.analyze(text, lang="de").to_dict()["signals"]["headline_mismatch"] == []
    loaded = body.replace("Iran hat", "Das Mullah-Regime hat")
    text = "Iran liefert Drohnen an Russland\n" + loaded + "Ein Schattenkrieger betritt die Arena\n" + loaded
    (h,) = lagebild.analyze(text, lang="de").to_dict()["signals"]["headline_mismatch"]
    assert h["text"] == "Ein Schattenkrieger betritt die Arena"


def test_signals_datelines_credits_and_numbered_labels_claim_nothing() -> None:
    body = (
        "Rebels attacked a gold mine in the highlands on Sunday and killed four workers, the police said. "
        "The army sent two companies of troops to the area, a spokesman said on Monday.\n"
    )
    for line in ("March 3, 2026 7:41 AM GMT+7", "Analysis by Jo Example, Northern Desk", "4) Quick hits"):
        text = "Rebels attack gold mine\n" + body + line + "\n" + body
        assert lagebild.analyze(text, lang="en").to_dict()["signals"]["headline_mismatch"] == [], line
    # a one-word section label is no proper name the section must name
    text = "Rebels attack gold mine\n" + body + "Provenance\n" + body
    assert lagebild.analyze(text, lang="en").to_dict()["signals"]["headline_mismatch"] == []
    de = (
        "Rebellen griffen am Sonntag eine Goldmine an und töteten vier Arbeiter, teilte "
        "die Polizei mit. Die Armee schickte zwei Kompanien in das Gebiet, sagte ein Sprecher.\n"
    )
    text = "Rebellen greifen Goldmine an\n" + de + "Eine Analyse von Jo Beispiel, Studio Nord\n" + de
    assert lagebild.analyze(text, lang="de").to_dict()["signals"]["headline_mismatch"] == []


def _mismatches(text: str, lang: str) -> list[str]:
    return [s["text"] for s in lagebild.analyze(text, lang=lang).to_dict()["signals"]["headline_mismatch"]]


def test_signals_exclaimed_plan_or_event_heading_needs_an_asserted_event() -> None:
    body = (
        "Die russische Marine hat nach Angaben des Verteidigungsministeriums im Juni zwei Korvetten nach "
        "Kaliningrad verlegt. Ein Sprecher sagte, es handle sich um eine Routineübung. Experten halten "
        "einen Angriff auf Nachbarstaaten für unwahrscheinlich, sagte ein Analyst in Berlin.\n"
    )
    # a plan the body never states as fact
    assert (
        _mismatches("Moskaus Geheimplan gegen Danzig\n" + body + "Geheimplan: Raketen auf Danzig!\n" + body, "de")[-1]
        == "Geheimplan: Raketen auf Danzig!"
    )
    # an exclaimed event the section states as fact passes; one it does not is flagged
    assert "Russland verlegt Korvetten nach Kaliningrad!" not in _mismatches(
        "Bericht aus Kaliningrad\n" + body + "Russland verlegt Korvetten nach Kaliningrad!\n" + body, "de"
    )
    assert "Russen-Drohnen greifen jetzt Danzig an!" in _mismatches(
        "Bericht aus Kaliningrad\n" + body + "Russen-Drohnen greifen jetzt Danzig an!\n" + body, "de"
    )
    # a figure reports: "Reichweite: 15.000 Kilometer!" is no exclaimed claim
    assert "Reichweite: 15.000 Kilometer!" not in _mismatches(
        "Bericht\n" + body + "Reichweite: 15.000 Kilometer!\n" + body, "de"
    )


def test_signals_subheadings_of_a_sober_report_are_section_labels() -> None:
    body = (
        "The Indonesian air force received its first three Rafale jets in January, the defence ministry said. "
        "Three more are due to arrive by the end of March, a spokesman said on Tuesday in Jakarta.\n"
    )
    text = "Indonesia receives first Rafale jets\n" + body + "Shopping list keeps growing\n" + body
    assert _mismatches(text, "en") == []


def test_signals_sensational_idioms_whatever_the_topic() -> None:
    assert "im Eiltempo" in _loaded("Die Armee baut die Stellungen im Eiltempo aus.\n")
    assert "Achillesferse" in _loaded("Die Brücke ist die Achillesferse der Flotte.\n")
    assert "on life support" in _loaded("The ceasefire has been on life support since May.\n")
    assert "boffins" in _loaded("The boffins at the institute list its range as 500 km.\n")
