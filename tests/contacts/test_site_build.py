"""Builds a tiny real site with help places and checks the HTML it writes."""

import json
import os
import re
import resource
import shutil
import subprocess
import sys
import textwrap
import time

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.build

MUNICIPALITY = textwrap.dedent("""\
    municipality:
      code: "2281"
      name: Sundsvall
    places:
      - id: sundsvall-kommunen
        name: Sundsvall
        kind: municipality
        phones:
          - number: "+4660191000"
            display: "060-19 10 00"
        email: sundsvalls.kommun@sundsvall.se
        url: https://sundsvall.se/
        verified:
          date: 2026-04-06
          method: document
          level: secondary
          source: Wikidata (Q26492) via Govdirectory, uppgifterna från 2026-04-06
      - id: sundsvall-test
        name:
          sv: "Stora & lilla <3 Biblioteket"
          en: The library
        kind: library
        address:
          street: Storgatan 1
          postal_code: "852 30"
          city: Sundsvall
        phones:
          - number: "+46771524524"
            display: "0771-524 524"
        languages: [sv, ar]
        services: [wifi, scanning]
        opening_hours: "Mo-Fr 08:00-16:30; PH off"
        verified:
          date: 2026-11-01
          method: web
          source: https://sundsvall.se/bibliotek
      - id: sundsvall-old
        name: Gamla kontoret
        kind: reception
        verified:
          date: 2018-02-01
          method: document
          level: secondary
          source: En rapport från februari 2018
    """)
VAXHOLM = textwrap.dedent("""\
    municipality:
      code: "0187"
      name: Vaxholm
    places:
      - id: vaxholm-kommunen
        name: Vaxholm
        kind: municipality
        email: kansliet@vaxholm.se
        url: https://www.vaxholm.se/
        verified:
          date: 2026-04-06
          method: document
          level: secondary
          source: Wikidata (Q500090) via Govdirectory, uppgifterna från 2026-04-06
    """)
NATIONAL = textwrap.dedent("""\
    places:
      - id: polisen
        name: Polisen
        kind: phone_line
        phones:
          - short: "11414"
            display: "114 14"
        verified: {date: 2026-11-01, method: document, source: Faktalistan B1}
    """)
HOME = """\
    ---
    title: Start
    ---

    # Start

    Välkommen.
    """



