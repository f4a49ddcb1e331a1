"""Productive loaded-language rules: each family on invented sentences, with neutral counterparts."""

import pytest

import lagebild
from lagebild.document import Document
from lagebild.signals._data import _verb_forms
from lagebild.signals.loaded import loaded_language


def _spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.text, s.technique) for s in loaded_language(Document(text=text, lang=lang))]


def _texts(text: str, lang: str) -> list[str]:
    return [t for t, _ in _spans(text, lang)]


WIRE_DE = (
    "Russland hat in der Nacht 40 Drohnen und drei Raketen auf die Ukraine abgefeuert, teilte die Luftwaffe mit.\n"
    "Zwei Menschen wurden getötet, sieben verletzt. Eine Explosion beschädigte ein Umspannwerk. "
    "Der Angriff traf vor allem die Energieversorgung. Der frühere Präsident und Ex-Diktator wurde verurteilt. "
    "Das Regime in Damaskus äußerte sich nicht. Die Marine beobachtete das Manöver mit 20 Schiffen. "
    '"Wir sind stolz auf unsere Soldaten", sagte der Minister. Das Kraftwerk liefert 300 Megawatt.\n'
)
WIRE_EN = (
    "Russia launched 40 drones and three missiles overnight, the air force said.\n"
    "Two people were killed in the attack and a blast damaged a substation. The ministry said troops "
    "had pushed back an offensive near the front line. This regime has denied the report. "
    "A wave of arrests followed, officials said, and the army deployed more artillery.\n"
)


def test_loaded_neutral_wire_copy_is_not_flagged() -> None:
    assert _spans(WIRE_DE, "de") == []
    assert _spans(WIRE_EN, "en") == []


def test_loaded_german_compounds_by_prefix() -> None:
    found = _texts("Die Grusel-Drohne und ein Mega-Manöver: dazu eine Billig-Rakete aus Fernost.", "de")
    assert found == ["Grusel-Drohne", "Mega-Manöver", "Billig-Rakete"]
    assert dict(_spans("Eine Horrornacht folgte.", "de"))["Horrornacht"] == "appeal_to_fear"
    # hyphen-only prefixes do not reach closed technical words
    assert _spans("Das Kraftwerk liefert 300 Megawatt, die Riesenrad-Anlage steht still.", "de") == []


def test_loaded_german_compounds_by_head() -> None:
    found = _texts("Die Überschall-Wunderwaffe kam zum Einsatz, ein Drohnen-Albtraum für Odessa.", "de")
    assert found == ["Überschall-Wunderwaffe", "Drohnen-Albtraum"]
    spans = dict(_spans("Der Teheran-Despot und der Wagner-Boss trafen sich.", "de"))
    assert spans == {"Teheran-Despot": "name_calling_labeling", "Wagner-Boss": "name_calling_labeling"}
    # a former office holder, and a closed compound with a name-calling head, stay plain
    assert _spans("Der Ex-Diktator und ein Alleinherrscher der Antike.", "de") == []


def test_loaded_verb_forms_cover_inflection() -> None:
    assert {"donnert", "donnerte", "donnerten", "donnern", "gedonnert"} <= _verb_forms("donner")
    assert {"aufmarschieren", "aufmarschiert", "aufmarschierten", "aufzumarschieren"} <= _verb_forms("auf|marschier")
    assert {"beschwichtigte", "beschwichtigt"} <= _verb_forms("beschwichtig")
    assert "gebeschwichtigt" not in _verb_forms("beschwichtig")


def test_loaded_german_verbs_only_in_lower_case() -> None:
    found = _texts("Panzer bretterten durch das Dorf, Jets dröhnten. Der Sprecher polterte, alles sei normal.", "de")
    assert found == ["bretterten", "dröhnten", "polterte"]
    # nouns that share the stem: "Rasen" (lawn), "Donner" (thunder), "Wetter" (weather)
    assert _spans("Auf dem Rasen lag Schnee, fernes Donner-Grollen und schlechtes Wetter.", "de") == []


