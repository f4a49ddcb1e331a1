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


def test_roles_the_name_after_an_institute_or_project_noun_speaks() -> None:
    a = att("Nach Angaben des Osloer Instituts Baltic Arms Ledger stehen rund 60 Panzer an der Grenze.", "de")
    assert a["source"] == "Baltic Arms Ledger" and a["source_kind"] == "ngo"
    a = att("Nach einer Zählung des Projekts Sahel Strike Count wurden 300 Menschen getötet.", "de")
    assert a["source"] == "Sahel Strike Count" and a["source_kind"] == "ngo"


def test_roles_a_force_s_strength_is_no_count_it_reports() -> None:
    a = att("Die Küstenwache, wie die Marine dort heißt, zählt rund 9.000 Berufssoldaten und Wehrpflichtige.", "de")
    assert a["source_kind"] == "author" and a.get("source") is None
    a = att("Das Gesundheitsministerium zählte nach dem Luftangriff auf Gori 40 Tote.", "de")
    assert a["source_kind"] == "government"


def test_roles_an_estimate_of_a_named_body_is_reported_from_it() -> None:
    c = claims(
        "Im Osten sind nach Schätzung der georgischen Regierung etwa 5.000 russische Soldaten stationiert.", "de"
    )[0]
    assert c["factuality"] == "reported" and c["attribution"]["source"] == "georgischen Regierung"


def test_roles_a_known_place_after_a_rank_opens_a_person_s_name() -> None:
    a = att("Senior Colonel Gao Lifeng said on Tuesday that Indian troops had crossed the line with 40 soldiers.", "en")
    assert a["source"] == "Gao Lifeng" and a["source_kind"] == "military"


def test_roles_a_body_that_sets_out_its_account_speaks_the_quotation_after_it() -> None:
    text = (
        'In a statement on Monday, the Northern Command set out its account. "On May 4, a drone struck a depot '
        'near Tal Afar, causing minor damage. Air defences also intercepted two drones near Erbil." '
        "Militia leaders did not comment."
    )
    got = [(c["attribution"]["source"], c["factuality"]) for c in claims(text, "en")[:2]]
    assert got == [("Northern Command", "reported"), ("Northern Command", "reported")]


def test_roles_a_russian_or_ukrainian_speaker_granted_anonymity_is_anonymous() -> None:
    text = "Собеседник в областной администрации на условиях анонимности рассказал, что повреждены 14 домов в Шахтах."
    assert att(text, "ru")["source_kind"] == "anonymous"
    text = "Офіцер однієї з бригад, який попросив не називати його імені, розповів, що бригада отримала 12 гаубиць."
    assert att(text, "uk")["source_kind"] == "anonymous"


def test_roles_local_channels_that_began_to_post_videos_speak_as_social_media() -> None:
    text = (
        "Первые видео местные Telegram-каналы начали публиковать около трех часов ночи: слышно шесть взрывов в Шахтах."
    )
    a = att(text, "ru")
    assert a["source_kind"] == "social_media" and "Telegram-каналы" in a["source"]


def test_roles_ukraine_s_ombudsman_office_and_ground_forces_are_known_bodies() -> None:
    text = "В Офісі Уповноваженого Верховної Ради з прав людини повідомили, що отримали понад 300 скарг з Харкова."
    a = att(text, "uk")
    assert a["source_entity"] == "org:ombudsman-ukraine" and a["source_kind"] == "government"
    text = "У командуванні Сухопутних військ стверджують, що до Харкова перекинули 40 військових."
    a = att(text, "uk")
    assert a["source_entity"] == "org:ukrainian-ground-forces" and a["source_kind"] == "military"


def test_roles_a_person_introduced_by_role_is_who_a_later_pronoun_names() -> None:
    text = (
        "Die Armee wies das am Montag als Propaganda zurück. Die Politikwissenschaftlerin Grace Mbeki aus Nairobi "
        "sieht kaum Chancen für Gespräche. „Ruanda hat alles, was es will“, sagt sie. Nach ihren Berechnungen "
        "verfügt die M23 inzwischen über mindestens 8.000 Kämpfer."
    )
    assert att(text, "de")["source"] == "Grace Mbeki"


