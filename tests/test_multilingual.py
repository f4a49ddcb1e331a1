"""Russian and Ukrainian: case endings, cues, natasha names (full packaged KB)."""

from hypothesis import given, settings
from hypothesis import strategies as st

import lagebild


def _claims(text: str, lang: str) -> list[dict[str, object]]:
    return list(lagebild.analyze(text, lang=lang).to_dict()["claims"])


def test_multilingual_russian_transfer_with_source() -> None:
    (c,) = _claims("Глава ГУР Кирилл Буданов заявил, что КНДР передала России около 150 ракет KN-23.", "ru")
    att = c["attribution"]
    assert c["type"] == "arms_transfer" and c["factuality"] == "reported"
    assert att["source_entity"] == "person:kyrylo-budanov" and att["source_kind"] == "intelligence"  # type: ignore[index]
    assert c["args"]["supplier"] == "country:KP" and c["args"]["recipient"] == "country:RU"  # type: ignore[index]


def test_multilingual_ukrainian_alleged_and_channel() -> None:
    (c,) = _claims("Речник Повітряних сил повідомив у Telegram, що росіяни нібито випустили 40 дронів.", "uk")
    assert c["type"] == "attack" and c["factuality"] == "alleged"
    assert c["attribution"]["channel"] == "Telegram"  # type: ignore[index]


def test_multilingual_natasha_finds_unknown_russian_person() -> None:
    rep = lagebild.analyze(
        "Военный эксперт Олег Жданов заявил, что Россия получила из КНДР около 150 ракет.", lang="ru"
    )
    people = [e for e in rep.to_dict()["entities"] if e["type"] == "person"]
    assert people and people[0]["id"] == "person:oleg-zhdanov" and people[0]["in_kb"] is False


def test_multilingual_a_name_after_a_country_and_a_third_name_word_belong_to_the_person() -> None:
    (c,) = _claims("За словами прем'єра Норвегії Ганни Ольсен, Україна отримала понад 20 гаубиць.", "uk")
    assert c["attribution"]["source"] == "Ганни Ольсен"  # type: ignore[index]
    (c,) = _claims("Польша передала Украине 30 танков, заявил министр обороны Испании Хуан Карлос Мартинес.", "ru")
    assert c["attribution"]["source"] == "Хуан Карлос Мартинес"  # type: ignore[index]


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            "der DIE Das für FÜR fürs ſich dıe dass The THAT ſaid Müller über ẞ ist-es der_x and, of.".split()
        ),
        max_size=40,
    )
)
def test_language_hint_counts_match_the_hint_regexes(words: list[str]) -> None:
    from lagebild.nlp.language import _DE_HINT, _EN_HINT, _hint_counts

    text = " ".join(words)
    assert _hint_counts(text) == (len(_DE_HINT.findall(text)), len(_EN_HINT.findall(text)))


def test_multilingual_capability_in_oblique_cases_and_genitive_institution_names() -> None:
    import lagebild

    text = (
        "Комплекс способен поражать воздушные цели на дальности до 20 километров, "
        "сообщили в Министерстве обороны России."
    )
    (c,) = lagebild.analyze(text, lang="ru").to_dict()["claims"]
    assert c["type"] == "capability" and c["args"]["attribute"] == "range"  # type: ignore[index]
    assert "Министерстве обороны России" in c["attribution"]["source"]  # type: ignore[index,operator]
    text = "За даними Повітряних сил, уночі було збито 40 дронів, повідомили в Міністерстві оборони України."
    (c,) = lagebild.analyze(text, lang="uk").to_dict()["claims"]
    assert c["attribution"]["source_kind"] in ("military", "government") and c["factuality"] == "reported"


def test_multilingual_a_relayed_bulletin_goes_on_quoting_its_source() -> None:
    text = (
        "За минувшую ночь средства ПВО перехватили 40 беспилотников, сообщили в Министерстве обороны России. "
        "12 беспилотников были сбиты над территорией Курской области.\n"
        "Жители рассказали, что 3 беспилотника упали в поле."
    )
    cs = _claims(text, "ru")
    assert cs[1]["factuality"] == "reported"
    assert "Министерстве обороны" in cs[1]["attribution"]["source"]  # type: ignore[index,operator]


def test_multilingual_plural_adjectives_link_their_country() -> None:
    import lagebild

    rep = lagebild.analyze("Российские и китайские военные провели совместные учения у границы.", lang="ru")
    ids = {e["id"] for e in rep.to_dict()["entities"]}
    assert {"country:RU", "country:CN"} <= ids


def test_multilingual_handing_over_ordering_and_aid_are_transfers() -> None:
    (c,) = _claims("Швеція до кінця травня має передати Україні ще 12 бронемашин CV90.", "uk")
    assert c["type"] == "arms_transfer" and c["args"].get("recipient") == "country:UA"
    (c,) = _claims("В 2022 году Египет заказал 24 истребителя Су-35.", "ru")
    assert c["type"] == "arms_transfer" and c["args"].get("recipient") == "country:EG"
    (c,) = _claims("Норвегія передала Києву військову допомогу на суму 300 млн євро.", "uk")
    assert c["args"].get("supplier") == "country:NO" and c["args"].get("recipient") == "country:UA"


def test_multilingual_the_statement_named_after_a_source_is_its_word() -> None:
    text = (
        "Уночі Росія атакувала Україну 90 дронами, повідомили в Повітряних силах ЗСУ.\n\n"
        "Станом на 08:00 збито 61 дрон, йдеться у повідомленні."
    )
    claims = _claims(text, "uk")
    assert claims[-1]["attribution"]["source_kind"] == "military"
    # "йдеться про" says what it is about: no source
    (c,) = _claims("Ймовірно, йдеться про 40 ракет, які Норвегія передала Україні.", "uk")
    assert c["attribution"]["source_kind"] == "author"


def test_multilingual_a_person_after_a_role_and_the_body_a_role_speaks_for() -> None:
    text = "Україна отримала ще три системи NASAMS, повідомив у середу заступник міністра оборони Павло Бондар."
    a = _claims(text, "uk")[0]["attribution"]
    assert a["source"] == "Павло Бондар" and a["source_kind"] == "government"
    text = "Представитель министерства Игорь Лавров заявил, что ПВО уничтожили 40 беспилотников."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "government"
    text = "Генерал-майор Игорь Лавров заявил, что ПВО уничтожили 40 беспилотников."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "military"


