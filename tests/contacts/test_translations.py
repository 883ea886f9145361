"""Translations of the help places' texts (data/help-places/translations/<lang>.yml)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

from hjalpguide.contacts import cli, jsonld, translations
from hjalpguide.contacts.validate import load_places, validate_tree
from hjalpguide.findings import errors

from .conftest import GOOD_PLACE, LANGS, ROOT, TODAY

PLACE = GOOD_PLACE.replace(
    "    kind: library\n",
    "    kind: library\n    description: Hjälp med datorn.\n").replace(
    '        display: "0771-524 524"\n',
    '        display: "0771-524 524"\n        description: När det inte är akut.\n')

ARABIC = textwrap.dedent("""\
    language: ar
    translation:
      method: machine
      reviewed: false
    texts:
      - sv: Hjälp med   datorn.
        ar: مساعدة في الكمبيوتر.
      - sv: När det inte är akut.
        ar: عندما لا يكون الأمر طارئًا.
      - sv: Testbiblioteket
        ar: مكتبة الاختبار
    """)


def make(project, translation_files: dict[str, str], place: str = PLACE) -> Path:
    root = project({"2281-sundsvall.yml": place})
    folder = root / "data" / "help-places" / "translations"
    folder.mkdir()
    for name, text in translation_files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def check(root: Path):
    data = root / "data"
    return validate_tree(data / "help-places", data / "kommuner.csv", LANGS, TODAY,
                         shown_from=root)


def the_place(root: Path):
    places, findings = load_places(root, LANGS, TODAY)
    return places[0], findings


def test_texts_are_found_by_their_swedish_text_in_every_field(project):
    root = make(project, {"ar.yml": ARABIC})
    assert check(root).findings == []
    place, _ = the_place(root)
    assert place.text("description", "ar").text == "مساعدة في الكمبيوتر."
    assert place.text("description", "ar").lang == "ar"
    assert translations.key("  När det\n inte är akut. ") == "När det inte är akut."
    assert [p.description for p in place.phones] == [
        {"ar": "عندما لا يكون الأمر طارئًا.", "sv": "När det inte är akut."}]
    # a text written in the place file wins; other languages still fall back to Swedish
    assert place.text("name", "en").text == "The test library"
    assert place.text("name", "ar").text == "مكتبة الاختبار"
    assert place.text("description", "fa").lang == "sv"
    # the open data says which languages are translations, and how they were made
    assert place.translated == (("ar", "machine"),)
    item = jsonld.open_data([place], TODAY)["places"][0]
    assert item["translated"] == {"ar": {"method": "machine", "source": "sv"}}
    assert item["description"] == {"ar": "مساعدة في الكمبيوتر.", "sv": "Hjälp med datorn."}


def test_a_changed_swedish_text_falls_back_to_swedish_and_both_ends_are_named(project):
    root = make(project, {"ar.yml": ARABIC},
                PLACE.replace("description: Hjälp med datorn.", "description: Hjälp med mobilen."))
    result = check(root)
    assert errors(result.findings) == []
    missing = [f for f in result.findings if f.rule == "HP-TR-MISSING"]
    unused = [f for f in result.findings if f.rule == "HP-TR-UNUSED"]
    assert [(f.path, f.line, f.field) for f in missing] == [
        ("data/help-places/2281-sundsvall.yml", 10, "places[0].description")]
    assert "ar" in missing[0].message and "ar.yml" in missing[0].fix
    assert [(f.path, f.line, f.field) for f in unused] == [
        ("data/help-places/translations/ar.yml", 6, "texts[0].sv")]
    assert "sv:" in unused[0].fix
    place, _ = the_place(root)
    assert place.text("description", "ar").text == "Hjälp med mobilen."
    assert place.text("description", "ar").lang == "sv"


def test_a_language_without_a_file_gets_no_warnings_and_names_are_not_asked_for(project):
    root = make(project, {"ar.yml": ARABIC.replace(
        "  - sv: Testbiblioteket\n    ar: مكتبة الاختبار\n", "")})
    assert check(root).findings == []  # the name is a proper name: no HP-TR-MISSING


def test_bad_translation_files_are_explained_with_line_and_field(project):
    broken = textwrap.dedent("""\
        language: fa
        translation:
          method: google
        texts:
          - sv: Hjälp med datorn.
            ar: fel språk
          - sv: När det inte är akut.
            ar: ""
          - sv: När det inte är akut.
            ar: "باز \u200eهم"
          - bara text
        """)
    result = check(make(project, {"ar.yml": broken, "xx.yml": ARABIC}))
    found = {(f.path.rsplit("/", 1)[-1], f.line, f.rule, f.field) for f in result.findings}
    assert ("ar.yml", 1, "HP-TR-LANGUAGE", "language") in found
    assert ("ar.yml", 3, "HP-TR-METHOD", "translation.method") in found
    assert ("ar.yml", 2, "HP-TR-METHOD", "translation.reviewed") in found
    assert ("ar.yml", 8, "HP-TR-ENTRY", "texts[1].ar") in found
    assert ("ar.yml", 10, "HP-INVISIBLE", "texts[2].ar") in found
    assert ("ar.yml", 11, "HP-TR-ENTRY", "texts[3]") in found
    assert ("xx.yml", 1, "HP-TR-FILE", "") in found
    assert all(f.message and f.fix for f in result.findings)


def test_persian_zero_width_non_joiner_is_allowed_but_a_swedish_text_twice_is_not(project):
    persian = ARABIC.replace("language: ar", "language: fa").replace("    ar: ", "    fa: ")
    persian = persian.replace("مساعدة في الكمبيوتر.", "می\u200cتوانید")
    persian += "  - sv: Hjälp med datorn.\n    fa: دوباره\n"
    result = check(make(project, {"fa.yml": persian}))
    assert [(f.rule, f.line) for f in result.findings] == [("HP-TR-DUPLICATE", 12)]


def test_a_number_changed_in_translation_is_named(project):
    changed = ARABIC.replace("عندما لا يكون الأمر طارئًا.", "اتصل بالرقم 114 15.")
    result = check(make(project, {"ar.yml": changed}))
    [finding] = result.findings
    assert (finding.rule, finding.line, finding.field) == ("HP-TR-NUMBER", 9, "texts[1].ar")
    assert "114 15" in finding.message and finding.fix


def test_the_command_checks_translations_with_the_folder_or_when_named(project, capsys):
    root = make(project, {"ar.yml": ARABIC.replace("method: machine", "method: maybe")})
    assert cli.main(["--root", str(root)]) == 1
    assert "HP-TR-METHOD" in capsys.readouterr().out
    named = str(root / "data" / "help-places" / "translations" / "ar.yml")
    assert cli.main(["--root", str(root), named]) == 1
    out = capsys.readouterr().out
    assert "translations/ar.yml:3: [HP-TR-METHOD]" in out and "HP-REQUIRED" not in out


def test_the_command_with_fix_still_compares_with_every_text(project, capsys):
    root = make(project, {"ar.yml": ARABIC})
    assert cli.main(["--root", str(root), "--fix"]) == 0
    assert "HP-TR" not in capsys.readouterr().out


def test_the_real_translations_cover_every_text_and_are_marked_machine_made():
    result = check(ROOT)
    problems = [f.format() for f in result.findings if f.rule.startswith("HP-TR")
                or f.path.startswith("data/help-places/translations")]
    assert problems == []
    folder = ROOT / "data" / "help-places" / "translations"
    found = sorted(path.stem for path in folder.glob("*.yml"))
    assert found == sorted(lang for lang in LANGS if lang != "sv")
    for path in folder.glob("*.yml"):
        info = yaml.safe_load(path.read_text(encoding="utf-8"))["translation"]
        assert info == {"method": "machine", "reviewed": False}, path
