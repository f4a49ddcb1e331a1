import datetime as dt

import lagebild
from lagebild.nlp.dates import find_times

PUB = dt.date(2024, 12, 21)  # a Saturday


def _t(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(t.value, t.granularity) for t in find_times(text, 0, len(text), lang, PUB)]


def test_dates_german_absolute() -> None:
    assert _t("Am 21. Dezember 2024 teilte er mit") == [("2024-12-21", "day")]
    assert _t("am 3.10.2024") == [("2024-10-03", "day")]


def test_dates_month_parts() -> None:
    assert _t("Mitte März 2023 begann es") == [("2023-03", "month")]


def test_dates_relative_weekday_and_yesterday() -> None:
    assert _t("am Montag griffen sie an") == [("2024-12-16", "day")]
    assert _t("gestern") == [("2024-12-20", "day")]
    assert _t("yesterday", "en") == [("2024-12-20", "day")]


def test_dates_english_month_day() -> None:
    assert _t("on December 3, 2024 the strike", "en") == [("2024-12-03", "day")]
    assert _t("on 3 December", "en") == [("2024-12-03", "day")]


def test_dates_ago_uses_dateparser() -> None:
    assert _t("vor zwei Wochen") == [("2024-12-07", "day")]


def test_dates_document_hints_give_the_same_dates_per_sentence() -> None:
    from lagebild.nlp.dates import date_hints

    text = (
        "Am 3.10.2024 teilte er mit, es sei ruhig. Mitte MÄRZ 2023 begann es. "
        "Am Montag griffen sie an. Vor zwei Wochen und gestern auch. Ohne Datum hier."
    )
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    spans = [(a, (starts + [len(text) + 1])[k + 1] - 1) for k, a in enumerate(starts)]
    hints = date_hints(text, "de")
    with_hints = [find_times(text, a, b, "de", PUB, hints) for a, b in spans]
    alone = [find_times(text, a, b, "de", PUB) for a, b in spans]
    assert with_hints == alone
    assert [len(x) for x in with_hints] == [1, 1, 1, 2, 0]
    assert hints.has("months", *spans[1]) and not hints.has("months", *spans[4])
    assert hints.has("weekdays", *spans[2]) and hints.has("reldays", *spans[3]) and hints.has("units", *spans[3])


def test_dates_bare_month_weekday_part_and_last_month() -> None:
    assert _t("Russland setzte im August 800 Drohnen ein") == [("2024-08", "month")]
    assert _t("Israel bombed the port in July", "en") == [("2024-07", "month")]
    assert _t("im Dezember 2023") == [("2023-12", "month")]  # a year keeps its own month
    assert _t("am Mittwochnachmittag") == [("2024-12-18", "day")]
    assert _t("the agency said last month", "en") == [("2024-11", "month")]
    assert _t("im vergangenen Monat") == [("2024-11", "month")]


def test_dates_year_after_focus_word_and_last_year() -> None:
    assert _t("Georgien hatte bereits 2019 Drohnen gekauft") == [("2019", "year")]
    assert _t("allein 2022 exportierte das Land Waffen") == [("2022", "year")]
    assert _t("delivered in late 2023", "en") == [("2023", "year")]
    assert _t("Schon im vergangenen Jahr wurden Raketen verlegt") == [("2023", "year")]
    assert _t("It received 11 launchers last year", "en") == [("2023", "year")]
    assert _t("bereits 2000 Soldaten") == []  # no year: a count


def test_dates_year_after_jahr_and_this_year() -> None:
    assert _t("Rahmenverträge aus dem Jahr 2021") == [("2021", "year")]
    assert _t("so far this year", "en") == [("2024", "year")]
    assert _t("seit Jahresbeginn") == [("2024", "year")]


def test_dates_a_bare_year_is_a_date_but_not_a_round_count_a_measure_or_a_design() -> None:
    assert _t("Das Land erhielt 2023 Genehmigungen über 400 Millionen Euro.") == [("2023", "year")]
    assert _t("Das erste Boot soll 2029 übergeben werden.") == [("2029", "year")]
    assert _t("The deal was signed in Istanbul 1999 after long talks.", "en") == [("1999", "year")]
    assert _t("Bereits 2000 Soldaten sind dort, die Drohne fliegt 1950 Kilometer weit.") == []
    assert _t("Die Panzerhaubitze 2000 und Projekt 1144 blieben im Hafen.") == []


