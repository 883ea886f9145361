"""Hjälpguiden's own interface texts: one YAML file per language in data/ui/.

Swedish (the default language) is the source: every other language must have exactly
the same keys, so that no reader meets an English or Swedish word in the middle of their
own language. Missing or extra keys stop the build with the file and the key named.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from hjalpguide.findings import Finding


class UIError(Exception):
    """The interface texts cannot be used; ``findings`` says where and why."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))


def _flatten(data: dict, prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def flat_keys(data: dict) -> list[str]:
    """Every key of nested texts as a dotted name ("notice.machine"), in file order.
    Shared by every check that compares a language's text file with Swedish."""
    return list(_flatten(data))


def _read(base: Path, path: Path) -> dict:
    """Read ``base / path``; findings name ``path`` as the editor knows it."""
    try:
        data = yaml.safe_load((base / path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UIError([Finding(str(path), None, "UI-MISSING-FILE",
                               "Filen med gränssnittets texter saknas.",
                               "Kopiera sv.yml till det här namnet och översätt texterna.")]
                      ) from None
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise UIError([Finding(str(path), (line or 0) + 1, "UI-YAML",
                               f"Filen går inte att läsa som YAML: {error}",
                               "Kontrollera indrag och citattecken på raden.")]) from None
    if not isinstance(data, dict):
        raise UIError([Finding(str(path), 1, "UI-YAML", "Filen ska innehålla fält med texter.",
                               "Utgå från sv.yml.")])
    return data


@lru_cache(maxsize=32)
def _load_cached(root: str, ui_dir: str, codes: tuple[str, ...], stamp: tuple) -> dict:
    base, folder = Path(root), Path(ui_dir)
    source_code = codes[0]
    source = _read(base, folder / f"{source_code}.yml")
    source_keys = set(_flatten(source))
    texts, findings = {source_code: source}, []
    for code in codes[1:]:
        path = folder / f"{code}.yml"
        try:
            data = _read(base, path)
        except UIError as error:
            findings += error.findings
            continue
        keys = set(_flatten(data))
        for key in sorted(source_keys - keys):
            findings.append(Finding(str(path), None, "UI-MISSING-KEY",
                                    f"Texten '{key}' saknas.",
                                    f"Översätt texten '{key}' från {source_code}.yml och lägg "
                                    "till den här.", key))
        for key in sorted(keys - source_keys):
            findings.append(Finding(str(path), None, "UI-UNKNOWN-KEY",
                                    f"Texten '{key}' finns inte i {source_code}.yml.",
                                    "Ta bort den, eller rätta stavningen av nyckeln.", key))
        texts[code] = data
    if findings:
        raise UIError(findings)
    return texts


def load(root: Path, ui_dir: Path, codes: list[str]) -> dict[str, dict]:
    """Texts per language code, from ``root / ui_dir``; ``codes[0]`` is the source language.

    Cached per build session; a changed file (new mtime) is read again, so ``mkdocs serve``
    picks up edits.
    """
    files = [root / ui_dir / f"{code}.yml" for code in codes]
    stamp = tuple(f.stat().st_mtime if f.exists() else 0.0 for f in files)
    return _load_cached(str(root), str(ui_dir), tuple(codes), stamp)
