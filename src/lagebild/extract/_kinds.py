"""The kind of source a mention speaks as: a country's government, a KB body's kind, a person's
role in the text ("Gouverneur X", "X, a spokesman for ...") or the office the KB records."""

from __future__ import annotations

import re
from typing import Any

from ..document import Mention
from ._context import DocIndex, SentenceView
from ._lexicon import Lexicon
from ._owned_roles import owned_role_kind

__all__ = ["COMPANY_KIND", "former_before", "is_company", "phrase_before", "role_of", "source_kind_of"]

# a company speaks as a non-governmental body (FORMAT.md has no kind of its own for companies;
# independent annotators file them under ngo), its spokespeople and executives with it
COMPANY_KIND = "ngo"


def is_company(kb: Any, entity_id: str | None) -> bool:
    """A company: a KB organisation with no source kind of its own (it speaks as ``COMPANY_KIND``)."""
    ent = kb.get(entity_id) if entity_id else None
    return ent is not None and ent.type == "organization" and not ent.source_kind


def source_kind_of(view: SentenceView, m: Mention) -> str:
    if view.kind(m) == "country":
        return "government"
    ent = view.kb.get(m.entity_id)
    if m.type == "person":
        if not view.sent.start <= m.start < view.sent.end:
            # a person named in an earlier sentence: the roles around the name there, not the words here
            home = next((s for s in view.doc.sentences if s.start <= m.start < s.end), None)
            if home is not None:
                view = SentenceView.of(view.doc, home, view.kb, DocIndex.of(view.doc.text))
        if ent is not None and ent.affiliation:
            org = view.kb.get(ent.affiliation)
            if org is not None:
                return org.source_kind or COMPANY_KIND  # "Rheinmetall spokesman X": a company's
        known: dict[str, str] = view.doc.meta.setdefault("person_kinds", {})
        kind = _role_kind(view, m)
        if kind == "military" and known.get(m.entity_id) == "government" and _rank_before(view, m):
            # "ministry spokesman Brigadier General X said" ... "Brigadier General X denied": still the ministry's
            return "government"
        if kind is not None:
            known[m.entity_id] = kind  # "Oberstleutnant Jan Brenneke" ... "teilte Brenneke mit"
        return kind or known.get(m.entity_id) or _office_kind(ent) or "person"
    if ent is not None and ent.source_kind:
        return ent.source_kind
    pattern_kind = view.doc.meta.get("org_kinds", {}).get(m.entity_id)
    if pattern_kind:
        return str(pattern_kind)  # "the channel Grey Zone": social media
    if ent is not None and m.type == "organization":
        return COMPANY_KIND  # a company in the KB (no source kind of its own)
    return "government" if m.type == "organization" else "person"


# the office a KB person holds (its ``role``, in English) and the kind it speaks for; first match wins
_OFFICES = (
    ("intelligence", re.compile(r"\bintelligence\b|\bspy\b|\bNIS\b|\bHUR\b|\bGUR\b|\bMossad\b|\bCIA\b", re.I)),
    (
        "military",
        re.compile(
            r"\b(?:general|commander|admiral|marshal|chief of (?:the )?(?:general )?staff|colonel|"
            r"armed forces|military|army|navy|air force)\b",
            re.I,
        ),
    ),
    (
        "government",
        re.compile(
            r"\b(?:president|prime minister|premier|minister|chancellor|secretary|mayor|governor|"
            r"ambassador|envoy|spokes(?:man|woman|person)|king|emir|crown prince|head of state|"
            r"head of government|cabinet)\b",
            re.I,
        ),
    ),
)


def _rank_before(view: SentenceView, m: Mention) -> bool:
    """Whether a military rank stands right before the person ("Brigadier General X")."""
    from ._lexicon import get_lexicon

    lex = get_lexicon(view.doc.lang or "en")
    words = view.doc.text[max(view.sent.start, m.start - 30) : m.start].split()
    return bool(words) and lex.ranks.fullmatch(words[-1].rstrip(".")) is not None


def _office_kind(ent: Any) -> str | None:
    """ "President of Belarus": government; "Commander of the ...": military (a KB person's role)."""
    role = getattr(ent, "role", None) if ent is not None else None
    if not role:
        return None
    return next((kind for kind, pat in _OFFICES if pat.search(str(role))), None)


