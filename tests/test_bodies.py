"""Bodies named by what they are, unnamed speakers called back, the newsroom's own material: rules from
session 27 (invented sentences)."""

from .test_kinds import att, claims


def test_bodies_a_company_noun_before_a_name_makes_it_a_company() -> None:
    text = (
        "Nach Angaben des Terminalbetreibers Weserkai Logistik wurden 2025 rund 31.000 Militärfahrzeuge umgeschlagen."
    )
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Weserkai Logistik", "ngo")
    text = "Nach Daten der Flugverfolgungsplattform Aerotrace Baltic landeten mindestens 17 Transportflugzeuge in Riga."
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Aerotrace Baltic", "ngo")


def test_bodies_a_city_adjective_before_a_kind_noun_does_not_speak() -> None:
    text = "Nach Recherchen des Zagreber Militärportals Obrana sind es inzwischen mindestens 14 Maschinen."
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Obrana", "media")


def test_bodies_the_genitive_in_es_of_a_body_speaks() -> None:
    text = "Nach Angaben des Grenzschutzes wurden bei dem Gefecht neun Soldaten getötet."
    a = att(text, "de")
    assert a["source_kind"] == "government" and a["source"] == "Grenzschutzes"


def test_bodies_a_bloc_adjective_belongs_to_the_body() -> None:
    text = "Westliche Nachrichtendienste schätzen die Zahl der russischen Soldaten in Libyen auf 1.800."
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Westliche Nachrichtendienste", "intelligence")


def test_bodies_asked_not_to_be_identified_negates_nothing() -> None:
    text = (
        "The deal for 24 more jets is worth about $2 billion, according to two people who asked not to be identified."
    )
    c = claims(text, "en")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("reported", "anonymous")


def test_bodies_the_official_after_an_unnamed_official_stays_unnamed() -> None:
    text = (
        "Samir Haddad, a spokesman for the interior ministry, wrote on X that the bombs hit two homes. "
        "A security official, speaking on condition of anonymity, said drones had taken part in the raid. "
        "The official said the target was a depot holding 40 rockets."
    )
    a = att(text, "en")
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None


def test_bodies_the_newsrooms_own_records_are_the_authors() -> None:
    text = "Customs records obtained by our team show that a state enterprise imported 300 piston engines from Iran."
    c = claims(text, "en")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("asserted", "author")
    # (in a speaker's quotation the words are the speaker's)
    text = '"Customs records we obtained show that Iran shipped 300 engines," the analyst Mark Ellis said.'
    assert att(text, "en")["source_kind"] != "author"
    text = "Aus Dokumenten, die dieser Zeitung vorliegen, geht hervor, dass Russland 40 Panzer an Mali geliefert hat."
    c = claims(text, "de")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("asserted", "author")


def test_bodies_a_relative_clause_names_where_a_person_works() -> None:
    text = (
        "Aliya Bekova, who studies Caspian security at the Baku-based Caspian Risk Institute, "
        "said the plant could assemble 30 drones a month."
    )
    a = att(text, "en")
    assert (a["source"], a["source_kind"]) == ("Aliya Bekova", "ngo")
    text = (
        "Lena Brandt, die am Kieler Institut für Sicherheitspolitik forscht, sagte, Russland habe 40 Panzer geliefert."
    )
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Lena Brandt", "ngo")


def test_bodies_unconfirmed_reports_in_named_media_are_reported() -> None:
    text = "Unconfirmed reports in Indian media say Vietnam has signed a contract for up to 12 launchers."
    c = claims(text, "en")[-1]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("reported", "media")
    text = "Unconfirmed reports say Vietnam has signed a contract for 12 launchers."
    assert claims(text, "en")[-1]["factuality"] == "uncertain"


