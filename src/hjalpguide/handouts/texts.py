"""The words on the handouts and the staff page: data/ui-handouts/<lang>.yml.

Swedish is the source; every language file must have exactly the same keys (checked here,
so a reader never meets a Swedish or English word in the middle of their own language).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from hjalpguide.findings import Finding
from hjalpguide.ui import flat_keys

TEXTS_DIR = Path("data/ui-handouts")


class TextsError(Exception):
    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))


def load(root: Path, languages: list[str]) -> dict[str, dict]:
    """Texts per language (source language first in ``languages``); raises TextsError."""
    texts = {lang: _read(root, lang) for lang in languages}
    source_keys = set(flat_keys(texts[languages[0]]))
    findings = []
    for lang in languages[1:]:
        keys = set(flat_keys(texts[lang]))
        path = str(TEXTS_DIR / f"{lang}.yml")
        findings += [Finding(path, None, "HO-TEXT-MISSING", f"Texten '{key}' saknas.",
                             f"Översätt '{key}' från sv.yml.", key)
                     for key in sorted(source_keys - keys)]
        findings += [Finding(path, None, "HO-TEXT-EXTRA", f"Texten '{key}' finns inte i sv.yml.",
                             "Ta bort den eller lägg till den i sv.yml först.", key)
                     for key in sorted(keys - source_keys)]
    if findings:
        raise TextsError(findings)
    return texts


def files(root: Path, languages: list[str]) -> list[Path]:
    return [root / TEXTS_DIR / f"{lang}.yml" for lang in languages]


# ---


def _read(root: Path, lang: str) -> dict:
    path = TEXTS_DIR / f"{lang}.yml"
    try:
        data = yaml.safe_load((root / path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TextsError([Finding(str(path), None, "HO-TEXT-FILE", "Filen saknas.",
                                  "Kopiera sv.yml till det här namnet och översätt texterna.")]
                         ) from None
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise TextsError([Finding(str(path), (line or 0) + 1, "HO-TEXT-YAML",
                                  f"Filen går inte att läsa som YAML: {error}",
                                  "Kontrollera indrag och citattecken på raden.")]) from None
    if not isinstance(data, dict):
        raise TextsError([Finding(str(path), 1, "HO-TEXT-YAML", "Filen ska innehålla fält.",
                                  "Utgå från sv.yml.")])
    return data