# a role noun's oblique case and its nominative ending: "речника" -> "речник", "представителя" ->
# "представитель", "голови" -> "голова", "речниці" -> "речниця"
_ROLE_CASES = (("", ""), ("а", ""), ("у", ""), ("я", "ь"), ("и", "а"), ("і", "я"), ("ові", ""), ("ом", ""))


def _case_of_role(word: str, roles: frozenset[str]) -> bool:
    """Whether ``word`` is a person's role noun in any case ("за словами речника ВМС")."""
    return any(word.endswith(end) and word[: len(word) - len(end)] + nom in roles for end, nom in _ROLE_CASES)


def _role_kind(view: SentenceView, m: Mention) -> str | None:
    """Kind implied by a role noun just before a person ("Gouverneur X") or in an appositive after it."""
    from ._lexicon import get_lexicon

    lex = get_lexicon(view.doc.lang or "en")
    before = [t for t in view.sent.tokens if t.end <= m.start][-7:]
    after = [t for t in view.sent.tokens if t.start >= m.end][:8]
    if lex.lang in ("ru", "uk"):
        # "представитель министерства", "речник Харківської ОВА": the body after the role speaks
        # (a long body's name: "заступник начальника Головного управління розвідки ... (ГУР) Вадим Скорик")
        before = phrase_before(view, m.start, 12)
        for i, tok in enumerate(before[:-1]):
            if not _case_of_role(tok.text.casefold(), lex.person_roles):
                continue
            # (one adjective may stand between: "Юрист правозащитного проекта «Право на выход» X")
            head = next((w for t in before[i + 1 : i + 3] if (w := t.text.casefold()) in lex.source_nouns), "")
            if lex.source_nouns.get(head) == COMPANY_KIND and head not in lex.company_heads:
                # "Голова фонду Ірина Савчук": the foundation the role heads (a firm is found below, by its name)
                return COMPANY_KIND
            if role_of(tok.text, lex) not in (None, "person"):
                continue
            owner = next(
                (k for nxt in before[i + 1 : i + 6] for pat, k in lex.institutions if pat.fullmatch(nxt.text)), None
            )
            if owner is None:
                # a body of several words ("Представитель Сил обороны юга Украины Владислав Волошин")
                between = view.doc.text[tok.end : m.start]
                owner = next((k for pat, k in lex.institutions if pat.search(between)), None)
            if owner is None:
                # "Генеральный директор «Рособоронэкспорта» Александр Михеев": a KB body between them
                body = next(
                    (
                        view.kb.get(o.entity_id)
                        for o in view.mentions
                        if o.type == "organization" and tok.end <= o.start and o.end <= m.start
                    ),
                    None,
                )
                owner = (body.source_kind or COMPANY_KIND) if body is not None else None
            if (
                owner is None
                and _QUOTED_NAME.fullmatch(view.doc.text, tok.end, m.start)
                and lex.company_roles.match(tok.text.casefold())
            ):
                owner = COMPANY_KIND  # "директор «Інгульської верфі» Віталій Мороз": a firm no KB entry names
            if owner is None and any(t.text.casefold() in lex.company_heads for t in before[i + 1 :]):
                # "заместитель гендиректора компании Сергей Ладыгин": the firm the report named last
                firm = next(
                    (
                        ent
                        for o in reversed(view.doc.mentions)
                        if o.type == "organization"
                        and o.end <= tok.start
                        and (ent := view.kb.get(o.entity_id)) is not None
                        # (a ministry named last is no company: "компанія «Бурштин Аеро»" after the air force)
                        and (not ent.source_kind or ent.category == "state_company")
                    ),
                    None,
                )
                owner = (firm.source_kind or COMPANY_KIND) if firm is not None else COMPANY_KIND
            if owner is not None:
                return owner
        possessive = next((k for k, t in enumerate(before) if t.text.casefold() in _FIRM_POSSESSIVES), None)
        if possessive is not None and any(lex.company_roles.match(t.text.casefold()) for t in before[possessive + 1 :]):
            # "Компанія «Обрій» ... Її генеральний директор X": the firm named before, whose officer speaks
            named = next(
                (
                    o
                    for o in reversed(view.doc.mentions)
                    if o.type == "organization" and o.end <= before[possessive].start
                ),
                None,
            )
            ent = view.kb.get(named.entity_id) if named is not None else None
            since = view.doc.text[named.end if named is not None else 0 : before[possessive].start].casefold().split()
            if any(w.strip("«»,.") in lex.company_heads for w in since):
                return COMPANY_KIND  # ("Одним із виробників є компанія «X». Її директор ..."): a firm no KB names
            return (ent.source_kind if ent is not None else None) or COMPANY_KIND
    owned = owned_role_kind(view, lex, m, lambda o: source_kind_of(view, o))
    if owned is not None:
        return owned  # "Eastgate's managing director, Daniel Koh", "deren Analyst Nemanja Ristić"
    for i in range(len(before) - 1, -1, -1):
        kind = role_of(before[i].text, lex)
        if kind == "military" and lex.ranks.fullmatch(before[i].text.split("-")[0]):
            # "ministry spokesman Brigadier General X", "Its spokesman, Major General X" (its: a ministry): the
            # spokesman speaks for the body that owns him, whatever his rank
            owned = next(
                (k for j in range(i) if _SPOKES.match(before[j].text) and (k := _spokes_owner(view, lex, before, j))),
                None,
            )
            if owned is not None:
                return owned
        if (
            kind == "military"
            and lex.ranks.fullmatch(before[i].text.split("-")[0])
            and any(
                role_of(t.text, lex) not in (None, "person", "military") and not _SPOKES.match(t.text)
                for t in before[:i]
            )
        ):
            # "заместитель министра обороны генерал-майор X": the office before the rank speaks (a
            # spokesman speaks for a body: "Its spokesman, Major General X" keeps the rank's kind)
            continue
        former = before[i].text.casefold().startswith("ex-") or any(
            t.text.casefold() in _FORMER for t in before[max(0, i - 2) : i]
        )
        if kind and former:
            return "person"  # "der frühere Bundesheer-Offizier X", "a retired general": speaks for himself
        if kind and "-" in before[i].text:
            # "Huthi-Sprecher X", "RSF-Kommandeur X": the KB body before the hyphen gives the kind
            from ._body_kinds import kb_body_kind

            body_kind = kb_body_kind(before[i].text.rsplit("-", 1)[0], view)
            if body_kind:
                return body_kind
        if kind in ("social_media", "media"):
            return kind  # "a military blogger", "a Pentagon reporter": speaks for no body before the role
        if kind:
            # "Navy spokesperson X", "Armeesprecher": the body the role speaks for gives the kind
            owner = before[i - 1].text if i > 0 else ""
            if _company_head(re.sub(r"['’]s$", "", owner.casefold()), lex):
                return COMPANY_KIND  # "Company spokesperson X", "the firm's spokesman X"
            owned = next((k for pat, k in lex.institutions if owner and pat.fullmatch(owner)), None)
            # "SPLM-IO spokesman X", "HRW researcher X": a KB body right before the role gives its kind
            # ("Ethiopian National Defense Force (ENDF) spokesperson": its abbreviation may come between)
            owner_end = before[i - 1].end if i > 0 else -1
            if i > 1 and before[i - 1].text == ")":
                opening = next((j for j in range(i - 2, 0, -1) if before[j].text == "("), None)
                owner_end = before[opening - 1].end if opening is not None else owner_end
            org = next(
                (
                    view.kb.get(o.entity_id)
                    for o in view.mentions
                    if o.type == "organization"
                    and i > 0
                    and o.end in (before[i - 1].end, owner_end)
                    # "повідомив у Telegram міністр оборони X": the channel before the role owns nothing
                    and view.word_before(o.start) not in lex.channel_preps
                ),
                None,
            )
            if org is None and i > 0:
                # "Haftars Sprecher X": the spokesman of a commander speaks for the commander's body
                boss = next(
                    (
                        view.kb.get(o.entity_id)
                        for o in view.mentions
                        if o.type == "person" and o.start <= before[i - 1].start and before[i - 1].end <= o.end + 1
                    ),
                    None,
                )
                org = view.kb.get(boss.affiliation) if boss is not None and boss.affiliation else None
            if org is None:
                # "Ein Sprecher der Hisbollah, Ali Mousawi": the body in the genitive after the role
                org = next(
                    (
                        view.kb.get(o.entity_id)
                        for o in view.mentions
                        if o.type == "organization"
                        and o.end <= m.start
                        and _ROLE_OF.fullmatch(view.doc.text, before[i].end, o.start)
                    ),
                    None,
                )
            if org is not None:
                return org.source_kind or COMPANY_KIND  # "Rheinmetall spokesman X": a company's
            if kind == "person" and _OF_BODY.match(view.doc.text, m.end):
                # "die Analystin Lena Brandt vom Baltischen Institut": the body after the name
                return _appositive_body(view, lex, m.end) or kind
            if kind == "person" and _HEADS_REL.match(view.doc.text, m.end):
                # "die Politologin Teresa Albrecht, die das Forum leitet": the body she leads
                return _appositive_body(view, lex, m.end + 1) or kind
            if kind == "military" and _OF_BODY.match(view.doc.text, m.end):
                # "Oberstleutnant X vom finnischen Grenzschutz", "Colonel X of the border guard": a civil
                # service's officer speaks for it, whatever his rank
                service = _appositive_body(view, lex, m.end)
                if service in ("government", "intelligence"):
                    return service
            return owned if owned in ("military", "intelligence") else kind
    if view.doc.text[m.end : m.end + 2].startswith(","):
        for tok in after:
            kind = role_of(tok.text, lex)
            if kind == "person":
                # "X, a senior fellow at the Caucasus Security Institute": the body X works for
                # ("X, the lab's lead analyst": the body named before, by its noun)
                noun = _OWNER_NOUN.search(view.doc.text, m.end, tok.start)
                by_noun = (
                    next((k for pat, k in lex.institutions if pat.fullmatch(noun.group(1))), None) if noun else None
                )
                return _appositive_body(view, lex, tok.end) or by_noun or kind
            if kind:
                # "X, a spokesman for the 157th Mechanized Brigade": the body the role speaks for
                unit = next(
                    (
                        o
                        for o in view.mentions
                        if o.type in ("organization", "military_unit")
                        and _ROLE_OF.fullmatch(view.doc.text, tok.end, o.start)
                    ),
                    None,
                )
                if unit is not None:
                    ent = view.kb.get(unit.entity_id)
                    return "military" if unit.type == "military_unit" else (ent.source_kind if ent else None) or kind
                return kind
    heads = _HEAD_OF_AFTER.match(view.doc.text, m.end)
    if heads is not None and not former_before(view, m.start):
        # "Mykola Riabenko, head of the Dnipropetrovsk regional administration,": the body he heads
        headed = next((k for pat, k in lex.institutions if pat.search(heads.group(1))), None)
        headed = headed or _appositive_body(view, lex, heads.start(1))  # ("managing director of Eastgate Logistics")
        if headed is not None:
            return headed
    if _HEADS_REL.match(view.doc.text, m.end):
        # "Teresa Albrecht, die das Forum leitet", "Farrukh Nazarov, who studies ... at the ... Institute,"
        return _appositive_body(view, lex, m.end + 1)
    if _FOR_BODY_REL.match(view.doc.text, m.end) and (works := _appositive_body(view, lex, m.end + 1)) is not None:
        return works  # "X, who tracks arms flows for the Stockholm International Peace Research Institute,"
    if _OF_BODY.match(view.doc.text, m.end) or _HEADS.match(view.doc.text, m.end):
        # "Friederike Lanz vom Zentrum für Osteuropastudien", "Jane Doe of the Kiel Institute", "Amna Idris
        # runs the ward that Médecins Sans Frontières operates": the body named
        return _appositive_body(view, lex, m.end)
    # "Der Leiter der staatlichen Rüstungsbehörde SSB, Haluk Görgün": the head of a body speaks for it
    led = _HEAD_OF.search(view.doc.text, max(view.sent.start, m.start - 90), m.start)
    if led is not None and not former_before(view, led.start()):
        # ("der frühere stellvertretende Leiter des ...": speaks for himself)
        return next((k for pat, k in lex.institutions if pat.search(led.group(1))), None)
    return None


