"""What the build asks of the register: a page's checked date, sources and staleness.

The register is read and checked once per run (again only when data/facts.yml changes):
an error in it stops the build with every finding. A page in any language gets the facts
of its Swedish page (:func:`hjalpguide.facts.pages.swedish_ids`); an id the register
lacks stops the build with the Swedish file, the line of its ``facts:`` and the id. Used
by the MkDocs plugin and by the handouts.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from hjalpguide.facts import pages, register
from hjalpguide.facts.check import MISSING_FIX
from hjalpguide.facts.model import Fact, Register, Source, is_stale, oldest_check, sources_of
from hjalpguide.findings import Finding, errors, shown_path


class FactsError(Exception):
    """The register or a page's facts cannot be used; ``findings`` says where and why."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))


@dataclass(frozen=True)
class PageFacts:
    """What a page shows from the register, in every language."""

    facts: tuple[Fact, ...] = ()
    checked: dt.date | None = None  # the oldest check of the page's facts
    sources: tuple[Source, ...] = field(default_factory=tuple)
    stale: bool = False  # the oldest check is more than a year before the build's date


def load(root: Path, today: dt.date) -> Register:
    """The project's register; ``FactsError`` with every error when it has errors."""
    path = root / register.FILE
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    return _load(root, stamp, today)


@functools.lru_cache(maxsize=4)
def _load(root: Path, _stamp, today: dt.date) -> Register:
    try:
        facts, findings = register.load(root, today)
    except OSError as error:
        raise FactsError([Finding(register.FILE, None, "FACT-READ",
                                  f"Filen kan inte öppnas: {error}.",
                                  "Kontrollera filens namn och behörighet.")]) from None
    if errors(findings):
        raise FactsError(errors(findings))
    return facts


def for_page(facts: Register, path: Path, lang: str, source_lang: str, shown_from: Path,
             today: dt.date) -> PageFacts:
    """The facts of the page file ``path`` in ``lang`` (its Swedish page's facts)."""
    ids, source = pages.swedish_ids(path, lang, source_lang)
    missing = [fact_id for fact_id in dict.fromkeys(ids) if not facts.known(fact_id)]
    if missing:
        shown = shown_path(source, shown_from)
        line = pages.read(source, shown, "", source_lang).line
        raise FactsError([Finding(shown, line, "FACT-MISSING",
                                  f"Faktumet '{fact_id}' finns inte i {facts.path}.",
                                  MISSING_FIX, "facts") for fact_id in missing])
    cited = tuple(facts.cited(ids))
    checked = oldest_check(cited)
    return PageFacts(cited, checked, tuple(sources_of(cited)), is_stale(checked, today))

