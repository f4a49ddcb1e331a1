# ruff: noqa: E501 - template sentences read better unwrapped
"""Synthetic news reports for benchmarks and durability tests (our own templates).

``articles(n, seed)`` yields (name, text, lang) for German and English reports of
realistic length (about 300-700 words) about transfers, deployments and strikes,
with varying sources, hedges, figures and dates.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

SUPPLIERS = [
    ("Iran", "Iran", "iranische"),
    ("North Korea", "Nordkorea", "nordkoreanische"),
    ("Belarus", "Belarus", "belarussische"),
]
ITEMS = [("Shahed-136 drones", "Shahed-136-Drohnen"), ("KN-23 missiles", "KN-23-Raketen"), ("artillery shells", "Artilleriegeschosse"),
         ("Fateh-110 missiles", "Fateh-110-Raketen")]  # fmt: skip
SOURCES_EN = ["Ukraine's military intelligence agency HUR said", "U.S. officials said", "Reuters reported, citing two sources",
              "the Pentagon said in a statement", "South Korea's National Intelligence Service said"]  # fmt: skip
SOURCES_DE = ["teilte der ukrainische Militärgeheimdienst HUR mit", "sagten US-Regierungsvertreter",
              "berichtete die Nachrichtenagentur Reuters", "erklärte das Pentagon", "teilte der südkoreanische Geheimdienst NIS mit"]  # fmt: skip
CITIES = [
    ("Kharkiv", "Charkiw"),
    ("Odesa", "Odessa"),
    ("Dnipro", "Dnipro"),
    ("Sumy", "Sumy"),
    ("Zaporizhzhia", "Saporischschja"),
]
FILLER_EN = [
    "Analysts said the shipments reflected a deepening military relationship that has worried Western governments.",
    "The claims could not be independently verified.",
    "Officials in Kyiv have repeatedly called on their partners to speed up deliveries of air defence systems.",
    "The war, now in its third year, has settled into a grinding contest of artillery and drones along a long front line.",
    "Diplomats in Brussels were expected to discuss further sanctions later in the month.",
    "Satellite images reviewed by researchers showed increased activity at several ports and rail yards.",
]
FILLER_DE = [
    "Analysten sehen darin ein Zeichen für die engere militärische Zusammenarbeit, die westliche Regierungen beunruhigt.",
    "Die Angaben ließen sich zunächst nicht unabhängig überprüfen.",
    "Kiew fordert von seinen Partnern seit Monaten schnellere Lieferungen von Flugabwehrsystemen.",
    "Der Krieg hat sich zu einem zermürbenden Stellungskrieg mit Artillerie und Drohnen entwickelt.",
    "Die EU-Außenminister wollten noch in diesem Monat über weitere Sanktionen beraten.",
    "Satellitenbilder zeigten nach Angaben von Forschern mehr Betrieb in mehreren Häfen und Bahnhöfen.",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _en(r: random.Random, i: int) -> str:
    sup, item, src, city = r.choice(SUPPLIERS), r.choice(ITEMS), r.choice(SOURCES_EN), r.choice(CITIES)
    n, day, month = r.randint(2, 400) * 10, r.randint(1, 28), r.randrange(12)
    lines = [f"{sup[0]} sends more weapons to Russia, report {i}"]
    body = [
        f"{sup[0]} has delivered about {n:,} {item[0]} to Russia since {MONTHS_EN[month]} {day}, 2024, {src}.",
        f"Russian forces struck {city[0]} with at least {r.randint(2, 40)} drones on Monday, regional officials said.",
        f"At least {r.randint(1, 12)} people were killed and {r.randint(3, 60)} injured, according to the governor.",
        f"Moscow allegedly received a further {r.randint(1, 9) * 10} launchers last month.",
        "The Russian foreign ministry denied that it had received any weapons from abroad.",
    ]
    while len(" ".join(body).split()) < r.randint(300, 650):
        body.append(r.choice(FILLER_EN))
    r.shuffle(body[3:])
    return "\n".join(lines + [" ".join(body[k : k + 3]) for k in range(0, len(body), 3)]) + "\n"


def _de(r: random.Random, i: int) -> str:
    sup, item, src, city = r.choice(SUPPLIERS), r.choice(ITEMS), r.choice(SOURCES_DE), r.choice(CITIES)
    n, day, month = r.randint(2, 400) * 10, r.randint(1, 28), r.randrange(12)
    lines = [f"{sup[1]} liefert weitere Waffen an Russland – Bericht {i}"]
    body = [
        f"{sup[1]} hat seit dem {day}. {MONTHS_DE[month]} 2024 rund {n:,} {item[1]} an Russland geliefert, {src}.".replace(",", ".", 1)
        if n >= 1000 else f"{sup[1]} hat seit dem {day}. {MONTHS_DE[month]} 2024 rund {n} {item[1]} an Russland geliefert, {src}.",
        f"Russische Truppen griffen am Montag {city[1]} mit mindestens {r.randint(2, 40)} Drohnen an, teilte die Regionalverwaltung mit.",
        f"Mindestens {r.randint(1, 12)} Menschen wurden getötet und {r.randint(3, 60)} verletzt, sagte der Gouverneur.",
        f"Moskau soll im vergangenen Monat weitere {r.randint(1, 9) * 10} Raketenwerfer erhalten haben.",
        "Das russische Außenministerium bestritt, Waffen aus dem Ausland erhalten zu haben.",
    ]  # fmt: skip
    while len(" ".join(body).split()) < r.randint(300, 650):
        body.append(r.choice(FILLER_DE))
    r.shuffle(body[3:])
    return "\n".join(lines + [" ".join(body[k : k + 3]) for k in range(0, len(body), 3)]) + "\n"


def articles(n: int, seed: int = 7) -> Iterator[tuple[str, str, str]]:
    r = random.Random(seed)
    for i in range(n):
        lang = "de" if i % 2 else "en"
        yield f"{lang}_{i:05d}", (_de(r, i) if lang == "de" else _en(r, i)), lang
