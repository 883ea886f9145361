"""Does ``verified`` claim that an old document was checked much later?

A place checked in a report (``method: document``) has the report's date in
``verified.date``: the page then says "Källa: Tusen vägar in, kontrollerad 2022-12-16",
and the place shows as not recently checked. An editor who gets new opening hours by
phone and moves only ``date`` to today makes the page say that the 2022 report was
checked today. :func:`check` warns (``HP-VERIFIED-SOURCE-OLD``) when the source of a
``document`` names a date more than :data:`MAX_GAP_DAYS` before ``verified.date``.

Read: ``source`` and ``source_label`` (what the page shows), as written: an ISO date
(``2022-12-16``), a year and month (``2022-12``, ``februari 2018``, ``16 december 2022``)
or a year alone (``2022``). The latest date named counts, and a month or a year counts as
its last day, so a source that also names a recent check is not warned about. Not read:
numbers inside web addresses (ids, not dates), and ``note`` (editors write there when they
looked for the number, which is not the document's date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from hjalpguide.contacts import freshness
from hjalpguide.findings import Finding, Severity

RULE = "HP-VERIFIED-SOURCE-OLD"
MAX_GAP_DAYS = 365
METHOD = "document"

_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
_YEAR = r"((?:19|20)[0-9]{2})"
_ISO_DATE = re.compile(rf"(?<![\w-]){_YEAR}-([0-9]{{2}})-([0-9]{{2}})(?![\w-])")
_ISO_MONTH = re.compile(rf"(?<![\w-]){_YEAR}-([0-9]{{2}})(?![\w-])")
_WORD_DATE = re.compile(rf"\b(?:([0-9]{{1,2}}) )?({'|'.join(_MONTHS)}) {_YEAR}\b",
                        re.IGNORECASE)
_BARE_YEAR = re.compile(rf"(?<![\w.:/-]){_YEAR}(?![\w-])")
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


def latest_date(text: str) -> tuple[dt.date, str] | None:
    """The latest date ``text`` names and how it is written there; a month or a year
    counts as its last day. None when it names none."""
    text = _WEB_ADDRESS.sub(" ", text)
    found = []
    for pattern, to_date in ((_ISO_DATE, _iso_date), (_WORD_DATE, _word_date),
                             (_ISO_MONTH, _iso_month), (_BARE_YEAR, _year)):
        for match in pattern.finditer(text):
            date = to_date(match)
            if date is not None:
                found.append((date, match.group(0)))
        text = pattern.sub(" ", text)  # a date's year is not a year of its own
    return max(found) if found else None


def _iso_date(match: re.Match) -> dt.date | None:
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _iso_month(match: re.Match) -> dt.date | None:
    return _month_end(int(match[1]), int(match[2]))


def _word_date(match: re.Match) -> dt.date | None:
    month = _MONTHS.index(match[2].lower()) + 1
    if match[1] is None:
        return _month_end(int(match[3]), month)
    try:
        return dt.date(int(match[3]), month, int(match[1]))
    except ValueError:
        return None


def _year(match: re.Match) -> dt.date:
    return dt.date(int(match[1]), 12, 31)


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])
