"""Numbers and quantities in German, English, Russian and Ukrainian formats.

Finds "2.000 Kilometer", "über 11.000", "5 Millionen", "rund 100", "bis zu",
"mehr als", "1,5 Mio.", "zwei Dutzend", "between 10 and 20" with value, unit,
kind (count or measure), what they count and approximation. Numbers that are
part of a designation ("KN-15", "Su-34"), a date or a year are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import cache
from typing import Any

from .._cues import fold_case, offsets_of
from ..document import Document, Quantity
from ..pipeline import Step, component
from ._numerals import compose_numeral, is_ordinal_word
from ._resources import lang_data
from ._units import count_unit, measure_unit

__all__ = ["find_quantities", "parse_number"]

_DIGIT = re.compile(r"\d")
_NUM = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def parse_number(s: str, lang: str) -> float | None:
    """Parse a numeral written with the language's separators."""
    data = lang_data(lang)
    dec, grp = data["decimal_sep"], data["group_sep"]
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if grp != " ":
        s = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?", s):
        s = s.replace(" ", "")
    other = "." if dec == "," else ","
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(other)}\d{{3}})+", s) and other != dec:
        # 2,000 in German or 2.000 in English: read as thousands
        s = s.replace(other, "")
    s = s.replace(grp, "") if grp != " " else s
    s = s.replace(dec, ".")
    try:
        return float(s)
    except ValueError:
        return None


@cache
def _patterns(lang: str) -> dict[str, Any]:
    data = lang_data(lang)
    words = sorted(data.get("number_words") or {}, key=len, reverse=True)
    mults = sorted(data.get("multipliers") or {}, key=len, reverse=True)
    approx = sorted(data.get("approx") or {}, key=len, reverse=True)
    joiners = "|".join(re.escape(j) for j in data.get("range_joiners") or [])
    wordalt = "|".join(re.escape(w) for w in words) or "(?!x)x"
    multalt = "|".join(re.escape(m) for m in mults) or "(?!x)x"
    joins = "|".join(re.escape(str(j)) for j in data.get("numeral_joiners") or []) or "(?!x)x"
    # a run of number words is one number ("сорок три тысячи", "twenty-eight", "three hundred and fifty")
    words_run = rf"(?<!\w)(?:{wordalt})(?:(?:\s+(?:{joins})\s+|[\s\u00a0]+|-)(?:{wordalt}))*(?![\w'’])"
    num = rf"(?:{_NUM}|{words_run})"
    quantity = re.compile(
        # a multiplier is a word of its own: "24 M-346 jets" holds a designation, not 24 million
        rf"(?P<num>{num})(?:\s*(?P<mult>(?:{multalt})\.?)(?![\w-]))?"
        rf"(?:\s*(?:{joiners})\s*(?P<num2>{num})(?:\s*(?P<mult2>(?:{multalt})\.?)(?![\w-]))?)?",
        re.IGNORECASE,
    )
    approx_re = re.compile(rf"(?:^|[\s(])(?P<cue>{'|'.join(re.escape(a) for a in approx)})\.?\s*$", re.IGNORECASE)
    return {"quantity": quantity, "approx": approx_re, "data": data}


_WORD = re.compile(r"[\w%$€£]+(?:[-/]\w+)*")


@cache
def _number_words(lang: str) -> dict[str, Any]:
    return {k.casefold(): v for k, v in (lang_data(lang).get("number_words") or {}).items()}


@cache
def _number_hints(lang: str) -> tuple[str, ...]:
    """Number words, case-folded like the text they are looked up in."""
    return tuple(sorted({fold_case(str(w)) for w in lang_data(lang).get("number_words") or {}}))


def _number_offsets(text: str, lang: str) -> list[int]:
    """Every offset where a number word occurs in the case-folded text (a superset of where the
    quantity rule, which ignores case, finds one); every offset if folding changed the length."""
    low = fold_case(text)
    if len(low) != len(text):  # pragma: no cover - fold_case keeps the length
        return list(range(len(text)))
    return offsets_of(low, _number_hints(lang))


