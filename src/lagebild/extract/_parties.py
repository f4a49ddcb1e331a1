"""The parties of a transfer or deployment: supplier and recipient from prepositions, country
adjectives, subjects of active and receive verbs, datives, makers, negotiations and the claims
before."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import Hit, SentenceView, clause_bounds
from ._lexicon import Lexicon
from ._makers import maker_country, maker_subject, origin_of
from ._memory import _LOCATIVE, _PARTY_MEMORY, _SKIP, Memory, _right_after
from ._negotiation import COMITATIVE, negotiation
from ._owner_adjective import adjective_before_item
from ._party_places import place_country
from ._state_refs import state_references
from ._trade_owner import trade_owner

__all__ = ["roles"]


_BORDER_WITH = re.compile(
    r"\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?$|\bGrenze\s+(?:zu|zum|zur|mit)\s+(?:der\s+|dem\s+)?$",
    re.IGNORECASE,
)


_MAKER = re.compile(r"-(?:made|built|produced|manufactured|designed|gefertigt\w*|hergestellt\w*)\b", re.IGNORECASE)


_ROLE_FOR = re.compile(r"([\w-]+)\s+(?:for|of|für|des|der)\s+(?:the\s+)?$", re.IGNORECASE)


def _speaks_for(view: SentenceView, lex: Lexicon, m: Mention) -> bool:
    """A country after a role and "for"/"of" ("a spokesman for the Ugandan army"): whom the speaker serves."""
    hit = _ROLE_FOR.search(view.doc.text, max(view.sent.start, m.start - 40), m.start)
    if hit is None:
        return False
    word = hit.group(1).casefold()
    return word in lex.person_roles or word in lex.role_kinds


def _owns_speaker(view: SentenceView, lex: Lexicon, m: Mention) -> bool:
    """A country that owns a speaking role: "Eritrea's information minister, X, wrote", "Israels
    Verteidigungsminister sagte" (a role noun, or a compound ending in one, within three words)."""
    if m.role != "name" or view.search(lex.att_verbs) is None:
        return False
    words = view.doc.text[m.end : m.end + 60].removeprefix("'s").removeprefix("’s").split()[:3]
    roles = lex.person_roles | set(lex.role_kinds)
    return any(
        w.casefold().strip(",.") in roles or (lex.lang == "de" and w.casefold().endswith(("minister", "sprecher")))
        for w in words
    ) and (view.doc.text.startswith(("'s", "’s"), m.end) or (lex.lang == "de" and m.text.endswith("s")))


_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


_AGENT_BEFORE = re.compile(r"([\w-]+)\s+(?:by|von)\s+(?:the\s+|der\s+|dem\s+)?$", re.IGNORECASE)


def _ordered_by(view: SentenceView, lex: Lexicon, pos: int) -> bool:
    """A passive agent after a receive verb ("ordered by the Nigerian Air Force", "von Polen bestellt"
    reads the other way and is not matched): the agent is the buyer."""
    hit = _AGENT_BEFORE.search(view.doc.text, max(view.sent.start, pos - 40), pos)
    return hit is not None and lex.receive.fullmatch(hit.group(1)) is not None


def _dative(view: SentenceView, lex: Lexicon, pos: int) -> bool:
    """A dative article before ``pos`` after a lower-case word that is no preposition or conjunction:
    "hatten der Ukraine zugesagt" (a genitive follows a noun: "die Armee der Ukraine")."""
    if not lex.dative_articles:
        return False
    words = re.findall(r"[\w'’-]+", view.doc.text[view.sent.start : pos])
    if len(words) < 2 or words[-1] not in lex.dative_articles:
        return False
    prev = words[-2]
    return prev.islower() and prev not in lex.dative_blockers


def _leader_country(view: SentenceView, pos: int) -> str | None:
    """The country of the person whose regime it is: "Nicolás Maduro's regime"."""
    for m in view.mentions:
        if m.type == "person" and m.end <= pos and pos - m.end <= 4:
            ent = view.kb.get(m.entity_id)
            if ent is not None and ent.country:
                return f"country:{ent.country}"
    return None


