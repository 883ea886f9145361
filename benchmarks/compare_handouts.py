"""Are two sets of handouts the same? For every PDF in either folder: the page count, the
text of each page, the fonts (without the subset prefix) and that each is embedded, that
the PDF is tagged, and its title and language. Used to show that a faster build makes the
same handouts (issue 16); needs poppler-utils (pdfinfo, pdftotext, pdffonts).

Run: .venv/bin/python benchmarks/compare_handouts.py BEFORE_DIR AFTER_DIR
Exit code: 0 the same, 1 differences (listed), 2 usage error.
"""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pypdf import PdfReader

_SUBSET = re.compile(r"^[A-Z]{6}\+")


def describe(pdf: Path) -> dict:
    """What a reader and a screen reader get from one PDF."""
    info = _run("pdfinfo", str(pdf))
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    fonts = []
    for row in _run("pdffonts", str(pdf)).splitlines()[2:]:
        parts = row.split()
        # name type [encoding…] emb sub uni object generation: emb is 5th from the end
        fonts.append((_SUBSET.sub("", parts[0]), parts[-5]))
    return {
        "pages": int(fields.get("Pages", "0").strip()),
        "tagged": fields.get("Tagged", "").strip(),
        "title": fields.get("Title", "").strip(),
        "text": _run("pdftotext", "-layout", str(pdf), "-").split("\f"),
        "fonts": sorted(set(fonts)),
        "language": str(PdfReader(pdf).trailer["/Root"].get("/Lang", "")),
    }


def compare(before: Path, after: Path) -> list[str]:
    names = sorted({p.relative_to(before).as_posix() for p in before.rglob("*.pdf")}
                   | {p.relative_to(after).as_posix() for p in after.rglob("*.pdf")})
    with ThreadPoolExecutor() as pool:
        return [line for lines in pool.map(lambda n: _differences(n, before, after), names)
                for line in lines]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not all(Path(a).is_dir() for a in argv):
        print(__doc__, file=sys.stderr)
        return 2
    before, after = Path(argv[0]), Path(argv[1])
    count = len(list(before.rglob("*.pdf")))
    differences = compare(before, after)
    for line in differences:
        print(line)
    print(f"{count} PDFs compared: {'the same' if not differences else 'DIFFERENT'} "
          "(pages, text per page, fonts embedded, tagged, title, language)")
    return 1 if differences else 0


# ---


def _differences(name: str, before: Path, after: Path) -> list[str]:
    if not (before / name).is_file() or not (after / name).is_file():
        return [f"{name}: only in {'after' if (after / name).is_file() else 'before'}"]
    old, new = describe(before / name), describe(after / name)
    return [f"{name}: {key} differs: {str(old[key])[:200]!r} → {str(new[key])[:200]!r}"
            for key in old if old[key] != new[key]]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
