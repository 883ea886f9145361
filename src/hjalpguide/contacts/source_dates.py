"""Does ``verified`` claim that an old document was checked much later?

A place checked in a report (``method: document``) has the report's date in
``verified.date``: the page then says "Källa: Tusen vägar in, kontrollerad 2022-12-16",
and the place shows as not recently checked. An editor who gets new opening hours by
phone and moves only ``date`` to today makes the page say that the 2022 report was
checked today. :func:`check` warns (``HP-VERIFIED-SOURCE-OLD``) when the source of a
``document`` names a date more than :data:`MAX_GAP_DAYS` before ``verified.date``.

Read: ``source`` and ``source_label`` (what the page shows), as written: an ISO date
(``2022-12-16``), a date in words (``16 december 2022``), a year and month (``2022-12``,
``februari 2018``) or a year alone (``2022``). The latest date named counts, and a month
or a year counts as its last day, so a source that also names a recent check is not warned
about. Not read:
numbers inside web addresses (ids, not dates), and ``note`` (editors write there when they
looked for the number, which is not the document's date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from hjalpguide.contacts import freshness
from hjalpguide.findings import Finding, Severity

RULE = "HP-VERIFIED-SOURCE-OLD"
MAX_GAP_DAYS = 365
METHOD = "document"

_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
#: A year, then what is written around it: "-12-16" or "-12" after, "16 december " before.
_YEAR = re.compile(r"(?<![\w.:/-])(?:19|20)[0-9]{2}(?!\w)")
_AFTER = re.compile(r"-([0-9]{2})(?:-([0-9]{2}))?(?![\w-])")
_BEFORE = re.compile(rf"(?:(?<![0-9])([0-9]{{1,2}}) )?\b({'|'.join(_MONTHS)}) $", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S*|\S+/\S*", re.IGNORECASE)


def check(verified: dict, where: tuple[str, int, str]) -> list[Finding]:
    """A warning when a ``document`` source is much older than ``verified.date``.

    ``where`` is (file, line, field) of ``verified.method``."""
    checked = freshness.parse_date(verified.get("date"))
    if verified.get("method") != METHOD or checked is None:
        return []
    texts = [verified.get(key) for key in ("source", "source_label")]
    named = [found for text in texts if isinstance(text, str)
             if (found := latest_date(text)) is not None]
    if not named:
        return []
    document_date, written = max(named)
    if (checked - document_date).days <= MAX_GAP_DAYS:
        return []
    path, line, field = where
    return [Finding(
        path, line, RULE,
        f"Källan är en handling från {written}, men verified.date är {checked}. Sidan "
        f"säger då att handlingen kontrollerades {checked}, fast uppgifterna i den är "
        f"från {written}.",
        "Skriv hur du själv kontrollerade uppgifterna: ringde du, skriv method: phone och "
        f"source: Samtal med platsen {checked}. Läste du på platsens webbplats, skriv "
        "method: web och sidans webbadress i source. Har du bara läst handlingen, skriv "
        f"tillbaka handlingens datum i date ({written}).",
        field, Severity.WARNING)]


@functools.lru_cache(maxsize=4096)
def latest_date(text: str) -> tuple[dt.date, str] | None:
    """The latest date ``text`` names and how it is written there; a month or a year
    counts as its last day. None when it names none."""
    if "/" in text or "www." in text.lower():
        text = _WEB_ADDRESS.sub(" ", text)
    found = []
    for year in _YEAR.finditer(text):
        date, written = _date(text, year)
        if date is not None:
            found.append((date, written))
    return max(found) if found else None


def _date(text: str, year: re.Match) -> tuple[dt.date | None, str]:
    """The date written around one year; a month or a year alone counts as its last day."""
    after = _AFTER.match(text, year.end())
    before = _BEFORE.search(text[max(0, year.start() - 16):year.start()])
    if after:
        month, day, written = after[1], after[2], year[0] + after[0]
    elif text.startswith("-", year.end()):
        return None, ""  # "2022-1", "2022-12-16-3": not a date
    elif before:
        month, day = _MONTHS.index(before[2].lower()) + 1, before[1]
        written = before[0] + year[0]
    else:
        month, day, written = 12, None, year[0]
    number, month = int(year[0]), int(month)
    try:
        last = calendar.monthrange(number, month)[1] if 1 <= month <= 12 else 0
        return dt.date(number, month, int(day) if day else last), written
    except ValueError:
        return None, ""