def test_multilingual_what_follows_from_a_bulletin_is_its_word() -> None:
    text = "За сутки расчёты ПВО сбили шесть авиабомб JDAM, следует из сводки Минобороны."
    a = _claims(text, "ru")[0]["attribution"]
    assert a["source_kind"] == "government" and "Минобороны" in (a["source"] or "")


def test_multilingual_a_kb_surname_after_another_given_name_is_someone_else() -> None:
    text = "Представитель министерства Игорь Лавров заявил, что ПВО уничтожили 40 беспилотников."
    assert _claims(text, "ru")[0]["attribution"]["source"] == "Игорь Лавров"
    a = _claims("Сергей Лавров заявил, что ПВО уничтожили 40 беспилотников.", "ru")[0]["attribution"]
    assert a["source_entity"] == "person:sergei-lavrov"
    a = lagebild.analyze("Anna Scholz said 40 drones were shot down.", lang="en").to_dict()["claims"][0]["attribution"]
    assert a["source"] == "Anna Scholz" and a["source_kind"] == "person"


def test_multilingual_state_arms_agencies_speak_for_the_government() -> None:
    text = "Рособоронэкспорт сообщил, что Египет получил 12 истребителей Су-35."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "government"


def test_multilingual_a_quoted_denial_of_the_claims_own_verb_negates_it() -> None:
    text = "Посол КНДР Пак Мин Чхоль заявил, что Пхеньян «не поставляет оружие третьим странам»."
    c = _claims(text, "ru")[0]
    assert c["factuality"] == "negated" and c["attribution"]["source_kind"] == "government"
    c = lagebild.analyze("Botschafter Pak sagte, Pjöngjang „liefert keine Waffen an Dritte“.", lang="de").to_dict()
    assert c["claims"][0]["factuality"] == "negated"


def test_multilingual_interlocutors_are_anonymous_and_capabilities_no_bulletin() -> None:
    text = "Стоимость контракта, по оценке собеседников, составляет около 2 млрд долларов."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "anonymous"
    text = (
        "Україна отримала ще дві системи IRIS-T SLM, повідомили в Міноборони. "
        "Система IRIS-T SLM здатна збивати цілі на дальності до 40 км."
    )
    c = _claims(text, "uk")[-1]
    assert c["type"] == "capability" and c["attribution"]["source_kind"] == "author"


def test_multilingual_arrivals_and_the_owner_of_the_troops_in_the_genitive() -> None:
    c = _claims("В феврале в Белгородскую область прибыли ещё около 2 тысяч военнослужащих КНДР.", "ru")[0]
    assert c["type"] == "troop_deployment"
    assert c["args"].get("supplier") == "country:KP" and c["args"].get("recipient") == "country:RU"


def test_multilingual_arrivals_of_weapons_and_men_sent_to_the_front() -> None:
    c = _claims("Разом із пусковими установками IRIS-T надійшло понад 100 ракет-перехоплювачів.", "uk")[0]
    assert c["type"] == "arms_transfer"
    c = _claims("Через кілька тижнів чоловіків відправляли на передову під Покровськ.", "uk")[0]
    assert c["type"] == "troop_deployment"


def test_multilingual_imports_and_exports_in_any_case_are_transfer_nouns() -> None:
    c = _claims("На Россию пришлось около 70% импорта вооружений Алжира.", "ru")[0]
    assert c["type"] == "arms_transfer" and c["args"].get("recipient") == "country:DZ"


def test_multilingual_attack_and_casualty_nouns_in_any_case_and_past_possibility() -> None:
    c = _claims(
        "Часть ракет могла быть использована при ударе по Киеву 24 января, однако обломков пока не обнаружено.", "ru"
    )
    assert c and c[0]["type"] == "attack" and c[0]["factuality"] == "speculative"
    assert c[0]["attribution"]["source_entity"] != "place:kyiv"
    c = _claims("Не исключено, что КНДР передала России еще 50 ракет KN-23.", "ru")[0]
    assert c["type"] == "arms_transfer" and c["factuality"] == "speculative"


def test_multilingual_a_bare_agency_noun_names_the_body_named_before() -> None:
    text = (
        "Средства ПВО уничтожили 40 беспилотников, сообщили в Минобороны России.\n"
        "По данным ведомства, 25 из них были сбиты над Курской областью.\n"
        "С начала месяца, по подсчётам министерства, сбито более 600 аппаратов."
    )
    for c in _claims(text, "ru")[1:]:
        att = c["attribution"]
        assert isinstance(att, dict) and att["source_entity"] == "org:mod-russia", att


def test_multilingual_a_governor_in_any_case_speaks_past_his_own_channel() -> None:
    text = "Губернатор Курской области в своём Telegram-канале сообщил, что в Рыльске повреждены два дома."
    att = _claims(text, "ru")[0]["attribution"]
    assert isinstance(att, dict)
    assert att["source"] == "Губернатор Курской области" and att["source_kind"] == "government"
    assert att["channel"] == "Telegram"
    att = _claims("По словам врио губернатора, в Глушково ранен мужчина.", "ru")[0]["attribution"]
    assert isinstance(att, dict) and att["source_kind"] == "government"
    att = _claims("Загиблих немає, уточнив очільник області.", "uk")[0]["attribution"]
    assert isinstance(att, dict) and att["source_kind"] == "government"


def test_multilingual_a_sum_in_the_arms_trade_is_a_transfer_without_a_named_item() -> None:
    (c,) = _claims("Портфель экспортных заказов концерна в 2024 году превысил 40 млрд долларов.", "ru")
    assert c["type"] == "arms_transfer"
    assert c["args"]["quantities"] == [{"value": 40_000_000_000, "unit": "USD", "approx": "exact"}]  # type: ignore[index]
    (c,) = _claims("Уряд Норвегії виділив на цю закупівлю 200 млн євро.", "uk")
    assert c["type"] == "arms_transfer"
    # without a sum, a contract word alone makes no transfer
    assert all(c["type"] != "arms_transfer" for c in _claims("Концерн подписал контракт с Алжиром.", "ru"))


def test_multilingual_a_body_that_denies_in_the_plural_speaks() -> None:
    (c,) = _claims("У МЗС Ірану категорично заперечили будь-які поставки ракет Москві.", "uk")
    assert c["factuality"] == "negated" and c["attribution"]["source_entity"] == "org:mfa-iran"  # type: ignore[index]
    (c,) = _claims("У посольстві Росії в Коломбо заперечили вербування найманців до армії.", "uk")
    att = c["attribution"]
    assert att["source"] == "посольстві Росії в Коломбо" and att["source_kind"] == "government"  # type: ignore[index]
    (c,) = _claims("В Кремле сообщения о поставках назвали ложью, заявив, что Москва не получала снарядов.", "ru")
    assert c["attribution"]["source_entity"] == "org:kremlin"  # type: ignore[index]


