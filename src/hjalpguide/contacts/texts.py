"""The words on the help-place pages, per language, from ``data/ui-help/<lang>.yml``.

Swedish (sv.yml) is the source: every other file must have the same keys. A language
without a file, or a key missing in it, falls back to Swedish (and the page says so).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from hjalpguide.contacts import vocab

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TextsError(Exception):
    pass


def load(folder: Path, languages: list[str]) -> dict[str, dict]:
    """Language code -> texts, Swedish filled in where a translation lacks a key."""
    source = _read(folder / "sv.yml")
    missing = [f"kinds.{k}" for k in vocab.KINDS if k not in source.get("kinds", {})]
    missing += [f"services.{k}" for k in vocab.SERVICES if k not in source.get("services", {})]
    if missing:
        raise TextsError(f"{folder / 'sv.yml'}: saknar {', '.join(missing)}")
    out = {"sv": source}
    for lang in languages:
        if lang == "sv":
            continue
        path = folder / f"{lang}.yml"
        out[lang] = _merge(source, _read(path)) if path.is_file() else source
    return out


def missing_keys(source: dict, other: dict, prefix: str = "") -> list[str]:
    """Keys of ``source`` that ``other`` lacks (dotted), for the tests and the editors."""
    found = []
    for key, value in source.items():
        name = f"{prefix}{key}"
        if key not in other:
            found.append(name)
        elif isinstance(value, dict) and isinstance(other[key], dict):
            found += missing_keys(value, other[key], name + ".")
    return found


def _read(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as error:
        raise TextsError(f"{path}: {error}") from None
    if not isinstance(data, dict):
        raise TextsError(f"{path}: ska vara en grupp av fält")
    return data


def _merge(source: dict, other: dict) -> dict:
    merged = {}
    for key, value in source.items():
        mine = other.get(key)
        if isinstance(value, dict):
            merged[key] = _merge(value, mine if isinstance(mine, dict) else {})
        else:
            merged[key] = mine if isinstance(mine, type(value)) else value
    return merged
