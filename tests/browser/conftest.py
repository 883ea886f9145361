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
