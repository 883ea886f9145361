"""Which handouts must be made again, and the manifest that lists every handout.

A handout is made again only when one of its inputs changed. Its input hash covers: the
page's Markdown in the reader's language and in Swedish, the handout templates and CSS,
the interface texts of both languages, the admonition titles, the font files, the help
places printed on it (after the freshness rule, so a place that goes stale counts as a
change), the facts it cites as data/facts.yml has them (their checked dates decide the
"Fakta kontrollerade" date), the page's address (QR code), the Markdown extensions and this
package's code.

``build/handouts/manifest.json`` lists every handout (language, page, title, path, pages,
bytes, input hash, and what making it cost: seconds, processor seconds, peak memory); the
site's staff pages and "Skriv ut" links are made from it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

MANIFEST = "manifest.json"
FORMAT = 1
PACKAGE = Path(__file__).resolve().parent


@dataclass
class Entry:
    language: str
    page: str
    kind: str  # "single" or "bilingual"
    title: str
    path: str  # relative to the handouts folder: ar/bankid/skaffa-bankid.sv-ar.pdf
    pages: int
    bytes: int
    input_hash: str
    url: str = ""
    seconds: float = 0.0  # wall time in its worker
    cpu_seconds: float = 0.0  # processor time in its worker
    compact: bool = False  # needed the compact stylesheet to fit
    peak_memory_mib: float = 0.0  # largest memory of its worker process when it was made


def digest(*parts: object) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(
            part, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()[:20]


def files_digest(paths: list[Path]) -> str:
    """Hash of several files' names and contents (a missing file counts as empty)."""
    parts: list[object] = []
    for path in sorted(paths):
        parts.append(str(path.name))
        parts.append(path.read_bytes() if path.is_file() else b"")
    return digest(*parts)


def code_digest(templates: Path) -> str:
    """This package's code and the handout templates: a new version rebuilds everything."""
    return files_digest(sorted(PACKAGE.glob("*.py")) + sorted(templates.glob("*")))


def read_manifest(out_dir: Path) -> dict[str, Entry]:
    """The handouts made last time, by path; empty when there is no (readable) manifest."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    entries = {}
    for item in data.get("handouts", []):
        try:
            entry = Entry(**item)
        except TypeError:
            continue
        entries[entry.path] = entry
    return entries


def write_manifest(out_dir: Path, entries: list[Entry], untranslated: list[tuple[str, str]],
                   site_url: str, source_language: str) -> Path:
    data = {
        "format": FORMAT,
        "site_url": site_url,
        "source_language": source_language,
        "handouts": [asdict(entry) for entry in sorted(entries, key=lambda e: e.path)],
        "untranslated": [{"language": lang, "page": page} for lang, page in untranslated],
    }
    target = out_dir / MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(MANIFEST + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    partial.replace(target)
    return target


def is_current(entry: Entry | None, input_hash: str, out_dir: Path) -> bool:
    """True when the PDF exists, was made from exactly these inputs and has its size."""
    if entry is None or entry.input_hash != input_hash:
        return False
    target = out_dir / entry.path
    try:
        return target.stat().st_size == entry.bytes
    except OSError:
        return False


def remove_stale(out_dir: Path, keep: set[str]) -> list[str]:
    """Delete PDFs no longer planned (a page made not printable, a translation removed)."""
    removed = []
    for path in sorted(out_dir.rglob("*.pdf")):
        name = path.relative_to(out_dir).as_posix()
        if name not in keep:
            path.unlink()
            removed.append(name)
    return removed
