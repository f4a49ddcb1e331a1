"""The ``claims`` component: one claim per sentence that reports a checkable event.

A sentence becomes a claim when it holds a *trigger*: a strong one (a verb
such as "geliefert", "stationiert", "deployed", "killed") or a weak one (a
noun such as "Truppen", "Angriffe") that comes with a figure, a source or a
hedge; nominal mentions without any of these are background. A capability
claim needs an attribute noun ("Reichweite", "warhead") and a weapon subject,
named or carried over from the previous sentences. Transfers need something
that is moved (a KB weapon or munition, or a generic word for arms).
Speculation without a source is a prediction; an evaluative main verb
("bedeutet", "underscores") makes an assessment. A sentence without a trigger is a
statement when a named or anonymous source says something about entities or figures,
or when it gives a figure in digits about a named country, organisation or weapon.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Attribution, Claim, Document
from ..kb.link import get_linker
from ..kb.load import KB
from ..pipeline import Step, component
from ..settings import get_settings
from ._capability import capability_args
from ._context import DocIndex, SentenceView, clause_bounds
from ._figure_kinds import counts_strikes, launch_in_a_test_report, troops_or_statement
from ._follow import goes_on_with_transfer, long_before, names_source_before
from ._heard import introduced_person, speaker_without_claim
from ._interview import speaker_spans, spoken_by
from ._lexicon import Lexicon, get_lexicon
from ._memory import _PARTY_MEMORY
from ._press_release import issuer
from ._quotes import carry_quotations
from ._state_parties import denier_acts, owned_transfer, state_exporter, state_of, to_own_forces
from ._triggers import Trigger, choose, loss_tally, triggers
from ._widen import widened_sources
from .attribution import attribute
from .events import Memory, event_args
from .factuality import factuality_of

__all__ = ["extract_claims"]

_BUT = re.compile(r"\b(?:but|aber|doch|jedoch|though)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NO_SINCE = re.compile(r"(?:seit|since|bis|until|ab|from)\b", re.IGNORECASE)
_DATELINE_ONLY = re.compile(r"[A-ZÄÖÜА-ЯЁІЇЄҐ][\w'’./-]*(?:\s[A-ZÄÖÜА-ЯЁІЇЄҐ][\w'’./-]*)?,\s[^,;:]{4,30}")
# a city in capitals opens a dateline: "МОСКВА, 6 ноя — РИА Новости.", "KYIV, March 3 (Reuters) -"
_CAPS_DATELINE = re.compile(r"[A-ZÄÖÜА-ЯЁІЇЄҐ-]{3,}(?:\s[A-ZÄÖÜА-ЯЁІЇЄҐ-]{2,})?,\s[^,;:]{2,50}")
_AIRSPACE = re.compile(r"luftraum|airspace", re.IGNORECASE)


def _checkworthy(trig: Trigger, args: dict[str, Any], att: Attribution, hedged: bool, kb_items: int) -> float:
    score = 0.6 if trig.strong else 0.45
    if args.get("quantities"):
        score += 0.15
    if att.source or att.source_kind == "anonymous":
        score += 0.1
    if hedged:
        score += 0.05
    if args.get("date"):
        score += 0.05
    if kb_items or args.get("supplier") or args.get("recipient") or args.get("subject"):
        score += 0.1
    return round(min(score, 0.97), 2)


def extract_claims(doc: Document, kb: KB) -> list[Claim]:
    lex = get_lexicon(doc.lang or "en")
    threshold = float(get_settings()["claims"]["checkworthy_threshold"])
    memory = Memory()
    claims: list[Claim] = []
    index = DocIndex.of(doc.text)
    speakers = speaker_spans(doc, kb)
    issued = issuer(doc, kb)  # a press release: its issuer speaks where the text names no one else
    heard: dict[int, list[Attribution]] = {}  # the sources heard before each sentence, for quotations
    for sent in doc.sentences:
        heard[sent.start] = list(memory.sources)
        view = SentenceView.of(doc, sent, kb, index)
        if sent.is_heading or (issued is not None and issued[1][0] <= sent.start < issued[1][1]):
            memory.see(view)
            continue
        if claims and claims[-1].end <= sent.start and names_source_before(view, lex, claims[-1], memory):
            memory.see(view)
            memory.sentence_no += 1
            continue
        claim = _claim_for(view, lex, memory, len(claims) + 1, threshold)
        if claim is not None and claim.type == "statement" and (back := view.search(lex.back_references)) is not None:
            # "Об этом сообщил секретарь Совбеза ...", after a sentence without a claim: it names a source only
            claim = claim if back.start() > 2 else None
        label = next((att for (a, b), att in speakers.items() if a <= sent.start < b), None)
        if claim is not None and label is not None:
            spoken_by(claim, label, lex, doc)  # "Ionescu: The first 18 howitzers arrived ...": the speaker says it
        if claim is not None and issued is not None and claim.attribution.source_kind == "author":
            claim.attribution = issued[0]
        if claim is not None:
            claims.append(claim)
            if claim.type in ("arms_transfer", "troop_deployment") and claim.checkworthy >= threshold:
                memory.last_claim[claim.type] = claim.args
                memory.last_claim_no[claim.type] = memory.sentence_no
            if claim.type not in ("statement", "assessment", "prediction"):
                memory.last_type = claim.type
        memory.prev_type = claim.type if claim is not None else None
        # a named or an anonymous source goes on speaking in reported speech ("Ankara habe außerdem ...")
        speaks = claim is not None and (claim.attribution.source or claim.attribution.source_kind == "anonymous")
        # (a press release's issuer speaks every sentence by the issued rule, as written: no bulletin to carry)
        from_issuer = issued is not None and claim is not None and claim.attribution is issued[0]
        inferred = (
            claim is not None
            and not speaks
            and lex.bulletin_continuation
            and claim.factuality in ("uncertain", "speculative")
            and memory.last_source is not None
        )  # the author's inference between two sentences of a bulletin does not end the bulletin
        if claim is not None and not inferred:
            memory.last_source = claim.attribution if speaks and not from_issuer else None
            memory.last_source_end = sent.end
        if claim is not None and speaks:
            memory.sources.append(claim.attribution)  # anonymous ones too: "sagt er" after "der Mann"
        elif claim is None:
            speaker = speaker_without_claim(view, lex, memory)
            if speaker is not None:
                memory.sources.append(speaker)  # "X sprach von einer Provokation." ... "sagte er"
                memory.last_source = speaker  # ... "Bei dem Beschuss seien 23 Zivilisten getötet worden"
                memory.last_source_end = sent.end
            elif (introduced := introduced_person(view, lex)) is not None:
                # "Die Politikwissenschaftlerin Grace Nyirabera ... sieht kaum Chancen." ... "sagt sie": the
                # person a sentence introduces by role is who a later pronoun names (no reported speech goes on)
                memory.sources.append(introduced)
            elif lex.bulletin_continuation and view.search(lex.background) is not None:
                memory.last_source = None  # "Це вже друга атака за тиждень.": the author's background ends a bulletin
            # (a sentence without a claim, a quotation, does not end the reported speech before it)
        memory.see(view)
        memory.sentence_no += 1
    carry_quotations(doc, kb, lex, claims, heard)
    return claims


# a possibility about the past: "may/might/could have been used", "könnte(n)/dürfte(n) ... eingesetzt
# worden sein", "могла быть использована", "міг бути"
_PAST_POSSIBILITY = re.compile(
    r"\b(?:may|might|could)\s+(?:not\s+)?have\s+\w+"
    r"|\b(?:könnte|könnten|dürfte|dürften)\b[^;:]{0,120}?\w+(?:t|en)\s+(?:haben|sein|worden\s+sein)\b"
    r"|(?<![\w-])(?:могла|мог|могли|могло|міг)(?![\w-])",
    re.IGNORECASE,
)


def _intends(view: SentenceView, lex: Lexicon) -> bool:
    """A party's stated intention ("Die USA wollen ... stationieren", "Estonia plans to spend"): a claim
    about that party, speculative but no forecast of the author's."""
    low = view.text.casefold()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in lex.intentions if w in low)


