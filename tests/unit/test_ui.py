from pathlib import Path

import pytest

from hjalpguide import ui

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, code: str, text: str) -> None:
    (folder / f"{code}.yml").write_text(text, encoding="utf-8")


def test_every_language_file_has_exactly_the_swedish_keys():
    codes = sorted(p.stem for p in (ROOT / "data" / "ui").glob("*.yml"))
    texts = ui.load(ROOT, Path("data/ui"), ["sv"] + [c for c in codes if c != "sv"])
    assert set(texts) == set(codes)


def test_missing_and_extra_keys_are_named(tmp_path):
    write(tmp_path, "sv", "a: 1\nb:\n  c: 2\n")
    write(tmp_path, "en", "a: 1\nb:\n  d: 2\n")
    with pytest.raises(ui.UIError) as error:
        ui.load(tmp_path, Path("."), ["sv", "en"])
    text = str(error.value)
    assert "en.yml: [UI-MISSING-KEY] b.c:" in text
    assert "en.yml: [UI-UNKNOWN-KEY] b.d:" in text


def test_missing_file_and_broken_yaml_are_findings(tmp_path):
    write(tmp_path, "sv", "a: 1\n")
    write(tmp_path, "ar", "a: [1\n")
    with pytest.raises(ui.UIError) as error:
        ui.load(tmp_path, Path("."), ["sv", "ar", "fa"])
    rules = sorted(f.rule for f in error.value.findings)
    assert rules == ["UI-MISSING-FILE", "UI-YAML"]


def test_changed_file_is_read_again(tmp_path):
    write(tmp_path, "sv", "a: 1\n")
    assert ui.load(tmp_path, Path("."), ["sv"])["sv"]["a"] == 1
    import os
    write(tmp_path, "sv", "a: 2\n")
    os.utime(tmp_path / "sv.yml", (1, 1))
    assert ui.load(tmp_path, Path("."), ["sv"])["sv"]["a"] == 2
