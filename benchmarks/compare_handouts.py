"""Are two sets of handouts the same? For every PDF in either folder: the page count, the
text of each page, the fonts (without the subset prefix) and that each is embedded, that
the PDF is tagged, and its title and language. Used to show that a faster build makes the
same handouts (issue 16); needs poppler-utils (pdfinfo, pdftotext, pdffonts).

Run: .venv/bin/python benchmarks/compare_handouts.py [--ignore-spacing] BEFORE_DIR AFTER_DIR

``--ignore-spacing``: the same lines with the same words on every page, but the space
between words may differ (a table column a little wider, a line moved a point).
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


def describe(pdf: Path, ignore_spacing: bool = False) -> dict:
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
        "text": [_lines(page) if ignore_spacing else page
                 for page in _run("pdftotext", "-layout", str(pdf), "-").split("\f")],
        "fonts": sorted(set(fonts)),
        "language": str(PdfReader(pdf).trailer["/Root"].get("/Lang", "")),
    }


def compare(before: Path, after: Path, ignore_spacing: bool = False) -> list[str]:
    names = sorted({p.relative_to(before).as_posix() for p in before.rglob("*.pdf")}
                   | {p.relative_to(after).as_posix() for p in after.rglob("*.pdf")})
    with ThreadPoolExecutor() as pool:
        return [line for lines in pool.map(
                    lambda n: _differences(n, before, after, ignore_spacing), names)
                for line in lines]


def main(argv: list[str]) -> int:
    ignore_spacing = "--ignore-spacing" in argv
    argv = [a for a in argv if a != "--ignore-spacing"]
    if len(argv) != 2 or not all(Path(a).is_dir() for a in argv):
        print(__doc__, file=sys.stderr)
        return 2
    before, after = Path(argv[0]), Path(argv[1])
    count = len(list(before.rglob("*.pdf")))
    differences = compare(before, after, ignore_spacing)
    for line in differences:
        print(line)
    print(f"{count} PDFs compared: {'the same' if not differences else 'DIFFERENT'} "
          f"(pages, text per page{' but not the spacing' if ignore_spacing else ''}, fonts "
          "embedded, tagged, title, language)")
    return 1 if differences else 0


# ---


def _differences(name: str, before: Path, after: Path, ignore_spacing: bool) -> list[str]:
    if not (before / name).is_file() or not (after / name).is_file():
        return [f"{name}: only in {'after' if (after / name).is_file() else 'before'}"]
    old, new = describe(before / name, ignore_spacing), describe(after / name, ignore_spacing)
    return [f"{name}: {key} differs: {str(old[key])[:200]!r} → {str(new[key])[:200]!r}"
            for key in old if old[key] != new[key]]


def _lines(page: str) -> list[str]:
    """A page's lines, each with single spaces between its words."""
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