def _figure_statement(view: SentenceView, lex: Lexicon, memory: Memory, n: int) -> Claim | None:
    """An unattributed sentence with a figure about a named entity ("Die Brigade soll rund 4.800
    Soldaten umfassen") is a checkable statement even without an event verb."""
    figures = [
        q
        for q in view.quantities
        if q.kind in ("count", "measure", "money", "percent")
        and q.value
        and (any(ch.isdigit() for ch in q.text) or q.kind == "money")
    ]  # in digits or a sum of money ("zehn Millionen Dollar"): "zwei der isoliertesten Regime" is no figure
    named = [m for m in view.mentions if m.type in ("country", "organization", "weapon_system", "munition")]
    actors = named + [m for m in view.mentions if m.type == "person" or view.metonym(m)]
    dated = False
    if not figures and actors and not view.text.rstrip().endswith("?"):
        # "Im Februar 2023 setzte Russland den Vertrag aus", "The court ruled in 1962 that ...": an
        # act of a named party on a past date is a checkable fact too
        dated = any(t.granularity in ("day", "month", "year") and not _NO_SINCE.match(t.text) for t in view.times)
        named = actors
    money = any(q.kind == "money" for q in figures)  # "It is worth about 7.2 billion dollars": checkable as it is
    if not (figures or dated) or not (named or money) or view.search(lex.assessment):
        return None
    text = view.text
    factuality, cues = factuality_of(lex, view, (0, len(text)), len(text), False)
    if factuality == "speculative" and not _intends(view, lex):
        return None  # a forecast, not a fact to check ("Estonia plans to spend 5.4 percent" is a stated plan)
    ctype = "arms_transfer" if goes_on_with_transfer(view, lex, memory) else troops_or_statement(view)
    args = event_args(view, lex, ctype, (len(text), len(text)), len(text), memory, [])
    # "In Burkina Faso soll das Afrikakorps mit 300 Mann präsent sein": hearsay from unnamed sources
    hearsay = Attribution(source_kind="anonymous", cue=cues[0] if cues else None) if factuality == "alleged" else None
    return _sentence_claim(
        view, n, type=ctype, checkworthy=0.5, factuality=factuality, attribution=hearsay or Attribution(),
        args=args, rule=f"{lex.lang}.statement.figure", confidence=0.45, cues=cues,
    )  # fmt: skip


