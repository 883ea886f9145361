"""The facts in a tiny real site: the "Fakta kontrollerade" date and the sources on a
Swedish page, on its translation and on a fallback page, the stale notice, and a missing
id stopping the build."""

from __future__ import annotations

import textwrap

import pytest

pytestmark = pytest.mark.build

REGISTER = """\
facts:
  - id: bankid-skaffa-alder
    claim: Du måste vara 18 år.
    source:
      title: BankID – Skaffa BankID
      url: https://www.bankid.com/privat/skaffa-bankid
      kind: organisation
    checked: 2026-11-20
  - id: bankid-skaffa-bank
    claim: Du skaffar BankID hos din bank.
    source:
      title: BankID – Skaffa BankID
      url: https://www.bankid.com/privat/skaffa-bankid
      kind: organisation
    checked: 2026-12-01
  - id: bankid-skaffa-forum
    claim: Många banker har BankID.
    source:
      title: Konsumenternas – BankID
      url: https://www.konsumenternas.se/bankid
      kind: secondary
    checked: 2026-12-02
  - id: bankid-gammal
    claim: Ett gammalt faktum.
    source:
      title: Gammal källa
      url: https://example.se/gammal
      kind: organisation
    checked: 2025-01-10
"""

PAGES = {
    "index.sv.md": "---\ntitle: Start\nfacts: []\n---\n# Start\n\nVälkommen.\n",
    "index.ar.md": "---\ntitle: البداية\n---\n# البداية\n\nمرحبا.\n",
    "bankid/skaffa.sv.md": """\
        ---
        title: Skaffa BankID
        facts: [bankid-skaffa-bank, bankid-skaffa-alder, bankid-skaffa-forum]
        ---
        # Skaffa BankID

        Gå till banken.
        """,
    "bankid/skaffa.ar.md": """\
        ---
        title: الحصول على BankID
        translation:
          source_hash: "0000000000000000"
          method: machine
          reviewed: false
        ---
        # الحصول على BankID

        اذهب إلى البنك.
        """,
    "bankid/gammal.sv.md": """\
        ---
        title: Gammal sida
        facts: [bankid-gammal, bankid-skaffa-bank]
        ---
        # Gammal sida

        Text.
        """,
}


def make_site(tmp, pages, register=REGISTER):
    from conftest import FixtureSite

    site = FixtureSite(tmp, pages, ["sv", "ar"])
    (tmp / "data").mkdir(exist_ok=True)
    (tmp / "data" / "facts.yml").write_text(register, encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("facts-site"), PAGES)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HJALP_TODAY", "2026-12-05")  # the build's date: one fact is stale
        result = site.build()
    assert result.returncode == 0, result.stderr
    return site


def footer(html: str) -> str:
    return html.split('<footer class="hjalp-sources">', 1)[1].split("</footer>", 1)[0]


def test_swedish_page_shows_oldest_check_and_each_source_once(built):
    part = footer(built.read("bankid/skaffa/index.html"))
    assert "Fakta kontrollerade" in part
    assert '<time datetime="2026-11-20" dir="ltr">2026-11-20</time>' in part
    assert part.count("https://www.bankid.com/privat/skaffa-bankid") == 1
    assert part.index("bankid.com") < part.index("konsumenternas.se")  # the facts' order
    assert "Konsumenternas – BankID</a> (andrahandskälla)" in part
    assert "BankID – Skaffa BankID</a> (" not in part
    assert "hjalp-notice--stale" not in built.read("bankid/skaffa/index.html")


def test_translated_page_takes_the_swedish_pages_facts(built):
    html = built.read("ar/bankid/skaffa/index.html")
    part = footer(html)
    assert "تم التحقق من المعلومات" in part and "2026-11-20" in part
    assert "Konsumenternas – BankID</a> (مصدر ثانوي)" in part


def test_fallback_page_shows_the_swedish_facts_in_swedish(built):
    part = footer(built.read("ar/bankid/gammal/index.html"))
    assert "Fakta kontrollerade" in part and "2025-01-10" in part


def test_page_with_a_fact_older_than_a_year_says_so(built):
    sv = built.read("bankid/gammal/index.html")
    assert "hjalp-notice--stale" in sv
    assert "kontrollerades för mer än ett år sedan" in sv
    ar = built.read("ar/bankid/gammal/index.html")  # a fallback: the notice in Arabic
    assert "منذ أكثر من سنة" in ar


def test_page_without_facts_has_no_sources_or_date(built):
    assert 'class="hjalp-sources"' not in built.read("index.html")
    assert 'class="hjalp-sources"' not in built.read("ar/index.html")


def test_a_cited_id_missing_from_the_register_stops_the_build(tmp_path):
    pages = {"index.sv.md": "---\ntitle: Start\nfacts:\n  - bankid-finns-inte\n---\n# Start\n"}
    result = make_site(tmp_path, pages, "facts: []\n").build()
    assert result.returncode != 0
    assert ("guides/index.sv.md:3: [FACT-MISSING] facts: Faktumet 'bankid-finns-inte' finns "
            "inte i data/facts.yml. → Lägg till faktumet i data/facts.yml eller ta bort id:t"
            ) in result.stderr


def test_an_error_in_the_register_stops_the_build(tmp_path):
    register = textwrap.dedent("""\
        facts:
          - id: bankid-a
            claim: X.
            source: {title: A, url: http://a.se, kind: organisation}
            checked: 2026-11-20
        """)
    result = make_site(tmp_path, {"index.sv.md": "---\ntitle: Start\n---\n# Start\n"},
                       register).build()
    assert result.returncode != 0
    assert "data/facts.yml:4: [FACT-URL] facts[0].source.url:" in result.stderr


def test_old_checked_and_sources_keys_are_refused(tmp_path):
    page = "---\ntitle: Start\nchecked: 2026-11-20\n---\n# Start\n"
    result = make_site(tmp_path, {"index.sv.md": page}, "facts: []\n").build()
    assert result.returncode != 0
    assert "[FM-COMPUTED] checked:" in result.stderr
    assert "Skriv fakta i data/facts.yml och lista deras id under facts:" in result.stderr