def former_before(view: SentenceView, pos: int) -> bool:
    """Whether "former", "ehemalige", "бывший" ... stands in the few words before ``pos``."""
    return any(w.casefold() in _FORMER for w in view.doc.text[max(view.sent.start, pos - 40) : pos].split())


# the body a person heads, in apposition after the name ("X, head of the regional administration,")
_HEAD_OF_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:managing|executive|general|deputy|stellvertretende[rn]?)\s+)?"
    r"(?:[Ll]eiter(?:in)?|[Cc]hef(?:in)?|[Dd]irektor(?:in)?|[Gg]eschäftsführer(?:in)?|head|director|chief)\s+"
    r"(?:der|des|of\s+the|of)\s+([^,;:]{3,80}),"
)
_HEAD_OF = re.compile(
    r"\b(?:[Ll]eiter(?:in)?|[Cc]hef(?:in)?|[Dd]irektor(?:in)?|head|director|chief)\s+(?:der|des|of\s+the|of)\s+"
    r"([^,;:]{3,70}?),?\s*$"
)


# a verb that ties a person to the body named after it
_HEADS = re.compile(
    r"\s+(?:heads|headed|leads|led|runs|ran|directs|chairs|manages|works\s+(?:for|at|with)|worked\s+(?:for|at)|"
    r"leitet|leitete|führt|arbeitet\s+(?:für|bei|beim|am)|forscht\s+(?:am|an|beim|bei)|"
    # "Dana Whitfield is a senior fellow at the ...", "Lena Brandt ist Analystin am Institut ..."
    r"(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:at|of|with)|ist\s+(?:[\w-]+\s+){1,3}?(?:am|beim|bei|im))\b"
)


