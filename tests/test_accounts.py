"""Accounts, denials and who speaks for whom: rules from session 25 (invented sentences)."""

from .test_kinds import claims


def test_accounts_a_body_that_gives_any_account_speaks_the_quotation_after_it() -> None:
    text = (
        "In a statement late on Friday, the Western Brigade gave a detailed account of the raid. "
        '"At 0300 hours, the outpost at Mareni came under fire from some 40 militants. Our troops repelled '
        'the attackers after two hours." Local elders did not comment.'
    )
    got = [(c["attribution"]["source"], c["factuality"]) for c in claims(text, "en")[:2]]
    assert got == [("Western Brigade", "reported"), ("Western Brigade", "reported")]


def test_accounts_not_a_single_denies_even_a_statement() -> None:
    text = '"Not a single tank was lost in the fighting," the colonel wrote on his X account.'
    assert claims(text, "en")[-1]["factuality"] == "negated"
    text = "Kein einziger Panzer sei bei den Kämpfen verloren gegangen, schrieb der Oberst auf X."
    assert claims(text, "de")[-1]["factuality"] == "negated"


def test_accounts_unnamed_sources_are_no_earlier_body_that_shares_a_word() -> None:
    text = (
        "Exports rose to $1.2 billion, according to the Agency for Naval Industries. "
        "Peru is in talks to buy four corvettes, two industry sources familiar with the talks said."
    )
    assert claims(text, "en")[-1]["attribution"]["source_kind"] == "anonymous"
    text = (
        "Russian officials said the convoy had left Tartus. "
        "A Western security official said 300 soldiers had boarded the ships."
    )
    a = claims(text, "en")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) != ("Russian officials", "government")


def test_accounts_a_description_after_a_comma_takes_no_article_from_the_clause_before() -> None:
    text = (
        "Serbia received six Wing Loong drones in May, state broadcaster RTV Pink reported. "
        "Hungary is also weighing a purchase of the drone, Hungarian media have reported."
    )
    assert att_of(text, "Hungary")["source"] == "Hungarian media"


def att_of(text: str, start: str) -> dict[str, str]:
    return next(c["attribution"] for c in claims(text, "en") if c["text"].startswith(start))


def test_accounts_an_indefinite_unnamed_diplomat_is_anonymous_a_definite_one_speaks_for_an_office() -> None:
    text = "Eine westliche Diplomatin in Lima sagte, Washington habe zwei Radarsysteme an Peru geliefert."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "anonymous"
    text = "Ein Diplomat des Außenministeriums sagte, Washington habe zwei Radarsysteme an Peru geliefert."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] != "anonymous"


def test_accounts_the_body_that_issued_a_release_speaks_the_quotation_after_it() -> None:
    text = (
        "Die Garnison Hohenfels hatte das Manöver am Montag in einer Pressemitteilung angekündigt. "
        "„Bis zum 3. März üben in Hohenfels rund 900 Soldaten. Das Bataillon hat dafür 30 Schützenpanzer "
        "nach Bayern verlegt.“ Die Gemeinde äußerte sich nicht."
    )
    got = [(c["attribution"]["source_kind"], c["factuality"]) for c in claims(text, "de")[:2]]
    assert got == [("military", "reported"), ("military", "reported")]


def test_accounts_a_person_named_before_keeps_the_kind_of_their_own_sentence() -> None:
    text = (
        "Die Forscherin Ana Lupu vom Thinktank Prut Security Lab hält die Vorwürfe für plausibel. "
        "Ihr Team zählte im Mai 14 Militärfahrzeuge auf einem Gelände der russischen Armee bei Tiraspol."
    )
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "ngo"


def test_accounts_a_reportative_modal_with_a_source_named_in_the_genitive_reports() -> None:
    text = "In diesem Jahr sollen im Werk nach Angaben des Ministeriums bis zu 60.000 Granaten vom Band laufen."
    assert claims(text, "de")[-1]["factuality"] == "reported"
    # without a named source the modal stays hearsay
    text = "In diesem Jahr sollen im Werk bis zu 60.000 Granaten vom Band laufen."
    assert claims(text, "de")[-1]["factuality"] == "alleged"


def test_accounts_an_office_owned_by_a_named_armed_group_and_a_commodore_speak_as_military() -> None:
    text = "The RSF's media office wrote on Telegram that its fighters had shot down two army drones over Nyala."
    assert claims(text, "en")[-1]["attribution"]["source_kind"] == "military"
    text = "Ghana's navy received two patrol boats in May, Commodore Kofi Mensah, the navy's spokesman, said."
    assert claims(text, "en")[-1]["attribution"]["source_kind"] == "military"


