"""How fresh a place's information is, from its ``verified.date``.

- a date in the future is an error (a typo, or a date not yet reached);
- older than :data:`WARN_AFTER_DAYS` (about 6 months): a warning to check it again soon;
- older than :data:`STALE_AFTER_DAYS` (12 months): the site marks the place "not recently
  checked" and the handouts leave it off (:func:`is_recently_verified`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from hjalpguide.findings import Finding, Severity

WARN_AFTER_DAYS = 183
STALE_AFTER_DAYS = 365


def parse_date(value) -> dt.date | None:
    """A date from YAML (already a date) or from text written as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def verified_date(place) -> dt.date | None:
    """The date a place was checked; ``place`` is a data mapping or a model ``Place``."""
    if isinstance(place, Mapping):
        verified = place.get("verified")
        return parse_date(verified.get("date")) if isinstance(verified, Mapping) else None
    return getattr(place, "verified_on", None)


def age_in_days(place, today: dt.date) -> int | None:
    checked = verified_date(place)
    return None if checked is None else (today - checked).days


def is_recently_verified(place, today: dt.date) -> bool:
    """True when the place was checked within the last 12 months (and not in the future).

    Handouts show only such places; the site shows the others with a visible warning.
    """
    age = age_in_days(place, today)
    return age is not None and 0 <= age <= STALE_AFTER_DAYS


def check(value, where: tuple[str, int, str], today: dt.date) -> list[Finding]:
    """Findings for one ``verified.date`` value; ``where`` is (file, line, field)."""
    path, line, field = where
    checked = parse_date(value)
    if checked is None:
        return [Finding(path, line, "HP-DATE", f"'{value}' är inte ett datum.",
                        "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.", field)]
    age = (today - checked).days
    if age < 0:
        return [Finding(path, line, "HP-VERIFIED-FUTURE",
                        f"Datumet {checked} har inte kommit än.",
                        "Skriv dagen då uppgifterna faktiskt kontrollerades.", field)]
    if age > STALE_AFTER_DAYS:
        return [Finding(path, line, "HP-VERIFIED-STALE",
                        f"Kontrollerades senast {checked}, för mer än ett år sedan. Platsen "
                        "visas som 'inte kontrollerad nyligen' och kommer inte med på utskrifter.",
                        "Kontrollera uppgifterna hos platsen och skriv det nya datumet.",
                        field, Severity.WARNING)]
    if age > WARN_AFTER_DAYS:
        return [Finding(path, line, "HP-VERIFIED-OLD",
                        f"Kontrollerades senast {checked}, för mer än ett halvår sedan.",
                        "Kontrollera uppgifterna snart och skriv det nya datumet.",
                        field, Severity.WARNING)]
    return []