def test_loaded_kickers_only_in_capitals() -> None:
    assert _texts("EILMELDUNG: Explosion in Odessa", "de") == ["EILMELDUNG"]
    assert _texts("EXCLUSIVE - Navy tracks tanker", "en") == ["EXCLUSIVE"]
    assert _spans("The talks are at a breaking point, an exclusive economic zone.", "en") == []


def test_loaded_teaser_colon_opens_a_sentence() -> None:
    text = "Die Lage bleibt unklar. Besonders heikel: Die Schiffe fuhren ohne Transponder. Noch dreister: Sie filmten."
    assert _texts(text, "de") == ["Besonders heikel", "Noch dreister"]
    # not opening a sentence, or "Noch" with a word that is no comparative
    assert _spans("Das sei besonders heikel: sagte er. Noch offen: der Termin.", "de") == []


def test_loaded_reveal_headline() -> None:
    assert _texts("Schattenplan entlarvt: Moskau wollte die Kabel kappen", "de") == ["Schattenplan entlarvt"]
    assert _texts("Secret deal exposed: who paid for the drones", "en") == ["deal exposed"]
    assert _spans("The report revealed that 20 people were killed.", "en") == []


def test_loaded_question_answered_by_exclamation() -> None:
    assert _texts("Und was macht Brüssel? Nichts!", "de") == ["Nichts!"]
    assert _texts("And the White House? Total silence!", "en") == ["Total silence!"]
    assert _spans("Was geschah dann? Die Polizei ermittelt.", "de") == []


def test_loaded_caps_headline_only_at_the_top() -> None:
    assert _texts("KREMLS FLOTTE AN DER GRENZE\nDie Marine meldet 20 Schiffe.", "de") == ["KREMLS FLOTTE AN DER GRENZE"]
    # an all-caps place name inside the text, and a short dateline, are no shouting
    assert _spans("NEW DELHI, India\nThe CROIX DES BOUQUETS prison was attacked.", "en") == []


def test_loaded_comparative_triad() -> None:
    assert _texts("Größer, schneller, gefährlicher: Die neue Rakete.", "de") == ["Größer, schneller, gefährlicher"]
    assert _texts("Cheaper, faster, deadlier. That is the pitch.", "en") == ["Cheaper, faster, deadlier"]
    assert _spans("Later, however, other units arrived.", "en") == []


def test_loaded_sarcastic_vocative() -> None:
    assert dict(_spans('The minister called it "a routine drill". Sure, Sergei.', "en")) == {"Sure, Sergei.": "doubt"}
    assert _spans("Sure, the minister said, talks will resume.", "en") == []


def test_loaded_possessive_label() -> None:
    assert dict(_spans("Lukashenko's regime sent more troops.", "en")) == {
        "Lukashenko's regime": "name_calling_labeling"
    }
    assert _texts("Kims Schergen bewachen die Grenze.", "de") == ["Kims Schergen"]
    assert _spans("Das Regime schwieg. This regime, he said, would fall.", "de") == []


def test_loaded_belittling_size_word_before_a_name() -> None:
    assert _texts("Missiles could reach every corner of little Moldova within minutes.", "en") == ["little Moldova"]
    assert _spans("The tiny Pacific nation of Tuvalu voted.", "en") == []


def test_loaded_intensifier_before_mass_metaphor() -> None:
    assert _texts("Moscow sent a relentless swarm of drones.", "en") == ["relentless swarm"]
    assert _spans("A wave of arrests followed; a massive tariff hike was announced.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "technique"),
    [
        ("Die Anwohner leben in Angst vor dem nächsten Angriff.", "de", "appeal_to_fear"),
        ("Der Bürgermeister schlug Alarm.", "de", "appeal_to_fear"),
        ("Die Aufnahmen sprechen eine andere Sprache.", "de", "loaded_language"),
        ("Die Artillerie schoss aus allen Rohren.", "de", "loaded_language"),
        ("The region is a powder keg about to explode.", "en", "appeal_to_fear"),
        ("Europe is asleep at the wheel.", "en", "loaded_language"),
        ("The general did not mince words.", "en", "loaded_language"),
        ("A David and Goliath contest.", "en", "loaded_language"),
        ("The ministry flatly rejected the findings.", "en", "doubt"),
        ("This should terrify every European.", "en", "appeal_to_fear"),
    ],
)
def test_loaded_idiom_families(text: str, lang: str, technique: str) -> None:
    assert technique in {t for _, t in _spans(text, lang)}


