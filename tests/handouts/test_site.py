"""The handouts in a tiny real MkDocs site: staff pages, print links, published PDFs, and
how a guide page prints from Chromium (print stylesheet)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from handouts import pdftools

ROOT = Path(__file__).resolve().parents[2]

GUIDE_SV = """\
---
title: Skaffa BankID
summary: Du skaffar BankID hos din bank.
facts: [bankid-skaffa-bank]
printable: true
---

# Skaffa BankID

## Gör så här

1. Installera appen BankID i din mobil.
2. Logga in på din internetbank.

??? note "Vad är NFC?"
    NFC betyder att mobilen kan läsa ett chip i kortet.

Läs mer hos [BankID](https://www.bankid.com/privat).
"""
GUIDE_AR = """\
---
title: الحصول على BankID
summary: تحصل على BankID من البنك.
printable: true
translation:
  source_hash: "0000000000000000"
  method: machine
  reviewed: false
---

# الحصول على BankID

1. ثبّت تطبيق BankID.
"""
FACTS = """\
facts:
  - id: bankid-skaffa-bank
    claim: Du skaffar BankID hos din bank.
    source:
      title: BankID – Frågor om beställning
      url: https://support.bankid.com/sv/fragor-svar/fragor-om-bestallning
      kind: organisation
    checked: 2026-11-20
"""
PAGES = {
    "index.sv.md": "---\ntitle: Start\n---\n# Start\n\nVälkommen. [BankID](bankid/skaffa.md)\n",
    "index.en.md": "---\ntitle: Start\n---\n# Start\n\nWelcome. [BankID](bankid/skaffa.md)\n",
    "index.ar.md": "---\ntitle: البداية\n---\n# البداية\n\nمرحبا.\n",
    "om.sv.md": "---\ntitle: Om Hjälpguiden\n---\n# Om Hjälpguiden\n\nOm oss.\n",
    "bankid/skaffa.sv.md": GUIDE_SV,
    "bankid/skaffa.ar.md": GUIDE_AR,
}
HANDOUTS = [  # (language, kind, path, pages)
    ("sv", "single", "sv/bankid/skaffa.pdf", 2),
    ("ar", "single", "ar/bankid/skaffa.pdf", 1),
    ("ar", "bilingual", "ar/bankid/skaffa.sv-ar.pdf", 4),  # the Arabic sheet, the Swedish
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import FixtureSite

    tmp = tmp_path_factory.mktemp("site")
    site = FixtureSite(tmp, PAGES, ["sv", "en", "ar"])
    shutil.copytree(ROOT / "data" / "ui-handouts", tmp / "data" / "ui-handouts")
    (tmp / "data" / "facts.yml").write_text(FACTS, encoding="utf-8")
    out = tmp / "build" / "handouts"
    entries = []
    for lang, kind, path, pages in HANDOUTS:
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(b"%PDF-1.7 test " + path.encode())
        entries.append({"language": lang, "page": "bankid/skaffa", "kind": kind,
                        "title": "Skaffa BankID", "path": path, "pages": pages,
                        "bytes": 23000, "input_hash": "x"})
    (out / "manifest.json").write_text(json.dumps(
        {"format": 1, "site_url": "http://127.0.0.1:8000/", "handouts": entries,
         "untranslated": []}), encoding="utf-8")
    result = site.build()
    assert result.returncode == 0, result.stderr
    return site


@pytest.mark.build
def test_pdfs_are_published_under_each_language(site):
    for lang, _kind, path, _pages in HANDOUTS:
        root = "" if lang == "sv" else f"{lang}/"
        published = site.site / f"{root}utskrift/{path.split('/', 1)[1]}"
        assert published.read_bytes().endswith(path.encode())


@pytest.mark.build
def test_staff_page_in_every_language_lists_handouts(site):
    sv = site.read("utskrift/index.html")
    assert "Utskrifter för personalen" in sv
    assert 'href="bankid/skaffa.pdf"' in sv and "2 sidor" in sv
    # the Swedish page (where staff start) has every language's files in the same row
    assert ('<a href="../ar/utskrift/bankid/skaffa.sv-ar.pdf" type="application/pdf" '
            'hreflang="ar">arabiska + <span lang="sv">svenska</span>') in sv
    assert 'data-find="skaffa bankid du skaffar bankid hos din bank.' in sv
    assert '<script src="../assets/staff-find.js" defer></script>' in sv
    ar = site.read("ar/utskrift/index.html")
    assert 'href="bankid/skaffa.pdf"' in ar and 'href="bankid/skaffa.sv-ar.pdf"' in ar
    assert "مطبوعات للموظفين" in ar and "صفحة واحدة" in ar
    en = site.read("en/utskrift/index.html")  # no English handout: the Swedish one, said so
    assert 'href="../../utskrift/bankid/skaffa.pdf"' in en
    assert "Only in Swedish so far" in en
    # made without HJALP_SITE_URL: the staff are told the QR codes lead nowhere
    assert ('QR-koderna på utskrifterna går till <code dir="ltr">http://127.0.0.1:8000/'
            '</code>') in sv
    assert "admonition warning" in sv
    sitemap = site.read("sitemap.xml")  # the generated staff pages are in the sitemap
    assert "/utskrift/</loc>" in sitemap and "/ar/utskrift/</loc>" in sitemap


def test_only_a_local_address_is_warned_about():
    from hjalpguide.handouts.site import local_address

    assert local_address({"site_url": "http://127.0.0.1:8000/"}) == "http://127.0.0.1:8000/"
    assert local_address({"site_url": "http://localhost:8000/"}) == "http://localhost:8000/"
    assert local_address({"site_url": "https://hjalp.sundsvall.se/"}) == ""
    assert local_address({}) == ""


@pytest.mark.build
def test_guide_page_links_its_handout_with_the_page_count(site):
    sv = site.read("bankid/skaffa/index.html")
    assert 'href="../../utskrift/bankid/skaffa.pdf"' in sv and "Skriv ut (2 sidor)" in sv
    ar = site.read("ar/bankid/skaffa/index.html")
    assert "اطبع (صفحة واحدة)" in ar and 'href="../../utskrift/bankid/skaffa.sv-ar.pdf"' in ar
    en = site.read("en/bankid/skaffa/index.html")  # a fallback page: the Swedish handout
    assert 'href="../../../utskrift/bankid/skaffa.pdf"' in en and "Print (2 pages)" in en
    assert site.read("om/index.html").count("hjalp-print-link") == 0  # not printable


@pytest.mark.browser
def test_chromium_prints_the_text_and_address_without_navigation(site, tmp_path, browser):
    from hjalpguide.devserver import serve_in_background

    server, url = serve_in_background(site.site)
    pdf = tmp_path / "print.pdf"
    try:
        # one Chromium for the whole session (tests/conftest.py)
        page = browser.new_page()
        page.goto(url + "bankid/skaffa/")
        page.emulate_media(media="print")
        smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll(
            '.md-content *')].filter(e => e.offsetParent !== null && [...e.childNodes]
            .some(n => n.nodeType === 3 && n.textContent.trim())).map(e =>
            parseFloat(getComputedStyle(e).fontSize)))""")
        page.pdf(path=str(pdf), format="A4")
        page.close()
    finally:
        server.shutdown()
    text = " ".join(pdftools.text(pdf).split())
    assert smallest >= 16 - 0.01  # 12 pt = 16 CSS px
    assert "Installera appen BankID i din mobil." in text
    assert "NFC betyder att mobilen kan läsa ett chip i kortet." in text  # details open
    assert "http://127.0.0.1:8000/bankid/skaffa/" in text  # the page's own address
    assert "(https://www.bankid.com/privat)" in text  # link address after link text
    assert "Fakta kontrollerade" in text and "2026-11-20" in text
    for screen_only in ("Om Hjälpguiden", "Hoppa till innehållet", "Skriv ut (2 sidor)",
                        "Start", "Sök"):
        assert screen_only not in text, f"{screen_only!r} står på pappret"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
