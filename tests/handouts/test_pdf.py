"""The made PDFs, read back: pages, text in the right language, QR, fonts, tags."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from handouts import pdftools
from hjalpguide.handouts.build import MAX_PAGES

pytestmark = pytest.mark.pdf

EXPECTED = {
    "sv/bankid/skaffa-bankid.pdf",
    "ar/bankid/skaffa-bankid.pdf",
    "ar/bankid/skaffa-bankid.sv-ar.pdf",
    "ti/bankid/skaffa-bankid.pdf",
    "ti/bankid/skaffa-bankid.sv-ti.pdf",
    "sv/hanvisning/sundsvall.pdf",  # the referral sheets (test_referral.py)
    "sv/hanvisning/vaxholm.pdf",
}
# Words of the title and of every step, as each language writes them.
WORDS = {
    "sv": ["Skaffa BankID", "Installera appen BankID", "Logga in på din internetbank",
           "beställa BankID", "säkerhetskod"],
    "ar": ["BankID", "تطبيق", "الدخول", "طلب", "أمان"],
    "ti": ["BankID ምርካብ", "ኣፕ BankID", "ኢንተርነትካ", "ክትእዝዝ", "ድሕንነት"],
}


def test_exactly_the_planned_handouts_are_made(built):
    project, outcome = built
    made = {p.relative_to(project.out_dir).as_posix() for p in project.out_dir.rglob("*.pdf")}
    assert made == EXPECTED
    assert {entry.path for entry in outcome.entries} == EXPECTED
    assert outcome.findings == []


def test_every_handout_fits_on_one_sheet(built):
    project, outcome = built
    for entry in outcome.entries:
        pages = len(pypdf.PdfReader(project.out_dir / entry.path).pages)
        assert pages == entry.pages
        assert 1 <= pages <= MAX_PAGES[entry.kind], entry.path
    assert all(e.pages <= 2 for e in outcome.entries if e.kind == "single")


@pytest.mark.parametrize("lang", ["sv", "ar", "ti"])
def test_text_has_title_and_steps_in_the_language(built, lang):
    project, _ = built
    text = pdftools.text(project.out_dir / lang / "bankid" / "skaffa-bankid.pdf")
    for word in WORDS[lang]:
        assert word in text, f"{lang}: {word!r} saknas i texten"
    if lang != "sv":
        assert "Installera appen" not in text  # the single handout is not bilingual


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_bilingual_is_the_reader_sheet_then_the_swedish_sheet(built, tmp_path, lang):
    project, outcome = built
    path = project.out_dir / lang / "bankid" / f"skaffa-bankid.sv-{lang}.pdf"
    pages = {entry.path: entry.pages for entry in outcome.entries}
    reader = pages[f"{lang}/bankid/skaffa-bankid.pdf"]
    swedish = pages["sv/bankid/skaffa-bankid.pdf"]
    # each language starts on the front of a new sheet: an empty back after one page
    assert pages[f"{lang}/bankid/skaffa-bankid.sv-{lang}.pdf"] == 2 + swedish
    texts = [pdftools.text(path, page) for page in range(1, 2 + swedish + 1)]
    reader_text = "".join(texts[:reader])
    swedish_text = "".join(texts[2:])
    for word in WORDS[lang]:
        assert word in reader_text
    for word in WORDS["sv"]:
        assert word in swedish_text
    assert "Installera appen" not in reader_text
    if reader == 1:
        assert texts[1].strip() == ""
    swedish_url = "https://hjalp.example.se/bankid/skaffa-bankid/"
    assert pdftools.qr_codes(path, tmp_path, page=3) == [swedish_url]
    # a screen reader switches to Swedish on the Swedish sheet
    reader_pdf = pypdf.PdfReader(path)
    page_numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader_pdf.pages)}
    catalog = reader_pdf.trailer["/Root"]
    assert catalog["/Lang"] == lang
    languages = {}
    for element in catalog["/StructTreeRoot"]["/K"][0].get_object()["/K"]:
        element = element.get_object()
        page = page_numbers[element.raw_get("/Pg").idnum]
        languages.setdefault(page, set()).add(str(element.get("/Lang", lang)))
    assert languages == {**{n: {lang} for n in range(reader)},
                         **{n: {"sv"} for n in range(2, 2 + swedish)}}


@pytest.mark.parametrize("path,url", [
    ("sv/bankid/skaffa-bankid.pdf", "https://hjalp.example.se/bankid/skaffa-bankid/"),
    ("ar/bankid/skaffa-bankid.pdf", "https://hjalp.example.se/ar/bankid/skaffa-bankid/"),
    ("ti/bankid/skaffa-bankid.sv-ti.pdf", "https://hjalp.example.se/ti/bankid/skaffa-bankid/"),
])
def test_qr_code_opens_the_same_page_online(built, tmp_path, path, url):
    project, _ = built
    assert pdftools.qr_codes(project.out_dir / path, tmp_path) == [url]
    short = url.removeprefix("https://").rstrip("/")
    flat = pdftools.text(project.out_dir / path).replace("\n", "")
    assert short.replace("/", "") in flat.replace("/", "").replace(" ", "")


def test_all_fonts_are_embedded_and_scripts_have_their_font(built):
    project, _ = built
    for path in EXPECTED:
        rows = pdftools.fonts(project.out_dir / path)
        assert rows and all(row["emb"] == "yes" for row in rows), path
    ar = {row["name"].split("+")[-1] for row in pdftools.fonts(
        project.out_dir / "ar/bankid/skaffa-bankid.pdf")}
    ti = {row["name"].split("+")[-1] for row in pdftools.fonts(
        project.out_dir / "ti/bankid/skaffa-bankid.pdf")}
    assert "Noto-Sans-Arabic" in ar
    assert "Noto-Sans-Ethiopic" in ti


def test_tigrinya_is_geez_not_empty_boxes(built):
    """Ge'ez comes out as Ge'ez characters drawn with the Ethiopic font.

    An empty box (.notdef) has no Unicode value: it would be missing from the extracted
    text or come out as U+FFFD.
    """
    project, _ = built
    pdf = project.out_dir / "ti/bankid/skaffa-bankid.pdf"
    text = pdftools.text(pdf)
    source = (project.docs_dir / "bankid/skaffa-bankid.ti.md").read_text(encoding="utf-8")
    steps = [line.split(". ", 1)[1] for line in source.splitlines() if line[:2] in
             ("1.", "2.", "3.", "4.")]
    assert len(steps) == 4
    for step in steps:
        assert step in text.replace("\n", " ")
    assert "\ufffd" not in text
    assert sum("\u1200" <= ch <= "\u137f" for ch in text) > 100
    fonts = pdftools.geez_fonts(pdf)
    assert fonts and all("Ethiopic" in name for name in fonts), fonts


def test_box_check_catches_a_missing_ethiopic_font(tmp_path):
    """The check above can fail: without an Ethiopic font, WeasyPrint draws boxes (and the
    text still extracts as Ge'ez), and geez_fonts names the Latin font instead."""
    import os
    import subprocess
    import sys

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "NotoSans-Regular.ttf").write_bytes(
        next(Path("/usr/share/fonts").rglob("NotoSans-Regular.ttf")).read_bytes())
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    pdf = tmp_path / "boxes.pdf"
    script = ("import sys, weasyprint; weasyprint.HTML(string='<p lang=\"ti\" style=\""
              "font-family: Noto Sans\">ኣፕ BankID ኣብ ሞባይልካ ጸዓን።</p>').write_pdf(sys.argv[1])")
    subprocess.run([sys.executable, "-c", script, str(pdf)], check=True,
                   env={**os.environ, "FONTCONFIG_FILE": str(conf)})
    assert "ሞባይልካ" in pdftools.text(pdf)  # extraction alone would not notice
    assert pdftools.geez_fonts(pdf) == {"Noto-Sans"}


