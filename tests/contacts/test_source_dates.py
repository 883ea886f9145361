import datetime as dt

import pytest

from hjalpguide.contacts import source_dates
from hjalpguide.findings import Severity

TUSEN_VAGAR = '"Tusen vägar in", Projekt TEO, 2022-12-16'
WHERE = ("data/help-places/2281-sundsvall.yml", 24, "places[0].verified.method")


@pytest.mark.parametrize("text, date, written", [
    (TUSEN_VAGAR, dt.date(2022, 12, 16), "2022-12-16"),
    ('"Kartläggning", Regionbibliotek Stockholm, februari 2018', dt.date(2018, 2, 28),
     "februari 2018"),
    ("Broschyr från kommunen, 16 december 2022", dt.date(2022, 12, 16), "16 december 2022"),
    ("Årsrapport 2021.", dt.date(2021, 12, 31), "2021"),
    ("Rapport 2022-11", dt.date(2022, 11, 30), "2022-11"),
    ("Statens servicecenters rapport R:29, 2025-01-28 (publicerad på handlingar.se)",
     dt.date(2025, 1, 28), "2025-01-28"),
    # the latest date counts: a report of 2022 that someone checked again later
    ("Tusen vägar in (2022), jämförd med kommunens webbplats 2026-12-01",
     dt.date(2026, 12, 1), "2026-12-01"),
])
def test_the_latest_date_a_source_names(text, date, written):
    assert source_dates.latest_date(text) == (date, written)


@pytest.mark.parametrize("text", [
    "Andra källor än Pensionsmyndigheten",
    "Wikidata (Q504994) via Govdirectory",  # an id, not a year
    "http://www.skatteverket.se/idkort/idcard.4.76a43be412206334b89800039548.html",
    "https://example.se/nyheter/2019/oppettider",  # numbers in web addresses are not read
    "Rapport 2022-13-45",  # no such date
])
def test_texts_that_name_no_date(text):
    assert source_dates.latest_date(text) is None


def verified(date, method="document", source=TUSEN_VAGAR, **more):
    return {"date": date, "method": method, "source": source, **more}


def test_an_old_document_with_a_new_date_is_warned_about_in_plain_swedish():
    [finding] = source_dates.check(verified(dt.date(2026, 12, 5)), WHERE)
    assert (finding.rule, finding.path, finding.line, finding.field, finding.severity) == (
        "HP-VERIFIED-SOURCE-OLD", *WHERE, Severity.WARNING)
    assert "handling från 2022-12-16" in finding.message
    assert "2026-12-05" in finding.message
    assert "method: phone" in finding.fix and "method: web" in finding.fix
    assert "(2022-12-16)" in finding.fix  # or give the document's own date back


@pytest.mark.parametrize("value", [
    verified(dt.date(2022, 12, 16)),  # the document's own date, as the handbook says
    verified(dt.date(2023, 12, 16)),  # within a year of it
    verified("2023-12-16"),
    verified(dt.date(2026, 12, 5), method="phone",
             source="Samtal med biblioteket 2026-12-05, jämfört med rapporten från 2022"),
    verified(dt.date(2026, 12, 5), method="web", source="https://example.se/2019/bibliotek"),
    verified(dt.date(2026, 12, 5), source="Andra källor än Pensionsmyndigheten",
             note="Sökte numret 2019 och 2026-12-05"),  # notes are not the source
    verified(dt.date(2026, 12, 5), source=None),
    verified("inte ett datum"),
])
def test_no_warning(value):
    assert source_dates.check(value, WHERE) == []


def test_the_label_the_page_shows_is_read_too():
    value = verified(dt.date(2026, 12, 5), source="Rapport från Projekt TEO",
                     source_label="Tusen vägar in (2022)")
    [finding] = source_dates.check(value, WHERE)
    assert "handling från 2022" in finding.message