_ORIGIN_ONLY = frozenset({"aus", "from"})
_ORDERS_FROM = re.compile(
    r"\b(?:Auftr[aä]ge?n?|Bestellung(?:en)?|orders?)\s+(?:aus|from)\s+(?:der\s+|dem\s+|the\s+)?$", re.IGNORECASE
)


_GIVE_VERB = re.compile(r"(?:переда|постав|постача|прода|отправ|відправ|предостав|нада)\w*")
_RU_PREPS = frozenset("в во на к ко по от из у с со до для за о об при через про между против без".split())
_WEAK_TO = frozenset({"in", "ins", "into", "в", "у"})


def roles(
    view: SentenceView,
    lex: Lexicon,
    trigger: tuple[int, int],
    end_abs: int,
    items: list[Mention],
    memory: Memory,
    skip: list[tuple[int, int]],
    deploy: bool = False,
) -> tuple[str | None, str | None]:
    """Supplier and recipient. Order of evidence: prepositions ("nach Russland", "from Iran"),
    a country adjective on the moved thing ("nordkoreanische Soldaten"), the subject before
    the trigger (the supplier of an active verb, the recipient of a receive verb), a second
    bare country as the dative or direct object ("Iran liefert Russland Drohnen", "supplied
    North Korea with oil"), "das Regime" as the last country named, then the previous claim."""
    s0 = view.sent.start
    trig_a, trig_b = s0 + trigger[0], s0 + trigger[1]
    countries: list[tuple[Mention, str]] = [
        (m, cid)
        for m in view.mentions
        if (cid := view.country_of(m))
        and m.start < end_abs
        and not any(a <= m.start < b for a, b in skip)
        # "The U.S. State Department said": the country that opens the source's name is the source's
        and not any(0 <= a - m.end <= 2 and not view.doc.text[m.end : a].strip() for a, b in skip)
        and not _BORDER_WITH.search(view.doc.text, max(0, m.start - 30), m.start)  # "to the border with Guyana"
        and not _owns_speaker(view, lex, m)  # "Eritrea's information minister wrote that ...": the speaker's
        and not _speaks_for(view, lex, m)  # "a spokesman for the Uganda People's Defence Forces"
    ]
    # a national service stands for its state ("the Philippine Navy received", "die schwedische Luftwaffe")
    for m in view.mentions:
        if m.type != "organization" or m.start >= end_abs or any(a <= m.start < b for a, b in skip):
            continue
        if _speaks_for(view, lex, m):
            continue  # "a spokesman for the Ugandan army": the speaker's body
        ent = view.kb.get(m.entity_id)
        kind = getattr(ent, "source_kind", None) if ent is not None else None
        country = getattr(ent, "country", None) if ent is not None else None
        if (
            country
            and kind in ("military", "government")
            and not any(c.start < m.end and m.start < c.end for c, _ in countries)
        ):
            countries.append((m, f"country:{country}"))
    countries += [
        (m, cid)
        for m, cid in state_references(view, lex, memory, end_abs, skip)
        if not any(c.start < m.end and m.start < c.end for c, _ in countries)
    ]  # "Das Königreich erhielt 2025 Genehmigungen": the monarchy named before
    countries.sort(key=lambda mc: mc[0].start)
    supplier = recipient = None
    origin_only = False  # the supplier came from "aus"/"from": maybe only where the thing left
    late_supplier = False  # found by a preposition after the trigger ("..., supplied by the US")
    bare: list[tuple[Mention, str]] = []
    weak_recipient = False  # the recipient came from "in": a stronger preposition later wins
    receiving = _receive(view, lex) is not None
    owner_of_import = _possessive_receive(view, lex, countries)
    if owner_of_import is not None:
        # "China supplied 90 percent of Russia's imported microelectronics": no receive verb, the
        # possessor of the imported goods receives them
        receiving = False
        recipient = owner_of_import
    for m, cid in countries:
        prev = view.word_before(m.start, _SKIP)
        locative = prev in _LOCATIVE and view.metonym(m) is not None  # "in Teheran" is a place
        if _dative(view, lex, m.start) and m.role == "name":
            recipient = recipient or cid  # "hatten der Ukraine zugesagt, ... zu liefern"
        elif (
            lex.lang in ("ru", "uk")
            and m.role == "name"
            and prev not in _RU_PREPS
            and ((lex.lang == "ru" and m.text[-1:] in ("у", "ю", "е")) or _GIVE_VERB.match(prev))
        ):
            # "могут быть переданы Тегерану", "поставляет Москве": a Russian name in the dative (Ukrainian
            # genitives end in -у too: "Криму"); after a verb of giving also one that looks genitive
            # ("передать России", "передала Росії")
            recipient = recipient or cid
        elif prev in lex.supplier_preps and _ORDERS_FROM.search(view.doc.text, max(s0, m.start - 40), m.start):
            recipient = recipient or cid  # "Aufträge aus Estland", "orders from Poland": the buyer receives
        elif prev in lex.supplier_preps and _ordered_by(view, lex, m.start):
            recipient = recipient or cid  # "jets ordered by the Nigerian Air Force": the buyer receives
        elif prev in lex.recipient_preps and not locative and not (receiving and prev in _BOUGHT_AT):
            if recipient is not None and weak_recipient and prev not in _WEAK_TO:
                recipient = None  # "in Conakry in Guinea ... für Mali entladen": "für" names the recipient
            weak_recipient = weak_recipient if recipient else prev in _WEAK_TO
            recipient = recipient or cid  # (with a receive verb "in Frankreich bestellt" is where it was bought)
        elif receiving and prev in _BOUGHT_AT and not locative and _bought_at(view, lex, m):
            continue  # "in Israel bestellt": where it was bought supplies it (below), no subject
        elif prev in _OF and _after_institution(view, lex, m):
            bare.append((m, cid))  # "Die Armee von Chile bestellte": the body's country, no supplier
        elif prev in lex.supplier_preps:
            if supplier is None:
                supplier, late_supplier = cid, m.start > trig_b
                origin_only = prev in _ORIGIN_ONLY
        elif not locative and m.role != "adjective":
            bare.append((m, cid))
    subject_before = any(m.start < trig_a for m, _ in bare)
    for m, cid in countries:
        if m.start > trig_b and subject_before and not receiving:
            continue  # "Iran's IRGC supplies Iraqi factions": an adjective on the object is no supplier
        if (supplier is None or late_supplier) and cid != recipient and adjective_before_item(view, m, lex, items):
            if late_supplier and _MAKER.match(view.doc.text, m.end):
                continue  # "Chinese-made drones were delivered ... by the UAE": the maker is no supplier
            supplier, late_supplier = cid, False
    receive = _receive(view, lex) if owner_of_import is None else None
    if receive and _BY_AFTER.match(view.text, receive.end()):
        # "jets ordered by the Nigerian Air Force": a participle, its agent is the buyer
        agent_at = s0 + receive.end()
        receive = None
        if recipient is None:
            recipient = _force_country(view, agent_at, end_abs, skip, supplier, any_kind=True)
    if (
        receive
        and s0 + receive.start() > trig_b
        and _RELATIVE_BEFORE.search(view.doc.text, trig_b, s0 + receive.start())
    ):
        # "Russia has delivered three of the squadrons that India ordered": a relative clause, whose
        # subject is the buyer
        buyer = next((cid for m, cid in bare if 0 < s0 + receive.start() - m.end <= 2), None)
        recipient = recipient or (buyer if buyer != supplier else None)
        receive = None
    # "Gemeinsam mit Deutschland beschafft Norwegen", "Together with Latvia, it ordered": a partner, no subject
    bare = [(m, cid) for m, cid in bare if not COMITATIVE.search(view.doc.text, max(s0, m.start - 20), m.start)]
    pivot = s0 + receive.start() if receive else trig_a
    subject = next((cid for m, cid in bare if m.start < pivot), None)
    inner = [cid for m, cid in bare if m.start < pivot and not _COMPLEMENTIZER.search(view.doc.text, m.end, pivot)]
    if inner and subject != inner[0] and _COMPLEMENTIZER.search(view.doc.text, s0, pivot):
        # "Kyiv had information that China was supplying Russia": the subject of the clause with the verb
        subject = inner[0]
    if receive and subject is None and recipient is None:
        # "Im Jahr 2024 erhielt die Ukraine ...": the subject after the verb (German word order)
        recipient = next((cid for m, cid in bare if _right_after(view.doc.text, s0 + receive.end(), m)), None)
    if receive and subject is None and recipient is None:
        # "Die Deutsche Marine beschafft ...": a national force or ministry as the buyer
        recipient = _force_country(view, s0, pivot, skip, supplier, any_kind=True)
    if supplier is None:
        # "... vom Konzern Kongsberg", "from Sweden's Saab": a maker with a KB country after a supplier preposition
        # ("bei IAI bestellt" with a receive verb)
        supplier = maker_country(view, lex, s0, end_abs, skip, recipient, buying=receive is not None)
    if supplier is None and receive is None and not any(m.start < trig_a for m, _ in bare) and not _passive(view, lex):
        # "Im vergangenen Jahr übergab TKMS das U-Boot an ...": a maker as the subject of a supply verb
        supplier = maker_subject(view, s0, trig_a, trig_b, skip, recipient)
    passive = _passive(view, lex)
    if subject is None and supplier is None and not receive and not passive and lex.lang == "de":
        # "2019 schenkte Russland Serbien sechs Jets": after a fronted phrase the subject follows the verb
        after = [(m, cid) for m, cid in bare if m.start >= trig_b]
        if after and _right_after(view.doc.text, trig_b, after[0][0]):
            supplier = after[0][1]
    if receive and subject:
        recipient = subject
        if supplier == subject:
            supplier = None
    elif subject and not passive and (supplier is None or late_supplier) and subject != recipient:
        supplier = subject
    elif subject and not passive and origin_only and subject not in (supplier, recipient):
        supplier = subject  # "Russland hat Ausrüstung aus Syrien nach Libyen verlegt": Syria is where it left
    if supplier is None and receive is not None:
        # "Der Tschad hatte die Drohnen in der Türkei gekauft", "bought in China": where it was bought supplies
        supplier = next(
            (
                cid
                for m, cid in countries
                if cid != recipient and view.word_before(m.start, _SKIP) in _BOUGHT_AT and _bought_at(view, lex, m)
            ),
            None,
        )
    if supplier and recipient is None:
        others = [
            cid
            for m, cid in bare
            if cid != supplier
            and m.start < trig_b + 40
            # "Kyiv had information that China was supplying Russia": Kyiv is outside the verb's clause
            and not (m.end <= trig_a and _COMPLEMENTIZER.search(view.doc.text, m.end, trig_a))
        ]
        if others:
            recipient = others[0]
    if supplier and recipient is None and not receive:
        # "Iran's IRGC supplies Iraqi factions": a country adjective on the object after the verb receives
        recipient = next(
            (
                cid
                for m, cid in countries
                if m.role == "adjective"
                and m.start > trig_b
                and cid != supplier
                and not _MAKER.match(view.doc.text, m.end)
                and not any(0 <= i.start - m.end <= 40 for i in items)  # "Iranian drones": an origin
            ),
            None,
        )
    regime = [
        t
        for t in view.sent.tokens
        if t.text.casefold() in lex.regime_nouns
        and t.start < trig_a
        and not any(a <= t.start < b for a, b in skip)  # "Kosovo's government says": the source
    ]
    if regime and _dative(view, lex, regime[0].start) and recipient is None:
        # "Die EU hat dem Land ... Militärhilfe bereitgestellt": the country is the recipient
        recipient = memory.last_country(regime[0].start, {c for c in (supplier,) if c})
        regime = []
    if regime and receive is not None and recipient is None and regime[0].start < s0 + receive.start():
        # "Das Land bestellte ...", "the regime bought": the country the report speaks of receives
        recipient = _leader_country(view, regime[0].start) or memory.last_country(
            regime[0].start, {c for c in (supplier,) if c}
        )
        regime = []
    if supplier is None:
        if regime:
            supplier = _leader_country(view, regime[0].start) or memory.last_country(
                regime[0].start, {c for c in (recipient,) if c}
            )
    if supplier is None and not items:
        # "500 Soldaten der Bundeswehr", "the Rwanda Defence Force deployed": a national force's country
        supplier = _force_country(view, s0, end_abs, skip, recipient)
    if recipient is None and deploy:
        # "KFOR has kept about 4,500 troops in Kosovo": the country they are in hosts them
        recipient = next(
            (
                cid
                for m, cid in countries
                if m.type == "country" and cid != supplier and view.word_before(m.start, _SKIP) in lex.location_preps
            ),
            None,
        )
    hosted = False  # the recipient is only the country of a place inside it ("into Bolívar state")
    if recipient is None:
        # "trafen in Vilnius ein", "delivered to Gdynia": the country of the place they go to
        recipient = place_country(view, lex, s0, end_abs, skip, supplier)
        hosted = recipient is not None
    if recipient is None and view.search(lex.country_anaphors):
        # "about 11,000 troops in the country": the country the report is about hosts them
        recipient = memory.main_country(view.sent.start)
        if supplier == recipient:
            supplier = None
    if supplier is None and recipient is not None:
        # "Gleichzeitig hat Polen 24 TB2 gekauft": the maker's country of a named system supplies,
        # before any supplier of the sentences before
        supplier = origin_of(view, items, recipient)
    if supplier is None or recipient is None:
        # the parties of a transfer or deployment in one of the two sentences before go on ("Hinzu
        # kamen 40 Haubitzen"); older ones belong to another part of the report
        recent = [
            t
            for t in ("arms_transfer", "troop_deployment")
            if memory.sentence_no - memory.last_claim_no.get(t, -99) <= _PARTY_MEMORY
        ]
        prev_claim = next((memory.last_claim[t] for t in recent if t in memory.last_claim), None)
        if prev_claim:
            supplier = supplier or (prev_claim.get("supplier") if prev_claim.get("supplier") != recipient else None)
            recipient = recipient or (prev_claim.get("recipient") if prev_claim.get("recipient") != supplier else None)
    negotiated = negotiation(view, lex, countries, items)
    if negotiated is not None:
        # (no partner named: the supplier from elsewhere stays, unless it is the buyer)
        supplier, recipient = negotiated[0] or (supplier if supplier != negotiated[1] else None), negotiated[1]
    if supplier is None and recipient is not None:
        # "Indonesia signed a contract for BrahMos systems": the maker's country supplies
        supplier = origin_of(view, items, recipient)
    if (
        deploy
        and hosted
        and supplier is None
        and recipient is not None
        and not any(m.type == "organization" for m in view.mentions if m.start < s0 + trigger[0])
    ):
        # "more than 5,000 troops have been moved into Bolívar state": with no other party named the
        # country moves its own forces inside its territory (KFOR, NATO or the UN would be guests)
        supplier, recipient = recipient, None
    trade_sup, trade_rec = trade_owner(view, lex, countries)
    if trade_rec is not None and recipient != trade_rec:
        # "43 Prozent der armenischen Rüstungsimporte entfielen auf Indien": Armenia imports, India supplies
        supplier, recipient = (recipient if supplier in (None, trade_rec) else supplier), trade_rec
        if supplier is None:  # "... der pakistanischen Rüstungsimporte stammen aus China"
            supplier = next(
                (
                    cid
                    for m, cid in countries
                    if cid != trade_rec and view.word_before(m.start, _SKIP) in lex.supplier_preps
                ),
                None,
            )
    elif trade_sup is not None and supplier != trade_sup:
        supplier, recipient = trade_sup, (supplier if recipient in (None, trade_sup) else recipient)
    if supplier == recipient:
        recipient = None
    return supplier, recipient


