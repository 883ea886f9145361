"""The editor's try (issue 11): a new place whose Swedish description has no translation
yet. The check passes with one HP-TR-MISSING warning; the strict build publishes through
it, and the Arabic page shows the text in Swedish, marked lang="sv"; a real error still
stops the strict build."""

import re
import shutil
import textwrap

import pytest

from hjalpguide.contacts.cli import main

from .conftest import ROOT
from .test_site_build import HOME, NATIONAL

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
        url: https://sundsvall.se/
        verified:
          date: 2026-11-01
          method: web
          source: https://sundsvall.se/
    """)

NEW_PLACE = textwrap.indent(textwrap.dedent("""\
      - id: sundsvall-nya-biblioteket
        name: Nya biblioteket
        kind: library
        description: Hjälp med e-tjänster varje tisdag förmiddag.
        verified:
          date: 2026-11-20
          method: phone
          source: Samtal med biblioteket 2026-11-20
    """), "  ")
TRANSLATIONS = textwrap.dedent("""\
    language: {lang}
    translation:
      method: machine
      reviewed: false
    texts: []
    """)


def _project(fixture_site, monkeypatch, places: str):
    site = fixture_site({"index.sv.md": HOME}, languages=("sv", "en", "ar"))
    root = site.config.parent
    folder = root / "data" / "help-places"
    (folder / "translations").mkdir(parents=True)
    (folder / "2281-sundsvall.yml").write_text(places, "utf-8")
    (folder / "national.yml").write_text(NATIONAL, "utf-8")
    for lang in ("en", "ar"):
        (folder / "translations" / f"{lang}.yml").write_text(
            TRANSLATIONS.format(lang=lang), "utf-8")
    shutil.copy(ROOT / "data" / "kommuner.csv", root / "data" / "kommuner.csv")
    for name in ("ui-help", "ui-handouts"):
        shutil.copytree(ROOT / "data" / name, root / "data" / name)
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    return site, root


def test_new_place_with_a_missing_translation_builds_and_shows_swedish(
        fixture_site, monkeypatch, capsys):
    site, root = _project(fixture_site, monkeypatch, MUNICIPALITY + NEW_PLACE)
    assert main(["--root", str(root), "--today", "2026-11-22"]) == 0
    missing = [line for line in capsys.readouterr().out.splitlines()
               if "[HP-TR-MISSING]" in line]
    assert len(missing) == 1 and missing[0].startswith("data/help-places/2281-sundsvall.yml:")
    assert "places[1].description" in missing[0] and "ar" in missing[0]
    result = site.build(strict=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Aborted" not in result.stderr
    ar = site.read("ar/hjalp/platser/sundsvall/index.html")
    shown = re.search(r'<p[^>]*>Hjälp med e-tjänster varje tisdag förmiddag\.</p>', ar)
    assert shown and 'lang="sv"' in shown.group(0), shown


def test_a_real_error_still_stops_the_strict_build(fixture_site, monkeypatch):
    broken = MUNICIPALITY + NEW_PLACE.replace("kind: library", "kind: libary")
    site, _root = _project(fixture_site, monkeypatch, broken)
    result = site.build(strict=True)
    assert result.returncode != 0
    assert "HP-CHOICE" in result.stdout + result.stderr