# a body's noun in the possessive in an apposition: "X, the lab's lead analyst"
_OWNER_NOUN = re.compile(r"\bthe\s+([\w-]+(?:\s+[\w-]+)?)['’]s\s")


# a relative clause that ties the person to a body they lead or work at: "Teresa Albrecht, die das Forum leitet",
# "X, who runs the ...", "X, who studies ... at the ... Institute,"
_HEADS_REL = re.compile(
    r",\s+(?:die|der|who)\s+(?:[\w-]+\s+){0,5}?(?:leitet|leitete|führt|führte|heads|headed|runs|ran|leads|led|chairs|"
    r"studies|researches|works|worked|teaches|taught|forscht|arbeitet|lehrt|forschte|arbeitete)\b"
    # German puts the verb last: "Lena Brandt, die am Kieler Institut für Sicherheitspolitik forscht,"
    r"|,\s+(?:die|der)\s+[^,.;]{3,100}?\s(?:forscht|arbeitet|lehrt|forschte|arbeitete)\s*,"
)


# between a role and the body it speaks for: "Sprecher der", "spokesman for the"
_ROLE_OF = re.compile(r"\s+(?:der|des|for|of)\s+(?:the\s+)?", re.IGNORECASE)
# a relative clause with a body after "at", "for" or "with": "X, who tracks arms flows for the ... Institute,"
_FOR_BODY_REL = re.compile(r",\s+who\s+[^,.;]{0,80}?\s(?:at|for|with)\s")
# a preposition that ties a person to the body after the name ("vom Institut", "of the Institute")
_OF_BODY = re.compile(
    r"\s+(?:vom|von\s+der|von\s+dem|von(?=\s+[A-ZÄÖÜ])|of\s+the|of|from\s+the|from|at\s+the|at|with\s+the)\s"
)


