"""The glossary inside a real build: tooltips on guide pages, the word list on the ordlista page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.build
ROOT = Path(__file__).resolve().parents[2]

GLOSSARY_SV = """\
ombud:
  term: ombud
  forms: [ombud]
  explanation: En person som får sköta ett ärende åt dig.
beslut:
  term: beslut
  explanation: Det som en myndighet har bestämt.
"""
GLOSSARY_EN = """\
ombud:
  term: representative
  forms: [representative]
  explanation: Someone who may act for you.
"""

PAGES = {
    "index.sv.md": "# Start\n\nHej.\n",
    "index.en.md": "# Home\n\nHello.\n",
    "fullmakt.sv.md": "# Fullmakt\n\nGe ditt ombud en fullmakt.\n",
    "fullmakt.en.md": "# Power of attorney\n\nGive your representative a power of attorney.\n",
    "ordlista/index.sv.md": "# Ordlista\n\n<!-- hjalp: ordlista -->\n",
}


def test_tooltips_and_word_list_per_language(fixture_site):
    site = fixture_site(PAGES, languages=("sv", "en"))
    # The project's other data (UI texts, municipalities), no help places, a small glossary.
    data = site.config.parent / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("glossary", "help-places"))
    (data / "help-places").mkdir()
    folder = data / "glossary"
    folder.mkdir()
    (folder / "sv.yml").write_text(GLOSSARY_SV, encoding="utf-8")
    (folder / "en.yml").write_text(GLOSSARY_EN, encoding="utf-8")
    result = site.build()
    assert result.returncode == 0, result.stderr

    sv = site.read("fullmakt/index.html")
    assert '<abbr title="En person som får sköta ett ärende åt dig.">ombud</abbr>' in sv
    en = site.read("en/fullmakt/index.html")
    assert '<abbr title="Someone who may act for you.">representative</abbr>' in en

    # the same words listed at the end, for touch screens and keyboards (no hover there)
    listed = sv.split('<details class="hjalp-words">', 1)[1].split("</details>", 1)[0]
    assert "Ord på sidan (1)" in listed
    assert "<dt>ombud</dt>" in listed and "En person som får sköta" in listed
    assert "beslut" not in listed  # not used on this page
    assert 'href="../ordlista/"' in listed
    listed_en = en.split('<details class="hjalp-words">', 1)[1].split("</details>", 1)[0]
    assert "Words on this page (1)" in listed_en and "<dt>representative</dt>" in listed_en
    assert site.read("index.html").count("hjalp-words") == 0  # no glossary word: no list

    words = site.read("ordlista/index.html")
    assert "hjalp-words" not in words
    assert 'id="beslut"' in words and 'id="ombud"' in words
    assert words.index('id="beslut"') < words.index('id="ombud"')
    # The English fallback of the Swedish-only glossary page shows the Swedish words.
    fallback = site.read("en/ordlista/index.html")
    assert "En person som får sköta ett ärende åt dig." in fallback
