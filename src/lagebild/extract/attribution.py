"""Attribution: who a claim comes from, through which channel, and of what kind.

Candidate sources in a sentence are KB people and organisations, people found
by pattern (their kind from the role noun beside them: "Gouverneur X" speaks
for the government), institutions named by a noun and a country ("das
russische Verteidigungsministerium", "Lebanon's health ministry", "U.S.
officials") and, for denials, countries. Every attribution cue ("sagte",
"teilte ... mit", "laut", "zufolge", "according to", "told", "bestritt") is
paired with every candidate; the pair with the smallest distance, adjusted by
the candidate's kind and the cue's scope, wins. A channel is a medium after a
channel preposition ("über Telegram", "told Reuters"). Without a named source,
an anonymous cue ("Berichten zufolge", "man geht davon aus", "angeblich",
"sources said") makes the claim anonymous; otherwise the author stands behind it.
"""

from __future__ import annotations

import re

from ..document import Attribution
from ._acts import moves_object
from ._back_nouns import back_references, same_unnamed
from ._candidates import candidates
from ._channels import OWNER_OF_CHANNEL, channels_of
from ._context import TIME_CLAUSE, Hit, SentenceView, text_without
from ._coref import (
    as_person,
    carried,
    pronouns,
    publisher_before,
    resolve_definite,
    resolve_pronoun,
    speaker,
)
from ._display import shown_by
from ._institutions import institutions
from ._kinds import source_kind_of
from ._lexicon import Lexicon, kind_noun
from ._named_source import named_source
from ._nearby import (
    AUXILIARY,
    OBJECT_PREPOSITIONS,
    PARENTHETICAL,
    aside_spans,
    named_before,
    possessor_before,
    word_before,
)
from ._own_figures import own_figures
from ._positions import owner_of_object, reported_subject, seat_of_speaker
from ._references import line_label, spokesperson_of
from ._saxon import capital_says, saxon_genitive
from ._slavic_speakers import after_gerund, impersonal_bonus
from ._source_hints import (
    IN_BEFORE,
    REPORTS_OF,
    channels_close_to,
    cited,
    document_holder,
    heard_from,
    members_body,
    outlet_addressed,
    outside_lead_quote,
    own_document,
    pen_name,
    recipient_object,
    reports_before,
    without_companions,
    without_parents,
)
from ._sources import Candidate, subject_phrase
from ._unnamed import (
    anonymous_next,
    circle_of,
    document_writer,
    rumour_setting,
    speaker_unnamed,
    unnamed_attribution,
    writer_after,
)

__all__ = ["Candidate", "attribute", "candidates", "institutions", "source_kind_of"]

# a word that makes "reports" a noun: "had seen intelligence reports", "media reports said"
_REPORT_NOUN = re.compile(
    r"(?<![\w-])(?:intelligence|media|news|press|police|satellite|field|unconfirmed|unverified|conflicting|separate|"
    r"similar|earlier|recent|initial|local|official|several|many|some|these|those|such)\s+$",
    re.IGNORECASE,
)
_SEAT_GAP = re.compile(r"^\s*(?:in|im|at|в|у)\s+[A-ZÄÖÜА-ЯЁІЇЄҐ][\w-]*\s*$")  # ("Die Botschaft in Sarajevo nannte")
_NOUN_DET = re.compile(r"(?<![\w-])(?:a|an|the|this|that|its|their|his|her|ein|eine|einen|einer)\s+$", re.IGNORECASE)
# a sentence that opens with the document an inverted impersonal cue quotes ("In einer Mitteilung des
# Heeres heißt es", "In its statement, the ministry said" is a speaker's own)
_DOCUMENT_OPENS = re.compile(
    r"\s*In\s+(?:einer|einem|der|dem|seiner|ihrer)\s+(\w+)\s+(?=(?:des|der)\s)[^,;:]*?\bheißt es\b"
)
# verbs whose object is the addressee ("residents told Human Rights Watch"), and the word that opens
# the reported clause ("said that ...", "sagte, dass ..."): who follows is not the speaker
_CHARACTERISED = re.compile(r"\b(?:in\s+)?what\s+(?:[\w'’.-]+\s+){1,3}$", re.IGNORECASE)
_ADDRESS_VERBS = frozenset(
    {"told", "tells", "tell", "accused", "accuses", "accusing", "accuse"}
)  # the one after is addressed
_ACCUSED_BEFORE = frozenset({"vorgeworfen", "vorwerfen", "vorzuwerfen"})
_ACCUSED_DE = frozenset({"beschuldigt", "bezichtigt"})
_PASSIVE_DE = re.compile(r"\b(?:wird|werden|wurde|wurden|worden)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"(?<![\w-])(?:that|dass|что|що)(?![\w-])", re.IGNORECASE)


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”«»—–]")


