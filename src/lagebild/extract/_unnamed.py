"""Unnamed sources among a sentence's candidates: "zwei mit dem Vorgang vertraute Personen",
"sources said", "a senior police official", "a source close to the Defence Ministry"."""

from __future__ import annotations

import re

from ..document import Attribution
from ._channels import after_prep
from ._context import Hit, SentenceView
from ._coref import carried, resolve_definite
from ._institutions import modifiers_before
from ._lexicon import Lexicon
from ._nearby import UNNAMED_INSIDERS
from ._sources import Candidate

_BARE_QUANTIFIERS = frozenset(
    "a an one the another two three several some other ein eine einer zwei drei mehrere".split()
)


__all__ = [
    "anonymous_next",
    "circle_of",
    "document_writer",
    "names_a_person",
    "rumour_setting",
    "speaker_unnamed",
    "unnamed_attribution",
    "unnamed_sources",
    "writer_after",
]

# an unnamed speaker's workplace: "source at (the) (main) ...", "Arzt im Krankenhaus der ..."
# ("Источник в оборонном ведомстве", "Джерело в Міністерстві оборони")
_AT_WORKPLACE = re.compile(
    r"\s+(?:at|in|inside|within|from|im|in\s+der|am|aus\s+der|aus\s+dem|в|во|из|у|з|із)\s+(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# "джерел японської газети Asahi Shimbun", "sources of the daily X": lower-case words up to the outlet
_OF_OUTLET = re.compile(r"\s+(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+){0,3}[«„“\"]?")
# "двух источников ..., на которых ссылается агентство Bloomberg": the outlet that cites them
_CITED_BY = re.compile(
    r"[^.;:]{0,60}?,\s*на\s+(?:котор|як)\w*\s+(?:ссыла|посила)\w*\s+(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+){0,2}[«„“\"]?"
)
_CLOSE_TO = re.compile(r",?\s+(?:close\s+to|близк\w*\s+к|близьк\w*\s+до)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")


def unnamed_sources(
    view: SentenceView, lex: Lexicon, out: list[Candidate], inst: list[Candidate], platforms: set[str]
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """The unnamed speakers of a sentence, given its named (``out``) and institutional (``inst``)
    candidates; returns all three lists, the first two without what an unnamed speaker rules out."""
    # "Джерело, близьке до ...": the NER's person at a sentence start is the unnamed source
    out = [c for c in out if not (c.what == "person" and c.text.casefold() in lex.anonymous_sources)]
    taken = [(c.start, c.end) for c in out + inst]
    anon: list[Candidate] = []
    counts = [q for q in view.quantities if q.value and q.value >= 50]
    toks = view.sent.tokens
    for k, t in enumerate(toks):
        if t.text.casefold() not in lex.anonymous_sources or any(a <= t.start < b for a, b in taken):
            continue
        if k + 1 < len(toks) and toks[k + 1].text.casefold() in platforms | lex.medium_nouns:
            continue  # "the official Telegram channel", "official figures": an adjective, no speaker
        if names_a_person(view, t.end):
            continue  # "laut dem Experten Dr. Gernot X", "the analyst Jane Doe": the named person speaks
        if any(q.start < t.start and t.start - q.end <= 1 or q.start <= t.start < q.end for q in counts):
            continue  # "von 13.000 Mann gesprochen": a head count, not a speaker
        if t.text.casefold() not in UNNAMED_INSIDERS and any(
            c.what == "organization" and 0 <= t.start - c.end <= 1 for c in out
        ):
            continue  # "UN investigators said": the body they work for speaks ("navy sources" stay unnamed)
        if lex.lang in ("ru", "uk") and any(
            c.kind == "media"
            and c.start > t.end
            and (
                _OF_OUTLET.fullmatch(view.doc.text, t.end, c.start)
                or _CITED_BY.fullmatch(view.doc.text, t.end, c.start)
            )
            and not after_prep(view, lex, c.start)
            for c in [*out, *inst]
        ):
            continue  # "за інформацією джерел газети Asahi Shimbun": the outlet reports what its sources say
        head = next((i for i in inst if 0 <= t.start - i.end <= 1), None)
        if head is not None:
            # "a senior police official", "a military intelligence official": one who speaks for it
            inst[inst.index(head)] = Candidate(
                head.start, t.end, view.doc.text[head.start : t.end], None, head.kind, "institution"
            )
            continue
        # "Western diplomats", "senior officials": the words before the noun describe them too
        a = modifiers_before(view, t.start) if lex.lang == "en" else t.start
        anon.append(Candidate(a, t.end, view.doc.text[a : t.end], None, "anonymous", "anonymous"))
        # "A medical source at Aden's military hospital told", "ein Arzt im Krankenhaus der Armee sagte":
        # where the unnamed speaker works does not speak
        if t.text.casefold() not in lex.person_roles:
            inst = [i for i in inst if not _AT_WORKPLACE.fullmatch(view.doc.text, t.end, i.start)]
        # "a source close to the Defence Ministry", "Источник, близкий к Минобороны": the body does not speak
        close = [c for c in [*out, *inst] if _CLOSE_TO.fullmatch(view.doc.text, t.end, c.start)]
        out = [c for c in out if c not in close]
        inst = [i for i in inst if i not in close]
    return out, inst, anon


def unnamed_attribution(
    view: SentenceView,
    lex: Lexicon,
    best: tuple[float, Candidate, Hit] | None,
    recent: list[Attribution],
    anon: list[Hit],
    channel: str | None,
) -> Attribution | None:
    """The attribution when unnamed people speak: those an outlet relays, unnamed candidates (or the
    same group named before), and speakers who asked not to be named; None when a named source does."""
    s0 = view.sent.start
    if (
        best is not None
        and lex.lang in ("de", "en")
        and best[1].kind == "media"
        and any(0 <= s0 + x.start() - best[1].end <= 2 for x in anon)
    ):
        # "Nach Informationen der Deutschen Presse-Agentur aus Regierungskreisen": the outlet relays
        # unnamed sources, who speak (the Russian and Ukrainian gold keeps "по данным собеседника
        # издания" with the outlet)
        cue = best[2]
        return Attribution(None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()))
    if best is not None and best[1].what == "anonymous":
        _, cand, cue = best
        # "one official said" after "U.S. officials said": the same, already qualified, group
        # (its head noun: "two industry sources" are no earlier "Defence Industries")
        stem = cand.text.casefold().split()[-1][:7]
        qualifier = view.word_before(cand.start)
        if qualifier not in _BARE_QUANTIFIERS and qualifier != "":
            stem = "\x00"  # "a Western security official": a group of its own, not the earlier one
        # (and its own qualifiers: "a Western security official" is none of the "Russian officials")
        quals = [w for w in cand.text.casefold().split()[:-1] if w not in _BARE_QUANTIFIERS]
        earlier = next(
            (
                a
                for a in reversed(recent)
                if a.source
                and a.source.casefold().split()[-1].startswith(stem)
                and all(q in a.source.casefold() for q in quals)
            ),
            None,
        )
        if earlier is not None and len(stem) >= 6:
            return Attribution(
                earlier.source,
                earlier.source_entity,
                earlier.source_kind,
                channel,
                cue.group(),
                (s0 + cue.start(), s0 + cue.end()),
                (cand.start, cand.end),
            )
        return Attribution(
            None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()), (cand.start, cand.end)
        )
    if best is not None and best[1].what not in ("person_ref", "person") and speaker_unnamed(view, lex):
        # "two Indonesian officials, speaking on condition of anonymity, said", "Ein Offizier der norwegischen
        # Marine, der nicht namentlich genannt werden wollte, sagte": unnamed people speak
        _, cand, cue = best
        return Attribution(
            None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()), (cand.start, cand.end)
        )
    return None


