"""Corpus readers: HTML, RSS/Atom, Telegram exports, JSON Lines, folder walks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.document import Document
from lagebild.errors import LagebildError
from lagebild.read import ReadError, read_any, read_feed, read_html, read_jsonl, read_telegram, walk

FIX = Path(__file__).parent / "fixtures" / "readers"
VOA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "en" / "voa_stories.jsonl"


def docs_of(items: list[Document | ReadError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors_of(items: list[Document | ReadError]) -> list[ReadError]:
    return [i for i in items if isinstance(i, ReadError)]


# HTML


def test_readers_html_main_text_title_date_outlet() -> None:
    doc = read_html((FIX / "article.html").read_bytes(), "article.html", url="https://ledger.example/a/1")
    lines = doc.text.split("\n")
    assert lines[0] == "Fuel depot burns after drone strike"
    assert lines[1].startswith("A fuel depot on the outskirts of Veldmark")
    assert len(lines) == 5  # title + four paragraphs, one per line
    for boilerplate in ("Privacy policy", "Copyright", "Most read", "Sport", "tracking", "font-family"):
        assert boilerplate not in doc.text
    assert doc.title == "Fuel depot burns after drone strike"
    assert doc.published == "2024-12-21"
    assert doc.outlet == "Harbour Ledger"
    assert doc.url == "https://ledger.example/a/1"
    assert doc.lang is None and doc.meta["declared_lang"] == "en"  # a hint; the detector decides
    assert doc.source == "article.html"


def test_readers_html_fallback_strips_tags() -> None:
    doc = read_html(
        b"<html><head><title>T</title><meta name='date' content='2024-05-02'></head>plain words</html>", "x"
    )
    assert "plain words" in doc.text
    assert doc.title == "T"
    assert doc.published == "2024-05-02"


def test_readers_html_without_text_raises() -> None:
    with pytest.raises(LagebildError, match="LB116"):
        read_html(b"<html><script>var a = 1;</script></html>", "s.html")
    with pytest.raises(LagebildError, match="LB103"):
        read_html(b"   ", "e.html")


# feeds


def test_readers_rss2_two_entries_with_dates_and_links() -> None:
    items = list(read_feed((FIX / "rss2.xml").read_bytes(), "rss2.xml"))
    docs = docs_of(items)
    assert len(docs) == 2 and not errors_of(items)
    first, second = docs
    assert first.text == (
        "Ceasefire talks resume in Tarnholm\n"
        "Delegations from both sides met in Tarnholm on Tuesday, mediators said.\n"
        "No agreement was announced."
    )
    assert first.title == "Ceasefire talks resume in Tarnholm"
    assert first.published == "2024-12-10"
    assert first.url == "https://ledger.example/world/ceasefire-talks-resume"
    assert first.outlet == "Harbour Ledger - World"
    assert first.lang is None and first.meta["declared_lang"] == "en-gb"
    assert first.source == "rss2.xml#1"
    # the date as the outlet wrote it, not shifted to UTC (that would be 2024-12-10)
    assert second.published == "2024-12-11"
    assert second.url == "https://ledger.example/world/bridge-closed"


def test_readers_atom_two_entries_with_dates_and_links() -> None:
    docs = docs_of(list(read_feed((FIX / "atom.xml").read_bytes(), "atom.xml")))
    assert [d.published for d in docs] == ["2024-12-12", "2024-12-11"]
    assert [d.url for d in docs] == [
        "https://nordkurier.example/artikel/umspannwerk",
        "https://nordkurier.example/artikel/austausch",
    ]
    assert docs[0].text.split("\n") == [
        "Drohnenangriff auf Umspannwerk gemeldet",
        "Ein Umspannwerk bei Lindau-Nord ist nach Angaben des Betreibers von zwei Drohnen getroffen worden.",
        "Verletzt wurde niemand.",
    ]
    assert docs[1].title == "Gefangenenaustausch vereinbart"
    assert all(d.outlet == "Nordkurier Beispiel" for d in docs)


def test_readers_broken_feed_yields_read_error() -> None:
    items = list(read_feed((FIX / "broken_feed.xml").read_bytes(), "broken.xml"))
    assert len(items) == 1
    err = items[0]
    assert isinstance(err, ReadError) and err.code == "LB110" and err.message.startswith("LB110 broken.xml")


# Telegram


def test_readers_telegram_export_posts_and_meta() -> None:
    items = list(read_telegram((FIX / "telegram_result.json").read_bytes(), "result.json"))
    assert not errors_of(items)
    docs = docs_of(items)
    assert [d.source for d in docs] == ["result.json#2", "result.json#3"]  # no service message, no bare photo
    alert, update = docs
    assert alert.text == "Air raid alert in the Veldmark region since 07:40. Stay in shelters."
    assert alert.published == "2024-12-21" and alert.outlet == "Frontline Notes"
    assert alert.title is None and alert.url is None
    assert alert.meta == {
        "channel": "Frontline Notes",
        "message_id": 2,
        "views": 15320,
        "forwarded_from": None,
        "source_kind": "social_media",
    }
    assert update.text == "Update: the governor says three people were injured at the fuel depot. #Veldmark"
    assert update.meta["forwarded_from"] == "Veldmark Regional Administration"
    assert update.meta["views"] == 20411


def test_readers_telegram_truncated_json_yields_read_error() -> None:
    items = list(read_telegram((FIX / "telegram_truncated.json").read_bytes(), "result.json"))
    assert len(items) == 1 and isinstance(items[0], ReadError) and items[0].code == "LB112"
    assert "line" in items[0].message


def test_readers_json_without_messages_is_not_telegram(tmp_path: Path) -> None:
    (tmp_path / "other.json").write_text('{"items": []}')
    (err,) = read_any(tmp_path / "other.json")
    assert isinstance(err, ReadError) and err.code == "LB112"


# JSON Lines


def test_readers_jsonl_bad_line_is_reported_and_skipped() -> None:
    items = list(read_jsonl((FIX / "stories.jsonl").read_bytes(), "stories.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    first, err, third = items
    assert isinstance(first, Document) and isinstance(err, ReadError) and isinstance(third, Document)
    assert err.code == "LB111" and err.source == "stories.jsonl:2" and "stories.jsonl:2:" in err.message
    assert first.title == "Convoy reaches besieged town"
    assert first.published == "2025-03-14" and first.outlet == "Example Wire" and first.lang == "en"
    assert first.url == "https://wire.example/s1" and first.source == "stories.jsonl#s1"
    assert first.meta["author"] == "A. Writer"
    assert third.published == "2025-03-15" and third.source == "stories.jsonl#3"
    assert third.text == "Officials said the convoy left again at dawn.\nNo one was hurt."


def test_readers_jsonl_records_need_text() -> None:
    data = b'{"title": "no text"}\n[1, 2]\n{"text": "   "}\n{"text": "ok", "lang": "fr"}\n'
    items = list(read_jsonl(data, "x.jsonl"))
    assert [getattr(i, "code", None) for i in items] == ["LB111", "LB111", "LB111", None]
    assert isinstance(items[3], Document) and items[3].lang is None and items[3].meta["declared_lang"] == "fr"


@pytest.mark.skipif(not VOA.exists(), reason="shared VOA corpus not present")
def test_readers_jsonl_shared_voa_corpus() -> None:
    items = list(read_any(VOA))
    docs = docs_of(items)
    assert not errors_of(items) and len(docs) > 10
    for doc in docs:
        assert doc.text.strip() and doc.title and doc.url
        assert doc.published is not None and len(doc.published) == 10 and doc.published[4] == "-"


# read_any and walk


def test_readers_walk_folder_tree(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n")
    (root / ".hidden.txt").write_text("not to be read\n")
    (root / "note.txt").write_text("Shelling was reported near the port on Monday.\n")
    (root / "a" / "article.html").write_bytes((FIX / "article.html").read_bytes())
    (root / "a" / "b" / "feed.rss").write_bytes((FIX / "rss2.xml").read_bytes())
    (root / "a" / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    outside = tmp_path / "outside.txt"
    outside.write_text("Private notes outside the corpus.\n")
    (root / "a" / "link_out.txt").symlink_to(outside)
    (root / "a" / "link_in.txt").symlink_to(root / "note.txt")  # inside the root: read once only
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")

    items = list(walk([str(root), str(tmp_path / "missing")]))
    docs = docs_of(items)
    errs = {(Path(e.source).name, e.code) for e in errors_of(items)}
    assert [Path(d.source or "").name.split("#")[0] for d in docs] == [
        "article.html",
        "feed.rss",
        "feed.rss",
        "note.txt",
    ]
    assert docs[-1].text == "Shelling was reported near the port on Monday.\n"
    assert errs == {("photo.png", "LB114"), ("link_out.txt", "LB113"), ("dangling.txt", "LB101"), ("missing", "LB101")}
    assert all("not to be read" not in d.text and "Private" not in d.text for d in docs)
    # the same walk twice gives the same order
    again = list(walk([str(root), str(tmp_path / "missing")]))
    assert [(type(i).__name__, i.source) for i in again] == [(type(i).__name__, i.source) for i in items]


def test_readers_walk_depth_limit_and_symlinked_folder_outside(tmp_path: Path) -> None:
    root = tmp_path / "r"
    deep = root / "l1" / "l2"
    deep.mkdir(parents=True)
    (deep / "x.md").write_text("Deep text.\n")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "y.txt").write_text("Elsewhere.\n")
    os.symlink(tmp_path / "elsewhere", root / "ext")
    items = list(walk([str(root)], max_depth=1))
    assert {e.code for e in errors_of(items)} == {"LB113", "LB115"}
    assert not docs_of(items)
    assert [d.text for d in docs_of(list(walk([str(root)])))] == ["Deep text.\n"]


def test_readers_read_any_dispatch(tmp_path: Path) -> None:
    feed = tmp_path / "feed.html"  # a feed saved under the wrong extension is still a feed
    feed.write_bytes((FIX / "atom.xml").read_bytes())
    assert len(docs_of(list(read_any(feed)))) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    (err,) = read_any(empty)
    assert isinstance(err, ReadError) and err.code == "LB103"
    noext = tmp_path / "LICENSE"
    noext.write_text("Permission is granted.\n")
    (err,) = read_any(noext)
    assert isinstance(err, ReadError) and err.code == "LB114"
    (err,) = read_any(tmp_path)
    assert isinstance(err, ReadError) and err.code == "LB102"


# properties: containers never raise, they only yield documents and read errors

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _only_items(items: list[object]) -> None:
    for item in items:
        assert isinstance(item, Document | ReadError)
        if isinstance(item, Document):
            assert item.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_readers_never_raise_on_bytes(data: bytes) -> None:
    for reader in (read_jsonl, read_telegram, read_feed):
        _only_items(list(reader(data, "fuzz")))


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_readers_never_raise_on_text(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for reader in (read_jsonl, read_telegram, read_feed):
        _only_items(list(reader(data, "fuzz")))


@settings(max_examples=60, deadline=None)
@given(st.lists(json_values, max_size=5), json_values)
def test_readers_never_raise_on_odd_json(messages: list[object], name: object) -> None:
    export = json.dumps({"name": name, "messages": messages}).encode()
    _only_items(list(read_telegram(export, "fuzz")))
    lines = b"\n".join(json.dumps(m).encode() for m in messages)
    _only_items(list(read_jsonl(lines, "fuzz")))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_readers_never_raise_on_feed_like_text(text: str) -> None:
    data = f'<?xml version="1.0"?><rss version="2.0"><channel><item><title>{text}'.encode("utf-8", "surrogatepass")
    _only_items(list(read_feed(data, "fuzz")))