# a speech verb in a relative clause whose subject is a pronoun: "firms that it said had supplied"
_RELATIVE_SAID = re.compile(r"\b(?:that|which|whom)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
_KIND_PENALTY = {
    "person": 0,
    "person_ref": 0,
    "pronoun": 6,
    "organization": 5,
    "institution": 6,
    "anonymous": 8,
    "country": 25,
}


# the auxiliary right before an inverted subject: "Bei dem Manöver hatte Taiwan ... gezählt"
_AUX_BEFORE = re.compile(r"(?<![\w-])(?:hat|haben|hatte|hatten)\s+$", re.IGNORECASE)


# an open quotation before a cue: the words are a speaker's, not the newsroom's ('"We obtained the records," X said')
_QUOTE_OPEN = re.compile(r"^[^\"“”„«»]*[\"“„«][^\"“”»]*$")


def attribute(
    view: SentenceView, lex: Lexicon, scope_end: int, exclude: set[str], recent: list[Attribution] | None = None
) -> Attribution:
    """Attribution of the claim in ``view``; ``scope_end`` is relative to the sentence; ``recent``
    are earlier named sources, for definite descriptions ("das Ministerium")."""
    s0 = view.sent.start
    newsroom = view.search(lex.own_newsroom)
    if newsroom is not None and not _QUOTE_OPEN.search(view.text[: newsroom.start()]):
        # "По подсчетам редакции, ...", "Журналісти нашого видання бачили": the author's (the cue keeps a
        # bulletin before it from going on here)
        return Attribution(cue=newsroom.group(), cue_span=(s0 + newsroom.start(), s0 + newsroom.end()))
    channels = channels_of(view, lex)
    channel_spans = [(a, b) for _, a, b in channels]
    last_person = next((a for a in reversed(recent or []) if (a.source_entity or "").startswith("person:")), None)
    cands = [
        same_unnamed(c, recent, view.doc.text) or as_person(c, last_person) if c.what == "person_ref" else c
        for c in candidates(view, lex, exclude, channel_spans)
        if c.what not in ("person_ref", "pronoun")
        or (c.what == "person_ref" and (last_person is not None or same_unnamed(c, recent, view.doc.text)))
    ]
    cands += back_references(view, lex, recent or [])  # "..., добавил дипломат, ...": the diplomat heard last
    for c in pronouns(view, lex):
        if c.what != "pronoun":
            cands.append(c)  # ("Її пресслужба": the body named before, found already)
            continue
        named = named_before(view, lex, c, recent or [])
        resolved = named or resolve_pronoun(c, recent or [], lex, view.doc.text)
        if resolved is not None:
            cands.append(resolved)
    # "Reuters, citing industry sources, reported", "агентство Reuters со ссылкой на источники сообщало":
    # the named outlet speaks, not the unnamed sources it relays
    for hit in view.find(lex.secondary):
        h0, h1 = s0 + hit.start(), s0 + hit.end()
        if any(c.what != "anonymous" and c.what != "pronoun" and c.end <= h0 for c in cands):
            cands = [c for c in cands if not (c.what == "anonymous" and 0 <= c.start - h1 <= 40)]
    channel = channels[0][0] if channels else None
    anon = view.find(lex.anonymous)
    prelim = list(lex.preliminary.finditer(view.text))
    asides = aside_spans(view.text, s0, lex.sentence_adverbs)
    # "The Polisario's propaganda outlet, the Sahara Press Service (SPS), claims": the apposition names it
    nouns = [c for c in cands if c.what == "institution" and kind_noun(lex, c.text.split()[-1]) is not None]
    asides = [(a, b) for a, b in asides if not any(0 <= a - c.end <= 1 for c in nouns)]
    label = line_label(view, cands)
    if label is not None:
        return Attribution(
            label.text, label.entity_id, label.kind, channel, ":", (label.end, label.end + 1), (label.start, label.end)
        )
    heard = heard_from(view, lex, cands)
    if heard is not None:
        source_body, heard_cue = heard
        if speaker_unnamed(view, lex):
            # "Aus dem Ministerium hieß es hinter vorgehaltener Hand": off the record, unnamed people speak
            return Attribution(None, None, "anonymous", channel, heard_cue.group(), None)
        return Attribution(
            source_body.text, source_body.entity_id, source_body.kind, channel, heard_cue.group(), None,
            (source_body.start, source_body.end),
        )  # fmt: skip
    # (or "Nach Amsels Zählung", "In Moskau hieß es")
    owner_doc = own_document(view, lex) or saxon_genitive(view) or capital_says(view)
    if owner_doc is not None:
        # "In seinem täglichen Lagebericht hieß es, ...": the body named just before speaks
        owner_body, owner_cue = owner_doc
        return Attribution(
            owner_body.text, owner_body.entity_id, source_kind_of(view, owner_body), channel, owner_cue.group(),
            (s0 + owner_cue.start(), s0 + owner_cue.end()), (owner_body.start, owner_body.end),
        )  # fmt: skip
    own = view.find(lex.possessive_sources)
    published = publisher_before(view) if own and len(view.text[: own[0].start()].split()) <= 2 else None
    if own and published is not None:
        # "Anlass ist eine Recherche der Nachrichtenagentur Reuters ... Demnach ...": the publisher speaks
        return carried(published, channel, own[0], s0)
    possessor = possessor_before(view, lex, own[0].group(), recent or []) if own else None
    if possessor is not None:  # "Der Politologe X hält ... Nach seiner Schätzung ...": the person just named
        return carried(possessor, channel, own[0], s0)
    if own and recent and len(view.text[: own[0].start()].split()) <= 2:
        # "Nach seinen Worten ...", "According to the post, ...": the last source goes on speaking
        return carried(speaker(recent, own[0].group(), lex, view), channel, own[0], s0)
    if own and not recent and not view.text[: own[0].start()].strip():
        # "Demnach verließen ...": it goes on from a source no rule named (leaked documents): unnamed
        cue = own[0]
        return Attribution(None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()))
    opened = _DOCUMENT_OPENS.match(view.text)
    if opened is not None and opened.group(1).casefold().endswith(lex.impersonal_documents):
        # "In einer Pressemitteilung des Ausbildungskommandos des Heeres heißt es": the writer of the document
        writer = writer_after(view, lex, cands, recent or [], s0 + opened.end(1))
        at = view.text.rfind("heißt es", 0, opened.end())
        if writer is not None:
            return Attribution(
                writer.text, writer.entity_id, writer.kind, channel, "heißt es", (s0 + at, s0 + at + 8),
                (writer.start, writer.end),
            )  # fmt: skip
    own_cue = view.find(lex.self_sources)
    if own_cue:
        # "Die Ukraine hat nach eigenen Angaben ...": the nearest candidate before the cue speaks
        c0 = s0 + own_cue[0].start()
        before = [c for c in cands if c.end <= c0 and c.what != "anonymous"]
        # "Wagner hat seinen Einsatz in Mali nach eigenen Angaben beendet": not the object of a preposition
        subjects = [c for c in before if word_before(view.doc.text, c.start) not in OBJECT_PREPOSITIONS]
        before = subjects or before
        if before:
            cand = max(before, key=lambda c: c.end)
            return Attribution(
                cand.text, cand.entity_id, cand.kind, channel, own_cue[0].group(),
                (c0, s0 + own_cue[0].end()), (cand.start, cand.end),
            )  # fmt: skip
    best: tuple[float, Candidate, Hit] | None = None
    # "A Western diplomat in Islamabad said": where the speaker sits does not speak (tested once per candidate)
    speakers = [c for c in cands if not (c.what == "country" and seat_of_speaker(view, c, lex))]
    speakers = [c for c in speakers if not owner_of_object(view, c, speakers)]  # "публикации канала назвали"

    # "Центр протидії дезінформації при РНБО": the parent a body is attached to does not speak for it;
    # "«Медиазона» совместно с командой волонтеров": nor do the subject's companions
    speakers = channels_close_to(view, without_companions(view, without_parents(view, speakers)))
    speakers = outside_lead_quote(view, lex, speakers)
    estimates = view.find(lex.bare_estimates)
    cue_sets = ((lex.before_source, "after", 0), (lex.after_source, "before", 0), (lex.denial, "both", 0))
    for pat, side, pen in (*cue_sets, (lex.att_verbs, "both", 4), (lex.secondary, "after", 12)):
        for cue in view.find(pat):
            said = estimates if pat is lex.att_verbs else []  # ("Industry estimates put ...": no one estimates)
            if any(x.start() <= cue.start() and cue.end() <= x.end() for x in (*anon, *said)) or any(
                x.start() <= cue.start() and cue.end() <= x.end() for x in prelim
            ):
                continue  # "Berichten zufolge": anonymous, not a named source ("hieß es in ..." may name one)
                # ("According to preliminary information, a serviceman ...": no source follows)
            if side == "after" and anonymous_next(view, anon, cue.end()):
                continue  # "nach Angaben aus Sicherheitskreisen", "according to two people familiar with"
            if any(m.start <= s0 + cue.start() < m.end for m in view.mentions):
                continue  # inside a name: "United States" holds no "states"
            if pat is lex.att_verbs and (
                _NOUN_DET.search(view.text, 0, cue.start())
                or (cue.group().casefold() in ("reports", "report") and _REPORT_NOUN.search(view.text, 0, cue.start()))
            ):
                continue  # "a claim the General Staff has not confirmed", "intelligence reports": a noun
            if pat is lex.att_verbs and _CHARACTERISED.search(view.text, max(0, cue.start() - 40), cue.start()):
                continue  # "..., in what Ankara described as the largest deal": it labels, it does not report
            if moves_object(view.text, cue, lex):
                continue  # "added five companies to its Entity List": an act, not a statement
            if (
                pat is lex.att_verbs
                and _BE_BEFORE.search(view.text, 0, cue.start())
                and _TO_AFTER.match(view.text, cue.end())
            ):
                continue  # "Russia is said to have supplied ...": hearsay, Russia says nothing
            if cue.group().casefold() in _ADDRESS_VERBS and _OF_NEXT.match(view.text, cue.end()):
                continue  # "two firms accused of arranging fuel shipments": the accused, no accuser
            if cue.group().casefold() in _ACCUSED_DE and _PASSIVE_DE.search(view.text, 0, cue.start()):
                continue  # "Indien wird beschuldigt, ...": the accused, no accuser
            c_start, c_end = s0 + cue.start(), s0 + cue.end()
            main_verb_end = after_gerund(view, lex, cue)
            scope_pen = 0 if cue.start() < scope_end else 15
            if cue.start() >= scope_end and TIME_CLAUSE.match(view.text, scope_end):
                continue  # "Russia struck Kharkiv after Kyiv denied ...": the clause of time has its own speaker
            if any(a <= c_start < b for a, b in asides):
                scope_pen += 15  # "..., a claim India has not confirmed": the aside's verb is not the main one
            for cand in speakers:
                if circle_of(view, anon, cand) or rumour_setting(view, anon, estimates, cand, c_start):
                    continue  # "Aus Kreisen der Streitkräfte verlautete": the unnamed circles speak
                if cand.what == "country" and IN_BEFORE.search(view.doc.text, max(s0, cand.start - 12), cand.start):
                    continue  # "Die UN-Mission in der Ukraine teilte mit": a country after "in" is a place
                if (
                    cand.what == "country"
                    and lex.lang == "de"
                    and cand.end <= c_start
                    and word_before(view.doc.text, cand.start) in OBJECT_PREPOSITIONS
                    and any(x.what == "country" and x.start >= c_start for x in speakers)
                ):
                    continue  # "Die Entsendung von Beratern nach Pakistan wies Ankara zurück": the object's country
                if main_verb_end is not None and main_verb_end <= cand.start:
                    continue  # "В Генштабе отрицали потерю X, заявив, ...": the gerund's subject is the main verb's
                if cand.what == "country" and side == "both":
                    # a government speaks as the subject right before its verb ("Iran bestritt")
                    between = view.doc.text[cand.end : c_start] if cand.end <= c_start else ","
                    if lex.lang == "de" and pat is lex.denial and c_start < cand.start and cand.end <= c_end:
                        between = ""  # "wies Ankara zurück": the subject inside a denial's frame
                    if (
                        lex.lang == "de"
                        and cand.start >= c_end
                        and view.doc.text[c_end : cand.start] == " "
                        and " " not in cue.group()
                        and not any(x.end <= c_start and x.what != "country" for x in speakers)
                    ):
                        between = ""  # "Am Montag meldete Kiew den Abschuss ...": the subject after the verb
                    # "Швеція, окрім того, оголосила", "Iran, however, denied": a parenthetical is no gap
                    between = PARENTHETICAL.sub(" ", between)
                    # "Kiew hat eine Beteiligung stets bestritten": the subject of a denial in the perfect
                    # (also a German participle of saying or counting: "Taiwan hat ... 120 Flugzeuge gezählt")
                    participle = lex.lang == "de" and cue.group().casefold().startswith("ge")
                    perfect = (
                        (pat is lex.denial or participle)
                        and (
                            AUXILIARY.match(between) is not None
                            # "Bei einem Manöver hatte Taiwan ... 153 Flugzeuge gezählt": the auxiliary before it
                            or _AUX_BEFORE.search(view.doc.text, max(s0, cand.start - 10), cand.start) is not None
                        )
                        and len(between) <= 80
                    )
                    if "," in between or (len(between) > 25 and not perfect):
                        continue
                dist: int | None
                if c_start <= cand.start and cand.end <= c_end:
                    if (
                        any(
                            x.end <= c_start
                            and not _SEAT_GAP.sub("", view.doc.text[x.end : c_start]).strip()
                            # (not a country after a preposition: "Berater nach Pakistan wies Ankara zurück")
                            and not (
                                x.what == "country"
                                and lex.lang == "de"
                                and word_before(view.doc.text, x.start) in OBJECT_PREPOSITIONS
                            )
                            for x in speakers
                        )
                        and len(cue.group().split()) > 2
                    ):
                        continue  # "Das Ministerium wies Berichte polnischer Medien zurück": the subject stands before
                    if (
                        pat is lex.denial
                        and lex.lang == "de"
                        and word_before(view.doc.text, cand.start) in ("der", "des")
                        and any(x.end <= c_start for x in speakers if x.what != "country")
                    ):
                        continue  # "X, die das Schiff betreibt, wies die Darstellung der Huthi zurück": whose account
                    dist = 0  # the cue holds its source: "nach Behördenangaben", "nach BMVg-Angaben"
                elif side == "after":
                    dist = cand.start - c_end if cand.start >= c_end else None
                elif side == "before":
                    dist = c_start - cand.end if cand.end <= c_start else None
                else:
                    dist = min(abs(cand.start - c_end), abs(c_start - cand.end))
                if dist is not None and cand.end <= c_start:
                    # "Astra, which publishes mainly on Telegram, posted": the aside is no distance
                    dist -= sum(b - a for a, b in asides if cand.end <= a and b <= c_start)
                    # "Africa Corps' official Telegram channel dismissed": it speaks through its channel
                    dist -= sum(
                        b - cand.end
                        for a, b in channel_spans
                        if b <= c_start and OWNER_OF_CHANNEL.fullmatch(view.doc.text, cand.end, a)
                    )
                if dist is not None and _RELATIVE_SAID.search(view.doc.text, s0, c_start):
                    # "sanctioned five firms in China that it said had supplied ...": "it" is the subject
                    # of the main clause, not the object nearest to the verb nor one in what was said
                    dist = cand.start - s0 if cand.end <= c_start else None
                if dist is None or dist > 120:
                    continue
                kind_pen = _KIND_PENALTY[cand.what]
                if cand.what == "country" and side == "after" and dist <= 2:
                    kind_pen = _KIND_PENALTY["organization"]  # "nach Erkenntnissen Washingtons"
                kind_pen -= impersonal_bonus(view, cand, cue, c_start)  # "В Генштабе ВСУ отрицали ..."
                if any(a <= cand.start < b for a, b in asides) and not any(a <= c_start < b for a, b in asides):
                    continue  # named in an aside, not the speaker of the main clause
                if cand.start >= c_end and (
                    cue.group().casefold() in _ADDRESS_VERBS or _COMPLEMENT.search(view.doc.text, c_end, cand.start)
                ):
                    continue  # "told Human Rights Watch", "said that Chinese ships ...": not the speaker
                addressed = outlet_addressed(view, lex, cand, (c_start, c_end), speakers)
                if addressed == "anonymous":
                    # "Как сообщил ТАСС источник в силовых структурах": the unnamed source speaks to the outlet
                    return Attribution(None, None, "anonymous", channel, cue.group(), (c_start, c_end))
                if addressed == "addressed" and pat is lex.att_verbs:
                    continue  # "Источник ... сообщил ТАСС": the outlet right after the verb is addressed
                if (
                    cand.end <= c_start
                    and cue.group().casefold() in _ACCUSED_BEFORE
                    and not view.doc.text[cand.end : c_start].strip()
                ):
                    continue  # "Die Armee hat Ruanda vorgeworfen, ...": the accused, right before the participle
                if (
                    lex.lang == "en"
                    and pat is lex.att_verbs
                    and cand.start >= c_end
                    and (
                        reported_subject(view, c_end, cand)
                        # "The Armed Forces of the Philippines said Chinese navy ships ...": the verb has its
                        # subject before it, what follows is what was said
                        or any(
                            x.end <= c_start
                            and not _CLAUSE_BREAK.search(text_without(view.doc.text, x.end, c_start, asides))
                            for x in speakers
                            if x.what != "country" and not any(a <= x.start < b for a, b in asides)
                        )
                    )
                ):
                    continue  # "said Pakistani aircraft had struck TTP hideouts": inside what was said
                if (
                    lex.lang == "de"
                    and pat in (lex.att_verbs, lex.denial)  # ("Moskau bestreitet, Waffen an die Huthi ...")
                    and cand.start >= c_end
                    and "," in view.doc.text[c_end : cand.start]
                    and any(x.end <= c_start for x in speakers)
                ):
                    continue  # "Die Regierung erklärte, ihre Streitkräfte griffen ... an": inside what was said
                if pat is lex.denial and lex.lang == "en" and cand.start >= c_end:
                    kind_pen += 20  # "Iran has always denied arming the Houthis"
                if pat is lex.denial and cand.start >= c_end and REPORTS_OF.search(view.doc.text, c_end, cand.start):
                    continue  # "Компания опровергла сообщения индийских СМИ": whose reports are denied
                if pat in (lex.denial, lex.att_verbs) and lex.lang == "en" and cand.end <= c_start:
                    if recipient_object(view, cand):
                        continue  # "no support to the RSF and called the allegations baseless"
                if pat in (lex.denial, lex.att_verbs) and cand.end <= c_start and reports_before(view, cand, speakers):
                    continue  # "Das Ministerium hat Berichte über Lieferungen an die Armee zurückgewiesen"
                rank = dist + kind_pen + pen + scope_pen
                if best is None or rank < best[0]:
                    best = (rank, cand, cue)
    if best is not None:
        best = (best[0], cited(view, lex, best[1], cands, (s0 + best[2].start(), s0 + best[2].end())), best[2])
        best = (best[0], pen_name(view, best[1]), best[2])
    held = document_holder(view, cands, best[1] if best is not None else None)
    if held is not None:
        # "according to customs data obtained by Justice For Myanmar": who holds the documents speaks
        holder, cue_text = held
        return Attribution(
            holder.text, holder.entity_id, holder.kind, channel, cue_text, None, (holder.start, holder.end)
        )
    if best is not None and best[1].what == "anonymous":
        # "по оценке аналитиков американского Института ...", "analysts at the Institute for the Study of
        # War", "Experten des Instituts für ...": the body the unnamed members belong to speaks
        body = members_body(view, best[1], cands)
        best = (best[0], body, best[2]) if body is not None else best
    unnamed = unnamed_attribution(view, lex, best, recent or [], anon, channel)
    if unnamed is not None:
        return unnamed
    if best is not None:
        spoken_for = spokesperson_of(view, lex, best[1], cands, recent or [])
        if spoken_for is not None:
            best = (best[0], spoken_for, best[2])
        return named_source(view, lex, best[1], best[2], cands, recent or [], channel)
    if own and recent:
        return carried(speaker(recent, own[0].group(), lex, view), channel, own[0], s0)
    said = view.find(lex.att_verbs) if speaker_unnamed(view, lex) else []
    if said:
        # "Ein Manager ..., der anonym bleiben wollte, sagte der Agentur": someone unnamed said it
        cue = said[0]
        return Attribution(None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()))
    figures = own_figures(view, lex, cands, channel)  # "Nach israelischen Angaben", "according to Israeli figures"
    if figures is not None:
        return figures
    anon_words = [t for t in view.sent.tokens if t.text.casefold() in lex.anonymous_sources]
    if not anon:
        anon = view.find(lex.bare_estimates)  # "Im Krieg wurden nach Schätzungen rund 1.000 Menschen getötet"
    if anon:
        cue = anon[0]
        written = document_writer(view, lex, cue, cands, recent or [], channel)
        if written is not None:
            return written
        return Attribution(None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()))
    if anon_words and view.search(lex.att_verbs):
        return Attribution(
            None, None, "anonymous", channel, anon_words[0].text, (anon_words[0].start, anon_words[0].end)
        )
    subject = subject_phrase(view, lex)  # "Civil society leaders in Uvira said ...": a speaker no rule names
    if subject is not None:
        phrase, kind, span, verb = subject
        if kind == "anonymous":
            return Attribution(None, None, "anonymous", channel, verb, span)
        named = Candidate(span[0], span[1], phrase, None, kind, "institution")
        if len(phrase.split()) <= 2:
            # "The account claimed": a definite description of the source named before
            named = resolve_definite(
                view, named, recent or [], lex.generic_sources, frozenset(lex.source_nouns), lex.company_heads,
                lex.spokes_nouns, lex.group_nouns,
            )  # fmt: skip
        return Attribution(named.text, named.entity_id, named.kind, channel, verb, span, span)
    return shown_by(view, lex, cands, channel) or Attribution(channel=channel)
