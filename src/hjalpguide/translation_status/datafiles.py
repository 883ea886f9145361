"""Translations kept as data: the glossary (data/glossary/) and interface texts (data/ui*/).

Each folder holds ``sv.yml`` and one ``<lang>.yml`` per language with the same keys. We
report, per folder and language: whether the file exists, keys it lacks and keys Swedish
does not have (for the glossary with the same rule names as :func:`hjalpguide.glossary.check`;
that check, run by scripts/check_language.py, also checks each word's fields). The build
already stops on missing or extra keys in data/ui/.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from hjalpguide.findings import Finding, Severity
from hjalpguide.glossary import GLOSSARY_DIR
from hjalpguide.ui import flat_keys

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Keys that describe a file rather than hold a text to translate.
_META_KEYS = {"translation", "direction", "language_name"}


@dataclass
class DataFileStatus:
    folder: str  # e.g. data/glossary
    lang: str
    exists: bool
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    reviewed: bool | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def folders(root: Path) -> list[Path]:
    """data/glossary and every data/ui* folder that has a Swedish file."""
    data = Path(root) / "data"
    found = [data / GLOSSARY_DIR.name] + sorted(p for p in data.glob("ui*") if p.is_dir())
    return [p for p in found if (p / "sv.yml").is_file()]


def check(root: Path, source_lang: str, languages: list[str],
          strict_missing: bool = False) -> tuple[list[DataFileStatus], list[Finding]]:
    statuses: list[DataFileStatus] = []
    findings: list[Finding] = []
    for folder in folders(root):
        rel = folder.relative_to(root).as_posix()
        source = _keys(_load(folder / f"{source_lang}.yml"), folder.name == "glossary")
        for lang in languages:
            path = folder / f"{lang}.yml"
            if not path.is_file():
                statuses.append(DataFileStatus(rel, lang, False, sorted(source)))
                findings.append(Finding(
                    f"{rel}/{lang}.yml", None, "TR-MISSING", "Filen är inte översatt än.",
                    f"Kopiera {rel}/{source_lang}.yml till {lang}.yml och översätt texterna.",
                    severity=Severity.ERROR if strict_missing else Severity.WARNING))
                continue
            data = _load(path)
            keys = _keys(data, folder.name == "glossary")
            info = data.get("translation") if isinstance(data.get("translation"), dict) else {}
            statuses.append(DataFileStatus(rel, lang, True, sorted(source - keys),
                                           sorted(keys - source),
                                           info.get("reviewed") is True if info else None))
            if folder.name == "glossary":
                findings += _glossary_findings(f"{rel}/{lang}.yml", source - keys,
                                               keys - source, source_lang)
            else:
                findings += _key_findings(f"{rel}/{lang}.yml", source - keys, keys - source)
    return statuses, findings


def _glossary_findings(rel: str, missing: set[str], extra: set[str],
                       source_lang: str) -> list[Finding]:
    """The same findings as hjalpguide.glossary.check, read with the fast YAML loader."""
    out = [Finding(rel, None, "GLOSSARY-MISSING", f"Ordet '{key}' saknas.",
                   f"Översätt '{key}' från {source_lang}.yml.", key, Severity.WARNING)
           for key in sorted(missing)]
    out += [Finding(rel, None, "GLOSSARY-UNKNOWN-KEY",
                    f"Ordet '{key}' finns inte i {source_lang}.yml.",
                    "Använd samma nycklar som den svenska ordlistan.", key)
            for key in sorted(extra)]
    return out


def _key_findings(rel: str, missing: set[str], extra: set[str]) -> list[Finding]:
    out = [Finding(rel, None, "TR-UI-MISSING", f"Texten '{key}' saknas.",
                   "Översätt den från sv.yml.", key, Severity.WARNING) for key in sorted(missing)]
    out += [Finding(rel, None, "TR-UI-EXTRA", f"Texten '{key}' finns inte i sv.yml.",
                    "Ta bort den, eller rätta namnet.", key, Severity.WARNING)
            for key in sorted(extra)]
    return out


def _load(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError):
        return {}  # the glossary check and the build name the broken file
    return data if isinstance(data, dict) else {}


def _keys(data: dict, top_level_only: bool) -> set[str]:
    if top_level_only:
        return {str(k) for k in data}
    return {k for k in flat_keys(data) if k.split(".", 1)[0] not in _META_KEYS}
