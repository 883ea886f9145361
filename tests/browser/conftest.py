"""The real site (built once per session, tests/conftest.py), served like a real host, and
Chromium.

Chromium is Debian's (/usr/bin/chromium, installed by `make bootstrap`); Playwright drives
it with ``executable_path``. A missing browser is an error, never a skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hjalpguide.devserver import serve_in_background
from hjalpguide.languages import load_languages

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = load_languages(ROOT / "mkdocs.yml")
SOURCE = LANGUAGES[0].code


def language_root(code: str) -> str:
    return "" if code == SOURCE else f"{code}/"


@pytest.fixture(scope="session")
def base_url(real_site):
    server, url = serve_in_background(real_site)
    yield url
    server.shutdown()


#: The municipality pages are one template filled with 290 municipalities' data. The browser
#: tests run on one page of each variant of that template (in every language); the
#: structural checks of every copy (language, phone or website, links) are in
#: tests/build/test_municipality_pages.py, which also checks that each variant below still
#: is what it says.
MUNICIPALITY_SECTION = "hjalp/platser/"
MUNICIPALITY_VARIANTS = {
    "sundsvall": "a phone number and other places we know",
    "vaxholm": "no phone number in the data (the website instead)",
    "malmo": "only the municipality itself",
}


def pages_of(site: Path, code: str, every_municipality: bool = False) -> list[str]:
    """Every HTML page of one language, as paths from the site root; of the municipality
    pages only :data:`MUNICIPALITY_VARIANTS` unless ``every_municipality``."""
    others = {lang.code for lang in LANGUAGES if lang.code != SOURCE}
    root = site / language_root(code)
    section = language_root(code) + MUNICIPALITY_SECTION
    found = []
    for path in sorted(root.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        first = rel.split("/", 1)[0]
        if code == SOURCE and first in others:
            continue
        page = rel[: -len("index.html")]
        slug = page[len(section):].strip("/") if page.startswith(section) else ""
        if slug and not every_municipality and slug not in MUNICIPALITY_VARIANTS:
            continue
        found.append(page)
    found.append(language_root(code) + "404.html")
    return found


def open_drawer(page, timeout_s: float = 5.0) -> None:
    """Open the phone menu and wait until it has slid fully in and stopped moving.

    Polled from Python, so it works with JavaScript turned off in the page too.
    """
    page.locator("header label[for=__drawer]").click()
    drawer = page.locator(".md-sidebar--primary")
    width = page.viewport_size["width"]
    last = None
    for _ in range(int(timeout_s / 0.05)):
        box = drawer.bounding_box()
        inside = box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1
        if inside and box == last:
            return
        last = box
        page.wait_for_timeout(50)
    raise AssertionError(f"the menu did not open within {timeout_s} s: {last}")
