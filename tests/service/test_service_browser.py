"""The web page in headless Chromium: paste a deliberation, click, see highlighted entities."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.main import create_app
from service.settings import Settings

DELIBERATION = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du mardi 14 mars 2023 — Délibération n° 2023-045
Présents : Mme Claire DUBOIS-MARTIN, M. Paul ROCHE, Mme Inès TALBI.
Vu le Code général des collectivités territoriales, notamment son article L. 2121-29 ;
Le conseil municipal attribue une subvention de 12 500 € à l'association (chapitre 65 article 6574).
"""

OUTPUT = Path("test-output")


@pytest.mark.browser
def test_page_highlights_entities(live_server):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is required (make test installs it: scripts/ensure-browser.sh)"
    OUTPUT.mkdir(exist_ok=True)
    with live_server(create_app(Settings())) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1000})
            page.goto(url)
            page.fill("#text", DELIBERATION)
            page.click("#extract")
            try:
                page.wait_for_selector("#highlighted mark.ent", timeout=30_000)
            finally:
                page.screenshot(path=str(OUTPUT / "web-page.png"), full_page=True)
            labels = set(page.eval_on_selector_all("#highlighted mark.ent", "els => els.map(e => e.dataset.label)"))
            rows = page.locator("#entities tbody tr").count()
            marks = page.locator("#highlighted mark.ent").count()
            tooltip = page.get_attribute("#highlighted mark.ent", "title")
        finally:
            browser.close()
    assert {"DATE", "AMOUNT", "LEGAL_REF"} <= labels
    assert rows == marks  # the table and the highlighted text show the same entities
    assert "score" in tooltip and "source" in tooltip
