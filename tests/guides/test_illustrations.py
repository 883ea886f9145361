"""The illustrations are our own simple SVG pictograms: small, named, and self-contained."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from guide_pages import GUIDES

SVG = "{http://www.w3.org/2000/svg}"
FILES = sorted((GUIDES / "assets" / "illustrations").glob("*.svg"))


def test_there_are_illustrations():
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_svg_is_small_accessible_and_self_contained(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) < 3 * 1024
    root = ET.fromstring(text)
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None and len(title.text.split()) >= 3
    assert root.get("aria-labelledby") == title.get("id")
    assert "<script" not in text and "http://" not in text.replace(
        "http://www.w3.org/2000/svg", "") and "https://" not in text
