"""Names, descriptions and the bodies they point to: rules from session 26 (invented sentences)."""

from typing import Any

import lagebild

from .test_kinds import att, claims


def people(text: str, lang: str) -> list[str]:
    doc: dict[str, Any] = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()
    return [e["name"] for e in doc["entities"] if e["type"] == "person"]


def test_descriptions_a_particle_before_a_body_opens_no_noble_name() -> None:
    text = "Die Analystin Mira Kalden von Baltic Monitor hält eine neue Offensive für möglich."
    assert people(text, "de") == ["Mira Kalden"]


def test_descriptions_a_pronoun_takes_the_kind_of_the_body_its_person_works_for() -> None:
    text = (
        "Der Analyst Tomas Verhulst von Caspian Watch hält eine Offensive für möglich. "
        "Aserbaidschan habe 3.000 Soldaten an die Grenze verlegt, sagte er."
    )
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Tomas Verhulst", "ngo")


def test_descriptions_the_service_is_the_body_that_spoke_before() -> None:
    text = (
        "Der finnische Nachrichtendienst geht davon aus, dass Russland 40 Kampfjets nach Karelien verlegt hat. "
        "Die Reichweite der Raketen beziffert der Dienst auf bis zu 500 Kilometer."
    )
    a = att(text, "de")
    assert (a["source_kind"], a["cue"]) == ("intelligence", "beziffert")


def test_descriptions_had_it_announced_is_a_cue() -> None:
    text = "Der Gouverneur ließ auf Anfrage mitteilen, seit Juni seien 23 Schiffe kontrolliert worden."
    assert att(text, "de")["cue"] == "ließ auf Anfrage mitteilen"


def test_descriptions_the_latest_report_of_a_body_is_its_source() -> None:
    text = "Nach dem jüngsten Bericht der OSZE wurden im Mai 14 Dörfer beschossen."
    a = att(text, "de")
    assert a["source_kind"] == "international"


def test_descriptions_a_papers_own_information_is_unnamed_sources() -> None:
    text = "Nach KURIER-Informationen kreisten in der Nacht mindestens fünf Drohnen über dem Hafen von Kiel."
    c = claims(text, "de")[-1]
    assert (c["attribution"]["source_kind"], c["factuality"]) == ("anonymous", "reported")


def test_descriptions_a_german_body_name_may_hold_an_adjective() -> None:
    text = "Der Experte Arne Bruhns vom Zentrum für maritime Sicherheit sagt, es seien 12 Drohnen gewesen."
    assert att(text, "de")["source"] == "Zentrum für maritime Sicherheit"


def test_descriptions_points_to_is_a_cue_and_the_clause_after_it_holds_no_speaker() -> None:
    text = "Das Innenministerium verweist darauf, dass die Polizei bis zum Frühjahr sechs Abwehrsysteme erhalten soll."
    a = att(text, "de")
    assert (a["source"], a["cue"]) == ("Innenministerium", "verweist darauf")


def test_descriptions_a_name_described_as_a_gang_is_no_person() -> None:
    text = "The navy blamed Los Caimanes, a smuggling gang that runs boats along the coast, for the attack."
    assert people(text, "en") == []
    text = "Maria Quispe, a party official, said 12 soldiers were killed."
    assert people(text, "en") == ["Maria Quispe"]


def test_descriptions_an_unowned_spokesman_speaks_for_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "Minister Karl Aalto sagte, man müsse von 12 Drohnen ausgehen. "
        "Die Küstenwache hat dafür nach eigenen Angaben keine Hinweise gefunden. "
        "Ein Sprecher verwies darauf, dass in der Nacht kein Schiff länger als eine Stunde vor dem Hafen gelegen habe."
    )
    assert att(text, "de", 1)["source"] == "Küstenwache"


def test_descriptions_a_feminine_adjective_before_its_noun_is_no_surname() -> None:
    text = "За даними Національної поліції, з початку року зникли безвісти понад 12 тисяч людей."
    assert "Національної" not in people(text, "uk")
    assert att(text, "uk")["source_kind"] == "government"


def test_descriptions_a_village_ends_where_a_given_name_starts() -> None:
    text = "Мешканка села Липівка Ганна Коваль розповідає, що вночі чула щонайменше п'ять вибухів."
    a = att(text, "uk")
    assert (a["source"], a["source_kind"]) == ("Ганна Коваль", "person")