def test_multilingual_a_kind_noun_before_a_name_names_the_channel_or_outlet() -> None:
    (c,) = _claims("Моніторинговий Telegram-канал «Зоряний Вартовий» оприлюднив відео, де нібито видно 12 ракет.", "uk")
    att = c["attribution"]
    assert att["source"] == "Зоряний Вартовий" and att["source_kind"] == "social_media"  # type: ignore[index]
    (c,) = _claims("Как выяснило издание Polar Ledger, КНДР передала России 50 ракет KN-23.", "ru")
    att = c["attribution"]
    assert att["source"] == "Polar Ledger" and att["source_kind"] == "media"  # type: ignore[index]


def test_multilingual_denmark_is_linked_but_data_words_are_not() -> None:
    def names(text: str, lang: str) -> set[str]:
        return {e["name"] for e in lagebild.analyze(text, lang=lang).to_dict()["entities"]}

    assert "Denmark" in names("Данія передала Україні 19 винищувачів F-16.", "uk")
    assert "Denmark" in names("Дания передала Украине 19 истребителей F-16.", "ru")
    assert "Denmark" not in names("За даними ГУР, Росія отримала 50 ракет; дані підтвердили.", "uk")


def test_multilingual_roles_institutes_and_known_abbreviations_speak() -> None:
    (c,) = _claims(
        "Депутат парламенту Ранджіт Перера повідомив, що щонайменше 59 громадян країни загинули на фронті.", "uk"
    )
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]
    text = "За оцінками Кільського інституту світової економіки, країни спрямували Україні понад 30 млрд євро."
    att = _claims(text, "uk")[0]["attribution"]
    assert att["source"] == "Кільського інституту світової економіки" and att["source_kind"] == "ngo"  # type: ignore[index]
    text = "По данным Стокгольмского института исследования проблем мира (SIPRI), Россия поставила Индии 5 комплексов."
    att = _claims(text, "ru")[0]["attribution"]
    assert att["source_entity"] == "org:sipri"  # type: ignore[index]
    (c,) = _claims("На полігонах у Росії розвідка фіксує щонайменше 120 самохідних гармат M1989.", "uk")
    assert c["attribution"]["source"] == "розвідка" and c["attribution"]["source_kind"] == "intelligence"  # type: ignore[index]


def test_multilingual_possessive_cue_carries_the_speaker_and_a_demonstrative_the_system() -> None:
    text = (
        "Военный эксперт Игорь Сомов отмечает, что дальность полёта «Лютого» составляет около 1000 километров. "
        "По его словам, такой аппарат способен нести боевую часть массой до 50 килограммов."
    )
    first, second = _claims(text, "ru")
    assert first["attribution"]["source"] == "Игорь Сомов"  # type: ignore[index]
    assert second["type"] == "capability" and second["attribution"]["source"] == "Игорь Сомов"  # type: ignore[index]
    assert second["args"]["subject"] == "weapon:liutyi" and second["args"]["attribute"] == "warhead"  # type: ignore[index]
    assert second["args"]["quantities"] == [{"value": 50, "unit": "kg", "approx": "up_to"}]  # type: ignore[index]


def test_multilingual_no_casualties_is_a_reported_zero_count_not_a_denial() -> None:
    c = _claims("Беспилотник атаковал автомобиль в Шебекино. Пострадавших нет, уточнил глава региона.", "ru")[-1]
    assert c["type"] == "casualties" and c["factuality"] == "reported"
    c = _claims("Дрон атакував автомобіль у Шебекиному. Постраждалих немає, уточнив голова області.", "uk")[-1]
    assert c["type"] == "casualties" and c["factuality"] == "reported"
    c = _claims("Дрон атакував автомобіль. Удар по складу не завдавали, заявив голова області.", "uk")[-1]
    assert c["factuality"] == "negated"  # a negation that is no zero count still negates


