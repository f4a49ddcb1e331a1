"""Attribution and factuality rules, each on invented sentences (packaged KB)."""

from typing import Any

import lagebild


def claims(text: str, lang: str) -> list[dict[str, Any]]:
    return list(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"])


def att(text: str, lang: str, i: int = -1) -> dict[str, Any]:
    return dict(claims(text, lang)[i]["attribution"])


def test_attribution_compound_source_inside_the_cue() -> None:
    (c,) = claims("Nach Behördenangaben wurden in Saporischschja zwölf Menschen verletzt.", "de")
    assert c["attribution"]["source_kind"] == "government" and c["factuality"] == "reported"
    a = att("Nach Polizeiangaben wurden in Dnipro vier Menschen bei dem Angriff getötet.", "de")
    assert a["source_kind"] == "government" and "Polizei" in (a["source"] or "")


def test_attribution_document_of_a_source() -> None:
    a = att("Nach einer Aufstellung des Verteidigungsministeriums wurden 40 Marder an die Ukraine geliefert.", "de")
    assert a["source_kind"] == "government" and "Verteidigungsministeriums" in a["source"]
    a = att(
        "Zwei Lager seien zerstört worden, hieß es in einer Mitteilung des russischen Verteidigungsministeriums.", "de"
    )
    assert a["source_entity"] == "org:mod-russia"


def test_attribution_definite_description_needs_a_fitting_head() -> None:
    cs = claims(
        "Das russische Verteidigungsministerium erklärte, es habe 20 Drohnen abgeschossen. "
        "Die Gebietsverwaltung teilte mit, drei Menschen seien verletzt worden. "
        "Das Ministerium teilte zudem mit, zehn weitere Drohnen seien abgeschossen worden.",
        "de",
    )
    assert cs[1]["attribution"]["source"] == "Gebietsverwaltung"
    assert cs[2]["attribution"]["source_entity"] == "org:mod-russia"


def test_attribution_source_named_in_an_aside_is_not_the_speaker() -> None:
    a = att("Sunrise TV, which is run by the Houthis, reported that 12 people were killed in the strikes.", "en")
    assert a["source"] == "Sunrise TV" and a["source_kind"] == "media"
    a = att("Africa Corps, a force controlled by the Russian Defence Ministry, reportedly lost 30 fighters.", "en")
    assert a["source_kind"] == "anonymous"


def test_attribution_kind_noun_before_unknown_name() -> None:
    a = att("The channel Iron Ledger, which has close ties to the army, said that 40 soldiers were killed.", "en")
    assert a["source"] == "Iron Ledger" and a["source_kind"] == "social_media"
    a = att("Minister Piotr Kowal told the daily Gazeta Nova that 40 tanks had been delivered to Ukraine.", "en")
    assert a["source"] == "Piotr Kowal"


def test_attribution_definite_person_description_is_the_last_speaker() -> None:
    cs = claims(
        "Verteidigungsministerin Anna Berger sagte, Deutschland habe 30 Marder an die Ukraine geliefert. "
        "Deutschland werde zudem 100 Raketen an die Ukraine liefern, sagte die CDU-Politikerin.",
        "de",
    )
    assert cs[1]["attribution"]["source"] == "Anna Berger"


def test_attribution_role_after_institution_speaks_for_it() -> None:
    a = att("A senior Ukrainian air force officer told Reuters that 12 drones were shot down.", "en")
    assert "air force" in a["source"] and a["source_kind"] == "military"
    a = att("Russland habe 20 Raketen abgefeuert, sagte ein Sprecher des ukrainischen Militärgeheimdienstes.", "de")
    assert a["source_kind"] == "intelligence"


def test_attribution_possessive_owner_with_modifier() -> None:
    a = att("Mali's transitional government denied that its troops had suffered heavy losses in the attack.", "en")
    assert a["source"] == "Mali's transitional government" and a["source_kind"] == "government"


def test_attribution_country_right_after_cue() -> None:
    a = att("Nach Erkenntnissen Washingtons liefert Iran monatlich 200 Raketen an Russland.", "de")
    assert a["source_kind"] == "government" and a["source"] == "Washingtons"


def test_attribution_new_cues() -> None:
    a = att("In Charkiw trafen zwei Gleitbomben nach Darstellung von Gouverneur Ivan Petrenko ein Wohnhaus.", "de")
    assert a["source"] == "Ivan Petrenko" and a["source_kind"] == "government"
    a = att("Die Luftwaffe hatte von 40 abgeschossenen Drohnen gesprochen.", "de")
    assert a["source_kind"] == "military"
    a = att(
        "Ein Gremium der Vereinten Nationen war zu dem Schluss gekommen, "
        "dass die Miliz Waffen aus Libyen erhalten habe.",
        "de",
    )
    assert a["source_kind"] == "international"


def test_attribution_verification_note_is_no_negation() -> None:
    (c,) = claims(
        "Pro-Russian bloggers claimed that 30 soldiers were killed, a claim that could not be independently verified.",
        "en",
    )
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "social_media"
    (d,) = claims("Iran did not deliver 200 Shahed-136 drones to Russia.", "en")
    assert d["factuality"] == "negated"  # a plain negation still negates


def test_attribution_future_in_reported_speech_is_no_hedge() -> None:
    (c,) = claims(
        "Defence Secretary John Carver said Britain would deliver 200 Storm Shadow missiles to Ukraine.", "en"
    )
    assert c["factuality"] == "reported"
    (d,) = claims("Britain would deliver 200 Storm Shadow missiles to Ukraine.", "en")
    assert d["factuality"] == "speculative"


def test_attribution_hedge_in_prepositional_relative_clause_is_out_of_scope() -> None:
    (c,) = claims(
        "Ein Teil der Verluste könnte auf Drohnenangriffe zurückgehen, "
        "auf die die Truppen offenbar nicht vorbereitet waren.",
        "de",
    )
    assert c["factuality"] == "speculative"


def test_attribution_source_description_is_not_an_event_party() -> None:
    (c,) = claims(
        "Nordkoreanische Soldaten haben nach Erkenntnissen des südkoreanischen Geheimdienstes NIS "
        "im Gebiet Kursk Verluste erlitten.",
        "de",
    )
    assert c["attribution"]["source_entity"] == "org:nis"
    assert c["args"].get("recipient") != "country:KR"


def test_attribution_dateline_and_based_places_are_no_event_location() -> None:
    (c,) = claims("Kiew/Moskau (dpa) – Russland hat in der Nacht 40 Drohnen auf die Ukraine abgefeuert.", "de")
    assert c["args"].get("location") not in ("place:kyiv", "place:moscow")
    (d,) = claims("The Washington-based think tank said Russian troops had attacked on Monday.", "en")
    assert "location" not in d["args"]
    (e,) = claims("Russland hat in der Nacht 40 Drohnen auf Odessa abgefeuert.", "de")
    assert e["args"]["location"] == "place:odesa"


def test_attribution_clock_times_and_windows_are_no_quantities() -> None:
    (c,) = claims("Zwei Raketen trafen gegen 14.30 Uhr Ortszeit ein Wohnhaus in Dnipro.", "de")
    assert [q["value"] for q in c["args"]["quantities"]] == [2]
    (d,) = claims("Air defences shot down six drones over Crimea in the previous 24 hours.", "en")
    assert [q["value"] for q in d["args"]["quantities"]] == [6]


def test_attribution_subject_pronoun_is_the_last_speaker() -> None:
    cs = claims(
        "Verteidigungsminister Piotr Nowak sagte, Russland habe 40 Drohnen auf Polen abgefeuert. "
        "Die Drohnen seien 40 Kilometer tief in polnisches Gebiet geflogen, sagte er dem Fernsehen.",
        "de",
    )
    assert cs[1]["attribution"]["source"] == "Piotr Nowak"
    cs = claims(
        "A man who works at the airfield said 12 drones had been delivered to the base. "
        "Ten more drones were delivered in May, he said.",
        "en",
    )
    assert cs[1]["attribution"]["source_kind"] == "anonymous"  # "he" is the unnamed man
    (c,) = claims("Hezbollah said it had fired 40 rockets at the Ramat David air base.", "en")
    assert c["attribution"]["source_entity"] == "org:hezbollah"  # "it" after "said" is not the speaker


def test_attribution_reportative_modal_with_a_long_gap_is_alleged() -> None:
    (c,) = claims(
        "Die Türkei soll Äthiopien in den vergangenen Monaten mindestens sechs schwere Kampfdrohnen "
        "vom Typ Bayraktar Akıncı geliefert haben.",
        "de",
    )
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"
    (d,) = claims("Die Türkei soll die Drohnen ab Mai liefern.", "de")
    assert d["factuality"] != "alleged"  # a dated plan ("soll ab Mai liefern"), not hearsay
    (e,) = claims("Hinter dem Anschlag auf das Depot soll die Miliz des Generals stecken.", "de")
    assert e["factuality"] == "alleged" and e["attribution"]["source_kind"] == "anonymous"
    (f,) = claims("Der Zeitung Kurier zufolge sollen 300 weitere Soldaten an die Grenze verlegt werden.", "de")
    assert f["factuality"] == "alleged"  # hearsay with a plain infinitive


def test_attribution_qualified_anonymous_source_is_its_own_group() -> None:
    cs = claims(
        "Russian officials said 300 soldiers were sent to the border. "
        "A Western security official said Russia had sent 2,000 more soldiers to the border.",
        "en",
    )
    assert cs[1]["attribution"]["source_kind"] == "anonymous"


def test_attribution_compound_role_gives_the_kind() -> None:
    a = att(
        "Informationsminister Kidane Tesfay warf Äthiopien vor, 5.000 Soldaten an die Grenze verlegt zu haben.", "de"
    )
    assert a["source"] == "Kidane Tesfay" and a["source_kind"] == "government"


def test_attribution_own_account_names_the_subject() -> None:
    a = att(
        "Seit Kriegsbeginn hat die Ukraine nach eigenen Angaben mehr als 20 russische Kriegsschiffe versenkt.", "de"
    )
    assert a["source_entity"] == "country:UA" and a["source_kind"] == "government"


def test_attribution_addressee_and_reported_clause_are_not_the_speaker() -> None:
    a = att("Local residents told Human Rights Watch that the strike killed at least 28 civilians.", "en")
    assert a["source_kind"] == "anonymous"
    a = att("A senior security official told Reuters that Chinese coast guard ships fired on 12 fishing boats.", "en")
    assert a["source_entity"] != "org:china-coast-guard"


def test_attribution_quoted_channel_name_and_possessive_ministry() -> None:
    a = att("Der kremlnahe Telegram-Kanal „Frontowaja Swodka“ schrieb, 300 Soldaten seien bei Pokrowsk gefallen.", "de")
    assert a["source"] == "Frontowaja Swodka" and a["source_kind"] == "social_media"
    a = att("China's commerce ministry said it had sanctioned seven U.S. defence companies.", "en")
    assert a["source"] == "China's commerce ministry"


def test_attribution_plan_with_soll_is_speculative_claim_and_suspect_adjective_no_hedge() -> None:
    (c,) = claims("Dort sollen ab 2026 jährlich bis zu 200.000 Granaten hergestellt werden.", "de")
    assert c["factuality"] == "speculative" and c["type"] == "production"
    (d,) = claims("Die Polizei teilte mit, ein mutmaßlicher Anwerber sei in Taschkent festgenommen worden.", "de")
    assert d["factuality"] == "reported"


def test_attribution_negation_inside_quoted_words_is_what_was_said() -> None:
    (c,) = claims('The defence minister said Israel would "not allow" 200 Hezbollah fighters near the border.', "en")
    assert c["factuality"] == "reported"


def test_attribution_future_time_makes_a_forecast() -> None:
    (c,) = claims("Analysts believe the attacks will likely intensify in the coming weeks.", "en")
    assert c["type"] == "prediction" and c["factuality"] == "speculative"
    (d,) = claims("Russian forces likely fired 40 missiles at Kharkiv on Monday.", "en")
    assert d["factuality"] == "uncertain"


def test_attribution_pronoun_after_a_speaker_without_claim_and_dative_channel() -> None:
    cs = claims(
        "Nach Polizeiangaben wurden 12 Drohnen über dem Werk gesichtet. "
        "Verteidigungsminister Piotr Nowak sprach von einer Provokation. "
        "Die Drohnen seien 40 Kilometer tief in polnisches Gebiet geflogen, sagte er dem Sender Radio Nord.",
        "de",
    )
    assert cs[-1]["attribution"]["source"] == "Piotr Nowak"


def test_attribution_definite_description_keeps_its_modifier_and_outlet_names() -> None:
    cs = claims(
        "China's commerce ministry said it had sanctioned seven U.S. defence companies. "
        "Taiwan received its first 11 HIMARS launchers last year, according to the defence ministry.",
        "en",
    )
    assert cs[1]["attribution"]["source"] != "China's commerce ministry"
    a = att("The exile media outlet Myanmar Now put the toll at 21 civilians killed in the strike.", "en")
    assert a["source"] == "Myanmar Now" and a["source_kind"] == "media"


def test_attribution_account_handle_is_social_media() -> None:
    (c,) = lagebild.analyze(
        "The monitoring account @SahelWatch24 said 30 armoured vehicles had been deployed to Gao.", lang="en"
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "@SahelWatch24"
    assert c["attribution"]["source_kind"] == "social_media"


def test_attribution_the_command_is_the_command_named_before() -> None:
    claims = lagebild.analyze(
        "US Central Command said it had struck a radar site near Hodeidah on Friday."
        " The command said no civilians had been harmed.",
        lang="en",
    ).to_dict()["claims"]
    assert claims[1]["attribution"]["source_kind"] == "military"
    assert claims[1]["attribution"]["source"] == claims[0]["attribution"]["source"]


def test_attribution_impersonal_cue_with_a_document_quotes_the_last_source() -> None:
    claims = lagebild.analyze(
        "Georgien warf Russland vor, ein Dorf beschossen zu haben. Das Außenministerium in Moskau wies das zurück."
        " Russische Truppen hätten das Feuer nicht eröffnet, hieß es in einer Mitteilung.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[-1]["attribution"]["source_kind"] == "government"
    assert claims[-1]["attribution"]["source"] == claims[-2]["attribution"]["source"]
    (anon,) = lagebild.analyze("Russische Truppen sollen das Dorf beschossen haben, hieß es.", lang="de").to_dict()[
        "claims"
    ]
    assert anon["attribution"]["source_kind"] == "anonymous"


def test_attribution_a_description_with_its_own_seat_is_not_the_earlier_source() -> None:
    claims = lagebild.analyze(
        "Georgien warf Russland vor, ein Dorf beschossen zu haben, teilte das georgische Innenministerium mit."
        " Das Innenministerium in Moskau wies die Darstellung zurück.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[-1]["attribution"]["source"] == "Innenministerium in Moskau"


def test_attribution_an_institution_speaking_without_a_claim_is_remembered() -> None:
    claims = lagebild.analyze(
        "Die Armee meldete am Morgen 20 Drohnen über Sumy. Das Ministerium in Kiew erklärte sich am Abend."
        " Drei Drohnen seien abgeschossen worden, hieß es in einer Mitteilung.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[-1]["attribution"]["source"] == "Ministerium in Kiew"


def test_attribution_a_name_inside_the_reported_clause_is_not_the_speaker() -> None:
    (c,) = lagebild.analyze(
        "Omar Haidari, an analyst at the Kabul Policy Centre, said the TTP had carried out 40 attacks in July.",
        lang="en",
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Omar Haidari"
    (d,) = lagebild.analyze(
        "A security official said Pakistani jets had struck TTP camps in Khost on Friday.", lang="en"
    ).to_dict()["claims"]
    assert d["attribution"]["source_kind"] == "anonymous"


def test_attribution_where_the_speaker_sits_does_not_speak() -> None:
    (c,) = lagebild.analyze(
        "A Western diplomat in Islamabad said Pakistan had used 12 J-10C fighter jets in the raids.", lang="en"
    ).to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "anonymous"
    assert c["args"].get("location") != "place:islamabad"


def test_attribution_counting_verbs_and_demnach() -> None:
    (c,) = lagebild.analyze(
        "Die Nato zählte im Jahr 2024 insgesamt 1.400 Störungen des GPS-Signals.", lang="de"
    ).to_dict()["claims"]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] != "author"
    claims = lagebild.analyze(
        "Das Verteidigungsministerium teilte mit, Deutschland liefere der Ukraine vier Systeme vom Typ IRIS-T SLM."
        " Hinzu kommen demnach 20 Schützenpanzer vom Typ Marder.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[-1]["attribution"]["source"] == claims[0]["attribution"]["source"]


def test_attribution_a_command_compound_is_a_military_source() -> None:
    (c,) = lagebild.analyze(
        "Ein Sprecher des Flottenkommandos bestätigte, dass 300 Soldaten in der Region stationiert seien.", lang="de"
    ).to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "military"


def test_attribution_a_role_of_a_military_body_and_a_country_opened_name() -> None:
    (c,) = lagebild.analyze(
        "Navy spokesperson Captain Maria Lindqvist said two frigates had been deployed to Gotland on Monday.",
        lang="en",
    ).to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "military"
    (d,) = lagebild.analyze(
        "The Malawi Defence Force said on Sunday its troops had killed 12 insurgents near Nampula.", lang="en"
    ).to_dict()["claims"]
    assert d["attribution"]["source"] == "Malawi Defence Force"


def test_attribution_media_reports_are_a_media_source() -> None:
    (c,) = lagebild.analyze(
        "Medienberichten zufolge verfügt die Luftwaffe über rund 300 Marschflugkörper vom Typ Taurus.", lang="de"
    ).to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "media" and c["factuality"] == "reported"


def test_attribution_kind_noun_before_an_unknown_name() -> None:
    a = att("According to the opposition tabloid Vremya, the navy now operates more than 40 Iranian drones.", "en")
    assert a["source"] == "Vremya" and a["source_kind"] == "media"
    b = att("Nach Angaben der US-Behörde FAA wurden 30 Drohnen über dem Flughafen gesichtet.", "de")
    assert b["source"] == "FAA" and b["source_kind"] == "government"


def test_attribution_university_and_definite_organisation() -> None:
    a = att("The war killed as many as 20,000 people, according to researchers at Leiden University.", "en")
    assert a["source"] == "Leiden University" and a["source_kind"] == "ngo"
    cs = claims(
        "Nach Zählung der Hilfsorganisation Grüne Brücke wurden im Mai 40 Dörfer beschossen. "
        "Die Organisation registrierte im Juni mehr als 300 Angriffe auf Dörfer in der Region.",
        "de",
    )
    assert cs[-1]["attribution"]["source"] == "Grüne Brücke"


def test_attribution_the_channel_is_the_channel_named_before() -> None:
    cs = claims(
        "The channel Zapad Monitor claimed that 12 drones had hit the depot. According to the channel, "
        "the drones were launched from the Kharkiv region.",
        "en",
    )
    assert cs[-1]["attribution"]["source"] == "Zapad Monitor"
    assert cs[-1]["attribution"]["source_kind"] == "social_media"


def test_attribution_aside_is_no_distance() -> None:
    a = att(
        "The outlet Kama Today, which publishes mainly on Telegram, posted videos it said were filmed by "
        "residents, showing at least three explosions at the plant.",
        "en",
    )
    assert a["source"] == "Kama Today"


def test_attribution_in_what_clause_is_an_aside() -> None:
    a = att(
        "Drones hit two depots in Russia overnight, Russian regional officials said, in what pro-war "
        "Telegram channels described as the largest attack this year.",
        "en",
    )
    assert a["source_kind"] == "government"


def test_attribution_compound_authorities_and_the_owner_genitive() -> None:
    (c,) = claims(
        "Die Sicherheitsbehörden der Region Kurdistan erklärten, bei einem Drohnenangriff nahe Sidakan "
        "seien fünf Zivilisten getötet worden.",
        "de",
    )
    assert c["attribution"]["source_kind"] == "government" and c["factuality"] == "reported"
    assert c["args"].get("location") == "place:sidakan"


def test_attribution_bare_estimates_are_anonymous_official_figures_government() -> None:
    a = att("Im Bürgerkrieg wurden nach Schätzungen rund 3.000 Menschen getötet.", "de")
    assert a["source_kind"] == "anonymous"
    b = att("Dort lagern nach Schätzungen der OSZE noch rund 5.000 Tonnen Munition.", "de")
    assert b["source_entity"] == "org:osce"
    c = att("In Mexiko wurden nach offiziellen Zahlen mehr als 400.000 Menschen getötet.", "de")
    assert c["source_kind"] == "government"
    d = att("Die Armee soll nach Schätzungen aus westlichen Sicherheitskreisen 9.000 Soldaten verlegt haben.", "de")
    assert d["source_kind"] == "anonymous"


def test_attribution_compound_kind_noun_before_a_name() -> None:
    a = att("Der lettische Inlandsgeheimdienst VDD hatte im Mai gewarnt, Russland habe 30 Agenten angeworben.", "de")
    assert a["source"] == "VDD" and a["source_kind"] == "intelligence"


def test_attribution_reported_absence_is_a_negation_even_in_quotes() -> None:
    (c,) = claims(
        "Ein Sprecher der Armee sagte, es gebe „keine Anzeichen“ für eine Verlegung russischer Truppen.", "de"
    )
    assert c["factuality"] == "negated"
    (d,) = claims("The ministry said there was no sign of Russian troops massing near the border.", "en")
    assert d["factuality"] == "negated"


def test_attribution_modal_in_the_next_clause_does_not_hedge_the_claim() -> None:
    (c,) = claims(
        "Nach Angaben des Ministeriums hat Deutschland bislang sechs Haubitzen an Kiew übergeben, "
        "eine siebte soll bis zum Sommer folgen.",
        "de",
    )
    assert c["factuality"] == "reported"
    cs = claims(
        "Zum Arsenal gehört auch die DF-26. "
        "Die Rakete fliegt bis zu 4.000 Kilometer weit und soll Schiffe treffen können.",
        "de",
    )
    assert cs[-1]["factuality"] == "asserted"


def test_attribution_dated_plan_and_not_aware() -> None:
    (c,) = claims("Ab Ende 2026 sollen dort zusätzlich 400 Lenkflugkörper pro Jahr gebaut werden.", "de")
    assert c["factuality"] == "speculative"
    cs = claims(
        "China shipped 1,000 tonnes of sodium perchlorate to Iran in February. "
        'China\'s foreign ministry said it was "not aware" of the shipments.',
        "en",
    )
    assert cs[0]["type"] == "arms_transfer" and cs[0]["args"]["quantities"][0]["value"] == 1000
    assert cs[-1]["factuality"] == "negated"


def test_attribution_pronoun_before_a_denial_and_media_of_a_country() -> None:
    cs = claims(
        "Wang Li, a spokeswoman for the foreign ministry, said the ships had sailed in international waters. "
        "She rejected suggestions that the drills had endangered civil aviation.",
        "en",
    )
    assert cs[-1]["attribution"]["source"] == "Wang Li" and cs[-1]["factuality"] == "negated"
    a = att("Russian media reported in September that the first Su-35 jets had been delivered to Iran.", "en")
    assert a["source_kind"] == "media" and a["source"] == "Russian media"
    b = att("Tehran describes the Fattah-1 as a hypersonic missile with a manoeuvrable warhead.", "en")
    assert b["source_kind"] == "government"


def test_attribution_owner_country_opens_a_role_description() -> None:
    a = att("Russia's army sent 300 troops to Mali, Mali's defence minister said.", "en")
    assert a["source"] == "Mali's defence minister" and a["source_kind"] == "government"


def test_attribution_bare_media_is_an_addressee_not_a_source() -> None:
    a = att(
        "Two security officials, speaking on condition of anonymity because they were not authorised to talk "
        "to the media, said at least 30 drones were seen in January.",
        "en",
    )
    assert a["source_kind"] == "anonymous"


def test_attribution_mission_kind_noun_before_a_name() -> None:
    a = att("Nach Angaben der EU-Marinemission Irini griffen Piraten am Donnerstag einen Tanker an.", "de")
    assert a["source"] == "Irini" and a["source_kind"] == "military"


def test_attribution_head_first_organisation_names() -> None:
    a = att(
        "Researchers at the Lagos-based Centre for Peace and Security Studies say 300 drones were smuggled in.", "en"
    )
    assert a["source"] == "Centre for Peace and Security Studies" and a["source_kind"] == "ngo"
    b = att("Das Bundesamt für Seeschifffahrt und Hydrographie zählte im Mai 40 Störungen durch Drohnen.", "de")
    assert b["source"] == "Bundesamt für Seeschifffahrt und Hydrographie" and b["source_kind"] == "government"
    c = att("Nach Zählung des Internationalen Seefahrtsbüros ISB wurden vor Somalia sieben Schiffe angegriffen.", "de")
    assert c["source"] == "ISB"


def test_attribution_platform_yields_to_the_account_or_owner() -> None:
    a = att("According to the official Telegram channel of the Azov Council, units entered the town on 3 May.", "en")
    assert "Azov Council" in (a["source"] or "")
    b = att("Footage shared by the X account @BalticWatch on Thursday shows at least 40 armoured vehicles.", "en")
    assert b["source"] == "@BalticWatch"


def test_attribution_coalitions_channels_and_foreign_service_names() -> None:
    a = att('The Saudi-led coalition said in a statement that it "denies categorically" striking the market.', "en")
    assert a["source_kind"] == "military"
    b = att("Germany will send five Eurofighters to Estonia in December, a Luftwaffe spokesperson confirmed.", "en")
    assert b["source_kind"] == "military"
    ents = {
        e["name"]: e["type"]
        for e in lagebild.analyze("Aden Independent Channel reported the landing.", lang="en").to_dict()["entities"]
    }
    assert ents.get("Independent Channel") != "person"


def test_attribution_interview_speaker_label_and_questions() -> None:
    text = (
        "Interview: the minister on drones\n"
        "We spoke to Mara Velic, the defence minister of Montenegro.\n"
        "How many drones have crossed the border this year?\n"
        "Velic: We have recorded 14 violations of our airspace by drones this year.\n"
        "And the jets?\n"
        "Velic: The first six F-16 jets arrived in Podgorica in October.\n"
    )
    cs = claims(text, "en")
    assert all(not c["text"].endswith("?") for c in cs)
    labelled = [c for c in cs if c["text"].startswith("Velic:")]
    assert labelled and all(c["attribution"]["source"] == "Velic" for c in labelled)
    assert all(c["factuality"] == "reported" for c in labelled)


def test_attribution_soll_with_a_future_year_is_a_plan() -> None:
    (c,) = lagebild.analyze(
        "Das erste Boot für Norwegen soll 2029 übergeben werden.", lang="de", published="2026-01-10"
    ).to_dict()["claims"]
    assert c["factuality"] == "speculative"


def test_attribution_surname_of_a_kb_person_named_in_full() -> None:
    cs = claims(
        "Defence Minister Pedro Sanchez blamed the ELN for the attack on Monday. "
        "Sanchez said on Tuesday that the army had sent 1,500 troops to Catatumbo.",
        "en",
    )
    assert cs[-1]["attribution"]["source_entity"] == "person:pedro-sanchez"


def test_attribution_head_count_is_no_speaker_and_foreign_media_speak() -> None:
    cs = claims("Minsk meldete 7000 Soldaten. Ursprünglich hatte Minsk sogar von 13.000 Mann gesprochen.", "de")
    assert cs[-1]["attribution"]["source_kind"] == "government"
    a = att("Indische Medien beziffern den Auftragswert auf rund acht Milliarden Euro für sechs U-Boote.", "de")
    assert a["source_kind"] == "media"


def test_attribution_institution_in_the_genitive_after_a_role() -> None:
    a = att(
        "Ein Sprecher des Generalstabs wies Berichte zurück, wonach die Soldaten keinen Nachschub erhalten hätten.",
        "de",
    )
    assert a["source_kind"] == "military" and "Generalstabs" in (a["source"] or "")


def test_attribution_apposition_after_a_kind_noun_and_org_roles() -> None:
    a = att("The rebels' propaganda outlet, the Sahara News Agency, claims a drone strike killed four fighters.", "en")
    assert a["source"] == "Sahara News Agency"
    b = att("A UN spokesperson said observers had documented several strikes east of the berm this month.", "en")
    assert b["source_kind"] == "international"
    c = att("The Kurdistan Region's interior ministry said on 16 July that drones had hit two oil fields.", "en")
    assert "Kurdistan Region" in (c["source"] or "") and c["source_kind"] == "government"


def test_attribution_acronym_of_a_pattern_organisation_recurs() -> None:
    cs = claims(
        "The rebels' outlet, the Sahara Press Service (SPS), claims a strike killed four fighters. "
        "SPS boasted this week that rebel units had shelled two positions in the Farsia sector.",
        "en",
    )
    assert cs[-1]["attribution"]["source_entity"] == cs[0]["attribution"]["source_entity"] is not None
    a = att("Die ukrainische Marine gibt an, seit 2022 mehr als 20 russische Kriegsschiffe versenkt zu haben.", "de")
    assert a["source_kind"] == "military"


def test_attribution_a_countrys_own_figures_and_air_navigation_bodies() -> None:
    a = att("Nach israelischen Angaben sind von den Geiseln noch 24 am Leben.", "de")
    assert a["source_kind"] == "government" and "israelischen Angaben" in (a["source"] or "")
    b = att("According to Israeli figures, 24 of the hostages are still alive.", "en")
    assert b["source_kind"] == "government"
    c = att("Die polnische Flugsicherung PANSA zählte für das Jahr 2024 insgesamt 2.732 Vorfälle.", "de")
    assert c["source"] == "PANSA"
    ids = {
        e["id"]
        for e in lagebild.analyze("Nach Angaben Warschaus drangen 19 Drohnen ein.", lang="de").to_dict()["entities"]
    }
    assert not any(i.startswith("org:angaben") for i in ids)


def test_attribution_a_named_sources_estimate_is_reported() -> None:
    a = claims("Westliche Diplomaten schätzen, dass die Junta nur noch etwa 40 Prozent des Landes kontrolliert.", "de")
    assert a[-1]["factuality"] == "reported"
    b = claims("We estimate that the group has between 4,000 and 6,000 fighters around Lake Chad.", "en")
    assert b[-1]["factuality"] == "uncertain"


def test_attribution_negation_in_an_apposition_is_its_own() -> None:
    (c,) = claims(
        "Pakistan claimed it had shot down five Indian jets, a fairy tale that Islamabad has never backed up.", "en"
    )
    assert c["factuality"] == "reported"


def test_attribution_compound_diplomats_are_anonymous_and_said_to_is_alleged() -> None:
    a = att("Nach Angaben von EU-Diplomaten will Brüssel rund 40 weitere Schiffe sanktionieren.", "de")
    assert a["source_kind"] == "anonymous"
    (c,) = claims("Russian fighters are said to have executed at least 17 men near Bossangoa in February.", "en")
    assert c["factuality"] == "alleged"
    d = att("Hilfsorganisationen in der Region sprachen gegenüber Nachrichtenagenturen von mindestens 100 Toten.", "de")
    assert d["source_kind"] == "ngo"


def test_attribution_region_before_an_institution_owns_it() -> None:
    a = att("The Hadramawt health office said on Friday that nine civilians had been killed in Seiyun.", "en")
    assert a["source"] == "Hadramawt health office" and a["source_kind"] == "government"


def test_attribution_channel_called_a_name() -> None:
    a = att(
        'A channel called "Kontrakt Nord", which had 48,000 subscribers, posted adverts promising jobs to 300 men.',
        "en",
    )
    assert a["source"] == "Kontrakt Nord" and a["source_kind"] == "social_media"


def test_attribution_allege_and_insist() -> None:
    a = att("Pakistani officials allege that TTP fighters use M4 rifles left behind by US forces in 2021.", "en")
    assert a["source_kind"] == "government"


def test_attribution_unknown_name_after_according_to() -> None:
    a = att("Für den Umbau sind nach Angaben von Armasuisse rund 120 Millionen Franken eingeplant.", "de")
    assert a["source"] == "Armasuisse"
    b = att("Nach Angaben von Bürgermeister Witali Klitschko wurden in Kiew zwei Menschen getötet.", "de")
    assert b["source"] != "Bürgermeister"
    c = att("Experten in Seoul zählen auf Satellitenfotos 74 Startschächte für Raketen.", "de")
    assert c["source_kind"] == "anonymous"


def test_attribution_compound_governments_departments_and_church_groups() -> None:
    a = att("In Baschkortostan erhalten Freiwillige nach Angaben der Regionalregierung 1,5 Millionen Rubel.", "de")
    assert a["source_kind"] == "government"
    b = att(
        "Im Juli teilte das Verteidigungsdepartement VBS mit, die Auslieferung von fünf Patriot verzögere sich.", "de"
    )
    assert b["source_kind"] == "government"
    c = att("Church groups in the region estimate that more than 5,000 people have fled their villages.", "en")
    assert c["source_kind"] == "ngo" and c["source"]


def test_attribution_a_company_in_the_kb_speaks_as_a_non_governmental_body() -> None:
    a = att("Rheinmetall said on Monday it had delivered 40,000 shells to Ukraine.", "en")
    assert a["source_kind"] == "ngo"
    # its spokespeople and executives speak for it
    a = att("A Rheinmetall spokesman said the plant would deliver 20,000 shells to Ukraine.", "en")
    assert a["source_entity"] == "org:rheinmetall" and a["source_kind"] == "ngo"
    a = att("Rheinmetall CEO Armin Papperger said the plant would deliver 20,000 shells to Ukraine.", "en")
    assert a["source"] == "Armin Papperger" and a["source_kind"] == "ngo"
    a = att("Firmensprecher Carsten Ohlsen sagte, die Werft liefere zwei U-Boote an Norwegen.", "de")
    assert a["source"] == "Carsten Ohlsen" and a["source_kind"] == "ngo"
    a = att("Ein Regierungssprecher sagte, Deutschland liefere zwei U-Boote an Norwegen.", "de")
    assert a["source_kind"] == "government"


def test_attribution_plural_roles_speak_and_a_person_pronoun_takes_an_unnamed_role() -> None:
    text = (
        "Fighters overran the army base near the river at dawn, according to one of the officers. "
        "He said at least 12 soldiers had been killed in the assault."
    )
    first, second = claims(text, "en")
    assert first["attribution"]["source_kind"] == "military" and first["factuality"] == "reported"
    assert second["attribution"]["source_kind"] == "military" and second["factuality"] == "reported"
    # a "he" with nobody to refer to is still someone else's word, not the author's
    (c,) = claims("He said at least 12 soldiers had been killed in the assault on the base.", "en")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "anonymous"
    # plural reporters are the audience, not the source
    a = att("The minister told reporters in Tokyo that 400 Tomahawk missiles would arrive in 2027.", "en")
    assert a["source_kind"] == "government"


def test_attribution_a_company_compound_speaks_as_a_company() -> None:
    (c,) = claims("Die Bayraktar TB2 kann nach Herstellerangaben bis zu 30 Stunden in der Luft bleiben.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "ngo"
    (d,) = claims("Nach Armeeangaben wurden zwölf Soldaten getötet.", "de")
    assert d["attribution"]["source_kind"] == "military"


def test_attribution_claims_of_responsibility_and_proclamations_are_reported() -> None:
    (c,) = claims("Zu dem Anschlag auf die Kaserne bekannte sich die Terrormiliz IS.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "military"
    (d,) = claims(
        "Der Präsident hatte im Januar verkündet, die Armee werde 5.000 Soldaten an die Grenze schicken.", "de"
    )
    assert d["factuality"] in ("reported", "speculative") and d["attribution"]["source_kind"] == "government"


def test_attribution_a_role_of_an_unknown_owner_still_speaks() -> None:
    base = "Das Bataillon soll im November gemeinsam mit polnischen Besatzungen in der Oberpfalz üben, "
    (c,) = claims(base + "teilte ein Sprecher des Heeres mit.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "military"
    (d,) = claims(base + "teilte ein Sprecher der Stadtwerke mit.", "de")
    assert d["factuality"] == "reported"


def test_attribution_qualified_media_speak_and_are_no_person() -> None:
    text = (
        "Mehrere Kampfjets sollen inzwischen an Syrien gegangen sein, berichteten arabische Medien Anfang des Jahres."
    )
    r = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()
    (c,) = r["claims"]
    assert c["attribution"]["source_kind"] == "media" and c["attribution"]["source"] == "arabische Medien"
    assert not any(e["type"] == "person" for e in r["entities"])  # "Medien Anfang" is no name
    a = att("Russia delivered 20 tanks to Syria last year, Western media reported.", "en")
    assert a["source_kind"] == "media"


def test_attribution_a_publication_speaks_for_its_publisher() -> None:
    a = att(
        "Russia fired 40 missiles at Kyiv on Monday, according to a report by the Institute for the Study of War.", "en"
    )
    assert a["source"] == "Institute for the Study of War" and a["source_kind"] == "ngo"
    text = (
        "Tajikistan's defence ministry said on Monday it had received Chinese drones. "
        "Kyrgyzstan has bought 12 Turkish Bayraktar TB2 drones since 2021, the report says."
    )
    second = claims(text, "en")[-1]["attribution"]
    assert second["source_kind"] == "ngo"  # not the ministry that spoke last
    (c,) = claims("Laut der Studie hat Kasachstan 2023 vier Su-30SM aus Russland erhalten.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "ngo"


def test_attribution_a_report_speaks_for_the_publisher_named_before_it() -> None:
    text = (
        "A report released on Monday by Human Rights Watch traced 12 tankers to the port. "
        "The air force received 30,000 tonnes of jet fuel in 2025, the report says."
    )
    second = claims(text, "en")[-1]["attribution"]
    assert second["source"] == "Human Rights Watch" and second["source_kind"] == "ngo"


def test_attribution_the_manufacturer_speaks_as_a_company() -> None:
    text = (
        "The jets will carry Meteor missiles. The Meteor's range exceeds 100 kilometres, according to the manufacturer."
    )
    c = claims(text, "en")[-1]
    assert c["type"] == "capability" and c["attribution"]["source_kind"] == "ngo"
    assert c["args"]["quantities"] == [{"value": 100, "unit": "km", "approx": "over"}]


def test_attribution_the_manufacturer_is_the_company_named_last() -> None:
    text = (
        "Boeing said on Monday it had delivered the jets. They will carry MBDA's Meteor missile. "
        "The Meteor's range exceeds 100 kilometres, according to the manufacturer."
    )
    a = claims(text, "en")[-1]["attribution"]
    assert a["source_entity"] == "org:mbda" and a["source_kind"] == "ngo"
    # a company does not publish "a parliamentary report"
    text = (
        "Boeing said on Monday it had delivered 12 jets to Indonesia. "
        "The air force still flies 33 F-16s, according to a 2025 parliamentary report."
    )
    a = claims(text, "en")[-1]["attribution"]
    assert a["source_entity"] != "org:boeing" and a["source"] != "Boeing"


def test_attribution_a_quoted_title_after_a_report_is_its_medium() -> None:
    a = att("Laut einem Bericht des „Tagesboten“ soll die Firma mit Taiwan über eine Lizenzfertigung verhandeln.", "de")
    assert a["source"] == "Tagesboten" and a["source_kind"] == "media"
    a = att('According to a report by "Harbour Courier", the navy will buy 300 torpedoes.', "en")
    assert a["source"] == "Harbour Courier" and a["source_kind"] == "media"


def test_attribution_qualified_outlets_and_newspapers_speak() -> None:
    a = att("Several Moroccan outlets claimed this summer that Rabat is negotiating for up to 32 F-35 fighters.", "en")
    assert a["source_kind"] == "media"
    b = att("Local newspapers reported that 12 soldiers were killed in the ambush on Monday.", "en")
    assert b["source_kind"] == "media"
    (c,) = claims("The drones hit two retail outlets in the city on Monday, killing three people.", "en")
    assert c["attribution"]["source_kind"] == "author"


def test_attribution_people_familiar_and_an_owned_association() -> None:
    a = att(
        "Final deliveries of the 42 jets are not expected before 2030, two people familiar with the programme said.",
        "en",
    )
    assert a["source_kind"] == "anonymous"
    b = att("Vietnam's fisheries association says Chinese vessels attacked 23 Vietnamese fishing boats in 2025.", "en")
    assert b["source_kind"] == "ngo" and b["source"] == "Vietnam's fisheries association"


def test_attribution_the_authors_note() -> None:
    a = att("Kazakhstan took delivery of four more Su-30SM fighters from Russia in 2023, the authors note.", "en")
    assert a["source_kind"] == "ngo"


def test_attribution_genitive_sources_after_nach_angaben() -> None:
    a = att(
        "Nach Angaben des Litauischen Zentrums für Rüstungsbeschaffung (LZR) kosteten 12 Haubitzen 90 Millionen Euro.",
        "de",
    )
    assert a["source"] == "Litauischen Zentrums für Rüstungsbeschaffung"
    a = att("Nach Angaben ukrainischer Militärs trafen die Raketen zwölf Panzer.", "de")
    assert a["source_kind"] == "military" and a["source"] == "ukrainischer Militärs"
    a = att("Nach Angaben Kiews feuerte Russland in der Nacht 30 Raketen ab.", "de")
    assert a["source"] == "Kiews" and a["source_kind"] == "government"
    text = "Der Unternehmer Jonas Weidmann eröffnete das Werk. Nach Angaben Weidmanns wurden 400 Drohnen geliefert."
    a = att(text, "de")
    assert a["source_entity"] == "person:jonas-weidmann" and a["source_kind"] == "person"


def test_attribution_dateline_agency_and_accused_party_do_not_speak() -> None:
    a = att("LIMA, March 3 (Reuters) - Peru on Tuesday accused a Chilean navy frigate of entering its waters.", "en")
    assert a["source"] == "Peru" and a["source_kind"] == "government"
    text = "LIMA, March 3 (Reuters) - Peru accused Chile of sending 300 troops to the border."
    (c,) = claims(text, "en")
    assert all(q["value"] != 3 for q in c["args"].get("quantities", []))


def test_attribution_unnamed_speakers_and_circles_are_anonymous() -> None:
    text = (
        "Two Chilean officials, speaking on condition of anonymity, told Reuters that the navy had bought 4 frigates."
    )
    a = att(text, "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("Die Nato hat laut Bündniskreisen bereits zwei Tankflugzeuge nach Rumänien verlegt.", "de")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    # unnamed officers too (docs/reading-conventions.md: asking not to be named makes a source anonymous)
    text = "Two army officers, speaking on condition of anonymity, said 17 soldiers had been killed."
    assert att(text, "en")["source_kind"] == "anonymous"


def test_attribution_spokesman_of_a_kb_body_takes_its_kind() -> None:
    text = "At least 12 civilians were killed in a raid on Friday, SPLM-IO spokesman Peter Lam Gatdet said."
    a = att(text, "en")
    assert a["source"] == "Peter Lam Gatdet" and a["source_kind"] == "military"


def test_attribution_unknown_name_before_a_verb_of_saying_speaks() -> None:
    a = att("Amaq said the fighters had seized more than 20 rifles and a mortar.", "en")
    assert a["source"] == "Amaq" and a["source_kind"] == "person"
    a = att("In October, Tran says, one of the ships fired a water cannon at his boat.", "en")
    assert a["source"] == "Tran"
    a = att("Vietnam has built a runway of more than 3,000 metres on the reef, AMTI says.", "en")
    assert a["source"] == "AMTI"
    # pronouns, roles and known bodies are no unknown names
    assert att("He said 20 soldiers had been killed in the attack.", "en")["source"] != "He"
    assert att("The ministry said 20 soldiers had been killed in the attack.", "en")["source_kind"] == "government"


def test_attribution_a_person_after_a_role_and_a_rank_speaks() -> None:
    text = (
        "Mindestens 600 Soldaten seien über die Grenze gekommen, sagte Armeesprecher Oberst Paul Mbeki Tshala in Goma."
    )
    a = att(text, "de")
    assert a["source"] == "Paul Mbeki Tshala" and a["source_kind"] == "military"


def test_attribution_a_characterising_aside_does_not_report_the_claim() -> None:
    text = "Peru agreed in May to buy 24 fighters from Saab, in what Stockholm described as its largest export deal."
    (c,) = claims(text, "en")
    assert c["factuality"] == "asserted" and c["attribution"]["source_kind"] == "author"


def test_attribution_a_kb_body_heading_a_source_compound_speaks() -> None:
    a = att("Auf dem Übungsplatz sind nach Bundeswehrangaben rund 900 Soldaten stationiert.", "de")
    assert a["source_kind"] == "military" and "Bundeswehr" in (a["source"] or "")


def test_attribution_intelligence_services_in_the_plural_speak() -> None:
    text = "Rund 800 Söldner sollen westlichen Geheimdiensten zufolge inzwischen in Niger stationiert sein."
    assert att(text, "de")["source_kind"] == "intelligence"


def test_attribution_an_unnamed_speakers_workplace_does_not_speak() -> None:
    text = "A medical source at the army's main field hospital told reporters that 17 soldiers had been killed."
    a = att(text, "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    text = "Ein Arzt im Krankenhaus der Armee sagte, man habe 30 Verletzte aufgenommen."
    assert att(text, "de")["source_kind"] == "anonymous"
    a = att("Survivors told aid workers that the gunmen had killed 9 farmers.", "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_attribution_estimates_by_a_subject_are_its_word() -> None:
    a = att("The defence ministry puts the new missile's range at about 900 km.", "en")
    assert a["source_kind"] == "government"
    text = "Für den Ausbau veranschlagt das Verteidigungsministerium Kosten von mehr als 200 Millionen Euro."
    assert att(text, "de")["source_kind"] == "government"


def test_attribution_an_unnamed_subject_of_a_verb_of_saying_speaks() -> None:
    a = att("Civil society leaders in Baraka said at least 40 civilians had been killed.", "en")
    assert a["source"] == "Civil society leaders in Baraka" and a["source_kind"] == "ngo"
    a = att("At least 40 civilians were killed, the rebel group also said.", "en")
    assert a["source"] == "the rebel group" and a["source_kind"] == "military"
    a = att("Mindestens 40 Zivilisten seien getötet worden, erklärte die Rebellengruppe.", "de")
    assert a["source_kind"] == "military"
    # a subject without a word that says whom it speaks for names no source
    assert att("The document says 40 civilians were killed.", "en")["source_kind"] in ("author", "anonymous")


def test_attribution_a_kb_persons_office_gives_its_kind() -> None:
    a = att("Lukaschenko prahlte, die ersten Raketen seien bereits in Belarus eingetroffen.", "de")
    assert a["source_entity"] == "person:alexander-lukashenko" and a["source_kind"] == "government"


def test_attribution_more_verbs_of_saying_and_the_accused_before_the_participle() -> None:
    text = "Das Verteidigungsministerium beteuert, es seien keine Wehrpflichtigen an die Front geschickt worden."
    assert att(text, "de")["source_kind"] == "government"
    text = "Die kongolesische Armee hat Ruanda vorgeworfen, erneut 2.000 Soldaten nach Süd-Kivu geschickt zu haben."
    a = att(text, "de")
    assert a["source_kind"] == "military" and a["source_entity"] != "country:RW"
    assert att("The ministry reiterated that 40 drones had been shot down.", "en")["source_kind"] == "government"


def test_attribution_data_of_a_body_and_counts_name_their_source() -> None:
    text = "Data from the Global Strike Monitor (GSM) show the air force carried out 900 strikes in 2024."
    assert att(text, "en")["source"] == "Global Strike Monitor"
    a = att("Belarus has bought 12 Yak-130 jets from Russia since 2019, Amnesty International's data show.", "en")
    assert a["source_entity"] == "org:amnesty-international" and a["source_kind"] == "ngo"
    text = "Nach Zählungen von Amnesty International sind seit März 300 Zivilisten getötet worden."
    assert att(text, "de")["source_kind"] == "ngo"
    assert att("Die Polizei spricht von zwölf Toten.", "de")["source_kind"] == "government"


def test_attribution_a_possessed_capitalised_body_speaks_with_its_owner() -> None:
    a = att("According to Poland's Foreign Intelligence Agency, 30 drones crossed the border in May.", "en")
    assert a["source_entity"] != "country:PL" and a["source_kind"] == "intelligence"
    assert "Foreign Intelligence Agency" in (a["source"] or "")
    a = att("Chinese engines were found in the wreckage, according to Ukraine's Defence Intelligence.", "en")
    assert a["source"] == "Ukraine's Defence Intelligence" and a["source_kind"] == "intelligence"


def test_attribution_a_noun_after_a_known_bodys_abbreviation_is_part_of_its_name() -> None:
    text = "Two vessels were hit by drones off Aden, the UK Maritime Trade Operations (UKMTO) centre said."
    a = att(text, "en")
    assert a["source_entity"] == "org:ukmto" and a["source_kind"] == "military"


def test_attribution_own_account_names_the_subject_not_a_prepositional_object() -> None:
    a = att("Die Miliz Rote Faust hat ihren Einsatz in Mali nach eigenen Angaben beendet.", "de")
    assert a["source_kind"] == "military" and "Mali" not in a["source"]


def test_attribution_the_subject_of_a_perfect_denial_and_a_relative_denial_speaks() -> None:
    (c,) = claims("Kiew hat eine Beteiligung an den Kämpfen stets bestritten.", "de")
    assert c["factuality"] == "negated" and c["attribution"]["source"] == "Kiew"
    assert c["args"]["supplier"] == "country:UA"  # the capital's state is the party it denies being
    (c,) = claims("Die Türkei liefere Drohnen an Libyen, was Ankara zurückweist.", "de")
    assert c["factuality"] == "negated" and c["attribution"]["source"] == "Ankara"
    # an announcement in the perfect stays the author's
    (c,) = claims("Deutschland hatte die Stationierung von 4.800 Soldaten im Juni 2023 angekündigt.", "de")
    assert c["attribution"]["source_kind"] == "author"


def test_attribution_a_body_after_the_comma_of_its_speech_verb_is_reported_not_the_speaker() -> None:
    a = att("Die Regierung in Addis Abeba erklärte, ihre Streitkräfte griffen nur militärische Ziele an.", "de")
    assert a["source"] == "Regierung in Addis Abeba" and a["source_kind"] == "government"


def test_attribution_aligned_channels_and_bloggers_speak_as_social_media() -> None:
    a = att("Auf Telegram verbreiteten Huthi-nahe Kanäle ein Video, das den Start der Drohnen zeigen soll.", "de")
    assert a["source"] == "Huthi-nahe Kanäle" and a["source_kind"] == "social_media"
    a = att("Houthi-affiliated channels said the drones struck a tanker.", "en")
    assert a["source"] == "Houthi-affiliated channels" and a["source_kind"] == "social_media"
    text = (
        "Mehrere russische Militärblogger verbreiteten die Behauptung, eine Rakete habe eine Halle bei Lwiw zerstört."
    )
    a = att(text, "de")
    assert a["source"] == "russische Militärblogger" and a["source_kind"] == "social_media"


def test_attribution_a_person_pronoun_takes_the_person_named_just_before() -> None:
    text = (
        "Das Ministerium teilte mit, die Armee habe 40 Drohnen abgeschossen. "
        "Vorstandschef Bernd Kallweit gab sich im Gespräch mit Reportern zuversichtlich. "
        "Die Anlage werde noch in diesem Jahr die ersten 155-Millimeter-Granaten ausliefern, sagte er."
    )
    a = claims(text, "de")[-1]["attribution"]
    assert a["source"] == "Bernd Kallweit" and a["source_kind"] == "ngo"
    # a person who spoke already: the pronoun takes the last speaker
    text = (
        "General Jan Ostrowski sagte, die Armee habe 40 Drohnen abgeschossen. "
        "Zwölf weitere seien über Lwiw abgefangen worden, sagte er."
    )
    assert claims(text, "de")[-1]["attribution"]["source"] == "Jan Ostrowski"


def test_attribution_konjunktiv_ii_goes_on_reporting_the_last_source() -> None:
    text = (
        "Das Ministerium teilte mit, man habe in Charkiw Stellungen getroffen. Zivile Ziele würden nicht angegriffen."
    )
    c = claims(text, "de")[-1]
    assert c["attribution"]["source"] == "Ministerium" and c["factuality"] == "negated"


def test_attribution_a_states_mission_to_a_body_speaks_for_the_state() -> None:
    text = "Iran's mission to the United Nations said in a statement that Tehran had sent no drones to Russia."
    a = att(text, "en")
    assert a["source"] == "Iran's mission to the United Nations" and a["source_kind"] == "government"
    a = att("Die russische Vertretung bei der OSZE erklärte, man habe keine Raketen nach Belarus verlegt.", "de")
    assert a["source"] == "russische Vertretung bei der OSZE" and a["source_kind"] == "government"


def test_attribution_figures_of_a_un_body_name_it_as_international() -> None:
    text = (
        "Wie groß der Schaden ist, zeigen Zahlen der UN-Handelsorganisation UNCTAD: "
        "Demnach ist der Verkehr durch die Meerenge seit Dezember um mehr als 40 Prozent eingebrochen."
    )
    a = att(text, "de")
    assert a["source_entity"] == "org:unctad" and a["source_kind"] == "international"
    a = att("Laut der UN-Agentur Zorvex wurden 40 Menschen getötet.", "de")
    assert a["source"] == "Zorvex" and a["source_kind"] == "international"


def test_attribution_the_outlets_own_information_and_a_single_official_are_anonymous() -> None:
    text = "Nach Informationen dieser Zeitung sollen rund 2.000 russische Soldaten nach Belarus verlegt worden sein."
    a = att(text, "de")
    assert a["source_entity"] is None and a["source_kind"] == "anonymous"
    a = att("Ein hochrangiger Nato-Beamter sagte unserer Redaktion, in Belarus seien 2.000 Soldaten stationiert.", "de")
    assert a["source_entity"] is None and a["source_kind"] == "anonymous"
    a = att("Laut der Zeitung Kyiv Ledger wurden 40 Drohnen abgeschossen.", "de")
    assert a["source_kind"] == "media"  # another outlet is a named source


def test_attribution_a_country_owns_its_officials_across_domain_words() -> None:
    text = "The joint venture currently produces about 100 missiles a year, according to Indian defence officials."
    a = att(text, "en")
    assert a["source"] == "Indian defence officials" and a["source_kind"] == "government"
    a = att("Two ships were boarded near the strait, a senior Japanese defence official said on Thursday.", "en")
    assert a["source"] == "Japanese defence official" and a["source_kind"] == "government"
    a = att("The missile was launched from a truck near the border, according to officials.", "en")
    assert a["source_entity"] is None and a["source_kind"] == "anonymous"  # bare officials stay unnamed


def test_attribution_a_former_officer_speaks_for_himself() -> None:
    text = "Der Militäranalyst und frühere Offizier Markus Brandl sagte, in Mali seien 2.000 Söldner stationiert."
    assert att(text, "de")["source_kind"] == "person"
    a = att("A retired general, Tom Hadley, said 2,000 mercenaries were deployed in Mali.", "en")
    assert a["source_kind"] == "person"
    a = att("General Tom Hadley said 2,000 mercenaries were deployed in Mali.", "en")
    assert a["source_kind"] == "military"


def test_attribution_an_analysis_or_poll_names_its_maker() -> None:
    a = att("Eine Auswertung der Nachrichtenagentur Reuters kam im April auf vier bis sechs Millionen Granaten.", "de")
    assert a["source_entity"] == "org:reuters" and a["source_kind"] == "media"
    a = att(
        "In einer Umfrage für die Zeitung „Nordkurier“ lehnten 85 Prozent der Befragten eine Lieferung von Panzern ab.",
        "de",
    )
    assert a["source"] == "Nordkurier" and a["source_kind"] == "media"
    a = att("An analysis by the Kestrel Institute found that Russia fired 300 glide bombs in May.", "en")
    assert a["source"] == "Kestrel Institute" and a["source_kind"] == "ngo"


def test_attribution_a_country_after_the_comma_of_a_kind_noun_is_no_channel_name() -> None:
    (c,) = claims("Zudem behauptet der Kanal, Nordkorea habe Russland bislang zehn Millionen Granaten geliefert.", "de")
    assert c["attribution"]["source"] == "Kanal" and c["attribution"]["source_kind"] == "social_media"
    assert c["args"]["supplier"] == "country:KP" and c["args"]["recipient"] == "country:RU"
    a = att("Another channel, Iron Ledger, said 40 soldiers were killed near the border.", "en")
    assert a["source"] == "Iron Ledger"


def test_attribution_an_office_of_a_known_body_speaks_with_its_name() -> None:
    a = att("The U.N. human rights office said last month that at least 120 civilians had been killed.", "en")
    assert a["source"] == "U.N. human rights office" and a["source_kind"] == "international"
    a = att("The FAMa general staff said more than 30 fighters had been killed near Kidal.", "en")
    assert a["source"] == "FAMa general staff" and a["source_kind"] == "military"


def test_attribution_a_named_channel_after_a_comma_and_an_unknown_body_before_a_role() -> None:
    text = "A pro-government Telegram channel, Marib Frontline, claims that army units have recaptured two hilltops."
    a = att(text, "en")
    assert a["source"] == "Marib Frontline" and a["source_kind"] == "social_media"
    a = att("An SES spokesperson said the company had traced the interference to a site in Russia.", "en")
    assert a["source"] == "SES spokesperson"
    a = att("A senior spokesman said 40 drones were downed over the region.", "en")
    assert a["source"] == "spokesman"  # an adjective is no name


def test_attribution_a_known_body_opened_by_its_own_country_is_no_party() -> None:
    text = "The U.S. State Department has said that Iran's IRGC supplies Iraqi armed groups with drones and rockets."
    (c,) = claims(text, "en")
    assert c["attribution"]["source"].startswith("U.S.")
    assert c["args"].get("supplier") != "country:US" and c["args"].get("recipient") != "country:US"


def test_attribution_a_role_before_a_region_in_the_genitive_speaks() -> None:
    a = att(
        "Trümmer seien auf eine Lagerhalle gestürzt und hätten ein Feuer ausgelöst, "
        "schrieb der Gouverneur des Gebiets Kaluga auf Telegram.",
        "de",
    )
    assert a["source_kind"] == "government" and "Gouverneur" in a["source"]


def test_attribution_documents_without_an_author_are_unnamed_sources() -> None:
    for text, lang in (
        ("Den Unterlagen zufolge wurden im Mai 300 Drohnen an die Armee geliefert.", "de"),
        ("Laut einer internen Präsentation lieferte das Werk im Juni 120 Raketen an die Marine.", "de"),
        ("According to customs records, 40 tonnes of explosives were shipped to Russia in March.", "en"),
    ):
        a = att(text, lang)
        assert a["source_kind"] == "anonymous" and a["source_entity"] is None, text


def test_attribution_demnach_without_any_source_before_is_unnamed() -> None:
    cs = claims(
        "Der Zeitung liegen interne Tabellen vor. Demnach lieferte das Werk im Juli 2000 Drohnen an die Armee.", "de"
    )
    assert cs[-1]["attribution"]["source_kind"] == "anonymous"
    cs = claims(
        "Der Minister sagte, Russland habe 20 Panzer geliefert. Demnach seien 30 Panzer geliefert worden.", "de"
    )
    assert cs[-1]["attribution"]["source"] == "Minister"


def test_attribution_platforms_reports_and_meeting_participants() -> None:
    a = att("In sozialen Netzwerken verbreitete Videos sollen den Einschlag einer Rakete in Odessa zeigen.", "de")
    assert a["source_kind"] == "social_media"
    a = att("Nach Berechnungen der Nachrichtenagentur Reuters wurden im Mai 40 Raketen auf Kiew abgefeuert.", "de")
    assert a["source_entity"] == "org:reuters" and a["source_kind"] == "media"
    a = att("Das Volumen des Waffengeschäfts beziffern Teilnehmer der Sitzung auf 4 Milliarden Euro.", "de")
    assert a["source_kind"] == "anonymous"
    a = att("Die Hilfsorganisation meldet mindestens 40 getötete Zivilisten in der Stadt.", "de")
    assert a["source_kind"] == "ngo"


def test_attribution_a_statement_aside_is_no_speaker() -> None:
    a = att(
        "Hezbollah, in a statement carried by its Al-Manar television channel, said its fighters fired 20 rockets.",
        "en",
    )
    assert a["source_entity"] == "org:hezbollah"


def test_attribution_executives_speak_for_their_firm_and_rapporteurs_for_the_un() -> None:
    a = att("The company's chief executive said the firm had shipped 20 tonnes of jet fuel to Myanmar.", "en")
    assert a["source_kind"] == "ngo"
    a = att("UN Special Rapporteur Maria Lopez said the junta had received 40 aircraft since 2021.", "en")
    assert a["source_kind"] == "international"


def test_attribution_investigators_are_unnamed_unless_a_body_employs_them() -> None:
    a = att("Ukrainian investigators say they recovered the wreckage of 12 drones near Sumy.", "en")
    assert a["source_kind"] == "anonymous"
    a = att("UN investigators said 40 civilians were killed in the village.", "en")
    assert a["source_kind"] == "international"
    a = att("Philippine navy sources said 40 Chinese vessels were seen near the shoal.", "en")
    assert a["source_kind"] == "anonymous"


def test_attribution_added_to_a_list_is_an_act_not_a_statement() -> None:
    a = att("Japan's trade ministry on Friday added four Hong Kong shipping firms to its export blacklist.", "en")
    assert a["source_kind"] == "author" and a["source"] is None
    a = att("Russia had shipped 30 tanks to Mali in April, the ministry added.", "en")
    assert a["source_kind"] == "government"


def test_attribution_accused_of_names_the_accused_not_an_accuser() -> None:
    a = att("Ottawa blacklisted three firms accused of supplying 40 drone engines to Iran.", "en")
    assert a["source_kind"] == "author" and a["source"] is None


def test_attribution_company_role_speaks_for_the_firm() -> None:
    a = att("Company spokesman Lars Berg said Nammo had delivered 5,000 shells to Estonia.", "en")
    assert a["source_kind"] == "ngo" and a["source"] == "Lars Berg"


def test_attribution_possessive_apposition_does_not_speak() -> None:
    a = att(
        "Hayat Tahrir al-Sham (HTS), Syria's dominant rebel alliance, claimed that it had shot down 3 drones.", "en"
    )
    assert a["source_entity"] == "org:hts"


def test_attribution_a_bodys_own_channel_carries_its_voice() -> None:
    cs = claims(
        "Wagner's official Telegram channel denied that 40 fighters had been killed near Kidal. "
        "It said none of its 20 instructors had been harmed.",
        "en",
    )
    for c in cs:
        a = c["attribution"]
        assert a["source_entity"] == "org:wagner-group" and a["source_kind"] == "military"
    assert cs[0]["attribution"]["channel"] == "Telegram"


def test_attribution_added_by_pronoun_and_a_bodys_authors_in_german() -> None:
    cs = claims(
        "Das Londoner Institut für Rüstungsstudien (LIR) hat am Montag eine Studie vorgelegt, nach der Georgien "
        "2024 rund 30 Haubitzen aus Israel erhalten hat. Die LIR-Autoren gehen davon aus, dass bislang "
        "mindestens sechs weitere Haubitzen geliefert wurden. „Die Lieferung kam im Mai“, sagte Sprecherin "
        "Anna Roth. Der Vertrag umfasse zudem rund 900 Granaten, fügte sie hinzu.",
        "de",
    )
    assert cs[0]["attribution"]["source_kind"] == "ngo" and "LIR" in (cs[0]["attribution"]["source"] or "")
    assert cs[1]["attribution"]["source_kind"] == "ngo" and cs[1]["factuality"] == "uncertain"
    assert cs[-1]["attribution"]["source"] == "Anna Roth" and cs[-1]["factuality"] == "reported"
    # "hinzufügen" with an object adds a thing, it reports nothing
    from lagebild.extract._lexicon import get_lexicon

    verbs = get_lexicon("de").att_verbs
    assert verbs.search("Die Truppenpräsenz fügt dem Krieg eine weitere Ebene hinzu.") is None
    assert verbs.search("Das sei erst der Anfang, fügte er hinzu.") is not None


def test_attribution_a_back_reference_names_the_source_of_the_sentence_before() -> None:
    cs = claims(
        "Силы ПВО за ночь сбили 35 беспилотников над Курской и Орловской областями. "
        "Об этом говорится в сообщении Минобороны России, опубликованном в Telegram.",
        "ru",
    )
    assert len(cs) == 1  # the back reference claims nothing of its own
    (c,) = cs
    assert c["attribution"]["source_entity"] == "org:mod-russia" and c["factuality"] == "reported"
    cs = claims(
        "Вночі ворог атакував Запоріжжя 12 ударними дронами. "
        "Про це в Telegram повідомив начальник Дніпропетровської обласної військової адміністрації Олександр Гриценко.",
        "uk",
    )
    assert len(cs) == 1
    a = cs[0]["attribution"]
    assert a["source"] == "Олександр Гриценко" and a["source_kind"] == "government"


def test_attribution_back_reference_needs_the_sentence_right_before() -> None:
    cs = claims(
        "Силы ПВО за ночь сбили 35 беспилотников над Курской областью.\n\n"
        "Об этом говорится в сообщении Минобороны России, где сказано, что сбиты 20 ракет.",
        "ru",
    )
    assert cs[0]["attribution"]["source_kind"] == "author"


def test_attribution_a_directors_kind_is_the_kb_body_between_role_and_name() -> None:
    cs = claims(
        "Генеральный директор «Рособоронэкспорта» Иван Петров сообщил, что компания поставила 12 вертолетов Ми-17 "
        "в Индию. По словам Петрова, компания заключила контракты на поставку 10 истребителей Су-35.",
        "ru",
    )
    assert [c["attribution"]["source_kind"] for c in cs] == ["government", "government"]


def test_attribution_the_spokesman_is_the_one_who_spoke_for_a_body_before() -> None:
    cs = claims(
        "A spokesman for the Sudanese Armed Forces said on Monday that RSF drones had struck 3 depots in Kosti. "
        "The spokesman denied that any army aircraft had bombed the market. "
        "He also said the RSF had fired 20 shells at the airport.",
        "en",
    )
    assert [c["attribution"]["source_entity"] for c in cs] == ["org:saf"] * 3


def test_attribution_a_definite_body_named_before_but_not_yet_heard() -> None:
    cs = claims(
        "The U.S. Commerce Department on Monday sanctioned four firms in Malaysia. "
        "The department said the firms had shipped 300 drone engines to Iran since 2024.",
        "en",
    )
    a = cs[-1]["attribution"]
    assert a["source_entity"] == "org:us-commerce" and a["source_kind"] == "government"
    # the modifier must fit: "die russische Regierung" is not "die finnische Regierung"
    cs = claims(
        "Die finnische Regierung hat am Montag 20 Grenzposten geschlossen. "
        "Die russische Regierung bestreitet, 300 Migranten an die Grenze gebracht zu haben.",
        "de",
    )
    assert cs[-1]["attribution"]["source_entity"] != "org:government-finland"


def test_attribution_a_quoted_channel_name_runs_to_its_closing_quote() -> None:
    a = att("Как сообщил Telegram-канал «Военная хроника», корейские пушки поразили 12 целей под Курском.", "ru")
    assert a["source"] == "Военная хроника" and a["source_kind"] == "social_media"


def test_attribution_a_bare_russian_noun_takes_the_body_of_the_same_stem() -> None:
    cs = claims(
        "Оперативный штаб Курской области сообщил, что 9 беспилотников атаковали Рыльск. "
        "Трое мужчин получили ранения и доставлены в больницу, уточнили в штабе.",
        "ru",
    )
    a = cs[-1]["attribution"]
    assert a["source"] == "Оперативный штаб Курской области" and a["source_kind"] == "government"


def test_attribution_a_firms_representative_speaks_for_the_firm_named_before() -> None:
    cs = claims(
        "«Рособоронэкспорт» в 2024 году поставил Индии 12 вертолетов Ми-17. "
        "Представитель компании Иван Сидоров заявил, что объём поставок в Индию вырос на 20 процентов.",
        "ru",
    )
    a = cs[-1]["attribution"]
    assert a["source"] == "Иван Сидоров" and a["source_kind"] == "government"  # the KB kind of Rosoboronexport


def test_attribution_residents_and_helpers_in_the_dative_are_unnamed() -> None:
    a = att("In Kalay sind nach Angaben von Anwohnern und Helfern mindestens 12 Menschen getötet worden.", "de")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_attribution_a_report_that_found_speaks_not_the_outlet_that_saw_it() -> None:
    a = att(
        "A confidential report by the UN Panel of Experts on Libya, seen by Reuters in May, found evidence "
        "of at least 40 cargo flights to Benghazi.",
        "en",
    )
    assert a["source_kind"] == "international" and "Reuters" not in (a["source"] or "")


def test_attribution_a_hyphenated_role_takes_the_body_before_the_hyphen() -> None:
    a = att("Hamas-Sprecher Abu Obeida sagte, man habe 12 Raketen auf Aschkelon abgefeuert.", "de")
    assert a["source_kind"] == "military"
    a = att("UN-Sonderberichterstatterin Maria Lopez sagte, 14 Firmen hätten Ersatzteile an die Junta geliefert.", "de")
    assert a["source_kind"] == "international"


def test_attribution_a_speaker_of_an_appeal_is_remembered() -> None:
    cs = claims(
        "Der UN-Sonderberichterstatter für Myanmar, Daniel Okafor, forderte den Sicherheitsrat auf, ein "
        "Waffenembargo zu verhängen. Nach seinen Angaben haben 14 Firmen seit 2022 Flugbenzin an die Junta geliefert.",
        "de",
    )
    assert cs[-1]["attribution"]["source"] == "Daniel Okafor"


def test_attribution_a_ukrainian_body_the_ner_took_for_a_person_speaks_as_the_body() -> None:
    a = att("На Запорізькому напрямку, за даними Генштабу, ворог дев'ять разів атакував позиції ЗСУ.", "uk")
    assert a["source_kind"] == "military"


def test_attribution_a_ukrainian_ministry_denial_in_the_neuter_past() -> None:
    (c,) = claims("Міністерство закордонних справ Ірану заперечило будь-які поставки ракет Росії.", "uk")
    assert c["factuality"] == "negated" and c["attribution"]["source_kind"] == "government"
    assert c["args"]["supplier"] == "country:IR"  # the denying state is the denied supplier
    (c,) = claims("Міністерство оборони Чехії спростувало повідомлення про нібито передачу Україні 10 танків.", "uk")
    assert c["factuality"] == "negated" and c["args"]["supplier"] == "country:CZ"


def test_attribution_an_outlet_citing_unnamed_sources_is_the_source() -> None:
    a = att("Агентство Bloomberg со ссылкой на источники в отрасли сообщило, что завод остановил 3 установки.", "ru")
    assert a["source_kind"] == "media" and a["source"] == "Bloomberg"
    a = att("Агентство Bloomberg з посиланням на два джерела повідомило, що Іран передав Росії 40 ракет.", "uk")
    assert a["source_kind"] == "media" and a["source"] == "Bloomberg"


def test_attribution_an_emergency_service_and_a_monitoring_mission_speak() -> None:
    a = att("Twelve people were injured, according to the State Emergency Service.", "en")
    assert a["source_kind"] == "government" and a["source"] == "State Emergency Service"
    text = "The Regional Ceasefire Observer Mission said 40 shells hit the town. Most hit at night, the mission said."
    a = att(text, "en")
    assert a["source_kind"] == "international" and a["source"].endswith("Regional Ceasefire Observer Mission")


def test_attribution_a_present_tense_back_reference_names_the_source() -> None:
    text = "Berlin soll 40 Panzer an Katar geliefert haben. Das berichtet der „Spiegel“ unter Berufung auf Diplomaten."
    (c,) = claims(text, "de")
    assert c["attribution"]["source_entity"] == "org:spiegel" and c["attribution"]["source_kind"] == "media"


def test_attribution_an_interview_line_labelled_with_a_surname_is_the_named_persons() -> None:
    text = (
        "Drohnen am Horn von Afrika\n\n"
        "Die Politikwissenschaftlerin Marta Kellner forscht in Kiel zum Horn von Afrika.\n\n"
        "Frage: Frau Kellner, was liefert die Türkei?\n\n"
        "Kellner: Die Türkei hat Somalia 2023 sechs Drohnen geliefert.\n\n"
        "Frage: Und Ägypten?\n\n"
        "Kellner: Ägypten hat Eritrea 20 Panzer übergeben."
    )
    out = claims(text, "de")
    assert [c["attribution"]["source_entity"] for c in out] == ["person:marta-kellner"] * 2
    assert {c["attribution"]["source_kind"] for c in out} == {"person"}


def test_attribution_russian_past_claims_and_estimates_name_their_speaker() -> None:
    a = att("Украинские Telegram-каналы утверждали, что при ударе по Курску погибли 3 человека.", "ru")
    assert a["source_kind"] == "social_media"
    a = att("В феврале южнокорейская разведка оценила потери контингента в 3 тысячи человек убитыми.", "ru")
    assert a["source_kind"] == "intelligence"


def test_attribution_calling_reports_slander_is_a_denial_by_the_speaker() -> None:
    (c,) = claims("Посольство Ирана назвало сообщения о присутствии иранских военных в России «клеветой».", "ru")
    assert c["factuality"] == "negated" and c["attribution"]["source_kind"] == "government"
    (c,) = claims("МЗС Ірану назвало повідомлення про передачу Росії 200 ракет брехнею.", "uk")
    assert c["factuality"] == "negated" and c["attribution"]["source_kind"] == "government"


def test_attribution_an_acting_governor_of_any_region_is_the_source_span() -> None:
    a = att("В Шахтах, по словам врио губернатора Ростовской области, в результате атаки пострадали 3 человека.", "ru")
    assert a["source"] == "врио губернатора Ростовской области" and a["source_kind"] == "government"


def test_attribution_a_source_close_to_a_body_is_unnamed() -> None:
    a = att("A source close to the Defence Ministry said 400 soldiers were sent to Belarus.", "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("Источник, близкий к Минобороны, утверждает, что в Белоруссию направили 400 военных.", "ru")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("Джерело, близьке до Міноборони, стверджує, що до Білорусі направили 400 військових.", "uk")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_attribution_a_description_before_a_known_body_yields_to_its_name() -> None:
    a = att("Nach Angaben der britischen Schifffahrtsbehörde UKMTO wurde ein Tanker von 2 Drohnen getroffen.", "de")
    assert a["source_entity"] == "org:ukmto" and a["source_kind"] == "military"


def test_attribution_the_group_is_the_body_heard_before() -> None:
    text = "Al-Shabaab rejected the claim. The group said the strikes near Jilib had instead killed seven civilians."
    a = att(text, "en")
    assert a["source_entity"] == "org:al-shabaab" and a["source_kind"] == "military"


def test_attribution_an_outlet_that_carries_an_interview_is_the_channel_not_the_source() -> None:
    a = att(
        "Росія отримала від Ірану 40 дронів. Про це в інтерв'ю телеканалу Еспресо заявив заступник "
        "начальника Генштабу Олег Марченко.",
        "uk",
        0,
    )
    assert a["source"] == "Олег Марченко" and a["source_kind"] == "military"
    a = att("Россия получила от Ирана 40 дронов, рассказал изданию Вёрстка генерал Сергей Ткаченко.", "ru", 0)
    assert a["source"] == "Сергей Ткаченко"


def test_attribution_a_body_that_owns_the_role_of_a_named_person_does_not_speak() -> None:
    text = (
        "КНДР передала Росії 50 гармат. Про це заявив заступник начальника Головного управління розвідки "
        "Міністерства оборони України (ГУР) Петро Гнатюк."
    )
    a = att(text, "uk", 0)
    assert a["source"] == "Петро Гнатюк" and a["source_kind"] == "intelligence"
    a = att("Северная Корея передала России 50 пушек, заявил глава Минобороны Украины Иван Шевчук.", "ru", 0)
    assert a["source"] == "Иван Шевчук" and a["source_kind"] == "government"


def test_attribution_a_spokesman_speaks_for_the_body_after_him_not_the_channel_before() -> None:
    a = att(
        "У Сумах загинули двоє людей, повідомив у Telegram речник Сумської ОВА Тарас Гончар.",
        "uk",
        0,
    )
    assert a["source"] == "Тарас Гончар" and a["source_kind"] == "government"


def test_attribution_in_a_body_they_assess_names_the_body() -> None:
    a = att("У Генштабі оцінюють дальність нової ракети приблизно у 700 км.", "uk")
    assert a["source_kind"] == "military" and a["cue"] == "оцінюють"
    a = att("В Пентагоне оценивают дальность ракеты примерно в 900 км.", "ru")
    assert a["source_kind"] == "government" and a["cue"] == "оценивают"


def test_attribution_sources_of_a_named_outlet_speak_through_the_outlet() -> None:
    a = att("По данным источников газеты «Известия», Мали получит еще три вертолета.", "ru")
    assert a["source"] == "Известия" and a["source_kind"] == "media"
    a = att("Мали отримає ще три гелікоптери, повідомили джерела газеті «Известия».", "uk")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_attribution_a_russian_or_ukrainian_body_keeps_the_adjectives_before_it() -> None:
    a = att("По данным областного оперативного штаба, в Курской области погибли 12 мирных жителей.", "ru")
    assert a["source"] == "областного оперативного штаба" and a["source_kind"] == "government"
    a = att("Уламки дрона пошкодили склад у Лубнах, повідомили в Полтавській ОВА.", "uk")
    assert a["source"] == "Полтавській ОВА"
    a = att("Бельгія, за даними місцевих ЗМІ, відклала поставки 12 літаків до 2026 року.", "uk")
    assert a["source"] == "місцевих ЗМІ" and a["source_kind"] == "media"


def test_attribution_channels_headed_by_a_platform_speak_as_channels() -> None:
    a = att("Украинские Telegram-каналы утверждали, что в Курске сбиты 12 беспилотников.", "ru")
    assert a["source"] == "Украинские Telegram-каналы" and a["source_kind"] == "social_media"
    a = att("Моніторингові Telegram-канали повідомили, що над Вінницею пролетіли 4 ракети.", "uk")
    assert a["source"] == "Моніторингові Telegram-канали"


def test_attribution_an_expert_in_an_appositive_speaks_for_the_body_named_there() -> None:
    a = att(
        "Georgia bought 12 howitzers from France, said Lena Brandt, a senior fellow at the Baltic Defence Institute.",
        "en",
    )
    assert a["source"] == "Lena Brandt" and a["source_kind"] == "ngo"
    a = att(
        "Georgien hat 12 Haubitzen gekauft, sagte die Analystin Lena Brandt vom Baltischen Institut für Verteidigung.",
        "de",
    )
    assert a["source"] == "Lena Brandt" and a["source_kind"] == "ngo"
    # an expert with no body named keeps speaking for herself
    a = att("Georgia bought 12 howitzers from France, said Lena Brandt, an independent analyst.", "en")
    assert a["source_kind"] == "person"


def test_attribution_a_panel_of_experts_speaks_as_an_international_body() -> None:
    a = att("The UN Security Council's panel of experts documented 40 cargo flights to Amdjarass.", "en")
    assert a["source"] == "UN Security Council's panel of experts" and a["source_kind"] == "international"
    a = att("The panel said 40 cargo flights carried weapons to Amdjarass.", "en")
    assert a["source_kind"] == "international"
    a = att("Nach Angaben des Expertengremiums wurden 40 Frachtflüge mit Waffen nach Amdjarass geschickt.", "de")
    assert a["source"] == "Expertengremiums" and a["source_kind"] == "international"


def test_attribution_neither_nor_negates_what_it_governs() -> None:
    (c,) = claims("Die Emirate lieferten weder Waffen noch Munition an die RSF, sagte ein Sprecher.", "de")
    assert c["factuality"] == "negated"
    (c,) = claims("The UAE supplied neither weapons nor ammunition to the RSF, a spokesman said.", "en")
    assert c["factuality"] == "negated"


def test_attribution_an_anonymous_source_is_described_by_its_words() -> None:
    a = att("Russia delivered 20 tanks to Mali, sources familiar with the matter said.", "en")
    assert a["source"] == "sources" and a["source_entity"] is None and a["source_kind"] == "anonymous"
    a = att("Nach Angaben von Diplomaten wurden 40 Drohnen an Russland geliefert.", "de")
    assert a["source"] == "Diplomaten" and a["source_kind"] == "anonymous"
    a = att("Western diplomats estimate that 2,000 Russian personnel are deployed in Mali.", "en")
    assert a["source"] == "Western diplomats" and a["source_kind"] == "anonymous"
    # a bare cue or a pronoun no one named before describes no one
    assert att("Berichten zufolge wurden 40 Drohnen an Russland geliefert.", "de")["source"] is None
    assert att("He said 20 soldiers had been killed in the attack.", "en")["source"] is None


def test_attribution_the_channel_before_a_role_does_not_own_it() -> None:
    text = "Німеччина передасть Україні ще дві пускові установки, повідомив у Telegram міністр оборони Олег Гнатюк."
    a = att(text, "uk")
    assert a["source"] == "Олег Гнатюк" and a["source_kind"] == "government" and a["channel"] == "Telegram"


def test_attribution_a_council_secretary_speaks_for_the_council() -> None:
    a = att("Секретар Херсонської міської ради Ольга Бойко повідомила, що внаслідок удару загинули 3 людини.", "uk")
    assert a["source"] == "Ольга Бойко" and a["source_kind"] == "government"
    a = att("Секретарь городского совета Анна Белова сообщила, что при ударе погибли 3 человека.", "ru")
    assert a["source"] == "Анна Белова" and a["source_kind"] == "government"


def test_attribution_an_adjective_before_a_generic_agency_noun_keeps_it_a_back_reference() -> None:
    text = (
        "Минобороны России сообщило об уничтожении 40 беспилотников. "
        "По данным военного ведомства, украинская армия потеряла около 1310 военнослужащих."
    )
    a = att(text, "ru")
    assert a["source_entity"] == "org:mod-russia" and a["source_kind"] == "government"


def test_attribution_a_bare_role_names_the_person_introduced_with_it() -> None:
    text = (
        "Міністр оборони Естонії Ганно Певкур оголосив новий пакет. "
        "За словами міністра, Таллінн передасть Україні ще 40 гаубиць."
    )
    a = att(text, "uk")
    assert a["source"] == "Ганно Певкур" and a["source_kind"] == "government"
    text = "Глава концерна Сергей Ладыгин прибыл в Дубай. По словам главы компании, подписан контракт на 12 комплексов."
    assert att(text, "ru")["source"] == "Сергей Ладыгин"
    # another region's governor is someone else
    text = (
        "Губернатор Курской области Иван Сидоров сообщил о 3 погибших. "
        "Губернатор Брянской области написал, что над регионом уничтожены 12 беспилотников."
    )
    assert att(text, "ru")["source"] != "Иван Сидоров"


def test_attribution_a_body_that_found_or_uncovered_something_speaks_for_the_finding() -> None:
    a = att("Служба безпеки України викрила схему, через яку до Росії надійшли 300 мікросхем.", "uk")
    assert a["source_kind"] == "intelligence" and a["cue"] == "викрила"
    a = att("Исследователи Conflict Armament Research обнаружили в 19 обломках китайские двигатели.", "ru")
    assert a["cue"] == "обнаружили"


def test_attribution_a_report_of_a_named_service_is_its_statement() -> None:
    a = att("Речь идет о 9 миллионах снарядов, говорится в докладе южнокорейской Национальной службы разведки.", "ru")
    assert a["source_kind"] == "intelligence" and "службы разведки" in a["source"]
    a = att(
        "КНДР передала Росії 9 мільйонів снарядів, йдеться у доповіді Національної служби розвідки Південної Кореї.",
        "uk",
    )
    assert a["source_kind"] == "intelligence"


def test_attribution_a_broadcaster_named_after_its_noun_is_media() -> None:
    a = att("За даними данського мовника DR, на заводі в Данії вже виготовили 200 тонн палива для ракет.", "uk")
    assert a["source"] == "DR" and a["source_kind"] == "media"


def test_attribution_sources_an_outlet_cites_speak_through_the_outlet() -> None:
    text = (
        "Алжир, по данным двух источников в промышленности, на которых ссылается агентство Bloomberg, купил 12 Су-57Э."
    )
    a = att(text, "ru")
    assert a["source_entity"] == "org:bloomberg" and a["source_kind"] == "media"


def test_attribution_eyewitnesses_are_unnamed_speakers() -> None:
    a = att("Очевидцы сообщили, что над городом сбиты 12 беспилотников.", "ru")
    assert a["source_kind"] == "anonymous" and a["source"] == "Очевидцы"
    a = att("Очевидці повідомили про 12 вибухів у місті.", "uk")
    assert a["source_kind"] == "anonymous"


def test_attribution_a_russian_or_ukrainian_body_keeps_the_country_after_it() -> None:
    a = att("Министерство обороны Мали опровергло сообщения о закупке 3 зенитных комплексов.", "ru")
    assert a["source"] == "Министерство обороны Мали" and a["source_kind"] == "government"
    a = att("Німеччина передасть Україні ще дві системи Patriot, заявив міністр оборони ФРН.", "uk")
    assert a["source"] == "міністр оборони ФРН"


def test_attribution_an_english_body_keeps_its_lower_case_modifiers() -> None:
    a = att("Exports fell by 30 percent in 2025, said the finance ministry in Juba.", "en")
    assert a["source"].startswith("finance ministry") and a["source_kind"] == "government"
    a = att("The air force still flies 33 F-16 jets, according to a parliamentary report.", "en")
    assert a["source"] == "parliamentary report"
    # a number word or a relative pronoun is no modifier
    a = att("The package, which prosecutors said was worth $425 million, held 12 missiles.", "en")
    assert "which" not in (a["source"] or "")


def test_attribution_a_surname_that_holds_a_generic_weapon_word_is_a_person() -> None:
    text = "Компания заключила контракты с 14 странами на 6 млрд долларов, заявил заместитель директора Олег Дронов."
    c = claims(text, "ru")[0]
    assert c["attribution"]["source"] == "Олег Дронов"
    assert not c["args"].get("items")  # "Дронов" is no drones


def test_attribution_capitalised_institution_noun_is_no_surname() -> None:
    a = att("Prosecutors said the parts were found in the wreckage of 12 Russian drones.", "en")
    assert a["source"] == "Prosecutors" and a["source_kind"] == "government"


def test_attribution_charging_documents_speak_for_the_prosecution() -> None:
    a = att("According to the indictment, the firm shipped 200 drone engines to Russia.", "en")
    assert a["source"] == "indictment" and a["source_kind"] == "government"
    a = att("Laut Anklageschrift lieferte die Firma 300 Drohnen nach Russland.", "de")
    assert a["source"] == "Anklageschrift" and a["source_kind"] == "government"


def test_attribution_relative_clause_pronoun_is_the_main_subject() -> None:
    a = att(
        "The Finance Ministry blacklisted four firms in Serbia that it said had shipped drone engines to Iran.", "en"
    )
    assert a["source"] == "Finance Ministry" and a["source_kind"] == "government"


def test_attribution_the_service_is_the_service_heard_before() -> None:
    cs = claims(
        "The State Border Service said 40 Russian drones crossed the border overnight. "
        "By morning, guards had found the wreckage of 12 drones near the border, the service said.",
        "en",
    )
    assert "State Border Service" in cs[-1]["attribution"]["source"]


def test_attribution_mission_keeps_its_seat_in_the_name() -> None:
    a = att("The Civilian Monitoring Mission in Moldova says at least 30 drones crossed its airspace.", "en")
    assert a["source"] == "Civilian Monitoring Mission in Moldova" and a["source_kind"] == "international"


def test_attribution_unknown_name_before_a_denial_speaks() -> None:
    text = (
        "Der Vertriebsleiter des in der Anklage mehrfach genannten Zulieferers Nordtech aus Kiel, Tarun Mehrotra, "
        "bestritt am Montag, "
        "jemals Zünder an russische Stellen geliefert zu haben."
    )
    a = att(text, "de")
    assert a["source"] == "Tarun Mehrotra"


def test_attribution_speaker_who_stays_anonymous_is_anonymous() -> None:
    cs = claims(
        "Ministeriumssprecherin Lea Brandt sagte, Polen habe keine Haubitzen geliefert. Ein Manager eines "
        "Konzerns, der anonym bleiben wollte, sagte der Agentur, Polen habe 40 Haubitzen an die Ukraine geliefert.",
        "de",
    )
    assert cs[-1]["attribution"]["source_kind"] == "anonymous"


def test_attribution_nach_medienberichten_names_the_media() -> None:
    a = att("Nach übereinstimmenden Medienberichten sind rund 200 russische Ausbilder in Niger im Einsatz.", "de")
    assert a["source"] == "Medienberichten" and a["source_kind"] == "media"


def test_attribution_wie_x_ermittelt_hat_names_x() -> None:
    a = att("Rund 40 Prozent der Waffenimporte Serbiens kamen aus China, wie das Institut SIPRI ermittelt hat.", "de")
    assert "SIPRI" in a["cue"] and a["source_kind"] == "ngo"


def test_attribution_german_authority_keeps_its_seat() -> None:
    a = att("Die Polizeidirektion Hamburg bestätigte zwei Drohnenflüge über dem Werk.", "de")
    assert a["source"] == "Polizeidirektion Hamburg" and a["source_kind"] == "government"


def test_attribution_outlet_relaying_circles_is_anonymous() -> None:
    a = att(
        "Nach Informationen der Nachrichtenagentur AFP aus Sicherheitskreisen soll Polen 30 Panzer geliefert haben.",
        "de",
    )
    assert a["source_kind"] == "anonymous"


def test_attribution_demnach_after_a_publication_names_its_publisher() -> None:
    cs = claims(
        "Ministeriumssprecher Paul Kern sagte, Serbien habe keine Munition an die Ukraine geliefert. Auslöser ist "
        "eine Recherche der Nachrichtenagentur Reuters, die sich auf Zolldaten stützt. Demnach sollen seit 2024 "
        "rund 20.000 Granaten aus Serbien über Zwischenhändler in die Ukraine gelangt sein.",
        "de",
    )
    assert cs[-1]["attribution"]["source_kind"] == "media" and "Reuters" in cs[-1]["attribution"]["source"]


def test_attribution_spokesman_of_a_bracketed_body_or_a_commander() -> None:
    text = "Ethiopian National Defense Force (ENDF) spokesperson Kebede Alemu said that 40 rebels were killed."
    assert att(text, "en")["source_kind"] == "military"
    text = "Haftars Sprecher Omar Dabbashi bestritt, dass 300 russische Soldaten in Libyen stationiert seien."
    assert att(text, "de")["source_kind"] == "military"


def test_attribution_panel_speaks_under_its_full_name() -> None:
    cs = claims(
        "Das Expertengremium des UN-Sicherheitsrats dokumentierte 40 Frachtflüge mit Waffen nach Darfur. "
        "An Bord hätten sich nach Einschätzung des Gremiums 30 Tonnen Munition befunden.",
        "de",
    )
    assert [c["attribution"]["source"] for c in cs] == ["Expertengremium des UN-Sicherheitsrats"] * 2


def test_attribution_subject_of_its_own_report_speaks() -> None:
    text = (
        "Das UN-Expertengremium für Jemen war in seinem im Mai veröffentlichten Bericht zu dem Schluss "
        "gekommen, dass Iran 200 Raketen an die Huthi geliefert habe."
    )
    assert att(text, "de")["source"] == "UN-Expertengremium für Jemen"


def test_attribution_known_opener_is_part_of_a_found_name() -> None:
    text = "According to the U.N. Office for the Coordination of Humanitarian Affairs, 30,000 people have fled."
    a = att(text, "en")
    assert a["source"] == "U.N. Office for the Coordination of Humanitarian Affairs"
    assert a["source_kind"] == "international"


def test_attribution_verb_with_its_subject_before_it_says_what_follows() -> None:
    a = att("The Armed Forces of the Philippines said Chinese navy ships entered the shoal 12 times.", "en")
    assert a["source"] == "Armed Forces of the Philippines" and a["source_kind"] == "military"


def test_attribution_calling_reports_absurd_is_a_denial() -> None:
    a = claims("Regierungssprecherin Olga Frei nannte die Berichte über 300 entsandte Soldaten „absurd“.", "de")[0]
    assert a["attribution"]["source"] == "Olga Frei" and a["factuality"] == "negated"


def test_attribution_calling_reports_baseless_is_a_denial_in_english_and_russian() -> None:
    a = claims('Spokesman Ivan Petrov called reports that 300 troops had arrived in Libya "baseless".', "en")[0]
    assert a["attribution"]["source"] == "Ivan Petrov" and a["factuality"] == "negated"
    c = lagebild.analyze("Кремль назвал сообщения о 300 солдатах в Ливии абсурдными.", lang="ru").to_dict()["claims"][0]
    assert c["attribution"]["source"] == "Кремль" and c["factuality"] == "negated"


def test_attribution_reportative_modal_verb_final_and_in_ern_eln() -> None:
    c = claims("Medien zufolge ist unklar, ob Peking rund 100.000 Soldaten nach Fujian verlegt haben soll.", "de")[0]
    assert c["factuality"] == "alleged"
    c = claims("Der Stadtstaat soll bereits über zwei weitere U-Boote verhandeln.", "de")[0]
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"
    c = claims("In Mali soll das Afrikakorps mit etwa 2.000 Mann präsent sein.", "de")[0]
    assert c["attribution"]["source_kind"] == "anonymous"


def test_attribution_sources_inside_a_body_are_unnamed() -> None:
    a = att("Sources inside the eastern command say the strike was carried out by two Bayraktar TB2 drones.", "en")
    assert a["source_kind"] == "anonymous"


def test_attribution_plural_claim_holding_it_likely_and_testimony_speak() -> None:
    a = att("Die Huthis behaupten, ihre Rakete habe eine Reichweite von 2.150 Kilometern.", "de")
    assert a["source"] == "Huthis"
    a = att("Das Expertengremium hält es für glaubwürdig, dass die RSF 40 Drohnen erhalten haben.", "de")
    assert a["source_kind"] == "international"
    a = att("Daniel Reyes, an FBI agent, testified that servo motors from the shipments were found in 12 drones.", "en")
    assert a["source"] == "Daniel Reyes"


def test_attribution_present_forms_of_speech_verbs() -> None:
    assert att("Die Grenzbehörden bestätigen, dass 12 Drohnen über der Grenze abgeschossen wurden.", "de")["cue"]
    assert att("The Polish army confirm that 12 drones were shot down near the border.", "en")["cue"]
    text = "В Минобороны уточняют, что над Брянской областью сбиты 12 беспилотников."
    assert lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]["cue"]
    text = "У Повітряних силах уточнюють, що над Києвом збито 12 дронів."
    assert lagebild.analyze(text, lang="uk").to_dict()["claims"][0]["attribution"]["cue"]


def test_attribution_report_in_a_named_newspaper_is_the_newspapers() -> None:
    a = att("According to a report in the newspaper Kommersant, Russia delivered 20 tanks to Mali.", "en")
    assert a["source"] == "Kommersant" and a["source_kind"] == "media"


def test_attribution_more_german_separable_speech_verbs() -> None:
    assert att("Die Behörden teilen mit, dass 12 Drohnen über Kiel abgeschossen wurden.", "de")["source"] == "Behörden"
    a = att("Russland habe 12 Raketen abgefeuert, fügte der Sprecher der polnischen Armee hinzu.", "de")
    assert a["source_kind"] == "military"


def test_attribution_more_hedges_and_hearsay_without_a_speaker() -> None:
    c = claims("Russia is said to have supplied 200 tanks to Mali.", "en")[0]
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"
    assert claims("Russia is suspected of having fired 40 drones at Kyiv.", "en")[0]["factuality"] == "alleged"
    assert claims("It is unclear whether Russia fired 40 drones at Kyiv.", "en")[0]["factuality"] == "uncertain"
    text = "Россия, по всей видимости, поставила Мали 200 танков."
    assert lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["factuality"] == "uncertain"


def test_attribution_not_less_and_not_more_do_not_negate_in_russian_and_ukrainian() -> None:
    text = "Не менш активно Росію озброює Пхеньян, який передав їй ракети KN-23."
    (c,) = lagebild.analyze(text, lang="uk", published="2025-03-14").to_dict()["claims"]
    assert c["factuality"] != "negated"
    text = "Россия получила не более 20 ракет, сообщили в ведомстве."
    (c,) = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"]
    assert c["factuality"] != "negated"


def test_attribution_a_name_inside_a_split_denial_is_its_object_when_the_subject_stands_before() -> None:
    text = "Das Ministerium wies am Dienstag Berichte polnischer Medien zurück, wonach die Panzerfertigung stocke."
    (c,) = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source"] == "Ministerium"
    # inverted word order: the name inside is the subject
    text = "Zugleich wies das Ministerium am Dienstag Berichte zurück, wonach die Panzerfertigung stocke."
    (c,) = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source"] == "Ministerium"


def test_attribution_a_state_named_as_a_side_speaks_as_its_government() -> None:
    cases = [
        ("Иранская сторона неоднократно заявляла, что не передавала Москве беспилотники.", "ru", "Иранская сторона"),
        ("Українська сторона заявила, що повернула з полону 185 військових.", "uk", "Українська сторона"),
        (
            "Die russische Seite erklärte am Montag, Russland habe keine Drohnen aus dem Iran erhalten.",
            "de",
            "russische Seite",
        ),
        ("The Iranian side has repeatedly said it did not supply drones to Moscow.", "en", "Iranian side"),
    ]
    for text, lang, source in cases:
        (c,) = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
        assert c["attribution"]["source"] == source and c["attribution"]["source_kind"] == "government"
    # never bare: "со стороны России" names no speaker
    text = "Со стороны России в обмене участвовали 185 военнослужащих, сообщили в Минобороны."
    (c,) = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source"] == "Минобороны"


def test_attribution_russian_and_ukrainian_bodies_named_by_what_they_do() -> None:
    cases = [
        ("ru", "Полиция сообщила, что при обстреле погибли два человека.", "Полиция", "government"),
        ("ru", "Правозащитники утверждают, что в плену находятся 800 человек.", "Правозащитники", "ngo"),
        (
            "ru",
            "Северная Корея, по данным западных разведок, поставляет России снаряды.",
            "западных разведок",
            "intelligence",
        ),
        (
            "ru",
            "Украинские паблики утверждали, что якобы был поражен резервуарный парк.",
            "Украинские паблики",
            "social_media",
        ),
        ("uk", "Рятувальники повідомили, що внаслідок обстрілу загинули двоє людей.", "Рятувальники", "government"),
        ("uk", "Партії ракет, за інформацією слідства, надходили через компанії в Китаї.", "слідства", "government"),
    ]
    for lang, text, source, kind in cases:
        c = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"][0]
        assert (c["attribution"]["source"], c["attribution"]["source_kind"]) == (source, kind), text
    # an adjective of the same stem names no body: "волонтерское сообщество" is not "volunteers"
    text = "Волонтерское сообщество InformNapalm установило, что в Россию проследовали 2800 вагонов со снарядами."
    c = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"][0]
    assert c["attribution"]["source"] != "Волонтерское"


def test_attribution_german_and_english_bodies_named_by_what_they_do() -> None:
    cases = [
        (
            "de",
            "Grenzschützer erklärten am Montag, eine Drohne sei abgeschossen worden.",
            "Grenzschützer",
            "government",
        ),
        (
            "de",
            "Die Feuerwehr teilte mit, bei dem Angriff seien zwei Menschen getötet worden.",
            "Feuerwehr",
            "government",
        ),
        ("en", "Rescue workers said two people were killed in the strike.", "Rescue workers", "government"),
        (
            "en",
            "Customs officials said the crates held drone engines bound for Russia.",
            "Customs officials",
            "government",
        ),
    ]
    for lang, text, source, kind in cases:
        c = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"][0]
        assert (c["attribution"]["source"], c["attribution"]["source_kind"]) == (source, kind), text


def test_attribution_a_description_right_before_a_name_is_no_body_of_its_own() -> None:
    text = "Nach Einschätzung der britischen Organisation Drone Wars UK liefert die Türkei mehr Drohnen als die USA."
    rep = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()
    assert rep["claims"][0]["attribution"]["source"] == "Drone Wars UK"
    assert all(e["name"] != "britischen Organisation" for e in rep["entities"])


def test_attribution_a_speaker_who_takes_the_floor_without_a_claim_speaks_the_reported_speech_after() -> None:
    text = (
        "Die Abgeordnete Miriam Kessler warf der Koalition Zögerlichkeit vor. Der Marschflugkörper erreiche Ziele "
        "in mehr als 500 Kilometern Entfernung, sagte Kessler.\n\nFür die Regierung verteidigte der "
        "Parlamentarische Staatssekretär im Verteidigungsministerium, Peter Adler, den Kurs. Deutschland habe "
        "der Ukraine seit 2022 rund 40 Milliarden Euro an Militärhilfe geleistet."
    )
    claims = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert claims[-1]["attribution"]["source"] == "Peter Adler"
    assert claims[-1]["attribution"]["source_kind"] == "government"


def test_attribution_it_cannot_be_ruled_out_is_speculative_and_no_forecast() -> None:
    cases = [
        ("ru", "Не исключено, что вместе с боеприпасами в Россию прибывают и северокорейские военные специалисты."),
        ("uk", "Не виключено, що частину ракет Росія отримала з КНДР."),
        ("de", "Es sei nicht ausgeschlossen, dass Iran weitere Raketen geliefert habe."),
        ("en", "Officials said it cannot be ruled out that Iran delivered more missiles."),
    ]
    for lang, text in cases:
        (c,) = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
        assert c["factuality"] == "speculative" and c["type"] not in ("prediction", "assessment"), text


def test_attribution_a_split_zero_count_is_reported_and_a_german_role_in_the_genitive_speaks() -> None:
    (c,) = lagebild.analyze("Пострадавших, по словам главы региона, нет.", lang="ru").to_dict()["claims"]
    assert c["factuality"] == "reported"
    (c,) = lagebild.analyze("Постраждалих, за словами голови ОВА, немає.", lang="uk").to_dict()["claims"]
    assert c["factuality"] == "reported"
    text = "Nach Angaben des Gouverneurs wurden zwei Menschen verletzt."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "government" and c["attribution"]["source"] == "Gouverneurs"
    # unnamed diplomats stay anonymous
    text = "Westliche Diplomaten schätzen, dass die Miliz rund 2.500 Kämpfer in das Land verlegt hat."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "anonymous"


def test_attribution_the_authors_inference_inside_a_bulletin_is_the_authors_and_does_not_end_it() -> None:
    text = (
        "Минобороны России сообщило, что ночью над Брянской областью сбиты 30 беспилотников.\n"
        "Не исключено, что часть аппаратов могла быть запущена с территории Сумской области.\n"
        "Еще 12 беспилотников уничтожены над Курской областью."
    )
    claims = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"]
    assert claims[1]["attribution"]["source_kind"] == "author"
    assert claims[2]["attribution"]["source"] == "Минобороны России"
    # a hedge after the verb is the bulletin's own
    text = (
        "Повітряні сили повідомили, що вночі збито 60 дронів.\n"
        "Ще 29 дронів-імітаторів локаційно втрачено, ймовірно, через протидію засобів РЕБ."
    )
    claims = lagebild.analyze(text, lang="uk", published="2025-03-14").to_dict()["claims"]
    assert claims[1]["attribution"]["source"] == "Повітряні сили"


def test_attribution_a_country_after_in_is_where_a_body_sits_not_its_speaker() -> None:
    text = "Die Beobachtermission in der Republik Moldau teilte mit, mindestens zwölf Zivilisten seien getötet worden."
    (c,) = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source_entity"] != "country:MD"
    text = "Die UN-Menschenrechtsbeobachtungsmission in der Ukraine teilte mit, 145 Zivilisten seien getötet worden."
    (c,) = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source_entity"] == "org:hrmmu"


def test_attribution_reported_speech_with_allegedly_keeps_its_speaker_and_more_verbs_of_revealing() -> None:
    text = (
        'Der Militärblogger "Sky Watcher" schrieb, Russland setze eine neue Version der Drohne ein. '
        "Die Shahed-136 könne damit angeblich bis zu 5.000 Kilometer weit fliegen."
    )
    claims = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert claims[-1]["attribution"]["source"] == "Sky Watcher" and claims[-1]["factuality"] == "alleged"
    text = "Wie der Blogger Sky Watcher enthüllte, habe Russland 40 neue Drohnen nach Belarus verlegt."
    (c,) = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source"] == "Sky Watcher"
    # "posts" is a noun here, no verb of saying
    text = "Its troops had destroyed several army posts near the border, the military said."
    (c,) = lagebild.analyze(text, lang="en", published="2025-03-14").to_dict()["claims"]
    assert c["attribution"]["source"] == "military"


def test_attribution_more_hedges_in_german_russian_and_ukrainian() -> None:
    cases = [
        ("ru", "Как утверждается, КНДР передала России еще 50 ракет KN-23.", "alleged"),
        ("uk", "КНДР начебто передала Росії ще 50 ракет KN-23.", "alleged"),
        ("uk", "Мабуть, КНДР передала Росії ще 50 ракет KN-23.", "uncertain"),
        ("ru", "Похоже, КНДР передала России еще 50 ракет KN-23.", "uncertain"),
        ("de", "Dem Vernehmen nach hat Nordkorea weitere 50 Raketen an Russland geliefert.", "reported"),
    ]
    for lang, text, fact in cases:
        c = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"][0]
        assert c["factuality"] == fact, text
    text = "Dem Vernehmen nach hat Nordkorea weitere 50 Raketen an Russland geliefert."
    c = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"][0]
    assert c["attribution"]["source_kind"] == "anonymous"


def test_attribution_more_denials_in_german_and_ukrainian() -> None:
    (c,) = lagebild.analyze("Der Sprecher stritt die Lieferung von Raketen an Russland ab.", lang="de").to_dict()[
        "claims"
    ]
    assert c["factuality"] == "negated"
    text = "Посол заперечував, що Іран передав Росії балістичні ракети."
    (c,) = lagebild.analyze(text, lang="uk").to_dict()["claims"]
    assert c["factuality"] == "negated" and c["attribution"]["source"] == "Посол"


def test_attribution_what_a_role_heads_is_no_person() -> None:
    text = (
        "Daniel Koh, managing director of Eastgate Logistics, said the company had never supplied weapons to the army."
    )
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["attribution"]["source"] == "Daniel Koh"
    rep = lagebild.analyze(text, lang="en").to_dict()
    assert not any(e["type"] == "person" and e["name"] == "Eastgate Logistics" for e in rep["entities"])


def test_attribution_a_given_name_after_laut_opens_a_person_not_a_body() -> None:
    rep = lagebild.analyze("Laut Anna Müller lieferte China 12 Flugzeuge an Myanmar.", lang="de").to_dict()
    assert rep["claims"][0]["attribution"]["source_kind"] == "person"
    assert all(e["type"] != "organization" for e in rep["entities"] if e["name"] == "Anna Müller")


def test_attribution_figures_and_data_of_a_body_name_the_body_and_no_body_called_data() -> None:
    (c,) = lagebild.analyze(
        "Nach Zahlen des Ministeriums lieferte Russland 20 Panzer an Belarus.", lang="de"
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Ministeriums"
    rep = lagebild.analyze("Laut Daten des Ministeriums lieferte Russland 20 Panzer an Belarus.", lang="de").to_dict()
    assert all(e["name"] != "Daten" for e in rep["entities"])


def test_attribution_russian_and_ukrainian_subject_pronouns_and_there() -> None:
    # "Он также утверждает": the unnamed source before goes on speaking
    cs = claims(
        "Собеседник агентства рассказал, что армия перебросила к Запорожью три бригады. "
        "Он также утверждает, что за неделю в плен сдались 30 военнослужащих.",
        "ru",
    )
    assert cs[1]["attribution"]["source_kind"] == "anonymous" and cs[1]["factuality"] == "reported"
    # "стверджує він" after a named governor
    cs = claims(
        "Голова Харківської ОВА Олег Синєгубов повідомив, що росіяни атакували Харків 20 дронами. "
        "Пошкоджено школу та дві багатоповерхівки, стверджує він.",
        "uk",
    )
    assert cs[1]["attribution"]["source"] == "Олег Синєгубов"
    # "Там також зазначили": the body named before
    cs = claims(
        "За даними Генерального штабу ЗСУ, на Курщині перебувають близько 9 тисяч військових КНДР. "
        "Там також зазначили, що до регіону прибули ще 500 військових інженерів КНДР.",
        "uk",
    )
    assert cs[1]["attribution"]["source_entity"] == "org:general-staff-ukraine"


def test_attribution_hyphenated_compound_speaks_by_its_tail() -> None:
    a = att("Ein anonymer Z-Kanal behauptet, Teheran habe Moskau bereits zwölf Raketen geschickt.", "de")
    assert a["source_kind"] == "social_media" and "Z-Kanal" in a["source"]
    # the institution word that opens the compound does not speak ("Militär-Blogger")
    a = att("Ein prorussischer Militär-Blogger behauptet, Kiew habe 40 Panzer bei Pokrowsk verloren.", "de")
    assert a["source_kind"] == "social_media"


def test_attribution_a_party_inside_the_denied_reports_is_not_the_denier() -> None:
    (c,) = claims(
        "Das polnische Verteidigungsministerium hat Berichte über Lieferungen von Panzern an die "
        "ukrainische Armee zurückgewiesen.",
        "de",
    )
    assert c["attribution"]["source_entity"] == "org:mod-poland" and c["factuality"] == "negated"
    (c,) = claims(
        "Das iranische Außenministerium hatte die Berichte als „Lügen westlicher Medien“ zurückgewiesen.", "de"
    )
    assert c["attribution"]["source_kind"] == "government"
    # a report that only names someone: the one named still denies
    cs = claims(
        "Der Chef des im Bericht genannten Herstellers, Rajiv Menon, bestritt, "
        "Granaten an die Ukraine verkauft zu haben.",
        "de",
    )
    assert cs[0]["attribution"]["source"] == "Rajiv Menon"


def test_attribution_the_company_speaks_and_a_name_after_a_generic_noun() -> None:
    a = att("Rheinmetall hat nach Angaben des Unternehmens im Januar rund 30.000 Granaten gefertigt.", "de")
    assert a["source_entity"] == "org:rheinmetall"
    a = att("Polen ist nach Angaben des Konzerns Hanwha bereits der größte Abnehmer der K9-Haubitze.", "de")
    assert a["source_entity"] == "org:hanwha"
    a = att("According to manufacturer Baykar, the Akinci can stay airborne for up to 24 hours.", "en")
    assert a["source_entity"] == "org:baykar"


def test_attribution_a_negation_in_an_added_remark_denies_nothing() -> None:
    (c,) = claims(
        "The army said its air defences shot down nine drones over Kassala, adding that the airport was not damaged.",
        "en",
    )
    assert c["factuality"] == "reported"
    (c,) = claims("The ministry said it had not sent any troops to Mali, adding that it backed the junta.", "en")
    assert c["factuality"] == "negated"  # the claim's own clause is negated


def test_attribution_an_observed_absence_and_an_existential_clause_negate() -> None:
    (c,) = claims("The UN mission said it had observed no unusual military movements near Kassala on Monday.", "en")
    assert c["type"] == "troop_deployment" and c["factuality"] == "negated"
    (c,) = claims(
        "The spokesman said the tanks remain at their bases, and there have been no changes to the deployment.", "en"
    )
    assert c["factuality"] == "negated"
    # a conjunction before a noun phrase still keeps "no" to that phrase
    (c,) = claims("Russia fired 40 drones at Kyiv overnight and no casualties, the mayor said.", "en")
    assert c["factuality"] == "reported"


def test_attribution_german_wuerden_before_a_trailing_speech_verb_is_reported() -> None:
    (c,) = claims(
        "Chinesische Motoren würden über Zwischenhändler nach Russland geschleust, heißt es in dem Bericht.", "de"
    )
    assert c["factuality"] == "reported"


def test_attribution_a_capital_right_after_an_inverted_german_verb_speaks() -> None:
    a = att("Am Montag meldete Kiew den Abschuss von 112 russischen Drohnen über der Region.", "de")
    assert a["source_entity"] == "place:kyiv" and a["source_kind"] == "government"


def test_attribution_keines_negates_and_labelling_a_post_fake_denies() -> None:
    (c,) = claims("Die Reederei erklärte, keines ihrer Schiffe habe 2025 einen Hafen in Israel angelaufen.", "de")
    assert c["factuality"] == "negated"
    (c,) = claims('The ministry labelled reports that three missiles struck the Sargodha air base "fake".', "en")
    assert c["factuality"] == "negated"


def test_attribution_a_negation_before_but_belongs_to_its_own_clause() -> None:
    (c,) = claims(
        "The ministry did not comment on the sanctions but said its air defences had destroyed 50 drones overnight.",
        "en",
    )
    assert c["factuality"] == "reported"
    (c,) = claims("Iran did not deliver drones to Russia but sold them to Sudan.", "en")
    assert c["factuality"] == "negated"  # the claim's own verb is negated


def test_attribution_a_body_outside_the_kb_is_named_with_its_owner() -> None:
    a = att("Japan's Ministry of Defense said two Chinese destroyers had sailed north past Yonaguni.", "en")
    assert a["source"] == "Japan's Ministry of Defense" and a["source_kind"] == "government"


def test_attribution_an_english_role_keeps_its_modifiers_body_and_domain() -> None:
    a = att("The then US special envoy for Sudan said that as many as 90,000 people had been killed.", "en")
    assert a["source"] == "US special envoy for Sudan" and a["source_kind"] == "government"
    a = att("The U.N. special rapporteur on Myanmar said 22 foreign companies had supplied the military.", "en")
    assert a["source"] == "U.N. special rapporteur on Myanmar" and a["source_kind"] == "international"
    # a role is no organisation of its own
    rep = lagebild.analyze("The US special envoy for Sudan said 90 people had been killed.", lang="en").to_dict()
    assert not any(e["type"] == "organization" for e in rep["entities"])


def test_attribution_a_body_that_tracked_or_counted_reports_it() -> None:
    a = att("Taiwan's defence ministry tracked 45 Chinese military aircraft around the island on Monday.", "en")
    assert a["source_kind"] == "government"
    (c,) = claims("Taiwan hat an einem Tag 120 chinesische Militärflugzeuge gezählt.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_entity"] == "country:TW"


def test_attribution_a_possessive_document_before_an_impersonal_cue_is_the_bodys() -> None:
    cs = claims(
        "Das belarussische Verteidigungsministerium sieht das anders. "
        "In seiner Mitteilung hieß es, man habe bei Brest 14 Drohnen abgeschossen.",
        "de",
    )
    assert cs[-1]["attribution"]["source_entity"] == "org:mod-belarus"


def test_attribution_a_states_budget_documents_speak_for_its_government() -> None:
    a = att("Defence spending rose to about $13 billion in 2025, according to the finance bill adopted in Rabat.", "en")
    assert a["source_kind"] == "government"
    a = att("Laut dem Haushaltsentwurf steigen die Verteidigungsausgaben 2026 auf 82 Milliarden Euro.", "de")
    assert a["source_kind"] == "government"


def test_attribution_researchers_speak_with_their_bodys_voice() -> None:
    a = att("According to analysts at the Institute for the Study of War, Russia moved 3 brigades to Pokrovsk.", "en")
    assert a["source_entity"] == "org:isw"
    a = att("Nach Angaben von Experten des Instituts für Sicherheitspolitik wurden 600 Drohnen geliefert.", "de")
    assert a["source_kind"] == "ngo" and "Instituts für Sicherheitspolitik" in a["source"]


def test_attribution_a_clause_of_time_keeps_its_own_speaker_and_denial() -> None:
    (c,) = claims("Russia struck Kharkiv with 20 drones on Monday after Kyiv denied any attack on Belgorod.", "en")
    assert c["factuality"] == "asserted" and c["attribution"]["source_kind"] == "author"
    (c,) = claims("Kyiv denied that it had attacked Belgorod after Russia struck Kharkiv with 20 drones.", "en")
    assert c["factuality"] == "negated"
    (c,) = claims("Россия нанесла удар по Харькову 20 дронами после того, как Киев опроверг атаку на Белгород.", "ru")
    assert c["factuality"] == "asserted"


def test_attribution_after_a_sentence_adverb_the_subject_is_no_aside() -> None:
    a = att(
        "Meanwhile, the Lebanese Armed Forces, funded by US aid, say they have deployed 9,000 troops to the south.",
        "en",
    )
    assert a["source_entity"] == "org:lebanese-army"
    # a real apposition after the subject still is an aside
    a = att("Russia, the largest supplier, said it had delivered 40 tanks to Mali.", "en")
    assert a["source_entity"] == "country:RU"


def test_attribution_a_clause_that_names_the_speaker_is_no_aside() -> None:
    a = att(
        "Auf Telegram bekannte sich eine Gruppierung, die sich „Islamischer Widerstand im Irak“ nennt, zu dem Angriff.",
        "de",
    )
    assert a["source_entity"] == "org:islamic-resistance-iraq"


def test_attribution_a_spokesman_of_a_body_in_the_genitive_takes_its_kind() -> None:
    a = att("Ein Sprecher der Hisbollah, Ali Haidar, sagte, die Miliz habe 40 Raketen abgefeuert.", "de")
    assert a["source"] == "Ali Haidar" and a["source_kind"] == "military"
    a = att("A spokesman for Hezbollah, Ali Haidar, said the group had fired 40 rockets.", "en")
    assert a["source_kind"] == "military"


def test_attribution_a_coast_guard_speaks_as_a_government_body() -> None:
    a = att("The China Coast Guard said the Philippine boat had illegally intruded into waters near Ren'ai Jiao.", "en")
    assert a["source_entity"] == "org:china-coast-guard" and a["source_kind"] == "government"


def test_attribution_an_appositive_role_for_a_unit_takes_the_units_kind() -> None:
    a = att(
        "Serhiy Melnyk, a spokesman for the 157th Mechanized Brigade, told Suspilne that Russia had lost 3 tanks.",
        "en",
    )
    assert a["source"] == "Serhiy Melnyk" and a["source_kind"] == "military"


def test_attribution_a_company_named_by_a_definite_noun_or_a_compound() -> None:
    a = att("South Korea's Hanwha Aerospace delivered 36 K9 howitzers to Poland in February, the company said.", "en")
    assert a["source_entity"] == "org:hanwha"
    cs = claims(
        "Rheinmetall baut in Unterlüß ein neues Werk. "
        "Dort sollen nach Unternehmensangaben jährlich bis zu 150.000 Geschosse vom Band laufen.",
        "de",
    )
    assert cs[-1]["attribution"]["source_entity"] == "org:rheinmetall"
    a = att('The Facebook page "Pak Defence Updates" claims a Fatah-II rocket hit an Indian position.', "en")
    assert a["source"] == "Pak Defence Updates" and a["source_kind"] == "social_media"


def test_attribution_it_takes_the_body_that_opened_the_sentence_before() -> None:
    cs = claims(
        "A military spokesperson said the depots held 40 rockets. "
        "The Syrian Observatory for Human Rights, a Britain-based monitor, gave a higher toll. "
        "It said nine people had been killed in the strike.",
        "en",
    )
    assert cs[-1]["attribution"]["source_entity"] == "org:sohr"


def test_attribution_a_sources_stated_plan_is_reported() -> None:
    (c,) = claims("Schweden will nach Angaben der Regierung bis zu 1.200 Soldaten nach Finnland entsenden.", "de")
    assert c["factuality"] == "reported"
    # a plan with no source stays speculative
    (c,) = claims("Schweden will bis zu 1.200 Soldaten nach Finnland entsenden.", "de")
    assert c["factuality"] == "speculative"


def test_attribution_a_quote_that_is_only_the_denial_denies() -> None:
    (c,) = claims(
        'Somchai Rattanaporn, the chief executive, said it had "never knowingly" supplied jet fuel to the army.', "en"
    )
    assert c["factuality"] == "negated"
    # a quoted claim with a negation of its own stays what was said
    (c,) = claims('The minister said Israel would "not allow Hezbollah to rearm" and struck 3 depots.', "en")
    assert c["factuality"] != "negated"


def test_attribution_an_interviewee_introduced_with_her_body_speaks_for_it() -> None:
    text = (
        "Rüstung im Baltikum\n\n"
        "Über die Lage sprach Tom Berger mit Greta Lindqvist vom Institut für Ostseestudien.\n\n"
        "Frau Lindqvist, was kauft Estland?\n\n"
        "Lindqvist: Estland hat 2024 sechs Raketenwerfer vom Typ HIMARS bestellt.\n\n"
        "Und Lettland?\n\n"
        "Lindqvist: Lettland hat nach Nato-Daten 2025 rund 300 Soldaten nach Polen verlegt."
    )
    out = claims(text, "de")
    assert [c["attribution"]["source"] for c in out] == ["Lindqvist", "Nato-Daten"]
    assert [c["attribution"]["source_kind"] for c in out] == ["ngo", "international"]


def test_attribution_a_participial_aside_keeps_the_subject_the_speaker() -> None:
    a = att(
        "The audit by the U.N. Panel of Experts on Libya, submitted to the Security Council last week and seen "
        "by this newspaper, says the Chadian army sent 300 troops to Kufra in March.",
        "en",
    )
    assert a["source_entity"] == "org:un-poe-libya" and a["source_kind"] == "international"


def test_attribution_a_known_body_cited_by_the_speaker_is_the_source() -> None:
    a = att("China has supplied Iran with 40 radars, Sen. Paul Hartley said, citing the CIA.", "en")
    assert a["source_entity"] == "org:cia" and a["source_kind"] == "intelligence"
    # described, unnamed sources leave the outlet that relays them
    a = att("Politico reported, citing two congressional aides, that 40 radars were sent to Iran.", "en")
    assert a["source_kind"] == "media"


def test_attribution_the_agency_is_a_body_heard_before_not_a_person() -> None:
    cs = claims(
        "South Korea's National Intelligence Service (NIS) said 6,000 troops went to Russia in June. "
        "According to Han, 600 of them were killed in May. "
        "The agency said Pyongyang had shipped 28,000 containers of munitions to Russia.",
        "en",
    )
    assert cs[-1]["attribution"]["source_entity"] == "org:nis"


def test_attribution_abbreviated_titles_and_korean_family_names() -> None:
    cs = claims(
        "The briefing was relayed by Rep. Han Ji-woo and Rep. Yoon Dae-seok. "
        "Rep. Yoon claimed that 500,000 shells had ended up in Ukraine. "
        "Gen. Park Sung-min said 3 missiles hit Incheon. "
        "DAPA Commissioner Choi Young-hoon said Hanwha would deliver 24 K9 howitzers to Poland.",
        "en",
    )
    got = [(c["attribution"]["source_entity"], c["attribution"]["source_kind"]) for c in cs]
    assert got == [
        ("person:yoon-dae-seok", "government"),
        ("person:park-sung-min", "military"),
        ("person:choi-young-hoon", "government"),
    ]


def test_attribution_researchers_of_a_body_named_in_full_or_by_a_foreign_name_speak_for_it() -> None:
    a = att(
        "За підрахунками аналітиків лондонського Міжнародного інституту стратегічних досліджень (IISS), "
        "Україна отримала 8 батарей Patriot.",
        "uk",
    )
    assert a["source_entity"] == "org:iiss" and a["source_kind"] == "ngo"
    a = att("Как выяснили исследователи женевского центра Arms Trace Watch, Иран поставил 40 ракет в Россию.", "ru")
    assert a["source"] == "Arms Trace Watch" and a["source_kind"] == "ngo"


def test_attribution_an_unnamed_source_who_told_an_outlet_is_anonymous() -> None:
    a = att("Как сообщил ТАСС источник в силовых структурах, Украина закупила 200 двигателей в Польше.", "ru")
    assert a["source_kind"] == "anonymous" and a["source"] is None
    a = att("Як повідомило Reuters джерело в уряді, Україна отримала 200 ракет з Польщі.", "uk")
    assert a["source_kind"] == "anonymous"
    # the outlet itself still speaks when no unnamed source follows it
    a = att("Как сообщил ТАСС, Украина закупила 200 двигателей в Польше.", "ru")
    assert a["source_entity"] == "org:tass"


def test_attribution_russian_answers_participial_asides_and_mps() -> None:
    a = att("В МИД Ирана на запрос редакции ответили, что Тегеран не поставлял России ракеты.", "ru")
    assert a["source_entity"] == "org:mfa-iran" and a["source_kind"] == "government"
    a = att("МИД Ирана в заявлении, распространенном агентством ИРНА, опроверг поставки 200 ракет в Россию.", "ru")
    assert a["source_entity"] == "org:mfa-iran"
    a = att("Нардеп Олена Кравець заявила, що Україна отримала 12 систем IRIS-T.", "uk")
    assert a["source_kind"] == "government"


def test_attribution_a_body_that_labels_a_live_blog_line_reports_it() -> None:
    cs = claims(
        "10:20. ДСНС: у Полтаві рятувальники ліквідували пожежу на складі площею 400 кв. м.\n\n"
        "10:45. Повітряні сили ЗСУ: вночі Росія випустила по Україні 120 ударних дронів.",
        "uk",
    )
    assert [(c["attribution"]["source_entity"], c["attribution"]["cue"]) for c in cs] == [
        ("org:sses-ukraine", ":"),
        ("org:ukrainian-air-force", ":"),
    ]
    # a country that labels a line is its topic, not its speaker
    (c,) = claims("Польща: до кордону перекинули 2 тисячі військових.", "uk")
    assert c["attribution"]["source_entity"] != "country:PL"


def test_attribution_ukrainian_acts_of_listing_staging_denials_and_spread_posts() -> None:
    (c,) = claims("Рада ЄС ухвалила 19-й пакет санкцій: до списку «тіньового флоту» додали ще 117 танкерів.", "uk")
    assert c["attribution"]["source_kind"] == "author"
    (c,) = claims("Речник СБУ Остап Кулик назвав це повідомлення «типовою постановкою ФСБ».", "uk")
    assert c["factuality"] == "negated" and c["attribution"]["source"] == "Остап Кулик"
    text = "У Міноборони РФ стверджують, що судно везло боєприпаси. У ВМС ЗСУ заяву російського відомства спростували."
    assert claims(text, "uk")[-1]["attribution"]["source_entity"] == "org:ukrainian-navy"
    (c,) = claims("Проросійські телеграм-канали поширювали фото перекинутих цистерн під Джанкоєм.", "uk")
    assert c["attribution"]["source_kind"] == "social_media"


def test_attribution_ukrainian_outlets_relaying_sources_and_hedged_continuations() -> None:
    a = att("Reuters із посиланням на два джерела в уряді повідомило, що КНДР передала Росії 100 ракет.", "uk")
    assert a["source_entity"] == "org:reuters" and a["source_kind"] == "media"
    a = att(
        "Видання Defense Weekly Review, посилаючись на джерела в Конгресі, писало, що США передадуть 30 ракет.", "uk"
    )
    assert a["source"] == "Defense Weekly Review" and a["source_kind"] == "media"
    cs = claims(
        "Речник ГУР Андрій Юсов заявив, що КНДР передала Росії 30 ракет KN-23. "
        "Загалом Пхеньян нібито передав Москві вже понад 200 ракет цього типу.",
        "uk",
    )
    assert cs[-1]["attribution"]["source"] == "Андрій Юсов" and cs[-1]["factuality"] == "alleged"


def test_attribution_a_person_who_runs_part_of_a_body_speaks_for_it() -> None:
    text = (
        "Dr. Hana Ruiz runs the surgical ward of the hospital that Médecins Sans Frontières (MSF) operates in Adré. "
        "Her team treated 212 patients with blast wounds in May, she said."
    )
    assert claims(text, "en")[-1]["attribution"]["source_kind"] == "ngo"
    text = (
        "Jonas Weber leitet das Sahel-Programm am Institut für Friedensforschung. "
        "Er sagte, Russland habe 900 Soldaten nach Mali verlegt."
    )
    assert claims(text, "de")[-1]["attribution"]["source_kind"] == "ngo"


def test_attribution_after_a_fronted_phrase_of_time_the_subject_speaks() -> None:
    a = att(
        "In July last year, the Southern Resistance Forces, which are aligned with Yemen's government, "
        "said they had seized 750 tonnes of Iranian-made weapons.",
        "en",
    )
    assert a["source"] == "Southern Resistance Forces"
    # an apposition after a subject is still an aside
    a = att("Al-Masirah TV, which is run by the Houthis, reported that 3 missiles hit Eilat.", "en")
    assert a["source"] == "Al-Masirah TV"


def test_attribution_german_reported_speech_goes_on_and_das_sagte_names_the_source() -> None:
    cs = claims(
        "Unter den Toten seien zwei Kinder, schrieb Gouverneur Oleh Kiper auf Telegram. "
        "31 Verletzte würden noch in Krankenhäusern behandelt.",
        "de",
    )
    assert cs[-1]["factuality"] == "reported" and cs[-1]["attribution"]["source"] == "Oleh Kiper"
    cs = claims(
        "Deutschland will der Ukraine im Januar ein weiteres System IRIS-T SLM übergeben. "
        "Das sagte ein Sprecher des Verteidigungsministeriums in Berlin.",
        "de",
    )
    assert cs[0]["factuality"] == "reported" and cs[0]["attribution"]["source_kind"] == "government"


def test_attribution_posts_on_social_media_speak_as_social_media() -> None:
    a = att("In Charkiw ist nach Aufnahmen in sozialen Netzwerken auch das Heizkraftwerk 5 getroffen worden.", "de")
    assert a["source_kind"] == "social_media"
    a = att("Footage posted on social media showed 3 missiles hitting a refinery in Ryazan.", "en")
    assert a["source_kind"] == "social_media"


def test_attribution_a_person_pronoun_in_a_parenthesis_is_no_organisations() -> None:
    cs = claims(
        '"We have no troops there," foreign ministry spokesperson Anna Kolar told reporters. '
        "Hezbollah, she said, received 40 rockets from Iran last year.",
        "en",
    )
    assert cs[-1]["attribution"]["source"] == "Anna Kolar"
    # "it" may still refer to the body named before it in the sentence
    (c,) = claims("Rybar posted footage that it said showed 2 missiles hitting a launch site in Belgorod.", "en")
    assert c["attribution"]["source"] == "Rybar"


def test_attribution_suggests_hedges_and_a_report_documents() -> None:
    (c,) = claims("Our tracking suggests that at least 11 cargoes of jet fuel reached Myanmar in 2025.", "en")
    assert c["factuality"] == "uncertain"
    cs = claims(
        "The UN report says 300 troops crossed. It also documents drone strikes that killed 12 civilians.", "en"
    )
    assert cs[-1]["attribution"]["source_kind"] == "international"


def test_attribution_the_holder_of_the_documents_speaks_for_them() -> None:
    a = att(
        "According to customs data obtained by the group Justice For Myanmar, 2 cargoes reached the air force.", "en"
    )
    assert a["source_entity"] == "org:justice-for-myanmar" and a["source_kind"] == "ngo"
    # a speaker of its own keeps the sentence ("The army recorded ..., according to figures obtained by Reuters")
    a = att(
        "The Colombian army said 300 drones attacked troops in 2025, according to figures obtained by Reuters.", "en"
    )
    assert a["source_kind"] == "military"
    cs = claims(
        "Serbische Granaten rollen an die Front, schreibt der Blogger. Das legen Dokumente nahe, die dem Portal "
        "„Balkan Insight“ zugespielt wurden.\n\nDer Deal\n\nDemnach sollen serbische Betriebe 2024 Munition im "
        "Wert von 800 Millionen Euro in die Ukraine geliefert haben.",
        "de",
    )
    assert cs[-1]["attribution"]["source"] == "Balkan Insight"


def test_attribution_a_bodys_possessive_spokesperson_and_words_from_a_ministry() -> None:
    a = att("NATO's spokesperson said 300 troops would be deployed to Lithuania.", "en")
    assert a["source_entity"] == "org:nato" and a["source_kind"] == "international"
    a = att("Aus dem Verteidigungsministerium hieß es, man habe 200 Soldaten nach Litauen verlegt.", "de")
    assert a["source_kind"] == "government" and a["source"] is not None


def test_attribution_a_countrys_military_intelligence_agency_and_german_rebels() -> None:
    a = att("Ukraine's military intelligence agency said Russia had launched 40 missiles at Kyiv.", "en")
    assert a["source_kind"] == "intelligence"
    (c,) = claims("Die Rebellen bestritten, 30 Zivilisten getötet zu haben.", "de")
    assert c["attribution"]["source_kind"] == "military" and c["factuality"] == "negated"


def test_attribution_who_a_german_denial_clause_names_does_not_deny() -> None:
    (c,) = claims("Moskau bestreitet, Waffen an die Huthi geliefert zu haben.", "de")
    assert c["attribution"]["source_kind"] == "government" and c["factuality"] == "negated"


def test_attribution_the_object_of_to_does_not_call_claims_baseless() -> None:
    cs = claims(
        'The Foreign Ministry of Qatar said the country "has never given any support" to the Houthis and called '
        'the allegations "baseless".',
        "en",
    )
    a = cs[-1]["attribution"]
    assert a["source_kind"] == "government" and "Foreign Ministry" in (a["source"] or "")
    # ("close to" describes the speaker, it is no object)
    a = att("Telegram channels close to Sudan's army claimed that 12 drones were flying from Nyala airport.", "en")
    assert a["source"] is not None and "channels" in a["source"] and a["source_kind"] == "social_media"
    a = att("Каналы, близкие к Минобороны России, утверждают, что 12 беспилотников были сбиты над Курском.", "ru")
    assert a["source_kind"] == "social_media" and a["source"].startswith("Каналы")
    a = att("Der Armee nahestehende Telegram-Kanäle behaupten, zwölf Drohnen seien in Nyala gestartet.", "de")
    assert a["source_kind"] == "social_media"


def test_attribution_names_with_figures_seats_and_genitive_words() -> None:
    a = att("Der regionale Telegram-Kanal „Lipezk 24/7“ verbreitete Videos, auf denen 12 Drohnen zu sehen sind.", "de")
    assert a["source"] == "Lipezk 24/7"
    a = att('A Telegram channel, "Kherson Front 24", posted that 12 drones struck the port.', "en")
    assert a["source"] == "Kherson Front 24"
    a = att("The Nairobi-based Horn Security Monitor said the strike killed 14 civilians.", "en")
    assert a["source"] == "Horn Security Monitor" and a["source_kind"] == "ngo"
    a = att(
        "Министерство экономики и торговли Армении опровергло сообщения о том, что 30 дронов поставлены в Россию.",
        "ru",
    )
    assert a["source"] == "Министерство экономики и торговли Армении" and a["source_kind"] == "government"
    # (a verb and a preposition before an adjective of a country are no part of the name)
    cs = claims(
        "Вооруженные силы нанесли удар по предприятиям Украины, сообщили в Минобороны России. В ведомстве также "
        "опровергли появившиеся в украинских Telegram-каналах сообщения о поражении нефтебазы в Брянской области.",
        "ru",
    )
    assert cs[-1]["attribution"]["source_kind"] == "government"


def test_attribution_a_described_quoted_outlet_speaks_under_its_name() -> None:
    r = lagebild.analyze(
        "Der Frachter soll nach Recherchen des dänischen Senders „Radio Bornholm Nord“ 12 Kabel beschädigt haben.",
        lang="de",
    ).to_dict()
    assert r["claims"][0]["attribution"]["source"] == "Radio Bornholm Nord"
    assert not any("Senders" in e["name"] for e in r["entities"])  # the description is no body of its own


def test_attribution_a_body_attached_beim_and_an_outlet_addressed_by_a_speaker() -> None:
    a = att(
        "Das Zentrum für Cybersicherheit beim polnischen Innenministerium wies Berichte zurück, wonach 40 Server "
        "angegriffen worden seien.",
        "de",
    )
    assert (a["source"] or "").startswith("Zentrum für Cybersicherheit")
    a = att(
        "Ein Sprecher des Heereskommandos in Koblenz sagte unserer Zeitung, 300 Soldaten seien nach Litauen verlegt "
        "worden.",
        "de",
    )
    assert a["source_kind"] == "military" and "Zeitung" not in (a["source"] or "")
    a = att("Nach Informationen unserer Zeitung wurden 300 Soldaten nach Litauen verlegt.", "de")
    assert a["source_kind"] == "anonymous"


def test_attribution_a_source_inside_a_body_stays_unnamed() -> None:
    a = att(
        "Eine mit den Plänen vertraute Quelle im polnischen Geheimdienst ABW sagte dem Portal „Baltic Wire“, "
        "40 Drohnen seien abgefangen worden.",
        "de",
    )
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None and "ABW" in (a["source"] or "")
    a = att("A source in Britain's MI6 said 40 drones had been shipped to Russia.", "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("Источник в СВР сообщил, что 40 беспилотников были переданы России.", "ru")
    assert a["source_kind"] == "anonymous"


def test_attribution_german_bodies_their_own_figures_and_blame() -> None:
    a = att("Die Deutsche Flugsicherung bestätigte, dass in Rostock im Januar drei Anflüge abgebrochen wurden.", "de")
    assert a["source_kind"] == "government" and "Flugsicherung" in (a["source"] or "")
    a = att("Der Bundesverband der Reeder schätzt, dass 30 Schiffe wegen der Störungen umgeleitet wurden.", "de")
    assert a["source_kind"] == "ngo"
    a = att("Bei der Zollbehörde gingen nach deren Angaben im März 214 Meldungen über Drohnenflüge ein.", "de")
    assert "Zollbehörde" in (a["source"] or "") and a["source_kind"] == "government"
    (c,) = claims("Finnlands Außenministerium hat Russland für die Störung von 40 Flügen verantwortlich gemacht.", "de")
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "government"


def test_attribution_an_interviewee_whose_name_has_a_diaeresis() -> None:
    r = lagebild.analyze(
        "Die Analystin Dr. Noëlle Traoré-Lindqvist leitet am Hamburger Institut für Friedensforschung den Bereich "
        "Sahel. Wir haben mit ihr gesprochen.\n\nFrau Traoré-Lindqvist, wie viele Söldner sind in Mali?\n\n"
        "Traoré-Lindqvist: Wir zählen mindestens 1.800 russische Kämpfer in Mali.\n\nUnd in Niger?\n\n"
        "Traoré-Lindqvist: Dort sind 200 russische Ausbilder stationiert.",
        lang="de",
    ).to_dict()
    assert any(e["type"] == "person" and "Noëlle" in e["name"] for e in r["entities"])
    a = r["claims"][-1]["attribution"]
    assert "Traoré-Lindqvist" in (a["source"] or "")


def test_attribution_whose_statement_is_called_fake_and_channels_that_tracked() -> None:
    a = att("У Силах оборони півдня заяву Міноборони РФ про 40 збитих дронів назвали фейком.", "uk")
    assert a["source_entity"] != "org:mod-russia"
    a = att("Моніторингові канали фіксували рух щонайменше шести бомбардувальників Ту-95МС.", "uk")
    assert a["source_kind"] == "social_media"


def test_attribution_beliefs_and_reports_without_a_holder_are_anonymous() -> None:
    (c,) = claims("Chad is also believed to operate at least two Bayraktar Akinci drones.", "en")
    assert c["attribution"]["source_kind"] == "anonymous" and c["factuality"] == "uncertain"
    (c,) = claims("There were reports last month that Armenia received 12 Indian Pinaka rocket launchers.", "en")
    assert c["attribution"]["source_kind"] == "anonymous"
    (c,) = claims("The Noor, an Iranian copy of the C-802, has a reported range of up to 170 kilometres.", "en")
    assert c["attribution"]["source_kind"] == "anonymous"


def test_attribution_officials_in_a_capital_speak_for_its_government() -> None:
    a = att("Officials in Warsaw said 12 Russian drones had entered Polish airspace.", "en")
    assert a["source_kind"] == "government" and "Warsaw" in (a["source"] or "")
    r = lagebild.analyze("Officials in Warsaw said 12 Russian drones had entered Polish airspace.", lang="en").to_dict()
    assert not any("officials" in e["name"].casefold() for e in r["entities"])  # no body of its own
    a = att("Two officials in Tehran, speaking on condition of anonymity, said 200 missiles were sent to Russia.", "en")
    assert a["source_kind"] == "anonymous"


def test_attribution_images_an_outlet_reviewed_speak_through_it() -> None:
    a = att("Satellite images reviewed by the Associated Press show at least 12 launchers at the air base.", "en")
    assert a["source_entity"] == "org:ap" and a["source_kind"] == "media"


def test_attribution_a_german_compound_of_unnamed_people_is_anonymous() -> None:
    a = att("Nach Einschätzung von Militärexperten könnte Russland die Produktion auf 3.000 Drohnen verdoppeln.", "de")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("Militärbeobachter gehen davon aus, dass die RSF über 40 Langstreckendrohnen verfügt.", "de")
    assert a["source_kind"] == "anonymous"


def test_attribution_an_aside_that_reports_the_other_sides_denial_negates_nothing() -> None:
    (c,) = claims(
        "Armenia's Defence Ministry said Azerbaijani forces fired at its positions in Syunik, a claim Baku rejected.",
        "en",
    )
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "government"
    (c,) = claims("Iran denied shipping 200 missiles to Russia.", "en")
    assert c["factuality"] == "negated"


def test_attribution_footage_shared_by_an_account_and_the_account_after_it() -> None:
    cs = claims(
        "Footage shared on X by the account @BalticWatcher appears to show 40 landing craft near Baltiysk. "
        'The account claimed that "thousands" of marines were being loaded for a crossing.',
        "en",
    )
    assert cs[0]["attribution"]["source"] == "@BalticWatcher"
    assert cs[-1]["attribution"]["source"] == "@BalticWatcher"


def test_attribution_an_article_after_a_comma_opens_reported_speech_not_a_relative_clause() -> None:
    (c,) = claims("Ein Sprecher sagte, das Land habe niemals Waffen an Iran exportiert.", "de")
    assert c["factuality"] == "negated"
    (c,) = claims(
        "Der Vertrag, der noch nicht unterzeichnet ist, sieht die Lieferung von 30 Panzern an Polen vor.", "de"
    )
    assert c["factuality"] != "negated"


def test_attribution_a_statement_of_a_known_body_cited_by_an_outlet_is_the_bodys() -> None:
    de = att(
        "Das Militär habe 40 Raketen auf Charkiw abgefeuert, meldete die Agentur Tass unter Berufung auf eine "
        "Mitteilung des russischen Verteidigungsministeriums.",
        "de",
    )
    assert de["source_entity"] == "org:mod-russia" and de["source_kind"] == "government"
    en = att("The militia fired 40 rockets at the base, Reuters reported, citing a statement from the Pentagon.", "en")
    assert en["source"] == "Pentagon"
    ru = att(
        "Армия выпустила 40 ракет по Харькову, сообщило агентство Reuters со ссылкой на заявление Минобороны Украины.",
        "ru",
    )
    assert ru["source_entity"] == "org:mod-ukraine"


def test_attribution_assuring_is_a_verb_of_saying_in_russian_and_ukrainian() -> None:
    ru = att("Сосед, попросивший не называть его фамилию, уверяет, что над бухтой сбили три дрона.", "ru")
    assert ru["source_kind"] == "anonymous" and ru["cue"] == "уверяет"
    uk = att("Сусід, який попросив не називати його прізвище, запевняє, що над бухтою збили три дрони.", "uk")
    assert uk["source_kind"] == "anonymous" and uk["cue"] == "запевняє"


def test_attribution_by_the_assertion_of_names_the_source_in_russian_and_ukrainian() -> None:
    ru = att(
        "Telegram-канал «Лесной радар» сообщил, что через станцию прошли три эшелона. По утверждению администраторов "
        "канала, в республике остались два дивизиона С-400.",
        "ru",
    )
    assert ru["source"] == "Лесной радар" and ru["source_kind"] == "social_media"
    uk = att("За твердженням Генштабу, росіяни втратили за добу 40 танків.", "uk")
    assert uk["cue"] == "За твердженням"


def test_attribution_an_account_that_shared_a_video_is_the_source() -> None:
    a = att(
        "On Monday the X account @RiverWatch, which often posts convoy footage, shared a video that appears to show "
        "at least 30 tanks crossing a bridge near the border.",
        "en",
    )
    assert a["source"] == "@RiverWatch" and a["source_kind"] == "social_media"


def test_attribution_industry_estimates_are_unnamed_sources() -> None:
    en = att("According to industry estimates, a transport aircraft of the type costs about $150 million.", "en")
    assert en["source_kind"] == "anonymous" and en["source"] is None
    de = att("Nach Branchenangaben kostet ein Kampfpanzer des Typs rund acht Millionen Euro.", "de")
    assert de["source_kind"] == "anonymous" and de["source"] is None


def test_attribution_people_familiar_after_according_to_are_unnamed() -> None:
    en = att("According to three people familiar with the talks, Chile is close to buying 12 howitzers.", "en")
    assert en["source_kind"] == "anonymous" and en["source"] is None


def test_attribution_circles_of_a_body_are_unnamed() -> None:
    de = att("Aus Kreisen der Marine verlautete, die Fregatte werde im Mai nach Kreta verlegt.", "de")
    assert de["source_kind"] == "anonymous"
    en = att("Officials familiar with Polish intelligence assessments said two brigades had moved.", "en")
    assert en["source_kind"] == "anonymous"


def test_attribution_figures_of_a_country_body_in_one_compound() -> None:
    de = att("Bei den Kämpfen wurden nach peruanischen Militärangaben vier Soldaten getötet.", "de")
    assert de["source_kind"] == "military" and de["source"] == "peruanischen Militärangaben"
    gov = att("Bei dem Angriff wurden nach syrischen Behördenangaben elf Menschen getötet.", "de")
    assert gov["source_kind"] == "government"


def test_attribution_residents_of_a_town_are_no_person() -> None:
    en = att("Three residents of Nova Tarsa, who asked not to be named, said a drone struck the mill.", "en")
    assert en["source_kind"] == "anonymous"


def test_attribution_the_office_is_the_body_whose_name_holds_it() -> None:
    text = (
        "The Kivu Defence League said on Telegram that its fighters had taken two villages. "
        "In a statement, the United Nations Office for Project Services said it had counted 14 drone strikes. "
        "The strikes had forced 5,000 people to flee, the office said."
    )
    last = att(text, "en")
    assert last["source"] == "United Nations Office for Project Services" and last["source_kind"] == "international"


def test_attribution_a_centre_for_arming_the_state_is_a_state_agency() -> None:
    gov = att("Latvia's Centre for Defence Procurement said it had signed a contract for 24 launchers.", "en")
    assert gov["source_kind"] == "government"
    ngo = att("The Baltic Centre for Defence Studies said Latvia had bought 24 launchers from Norway.", "en")
    assert ngo["source_kind"] == "ngo"


def test_attribution_the_manufacturer_speaks_in_russian_and_ukrainian() -> None:
    ru = att("По данным производителя, дрон способен пролететь до 900 километров.", "ru")
    assert ru["source_kind"] == "ngo"
    uk = att("За даними виробника, дрон здатен пролетіти до 900 кілометрів.", "uk")
    assert uk["source_kind"] == "ngo"


def test_attribution_where_unnamed_speakers_gather_does_not_speak() -> None:
    en = att("Rumours circulating in Telegram chats claim that Belarusian troops have crossed the border.", "en")
    assert en["source_kind"] == "anonymous"
    close = att("Sources close to the Kremlin said Russia would send 20 jets to Algeria.", "en")
    assert close["source_kind"] == "anonymous"
    media = att("Unconfirmed reports in Turkish media say Qatar has ordered 30 drones.", "en")
    assert media["source_kind"] == "media"


def test_attribution_industry_estimates_that_put_a_price_are_unnamed() -> None:
    en = att("Industry estimates put a fully equipped frigate at around $900 million.", "en")
    assert en["source_kind"] == "anonymous" and en["source"] is None


def test_attribution_a_source_is_named_by_its_whole_phrase() -> None:
    en = att("A panel of UN experts reported that Chad had received 40 armoured vehicles from Turkey.", "en")
    assert en["source"] == "panel of UN experts" and en["source_entity"] == "org:un"
    office = att("Two drones hit Goma on Monday, the U.N. human rights office in Congo said.", "en")
    assert office["source"].startswith("U.N. human rights office")
    de = att("Nach Angaben des UN-Sondergesandten wurden 14 Menschen getötet.", "de")
    assert de["source"] == "UN-Sondergesandten"
    ru = att("По данным группы экспертов ООН, в Чад доставили 40 бронемашин.", "ru")
    assert ru["source"] == "группы экспертов ООН"
    fr = att("The rights group Observatoire Sahélien des Libertés Civiles said soldiers killed 12 villagers.", "en")
    assert "Observatoire Sahélien des Libertés Civiles" in (fr["source"] or "")


def test_attribution_a_source_named_by_a_common_noun_keeps_its_modifiers() -> None:
    uk = att("Росіяни атакували Суми шість разів, повідомили в Сумській обласній прокуратурі.", "uk")
    assert uk["source"] == "Сумській обласній прокуратурі"
    en = att("Two drones hit the port, the Saudi-led coalition said.", "en")
    assert en["source"] == "Saudi-led coalition"
    quoted = att("За оцінкою аналітичного центру «Світлі рубежі», росіяни знищили 40 відсотків генерації.", "uk")
    assert quoted["source"] == "Світлі рубежі"
    # a name that stands on its own keeps its words: no role or article is added
    de = att("Verteidigungsminister Jonas Brandt sagte, Litauen erhalte 18 Haubitzen.", "de")
    assert de["source"] == "Jonas Brandt"


def test_attribution_an_alliance_military_operation_speaks_as_military() -> None:
    a = att("Operation Atalanta said its frigates had escorted 14 merchant ships through the Gulf of Aden.", "en")
    assert a["source_kind"] == "military"
    un = att("UNIFIL said it had recorded 30 rockets fired across the Blue Line.", "en")
    assert un["source_kind"] == "international"


def test_attribution_what_a_seated_body_labels_does_not_speak() -> None:
    de = att("Die chinesische Botschaft in Manila nannte die Übung der KFOR eine Provokation.", "de")
    assert de["source"] == "chinesische Botschaft" and de["source_kind"] == "government"


def test_attribution_a_spelled_out_body_speaks_as_the_noun_after_its_acronym() -> None:
    text = "Gunmen attacked a depot, the Joint Stabilisation Support (JSS) mission said. JSS said two guards died."
    a = att(text, "en")
    assert a["source_entity"] == "org:joint-stabilisation-support" and a["source_kind"] == "military"


def test_attribution_having_no_information_negates_nothing() -> None:
    (c,) = claims(
        "There were also unconfirmed reports on Sunday that a second drone had hit a bus station in Kassala, "
        "but local officials said they had no information about casualties.",
        "en",
    )
    assert c["factuality"] != "negated"


def test_attribution_a_contrast_with_what_is_not_the_case_asserts_the_first() -> None:
    (ru,) = claims("Он заявил, что батальон переброшен в Белгород, а не в Курскую область.", "ru")
    assert ru["factuality"] == "reported"
    (uk,) = claims("Він заявив, що батальйон перекинули до Харкова, а не до Сум.", "uk")
    assert uk["factuality"] == "reported"
