"""Factuality from cue lexicons with scope.

Hedges count when they stand between the sentence start and the end of the
clause that holds the claim's trigger; a cue in a trailing clause ("..., wobei
viele Berichten zufolge ...") does not hedge the main claim. Precedence:
negated > alleged > uncertain > speculative > reported > asserted.
"""

from __future__ import annotations

import re

from .._cues import Cues
from ._context import TIME_CLAUSE, Hit, SentenceView
from ._lexicon import Lexicon

__all__ = ["factuality_of", "is_negated"]


_SOURCE_HEDGE = re.compile(
    r"(?i)(?:unconfirmed|unverified|unbestätigt\w*)\s+(?:media\s+)?(?:reports?|posts?|accounts?|berichte|meldungen|"
    r"beiträge)\s+(?:in|on|from|by|aus|von|auf)\b"
)


def _hits(view: SentenceView, pat: Cues, lo: int, hi: int) -> list[Hit]:
    return [m for m in view.find(pat) if lo <= m.start() < hi]


def is_negated(
    lex: Lexicon, view: SentenceView, clause: tuple[int, int], scope_end: int, trigger_end: int | None = None
) -> tuple[bool, str | None]:
    # "..., a claim Yerevan rejected", "..., was Kiew bestreitet": an aside reports another side's denial
    # (when a speaker said the main claim: "Die Türkei liefere Drohnen, was Ankara zurückweist" has the denier only)
    said = view.search(lex.att_verbs)
    asides = [(m.start(), m.end()) for m in _DENIAL_ASIDE.finditer(view.text) if said and said.start() < m.start()]
    denial = [d for d in view.find(lex.denial) if not any(a <= d.start() < b for a, b in asides)]
    if TIME_CLAUSE.match(view.text, clause[1]):
        # "Russia struck Kharkiv after Kyiv denied ...": a denial in a clause of time is that clause's
        denial = [d for d in denial if d.start() < clause[1]]
    if denial:
        return True, denial[0].group()
    absence = [m for m in view.find(lex.absence) if m.start() < scope_end]
    if absence:
        return True, absence[0].group()  # 'es gebe "keine Anzeichen" für ...', "no sign of": it is not so
    excepted = [(m.start(), m.end()) for m in view.find(lex.negation_exceptions)] + asides
    excepted += [(m.start(), m.end()) for m in view.find(lex.zero_counts)]  # "Verletzt wurde niemand"
    # a relative clause describes a noun: "ein Vertrag, der noch nicht unterzeichnet ist", "one
    # of them, who asked not to be named, said ..." negate nothing of the main clause
    excepted += [(m.start(), m.end()) for m in _RELATIVE.finditer(view.text)]
    # 'said Israel would "not allow ..."': a negation inside quoted words is what was said
    speech = view.search(lex.att_verbs)
    if speech is not None:
        # (unless the quote holds the claim's own verb: 'sagte, Pjöngjang „liefert keine Waffen“' denies it)
        excepted += [
            (q.start(), q.end())
            for q in _QUOTED.finditer(view.text)
            if q.start() > speech.start()
            and not (trigger_end is not None and q.start() < trigger_end <= q.end())
            # (nor a quote that is only the denial: 'sein Land habe „zu keinem Zeitpunkt“ Flüge durchgeführt')
            and not (
                _bare_denial(lex, q.group())
                # ('Israel would "not allow" ...': a stance after a modal is what was said)
                and not any(w in lex.reported_future for w in view.text[max(0, q.start() - 12) : q.start()].split())
            )
        ]
    # "..., adding that the port was not damaged": a remark the source adds after the claim
    excepted += [
        (a.start(), _remark_end(view.text, a.end()))
        for a in view.find(lex.added_remarks)
        if trigger_end is not None and trigger_end <= a.start() and view.text[: a.start()].rstrip().endswith(",")
    ]
    openers = view.find(lex.np_negation_openers) if lex.np_negations else []
    for m in _hits(view, lex.negated, clause[0], min(clause[1], scope_end)):
        if any(a <= m.start() < b for a, b in excepted):
            continue
        if m.group().casefold() in lex.np_negations and _opened(view, openers, m.start()):
            continue  # "... but no injuries": the negation belongs to that noun phrase only
        if trigger_end is not None and any(m.end() <= c.start() < trigger_end for c in view.find(lex.contrast_words)):
            continue  # "did not comment on the sanctions but said ... had destroyed 96 drones": another clause
        if trigger_end is not None and any(
            trigger_end <= c.start() < m.start() and view.text[: c.start()].rstrip().endswith(",")
            for c in view.find(lex.contrast_words)
        ):
            continue  # "Берлін пообіцяв ще вісім систем, однак терміни не називав": the negation is the next clause's
        return True, m.group()
    return False, None