def test_pdfs_are_tagged_with_title_and_language(built):
    project, _ = built
    for path, lang in [("ar/bankid/skaffa-bankid.pdf", "ar"), ("ti/bankid/skaffa-bankid.pdf", "ti"),
                       ("sv/bankid/skaffa-bankid.pdf", "sv")]:
        reader = pypdf.PdfReader(project.out_dir / path)
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"])
        assert "/StructTreeRoot" in root
        assert root["/Lang"] == lang
        assert reader.metadata.title and "BankID" in reader.metadata.title


def test_facts_checked_date_and_help_box_on_paper(built):
    project, _ = built
    sv = pdftools.text(project.out_dir / "sv/bankid/skaffa-bankid.pdf")
    assert "Fakta kontrollerade 2026-11-20" in sv
    assert "Här kan du få hjälp" in sv
    assert "0771-451 000" in sv and "Statens servicecenter" in sv
    assert "Stadsbiblioteket Sundsvall" in sv  # the configured municipality's place
    assert "Gammal linje" not in sv  # checked more than a year ago
    assert "Overifierad linje" not in sv  # level: unverified
    ar = pdftools.text(project.out_dir / "ar/bankid/skaffa-bankid.pdf")
    assert "2026-11-20" in ar  # kept left-to-right inside Arabic
    assert "0771-451 000" in ar


def test_nothing_sticks_out_into_the_side_margins(built, tmp_path):
    """Every page, every language: no ink in the left and right page margins (a negative
    text-indent on right-to-left list items once pushed Arabic lines 5 mm into them)."""
    from PIL import Image

    project, _ = built
    dpi = 100
    margin = round((11 - 0.5) / 25.4 * dpi)  # the compact stylesheet's 11 mm, less 0.5 mm
    for path in EXPECTED:
        prefix = tmp_path / path.replace("/", "_")
        pdftools.render_pages(project.out_dir / path, prefix, dpi)
        for image_path in sorted(tmp_path.glob(f"{prefix.name}*.png")):
            image = Image.open(image_path).convert("L")
            width, height = image.size
            sides = [image.crop((0, 0, margin, height)),
                     image.crop((width - margin, 0, width, height))]
            assert all(side.getextrema()[0] > 128 for side in sides), image_path.name