def test_loaded_pride_ascribed_not_quoted() -> None:
    assert _texts("Moskau verbreitete stolz die Bilder der Parade.", "de") == ["verbreitete stolz"]
    assert _spans('"Wir sind stolz auf die Truppe", sagte sie.', "de") == []


def test_loaded_escalation_teaser_frames() -> None:
    assert _texts("Doch es wird noch krasser: Die Flotte läuft aus.", "de") == ["es wird noch krasser"]
    assert _texts("Und kommt es noch übler? Damit nicht genug.", "de") == ["kommt es noch übler", "Damit nicht genug"]
    assert _texts("But it gets even uglier. Worse still, the data vanished.", "en") == [
        "it gets even uglier",
        "Worse still",
    ]
    # a comparative outside the class, and a plain "worse" in a report, stay clean
    assert _spans("Es wird noch kälter, sagt der Wetterdienst. Das ist nicht alles, was geplant ist.", "de") == []
    assert _spans("The situation got worse after July, officials said.", "en") == []


def test_loaded_bystander_reproach_frames() -> None:
    found = _texts("Berlin kann nicht länger zuschauen. Die Welt schaut weg, und die EU schweigt.", "de")
    assert found == ["kann nicht länger zuschauen", "Die Welt schaut weg", "die EU schweigt"]
    found = _texts("No one in Washington appears to notice. The West turned a blind eye and stood idly by.", "en")
    assert found == ["No one in Washington appears to notice", "turned a blind eye", "stood idly by"]
    assert _texts("We can no longer look away.", "en") == ["can no longer look away"]
    # a pledge and a plain past tense are no reproach
    assert _spans("Die Regierung schwieg zunächst. Berlin werde nicht tatenlos zusehen.", "de") == []
    assert _spans("Officials said nobody was hurt. We will not stand by, the minister said.", "en") == []


def test_loaded_stealth_and_ruin_metaphors() -> None:
    assert _texts("Moskau rüstet klammheimlich auf und kommt durch die Hintertür.", "de") == [
        "klammheimlich",
        "durch die Hintertür",
    ]
    assert _texts("Der Westen will Russland ausbluten lassen und in die Knie zwingen.", "de") == [
        "ausbluten",
        "in die Knie zwingen",
    ]
    found = _texts("The region is being carved up on the sly; the economy was bled dry.", "en")
    assert found == ["carved up", "on the sly", "bled dry"]
    assert _spans("The army carved a road through the hills and cut up the supply lines.", "en") == []


def test_loaded_violence_against_own_people_and_totalising_atrocity() -> None:
    assert _texts("The junta is starving its own citizens.", "en") == ["starving its own citizens"]
    assert _texts("Militias torched whole villages.", "en") == ["torched whole villages"]
    assert _texts("Das Regime bombardiert das eigene Volk.", "de") == ["bombardiert das eigene Volk"]
    assert _spans("The government paid its own contractors; entire villages were evacuated.", "en") == []


def test_loaded_dehumanising_similes_and_flood_metaphors() -> None:
    assert _texts("Prisoners were treated like cattle; they spread like rats.", "en") == [
        "treated like cattle",
        "like rats",
    ]
    assert _texts("Officials warned of a flood of foreign mercenaries.", "en") == ["flood of foreign mercenaries"]
    assert _texts("Sie wurden wie Vieh behandelt. Die Asylflut und der Flüchtlings-Tsunami.", "de") == [
        "wie Vieh behandelt",
        "Asylflut",
        "Flüchtlings-Tsunami",
    ]
    # livestock and floods in their literal sense stay clean
    assert _spans("Herders lost animals like cattle and sheep; a flood of water hit the camp.", "en") == []
    assert _spans("Bauern halten Tiere wie Schafe. Der Flüchtlingsstrom nahm ab.", "de") == []


