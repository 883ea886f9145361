"""A page not yet translated, on a right-to-left site: Swedish text, left to right, with
nothing hanging outside a 320 px screen, and no axe violations."""

import pytest

from hjalpguide.devserver import serve_in_background

from .test_accessibility import run_axe

pytestmark = pytest.mark.browser

PAGES = {
    "index.sv.md": "# Start\n\nText.\n",
    "index.ar.md": "# البداية\n\nنص.\n",
    "steg.sv.md": """\
---
title: Skaffa BankID
summary: Du skaffar BankID hos din bank.
---
# Skaffa BankID

1. Installera appen BankID i din mobil. Du hittar den där du brukar hämta appar.
2. Logga in på din internetbank.

- en punkt i en lista som är ganska lång för en liten skärm

> Ett citat.

!!! tip

    Fråga din bank hur du gör.

| Myndighet | Telefon |
|---|---|
| Försäkringskassan | 0771-524 524 |
""",
}


def test_fallback_page_on_rtl_site(fixture_site, browser):
    site = fixture_site(PAGES, languages=("sv", "en", "ar"))
    result = site.build()
    assert result.returncode == 0, result.stderr
    server, base_url = serve_in_background(site.site)
    try:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(base_url + "ar/steg/")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.locator(".hjalp-fallback").get_attribute("lang") == "sv"
        sideways = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert sideways == 0
        first_step = page.locator(".hjalp-fallback ol li").first.bounding_box()
        assert first_step["x"] >= 0
        assert run_axe(page) == []
        page.close()
    finally:
        server.shutdown()
