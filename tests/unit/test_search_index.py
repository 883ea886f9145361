import json

from hjalpguide.search_index import SearchIndex, plain_text


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
