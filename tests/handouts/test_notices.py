"""A translated handout tells the paper reader what the web page tells: machine-made, the
day of the second check by machine, and for a language checked only in part
(data/translation-quality.yml) the stronger notice, in the language and in Swedish.

The fixture project's Arabic and Tigrinya pages get a second check on SECOND_CHECK and
Tigrinya is set ``limited``; the texts are the real ones from data/ui/<lang>.yml."""

from __future__ import annotations

import re

import pytest
import yaml

from handouts import pdftools
from handouts.conftest import ROOT, TODAY, make_project
from hjalpguide.handouts import build, cli, helpbox, render, sources, texts

pytestmark = pytest.mark.pdf

SECOND_CHECK = "2026-12-01"


def web_notice(lang: str, name: str) -> str:
    data = yaml.safe_load((ROOT / "data" / "ui" / f"{lang}.yml").read_text(encoding="utf-8"))
    return data["notice"][name].replace("{date}", SECOND_CHECK)


def flat(text: str) -> str:
    """One line, single spaces: pdftotext breaks lines where the layout does."""
    return re.sub(r"\s+", " ", text).strip()


def second_checked_project(tmp_path, quality: str = "ti: limited\n"):
    root = make_project(tmp_path / "project")
    for lang in ("ar", "ti"):
        page = root / "guides" / "bankid" / f"skaffa-bankid.{lang}.md"
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("  reviewed: false\n",
                                     f'  reviewed: false\n  second_check: "{SECOND_CHECK}"\n', 1),
                        encoding="utf-8")
    (root / "data" / "translation-quality.yml").write_text(quality, encoding="utf-8")
    return sources.load_project(root / "mkdocs.yml")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    project = second_checked_project(tmp_path_factory.mktemp("notices"))
    outcome = build.build(project, today=TODAY, only={"ar", "ti"},
                          kinds={sources.SINGLE, sources.BILINGUAL})
    assert outcome.findings == []
    return project


@pytest.mark.parametrize("name", ["skaffa-bankid.pdf", "skaffa-bankid.sv-ti.pdf"])
def test_a_limited_language_says_so_in_its_language_and_in_swedish(made, name):
    pdf = made.out_dir / "ti" / "bankid" / name
    reader_sheet = flat(pdftools.text(pdf, 1))
    for lang in ("ti", "sv"):
        assert flat(web_notice(lang, "second_check")) in reader_sheet, lang
        assert flat(web_notice(lang, "limited")) in reader_sheet, lang
    assert flat(texts.load(made.root, ["sv"])["sv"]["handout"]["machine"]) in reader_sheet


def test_a_language_checked_in_full_has_the_date_but_not_the_stronger_notice(made):
    for name in ("skaffa-bankid.pdf", "skaffa-bankid.sv-ar.pdf"):
        whole = flat(pdftools.text(made.out_dir / "ar" / "bankid" / name))
        assert SECOND_CHECK in whole
        assert flat(web_notice("sv", "second_check")) in whole
        assert flat(web_notice("sv", "limited")) not in whole
        assert "kontrollera en del av" not in whole


def test_the_swedish_sheet_has_no_notice(made):
    swedish = flat(pdftools.text(made.out_dir / "ti" / "bankid" / "skaffa-bankid.sv-ti.pdf", 3))
    assert SECOND_CHECK not in swedish and "Vi kunde bara" not in swedish


def test_the_date_stays_left_to_right_and_the_stronger_notice_is_its_own_box(tmp_path):
    project = second_checked_project(tmp_path)
    langs = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, langs),
                               helpbox.load(project.root, langs, TODAY), TODAY)
    [page] = {job.page.name: job.page for job in sources.plan(project)}.values()
    arabic = renderer.html(page, "ar")
    assert f'<time class="date" dir="ltr" datetime="{SECOND_CHECK}">' in arabic
    assert "notice--limited" not in arabic
    tigrinya = renderer.html(page, "ti")
    assert tigrinya.count('class="notice notice--limited"') == 1
    assert tigrinya.count('class="notice notice--machine"') == 1
    assert [n.kind for n in renderer.side(page, "ti").notices] == [
        "machine", "limited", "outdated"]


def test_the_quality_setting_is_part_of_the_input_hash(tmp_path):
    project = second_checked_project(tmp_path)
    langs = list(project.languages)
    words = texts.load(project.root, langs)
    job = next(j for j in sources.plan(project) if j.lang == "ti")
    hashes = {build._input_hash(job, project, render.Renderer(
        project, words, [], TODAY, limited=limited), "common")
        for limited in (frozenset(), frozenset({"ti"}))}
    assert len(hashes) == 2


def test_a_bad_quality_file_is_a_message_and_exit_code_2(tmp_path, capsys):
    project = second_checked_project(tmp_path, quality="ti: maybe\n")
    code = cli.main(["build", "--config", str(project.root / "mkdocs.yml"), "--lang", "ti"])
    err = capsys.readouterr().err
    assert code == 2
    assert "data/translation-quality.yml" in err and "'maybe'" in err and "Traceback" not in err


def test_a_missing_web_notice_text_names_the_file_and_key(tmp_path):
    project = second_checked_project(tmp_path)
    ui = project.root / "data" / "ui" / "ti.yml"
    data = yaml.safe_load(ui.read_text(encoding="utf-8"))
    del data["notice"]["limited"]
    ui.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    langs = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, langs), [], TODAY)
    page = next(iter(sources.plan(project))).page
    with pytest.raises(texts.TextsError) as error:
        renderer.html(page, "ti")
    assert "data/ui/ti.yml" in str(error.value) and "notice.limited" in str(error.value)
