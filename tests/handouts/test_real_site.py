"""The real guides: every printable page's handout in every language fits on one A4 sheet
(the bilingual one on one sheet per language), has embedded fonts and the right QR code.
This is the test that fails when an editor's text (or a translation) grows too long for
one sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts import pdftools
from hjalpguide.findings import as_text
from hjalpguide.handouts import build, sources

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real(real_handouts):
    """The handouts as ``make handouts`` makes them, in build/handouts/: the shared real
    site's build made them first (as ``make site`` does; tests/conftest.py), so this build
    finds them current and only reads them back (about 1 s) instead of making all of them
    again in a folder of its own (about a minute on 2 cores). These tests start when the
    handouts are made, while MkDocs still builds the site. A handout that is missing or
    out of date is made here, as it would be by the command."""
    project = sources.load_project(ROOT / "mkdocs.yml")
    return project, build.build(project)


def test_every_real_handout_fits_on_one_sheet_per_language(real):
    project, outcome = real
    planned = sources.plan(project)
    assert {j.kind for j in planned} == {sources.SINGLE, sources.BILINGUAL}
    guides = [e for e in outcome.entries if e.kind != build.REFERRAL]
    assert planned and len(guides) == len(planned)
    assert outcome.findings == [], "\n" + as_text(outcome.findings)
    assert all(e.pages <= 2 for e in outcome.entries if e.kind == sources.SINGLE)


def test_every_municipality_has_a_one_page_referral_sheet(real):
    """290 referral sheets for the desk (issue 10), each on one A4 page."""
    _, outcome = real
    sheets = [e for e in outcome.entries if e.kind == build.REFERRAL]
    assert len(sheets) == 290
    assert all(e.pages == 1 for e in sheets), [e.path for e in sheets if e.pages != 1]


def test_every_real_handout_has_embedded_fonts(real):
    project, outcome = real
    for entry in outcome.entries:
        rows = pdftools.fonts(project.out_dir / entry.path)
        assert rows and all(row["emb"] == "yes" for row in rows), entry.path


def test_real_qr_codes_open_the_page_in_each_language(real, tmp_path):
    project, outcome = real
    first = {}
    for entry in sorted(outcome.entries, key=lambda e: e.path):
        first.setdefault(entry.language, entry)
    assert set(first) == set(project.languages) - {
        lang for lang in project.languages if not any(e.language == lang for e in outcome.entries)}
    for entry in first.values():
        assert pdftools.qr_codes(project.out_dir / entry.path, tmp_path) == [entry.url]
