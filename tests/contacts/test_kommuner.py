"""Municipality slugs: every municipality's page has its own address."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hjalpguide.contacts import kommuner

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_slug_is_unique():
    municipalities = kommuner.load(ROOT / "data" / "kommuner.csv").values()
    slugs = Counter(m.slug for m in municipalities)
    assert len(slugs) == 290
    assert max(slugs.values()) == 1


def test_shared_slugs_are_exactly_the_names_that_collide():
    municipalities = kommuner.load(ROOT / "data" / "kommuner.csv").values()
    names = Counter(kommuner.slugify(m.name) for m in municipalities)
    assert kommuner.SHARED_SLUGS == {slug for slug, n in names.items() if n > 1}


def test_habo_and_habo_get_the_code_in_the_page_but_not_in_the_file_name():
    by_code = kommuner.load(ROOT / "data" / "kommuner.csv")
    assert (by_code["0305"].slug, by_code["0643"].slug) == ("habo-0305", "habo-0643")
    assert by_code["0305"].file_slug == "habo"
    assert by_code["2284"].slug == by_code["2284"].file_slug == "ornskoldsvik"


def test_an_unknown_code_gets_a_guess_from_a_name_or_a_missing_leading_zero():
    municipalities = kommuner.load(ROOT / "data" / "kommuner.csv")
    assert kommuner.unknown_code("0187", municipalities, "X") == ""
    assert kommuner.unknown_code("", municipalities, "X") == ""
    assert kommuner.unknown_code("187", municipalities, "HJALP_MUNICIPALITY").endswith(
        'Menar du "0187" (Vaxholm)?')
    assert 'Menar du "0187" (Vaxholm)?' in kommuner.unknown_code("vaxholm ", municipalities, "X")
    assert kommuner.unknown_code("9999", municipalities, "X") == (
        "X: kommunkoden '9999' finns inte i data/kommuner.csv. "
        'Skriv kommunens kod med fyra siffror, t.ex. "2281".')
