"""The referral sheet per municipality (sv/hanvisning/<kommun>.pdf), the help box's
municipality line and ruled line, and the staff page's list of sheets by county."""

from __future__ import annotations

import datetime as dt
import json

import pypdf
import pytest

from handouts import pdftools
from handouts.conftest import ROOT, TODAY, make_project
from hjalpguide.contacts.kommuner import Municipality
from hjalpguide.contacts.model import Phone, Place
from hjalpguide.handouts import build, helpbox, referral, site, sources, texts

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
                  # the municipality's data is from Wikidata (secondary): the mark stands
                  # beside the name it qualifies, in the box's heading
                  "Kommunen: Sundsvall (annan källa) Telefon 060-19 10 00",
                  # the place's own hours and its service's hours, each on its own line, in
                  # the web page's words
                  "Öppettider: måndag–fredag 10.00–19.00, lördag 11.00–15.00 "
                  "IT-hjälp (drop-in): måndag–fredag 13.00–15.00",
                  # a national line says what it is for (its description's first sentence)
                  "Statens servicecenter 0771-451 000 – Hjälp med e-tjänster och blanketter.",
                  "En märkning i parentes gäller namnet före den.",
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
    assert ("Hjälpguiden känner inte till någon annan plats i Vaxholm än. Fråga kommunen."
            in text)


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
    assert '<h3 id="lan-stockholms-lan">Stockholms län</h3>' in swedish
    assert ('<li data-find="vaxholm stockholms lan"><a href="hanvisning/vaxholm.pdf" '
            'type="application/pdf">Vaxholm</a></li>' in swedish)
    assert swedish.index('"lan-stockholms-lan">') < swedish.index('"lan-vasternorrlands-lan">')
    arabic = site.staff_page(project.root, "ar", project.languages)
    assert "hanvisning/" not in arabic
    assert "أوراق الإحالة الخاصة بالبلديات باللغة السويدية" in arabic
    # the translated page links to the Swedish page's list of sheets
    assert '<a href="../../utskrift/#hanvisningsblad" hreflang="sv">' in arabic
    # each translated title shows the Swedish title too, marked as Swedish
    assert ('<small class="hjalp-staff-source-title" lang="sv" dir="ltr">Skaffa BankID'
            in arabic)


def test_staff_page_sorts_municipalities_a_to_o_within_a_county(tmp_path, monkeypatch):
    out = tmp_path / "build/handouts"
    out.mkdir(parents=True)
    handouts = [{"path": f"sv/hanvisning/{slug}.pdf", "page": f"hanvisning/{slug}",
                 "language": "sv", "kind": "referral", "bytes": 1000, "pages": 1,
                 "title": slug} for slug in ("orebro", "askersund", "arboga", "kumla")]
    (out / "manifest.json").write_text(json.dumps({"handouts": handouts}), encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data/kommuner.csv").write_text(
        (ROOT / "data/kommuner.csv").read_text(encoding="utf-8"), encoding="utf-8")
    links = site._referral_counties(tmp_path, site.load_manifest(tmp_path), "utskrift/", "sv")
    names = {county["name"]: [link["name"] for link in county["links"]] for county in links}
    # Arboga is in Västmanlands län; Örebro (code 1880) after Kumla (1881) only A–Ö
    assert names["Örebro län"] == ["Askersund", "Kumla", "Örebro"]


def _national(id, name, description, phones=(), email=None):
    return Place(id=id, name={"sv": name}, kind="phone_line", file="national.yml",
                 municipality=None, description={"sv": description}, phones=phones,
                 email=email, verified_on=dt.date(2026, 12, 5))


def test_national_lines_say_what_they_are_for_and_sms_is_said_once():
    root = ROOT
    words = texts.load(root, ["sv"])["sv"]["referral"]
    here = Municipality("1280", "Malmö", "12", "Skåne län")
    places = [
        _place("malmo", "municipality", here, dt.date(2026, 4, 6), url="https://malmo.se"),
        _national("polisen", "Polisen", "Polisanmälan. Pågår brottet, ring 112.",
                  (Phone("11414", None, "114 14", description="När det inte är akut"),)),
        _national("1177", "1177", "Råd om hälsa, dygnet runt. Ring 112 om det är akut.",
                  (Phone("1177", None, "1177"),)),
        _national("migration", "Migrationsverket", "Frågor om t.ex. asyl. Mer text.",
                  (Phone("+46771235235", None, "0771-235 235",
                         description="Från utlandet ring +46 771 235 235."),)),
        _national("sms", "Skicka vidare bedrägeri-sms",
                  "Har du fått ett sms som är ett bedrägeri? Skicka det till 7726.",
                  (Phone("7726", None, "7726", type="sms"),)),
    ]
    sheet = referral.sheet(here, places, words, referral.site_words(root), "https://x.se/",
                           TODAY)
    crime = next(n for n in sheet.needs if n.where == "Polisen" and n.lines)
    assert [(line.display, line.note) for line in crime.lines] == [
        ("114 14", "När det inte är akut")]  # a short label is printed beside the number
    national = {e.name: e for e in sheet.national}
    assert national["1177"].purpose == "Råd om hälsa, dygnet runt."
    assert national["Migrationsverket"].purpose == "Frågor om t.ex. asyl."
    # a long note (sentences) is left off the sheet
    assert national["Migrationsverket"].lines[0].note == ""
    # a question says nothing the name does not; "sms" is not said twice
    sms = national["Skicka vidare bedrägeri-sms"]
    assert sms.purpose == "" and sms.lines[0].prefix == "till"
    assert "Polisen" not in national  # in the needs table already


def test_hours_on_the_sheet_use_the_web_pages_words():
    hours = referral.site_words(ROOT)["hours"]
    assert referral._hours("Mo-Fr 13:00-15:00", hours) == "måndag–fredag 13.00–15.00"
    assert referral._hours("Mo-Fr 10:00-19:00; Sa 11:00-15:00; PH off", hours) == (
        "måndag–fredag 10.00–19.00, lördag 11.00–15.00. Stängt på helgdagar")
    assert referral._hours("Mo-Fr 08:00-17:00; Jun-Aug Mo-Fr 10:00-15:00", hours) == (
        "1 juni–31 augusti: måndag–fredag 10.00–15.00. "
        "Resten av året: måndag–fredag 8.00–17.00")
