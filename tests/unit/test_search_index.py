import json

import pytest

from hjalpguide.search_index import SearchIndex, plain_text, sort_key


def test_plain_text_skips_scripts_and_svg():
    html = ("<h1>Rubrik</h1><script>var x</script><svg><title>bild</title></svg>"
            "<p>Text &amp; mer</p>")
    assert plain_text(html) == "Rubrik Text & mer"


def test_index_is_written_under_the_language_root(tmp_path):
    index = SearchIndex("ar")
    index.add("bankid/", "عن", "ملخص", "<p>نص</p>")
    path = index.write(tmp_path, "ar/")
    assert path == tmp_path / "ar" / "search" / "index.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"lang": "ar", "pages": [{"u": "bankid/", "t": "عن", "s": "ملخص", "x": "نص"}]}


def test_staff_pages_are_listed_but_not_searched(tmp_path):
    index = SearchIndex("sv")
    index.add("utskrift/", "Utskrifter för personalen", "", "<p>PDF</p>", searchable=False)
    index.add("skanna/", "Skanna", "Gör en PDF.", "<p>PDF</p>")
    data = json.loads(index.write(tmp_path, "").read_text(encoding="utf-8"))
    assert [p["u"] for p in data["pages"]] == ["skanna/"]
    assert [e["u"] for e in index.a_to_z()] == ["skanna/", "utskrift/"]


def test_a_to_z_leaves_out_unlisted_pages_and_follows_the_alphabet():
    index = SearchIndex("sv")
    for url, title in [("o/", "Överklaga"), ("a/", "Ändra"), ("aa/", "Åka"), ("z/", "Zon"),
                       ("b/", "bankid"), ("m/", "Hjälp i Malmö")]:
        index.add(url, title, "", "", listed=url != "m/")
    assert [e["t"] for e in index.a_to_z()] == ["bankid", "Zon", "Åka", "Ändra", "Överklaga"]


@pytest.mark.parametrize("lang, titles", [
    ("sv", ["Apa", "Zebra", "Åka", "Ärende", "Öppna"]),
    ("fi", ["Apu", "Yhteys", "Äänestys", "Öljy"]),
    ("se", ["Ávki", "Čálli", "Dieđut", "Sámi", "Šaddu"]),
    ("uk", ["Гора", "Ґанок", "Дім", "Ера", "Єва", "Житло", "Ірпінь", "Їжа", "Книга"]),
    ("fa", ["بانک", "پول", "جا", "چک", "کار", "گواهی", "یک"]),
    ("en", ["apply", "BankID", "Scan"]),
])
def test_sort_key_follows_each_alphabet(lang, titles):
    assert sorted(reversed(titles), key=lambda t: sort_key(t, lang)) == titles