def speaker_unnamed(view: SentenceView, lex: Lexicon) -> bool:
    """Whether the sentence's speaker asked not to be named (not the members of a body in a relative
    clause: "The Red Crescent, whose staff asked not to be named, said" names its speaker)."""
    hidden = view.search(lex.anonymity)
    return hidden is not None and not _WHOSE.search(view.text, 0, hidden.start())


# "В сводке ... говорится": a sentence that opens with the document a later impersonal cue quotes
_DOCUMENT_BEFORE = re.compile(r"^\s*(?:[ВвУу]|[Іі]з|[Вв]о|In|Im)\s+(?:(?:einer|einem|der|dem|seiner|ihrer)\s+)?(\w+)")
# a body in the genitive after the writer ("des Ausbildungskommandos des Heeres"): part of its name
_GENITIVE_JOIN = re.compile(r"\s+(?:des|der)\s+")


# a relative clause on a body's members, right before the anonymity it grants them
_WHOSE = re.compile(r",\s*(?:whose|deren|dessen)\s[^,;]*$")


def writer_after(
    view: SentenceView, lex: Lexicon, cands: list[Candidate], recent: list[Attribution], c_end: int
) -> Candidate | None:
    """The writer of a document whose phrase ends at ``c_end``: the first candidate after it ("in
    einer Mitteilung der Armee", "в сообщении ведомства": the body named before), with a body in the
    genitive after it ("des Ausbildungskommandos des Heeres")."""
    writer = min(
        # (not past the document's phrase: "Как говорится в сводке, ... Вооруженные силы РФ нанесли")
        (
            c
            for c in cands
            # ("говорится в опубликованном во вторник докладе британской исследовательской организации
            # X": modifiers of the document may stand between)
            if c.what != "anonymous" and 0 < c.start - c_end <= 100 and "," not in view.doc.text[c_end : c.start]
        ),
        key=lambda c: c.start,
        default=None,
    )
    owner = next(
        (c for c in cands if writer is not None and _GENITIVE_JOIN.fullmatch(view.doc.text, writer.end, c.start)),
        None,
    )
    if writer is not None and owner is not None and writer.what == owner.what == "institution":
        text = view.doc.text[writer.start : owner.end]
        writer = Candidate(writer.start, owner.end, text, None, writer.kind, writer.what)
    if writer is not None and writer.entity_id is None and owner is None:
        # "говорится в сообщении ведомства": the body named before
        writer = resolve_definite(
            view,
            writer,
            recent,
            lex.generic_sources,
            frozenset(lex.source_nouns),
            lex.company_heads,
            lex.spokes_nouns,
        )
    return writer


