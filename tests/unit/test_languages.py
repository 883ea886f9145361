from pathlib import Path

import material

from hjalpguide.languages import load_languages

ROOT = Path(__file__).resolve().parents[2]
MATERIAL = Path(material.__file__).parent / "templates" / "partials" / "languages"


def test_the_one_list_of_languages_is_read_from_mkdocs_yml():
    codes = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
    assert codes == ["sv", "en", "ar", "fa", "so", "ti", "uk", "fi", "se"]


def test_every_language_has_ui_texts_and_material_interface_texts():
    for lang in load_languages(ROOT / "mkdocs.yml"):
        assert (ROOT / "data" / "ui" / f"{lang.code}.yml").is_file(), lang.code
        ours = ROOT / "overrides" / "partials" / "languages" / f"{lang.code}.html"
        assert ours.is_file() or (MATERIAL / f"{lang.code}.html").is_file(), lang.code


def test_our_material_translations_are_not_english():
    english = (MATERIAL / "en.html").read_text(encoding="utf-8")
    english_strings = {line.split(":", 1)[1].strip() for line in english.splitlines()
                       if line.strip().startswith('"') and ":" in line}
    technical = {'"en",', '"ltr",', '"stopWordFilter",', '"[\\\\s\\\\-]+",'}
    for path in (ROOT / "overrides" / "partials" / "languages").glob("*.html"):
        strings = {line.split(":", 1)[1].strip() for line in path.read_text(encoding="utf-8")
                   .splitlines() if line.strip().startswith('"') and ":" in line}
        same = (strings & english_strings) - technical
        assert len(same) <= 3, f"{path.name} still has English strings: {sorted(same)[:10]}"
