"""The import of the municipalities' own contacts (scripts/import_municipalities.py)."""

from __future__ import annotations

import csv
import textwrap
from pathlib import Path

import phonenumbers
import pytest

from hjalpguide.contacts import importer, phones
from hjalpguide.contacts.cli import main as validate_main
from hjalpguide.contacts.import_cli import main

from .conftest import ROOT, write_project

HEADER = "code,name,county_name,website,phone,email,wikidata,data_date,source"
SUNDSVALL = ("2281,Sundsvall,Västernorrlands län,http://www.sundsvall.se,+46-60-191000,"
             "sundsvalls.kommun@sundsvall.se,Q504994,2026-04-06,Wikidata Q504994")
VAXHOLM = ("0187,Vaxholm,Stockholms län,http://www.vaxholm.se,,kansliet@vaxholm.se,Q500090,"
           "2026-04-06,Wikidata Q500090")
MALMO = ("1280,Malmö,Skåne län,http://www.malmo.se,+46-40-341000,kommunstyrelsen@malmo.se,"
         "Q503361,2026-04-06,Wikidata Q503361")
TODAY = "2026-12-05"

# An existing file with an editor's comments and a place from a report.
SUNDSVALL_FILE = textwrap.dedent("""\
    # Källa: en rapport (2022-12-16).
    # Handbok: docs/editors/help-places.md
    municipality:
      code: "2281"
      name: Sundsvall
    places:
      - id: sundsvall-stadsbiblioteket
        name: Stadsbiblioteket
        kind: library
        # Rapporten säger drop-in vardagar.
        opening_hours: 'Mo-Fr 13:00-15:00 "IT-hjälp drop-in"'
        verified:
          date: 2022-12-16
          method: document
          level: secondary
          source: '"Tusen vägar in", Projekt TEO, 2022-12-16'
    """)


def own_entry(verified: str, phone: str = "+4660191000",
              display: str = "060-19 10 00") -> str:
    """Sundsvall's file with a municipality entry already in it."""
    return SUNDSVALL_FILE + textwrap.indent(textwrap.dedent(f"""\

        - id: sundsvall-kommunen
          name: Sundsvalls kommun
          kind: municipality
          description: Kontaktcenter svarar på frågor om kommunen.
          phones:
            - number: "{phone}"
              display: "{display}"
          email: gammal@sundsvall.se
          url: http://www.sundsvall.se
          services: [referral]
          verified:
        """), "  ") + textwrap.indent(textwrap.dedent(verified), "      ")


def setup(tmp_path: Path, rows: list[str], files: dict[str, str] | None = None,
          header: str = HEADER) -> tuple[Path, Path]:
    root = write_project(tmp_path, files or {})
    csv_path = root / "data" / "kommun-kontakter.csv"
    csv_path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return root, csv_path


def run(root: Path, *args: str) -> int:
    return main(["--root", str(root), "--today", TODAY, *args])


def snapshot(root: Path) -> dict[str, str]:
    folder = root / "data" / "help-places"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yml"))}


def place_file(root: Path, name: str) -> str:
    return (root / "data" / "help-places" / name).read_text(encoding="utf-8")


# --- dry run and the first import --------------------------------------------------------

def test_dry_run_writes_nothing_and_reports(tmp_path, capsys):
    root, _ = setup(tmp_path, [SUNDSVALL, VAXHOLM], {"2281-sundsvall.yml": SUNDSVALL_FILE})
    before = snapshot(root)
    assert run(root, "--dry-run") == 0
    out = capsys.readouterr().out
    assert snapshot(root) == before
    assert "data/help-places/0187-vaxholm.yml: ny fil med kommunens uppgifter" in out
    assert "data/help-places/2281-sundsvall.yml: kommunens uppgifter tillagda" in out
    assert "Provkörning, inget är skrivet" in out
    assert "2 kommuner: 1 nya filer, 1 tillagda i befintliga filer" in out


def test_import_writes_entries_that_pass_the_check(tmp_path, capsys):
    root, _ = setup(tmp_path, [SUNDSVALL, VAXHOLM, MALMO], {"2281-sundsvall.yml": SUNDSVALL_FILE})
    assert run(root) == 0
    capsys.readouterr()
    assert validate_main(["--root", str(root), "--today", TODAY]) == 0
    malmo = place_file(root, "1280-malmo.yml")
    assert 'municipality:\n  code: "1280"\n  name: Malmö\n' in malmo
    assert textwrap.indent(textwrap.dedent("""\
          - id: malmo-kommunen
            name: Malmö
            kind: municipality
            phones:
              - number: "+4640341000"
                display: "040-34 10 00"
            email: kommunstyrelsen@malmo.se
            url: http://www.malmo.se
            services: [referral]
            verified:
              date: 2026-04-06
              method: document
              level: secondary
              source: Wikidata (Q503361) via Govdirectory, uppgifterna från 2026-04-06
        """), "  ") in malmo
    assert malmo.startswith("# Hjälpställen i Malmö (kommunkod 1280).\n")