def _value(raw: str, mult: str | None, lang: str, data: dict[str, Any]) -> float | None:
    if raw[:1].isdigit():
        val = parse_number(raw, lang)
    else:
        spelled = compose_numeral(raw, lang)  # data is lang_data(lang)
        val = spelled[0] if spelled is not None else None
    if val is None:
        return None
    if mult:
        m = (data.get("multipliers") or {}).get(mult.rstrip(".").casefold())
        if m:
            val = float(Decimal(str(val)) * Decimal(m))  # 8.7 trillion is 8_700_000_000_000 exactly
    return float(val)


def find_quantities(text: str, start: int, end: int, lang: str, blocked: list[tuple[int, int]]) -> list[Quantity]:
    pats = _patterns(lang)
    data = pats["data"]
    seg = text[start:end]
    out: list[Quantity] = []
    sound = _speed_of_sound(text, start, seg, lang, data)
    blocked = blocked + [(q.start, q.end) for q in sound]
    pos = 0
    while (m := pats["quantity"].search(seg, pos)) is not None:
        pos = m.end()
        if not m.group("num")[:1].isdigit():
            spelled = compose_numeral(m.group("num"), lang)
            if spelled is not None and spelled[1] < len(m.group("num")):
                # "двух трех": the number ends where the words stop composing; the rest is read next
                shorter = pats["quantity"].match(seg, m.start(), m.start() + spelled[1])
                m = shorter if shorter is not None else m
                pos = m.end()
        a, b = m.start() + start, m.end() + start
        if any(x < b and a < y for x, y in blocked):
            pos = _reread(m, text, b, lang)
            continue
        prev = text[a - 1] if a > 0 else " "
        if prev.isalpha() or (prev == "-" and a > 1 and text[a - 2].isalnum()) or prev in "./:":
            pos = _reread(m, text, b, lang)
            continue  # designation (Su-34, KN-15) or part of a date/time/version
        raw = m.group("num")
        if _designation(text, a, lang):
            continue  # "the Type 12 missile", "Drohnen vom Typ 5": a design, not a count
        if _ATTACHED.match(text, b) and raw[:1].isdigit():
            continue  # "218SG", "3SM Tyrfing", "33rd Front": a design or an ordinal, not a count
        if lang in ("ru", "uk") and raw.isdigit() and _CYR_ORDINAL.match(text, b):
            continue  # "20-й пакет", "у 2-му кварталі": an ordinal
        if not raw[:1].isdigit() and is_ordinal_word(text, a + len(raw), lang):
            continue  # "в две тысячи двадцать седьмом году", "twenty-seventh": a date or a rank
        if raw.isdigit() and len(raw) <= 3 and text[a - 1 : a] == "(" and text[b : b + 1] == ")":
            continue  # "Wladimir Putin (72)": an age in brackets
        if lang == "de" and raw.isdigit() and text[b : b + 1] == "." and _ORDINAL_BEFORE.search(text, max(0, a - 6), a):
            continue  # "mit dem 20. Paket", "am 3. Tag": an ordinal
        if not raw[:1].isdigit() and _VAGUE_BEFORE.search(text, max(0, a - 12), a):
            continue  # "several dozen", "mehrere hundert": no figure to check
        if raw.casefold() in _ARTICLES and not m.group("mult") and not _measure_next(text, b, lang):
            continue  # the article "eine" is a number only before "Million", "Milliarde" or a measure ("einer Tonne")
        value = _value(raw, m.group("mult"), lang, data)
        if value is None:
            continue
        if raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100 and not m.group("mult"):
            unit_after = _unit_after(text[b : min(len(text), b + 60)], lang)
            if unit_after[1] != "measure" or unit_after[0] in _TIME_UNITS:
                continue  # a year, unless a measure follows ("bis zu 2000 Kilometer", "2000 km")
        max_value = None
        if m.group("num2"):
            max_value = _value(m.group("num2"), m.group("mult2") or m.group("mult"), lang, data)
            if m.group("mult2") and not m.group("mult"):
                value = _value(raw, m.group("mult2"), lang, data) or value
            scale = _trailing_scale(m.group("num2"), lang)
            if scale and max_value is not None and value < scale <= max_value and not m.group("mult"):
                value *= scale  # "от двухсот двадцати до двухсот шестидесяти тысяч": both in thousands
        # a currency sign before the number ("$6,000", "€2 Mrd."): a sum of money
        sign = measure_unit(text[a - 1], lang) if a > 0 and text[a - 1] in _SIGNS else None
        currency = sign[0] if sign is not None and sign[1] == "money" else None
        dollar = _DOLLAR_PREFIX.search(text, max(0, a - 4), a - 1) if currency == "USD" else None
        if dollar is not None:
            currency = _DOLLARS[dollar.group(1)]  # "A$399 million", "C$2 billion": not US dollars
        mach = _MACH_BEFORE.search(text, max(0, a - 6), a)  # "Mach 16": the unit comes first
        # what follows: unit or counted noun
        after = text[b : min(len(text), b + 60)]
        hyphen = _COMPOUND_ADJ.match(after)
        hyphen_unit = measure_unit(hyphen.group(1), lang) if hyphen is not None else None
        if hyphen is not None and (hyphen_unit is None or hyphen_unit[0] in _TIME_UNITS):
            continue  # "a two-story building", "a five-day conflict": a modifier, not a count
        if not raw[:1].isdigit() and _DEFINITE_BEFORE.search(text, max(0, a - 5), a):
            continue  # "the two countries", "die drei Militärregierungen": who, not how many
        aged = _aged_person(lang).search(text, max(0, a - 30), a) and _age_years(lang).match(after)
        if _AGE.match(after) or aged or (after[:1] == ":" and after[1:2].isdigit()):
            continue  # "ein 54 Jahre alter Mann", "a 32-year-old", "9:10 a.m.": an age or a time of day
        if _CALIBRE.match(after):
            continue  # "155-mm shells", "155-Millimeter-Munition", "155-мм снарядів": a calibre, not a count
        if _CLOCK.match(after):
            continue  # a time of day ("15 Uhr", "14.30 Uhr", "3 p.m.")
        if _WINDOW_AFTER.match(after) and _WINDOW_BEFORE.search(text, max(0, a - 25), a):
            continue  # a reporting window ("in the previous 24 hours", "binnen 24 Stunden")
        unit: str | None
        of: str | None
        if currency is not None:
            unit, kind, of, extra = currency, "money", None, 0
            a -= 1 + (len(dollar.group(1)) if dollar is not None else 0)
        elif mach is not None:
            unit, kind, of, extra = "mach", "measure", None, 0
            a = mach.start()
        else:
            unit, kind, of, extra = _unit_after(after, lang)
            if value == 1 and not raw[:1].isdigit() and (unit is None or _NOT_ONE.match(after)):
                continue  # "one" counts only a counted noun: not "one of them", "one day", "no one"
        b += extra
        approx = "range" if max_value is not None else "exact"
        cue_m = pats["approx"].search(text[max(0, a - 25) : a])
        if cue_m and max_value is None and _worth(text, max(0, a - 25) + cue_m.start("cue"), cue_m.group("cue"), data):
            pass  # "ein Vertrag über zwölf Jets", "Genehmigungen über 13 Milliarden Euro": what it is for, exact
        elif (
            cue_m
            and cue_m.group("cue").casefold() == "over"
            and _PHRASAL_OVER.search(text, max(0, a - 40), max(0, a - 25) + cue_m.start("cue"))
        ):
            pass  # "handed over 12 howitzers", "took over two bases": a verb's particle, no bound
        elif cue_m and max_value is None:
            approx = str(data["approx"].get(cue_m.group("cue").casefold(), "exact"))
            a = max(0, a - 25) + cue_m.start("cue")
        elif cue_m and cue_m.group("cue").casefold() in ("zwischen", "between", "от", "від"):
            a = max(0, a - 25) + cue_m.start("cue")
        if raw.casefold() in ("hunderte", "tausende", "dutzende", "hundreds", "thousands", "dozens"):
            approx = "over"
        out.append(Quantity(a, b, text[a:b], value, unit, kind, approx, of, max_value))
    out += sound
    out.sort(key=lambda q: q.start)
    return out


