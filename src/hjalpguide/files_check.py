"""Checks on the set of files in guides/ before anything is built.

A page named ``skaffa.de.md`` when German is not a site language would otherwise be
published silently as a Swedish page with a strange address.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.structure.files import Files

from hjalpguide.findings import Finding

_SUFFIX = re.compile(r"\.(?P<code>[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.md$")


def unknown_language_suffixes(files: Files, codes: set[str], docs_dir: str) -> list[Finding]:
    """A finding for every Markdown page whose language suffix is not a site language."""
    findings = []
    folder = Path(docs_dir).name
    for file in files:
        match = _SUFFIX.search(file.src_uri)
        if match and match.group("code") not in codes:
            code = match.group("code")
            findings.append(Finding(
                f"{folder}/{file.src_uri}", None, "PAGE-LANGUAGE",
                f"Språket '{code}' i filnamnet finns inte bland webbplatsens språk "
                f"({', '.join(sorted(codes))}).",
                "Rätta språkkoden i filnamnet, eller lägg till språket i mkdocs.yml "
                "(se docs/developers/languages.md).",
            ))
    return findings
