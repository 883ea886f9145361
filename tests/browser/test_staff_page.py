"""The staff page (utskrift/) at the desk, in Chromium: topics in the site's order, the find
box ("överklag", "id-kort"), the Somali + Swedish appeal handout one click from the Swedish
page, plain headings without JavaScript, axe at 360 px and desktop, no inline script."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from hjalpguide.handouts.sources import read_page

from .conftest import LANGUAGES, ROOT, language_root
from .test_accessibility import run_axe

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def expected_topic_order() -> list[str]:
    """The guide folders that have handouts, in their index page's ``order:``."""
    manifest = json.loads((ROOT / "build/handouts/manifest.json").read_text(encoding="utf-8"))
    folders = {h["page"].split("/")[0] for h in manifest["handouts"]
               if h["kind"] == "single" and "/" in h["page"]}
    orders = {folder: read_page(ROOT / "guides" / folder / "index.sv.md")[1]["order"]
              for folder in folders}
    return ["amne-" + folder for folder in sorted(folders, key=lambda f: orders[f])]


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        ".hjalp-staff-row", "rows => rows.filter(r => !r.hidden && r.offsetParent)"
        ".map(r => r.querySelector('h3').textContent)")


def test_topics_in_the_navigation_order_and_the_appeal_in_somali_one_click_away(
        browser, base_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + "utskrift/")
    ids = page.eval_on_selector_all(".hjalp-staff-topic h2", "hs => hs.map(h => h.id)")
    assert ids == expected_topic_order()
    assert ids[:4] == ["amne-bankid", "amne-skanna", "amne-blanketter", "amne-hjalp"]
    page.fill("#hjalp-staff-q", "överklag")
    rows = visible_rows(page)
    assert "Om du inte håller med om ett beslut" in rows and len(rows) <= 3, rows
    assert page.locator(".hjalp-staff-find__status").inner_text() == (
        f"{len(rows)} utskrifter passar." if len(rows) > 1 else "1 utskrift passar.")
    appeal = page.locator(".hjalp-staff-row", has_text="Om du inte håller med om ett beslut")
    link = appeal.get_by_role("link", name="somaliska + svenska (PDF, 4 sidor)")
    assert link.count() == 1
    href = link.get_attribute("href")
    assert href == "../so/utskrift/blanketter/overklaga.sv-so.pdf"
    with urllib.request.urlopen(base_url + "so/utskrift/blanketter/overklaga.sv-so.pdf") as r:
        assert r.read(5) == b"%PDF-"
    # accent-free typing finds the same; id-kort finds the pages about id cards
    page.fill("#hjalp-staff-q", "OVERKLAG")
    assert visible_rows(page) == rows
    page.fill("#hjalp-staff-q", "id-kort")
    found = visible_rows(page)
    assert "Om du inte kan få BankID" in found and len(found) >= 2, found
    assert page.locator("#amne-skanna").is_hidden()  # a topic without a match is hidden
    page.fill("#hjalp-staff-q", "sundsvall")  # a municipality's referral sheet
    assert page.get_by_role("link", name="Sundsvall", exact=True).is_visible()
    assert visible_rows(page) == []
    page.fill("#hjalp-staff-q", "")
    assert len(visible_rows(page)) == page.locator(".hjalp-staff-row").count()
    page.close()


def test_a_town_found_is_right_under_the_find_box(browser, base_url):
    """While staff search, the other languages and the printing tips are hidden, so the
    referral sheet of a town comes right after the (hidden) topics; they come back after."""
    page = browser.new_page(viewport=DESKTOP)
    page.goto(base_url + "utskrift/")
    more = page.locator(".hjalp-staff-more")
    assert more.is_visible() and more.locator("h2").count() >= 1
    page.fill("#hjalp-staff-q", "malmö")
    assert page.locator(".hjalp-staff-find__status").inner_text() == "1 utskrift passar."
    assert more.is_hidden()
    link = page.get_by_role("link", name="Malmö", exact=True)
    status = page.locator(".hjalp-staff-find__status").bounding_box()
    found = link.bounding_box()
    assert found is not None and 0 < found["y"] - status["y"] < 400, (status, found)
    page.fill("#hjalp-staff-q", "")
    assert more.is_visible()
    page.close()


def test_without_javascript_the_page_is_plain_headings(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + "utskrift/")
    assert page.locator(".hjalp-staff-find").is_hidden()
    assert page.locator(".hjalp-staff-topic h2").count() == len(expected_topic_order())
    assert len(visible_rows(page)) == page.locator(".hjalp-staff-row").count() > 10
    assert page.locator(".hjalp-staff-more h2").first.is_visible()  # how to print
    context.close()


@pytest.mark.parametrize("code", ["sv", "so", "ar"])
def test_staff_page_passes_axe_at_360_px_and_desktop_and_has_no_inline_script(
        code, browser, base_url):
    url = base_url + language_root(code) + "utskrift/"
    problems = []
    for viewport in (PHONE, DESKTOP):
        page = browser.new_page(viewport=viewport)
        page.goto(url)
        problems += [f"{viewport['width']}px: {v}" for v in run_axe(page)]
        page.fill("#hjalp-staff-q", "bankid")  # filtered too
        problems += [f"{viewport['width']}px filtered: {v}" for v in run_axe(page)]
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > viewport["width"]:
            problems.append(f"{viewport['width']}px: the page is {wide}px wide")
        inline = page.evaluate(
            "[...document.scripts].filter(s => !s.src && s.type !== 'application/ld+json')"
            ".length + document.querySelectorAll('[onclick],[oninput],[onload]').length")
        if inline:
            problems.append(f"{viewport['width']}px: {inline} inline scripts or handlers")
        page.close()
    assert problems == []


def test_translated_staff_page_shows_both_titles(browser, base_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + "so/utskrift/")
    row = page.locator(".hjalp-staff-row", has=page.locator(
        "small[lang=sv]", has_text="Om du inte håller med om ett beslut"))
    assert row.count() == 1
    assert row.locator("a[href='blanketter/overklaga.sv-so.pdf']").count() == 1
    page.fill("#hjalp-staff-q", "överklag")  # Swedish words work on every language's page
    assert row.is_visible() and len(visible_rows(page)) <= 3
    page.close()


def test_staff_pages_are_not_in_the_visitors_search(real_site: Path):
    for lang in LANGUAGES:
        index = real_site / language_root(lang.code) / "search" / "index.json"
        text = index.read_text(encoding="utf-8")
        assert "skaffa-bankid/" in text, lang.code  # the guides are there
        assert '"utskrift/' not in text and "Utskrifter för personalen" not in text, lang.code
