"""The real site, built once per test session, served like a real host, and Chromium.

Chromium is Debian's (/usr/bin/chromium, installed by `make bootstrap`); Playwright drives
it with ``executable_path``. A missing browser is an error, never a skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
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
def real_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("real-site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def base_url(real_site):
    server, url = serve_in_background(real_site)
    yield url
    server.shutdown()


def pages_of(site: Path, code: str) -> list[str]:
    """Every HTML page of one language, as paths from the site root."""
    others = {lang.code for lang in LANGUAGES if lang.code != SOURCE}
    root = site / language_root(code)
    found = []
    for path in sorted(root.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        first = rel.split("/", 1)[0]
        if code == SOURCE and first in others:
            continue
        found.append(rel[: -len("index.html")])
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