def _reread(m: re.Match[str], text: str, b: int, lang: str) -> int:
    """Where to search on after a rejected match: right after its first number when the "range" it read
    is a name and a count ("TB2 und vier Akinci": vier Akinci counts), else after the match ("April 17
    and 19")."""
    if m.group("num2") and _unit_after(text[b : b + 60], lang)[0] is not None:
        return m.start("num") + len(m.group("num"))
    return m.end()


def _trailing_scale(raw: str, lang: str) -> float:
    """The scale word that ends a spelled number ("шестидесяти тысяч": 1000), else 0."""
    last = raw.split()[-1].casefold() if raw and not raw[:1].isdigit() else ""
    value = _number_words(lang).get(last) if last else None
    return float(value) if value is not None and value >= 1000 else 0.0


def _worth(text: str, cue_at: int, cue: str, data: dict[str, Any]) -> bool:
    """A cue that after a document noun says what it is for ("Vertrag über", "Auftrag über"): no bound."""
    heads = data.get("worth_cues", {}).get(cue.casefold())
    if not heads:
        return False
    before = text[max(0, cue_at - 40) : cue_at].split()
    word = before[-1].casefold().strip(",;:") if before else ""
    return any(word.endswith(str(h)) for h in heads)


@cache
def _designation_words(lang: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lang_data(lang).get("designation_words") or [])


