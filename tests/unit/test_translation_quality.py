"""hjalpguide.translation_quality: languages whose translations were checked only in part."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjalpguide import translation_quality
from hjalpguide.translation import page_status

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["en", "ar", "ti", "se"]
MACHINE = {"translation": {"source_hash": "h", "method": "machine", "reviewed": False}}


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "data").mkdir(parents=True)
    (tmp_path / "data" / "translation-quality.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_no_file_or_only_comments_means_no_language(tmp_path: Path):
    assert translation_quality.limited_languages(tmp_path, LANGS) == frozenset()
    assert translation_quality.limited_languages(write(tmp_path, "# ti: limited\n"),
                                                 LANGS) == frozenset()


def test_languages_set_to_limited(tmp_path: Path):
    root = write(tmp_path, "ti: limited\nse: limited\n")
    assert translation_quality.limited_languages(root, LANGS) == {"ti", "se"}


def test_unknown_language_level_and_bad_yaml_are_findings_with_lines(tmp_path: Path):
    root = write(tmp_path, "ti: limited\nsv: limited\nse: bad\n")
    found = [(f.line, f.rule, f.field) for f in translation_quality.check(root, LANGS)]
    assert found == [(2, "TR-QUALITY", "sv"), (3, "TR-QUALITY", "se")]
    with pytest.raises(ValueError, match="translation-quality.yml:2"):
        translation_quality.limited_languages(root, LANGS)
    only_some = write(tmp_path / "d", "ti: limited\nfi: limited\n")
    assert translation_quality.limited_languages(only_some, ["ti"]) == {"ti"}
    [warning] = translation_quality.check(only_some, ["ti"])
    assert (warning.line, warning.field, warning.severity) == (2, "fi", "warning")
    broken = translation_quality.check(write(tmp_path / "b", "ti: [limited\n"), LANGS)
    assert [f.rule.startswith("TR-QUALITY") for f in broken] == [True]
    listed = translation_quality.check(write(tmp_path / "c", "- ti\n"), LANGS)
    assert [(f.line, f.rule) for f in listed] == [(1, "TR-QUALITY")]


def test_only_machine_pages_of_a_limited_language_get_the_notice():
    limited = frozenset({"ti"})
    assert page_status(MACHINE, "ti", "ti", "sv", "h", limited).notices == ["machine", "limited"]
    assert page_status(MACHINE, "ar", "ar", "sv", "h", limited).notices == ["machine"]
    human = {"translation": {"source_hash": "h", "method": "human", "reviewed": True}}
    assert page_status(human, "ti", "ti", "sv", "h", limited).notices == []
    assert page_status({}, "sv", "ti", "sv", "h", limited).notices == ["fallback"]


def test_the_project_file_is_clean():
    codes = ["en", "ar", "fa", "so", "ti", "uk", "fi", "se"]
    assert translation_quality.check(ROOT, codes) == []