def _appositive_body(view: SentenceView, lex: Lexicon, start: int) -> str | None:
    """The kind of the body named in an appositive after ``start``, up to its closing comma."""
    stop = view.doc.text.find(",", start, view.sent.end)
    stop = view.sent.end if stop < 0 else stop
    org = next((o for o in view.mentions if o.type == "organization" and start <= o.start < stop), None)
    ent = view.kb.get(org.entity_id) if org is not None else None
    if ent is not None:
        return ent.source_kind or COMPANY_KIND
    found = view.doc.meta.get("org_kinds", {}).get(org.entity_id) if org is not None else None
    if found:
        return str(found)  # "vom Chisinauer Thinktank Dniester Security Lab": a body named by pattern
    text = view.doc.text[start:stop]
    return next((k for pat, k in lex.institutions if pat.search(text)), None)


def phrase_before(view: SentenceView, pos: int, n: int) -> list[Any]:
    """The last ``n`` tokens before ``pos`` in its sentence, after the last clause break (comma, full
    stop, colon, dash): the phrase a role or body before a name belongs to."""
    toks = [t for t in view.sent.tokens if t.end <= pos][-n:]
    cut = [i for i, t in enumerate(toks) if t.text in (",", ".", ";", ":", "—", "–")]
    return toks[cut[-1] + 1 :] if cut else toks


