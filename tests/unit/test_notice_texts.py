"""The notice texts about machine translation, in every language (data/ui/<lang>.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hjalpguide.languages import load_languages

ROOT = Path(__file__).resolve().parents[2]
CODES = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]


@pytest.mark.parametrize("lang", CODES)
def test_second_check_text_has_one_date_place(lang: str):
    notice = yaml.safe_load((ROOT / "data" / "ui" / f"{lang}.yml").read_text("utf-8"))["notice"]
    assert notice["second_check"].count("{date}") == 1
