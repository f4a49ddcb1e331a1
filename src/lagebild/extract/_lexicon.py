"""Cue lexicons (``lexicons/<lang>.yaml``), compiled with :mod:`lagebild._cues`
(pattern syntax there)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .._cues import NEVER, Cues, compile_cues
from .._yaml import load_yaml_text

__all__ = ["kind_noun", "Lexicon", "compile_cues", "get_lexicon"]


@dataclass
class Lexicon:
    lang: str
    raw: dict[str, Any]
    strong: dict[str, Cues] = field(default_factory=dict)
    weak: dict[str, Cues] = field(default_factory=dict)
    attributes: dict[str, Cues] = field(default_factory=dict)
    requires_item: set[str] = field(default_factory=set)
    generic_items: Cues = NEVER
    receive: Cues = NEVER
    negotiate: Cues = NEVER  # "verhandelt mit", "in talks with": the subject buys from the partner
    passive_aux: Cues = NEVER
    assessment: Cues = NEVER
    att_verbs: Cues = NEVER
    before_source: Cues = NEVER
    after_source: Cues = NEVER
    secondary: Cues = NEVER
    anonymous: Cues = NEVER
    channel_preps: list[str] = field(default_factory=list)
    channel_generic: dict[str, str] = field(default_factory=dict)
    negated: Cues = NEVER
    negation_exceptions: Cues = NEVER
    zero_counts: Cues = NEVER  # "niemand", "no casualties": a zero figure, no negation
    # "no"/"kein" negate only their noun phrase when a conjunction or a participle opens it
    # ("..., causing minor damage but no injuries"): the main claim stays positive
    np_negations: frozenset[str] = frozenset()
    np_negation_openers: Cues = NEVER
    # hedge words that are also names when capitalised mid-sentence ("in May")
    capitalised_not_hedges: frozenset[str] = frozenset()
    denial: Cues = NEVER
    categorical: Cues = NEVER  # negations that deny even a statement ("zu keinem Zeitpunkt")
    absence: Cues = NEVER  # "keine Anzeichen für", "no sign of": the source says it is not so, quoted or not
    alleged: Cues = NEVER
    uncertain: Cues = NEVER
    speculative: Cues = NEVER
    future: Cues = NEVER  # "in the coming weeks": a forecast, speculative before uncertain
    reported_speech: Cues = NEVER
    # a relayed bulletin: an unattributed sentence in the paragraph of a source goes on quoting it
    # (Russian and Ukrainian, which mark no reported speech in the verb)
    bulletin_continuation: bool = False
    background: Cues = NEVER  # "ранее", "від початку року": the author's background, no bulletin goes on
    recipient_preps: frozenset[str] = frozenset()
    supplier_preps: frozenset[str] = frozenset()
    location_preps: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "bei der Hauptstadt Tallinn", "near the town of Djibo"
    institution_tails: frozenset[str] = frozenset()  # "Министерство обороны России": the name goes on
    dative_articles: frozenset[str] = frozenset()  # "hatten der Ukraine zugesagt": the recipient
    dative_blockers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    continuation_openers: Cues = NEVER
    # "Об этом сообщило Минобороны", "Про це повідомив ...": a sentence that names the source of the one before
    back_references: Cues = NEVER
    country_anaphors: Cues = NEVER
    impersonal_cues: frozenset[str] = frozenset()
    bare_estimates: Cues = NEVER  # "nach Schätzungen", "by some estimates": anonymous without a name
    place_anaphors: Cues = NEVER
    territory_nouns: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    launch_verbs: Cues = NEVER
    arrival_verbs: frozenset[str] = frozenset()
    test_report_words: Cues = NEVER
    impersonal_documents: tuple[str, ...] = ()
    subject_demonstratives: frozenset[str] = frozenset()
    variant_nouns: frozenset[str] = frozenset()  # "the export version": the system named last
    # plain generic item words, for German compounds that end in one ("Horror-Rakete", "Wunderwaffe")
    item_heads: tuple[str, ...] = ()
    regime_nouns: frozenset[str] = frozenset()
    possessive_sources: Cues = NEVER  # "nach seinen Worten", "according to her": the last named source
    generic_sources: frozenset[str] = frozenset()  # "the agency": any earlier named organisation
    group_nouns: frozenset[str] = frozenset()  # "the group": the last group named
    # "The spokesman denied ...": the spokesman who spoke for a body before
    spokes_nouns: frozenset[str] = frozenset()
    # "the official Telegram channel", "official figures": "official" as an adjective, no speaker
    medium_nouns: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    anonymous_sources: frozenset[str] = frozenset()
    owned_only: frozenset[str] = frozenset()  # institutions that speak only with an owner ("Russian media")
    institutions: list[tuple[Cues, str]] = field(default_factory=list)
    role_kinds: dict[str, str] = field(default_factory=dict)
    non_claim: Cues = NEVER
    anonymity: Cues = NEVER  # "speaking on condition of anonymity": the speaker stays unnamed
    appeals: Cues = NEVER  # "forderte die EU auf, ...", "urged Europe to ...": no claim without an event
    intelligence_words: frozenset[str] = frozenset()  # "Foreign Intelligence Agency": a spy service's name
    police_words: frozenset[str] = frozenset()  # "Maritime Police Force": a police force (government)
    state_words: frozenset[str] = frozenset()  # "Centre for Defence Investment": a state agency (government)
    research_words: frozenset[str] = frozenset()  # "Centre for Defence Studies": research (ngo) all the same
    trade_words: Cues = NEVER  # "экспортных заказов", "військову допомогу": a sum in an arms trade
    loss_nouns: Cues = NEVER  # "11 танків, 23 бойові броньовані машини": what a loss tally counts
    not_triggers: Cues = NEVER  # "commercial shipping", "shipping lanes": a trigger word used as a plain noun
    reason_openers: Cues = NEVER  # "because", "weil": a clause that gives the reason for the event before it
    # "das Königreich", "the city-state": a state by its kind (state_kinds in names.yaml list them)
    state_descriptions: list[tuple[Cues, str]] = field(default_factory=list)
    import_nouns: Cues = NEVER  # "Rüstungsimporte", "arms imports": the country before them receives
    export_nouns: Cues = NEVER  # "Rüstungsexporte", "arms exports": the country before them supplies
    stance_verbs: Cues = NEVER  # "verteidigte den Kurs", "criticised": a speaker takes the floor without a claim
    labels: Cues = NEVER  # "spricht von einem «Dammbruch»", "spoke of a provocation": a label, no fact
    summons: Cues = NEVER  # "bestellte den Botschafter ein", "summoned the ambassador": a diplomatic act, a fact
    # "the channel Grey Zone", "state broadcaster ORTM": a kind noun before an unknown name
    source_nouns: dict[str, str] = field(default_factory=dict)
    # "Al-Masirah TV", "Azawad Liberation Front": an unknown name ending in a kind noun
    org_heads: dict[str, str] = field(default_factory=dict)
    seated_heads: frozenset[str] = frozenset()  # "Monitoring Mission in Ukraine": the seat is part of the name
    # "nach seinen Worten" speaks of a person, "nach ihren Zahlen" of a group or an organisation
    person_possessives: frozenset[str] = frozenset()
    group_possessives: frozenset[str] = frozenset()
    # modals that are tense, not hedge, after a speech verb ("said aid would total ...")
    reported_future: frozenset[str] = frozenset()
    # subject pronouns next to a speech verb ("sagte er", "it said") and whom they refer to
    subject_pronouns: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    team_owners: frozenset[str] = frozenset()  # "Sein Team zählte": the person named last speaks
    team_nouns: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()
    # roles that only a firm has ("директор «X»", "співзасновник"): a company's, when its name is quoted
    company_roles: re.Pattern[str] = re.compile(r"(?!)")
    plural_verb_endings: tuple[str, ...] = ()
    # "nach eigenen Angaben", "by its own account": the clause's subject is the source
    self_sources: Cues = NEVER
    release_frames: Cues = NEVER
    display_verbs: Cues = NEVER
    # a launch that is a test ("test-fired", "Raketentest"): a statement, no attack
    test_words: Cues = NEVER
    # reportative modals: "soll ... geliefert haben" is hearsay (alleged)
    reportative: frozenset[str] = frozenset()
    # speculative cues that hedge a fact, never a forecast: "не исключено, что ... прибывают"
    possibility: frozenset[str] = frozenset()
    added_remarks: Cues = NEVER  # ", adding that ...": a remark after the claim
    contrast_words: Cues = NEVER  # "but", "aber": a clause of its own follows
    sentence_adverbs: Cues = NEVER  # "Meanwhile, ...": no aside after it
    researcher_nouns: Cues = NEVER  # "analysts", "Forscher": members who speak for their body
    person_cues: Cues = NEVER  # "sprach mit", "spoke with", "leitet": the names around them are people
    social_posts: Cues = NEVER  # "Aufnahmen in sozialen Netzwerken", "в соцсетях": social media speak
    ranks: Cues = NEVER  # "генерал-майор", "Col.": a rank yields to an office named before it
    intentions: frozenset[str] = frozenset()
    estimate_cues: frozenset[str] = (
        frozenset()
    )  # "schätzt, dass": uncertain only without a named source  # "wollen", "plans to": speculative, no prediction
    # "за попередніми даними, ...": preliminary data with no body named after it hedge (uncertain)
    preliminary: re.Pattern[str] = re.compile(r"(?!x)x")
    beliefs: Cues = NEVER  # "считают, что": uncertain, weaker than a modal in the same clause ("могли")
    unmanned: Cues = NEVER  # drones and balloons: an airspace violation by them is a strike, not a deployment
    ability_modals: Cues = NEVER  # "können", "can": what a system can do, not what it did
    # "sollen ab 2026 hergestellt werden": a dated plan, not hearsay
    plan_markers: Cues = NEVER
    named_reportative: Cues = NEVER
    # tails of compounds whose head is the source: "Polizeiangaben", "Armee-Angaben"
    compound_sources: tuple[str, ...] = ()
    subject_kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # words of an unnamed subject -> kind
    # other titles of a role phrase: "глава региона" is the governor named before
    role_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the publishing outlet's own finding: the author speaks ("по подсчетам редакции")
    own_newsroom: Cues = NEVER
    company_heads: frozenset[str] = frozenset()  # "Herstellerangaben", "the manufacturer": a company speaks
    moved_people: frozenset[str] = frozenset()  # "russische Ausbilder", "Chinese ships": whose state sends them
    member_tails: tuple[str, ...] = ()  # "die ZKS-Autoren": people of a named body speak for it
    # a speech verb that also moves things: "added three firms to its entity list" is no speech
    object_verbs: frozenset[str] = frozenset()
    audience_preps: frozenset[str] = frozenset()  # "sagte vor Journalisten": the audience
    quantifiers: frozenset[str] = frozenset()  # "neither government": no source
    press_services: frozenset[str] = frozenset()  # "Її пресслужба": the body named last
    its_possessives: frozenset[str] = frozenset()
    firm_named: re.Pattern[str] | None = None  # "компанія «Дніпровські крила»": a firm named in guillemets
    town_authority: re.Pattern[str] | None = None  # "Администрация Каспийска": a town's authority
    # "zählt rund 12.000 Soldaten": a strength, not a count reported (verbs; units that may follow)
    strength_verbs: frozenset[str] = frozenset()
    strength_units: Cues = NEVER


def kind_noun(lex: Lexicon, word: str) -> str | None:
    """The kind noun ``word`` is, or ends in: "Zeitung", "US-Behörde", "Inlandsgeheimdienst"
    (a German compound ending in a kind noun of six or more letters)."""
    low = word.casefold()
    if low in lex.source_nouns:
        return low
    tail = low.rsplit("-", 1)[-1]
    if tail in lex.source_nouns:
        return tail
    if lex.lang == "de" and low.endswith("s"):
        # the genitive of a short noun: "des schwedischen Senders „Kustradion Syd“", "des Blattes"
        stem = next((x for x in (low[:-1], low[:-2]) if x in lex.source_nouns), None)
        if stem is not None:
            return stem
    if lex.lang == "de" and len(low) > 8:
        key = (id(lex.source_nouns), low)
        if key not in _KIND_TAILS:
            if len(_KIND_TAILS) > 1 << 15:
                _KIND_TAILS.clear()
            stem = low[:-1] if low.endswith("s") else low  # the genitive: "des Schifffahrtsbüros IMB"
            nouns = lex.source_nouns
            _KIND_TAILS[key] = next((n for n in nouns if len(n) >= 4 and (low.endswith(n) or stem.endswith(n))), None)
        return _KIND_TAILS[key]
    return None


_KIND_TAILS: dict[tuple[int, str], str | None] = {}  # compound tails found, per lexicon and word


def _lower(items: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(i).casefold() for i in items or [])


def build_lexicon(lang: str, raw: dict[str, Any]) -> Lexicon:
    lex = Lexicon(lang, raw)
    for ctype, spec in (raw.get("triggers") or {}).items():
        if ctype == "capability":
            for attr, pats in (spec.get("attributes") or {}).items():
                lex.attributes[attr] = compile_cues(pats)
            continue
        lex.strong[ctype] = compile_cues(spec.get("strong") or [])
        lex.weak[ctype] = compile_cues(spec.get("weak") or [])
        if spec.get("requires_item"):
            lex.requires_item.add(ctype)
    lex.generic_items = compile_cues(raw.get("generic_items") or [])
    lex.receive = compile_cues(raw.get("receive_verbs") or [])
    lex.negotiate = compile_cues(raw.get("negotiate_verbs") or [])
    lex.passive_aux = compile_cues(raw.get("passive_aux") or [])
    lex.assessment = compile_cues(raw.get("assessment") or [])
    att = raw.get("attribution") or {}
    lex.att_verbs = compile_cues(att.get("verbs") or [])
    lex.before_source = compile_cues(att.get("before_source") or [])
    lex.after_source = compile_cues(att.get("after_source") or [])
    lex.secondary = compile_cues(att.get("secondary") or [])
    lex.anonymous = compile_cues(att.get("anonymous") or [])
    ch = att.get("channels") or {}
    lex.channel_preps = [str(p) for p in ch.get("preps") or []]
    lex.channel_generic = {str(k): str(v) for k, v in (ch.get("generic") or {}).items()}
    fac = raw.get("factuality") or {}
    lex.negated = compile_cues(fac.get("negated") or [])
    lex.negation_exceptions = compile_cues(fac.get("negation_exceptions") or [])
    lex.zero_counts = compile_cues(fac.get("zero_counts") or [])
    lex.np_negations = frozenset(str(w).casefold() for w in fac.get("np_negations") or [])
    lex.np_negation_openers = compile_cues(fac.get("np_negation_openers") or [])
    lex.capitalised_not_hedges = _lower(fac.get("capitalised_not_hedges"))
    lex.denial = compile_cues(fac.get("denial_verbs") or [])
    lex.categorical = compile_cues(fac.get("categorical") or [])
    lex.absence = compile_cues(fac.get("absence") or [])
    lex.alleged = compile_cues(fac.get("alleged") or [])
    lex.uncertain = compile_cues(fac.get("uncertain") or [])
    lex.speculative = compile_cues(fac.get("speculative") or [])
    lex.future = compile_cues(fac.get("future") or [])
    lex.reported_speech = compile_cues(fac.get("reported_speech") or [])
    lex.bulletin_continuation = bool(fac.get("bulletin_continuation"))
    lex.background = compile_cues(fac.get("background") or [])
    roles = raw.get("roles") or {}
    lex.recipient_preps = _lower(roles.get("recipient_preps"))
    lex.supplier_preps = _lower(roles.get("supplier_preps"))
    lex.location_preps = _lower(roles.get("location_preps"))
    lex.place_nouns = _lower(roles.get("place_nouns"))
    lex.institution_tails = _lower(raw.get("institution_tails"))
    lex.dative_articles = _lower(roles.get("dative_articles"))
    lex.dative_blockers = _lower(roles.get("dative_blockers"))
    coref = raw.get("coref") or {}
    lex.pronouns = _lower(coref.get("pronouns"))
    lex.subject_demonstratives = _lower(coref.get("subject_demonstratives"))
    lex.variant_nouns = _lower(coref.get("variant_nouns"))
    lex.item_heads = tuple(
        sorted(w for w in _lower(raw.get("generic_items")) if "*" not in w and " " not in w and len(w) >= 5)
    )
    lex.regime_nouns = _lower(coref.get("regime_nouns"))
    lex.generic_sources = _lower(coref.get("generic_sources"))
    lex.group_nouns = _lower(coref.get("group_nouns"))
    lex.spokes_nouns = _lower(coref.get("spokes_nouns"))
    lex.medium_nouns = _lower(att.get("medium_nouns"))
    lex.possessive_sources = compile_cues(coref.get("possessive_sources") or [])
    lex.person_roles = _lower(raw.get("person_roles"))
    lex.anonymous_sources = _lower(raw.get("anonymous_sources"))
    lex.owned_only = _lower(raw.get("owned_only_institutions"))
    inst_raw = {str(k): str(v) for k, v in (raw.get("institutions") or {}).items()}
    for suffix in raw.get("genitive_suffixes") or []:
        # "nach Angaben des Zentrums", "ukrainischer Militärs": the genitive of a one-word institution
        for k, v in list(inst_raw.items()):
            if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", k) and not k.endswith(("s", "e", "z", "x", "ß")):
                inst_raw.setdefault(k + str(suffix), v)
            elif suffix == "s" and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", k) and k.endswith(("z", "x", "ß")):
                inst_raw.setdefault(k + "es", v)  # "nach Angaben des Grenzschutzes"
    inst = sorted(inst_raw.items(), key=lambda kv: -len(str(kv[0])))
    lex.institutions = [(compile_cues([k]), str(v)) for k, v in inst]
    lex.role_kinds = {str(k).casefold(): str(v) for k, v in (raw.get("role_kinds") or {}).items()}
    lex.non_claim = compile_cues(raw.get("non_claim") or [])
    lex.anonymity = compile_cues(raw.get("anonymity_markers") or [])
    lex.own_newsroom = compile_cues(raw.get("own_newsroom") or [])
    lex.appeals = compile_cues(raw.get("appeals") or [])
    lex.labels = compile_cues(raw.get("labels") or [])
    lex.summons = compile_cues(raw.get("summons") or [])
    lex.trade_words = compile_cues(raw.get("trade_words") or [])
    lex.loss_nouns = compile_cues(raw.get("loss_nouns") or [])
    lex.not_triggers = compile_cues(raw.get("not_triggers") or [])
    lex.reason_openers = compile_cues(raw.get("reason_openers") or [])
    lex.stance_verbs = compile_cues(raw.get("stance_verbs") or [])
    lex.import_nouns = compile_cues(raw.get("import_nouns") or [])
    lex.state_descriptions = [(compile_cues([k]), str(v)) for k, v in (raw.get("state_descriptions") or {}).items()]
    lex.export_nouns = compile_cues(raw.get("export_nouns") or [])
    lex.intelligence_words = _lower((raw.get("named_sources") or {}).get("intelligence_words"))
    lex.police_words = _lower((raw.get("named_sources") or {}).get("police_words"))
    lex.state_words = _lower((raw.get("named_sources") or {}).get("state_words"))
    lex.research_words = _lower((raw.get("named_sources") or {}).get("research_words"))
    names = raw.get("named_sources") or {}
    lex.source_nouns = {str(k).casefold(): str(v) for k, v in (names.get("nouns") or {}).items()}
    lex.org_heads = {str(k).casefold(): str(v) for k, v in (names.get("heads") or {}).items()}
    lex.seated_heads = _lower(names.get("seated_heads"))
    lex.person_possessives = _lower(coref.get("person_possessives"))
    lex.group_possessives = _lower(coref.get("group_possessives"))
    lex.reported_future = _lower(fac.get("reported_future"))
    lex.self_sources = compile_cues(att.get("self_sources") or [])
    lex.release_frames = compile_cues(att.get("release_frames") or [])
    lex.display_verbs = compile_cues(att.get("display_verbs") or [])
    lex.test_words = compile_cues(raw.get("test_words") or [])
    lex.launch_verbs = compile_cues(raw.get("launch_verbs") or [])
    lex.arrival_verbs = _lower(raw.get("arrival_verbs"))
    lex.test_report_words = compile_cues(raw.get("test_report_words") or [])
    lex.continuation_openers = compile_cues(raw.get("continuation_openers") or [])
    lex.back_references = compile_cues(raw.get("back_references") or [])
    lex.country_anaphors = compile_cues(raw.get("country_anaphors") or [])
    lex.impersonal_cues = _lower(att.get("impersonal"))
    lex.bare_estimates = compile_cues(att.get("bare_estimates") or [])
    lex.place_anaphors = compile_cues(coref.get("place_anaphors") or [])
    lex.territory_nouns = _lower(roles.get("territory_nouns"))
    lex.seat_words = _lower(att.get("seat_words"))
    lex.impersonal_documents = tuple(sorted(_lower(att.get("impersonal_documents"))))
    lex.subject_pronouns = _lower(coref.get("subject_pronouns"))
    lex.person_pronouns = _lower(coref.get("person_pronouns"))
    lex.team_owners = _lower(coref.get("team_owners"))
    lex.team_nouns = _lower(coref.get("team_nouns"))
    lex.group_pronouns = _lower(coref.get("group_pronouns"))
    lex.singular_pronouns = _lower(coref.get("singular_pronouns"))
    roles = raw.get("company_roles") or []
    if roles:
        lex.company_roles = re.compile("|".join(re.escape(r) + r"\w*" for r in roles))
    lex.plural_verb_endings = tuple(coref.get("plural_verb_endings") or ())
    lex.reportative = _lower(fac.get("reportative"))
    lex.possibility = _lower(fac.get("possibility"))
    lex.added_remarks = compile_cues(fac.get("added_remarks") or [])
    lex.contrast_words = compile_cues(fac.get("contrast_words") or [])
    lex.sentence_adverbs = compile_cues(raw.get("sentence_adverbs") or [])
    lex.researcher_nouns = compile_cues(raw.get("researcher_nouns") or [])
    lex.person_cues = compile_cues(raw.get("person_cues") or [])
    lex.ranks = compile_cues(raw.get("ranks") or [])
    lex.social_posts = compile_cues(raw.get("social_posts") or [])
    lex.intentions = _lower(fac.get("intentions"))
    lex.estimate_cues = _lower(fac.get("estimate_cues"))
    lex.beliefs = compile_cues(fac.get("beliefs") or [])
    bare = "|".join(re.escape(str(p)).replace(r"\ ", r"\s+") for p in fac.get("preliminary") or [])
    # German inverts after the phrase and sets no comma ("Nach ersten Erkenntnissen wurden ..."): a
    # verb in lower case follows, not the body the data come from ("... der Polizei", "... aus Kiew")
    verb_next = r"|\s+(?!(?:der|des|von|vom|aus|zufolge)\b)(?-i:(?=[a-zäöüß]))" if lex.lang == "de" else ""
    lex.preliminary = re.compile(rf"(?<!\w)(?:{bare})(?:\s*,{verb_next})", re.IGNORECASE) if bare else lex.preliminary
    lex.ability_modals = compile_cues(fac.get("ability_modals") or [])
    lex.unmanned = compile_cues(raw.get("unmanned") or [])
    lex.plan_markers = compile_cues(fac.get("plan_markers") or [])
    lex.named_reportative = compile_cues(fac.get("named_reportative") or [])
    lex.compound_sources = tuple(sorted(_lower(att.get("compound_sources")), key=len, reverse=True))
    lex.subject_kinds = {str(k): _lower(v) for k, v in (att.get("subject_kinds") or {}).items()}
    lex.company_heads = _lower(att.get("company_heads"))
    lex.moved_people = _lower(raw.get("moved_people"))
    lex.role_aliases = {
        str(k).casefold(): tuple(str(x).casefold() for x in v) for k, v in (raw.get("role_aliases") or {}).items()
    }
    lex.object_verbs = _lower(att.get("object_verbs"))
    lex.audience_preps = _lower(att.get("audience_preps"))
    lex.quantifiers = _lower(att.get("quantifiers"))
    lex.press_services = _lower(coref.get("press_services"))
    lex.its_possessives = _lower(coref.get("its_possessives"))
    firms = "|".join(re.escape(str(s)) for s in coref.get("firm_stems") or [])
    lex.firm_named = re.compile(rf"(?i)(?:{firms})\w*\s+«([^»]{{2,60}})»") if firms else None
    towns = "|".join(re.escape(str(s)) for s in coref.get("town_authority_stems") or [])
    lex.town_authority = re.compile(rf"(?i)(?:{towns})\w*\s+$") if towns else None
    strength = att.get("strength") or {}
    lex.strength_verbs = _lower(strength.get("verbs"))
    lex.strength_units = compile_cues(strength.get("units") or [])
    lex.member_tails = tuple(_lower(att.get("member_tails")))
    return lex


def _read(name: str) -> dict[str, Any]:
    base = resources.files("lagebild.extract").joinpath("lexicons")
    if not base.joinpath(name).is_file():
        return {}
    data = load_yaml_text(base.joinpath(name).read_text(encoding="utf-8"), name)
    return data if isinstance(data, dict) else {}


@cache
def get_lexicon(lang: str) -> Lexicon:
    raw = _read(f"{lang}.yaml") or _read("en.yaml")
    return build_lexicon(lang, raw)


@cache
def first_names() -> frozenset[str]:
    return frozenset(str(n) for n in _read("names.yaml").get("first_names") or [])


@lru_cache(maxsize=1 << 14)
def common_german_word(word: str, lang: str = "de") -> bool:
    """A German word the dictionary knows that is no listed given name: it opens no person's name
    ("Medien Anfang", "Regierung Merz") and names no body ("Das Gesamtvolumen beziffern ..."), as German
    capitalises every noun."""
    if lang != "de" or word in german_given_names():
        return False
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))


@cache
def german_given_names() -> frozenset[str]:
    """Given names that are words in English but open a name in German text ("Said", "Taras")."""
    return frozenset(str(n) for n in _read("names.yaml").get("german_given_names") or []) | first_names()


@cache
def body_descriptors() -> frozenset[str]:
    """Apposition nouns that make the name before them a body ("Los Lagartos, a drug gang"), case-folded."""
    return frozenset(str(n).casefold() for n in _read("names.yaml").get("body_descriptors") or [])


@cache
def organisation_words() -> frozenset[str]:
    """Words of organisation names, laws and quantifiers, case-folded: never part of a person's name."""
    data = _read("names.yaml")
    words = [*(data.get("organisation_words") or []), *(data.get("never_names") or [])]
    return frozenset(str(n).casefold() for n in words)