def document_writer(
    view: SentenceView, lex: Lexicon, cue: Hit, cands: list[Candidate], recent: list[Attribution], channel: str | None
) -> Attribution | None:
    """The writer of a document an impersonal cue quotes ("говорится в сообщении Минобороны России",
    "hieß es in einer Mitteilung der Armee"), or the last source whose statement it is, else None."""
    s0 = view.sent.start
    account = _ACCOUNT_OPENS.match(view.text)
    if account is not None and cue.group().casefold() in lex.impersonal_cues and account.end() >= cue.start():
        # "Auf einem ihr nahestehenden Telegram-Kanal hieß es, ...": the channel itself speaks
        return Attribution(
            account.group(1), None, "social_media", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()),
            (s0 + account.start(1), s0 + account.end(1)),
        )  # fmt: skip
    after = view.text[cue.end() : cue.end() + 50].casefold().split()
    document = any(w.strip(",.").endswith(lex.impersonal_documents) for w in after[:4])
    c_end = s0 + cue.end()
    if not document and cue.group().casefold() in lex.impersonal_cues:
        # "В сводке военного ведомства также говорится": the document and its writer before the cue
        opening = _DOCUMENT_BEFORE.search(view.text, 0, cue.start())
        if opening is not None and opening.group(1).casefold().endswith(lex.impersonal_documents):
            document, c_end = True, s0 + opening.end()
    if document and cue.group().casefold() in lex.impersonal_cues:
        # "говорится в сообщении Минобороны России", "hieß es in einer Mitteilung der Armee": its author
        writer = writer_after(view, lex, cands, recent, c_end)
        if writer is not None:
            return Attribution(
                writer.text, writer.entity_id, writer.kind, channel, cue.group(), (s0 + cue.start(), c_end),
                (writer.start, writer.end),
            )  # fmt: skip
    if document and recent and recent[-1].source and cue.group().casefold() in lex.impersonal_cues:
        # "Das Ministerium wies das zurück. ..., hieß es in einer Erklärung": its statement
        return carried(recent[-1], channel, cue, s0)
    return None


