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
