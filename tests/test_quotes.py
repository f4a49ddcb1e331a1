"""Quotations over several sentences: the one quoted speaks each of them (invented sentences, packaged KB)."""

from .test_kinds import claims


def _read(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    return [
        (c["attribution"].get("source"), c["attribution"]["source_kind"], c["factuality"]) for c in claims(text, lang)
    ]


def test_quotes_a_speaker_named_before_a_quotation_speaks_all_its_sentences() -> None:
    text = (
        'The Defence Ministry said in a statement on Monday: "Two motor rifle brigades have moved to the border '
        "near Kursk. Around 40 tanks and 3,000 troops are involved in the drill. The air force also deployed six "
        'Su-34 bombers to the region." Separately, four drones struck a fuel depot in Belgorod on Sunday.'
    )
    got = _read(text, "en")
    assert got[:3] == [("Defence Ministry", "government", "reported")] * 3
    assert got[3] == (None, "author", "asserted")  # after the quotation, the author again


def test_quotes_a_speaker_named_after_the_closing_mark_speaks_the_opening_sentences() -> None:
    text = (
        '"Four drones hit the fuel depot near Belgorod overnight. Two soldiers were wounded by debris," the regional '
        "governor said on Tuesday."
    )
    assert [(s, k) for s, k, _ in _read(text, "en")] == [("governor", "government")] * 2
    text = (
        "Das Verteidigungsministerium teilte am Montag mit: „Zwei Brigaden wurden an die Grenze verlegt. Rund 40 "
        "Kampfpanzer und 3.000 Soldaten sind an der Übung beteiligt.“"
    )
    assert _read(text, "de")[1] == ("Verteidigungsministerium", "government", "reported")


def test_quotes_a_quotation_within_one_sentence_carries_nothing_to_the_next() -> None:
    text = (
        'The governor said "two soldiers were wounded" near Belgorod. Four drones hit a fuel depot in Kursk on Sunday.'
    )
    assert _read(text, "en")[-1] == (None, "author", "asserted")


def test_quotes_a_quotation_that_opens_its_sentence_goes_on_from_the_speaker_before() -> None:
    text = (
        "The army's Second Division said four soldiers were killed in the attack. \"At 03:40, troops of the Vulcano "
        'Task Force were attacked by at least 14 drones. Our air defence teams neutralised nine of the devices."'
    )
    got = _read(text, "en")
    assert [k for _, k, _ in got] == ["military"] * 3 and got[1][2] == "reported"


def test_quotes_german_guillemets_pointing_inwards_close_where_they_should() -> None:
    text = (
        "»Wir haben 40 Panzer an die Ukraine geliefert«, sagte der Minister. Vier Drohnen trafen am Montag ein "
        "Depot in Charkiw. Danach stürzte eine »Geran« bei Sumy ab, sagte ein Sprecher der Armee."
    )
    assert _read(text, "de")[1] == (None, "author", "asserted")


def test_quotes_an_unnamed_speaker_after_the_closing_mark_speaks_the_whole_quotation() -> None:
    text = (
        'The ministry gave a different account. "Two drones hit the depot near Erbil. Four soldiers were hurt," '
        "a local official told reporters."
    )
    got = [(c["attribution"]["source_kind"], c["factuality"]) for c in claims(text, "en")]
    assert got == [("anonymous", "reported"), ("anonymous", "reported")]


def test_quotes_a_body_named_inside_the_quotation_is_not_its_speaker() -> None:
    text = (
        "On Tuesday the Northern Shield mission said its personnel had come under fire near the port of Gonaives. "
        '"Our forces, together with the national police, repelled the attack on the station," the statement said.'
    )
    c = claims(text, "en")[-1]
    assert c["attribution"]["source"] == "Northern Shield mission"
    text = "«Будинок аж підкинуло, а потім ще три вибухи біля Стрия», — каже жінка."
    assert claims(text, "uk")[-1]["attribution"]["source"] != "Будинок"


def test_quotes_a_quotation_that_is_its_own_sentence_goes_on_from_the_speaker_before() -> None:
    text = (
        '"The first bomb hit the school where 40 people were sleeping," said Min Thu, a farmer from Letpan. '
        '"We pulled out eleven bodies with our hands."'
    )
    c = claims(text, "en")[-1]
    assert (c["attribution"]["source"], c["factuality"]) == ("Min Thu", "reported")
