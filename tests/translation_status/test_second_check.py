"""The translation status shows the second check by machine (translation.second_check)."""

from __future__ import annotations

from hjalpguide.translation_status import build_report, render

from .conftest import DATA


def test_second_check_is_counted_and_listed_but_the_page_stays_unreviewed():
    report = build_report(DATA / "letters", only=["en", "ar"])
    pages = {p.lang: p for p in report.pages}
    assert pages["en"].second_check == "2026-12-05" and pages["en"].reviewed is False
    assert pages["ar"].second_check is None
    assert render.counts(report.pages_of("en"))["second_check"] == 1
    text = render.as_text(report, list_unreviewed=True)
    assert ("guides/beslut.en.md: ej granskad av en person (andra kontroll av en dator "
            "2026-12-05)") in text
    assert "guides/beslut.ar.md: ej granskad av en person\n" in text