def test_multilingual_the_sum_of_an_arms_deal_is_a_transfer() -> None:
    (c,) = _claims("Общая стоимость контракта, по оценке собеседников, составляет около $2 млрд.", "ru")
    assert c["type"] == "arms_transfer" and c["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]


def test_multilingual_deliveries_to_the_own_forces_are_production() -> None:
    (c,) = _claims(
        "«Уралвагонзавод», по оценке отраслевого источника, передал армии за год более 200 танков Т-90М.", "ru"
    )
    assert c["type"] == "production" and c["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]
    (c,) = _claims(
        "В 2024 году авиазавод в Комсомольске-на-Амуре передал российским ВКС около 20 истребителей Су-35С.", "ru"
    )
    assert c["type"] == "production"
    (c,) = _claims("Россия передала Алжиру 14 истребителей Су-35.", "ru")
    assert c["type"] == "arms_transfer"


def test_multilingual_a_surname_alone_is_the_person_named_in_full_with_the_kind_of_the_role() -> None:
    text = (
        "Унаслідок атаки загинули троє людей, повідомив начальник Дніпропетровської обласної військової "
        "адміністрації Олександр Гринчук. Серед поранених — дівчинка, уточнив Гринчук."
    )
    rep = lagebild.analyze(text, lang="uk").to_dict()
    people = [e for e in rep["entities"] if e["type"] == "person"]
    assert len(people) == 1 and len(people[0]["mentions"]) == 2
    att = rep["claims"][-1]["attribution"]
    assert att["source_entity"] == people[0]["id"] and att["source_kind"] == "government"


def test_multilingual_a_role_in_the_genitive_gives_its_kind() -> None:
    text = "По словам главы Климовского района Игоря Фомичёва, в посёлке Климово повреждены кровля дома и линия."
    att = _claims(text, "ru")[0]["attribution"]
    assert att["source"] == "Игоря Фомичёва" and att["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_future_receipt_and_a_masculine_dative_name_the_recipient() -> None:
    (c,) = _claims("Оставшиеся два полковых комплекта системы С-400 «Триумф» Индия получит в 2027 году.", "ru")
    assert c["type"] == "arms_transfer" and c["args"]["recipient"] == "country:IN"  # type: ignore[index]
    (c,) = _claims(
        "По данным источников, первые истребители Су-35 могут быть переданы Тегерану до конца 2026 года.", "ru"
    )
    assert c["args"]["recipient"] == "country:IR"  # type: ignore[index]


def test_multilingual_unconfirmed_reports_are_alleged_and_presumably_is_uncertain() -> None:
    (c,) = _claims(
        "По неподтверждённым данным, в январе в Курскую область прибыли ещё до 3 тысяч военнослужащих КНДР.", "ru"
    )
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]
    (c,) = _claims("Состав с боеприпасами, предположительно, пересёк пограничный переход Хасан 17 января.", "ru")
    assert c["factuality"] == "uncertain"
    (c,) = _claims("Ешелон із боєприпасами, імовірно, перетнув кордон 17 січня, повідомили в ГУР.", "uk")
    assert c["factuality"] == "uncertain"


def test_multilingual_a_name_misread_inside_an_institution_leaves_the_institution_the_speaker() -> None:
    text = "З початку березня Росія випустила по Україні понад 1 200 ударних дронів, підрахували у Повітряних силах."
    att = _claims(text, "uk")[0]["attribution"]
    assert att["source"] == "Повітряних силах" and att["source_kind"] == "military"  # type: ignore[index]


def test_multilingual_recruitment_is_a_deployment_and_assembly_is_production() -> None:
    (c,) = _claims("За даними СБУ, компанія завербувала щонайменше 460 громадян Шрі-Ланки до армії Росії.", "uk")
    assert c["type"] == "troop_deployment"
    (c,) = _claims("Сборка первых машин для алжирских ВВС, по данным источника, может начаться в 2026 году.", "ru")
    assert c["type"] == "production"
    (c,) = _claims("Це вже друга партія HIMARS, яку Вашингтон погоджує з початку 2025 року.", "uk")
    assert c["type"] == "arms_transfer"


def test_multilingual_a_village_is_no_speaker_and_what_follows_that_is_said() -> None:
    (c,) = _claims(
        "Представитель Сил обороны юга Украины Олег Гречко заявил, что Малиновка остается под контролем "
        "украинских подразделений, где продолжаются бои.",
        "ru",
    )
    att = c["attribution"]
    assert att["source"] == "Олег Гречко" and att["source_kind"] == "military"  # type: ignore[index]


def test_multilingual_losses_are_casualties_and_made_in_is_no_production() -> None:
    (c,) = _claims("Противник потерял до 300 военнослужащих и три танка Leopard 2 немецкого производства.", "ru")
    assert c["type"] == "casualties"
    (c,) = _claims("За сутки украинская армия потеряла на всех направлениях около 900 военнослужащих.", "ru")
    assert c["type"] == "casualties"
    (c,) = _claims("Ворог втратив за добу понад 900 військовослужбовців на всіх напрямках.", "uk")
    assert c["type"] == "casualties"


def test_multilingual_neuter_and_announcement_verbs_and_a_parenthetical_before_the_verb() -> None:
    (c,) = _claims("Міністерство оборони Росії заявило, що завдало удару по підприємствах у Харкові.", "uk")
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]
    (c,) = _claims("Фінляндія, окрім того, оголосила про передачу Україні 40 гаубиць.", "uk")
    assert c["attribution"]["source_entity"] == "country:FI"  # type: ignore[index]
    (c,) = _claims("Минобороны объявило о поставке 30 танков в войска.", "ru")
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_an_ordinal_is_no_count() -> None:
    (c,) = _claims("Фінляндія передала Україні 25-й пакет військової допомоги, до якого увійшли 40 гаубиць.", "uk")
    values = [q["value"] for q in c["args"]["quantities"]]  # type: ignore[index]
    assert 25 not in values and 40 in values


def test_multilingual_a_ministry_bulletin_goes_on_in_the_next_paragraph() -> None:
    text = (
        "Средства ПВО за сутки сбили 40 беспилотников, сообщили в Министерстве обороны России.\n\n"
        "Кроме того, авиация поразила склады боеприпасов в 20 районах.\n\n"
        "Эксперт считает, что это важно.\n\n"
        "Эксперт считает, что это важно.\n\n"
        "Ракеты поразили склады боеприпасов в 30 районах."
    )
    cs = _claims(text, "ru")
    assert cs[1]["attribution"]["source_kind"] == "government"  # type: ignore[index]
    assert cs[-1]["attribution"]["source_kind"] == "author"  # type: ignore[index]


def test_multilingual_the_generic_drone_word_is_an_item_in_russian_and_ukrainian_only() -> None:
    (c,) = _claims("Средства ПВО за сутки сбили 212 беспилотников над Брянской областью.", "ru")
    assert c["args"]["items"] == ["munition:uav-generic-cyrillic"]  # type: ignore[index]
    (c,) = _claims("Сили ППО за ніч збили 40 безпілотників над Одещиною.", "uk")
    assert c["args"]["items"] == ["munition:uav-generic-cyrillic"]  # type: ignore[index]
    (c,) = lagebild.analyze("Air defences shot down 212 drones over the Bryansk region.", lang="en").to_dict()["claims"]
    assert "items" not in c["args"]


def test_multilingual_package_contents_launches_captures_and_hits() -> None:
    (c,) = _claims("Як ідеться у заяві, до пакета увійдуть 20 гаубиць M777 і ракети для HIMARS.", "uk")
    assert c["type"] == "arms_transfer"
    (c,) = _claims("Росіяни дедалі частіше запускають «шахеди» групами по 10–15 одиниць над Харковом.", "uk")
    assert c["type"] == "attack"
    (c,) = _claims("Міноборони Росії заявило про захоплення села Шахове північніше Покровська.", "uk")
    assert c["type"] == "attack"
    (c,) = _claims("У Харкові зафіксовано влучання двох ракет на трьох локаціях, повідомив мер міста.", "uk")
    assert c["type"] == "attack"


def test_multilingual_a_first_name_the_ner_left_out_joins_the_surname() -> None:
    rep = lagebild.analyze(
        "За даними начальника обласної адміністрації Івана Федоренка, вночі збито 12 дронів.", lang="uk"
    )
    people = [e["name"] for e in rep.to_dict()["entities"] if e["type"] == "person"]
    assert people == ["Івана Федоренка"]
    # a capitalised word that opens the sentence is not a first name
    rep = lagebild.analyze("Вчера Федоров сказал, что сбиты 3 дрона.", lang="ru")
    assert [e["name"] for e in rep.to_dict()["entities"] if e["type"] == "person"] == ["Федоров"]


def test_multilingual_outlet_addressed_after_a_russian_speech_verb_is_no_source() -> None:
    r = lagebild.analyze(
        "Источник в оборонном ведомстве сообщил ТАСС, что над Курской областью были сбиты 12 беспилотников.", lang="ru"
    ).to_dict()
    assert r["claims"][0]["attribution"]["source_kind"] == "anonymous"
    r = lagebild.analyze("Джерело в Міністерстві оборони повідомило, що над Курщиною було збито 12 дронів.", lang="uk")
    assert r.to_dict()["claims"][0]["attribution"]["source_kind"] == "anonymous"


def test_multilingual_spokesman_of_a_force_grouping_speaks_as_military() -> None:
    text = "Представитель группировки войск «Юг» Иван Лодыгин заявил, что в плен попали 15 украинских военных."
    att = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]
    assert att["source"] == "Иван Лодыгин" and att["source_kind"] == "military"