def test_loaded_verdict_sentences() -> None:
    assert _texts("That's nothing short of a travesty.", "en") == ["That's nothing short of a travesty"]
    assert _texts("Das ist schlicht ein Armutszeugnis.", "de") == ["Das ist schlicht ein Armutszeugnis"]
    assert _spans("That is a decision for the council. Das ist ein Schritt nach vorn.", "de") == []


def test_loaded_hyperbole_frames() -> None:
    assert _texts("Eine noch nie dagewesene Machtprobe, wie seit Menschengedenken nicht.", "de") == [
        "noch nie dagewesene",
        "seit Menschengedenken",
    ]
    assert _texts("A buildup the world has never seen, like never before.", "en") == [
        "the world has never seen",
        "like never before",
    ]
    assert _spans("It was the first time in history that the treaty was signed. Seit Januar.", "en") == []


def test_loaded_verbless_exclamation() -> None:
    assert _texts("Putin und Kim – ein teuflischer Pakt unter Freunden!", "de") == ["teuflischer"]
    assert _texts("Moskau und Minsk – eine unheilige Allianz!", "de") == ["eine unheilige Allianz"]
    assert _texts("Was für eine Blamage!", "de") == ["Was für eine Blamage"]
    assert _texts("He signed it again. What a circus!", "en") == ["What a circus"]
    # a statement, and an exclamation not opened by an article, stay clean
    assert _spans("Eine Delegation reiste nach Moskau. Raketen auf Rom!", "de") == []


def test_loaded_list_anaphora() -> None:
    found = _texts("More drones, more 'liberated' villages, more graves.", "en")
    assert found == ["More drones, more 'liberated' villages, more graves"]
    assert _texts("Keine Warnung, keine Sirene, kein Entkommen.", "de") == [
        "Keine Warnung, keine Sirene, kein Entkommen"
    ]
    assert _spans("More troops arrived, officials said, and no one was hurt.", "en") == []


def test_loaded_tabloid_crime_compounds_and_character_idioms() -> None:
    found = _texts(
        "Die Schmuggler-Mafia lacht, der Generals-Wahn wächst: ein Pannen-Frachter, Russen-Bomber am Himmel.", "de"
    )
    assert found == ["Schmuggler-Mafia", "Generals-Wahn", "Pannen-Frachter", "Russen-Bomber"]
    idioms = _texts(
        "Der Warlord kennt keine Gnade. Er schreckt offenbar vor nichts zurück und spielt nun den Unschuldigen. "
        "In der Hauptstadt liegen die Nerven blank, der Sprecher schäumte vor Wut.",
        "de",
    )
    assert {"kennt keine Gnade", "schreckt offenbar vor nichts zurück", "spielt nun den Unschuldigen"} <= set(idioms)
    assert {"Nerven blank", "schäumte vor Wut"} <= set(idioms)
    # the wire words for the same things stay plain
    plain = "Piraten kaperten einen Frachter; die Schattenflotte umfasst rund 600 Tanker. Die Banden zogen ab."
    assert _spans(plain, "de") == []


def test_loaded_dismissive_asides_of_the_blog_voice() -> None:
    found = _texts(
        "Don't kid yourself. The minister calls it a safety check, a convenient excuse. The generals built a cash cow "
        "and now they cry foul? Cry us a river. Europe must wake up while Brussels sleeps. Enough is enough.",
        "en",
    )
    assert {"Don't kid yourself", "a convenient excuse", "cash cow", "Cry us a river"} <= set(found)
    assert {"must wake up", "while Brussels sleeps", "Enough is enough"} <= set(found)
    plain = "The ministry said the radar would wake up from standby mode at dawn. Of course, talks continue."
    assert _spans(plain, "en") == []


