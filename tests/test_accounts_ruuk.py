"""Russian and Ukrainian speakers: ranks, audiences, projects, movements, offices (invented sentences)."""

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