def test_dates_a_bare_month_in_a_sentence_about_the_future_lies_ahead() -> None:
    pub = dt.date(2026, 1, 29)

    def at(text: str, lang: str) -> list[str]:
        return [t.value for t in find_times(text, 0, len(text), lang, pub)]

    assert at("Three more are due to arrive by the end of March, he said.", "en") == ["2026-03"]
    assert at("The jets arrived in March.", "en") == ["2025-03"]
    assert at("Das Bataillon soll im November in der Oberpfalz üben.", "de") == ["2026-11"]
    assert at("Die Lieferung soll im Dezember erfolgt sein.", "de") == ["2025-12"]


def test_dates_a_date_line_stands_in_for_the_publication_date() -> None:
    text = "Schwerer Angriff auf Charkiw\n\nStand: 14.10.2025, 09:12 Uhr\n\nAm Dienstag griffen Drohnen Charkiw an."
    rep = lagebild.analyze(text, lang="de").to_dict()
    assert rep["document"]["published_from_text"] == "2025-10-14"
    assert rep["claims"][0]["args"]["date"]["value"] == "2025-10-14"
    # a long first line is a sentence of the body, not a date line
    body = "Am 3. Dezember 2025 griff Russland mit 300 Drohnen die Ukraine an, teilte die Luftwaffe mit."
    assert lagebild.analyze(f"Titel\n\n{body}", lang="de").to_dict()["document"]["published_from_text"] is None


def test_dates_parts_of_the_day_nights_and_seasons() -> None:
    pub = dt.date(2025, 10, 15)
    for text, lang, want in (
        ("Am Vormittag wurden drei Drohnen abgeschossen.", "de", "2025-10-15"),
        ("Overnight, Russia fired 30 drones at Kyiv.", "en", "2025-10-15"),
        ("Минувшей ночью сбиты 30 дронов.", "ru", "2025-10-15"),
        ("Im Sommer lieferte Russland Panzer.", "de", "2025"),
        ("Im vergangenen Herbst lieferte Russland Panzer.", "de", "2024"),
        ("Last spring Russia delivered tanks.", "en", "2025"),
        ("This summer Russia delivered tanks.", "en", "2025"),
    ):
        assert [t.value for t in find_times(text, 0, len(text), lang, pub)] == [want], text
    # the date that follows says when: "am Abend des 5. März"
    text = "Am Abend des 5. März wurden drei Drohnen abgeschossen."
    assert [t.value for t in find_times(text, 0, len(text), "de", pub)] == ["2025-03-05"]
    assert find_times("Die Sommeroffensive begann.", 0, 27, "de", pub) == []


def test_dates_russian_and_ukrainian_months_in_any_case_and_this_year() -> None:
    assert _t("В ноябре 2024 года компания заключила контракты", "ru") == [("2024-11", "month")]
    assert _t("по неподтверждённым данным, в январе прибыли солдаты", "ru") == [("2024-01", "month")]
    assert _t("у березні 2024 року РНБО запровадила санкції", "uk") == [("2024-03", "month")]
    assert _t("с начала февраля было перехвачено 30 снарядов", "ru") == [("2024-02", "month")]
    assert _t("С начала года средства ПВО сбили 3,5 тысячи беспилотников", "ru") == [("2024", "year")]


def test_dates_a_dateline_that_opens_the_body_stands_in_for_the_publication_date() -> None:
    text = (
        "Заголовок\n\nМОСКВА, 14 сентября 2025 года. Средства ПВО в ночь на 14 сентября сбили "
        "87 беспилотников, сообщили в Минобороны России.\n"
    )
    rep = lagebild.analyze(text, lang="ru").to_dict()
    assert rep["document"]["published_from_text"] == "2025-09-14"
    (c,) = rep["claims"]  # the dateline itself claims nothing
    assert c["args"]["date"] == {"value": "2025-09-14", "granularity": "day"}