def test_a_missing_phone_stays_missing(tmp_path):
    root, _ = setup(tmp_path, [VAXHOLM])
    assert run(root) == 0
    text = place_file(root, "0187-vaxholm.yml")
    assert "phones" not in text and "display" not in text
    assert "email: kansliet@vaxholm.se" in text


def test_http_stays_http(tmp_path):
    root, _ = setup(tmp_path, [SUNDSVALL])
    assert run(root) == 0
    assert "url: http://www.sundsvall.se\n" in place_file(root, "2281-sundsvall.yml")
    assert "https://www.sundsvall.se" not in place_file(root, "2281-sundsvall.yml")


def test_comments_and_order_of_an_existing_file_are_kept(tmp_path):
    root, _ = setup(tmp_path, [SUNDSVALL], {"2281-sundsvall.yml": SUNDSVALL_FILE})
    assert run(root) == 0
    text = place_file(root, "2281-sundsvall.yml")
    # every line the editor wrote is still there, in the same order
    remaining = iter(text.splitlines())
    assert all(line in remaining for line in SUNDSVALL_FILE.splitlines())
    # the new entry comes first, says where it comes from, and a blank line follows it
    assert text.index("- id: sundsvall-kommunen") < text.index("- id: sundsvall-stadsbiblioteket")
    assert "  # data/kommun-kontakter.csv (Wikidata), inte från källan ovan." in text
    assert "uppgifterna från 2026-04-06\n\n  - id: sundsvall-stadsbiblioteket" in text


def test_running_twice_changes_nothing(tmp_path, capsys):
    root, _ = setup(tmp_path, [SUNDSVALL, VAXHOLM, MALMO], {"2281-sundsvall.yml": SUNDSVALL_FILE})
    assert run(root) == 0
    first = snapshot(root)
    capsys.readouterr()
    assert run(root) == 0
    assert snapshot(root) == first
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == ("3 kommuner: 0 nya filer, 0 tillagda i befintliga filer, "
                           "0 uppdaterade, 3 oförändrade, 0 rörs inte (kontrollerade av "
                           "redaktör).")


# --- merge -------------------------------------------------------------------------------

@pytest.mark.parametrize("verified, why", [
    ("""\
     date: 2026-11-01
     method: phone
     level: secondary
     source: Ringde kontaktcenter
     """, "senare (2026-11-01)"),
    ("""\
     date: 2025-01-10
     method: web
     source: https://sundsvall.se/kontakt
     """, "level: organisation"),  # no level means organisation
])
def test_an_entry_an_editor_verified_is_kept(tmp_path, capsys, verified, why):
    files = {"2281-sundsvall.yml": own_entry(verified)}
    root, _ = setup(tmp_path, [SUNDSVALL], files)
    assert run(root) == 0
    assert place_file(root, "2281-sundsvall.yml") == files["2281-sundsvall.yml"]
    out = capsys.readouterr().out
    assert "data/help-places/2281-sundsvall.yml: rörs inte – en redaktör har kontrollerat" in out
    assert why in out
    assert "1 rörs inte" in out


def test_an_older_import_level_entry_is_updated(tmp_path, capsys):
    old = """\
        date: 2025-01-10
        method: document
        level: secondary
        source: Wikidata (Q504994) via Govdirectory, uppgifterna från 2025-01-10
        by: Importen
        """
    files = {"2281-sundsvall.yml": own_entry(old, phone="+4660191100", display="060-19 11 00")}
    root, _ = setup(tmp_path, [SUNDSVALL], files)
    assert run(root) == 0
    out = capsys.readouterr().out
    assert "data/help-places/2281-sundsvall.yml: ändrade phones, email, verified" in out
    text = place_file(root, "2281-sundsvall.yml")
    assert '- number: "+4660191000"\n        display: "060-19 10 00"' in text
    assert "email: sundsvalls.kommun@sundsvall.se" in text
    assert "date: 2026-04-06" in text and "by: Importen" not in text
    # what the data does not decide stays as the editor wrote it
    assert "name: Sundsvalls kommun" in text
    assert "description: Kontaktcenter svarar på frågor om kommunen." in text
    assert "# Rapporten säger drop-in vardagar." in text
    assert validate_main(["--root", str(root), "--today", TODAY]) == 0