def _author_infers(view: SentenceView, lex: Lexicon, before: int) -> bool:
    """A hedge of likelihood or possibility before the event's verb: the author's inference, not the
    bulletin's words ("Франція, ймовірно, вже передала ...")."""
    if any(h.start() < before for h in view.find(lex.uncertain)):
        return True
    return any(h.start() < before and h.group().casefold() in lex.possibility for h in view.find(lex.speculative))


def _sentence_claim(view: SentenceView, n: int, **fields: Any) -> Claim:
    """A claim spanning its sentence."""
    s = view.sent
    return Claim(id=f"c{n}", start=s.start, end=s.end, text=s.text, **fields)


def _attribution_spans(att: Attribution, trigger_end: int | None) -> list[tuple[int, int]]:
    """Text that speaks about the source, not the event: the source itself, and a trailing
    attribution ("..., erklärte ein Sprecher in Teheran"); ``trigger_end`` is absolute."""
    spans = [att.source_span] if att.source_span else []
    if (
        att.cue_span
        and (trigger_end is None or att.cue_span[0] > trigger_end)
        # (a source before its verb speaks what follows: "Исследователи CAR изучили ... и обнаружили ...")
        and not (att.source_span and att.source_span[1] <= att.cue_span[0])
    ):
        spans.append((att.cue_span[0], 10**9))
    return spans


