"""Who speaks in an interview: labelled lines ("Ionescu: ...") and unlabelled answers after questions."""

from __future__ import annotations

import re

from ..document import Attribution, Claim, Document, Mention
from ..kb.load import KB
from ._context import SentenceView
from ._kinds import source_kind_of
from ._lexicon import Lexicon

__all__ = ["speaker_spans", "spoken_by"]

_LABEL = re.compile(r"([A-ZÄÖÜ][\w'’.-]+(?: [A-ZÄÖÜ][\w'’.-]+){0,2}):\s")
# a question that addresses the interviewee: "Herr Brandner, ...?", "General Okafor, ...?"
_VOCATIVE = re.compile(
    r"(?<![\w-])(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Professorin|General|Generalin|Admiral|Oberst|"
    r"Colonel|Minister|Ministerin|Botschafter|Botschafterin|Ambassador)\s+(?=[A-ZÄÖÜ])"
)
# an introduction that announces an interview
_INTERVIEW = re.compile(
    r"(?i)(?<![\w-])(?:interview\w*|gespräch\w*|im gespräch|q\s*&\s*a|spoke (?:to|with)|sprach mit|"
    r"befragt|fragen an|questions? to|интервью|беседовал\w*|рассказал\w*|інтерв['’]ю|розмовля\w*|розповів\w*|"
    r"розповіла)(?![\w-])"
)
_MAX_QUESTION = 400  # characters: a question line, not a paragraph that happens to end with one


def speaker_spans(doc: Document, kb: KB) -> dict[tuple[int, int], Attribution]:
    """Line spans whose claims a named speaker makes: lines opened by a speaker's name and a colon
    ("Ionescu: The first 18 howitzers arrived"), else, in an interview without labels, the answer lines
    after each question line, spoken by the interviewee (addressed in a question, "Herr Brandner, ...?",
    or introduced before the first question of a text that announces an interview)."""
    labelled = _labelled(doc, kb)
    return labelled or _answers(doc, kb)


def _attribution(doc: Document, kb: KB, m: Mention, cue: str, span: tuple[int, int]) -> Attribution:
    ent = kb.get(m.entity_id)
    kind = doc.meta.get("person_kinds", {}).get(m.entity_id) or _introduced_kind(doc, kb, m) or "person"
    if ent is not None and ent.affiliation:
        org = kb.get(ent.affiliation)
        kind = getattr(org, "source_kind", None) or kind
    return Attribution(m.text, m.entity_id, kind, None, cue, span)


def _introduced_kind(doc: Document, kb: KB, m: Mention) -> str | None:
    """The kind the speaker's first mention gives them ("mit Friederike Lanz vom Zentrum für ...": the
    body's), learnt before any of their answers is read."""
    learnt: dict[str, str | None] = doc.meta.setdefault("interviewee_kinds", {})
    if m.entity_id in learnt:
        return learnt[m.entity_id]  # one lookup per speaker, not one per answer
    first = next((x for x in doc.mentions if x.entity_id == m.entity_id), None)
    sent = next((s for s in doc.sentences if first is not None and s.start <= first.start < s.end), None)
    if first is None or sent is None:
        return None
    kind = source_kind_of(SentenceView.of(doc, sent, kb), first)
    learnt[m.entity_id] = None if kind == "person" else kind
    return learnt[m.entity_id]


def _labelled(doc: Document, kb: KB) -> dict[tuple[int, int], Attribution]:
    """Only names of people the report knows open a speaker's line."""
    people = {m.start: m for m in doc.mentions if m.type == "person"}
    # "Asfaw: ..." after "die Politikwissenschaftlerin Katrin Asfaw": a surname alone labels the person
    surnames = {m.text.split()[-1]: m for m in sorted(people.values(), key=lambda m: m.start) if " " in m.text}
    out: dict[tuple[int, int], Attribution] = {}
    for a, b in doc.blocks:
        hit = _LABEL.match(doc.text, a)
        if hit is None:
            continue
        m = next((people[p] for p in range(a, hit.end(1)) if p in people), None) or surnames.get(hit.group(1))
        if m is None or (m.start >= a and m.end > hit.end(1)):
            continue
        out[(a, b)] = _attribution(doc, kb, m, hit.group(0).strip(), (hit.start(), hit.end()))
    return out


def _is_question(doc: Document, a: int, b: int) -> bool:
    line = doc.text[a:b].strip()
    return 0 < len(line) <= _MAX_QUESTION and line.endswith("?")


def _answers(doc: Document, kb: KB) -> dict[tuple[int, int], Attribution]:
    lines = [(a, b) for a, b in doc.blocks if doc.text[a:b].strip()]
    questions = [i for i, (a, b) in enumerate(lines) if _is_question(doc, a, b)]
    # at least two questions, each followed by an answer
    answered = [i for i in questions if i + 1 < len(lines) and not _is_question(doc, *lines[i + 1])]
    if len(answered) < 2:
        return {}
    people = [m for m in doc.mentions if m.type == "person"]
    speaker: Mention | None = None
    for i in questions:
        a, b = lines[i]
        for voc in _VOCATIVE.finditer(doc.text, a, b):
            speaker = next((m for m in people if m.start == voc.end()), None) or speaker
            if speaker is not None:
                break
        if speaker is not None:
            break
    intro_end = lines[questions[0]][0]
    if speaker is None and _INTERVIEW.search(doc.text, 0, intro_end):
        # "Der Sicherheitsexperte Johann Brandner im Gespräch über ...": the person the introduction names,
        # the last one ("sprach Lena Hofstätter mit Friederike Lanz": the interviewer comes first)
        speaker = next((m for m in reversed(people) if m.end <= intro_end and " " in m.text), None)
    if speaker is None:
        return {}  # questions and answers without an interviewee: an FAQ, the author answers
    # every later mention of the interviewee's surname is the same person
    name = speaker.text.split()[-1]
    same = next((m for m in people if m.entity_id == speaker.entity_id and m.text.split()[-1] == name), speaker)
    out: dict[tuple[int, int], Attribution] = {}
    for k, (a, b) in enumerate(lines):
        if k <= questions[0] or _is_question(doc, a, b):
            continue
        out[(a, b)] = _attribution(doc, kb, same, "interview", (speaker.start, speaker.end))
    return out


def spoken_by(claim: Claim, label: Attribution, lex: Lexicon, doc: Document) -> None:
    """Give a claim with no named source in a speaker's line or answer to that speaker."""
    if claim.attribution.source is not None:
        return
    cue = claim.attribution.cue or ""
    # (a bare hedge in an answer, "что мы якобы готовим ...", is the speaker's hedge, not a rumour's)
    hedge = claim.attribution.source_kind == "anonymous" and bool(
        lex.alleged.fullmatch(cue) or lex.uncertain.fullmatch(cue)
    )
    if claim.attribution.source_kind == "author" or hedge:
        # the kind the report has learnt for the speaker by now ("secretary of state" -> government)
        known = doc.meta.get("person_kinds", {}).get(label.source_entity or "")
        kind = known or label.source_kind
        claim.attribution = Attribution(label.source, label.source_entity, kind, claim.attribution.channel, label.cue)
        claim.factuality = "reported" if claim.factuality == "asserted" else claim.factuality
