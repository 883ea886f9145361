"""A handout's "Få hjälp" box ends with the web page's interpreter line ("Behöver du tolk?
Hjälp på ditt språk", help_links), its address printed as text in the reader's language,
in single and two-language handouts: a reader on paper who needs an interpreter learns
where to look."""

from __future__ import annotations

import re

import pytest
import yaml

from handouts import pdftools
from handouts.conftest import ROOT, TODAY, make_project
from hjalpguide.handouts import build, sources, texts

TIP = """
!!! tip "Få hjälp"
    Fråga på biblioteket. Läs också [Hjälp nära dig](../hjalp/platser/index.md).
"""
SITE = "hjalp.example.se/"


def _words(lang: str) -> dict:
    return yaml.safe_load((ROOT / "data" / "ui-help" / f"{lang}.yml").read_text(
        encoding="utf-8"))["interpreter"]


def _flat(text: str) -> str:
    """pdftotext's text on one line; an address broken after a slash joined again."""
    return re.sub(r"/ ", "/", re.sub(r"\s+", " ", text))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The fixture project with a "Få hjälp" box on its page, for Vaxholm, built."""
    root = make_project(tmp_path_factory.mktemp("interpreter"))
    for lang in ("sv", "ar", "ti"):
        page = root / "guides" / "bankid" / f"skaffa-bankid.{lang}.md"
        page.write_text(page.read_text(encoding="utf-8") + TIP, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'municipality: "2281"', 'municipality: "0187"'), encoding="utf-8")
    project = sources.load_project(config)
    outcome = build.build(project, kinds={"single", "bilingual"}, today=TODAY)
    assert not outcome.findings  # everything still fits
    return project


@pytest.mark.parametrize("lang", ["sv", "ar", "ti"])
def test_single_handout_prints_the_interpreter_line_in_the_readers_language(project, lang):
    folder = "" if lang == "sv" else f"{lang}/"
    text = _flat(pdftools.text(project.out_dir / lang / "bankid" / "skaffa-bankid.pdf"))
    words = _words(lang)
    if lang != "ar":  # poppler turns one Arabic ligature of the question around
        assert words["question"] in text
    assert words["link"] in text
    address = f"{SITE}{folder}hjalp/ditt-sprak"
    assert address in text
    if lang != "ar":  # (Arabic: pdftotext reorders the Swedish box text around it)
        # after the box's own line to the municipality, as on the web page
        assert text.index(f"{SITE}{folder}hjalp/platser/vaxholm") < text.index(address)


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_bilingual_handout_prints_it_on_both_sheets(project, lang):
    pdf = project.out_dir / lang / "bankid" / f"skaffa-bankid.sv-{lang}.pdf"
    pages = pdftools.text(pdf).split("\f")  # the reader's sheet is pages 1 and 2
    reader, swedish = _flat(" ".join(pages[:2])), _flat(" ".join(pages[2:]))
    assert f"{SITE}{lang}/hjalp/ditt-sprak" in reader and _words(lang)["link"] in reader
    assert f"{SITE}hjalp/ditt-sprak" in swedish
    assert "Behöver du tolk? Hjälp på ditt språk" in swedish
    assert f"{SITE}{lang}/hjalp/ditt-sprak" not in swedish


def test_a_new_interpreter_text_makes_that_languages_handouts_again(project):
    path = project.root / "data" / "ui-help" / "ti.yml"
    old = path.read_text(encoding="utf-8")
    link = _words("ti")["link"]
    new = old.replace(f'link: "{link}"', 'link: "ሓገዝ (tolk)"')
    assert new != old
    path.write_text(new, encoding="utf-8")
    try:
        outcome = build.build(project, kinds={"single", "bilingual"}, today=TODAY)
        changed = pdftools.text(project.out_dir / "ti/bankid/skaffa-bankid.pdf")
    finally:  # the module's other tests read the handouts made from the real texts
        path.write_text(old, encoding="utf-8")
        build.build(project, kinds={"single", "bilingual"}, only={"ti"}, today=TODAY)
    assert sorted(entry.path for entry in outcome.made) == [
        "ti/bankid/skaffa-bankid.pdf", "ti/bankid/skaffa-bankid.sv-ti.pdf"]
    assert "ሓገዝ (tolk)" in changed


def test_an_unreadable_help_text_file_is_a_finding_not_a_traceback(tmp_path):
    root = make_project(tmp_path)
    (root / "data" / "ui-help" / "ar.yml").write_text("interpreter: [\n", encoding="utf-8")
    project = sources.load_project(root / "mkdocs.yml")
    with pytest.raises(texts.TextsError) as error:
        build.build(project, kinds={"single"}, today=TODAY)
    assert "data/ui-help/" in str(error.value) and "ar.yml" in str(error.value)