SOBER_DE = [
    "Russland hat die Ukraine in der Nacht mit 45 Drohnen und vier Raketen angegriffen, teilte die Luftwaffe mit.",
    "In der Region Charkiw wurden nach Behördenangaben drei Menschen getötet und zwölf verletzt.",
    "Die Bundesregierung kündigte weitere Militärhilfe an; Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück.",
    "Der Verdächtige wurde am Freitag dem Haftrichter vorgeführt, die Bundesanwaltschaft ermittelt wegen Spionage.",
    "Die sogenannte Schattenflotte umfasst nach Schätzungen rund 600 Tanker, viele davon sind älter als 20 Jahre.",
    "Bei eiskalten Temperaturen harrten Tausende Menschen in Notunterkünften aus, der Strom fiel aus.",
    "Nach Angaben des Ministeriums meldeten sich im vergangenen Jahr rund 20.000 Freiwillige für den Dienst.",
    "Der Schrott zerstörter Fahrzeuge wird auf einem Sammelplatz am Stadtrand gelagert.",
    "Die Nato versetzte ihre Luftverteidigung in höchste Alarmbereitschaft, nachdem eine Drohne eingedrungen war.",
    "Die Regierung hat genug Munition für mehrere Monate eingelagert, sagte ein Sprecher.",
    "Das Weiße Haus kritisierte die Entscheidung, Peking wies die Kritik zurück und bestellte den Botschafter ein.",
    "Die Lage an der Front ist nach Angaben des Generalstabs schwierig: Die Truppen rücken bei Pokrowsk vor.",
    "Der Präsident besuchte am Montag die Truppen im Donbass und zeichnete Soldaten mit Orden aus.",
    "In der Nacht tobten heftige Kämpfe um die Stadt, die Ermittler glauben an einen Anschlag.",
    "Die Kosten für den Wiederaufbau schätzt die Weltbank auf rund 500 Milliarden Dollar.",
]


@pytest.mark.parametrize("sentence", SOBER_DE)
def test_loaded_sober_dpa_sentences_stay_clean(sentence: str) -> None:
    assert _spans(sentence, "de") == []


def test_loaded_capital_in_a_fit_of_rage() -> None:
    assert _texts("Moskau schäumte, und Teheran tobte über die Sanktionen.", "de") == [
        "Moskau schäumte",
        "Teheran tobte",
    ]
    assert _texts("Beijing fumed, and the Kremlin went ballistic.", "en") == [
        "Beijing fumed",
        "the Kremlin went ballistic",
    ]
    # fighting that rages is wire copy; a capital that merely reacts is plain
    assert _spans("Um den Flughafen tobten Kämpfe. Peking reagierte mit Kritik.", "de") == []
    assert _spans("Beijing said it was concerned about the vote.", "en") == []


def test_loaded_gloating_and_humiliation_idioms() -> None:
    found = _texts(
        "Peking reibt sich die Hände. Der Minister wurde regelrecht vorgeführt. Er kann es nicht lassen.", "de"
    )
    assert found == ["reibt sich die Hände", "regelrecht vorgeführt", "kann es nicht lassen"]
    found = _texts("Rivals are rubbing their hands. London has egg on its face. And then Madrid caved.", "en")
    assert found == ["rubbing their hands", "egg on its face", "caved"]
    # a suspect brought before a judge; a tunnel that collapsed; a refusal to yield
    assert _spans("Der Mann wurde dem Haftrichter vorgeführt.", "de") == []
    assert _spans("The tunnel caved in. Canberra refused to cave to the demands.", "en") == []


def test_loaded_icy_calculation_not_weather() -> None:
    assert _texts("Ein eiskaltes Machtspiel um den Hafen, eiskalt kalkuliert.", "de") == [
        "eiskaltes Machtspiel",
        "eiskalt kalkuliert",
    ]
    assert _spans("In der eiskalten Nacht fiel die Heizung aus.", "de") == []


def test_loaded_sarcastic_surprise_and_convenience() -> None:
    found = _texts("Welch Überraschung. Das Schiff verschwand vom Radar. Wie praktisch.", "de")
    assert found == ["Welch Überraschung", "Wie praktisch"]
    assert dict(_spans("Zufall? Wohl kaum.", "de")) == {"Zufall? Wohl kaum": "doubt"}
    found = _texts("Surprise, surprise. The records were lost. How convenient. Very reassuring.", "en")
    assert found == ["Surprise, surprise", "How convenient", "Very reassuring"]
    # "wie praktisch alle" means "like practically all"; a plain convenience
    assert _spans("Wie praktisch alle Nachbarn stimmte das Land zu.", "de") == []
    assert _spans("Officials said how convenient the new crossing was for traders", "en") == []