def test_a_phone_gone_from_the_data_is_removed_from_an_import_level_entry(tmp_path, capsys):
    old = """\
        date: 2025-01-10
        method: document
        level: secondary
        source: Wikidata (Q504994) via Govdirectory, uppgifterna från 2025-01-10
        """
    files = {"2281-sundsvall.yml": own_entry(old)}
    root, _ = setup(tmp_path, [SUNDSVALL.replace("+46-60-191000", "")], files)
    assert run(root) == 0
    assert "phones (borttaget: saknas i källan)" in capsys.readouterr().out
    text = place_file(root, "2281-sundsvall.yml")
    assert "phones" not in text.split("- id: sundsvall-kommunen")[1]


def test_the_same_phone_keeps_the_editors_display(tmp_path):
    old = """\
        date: 2025-01-10
        method: document
        level: secondary
        source: Wikidata (Q504994) via Govdirectory, uppgifterna från 2025-01-10
        """
    files = {"2281-sundsvall.yml": own_entry(old, display="060-191 000")}
    root, _ = setup(tmp_path, [SUNDSVALL], files)
    assert run(root) == 0
    assert 'display: "060-191 000"' in place_file(root, "2281-sundsvall.yml")


def test_municipalities_with_the_same_slug_get_unique_ids(tmp_path):
    rows = ["0305,Håbo,Uppsala län,http://www.habo.se,+46-171-525-00,kommun@habo.se,Q511253,"
            "2026-04-06,x",
            "0643,Habo,Jönköpings län,http://www.habokommun.se,+46-36-4428000,"
            "info@habokommun.se,Q503198,2026-04-06,x"]
    root, _ = setup(tmp_path, rows)
    assert run(root) == 0
    assert "- id: habo-0305-kommunen" in place_file(root, "0305-habo.yml")
    assert "- id: habo-0643-kommunen" in place_file(root, "0643-habo.yml")
    assert validate_main(["--root", str(root), "--today", TODAY]) == 0


# --- the Swedish way of writing numbers ----------------------------------------------------

@pytest.mark.parametrize("data, shown", [
    ("+46-8-590-970-00", "08-590 970 00"),     # Upplands Väsby: 08, eight digits
    ("+46-8-5782-9100", "08-578 291 00"),
    ("+46-40-341000", "040-34 10 00"),         # Malmö: two-digit area code, six digits
    ("+46-60-191000", "060-19 10 00"),         # Sundsvall
    ("+46-31-365-00-00", "031-365 00 00"),     # Göteborg: seven digits
    ("+46-36-4428000", "036-442 80 00"),       # Habo
    ("+46-171-525-00", "0171-525 00"),         # Håbo: three-digit area code, five digits
    ("+46-980-700-00", "0980-700 00"),         # Kiruna
    ("+46-498-26-90-00", "0498-26 90 00"),     # Gotland: six digits
    ("+46-90-16-10-00", "090-16 10 00"),       # Umeå
])
def test_numbers_from_the_data_are_shown_the_swedish_way(data, shown):
    e164 = data.replace("-", "")
    assert phones.swedish_display(e164) == shown
    assert phones.display_digits(shown) == e164[1:]  # the validator's comparison agrees


@pytest.mark.parametrize("e164, shown", [
    ("+46771524524", "0771-52 45 24"),
    ("+46101234567", "010-123 45 67"),
    ("+46201234567", "020-123 45 67"),
    ("+46701234567", "070-123 45 67"),
    ("+46900123456", "0900-12 34 56"),
])
def test_non_geographic_numbers(e164, shown):
    assert phones.swedish_display(e164) == shown


@pytest.mark.parametrize("value", ["+4712345678", "+46060191000", "0601910000", "+461"])
def test_no_swedish_form_for_other_numbers(value):
    assert phones.swedish_display(value) is None


def test_every_number_in_the_real_data_has_the_plan_s_area_code():
    with open(ROOT / "data" / "kommun-kontakter.csv", encoding="utf-8", newline="") as handle:
        numbers = [row["phone"].replace("-", "") for row in csv.DictReader(handle)
                   if row["phone"]]
    assert len(numbers) == 282
    for e164 in numbers:
        shown = phones.swedish_display(e164)
        parsed = phonenumbers.parse(e164)
        area = shown.split("-")[0]
        assert len(area) - 1 == phonenumbers.length_of_geographical_area_code(parsed), e164
        assert phones.display_digits(shown) == e164[1:]


