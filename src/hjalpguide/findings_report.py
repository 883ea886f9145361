"""The checks' findings shown on a change on the git host (CI), read back from their text.

Every check prints one finding per line in the one format of :mod:`hjalpguide.findings`
(``file:line: [RULE] (varning) field: message → fix``), so CI runs ``make check`` once,
keeps its output, and this module turns the lines into what the host shows beside the
changed lines:

- ``github``: workflow commands, ``::error file=…,line=…,title=RULE::…`` (``::warning``
  for a warning), shown as annotations on the pull request. GitHub shows only the first
  10 errors and 10 warnings of a step beside the lines, and ``make check`` warns about
  hundreds of old help places in other municipalities: the findings in the files the
  change touched come first, and a notice (in Swedish) says when some are only in the log;
- ``codequality``: GitLab's Code Quality report (a JSON list; ``description``,
  ``check_name``, ``fingerprint``, ``severity``, ``location.path``/``lines.begin``),
  shown on the merge request.

Lines that are not findings (summaries, progress) are left out.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable

from hjalpguide.findings import Finding, Severity

_LINE = re.compile(r"^(?P<path>[^\s:][^:]*?)(?::(?P<line>\d+))?: \[(?P<rule>[A-Z0-9][A-Z0-9-]*)\]"
                   r"(?P<warning> \(varning\))? (?P<rest>.*)$")


def parse(lines: Iterable[str]) -> list[Finding]:
    """The findings among a check's output lines."""
    found = []
    for raw in lines:
        match = _LINE.match(raw.rstrip("\n"))
        if not match:
            continue
        message, _, fix = match["rest"].partition(" → ")
        found.append(Finding(match["path"], int(match["line"]) if match["line"] else None,
                             match["rule"], message, fix,
                             severity=Severity.WARNING if match["warning"] else Severity.ERROR))
    return found


# GitHub shows this many annotations of each kind per step and drops the rest
# (actions/toolkit docs/problem-matchers.md, "Limitations")
GITHUB_SHOWN = 10


def as_github(findings: Iterable[Finding], changed: Iterable[str] = ()) -> str:
    """GitHub Actions workflow commands, one per finding; those in ``changed`` first."""
    changed = {_normal(p) for p in changed}
    findings = sorted(findings, key=lambda f: _normal(f.path) not in changed)  # stable
    out = []
    for f in findings:
        kind = "warning" if f.severity is Severity.WARNING else "error"
        where = f"file={_escape_property(f.path)}"
        if f.line:
            where += f",line={f.line}"
        text = f.message + (f" → {f.fix}" if f.fix else "")
        out.append(f"::{kind} {where},title={_escape_property(f.rule)}::{_escape(text)}")
    errors = sum(f.severity is not Severity.WARNING for f in findings)
    if max(errors, len(findings) - errors) > GITHUB_SHOWN:
        out.append("::notice title=Fler fynd i loggen::" + _escape(
            f"Kontrollen hittade {errors} fel och {len(findings) - errors} varningar. Bara "
            f"{GITHUB_SHOWN} fel och {GITHUB_SHOWN} varningar kan visas vid raderna, först "
            "de i filerna du ändrade. → Se alla: öppna steget 'Kontrollen (make check)' "
            "och sök på namnet på din fil."))
    return "\n".join(out)


def _normal(path: str) -> str:
    return path.strip().removeprefix("./")


def as_codequality(findings: Iterable[Finding]) -> str:
    """GitLab's Code Quality report (JSON)."""
    report = []
    for f in findings:
        text = f.message + (f" → {f.fix}" if f.fix else "")
        key = f"{f.path}:{f.line}:{f.rule}:{f.message}".encode()
        report.append({
            "description": f"[{f.rule}] {text}",
            "check_name": f.rule,
            "fingerprint": hashlib.sha256(key).hexdigest(),
            "severity": "minor" if f.severity is Severity.WARNING else "major",
            "location": {"path": f.path, "lines": {"begin": f.line or 1}},
        })
    return json.dumps(report, ensure_ascii=False, indent=1)


# ---


def _escape(text: str) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape(text).replace(":", "%3A").replace(",", "%2C")
