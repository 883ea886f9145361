"""Translation records that are hard to read: all-digit hashes, empty hashes, broken YAML."""

from __future__ import annotations

from hjalpguide.translation import source_hash
from hjalpguide.translation_status import build_report

SWEDISH = "---\ntitle: Ring\n---\n# Ring\n\nRing 1177 ({n}).\n"


def swedish_with_all_digit_hash() -> str:
    n = next(n for n in range(100_000) if source_hash(SWEDISH.format(n=n)).isdigit())
    return SWEDISH.format(n=n)


def write(project, name: str, text: str) -> None:
    (project / "guides" / "ämne" / name).write_text(text, encoding="utf-8")


def record(project, name):
    report = build_report(project, only=["en"])
    page = next(p for p in report.pages if p.path.endswith(name))
    return page, [f.rule for f in report.findings if f.path.endswith(name)]


def translated(swedish: str, hash_text: str) -> str:
    body = swedish.split("---\n", 2)[2].replace("Ring", "Call", 1)
    return (f"---\ntitle: Call\ntranslation:\n  source_hash: {hash_text}\n"
            f"  method: machine\n  reviewed: false\n---\n{body}")


def test_quoted_all_digit_hash_is_current(project):
    swedish = swedish_with_all_digit_hash()
    write(project, "siffror.sv.md", swedish)
    write(project, "siffror.en.md", translated(swedish, f'"{source_hash(swedish)}"'))
    page, rules = record(project, "siffror.en.md")
    assert page.state == "ok" and rules == []


def test_unquoted_all_digit_hash_is_named(project):
    swedish = swedish_with_all_digit_hash()
    write(project, "siffror.sv.md", swedish)
    write(project, "siffror.en.md", translated(swedish, source_hash(swedish)))
    page, rules = record(project, "siffror.en.md")
    assert page.state == "outdated" and rules == ["TR-HASH-TYPE"]


def test_empty_hash_is_named(project):
    write(project, "ny.en.md", translated(SWEDISH.format(n=1), '""'))
    page, rules = record(project, "ny.en.md")
    assert page.state == "outdated" and "TR-NO-HASH" in rules


def test_broken_front_matter_is_a_finding_not_a_crash(project):
    write(project, "ny.en.md", "---\ntitle: [oops\n---\n# Ny sida\n\nText.\n")
    page, rules = record(project, "ny.en.md")
    assert "TR-FRONTMATTER" in rules and page.state == "outdated"
