"""End to end in a real browser: Playwright drives Debian's headless chromium against `lagebild serve`.

Screenshots go to test-artifacts/screenshots/. Without /usr/bin/chromium these tests skip,
unless LAGEBILD_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._web_corpus import build_store

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip

if not Path(CHROMIUM).exists():
    if os.environ.get("LAGEBILD_REQUIRE_BROWSER"):
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from lagebild.web import create_app

    store = build_store(tmp_path_factory.mktemp("e2e") / "e2e.sqlite")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    assert dialogs == [], f"a script from a document ran: {dialogs}"
    ctx.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _open_document(page: Any, server: str, title: str) -> None:
    page.goto(server + "/documents")
    page.get_by_role("link", name=title).first.click()
    page.wait_for_selector(".doc-text")


def test_e2e_overview_lists_corpus(page: Any, server: str) -> None:
    page.goto(server + "/")
    assert page.locator(".stat").first.inner_text().startswith("5")
    assert page.get_by_role("link", name="North Korea").count() >= 1
    _shot(page, "overview")


def test_e2e_hover_claim_shows_attribution(page: Any, server: str) -> None:
    _open_document(page, server, "North Korea sends missiles to Russia")
    claim = page.locator(".doc-text .claim").first
    claim.hover()
    pop = page.locator("#popover")
    pop.wait_for(state="visible")
    text = pop.inner_text()
    assert "Attribution:" in text and "National Intelligence Service" in text
    assert "corroborates" in text  # the German report of the same transfer
    _shot(page, "document-hover")
    page.mouse.move(5, 5)
    pop.wait_for(state="hidden")


def test_e2e_claims_explorer_filters(page: Any, server: str) -> None:
    page.goto(server + "/claims")
    before = page.locator(".claim-card").count()
    page.select_option("select[name=type]", "troop_deployment")
    page.locator("#claim-filters button[type=submit]").click()
    page.wait_for_url("**type=troop_deployment**")
    cards = page.locator(".claim-card")
    assert 0 < cards.count() < before
    for i in range(cards.count()):
        assert "troop_deployment" in cards.nth(i).locator("header").inner_text()
    _shot(page, "claims-filtered")


def test_e2e_dossier_shows_figures_and_discrepancy(page: Any, server: str) -> None:
    page.goto(server + "/entities")
    page.get_by_role("link", name="North Korea", exact=True).first.click()
    page.wait_for_selector("h1")
    assert "North Korea" in page.locator("h1").inner_text()
    figures = " ".join(page.locator("table.figures").all_inner_texts())
    assert "11000" in figures and "12000" in figures
    assert page.locator("tr.disputed").count() >= 2
    _shot(page, "dossier")


def test_e2e_review_a_claim(page: Any, server: str) -> None:
    _open_document(page, server, "Troops in Kursk")
    card = page.locator(".claim-card").first
    card.locator("summary").click()
    card.locator("select[name=status]").select_option("corrected")
    card.locator("input[name=reviewer]").fill("E2E Reviewer")
    card.locator("input[name=correction]").fill("12,000 soldiers according to Seoul")
    card.locator("button[type=submit]").click()
    page.wait_for_selector("text=E2E Reviewer")
    review = page.locator(".claim-card").first.locator(".reviews").inner_text()
    assert "corrected" in review and "12,000 soldiers according to Seoul" in review
    _shot(page, "review")


def test_e2e_hostile_document_renders_as_text(page: Any, server: str) -> None:
    page.goto(server + "/documents")
    page.locator("a", has_text="Drones over Kharkiv").first.click()
    page.wait_for_selector(".doc-text")
    body = page.locator(".doc-text").inner_text()
    assert "<script>alert('xss')</script>" in body and 'onerror="alert(1)"' in body
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.querySelectorAll('img, b[onmouseover]').length") == 0
    _shot(page, "hostile-document")


def test_e2e_analyse_page(page: Any, server: str) -> None:
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", "Iran delivered 200 Shahed-136 drones to Russia, Ukrainian intelligence said.")
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector(".doc-text .claim")
    page.locator(".doc-text .claim").first.hover()
    assert "Attribution:" in page.locator("#popover").inner_text()
    _shot(page, "analyse")
