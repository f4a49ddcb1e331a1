"""Dates: absolute ("21. Dezember 2024", "21.12.2024", "March 3, 2024", "Mitte März 2023")
and relative ("gestern", "am Montag", "vor zwei Wochen", "last week"), resolved
against the publication date. Relative expressions the rules cannot resolve
are handed to dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from .._cues import fold_case, offsets_of
from ..document import Document, TimeExpr
from ..pipeline import Step, component
from ._resources import lang_data

__all__ = ["DateHints", "date_hints", "dateline_date", "find_times", "parse_iso_date"]

_DIGIT = re.compile(r"\d")


def parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    data = lang_data(lang)
    months = "|".join(sorted((re.escape(m) for m in data["months"]), key=len, reverse=True))
    weekdays = "|".join(sorted((re.escape(w) for w in data["weekdays"]), key=len, reverse=True))
    parts = "|".join(sorted((re.escape(p) for p in data.get("month_parts") or {}), key=len, reverse=True))
    rel_days = "|".join(re.escape(w) for w in data.get("relative_days") or {}) or "(?!x)x"
    units = "|".join(sorted((re.escape(u) for u in data.get("relative_units") or {}), key=len, reverse=True))
    words = "|".join(sorted((re.escape(w) for w in data.get("number_words") or {}), key=len, reverse=True))
    last_week = "|".join(re.escape(w) for w in data.get("last_week") or []) or "(?!x)x"
    last_month = "|".join(re.escape(w) for w in data.get("last_month") or []) or "(?!x)x"
    last_year = "|".join(re.escape(w) for w in data.get("last_year") or []) or "(?!x)x"
    this_year = "|".join(re.escape(w) for w in data.get("this_year") or []) or "(?!x)x"
    this_month = "|".join(re.escape(w) for w in data.get("this_month") or []) or "(?!x)x"
    seasons = "|".join(re.escape(w) for w in data.get("seasons") or {}) or "(?!x)x"
    openers = (
        "|".join(
            sorted(
                (re.escape(w).replace(r"\ ", r"\s+") for w in data.get("season_openers") or []), key=len, reverse=True
            )
        )
        or "(?!x)x"
    )
    flags = re.IGNORECASE
    pats = {
        "iso": re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
        "dmy_num": re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])"),
        "dmy": re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+(?:of\s+)?({months})\.?(?:\s+(\d{{4}}))?(?!\w)", flags),
        "mdy": re.compile(rf"(?<!\w)({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?!\w)", flags),
        "part": re.compile(rf"(?<!\w)(?:in\s+)?({parts})\s+(?:of\s+)?({months})(?:\s+(\d{{4}}))?(?!\w)", flags),
        "my": re.compile(rf"(?<!\w)({months})\s+(\d{{4}})(?!\w)", flags),
        # a bare month after a preposition ("im August", "in July"): the last such month
        # ("last April", "im vergangenen April": the last April before publication as well)
        "inmonth": re.compile(
            rf"(?<!\w)(?:im|in|during|seit|since|vom|ab|в|у|last|(?:im\s+)?(?:vergangenen|letzten))\s+({months})(?!\w)",
            flags,
        ),
        "weekday": re.compile(
            rf"(?<!\w)(?:(?:in der nacht (?:zu|zum|auf)(?:m)?|am|on|last|vergangenen|letzten)\s+)?({weekdays})"
            r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?(?!\w)",
            flags,
        ),
        # "am Abend des 5. März", "in der Nacht zu Montag", "the night of": the date that follows says when
        "relday": re.compile(rf"(?<!\w)({rel_days})(?!\w)(?!\s+(?:des|der|vom|zum|zur|zu|auf|of|before|to)\b)", flags),
        "season": re.compile(rf"(?<!\w)((?:{openers})\s+)({seasons})(?!\w)", flags),
        "ago": re.compile(
            rf"(?<!\w)(?:vor\s+(\d+|{words}|einer|einem|einigen)\s+({units})|(\d+|{words}|a|one)\s+({units})\s+ago)(?!\w)",
            flags,
        ),
        "lastweek": re.compile(rf"(?<!\w)(?:{last_week})(?!\w)", flags),
        "lastmonth": re.compile(rf"(?<!\w)(?:{last_month})(?!\w)", flags),
        "lastyear": re.compile(rf"(?<!\w)(?:{last_year})(?!\w)", flags),
        "thisyear": re.compile(rf"(?<!\w)(?:{this_year})(?!\w)", flags),
        "thismonth": re.compile(rf"(?<!\w)(?:{this_month})(?!\w)", flags),
        # a year after a preposition or a focus word ("bereits 2021", "allein 2023", "in late 2024")
        "year": re.compile(
            r"(?<!\w)(?:(?:im\s+jahr(?:e)?|jahr(?:es)?|year|in|seit|since|bis|until|anfang|ende|mitte|late|early|mid|during"
            r"|im\s+laufe\s+des\s+jahres|im\s+frühjahr|im\s+sommer|im\s+herbst|im\s+winter)\s+((?:19|20)\d{2})"
            # after a focus word a round number is a count ("bereits 2000 Soldaten")
            r"|(?:bereits|schon|allein|ab)\s+((?:19|20)(?!00)\d{2}))(?![\w.,]\d|\s*(?:%|prozent|percent))(?!\w)",
            flags,
        ),
    }
    return pats


def _mk(y: int, m: int, d: int | None) -> tuple[str, str] | None:
    try:
        if d is None:
            dt.date(y, m, 1)
            return f"{y:04d}-{m:02d}", "month"
        return dt.date(y, m, d).isoformat(), "day"
    except ValueError:
        return None


def _year_for(month: int, pub: dt.date | None, future: bool = False) -> int | None:
    """The year of a month named without one: the last such month up to the publication, or in a
    sentence about the future ("are due to arrive by the end of March") the next one."""
    if pub is None:
        return None
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


# a sentence about what is to come: its bare months lie ahead ("will arrive in March",
# "soll im November üben"), unless a perfect or past form speaks of what happened
_FUTURE = {
    "en": re.compile(r"\b(?:will|won't|shall|due to|set to|expected to|plans? to|planned|scheduled|next)\b", re.I),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen|plant|planen|geplant|voraussichtlich|künftig)\b", re.I),
    # "США до кінця квітня мають передати ...", "должны поступить до конца мая"
    "ru": re.compile(
        r"(?<!\w)(?:будет|будут|планиру\w*|должн\w*|ожида\w*|намерен\w*|до\s+конца|к\s+концу)(?!\w)", re.I
    ),
    "uk": re.compile(
        r"(?<!\w)(?:буде|будуть|планує\w*|планують|має|мають|очікує\w*|до\s+кінця|наступн\w*)(?!\w)", re.I
    ),
}
_PAST = {
    "en": re.compile(r"\b(?:was|were|had|did|ago|last)\b", re.I),
    "de": re.compile(
        # (a modal's past too: "umgestellt werden mussten")
        r"\b(?:haben|hat|hatte|hatten|worden|gewesen|war|waren|wurde|wurden|vergangenen?|musste|mussten|konnte|"
        r"konnten|durfte|durften|wollte|wollten)\b|\w(?:t|en)\s+sein\b",
        re.I,
    ),
    "ru": re.compile(r"(?<!\w)(?:был|была|были|было|прошл\w*|минувш\w*|назад)(?!\w)", re.I),
    "uk": re.compile(r"(?<!\w)(?:був|була|були|було|минул\w*|торік|тому)(?!\w)", re.I),
}


def _about_future(seg: str, lang: str) -> bool:
    fut, past = _FUTURE.get(lang), _PAST.get(lang)
    return fut is not None and past is not None and fut.search(seg) is not None and past.search(seg) is None


@cache
def _words(lang: str) -> dict[str, dict[str, Any]]:
    data = lang_data(lang)
    return {
        key: {k.casefold(): v for k, v in (data.get(key) or {}).items()}
        for key in ("months", "weekdays", "relative_days")
    }


_FAMILIES = {
    "months": "months",
    "weekdays": "weekdays",
    "units": "relative_units",
    "reldays": "relative_days",
    "lastweek": "last_week",
}


@cache
def _hint_words(lang: str) -> dict[str, tuple[str, ...]]:
    """Words every rule of a family needs: a month name (day-month, month-day, month-year, part
    of a month), a weekday, a unit of "vor zwei Wochen", a relative day, a "last week" phrase;
    case-folded like the text they are looked up in."""
    data = lang_data(lang)
    out = {fam: tuple(sorted({fold_case(str(w)) for w in data.get(key) or {}})) for fam, key in _FAMILIES.items()}
    # "last month" phrases share the "last week" family
    out["lastweek"] += tuple(
        sorted(
            {
                fold_case(str(w))
                for key in ("last_month", "last_year", "this_year", "this_month", "seasons")
                for w in data.get(key) or []
            }
        )
    )
    return out


@dataclass(frozen=True)
class DateHints:
    """Where in a text the date rules can match at all: offsets of month names, weekdays,
    relative units, relative days ("gestern") and "last week" words (found once per document,
    so that each sentence skips the rules it cannot satisfy without scanning for them)."""

    text: str
    months: list[int]
    weekdays: list[int]
    units: list[int]
    reldays: list[int]
    lastweek: list[int]

    def has(self, kind: str, start: int, end: int) -> bool:
        offsets: list[int] = getattr(self, kind)
        i = bisect_left(offsets, start)
        return i < len(offsets) and offsets[i] < end


def date_hints(text: str, lang: str) -> DateHints:
    """Every offset where a family's word occurs in the case-folded text (a superset of where
    the rules, which ignore case, can find it)."""
    low = fold_case(text)
    words = _hint_words(lang)
    if len(low) != len(text):  # pragma: no cover - fold_case keeps the length: offsets would shift
        every = list(range(len(text)))
        return DateHints(text, every, every, every, every, every)
    found = {fam: offsets_of(low, ws) for fam, ws in words.items()}
    return DateHints(text, found["months"], found["weekdays"], found["units"], found["reldays"], found["lastweek"])


def find_times(
    text: str, start: int, end: int, lang: str, published: dt.date | None, hints: DateHints | None = None
) -> list[TimeExpr]:
    data = lang_data(lang)
    pats = _patterns(lang)
    months = _words(lang)["months"]
    seg = text[start:end]
    found: list[TimeExpr] = []
    if hints is None or hints.text is not text:
        hints = date_hints(seg, lang)
        start_h, end_h = 0, len(seg)
    else:
        start_h, end_h = start, end
    digits = _DIGIT.search(seg) is not None
    has_month = hints.has("months", start_h, end_h)
    future = has_month and _about_future(seg, lang)

    def add(m: re.Match[str], res: tuple[str, str] | None, relative: bool = False) -> None:
        if res is None:
            return
        a, b = m.start() + start, m.end() + start
        if any(t.start < b and a < t.end for t in found):
            return
        found.append(TimeExpr(a, b, text[a:b], res[0], res[1], relative))

    # each rule runs only where what it needs is there: a digit, a month name
    if digits:
        for m in pats["iso"].finditer(seg):
            add(m, _mk(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        for m in pats["dmy_num"].finditer(seg):
            y = int(m.group(3))
            add(m, _mk(y + 2000 if y < 100 else y, int(m.group(2)), int(m.group(1))))
    if digits and has_month:
        for m in pats["dmy"].finditer(seg):
            mon = months[m.group(2).casefold()]
            yd = int(m.group(3)) if m.group(3) else _year_for(mon, published, future)
            if yd is not None:
                add(m, _mk(yd, mon, int(m.group(1))), relative=not m.group(3))
        for m in pats["mdy"].finditer(seg):
            mon = months[m.group(1).casefold()]
            ym = int(m.group(3)) if m.group(3) else _year_for(mon, published, future)
            if ym is not None and lang == "en":
                add(m, _mk(ym, mon, int(m.group(2))), relative=not m.group(3))
    if has_month:
        for m in pats["part"].finditer(seg):
            mon = months[m.group(2).casefold()]
            yp = int(m.group(3)) if m.group(3) else _year_for(mon, published, future)
            if yp is not None:
                add(m, _mk(yp, mon, None), relative=not m.group(3))
    if digits and has_month:
        for m in pats["my"].finditer(seg):
            add(m, _mk(int(m.group(2)), months[m.group(1).casefold()], None))
    if has_month:
        for m in pats["inmonth"].finditer(seg):
            mon = months[m.group(1).casefold()]
            yi = _year_for(mon, published, future)
            if yi is not None and not (lang == "en" and m.group(1) == "may"):
                add(m, _mk(yi, mon, None), relative=True)
    if digits:
        for m in pats["year"].finditer(seg):
            g = 1 if m.group(1) else 2
            a = m.start(g) + start
            if not any(t.start <= a < t.end for t in found):
                found.append(TimeExpr(m.start() + start, m.end() + start, m.group(), m.group(g), "year"))
        _bare_years(seg, start, lang, published, found)
    if published is not None:
        need = {k: hints.has(k, start_h, end_h) for k in ("weekdays", "reldays", "units", "lastweek")}
        _relative(seg, start, text, pats, data, published, add, _words(lang), need)
    found.sort(key=lambda t: t.start)
    return found


_BARE_YEAR = re.compile(r"(?<![\w.,/-])((?:19[4-9]|20[0-4])\d)(?![\w/-]|[.,]\d|\s*(?:%|prozent|percent))")
_DESIGN_BEFORE = re.compile(r"(?:Nr\.|No\.|Typ|Type|Modell|Model|Projekt|Project|Version|Baujahr)\s*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w-]*)")


def _bare_years(seg: str, start: int, lang: str, published: dt.date | None, found: list[TimeExpr]) -> None:
    """A year on its own ("erhielt 2025 Genehmigungen", "soll 2029 übergeben werden", "Istanbul 1999"):
    not a round number ("2000 Soldaten"), not before a unit ("1950 km"), not after a design word."""
    from ._units import measure_unit

    for m in _BARE_YEAR.finditer(seg):
        a = m.start() + start
        year = int(m.group(1))
        if year % 100 == 0 or any(t.start <= a < t.end for t in found):
            continue
        if published is not None and year > published.year + 15:
            continue
        nxt = _WORD_AFTER.match(seg, m.end())
        if nxt is not None and measure_unit(nxt.group(1), lang) is not None:
            continue
        if _DESIGN_BEFORE.search(seg, max(0, m.start() - 12), m.start()):
            continue
        found.append(TimeExpr(a, m.end() + start, m.group(), m.group(1), "year"))


def _relative(
    seg: str,
    start: int,
    text: str,
    pats: dict[str, re.Pattern[str]],
    data: dict[str, Any],
    pub: dt.date,
    add: Any,
    words: dict[str, dict[str, Any]],
    need: dict[str, bool],
) -> None:
    """Relative dates; ``need``: which of their words the sentence holds."""
    weekdays = words["weekdays"]
    for m in pats["weekday"].finditer(seg) if need["weekdays"] else ():
        wd = weekdays[m.group(1).casefold()]
        back = (pub.weekday() - wd) % 7
        low = m.group().casefold()
        if "nacht" in low:
            back = (pub.weekday() - wd) % 7  # the night *to* that day: the date of that day
        add(m, ((pub - dt.timedelta(days=back)).isoformat(), "day"), True)
    rel_days = words["relative_days"]
    for m in pats["relday"].finditer(seg) if need["reldays"] else ():
        add(m, ((pub + dt.timedelta(days=int(rel_days[m.group(1).casefold()]))).isoformat(), "day"), True)
    for m in pats["ago"].finditer(seg) if need["units"] else ():
        res = _dateparser(m.group(), data, pub)
        add(m, res, True)
    for m in pats["lastweek"].finditer(seg) if need["lastweek"] else ():
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        add(m, (monday.isoformat()[:10], "week"), True)
    for m in pats["lastmonth"].finditer(seg) if need["lastweek"] else ():
        add(m, ((pub.replace(day=1) - dt.timedelta(days=1)).isoformat()[:7], "month"), True)
    for m in pats["lastyear"].finditer(seg) if need["lastweek"] else ():
        add(m, (str(pub.year - 1), "year"), True)
    for m in pats["thisyear"].finditer(seg) if need["lastweek"] else ():
        add(m, (str(pub.year), "year"), True)
    for m in pats["thismonth"].finditer(seg) if need["lastweek"] else ():
        add(m, (pub.isoformat()[:7], "month"), True)  # "earlier this month", "Anfang des Monats"
    seasons = {str(k).casefold(): int(v) for k, v in (data.get("seasons") or {}).items()}
    for m in pats["season"].finditer(seg) if need["lastweek"] and seasons else ():
        # "im Sommer", "last autumn": the last such season that began before the publication; one said
        # to be past ("vergangenen", "last") that has only begun this year is last year's
        first = seasons[m.group(2).casefold()]
        past = any(w in m.group(1).casefold() for w in ("vergangen", "letzt", "last", "past"))
        year = pub.year if first < pub.month or (first == pub.month and not past) else pub.year - 1
        if past and first + 2 >= pub.month >= first:
            year = pub.year - 1
        if any(w in m.group(1).casefold() for w in ("this", "diese")):
            year = pub.year  # "this summer", "in diesem Sommer": the current year's, past or to come
        add(m, (str(year), "year"), True)


def _dateparser(expr: str, data: dict[str, Any], pub: dt.date) -> tuple[str, str] | None:
    """Resolve "vor zwei Wochen" / "three days ago" with dateparser, lazily imported."""
    import dateparser

    langs = [k for k in ("de", "en", "ru", "uk") if data is lang_data(k)]
    base = dt.datetime(pub.year, pub.month, pub.day, 12)
    parsed = dateparser.parse(expr, languages=langs or None, settings={"RELATIVE_BASE": base})
    if parsed is None:
        return None
    unit = expr.casefold()
    gran = "day"
    if any(u in unit for u in ("monat", "month", "месяц", "місяц")):
        gran = "month"
    if any(u in unit for u in ("jahr", "year", "год", "лет", "рік", "рок")):
        gran = "year"
    value = parsed.date().isoformat()
    return (value[:7] if gran == "month" else value[:4] if gran == "year" else value), gran


_DATELINE_MAX_WORDS = 14  # a date line, byline or dateline, not a sentence of the body
_DATELINE_LINES = 5


# a capitalised place, a comma and a short date part, up to the first full stop or dash
_LEAD_DATELINE = re.compile(r"[A-ZÄÖÜА-ЯЁІЇЄҐ][\w'’./ -]{1,40},\s[^.–—]{4,40}?(?:\.|\s[–—-]\s)")
# a body that opens with its date alone: "22 травня 2025 року. У ніч ...", "4. März 2026 – Die ..."
_LEAD_DATE = re.compile(r"\d[^–—\n]{3,30}?\d{4}(?:\s+\w+)?(?:\.\s|\s[–—-]\s)")


def dateline_date(text: str, lang: str) -> dt.date | None:
    """The date a report carries in its first short lines ("Stand: 12.05.2026 10:47 Uhr",
    "Published 3 March 2026", "21. März 2026 | Von ..."), used as its publication date when none is
    given: a full date (day, month, year) on a line of at most a few words."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:_DATELINE_LINES]
    for line in lines:
        if len(line.split()) > _DATELINE_MAX_WORDS:
            # "МОСКВА, 14 сентября 2025 года. Дежурные средства ...": a dateline that opens the body
            lead = _LEAD_DATELINE.match(line) or _LEAD_DATE.match(line)
            if lead is None or len(lead.group(0).split()) > 6:
                continue
            line = lead.group(0)
        days = [t for t in find_times(line, 0, len(line), lang, None) if t.granularity == "day"]
        if days:
            return parse_iso_date(days[0].value)
    return None


@component("times", requires=["sentences", "published"], assigns=["times"])
def make_times(context: dict[str, Any]) -> Step:
    """Absolute and relative dates, resolved against the publication date."""

    def times(doc: Document) -> Document:
        lang = doc.lang or "en"
        pub = parse_iso_date(doc.published)
        if pub is None:
            pub = dateline_date(doc.text, lang)
            if pub is not None:
                doc.meta["published_from_text"] = pub.isoformat()
        out: list[TimeExpr] = []
        hints = date_hints(doc.text, lang)
        for s in doc.sentences:
            out.extend(find_times(doc.text, s.start, s.end, lang, pub, hints))
        doc.times = out
        return doc

    return times
