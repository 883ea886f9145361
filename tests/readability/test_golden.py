"""Golden files: tests/readability/data/<name>.md in, <name>.expected out.

The expected file holds the findings (one per line, as editors see them) and the page's
row of the summary table. To accept a deliberate change: UPDATE_GOLDEN=1 pytest tests/readability
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hjalpguide import findings, readability

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
CASES = sorted(DATA.glob("*.md"))


def render(path: Path) -> str:
    avoid = readability.load_avoid_list(ROOT / readability.AVOID_LIST)
    stats = readability.check_page(path.name, path.read_text(encoding="utf-8"), avoid)
    lines = [f.format() for f in sorted(stats.findings, key=findings.sort_key)]
    lines.append(readability.summary_table([stats]).splitlines()[-1])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden(case: Path):
    expected = case.with_suffix(".expected")
    got = render(case)
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")


def test_there_are_golden_cases():
    assert len(CASES) >= 3
