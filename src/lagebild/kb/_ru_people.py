"""Unknown people in Russian and Ukrainian text, found by natasha's news NER (offline).

natasha ships its model in the package; it is loaded once, on the first Russian
or Ukrainian document, and skipped when the optional extra is not installed
(``pip install lagebild[ru]``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..document import Document, Mention

__all__ = ["find_people_cyrillic", "given_name", "transliterate"]

_TABLE = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
        "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "",
    }
)  # fmt: skip


def transliterate(name: str) -> str:
    return name.lower().translate(_TABLE)


@cache
def _natasha() -> Any:
    try:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        return None
    return Segmenter(), NewsNERTagger(NewsEmbedding())


# endings of Russian and Ukrainian place names that no surname has: "-овка", "-івка", "-полье", "-пілля",
# "-град", "-город", "-ск", "-ськ" in any case ("Успеновка", "Ровнополья", "Покровська")
_TOPONYM = re.compile(
    r"(?:[оеёіїая]вк(?:а|и|у|е|і|ой|ою)|пол(?:ье|ья|ью|ьем|е)|пілл(?:я|і|ю)|град(?:а|у|е|ом)?|город(?:а|у|е|ом)?"
    r"|[^аеиоуыэюяі]ськ(?:а|у|і|ом)?|[^аеиоуыэюяі]ск(?:а|у|е|ом)?)$"
)


def find_people_cyrillic(doc: Document, mentions: list[Mention], kb: Any = None) -> list[Mention]:
    tools = _natasha()
    if tools is None:
        return []
    from natasha import Doc

    from ._entities import person_id

    segmenter, tagger = tools
    nd = Doc(doc.text)
    nd.segment(segmenter)
    nd.tag_ner(tagger)
    namesakes = [
        m for m in mentions if m.type == "person" and " " not in m.text and kb is not None and m.entity_id in kb
    ]
    # a capitalised generic word inside a name is the name's ("Игорь Дронов" holds "дронов", drones)
    generic = [m for m in mentions if m.type == "munition" and m.text[:1].isupper() and " " not in m.text]
    # a place right after a given name is a surname ("Андрей Черкасов" is no genitive of Cherkasy)
    surnamed = [m for m in mentions if m.type == "place" and " " not in m.text and _given_before(doc.text, m.start)]
    taken = [(m.start, m.end) for m in mentions if m not in namesakes and m not in generic and m not in surnamed]
    out = []
    from ..extract._lexicon import get_lexicon

    lex = get_lexicon(doc.lang or "ru")
    # "Відповідно до даних": the NER takes a word of a source cue for a name
    # (and a hedge that opens a sentence: "Ймовірно, частина найманців ...")
    cues = (lex.before_source, lex.att_verbs, lex.uncertain, lex.speculative, lex.alleged)
    cue_spans = [(h.start(), h.end()) for pat in cues for h in pat.finditer(doc.text)]
    for span in nd.spans:
        if span.type != "PER":
            continue
        if " " not in doc.text[span.start : span.stop] and any(a <= span.start < b for a, b in cue_spans):
            continue
        if _common_word_opening(doc.text, span.start, span.stop, doc.lang or "ru"):
            continue  # "Дальність KN-23 сягає ...": a noun that opens a sentence (a surname named in full comes back)
        start = _after_known(doc.text, span.start, span.stop, taken)  # "Чехії Петра Павела": no country
        start = _first_name_before(doc.text, start, span.stop, taken)  # "Івана Федорова": the NER took the surname
        if any(a < span.stop and start < b for a, b in taken):
            continue
        inside = [m for m in namesakes if start <= m.start and m.end <= span.stop]
        if any(not _other_person(doc.text[start : span.stop], kb.get(m.entity_id)) for m in inside):
            continue  # "Сергей Лавров", "Лавров": the KB's person
        if any(m.start < span.stop and start < m.end for m in namesakes if m not in inside):
            continue
        text = doc.text[start : span.stop]
        if " " not in text and _TOPONYM.search(text.casefold()):
            continue  # "Успеновка остается под контролем": a village the NER took for a person
        if " " not in text and _agrees_with_next(doc.text, span.stop):
            continue  # "начальника Хмельницької обласної військової адміністрації": a place's adjective
        if _COMPOUND_ADJECTIVE.search(text):
            continue  # "Десантно-штурмових військ": a compound adjective, lower case after its hyphen
        if " " not in text and _PLACE_PREP.search(doc.text, max(0, start - 12), start):
            # "скинули на Суми", "вибухи чути у Рибному": a place after a preposition of place, no person
            # (a body's noun is neither: "у Генштабі", "у Міністерстві")
            if not any(pat.fullmatch(text) for pat, _ in lex.institutions):
                from ._places import place_id

                out.append(Mention(start, span.stop, text, place_id(text), "place", "pattern.place", "name"))
                taken.append((start, span.stop))
            continue
        stop = _third_name(doc.text, start, span.stop, taken)  # "Троельс Лунд Поульсен": one word more
        stop = _surname_after_given(doc.text, start, stop, taken)  # "Юрія Ігната": the NER took "Юрія"
        apostrophe = _APOSTROPHE_TAIL.match(doc.text, stop)
        stop = apostrophe.end() if apostrophe is not None else stop  # "Дерев'янко": the NER stopped at "'"
        text = doc.text[start:stop]
        out.append(Mention(start, stop, text, person_id(transliterate(text)), "person", "pattern.natasha"))
        taken.append((start, stop))
    roles = _after_roles(doc, taken)
    for a, b in [*roles, *_given_then_surname(doc, taken + roles)]:
        b = _third_name(doc.text, a, b, taken)  # "Міністр оборони Данії Троельс Лунд Поульсен зазначив"
        text = doc.text[a:b]
        out.append(Mention(a, b, text, person_id(transliterate(text)), "person", "pattern.role"))
    known = [m for m in mentions if m.type == "person" and len(m.text.split()) >= 2]
    # ("... Андрей Черкасов ... как уточнил Черкасов"): the surname alone, where the KB read a place again
    surnames = {m.text.split()[-1] for m in out if len(m.text.split()) >= 2}
    alone = {(m.start, m.end) for m in mentions if m.type == "place" and m.text in surnames}
    out += _surnames_missed(doc.text, [*out, *known], [s for s in taken if s not in alone])
    return _surnames_of_full_names(sorted(out, key=lambda m: m.start), known)


# a preposition of place right before a one-word name: the name is a place's ("на Суми", "у Рибному")
_PLACE_PREP = re.compile(r"(?<![\w-])(?:в|во|на|под|возле|около|близ|над|у|під|біля|поблизу)\s+$", re.IGNORECASE)
# the rest of a Ukrainian name after its apostrophe ("Дерев'янко", "Солов'йов")
_APOSTROPHE_TAIL = re.compile(r"['’ʼ][а-яёіїєґ]+")
_CAP_WORD = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?![\w'’-])")


def _given_before(text: str, start: int) -> bool:
    """Whether a known given name stands right before ``start`` ("Андрей Черкасов")."""
    words = text[max(0, start - 25) : start].split()
    return text[start - 1 : start] == " " and bool(words) and given_name(words[-1]) and words[-1][:1].isupper()


def _common_word_opening(text: str, start: int, stop: int, lang: str) -> bool:
    """A single dictionary word that opens a sentence, no given name, and no capitalised word after it."""
    import simplemma

    word = text[start:stop]
    if " " in word or given_name(word) or _CAP.match(text, stop + 1):
        return False
    if text[max(0, start - 2) : start].strip() not in ("", ".", "!", "?", "»", "\n") and start > 0:
        return False
    return bool(simplemma.is_known(word.casefold(), lang=lang))


def _surnames_missed(text: str, people: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A surname alone that the NER missed ("Савранський також повідомив" at a sentence start), after
    the person was named in full; linked to that person by ``_surnames_of_full_names``."""
    from ._entities import person_id

    full = [m for m in people if len(m.text.split()) >= 2]
    if not full:
        return []
    first = min(m.start for m in full)
    spans = taken + [(m.start, m.end) for m in people]
    out = []
    for hit in _CAP_WORD.finditer(text, first):
        a, b = hit.span()
        if any(x < b and a < y for x, y in spans):
            continue
        word = hit.group().casefold()
        if any(m.end <= a and _same_surname(m.text.split()[-1].casefold(), word) for m in full):
            out.append(Mention(a, b, hit.group(), person_id(transliterate(hit.group())), "person", "pattern.natasha"))
    return out