_PERFECT = re.compile(
    # (verb-final in a subordinate clause: "dass Peking ... zusammengezogen haben soll", "den Moskau ... geschlossen
    # haben soll")
    # (a participle is written in lower case, a number before "sein" is none: "Bis Ende 2026 sollen es sechs
    # Fregatten sein" is a plan)
    r"(?<!\w)(?!(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend)\s)"
    r"[a-zäöüß]\w*\s+(?:haben|sein|worden\s+sein|worden)(?:\s+(?:soll|sollen))?\s*[.,;:!?)\"“”]*\s*$"
)


_RELATIVE = re.compile(
    r",\s*(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?|which|who|whom)\s"
    # (not an article whose noun a reported verb follows: ", das Land habe nie Waffen exportiert")
    r"(?!\w+\s+(?:habe|hätten|sei|seien|wäre|wären|werde|könne|müsse|solle|wolle|dürfe)\b)[^,;:–—]*"
    # an apposition with its own relative clause: "..., a fairy tale that Islamabad has never backed up"
    r"|,\s*(?:a|an|ein|eine)\s[^,;:–—]{0,40}?\b(?:that|which|das|die|der)\s[^,;:–—]*"
    # Russian and Ukrainian relative pronouns, maybe after a noun: ", назву якої не розголошують"
    r"|,\s*(?:[^\W\d_]+\s+){0,2}(?:котор\w+|чь\w+|як(?:ий|а|е|і|ого|ої|ому|ій|им|ими|их|у))\s[^,;:–—]*",
    re.IGNORECASE,
)
_DENIAL_ASIDE = re.compile(
    r",\s+(?:(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|account|version)|which|was|"
    r"(?:eine|einen)\s+(?:Darstellung|Behauptung|Vorwurf|Angabe)\w*,?\s+(?:die|den))\s[^,;:–—]*$",
    re.IGNORECASE,
)
_EXISTENTIAL = re.compile(r"\bthere\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]{1,200}[\"”“»]")
# "sollen ihre Last ... ausgeklinkt haben, ohne ...": a participle and its auxiliary before a comma
_PERFECT_INSIDE = re.compile(r"\w+(?:t|en)\s+(?:haben|sein|worden\s+sein)\s*,", re.IGNORECASE)
# ("liefern", "verhandeln": infinitives in -ern and -eln too)
_INFINITIVE = re.compile(r"(?:\w+[elr]n|\bsein)\s*[.,;:!?)\"“”]*\s*$", re.IGNORECASE)


_YEAR = re.compile(r"(?<![\d.,])(20\d\d)(?![\d.,])")
_NEXT_CLAUSE = re.compile(r",|\s(?:und|and|sowie)\s")


