"""Limits for reading YAML that editors write: set here once, checked before anything is
built from the text (help-place files, the facts register, a page's front matter).

A file is untrusted text. The largest real help-place file is 10 KB (national.yml) and
the formats nest at most 6 levels deep; 10 000 places over 290 files are about 35 KB a
file. Anchors and aliases (``&a``, ``*a``) are refused outright rather than counted:
editors never need them (no format in the handbook has them), and nine nested ones expand
to 9⁹ values as soon as something walks or prints the data (an "alias bomb": the
validator and ``mkdocs build`` ran without end, a page title made the build run out of
memory).
"""

from __future__ import annotations

import yaml

from hjalpguide.findings import Finding

MAX_FILE_CHARS = 1_000_000
MAX_DEPTH = 20

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_limits(text: str, path: str, prefix: str = "HP", first_line: int = 1
                 ) -> Finding | None:
    """A finding when ``text`` is too big, nests too deep or uses an anchor or alias;
    ``None`` when it may be read. Raises ``yaml.YAMLError`` on a syntax error (the caller
    explains it). Rules: ``<prefix>-YAML-ALIAS``, ``<prefix>-YAML-LIMIT``; ``first_line``
    is the file's line of the text's first line (front matter starts on line 2).

    Walks libyaml's events, which never expand an alias, so it takes time in proportion
    to the text. Also used before ruamel.yaml reads a file (the import).
    """
    if len(text) > MAX_FILE_CHARS:
        return too_big(path, prefix)
    loader = _Loader(text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + first_line
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return _alias_finding(event, path, prefix, line)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return Finding(path, line, f"{prefix}-YAML-LIMIT",
                                   f"Filen har mer än {MAX_DEPTH} nivåer inuti varandra.",
                                   "Följ exemplet i handboken för redaktörer; formaten har "
                                   "högst 6 nivåer.")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()
    return None


def too_big(path: str, prefix: str = "HP") -> Finding:
    return Finding(path, 1, f"{prefix}-YAML-LIMIT",
                   f"Filen är för stor (högst {MAX_FILE_CHARS:,} tecken).".replace(",", " "),
                   "Dela upp innehållet i flera filer (hjälpställen: en fil per kommun).")


def _alias_finding(event, path: str, prefix: str, line: int) -> Finding:
    is_alias = isinstance(event, yaml.AliasEvent)
    written = f"*{event.anchor}" if is_alias else f"&{event.anchor}"
    what = "en hänvisning" if is_alias else "ett ankare"
    return Finding(path, line, f"{prefix}-YAML-ALIAS",
                   f"Filen använder {what} ({written}). Ankare (&namn) och hänvisningar "
                   "(*namn) är inte tillåtna i Hjälpguidens filer.",
                   "Skriv ut värdet på varje ställe där det behövs, och ta bort &- och "
                   "*-namnen (en text som börjar med & eller * sätts inom citattecken).")
