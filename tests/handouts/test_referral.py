"""The referral sheet per municipality (sv/hanvisning/<kommun>.pdf), the help box's
municipality line and ruled line, and the staff page's list of sheets by county."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from handouts import pdftools
from handouts.conftest import TODAY, make_project
from hjalpguide.contacts.kommuner import Municipality
from hjalpguide.contacts.model import Phone, Place
from hjalpguide.handouts import build, helpbox, site, sources

pytestmark = pytest.mark.pdf

SUNDSVALL = "sv/hanvisning/sundsvall.pdf"
VAXHOLM = "sv/hanvisning/vaxholm.pdf"


def test_one_referral_sheet_per_municipality_with_data_each_one_page(built):
    project, outcome = built
    sheets = {e.path: e for e in outcome.entries if e.kind == "referral"}
    assert set(sheets) == {SUNDSVALL, VAXHOLM}
    for path, entry in sheets.items():
        assert len(pypdf.PdfReader(project.out_dir / path).pages) == 1 == entry.pages
        assert entry.title == {"sv/hanvisning/sundsvall.pdf": "Hjälp i Sundsvall",
                               "sv/hanvisning/vaxholm.pdf": "Hjälp i Vaxholm"}[path]


def test_sheet_with_a_phone_shows_contacts_places_needs_and_dates(built):
    project, _ = built
    text = " ".join(pdftools.text(project.out_dir / SUNDSVALL).split())
    for words in ("Hjälp i Sundsvall", "Västernorrlands län", "060-19 10 00",
                  "www.sundsvall.se", "sundsvalls.kommun@sundsvall.se",
                  "Stadsbiblioteket Sundsvall", "060-19 18 00", "Packhusgatan 4",
                  "Vilket ärende – vart?", "BankID Din bank", "Pass, nationellt id-kort Polisen",
                  "Statens servicecenter 0771-451 000",  # a national line from the data
                  "(annan källa)",  # the municipality's data is from Wikidata (secondary)
                  "Uppgifterna kontrollerades: kommunen 2026-04-06, platserna i kommunen "
                  "2026-11-10, telefonlinjerna"):
        assert words in text, words
    assert "inget telefonnummer" not in text
    # stale and unverified national lines are printed, and marked as the web marks them
    assert "Gammal linje 0771-000 000 (gammalt: 2024-01-01)" in text
    assert "Overifierad linje 0771-111 111 (obekräftat)" in text


def test_sheet_without_a_phone_says_so_and_points_to_the_website(built):
    project, _ = built
    text = " ".join(pdftools.text(project.out_dir / VAXHOLM).split())
    assert "Telefon Vi har inget telefonnummer till kommunen. Titta på webbplatsen." in text
    assert "Webbplats www.vaxholm.se" in text
    assert "Vi känner inte till fler platser i Vaxholm än." in text


@pytest.mark.parametrize("path, url", [
    (SUNDSVALL, "https://hjalp.example.se/hjalp/platser/sundsvall/"),
    (VAXHOLM, "https://hjalp.example.se/hjalp/platser/vaxholm/"),
])
def test_qr_code_opens_the_municipality_page(built, tmp_path, path, url):
    project, _ = built
    assert pdftools.qr_codes(project.out_dir / path, tmp_path) == [url]


def test_help_box_starts_with_the_deployers_municipality(built):
    project, _ = built  # municipality: "2281" in the fixture's mkdocs.yml
    text = " ".join(pdftools.text(project.out_dir / "sv/bankid/skaffa-bankid.pdf").split())
    assert "Här kan du få hjälp Kommunen: Sundsvall 060-19 10 00 Stadsbiblioteket" in text
    assert "Hjälp nära dig:" not in text  # a recently checked local place is printed
    assert "hjalp.example.se/hjalp/platser/sundsvall" in text


def test_help_box_without_a_local_place_has_a_ruled_line_in_both_languages(tmp_path):
    root = make_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'municipality: "2281"', 'municipality: "0187"'), encoding="utf-8")
    project = sources.load_project(config)
    build.build(project, today=TODAY, kinds={"single"})
    swedish = " ".join(pdftools.text(project.out_dir / "sv/bankid/skaffa-bankid.pdf").split())
    assert "Kommunen: Vaxholm www.vaxholm.se" in swedish  # no phone: the website
    assert "Hjälp nära dig:" in swedish
    arabic = " ".join(pdftools.text(project.out_dir / "ar/bankid/skaffa-bankid.pdf").split())
    assert "مساعدة قريبة منك" in arabic and "Hjälp nära dig:" in arabic
    assert "hjalp.example.se/ar/hjalp/platser/vaxholm" in arabic


def _place(id, kind, municipality, verified, phones=(), url=None, services=("referral",)):
    return Place(id=id, name={"sv": id}, kind=kind, file="x.yml", municipality=municipality,
                 phones=phones, url=url, services=services, verified_on=verified,
                 verified={"level": "secondary"})


def test_ruled_line_only_when_no_local_place_is_recently_checked():
    here = Municipality("0187", "Vaxholm", "01", "Stockholms län")
    fresh, stale = dt.date(2026, 4, 6), dt.date(2018, 2, 1)
    itself = _place("vaxholm", "municipality", here, fresh, url="http://www.vaxholm.se")
    old_library = _place("bibliotek", "library", here, stale, services=("eservice_help",))
    new_library = _place("bibliotek", "library", here, fresh, services=("eservice_help",),
                         phones=(Phone("+468000000", None, "08-00 00 00"),))
    chosen = helpbox.choose([itself, old_library], "bankid", "0187", "sv", TODAY)
    assert [(p.id, p.kind, [line.display for line in p.lines]) for p in chosen] == [
        ("vaxholm", "municipality", ["www.vaxholm.se"])]
    assert helpbox.needs_own_line(chosen)
    chosen = helpbox.choose([itself, new_library], "bankid", "0187", "sv", TODAY)
    assert [p.id for p in chosen] == ["vaxholm", "bibliotek"]
    assert not helpbox.needs_own_line(chosen)
    assert helpbox.needs_own_line(helpbox.choose([itself, new_library], "bankid", "", "sv",
                                                 TODAY))


def test_only_the_changed_municipality_sheet_is_made_again(tmp_path):
    root = make_project(tmp_path / "project")
    project = sources.load_project(root / "mkdocs.yml")
    first = build.build(project, today=TODAY)
    assert {e.path for e in first.made} >= {SUNDSVALL, VAXHOLM}
    data = root / "data/help-places/0187-vaxholm.yml"
    data.write_text(data.read_text(encoding="utf-8").replace(
        "    email: kansliet@vaxholm.se\n",
        '    phones:\n      - number: "+46854170000"\n        display: "08-541 700 00"\n'
        "    email: kansliet@vaxholm.se\n"), encoding="utf-8")
    again = build.build(project, today=TODAY)
    assert [e.path for e in again.made] == [VAXHOLM]
    assert "08-541 700 00" in pdftools.text(project.out_dir / VAXHOLM)
    data.unlink()  # no data: no sheet
    removed = build.build(project, today=TODAY)
    assert removed.removed == [VAXHOLM] and removed.made == []


def test_staff_page_lists_the_sheets_by_county(built, monkeypatch):
    project, _ = built
    monkeypatch.setattr(site, "OUT_DIR", project.out_dir.relative_to(project.root))
    swedish = site.staff_page(project.root, "sv", project.languages, "2281")
    assert "## Hänvisningsblad för din kommun" in swedish
    assert '**Er kommun:** <a href="hanvisning/sundsvall.pdf"' in swedish
    assert '<a href="#lan-stockholms-lan">Stockholms län</a>' in swedish
    assert "### Stockholms län {: #lan-stockholms-lan }" in swedish
    assert ('<li><a href="hanvisning/vaxholm.pdf" type="application/pdf">Vaxholm</a></li>'
            in swedish)
    assert swedish.index("Stockholms län {:") < swedish.index("Västernorrlands län {:")
    arabic = site.staff_page(project.root, "ar", project.languages)
    assert "hanvisning/" not in arabic
    assert "أوراق الإحالة الخاصة بالبلديات باللغة السويدية" in arabic
