"""The real guides: every printable page's single handout in every language fits on one
A4 sheet, has embedded fonts and the right QR code. This is the test that fails when an
editor's text (or a translation) grows too long for one sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts import pdftools
from hjalpguide.findings import as_text
from hjalpguide.handouts import build, sources

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    project = sources.load_project(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("real"))
    return project, build.build(project, kinds={sources.SINGLE})


def test_every_real_handout_fits_on_one_sheet(real):
    project, outcome = real
    planned = [j for j in sources.plan(project) if j.kind == sources.SINGLE]
    assert planned and len(outcome.entries) == len(planned)
    assert outcome.findings == [], "\n" + as_text(outcome.findings)


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