def test_roles_an_english_name_of_a_research_body_in_a_german_text() -> None:
    text = "Nach Angaben des Darfur Airstrike Monitor hat die RSF rund 300 Söldner angeworben."
    a = att(text, "de")
    assert a["source"] == "Darfur Airstrike Monitor" and a["source_kind"] == "ngo"


def test_roles_one_of_a_group_speaks_anonymously() -> None:
    c = claims(
        "Four soldiers were flown to Leh. One of them said the other side had also lost 12 men near Galwan.", "en"
    )
    assert (c[-1]["factuality"], c[-1]["attribution"]["source_kind"]) == ("reported", "anonymous")
    c = claims("Einer von ihnen sagte, auch die andere Seite habe bei Galwan zwölf Soldaten verloren.", "de")
    assert (c[-1]["factuality"], c[-1]["attribution"]["source_kind"]) == ("reported", "anonymous")


def test_roles_a_categorical_negation_denies_a_reported_statement() -> None:
    text = "Ein türkisches Flugzeug habe Lesbos zu keinem Zeitpunkt überflogen, sagte ein Ministeriumssprecher."
    assert claims(text, "de")[-1]["factuality"] == "negated"
    # a plain negation stays the statement's content
    text = "Ein Sprecher sagte, Athen werde die Gespräche mit Ankara nicht abbrechen und 40 Beobachter schicken."
    assert claims(text, "de")[-1]["factuality"] != "negated"


def test_roles_a_ministry_spokesman_with_a_military_rank_speaks_for_the_government() -> None:
    text = "The jets landed at Halim air base, defence ministry spokesman Brigadier General Arif Santoso said."
    assert att(text, "en")["source_kind"] == "government"
    text = (
        "Thailand's Ministry of Defence gave a different account. Its spokesman, Colonel Anan Sirikul, told "
        "reporters that 12 Cambodian soldiers had crossed the border."
    )
    a = att(text, "en")
    assert a["source"] == "Anan Sirikul" and a["source_kind"] == "government"
    # the spokesman of an armed force keeps its kind
    text = "Army spokesman Brigadier General Arif Santoso said 12 soldiers had crossed the border at Entikong."
    assert att(text, "en")["source_kind"] == "military"


def test_roles_the_ministry_after_its_spokesman_is_not_the_spokesman() -> None:
    text = (
        "The first jets landed at Halim air base, ministry spokesman Arif Santoso said. "
        "The ministry's procurement agency said an advance payment of $310 million for 12 KAAN fighters was made."
    )
    assert att(text, "en")["source"] != "Arif Santoso"


def test_roles_trackers_counts_and_makers_named_by_their_last_word_are_bodies() -> None:
    a = att("The independent Mekong Conflict Tracker recorded 212 civilians killed in air attacks in Shan state.", "en")
    assert a["source"] == "Mekong Conflict Tracker" and a["source_kind"] == "ngo"
    a = att("Bluefin Aeronautics, an Israeli firm, said its plant had delivered 40 drones to Morocco.", "en")
    assert a["source"] == "Bluefin Aeronautics" and a["source_kind"] == "ngo"


def test_roles_a_police_force_named_by_pattern_speaks_for_the_government() -> None:
    text = "The Galmudug Coastal Police Force said it had seized 40 rifles from a skiff off Hobyo."
    a = att(text, "en")
    assert a["source"] == "Galmudug Coastal Police Force" and a["source_kind"] == "government"