def _designation(text: str, a: int, lang: str) -> bool:
    """Whether the word right before offset ``a`` names a design ("Type", "Typ", "Block")."""
    prev = _PREV_WORD.search(text, max(0, a - 20), a)
    return prev is not None and prev.group(1).casefold() in _designation_words(lang)


_TIME_UNITS = frozenset({"d", "wk", "mo", "h", "min"})
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:the|die|der|den|dem|des)\s+$", re.IGNORECASE)
_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking)\s+$", re.I
)
_CYR_ORDINAL = re.compile(r"-(?:й|го|му|м|я|е|ю|х|ї|ий|ій|ого|ому|ая|ое|ої|ий)(?![\w-])")
_ORDINAL_BEFORE = re.compile(
    r"(?<![\w-])(?:dem|der|den|des|das|die|am|im|zum|zur|vom|beim|ihrem|ihren|ihrer|ihre|seinem|seinen|seiner|seine)\s+$",
    re.IGNORECASE,
)
_ATTACHED = re.compile(r"(?:[A-Z]{1,4}\b|st\b|nd\b|rd\b|th\b)")
_VAGUE_BEFORE = re.compile(r"(?<!\w)(?:several|a\s+few|mehrere|einige|ein\s+paar)\s+$", re.IGNORECASE)
_PREV_WORD = re.compile(r"(\w+)\.?\s+$")


def _speed_of_sound(text: str, start: int, seg: str, lang: str, data: dict[str, Any]) -> list[Quantity]:
    """Multiples of the speed of sound are Mach numbers: "zehnfacher Schallgeschwindigkeit",
    "ten times the speed of sound"."""
    if "schall" not in seg.casefold() and "speed of sound" not in seg.casefold():
        return []
    out: list[Quantity] = []
    for m in _SOUND.finditer(seg):
        raw = m.group("n") or m.group("n2")
        value = _value(raw, None, lang, data)
        a, b = m.start() + start, m.end() + start
        if value is None:
            continue
        out.append(Quantity(a, b, text[a:b], value, "mach", "measure", "exact", None, None))
    return out


