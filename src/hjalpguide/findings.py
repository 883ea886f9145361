"""One shared format for everything our checks find, so every tool reads the same.

A finding names the file, the line, the field, the rule, what is wrong and how to fix it.
Editor-facing tools write ``message`` and ``fix`` in plain Swedish.

Text form (one finding per line)::

    data/help-places/2281-sundsvall.yml:12: [PHONE-FORMAT] phones[0].display: … → …

Exit codes used by every tool: 0 clean, 1 findings (errors), 2 usage or I/O error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int | None
    rule: str
    message: str
    fix: str = ""
    field: str = ""
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" {self.field}:" if self.field else ""
        level = "" if self.severity is Severity.ERROR else " (varning)"
        fix = f" → {self.fix}" if self.fix else ""
        return f"{where}: [{self.rule}]{level}{field} {self.message}{fix}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


def exit_code(findings: Iterable[Finding]) -> int:
    """0 when nothing blocks, 1 when at least one error was found."""
    return 1 if errors(findings) else 0


def sort_key(finding: Finding) -> tuple:
    return (finding.path, finding.line or 0, finding.rule)


def as_text(findings: Iterable[Finding]) -> str:
    return "\n".join(f.format() for f in sorted(findings, key=sort_key))


def as_json(findings: Iterable[Finding], **extra) -> str:
    items = [f.to_dict() for f in sorted(findings, key=sort_key)]
    return json.dumps({"findings": items, **extra}, ensure_ascii=False, indent=2)


def summary_sv(findings: list[Finding], checked: str) -> str:
    """A one-line Swedish summary, e.g. 'Kontrollerade 12 filer: 2 fel, 1 varning.'"""
    n_err = len(errors(findings))
    n_warn = len(findings) - n_err
    if not findings:
        return f"Kontrollerade {checked}: inga fel."
    fel = "fel"
    varning = "varning" if n_warn == 1 else "varningar"
    return f"Kontrollerade {checked}: {n_err} {fel}, {n_warn} {varning}."


def shown_path(path, shown_from=None) -> str:
    """How a finding names a file: from ``shown_from`` (the project) when it is inside it."""
    if shown_from is None:
        return str(path)
    try:
        return str(Path(path).resolve().relative_to(Path(shown_from).resolve()))
    except ValueError:
        return str(path)