def _after_known(text: str, start: int, stop: int, taken: list[tuple[int, int]]) -> int:
    """Where a name the NER found starts once the known mentions it opens with are cut off
    ("Данії Троельс Лунд Поульсен" → "Троельс Лунд Поульсен"); ``start`` when none is."""
    cut = start
    for a, b in sorted(taken):
        if a == cut and b < stop and text[b : b + 1] == " " and _CAP.match(text, b + 1):
            cut = b + 1
    return cut


def _first_name_before(text: str, start: int, stop: int, taken: list[tuple[int, int]]) -> int:
    """Where a one-word name the NER found starts once a capitalised word right before it joins it
    ("адміністрації Івана Федорова"); not at a sentence start, not a known mention."""
    if " " in text[start:stop] or start < 2 or text[start - 1] != " ":
        return start
    prev = _CAP_BEFORE.search(text, max(0, start - 30), start - 1)
    if prev is None or any(a < prev.end() and prev.start() < b for a, b in taken):
        return start
    lead = text[max(0, prev.start() - 40) : prev.start()]
    if not lead.endswith(" ") or not lead.strip() or lead.rstrip()[-1] in '.!?:;«"\n—–-':
        return start  # a sentence or quotation opens with the word: it may be any capitalised word
    return prev.start()


def _surname_after_given(text: str, start: int, stop: int, taken: list[tuple[int, int]]) -> int:
    """The end of a one-word given name the NER found ("Юрія"), taking the capitalised surname right
    after it that no other mention holds ("Юрія Ігната")."""
    word = text[start:stop]
    if " " in word or text[stop : stop + 1] != " " or not given_name(word):
        return stop
    return _free_word_after(text, stop, taken, "'’")