_ARTICLES = frozenset({"eine", "einer", "einen", "einem"})
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _measure_next(text: str, at: int, lang: str) -> bool:
    """A measure word right after ``at``: "einer Tonne", "einem Kilometer"."""
    nxt = _NEXT_WORD.match(text, at)
    return nxt is not None and measure_unit(nxt.group(1), lang) is not None


_NOT_ONE = re.compile(
    r"\s+(?:of|another|day|time|point|side|way|thing|more|or|and|из|з|із|зі|и|і|та)(?!\w)", re.IGNORECASE
)
_SOUND = re.compile(
    r"(?<![\w,.])(?P<n>\d+(?:[.,]\d+)?|[a-zäöüß]+?)-?fache[nrs]?\s+Schallgeschwindigkeit"
    r"|(?<![\w,.])(?P<n2>\d+(?:[.,]\d+)?|[a-z]+)\s+times\s+the\s+speed\s+of\s+sound",
    re.IGNORECASE,
)
_PER_HOUR = re.compile(
    r"\s*(?:pro\s+Stunde|in\s+der\s+Stunde|per\s+hour|an\s+hour|/\s*h\b|/\s*ч\b|/\s*год\b|в\s+час\b|на\s+годину\b)",
    re.IGNORECASE,
)
_MACH_BEFORE = re.compile(r"(?<![\w-])Mach\s$", re.IGNORECASE)
# dollars of other countries written with a prefix before "$"
_DOLLARS = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "NT": "TWD"}
_DOLLAR_PREFIX = re.compile(r"(?<![\w$])(AU|CA|NZ|HK|NT|A|C|S)$")
_SIGNS = "$€£¥₽₴"  # currency signs written before the number; their codes are in units.yaml
_COMPOUND_ADJ = re.compile(r"-([a-z]+)\b")
_AGE = re.compile(
    r"(?:\s*Jahre?\s+alte?[rnms]?(?!\w)|-jährige?[rnms]?(?!\w)|-year-old|\s+years?\s+old(?!\w)"
    r"|-?(?:летн|річн)\w*)",
    re.IGNORECASE,
)


@cache
def _aged_person(lang: str) -> re.Pattern[str]:
    """A person noun right before a number ("женщина 58 лет", "жінка віком 58 років"): its years are an age."""
    data = lang_data(lang)
    nouns = "|".join(re.escape(str(n)).replace(r"\*", r"\w*") for n in data.get("aged_person_nouns") or [])
    lead = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("age_lead_ins") or [])
    if not nouns:
        return re.compile(r"(?!x)x")
    # ("чоловіків віком 45 і 52 роки": the second age follows the first)
    more = r"(?:\d+\s*(?:,|і|и|та|й)\s*)*"
    return re.compile(rf"(?<!\w)(?:{nouns})\s+(?:(?:{lead or '(?!x)x'})\s+)?{more}$", re.IGNORECASE)


@cache
def _age_years(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in lang_data(lang).get("age_year_words") or []) or "(?!x)x"
    return re.compile(rf"(?:\s*(?:,|і|и|та|й)\s*\d+)*\s+(?:{words})(?!\w)", re.IGNORECASE)


