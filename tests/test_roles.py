"""Roles, audiences and rumours: who speaks when a sentence names more than one party (invented sentences)."""

from .test_kinds import att, claims


def test_roles_a_role_in_apposition_to_a_name_leaves_the_person_speaking() -> None:
    a = att("General Ana Ruiz, commander of the Coastal Defence Zone, said her units had shot down four drones.", "en")
    assert a["source"] == "Ana Ruiz" and a["source_kind"] == "military"
    a = att(
        "Ana Ruiz, Kommandeurin der Küstenschutzzone, sagte, ihre Einheiten hätten vier Drohnen abgeschossen.", "de"
    )
    assert a["source"] == "Ana Ruiz" and a["source_kind"] == "military"


def test_roles_journalists_a_speaker_talks_to_are_the_audience() -> None:
    text = "Piet Lange, Kommandeur der Nordzone, sagte am Freitag vor Journalisten, die Armee habe zwei Lager geräumt."
    a = att(text, "de")
    assert a["source"] == "Piet Lange" and a["source_kind"] == "military"
    text = "Jan Holm, Gouverneur der Provinz, erklärte gegenüber Journalisten, 40 Häuser seien beschädigt worden."
    assert att(text, "de")["source"] == "Jan Holm"


def test_roles_a_rumour_is_anonymous_and_alleged_even_after_reported_speech() -> None:
    text = (
        "Das Innenministerium wies das zurück: Alle Festgenommenen hätten Waffen getragen. "
        "Im Netz kursierte zudem die Behauptung, Milizionäre hätten bei Orsk einen Hubschrauber abgeschossen. "
        "Im Dorf hält sich das Gerücht, die Armee wolle 500 Soldaten an die Grenze verlegen."
    )
    rumours = [c for c in claims(text, "de") if "Behauptung" in c["text"] or "Gerücht" in c["text"]]
    assert [(c["factuality"], c["attribution"]["source_kind"]) for c in rumours] == [
        ("alleged", "anonymous"),
        ("alleged", "anonymous"),
    ]
    c = claims("Rumours circulating in the port said the militia had shot down a helicopter.", "en")[0]
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"
