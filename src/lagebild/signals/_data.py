"""Signal lexicons: loaded-language techniques (``lexicons/<lang>.yaml``) and heading words.

Besides fixed cues, a lexicon's ``productive`` section holds small word classes from which
:func:`_productive_rules` builds patterns that reach unseen wording: German compounds by
prefix or head ("Horror-Drohne", "Hyperschall-Wunderwaffe"), verb stems expanded to their
inflected forms ("donner" -> "donnert", "donnerten", "gedonnert"), all-caps kickers
("BREAKING"), teaser colons ("Besonders brisant:"), sarcastic vocatives ("Sure, Vladimir."),
possessive labels ("Maduro's regime") and belittling adjectives ("tiny Guyana").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .._cues import NEVER, Cues, compile_cues, fold_case
from .._yaml import load_yaml_text

__all__ = ["Rule", "SignalLexicon", "signal_lexicon"]

_W = r"[^\W\d_]"  # a letter
_CAP = r"[^\W\d_a-zäöüß]"  # a capital letter (approximately: no lower-case letter, no digit)


@dataclass(frozen=True)
class Rule:
    technique: str
    pattern: re.Pattern[str]
    extend: str = ""  # "", "attached" or "word": see _productive_rules
    sentence_start: bool = False  # the match must open a sentence or a line
    stop: frozenset[str] = frozenset()  # words the extension must not take in ("Das Regime")
    # the folded first two letters a match can start with (frames): only such word starts are tried
    keys: frozenset[str] | None = None


@dataclass
class SignalLexicon:
    lang: str
    techniques: list[tuple[str, Cues]] = field(default_factory=list)
    intensifiers: Cues = NEVER
    neutral: frozenset[str] = frozenset()
    neutral_re: Cues = NEVER
    stopwords: frozenset[str] = frozenset()
    generic_heading_words: frozenset[str] = frozenset()
    # words of an appeal ("The West must wake up"): such a heading asserts nothing to support
    appeal_heading_words: frozenset[str] = frozenset()
    exclaimed_claims: frozenset[str] = frozenset()  # "Geheimplan: Raketen auf Rom!"
    # patterns built from the ``productive`` word classes; nouns an intensifier may qualify
    rules: list[Rule] = field(default_factory=list)
    intensifier_heads: Cues = NEVER
    # inflected verb forms, matched in lower case only; all-caps kickers, matched in capitals only
    verbs: list[tuple[str, Cues]] = field(default_factory=list)
    kickers: Cues = NEVER
    # "Ein eiskaltes Bündnis!": openers of a verbless exclamation; "more X, more Y, more Z"
    exclaim: re.Pattern[str] | None = None
    anaphora: re.Pattern[str] | None = None


def _read(name: str) -> Any:
    base = resources.files("lagebild.signals").joinpath("lexicons")
    if not base.joinpath(name).is_file():
        return {}
    return load_yaml_text(base.joinpath(name).read_text(encoding="utf-8"), name) or {}


@cache
def signal_lexicon(lang: str) -> SignalLexicon:
    raw = _read(f"{lang}.yaml")
    lex = SignalLexicon(lang)
    prod = raw.get("productive") or {}
    compounds = _compound_cues(prod)
    for technique, patterns in (raw.get("techniques") or {}).items():
        extra = compounds.pop(str(technique), [])
        lex.techniques.append((str(technique), compile_cues([*(str(p) for p in patterns or []), *extra])))
    lex.techniques += [(t, compile_cues(ps)) for t, ps in compounds.items()]
    for technique, stems in _by_technique(prod.get("verb_stems")):
        lex.verbs.append((technique, compile_cues(f for stem in stems for f in _verb_forms(stem))))
    lex.kickers = compile_cues(_strs(prod.get("kickers")))
    lex.intensifiers = compile_cues(str(p) for p in raw.get("intensifiers") or [])
    neutral = [str(p) for p in raw.get("neutral") or []]
    lex.neutral = frozenset(n.casefold() for n in neutral if "*" not in n)
    lex.neutral_re = compile_cues(neutral)
    lex.rules = _productive_rules(prod)
    lex.intensifier_heads = compile_cues(str(p) for p in prod.get("intensifier_heads") or [])
    lex.exclaim, lex.anaphora = _exclaim_rule(prod), _anaphora_rule(prod)
    words = (_read("headings.yaml") or {}).get(lang) or {}
    lex.stopwords = frozenset(str(w).casefold() for w in words.get("stopwords") or [])
    lex.generic_heading_words = frozenset(str(w).casefold() for w in words.get("generic") or [])
    lex.appeal_heading_words = frozenset(str(w).casefold() for w in words.get("appeal") or [])
    lex.exclaimed_claims = frozenset(str(w).casefold() for w in words.get("exclaimed_claims") or [])
    return lex


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _strs(value: Any) -> list[str]:
    return [str(v) for v in value or []]


def _by_technique(value: Any) -> list[tuple[str, list[str]]]:
    return [(str(t), _strs(ws)) for t, ws in (value or {}).items() if ws]


def _verb_forms(stem: str) -> set[str]:
    """Inflected forms of a German weak verb from its stem ("donner", "ras", "auf|marschier"):
    present, past, infinitive, participle. Over-generated forms that no text holds are harmless."""
    prefix, _, core = stem.rpartition("|")
    n = "n" if core.endswith(("er", "el")) and not core.endswith("ier") else "en"
    finite = {core + e for e in ("e", "st", "t", "et", "te", "ten", "tet", "test", "ete", "eten", n, n + "d")}
    inseparable = core.startswith(("be", "ent", "er", "ge", "miss", "ver", "zer")) or core.endswith("ier")
    participle = core + "t" if inseparable else "ge" + core + "t"
    if not prefix:
        return finite | {participle}
    return {prefix + f for f in finite} | {prefix + participle, prefix + "zu" + core + n}


def _compound_cues(prod: dict[str, Any]) -> dict[str, list[str]]:
    """Cues for compounds by first part ("Horror" -> "Horror*", "Horror-*"; "Mega-" -> "Mega-*")
    and by last part ("Albtraum" -> "*Albtraum*", "*-Albtraum*"; "-Herrscher" -> "*-Herrscher*")."""
    out: dict[str, list[str]] = {}
    for technique, words in _by_technique(prod.get("compound_prefixes")):
        for w in words:
            out.setdefault(technique, []).extend([w + "*"] if w.endswith("-") else [w + "*", w + "-*"])
    for technique, words in _by_technique(prod.get("compound_heads")):
        for w in words:
            out.setdefault(technique, []).extend(["*" + w + "*"] if w.startswith("-") else [f"*{w}*", f"*-{w}*"])
    return out


def _productive_rules(prod: dict[str, Any]) -> list[Rule]:
    """Regex rules, each anchored on a literal so that the scan stays fast; the span then grows
    to the word before when ``extend`` says so ("attached": the anchor ends that word, as in
    "Maduro's regime"; "word": the word before the anchor, as in "Geheimplan enthüllt:")."""
    rules: list[Rule] = []
    leads, comparative = _strs(prod.get("teaser_leads")), _strs(prod.get("teaser_comparative_leads"))
    if leads or comparative:  # "Besonders brisant:", "Noch schlimmer:" opening a sentence
        parts = [f"(?:{_alt(leads)})\\s+[a-zäöüß]\\w+" if leads else ""]
        parts.append(f"(?:{_alt(comparative)})\\s+[a-zäöüß]\\w+er" if comparative else "")
        body = rf"(?<![\w-])(?:{'|'.join(p for p in parts if p)})(?=:)"
        rules.append(Rule("loaded_language", re.compile(body), sentence_start=True))
    reveal = _strs(prod.get("reveal_words"))
    if reveal:  # "Geheimplan enthüllt:", "Secret deal revealed:"
        body = rf"(?<![\w-])(?:{_alt(reveal)})(?=\s*[:!])"
        rules.append(Rule("loaded_language", re.compile(body, re.IGNORECASE), extend="word"))
    sarcasm = _strs(prod.get("sarcasm"))
    if sarcasm:  # "Sure, Vladimir." a sarcastic reply to the person just quoted
        rules.append(Rule("doubt", re.compile(rf"(?<![\w-])(?:{_alt(sarcasm)}),\s+{_CAP}\w+[.!]")))
    heads, suffixes = _strs(prod.get("possessive_labels")), _strs(prod.get("possessive_suffixes"))
    if heads and suffixes:  # "Maduro's regime", "Putins Schergen": a name owning a pejorative collective
        body = rf"(?:{_alt(suffixes)})\s+(?:{_alt(heads)})(?![\w-])"
        stop = frozenset(w.casefold() for w in _strs(prod.get("possessive_stop")))
        rules.append(Rule("name_calling_labeling", re.compile(body), extend="attached", stop=stop))
    small = _strs(prod.get("belittling"))
    if small:  # "tiny Guyana within reach": a size word before a bare proper name
        follow = _alt(_strs(prod.get("belittling_follow")) or ["and"])
        body = rf"(?<![\w-])(?:{_alt(small)})\s+{_CAP}{_W}+(?=[,.;:!?]|\s+(?:{follow})\b)"
        rules.append(Rule("exaggeration_minimisation", re.compile(body)))
    return rules + _frame_rules(prod)


def _frame_rules(prod: dict[str, Any]) -> list[Rule]:
    """Syntactic frames: a regex template per technique whose ``{name}`` slots take a word class
    from ``frame_classes`` ("es kommt noch {worse}" -> "es kommt noch schlimmer", "... krasser");
    a space stands for any whitespace, and the frame must start and end on a word boundary."""
    classes = {str(k): _alt(_strs(v)) for k, v in (prod.get("frame_classes") or {}).items()}
    words = {str(k): _strs(v) for k, v in (prod.get("frame_classes") or {}).items()}
    rules = []
    for technique, frames in _by_technique(prod.get("frames")):
        body = "|".join(re.sub(r"\{(\w+)\}", lambda m: f"(?:{classes[m.group(1)]})", f) for f in frames)
        body = body.replace(" ", r"\s+")
        heads = [_heads(f, words) for f in frames]
        keys = None if any(h is None for h in heads) else frozenset(k for h in heads for k in h or ())
        rules.append(Rule(technique, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), keys=keys))
    return rules


def _heads(frame: str, words: dict[str, list[str]]) -> set[str] | None:
    """The folded first two letters of the words a frame can start with: its leading class or
    literal, or each branch of a leading group; None when that is not plain."""
    if frame.startswith("{"):
        name = frame[1 : frame.index("}")]
        return {fold_case(w[:2]) for w in words[name]}
    if frame.startswith("(?:"):
        depth, branches, start = 0, [], 3
        for i, c in enumerate(frame[3:], 3):
            if c == "(":
                depth += 1
            elif c == ")" and depth == 0:
                branches.append(frame[start:i])
                break
            elif c == ")":
                depth -= 1
            elif c == "|" and depth == 0:
                branches.append(frame[start:i])
                start = i + 1
        frame_heads = [_heads(b, words) for b in branches]
        return None if any(h is None for h in frame_heads) else {k for h in frame_heads for k in h or ()}
    head = re.match(r"[^\W\d_]{2}", frame)
    return {fold_case(head.group())} if head else None


def _exclaim_rule(prod: dict[str, Any]) -> re.Pattern[str] | None:
    """A short verbless exclamation opened by an indefinite or exclamative article after a sentence
    end or a dash: "Putin und Haftar – ein eiskaltes Bündnis!", "What a disgrace!"."""
    leads = _strs(prod.get("exclamation_leads"))
    if not leads:
        return None
    return re.compile(rf"(?:^|(?<=[.!?:–—]\s)|(?<=\n))(?:{_alt(leads)})\s+[^\W\d][^.!?\n\d]{{2,70}}(?=!)", re.I)


def _anaphora_rule(prod: dict[str, Any]) -> re.Pattern[str] | None:
    """Three list items opened by the same kind of word, without a verb: "More drones, more
    "neutralised terrorists", more funerals", "Keine Warnung, keine Sirene, kein Entkommen"."""
    words = _strs(prod.get("anaphora"))
    if not words:
        return None
    w, q, word = f"(?:{_alt(words)})", "[\"“”„«»']?", r"[^\W\d][\w-]*"
    item = rf"\s+{q}{word}(?:{q}\s+{q}{word})?{q}"
    return re.compile(rf"(?<![\w-]){w}{item},\s+{w}{item},\s+(?:(?:and|und)\s+)?{w}\s+[^\W\d][\w-]*", re.I)
