"""Russian and Ukrainian speakers: ranks, audiences, projects, movements, offices (invented sentences)."""

from lagebild import analyze

from .test_kinds import att


def test_accounts_ruuk_an_officer_by_rank_speaks_as_military_not_the_journalists_he_addresses() -> None:
    text = "Контр-адмирал Игорь Светлов, выступая перед журналистами в порту, заявил, что отряд прошел 300 миль."
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Игорь Светлов", "military")
    text = "Командир бригади полковник Остап Гнатюк заявив, що бригада отримала 12 гаубиць."
    assert att(text, "uk")["source_kind"] == "military"


def test_accounts_ruuk_a_project_or_movement_named_in_quotes_speaks_as_ngo() -> None:
    text = "Независимый проект «Тихий учет» по некрологам насчитал не менее 900 погибших."
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Тихий учет", "ngo")
    text = "По словам координаторов движения «Вернем домой», полиция задержала трех участниц."
    assert att(text, "ru")["source"] == "Вернем домой"


def test_accounts_ruuk_the_office_of_an_ombudsman_speaks_for_the_government() -> None:
    text = "В аппарате уполномоченного по правам человека сообщили, что поступили более 200 обращений."
    assert att(text, "ru")["source_kind"] == "government"
    text = "В офісі уповноваженого з прав людини повідомили, що надійшло понад 200 звернень."
    assert att(text, "uk")["source_kind"] == "government"


def test_accounts_ruuk_present_tense_speech_and_centres_named_by_their_field() -> None:
    text = "З такими снарядами, пояснюють у ДСНС, ці гармати б'ють на відстань до 40 кілометрів."
    assert att(text, "uk")["source_kind"] == "government"
    text = "За даними Центру оборонних досліджень, завод випускає 12 ракет на місяць."
    assert att(text, "uk")["source_kind"] == "ngo"
    text = "По данным Центра оборонных исследований, завод выпускает 12 ракет в месяц."
    assert att(text, "ru")["source_kind"] == "ngo"


def test_accounts_ruuk_the_energy_company_speaks_as_a_firm() -> None:
    text = "У березні, як повідомляла енергокомпанія, після атаки без світла лишалися 40 тисяч родин."
    assert att(text, "uk")["source_kind"] == "ngo"


def test_accounts_ruuk_members_and_coordinators_speak_for_their_bodies() -> None:
    text = "Член комитета Госдумы по обороне Павел Зимин сказал, что мобилизованы 300 человек."
    assert att(text, "ru")["source_kind"] == "government"
    text = "В базе проекта сейчас 900 имен погибших, уточнила координатор «Северного мемориала» Алина Руденко."
    assert att(text, "ru")["source_kind"] == "ngo"


def test_accounts_ruuk_a_capitalised_place_adjective_before_its_noun_is_no_name() -> None:
    text = "Росіяни вдарили по громаді, повідомив начальник Вінницької обласної військової адміністрації Остап Дорош."
    a = att(text, "uk")
    assert (a["source"], a["source_kind"]) == ("Остап Дорош", "government")


def test_accounts_ruuk_a_quoted_name_after_a_source_cue_speaks_with_the_kind_it_was_introduced_with() -> None:
    text = (
        "Местные телеграм-каналы «Лиски сегодня» и «Рамонь онлайн» выкладывали видео пожара. "
        "По данным «Рамонь онлайн», под городом горел склад топлива площадью 300 квадратных метров."
    )
    a = att(text, "ru")
    assert (a["source"], a["source_kind"]) == ("Рамонь онлайн", "social_media")
    text = "Только в марте, по подсчетам «Реестра потерь», погибли не менее 400 бойцов."
    assert att(text, "ru")["source_kind"] == "ngo"


def test_accounts_ruuk_a_person_who_labels_a_line_speaks_it() -> None:
    text = (
        "Начальник ОВА Остап Гнатюк повідомив про удар по місту. "
        "Гнатюк: за попередніми даними, авіабомби скидали з літаків Су-34 з відстані 60 км."
    )
    assert att(text, "uk")["source_kind"] == "government"


def test_accounts_ruuk_a_hedge_that_opens_a_sentence_is_no_name() -> None:
    text = (
        "Ймовірно, частина найманців потрапляє на фронт уже після двотижневої підготовки "
        "на полігонах у Ростовській області."
    )
    assert "Ймовірно" not in [e["name"] for e in analyze(text, lang="uk").to_dict()["entities"]]
