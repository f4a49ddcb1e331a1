"""Shared fixtures: documents built by hand, a small KB, paths to gold sets."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lagebild.document import Document
from lagebild.kb.link import Linker
from lagebild.kb.load import KB, parse_kb_text

# the KB cache of the test session lives in its own folder
os.environ.setdefault("LAGEBILD_CACHE", tempfile.mkdtemp(prefix="lagebild-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

MINI_KB = """
schema: lagebild/kb@1
entities:
  - id: country:RU
    type: country
    name: Russia
    code: RU
    aliases: [Russland, Россия, Russian Federation]
    adjectives: [russisch, Russian]
  - id: country:IR
    type: country
    name: Iran
    code: IR
    aliases: [Iran]
    adjectives: [iranisch, Iranian]
  - id: country:US
    type: country
    name: United States
    code: US
    aliases: [US, USA, United States, U.S.]
  - id: place:tehran
    type: place
    name: Tehran
    aliases: [Teheran]
    metonym_of: country:IR
    coords: [35.69, 51.39]
  - id: weapon:shahed-136
    type: weapon_system
    name: Shahed-136
    aliases: [Geran-2, Герань-2]
    facts:
      - {attribute: range, min: 1000, max: 2500, unit: km, source: "https://example.org/shahed", date: "2023-01"}
  - id: munition:artillery-shell
    type: munition
    name: artillery shell
    aliases: [Artilleriegeschoss, artillery shells]
    generic: true
  - id: org:hur
    type: organization
    name: HUR
    aliases: [DIU, Verteidigungsnachrichtendienst]
    source_kind: intelligence
    country: UA
  - id: org:telegram
    type: organization
    name: Telegram
    source_kind: social_media
  - id: person:jane-roe
    type: person
    name: Jane Roe
    aliases: [Roe]
    affiliation: org:hur
"""


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server of our own on a loopback port (Debian's postgresql package)."""
    from ._postgres import postgres_server

    with postgres_server() as url:
        if url is None:
            pytest.skip("PostgreSQL server binaries not installed (Debian package postgresql); .ci/run installs them")
        yield url


@pytest.fixture(scope="session")
def mini_kb() -> KB:
    kb = KB()
    kb.add_file(parse_kb_text(MINI_KB, "mini.yaml"), "mini.yaml")
    return kb


@pytest.fixture(scope="session")
def mini_linker(mini_kb: KB) -> Linker:
    return Linker(mini_kb)


def make_doc(text: str, lang: str = "de", published: str | None = None) -> Document:
    return Document(text=text, lang=lang, published=published, source="test")