def _reportative(
    view: SentenceView, lo: int, hi: int, lex: Lexicon, stative: bool = False, trigger_end: int | None = None
) -> str | None:
    """ "Die Türkei soll Äthiopien ... sechs Drohnen geliefert haben": a reportative modal whose
    clause ends in a perfect infinitive, however many words lie between, is hearsay (alleged);
    so is one with a plain infinitive ("Hinter dem Anschlag soll das Kartell stecken", "Die
    Rakete soll 3.000 Kilometer weit fliegen"), unless a plan marker dates it ("sollen ab 2026
    hergestellt werden"): then it is a plan (speculative). ``stative`` (a property) is always hearsay.
    Hearsay with a plain infinitive comes back as "alleged-infinitive", so that a named source can still
    make it reported; callers keep the part before the hyphen."""
    before = view.text[lo:trigger_end].split() if trigger_end is not None else []
    modal_first = any(w.casefold().strip(",.") in lex.reportative for w in before)
    if trigger_end is not None and lo <= trigger_end < hi and not modal_first:
        # "hat ... übergeben, eine siebte soll folgen", "fliegt 4.000 km weit und soll ... treffen
        # können": a modal in the next clause after the trigger hedges that clause, not the claim
        # ("sollen ... gekapert und ... benutzt haben" keeps its modal: it comes first)
        nxt = _NEXT_CLAUSE.search(view.text, trigger_end, hi)
        if nxt is not None:
            hi = nxt.start()
    clause = view.text[lo:hi]
    if not any(w.casefold().strip(",.") in lex.reportative for w in clause.split()):
        return None
    if _PERFECT.search(clause) or _PERFECT_INSIDE.search(clause):
        return "alleged"
    if _INFINITIVE.search(clause):
        # a plan marker or a date after publication ("Das erste Boot soll 2029 übergeben werden")
        published = view.doc.published or ""
        years = [y for y in _YEAR.findall(clause) if published and y > published[:4]]
        future = bool(years) or (
            bool(published) and any(lo <= t.start - view.sent.start < hi and t.value > published for t in view.times)
        )
        planned = not stative and (lex.plan_markers.search(clause) is not None or future)
        return "speculative" if planned else "alleged-infinitive"
    return None


def _name_homograph(lex: Lexicon, hit: Hit) -> bool:
    """ "May" inside a sentence is the month, not the modal."""
    word = hit.group()
    return hit.start() > 0 and word[:1].isupper() and word.casefold() in lex.capitalised_not_hedges


def _bare_denial(lex: Lexicon, quote: str) -> bool:
    """A short quote that opens with its negation ("zu keinem Zeitpunkt", "nichts zu tun", "never
    knowingly"): the denial itself, quoted, not words of a claim of its own."""
    words = quote.strip('"“”„«»').split()
    if not 1 <= len(words) <= 3:
        return False
    return any(lex.negated.fullmatch(w.strip(",.;:!?").casefold()) for w in words[:2])


def _remark_end(text: str, start: int) -> int:
    """The end of a remark added after a claim: the next semicolon or the sentence end."""
    end = text.find(";", start)
    return len(text) if end < 0 else end


def _opened(view: SentenceView, openers: list[Hit], pos: int) -> bool:
    """A conjunction or participle opens the phrase holding ``pos`` (within four words, no comma)."""
    for o in openers:
        if o.end() <= pos:
            between = view.text[o.end() : pos]
            if "," not in between and len(between.split()) <= 3 and not _EXISTENTIAL.search(between):
                return True  # (not "and there have been no changes": a clause of its own)
    return False


_PUNCT = ",.;:!?()[]«»„“”\"'‚‘’–—-"


