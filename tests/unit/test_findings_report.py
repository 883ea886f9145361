"""The checks' text read back and shown on a change: GitHub annotations, GitLab report."""

import json

from hjalpguide.findings import Finding, Severity
from hjalpguide.findings_report import as_codequality, as_github, parse

LOG = """\
data/help-places/2281-sundsvall.yml:14: [HP-ID-DUPLICATE] places[0].id: Id 'a' finns. → Byt id.
guides/bankid/index.sv.md:12: [LIX] (varning) Meningen är lång, 30 ord. → Dela meningen.
data/ui-help/ar.yml: [UI-MISSING] Texten 'x' saknas.
Kontrollerade 2 filer med 3 platser: 1 fel, 1 varning.
"""


def test_parse_reads_every_finding_and_skips_summaries():
    found = parse(LOG.splitlines())
    assert [(f.path, f.line, f.rule, f.severity) for f in found] == [
        ("data/help-places/2281-sundsvall.yml", 14, "HP-ID-DUPLICATE", Severity.ERROR),
        ("guides/bankid/index.sv.md", 12, "LIX", Severity.WARNING),
        ("data/ui-help/ar.yml", None, "UI-MISSING", Severity.ERROR)]
    assert found[0].fix == "Byt id."


def test_the_format_round_trips():
    finding = Finding("data/x.yml", 3, "HP-CHOICE", "Okänt värde.", "Skriv library.",
                      "places[0].kind", Severity.WARNING)
    back = parse([finding.format()])[0]
    assert (back.path, back.line, back.rule, back.severity) == ("data/x.yml", 3, "HP-CHOICE",
                                                                 Severity.WARNING)
    assert back.message == "places[0].kind: Okänt värde." and back.fix == "Skriv library."


def test_github_annotations():
    lines = as_github(parse(LOG.splitlines())).splitlines()
    assert lines[0].startswith("::error file=data/help-places/2281-sundsvall.yml,line=14,"
                               "title=HP-ID-DUPLICATE::places[0].id: Id 'a'")
    assert lines[1].startswith("::warning file=guides/bankid/index.sv.md,line=12,title=LIX::")
    assert lines[2].startswith("::error file=data/ui-help/ar.yml,title=UI-MISSING::")
    assert as_github([Finding("a.yml", 1, "R", "50% klart\nny rad")]) == \
        "::error file=a.yml,line=1,title=R::50%25 klart%0Any rad"


def test_gitlab_code_quality_report():
    report = json.loads(as_codequality(parse(LOG.splitlines())))
    assert [r["severity"] for r in report] == ["major", "minor", "major"]
    assert report[0]["location"] == {"path": "data/help-places/2281-sundsvall.yml",
                                     "lines": {"begin": 14}}
    assert report[2]["location"]["lines"]["begin"] == 1
    assert len({r["fingerprint"] for r in report}) == 3
    assert all(set(r) == {"description", "check_name", "fingerprint", "severity", "location"}
               for r in report)


def _many(path: str, count: int, severity: Severity) -> list[Finding]:
    return [Finding(path, n + 1, "HP-VERIFIED-STALE", "Gammalt.", "Kontrollera.",
                    severity=severity) for n in range(count)]


def test_github_shows_the_changed_files_findings_first_within_its_limit_of_ten():
    # make check warns about hundreds of old places in other municipalities; GitHub shows
    # only the first 10 warnings of a step, so the editor's own file must come first
    others = _many("data/help-places/0114-upplands-vasby.yml", 30, Severity.WARNING)
    mine = _many("data/help-places/2281-sundsvall.yml", 2, Severity.WARNING)
    lines = as_github(others + mine, changed=["data/help-places/2281-sundsvall.yml", ""])
    warnings = [line for line in lines.splitlines() if line.startswith("::warning")]
    assert len(warnings) == 32
    assert all("2281-sundsvall.yml" in line for line in warnings[:2])
    assert "0114-upplands-vasby.yml,line=1," in warnings[2]  # the rest in the log's order
    notice = lines.splitlines()[-1]
    assert notice.startswith("::notice title=Fler fynd i loggen::Kontrollen hittade 0 fel "
                             "och 32 varningar. Bara 10 fel och 10 varningar")
    assert "→" in notice and "make check" in notice


def test_github_without_a_list_of_changed_files_keeps_the_order_and_few_need_no_notice():
    few = _many("b.yml", 3, Severity.ERROR) + _many("a.yml", 10, Severity.WARNING)
    lines = as_github(few).splitlines()
    assert len(lines) == 13 and lines[0].startswith("::error file=b.yml,line=1,")
    assert not any(line.startswith("::notice") for line in lines)
    assert as_github(few, changed=["./a.yml"]).splitlines()[0].startswith("::warning file=a.yml")