def test_descriptions_a_given_name_and_a_surname_name_a_person_the_ner_missed() -> None:
    text = "«Проснулась от гула», — рассказала нашему изданию жительница улицы Радио Мария Гусева."
    assert people(text, "ru") == ["Мария Гусева"]


def test_descriptions_the_head_of_a_foundation_speaks_for_it() -> None:
    text = "Голова фонду Ірина Савчук розповіла, що кожен катер коштує близько 8 мільйонів гривень."
    assert att(text, "uk")["source_kind"] == "ngo"
    text = "Керівниця фонду Ірина Савчук розповіла, що кожен катер коштує близько 8 мільйонів гривень."
    assert att(text, "uk")["source_kind"] == "ngo"


def test_descriptions_a_ministry_named_before_is_not_the_company_of_its_cofounder() -> None:
    text = (
        "Міністерство оборони України повідомило, що закупило 400 перехоплювачів. "
        "Одним із виробників є компанія «Сокіл». "
        "«Наш перехоплювач розганяється до 300 кілометрів на годину», — розповів співзасновник компанії "
        "Андрій Мельник."
    )
    assert att(text, "uk")["source_kind"] == "ngo"


def test_descriptions_as_television_showed_names_the_broadcaster() -> None:
    text = "Как показало кубинское государственное телевидение, при входе в порт фрегат произвел салют из 21 залпа."
    assert att(text, "ru")["source_kind"] == "media"


def test_descriptions_her_words_after_a_quotation_closed_by_a_pronoun_are_the_woman_named_before_it() -> None:
    text = (
        "Юрист правозащитного проекта «Свобода выхода» Анна Белова объясняет разницу просто. "
        "«Дезертирство нужно доказать. Самовольное оставление доказывать не нужно», — говорит она. "
        "По ее словам, около 70% ее подзащитных ушли из части после ранения."
    )
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Анна Белова", "ngo")


def test_descriptions_his_words_after_an_unnamed_insider_are_unnamed() -> None:
    text = (
        "Министерство обороны России заявило, что 40 дронов были сбиты над Курском. "
        "Иначе описывает происходящее офицер штаба бригады, который согласился поговорить на условиях анонимности. "
        "По его словам, в сентябре рота потеряла убитыми 37 человек из 120."
    )
    assert att(text, "ru")["source_kind"] == "anonymous"
    text = (
        "«Наш дрон розганяється до 310 кілометрів на годину», — розповів співзасновник компанії Остап Рибак. "
        "Керівник іншого підприємства, який попросив не називати ні його, ні компанію, розповів нам, що з серпня "
        "постачання двигунів з Китаю скоротилося вдвічі. За його словами, частину компонентів тепер завозять "
        "через треті країни."
    )
    assert att(text, "uk")["source"] != "Остап Рибак"


def test_descriptions_a_ukrainian_surname_goes_on_after_its_apostrophe() -> None:
    text = "Дальність ракети сягає 900 кілометрів, вважає військовий експерт Олег Солов'яненко."
    assert people(text, "uk") == ["Олег Солов'яненко"]


def test_descriptions_a_noun_that_opens_a_sentence_is_no_surname() -> None:
    text = "Дальність KN-23 сягає близько 900 кілометрів, повідомили у Повітряних силах."
    assert people(text, "uk") == []


def test_descriptions_a_quoted_name_after_a_public_page_or_an_initiative_speaks() -> None:
    text = "Паблик «Вести Заречья» выложил видео, на котором над заводом поднимается столб дыма и видны 3 пожара."
    assert att(text, "ru")["source"] == "Вести Заречья"
    text = "За оцінкою ініціативи «Чисте небо», у полоні перебувають від восьми до десяти тисяч людей."
    a = att(text, "uk")
    assert (a["source"], a["source_kind"]) == ("Чисте небо", "ngo")


def test_descriptions_a_group_of_researchers_speaks_by_its_quoted_name() -> None:
    text = "Независимая группа исследователей «Военный архив», которая ведет свою базу, насчитала 9 800 приговоров."
    assert att(text, "ru")["source"] == "Военный архив"


def test_descriptions_officials_of_a_state_or_a_city_speak_for_its_government() -> None:
    text = "Drones have attacked at least six villages in the mountains since late September, state officials said."
    assert att(text, "en")["source_kind"] == "government"


def test_descriptions_an_owners_described_institution_speaks_whole() -> None:
    text = "Four people have been killed and 17 wounded, according to Tixtla's state security ministry."
    assert att(text, "en")["source"] == "Tixtla's state security ministry"


