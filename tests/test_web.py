"""REST API and pages, tested in-process on a small corpus written for these tests."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from lagebild.corpus.export import export
from lagebild.settings import get_settings, merge
from lagebild.store import SQLiteStore
from lagebild.web import create_app
from lagebild.web._render import annotated_text

from ._web_corpus import IMG, SCRIPT, build_store

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    store = build_store(tmp_path_factory.mktemp("web") / "web.sqlite")
    yield store
    store.close()


@pytest.fixture()
def client(corpus: SQLiteStore) -> TestClient:
    return TestClient(create_app(corpus))


def _doc_id(client: TestClient, source: str) -> str:
    items = client.get("/api/documents", params={"limit": 100}).json()["items"]
    return next(d["id"] for d in items if d["source"] == source)


def test_web_api_stats_and_documents(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 5 and stats["claims"] > 0
    page = client.get("/api/documents", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5 and len(page["items"]) == 2
    doc = client.get(f"/api/documents/{_doc_id(client, 'de_transfer.txt')}").json()
    assert doc["report"]["schema"].startswith("lagebild/report@1") and doc["claims"]


def test_web_api_claims_filters_and_relations(client: TestClient) -> None:
    rows = client.get("/api/claims", params={"type": "arms_transfer"}).json()["items"]
    assert rows and all(r["type"] == "arms_transfer" for r in rows)
    assert any(rel["kind"] == "corroborates" for r in rows for rel in r["relations"])
    by_entity = client.get("/api/claims", params={"entity": "KN-23"}).json()
    assert by_entity["entity"] == "weapon:kn-23" and by_entity["items"]
    de = client.get("/api/claims", params={"lang": "de", "limit": 1}).json()["items"]
    assert len(de) == 1 and de[0]["lang"] == "de"
    none = client.get("/api/claims", params={"since": "2030-01-01"}).json()["items"]
    assert none == []


def test_web_api_dossier_marks_discrepancy(client: TestClient) -> None:
    d = client.get("/api/entities/country:KP").json()
    values = {f["value"] for f in d["figures"] if f["type"] == "troop_deployment"}
    assert {11000, 12000} <= values
    assert d["discrepancies"]
    page = client.get("/entities/country:KP", headers=HTML).text
    assert "reports differ" in page and "Contradictions" in page and "12000" in page and "11000" in page


def test_web_api_errors_are_json_with_codes(client: TestClient) -> None:
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "LB602"
    r = client.get("/api/claims", params={"limit": 0})
    assert r.status_code == 422 and r.json()["error"]["code"] == "LB609"
    r = client.get("/api/claims", params={"since": "yesterday"})
    assert r.status_code == 422
    r = client.get("/api/nowhere")
    assert r.status_code == 404 and r.json()["error"]["code"] == "LB601"
    assert client.get("/nowhere", headers=HTML).status_code == 404


def test_web_api_review_roundtrip_and_validation(client: TestClient) -> None:
    cid = client.get("/api/claims", params={"type": "troop_deployment"}).json()["items"][0]["id"]
    r = client.post(f"/api/claims/{cid}/reviews", json={"status": "corrected", "reviewer": "R. Analyst"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "LB605"
    r = client.post(f"/api/claims/{cid}/reviews", json={"status": "maybe", "reviewer": "R. Analyst"})
    assert r.json()["error"]["code"] == "LB603"
    r = client.post("/api/claims/999999/reviews", json={"status": "confirmed", "reviewer": "R. Analyst"})
    assert r.status_code == 404
    body = {"status": "corrected", "reviewer": "R. Analyst", "correction": "about 11,000 soldiers"}
    r = client.post(f"/api/claims/{cid}/reviews", json=body)
    assert r.status_code == 201 and r.json()["reviewed_at"]
    got = client.get(f"/api/claims/{cid}").json()["reviews"][0]
    assert got["status"] == "corrected" and got["reviewer"] == "R. Analyst"
    assert "R. Analyst" in client.get(f"/claims/{cid}", headers=HTML).text


def test_web_review_form_stores_and_redirects_locally(client: TestClient) -> None:
    cid = client.get("/api/claims").json()["items"][0]["id"]
    form = {"status": "confirmed", "reviewer": "Form User", "next": "//evil.example/x"}
    r = client.post(f"/claims/{cid}/review", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/claims/{cid}"
    assert client.get(f"/api/claims/{cid}").json()["reviews"][0]["reviewer"] == "Form User"


def test_web_exports_include_reviews(client: TestClient, corpus: SQLiteStore) -> None:
    cid = client.get("/api/claims", params={"type": "arms_transfer"}).json()["items"][0]["id"]
    client.post(f"/api/claims/{cid}/reviews", json={"status": "rejected", "reviewer": "Export Tester"})
    assert "Export Tester" in export(corpus, "csv")
    reviews = [x for x in json.loads(export(corpus, "claimreview")) if x["author"]["@type"] == "Person"]
    by = {x["author"]["name"]: x["reviewRating"]["alternateName"] for x in reviews}
    assert by.get("Export Tester") == "rejected"


def test_web_writes_need_token_when_configured(corpus: SQLiteStore) -> None:
    c = TestClient(create_app(corpus, token="s3cret"))
    cid = c.get("/api/claims").json()["items"][0]["id"]
    body = {"status": "confirmed", "reviewer": "T"}
    r = c.post(f"/api/claims/{cid}/reviews", json=body)
    assert r.status_code == 401 and r.json()["error"]["code"] == "LB606"
    url = f"/api/claims/{cid}/reviews"
    assert c.post(url, json=body, headers={"authorization": "Bearer nope"}).status_code == 401
    assert c.post(url, json=body, headers={"authorization": "Bearer s3cret"}).status_code == 201
    assert c.post(f"/claims/{cid}/review", data={**body, "reviewer": "F"}, follow_redirects=False).status_code == 401
    assert 'name="token"' in c.get("/claims", headers=HTML).text


def test_web_analyze_api_and_rate_limit(corpus: SQLiteStore) -> None:
    settings = merge(get_settings(), {"serve": {"analyze_per_minute": 2}})
    c = TestClient(create_app(corpus, settings=settings))
    text = "Russia fired 20 missiles at Kharkiv overnight, the Ukrainian air force said on Telegram."
    r = c.post("/api/analyze", json={"text": text})
    assert r.status_code == 200 and "air force" in r.json()["claims"][0]["attribution"]["source"]
    assert c.post("/api/analyze", json={"text": "  "}).status_code == 422
    r = c.post("/api/analyze", json={"text": text})
    assert r.status_code == 429 and r.json()["error"]["code"] == "LB608"
    page = c.post("/analyze", data={"text": text}, headers=HTML)
    assert page.status_code == 429 and "LB608" in page.text


def test_web_analyze_page_renders_report(client: TestClient) -> None:
    text = f"Iran delivered 200 Shahed-136 drones to Russia {SCRIPT}, Ukrainian intelligence said."
    page = client.post("/analyze", data={"text": text}, headers=HTML).text
    assert 'class="claim fact-reported"' in page and "Attribution:" in page
    assert SCRIPT not in page and "&lt;script&gt;" in page


def test_web_security_body_limit_origin_and_headers(corpus: SQLiteStore) -> None:
    settings = merge(get_settings(), {"serve": {"max_request_bytes": 1000}})
    c = TestClient(create_app(corpus, settings=settings))
    r = c.post("/api/analyze", json={"text": "x" * 5000})
    assert r.status_code == 413 and r.json()["error"]["code"] == "LB607"
    r = c.post("/api/analyze", json={"text": "Kyiv said."}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "LB610"
    h = c.get("/").headers
    assert "script-src 'self'" in h["content-security-policy"] and h["x-content-type-options"] == "nosniff"


def test_web_static_serves_only_known_files(client: TestClient) -> None:
    assert client.get("/static/app.css").status_code == 200
    for bad in ("/static/..%2F..%2Fsettings.toml", "/static/../_app.py", "/static/templates%2Fbase.html"):
        assert client.get(bad).status_code == 404


def _pages(client: TestClient) -> list[str]:
    hostile = _doc_id(client, "en_hostile.txt")
    cid = client.get(f"/api/documents/{hostile}").json()["claims"][0]["id"]
    return [
        "/", "/documents", f"/documents/{hostile}", "/claims", f"/claims/{cid}", "/claims?entity=Kharkiv",
        "/entities", "/entities/place:kharkiv", "/timeline", "/transfers", "/search?q=alert",
        "/search?q=" + SCRIPT, "/entities?q=" + SCRIPT, "/documents?outlet=" + SCRIPT,
    ]  # fmt: skip


def test_web_pages_escape_hostile_strings(client: TestClient) -> None:
    pages = _pages(client)
    for path in pages:
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, path
        assert SCRIPT not in r.text and IMG not in r.text and "<b onmouseover" not in r.text, path
        assert "javascript:" not in r.text, path
        # the only script element is our own
        assert re.findall(r"<script[^>]*>", r.text) == ['<script src="/static/app.js" defer>'], path
    doc = client.get(pages[2], headers=HTML).text
    assert "&lt;script&gt;alert(" in doc and "onerror=" in doc  # shown as text


def test_web_document_view_marks_claims_entities_loaded(client: TestClient) -> None:
    page = client.get(f"/documents/{_doc_id(client, 'en_hostile.txt')}", headers=HTML).text
    assert re.search(r'<span class="claim fact-\w+" data-claim="\d+"', page)
    assert 'class="ent ent-place" data-entity="place:kharkiv"' in page
    assert 'class="loaded"' in page
    assert "Attribution:" in page and "air force" in page


def test_render_annotated_text_keeps_text_and_nesting() -> None:
    text = "Iran sent drones to Russia. Shocking news <b>here</b>."
    report: dict[str, Any] = {
        "entities": [{"id": "country:IR", "type": "country", "name": "Iran", "mentions": [{"start": 0, "end": 4}]}],
        "signals": {"loaded_language": [{"start": 28, "end": 36, "technique": "loaded_language"}]},
        "claims": [
            {"id": "c1", "start": 0, "end": 27, "factuality": "asserted"},
            {"id": "c2", "start": 20, "end": 40, "factuality": "reported"},  # overlaps c1: dropped
            {"id": "c3", "start": 28, "end": 54, "factuality": "alleged"},
        ],
    }
    html = str(annotated_text(text, report))
    assert html.count("<span") == html.count("</span>") == 4
    assert 'data-claim="c2"' not in html
    stripped = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert stripped == text


def test_serve_cli_documented_and_token_generated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from lagebild.cli._app import _register, app

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, host, port, log_level: seen.update(host=host, port=port))
    _register()
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.sqlite"), "--host", "0.0.0.0", "--port", "9"])
    assert r.exit_code == 0, r.output
    assert "write token" in r.output and seen == {"host": "0.0.0.0", "port": 9}
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.sqlite")])
    assert "write token" not in r.output and "http://127.0.0.1:8765/" in r.output


def test_web_corpus_aggregates_follow_new_documents(tmp_path: Path) -> None:
    import lagebild

    store = SQLiteStore(tmp_path / "grow.sqlite")
    c = TestClient(create_app(store))
    assert c.get("/api/stats").json()["documents"] == 0
    assert "0</b> documents" in c.get("/").text
    text = "Iran delivered 200 Shahed-136 drones to Russia in May, Ukrainian intelligence said."
    store.add(lagebild.analyze(text, lang="en").to_dict(), text)
    assert c.get("/api/stats").json()["documents"] == 1  # the cached aggregates were recomputed
    assert "1</b> documents" in c.get("/").text
    store.close()


def test_web_reviews_show_in_the_claims_cli(client: TestClient, corpus: SQLiteStore) -> None:
    from typer.testing import CliRunner

    from lagebild.cli._app import _register, app

    cid = client.get("/api/claims", params={"type": "troop_deployment"}).json()["items"][0]["id"]
    client.post(f"/api/claims/{cid}/reviews", json={"status": "confirmed", "reviewer": "CLI Reader"})
    _register()
    out = CliRunner().invoke(app, ["claims", "--db", corpus.path, "--type", "troop_deployment"]).output
    assert "reviewed confirmed by CLI Reader" in out
