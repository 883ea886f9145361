"""Every municipality page in every language, read from the real site: the page's language,
the municipality's phone (or its website when the data has none) in the first section, and
links that lead somewhere (issue 10).

The browser tests (axe, 320 px, drawer) run on one page of each variant of the template
(tests/browser/conftest.py, MUNICIPALITY_VARIANTS); these checks run on all 290 × 9 copies,
and also check that each variant still is what its name says.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from hjalpguide import clock
from hjalpguide.contacts.validate import load_places
from hjalpguide.languages import load_languages

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
SOURCE = LANGUAGES[0]
RTL = {"ar", "fa"}
SECTION = "hjalp/platser/"


class PageFacts(HTMLParser):
    """What the checks need from one page: <html lang dir>, the h1, every link (and whether
    it is inside the first section, "Börja här"), and the place cards."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = self.dir = None
        self.h1 = ""
        self.links: list[tuple[str, bool]] = []
        self.cards = 0
        self._in_h1 = False
        self._first_depth = 0  # >0 while inside <section class="hjalp-first">
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang, self.dir = a.get("lang"), a.get("dir")
        if tag == "h1":
            self._in_h1 = True
        if tag == "section":
            self._depth += 1
            if "hjalp-first" in (a.get("class") or "").split() and not self._first_depth:
                self._first_depth = self._depth
        if tag == "article" and "hjalp-place" in (a.get("class") or "").split():
            self.cards += 1
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], bool(self._first_depth)))

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if tag == "section":
            if self._first_depth == self._depth:
                self._first_depth = 0
            self._depth -= 1

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data


def read(path: Path) -> PageFacts:
    facts = PageFacts()
    facts.feed(path.read_text(encoding="utf-8"))
    return facts


def resolves(site: Path, page_dir: str, href: str) -> bool:
    """A link inside the site leads to a file that the build wrote."""
    target = urlparse(href)
    if target.scheme or target.netloc or not target.path:
        return True  # another site, tel:, mailto: or a jump on the same page
    path = posixpath.normpath(posixpath.join("/" + page_dir, unquote(target.path)))
    file = site / path.lstrip("/")
    return (file / "index.html").is_file() if target.path.endswith("/") else file.exists()


@pytest.fixture(scope="module")
def itself():
    """Municipality slug -> its entry of kind municipality (the data the pages are made from)."""
    places, _ = load_places(ROOT, LANGUAGES, clock.today())
    out = {p.municipality.slug: p for p in places
           if p.kind == "municipality" and p.municipality is not None}
    assert len(out) == 290, "each municipality has an entry (scripts/import_municipalities.py)"
    return out


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_municipality_page_shows_the_way_to_a_person(code, real_site, itself):
    prefix = "" if code == SOURCE else f"{code}/"
    problems: list[str] = []
    for slug, place in sorted(itself.items()):
        page_dir = f"{prefix}{SECTION}{slug}/"
        file = real_site / page_dir / "index.html"
        if not file.is_file():
            problems.append(f"{page_dir}: no page")
            continue
        facts = read(file)
        expected_dir = "rtl" if code in RTL else "ltr"
        if (facts.lang, facts.dir) != (code, expected_dir):
            problems.append(f"{page_dir}: <html lang={facts.lang} dir={facts.dir}>")
        if place.municipality.name not in facts.h1:
            problems.append(f"{page_dir}: the heading {facts.h1!r} lacks the name")
        first = [href for href, inside in facts.links if inside]
        voice = [p for p in place.phones if p.type != "sms"]
        if voice and voice[0].tel not in first:
            problems.append(f"{page_dir}: no {voice[0].tel} link in the first section")
        if not voice:
            if any(href.startswith("tel:") for href in first):
                problems.append(f"{page_dir}: a tel: link although the data has no phone")
            if place.url and place.url not in first:
                problems.append(f"{page_dir}: no phone and no link to {place.url}")
        problems += [f"{page_dir}: broken link {href}" for href, _ in facts.links
                     if not resolves(real_site, page_dir, href)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_each_browser_tested_variant_is_what_it_says(real_site, itself):
    """tests/browser tests these three pages for every municipality page; if the data
    changes so that one no longer shows its variant, pick another municipality."""
    sundsvall, vaxholm, malmo = (read(real_site / SECTION / slug / "index.html")
                                 for slug in ("sundsvall", "vaxholm", "malmo"))
    assert itself["sundsvall"].phones and sundsvall.cards >= 1
    assert not itself["vaxholm"].phones
    assert not any(href.startswith("tel:") for href, inside in vaxholm.links if inside)
    assert itself["malmo"].phones and malmo.cards == 0


def test_the_list_links_to_every_municipality_in_every_language(real_site, itself):
    for code in LANGUAGES:
        prefix = "" if code == SOURCE else f"{code}/"
        page_dir = f"{prefix}{SECTION}"
        links = {href for href, _ in read(real_site / page_dir / "index.html").links}
        missing = [slug for slug in itself if f"{slug}/" not in links]
        assert not missing, f"{page_dir}: no link to {missing[:10]}"
