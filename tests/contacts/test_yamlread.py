from hypothesis import given, settings
from hypothesis import strategies as st

from hjalpguide.contacts.yamlread import dotted, read_text


def test_values_lines_and_traps_are_recorded():
    doc, findings = read_text("a: 16:30\nb: 0114\nc: no\nd:\n  - x\n  - '7'\n", "f.yml")
    assert findings == []
    assert doc.data == {"a": 990, "b": 76, "c": False, "d": ["x", "7"]}
    assert doc.raw[("a",)] == ("int", "16:30")
    assert doc.raw[("b",)] == ("int", "0114")
    assert doc.raw[("c",)] == ("bool", "no")
    assert ("d", 1) not in doc.raw  # quoted: text, no trap
    assert doc.lines[("c",)] == 3 and doc.lines[("d", 1)] == 6
    assert doc.line(("d", 1, "missing")) == 6


def test_syntax_error_is_a_finding_with_its_line():
    doc, findings = read_text("a: 1\nb: [1, 2\nc: 3\n", "f.yml")
    assert doc is None
    assert [f.rule for f in findings] == ["HP-YAML"]
    assert findings[0].line >= 2


def test_duplicate_keys_and_bad_tags_are_findings():
    _doc, findings = read_text("a: 1\na: 2\nb: !!python/name:os.system x\n", "f.yml")
    assert {f.rule for f in findings} == {"HP-DUPLICATE-KEY", "HP-YAML"}


def test_dotted_paths():
    assert dotted(("places", 3, "phones", 0, "display")) == "places[3].phones[0].display"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_raises(text):
    doc, findings = read_text(text, "f.yml")
    assert doc is not None or findings