def test_bodies_common_words_after_a_company_noun_are_no_name() -> None:
    text = (
        "Der Rüstungskonzern Rheinmetall lieferte 2024 rund 40 Panzer. "
        "Wie das Unternehmen Ende Mai mitteilte, wurden weitere 30 Panzer an Litauen geliefert."
    )
    a = att(text, "de")
    assert a["source"] != "Ende Mai" and a["source_kind"] == "ngo"


def test_bodies_the_agencys_press_service_is_the_body_named_before() -> None:
    text = "Служба безпеки України затримала в Харкові трьох агентів, повідомила пресслужба відомства."
    a = att(text, "uk")
    assert (a["source_entity"], a["source_kind"]) == ("org:sbu", "intelligence")


def test_bodies_the_investigation_is_the_body_heard_before() -> None:
    text = (
        "ФСБ задержала в Курске двух человек, сообщили в ведомстве. "
        "По данным следствия, они передавали координаты 14 объектов."
    )
    assert att(text, "ru")["source_kind"] == "intelligence"


def test_bodies_a_grid_operator_speaks_as_a_company() -> None:
    text = (
        "В операторі системи розподілу «Полтавська енергомережа» повідомили, що бригади 400 разів виїжджали на аварії."
    )
    a = att(text, "uk")
    assert a["source_kind"] == "ngo" and "Полтавська енергомережа" in a["source"]


def test_bodies_a_bare_noun_after_the_verb_names_the_speaker_heard_last() -> None:
    text = (
        "Посольство Непала в Москве сообщило, что добилось расторжения контрактов с 12 непальцами. "
        "Всего, как уточнили дипломаты, домой вернулись 85 граждан Непала."
    )
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Посольство Непала в Москве", "government")
    # ("западные дипломаты считают": qualified, someone else)
    text = (
        "Посольство Непала в Москве сообщило, что добилось расторжения контрактов с 12 непальцами. "
        "Западные дипломаты считают, что в армии остаются 200 непальцев."
    )
    assert att(text, "ru")["source"] != "Посольство Непала в Москве"


def test_bodies_no_threat_to_life_is_a_zero_count() -> None:
    text = "«Пострадали трое мужчин, угрозы их жизни нет», — написал губернатор Курской области."
    assert claims(text, "ru")[-1]["factuality"] == "reported"
    text = "«Поранено двох жінок, загрози життю немає», — написав голова ОВА."
    assert claims(text, "uk")[-1]["factuality"] == "reported"


def test_bodies_a_ministry_that_reported_in_its_bulletin_speaks() -> None:
    text = (
        "Министерство обороны России в утренней сводке отчиталось о 58 украинских беспилотниках, перехваченных за ночь."
    )
    assert att(text, "ru")["source_entity"] == "org:mod-russia"


def test_bodies_an_airports_information_desk_speaks_as_a_company() -> None:
    text = "В аэропорту Сочи из-за ограничений задержаны шесть рейсов, сообщили в справочной службе аэропорта."
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("справочной службе аэропорта", "ngo")


def test_bodies_a_video_published_by_a_channel_is_the_channels() -> None:
    text = "На видео, опубликованном Telegram-каналом «Вечерний Курск», слышны как минимум пять взрывов."
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Вечерний Курск", "social_media")
    # ("опубликованном в Telegram-канале ведомства": the channel is the medium, not the source)
    text = (
        "Об этом говорится в сообщении Минобороны России, опубликованном в Telegram-канале ведомства. "
        "По данным ведомства, 34 беспилотника были уничтожены над Брянской областью."
    )
    assert att(text, "ru")["source_kind"] == "government"


def test_bodies_the_one_met_does_not_speak() -> None:
    text = (
        "Командующий группировкой генерал-лейтенант Олег Самарин на встрече с губернатором провинции сказал, "
        "что с базы выполнено больше 40 рейсов."
    )
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Олег Самарин", "military")