@cache
def _given_stems() -> frozenset[str]:
    from ..extract._lexicon import _read

    names = [str(n) for n in _read("names.yaml").get("cyrillic_given_names") or []]
    return frozenset(n[:-1] if n[-1] in "аяоыийь" else n for n in names)


def given_name(word: str) -> bool:
    """A Russian or Ukrainian given name in any case ("Юрія", "Олександра", "Дмитра", "Ольги")."""
    return any(word[:k] in _given_stems() and len(word) - k <= 3 for k in range(3, len(word) + 1))


def _third_name(text: str, start: int, stop: int, taken: list[tuple[int, int]]) -> int:
    """The end of a two-word name the NER found, taking a third capitalised word right after it
    that no other mention holds ("Троельс Лунд Поульсен", "Педро Санчес Перес")."""
    if len(text[start:stop].split()) != 2 or text[stop : stop + 1] != " ":
        return stop
    return _free_word_after(text, stop, taken, "-'’")


def _free_word_after(text: str, stop: int, taken: list[tuple[int, int]], joiners: str) -> int:
    """The end of the capitalised word right after ``stop`` that no mention holds and no ``joiners``
    character continues; ``stop`` when there is none."""
    nxt = _CAP.match(text, stop + 1)
    if nxt is None or (nxt.end() < len(text) and (text[nxt.end()].isalnum() or text[nxt.end()] in joiners)):
        return stop
    if any(a < nxt.end() and nxt.start() < b for a, b in taken):
        return stop
    return nxt.end()


def _surnames_of_full_names(found: list[Mention], known: list[Mention] | None = None) -> list[Mention]:
    """ "Олександр Гринчук ... уточнив Гринчук", "по словам Ладыгина": a surname alone, in any case,
    is the person named in full before."""
    full: list[Mention] = []
    out: list[Mention] = []
    for m in found:
        words = m.text.split()
        if len(words) >= 2:
            full.append(m)
        elif len(words) == 1:
            word = words[0].casefold()
            # (a KB person named in full before counts too: "Ігор Терехов ... За словами Терехова")
            before = sorted([*full, *(k for k in known or [] if k.end <= m.start)], key=lambda f: f.start)
            same = next((f for f in reversed(before) if _same_surname(f.text.split()[-1].casefold(), word)), None)
            if same is not None:
                m = Mention(m.start, m.end, m.text, same.entity_id, m.type, m.rule, m.role)
        out.append(m)
    return out


def _same_surname(a: str, b: str) -> bool:
    """The same surname in two cases: "гринчук"/"гринчука", "ладыгин"/"ладыгина", "фомичёв"/"фомичёва"."""
    if len(a) < 4 or len(b) < 4:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= min(len(a), len(b)) - 1 and k >= 4 and max(len(a), len(b)) - k <= 3