def test_descriptions_claims_that_circulated_are_alleged_hearsay() -> None:
    text = "Claims also circulated on Facebook over the weekend that a soldier had been killed by a drone near Iguala."
    c = claims(text, "en")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("alleged", "anonymous")
    text = "In Iguala, rumours circulated that the gang had obtained 40 kilograms of explosives from a rebel faction."
    assert claims(text, "en")[-1]["factuality"] == "alleged"


def test_descriptions_locals_are_unnamed_sources() -> None:
    text = "In Tlaxco, locals said troops reached the village more than three hours after an attack in which 4 died."
    assert att(text, "en")["source_kind"] == "anonymous"


def test_descriptions_a_numbered_unit_speaks_as_the_military() -> None:
    text = "The army's 12th Military Zone, which is based in Oaxaca, denied that any soldier had been killed there."
    a = att(text, "en")
    assert (a["source"], a["source_kind"]) == ("12th Military Zone", "military")


def test_descriptions_a_channel_that_opens_an_impersonal_cue_speaks() -> None:
    text = (
        "Die Miliz bestritt die Angaben. Auf einem ihr nahestehenden Telegram-Kanal hieß es am Abend, "
        "kein einziger Kämpfer sei ums Leben gekommen."
    )
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Telegram-Kanal", "social_media")


def test_descriptions_its_spokesman_speaks_for_the_body_named_last() -> None:
    text = (
        "The Libyan National Army denied receiving any new weapons. "
        '"The flights carried 40 tonnes of spare parts for civilian infrastructure," its spokesman said.'
    )
    a = att(text, "en")
    assert (a["source"], a["source_kind"]) == ("Libyan National Army", "military")


def test_descriptions_a_bare_officer_who_speaks_is_unnamed() -> None:
    text = "Офицер утверждает, что в регион зимой прибыли около 1 000 саперов."
    assert att(text, "ru")["source_kind"] == "anonymous"
    text = "Офіцер стверджує, що в регіон взимку прибули близько 1 000 саперів."
    assert att(text, "uk")["source_kind"] == "anonymous"


def test_descriptions_a_firms_director_speaks_for_the_firm() -> None:
    text = "Brightwater's managing director, Paul Okafor, said the company had never sold 40 parts to the army."
    assert att(text, "en")["source_kind"] == "ngo"
    text = "It now completes about 20 drones a month, export director Selim Aydın said in an interview."
    assert att(text, "en")["source_kind"] == "ngo"


def test_descriptions_deren_analyst_speaks_for_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "Das Zentrum für Sicherheitsdialog hält diese Darstellung für unglaubwürdig, zumal die Armee schweigt. "
        "Auf Satellitenbildern seien vier Startfahrzeuge zu erkennen, sagte deren Analyst Goran Petrić."
    )
    assert att(text, "de")["source_kind"] == "ngo"


def test_descriptions_the_owner_of_a_farm_firm_speaks_for_it() -> None:
    text = (
        "Власник агрофірми «Зелений лан» Микола Мороз таку версію відкидає. "
        "«Там зберігали 300 тонн пшениці — жодних снарядів там не було», — сказав він."
    )
    assert att(text, "uk")["source_kind"] == "ngo"


def test_descriptions_calling_a_report_unreliable_or_speculation_denies_it() -> None:
    text = "В пресс-службе флота эти сведения назвали недостоверными: все 12 зенитных подразделений на месте."
    assert claims(text, "ru")[-1]["factuality"] == "negated"
    text = (
        "Die Drohnen sollen von einem Frachter gestartet sein. Ein Sprecher der Bundespolizei nannte das "
        "„reine Spekulation“; das Schiff habe 300 Tonnen Dünger geladen."
    )
    assert claims(text, "de")[-1]["factuality"] == "negated"


def test_descriptions_a_platform_named_before_the_verb_supplies_nothing() -> None:
    text = "Военный Telegram-канал «Восточный форпост» написал, что на Итуруп перебросили еще две пусковые установки."
    assert claims(text, "ru")[-1]["args"].get("supplier") != "country:AE"


def test_descriptions_a_state_arms_exporter_sells_for_its_state() -> None:
    text = "Портфель заказов «Рособоронэкспорта» за девять месяцев превысил 63 млрд долларов, сообщил источник."
    assert claims(text, "ru")[-1]["args"].get("supplier") == "country:RU"


