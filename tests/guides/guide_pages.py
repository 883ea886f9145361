"""The Swedish guide pages of issue 4, for the tests in this folder."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "guides"
#: The topics written in issue 4 (hjalp/platser/ is generated from the help-place data).
TOPICS = ["bankid", "skanna", "blanketter", "hjalp-fran-andra", "hjalp", "ordlista"]


def topic_pages() -> list[Path]:
    pages = []
    for topic in TOPICS:
        pages += [p for p in sorted((GUIDES / topic).glob("*.sv.md"))]
    return pages


def split(path: Path) -> tuple[dict, str, int]:
    """Front matter, body, and the line number where the body starts."""
    text = path.read_text(encoding="utf-8")
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body, meta.count("\n") + 3


def page_id(path: Path) -> str:
    return str(path.relative_to(GUIDES))