def test_roles_countering_going_further_and_tracing_are_statements() -> None:
    a = att("Israel hält dagegen, bei der Mehrheit der 40 Getöteten habe es sich um Kämpfer gehandelt.", "de")
    assert a["source"] == "Israel" and a["source_kind"] == "government"
    text = "Iran's mission to the UN went further, saying Tehran had never sent 40 drones to Yemen."
    assert att(text, "en")["source_kind"] == "government"
    text = "In its latest report, the UN Panel of Experts on Yemen traced 23 rifles seized in Somalia to Iran."
    assert att(text, "en")["source_kind"] == "international"
    text = "Im Süden kursierten am Dienstag Gerüchte, Milizen aus dem Lager hätten 12 Raketen abgefeuert."
    c = claims(text, "de")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("alleged", "anonymous")


def test_roles_a_local_authority_takes_the_town_after_it() -> None:
    a = att("Администрация Избербаша сообщила, что в здании школы развернут пункт размещения для 40 жителей.", "ru")
    assert a["source"] == "Администрация Избербаша" and a["source_kind"] == "government"
    # the town stays where it happened
    c = claims("Администрация Махачкалы сообщила, что после атаки беспилотников повреждены 14 домов.", "ru")[-1]
    assert c["attribution"]["source"] == "Администрация Махачкалы" and c["args"].get("location") == "place:makhachkala"


def test_roles_the_writer_of_a_document_that_opens_the_sentence_speaks() -> None:
    text = (
        "In einer Pressemitteilung des Führungskommandos der Marine heißt es, an der Übung nähmen 4.000 Soldaten teil."
    )
    a = att(text, "de")
    assert a["source"] == "Führungskommandos der Marine" and a["source_kind"] == "military"


def test_roles_a_generic_body_speaks_with_its_country() -> None:
    text = "Die Regierung der Republik Moldau hat Russland vorgeworfen, 400 Soldaten nach Transnistrien zu verlegen."
    a = att(text, "de")
    assert a["source"] == "Regierung der Republik Moldau" and a["source_kind"] == "government"
    a = att("Die Armee der Republik Moldau meldete 40 russische Soldaten an der Grenze.", "de")
    assert a["source"] == "Armee der Republik Moldau" and a["source_kind"] == "military"


def test_roles_the_team_of_the_person_named_last_speaks_with_them() -> None:
    text = (
        "Der Sicherheitsforscher Ion Popa aus Chisinau hält die Vorwürfe für plausibel. "
        "Sein Team zählte im Oktober auf Satellitenbildern 14 zusätzliche Militärfahrzeuge in Tiraspol."
    )
    c = claims(text, "de")[-1]
    assert (c["attribution"]["source"], c["factuality"]) == ("Ion Popa", "reported")


def test_roles_a_researcher_at_a_body_named_by_pattern_speaks_with_its_kind() -> None:
    text = (
        "Der Forscher Ion Popa vom Chisinauer Thinktank Dniester Arms Lab hält die Vorwürfe für plausibel. "
        "Nach seinen Angaben hat Russland 14 Panzer nach Tiraspol verlegt."
    )
    a = att(text, "de")
    assert a["source"] == "Ion Popa" and a["source_kind"] == "ngo"


def test_roles_the_group_is_the_armed_group_named_last() -> None:
    text = "Die M23 hat Uvira eingenommen. Ein Sprecher der Gruppe schrieb auf X, 40 Soldaten hätten sich ergeben."
    a = att(text, "de")
    assert a["source"] == "M23" and a["source_kind"] == "military"
    text = "M23 rebels took the town of Uvira. A spokesman for the group said that 40 soldiers had surrendered."
    assert att(text, "en")["source_entity"] == "org:m23"


def test_roles_a_bare_spokesman_after_the_verb_is_the_one_who_spoke_before() -> None:
    text = (
        "Речник ВМС капітан третього рангу Олег Бойко повідомив, що уражено корабель біля Севастополя. "
        "Це вже другий гелікоптер Мі-8, знищений у такий спосіб від початку року, додав речник."
    )
    c = claims(text, "uk")[-1]
    assert (c["attribution"]["source"], c["attribution"]["source_kind"]) == ("Олег Бойко", "military")


