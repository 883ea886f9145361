"""Reading the made PDFs back with the tools a person would use: poppler and zbar."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def text(pdf: Path, page: int | None = None) -> str:
    """The text as pdftotext extracts it (bidi control characters removed); of one page
    (counted from 1) if given."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return _BIDI_CONTROLS.sub("", out)


def fonts(pdf: Path) -> list[dict]:
    """pdffonts' table: one dict per font with name and emb (yes/no)."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append({"name": parts[0], "emb": parts[-5]})
    return rows


def render_pages(pdf: Path, prefix: Path, dpi: int) -> None:
    """Every page as a PNG image, as a person would see it: <prefix>-<n>.png."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)


def qr_codes(pdf: Path, tmp: Path, page: int = 1) -> list[str]:
    """Every QR code on a page rendered at 150 dpi, decoded with zbarimg."""
    prefix = tmp / f"{pdf.stem}-qr"
    subprocess.run(["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png",
                    str(pdf), str(prefix)], check=True)
    image = next(tmp.glob(f"{prefix.name}*.png"))
    found = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True,
                           text=True).stdout
    return [line for line in found.splitlines() if line.strip()]


def render_png(pdf: Path, tmp: Path, name: str, dpi: int = 72) -> Path:
    prefix = tmp / name
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(pdf),
                    str(prefix)], check=True)
    return next(tmp.glob(f"{name}*.png"))



def chars_by_font(pdf: Path) -> dict[str, set[str]]:
    """The characters each font draws, from its ToUnicode map (BaseFont without subset tag).

    A character drawn as an empty box still maps back to its character, but through a
    font that does not have it: so "which font draws Ge'ez" is what tells boxes apart.
    """
    import pypdf

    reader = pypdf.PdfReader(pdf)
    chars: dict[str, set[str]] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            chars.setdefault(name, set()).update(_cmap_chars(cmap))
    return chars


_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _cmap_chars(cmap: str) -> set[str]:
    out: set[str] = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for _code, uni in _BFCHAR.findall(block):
            out.add(bytes.fromhex(uni).decode("utf-16-be", "replace"))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, uni in _BFRANGE.findall(block):
            first = int(uni, 16)
            out.update(chr(first + i) for i in range(int(high, 16) - int(low, 16) + 1))
    return {ch for text in out for ch in text}


def geez_fonts(pdf: Path) -> set[str]:
    """Names of the fonts that draw Ge'ez (Ethiopic) characters."""
    return {name for name, chars in chars_by_font(pdf).items()
            if any("\u1200" <= ch <= "\u137f" for ch in chars)}
