"""Facts as plain typed values, and what a page gets from the facts it cites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

#: A fact last checked longer ago than this is stale: the check warns, the page says so.
MAX_AGE_DAYS = 365

#: The kinds of source, defined once: the agency's or company's own page, or anyone else.
KINDS = {
    "organisation": "myndighetens, kommunens eller företagets egen sida",
    "secondary": "någon annans sida (andrahandskälla)",
}
SECONDARY = "secondary"


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    kind: str = "organisation"

    @property
    def secondary(self) -> bool:
        return self.kind == SECONDARY


@dataclass(frozen=True)
class Fact:
    id: str
    claim: str
    source: Source
    checked: dt.date
    note: str = ""
    line: int = 0  # where the fact starts in data/facts.yml


@dataclass
class Register:
    """The facts of data/facts.yml that passed the check, by id.

    ``written`` holds every id the file names, also those of facts with errors, so that a
    page citing a fact with a typo in its address is not also told the fact is missing.
    """

    path: str = "data/facts.yml"
    facts: dict[str, Fact] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)  # id -> line

    def known(self, fact_id: str) -> bool:
        return fact_id in self.written

    def cited(self, ids: Iterable[str]) -> list[Fact]:
        """The facts of ``ids`` that the register has, in the order cited, once each."""
        out, seen = [], set()
        for fact_id in ids:
            if fact_id in self.facts and fact_id not in seen:
                seen.add(fact_id)
                out.append(self.facts[fact_id])
        return out


def oldest_check(facts: Iterable[Fact]) -> dt.date | None:
    """A page's "Fakta kontrollerade" date: the oldest check of the facts it states."""
    return min((fact.checked for fact in facts), default=None)


def sources_of(facts: Iterable[Fact]) -> list[Source]:
    """The sources of ``facts``, once each (by address), in the order of the facts."""
    out, seen = [], set()
    for fact in facts:
        if fact.source.url not in seen:
            seen.add(fact.source.url)
            out.append(fact.source)
    return out


def is_stale(checked: dt.date | None, today: dt.date) -> bool:
    """True when ``checked`` is more than :data:`MAX_AGE_DAYS` days before ``today``."""
    return checked is not None and (today - checked).days > MAX_AGE_DAYS