# --- bad input -----------------------------------------------------------------------------

def test_a_missing_column_is_named(tmp_path, capsys):
    header = HEADER.replace(",phone", "")
    row = SUNDSVALL.replace(",+46-60-191000", "")
    root, _ = setup(tmp_path, [row], header=header)
    assert run(root) == 1
    out = capsys.readouterr().out
    assert ("data/kommun-kontakter.csv:1: [IMP-COLUMN] phone: Kolumnen 'phone' saknas i "
            "rubrikraden.") in out
    assert "Inget har skrivits." in out
    assert snapshot(root) == {}


def test_bad_rows_are_named_by_line_and_field_and_nothing_is_written(tmp_path, capsys):
    rows = [SUNDSVALL,
            MALMO.replace("1280,", "128,"),
            VAXHOLM.replace(",,kansliet", ",+46-8-123,kansliet"),
            SUNDSVALL.replace("2281,Sundsvall", "2281,Sundsval").replace(
                "http://www.sundsvall.se", "javascript:alert(1)")]
    root, _ = setup(tmp_path, rows)
    assert run(root) == 1
    out = capsys.readouterr().out
    assert "data/kommun-kontakter.csv:3: [IMP-CODE] code: '128' är ingen kommunkod." in out
    assert ("data/kommun-kontakter.csv:4: [IMP-PHONE] phone: Telefonnumret '+46-8-123' går "
            "inte att använda") in out
    assert "data/kommun-kontakter.csv:5: [IMP-NAME] name: Kommun 2281 heter Sundsvall" in out
    assert "data/kommun-kontakter.csv:5: [IMP-URL] website:" in out
    assert "→" in out and "Traceback" not in out
    assert snapshot(root) == {}


@pytest.mark.parametrize("content, words", [
    (b"", "Filen är tom."),
    (b"\xff\xfe\x00code", "går inte att läsa"),
    (b"code,name\n", "Kolumnen 'website' saknas"),
    ((HEADER + "\n" + SUNDSVALL + ",extra\n").encode(), "Raden har 10 kolumner"),
    ((HEADER + "\n" + SUNDSVALL.replace("2026-04-06", "6 april") + "\n").encode(),
     "[IMP-DATE] data_date: '6 april' är inget datum."),
    ((HEADER + "\n" + SUNDSVALL.replace("Q504994", "504994") + "\n").encode(), "IMP-WIKIDATA"),
    ((HEADER + "\n" + SUNDSVALL + "\n" + SUNDSVALL + "\n").encode(), "finns redan på rad 2"),
])
def test_unreadable_files_give_a_swedish_message(tmp_path, capsys, content, words):
    root, csv_path = setup(tmp_path, [])
    csv_path.write_bytes(content)
    assert run(root) == 1
    assert words in capsys.readouterr().out


def test_a_csv_that_does_not_exist(tmp_path, capsys):
    root, _ = setup(tmp_path, [])
    assert run(root, "--csv", str(tmp_path / "nej.csv")) == 1
    assert "[IMP-FILE] Filen finns inte." in capsys.readouterr().out


def test_a_place_file_that_is_not_yaml_is_reported_and_the_others_are_written(tmp_path, capsys):
    root, _ = setup(tmp_path, [SUNDSVALL, VAXHOLM],
                    {"2281-sundsvall.yml": "municipality: [\n  code: x\n"})
    assert run(root) == 1
    out = capsys.readouterr().out
    assert "data/help-places/2281-sundsvall.yml: kunde inte uppdateras – filen går inte att " \
           "läsa som YAML" in out
    assert "Traceback" not in out
    assert (root / "data" / "help-places" / "0187-vaxholm.yml").exists()


def test_no_project_exits_2(tmp_path, capsys):
    assert main(["--root", str(tmp_path)]) == 2


# --- the project's own data ----------------------------------------------------------------

def test_the_project_data_is_up_to_date_with_the_csv():
    """Every municipality has its entry, as the importer writes it (or kept by an editor)."""
    report = importer.run(ROOT, ROOT / "data" / "kommun-kontakter.csv",
                          importer.freshness.parse_date(TODAY), dry_run=True)
    assert report.ok and not report.missing
    assert len(report.changes) == 290
    assert {c.status for c in report.changes} <= {"unchanged", "kept"}