def test_multilingual_called_untrue_is_a_denial_by_its_subject() -> None:
    text = "В Минобороны назвали «не соответствующими действительности» сообщения о том, что дроны поразили 3 склада."
    c = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]
    assert c["attribution"]["source_entity"] == "org:mod-russia" and c["factuality"] == "negated"


def test_multilingual_body_after_the_document_phrase_is_no_writer() -> None:
    text = (
        "Минобороны России сообщило, что ПВО сбили 40 дронов. Как говорится в сводке, за неделю "
        "Вооруженные силы РФ нанесли шесть ударов по объектам ВСУ."
    )
    c = lagebild.analyze(text, lang="ru").to_dict()["claims"][-1]
    assert c["attribution"]["source_entity"] == "org:mod-russia"


def test_multilingual_hedge_between_commas_hedges_its_clause() -> None:
    c = lagebild.analyze("Среди сбитых над Курском аппаратов, вероятно, были 12 дронов нового типа.", lang="ru")
    assert c.to_dict()["claims"][0]["factuality"] == "uncertain"


def test_multilingual_background_sentence_carries_no_bulletin() -> None:
    text = (
        "Минобороны России сообщило, что над Брянской областью сбиты 20 беспилотников. "
        "С начала года завод в Брянске атаковали уже пять раз."
    )
    cs = lagebild.analyze(text, lang="ru").to_dict()["claims"]
    assert cs[0]["attribution"]["source_kind"] == "government"
    assert cs[-1]["attribution"]["source_kind"] == "author"


def test_multilingual_warning_is_said_by_who_warns() -> None:
    text = (
        "Госдепартамент США ранее предупреждал, что закупки российских истребителей могут стать основанием для санкций."
    )
    att = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]
    assert att["cue"] == "предупреждал"


def test_multilingual_the_same_channel_is_the_channel_named_before() -> None:
    text = (
        "Telegram-канал «Два майора» повідомив, що росіяни просунулися біля Покровська на 2 км. "
        "Той самий канал пише, що росіяни перерізали трасу на Добропілля."
    )
    cs = lagebild.analyze(text, lang="uk").to_dict()["claims"]
    assert cs[-1]["attribution"]["source"] == "Два майора"


def test_multilingual_po_soobshcheniyam_names_the_outlet() -> None:
    text = "Мьянма, по сообщениям местного издания «Иравади», получила еще два истребителя Су-30СМЕ."
    att = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]
    assert att["source"] == "Иравади" and att["source_kind"] == "media"


def test_multilingual_prosecutor_general_office_and_media_that_wrote() -> None:
    text = "Офис генерального прокурора Украины оценивает дальность KN-23 в пределах до 700 километров."
    att = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]
    assert att["source_kind"] == "government" and att["source"].startswith("Офис")
    text = "Ранее ряд зарубежных СМИ писал, что первые Су-57Э получил Алжир."
    assert lagebild.analyze(text, lang="ru").to_dict()["claims"][0]["attribution"]["source_kind"] == "media"


def test_multilingual_sentence_initial_bare_body_noun_is_the_one_heard_before() -> None:
    text = "По данным ГУР, Россия запустила по Харькову 40 ракет KN-23. Разведка утверждает, что 12 ракет упали в поле."
    cs = lagebild.analyze(text, lang="ru").to_dict()["claims"]
    assert cs[-1]["attribution"]["source_entity"] == "org:hur"


def test_multilingual_ukrainian_present_rejection_denies() -> None:
    text = "Міністерство оборони Ірану відкидає звинувачення у постачанні Росії 200 ракет."
    assert lagebild.analyze(text, lang="uk").to_dict()["claims"][0]["factuality"] == "negated"


def test_multilingual_ukrainian_masculine_past_of_transfer_verbs() -> None:
    c = lagebild.analyze("Іран відправив до Росії 300 дронів Shahed.", lang="uk").to_dict()["claims"][0]
    assert c["type"] == "arms_transfer" and c["args"].get("supplier") == "country:IR"
    c = lagebild.analyze("Die USA werden der Ukraine 50 Bradley-Schützenpanzer schicken.", lang="de").to_dict()[
        "claims"
    ][0]
    assert c["type"] == "arms_transfer"


def test_multilingual_ukrainian_masculine_past_of_attack_and_casualty_verbs() -> None:
    c = lagebild.analyze("Ворог знищив 3 танки біля Покровська.", lang="uk").to_dict()["claims"]
    assert c and c[0]["type"] == "attack"
    c = lagebild.analyze("Снаряд вбив двох людей у Херсоні.", lang="uk").to_dict()["claims"]
    assert c and c[0]["type"] == "casualties"


def test_multilingual_ukrainian_publishing_is_speech() -> None:
    text = "Канал «Очі Півночі» опублікував відео, на якому 12 дронів уражають російські танки."
    att = lagebild.analyze(text, lang="uk").to_dict()["claims"][0]["attribution"]
    assert att["source"] == "Очі Півночі" and att["source_kind"] == "social_media"


def test_multilingual_russian_past_of_producing() -> None:
    c = lagebild.analyze("Уралвагонзавод произвел за год 300 танков Т-90М.", lang="ru").to_dict()["claims"][0]
    assert c["type"] == "production"


def test_multilingual_a_third_name_word_after_a_role_belongs_to_the_person() -> None:
    text = "Міністр оборони Данії Троельс Лунд Поульсен зазначив, що перші поставки надійдуть у листопаді."
    (c,) = _claims(text, "uk")
    assert c["attribution"]["source"] == "Троельс Лунд Поульсен"  # type: ignore[index]