_COMPLEMENTIZER = re.compile(r"\b(?:that|dass)\b", re.IGNORECASE)
# a contract or deal to supply: its signer sells ("France signed a contract in June to supply Armenia with ...")
_TO_SUPPLY = re.compile(
    r"[^.;:]{0,50}?\b(?:to\s+(?:supply|deliver|sell|provide|ship|export)|zur\s+Lieferung\s+(?:von|an)|"
    r"(?:an\s+[\w-]+\s+)?zu\s+(?:liefern|verkaufen))\b",
    re.IGNORECASE,
)


_DEAL = re.compile(r"\b(?:contracts?|deals?|agreements?|orders?|Auftr[aä]ge?|Vertr[aä]ge?)\b", re.IGNORECASE)


def _receive(view: SentenceView, lex: Lexicon) -> Hit | None:
    """The receive word of the sentence, unless it names a deal to supply (a buyer that orders jets "to supply
    its air force" still buys)."""
    hit = view.search(lex.receive)
    if hit is not None and _DEAL.search(hit.group()) and _TO_SUPPLY.match(view.text, hit.end()):
        return None
    return hit


_POSSESSIVE_END = re.compile(r"(?:'s|’s)\s+$")


def _possessive_receive(view: SentenceView, lex: Lexicon, countries: list[tuple[Mention, str]]) -> str | None:
    """The country whose possessive stands right before a receive word used as an adjective
    ("Russia's imported microelectronics")."""
    hit = view.search(lex.receive)
    if hit is None or lex.lang != "en":
        return None
    at = view.sent.start + hit.start()
    if not _POSSESSIVE_END.search(view.doc.text, max(view.sent.start, at - 4), at):
        return None
    return next((cid for m, cid in countries if 0 < at - m.end <= 3), None)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _passive(view: SentenceView, lex: Lexicon) -> bool:
    """A passive auxiliary, not a progressive one ("was supplying Russia", "were being" before the
    participle counts through "being")."""
    for hit in view.find(lex.passive_aux):
        nxt = _NEXT_WORD.match(view.text, hit.end())
        if lex.lang == "en" and nxt is not None and nxt.group(1).casefold().endswith("ing") and nxt.group(1) != "being":
            continue
        return True
    return False


