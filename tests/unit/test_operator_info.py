"""Who runs the site (hjalpguide.operator_info): the sentence in each case, escaping, the
check of the setting, and the real pages (accessibility statement, Om) in every language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hjalpguide import operator_info, ui
from hjalpguide.operator_info import MARKER, Operator

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["sv", "en", "ar", "fa", "so", "ti", "uk", "fi", "se"]
TEXTS = ui.load(ROOT, Path("data/ui"), LANGS)
SV = TEXTS["sv"]["operator"]


def test_unset_says_whom_to_ask():
    text = operator_info.paragraph(Operator(), SV)
    assert text == SV["unset"] and "kommun" in text and "bibliotek" in text


def test_name_and_address():
    text = operator_info.paragraph(Operator("Sundsvalls kommun", "kontakt@sundsvall.se"), SV)
    assert text == ('Den här webbplatsen drivs av <bdi lang="sv">Sundsvalls kommun</bdi>. '
                    "Skriv till [<bdi>kontakt@sundsvall.se</bdi>](mailto:kontakt@sundsvall.se).")


def test_address_only_and_name_only():
    assert operator_info.paragraph(Operator(email="a@b.se"), SV).startswith("Skriv till ")
    assert operator_info.paragraph(Operator(name="Biblioteket"), SV).endswith("</bdi>.")


def test_name_cannot_become_markup():
    text = operator_info.paragraph(Operator('<script>x</script> *[a](b)*'), SV)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert r"\*\[a\]\(b\)\*" in text


def test_insert_only_where_the_marker_is():
    assert operator_info.insert("Ingen markör.", Operator("X"), SV) == "Ingen markör."
    assert "drivs av" in operator_info.insert(f"A\n{MARKER}\nB", Operator("X"), SV)


@pytest.mark.parametrize("email", ["bibliotek?cc=someone@x.se", "mailto:a@b.se", "inte en adress",
                                   "a@b.se&body=hej"])
def test_bad_address_is_named_with_its_setting(email):
    problems = operator_info.check(Operator("X", email))
    assert problems and problems[0].startswith("HJALP_OPERATOR_EMAIL (operator_email): ")
    assert "→" in problems[0]


def test_long_or_multiline_name_is_refused():
    assert operator_info.check(Operator("x" * 200))
    assert operator_info.check(Operator("rad ett\nrad två"))
    assert operator_info.check(Operator("Sundsvalls kommun", "kontakt@sundsvall.se")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_the_texts(lang):
    texts = TEXTS[lang]["operator"]
    assert "{name}" in texts["runs"] and "{email}" in texts["write"] and texts["unset"]


@pytest.mark.parametrize("lang", LANGS)
def test_about_and_accessibility_pages_hold_the_marker(lang):
    for page in ("index", "tillganglighet"):
        text = (ROOT / "guides" / "om" / f"{page}.{lang}.md").read_text(encoding="utf-8")
        assert text.count(MARKER) == 1, f"{page}.{lang}.md"


def _build(tmp_path: Path, **env) -> subprocess.CompletedProcess:
    site = tmp_path / "site"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HJALP_LANGS": "ar", **env}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(site)],
                            cwd=ROOT, capture_output=True, text=True, env=environment)
    return result


@pytest.mark.build
def test_real_pages_show_the_setting_and_a_bad_one_stops_the_build(tmp_path):
    result = _build(tmp_path, HJALP_OPERATOR_NAME="Sundsvalls kommun",
                    HJALP_OPERATOR_EMAIL="kontakt@sundsvall.se")
    assert result.returncode == 0, result.stderr[-2000:]
    site = tmp_path / "site"
    for page in ("om/tillganglighet/index.html", "om/index.html",
                 "ar/om/tillganglighet/index.html", "ar/om/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert '<bdi lang="sv">Sundsvalls kommun</bdi>' in html, page
        assert 'href="mailto:kontakt@sundsvall.se"' in html, page
        assert MARKER not in html, page
    bad = _build(tmp_path, HJALP_OPERATOR_EMAIL="bibliotek?cc=someone@x.se")
    assert bad.returncode != 0 and "HJALP_OPERATOR_EMAIL" in bad.stderr
