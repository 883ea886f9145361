"""What a translated page says about itself, and whether its Swedish source has moved on.

Each translation records in its front matter the hash of the Swedish text it was made
from (``translation.source_hash``), how it was made, whether a person reviewed it and, if
a machine checked it a second time, when (``translation.second_check``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from hjalpguide.frontmatter import second_check_date

_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)


def body(text: str) -> str:
    """The Markdown of a page without its front matter, with line endings normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FRONT_MATTER.sub("", text, count=1).strip() + "\n"


def source_hash(text: str) -> str:
    """Short, stable hash of a Swedish page's body (front matter changes don't count)."""
    return hashlib.sha256(body(text).encode("utf-8")).hexdigest()[:16]


def source_path(translated: Path, lang: str, source_lang: str) -> Path:
    """guides/bankid/skaffa.ar.md -> guides/bankid/skaffa.sv.md"""
    suffix = f".{lang}.md"
    name = translated.name
    if not name.endswith(suffix):
        raise ValueError(f"{translated} is not a '{lang}' page")
    return translated.with_name(name[: -len(suffix)] + f".{source_lang}.md")


@dataclass(frozen=True)
class Status:
    fallback: bool = False  # the page shows the source-language text itself
    machine: bool = False  # machine-made (or of unknown origin) and not reviewed by a person
    outdated: bool = False  # the source text changed after the translation was made
    second_check: str = ""  # YYYY-MM-DD of a second check by machine (machine pages only)
    limited: bool = False  # machine-made in a language that could only be checked in part

    @property
    def notices(self) -> list[str]:
        names = ("fallback", "machine", "limited", "outdated")
        return [name for name in names if getattr(self, name)]


def page_status(meta: dict, file_lang: str, build_lang: str, source_lang: str,
                current_source_hash: str | None,
                limited_languages: frozenset[str] = frozenset()) -> Status:
    """Which notices a page needs when shown in ``build_lang``.

    ``limited_languages``: languages whose translations could only be checked in part
    (:mod:`hjalpguide.translation_quality`); their machine-made pages get a stronger notice."""
    if build_lang == source_lang:
        return Status()
    if file_lang != build_lang:
        return Status(fallback=True)
    info = meta.get("translation") if isinstance(meta.get("translation"), dict) else {}
    # design.md: the notice is for machine-made pages that no person has reviewed. A page a
    # person translated is not machine-made, reviewed or not.
    machine = info.get("method") != "human" and info.get("reviewed") is not True
    outdated = bool(current_source_hash) and info.get("source_hash") != current_source_hash
    checked = second_check_date(info) if machine else None
    return Status(machine=machine, outdated=outdated,
                  second_check=checked.isoformat() if checked else "",
                  limited=machine and build_lang in limited_languages)