def test_dates_a_body_that_opens_with_its_date_alone_gives_the_publication_date() -> None:
    text = (
        "Заголовок\n14 жовтня 2025 року. Сили ППО в ніч на 14 жовтня збили 60 дронів над п'ятьма "
        "областями, повідомили Повітряні сили, а в січні уламки впали на склад.\n"
    )
    rep = lagebild.analyze(text, lang="uk").to_dict()
    assert rep["document"]["published_from_text"] == "2025-10-14"
    assert rep["claims"][0]["args"]["date"] == {"value": "2025-10-14", "granularity": "day"}
    text = "Titel\n4. März 2026 – Die Bundeswehr hat zwanzig Panzer an Litauen übergeben, teilte das Ministerium mit.\n"
    assert lagebild.analyze(text, lang="de").to_dict()["document"]["published_from_text"] == "2026-03-04"
    # a body sentence that names a date further on is no dateline
    text = "Titel\nNordkorea hat im Januar 2025 nach Angaben aus Seoul weitere Raketen an Russland geliefert.\n"
    assert lagebild.analyze(text, lang="de").to_dict()["document"]["published_from_text"] is None


def test_dates_the_dateline_dates_the_report_not_the_event_named_after_it() -> None:
    text = "SEOUL, Oct 21 - South Korea's navy fired warning shots on Monday after a patrol boat crossed the line."
    (c,) = lagebild.analyze(text, lang="en", published="2025-10-21").to_dict()["claims"]
    assert c["args"]["date"] == {"value": "2025-10-20", "granularity": "day"}


def test_dates_this_month_and_last_weekend_resolve_against_the_publication() -> None:
    assert _t("earlier this month the court ruled", "en") == [("2024-12", "month")]
    assert _t("last month the court ruled", "en") == [("2024-11", "month")]
    assert _t("Am vergangenen Wochenende hatte ein Hubschrauber die Grenze verletzt") == [("2024-12-09", "week")]
    assert _t("berichteten iranische Medien Anfang des Jahres") == [("2024", "year")]
    assert _t("в начале месяца суд вынес решение", "ru") == [("2024-12", "month")]


def test_dates_a_week_dates_an_event_by_its_month() -> None:
    text = "Nach Informationen der Zeitung landete vergangene Woche eine Il-76 mit 20 Tonnen Munition in Bengasi."
    (c,) = lagebild.analyze(text, lang="de", published="2025-09-20").to_dict()["claims"]
    assert c["args"]["date"] == {"value": "2025-09", "granularity": "month"}


def test_dates_russian_and_ukrainian_bare_month_ahead_in_a_plan() -> None:
    # published in December 2024: January in a plan lies ahead, in a past report behind
    assert ("2025-01", "month") in _t("США до кінця січня мають передати Україні шість установок.", "uk")
    assert ("2024-01", "month") in _t("В январе были сбиты 40 беспилотников.", "ru")


def test_dates_the_past_day_is_yesterday() -> None:
    assert ("2024-12-20", "day") in _t("ПВО за минувшие сутки сбили 40 беспилотников.", "ru")
    assert ("2024-12-20", "day") in _t("Минулої доби ворог 57 разів атакував позиції.", "uk")


def test_dates_last_named_month_is_the_last_one_before_publication() -> None:
    assert ("2024-04", "month") in _t("Zelensky said last April that China was supplying gunpowder.", "en")
    assert ("2024-04", "month") in _t("Selenskyj sagte im vergangenen April, China liefere Schießpulver.", "de")


def test_dates_by_the_end_of_the_year_is_this_year() -> None:
    assert _t("До конца года армия получит еще три машины", "ru") == [("2024", "year")]
    assert _t("США до кінця року передадуть ще шість установок", "uk") == [("2024", "year")]
    assert _t("Bis Jahresende sollen weitere sechs HIMARS folgen") == [("2024", "year")]
    assert _t("six more launchers are due by year-end", "en") == [("2024", "year")]


def test_dates_a_modal_in_the_past_keeps_a_bare_month_behind_the_publication() -> None:
    (c,) = lagebild.analyze(
        "Die Flugsicherung bestätigte, dass am Flughafen Laage im Januar drei Anflüge wegen GPS-Störungen "
        "umgeleitet werden mussten.",
        lang="de",
        published="2025-02-06",
    ).to_dict()["claims"]
    assert c["args"]["date"]["value"] == "2025-01"


def test_dates_the_night_before_a_weekday_in_the_genitive() -> None:
    (c,) = lagebild.analyze(
        "У ніч проти понеділка Росія випустила по Україні 40 ракет.", lang="uk", published="2025-06-17"
    ).to_dict()["claims"]
    assert c["args"]["date"]["value"] == "2025-06-16"
