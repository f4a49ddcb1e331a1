"""Sources that the knowledge base does not know, found by pattern.

- a kind noun before a capitalised name: "the channel Grey Zone", "state broadcaster ORTM",
  "der Telegram-Kanal Rybar" (the name is the source, the noun gives its kind);
- a capitalised name that ends in a kind noun: "Al-Masirah TV", "Azawad Liberation Front";
- an account handle: "@CaribbeanOSINT" (social media);
- a definite person description: "der SPD-Politiker", "the minister" (without a name beside it)
  refers to the last person who spoke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import Token
from ._acts import moves_object
from ._body_kinds import state_body
from ._context import SentenceView, clause_bounds
from ._lexicon import Lexicon, common_german_word, kind_noun

__all__ = [
    "Candidate",
    "named_sources",
    "person_references",
    "speaker_names",
    "subject_phrase",
]

# joiners inside a name ("Institute for the Study of War", "Front de Libération", "al-Masirah")
_JOINERS = frozenset("of for the de du la al el and".split())
_CAP = re.compile(r"[A-ZÄÖÜА-ЯЁІЇЄҐ][\w'’.-]*$|[A-ZÄÖÜА-ЯЁІЇЄҐ]{2,}$")
_DEFINITE = frozenset("der die the".split())
_OPENERS = ("country", "place")
_HANDLE = re.compile(r"\w{3,}$")
_QUOTES = frozenset("„“”\"«»‚‘’'")
_NAME_PART = re.compile(r"[^\W_]+|[/&+]")
_CALLED = frozenset("called named namens dubbed".split())


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    entity_id: str | None
    kind: str  # source_kind
    what: str  # person | organization | institution | country | anonymous | person_ref


def _capitalised(tok: Token) -> bool:
    return bool(_CAP.match(tok.text))


def _free(tok: Token, taken: list[tuple[int, int]]) -> bool:
    return not any(a < tok.end and tok.start < b for a, b in taken)


def _run_after(toks: list[Token], i: int, taken: list[tuple[int, int]], stop: frozenset[str]) -> int:
    """Index after the capitalised run that starts at ``toks[i]`` (``i`` when there is none)."""
    j = i
    # a stop word may continue a name ("Myanmar Now") but not open one
    while j < len(toks) and _free(toks[j], taken) and (j > i or toks[j].text.casefold() not in stop):
        if _capitalised(toks[j]):
            j += 1
        elif toks[j].text.casefold() in _JOINERS and j + 1 < len(toks) and _capitalised(toks[j + 1]) and j > i:
            j += 1
        else:
            break
    while j > i and not _capitalised(toks[j - 1]):
        j -= 1
    return j


def _common_after_company(lex: Lexicon, noun: str, toks: list[Any]) -> bool:
    """German company nouns are definite descriptions as often as kind nouns: after "das Unternehmen" a
    run of common words ("Ende Mai", "Montag") is no name; a name holds a word that is no common noun."""
    if lex.lang != "de" or not any(noun.endswith(h) for h in lex.company_heads | _DESCRIPTIVE_DE):
        return False
    return all(common_german_word(t.text, "de") for t in toks)


_DESCRIPTIVE_DE = frozenset({"plattform", "dienstleister", "dienstleisters", "anbieter", "anbieters"})


def named_sources(
    view: SentenceView, lex: Lexicon, taken: list[tuple[int, int]], stop: frozenset[str]
) -> list[Candidate]:
    """Unknown organisations and channels named by pattern, outside ``taken`` spans."""
    if not (lex.source_nouns or lex.org_heads):
        return []
    toks = view.sent.tokens
    text = view.doc.text
    out: list[Candidate] = []
    nouns, heads = lex.source_nouns, lex.org_heads
    for i, tok in enumerate(toks):
        low = tok.text.casefold()
        if tok.text == "@" and i + 1 < len(toks) and toks[i + 1].start == tok.end and _HANDLE.match(toks[i + 1].text):
            a, b = tok.start, toks[i + 1].end
            if _free(toks[i + 1], taken):
                out.append(Candidate(a, b, text[a:b], None, "social_media", "organization"))
            continue  # an account on a platform: "@CaribbeanOSINT said ..."
        two = f"{toks[i - 1].text} {tok.text}".casefold() if i > 0 else ""
        if two in nouns:
            low = two  # "the think tank New America": a kind noun of two words
        elif low not in nouns and low not in heads:
            # "die US-Behörde ATF", "der Inlandsgeheimdienst BIS": the compound ends in the kind noun
            noun = kind_noun(lex, tok.text) if tok.text[:1].isupper() else None
            if noun is None:
                continue
            low = noun
        kind = nouns.get(low)
        if kind is not None and tok.text.startswith(("UN-", "UNO-", "Uno-")):
            kind = "international"  # "die UN-Agentur X": a UN body
        if kind is not None and i + 1 < len(toks):
            k = i + 1
            if k < len(toks) and toks[k].text.casefold() in _CALLED:
                k += 1  # "a channel called Contract Abroad", "ein Kanal namens Rybar"
            owner_end = tok.end
            if k + 1 < len(toks) and toks[k + 1].text in _QUOTES and _GENITIVE_PLURAL.fullmatch(toks[k].text):
                owner_end = toks[k].end  # "группа исследователей «Открытый приговор»": whose group, then its name
                k += 1
            if k < len(toks) and toks[k].text == ",":
                k += 1  # "another channel, Razgruzka Vagnera,"
                if k < len(toks) and toks[k].text.casefold() in _DEFINITE:
                    k += 1  # "the Polisario's outlet, the Sahara Press Service,"
            opened_at = k
            while k < len(toks) and toks[k].text in _QUOTES:
                k += 1  # der Telegram-Kanal „Frontowaja Swodka“
            if k >= len(toks):
                continue
            gap = text[owner_end : toks[k].start].strip().strip("".join(_QUOTES)).strip()
            gap = " ".join(w for w in gap.split() if w.casefold() not in _CALLED)
            if gap not in ("", ",") and not (gap.startswith(",") and gap[1:].strip().casefold() in _DEFINITE):
                continue
            # a country or place may open the name right after a kind noun ("the outlet Myanmar Now"), not
            # after a comma ("behauptet der Kanal, Nordkorea habe ...")
            loose = [(a, b) for a, b in taken if not any(m.start == a and m.type in _OPENERS for m in view.mentions)]
            j = _run_after(toks, k, loose, stop)
            if k > opened_at and j > k:
                # «Военная хроника», „Zwei Majore“: a quoted name runs to its closing quote
                close = next((x for x in range(j, min(k + 5, len(toks))) if toks[x].text in _QUOTES), None)
                # ("„Rjasan 24/7“", '"Darfur Front 24"': figures and a slash are part of it)
                if close is not None and all(_free(t, loose) and _NAME_PART.fullmatch(t.text) for t in toks[j:close]):
                    j = close
            if "," in text[tok.end : toks[k].start] and any(
                m.start == toks[k].start and m.end >= toks[j - 1].end and m.type in _OPENERS for m in view.mentions
            ):
                continue  # after a comma a bare country is no name: "behauptet der Kanal, Nordkorea habe ..."
                # (a longer name it opens is: "a channel, Marib Frontline,")
            if j > k and j - k <= 4 and not _common_after_company(lex, low, toks[k:j]):
                a, b = toks[k].start, toks[j - 1].end
                out.append(Candidate(a, b, text[a:b], None, kind, "organization"))
                continue
        kind = heads.get(low) if tok.text[:1].isupper() else None
        if kind is None or not _free(tok, taken):
            continue
        # the head may come first: "Centre for Democracy and Development", "Bundesamt für Wirtschaft
        # und Ausfuhrkontrolle", "Office for the Coordination of Humanitarian Affairs"
        e = _forward_name(toks, i, taken)
        if e > i + 1:
            k = i
            while k > 0 and _capitalised(toks[k - 1]) and _free(toks[k - 1], taken) and i - k < 2:
                if toks[k - 1].text.casefold() in stop:
                    break
                k -= 1  # "the International Institute for Strategic Studies"
            if not any(c.start <= toks[k].start < c.end for c in out):
                a, b = toks[k].start, toks[e - 1].end
                out.append(Candidate(a, b, text[a:b], None, state_body(lex, toks[k:e], kind), "organization"))
            continue
        if i == 0:
            continue
        k = i
        # a country may open the name ("Rwanda Defence Force", "Philippine Coast Guard")
        opened = [(a, b) for a, b in taken if not any(m.start == a and m.type in _OPENERS for m in view.mentions)]
        while k > 0 and _free(toks[k - 1], opened) and toks[k - 1].text.casefold() not in stop:
            prev = toks[k - 1]
            joined = text[prev.end : toks[k].start] in ("", " ", "-")
            if not joined or not (_capitalised(prev) or (prev.text.casefold() in _JOINERS and k - 2 >= 0)):
                break
            low_prev = prev.text.casefold()
            possessive = prev.text.endswith(("'s", "’s")) or text[prev.end : prev.end + 2] in ("'s", "’s")
            if (
                (possessive and any(m.start <= prev.start < m.end and m.type in _OPENERS for m in view.mentions))
                or kind_noun(lex, prev.text) is not None
                or any(low_prev.endswith(h) for h in lex.company_heads)
                or low_prev.endswith("-based")  # "the Khartoum-based Sudan Peace Monitor": where it sits
            ):
                break  # "Israel's BlueBird Aero Systems", "Rüstungsunternehmen Skyvane Systems": not the name
                # (a possessive that is part of it stays: "the Ombudsman's Office")
            k -= 1
        while k < i and not _capitalised(toks[k]):
            k += 1
        if k < i and i - k <= 4 and not any(c.start <= toks[k].start < c.end for c in out):
            a, b = toks[k].start, tok.end
            if low in lex.seated_heads:
                seat = _SEAT.match(text, b)
                place = seat and next((m for m in view.mentions if m.start == seat.end() and m.type in _OPENERS), None)
                b = place.end if place else b  # "the Human Rights Monitoring Mission in Ukraine"
            # "Foreign Intelligence Agency", "Defence Intelligence Service": an intelligence service
            spy = any(t.text.casefold() in lex.intelligence_words for t in toks[k:i])
            police = kind == "military" and any(t.text.casefold() in lex.police_words for t in toks[k:i])
            kind = "intelligence" if spy else "government" if police else state_body(lex, toks[k : i + 1], kind)
            out.append(Candidate(a, b, text[a:b], None, kind, "organization"))
    return out + _after_according(view, lex, taken, stop, out)


_SEAT = re.compile(r"\s+in\s+(?:the\s+)?")
_ACCORDING = re.compile(r"(?:nach\s+angaben\s+von|laut|according\s+to|zufolge\s+von)\s+$", re.IGNORECASE)
_AS_SAID = re.compile(r"\bwie\s+(?:das|die|der)\s+$|\bwie\s+(?:das|die|der)\s+[A-ZÄÖÜ]")
_OPENING_ARTICLE = re.compile(r"\s*(?:Die|Der|Das)\s+[A-ZÄÖÜ]")
_ACCORDING_ANY = re.compile(r"\b(?:nach\s+angaben\s+von|laut|according\s+to|zufolge\s+von)\s", re.IGNORECASE)


def _after_according(
    view: SentenceView, lex: Lexicon, taken: list[tuple[int, int]], stop: frozenset[str], out: list[Candidate]
) -> list[Candidate]:
    """An unknown capitalised name right after "nach Angaben von" / "according to" ("nach Angaben von
    Armasuisse"): a body that speaks (a person when it opens with a known given name)."""
    from ._lexicon import first_names

    toks = view.sent.tokens
    found: list[Candidate] = []
    # ("wie das VBS mitteilte", "Die Armasuisse bezifferte ...": an unknown body right before its verb)
    subject = lex.lang == "de" and (_AS_SAID.search(view.text) or _OPENING_ARTICLE.match(view.text))
    if not _ACCORDING_ANY.search(view.text) and not subject:
        return found  # no "according to" in the sentence: nothing to find (the common case)
    roles = lex.person_roles | lex.anonymous_sources | set(lex.role_kinds)
    # "Laut Amsel" after "Konrad Amsel": the surname of a person named before
    surnames = {m.text.split()[-1] for m in view.doc.mentions if m.type == "person" and " " in m.text}
    for i, tok in enumerate(toks):
        if not _capitalised(tok) or not _free(tok, taken) or tok.text.casefold() in stop:
            continue
        if tok.text in surnames and (i + 1 == len(toks) or not _capitalised(toks[i + 1])):
            continue
        before_verb = subject and (
            _AS_SAID.search(view.doc.text, max(view.sent.start, tok.start - 10), tok.start)
            or (i == 1 and _OPENING_ARTICLE.match(view.text))
        )
        if not before_verb and not _ACCORDING.search(view.doc.text, max(view.sent.start, tok.start - 25), tok.start):
            continue
        low = tok.text.casefold()
        if (
            low in roles
            or any(len(r) >= 5 and low.endswith(r) for r in roles)
            or low.endswith(("chef", "chefin"))  # "Konzernchef Armin Papperger": a role before a name
            or kind_noun(lex, tok.text)
        ):
            continue  # "nach Angaben von Bürgermeister X", "von Experten": a role, not a name
        if any(pat.fullmatch(tok.text) for pat, _ in lex.institutions):
            continue
        j = _run_after(toks, i, taken, stop)
        if j <= i or j - i > 3 or any(c.start <= tok.start < c.end for c in out):
            continue
        verb = j < len(toks) and (
            lex.att_verbs.fullmatch(toks[j].text) or (i > 1 and toks[j].text.endswith(("te", "ten", "t")))
        )  # ("wie das VBS mitteilte": the verb closes the clause)
        if before_verb and not (j == i + 1 and verb and not common_german_word(tok.text)):
            continue  # ("Das Gesamtvolumen beziffern ..."): only a name no dictionary knows, right before its verb
        a, b = tok.start, toks[j - 1].end
        owned = _POSSESSED.match(view.doc.text, b)
        if owned is not None and (owned.group(1) or view.doc.text[a:b].endswith(("'s", "’s"))):
            # "according to Guerrero's state security ministry": the owner's institution speaks, whole
            words = owned.group(2).split()
            for n in range(len(words), 0, -1):
                body = next((k for pat, k in lex.institutions if pat.fullmatch(words[n - 1])), None)
                if body is not None:
                    e = owned.start(2) + len(" ".join(words[:n]))
                    found.append(Candidate(a, e, view.doc.text[a:e], None, body, "institution"))
                    break
            continue
        person = j - i >= 2 and tok.text in first_names()
        if person and any(m.type == "person" and m.start == a for m in view.mentions):
            continue  # ("according to Jonas Keller of the ... Institute": the person found speaks, with his body)
        kind = "person" if person else _apposed_kind(view, lex, b) or "government"
        found.append(Candidate(a, b, view.doc.text[a:b], None, kind, "organization"))
    return found


# a possessive owner and the lower-case description of what it owns: "Guerrero's state security ministry"
_POSSESSED = re.compile(r"(['’]s)?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
# an apposition that says what a name is: "Basalt Lens, a London-based open-source research group"
_APPOSED = re.compile(r",\s+(?:a|an|the|ein|eine|einer|einem|der|die|das|dem)\s+([^,.;:]{3,80})")


def _apposed_kind(view: SentenceView, lex: Lexicon, end: int) -> str | None:
    """The kind of body the apposition right after a name describes, if it names one."""
    hit = _APPOSED.match(view.doc.text, end)
    if hit is None:
        return None
    return next((k for pat, k in lex.institutions if pat.search(hit.group(1))), None)


_OF = frozenset("of for für on der des".split())
# a Russian or Ukrainian genitive plural in lower case ("исследователей", "волонтерів", "журналистов")
_GENITIVE_PLURAL = re.compile(r"[а-яёіїєґ'’]{3,}(?:ей|ов|ев|ів|їв)")
# a German adjective in lower case, inflected
_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")


def _forward_name(toks: list[Token], i: int, taken: list[tuple[int, int]]) -> int:
    """Index after a name that goes on after its head ``toks[i]`` with "of"/"for"/"für" and capitalised
    words (joiners between them allowed); ``i + 1`` when it does not."""
    if i + 2 >= len(toks) or toks[i + 1].text.casefold() not in _OF:
        return i + 1
    german = toks[i + 1].text.casefold() == "für"
    j = i + 2
    while j < len(toks) and j - i <= 8 and _free(toks[j], taken):
        if _capitalised(toks[j]):
            j += 1
        elif toks[j].text.casefold() in _JOINERS | _OF | {"und"} and j + 1 < len(toks) and _capitalised(toks[j + 1]):
            j += 1
        elif german and _ADJECTIVE.fullmatch(toks[j].text) and j + 1 < len(toks) and _capitalised(toks[j + 1]):
            j += 1  # "Zentrum für maritime Sicherheit", "Institut für internationale Politik": an adjective inside
        else:
            break
    while j > i + 2 and not _capitalised(toks[j - 1]):
        j -= 1
    return j if j > i + 2 else i + 1


def person_references(view: SentenceView, lex: Lexicon) -> list[Candidate]:
    """ "sagte der SPD-Politiker", "the minister said": a definite role noun (or a compound whose
    tail is one) with no name beside it; resolved later to the last person who spoke."""
    out: list[Candidate] = []
    toks = view.sent.tokens
    for i in range(1, len(toks)):
        if toks[i - 1].text.casefold() not in _DEFINITE:
            continue
        tok = toks[i]
        word = tok.text.casefold()
        tail = word.rsplit("-", 1)[-1]
        if word not in lex.person_roles and tail not in lex.person_roles:
            continue
        if word in lex.role_kinds and lex.role_kinds[word] != "person" and "-" not in word:
            continue  # "der Gouverneur" speaks for an office: an institution candidate
        if any(m.type == "person" and 0 <= m.start - tok.end <= 40 for m in view.mentions):
            continue  # "der Minister Boris Pistorius": the name is the source
        out.append(
            Candidate(toks[i - 1].start, tok.end, f"{toks[i - 1].text} {tok.text}", None, "person", "person_ref")
        )
    return out


# English verbs of saying right after an unknown name make it the speaker: "Tho says", "AMTI says"
_SPEAKING = frozenset(
    "said says claimed claims told wrote writes reported reports estimated estimates alleged alleges stated "
    "insisted insists noted notes warned warns added adds announced announces confirmed confirms denied denies".split()
)
_PRONOUNS = frozenset("i you he she it we they this that these those there who".split())
_OPENING = frozenset({",", "“", '"', "—", "–", "-"})


def speaker_names(
    view: SentenceView, lex: Lexicon, taken: list[tuple[int, int]], stop: frozenset[str]
) -> list[Candidate]:
    """An unknown capitalised name (one to three words) that opens a sentence or a clause right before a
    verb of saying ("Amaq said ...", "In October, Tho says, ...", "..., AMTI says."): a surname is a
    person, an acronym a body that speaks."""
    if lex.lang != "en":
        return []  # German capitalises every noun: "Experten sagten" is no name
    from ._lexicon import first_names

    toks = view.sent.tokens
    out: list[Candidate] = []
    for v, tok in enumerate(toks):
        if tok.text.casefold() not in _SPEAKING or v == 0:
            continue
        i = v
        while i > 0 and v - i < 3 and _capitalised(toks[i - 1]) and _free(toks[i - 1], taken):
            i -= 1
        if i == v or (i > 0 and toks[i - 1].text not in _OPENING):
            continue  # no name, or one inside a clause ("the report by Amnesty International said")
        words = [t.text for t in toks[i:v]]
        if any(
            w.casefold() in stop
            or w.casefold() in _PRONOUNS
            or w.casefold() in lex.person_roles
            or w.casefold() in lex.anonymous_sources  # "Survivors told ...", "Witnesses said"
            or kind_noun(lex, w)
            or any(pat.fullmatch(w) for pat, _ in lex.institutions)  # "Prosecutors said": a body
            or (w.endswith(("ed", "ing", "ly")) and w[1:].islower())  # "Unverified reports ...": no name
            for w in words
        ):
            continue  # "The ministry said", "He said", "Officials said"
        a, b = toks[i].start, toks[v - 1].end
        if any(m.start < b and a < m.end for m in view.mentions):
            continue  # a name found already ("Sanchez said" after "Pedro Sanchez")
        acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
        person = not acronym and (len(words) == 1 or words[0] in first_names())
        out.append(
            Candidate(
                a,
                b,
                view.doc.text[a:b],
                None,
                "person" if person else "government",
                "person" if person else "organization",
            )
        )
    return out


_SUBJECT_OPENERS = frozenset("the a an der die das den ein eine einer eines".split())
_PREPOSITIONS = frozenset("in of from at for with on near im in der des von aus bei für mit am auf".split())
_NOT_SUBJECTS = frozenset(
    "he she it they we i you er sie es wir ich man this that these those dies diese dieser "
    "which who whom what welche welcher".split()
)
_WORD = re.compile(r"[\w'’-]+")
_TRAILING_ADVERB = re.compile(
    r"\s+(?:also|too|now|later|again|separately|previously|earlier|meanwhile|however|auch|ebenfalls|zudem|"
    r"außerdem|nun|jetzt|bereits|erneut|inzwischen|dagegen|hingegen)$",
    re.IGNORECASE,
)
_AFTER_VERB = re.compile(r"\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*(?=[.,;:!?]|$)")


# an object and "to" before any clause opener: "added five companies in Singapore to its list"
def subject_phrase(view: SentenceView, lex: Lexicon) -> tuple[str, str, tuple[int, int], str] | None:
    """An unnamed subject of a verb of saying that no other rule knows: (phrase, kind, span, verb) for
    "Civil society leaders in Uvira said ...", "A statement from the presidency said ...", "...,
    erklärte die Rebellengruppe": the phrase before the verb (from the clause start), or after it in
    an inverted clause; its kind from words of the phrase (``subject_kinds``), "person" for a
    person noun, else None (no source: too vague to name one)."""
    if lex.lang not in ("de", "en") or not lex.subject_kinds:
        return None
    s0 = view.sent.start
    for verb in view.find(lex.att_verbs):
        if moves_object(view.text, verb, lex):
            continue
        lo = clause_bounds(view.text, verb.start())[0]
        end = verb.start()
        rel = _RELATIVE_ASIDE.search(view.text, lo, end)
        if rel is not None:
            end = rel.start()  # "The Red Crescent, whose staff asked not to be named, said": its subject before
        pre = view.text[lo:end]
        lo += pre.rfind(",") + 1  # "At least 40 were killed, the rebel group said": after the last comma
        seg = view.text[lo:end]
        if seg.strip():
            a, b = lo + len(seg) - len(seg.lstrip()), lo + len(seg.rstrip())  # subject, verb
        else:
            # "..., erklärte die Rebellengruppe.", "..., said the rebel group": verb, subject
            after = _AFTER_VERB.match(view.text, verb.end())
            if after is None:
                continue
            a, b = after.start(1), after.end(1)
        while True:  # "Posts on southern channels also say": the adverb is no part of the speaker
            tail = _TRAILING_ADVERB.search(view.text, a, b)
            if tail is None or tail.start() <= a:
                break
            b = tail.start()
        words = _WORD.findall(view.text[a:b])
        if len(words) > 7:
            continue
        if not words or words[0].casefold() not in _SUBJECT_OPENERS and not words[0][:1].isupper():
            continue
        if any(w.casefold() in _NOT_SUBJECTS for w in words[:1]) or any(ch.isdigit() for ch in view.text[a:b]):
            continue
        low = [w.casefold() for w in words]
        head_i = next((i for i, w in enumerate(low) if i > 0 and w in _PREPOSITIONS), len(low))
        head = low[head_i - 1] if head_i else low[-1]
        if head in _NOT_SUBJECTS or head in _SUBJECT_OPENERS:
            continue
        from ._kinds import role_of

        # a role noun says whom it speaks for ("eine Regierungssprecherin"), else the words of the phrase
        # ("Die Regierungssprecherin Aline Mukamana": the role before a name no list knows)
        roles = [k for k in (role_of(w, lex) for w in low[:head_i]) if k not in (None, "person")]
        kind = (
            role_of(head, lex)
            or (roles[0] if roles else None)
            or next((k for k, ws in lex.subject_kinds.items() if any(_has(w, ws) for w in low)), None)
        )
        if kind is None and (head in lex.anonymous_sources or head.rstrip("s") in lex.anonymous_sources):
            kind = "anonymous"
        if kind is None:
            continue  # "The report said", "Das Dokument zeigt": no speaker this rule can name
        return view.text[a:b], kind, (s0 + a, s0 + b), verb.group()
    return None


# a relative clause set off by commas right before the verb: ", whose staff asked not to be named, "
_RELATIVE_ASIDE = re.compile(r",\s*(?:whose|who|which|deren|dessen)\s[^,;]*,\s*$")


def _has(word: str, stems: frozenset[str]) -> bool:
    """A word of the phrase or a German compound ending in one ("Menschenrechtsgruppe", "Z-Kanal")."""
    return (
        word in stems
        or word.rsplit("-", 1)[-1] in stems
        or any(len(word) > len(st) + 3 and word.endswith(st) for st in stems if len(st) >= 5)
    )
