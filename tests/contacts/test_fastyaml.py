"""The fast reader must give exactly what the libyaml path gives, or step aside."""

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hjalpguide.contacts import fastyaml
from hjalpguide.contacts.yamlread import read_text_libyaml

from .conftest import ROOT


def same_as_libyaml(text: str) -> bool:
    try:
        fast, fast_findings = fastyaml.read_text(text, "f.yml")
    except fastyaml.Unsupported:
        return True  # the caller falls back to libyaml
    slow, slow_findings = read_text_libyaml(text, "f.yml")
    assert slow is not None, text
    assert fast.data == slow.data, text
    assert fast.lines == slow.lines, text
    assert fast.raw == slow.raw, text
    assert [f.rule for f in fast_findings] == [f.rule for f in slow_findings]
    return True


def test_every_real_data_file_is_read_fast_and_the_same():
    for path in sorted((ROOT / "data" / "help-places").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        fastyaml.read_text(text, path.name)  # never falls back on our own data
        assert same_as_libyaml(text)


def test_traps_are_typed_like_pyyaml():
    doc, _ = fastyaml.read_text("a: 16:30\nb: 0114\nc: no\nd: [sv, no, '7']\n", "f.yml")
    assert doc.data == {"a": 990, "b": 76, "c": False, "d": ["sv", False, "7"]}
    assert doc.raw[("a",)] == ("int", "16:30") and doc.raw[("d", 1)] == ("bool", "no")


_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.dates(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=15),
    st.sampled_from(["16:30", "0114", "no", "on", "1e3", "~", "- x", "a: b", "#x", "'q'",
                     "x #y", "[a]", "-", "2026-13-01", "0x1F", ".5", "+1"]),
)
_key = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True)
_value = st.recursive(_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_key, inner, max_size=4)), max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(_key, _value, max_size=5), flow=st.booleans())
@example(data={"_": ["\xa0"]}, flow=True)  # a no-break space in a flow list: was dropped
def test_random_documents_match_libyaml(data, flow):
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=None if flow else False,
                          sort_keys=False, width=10_000)
    assert same_as_libyaml(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:- #'\"[],\n 01.\\{}&*!|>")), max_size=60))
@example("a: ")  # only a space after the colon: crashed the fast reader once
def test_random_text_matches_libyaml_or_steps_aside(text):
    try:
        fast, _ = fastyaml.read_text(text, "f.yml")
    except fastyaml.Unsupported:
        return
    slow, _ = read_text_libyaml(text, "f.yml")
    assert slow is not None and fast.data == slow.data and fast.lines == slow.lines, text
