import datetime as dt

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
