"""Languages whose translations could only be checked in part, defined once.

The second check of a translation is only as good as the checker's reading of the
language; for some languages it could read little. Rather than pretend, their pages say so
more strongly (``overrides/partials/hjalp-notices.html``: a notice in the language and in
Swedish asking the reader to have someone who reads Swedish read the important steps).
The setting is data, one line per language, in ``data/translation-quality.yml``::

    ti: limited

The MkDocs plugin reads it once per build (:func:`limited_languages`) and stops on a bad
file; the translation status reports the same problems (:func:`check`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hjalpguide.contacts import yamlread
from hjalpguide.findings import Finding, Severity, errors

QUALITY_FILE = Path("data/translation-quality.yml")
#: The levels a language can have (only one so far: the check could be done only in part).
LEVELS = {"limited": "översättningen kunde bara kontrolleras delvis"}


def load(root: Path, languages: list[str],
         source: str = "sv") -> tuple[dict[str, str], list[Finding]]:
    """{language: level} and the file's problems; no file means no language is limited.

    ``languages``: the translated languages of this site. The source language is an error; a
    language this site does not build is a warning (a deployer may build fewer languages)."""
    path = Path(root) / QUALITY_FILE
    if not path.is_file():
        return {}, []
    shown = QUALITY_FILE.as_posix()
    doc, problems = yamlread.read_file(path, shown)
    findings = [_renamed(f) for f in problems]
    if doc is None or doc.data is None:
        return {}, findings
    if not isinstance(doc.data, dict):
        return {}, findings + [Finding(shown, 1, "TR-QUALITY", "Filen ska ha en rad per språk.",
                                       "Skriv till exempel: ti: limited")]
    levels = {}
    for lang, level in doc.data.items():
        line = doc.line((lang,))
        if lang == source:
            findings.append(Finding(shown, line, "TR-QUALITY",
                                    f"'{lang}' är källspråket. Det översätts inte.",
                                    "Ta bort raden.", str(lang)))
        elif lang not in languages:
            # a deployer who builds fewer languages keeps the file as it is: a warning
            findings.append(Finding(shown, line, "TR-QUALITY",
                                    f"'{lang}' är inte ett översatt språk på webbplatsen. "
                                    "Raden används inte.",
                                    "Rätta språkkoden om den är fel stavad. Koderna i "
                                    "mkdocs.yml: " + ", ".join(languages) + ".", str(lang),
                                    Severity.WARNING))
        elif level not in LEVELS:
            findings.append(Finding(shown, line, "TR-QUALITY",
                                    f"Okänd nivå '{level}' för '{lang}'.",
                                    "Skriv " + " eller ".join(LEVELS) + ", eller ta bort raden.",
                                    str(lang)))
        else:
            levels[str(lang)] = level
    return levels, findings


class QualityError(ValueError):
    """data/translation-quality.yml has errors (the message lists the findings)."""


def limited_languages(root: Path, languages: list[str]) -> frozenset[str]:
    """The languages whose pages get the stronger notice; QualityError (a ValueError) on a
    bad file."""
    levels, findings = load(root, languages)
    if errors(findings):
        raise QualityError("\n".join(f.format() for f in errors(findings)))
    return frozenset(lang for lang, level in levels.items() if level == "limited")


def check(root: Path, languages: list[str]) -> list[Finding]:
    return load(root, languages)[1]


def _renamed(finding: Finding) -> Finding:
    return replace(finding, rule=finding.rule.replace("HP-", "TR-QUALITY-", 1))