def _statement_for(view: SentenceView, lex: Lexicon, memory: Memory, n: int) -> Claim | None:
    """A sentence without an event trigger is a claim when a named source states something about
    KB entities or figures ("Der NIS bestätigte die Gefangennahme"); a denial without its own
    trigger denies the event of the claim just before it."""
    text = view.text
    if view.search(lex.appeals):
        return None  # "Der Minister forderte die EU auf, ... vorzugehen": an appeal, no fact
    att = attribute(view, lex, len(text), set(), memory.sources)
    if (
        att.source is None
        and att.source_kind != "anonymous"
        and memory.last_source
        and view.search(lex.reported_speech)
    ):
        att = memory.last_source  # reported speech goes on: "Der Hersteller habe zudem ... ausgebildet"
    summons = view.search(lex.summons)
    named = view.search(lex.labels) if summons is not None else None  # (what it called the matter is no source)
    if summons is not None and (att.source is None or (named is not None and (att.cue or "-") in named.group())):
        # "Das Außenministerium bestellte den Botschafter ein (und sprach von ...)": the author reports the act
        args = event_args(view, lex, "statement", (len(text), len(text)), len(text), memory, [])
        return _sentence_claim(
            view, n, type="statement", checkworthy=0.55, factuality="asserted", attribution=Attribution(),
            args=args, rule=f"{lex.lang}.statement.summons", confidence=0.5, cues=[],
        )  # fmt: skip
    if att.source is None and att.source_kind != "anonymous":
        return _figure_statement(view, lex, memory, n)
    src = att.source_span or (-1, -1)
    # a capital that acts for its government is a party too ("Helsinki wirft Moskau vor, ...")
    others = [m for m in view.mentions if not (src[0] <= m.start < src[1]) and (m.type != "place" or view.metonym(m))]
    denial = view.search(lex.denial) or view.search(lex.absence)  # "said it was 'not aware' of the shipments"
    # ("Nach Angaben des kasachischen Außenministeriums sollen sich die Chefs ... am Samstag in Almaty treffen":
    # a named source dates something at a place)
    places = [m for m in view.mentions if m.type == "place" and not (src[0] <= m.start < src[1])]
    dated = bool(places) and bool(view.times)
    if not (others or view.quantities or denial or dated):
        return None
    label = view.search(lex.labels)
    if (
        label is not None
        and not denial
        and not view.quantities
        and not any(m.start >= view.sent.start + label.end() for m in others)
    ):
        return None  # "Die Gruppe X spricht von einem «Dammbruch»": it names a thing, it states no fact
    factuality, cues = factuality_of(lex, view, (0, len(text)), len(text), True)
    counted = counts_strikes(view)
    ctype = "attack" if counted else "statement"
    denied = memory.prev_type or memory.last_type  # the claim of the sentence before, else the last event
    if denial and denied and denied not in ("statement", "assessment", "prediction"):
        # a denial denies the act, not its toll: "Congo's army denied that the town had fallen"; after a
        # sentence that claims no event ("warned that Russia recruits saboteurs") it is a statement
        ctype = "attack" if denied == "casualties" else denied
    if ctype == "statement" and not denial and goes_on_with_transfer(view, lex, memory):
        ctype = "arms_transfer"  # "Nach Angaben des Ministeriums waren es bis Ende Februar sieben Feuereinheiten"
    elif ctype == "statement" and not denial:
        ctype = troops_or_statement(view)
    if (
        (ctype == "statement" or counted)
        and factuality == "negated"
        and not denial
        and not view.search(lex.categorical)
    ):
        # "nicht" in a statement is its content, not a denial (a hedge still hedges it: "вважають, що ...")
        factuality, cues = factuality_of(lex, view, (0, len(text)), len(text), True, negation=False)
    score = 0.5 + (0.1 if view.quantities else 0.0) + (0.05 if denial else 0.0)
    args = event_args(view, lex, ctype, (len(text), len(text)), len(text), memory, _attribution_spans(att, None))
    return _sentence_claim(
        view,
        n,
        type=ctype,
        checkworthy=round(score, 2),
        factuality=factuality,
        attribution=att,
        args=args,
        rule=f"{lex.lang}.statement.{'denial' if denial else 'attributed'}",
        confidence=0.5,
        cues=cues,
    )


_MORE = re.compile(r"\b(?:more|further|remaining|weitere\w*|übrigen)\b", re.IGNORECASE)


def _continuation(view: SentenceView, lex: Lexicon, memory: Memory) -> Trigger | None:
    """A list goes on: "Hinzu kommen 120 Schützenpanzer vom Typ Marder" after a transfer is
    another transfer of the same parties (an opener word and an item, no trigger of its own)."""
    if memory.last_type not in ("arms_transfer", "troop_deployment"):
        return None
    more = _MORE.search(view.text)
    cue = lex.strong.get(memory.last_type)
    if more is not None and cue is not None and view.quantities:
        # "Three more are due to arrive by the end of March": more of the same, its verb without an item
        verb = view.search(cue)
        if verb is not None:
            return Trigger(memory.last_type, True, verb.start(), verb.end(), verb.group())
    opener = view.search(lex.continuation_openers)
    if opener is None or opener.start() > 3:
        return None
    items = any(m.type in ("weapon_system", "munition") for m in view.mentions) or view.search(lex.generic_items)
    if not items:
        return None
    return Trigger(memory.last_type, True, opener.start(), opener.end(), opener.group())