def test_accounts_offices_of_state_and_a_shipyard_named_by_their_nouns_speak() -> None:
    text = "Nach Angaben des Landesamts für Katastrophenschutz sind 40 Häuser bei dem Angriff beschädigt worden."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "government"
    text = "Nach Angaben des georgischen Reintegrationsbüros sind 80 russische Soldaten in die Region verlegt worden."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "government"
    text = "Das zweite Boot soll nach Angaben der Werft im Mai an die Marine Perus übergeben werden."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "ngo"


def test_accounts_a_broadcaster_that_shows_what_it_reports_speaks_for_it() -> None:
    text = "Moroccan state television showed at least four of the drones at Guelmim air base in May."
    a = claims(text, "en")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Moroccan state television", "media")
    # images are no speaker
    text = "Satellite images showed at least four of the drones at Guelmim air base in May."
    assert claims(text, "en")[-1]["attribution"]["source_kind"] == "author"


def test_accounts_a_country_after_its_auxiliary_counted_what_the_participle_says() -> None:
    text = "Bei einem Manöver im Mai hatte Japan an einem einzigen Tag 90 chinesische Militärflugzeuge gezählt."
    a = claims(text, "de")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Japan", "government")


def test_accounts_an_outlet_a_group_runs_speaks_as_media() -> None:
    text = "Hamas-run television said 14 people had been killed in the strike on the camp."
    a = claims(text, "en")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Hamas-run television", "media")


def test_accounts_it_on_a_platform_takes_the_body_before_not_a_name_in_what_it_said() -> None:
    text = (
        "U.S. Central Command reported the attack. In a post on X, it said a U.S. Navy destroyer had shot "
        "down two drones over the Red Sea."
    )
    assert claims(text, "en")[-1]["attribution"]["source"] == "U.S. Central Command"


def test_accounts_a_description_with_its_own_genitive_owner_is_no_earlier_body() -> None:
    text = (
        "Das russische Verteidigungsministerium erklärte, 40 Soldaten seien verlegt worden. "
        "Das Verteidigungsministerium der Separatisten erklärte auf Telegram, an der Übung nähmen 300 Soldaten teil."
    )
    a = claims(text, "de")[-1]["attribution"]
    assert a["source"] == "Verteidigungsministerium der Separatisten"


def test_accounts_a_shipping_company_named_after_its_noun_speaks_as_a_firm() -> None:
    text = "Die Bremer Reederei Nordlicht Shipping teilte mit, das Schiff habe 40 Container an Bord gehabt."
    a = claims(text, "de")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Nordlicht Shipping", "ngo")


def test_accounts_german_subordinate_speech_and_eyewitness_accounts() -> None:
    text = "Die Luftwaffe ließ daraufhin zwei Jäger aufsteigen, wie die Streitkräfte in Oslo auf X mitteilten."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "military"
    text = "Nach Schilderungen von Augenzeugen warf ein Kampfflugzeug mindestens vier Bomben über dem Dorf ab."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "anonymous"
    text = "Militärexperten rechnen vor, dass die Marine inzwischen über mehr als 300 Schiffe verfügt."
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "anonymous"


def test_accounts_by_the_bodys_count_names_the_body_before() -> None:
    text = (
        "The Caspian Security Institute published its annual report on Monday. "
        "By the institute's count, Russian imports of drone engines rose by about 40% in 2025."
    )
    a = claims(text, "en")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Caspian Security Institute", "ngo")


def test_accounts_a_spokesperson_with_no_owner_speaks_for_the_body_that_opens_the_sentence() -> None:
    text = (
        "Die Bremer Reederei Nordlicht Shipping, die das Schiff betreibt, wies die Darstellung der Huthi zurück: "
        "Keines ihrer 12 Schiffe habe einen israelischen Hafen angelaufen, sagte eine Sprecherin."
    )
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "ngo"


def test_accounts_a_spokesperson_with_no_owner_speaks_for_the_body_that_spoke_last() -> None:
    text = (
        "Rheinmetall wies die Berichte zurück. "
        "Keine der 40 Anlagen des Konzerns in der Ukraine sei getroffen worden, erklärte ein Sprecher."
    )
    assert claims(text, "de")[-1]["attribution"]["source"] == "Rheinmetall"


def test_accounts_a_counted_group_of_outlets_speaks_as_media() -> None:
    text = "Two newspapers reported last month that the navy was considering withdrawing 12 frigates."
    a = claims(text, "en")[-1]["attribution"]
    assert (a["source"], a["source_kind"]) == ("Two newspapers", "media")
