"""HTML input: the main text of a web page and its metadata, offline.

trafilatura finds the article body and drops navigation, footers and the
like; when it finds nothing, a plain tag-stripping reader takes over.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from ..document import Document
from ..errors import error
from ._text import decode_bytes
from ._walk import clean_lines, iso_date, one_line

__all__ = ["html_to_text", "read_html"]

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "footer", "header", "aside", "iframe", "head", "select"}
)
_BLOCK = frozenset(
    {
        "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
)
_LANG_RE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)


class _Stripper(HTMLParser):
    """Text of the visible body, one block per line, plus <title> and <meta> values."""

    def __init__(self, skip: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.stack: list[str] = []  # open skipped elements
        self.parts: list[str] = []
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): v or "" for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "title":
            self.in_title = True
        if tag == "body" and "head" in self.stack:  # an unclosed <head>
            del self.stack[self.stack.index("head") :]
        if tag in self.skip:
            self.stack.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.handle_starttag(tag, attrs)
        elif tag in _BLOCK and not self.stack:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.stack:
            self.parts.append(data)


def _strip(markup: str, skip: frozenset[str]) -> _Stripper:
    parser = _Stripper(skip)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: S110 - html.parser is lenient; keep what was read before a failure
        pass
    return parser


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment (a feed summary, say), one block per line."""
    if "<" not in markup and "&" not in markup:
        return clean_lines(markup)
    return clean_lines("".join(_strip(markup, _SKIP - {"header", "head"}).parts))


def _with_title(title: str | None, body: str) -> str:
    if not title:
        return body
    first = body.split("\n", 1)[0]
    if " ".join(first.split()).casefold() == title.casefold():
        return body
    return f"{title}\n{body}"


def _trafilatura(markup: str, url: str | None) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError:  # optional at run time: the fallback reader still works
        return None
    try:
        result = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception:  # a parser failure on odd markup: use the fallback
        return None
    if result is None:
        return None
    if isinstance(result, dict):
        return result
    return {key: getattr(result, key, None) for key in ("text", "title", "date", "sitename", "url", "language")}


def read_html(data: bytes, name: str = "<html>", url: str | None = None) -> Document:
    """A :class:`Document` from an HTML page: main text (title first, one paragraph per line) and metadata.

    Raises :class:`~lagebild.errors.LagebildError` for empty, binary or undecodable input, or a page without text.
    """
    markup = decode_bytes(data, name)
    fallback = _strip(markup, _SKIP)
    meta_tags = fallback.meta
    found = _trafilatura(markup, url) or {}
    title = one_line(found.get("title")) or one_line(meta_tags.get("og:title")) or one_line(fallback.title)
    body = clean_lines(found["text"]) if isinstance(found.get("text"), str) else ""
    extractor = "trafilatura"
    if not body:
        body = clean_lines("".join(fallback.parts))
        extractor = "strip"
    if not body:
        raise error("LB116", path=name)
    text = _with_title(title, body)
    published = iso_date(found.get("date"))
    if published is None:
        published = next((d for key in _DATE_META if (d := iso_date(meta_tags.get(key))) is not None), None)
    outlet = one_line(found.get("sitename")) or one_line(meta_tags.get("og:site_name"))
    page_url = url or one_line(found.get("url")) or one_line(meta_tags.get("og:url"))
    m = _LANG_RE.search(markup[:4096])
    declared = m.group(1) if m else None
    meta: dict[str, Any] = {"extractor": extractor}
    if declared:
        meta["declared_lang"] = declared
    return Document(
        text=text,
        source=name,
        title=title,
        published=published,
        outlet=outlet,
        url=page_url,
        meta=meta,
    )