_FORMER = frozenset(
    "früherer frühere früheren ehemaliger ehemalige ehemaligen pensionierter pensionierte former retired "
    "бывший бывшего экс колишній колишнього".split()
)


def role_of(word: str, lex: Lexicon) -> str | None:
    """The kind a role noun implies, compounds included ("Informationsminister", "Armeesprecher")."""
    kind = _role_of(word.casefold(), lex)
    if kind is None and lex.lang == "de":
        # a German role noun's genitive or weak ending: "des Gouverneurs", "des Präsidenten"
        low = word.casefold()
        for end in ("s", "es", "n", "en", "in", "innen"):
            # (and a woman's title: "Regierungssprecherin", "Polizeisprecherinnen")
            if kind is None and low.endswith(end) and len(low) > len(end) + 4:
                kind = _role_of(low[: -len(end)], lex)
    return kind


def _role_of(low: str, lex: Lexicon) -> str | None:
    kind = lex.role_kinds.get(low)
    if kind is None and "-" in low and lex.lang == "de":
        kind = lex.role_kinds.get(low.rsplit("-", 1)[1])  # "UN-Sonderberichterstatter", "Huthi-Sprecher"
    if kind is None and lex.lang == "de" and len(low) > 8:
        roles = [r for r in lex.role_kinds if len(r) >= 4 and low.endswith(r) and len(low) > len(r) + 3]
        # "Firmensprecher", "Konzernchef": a company's role speaks for the company
        if any(_company_head(low[: -len(r)].rstrip("-"), lex) for r in roles):
            return COMPANY_KIND
        kind = next((lex.role_kinds[r] for r in roles if len(r) >= 6), None)
    if kind is None and lex.lang in ("ru", "uk"):
        # "генерал-майор", "міністра", "губернатором": the role in another case or with a rank suffix
        # ("вице-премьер", "віцепрем'єр": a deputy speaks with the office's kind)
        head = re.sub(r"^(?:вице|віце)-?", "", low).split("-")[0]
        # ("главы", "голови": the stem takes the nominative's -а or -я again)
        kind = lex.role_kinds.get(head) or next(
            (
                lex.role_kinds[stem + tail]
                for e in _SLAVIC_ENDINGS
                if head.endswith(e)
                for stem in (head[: -len(e)],)
                for tail in ("", "а", "я")
                if stem + tail in lex.role_kinds
            ),
            None,
        )
    return kind


def _company_head(head: str, lex: Lexicon) -> bool:
    return head in lex.company_heads or (head.endswith("s") and head[:-1] in lex.company_heads)


# a possessive before a firm's officer ("Її генеральний директор X", "Её основатель X")
_FIRM_POSSESSIVES = frozenset("її його їхній їхня её его их".split())
# a name in guillemets between a role and a person ("директор «Інгульської верфі» Віталій Мороз")
_QUOTED_NAME = re.compile(r"\s+«[^»]{2,60}»\s+")


def _spokes_owner(view: SentenceView, lex: Any, before: list[Any], j: int) -> str | None:
    """The kind of the body that owns a spokesman role at ``before[j]``: a body noun right before it
    ("ministry spokesman"), or the organisation "Its" refers to (the last one the report named)."""
    if j == 0:
        return None
    owner = before[j - 1].text
    kind = next((k for pat, k in lex.institutions if pat.fullmatch(owner)), None)
    if kind is not None:
        return kind if kind == "government" else None
    if owner.casefold() in lex.its_possessives:
        at = before[j - 1].start
        org = next((o for o in reversed(view.doc.mentions) if o.type == "organization" and o.end <= at), None)
        # ("The junta's information team rejected the accounts. Its spokesman, ...": a body no mention names,
        # in the sentence before, when it comes after the last named organisation)
        lo = max(org.end if org is not None else 0, view.doc.text.rfind(".", 0, max(0, at - 2)) + 1)
        body = sorted((h.start(), k) for pat, k in lex.institutions for h in pat.finditer(view.doc.text[lo:at]))
        if body:
            return "government" if body[-1][1] == "government" else None
        return "government" if org is not None and source_kind_of(view, org) == "government" else None
    return None


_SPOKES = re.compile(r"(?i)spokes|sprecher|представител|речни|пресс-секретар|прес-секретар")
_SLAVIC_ENDINGS = ("ами", "ом", "ем", "ові", "еві", "ой", "ей", "а", "у", "і", "и", "ы", "я", "е", "ю")