def test_multilingual_a_word_of_a_source_cue_is_no_name_and_more_cues() -> None:
    (c,) = _claims("Відповідно до даних міністерства, Росія передала Білорусі 20 танків.", "uk")
    assert c["attribution"]["source"] == "міністерства"  # type: ignore[index]
    (c,) = _claims("В соответствии с данными министерства, Россия передала Белоруссии 20 танков.", "ru")
    assert c["attribution"]["source"] == "министерства"  # type: ignore[index]


def test_multilingual_according_to_the_data_of_a_body_names_the_body() -> None:
    (c,) = _claims("Согласно данным министерства, Россия передала Белоруссии 20 танков.", "ru")
    assert c["attribution"]["source"] == "министерства"  # type: ignore[index]
    (c,) = _claims("Згідно з даними міністерства, Росія передала Білорусі 20 танків.", "uk")
    assert c["attribution"]["source"] == "міністерства"  # type: ignore[index]


def test_multilingual_a_generic_department_is_no_news_outlet_heard_before() -> None:
    text = (
        "Минобороны России сообщило, что ночью сбиты 40 беспилотников.\n"
        "Ранее агентство Reuters сообщало, что после атаки завод остановил одну установку.\n"
        "Всего, по данным ведомства, с начала года уничтожены 664 самолета и 283 вертолета."
    )
    c = _claims(text, "ru")[-1]
    assert c["attribution"]["source"] != "Reuters"  # type: ignore[index]
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_whose_reports_a_denial_rejects_is_not_the_denier() -> None:
    text = (
        "«Рособоронэкспорт» в 2024 году поставил иностранным заказчикам продукцию на $6 млрд, "
        "компания также опровергла сообщения индийских СМИ о срыве сроков поставки Индии двух комплектов С-400."
    )
    c = _claims(text, "ru")[-1]
    assert c["factuality"] == "negated" and c["attribution"]["source"] == "Рособоронэкспорт"  # type: ignore[index]


