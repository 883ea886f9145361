"""What changed in the Swedish page since a translation was made, read from git history.

A translation records the hash of the Swedish text it was made from. We walk the Swedish
file's history (following renames), hash each committed version and, when one matches,
show a unified diff from that version to the Swedish text as it is now. If none matches,
the translation was made from a text that was never committed (or the history is gone),
and we say so.
"""

from __future__ import annotations

import difflib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from hjalpguide.translation import body, source_hash


@dataclass(frozen=True)
class SourceVersion:
    commit: str
    path: str  # the Swedish file's path in that commit
    text: str


class HistoryError(Exception):
    """git cannot answer (not a repository, git missing); the message is plain Swedish."""


def _git(root: Path, *args: str) -> str:
    try:
        # quotePath=false: paths with å, ä, ö come back as written, not as "\303\245"
        result = subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=root,
                                capture_output=True, check=False)
    except OSError as error:
        raise HistoryError(f"git går inte att köra: {error}") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryError("git: " + (message[0] if message else "okänt fel"))
    return result.stdout.decode("utf-8", "replace")


def find_version(root: Path, source: str, wanted_hash: str) -> SourceVersion | None:
    """The newest committed version of ``source`` whose hash is ``wanted_hash``."""
    log = _git(root, "log", "--follow", "--format=%x00%H", "--name-only", "--", source)
    for record in log.split("\x00")[1:]:
        lines = [line for line in record.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        commit, path = lines[0], lines[-1]
        try:
            text = _git(root, "show", f"{commit}:{path}")
        except HistoryError:
            continue
        if source_hash(text) == wanted_hash:
            return SourceVersion(commit, path, text)
    return None


def source_diff(root: Path, source: str, wanted_hash: str | None) -> str:
    """A unified diff of the Swedish text since the translation, or a sentence saying why not."""
    if not wanted_hash:
        return ("Översättningen säger inte vilken svensk text den gjordes från "
                "(translation.source_hash saknas), så ändringarna går inte att visa.")
    try:
        version = find_version(root, source, wanted_hash)
    except HistoryError as error:
        return f"Historiken går inte att läsa ({error})."
    if version is None:
        return (f"Ingen sparad version av {source} har kontrollsumman {wanted_hash}. "
                "Översättningen gjordes kanske från en text som aldrig sparades i git "
                "(inte committad), eller så har historiken tagits bort. Jämför med hela "
                "den svenska sidan.")
    current = (Path(root) / source).read_text(encoding="utf-8")
    diff = difflib.unified_diff(
        body(version.text).splitlines(keepends=True), body(current).splitlines(keepends=True),
        fromfile=f"{version.path} (version {version.commit[:10]}, när sidan översattes)",
        tofile=f"{source} (nu)")
    return "".join(diff) or "Texten är densamma; bara fälten överst har ändrats."
