"""Build tiny real sites and check what the plugin and the theme overrides write."""

import json
import re

import pytest

pytestmark = pytest.mark.build

TOPIC_SV = """\
---
title: Om BankID
summary: Kort om BankID.
---
# Om BankID

!!! tip

    Fråga din bank.

## Så gör du

1. Öppna appen.
"""

TOPIC_AR = """\
---
title: عن BankID
summary: باختصار عن BankID.
translation:
  source_hash: "0000000000000000"
  method: machine
  reviewed: false
---
# عن BankID

!!! tip

    اسأل البنك.

## كيف تفعل ذلك

1. افتح التطبيق.
"""

PAGES = {
    "index.sv.md": "---\ntitle: Start\n---\n# Start\n\nVälkommen. [BankID](bankid/index.md)\n",
    "index.en.md": "---\ntitle: Start\n---\n# Start\n\nWelcome. [BankID](bankid/index.md)\n",
    "index.ar.md": "---\ntitle: البداية\n---\n# البداية\n\nمرحبا. [BankID](bankid/index.md)\n",
    "bankid/index.sv.md": TOPIC_SV,
    "bankid/index.ar.md": TOPIC_AR,
    "bankid/skaffa.sv.md": "---\ntitle: Skaffa BankID\n---\n# Skaffa BankID\n\nGå till banken.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import FixtureSite

    site = FixtureSite(tmp_path_factory.mktemp("site"), PAGES, ["sv", "en", "ar"])
    result = site.build()
    assert result.returncode == 0, result.stderr
    return site


def test_writes_every_language_with_its_own_404_and_search_index(built):
    files = built.files()
    for root in ("", "en/", "ar/"):
        for page in ("index.html", "404.html", "bankid/index.html", "bankid/skaffa/index.html",
                     "search/index.json"):
            assert f"{root}{page}" in files


def test_html_element_carries_language_and_direction(built):
    assert '<html lang="sv" class="no-js" dir="ltr">' in built.read("index.html")
    assert '<html lang="ar" class="no-js" dir="rtl">' in built.read("ar/index.html")
    assert '<html lang="ar" class="no-js" dir="rtl">' in built.read("ar/404.html")


def test_root_404_is_swedish_and_names_every_language(built):
    page = built.read("404.html")
    assert "<h1>Sidan finns inte</h1>" in page
    assert 'lang="ar" dir="rtl"' in page and 'lang="en" dir="ltr"' in page
    assert "<h1>Page not found</h1>" in built.read("en/404.html")


def test_fallback_page_is_marked_swedish_with_a_notice_in_the_readers_language(built):
    page = built.read("ar/bankid/skaffa/index.html")
    assert '<div lang="sv" dir="ltr" class="hjalp-fallback">' in page
    assert "hjalp-notice--fallback" in page
    notice = re.search(r'hjalp-notice--fallback".*?<p>(.*?)<a', page, re.S).group(1)
    assert "Den här sidan" not in notice  # the notice itself is in Arabic, not Swedish
    assert notice.strip()


def test_translated_page_is_not_a_fallback_and_says_it_is_machine_made(built):
    page = built.read("ar/bankid/index.html")
    assert "hjalp-fallback" not in page
    assert "hjalp-notice--machine" in page
    # the Swedish source's hash differs from the recorded one: the page says it is outdated
    assert "hjalp-notice--outdated" in page
    assert 'href="../../bankid/"' in page  # link to the same page in Swedish


def test_swedish_pages_have_no_translation_notice(built):
    assert "hjalp-notice" not in built.read("bankid/index.html")


def test_admonition_titles_are_translated(built):
    assert '<p class="admonition-title">Tips</p>' in built.read("bankid/index.html")
    arabic = built.read("ar/bankid/index.html")
    assert '<p class="admonition-title">Tip</p>' not in arabic
    assert re.search(r'<p class="admonition-title">[^<]*[\u0600-\u06ff][^<]*</p>', arabic)


def test_section_takes_its_title_from_its_index_page(built):
    nav_sv = built.read("bankid/skaffa/index.html")
    nav_ar = built.read("ar/bankid/skaffa/index.html")
    assert "Om BankID" in nav_sv and ">Bankid<" not in nav_sv
    assert "عن BankID" in nav_ar


def test_heading_anchors_are_readable_in_arabic(built):
    assert 'id="كيف-تفعل-ذلك"' in built.read("ar/bankid/index.html")


def test_summary_follows_the_title(built):
    page = built.read("bankid/index.html")
    article = page[page.index("<article"):]
    assert article.index("<h1") < article.index("hjalp-summary") < article.index("Så gör du")


def test_no_javascript_and_no_third_party_urls_on_pages(built):
    page = built.read("bankid/index.html")
    # Only our own small deferred files: the language list's Esc (menu.js) and "Lyssna"'s
    # loader (tests/browser/test_listen.py).
    assert re.findall(r"<script\b[^>]*>", page) == [
        '<script src="../assets/menu.js" defer>', '<script src="../assets/listen-loader.js" defer>']
    assert "bundle" not in page and "sitemap.xml" not in page
    assert "fonts.googleapis" not in page and "https://" not in page.split("<body")[0]


def test_search_index_holds_only_its_own_language(built):
    sv = json.loads(built.read("search/index.json"))
    ar = json.loads(built.read("ar/search/index.json"))
    assert sv["lang"] == "sv" and ar["lang"] == "ar"
    assert {p["u"] for p in sv["pages"]} >= {"bankid/", "bankid/skaffa/"}
    assert any("افتح التطبيق" in p["x"] for p in ar["pages"])
    assert not any("افتح" in p["x"] for p in sv["pages"])


def test_language_switcher_stays_on_the_same_page(built):
    page = built.read("bankid/index.html")
    assert 'href="../ar/bankid/"' in page and 'hreflang="ar"' in page


# --- bad input: the build stops with the file named and what to do, never a traceback


def _fails(fixture_site, pages, *expected):
    site = fixture_site(pages)
    result = site.build()
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for text in expected:
        assert text in output, output
    return output


def test_unknown_language_suffix_stops_the_build(fixture_site):
    pages = dict(PAGES, **{"bankid/skaffa.de.md": "# Hallo\n"})
    _fails(fixture_site, pages, "guides/bankid/skaffa.de.md", "[PAGE-LANGUAGE]", "'de'")


def test_mistyped_front_matter_key_names_file_line_and_suggestion(fixture_site):
    pages = dict(PAGES, **{"bankid/skaffa.sv.md": "---\ntitle: X\nsumary: Y\n---\n# X\n"})
    _fails(fixture_site, pages, "guides/bankid/skaffa.sv.md:3", "[FM-UNKNOWN-KEY]",
           "Menade du 'summary'?")


def test_broken_internal_link_names_the_file(fixture_site):
    pages = dict(PAGES, **{"bankid/skaffa.sv.md": "# X\n\n[Bort](finns-inte.md)\n"})
    _fails(fixture_site, pages, "bankid/skaffa.sv.md", "finns-inte.md")


def test_missing_ui_text_names_the_file_and_key(fixture_site, tmp_path):
    from conftest import ROOT

    ui = tmp_path / "ui"
    ui.mkdir()
    for code in ("sv", "en", "ar"):
        text = (ROOT / "data" / "ui" / f"{code}.yml").read_text(encoding="utf-8")
        if code == "en":
            text = text.replace("  sources: Sources\n", "")
        (ui / f"{code}.yml").write_text(text, encoding="utf-8")
    site = fixture_site(PAGES)
    site.config.write_text(site.config.read_text().replace(
        str(ROOT / "data" / "ui"), str(ui)), encoding="utf-8")
    result = site.build()
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert "en.yml" in output and "page.sources" in output and "[UI-MISSING-KEY]" in output


def test_an_alias_bomb_in_front_matter_stops_the_build_in_bounded_memory(fixture_site):
    """Nine nested anchors as a page title: 9⁸ values when a message prints it (the build
    ran out of memory). Now refused before any value is read; 1 GiB is plenty."""
    import os
    import resource
    import subprocess
    import sys
    from pathlib import Path

    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 8)]
    page = "---\n" + "\n".join(levels) + "\ntitle: *a7\n---\n# X\n"
    site = fixture_site(dict(PAGES, **{"bankid/skaffa.sv.md": page}))

    def bounded():
        resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))

    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                             str(site.config)], capture_output=True, text=True, timeout=60,
                            cwd=site.config.parent, preexec_fn=bounded,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                                 "PYTHONPATH": str(Path(__file__).parents[2] / "src")})  # this tree
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output and "MemoryError" not in output
    assert "guides/bankid/skaffa.sv.md:2: [FM-YAML-ALIAS]" in output, output[-2000:]