def _other_person(name: str, ent: Any) -> bool:
    """A longer name round a KB surname whose other words the KB's names lack: someone else."""
    own = {w.casefold() for n in (ent.name, *ent.aliases) for w in n.split()}
    return any(w.casefold() not in own for w in name.split())


_WORD = re.compile(r"[\w'’-]+")
_CAP_BEFORE = re.compile(r"(?<![\w'’-])[А-ЯІЇЄҐ][а-яіїєґё'’]+$")
_CAP = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґё'’]+(?:-[А-ЯІЇЄҐ][а-яіїєґё'’]+)?")


def _is_role(word: str, roles: frozenset[str] | set[str]) -> bool:
    """A role noun in any case: "президент", "президента", "міністрові"."""
    return word in roles or any(len(word) - k >= 5 and word[:-k] in roles for k in (1, 2, 3))


def _after_roles(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A first name and surname the NER missed after a role: "заступник міністра оборони України
    Олексій Гайдук" (two capitalised words, neither part of a known name, within seven words)."""
    from ..extract._lexicon import get_lexicon

    roles = get_lexicon(doc.lang or "ru").person_roles
    words = list(_WORD.finditer(doc.text))
    out: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if not _is_role(w.group().casefold(), roles):
            continue
        for j in range(i + 1, min(i + 8, len(words) - 1)):
            x, y = words[j], words[j + 1]
            if "\n" in doc.text[w.end() : y.start()] or any(c in doc.text[w.end() : x.start()] for c in ".,;:"):
                break  # the role's phrase ends at a clause boundary
            if not (_CAP.fullmatch(x.group()) and _CAP.fullmatch(y.group())) or x.start() == 0:
                continue
            if any(a < y.end() and x.start() < b for a, b in [*taken, *out]):
                continue
            if doc.text[x.end() : y.start()] != " ":
                continue
            out.append((x.start(), y.end()))
            break
    return out


def _given_then_surname(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A known given name and a capitalised word after it that the NER missed ("жительница улицы Радио
    Ольга Демченко", where the NER took "Радио Ольга Демченко" for a body)."""
    words = list(_WORD.finditer(doc.text))
    out: list[tuple[int, int]] = []
    for x, y in zip(words, words[1:], strict=False):
        if not (_CAP.fullmatch(x.group()) and _CAP.fullmatch(y.group())) or doc.text[x.end() : y.start()] != " ":
            continue
        if not given_name(x.group()) or given_name(y.group()):
            continue
        if any(a < y.end() and x.start() < b for a, b in [*taken, *out]):
            continue
        out.append((x.start(), y.end()))
    return out


_ADJ_ENDING = re.compile(r"(?:ої|ого|ому|ій|ий|ою|ой|ая|ую|ым|им|их|ых)$")
_NEXT_WORD = re.compile(r"\s+([а-яёіїєґ'’]+)")


def _agrees_with_next(text: str, stop: int) -> bool:
    """A capitalised adjective followed by a lower-case one in the same case ending ("Хмельницької
    обласної", "Одесской областной"): the adjective of a place, no name."""
    nxt = _NEXT_WORD.match(text, stop)
    if nxt is None:
        return False
    tail = text[max(0, stop - 4) : stop].casefold()
    end = _ADJ_ENDING.search(tail)
    if end is not None and nxt.group(1).endswith(end.group()):
        return True
    # "Національної поліції", "Східно-Сибірської залізниці", "Национальной гвардии": a feminine adjective in
    # the genitive before its noun (a woman's surname in the genitive ends a phrase: "за словами Ковальської,")
    if tail.endswith(("ої", "ой")) and nxt.group(1).endswith(("ії", "ці", "ні", "ки", "ии", "ны")):
        return True
    # "у Повітряних силах", "Вооруженных сил": a plural adjective before its noun
    return tail.endswith(("их", "ых")) and nxt.group(1).endswith(("ах", "ях", "ів", "ей", "ов", "ами", "ями", "сил"))


# a compound adjective ("Десантно-штурмових", "Військово-морських"), lower case after its hyphen: no name
_COMPOUND_ADJECTIVE = re.compile(r"\w-[а-яёіїєґ]")
