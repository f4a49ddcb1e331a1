"""Source kinds: which kind of body a source speaks for, on invented sentences (packaged KB)."""

from typing import Any

import lagebild


def claims(text: str, lang: str) -> list[dict[str, Any]]:
    return list(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"])


def att(text: str, lang: str, i: int = -1) -> dict[str, Any]:
    return dict(claims(text, lang)[i]["attribution"])


def test_kinds_german_role_noun_in_the_genitive() -> None:
    a = att("Nach Angaben des Gouverneurs Pjotr Malzew wurden in Kupjansk drei Menschen getötet.", "de")
    assert a["source_kind"] == "government" and a["source"] == "Pjotr Malzew"
    a = att("Nach Angaben des Kommandeurs Taras Hrytsenko wurden bei Kupjansk zwei Panzer zerstört.", "de")
    assert a["source_kind"] == "military"


def test_kinds_an_unnamed_person_speaks_anonymously_to_the_outlet_it_addresses() -> None:
    a = att("Eine mit den Plänen vertraute Person sagte, Iran habe Russland 200 Raketen geliefert.", "de")
    assert a["source_kind"] == "anonymous" and a["source"] == "Person"
    a = att(
        "Eine Person aus dem Umfeld der Regierung sagte der „Welt“, Iran habe Russland 200 Raketen geliefert.", "de"
    )
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_kinds_an_outlet_quoting_a_bodys_spokesman_relays_the_body() -> None:
    a = att(
        "Reuters quoted a spokesman for the Defence Ministry as saying 30 missiles had been delivered to Iran.", "en"
    )
    assert a["source_kind"] == "government" and a["source"] == "Defence Ministry"
    a = att(
        "Die Agentur Tass zitierte den Sprecher des Außenministeriums, Russland habe 30 Raketen an Iran geliefert.",
        "de",
    )
    assert a["source_kind"] == "government" and "Außenministeriums" in a["source"]
    a = att("Reuters quoted an official as saying 30 missiles had been delivered to Iran.", "en")
    assert a["source_kind"] == "media"  # an unnamed official stays with the outlet that relays them


def test_kinds_a_named_body_whose_belief_circles_relay_speaks() -> None:
    (c,) = claims(
        "Aus Regierungskreisen hieß es, der Verfassungsschutz gehe davon aus, dass Russland 300 Drohnen an Belarus "
        "geliefert habe.",
        "de",
    )
    assert c["attribution"]["source_entity"] == "org:bfv" and c["factuality"] == "uncertain"


def test_kinds_a_place_before_an_english_body_is_its_name() -> None:
    a = att("Three people were killed in Kupiansk, according to the Kharkiv regional administration.", "en")
    assert a["source"] == "Kharkiv regional administration" and a["source_kind"] == "government"


def test_kinds_a_blogger_speaks_for_himself_under_his_pen_name() -> None:
    a = att('A pro-Russian military blogger writing under the name "Sea Fox" said that two ships were hit.', "en")
    assert a["source_kind"] == "social_media" and a["source"] == "Sea Fox"
    a = att("Военный блогер под ником «Морской волк» написал в Telegram, что были поражены два корабля.", "ru")
    assert a["source"] == "Морской волк"


def test_kinds_a_body_whose_members_stay_unnamed_still_speaks() -> None:
    a = att("The Red Crescent Society, whose staff asked not to be named, said 12 people were killed in Gaza.", "en")
    assert a["source"] == "The Red Crescent Society" and a["source_kind"] == "ngo"
    a = att("Two officials, who asked not to be named, said 12 people were killed in Gaza.", "en")
    assert a["source_kind"] == "anonymous"
    a = att("The Hpa Kant Rescue Team said about 40 people were wounded.", "en")
    assert a["source_kind"] == "ngo"


def test_kinds_plural_intelligence_bodies_keep_their_noun() -> None:
    a = att("Iran has shipped 200 missiles to Russia, Western intelligence agencies say.", "en")
    assert a["source"] == "Western intelligence agencies" and a["source_kind"] == "intelligence"


def test_kinds_russian_and_ukrainian_body_names_keep_locative_adjectives_and_the_countrys_genitive() -> None:
    a = att("Как сообщили в региональном правительстве, обломки беспилотника повредили линию электропередачи.", "ru")
    assert a["source"] == "региональном правительстве"
    a = att("Литва передала Україні дві системи NASAMS, повідомило Міністерство оборони країни.", "uk")
    assert a["source"] == "Міністерство оборони країни"


def test_kinds_a_body_after_v_speaks_for_a_plural_verb_not_the_object_after_it() -> None:
    cs = claims(
        "Армия России сообщила о захвате села. В Генштабе ВСУ ранее отрицали потерю Широкого Брода, заявив, что бои "
        "за село продолжаются.",
        "ru",
    )
    a = cs[-1]["attribution"]
    assert a["source_entity"] == "org:general-staff-ukraine" and a["source_kind"] == "military"


def test_kinds_a_regional_health_department_is_government() -> None:
    a = att(
        "У лікарнях міста перебувають п'ятеро постраждалих, повідомили в обласному управлінні охорони здоров'я.", "uk"
    )
    assert a["source_kind"] == "government" and "управлінні охорони здоров'я" in a["source"]
    a = att("В больницах города находятся пятеро пострадавших, сообщили в областном управлении здравоохранения.", "ru")
    assert a["source_kind"] == "government" and "управлении здравоохранения" in a["source"]


def test_kinds_a_russian_institute_name_runs_through_genitive_plurals() -> None:
    a = att("Аналитики Института военных разработок и поставок подсчитали, что Россия получила 80 дронов.", "ru")
    assert a["source"].endswith("Института военных разработок и поставок") and a["source_kind"] == "ngo"


def test_kinds_a_russian_federal_agency_speaks_as_government() -> None:
    a = att(
        "Как сообщил официальный представитель Росавиации Петр Сомов, в аэропорту Курска повреждены два самолета.", "ru"
    )
    assert a["source_kind"] == "government"


def test_kinds_a_document_named_before_its_impersonal_cue_has_the_body_named_before_as_writer() -> None:
    cs = claims(
        "Минобороны России сообщило о 40 сбитых дронах. Как сообщил губернатор Иван Петров, пострадали два человека. "
        "В сводке военного ведомства также говорится, что подразделения взяли под контроль село Новое.",
        "ru",
    )
    assert cs[-1]["attribution"]["source_entity"] == "org:mod-russia"


def test_kinds_a_regional_power_company_speaks_as_a_company() -> None:
    a = att("Без світла залишалися 8 тисяч абонентів у Коростені, повідомили в Житомиробленерго.", "uk")
    assert a["source_kind"] == "ngo" and a["source"] == "Житомиробленерго"


def test_kinds_a_russian_institute_keeps_two_adjectives_before_its_noun() -> None:
    a = att(
        "Специалисты Одесского научно-исследовательского института судебных экспертиз установили, что "
        "Россия использовала 40 ракет.",
        "ru",
    )
    assert a["source"].startswith("Одесского научно-исследовательского института судебных экспертиз")


def test_kinds_a_german_association_keeps_its_members_genitive_and_admitting_is_saying() -> None:
    a = att(
        "Der Landesverband der Kutter- und Küstenfischer Niedersachsen teilte mit, dass 40 Boote beschädigt wurden.",
        "de",
    )
    assert a["source"] == "Landesverband der Kutter- und Küstenfischer Niedersachsen" and a["source_kind"] == "ngo"
    a = att(
        "Das polnische Verteidigungsministerium hat eingeräumt, dass sich die Lieferung von 30 Panzern verzögert.", "de"
    )
    assert a["source_kind"] == "government" and a["cue"] == "eingeräumt"


def test_kinds_the_head_of_a_body_speaks_for_it_unless_former() -> None:
    a = att(
        "Der Leiter der staatlichen Rüstungsbehörde SSB, Mehmet Yılmaz, bezifferte die Exporte auf 7 Milliarden.", "de"
    )
    assert a["source_kind"] == "government" and a["source_entity"] == "person:mehmet-ylmaz"
    a = att(
        "Der frühere Leiter der staatlichen Rüstungsbehörde SSB, Mehmet Yılmaz, sagte, Iran habe Raketen geliefert.",
        "de",
    )
    assert a["source_kind"] == "person"


def test_kinds_a_report_speaks_for_the_body_that_published_it() -> None:
    a = att("Laut einem Bericht des Verteidigungsausschusses des Parlaments wurden 54 Raketenwerfer bestellt.", "de")
    assert a["source"] == "Verteidigungsausschusses" and a["source_kind"] == "government"
    a = att("According to a report by the parliamentary defence committee, 54 launchers were ordered.", "en")
    assert a["source"] == "parliamentary defence committee"
    a = att(
        "Die Zahl steht in einem Bericht des Haushaltsausschusses, demzufolge 54 Raketenwerfer bestellt wurden.",
        "de",
    )
    assert a["source"] == "Haushaltsausschusses" and a["cue"] == "demzufolge"


def test_kinds_border_guards_and_a_channels_authors() -> None:
    a = att("Представитель Госпогранслужбы Украины Олег Петренко утверждал, что к границе прибыли 3000 солдат.", "ru")
    assert a["source_kind"] == "government"
    a = att(
        "Речник Держприкордонслужби Олег Петренко заявив, що біля кордону перебувають 3000 російських солдатів.", "uk"
    )
    assert a["source_kind"] == "government"
    a = att("В том же посте авторы канала утверждали, что «Герань-3» развивает скорость до 800 километров в час.", "ru")
    assert a["source_kind"] == "social_media"


def test_kinds_a_numbered_units_press_service_issues_its_release() -> None:
    text = (
        "Тиждень на Покровському напрямку\n\nПресслужба 47-ї окремої механізованої бригади\n\n"
        "За тиждень підрозділи бригади знищили 12 танків і 30 бойових броньованих машин."
    )
    a = lagebild.analyze(text, lang="uk", published="2026-01-17").to_dict()["claims"][0]["attribution"]
    assert a["source"] == "47-ї окремої механізованої бригади" and a["source_kind"] == "military"
    text = text.replace("механізованої бригади\n", "механізованої бригади ЗСУ. 17 січня 2026 року.\n")
    a = lagebild.analyze(text, lang="uk", published="2026-01-17").to_dict()["claims"][0]["attribution"]
    assert a["source"] == "47-ї окремої механізованої бригади"  # the first body named, not the ЗСУ after it


def test_kinds_russian_ministries_by_short_name_and_passive_output() -> None:
    (c,) = claims("Как сообщили в Минпромторге, в 2025 году произведено 1200 танков.", "ru")
    assert c["type"] == "production" and c["attribution"]["source"] == "Минпромторге"
    assert c["attribution"]["source_kind"] == "government"


def test_kinds_an_interviewee_introduced_with_a_copula_speaks_for_the_body() -> None:
    text = (
        "Interview by Mark Ellis\n\nDana Whitfield is a senior fellow at the Meridian Security Institute in London.\n\n"
        "Q: How many missiles have the Houthis fired at ships this year?\n\n"
        "Whitfield: By our count, at least 140 anti-ship missiles were fired at ships since January."
    )
    a = lagebild.analyze(text, lang="en", published="2026-04-09").to_dict()["claims"][-1]["attribution"]
    assert a["source_entity"] == "person:dana-whitfield" and a["source_kind"] == "ngo"


def test_kinds_a_german_sie_before_a_singular_verb_is_the_woman_named_before() -> None:
    cs = claims(
        "Die Analystin Lena Brandt beobachtet die Lage seit Jahren. Sie sagte, Russland habe 300 Drohnen nach Belarus "
        "verlegt.",
        "de",
    )
    assert cs[-1]["attribution"]["source_entity"] == "person:lena-brandt"


def test_kinds_by_his_count_goes_on_with_the_last_speaker() -> None:
    cs = claims(
        "Аналітик Олег Петренко з Центру оборонних стратегій заявив, що Україна отримала 40 танків.\n\n"
        "За його підрахунками, з обіцяного Україна отримала лише 60% озброєння.",
        "uk",
    )
    assert cs[-1]["factuality"] == "reported" and cs[-1]["attribution"]["source_kind"] == "ngo"


def test_kinds_a_hyphenated_institute_is_an_ngo() -> None:
    a = att(
        "Der Analyst Jan Reimers vom Hamburger Nordsee-Institut für Sicherheit schätzt, dass Iran Raketen lieferte.",
        "de",
    )
    assert a["source_kind"] == "ngo"


def test_kinds_believed_in_a_body_speaks_from_the_body() -> None:
    a = att("Росія, ймовірно, отримала 40 ракет, вважають в Інституті вивчення війни.", "uk")
    assert a["source_entity"] == "org:isw" and a["source_kind"] == "ngo"


def test_kinds_a_forum_is_a_research_body() -> None:
    text = (
        '"The front has moved," said Amira Haddad, an analyst at the Cairo-based Nile Strategy Forum. '
        "Haddad said the militia had received at least 30 armed drones since the spring."
    )
    a = att(text, "en")
    assert a["source_kind"] == "ngo" and a["source_entity"] == "person:amira-haddad"


def test_kinds_a_person_who_leads_a_body_named_before_speaks_for_it() -> None:
    text = (
        "Satellitenbilder zeigen nach einer Analyse des Kieler Forums für Arktisstudien neue Hangars. "
        "„Das ist kein Manöver“, sagt die Geografin Ulla Brenner, die das Forum leitet. "
        "Sie schätzt, dass Russland inzwischen 40 Kampfflugzeuge auf der Halbinsel stationiert hat."
    )
    a = att(text, "de")
    assert a["source_kind"] == "ngo" and a["source_entity"] == "person:ulla-brenner"


def test_kinds_a_count_in_the_possessive_goes_with_its_owner() -> None:
    text = (
        "Der Konfliktforscher Mats Ohlin vom Bonner Institut für Friedensfragen sprach von einer Eskalation. "
        "Nach Ohlins Zählung hat die Miliz seit Januar mindestens neun Angriffe auf Konvois verübt."
    )
    a = att(text, "de")
    assert a["source_kind"] == "ngo" and a["source_entity"] == "person:mats-ohlin"
    text = (
        "Der Konfliktforscher Mats Ohlin vom Bonner Institut für Friedensfragen sprach von einer Eskalation. "
        "Nach seiner Zählung hat die Miliz seit Januar mindestens neun Angriffe auf Konvois verübt."
    )
    a = att(text, "de")
    assert a["source_kind"] == "ngo" and a["source_entity"] == "person:mats-ohlin"
    text = (
        "Das Finanzministerium bezifferte die Kosten auf zwei Milliarden Euro. „Es geht um Tempo“, sagt die "
        "Ökonomin Ewa Lis vom Danziger Institut für Wehrwirtschaft. Nach ihren Berechnungen entfallen "
        "rund 30 Prozent der Rüstungsimporte seit 2022 auf Südkorea."
    )
    a = att(text, "de")
    assert a["source_entity"] == "person:ewa-lis" and a["source_kind"] == "ngo"


def test_kinds_a_surname_after_laut_is_the_person_named_before() -> None:
    text = (
        "Der Konfliktforscher Mats Ohlin vom Bonner Institut für Friedensfragen sprach von einer Eskalation. "
        "Laut Ohlin hat die Miliz dabei 40 Soldaten getötet."
    )
    a = att(text, "de")
    assert a["source_entity"] == "person:mats-ohlin" and a["source_kind"] == "ngo"


def test_kinds_hiess_es_darin_goes_on_with_the_statement_named_before() -> None:
    text = (
        "Das kroatische Verteidigungsministerium reagierte am Montag mit einer kurzen Mitteilung. "
        "Bei den Flügen habe es sich um Ersatzteile gehandelt, hieß es darin. "
        "Neue Kampfflugzeuge seien „weder bestellt noch geliefert“ worden."
    )
    a = att(text, "de")
    assert a["source_kind"] == "government" and a["source"] == "kroatische Verteidigungsministerium"


def test_kinds_an_unnamed_role_before_a_name_yields_to_the_name() -> None:
    a = att("Laut dem Sicherheitsexperten Dr. Arne Kessler verfügt Russland über 300 Raketen dieses Typs.", "de")
    assert a["source_entity"] == "person:arne-kessler" and a["source_kind"] == "person"
    a = att("Laut dem Experten Arne Kessler verfügt Russland über 300 Raketen dieses Typs.", "de")
    assert a["source_entity"] == "person:arne-kessler"
    a = att("Laut Experten verfügt Russland über 300 Raketen dieses Typs.", "de")
    assert a["source_kind"] == "anonymous"


def test_kinds_an_interviewee_who_heads_a_programme_speaks_for_its_body() -> None:
    text = (
        "We spoke to Dr. Maren Holt, who heads the drone programme at the Baltic Centre for Naval Studies.\n\n"
        "Q: How many drones have been launched?\n\n"
        "Holt: By our count, the militia has launched at least 60 drones at ships since March."
    )
    a = att(text, "en")
    assert a["source_entity"] == "person:maren-holt" and a["source_kind"] == "ngo"


def test_kinds_russian_and_ukrainian_body_names_keep_their_genitive_words() -> None:
    a = att("По оценке женевского Института морской торговли, Россия поставила Алжиру 40 самолетов.", "ru")
    assert a["source"].endswith("Института морской торговли") and a["source_kind"] == "ngo"
    a = att(
        "За оцінкою аналітиків Празького інституту оборонних студій, Росія торік виготовила 2 мільйони снарядів.", "uk"
    )
    assert a["source"].endswith("інституту оборонних студій")
    a = att("За даними Міністерства з питань цифрової трансформації, підприємства торік виготовили 9000 дронів.", "uk")
    assert a["source"] == "Міністерства з питань цифрової трансформації" and a["source_kind"] == "government"
    a = att("По данным областного министерства социальной защиты, в пунктах размещения находятся 3000 человек.", "ru")
    assert a["source"] == "областного министерства социальной защиты"


def test_kinds_a_ukrainian_surname_alone_at_a_sentence_start_is_the_person_named_before() -> None:
    text = (
        "Виробники планують виготовити понад 20 тисяч дронів, заявив у четвер міністр оборонної промисловості "
        "Петро Гуменюк під час брифінгу. Гуменюк також повідомив, що уряд уклав контракти на 46 млрд гривень "
        "на постачання ударних дронів."
    )
    a = att(text, "uk")
    assert a["source_entity"] == claims(text, "uk")[0]["attribution"]["source_entity"]
    assert a["source_kind"] == "government" and a["source"] == "Гуменюк"


def test_kinds_an_apposition_says_what_an_unknown_body_is() -> None:
    text = (
        "At least 14 cargo flights landed at the air base in March, according to Quartz Meridian, "
        "a Berlin-based open-source research group that shared its data with this newspaper."
    )
    a = att(text, "en")
    assert a["source"] == "Quartz Meridian" and a["source_kind"] == "ngo"


def test_kinds_the_firm_is_a_company() -> None:
    text = (
        "Satellite images of the depot, reviewed by the Oslo-based consultancy Fjordline Imaging, show burn marks. "
        "The firm said it had identified at least four impact craters near the depot."
    )
    assert att(text, "en")["source_kind"] == "ngo"


def test_kinds_german_sie_after_a_body_named_with_a_feminine_noun() -> None:
    text = (
        "Schwere Vorwürfe erhebt die Menschenrechtsorganisation Sahel Watch Bamako. "
        "Sie wirft der Armee vor, in zwei Dörfern mindestens 17 Zivilisten getötet zu haben."
    )
    a = att(text, "de")
    assert a["source_kind"] == "ngo" and a["source"].startswith("Sahel Watch")


def test_kinds_a_surname_with_an_article_is_capitalised_at_a_sentence_start() -> None:
    text = (
        "Their military spokesman, Brigadier General Yahya al-Qudsi, said the group had shot down a drone. "
        "Al-Qudsi also said the group had fired two cruise missiles at the carrier in the Red Sea."
    )
    a = att(text, "en")
    assert a["source"] == "Al-Qudsi" and a["source_kind"] == "military"


def test_kinds_konjunktiv_of_a_common_verb_goes_on_with_the_speaker() -> None:
    text = (
        "Die Armee habe im Oktober 60.000 Granaten bestellt, teilte ein Sprecher des Herstellers Dynamit Nobel "
        "Defence mit. Zudem erhalte die Ukraine bis Jahresende acht Flugabwehrsysteme vom Typ Gepard."
    )
    c = claims(text, "de")[-1]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "ngo"


def test_kinds_a_ukrainian_given_name_in_the_genitive_takes_its_surname() -> None:
    a = att("За словами речника Повітряних сил Олексія Ігната, росіяни випустили по Миколаєву три ракети.", "uk")
    assert a["source"] == "Олексія Ігната" and a["source_kind"] == "military"


def test_kinds_a_report_speaks_for_its_author() -> None:
    text = (
        "Russian fighters are still deployed in the country, according to a report released on Monday by "
        "Northwind Monitor, a Geneva-based investigative group. The authors say 35 villages were attacked in 2024."
    )
    first, last = claims(text, "en")[0]["attribution"], claims(text, "en")[-1]["attribution"]
    assert first["source"] == "Northwind Monitor" and first["source_kind"] == "ngo"
    assert last["source_entity"] == first["source_entity"]
    text = "The army recorded 300 drone attacks in 2025, according to internal military figures seen by Reuters."
    assert att(text, "en")["source"] != "Reuters"


def test_kinds_an_unknown_region_opens_its_administrations_name() -> None:
    a = att(
        "According to the Syunik-Vayots regional administration, four houses in Goris were damaged by shelling.", "en"
    )
    assert a["source"] == "Syunik-Vayots regional administration" and a["source_kind"] == "government"


def test_kinds_customs_data_speak_for_the_states_customs() -> None:
    c = claims(
        "Chinese customs data show exports of drones worth $94 million to Ethiopia in the first half of 2025.", "en"
    )[0]
    assert c["attribution"]["source_kind"] == "government" and c["factuality"] == "reported"


def test_kinds_an_office_keeps_its_seat_and_an_observatorium_is_a_research_body() -> None:
    a = att("According to the UN Integrated Office in Haiti, more than 5,600 people were killed in 2024.", "en")
    assert a["source"] == "UN Integrated Office in Haiti"
    a = att("Laut dem Sambesi Observatorium wurden im Juni 31 Angriffe der Aufständischen gezählt.", "de")
    assert a["source_kind"] == "ngo" and a["source"] == "Sambesi Observatorium"


def test_kinds_an_unknown_body_right_before_its_verb_speaks() -> None:
    a = att(
        "Die Regierung will bis 2030 fünf Feuereinheiten des Systems IRIS-T SLM beschaffen, wie das BMLV mitteilte.",
        "de",
    )
    assert a["source"] == "BMLV" and a["source_kind"] == "government"
    a = att("Das Gesamtvolumen beziffern Teilnehmer der Sitzung auf 4,1 Milliarden Euro für 40 Panzer.", "de")
    assert a["source"] == "Teilnehmer"  # a word the dictionary knows is no name
    a = att("Die Armatec bezifferte die Kosten für 40 Panzer auf 660 Millionen Franken.", "de")
    assert a["source"] == "Armatec"


def test_kinds_russian_and_ukrainian_groups_hromadas_and_enterprises() -> None:
    a = att("Как сообщили в Оперативной группе российских войск, в учениях участвовали около 500 военнослужащих.", "ru")
    assert a["source_kind"] == "military" and "Оперативной группе российских войск" in a["source"]
    a = att("За словами голови Понорницької громади, пошкоджено 12 будинків.", "uk")
    assert a["source"] == "голови Понорницької громади" and a["source_kind"] == "government"
    a = att("Генеральний директор підприємства Андрій Литвин розповів, що завод щомісяця виготовляє 300 дронів.", "uk")
    assert a["source_kind"] == "ngo"


def test_kinds_channels_that_publish_videos_speak_for_them() -> None:
    text = (
        "Минобороны России заявило, что силы флота уничтожили семь катеров. "
        "Местные Telegram-каналы публиковали видео, на которых слышны не менее десяти взрывов."
    )
    a = att(text, "ru")
    assert a["source_kind"] == "social_media"


def test_kinds_a_capital_an_impersonal_cue_comes_from_speaks_for_its_government() -> None:
    a = att("In Moskau hieß es, 300 Soldaten seien an der Übung in Transnistrien beteiligt gewesen.", "de")
    assert a["source"] == "Moskau" and a["source_kind"] == "government"
    a = att("Es seien 300 Soldaten an der Übung beteiligt gewesen, hieß es in Moskau.", "de")
    assert a["source"] == "Moskau"
    a = att("Aus Sicherheitskreisen in Taipeh hieß es, die Armee beobachte 300 Raketen an der Küste.", "de")
    assert a["source_kind"] == "anonymous"  # the seat of unnamed sources does not speak


def test_kinds_images_analysed_by_a_lab_and_its_analyst_speak_for_the_lab() -> None:
    a = att(
        "Satellite images taken on June 3 and analysed by the Black Sea Open Source Lab show that two Russian "
        "corvettes were deployed to Ochamchire.",
        "en",
    )
    assert a["source"] == "Black Sea Open Source Lab" and a["source_kind"] == "ngo"
    text = (
        '"The pace of construction has doubled," said Nino Kapanadze, the lab\'s lead analyst. '
        "She said 40 Russian marines were deployed to Ochamchire in May."
    )
    assert att(text, "en")["source_kind"] == "ngo"


def test_kinds_blame_is_said_and_an_ombudsman_speaks_for_the_state() -> None:
    a = att("The army's Fourth Brigade blamed the rebels for the attack, which killed 12 soldiers.", "en")
    assert a["source_kind"] == "military"
    a = att("The ombudsman's office said at least 80,000 people had been displaced by the fighting in March.", "en")
    assert a["source"] == "ombudsman's office" and a["source_kind"] == "government"


def test_kinds_a_swiss_department_is_a_ministry() -> None:
    a = att(
        "Die Kosten belaufen sich nach Angaben des Verteidigungsdepartements auf 660 Millionen Franken.",
        "de",
    )
    assert a["source_kind"] == "government"


def test_kinds_a_plant_that_opens_an_impersonal_sentence_speaks_as_a_company() -> None:
    text = (
        "Міський голова повідомив, що пошкоджено цех заводу. "
        "На заводі підтвердили влучання, але заперечили, що там ремонтували військові кораблі."
    )
    assert att(text, "uk")["source_kind"] == "ngo"
    a = att("По данным Генштаба ВСУ, на заводе уничтожены два резервуара с топливом.", "ru")
    assert a["source_kind"] == "military"  # a plant inside the report is a place, not a speaker


def test_kinds_a_states_soldiers_cited_as_a_source_speak_as_its_military() -> None:
    a = att("По данным украинских военных, на заводе уничтожены два резервуара с топливом.", "ru")
    assert a["source"] == "украинских военных" and a["source_kind"] == "military"


def test_kinds_german_verlautete_and_so_ein_sprecher_name_the_speaker() -> None:
    a = att(
        "Aus dem Verteidigungsministerium in Oslo verlautete, zwölf russische U-Boote seien gesichtet worden.", "de"
    )
    assert a["source_kind"] == "government"
    a = att("Zwölf russische U-Boote seien im März vor der Küste gesichtet worden, so ein Sprecher der Marine.", "de")
    assert a["source_kind"] == "military"


def test_kinds_a_commanders_abbreviated_rank_is_military() -> None:
    text = "The navy's spokesman, Cmdr. Lars Vik, said 12 Russian submarines had been deployed off the coast in March."
    assert att(text, "en")["source_kind"] == "military"


def test_kinds_a_bare_head_is_the_head_named_before_by_his_title() -> None:
    text = (
        "Портфель заказов превысил 50 млрд долларов, сообщил генеральный директор компании Игорь Лесков. "
        "Поставка Индии двух комплексов С-400 будет завершена в 2026 году, заявил глава «Промэкспорта»."
    )
    assert att(text, "ru")["source"] == "Игорь Лесков"


def test_kinds_a_country_that_opens_a_quoted_outlet_name_does_not_speak() -> None:
    text = (
        "Представитель Министерства обороны Индии Раджеш Менон в беседе с корреспондентом «Россия-Пресс» "
        "подтвердил, что в Индию прибыли 40 самолетов."
    )
    assert att(text, "ru")["source"] == "Раджеш Менон"


def test_kinds_mentioning_is_saying() -> None:
    text = (
        "Портфель заказов превысил 50 млрд долларов, сообщил генеральный директор компании Игорь Лесков. "
        "Среди других сделок Лесков упомянул контракт с Египтом на 24 вертолета Ка-52."
    )
    c = claims(text, "ru")[-1]
    assert c["attribution"]["source"] == "Лесков" and c["factuality"] == "reported"


def test_kinds_russias_military_districts_are_military_bodies() -> None:
    a = att(
        "Russia's Eastern Military District said more than 3,000 troops took part in drills on the Kuril Islands.", "en"
    )
    assert a["source_entity"] == "org:russia-eastern-md" and a["source_kind"] == "military"
    a = att(
        "Как сообщили в пресс-службе Южного военного округа, в учениях участвовали более 3000 военнослужащих.", "ru"
    )
    assert a["source_entity"] == "org:russia-southern-md"


def test_kinds_revising_a_toll_is_saying_it() -> None:
    text = "The health ministry said 14 people were killed. The ministry later revised the figure to 22 dead."
    assert att(text, "en")["source_kind"] == "government"
    text = "Das Gesundheitsministerium sprach von 14 Toten. Am Abend korrigierte das Ministerium die Zahl auf 22 Tote."
    c = claims(text, "de")[-1]
    assert c["attribution"]["source_kind"] == "government" and c["factuality"] == "reported"


def test_kinds_a_military_unit_speaks_as_the_military() -> None:
    assert att("Про загибель двох військових повідомили у військовій частині.", "uk")["source_kind"] == "military"
    assert att("О гибели двух военнослужащих сообщили в воинской части.", "ru")["source_kind"] == "military"


def test_kinds_gehen_von_aus_is_a_hedged_statement_of_its_subject() -> None:
    c = claims("Die Vereinten Nationen gehen von mindestens 300 Toten in der Region aus.", "de")[0]
    assert c["attribution"]["source_kind"] == "international" and c["factuality"] == "uncertain"


def test_kinds_imagery_from_a_provider_speaks_for_it() -> None:
    a = att("Satellite imagery from Planet Labs showed at least 40 Russian aircraft at the base in May.", "en")
    assert a["source_kind"] == "ngo" and "Planet Labs" in a["source"]


def test_kinds_an_officer_of_a_civil_service_named_after_him_speaks_for_it_whatever_his_rank() -> None:
    from lagebild import analyze

    for text, lang, kind in [
        (
            "Von dem Zaun seien 96 Kilometer fertig, sagte Oberstleutnant Aki Rantala vom finnischen Grenzschutz.",
            "de",
            "government",
        ),
        (
            "96 kilometres of the fence are finished, said Lieutenant Colonel Aki Rantala of the Finnish Border Guard.",
            "en",
            "government",
        ),
        ("Die Brigade habe 40 Panzer verlegt, sagte Oberst Aki Rantala vom Heer.", "de", "military"),
    ]:
        (claim,) = analyze(text, lang=lang).to_dict()["claims"]
        assert claim["attribution"]["source_kind"] == kind, text


def test_kinds_military_bloggers_and_z_channels_speak_on_social_media() -> None:
    from lagebild import analyze

    for text, lang in [
        ("Российские военные блогеры утверждают, что армия захватила окраины Мирополья.", "ru"),
        ("Російські Z-канали стверджують, що армія РФ нібито закріпилася на околицях Миропілля.", "uk"),
    ]:
        claims = analyze(text, lang=lang).to_dict()["claims"]
        assert claims and claims[0]["attribution"]["source_kind"] == "social_media", text
