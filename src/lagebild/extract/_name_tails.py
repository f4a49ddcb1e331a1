"""Where a capitalised German or English body's name ends after its noun: its "für ..." / "for ..."
part, an association's members in the genitive, or the seat right after it."""

from __future__ import annotations

import re

from ._context import SentenceView

__all__ = ["name_tail"]

# a name that goes on after its head: "Zentrum für Verteidigungsinvestitionen (ECDI)", "Centre for Naval Analyses"
_TAIL = {
    "de": re.compile(r"\s+für\s+(?:die\s+|den\s+|das\s+)?[A-ZÄÖÜ][\w-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w-]+){0,3}"),
    "en": re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3}"),
}

# a German association's noun, and the genitive of its members after it
_ASSOCIATION = re.compile(r"(?i)(?:verband|verbandes|verbands|vereinigung|bündnis|bündnisses|gemeinschaft)$")
_DE_MEMBERS_TAIL = re.compile(r"\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w]*-?(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w-]+){0,3}")


_SEAT_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])")
_SEATED = re.compile(r"(?:universität|hochschule|akademie|forums?|zentrums?)$", re.IGNORECASE)


def name_tail(view: SentenceView, end: int, head: str = "") -> int:
    """The end of a capitalised institution's name, with its "für ..." / "for ..." part (or, after a German
    association's noun, its genitive: "der Landesverband der Kutter- und Küstenfischer Mecklenburg-Vorpommern")."""
    text = view.doc.text
    tail = _TAIL.get(view.doc.lang or "en")
    # (an association's members are no person: "der Kutter- und Küstenfischer")
    members = view.doc.lang == "de" and _ASSOCIATION.search(head) is not None
    tail = _DE_MEMBERS_TAIL if members else tail
    stops = ("organization",) if members else ("organization", "person")
    m = tail.match(text, end) if tail is not None else None
    if (
        m is not None
        and m.end() <= view.sent.end
        and not any(end <= x.start < m.end() and x.type in stops for x in view.mentions)
    ):
        end = m.end()  # (a named body after "of" speaks itself: "the Telegram channel of the STC"; a
        # country or place is part of the name: "das UN-Expertengremium für Libyen")
    elif view.doc.lang == "de" and text[end : end + 1] == " ":
        # "die Polizeidirektion Lüneburg", "die Staatsanwaltschaft Hamburg": the seat right after it is its name's
        seat = next((x for x in view.mentions if x.start == end + 1 and x.type == "place"), None)
        word = _SEAT_WORD.match(text, end + 1) if _SEATED.search(head) else None
        if seat is None and word is not None and word.end() <= view.sent.end:
            # "der Universität Gent": a capitalised word right after a university's, forum's or centre's noun, with no
            # article of its own, is the seat that names it (one the gazetteer may lack)
            if not any(x.start == end + 1 for x in view.mentions):
                return word.end()
        end = seat.end if seat is not None and seat.end <= view.sent.end else end
    return end  # (an abbreviation in brackets after it names the body too: see kb._orgs)
