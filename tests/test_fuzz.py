"""Hostile and broken input: every reader and the analyser keep their contract (fuzz/targets.py).

Hypothesis properties (modest example counts, the suite stays fast), fixed hostile shapes
(a 1 MB line, deep HTML, cut feeds and exports, legacy encodings, binaries, lone surrogates),
input limits for every reader and for ``lagebild analyze -``, and a few seconds of each atheris
target. Each test adds its counts to ``robustness-summary.txt`` in pytest's base temp folder and
prints them (``pytest -s``): inputs tried and crashes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.document import Document
from lagebild.errors import LagebildError
from lagebild.read import ReadError, decode_bytes, read_feed, read_html, read_jsonl, read_telegram, walk

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
import targets  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "readers"
EXAMPLES = 40  # per property; raise locally with LAGEBILD_FUZZ_EXAMPLES for a longer run
N = int(os.environ.get("LAGEBILD_FUZZ_EXAMPLES", EXAMPLES))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def tally(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    counts: dict[str, int] = {}
    yield counts
    summary = tmp_path_factory.getbasetemp() / "robustness-summary.txt"
    lines = [f"fuzz {name}: {n} inputs, 0 crashes" for name, n in sorted(counts.items())]
    with summary.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n" + "\n".join(lines) + f"\n(summary: {summary})")


def _count(tally: dict[str, int], name: str, n: int = 1) -> None:
    tally[name] = tally.get(name, 0) + n


# alphabets: every code point class the pipeline may meet, and the troublemakers named on purpose
_TRICKY = (
    "\x00\x01\x07\x0b\x0c\x1c\x1d\x1e\x7f\x85\u2028\u2029\r\n\t "  # controls and line separators
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069\ufeff"  # zero width, bidi
    "\u0301\u0308\u20dd"  # combining marks
    "\u05e9\u05dc\u05d5\u05dd\u0627\u0644\u0639\u0631\u0628\u064a\u0629"  # Hebrew, Arabic
    "РоссияУкраїнаЁё\u0456\u0457\u0491"  # Cyrillic
    "ÄÖÜäöüß\u1e9e"  # German
    "\u4e2d\u6587\U0001f680\U0001f1fa\U0001f1e6\U00010348\ufffd"  # CJK, emoji, astral
    ".,;:!?…„“”«»‹›'\"()[]–—-/0123456789%"
)
hostile_text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(_TRICKY), max_size=600)


def _vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt")):
        words += path.read_text(encoding="utf-8").split()
    return sorted(set(words))


VOCAB = _vocabulary()
SEPARATORS = [" ", " ", " ", "\n", ". ", ", ", "\n\n", " – ", "\u2028", "\u202e", "\u200f", "\t", "\x0b", "\r\n"]
word_soup = st.lists(
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPARATORS)) | st.tuples(hostile_text, st.just(" ")),
    max_size=120,
).map(lambda parts: "".join(w + s for w, s in parts))


# readers


@FUZZ
@given(kind=st.sampled_from(sorted(targets.READERS)), data=st.binary(max_size=3000))
def test_fuzz_readers_random_bytes(tally: dict[str, int], kind: str, data: bytes) -> None:
    targets.check_items(targets.read_with(kind, data))
    _count(tally, "readers.bytes")


def _mutate(data: bytes, cut: int, insert: bytes, at: int) -> bytes:
    """A fixture cut short (a truncated download) with hostile bytes spliced in."""
    data = data[: max(1, len(data) * cut // 100)]
    at = at % (len(data) + 1)
    return data[:at] + insert + data[at:]


@FUZZ
@given(
    kind=st.sampled_from(sorted(targets.READERS)),
    fixture=st.sampled_from(sorted(p.name for p in FIX.iterdir())),
    cut=st.integers(1, 100),
    insert=st.binary(max_size=40) | hostile_text.map(lambda t: t.encode("utf-8")),
    at=st.integers(0, 5000),
)
def test_fuzz_readers_truncated_and_spliced_fixtures(
    tally: dict[str, int], kind: str, fixture: str, cut: int, insert: bytes, at: int
) -> None:
    data = _mutate((FIX / fixture).read_bytes(), cut, insert, at)
    targets.check_items(targets.read_with(kind, data))
    _count(tally, "readers.truncated")


KEYS = st.sampled_from(["text", "id", "date", "type", "from"]) | st.text(max_size=6)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(KEYS, kids, max_size=4),
    max_leaves=25,
)


@FUZZ
@given(messages=st.lists(json_values, max_size=6), name=json_values, cut=st.integers(1, 100))
def test_fuzz_readers_odd_and_cut_json(tally: dict[str, int], messages: list[object], name: object, cut: int) -> None:
    export = json.dumps({"name": name, "type": "public_channel", "messages": messages}).encode()
    targets.check_items(read_telegram(export[: max(1, len(export) * cut // 100)], "result.json"))
    targets.check_items(read_telegram(export, "result.json"))
    lines = b"\n".join(json.dumps(m).encode() for m in messages)
    targets.check_items(read_jsonl(lines, "x.jsonl"))
    _count(tally, "readers.json", 3)


@FUZZ
@given(title=hostile_text, body=hostile_text, depth=st.integers(0, 300), tag=st.sampled_from(["div", "p", "b", "x-y"]))
def test_fuzz_readers_feed_and_html_markup(tally: dict[str, int], title: str, body: str, depth: int, tag: str) -> None:
    nested = f"<{tag}>" * depth + body + f"</{tag}>" * (depth // 2)
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><item>'
    feed += f"<title>{title}</title><description><![CDATA[{nested}]]></description></item>"  # cut: no </rss>
    targets.check_items(read_feed(feed.encode("utf-8"), "f.xml"))
    page = f"<html><head><title>{title}</title></head><body>{nested}"
    targets.check_items(targets.read_with("html", page.encode("utf-8")))
    _count(tally, "readers.markup", 2)


def test_fuzz_readers_deep_and_broken_html(tally: dict[str, int]) -> None:
    deep = b"<div><p><b>" * 100_000 + b"Russland liefert Drohnen an Iran, sagte er." + b"</i></table>" * 10
    doc = read_html(deep, "deep.html")
    assert doc.text == "Russland liefert Drohnen an Iran, sagte er."
    for broken in (b"<html><body><p>Text <" + b"<" * 5000, b"<!--" * 1000 + b"Kommentar", b"<![CDATA[" * 500):
        targets.check_items(targets.read_with("html", broken))
    _count(tally, "readers.fixed", 4)


def test_fuzz_readers_truncated_telegram_export_names_the_place(tally: dict[str, int]) -> None:
    data = (FIX / "telegram_result.json").read_bytes()
    for cut in range(1, len(data), 97):
        items = list(read_telegram(data[:cut], "result.json"))
        targets.check_items(items)
        assert all(isinstance(i, ReadError) and i.code in ("LB112", "LB103") for i in items), items
        _count(tally, "readers.fixed")


# encodings, binaries, surrogates


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Министерство обороны России сообщило о новых поставках. Разведка это подтвердила.", "cp1251"),
        ("Міністерство оборони України повідомило про обстріл. Загинули троє людей.", "cp1251"),
        ("Министерство обороны России сообщило о новых поставках. Разведка это подтвердила.", "koi8-r"),
        ("Die Lieferung über Österreich war größer als gedacht, sagte der Sprecher. Äußerst selten.", "latin-1"),
        ("Die Lieferung über Österreich war größer als gedacht, sagte der Sprecher. Äußerst selten.", "utf-16"),
        ("Министерство обороны России сообщило о новых поставках.", "utf-16"),
        ("Die Lieferung war größer als gedacht, sagte der Sprecher am Montag.", "utf-16-le"),
        ("Министерство обороны России сообщило о новых поставках.", "utf-16-be"),
        ("Die Lieferung war größer als gedacht, sagte der Sprecher am Montag.", "utf-32"),
        ("Die Lieferung war größer als gedacht, sagte der Sprecher am Montag.", "utf-8-sig"),
        ("Übergriffe", "latin-1"),  # short: no language recognised, the cleanest common encoding wins
        ("Москва", "cp1251"),
        ("Россия", "koi8-r"),
        ("Київ", "cp1251"),
    ],
)
def test_fuzz_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n\x00\x01", b"\x89PNG\r\n\x1a\n\x00", b"PK\x03\x04\x14\x00", b"\x7fELF\x02", bytes(range(256)) * 4],
)
def test_fuzz_binary_is_rejected_by_every_reader(tally: dict[str, int], data: bytes) -> None:
    with pytest.raises(LagebildError, match="LB104"):
        decode_bytes(data, "x")
    for kind in ("html", "feed", "telegram", "jsonl"):
        (err,) = targets.read_with(kind, data)
        assert isinstance(err, ReadError) and err.code == "LB104", (kind, err)
    _count(tally, "readers.fixed", 5)


def test_fuzz_lone_surrogates_are_replaced_or_refused(tally: dict[str, int]) -> None:
    line = b'{"text": "Russland liefert \\ud800 Drohnen.", "title": "\\udfff", "x\\ud801": ["\\udc00"]}\n'
    (doc,) = read_jsonl(line, "x.jsonl")
    assert isinstance(doc, Document) and doc.text == "Russland liefert \ufffd Drohnen." and doc.title == "\ufffd"
    export = b'{"name": "K\\ud800", "messages": [{"id": 1, "text": ["a\\udfff", {"text": "b"}]}]}'
    (doc,) = read_telegram(export, "result.json")
    assert isinstance(doc, Document) and doc.text == "a\ufffdb" and doc.outlet == "K\ufffd"
    import lagebild

    with pytest.raises(LagebildError, match="LB117"):
        lagebild.analyze("Russland liefert \ud800 Drohnen.")
    _count(tally, "readers.fixed", 3)


# input limits


@pytest.fixture
def small_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A user settings file with ``input.max_bytes = 2000``, for this process and its children."""
    from lagebild.settings import get_settings

    user = tmp_path / "settings.toml"
    user.write_text("[input]\nmax_bytes = 2000\n", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_SETTINGS", str(user))
    get_settings.cache_clear()
    assert get_settings()["input"]["max_bytes"] == 2000
    yield 2000
    get_settings.cache_clear()  # before monkeypatch restores the environment: the next call reads the defaults


def test_fuzz_size_limit_holds_for_every_reader(small_limit: int, tmp_path: Path) -> None:
    big = ("Russland liefert Drohnen an Iran. " * 100).encode()  # 3400 bytes
    small = b"Russland liefert Drohnen an Iran."
    with pytest.raises(LagebildError, match="LB105"):
        decode_bytes(big, "x.txt")
    with pytest.raises(LagebildError, match="LB105"):
        read_html(b"<p>" + big + b"</p>", "x.html")
    (err,) = read_feed(b"<rss><channel><item><title>" + big + b"</title></item></channel></rss>", "f.xml")
    assert isinstance(err, ReadError) and err.code == "LB105"
    (err,) = read_telegram(b'{"messages": [{"text": "' + big + b'"}]}', "result.json")
    assert isinstance(err, ReadError) and err.code == "LB105"
    lines = list(read_jsonl(b'{"text": "' + small + b'"}\n{"text": "' + big + b'"}\n{"text": "ok"}\n', "x.jsonl"))
    assert [getattr(i, "code", "doc") for i in lines] == ["doc", "LB105", "doc"]  # per line, reading goes on
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_bytes(big)
    (folder / "small.txt").write_bytes(small)
    items = list(walk([str(folder)]))
    assert [(Path(i.source or "").name, getattr(i, "code", "doc")) for i in items] == [
        ("big.txt", "LB105"),
        ("small.txt", "doc"),
    ]


def test_fuzz_size_limit_holds_for_analyze_stdin_and_devices(small_limit: int) -> None:
    exe = [sys.executable, "-c", "from lagebild.cli import main; main()", "analyze"]
    env = {**os.environ}
    big = "Russland liefert Drohnen an Iran. " * 100
    out = subprocess.run([*exe, "-"], input=big, capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 1 and "LB105 <stdin>" in out.stderr and "Traceback" not in out.stderr, out.stderr
    ok = subprocess.run([*exe, "-"], input=big[:1000], capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["schema"] == "lagebild/report@1", ok.stderr
    if Path("/dev/zero").exists():  # a device without end: cut at the limit, refused, never read to the end
        zero = subprocess.run([*exe, "/dev/zero"], capture_output=True, text=True, env=env, timeout=120)
        assert zero.returncode == 1 and "LB105 /dev/zero" in zero.stderr, zero.stderr


# symbolic links


def test_fuzz_walk_never_follows_links_out_of_the_root(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "private.txt").write_text("Geheime Notiz ausserhalb.\n")
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "ok.txt").write_text("Russland liefert Drohnen.\n")
    (root / "abs_file.txt").symlink_to(secret / "private.txt")
    (root / "abs_dir").symlink_to(secret)
    (root / "sub" / "rel_dir").symlink_to(Path("..") / ".." / "secret")  # relative, climbing out
    (root / "sub" / "hop.txt").symlink_to(root / "abs_file.txt")  # inside -> inside link -> outside
    (root / "loop").symlink_to(root)  # a cycle
    (root / "sub" / "up").symlink_to(tmp_path)  # the root's parent
    items = list(walk([str(root)]))
    texts = [i.text for i in items if isinstance(i, Document)]
    assert texts == ["Russland liefert Drohnen.\n"]
    refused = {Path(i.source).name for i in items if isinstance(i, ReadError) and i.code == "LB113"}
    assert refused == {"abs_file.txt", "abs_dir", "rel_dir", "hop.txt", "up"}


# the analyser


@FUZZ
@given(text=hostile_text)
def test_fuzz_analyze_random_unicode_keeps_spans(tally: dict[str, int], text: str) -> None:
    targets.fuzz_analyze(text)
    _count(tally, "analyze.unicode")


@FUZZ
@given(text=word_soup)
def test_fuzz_analyze_word_soup_keeps_spans(tally: dict[str, int], text: str) -> None:
    targets.fuzz_analyze(text)
    _count(tally, "analyze.soup")


@FUZZ
@given(kind=st.sampled_from(["text", "html", "feed", "jsonl"]), text=word_soup)
def test_fuzz_read_then_analyze_keeps_spans(tally: dict[str, int], kind: str, text: str) -> None:
    """Reader output goes through the analyser as ingest does it: ``Analyzer.analyze_document``."""
    from lagebild._api import get_analyzer

    wrapped = {
        "text": text,
        "html": f"<html><body><p>{text}</p></body></html>",
        "feed": f"<rss><channel><item><title>T</title><description>{text}</description></item></channel></rss>",
        "jsonl": json.dumps({"text": text}),
    }[kind]  # fmt: skip
    for doc in targets.check_items(targets.read_with(kind, wrapped.encode("utf-8", "surrogatepass"))):
        report = get_analyzer().analyze_document(doc)
        targets.check_report(report.to_dict(), doc.text)
    _count(tally, "analyze.read")


def test_fuzz_analyze_one_megabyte_line(tally: dict[str, int]) -> None:
    """1 MB on one line, its first half with sentence punctuation, the second without: spans valid."""
    import random

    rnd = random.Random(7)
    words = rnd.choices(VOCAB, k=160_000)
    words[80_000:] = [w.strip(".!?") for w in words[80_000:]]  # one "sentence" of 500 kB: cut at 2000 chars
    text = " ".join(words)[:1_000_000]
    assert "\n" not in text and len(text) == 1_000_000
    t0 = time.perf_counter()
    targets.fuzz_analyze(text)
    print(f"1 MB line: {time.perf_counter() - t0:.1f} s")
    _count(tally, "analyze.fixed")


# atheris: a few seconds of each target (``make fuzz`` runs them for a minute each)


@pytest.mark.parametrize(("target", "extra"), [("fuzz_readers", []), ("fuzz_analyze", ["-dict=fuzz/analyze.dict"])])
def test_fuzz_atheris_targets_run_briefly(tally: dict[str, int], tmp_path: Path, target: str, extra: list[str]) -> None:
    seconds = os.environ.get("FUZZ_SMOKE_SECONDS", "4")
    cmd = [sys.executable, f"fuzz/{target}.py", f"-max_total_time={seconds}", "-timeout=60", "-max_len=4096"]
    cmd += [f"-artifact_prefix={tmp_path}/", *extra, str(tmp_path / "corpus")]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    log = out.stdout + out.stderr
    assert out.returncode == 0, log[-3000:]
    runs = re.search(r"Done (\d+) runs", log)
    assert runs is not None and int(runs.group(1)) > 0, log[-3000:]
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
    _count(tally, f"atheris.{target}", int(runs.group(1)))
