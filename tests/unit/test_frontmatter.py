import datetime as dt

from hjalpguide.frontmatter import FrontMatterContext, check, key_lines, second_check_date

SOURCE = "---\ntitle: Skaffa BankID\nsumary: Kort\nchecked: 2026-11-22\nprintable: ja\n---\n# X\n"


def ctx():
    return FrontMatterContext("guides/bankid/skaffa.sv.md", key_lines(SOURCE))


def test_key_lines_counts_from_the_first_line():
    assert key_lines(SOURCE) == {"title": 2, "sumary": 3, "checked": 4, "printable": 5}


def test_unknown_key_names_line_and_suggests_the_right_one():
    findings = check({"title": "X", "sumary": "Kort"}, ctx())
    assert len(findings) == 1
    text = findings[0].format()
    assert text.startswith("guides/bankid/skaffa.sv.md:3: [FM-UNKNOWN-KEY]")
    assert "Menade du 'summary'?" in text


def test_wrong_types_are_explained():
    findings = check({"printable": "ja", "order": "två"}, ctx())
    rules = sorted((f.field, f.rule) for f in findings)
    assert rules == [("order", "FM-TYPE"), ("printable", "FM-TYPE")]
    assert "true eller false" in next(f.message for f in findings if f.field == "printable")


def test_valid_page_has_no_findings():
    meta = {"title": "X", "summary": "Y", "facts": ["bankid-skaffa-alder"], "printable": True,
            "order": 2}
    assert check(meta, ctx()) == []
    assert check({"title": "X", "facts": []}, ctx()) == []


def test_checked_and_sources_are_computed_from_the_register():
    meta = {"checked": dt.date(2026, 11, 22), "sources": [{"title": "A", "url": "https://a.se"}]}
    findings = check(meta, ctx())
    assert [(f.rule, f.field, f.line) for f in findings] == [
        ("FM-COMPUTED", "checked", 4), ("FM-COMPUTED", "sources", 1)]
    assert all(f.fix == "Skriv fakta i data/facts.yml och lista deras id under facts:"
               for f in findings)


def test_facts_must_be_a_list_of_ids():
    assert [f.rule for f in check({"facts": "bankid-a"}, ctx())] == ["FM-TYPE"]
    assert [f.rule for f in check({"facts": ["bankid-a", 3]}, ctx())] == ["FM-TYPE"]
    assert [f.rule for f in check({"facts": None}, ctx())] == ["FM-TYPE"]  # write facts: []


def test_translation_block_is_checked():
    findings = check({"translation": {"source_hash": "abc", "method": "robot"}}, ctx())
    messages = " ".join(f.message for f in findings)
    assert "reviewed" in messages and "robot" in messages


def test_second_check_is_a_date_not_in_the_future(monkeypatch):
    monkeypatch.setenv("HJALP_TODAY", "2026-12-05")
    base = {"source_hash": "abc", "method": "machine", "reviewed": False}
    for good in ("2026-12-05", dt.date(2026, 12, 1)):
        assert check({"translation": {**base, "second_check": good}}, ctx()) == []
    for bad, rule in (("2026-12-06", "FM-SECOND-CHECK"), ("5 december", "FM-TYPE"),
                      ("2026-12-5", "FM-TYPE"), (20261205, "FM-TYPE"), (True, "FM-TYPE")):
        findings = check({"translation": {**base, "second_check": bad}}, ctx())
        assert [(f.rule, f.field) for f in findings] == [(rule, "translation.second_check")], bad
    assert second_check_date({"second_check": "2026-12-01"}) == dt.date(2026, 12, 1)
    assert second_check_date({"second_check": "i går"}) is None
    assert second_check_date(None) is None


def test_bool_is_not_an_int_for_order():
    assert [f.rule for f in check({"order": True}, ctx())] == ["FM-TYPE"]


def test_a_hash_read_as_a_number_asks_for_quotes():
    findings = check({"translation": {"source_hash": 123, "method": "machine",
                                      "reviewed": False}}, ctx())
    assert [f.rule for f in findings] == ["FM-TYPE"]
    assert 'citattecken: source_hash: "123"' in findings[0].fix


def test_anchors_and_aliases_in_front_matter_are_refused_with_their_line():
    from hjalpguide.frontmatter import check_limits

    bomb = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: *b\n---\n# X\n"
    found, = check_limits(bomb, "guides/x.sv.md")
    assert (found.rule, found.line) == ("FM-YAML-ALIAS", 2)
    assert check_limits(SOURCE, "guides/x.sv.md") == []
    assert check_limits("# Ingen front matter\n", "guides/x.sv.md") == []
    assert check_limits("---\ntitle: [\n---\n", "guides/x.sv.md") == []  # MkDocs says it