def _claim_for(view: SentenceView, lex: Lexicon, memory: Memory, n: int, threshold: float) -> Claim | None:
    text = view.text
    if text.rstrip().rstrip("\"'“”»«)").endswith("?"):
        return None  # a question asks, it claims nothing ("How many times has Russia violated ...?")
    if " | " in text:
        return None  # a metadata line ("Risk Assessment No. 9 | Kestrel Institute | 16 October 2025")
    if (_DATELINE_ONLY.fullmatch(text.strip()) and view.times) or _CAPS_DATELINE.fullmatch(text.strip()):
        return None  # a dateline on its own ("МОСКВА, 14 сентября 2025 года.", "МОСКВА, 6 ноя — РИА Новости.")
    refusal = view.search(lex.non_claim)
    if refusal is not None and not _BUT.search(text, 0, refusal.start()):
        return None  # "declined to comment" (but "struck X, but did not say whether ..." claims the strike)
    follows = memory.sentence_no - memory.last_claim_no.get("arms_transfer", -99) <= _PARTY_MEMORY
    trig = choose(triggers(view, lex, follows), view) or _continuation(view, lex, memory)
    if trig is None:
        return _statement_for(view, lex, memory, n)
    if trig.ctype == "troop_deployment" and _AIRSPACE.search(trig.text) and view.search(lex.unmanned):
        # jets that violate an airspace are deployed there; drones that enter it strike
        trig = Trigger("attack", trig.strong, trig.start, trig.end, trig.text, trig.attribute)
    if trig.ctype == "attack" and trig.strong and loss_tally(view, lex, clause_bounds(text, trig.start)[0]):
        # "Сили оборони знищили 11 танків, 23 бойові броньовані машини": a tally of losses
        trig = Trigger("casualties", True, trig.start, trig.end, trig.text)
    clause = clause_bounds(text, trig.start)
    if text[clause[1] : clause[1] + 1] == ":" and len(text[clause[0] : clause[1]].split()) <= 4:
        clause = (clause[0], clause_bounds(text, clause[1] + 2)[1])  # "Ihre Reichweite: angeblich 3.000 km"
    scope_end = clause[1]
    if trig.ctype == "capability":
        args = capability_args(view, trig.attribute or "", memory, lex, trig.start)
        if args is None:
            return None
        exclude = {args["subject"]} if args.get("subject") else set()
    else:
        exclude = {m.entity_id for m in view.mentions if m.type in ("weapon_system", "munition")}
        att = attribute(view, lex, scope_end, exclude, memory.sources)
        args = event_args(
            view,
            lex,
            trig.ctype,
            (trig.start, trig.end),
            scope_end,
            memory,
            _attribution_spans(att, view.sent.start + trig.end),
        )
    if trig.ctype == "capability":
        att = attribute(view, lex, scope_end, exclude, memory.sources)
    # a hedge word alone ("angeblich") leaves the speaker of the reported speech before it (a phrase
    # does not: "In sozialen Netzwerken kursierte die Behauptung, ... hätten ...", "rumours that")
    hedge_only = (
        att.source is None
        and att.source_kind == "anonymous"
        and bool(att.cue)
        and lex.alleged.fullmatch(att.cue or "") is not None
        and " " not in (att.cue or "").strip()
    )
    if (
        att.source is None
        and (att.source_kind == "author" or hedge_only)
        and memory.last_source
        and view.search(lex.reported_speech)
    ):
        att = memory.last_source  # reported speech goes on: "Die Streitkräfte hätten ... beschossen"
    elif (
        att.source is None
        and ((att.source_kind == "author" and att.cue is None) or hedge_only)
        and lex.bulletin_continuation
        and view.search(lex.background) is None
        # "Судя по обломкам, ..., вероятно, использовались дроны", "Не исключено, что ...": the author infers
        # (a hedge after the verb is the bulletin's own: "втрачено, ймовірно, через протидію засобів РЕБ")
        and not _author_infers(view, lex, trig.start)
        # "Система здатна збивати цілі на дальності до 40 км", "Сама ОЭЗ находится под санкциями США": the
        # author's background, not the bulletin's
        and trig.ctype not in ("capability", "sanction")
        # "Перші F-16 Україна отримала влітку 2024 року": an event months before the report is background
        and not long_before(args.get("date"), view.doc.published)
        and memory.last_source is not None
        and memory.last_source.source is not None
        and 0 <= view.sent.start - memory.last_source_end
        and (
            "\n" not in view.doc.text[memory.last_source_end : view.sent.start]
            # a ministry's or command's bulletin goes on in the next paragraph ("В ночь на 6 ноября ...")
            or (
                memory.last_source.source_kind in ("government", "military")
                and view.doc.text.count("\n\n", memory.last_source_end, view.sent.start) <= 1
            )
        )
    ):
        att = memory.last_source  # "... сообщили в Минобороны. 21 беспилотник был сбит над Брянской областью."
    if trig.ctype in ("arms_transfer", "troop_deployment"):
        args = denier_acts(args, att, lex, view.kb, owned_transfer(view, lex, args))
    if trig.ctype == "arms_transfer" and not args.get("supplier"):
        exporter = state_exporter(view, att)
        if exporter and exporter != args.get("recipient"):
            # "Портфель заказов «Рособоронэкспорта» превышает $60 млрд": a state arms exporter sells for its state
            args = {**args, "supplier": exporter}
    if trig.ctype == "arms_transfer" and not args.get("recipient") and to_own_forces(view, lex, trig, args):
        # "Уралвагонзавод передал армии 200 танков": a maker's deliveries to its own forces are its output
        trig = Trigger("production", trig.strong, trig.start, trig.end, trig.text, trig.attribute)
    if trig.ctype == "troop_deployment" and not args.get("supplier"):
        # "Wie das Pentagon mitteilte, sind acht Kriegsschiffe im Einsatz": a state body speaks of its own forces
        own = state_of(att, view.kb)
        src = att.source_span or (-1, -1)
        parties = [m for m in view.mentions if view.country_of(m) and not src[0] <= m.start < src[1]]
        if own and own != args.get("recipient") and not parties:
            args = {**args, "supplier": own}
    attributed = att.source is not None or att.source_kind == "anonymous"
    carried = memory.last_source is not None and att is memory.last_source
    factuality, cues = factuality_of(
        lex, view, clause, scope_end, attributed, trig.ctype == "capability", trig.end, carried
    )
    if factuality == "alleged" and att.source is None and att.source_kind == "author":
        att = Attribution(source_kind="anonymous", channel=att.channel, cue=cues[0] if cues else None)
        attributed = True  # "soll ... geliefert haben", "angeblich": hearsay from unnamed sources
    if trig.ctype == "arms_transfer" and factuality == "negated" and att.source_span and view.search(lex.denial):
        # "Міністерство закордонних справ Ірану заперечило будь-які поставки": the denying state supplied
        a, b = att.source_span
        state = state_of(att, view.kb) or next(
            (c for m in view.mentions if a <= m.start < b and (c := view.country_of(m))), None
        )
        if state and state not in (args.get("supplier"), args.get("recipient")):
            args = {**args, "supplier": state}
    hedged = factuality in ("alleged", "uncertain", "speculative", "negated")
    if not trig.strong and not (args.get("quantities") or attributed or hedged or args.get("date")):
        return None
    ctype = trig.ctype
    if ctype == "attack" and view.search(lex.test_words):
        ctype = "statement"  # "North Korea test-fired a missile into the sea": a test, no attack
    elif ctype == "attack" and launch_in_a_test_report(view, lex, trig):
        ctype = "statement"  # "Abgefeuert wurde die Rakete von einem mobilen Startfahrzeug" in a report on a test
    rule = f"{lex.lang}.{ctype}.{'strong' if trig.strong else 'weak'}"
    if trig.attribute:
        rule = f"{lex.lang}.capability.{trig.attribute}"
    assess = [m for m in view.find(lex.assessment) if clause[0] <= m.start() < scope_end]
    kb_items = len(args.get("items") or [])
    score = _checkworthy(trig, args, att, hedged, kb_items)
    if assess and not attributed:
        ctype, rule, score = "assessment", f"{lex.lang}.assessment", min(score, 0.4)
    elif (
        factuality == "speculative"
        and not attributed
        and not (cues and cues[0].casefold() in lex.reportative)
        and not (cues and cues[0].casefold() in lex.possibility)  # "не исключено, что ... прибывают"
        and not _intends(view, lex)
        and not _PAST_POSSIBILITY.search(view.text)  # "may have been used": a hedged past, no forecast
    ):
        # (a plan stated with "soll"/"sollen" stays a claim of its type: "sollen ab 2026 ... hergestellt werden")
        ctype, rule = "prediction", f"{lex.lang}.prediction.modal"
    start = view.sent.start
    return _sentence_claim(
        view,
        n,
        type=ctype,
        checkworthy=score,
        factuality=factuality,
        attribution=att,
        args=args,
        rule=rule,
        confidence=round(0.55 + 0.4 * (score - 0.45), 2),
        trigger=(start + trig.start, start + trig.end),
        cues=cues,
    )


@component("claims", requires=["sentences", "mentions", "quantities", "times"], assigns=["claims"])
def make_claims(context: dict[str, Any]) -> Step:
    """Claims with type, check-worthiness, attribution, factuality and event arguments."""
    kb = (context.get("linker") or get_linker()).kb

    def claims(doc: Document) -> Document:
        doc.claims = widened_sources(doc, extract_claims(doc, kb))
        return doc

    return claims