def test_loaded_one_word_teaser_colon() -> None:
    assert _texts("Die Marine schweigt. Pikant: Der Tanker gehört einem Minister.", "de") == ["Pikant"]
    # a colon after a plain adjective, or before a lower-case quote tag
    assert _spans("Die Lage ist heikel: Die Truppen rücken vor. Es sei kurios: sagte er.", "de") == []


def test_loaded_wake_up_calls() -> None:
    assert _texts("Wach endlich auf, Europa!", "de") == ["Wach endlich auf, Europa"]
    assert _texts("The jets are coming. Wake up, Westminster.", "en") == ["Wake up, Westminster"]
    assert _spans("Soldiers wake up early. When they wake up, they eat.", "en") == []


def test_loaded_tabloid_amounts() -> None:
    assert _texts("Die Werft kassierte satte 85 Prozent, die Armee bekam läppische drei Panzer.", "de") == [
        "satte 85",
        "läppische drei",
    ]
    assert dict(_spans("The navy got a paltry budget.", "en"))["paltry"] == "exaggeration_minimisation"
    assert _spans("Die satten Farben der Flaggen leuchteten. The budget rose 2 percent.", "de") == []


def test_loaded_ticking_bombs_and_sparks() -> None:
    assert dict(_spans("Der Tanker ist eine tickende Umwelt-Bombe.", "de")) == {
        "tickende Umwelt-Bombe": "appeal_to_fear"
    }
    assert _texts("Ein Funke genügt. Handeln, bevor es zu spät ist.", "de") == [
        "Ein Funke genügt",
        "bevor es zu spät ist",
    ]
    assert _texts("The strait is one spark away from war. Act before it's too late.", "en") == [
        "one spark away",
        "before it's too late",
    ]
    assert _spans("Die Bombe wurde entschärft. Ein Funkgerät fiel aus.", "de") == []
    assert _spans("A spark plug failed, and the bomb was defused.", "en") == []


def test_loaded_rhetorical_disbelief() -> None:
    found = _texts("Doch wer soll das nach diesem Sommer noch glauben? Das glaubt kaum noch jemand.", "de")
    assert found == ["wer soll das nach diesem Sommer noch glauben", "glaubt kaum noch jemand"]
    found = _texts("A new frigate by 2030? We'll believe it when we see it. Who still believes that?", "en")
    assert found == ["We'll believe it when we see", "Who still believes that"]
    assert _spans("Die Ermittler glauben, dass das Schiff sank.", "de") == []
    assert _spans("We believe the talks will continue, the minister said.", "en") == []


def test_loaded_scare_quoted_so_called() -> None:
    assert dict(_spans("Dort stehen die sogenannten „Friedenstruppen“ der Junta.", "de")) == {
        "sogenannten „Friedenstruppen": "doubt"
    }
    assert _texts("The so-called 'peacekeepers' stayed in their barracks.", "en") == ["so-called 'peacekeepers"]
    assert _spans("Die sogenannte Schattenflotte wächst.", "de") == []
    assert _spans("Travellers must stay in a so-called “COVID hotel” for ten days.", "en") == []


def test_loaded_enemies_of_the_nation() -> None:
    assert dict(_spans("Er nannte die Journalisten Feinde des Volkes.", "de")) == {
        "Feinde des Volkes": "name_calling_labeling"
    }
    assert _texts("The channel calls them enemies of the South.", "en") == ["enemies of the South"]
    assert _spans("Enemy forces advanced toward the river, the army said.", "en") == []


def test_loaded_german_compound_families_broadened() -> None:
    found = _texts("Der Kreml-Kumpan lobte die Protz-Parade, ein Drohnen-Fiasko folgte, dazu Kreml-Panik.", "de")
    assert found == ["Kreml-Kumpan", "Protz-Parade", "Drohnen-Fiasko", "Kreml-Panik"]
    assert dict(_spans("Eine Operetten-Armee an der Grenze.", "de"))["Operetten-Armee"] == "exaggeration_minimisation"
    # a theatre's name, and closed compounds of the same words, stay plain
    assert _spans("Das Operettenhaus in Hamburg und das Verkehrschaos in Kiew.", "de") == []


