"""The orchestration: only changed handouts are made again; too long pages are findings;
missing WeasyPrint or fonts give a Swedish message with the install command."""

from __future__ import annotations

import builtins
import io
import json

import pytest

from handouts.conftest import TODAY, make_project
from hjalpguide.handouts import build, cli, pdf, sources

pytestmark = pytest.mark.pdf


@pytest.fixture
def project_dir(tmp_path):
    return make_project(tmp_path / "project")


def test_only_changed_handouts_are_made_again(project_dir):
    project = sources.load_project(project_dir / "mkdocs.yml")
    first = build.build(project, today=TODAY)
    assert len(first.made) == 7  # 5 handouts of the page, 2 referral sheets

    again = build.build(project, today=TODAY)
    assert again.made == [] and again.reused == 7

    page = project_dir / "guides/bankid/skaffa-bankid.ar.md"
    page.write_text(page.read_text(encoding="utf-8").replace("أمان", "سري"), encoding="utf-8")
    changed = build.build(project, today=TODAY)
    assert sorted(e.path for e in changed.made) == [
        "ar/bankid/skaffa-bankid.pdf", "ar/bankid/skaffa-bankid.sv-ar.pdf"]

    (project_dir / "guides/bankid/skaffa-bankid.ti.md").unlink()
    removed = build.build(project, today=TODAY)
    assert sorted(removed.removed) == ["ti/bankid/skaffa-bankid.pdf",
                                       "ti/bankid/skaffa-bankid.sv-ti.pdf"]
    manifest = json.loads((project.out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert {"language": "ti", "page": "bankid/skaffa-bankid"} in manifest["untranslated"]
    assert {h["path"] for h in manifest["handouts"]} == {
        "sv/bankid/skaffa-bankid.pdf", "ar/bankid/skaffa-bankid.pdf",
        "ar/bankid/skaffa-bankid.sv-ar.pdf", "sv/hanvisning/sundsvall.pdf",
        "sv/hanvisning/vaxholm.pdf"}


def test_a_stale_help_place_rebuilds_and_leaves_the_handout(project_dir):
    project = sources.load_project(project_dir / "mkdocs.yml")
    build.build(project, today=TODAY, only={"sv"})
    later = build.build(project, today=TODAY.replace(year=2027, month=11, day=15), only={"sv"})
    # the handout, and the referral sheets, which now mark their places as old
    assert sorted(e.path for e in later.made) == [
        "sv/bankid/skaffa-bankid.pdf", "sv/hanvisning/sundsvall.pdf",
        "sv/hanvisning/vaxholm.pdf"]


def test_too_long_page_is_a_finding_and_exit_code_1(project_dir, capsys):
    page = project_dir / "guides/bankid/skaffa-bankid.sv.md"
    steps = "\n".join(f"{n}. Ett steg till med en lång mening om BankID och koden."
                      for n in range(5, 90))
    page.write_text(page.read_text(encoding="utf-8") + "\n" + steps + "\n", encoding="utf-8")
    code = cli.main(["build", "--config", str(project_dir / "mkdocs.yml"), "--lang", "sv",
                     "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "guides/bankid/skaffa-bankid.sv.md: [HO-TOO-LONG] printable:" in out
    assert "Korta texten eller sätt printable: false" in out


def test_missing_font_says_how_to_install(monkeypatch):
    monkeypatch.setattr(pdf, "_font_paths", lambda family: [] if "Ethiopic" in family else ["x"])
    with pytest.raises(pdf.DependencyError) as error:
        pdf.check_dependencies()
    assert "Noto Sans Ethiopic" in str(error.value)
    assert "sudo apt-get install fonts-noto-core" in str(error.value)


def test_missing_pango_says_how_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    with pytest.raises(pdf.DependencyError) as error:
        pdf.check_dependencies()
    assert "apt-get install libpango-1.0-0" in str(error.value)


def test_cli_gives_the_message_not_a_traceback(project_dir, monkeypatch, capsys):
    def missing():
        raise pdf.DependencyError("Typsnitt saknas: Noto Sans Ethiopic.\n--> Installera med: "
                                  "sudo apt-get install fonts-noto-core")
    monkeypatch.setattr(pdf, "check_dependencies", missing)
    code = cli.main(["build", "--config", str(project_dir / "mkdocs.yml")])
    err = capsys.readouterr().err
    assert code == 2
    assert "apt-get install fonts-noto-core" in err and "Traceback" not in err


def test_cli_rejects_an_unknown_language(project_dir, capsys):
    assert cli.main(["build", "--config", str(project_dir / "mkdocs.yml"), "--lang", "xx"]) == 2
    assert "Okänt språk: xx" in capsys.readouterr().err


class _Job:
    label = "ar bankid/skaffa-bankid"


def test_progress_is_one_line_per_handout_in_a_log():
    out = io.StringIO()
    progress = cli.Progress(out)
    progress(1, 2, _Job(), 0.42)
    progress(2, 2, _Job(), 0.3)
    assert out.getvalue() == ("[1/2] ar bankid/skaffa-bankid … 0.4 s\n"
                              "[2/2] ar bankid/skaffa-bankid … 0.3 s\n")


def test_progress_updates_one_line_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    progress = cli.Progress(out)
    progress(1, 2, _Job(), 0.4)
    progress(2, 2, _Job(), 0.3)
    progress.finish()
    assert out.getvalue().count("\r") == 2 and out.getvalue().endswith("\n")
    assert out.getvalue().count("\n") == 1


def test_a_handout_that_does_not_fit_is_tried_once_more_compact(project_dir, monkeypatch):
    page = project_dir / "guides/bankid/skaffa-bankid.sv.md"
    steps = "\n".join(f"{n}. Ett steg till om BankID." for n in range(5, 30))
    page.write_text(page.read_text(encoding="utf-8") + "\n" + steps + "\n", encoding="utf-8")
    monkeypatch.setattr(build, "MAX_PAGES", {"single": 1, "bilingual": 1})
    project = sources.load_project(project_dir / "mkdocs.yml")
    outcome = build.build(project, today=TODAY, only={"ar"})
    by_kind = {entry.kind: entry for entry in outcome.entries}
    assert by_kind["single"].compact is False  # fits as it is: made once
    assert by_kind["bilingual"].compact is True  # its Swedish part was tried again, tighter
    too_long = [f for f in outcome.findings if f.rule == "HO-TOO-LONG"]
    assert len(too_long) == (1 if by_kind["bilingual"].pages > 1 else 0)
