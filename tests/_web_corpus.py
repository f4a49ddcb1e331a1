"""A small corpus written for the web tests, with hostile strings in text, title and metadata."""

from __future__ import annotations

from pathlib import Path

from lagebild.corpus.ingest import ingest
from lagebild.document import Document
from lagebild.store import SQLiteStore

SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'

TEXTS = [
    (
        "de_transfer.txt",
        "Nordkorea liefert Raketen an Russland\n\n"
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes NIS im Oktober 2024 rund 50 KN-23-Raketen "
        "an Russland geliefert. Die Lieferung sei per Bahn erfolgt, hieß es in Seoul.\n",
        "Nachrichtenagentur Nord",
        "https://example.org/de/raketen",
    ),
    (
        "en_transfer.txt",
        "North Korea sends missiles to Russia\n\n"
        "North Korea delivered about 50 KN-23 missiles to Russia in October 2024, South Korea's National "
        "Intelligence Service said on Tuesday. The missiles were moved by rail, the agency added.\n",
        "Wire Service East",
        "https://example.org/en/missiles",
    ),
    (
        "en_deploy_a.txt",
        "Troops in Kursk\n\nIn all, 11,000 North Korean soldiers have been deployed to Russia, Ukrainian "
        "officials said on Monday.\n",
        "Wire Service East",
        None,
    ),
    (
        "en_deploy_b.txt",
        "A higher troop figure\n\nIn all, 12,000 North Korean soldiers have been deployed to Russia, South Korea's "
        "National Intelligence Service said on Wednesday.\n",
        "Daily Courier",
        None,
    ),
    (
        "en_hostile.txt",
        f"Drones over Kharkiv {SCRIPT}\n\n"
        f"Russia launched 40 Shahed drones at Kharkiv overnight {IMG}, the Ukrainian air force said on Telegram. "
        f"A shocking, unprecedented barrage {SCRIPT} terrified the city, the regional governor said.\n",
        f"<b onmouseover=alert(2)>Evil Outlet</b>{SCRIPT}",
        "javascript:alert(3)",
    ),
]


def build_store(path: Path | str) -> SQLiteStore:
    store = SQLiteStore(path)
    docs = []
    for name, text, outlet, url in TEXTS:
        doc = Document(text=text, source=name, published="2024-11-05")
        doc.outlet, doc.url = outlet, url
        docs.append(doc)
    summary = ingest(store, docs, workers=1)
    assert summary.new == len(TEXTS), summary.failed
    return store