def _build(fixture_site, monkeypatch, municipality=""):
    site = fixture_site({"index.sv.md": HOME}, languages=("sv", "en", "ar"))
    root = site.config.parent
    (root / "data" / "help-places").mkdir(parents=True)
    (root / "data" / "help-places" / "2281-sundsvall.yml").write_text(MUNICIPALITY, "utf-8")
    (root / "data" / "help-places" / "0187-vaxholm.yml").write_text(VAXHOLM, "utf-8")
    (root / "data" / "help-places" / "national.yml").write_text(NATIONAL, "utf-8")
    shutil.copy(ROOT / "data" / "kommuner.csv", root / "data" / "kommuner.csv")
    for folder in ("ui-help", "ui-handouts"):  # ui-handouts: the handouts read it too
        if (ROOT / "data" / folder).is_dir():
            shutil.copytree(ROOT / "data" / folder, root / "data" / folder)
    if municipality:
        text = site.config.read_text(encoding="utf-8")
        option = rf'\1      municipality: "{municipality}"\n'
        site.config.write_text(re.sub(r"(\n\s+ui_dir: .*\n)", option, text, count=1),
                               encoding="utf-8")
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_pages_in_every_language(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    files = site.files()
    for prefix in ("", "en/", "ar/"):
        assert f"{prefix}hjalp/platser/index.html" in files
        assert f"{prefix}hjalp/platser/sundsvall/index.html" in files
    assert "hjalp/help-places.json" in files and "hjalp/help-places.schema.json" in files

    sv = site.read("hjalp/platser/sundsvall/index.html")
    # every text from the data is escaped (markup itself is stopped by the check: below)
    assert "lilla <3" not in sv and "Stora &amp; lilla &lt;3 Biblioteket" in sv
    # phone as a tel: link, shown as the organisation writes it
    assert '<a href="tel:+46771524524" dir="ltr">0771-524 524</a>' in sv
    # opening hours in words, localised
    assert "Måndag–fredag: 8.00–16.30" in sv and "Stängt på helgdagar." in sv
    en = site.read("en/hjalp/platser/sundsvall/index.html")
    assert "Monday to Friday: 08:00–16:30" in en and "The library" in en
    ar = site.read("ar/hjalp/platser/sundsvall/index.html")
    assert "من الاثنين إلى الجمعة" in ar
    # a plain map link, no embedded map
    assert 'href="https://www.openstreetmap.org/search?query=Storgatan%201' in sv
    assert "<iframe" not in sv
    # old data is visibly marked; recent data is not
    stale = re.findall(r'<article class="hjalp-place hjalp-place--stale" id="([^"]+)"', sv)
    assert stale == ["sundsvall-old"]
    assert 'från <span dir="ltr" class="hjalp-nowrap">2018-02-01</span> och kan vara gamla' \
        in sv

    for html in (sv, en, ar):
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 3
        assert all(json.loads(b)["@context"] == "https://schema.org" for b in blocks)
        assert json.loads(blocks[0])["@type"] == "GovernmentOrganization"

    index = site.read("hjalp/platser/index.html")
    assert '<a href="sundsvall/">Sundsvall</a>' in index and 'href="tel:11414"' in index
    assert "114 14" in index
    data = json.loads(site.read("hjalp/help-places.json"))
    assert {p["id"] for p in data["places"]} == {"sundsvall-kommunen", "sundsvall-test",
                                                  "sundsvall-old", "vaxholm-kommunen", "polisen"}
    # the sitemap lists the generated pages, with their other languages
    sitemap = site.read("sitemap.xml")
    for prefix in ("", "en/", "ar/"):
        assert f"{prefix}hjalp/platser/sundsvall/</loc>" in sitemap
    assert 'hreflang="ar" href="http://127.0.0.1:8000/ar/hjalp/platser/sundsvall/"' in sitemap


def test_deployer_municipality_first_on_the_start_page(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch, municipality="2281")
    home = site.read("index.html")
    assert "Hjälp i Sundsvall" in home and 'id="sundsvall-test"' in home
    assert home.index("Hjälp i Sundsvall") < home.index("Välkommen.")
    # the municipality's own contacts first, then its places
    assert home.index('href="tel:+4660191000"') < home.index('id="sundsvall-test"')
    assert 'id="sundsvall-kommunen"' not in home
    assert "Help in Sundsvall" in site.read("en/index.html")
    assert "Call the municipality" in site.read("en/index.html")


def _first(html: str) -> str:
    """The "start here" part of a municipality page."""
    return html[html.index('<section class="hjalp-first"'):html.index("</section>")]


def test_municipality_page_starts_with_the_municipality(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    sv = site.read("hjalp/platser/sundsvall/index.html")
    first = _first(sv)
    assert sv.index('class="hjalp-first"') < sv.index('id="sundsvall-test"')
    assert ('<a class="md-button md-button--primary" href="tel:+4660191000">Ring kommunen '
            '<span dir="ltr" class="hjalp-nowrap">060-19 10 00</span></a>') in first
    assert 'href="https://sundsvall.se/" dir="ltr">sundsvall.se</a>' in first
    assert 'href="mailto:sundsvalls.kommun@sundsvall.se"' in first
    assert 'href="https://www.statenssc.se/besokservicekontor"' in first
    assert "Biblioteket: du kan fråga" in first
    assert "Källa: <span lang=\"sv\" dir=\"ltr\">Wikidata via Govdirectory</span>" in first
    assert 'id="sundsvall-kommunen"' not in sv  # not a card again below
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', first,
                              re.S).group(1))
    assert ld["@type"] == "GovernmentOrganization" and ld["telephone"] == "+4660191000"
    assert 'href="../"' in sv and 'href="../#national"' in sv

    ar = site.read("ar/hjalp/platser/sundsvall/index.html")
    assert ('href="tel:+4660191000">اتصل بالبلدية <span dir="ltr" class="hjalp-nowrap">'
            '060-19 10 00</span>') in _first(ar)
    assert '<span dir="ltr" class="hjalp-nowrap">2026-04-06</span>' in _first(ar)
    assert 'dir="rtl"' in ar


def test_municipality_page_without_a_phone_says_so(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    for path, no_phone, call in (
            ("hjalp/platser/vaxholm/index.html", "Vi har inget telefonnummer till kommunen.",
             "Ring"),
            ("ar/hjalp/platser/vaxholm/index.html", "ليس لدينا رقم هاتف للبلدية.", "اتصل")):
        html = site.read(path)
        first = _first(html)
        assert no_phone in first and 'href="tel:' not in html
        contact = first[first.index('<div class="hjalp-contact">'):]
        assert call not in re.sub(r"<[^>]+>", " ", contact)
        assert 'href="https://www.vaxholm.se/"' in first and "vaxholm.se</span></a>" in first
    sv = site.read("hjalp/platser/vaxholm/index.html")
    assert "Vi känner inte till fler platser i Vaxholm än." in sv


def test_the_build_stops_on_an_alias_bomb_with_the_checks_finding(fixture_site, monkeypatch):
    """Bad help-place data stops the build with the validator's own finding, in bounded
    time and memory (an expanded bomb needs gigabytes; the build gets 1 GiB)."""
    site = _build(fixture_site, monkeypatch)
    bomb = ROOT / "tests" / "contacts" / "hostile" / "alias-bomb.yml"
    target = site.config.parent / "data" / "help-places" / "2281-sundsvall.yml"
    target.write_text(bomb.read_text(encoding="utf-8"), encoding="utf-8")
    limit = 1024 ** 3

    def bounded():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                             str(site.config)], capture_output=True, text=True, timeout=60,
                            cwd=site.config.parent, preexec_fn=bounded,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                                 "PYTHONPATH": str(ROOT / "src")})  # this tree's code
    assert time.monotonic() - start < 30
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "MemoryError" not in output
    assert "data/help-places/2281-sundsvall.yml:5: [HP-YAML-ALIAS] Filen använder ett " \
           "ankare (&a)." in output