def test_multilingual_a_kb_persons_surname_in_another_case_is_that_person() -> None:
    text = (
        "Про атаку на Харків повідомив міський голова Ігор Терехов. "
        "За словами Терехова, пошкоджено три багатоповерхівки та школу."
    )
    att = _claims(text, "uk")[-1]["attribution"]
    assert att["source_entity"] == "person:ihor-terekhov" and att["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_state_media_and_an_imperfective_estimate_speak() -> None:
    att = _claims("Державні медіа КНДР визнали участь своїх військових у боях на Курщині.", "uk")[0]["attribution"]
    assert att["source_kind"] == "media"  # type: ignore[index]
    text = "Генштаб Південної Кореї раніше оцінював кількість переданих Росії снарядів у понад 9 мільйонів."
    c = _claims(text, "uk")[0]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "military"  # type: ignore[index]


def test_multilingual_the_body_of_unnamed_members_and_of_a_parent_speaks() -> None:
    att = _claims("За оцінкою експертів американського ISW, росіяни просунулися біля Покровська на 3 км.", "uk")[0][
        "attribution"
    ]
    assert att["source_entity"] == "org:isw"  # type: ignore[index]
    # a body's name with a conjunction inside, after an owning adjective
    text = "По данным аналитиков британского Института стратегии и безопасности, завод выпустил 900 дронов."
    att = _claims(text, "ru")[0]["attribution"]
    assert att["source"] == "британского Института стратегии и безопасности"  # type: ignore[index]
    # a sub-body before its parent in the genitive speaks
    text = "В Главном управлении разведки Минобороны Украины утверждают, что Россия получила 200 ракет."
    assert _claims(text, "ru")[0]["attribution"]["source_entity"] == "org:hur"  # type: ignore[index]


def test_multilingual_an_emphatic_particle_keeps_the_possessive_source() -> None:
    text = (
        "По данным Воздушных сил ВСУ, дрон несет боевую часть массой до 50 килограммов. "
        "Дальность полета, по их же оценке, достигает 1800 километров."
    )
    c = _claims(text, "ru")[-1]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "military"  # type: ignore[index]


def test_multilingual_calling_reports_a_fabrication_denies_them() -> None:
    c = _claims("В Кремле назвали публикации о поставках 20 ракет из Ирана «очередным вбросом».", "ru")[0]
    assert c["factuality"] == "negated" and c["attribution"]["source_entity"] == "org:kremlin"  # type: ignore[index]
    c = _claims("У Міноборони назвали повідомлення про передачу 30 танків «черговим вкидом».", "uk")[0]
    assert c["factuality"] == "negated"


def test_multilingual_past_rejections_and_unspecified_figures() -> None:
    c = _claims(
        "У МЗС Ірану ці звинувачення неодноразово відкидали, наполягаючи, що Тегеран не постачає дронів.", "uk"
    )[0]
    assert c["factuality"] == "negated" and c["attribution"]["source_entity"] == "org:mfa-iran"  # type: ignore[index]
    # "не уточнивши" leaves the figure open, it denies nothing
    text = "У Міноборони Норвегії підтвердили, що Осло передасть Києву ракети NASAMS, не уточнивши їхньої кількості."
    assert _claims(text, "uk")[0]["factuality"] == "reported"


def test_multilingual_a_company_noun_before_a_quoted_name_names_the_speaker() -> None:
    text = "Группа компаний «Северсталь-Аэро» в сентябре объявила о запуске серийной сборки 40 беспилотников."
    att = _claims(text, "ru")[0]["attribution"]
    assert att["source"] == "Северсталь-Аэро" and att["source_kind"] == "ngo"  # type: ignore[index]


def test_multilingual_another_title_of_a_role_names_the_person_before() -> None:
    text = (
        "Губернатор Курской области Андрей Соколов написал в Telegram, что беспилотник атаковал Рыльск. "
        "Повреждены два частных дома и линия электропередачи, добавил глава региона."
    )
    att = _claims(text, "ru")[-1]["attribution"]
    assert att["source"] == "Андрей Соколов" and att["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_a_sanction_is_no_part_of_the_bulletin_before() -> None:
    text = (
        "Как сообщили в Минобороны России, ночью над Брянской областью сбиты 30 беспилотников. "
        "Министерство финансов США в январе ввело санкции против трех судоходных компаний."
    )
    c = _claims(text, "ru")[-1]
    assert c["type"] == "sanction" and c["attribution"]["source_kind"] == "author"  # type: ignore[index]


def test_multilingual_what_documents_show_is_reported() -> None:
    text = "В 2024 году концерн поставил иностранным заказчикам 40 танков, следует из материалов компании."
    assert _claims(text, "ru")[0]["factuality"] == "reported"
    text = "За сутки силы ПВО сбили четыре авиабомбы JDAM и 30 беспилотников, следует из сводки Минобороны России."
    c = _claims(text, "ru")[0]
    assert c["factuality"] == "reported" and c["attribution"]["source_entity"] == "org:mod-russia"  # type: ignore[index]


def test_multilingual_an_anonymity_request_and_an_upper_bound_deny_nothing() -> None:
    text = "Собеседник, попросивший не называть его имени, рассказал, что завод выпустил 300 дронов."
    assert _claims(text, "ru")[0]["factuality"] == "reported"
    text = "По словам источника, производство дронов на заводе не превышало 1500 единиц в месяц."
    assert _claims(text, "ru")[0]["factuality"] == "reported"


def test_multilingual_the_newsrooms_own_findings_are_the_authors() -> None:
    c = _claims("По подсчетам редакции, за сутки в приграничных регионах погибли три человека.", "ru")[0]
    assert c["factuality"] == "asserted" and c["attribution"]["source_kind"] == "author"  # type: ignore[index]
    c = _claims("Вербування, як з’ясували журналісти, відбувалося через компанію в Дубаї, 40 людей загинули.", "uk")[0]
    assert c["attribution"]["source_kind"] == "author"  # type: ignore[index]


def test_multilingual_residents_and_a_eu_commissioner_speak() -> None:
    c = _claims("Місцеві мешканці в соцмережах повідомляли про серію з десяти вибухів у промзоні.", "uk")[0]
    # (residents posting on social media: the posts speak, as the gold of uk_17 reads it)
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "social_media"  # type: ignore[index]
    text = "ЄС, за словами єврокомісара з питань оборони, торік виготовив 2 мільйони артилерійських снарядів."
    assert _claims(text, "uk")[0]["attribution"]["source_kind"] == "international"  # type: ignore[index]
    # residents counted in a toll are no speakers
    c = _claims("Внаслідок удару загинули двоє мирних жителів.", "uk")[0]
    assert c["args"]["quantities"][0]["value"] == 2  # type: ignore[index]


def test_multilingual_a_masculine_possessive_may_point_to_a_body() -> None:
    text = (
        "Губернатор Михаил Развожаев сообщил, что обломки упали на Севастополь. "
        "Украинский канал «Южный вектор» утверждает, что ракетами был атакован аэродром Бельбек. "
        "По его данным, в результате удара погибли не менее пяти военнослужащих."
    )
    att = _claims(text, "ru")[-1]["attribution"]
    assert att["source_kind"] == "social_media"  # type: ignore[index]


def test_multilingual_a_role_before_its_body_is_source_text_too() -> None:
    att = _claims("Як уточнив очільник ОВА, у Марганці поранено 62-річного чоловіка.", "uk")[0]["attribution"]
    assert att["source"] == "очільник ОВА" and att["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_only_a_case_ending_comes_off_a_role_and_a_legal_form_names_a_company() -> None:
    text = "Через пошкодження мереж без світла залишалися 8 тисяч абонентів, повідомили в АТ «Запоріжжяобленерго»."
    att = _claims(text, "uk")[0]["attribution"]
    assert att["source"] == "Запоріжжяобленерго" and att["source_kind"] == "ngo"  # type: ignore[index]
    # a role in an oblique case still speaks ("за словами губернатора")
    att = _claims("За словами губернатора, росіяни атакували Харків 20 дронами.", "uk")[0]["attribution"]
    assert att["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_witnesses_who_counted_speak() -> None:
    c = _claims("Очевидцы насчитали не менее десяти взрывов в промзоне Сызрани.", "ru")[0]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]
    c = _claims("Очевидці нарахували щонайменше десять вибухів у промзоні.", "uk")[0]
    assert c["factuality"] == "reported"


def test_multilingual_a_provinces_authorities_are_named_with_it() -> None:
    text = "Беспилотники атаковали завод в Елабуге, по данным властей Татарстана, в ноябре."
    assert _claims(text, "ru")[0]["attribution"]["source"] == "властей Татарстана"  # type: ignore[index]


def test_multilingual_numbered_units_speak_as_military_and_compound_adjectives_are_no_names() -> None:
    c = _claims("У 7-му корпусі швидкого реагування Десантно-штурмових військ ці заяви назвали вигадкою.", "uk")[0]
    assert c["attribution"]["source_kind"] == "military"  # type: ignore[index]
    text = "У 47-й окремій механізованій бригаді повідомили, що за добу знищили чотири танки Т-90М."
    assert _claims(text, "uk")[0]["attribution"]["source_kind"] == "military"  # type: ignore[index]


def test_multilingual_a_body_attached_to_a_parent_speaks_and_its_head_noun_inflects() -> None:
    c = _claims("У Центрі протидії дезінформації при РНБО заявили, що Росія перекинула 2 тисячі військових.", "uk")[0]
    assert c["attribution"]["source_entity"] == "org:ccd-ukraine"  # type: ignore[index]
    text = "Постоянное представительство Ирана при ООН заявило, что Тегеран не поставлял России 200 ракет."
    c = _claims(text, "ru")[0]
    assert c["attribution"]["source"] == "Постоянное представительство Ирана при ООН"  # type: ignore[index]
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]
    text = "Дальность полета «Герани-2» составляет, по разным оценкам, от 1500 до 2000 км."
    c = _claims(text, "ru")[0]
    assert c["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]


def test_multilingual_mayors_companions_findings_and_a_source_telling_an_outlet() -> None:
    c = _claims("По словам мэра Курска, в результате атаки пострадали пять человек.", "ru")[0]
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]
    text = "«Медиазона» совместно с командой волонтеров установили имена 140 тысяч погибших военных."
    c = _claims(text, "ru")[0]
    assert c["attribution"]["source"] == "Медиазона"  # type: ignore[index]
    text = "Об этом РИА Новости рассказал источник в оборонно-промышленном комплексе: Россия получила 100 ракет."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "anonymous"  # type: ignore[index]


def test_multilingual_the_newsrooms_own_count_ends_a_bulletin() -> None:
    text = (
        "В Генштабе ВСУ сообщили, что за сутки уничтожены 40 российских дронов. "
        "По подсчетам редакции, за сутки в приграничных регионах погибли два человека."
    )
    c = _claims(text, "ru")[-1]
    assert c["attribution"]["source_kind"] == "author" and c["factuality"] == "asserted"  # type: ignore[index]


def test_multilingual_preliminary_data_of_a_named_body_is_its_report() -> None:
    text = "За попередніми даними Полтавської ОВА, внаслідок удару загинули двоє людей."
    c = _claims(text, "uk")[0]
    assert c["attribution"]["source_kind"] == "government"  # type: ignore[index]
    text = "По предварительным данным оперштаба Курской области, погибли два человека."
    assert _claims(text, "ru")[0]["attribution"]["source_kind"] == "government"  # type: ignore[index]


def test_multilingual_russian_and_ukrainian_denials_that_call_reports_lies() -> None:
    (c,) = lagebild.analyze(
        "Министерство иностранных дел Ирана ранее называло сообщения о поставках ракет в Россию «абсурдной ложью».",
        lang="ru",
    ).to_dict()["claims"]
    assert c["factuality"] == "negated" and c["attribution"]["source_kind"] == "government"
    (c,) = lagebild.analyze(
        "Директор завода Олег Петренко назвал обвинения надуманными и заявил, что завод не поставлял 40 дронов "
        "в Россию.",
        lang="ru",
    ).to_dict()["claims"]
    assert c["factuality"] == "negated"


def test_multilingual_available_data_and_reports_with_no_holder_are_anonymous() -> None:
    for text, lang in (
        ("По имеющимся данным, Армения получила 12 индийских систем Pinaka.", "ru"),
        ("За наявною інформацією, Вірменія отримала 12 індійських систем Pinaka.", "uk"),
        ("Es gibt Berichte, wonach Armenien 12 indische Pinaka-Werfer erhalten hat.", "de"),
    ):
        (c,) = lagebild.analyze(text, lang=lang).to_dict()["claims"]
        assert c["attribution"]["source_kind"] == "anonymous", text


def test_multilingual_the_russian_imperfective_of_receiving_is_a_transfer() -> None:
    (c,) = lagebild.analyze(
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия не получала ракет от КНДР.", lang="ru"
    ).to_dict()["claims"]
    assert c["type"] == "arms_transfer" and c["factuality"] == "negated"


def test_multilingual_a_role_noun_in_the_genitive_and_a_navy_abbreviation() -> None:
    (c,) = lagebild.analyze(
        "За словами речника ВМС Олега Тарасенка, у морі перебувають три російські кораблі з ракетами «Калібр».",
        lang="uk",
    ).to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "military"


def test_multilingual_this_is_already_the_author_adding_background() -> None:
    cs = lagebild.analyze(
        "Голова ОВА Іван Петренко повідомив, що внаслідок удару по Запоріжжю поранено 12 людей.\n\n"
        "Це вже третій удар авіабомбами по місту за тиждень: 18 листопада поранення отримали семеро працівників.",
        lang="uk",
        published="2025-11-22",
    ).to_dict()["claims"]
    assert cs[-1]["attribution"]["source_kind"] == "author"


def test_multilingual_a_belief_is_uncertain_and_a_body_in_latin_letters_publishes() -> None:
    (c,) = lagebild.analyze(
        "У СБУ вважають, що це була саме ракета KN-23, хоча остаточні висновки експертизи ще не оприлюднені.",
        lang="uk",
    ).to_dict()["claims"]
    assert c["factuality"] == "uncertain" and c["attribution"]["source_kind"] == "intelligence"
    cs = lagebild.analyze(
        "Поводом для заявления стал доклад берлинского исследовательского центра Dual Use Watch. Согласно докладу, "
        "в 2024 году экспорт микросхем из Армении в Россию вырос в четыре раза и достиг 90 млн долларов.",
        lang="ru",
    ).to_dict()["claims"]
    assert cs[-1]["attribution"]["source"] == "Dual Use Watch" and cs[-1]["attribution"]["source_kind"] == "ngo"


def test_multilingual_bare_preliminary_data_hedge_and_name_no_source() -> None:
    for text, lang in (
        ("За попередніми даними, внаслідок удару по Харкову загинули двоє людей.", "uk"),
        ("По предварительным данным, в результате удара по Белгороду пострадали три человека.", "ru"),
        ("According to preliminary information, a soldier named Arman Petrosyan was wounded in the shelling.", "en"),
    ):
        (c,) = lagebild.analyze(text, lang=lang).to_dict()["claims"]
        assert c["factuality"] == "uncertain" and c["attribution"]["source_kind"] == "author", text
    (c,) = lagebild.analyze(
        "За попередніми даними Харківської ОВА, внаслідок удару загинули двоє людей.", lang="uk"
    ).to_dict()["claims"]
    assert c["factuality"] == "reported" and c["attribution"]["source_kind"] == "government"


def test_multilingual_a_person_after_the_lower_case_words_of_their_office_speaks() -> None:
    (c,) = lagebild.analyze(
        "У середу посли країн ЄС погодили 20-й пакет санкцій проти Росії, повідомила верховна представниця ЄС "
        "із закордонних справ Кая Каллас.",
        lang="uk",
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Кая Каллас"


def test_multilingual_a_known_ministrys_bare_name_before_another_states_genitive() -> None:
    (c,) = lagebild.analyze(
        "Минобороны Латвии заявило, что вблизи границы сосредоточено до 30 тысяч российских военных.", lang="ru"
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Минобороны Латвии" and c["attribution"]["source_entity"] is None
    (c,) = lagebild.analyze("Минобороны России заявило, что за ночь сбиты 30 дронов.", lang="ru").to_dict()["claims"]
    assert c["attribution"]["source_entity"] == "org:mod-russia"


def test_multilingual_who_a_leading_quotation_names_does_not_speak_it() -> None:
    (c,) = lagebild.analyze(
        "«Сообщения о поставках 30 дронов через территорию Армении не соответствуют действительности», — заявил "
        "на брифинге официальный представитель ведомства Арам Саркисян.",
        lang="ru",
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Арам Саркисян" and c["factuality"] == "negated"


def test_multilingual_a_countrys_adjective_before_other_adjectives_owns_the_body() -> None:
    (c,) = lagebild.analyze(
        "Північнокорейські державні медіа вперше визнали, що 11 тисяч військових воювали в Курській області.",
        lang="uk",
    ).to_dict()["claims"]
    assert c["attribution"]["source"] == "Північнокорейські державні медіа"
