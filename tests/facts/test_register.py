"""Reading data/facts.yml: facts as typed values, and a finding (never a traceback) for
every kind of mistake an editor makes."""

from __future__ import annotations

import datetime as dt

from hjalpguide.facts import model
from hjalpguide.facts.register import read_bytes, read_text
from hjalpguide.findings import Severity

TODAY = dt.date(2026, 12, 5)
GOOD = """\
# Faktaregistret
facts:
  - id: bankid-skaffa-alder
    claim: Du måste vara 18 år.
    source:
      title: BankID – Skaffa BankID
      url: https://www.bankid.com/privat/skaffa-bankid
      kind: organisation
    checked: 2026-12-05
    note: Står under Vem kan skaffa.
  - id: bankid-skaffa-forum
    claim: Många banker har BankID.
    source: {title: Konsumenternas, url: "https://www.konsumenternas.se/", kind: secondary}
    checked: "2026-11-01"
"""


def read(text: str):
    return read_text(text, "data/facts.yml", TODAY)


def rules(text: str) -> list[tuple[int, str, str]]:
    return [(f.line, f.rule, f.field) for f in read(text)[1]]


def test_a_good_register_gives_typed_facts_and_no_findings():
    register, findings = read(GOOD)
    assert findings == []
    fact = register.facts["bankid-skaffa-alder"]
    assert fact.checked == dt.date(2026, 12, 5) and fact.line == 3
    assert fact.source == model.Source("BankID – Skaffa BankID",
                                       "https://www.bankid.com/privat/skaffa-bankid",
                                       "organisation")
    assert fact.note == "Står under Vem kan skaffa."
    other = register.facts["bankid-skaffa-forum"]
    assert other.source.secondary and other.checked == dt.date(2026, 11, 1)


def test_an_empty_register():
    register, findings = read("# tomt\nfacts: []\n")
    assert register.facts == {} and findings == []


def test_bad_yaml_names_the_line():
    findings = read("facts:\n  - id: a-b\n    claim: [oavslutad\n")[1]
    assert [f.rule for f in findings] == ["FACT-YAML"]
    assert findings[0].line >= 3


def test_not_utf8_and_too_big():
    assert [f.rule for f in read_bytes(b"facts: []\n\xff\n", "data/facts.yml", TODAY)[1]] == [
        "FACT-YAML"]
    big = b"facts: []\n" + b"#" * 2_100_000
    assert "större" in read_bytes(big, "data/facts.yml", TODAY)[1][0].message


def test_wrong_shape():
    assert rules("- id: a-b\n") == [(1, "FACT-FORMAT", "facts")]
    assert rules("fakta: []\n") == [(1, "FACT-FORMAT", "facts")]
    assert rules("facts: []\nextra: 1\n") == [(2, "FACT-UNKNOWN-KEY", "extra")]
    assert rules("facts:\n  - just text\n") == [(2, "FACT-FORMAT", "facts[0]")]


def test_duplicate_id_names_both_lines():
    text = GOOD + GOOD.split("facts:\n", 1)[1].split("  - id: bankid-skaffa-forum")[0]
    register, findings = read(text)
    assert [(f.line, f.rule) for f in findings] == [(15, "FACT-DUPLICATE-ID")]
    assert "rad 3" in findings[0].message
    assert register.facts["bankid-skaffa-alder"].line == 3  # the first one counts


def fact(**change) -> str:
    fields = {"id": "bankid-a", "claim": "X.", "title": "A", "url": "https://a.se/",
              "kind": "organisation", "checked": "2026-11-20"}
    fields.update(change)
    lines = ["facts:", f"  - id: {fields['id']}", f"    claim: {fields['claim']}",
             "    source:", f"      title: {fields['title']}", f"      url: {fields['url']}",
             f"      kind: {fields['kind']}", f"    checked: {fields['checked']}"]
    return "\n".join(line for line in lines if not line.endswith(": DROP")) + "\n"


def test_each_field_is_checked_with_line_and_field():
    assert rules(fact()) == []
    assert rules(fact(url="http://a.se/")) == [(6, "FACT-URL", "facts[0].source.url")]
    assert rules(fact(url="https://a.se/en sida")) == [(6, "FACT-URL", "facts[0].source.url")]
    assert rules(fact(url="DROP")) == [(4, "FACT-FIELD", "facts[0].source")]
    assert rules(fact(kind="blogg")) == [(7, "FACT-KIND", "facts[0].source.kind")]
    assert rules(fact(kind="DROP")) == [(4, "FACT-KIND", "facts[0].source")]
    assert rules(fact(checked="DROP")) == [(2, "FACT-CHECKED", "facts[0]")]
    assert rules(fact(checked="igår")) == [(8, "FACT-CHECKED", "facts[0].checked")]
    assert rules(fact(checked="2026-02-30")) == [(8, "FACT-CHECKED", "facts[0].checked")]
    assert rules(fact(claim="DROP")) == [(2, "FACT-FIELD", "facts[0]")]
    assert rules(fact(claim="12")) == [(3, "FACT-FIELD", "facts[0].claim")]
    assert rules(fact(id="BankID ålder")) == [(2, "FACT-ID", "facts[0].id")]
    assert rules(fact(id="bankid")) == [(2, "FACT-ID", "facts[0].id")]  # no topic prefix
    assert rules(fact() + "    kalla: x\n") == [(9, "FACT-UNKNOWN-KEY", "facts[0].kalla")]


def test_the_source_must_be_a_group_of_fields():
    text = "facts:\n  - id: bankid-a\n    claim: X.\n    source: https://a.se\n" \
           "    checked: 2026-11-20\n"
    assert rules(text) == [(4, "FACT-SOURCE", "facts[0].source")]


def test_messages_are_plain_swedish_with_a_fix():
    findings = read(fact(url="http://a.se/", kind="blogg"))[1]
    assert all(f.message and f.fix for f in findings)
    assert "https://" in findings[0].fix
    assert "organisation" in findings[1].fix and "secondary" in findings[1].fix


def test_a_fact_with_an_error_is_left_out_but_its_id_counts_as_written():
    register, _ = read(fact(url="http://a.se/"))
    assert "bankid-a" not in register.facts and register.known("bankid-a")


def test_a_date_after_today_is_a_warning_and_the_fact_counts():
    register, findings = read(fact(checked="2026-12-24"))
    assert [(f.rule, f.severity) for f in findings] == [
        ("FACT-CHECKED-FUTURE", Severity.WARNING)]
    assert "bankid-a" in register.facts


def test_oldest_check_sources_once_and_staleness():
    register, _ = read(GOOD)
    facts = register.cited(["bankid-skaffa-forum", "bankid-skaffa-alder",
                            "bankid-skaffa-forum", "okand-fakta"])
    assert [f.id for f in facts] == ["bankid-skaffa-forum", "bankid-skaffa-alder"]
    assert model.oldest_check(facts) == dt.date(2026, 11, 1)
    assert model.oldest_check([]) is None
    same = model.Fact("bankid-b", "Y.", facts[1].source, dt.date(2026, 1, 1))
    assert [s.url for s in model.sources_of([facts[1], same, facts[0]])] == [
        "https://www.bankid.com/privat/skaffa-bankid", "https://www.konsumenternas.se/"]
    assert not model.is_stale(dt.date(2025, 12, 5), TODAY)  # 365 days: still fine
    assert model.is_stale(dt.date(2025, 12, 4), TODAY)
    assert not model.is_stale(None, TODAY)