def test_loaded_german_verb_stems_broadened() -> None:
    assert _texts("Der Sprecher kläffte, der Minister feixte, und vor der Küste lauern U-Boote.", "de") == [
        "kläffte",
        "feixte",
        "lauern",
    ]
    assert _spans("Die Soldaten lagen auf der Lauer.", "de") == []


def test_loaded_window_dressing_and_empty_words() -> None:
    found = _texts("Die Erklärung ist ein Lippenbekenntnis, ein Feigenblatt aus leeren Versprechen.", "de")
    assert found == ["Lippenbekenntnis", "Feigenblatt", "leeren Versprechen"]
    found = _texts("The summit paid lip service to peace: a fig leaf of empty promises.", "en")
    assert found == ["lip service", "fig leaf", "empty promises"]
    assert _spans("Der Minister versprach weitere Hilfe. The minister promised more aid.", "de") == []


def test_loaded_servile_and_criminal_labels() -> None:
    assert _texts("Die Gangster und ein Vaterlandsverräter flohen.", "de") == ["Gangster", "Vaterlandsverräter"]
    found = _texts("The vassal regime and its paymasters in the capital; a Kremlin shill, an autocrat.", "en")
    assert found == ["vassal", "paymasters", "shill", "autocrat"]
    assert _spans("The Kenyan shilling fell against the dollar.", "en") == []


def test_loaded_posturing_and_farce() -> None:
    found = _texts("Viel Kraftmeierei und ein Affentheater im Parlament.", "de")
    assert found == ["Kraftmeierei", "Affentheater"]
    found = _texts("More chest-thumping and political theatre. Across the border, the usual circus.", "en")
    assert found == ["chest-thumping", "political theatre", "the usual circus"]
    assert _spans("Das Theater in Kiew spielt wieder. The usual route was closed.", "de") == []


def test_loaded_toy_weapons_and_belittling() -> None:
    found = _texts("Their toy rockets are a paper tiger, bought with pocket change.", "en")
    assert found == ["toy rockets", "paper tiger", "pocket change"]
    assert _texts("Die Flotte ist ein Papiertiger.", "de") == ["Papiertiger"]
    assert _spans("The toy factory reopened after the strike.", "en") == []


def test_loaded_flag_waving_broadened() -> None:
    assert dict(_spans("Die glorreiche Armee kämpft für Volk und Vaterland.", "de")) == {
        "glorreiche": "flag_waving",
        "für Volk und Vaterland": "flag_waving",
    }
    assert _texts("Our great nation thanks our men and women in uniform.", "en") == [
        "Our great nation",
        "our men and women in uniform",
    ]
    assert _spans("Die Armee feierte ihren Jahrestag. The nation marked the anniversary.", "de") == []


def test_loaded_bystander_reproach_broadened() -> None:
    found = _texts("Die Welt schaut wieder einmal hilflos zu. Europa kann nur hoffen. Washington hat genug.", "de")
    assert found == ["Die Welt schaut wieder einmal hilflos zu", "Europa kann nur hoffen", "hat genug"]
    assert _spans("Die Welt schaut auf Genf. Die Armee hat genug Munition.", "de") == []


def test_loaded_a_cyrillic_headline_in_lower_case_does_not_shout() -> None:
    text = "ПВО за ночь сбила 30 беспилотников над тремя регионами\n\nМинобороны сообщило о 30 сбитых дронах."
    rep = lagebild.analyze(text, lang="ru").to_dict()
    assert not [s for s in rep["signals"]["loaded_language"] if s["start"] == 0]
    text = "ПВО СБИЛА ДЕСЯТКИ БЕСПИЛОТНИКОВ НАД РОССИЕЙ\n\nМинобороны сообщило о 30 сбитых дронах."
    rep = lagebild.analyze(text, lang="ru").to_dict()
    assert [s for s in rep["signals"]["loaded_language"] if s["start"] == 0]