def factuality_of(
    lex: Lexicon,
    view: SentenceView,
    clause: tuple[int, int],
    scope_end: int,
    attributed: bool,
    stative: bool = False,
    trigger_end: int | None = None,
    carried: bool = False,
    negation: bool = True,
) -> tuple[str, list[str]]:
    """Return (factuality, cues) for a claim whose trigger clause is ``clause`` (``stative``: a
    capability, a property rather than an event; ``carried``: the reported speech of the sentence
    before goes on; ``negation``: whether a negation may deny it)."""
    neg, cue = is_negated(lex, view, clause, scope_end, trigger_end) if negation else (False, None)
    if neg:
        return "negated", [cue or ""]
    # a verification note ("a claim that could not be independently verified") hedges nothing
    noted = [(m.start(), m.end()) for m in view.find(lex.negation_exceptions)]
    speech = view.search(lex.att_verbs) if attributed and lex.reported_future else None
    if lex.reportative:
        mode = _reportative(view, clause[0], scope_end, lex, stative, trigger_end)
        if mode is not None:
            # the cue word, its punctuation stripped ("soll»", "(sollen"); the mode alone when none stands apart
            words = (w.casefold().strip(_PUNCT) for w in view.text.split())
            cue_word = next((w for w in words if w in lex.reportative), mode)
            named = mode == "alleged-infinitive" and view.search(lex.named_reportative) is not None
            if (mode == "speculative" or named) and attributed:
                # "Weitere 36 Flugkörper sollen nach Angaben des Ministeriums bis Ende 2026 folgen": a source's
                # stated plan is reported, and so is what a named source says of the present ("In diesem Jahr
                # sollen hier nach Angaben des Werksleiters 80.000 Granaten vom Band laufen")
                return "reported", [cue_word]
            return mode.split("-")[0], [cue_word]
    if trigger_end is not None and trigger_end < scope_end:
        # "produces 100 missiles a year, ..., and aims to double output": the next clause's hedge is its own
        hedges = [h for pat in (lex.alleged, lex.uncertain, lex.speculative) for h in view.find(pat)]
        pos = trigger_end
        while (nxt := _NEXT_CLAUSE.search(view.text, pos, scope_end)) is not None:
            # "Среди сбитых аппаратов, вероятно, были ...": a hedge between commas hedges the clause it sits in
            aside = next(
                (
                    h
                    for h in hedges
                    if 0 < h.start() - nxt.start() <= 2
                    and view.text[h.end() : h.end() + 1] == ","
                    and nxt.group() == ","
                ),
                None,
            )
            if aside is None:
                scope_end = nxt.start()
                break
            pos = aside.end() + 1
    future = _hits(view, lex.future, 0, scope_end)
    if future and _hits(view, lex.speculative, 0, scope_end) + _hits(view, lex.uncertain, 0, scope_end):
        return "speculative", [h.group() for h in future]  # "will likely intensify in the coming weeks"
    hedge_cues = (
        ("alleged", lex.alleged),
        ("uncertain", lex.uncertain),
        ("speculative", lex.speculative),
        ("uncertain", lex.beliefs),  # (a belief yields to a modal: "считают, что ... могли оказаться")
    )
    prelim = lex.preliminary.search(view.text)
    for label, pat in hedge_cues:
        hits = [
            h
            for h in _hits(view, pat, 0, scope_end)
            if not _name_homograph(lex, h)
            # (a hedge that is the exception itself, "не исключено", still hedges)
            and not any(a <= h.start() < b and (a, b) != (h.start(), h.end()) for a, b in noted)
            # "said aid would total ...": the future of reported speech, not a hedge
            # (in German the speech verb may follow: "würden ... geschleust, heißt es in dem Bericht")
            and not (
                (speech is not None or (carried and lex.lang == "de"))
                and (speech is None or speech.end() <= h.start() or lex.lang == "de")
                and h.group().casefold() in lex.reported_future
            )
            # ("Unter den Toten seien zwei Kinder, schrieb X. 31 Verletzte würden noch behandelt": the
            # Konjunktiv II of reported speech that goes on)
            # "Westliche Diplomaten schätzen, dass ...": a named source's estimate is reported, not hedged
            and not (attributed and h.group().casefold() in lex.estimate_cues)
            # "Schweden will nach Angaben der Regierung 1.200 Soldaten stellen": a source's stated plan
            and not (attributed and label == "speculative" and h.group().casefold() in lex.intentions)
            # "Unconfirmed reports in Pakistani media say ...": the author's remark on the source's reports,
            # which the source reports
            and not (attributed and _SOURCE_HEDGE.match(view.text, h.start()))
        ]
        if hits:
            return label, [h.group() for h in hits]
        if label == "alleged" and prelim is not None and prelim.start() < scope_end:
            return "uncertain", [prelim.group().rstrip(", ")]  # "За попередніми даними, ...": not yet known
    if attributed:
        return "reported", []
    return "asserted", []