def test_descriptions_trains_of_munitions_that_kept_arriving_are_a_transfer() -> None:
    text = "В 2025 году ежемесячно в Россию прибывало от 15 до 20 составов с северокорейскими боеприпасами."
    c = claims(text, "ru")[-1]
    assert (c["type"], c["args"].get("supplier")) == ("arms_transfer", "country:KP")
    text = "У 2025 році щомісяця до Росії прибувало від 15 до 20 составів із північнокорейськими боєприпасами."
    assert claims(text, "uk")[-1]["type"] == "arms_transfer"


def test_descriptions_a_small_town_after_a_preposition_is_a_place() -> None:
    text = "Nach Angaben der Armee sollen bis Februar 400 amerikanische Soldaten in Vilseck eintreffen."
    assert claims(text, "de")[-1]["args"].get("location") == "place:vilseck"


def test_descriptions_a_source_names_the_whole_phrase_of_a_known_body() -> None:
    text = "Nach Angaben des Gemeinsamen Stabs der Selbstverteidigungsstreitkräfte durchquerten 2 Schiffe die Meerenge."
    assert att(text, "de")["source"] == "Gemeinsamen Stabs der Selbstverteidigungsstreitkräfte"
    text = "Myanmar jets bombed Kani township. At least 26 civilians were killed, the Kani People's Defence Force said."
    assert att(text, "en")["source"] == "Kani People's Defence Force"
    text = "Das UN-Expertengremium für Libyen kam zu dem Schluss, dass 14 Frachtflüge Waffen nach Bengasi brachten."
    assert att(text, "de")["source"].startswith("UN-Expertengremium")


def test_descriptions_words_off_the_record_from_a_body_are_unnamed() -> None:
    text = "Aus dem Ministerium hieß es hinter vorgehaltener Hand, die Auslieferung der 12 Systeme verzögere sich."
    assert att(text, "de")["source_kind"] == "anonymous"


def test_descriptions_a_capitalised_participle_that_opens_a_sentence_is_no_name() -> None:
    text = "Unverified reports on Georgian Telegram channels claimed overnight that a second soldier had died."
    assert att(text, "en")["source_kind"] == "social_media"


def test_descriptions_whom_it_describes_keeps_the_main_clause_speaker() -> None:
    text = (
        "The Israeli military also says it killed a senior Hezbollah commander, Mahmoud Kamel Ayoub, whom it "
        "describes as the head of a rocket unit."
    )
    assert att(text, "en")["source"] == "Israeli military"


def test_descriptions_a_place_after_a_given_name_is_a_surname() -> None:
    text = (
        "Губернатор области Андрей Черкасов сообщил, что над регионом уничтожены 17 беспилотников. "
        "В районе, как уточнил Черкасов, из-за пожара временно отселены около 300 человек."
    )
    assert people(text, "ru") == ["Андрей Черкасов"]
    assert att(text, "ru")["source"] in ("Андрей Черкасов", "Черкасов")


def test_descriptions_the_eu_external_action_service_is_known_in_ukrainian() -> None:
    text = "За даними Європейської служби зовнішніх дій, місія підготувала понад 75 тисяч українських військових."
    assert att(text, "uk")["source_kind"] == "international"


def test_descriptions_a_bare_acronym_after_a_bodys_name_names_it() -> None:
    text = (
        "Die ruandischen Streitkräfte RDF erklärten, 17 Aufständische getötet zu haben. "
        "Ein Sprecher der RDF bestritt, dass 12 Zivilisten getötet worden seien."
    )
    assert att(text, "de")["source_kind"] == "military"


def test_descriptions_a_railways_press_service_speaks_as_a_company() -> None:
    text = "У пресслужбі Південно-Західної залізниці заявили, що в неділю вранці затримали 12 поїздів."
    assert att(text, "uk")["source_kind"] == "ngo"
    text = "В пресс-службе Восточно-Сибирской железной дороги заявили, что в воскресенье задержали 12 поездов."
    assert att(text, "ru")["source_kind"] == "ngo"


def test_descriptions_unofficial_information_is_unnamed() -> None:
    text = (
        "Речник відомства повідомив, що 3 бригади пройшли навчання. "
        "Ще дві бригади, за неофіційною інформацією, можуть нині проходити підготовку у Франції."
    )
    assert att(text, "uk")["source_kind"] == "anonymous"
    text = "Nach inoffiziellen Angaben sollen 2 weitere Brigaden in Frankreich ausgebildet werden."
    assert att(text, "de")["source_kind"] == "anonymous"