def _force_country(
    view: SentenceView,
    s0: int,
    end_abs: int,
    skip: list[tuple[int, int]],
    recipient: str | None,
    any_kind: bool = False,
) -> str | None:
    """The country of a military organisation named in the clause (KB ``country``, kind military),
    from ``s0`` on; with ``any_kind`` also a country or a state body ("by the Nigerian Air Force")."""
    for m in view.mentions:
        if m.start < s0 or m.start >= end_abs or any(a <= m.start < b for a, b in skip):
            continue
        if any_kind and (cid := view.country_of(m)) and cid != recipient:
            if view.word_before(m.start, _SKIP) in _BOUGHT_AT and m.role == "name" and _bought_at(view, None, m):
                continue  # "hatte Raketen in Israel bestellt": where they were bought, not the buyer
            return cid
        if m.type != "organization":
            continue
        ent = view.kb.get(m.entity_id)
        country = getattr(ent, "country", None) if ent is not None else None
        kinds = ("military", "government") if any_kind else ("military",)
        if country and getattr(ent, "source_kind", None) in kinds and f"country:{country}" != recipient:
            return f"country:{country}"
    return None


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\b|,\s*(?:die|den|das|der|welche[nrs]?)\b", re.IGNORECASE)


_BOUGHT_AT = frozenset({"in", "im", "bei"})
_OF = frozenset({"von", "of"})


def _after_institution(view: SentenceView, lex: Lexicon, m: Mention) -> bool:
    """A country after "von"/"of" that follows a body's noun ("die Armee von Chile", "the navy of Peru"):
    the country the body belongs to."""
    before = re.findall(r"[\w-]+", view.doc.text[max(view.sent.start, m.start - 60) : m.start])
    return len(before) >= 2 and any(pat.fullmatch(before[-2]) for pat, _ in lex.institutions)


def _bought_at(view: SentenceView, lex: Lexicon | None, m: Mention) -> bool:
    """A country after "in" that says where the thing was bought: in the receive verb's clause, and in
    English after the verb ("were bought in the United States", not "recovered in Haiti and bought")."""
    if lex is None:
        from ._lexicon import get_lexicon

        lex = get_lexicon(view.doc.lang or "en")
    verb = view.search(lex.receive)
    if verb is None:
        return False
    at = m.start - view.sent.start
    lo, hi = clause_bounds(view.text, verb.start())
    if not lo <= at < hi:
        return False
    if _after_institution(view, lex, m):
        return False  # "das Verteidigungsministerium in Oslo bestellte": the buying body's seat
    return lex.lang == "de" or at > verb.end()