def test_roles_the_channel_is_the_channel_named_before() -> None:
    text = (
        "Телеграм-канал «Гомельский дозор» сообщил о движении техники. По данным канала, ночью через станцию "
        "Калинковичи проследовали два эшелона с 40 танками, возвращавшиеся в Россию."
    )
    a = att(text, "ru")
    assert a["source"] == "Гомельский дозор" and a["source_kind"] == "social_media"


def test_roles_its_press_service_speaks_for_the_firm_named_before() -> None:
    text = (
        "Одним із виробників дронів стала приватна компанія «Степові крила». Її пресслужба повідомила, що "
        "підприємство подвоїло випуск і виготовляє до 40 дронів на місяць."
    )
    a = att(text, "uk")
    assert a["source"] == "Степові крила" and a["source_kind"] == "ngo"


def test_roles_the_name_after_a_two_word_kind_noun_speaks() -> None:
    a = att("The think tank Sahel Strike Group said nine strikes had hit villages near Gao.", "en")
    assert a["source"] == "Sahel Strike Group" and a["source_kind"] == "ngo"


def test_roles_a_body_that_portrays_and_then_issues_a_statement_speaks_it() -> None:
    text = (
        "Oberst Kari Lund sagte, zwei Fregatten hätten sich der Küste genähert. Die Nordflotte selbst stellt das "
        "Ganze als Routine dar. In einer Mitteilung hieß es, die Schiffe hätten mit 40 Flugzeugen nur geübt."
    )
    a = att(text, "de")
    assert a["source_entity"] == "org:northern-fleet" and a["source_kind"] == "military"


def test_roles_the_head_of_a_body_in_apposition_speaks_with_its_kind() -> None:
    text = "Olena Hrytsai, head of the Poltava regional administration, wrote on Telegram that 40 people were hurt."
    a = att(text, "en")
    assert a["source"] == "Olena Hrytsai" and a["source_kind"] == "government"
    text = "Jan Kos, managing director of Eastgate Logistics, said the firm had shipped 40 drones to Kenya."
    a = att(text, "en")
    assert a["source"] == "Jan Kos" and a["source_kind"] == "ngo"


def test_roles_a_ministry_spokesman_keeps_its_kind_when_named_again_by_rank() -> None:
    text = (
        "The jets landed at Halim, ministry spokesman Brigadier General Arif Santoso told reporters. "
        "Brigadier General Santoso denied that talks on 12 more jets were under way."
    )
    assert att(text, "en")["source_kind"] == "government"


def test_roles_a_directorate_named_by_pattern_speaks_for_the_government() -> None:
    text = "The defence ministry's Directorate of Armoured Production says its plant at Batna has built 40 vehicles."
    a = att(text, "en")
    assert a["source"] == "Directorate of Armoured Production" and a["source_kind"] == "government"


def test_roles_a_quantified_body_names_no_source() -> None:
    text = (
        "Industry sources in Kazan told Air Trade Monitor that Algiers has ordered twelve of the aircraft in all; "
        "neither government has published a figure."
    )
    assert att(text, "en")["source_kind"] == "anonymous"


def test_roles_its_spokesman_after_a_government_body_no_mention_names() -> None:
    text = (
        "The junta's information team rejected the accounts. Its spokesman, Major General Aung Lwin, said the air "
        "force had struck a camp and killed 40 fighters."
    )
    assert att(text, "en")["source_kind"] == "government"
    # the spokesman of an armed force keeps the armed force's kind
    text = "The army rejected the accounts. Its spokesman, Major General Aung Lwin, said 40 fighters were killed."
    assert att(text, "en")["source_kind"] == "military"


def test_roles_suspecting_that_is_an_uncertain_statement_of_its_subject() -> None:
    c = claims("Some regional analysts suspect that the Houthis resell 40 rifles to Somali groups for cash.", "en")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("uncertain", "anonymous")
    c = claims("Westliche Diplomaten vermuten, dass die Huthi 40 Gewehre an somalische Gruppen verkaufen.", "de")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("uncertain", "anonymous")