_CALIBRE = re.compile(r"-(?:mm|millimet(?:er|re)s?|мм|міліметр\w*|миллиметр\w*)(?![^\W\d_])", re.IGNORECASE)
_CLOCK = re.compile(r"\s*(?:Uhr\b|o['’]clock\b|[ap]\.m\.|GMT\b|UTC\b|MEZ\b|Ortszeit\b)", re.IGNORECASE)
_WINDOW_AFTER = re.compile(r"\s*(?:hours|Stunden|days|Tage|Tagen)\b", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(
    r"(?:previous|past|last|preceding|vergangenen|letzten|binnen|innerhalb(?: von)?|within)\s+$", re.IGNORECASE
)


def _unit_after(after: str, lang: str) -> tuple[str | None, str, str | None, int]:
    """Unit or counted noun right after a number: (unit, kind, of, chars consumed)."""
    m = re.match(r"\s*(%|[$€£]|[\w/]+\.?)", after)
    if not m:
        return None, "count", None, 0
    token = m.group(1)
    # "24 M-346 jets": a unit letter that opens a designation is no unit
    mu = measure_unit(token.rstrip("."), lang) if not re.match(r"-\d", after[m.end() :]) else None
    if mu:
        per_hour = _PER_HOUR.match(after, m.end()) if mu[0] in ("km", "mi") else None
        if per_hour is not None:  # "80 Kilometern pro Stunde", "500 miles per hour"
            return ("km/h" if mu[0] == "km" else "mph"), "measure", None, per_hour.end()
        return mu[0], mu[1], None, m.end()
    # skip up to two adjectives to the counted noun
    pos = 0
    for _ in range(3):
        wm = re.match(r"\s*([\w-]+)", after[pos:])
        if not wm:
            break
        word = wm.group(1)
        unit = count_unit(word, lang)
        if unit:
            return unit, "count", None, pos + wm.end()
        if lang == "de" and word[:1].isupper():
            return word, "count", None, pos + wm.end()
        if word.casefold() in _function_words(lang):
            break  # "zwei mit dem Vorgang vertraute Personen": not a noun phrase to skip across
        pos += wm.end()
    return None, "count", None, 0


@cache
def _function_words(lang: str) -> frozenset[str]:
    from ..signals._data import signal_lexicon

    return signal_lexicon(lang).stopwords


@cache
def _day_of_month(lang: str) -> re.Pattern[str]:
    """ "Feb 18", "18. März", "March 3": a day with its month name and no year."""
    months = "|".join(sorted((re.escape(str(m)) for m in lang_data(lang).get("months") or {}), key=len, reverse=True))
    if not months:
        return re.compile(r"(?!x)x")
    return re.compile(
        rf"(?<![\w-])(?:(?:{months})\.?\s+\d{{1,2}}(?!\d|[.,]\d)|\d{{1,2}}\.?\s+(?:{months})(?![\w-]))", re.IGNORECASE
    )


@component("quantities", requires=["sentences", "mentions", "times"], assigns=["quantities"])
def make_quantities(context: dict[str, Any]) -> Step:
    """Numbers with unit, counted thing and approximation, outside names and dates."""

    def quantities(doc: Document) -> Document:
        blocked = [(m.start, m.end) for m in doc.mentions if any(c.isdigit() for c in m.text)]
        blocked += [(t.start, t.end) for t in doc.times]
        lang = doc.lang or "en"
        if doc.published is None:
            # without a publication date "Feb 18" has no year and no time: still a date, not 18 of something
            blocked += [m.span() for m in _day_of_month(lang).finditer(doc.text)]
        blocked.sort()
        out: list[Quantity] = []
        starts = [x for x, _ in blocked]
        longest = max((y - x for x, y in blocked), default=0)
        # a quantity starts with a digit or a number word: sentences with neither are skipped
        words = _number_offsets(doc.text, lang)
        for s in doc.sentences:  # bisected: no scan of every blocked span for every sentence
            i = bisect_left(words, s.start)
            if not (i < len(words) and words[i] < s.end) and _DIGIT.search(doc.text, s.start, s.end) is None:
                continue
            near = blocked[bisect_left(starts, s.start - longest) : bisect_left(starts, s.end)]
            local = [(x, y) for x, y in near if x < s.end and s.start < y]
            out.extend(find_quantities(doc.text, s.start, s.end, lang, local))
        ents = sorted(doc.mentions, key=lambda m: m.start)
        ent_starts = [m.start for m in ents]
        for q in out:
            for k in range(bisect_left(ent_starts, q.end - len(q.text)), len(ents)):
                men = ents[k]
                if q.end - len(q.text) <= men.start <= q.end + 3 and men.type in ("munition", "weapon_system"):
                    q.of = men.entity_id
                    break
                if men.start > q.end + 3:
                    break
        doc.quantities = out
        return doc

    return quantities
