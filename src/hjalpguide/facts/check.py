"""The facts check of the whole project (scripts/check_facts.py, ``make check``).

Finds, with file, line, field, rule and what to do:

- everything wrong in data/facts.yml (see :mod:`hjalpguide.facts.register`);
- a page that cites an id the register lacks (error, FACT-MISSING);
- a page that still writes ``checked:`` or ``sources:`` (error, FM-COMPUTED);
- a Swedish page without a ``facts:`` list (warning, FACT-NO-LIST: write ``facts: []``
  when the page states no facts);
- a translated page with its own ``facts:`` list (warning, FACT-TRANSLATION-LIST: the
  build uses the Swedish page's);
- a fact last checked more than a year ago (warning, FACT-STALE, with the pages);
- a fact that no page cites (warning, FACT-UNUSED).

It does not check that a claim is true, or that the page states what the claim says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hjalpguide.facts import pages as pages_mod
from hjalpguide.facts import register as register_mod
from hjalpguide.facts.model import MAX_AGE_DAYS, Register, is_stale
from hjalpguide.facts.pages import PageFacts
from hjalpguide.findings import Finding, Severity

MISSING_FIX = "Lägg till faktumet i data/facts.yml eller ta bort id:t"


@dataclass
class Result:
    register: Register
    pages: list[PageFacts]
    findings: list[Finding]
    source_lang: str

    def citing(self) -> dict[str, list[str]]:
        """Fact id -> the Swedish pages that cite it (the translations follow them)."""
        out: dict[str, list[str]] = {}
        for page in self.pages:
            if page.ids and page.lang == self.source_lang:
                for fact_id in dict.fromkeys(page.ids):
                    out.setdefault(fact_id, []).append(page.path)
        return out


def run(root: Path, docs_dir: Path, languages: list[str], today: dt.date) -> Result:
    """Check the register and every page; ``languages`` has the source language first.
    Raises ``OSError`` only when data/facts.yml exists but cannot be read."""
    register, findings = register_mod.load(root, today)
    pages = sorted(pages_mod.scan(root, docs_dir, languages),
                   key=lambda p: (p.lang != languages[0], p.path))
    result = Result(register, pages, findings, languages[0])
    for page in pages:
        findings += page.findings + _page_findings(page, register, languages[0])
    citing = result.citing()
    for fact in register.facts.values():
        where = citing.get(fact.id, [])
        if is_stale(fact.checked, today):
            pages_text = ", ".join(where) if where else "ingen sida"
            findings.append(Finding(
                register.path, fact.line, "FACT-STALE",
                f"Faktumet '{fact.id}' kontrollerades {fact.checked}, för mer än "
                f"{MAX_AGE_DAYS} dagar sedan (sidor: {pages_text}).",
                "Kontrollera faktumet mot källan igen och skriv dagens datum i checked.",
                "checked", Severity.WARNING))
        if not where:
            findings.append(Finding(
                register.path, fact.line, "FACT-UNUSED",
                f"Ingen svensk sida anger faktumet '{fact.id}'.",
                "Lägg till id:t under facts: på sidan som påstår det, eller ta bort faktumet "
                "ur registret.", "id", Severity.WARNING))
    return result


def listing(result: Result, today: dt.date) -> str:
    """Every fact with its checked date, source and the pages that state it (--list)."""
    citing = result.citing()
    lines = []
    for fact in sorted(result.register.facts.values(), key=lambda f: f.id):
        stale = " (för gammalt, kontrollera igen)" if is_stale(fact.checked, today) else ""
        kind = " (andrahandskälla)" if fact.source.secondary else ""
        lines += [f"{fact.id}  kontrollerat {fact.checked}{stale}",
                  f"    {fact.claim}",
                  f"    Källa: {fact.source.title}{kind} – {fact.source.url}",
                  "    Sidor: " + (", ".join(citing.get(fact.id, [])) or "ingen")]
    return "\n".join(lines)


# ---


def _page_findings(page: PageFacts, register: Register, source_lang: str) -> list[Finding]:
    out = []
    if page.ids is None:
        if page.lang == source_lang and not page.findings:
            out.append(Finding(
                page.path, 1, "FACT-NO-LIST", "Sidan har ingen lista med fakta (facts:).",
                "Skriv facts: [id, …] med de fakta som sidan påstår, eller facts: [] om "
                "sidan inte påstår några fakta.", "facts", Severity.WARNING))
        return out
    if page.lang != source_lang and page.ids:
        out.append(Finding(
            page.path, page.line, "FACT-TRANSLATION-LIST",
            "En översatt sida tar sina fakta från den svenska sidan; den här listan används inte.",
            "Ta bort facts: från översättningen och ändra listan på den svenska sidan.",
            "facts", Severity.WARNING))
    for fact_id in dict.fromkeys(page.ids):
        if not register.known(fact_id):
            out.append(Finding(page.path, page.line, "FACT-MISSING",
                               f"Faktumet '{fact_id}' finns inte i {register.path}.",
                               MISSING_FIX, "facts"))
    return out
