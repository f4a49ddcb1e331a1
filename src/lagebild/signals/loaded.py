"""Loaded and sensational language, labelled with a persuasion technique.

Patterns per technique come from ``lexicons/<lang>.yaml`` (a documented subset
of the SemEval-2023 Task 3 taxonomy, see ``docs/loaded-language.md``). An
intensifier ("massiv", "verheerend", "devastating") directly before a noun
makes the pair loaded even when the noun alone is neutral ("massiven
Eskalation"); a neutral military word on its own ("Angriff", "Explosion",
"strike") is never flagged.

Beyond the cue lists, productive rules (built in ``_data`` from the lexicon's
``productive`` word classes) reach wording no list holds: tabloid compounds,
inflected verbs, kickers, teaser colons, sarcasm, possessive labels, syntactic
frames with word-class slots ("es kommt noch schlimmer", "nobody seems to care"),
list anaphora ("more drones, more X, more funerals") and verbless exclamations
("Putin und Haftar – ein eiskaltes Bündnis!"). Three rules need no word list at
all: an all-caps headline ("PUTINS FLOTTE VOR DER TÜR"), a rhetorical question
answered by a one- to three-word exclamation ("Und Berlin? Schweigt!") and an
asyndetic triad of comparatives ("Schneller, weiter, tödlicher").
"""

from __future__ import annotations

import re

from .._cues import _word_starts
from ..document import Document, Signal
from ._data import Rule, SignalLexicon, signal_lexicon

__all__ = ["loaded_language"]

_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_HYPHEN_TAIL = re.compile(r"(?:-[^\W\d_]\w*)+")
# the word that a rule's anchor ends ("Maduro" + "'s regime"), the word before it ("Geheimplan enthüllt")
_ATTACHED = re.compile(r"(?<![\w-])(\w+)$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]+)\s+$")
# "Und die Regierung? Schweigt!": a one- to three-word exclamation answering a question
_QA = re.compile(r"\?[\s\"“”„»«]+((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*!)")
# an all-caps headline of three or more words (a first line that shouts)
_CAPS_LINE = re.compile(r"[^\W\d_a-zäöüß]{2,}(?:[ \t,'’-]+[^\W\d_a-zäöüß]{2,}){2,}")
# "Schneller, weiter, tödlicher" / "faster, further, deadlier": three comparatives, no "and"
_TRIAD = re.compile(r"(?<![\w-])([^\W\d_]{3,}er),\s+([^\W\d_]{3,}er),\s+([^\W\d_]{3,}er)(?![\w-])")
# words in -er that are no comparatives
_NOT_COMPARATIVE = frozenset(
    "aber oder über unter wieder immer jeder dieser jener euer unser hinter später "
    "after other over under never ever either neither whether however rather together "
    "number member former later water order border power".split()
)


def loaded_language(doc: Document) -> list[Signal]:
    lex = signal_lexicon(doc.lang or "en")
    text = doc.text
    found: list[Signal] = []

    def add(a: int, b: int, technique: str) -> None:
        if any(s.start < b and a < s.end for s in found):
            return
        found.append(Signal(a, b, text[a:b], "loaded_language", technique))

    # neutral phrases ("chilling effect", "terror-related") cover the loaded words inside them
    covered = [(m.start(), m.end()) for m in lex.neutral_re.finditer(text)] if not lex.neutral_re.empty else []
    spans: list[tuple[int, int, str]] = []
    for technique, pat in lex.techniques:
        for m in pat.finditer(text):
            if m.group().casefold() in lex.neutral or lex.neutral_re.fullmatch(m.group()):
                continue
            if any(a <= m.start() and m.end() <= b and (b - a) > (m.end() - m.start()) for a, b in covered):
                continue
            # a loaded first part takes its compound along: "Horror" in "Horror-Nacht"
            tail = _HYPHEN_TAIL.match(text, m.end())
            spans.append((m.start(), tail.end() if tail else m.end(), technique))
    for m in lex.intensifiers.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None:
            continue
        head = nxt.group(1)
        # the intensifier must qualify a noun: a neutral war word ("massive attack"), a mass
        # metaphor ("massive wave"), or in German any capitalised noun ("massiven Eskalation");
        # "massive tariff" stays plain
        if (
            lex.neutral_re.fullmatch(head)
            or lex.intensifier_heads.fullmatch(head)
            or (doc.lang == "de" and head[:1].isupper())
        ):
            spans.append((m.start(), nxt.end(), "exaggeration_minimisation"))
    spans += _productive(text, lex)
    # longest first, so "mit angehaltenem Atem" wins over "Atem"
    for a, b, technique in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        add(a, b, technique)
    # a verbless exclamation ("– ein eiskaltes Bündnis!") only where no cue marks it already
    for m in lex.exclaim.finditer(text) if lex.exclaim else ():
        add(*m.span(), "loaded_language")
    found.sort(key=lambda s: s.start)
    return found


def _productive(text: str, lex: SignalLexicon) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for technique, cues in lex.verbs:  # "rasen" is a verb, "Rasen" a lawn
        out += [(m.start(), m.end(), technique) for m in cues.finditer(text) if m.group()[:1].islower()]
    out += [(m.start(), m.end(), "loaded_language") for m in lex.kickers.finditer(text) if m.group().isupper()]
    for rule in lex.rules:
        for m in _matches(rule, text):
            a, b = m.span()
            if rule.sentence_start and text[:a].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "–", "—"):
                continue
            if rule.extend:
                before = (_ATTACHED if rule.extend == "attached" else _WORD_BEFORE).search(text, max(0, a - 40), a)
                if before is None or text[before.start(1) : b].split()[0].casefold() in rule.stop:
                    continue
                if rule.extend == "attached" and not before.group(1)[:1].isupper():
                    continue
                a = before.start(1)
            word = text[a:b]
            if word.casefold() in lex.neutral or lex.neutral_re.fullmatch(word):
                continue
            out.append((a, b, rule.technique))
    for m in _QA.finditer(text):
        out.append((*m.span(1), "loaded_language"))
    # only a headline that opens the text in capitals (a text of one line has no headline)
    head = _CAPS_LINE.match(text, len(text) - len(text.lstrip())) if "\n" in text else None
    # (the character class admits any non-Latin letter: a Cyrillic headline in lower case does not shout)
    if (
        head
        and not any(ch.islower() for ch in head.group())
        and sum(len(w) >= 4 for w in re.findall(r"\w+", head.group())) >= 2
    ):
        out.append((*head.span(), "loaded_language"))
    for m in lex.anaphora.finditer(text) if lex.anaphora else ():
        out.append((*m.span(), "loaded_language"))
    for m in _TRIAD.finditer(text):
        words = [w.casefold() for w in m.groups()]
        if not _NOT_COMPARATIVE.intersection(words) and all(w[1:].islower() for w in m.groups()):
            out.append((*m.span(), "exaggeration_minimisation"))
    return out


def _matches(rule: Rule, text: str) -> list[re.Match[str]]:
    """The rule's matches; a frame rule is tried only at the word starts its first words allow."""
    if rule.keys is None:
        return list(rule.pattern.finditer(text))
    by_key2 = _word_starts(text).by_key2
    starts = sorted(p for k in rule.keys for p in by_key2.get(k, ()))
    out: list[re.Match[str]] = []
    for pos in starts:
        m = rule.pattern.match(text, pos)
        if m and (not out or m.start() >= out[-1].end()):
            out.append(m)
    return out
