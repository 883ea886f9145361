"""validate_contacts.py FILE… and FOLDER: only the named files' findings are shown, but
their ids are checked against every place file; --only-errors hides the warnings."""

from hjalpguide.contacts.cli import main

from .conftest import GOOD_PLACE

STALE = GOOD_PLACE.replace("date: 2026-11-01", "date: 2022-01-01")  # one warning
VAXHOLM = (GOOD_PLACE.replace('"2281"', '"0187"').replace("Sundsvall", "Vaxholm")
           .replace("sundsvall-test", "vaxholm-test"))


def run(root, *args):
    return main(["--root", str(root), "--today", "2026-11-22", *args])


def test_only_the_named_files_findings_are_shown(project, capsys):
    root = project({"2281-sundsvall.yml": STALE, "0187-vaxholm.yml": VAXHOLM})
    assert run(root, str(root / "data/help-places/0187-vaxholm.yml")) == 0
    out = capsys.readouterr().out
    assert "2281-sundsvall.yml" not in out  # the other file's warning is not shown
    assert out.strip() == "Kontrollerade 1 fil med 1 plats: inga fel."


def test_a_new_file_reusing_an_existing_id_fails_and_names_the_new_file(project, capsys):
    root = project({"2281-sundsvall.yml": GOOD_PLACE})
    new = root / "data/help-places/0187-vaxholm.yml"  # sorts before the existing file
    new.write_text(VAXHOLM.replace("vaxholm-test", "sundsvall-test"), encoding="utf-8")
    assert run(root, str(new)) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("data/help-places/0187-vaxholm.yml:5: [HP-ID-DUPLICATE]")
    assert "används redan i data/help-places/2281-sundsvall.yml:5" in lines[0]
    assert lines[-1] == "Kontrollerade 1 fil med 1 plats: 1 fel, 0 varningar."


def test_only_errors_and_a_folder_argument(project, capsys):
    root = project({"2281-sundsvall.yml": STALE, "0187-vaxholm.yml": VAXHOLM})
    folder = root / "data/help-places"
    assert run(root, str(folder)) == 0
    assert "[HP-VERIFIED-STALE] (varning)" in capsys.readouterr().out
    assert run(root, "--only-errors", str(folder)) == 0
    out = capsys.readouterr().out
    assert "HP-VERIFIED-STALE" not in out
    assert out.strip() == "Kontrollerade 2 filer med 2 platser: 0 fel, 1 varning."
    broken = folder / "0187-vaxholm.yml"
    broken.write_text(VAXHOLM.replace("kind: library", "kind: libary"), encoding="utf-8")
    assert run(root, "--only-errors", str(folder)) == 1
    out = capsys.readouterr().out
    assert "[HP-CHOICE]" in out and "HP-VERIFIED-STALE" not in out
    assert run(root, str(root / "data/empty-folder-that-does-not-exist")) == 2