# a sentence opened by the social-media account that an impersonal cue quotes ("Auf einem ihr nahestehenden
# Telegram-Kanal hieß es", "In a Telegram channel close to the group it said")
_ACCOUNT_OPENS = re.compile(
    r"(?:Auf|In|Über|On)\s+(?:einem|einer|dem|der|seinem|seiner|ihrem|ihrer|a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?([\w-]*(?:Kanal|Account|Konto|Blog|channel|account|blog))"
    r"(?:\s+[\w-]+){0,4}?,?\s+(?:hieß|heißt|it\s+said)"
)
_TITLES = re.compile(r"\s+(?:(?:Dr|Prof)\.\s+)*")


def names_a_person(view: SentenceView, end: int) -> bool:
    """A person's name right after ``end``, maybe past a title ("dem Militärexperten Dr. Gernot X")."""
    gap = _TITLES.match(view.doc.text, end)
    at = gap.end() if gap is not None else end
    return any(m.start == at and m.type == "person" and " " in m.text for m in view.mentions)


# what may stand between "according to" and the unnamed people it cites: one lower-case word ("two",
# "several", "senior")
_LEAD_GAP = re.compile(r"\s*(?:[^\W\d_A-ZÄÖÜА-ЯЁІЇЄҐ][\w-]{0,9}\s+|\d+\s+)?")
# a body in the genitive after the unnamed circles that speak: "aus Kreisen der Streitkräfte"
_CIRCLE_GAP = re.compile(r"\s*(?:der|des|the|of|of\s+the)?\s*", re.IGNORECASE)


def anonymous_next(view: SentenceView, anon: list[Hit], cue_end: int) -> bool:
    """Whether an unnamed-source cue follows the cue at ``cue_end`` (relative to the sentence) after at
    most one lower-case word: "according to two people familiar with the talks" cites no name."""
    return any(x.start() >= cue_end and _LEAD_GAP.fullmatch(view.text, cue_end, x.start()) is not None for x in anon)


def circle_of(view: SentenceView, anon: list[Hit], cand: Candidate) -> bool:
    """Whether ``cand`` is the body whose unnamed circles speak, right after the cue: "Aus Kreisen der
    Streitkräfte verlautete" (the circles speak, not the armed forces)."""
    s0 = view.sent.start
    return any(
        s0 + x.end() <= cand.start and _CIRCLE_GAP.fullmatch(view.doc.text, s0 + x.end(), cand.start) is not None
        for x in anon
    )


def rumour_setting(view: SentenceView, anon: list[Hit], estimates: list[Hit], cand: Candidate, cue_start: int) -> bool:
    """Whether ``cand`` only says where the unnamed speakers that open the sentence are, before their verb
    ("Rumours circulating in WhatsApp groups claim", "Sources close to the Kremlin said"), or is a word of
    unnamed estimates ("Industry estimates put ...")."""
    s0, text = view.sent.start, view.doc.text
    return any(
        (
            not view.text[: x.start()].strip()
            and s0 + x.end() <= cand.start
            and cand.end <= cue_start
            and "," not in text[s0 + x.end() : cue_start]  # ("Aus Kreisen hieß es, der BND gehe davon aus")
            and cand.kind != "media"  # ("Unconfirmed reports in Pakistani media say": the media report)
        )
        for x in anon
    ) or any(s0 + x.start() <= cand.start and cand.end <= s0 + x.end() for x in estimates)