def test_bodies_the_owner_of_a_publication_spoken_of_does_not_speak() -> None:
    text = (
        "Авторы канала утверждают, что с базы вывезли 12 зенитных комплексов. "
        "В военном ведомстве публикации канала назвали вбросом."
    )
    a = att(text, "ru")
    assert (a["source_kind"], a["source"]) == ("government", a["source"]) and "канала" not in a["source"]


def test_bodies_a_military_blog_speaks_as_social_media() -> None:
    text = "Im Hafen von Latakia liegen nach Angaben des russischen Militärblogs „Nordwache“ nur noch zwei Schiffe."
    a = att(text, "de")
    assert (a["source"], a["source_kind"]) == ("Nordwache", "social_media")


def test_bodies_a_named_source_dating_something_at_a_place_makes_a_claim() -> None:
    text = "Nach Angaben des kasachischen Außenministeriums sollen sich die Grenzchefs am Samstag in Almaty treffen."
    assert [c["attribution"]["source_kind"] for c in claims(text, "de")] == ["government"]
    # (with no date, a place alone makes no claim)
    text = "Nach Angaben des kasachischen Außenministeriums sollen sich die Grenzchefs in Almaty treffen."
    assert claims(text, "de") == []


def test_bodies_announcing_sanctions_is_an_act() -> None:
    text = "The government has also announced sanctions against 12 Iranian individuals."
    a = att(text, "en")
    assert a["source_kind"] == "author"
    text = "Das chinesische Außenministerium kündigte Sanktionen gegen fünf US-Rüstungskonzerne an."
    assert att(text, "de")["source_kind"] == "author"


def test_bodies_a_person_after_according_to_keeps_the_body_named_after_them() -> None:
    text = "Russia has delivered 40 tanks, according to Jonas Keller of the Baltic Security Institute."
    a = att(text, "en")
    assert (a["source_entity"], a["source_kind"]) == ("person:jonas-keller", "ngo")


def test_bodies_who_works_for_a_body_speaks_for_it() -> None:
    text = "Russia has delivered 40 tanks, said Jonas Keller, who tracks arms flows for the Baltic Security Institute."
    assert att(text, "en")["source_kind"] == "ngo"
    # (no body in the clause: the person speaks for himself)
    text = "Russia has delivered 40 tanks, said Jonas Keller, who was wounded at the front."
    assert att(text, "en")["source_kind"] == "person"


def test_bodies_public_authorities_and_state_agencies_speak_as_government() -> None:
    a = att("The UK Civil Aviation Authority said 40 flights had been cancelled.", "en")
    assert (a["source"], a["source_kind"]) == ("UK Civil Aviation Authority", "government")
    assert att("The port authority said 12 ships had been inspected.", "en")["source_kind"] == "government"
    a = att("Die staatliche Agentur für Rüstungsexporte teilte mit, 40 Panzer seien geliefert worden.", "de")
    assert (a["source"], a["source_kind"]) == ("Agentur für Rüstungsexporte", "government")
    # (a news agency named after its noun stays an outlet)
    assert att("Die Agentur Interfax meldete, 40 Drohnen seien abgeschossen worden.", "de")["source_kind"] == "media"


def test_bodies_an_insider_from_a_body_stays_unnamed() -> None:
    text = "Ein Insider aus einer Moskauer Vermittlungsagentur sagte, 300 Rekruten seien an die Front geschickt worden."
    assert att(text, "de")["source_kind"] == "anonymous"


def test_bodies_rescuers_after_the_rescue_service_are_that_service() -> None:
    text = (
        "ДСНС повідомила, що пожежу на складі ліквідовано. "
        "Під час гасіння, як уточнили рятувальники, постраждали двоє працівників."
    )
    assert att(text, "uk")["source_entity"] == "org:sses-ukraine"


def test_bodies_the_airport_where_something_fell_does_not_speak() -> None:
    text = "Беспилотник упал в аэропорту Курска, сообщил губернатор Курской области Александр Хинштейн."
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Александр Хинштейн", "government")
