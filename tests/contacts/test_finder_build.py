"""Builds a tiny real site and checks "Hjälp nära dig" (the finder, the counties, every
municipality with a page two links away), the postal-code file and the deployer's
municipality behind the guides' "Få hjälp" links."""

import gzip
import json
import re
import shutil
import textwrap

import pytest

from hjalpguide.contacts import finder

from .conftest import ROOT

pytestmark = pytest.mark.build


def _municipality(code: str, name: str, slug: str) -> str:
    return textwrap.dedent(f"""\
        municipality:
          code: "{code}"
          name: {name}
        places:
          - id: {slug}-kommun
            name: {name}s kommun
            kind: municipality
            url: https://www.{slug}.se
            verified: {{date: 2026-04-06, method: document, level: secondary, source: Wikidata}}
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

    [Hjälp nära dig](hjalp/platser/index.md)
    """
GUIDE = """\
    ---
    title: En guide
    ---

    # En guide

    Läs [Hjälp nära dig](../hjalp/platser/index.md).

    !!! tip "Få hjälp"
        Fråga en person. [Hjälp nära dig](../hjalp/platser/index.md)
    """
PLACES = {"1280-malmo.yml": ("1280", "Malmö", "malmo"),
          "2281-sundsvall.yml": ("2281", "Sundsvall", "sundsvall"),
          "0187-vaxholm.yml": ("0187", "Vaxholm", "vaxholm")}


def _build(fixture_site, monkeypatch, municipality=""):
    site = fixture_site({"index.sv.md": HOME, "guide/index.sv.md": GUIDE},
                        languages=("sv", "en", "ar"))
    root = site.config.parent
    folder = root / "data" / "help-places"
    folder.mkdir(parents=True)
    for name, args in PLACES.items():
        (folder / name).write_text(_municipality(*args), "utf-8")
    (folder / "national.yml").write_text(NATIONAL, "utf-8")
    for name in ("kommuner.csv", "postnummer.csv"):
        shutil.copy(ROOT / "data" / name, root / "data" / name)
    for name in ("ui-help", "ui-handouts"):
        shutil.copytree(ROOT / "data" / name, root / "data" / name)
    if municipality:
        text = site.config.read_text(encoding="utf-8")
        option = rf'\1      municipality: "{municipality}"\n'
        site.config.write_text(re.sub(r"(\n\s+ui_dir: .*\n)", option, text, count=1),
                               encoding="utf-8")
    monkeypatch.setenv("HJALP_TODAY", "2026-12-05")
    result = site.build()
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_the_index_lists_counties_then_municipalities(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    for prefix in ("", "en/", "ar/"):
        html = site.read(f"{prefix}hjalp/platser/index.html")
        # the finder is there, hidden until its script runs, with a real label
        assert re.search(r'<form class="hjalp-finder" id="hjalp-finder" role="search" hidden', html)
        assert '<label for="hjalp-finder-q">' in html and 'role="status"' in html
        postal = "../../../hjalp/postnummer.json" if prefix else "../postnummer.json"
        assert f'data-postal="{postal}"' in html
        # counties as jump links, in code order, each to its section
        jumps = re.findall(r'<li><a href="#lan-(\d\d)">([^<]+)</a></li>', html)
        assert jumps == [("01", "Stockholms län"), ("12", "Skåne län"),
                         ("22", "Västernorrlands län")]
        for code, _ in jumps:
            assert f'<h3 id="lan-{code}" lang="sv">' in html
        assert '<li data-code="1280" data-k="malmo"><a href="malmo/">Malmö</a></li>' in html
        assert html.index("hjalp-counties") < html.index('href="malmo/"') < html.index(
            'id="national"')
        assert 'href="tel:11414"' in html  # the national lines are still there
    assert "أين تسكن؟" in site.read("ar/hjalp/platser/index.html")
    assert "Var bor du?" in site.read("hjalp/platser/index.html")
    for slug in ("malmo", "sundsvall", "vaxholm"):
        assert f"hjalp/platser/{slug}/index.html" in site.files()


def test_the_postal_file_is_built_once_and_is_small(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    files = site.files()
    assert "hjalp/postnummer.json" in files
    assert not [f for f in files if f.endswith("postnummer.json") and f != "hjalp/postnummer.json"]
    text = site.read("hjalp/postnummer.json")
    assert finder.decode(json.loads(text))["21120"] == "1280"
    assert len(gzip.compress(text.encode(), 9)) <= 30 * 1024
    # the page itself does not carry the codes: they load only when the reader types digits
    assert "21120" not in site.read("hjalp/platser/index.html")


def test_help_boxes_lead_to_the_deployers_municipality(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch, municipality="2281")
    for prefix in ("", "ar/"):
        html = site.read(f"{prefix}guide/index.html")
        box = html[html.index('class="admonition tip"'):]
        assert 'href="../hjalp/platser/sundsvall/"' in box
        # the link in the text outside the box still goes to the list of all
        assert 'Läs <a href="../hjalp/platser/">' in html


def test_without_a_deployer_the_help_boxes_lead_to_the_list(fixture_site, monkeypatch):
    site = _build(fixture_site, monkeypatch)
    html = site.read("guide/index.html")
    assert "platser/sundsvall/" not in html
    assert html[html.index('class="admonition tip"'):].count('href="../hjalp/platser/"') == 1
