"""Hostile input: every attack in tests/contacts/hostile/ gives exit 1 and one finding that
names file, line, rule and field, in bounded time and memory, and never a traceback."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hjalpguide import yamllimits
from hjalpguide.contacts import content, fastyaml, importer, schema, urls, yamlread
from hjalpguide.contacts.yamlerrors import explain

from .conftest import ROOT

HOSTILE = Path(__file__).parent / "hostile"
MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space: an expanded bomb needs far more
TIME_LIMIT = 20  # seconds for the whole command; it takes about 1 s

#: fixture -> (line, rule, field) of the one error it must give
EXPECTED = {
    "alias-bomb.yml": (5, "HP-YAML-ALIAS", ""),
    "alias-in-place.yml": (9, "HP-YAML-ALIAS", ""),
    "deep-nesting.yml": (22, "HP-YAML-LIMIT", ""),
    "deep-flow.yml": (2, "HP-YAML-LIMIT", ""),
    "markup-script.yml": (7, "HP-MARKUP", "places[0].name"),
    "markup-attribute.yml": (10, "HP-MARKUP", "places[0].description.en"),
    "markup-link.yml": (8, "HP-MARKUP", "places[0].alert"),
    "url-quote.yml": (8, "HP-URL", "places[0].url"),
    "url-percent.yml": (8, "HP-URL", "places[0].url"),
    "url-javascript.yml": (8, "HP-URL", "places[0].url"),
    "source-data-url.yml": (12, "HP-SOURCE", "places[0].verified.source"),
    "email-cc-body.yml": (8, "HP-EMAIL", "places[0].email"),
    "email-mailto.yml": (8, "HP-EMAIL", "places[0].email"),
    "too-long-name.yml": (7, "HP-TOO-LONG", "places[0].name"),
    "yaml-unclosed-quote.yml": (6, "HP-YAML", ""),
    "control-character.yml": (4, "HP-YAML", ""),
}
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): \[(?P<rule>[A-Z-]+)\](?P<warning> \(varning\))?"
                  r"(?: (?P<field>[\w.\[\]]+):)? (?P<message>.+) → (?P<fix>.+)$")
ENGLISH = re.compile(r"\b(found|expected|while|scanning|parsing|mapping|scalar|stream|"
                     r"token|character|allowed|document)\b")


def _bounded():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run_bounded(command: list[str], cwd: Path = ROOT) -> tuple[subprocess.CompletedProcess,
                                                                 float]:
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd,
                            timeout=TIME_LIMIT, preexec_fn=_bounded)
    return result, time.monotonic() - start


@pytest.fixture(scope="module")
def checked():
    """The real command over every fixture at once, in a process with 1 GiB of memory."""
    files = sorted(HOSTILE.glob("*.yml"))
    assert sorted(f.name for f in files) == sorted(EXPECTED)
    result, seconds = _run_bounded([sys.executable, "scripts/validate_contacts.py",
                                    *map(str, files)])
    found: dict[str, list[re.Match]] = {}
    for line in result.stdout.splitlines()[:-1]:  # the last line is the summary
        match = LINE.match(line)
        assert match, f"not in the findings' format: {line!r}"
        found.setdefault(Path(match["file"]).name, []).append(match)
    return result, seconds, found


def test_the_command_ends_with_exit_1_in_seconds_without_a_traceback(checked):
    result, seconds, _found = checked
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stdout + result.stderr
    assert seconds < 10, f"{seconds:.1f} s"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_attack_gives_its_finding(checked, name):
    _result, _seconds, found = checked
    errors = [m for m in found.get(name, []) if not m["warning"]]
    line, rule, field = EXPECTED[name]
    assert [(int(m["line"]), m["rule"], m["field"] or "") for m in errors] == [(line, rule, field)]
    assert not ENGLISH.search(errors[0]["message"] + errors[0]["fix"])


def test_an_oversized_file_is_refused_unread(tmp_path):
    big = tmp_path / "2281-sundsvall.yml"
    big.write_text("places:\n" + "  - x\n" * (yamllimits.MAX_FILE_CHARS // 4), encoding="utf-8")
    doc, findings = yamlread.read_file(big, "big.yml")
    assert doc is None
    assert [(f.rule, f.line) for f in findings] == [("HP-YAML-LIMIT", 1)]
    assert "1 000 000" in findings[0].message


def test_the_libyaml_path_also_refuses_anchors_and_counts_depth():
    text = "a: &x [1, 2]\nb: *x\n"
    with pytest.raises(fastyaml.Unsupported):
        fastyaml.read_text(text, "f.yml")
    _doc, findings = yamlread.read_text_libyaml(text, "f.yml")
    assert [(f.rule, f.line) for f in findings] == [("HP-YAML-ALIAS", 1)]
    _doc, findings = yamlread.read_text_libyaml("b: *nothing\n", "f.yml")
    assert [f.rule for f in findings] == ["HP-YAML-ALIAS"]
    deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 30))
    assert yamlread.check_limits(deep, "f.yml").rule == "HP-YAML-LIMIT"
    assert yamlread.check_limits("a: [1, {b: c}]\n", "f.yml") is None


def test_fastyaml_hands_deep_files_to_libyaml():
    text = "".join("  " * i + f"k{i}:\n" for i in range(30)) + "  " * 30 + "x: 1\n"
    with pytest.raises(fastyaml.Unsupported):
        fastyaml.read_text(text, "f.yml")


@pytest.mark.parametrize("text, line", [
    ('a: "abc\n', 2), ("a: b: c\n", 1), ("a:\n\tb: 1\n", 2), ("a:\n  b: 1\n c: 2\n", 3),
    ("- a\nb: 1\n", 2), ("a: [1, 2\nb: 3\n", 2), ('a: "\\q"\n', 1), ("a: 1\n---\nb: 2\n", 2),
    ("a: @x\n", 1), ("a: {b: 1\n", 2), ("a: 'x'y\n", 1), ("a: `x`\n", 1),
    ("a: \x07\n", 1), ("a:\n  - 1\n  b: 2\n", 3),
])
def test_yaml_errors_are_explained_in_swedish(text, line):
    doc, findings = yamlread.read_text(text, "f.yml")
    assert doc is None
    assert [f.rule for f in findings] == ["HP-YAML"]
    assert findings[0].line == line
    assert not ENGLISH.search(findings[0].message + findings[0].fix), findings[0].message


def test_an_unexplained_yaml_error_gets_the_general_message():
    import yaml
    error = yaml.YAMLError()
    assert explain(error).message == "YAML-filen går inte att läsa här."


def test_a_value_yaml_cannot_construct_is_explained():
    _doc, findings = yamlread.read_text("a: 2026-13-45\nb: !!python/name:os.system x\n", "f")
    assert [f.line for f in findings] == [1, 2]
    assert "ser ut som ett datum" in findings[0].message
    assert "YAML-tagg" in findings[1].message


@pytest.mark.parametrize("text", [
    "Stadsbiblioteket", "Öppet 9–16 & lördag 10–14", "Barn < 12 år gratis",
    "Tel: 060-19 10 00", "Fråga [personalen] i entrén", "Rad ett\nrad två", "5 > 3",
])
def test_plain_texts_pass(text):
    assert content.check_text(text, 120) == []


@pytest.mark.parametrize("text, rule", [
    ("<script>alert(1)</script>", "HP-MARKUP"), ('"><img src=x onerror=alert(1)>', "HP-MARKUP"),
    ("< b >fet", "HP-MARKUP"), ("</p>", "HP-MARKUP"), ("<!-- x -->", "HP-MARKUP"),
    ("Tom &amp; Jerry", "HP-MARKUP"), ("&#60;script", "HP-MARKUP"),
    ("[klicka](https://evil.se)", "HP-MARKUP"), ("<https://evil.se>", "HP-MARKUP"),
    ("Sund\x00svall", "HP-CONTROL"), ("Sund\tsvall", "HP-CONTROL"), ("a\u202eb", "HP-INVISIBLE"),
    ("x" * 121, "HP-TOO-LONG"),
])
def test_markup_control_characters_and_length_are_refused(text, rule):
    assert [p.rule for p in content.check_text(text, 120)] == [rule]


def test_the_length_message_names_the_limit():
    problem, = content.check_text("x" * 10_000, 120)
    assert "10000 tecken" in problem.message and "högst 120" in problem.message


def test_limits_are_in_the_schema_and_the_published_json_schema():
    place = schema.by_name(schema.PLACE)
    assert (place["name"].max_length, place["description"].max_length) == (120, 600)
    published = schema.json_schema(["sv", "en"])["properties"]["places"]["items"]["properties"]
    assert published["name"]["oneOf"][0]["maxLength"] == 120
    assert published["url"]["maxLength"] == schema.URL_LENGTH


@pytest.mark.parametrize("url", [
    "https://sundsvall.se/bibliotek", "http://www.jonkoping.se", "https://a.se/a%20b?x=1&y=2#top",
    "https://kommun.se:8443/sida/(1)", "https://www.xn--malm-8qa.se/",
])
def test_good_urls_pass(url):
    assert urls.check_url(url) == ()


@pytest.mark.parametrize("url, words", [
    ('https://a.se/"onmouseover="x', "tecknet \""), ("https://a.se/<b>", "tecknet <"),
    ("https://a.se/it's", "tecknet '"), ("https://a.se/{x}", "tecknet {"),
    ("https://a.se/%3Cscript%3E", "%3C"), ("https://a.se/%zz", "RFC 3986"),
    ("https://a.se/a[1]", "RFC 3986"), ("https:///path", "saknar namn"),
    ("data:text/html,hej", "inte 'data:'"), ("www.kommun.se", "saknar https://"),
    ("https://www.malmö.se/öppet", "xn--malm-8qa.se/%C3%B6ppet"),
])
def test_bad_urls_say_what_is_wrong(url, words):
    problem, = urls.check_url(url)
    assert problem.rule == "HP-URL"
    assert words in problem.message + problem.fix


@pytest.mark.parametrize("email, ok", [
    ("bibliotek@sundsvall.se", True), ("a.b+c_d-e@kommun.se", True),
    ("bibliotek?cc=x%40evil.se&body=hej@kommun.se", False), ("a&b@kommun.se", False),
    ("a=b@kommun.se", False), ("a%40b@kommun.se", False), ("a..b@kommun.se", False),
    (".a@kommun.se", False), ("o'brien@kommun.se", False), ("a@-kommun.se", False),
    ("mailto:a@kommun.se", False), ("a b@kommun.se", False),
])
def test_an_email_is_a_plain_address(email, ok):
    assert (urls.check_email(email) == []) is ok


@pytest.mark.parametrize("source, rule", [
    ("SCB:s lista över kommuner, 2025", None), ("Wikidata (Q26492) via Govdirectory", None),
    ("data:text/html;base64,PHNjcmlwdD4=", "HP-SOURCE"), ("JavaScript:alert(1)", "HP-SOURCE"),
    (" file:///etc/passwd", "HP-SOURCE"), ("Rapporten <b>2020</b>, kommunen", "HP-MARKUP"),
    ('https://a.se/"><x', "HP-URL"),
])
def test_a_source_is_a_web_address_or_a_document_name(source, rule):
    assert [p.rule for p in urls.check_source(source)] == ([rule] if rule else [])


def test_the_import_refuses_a_file_with_an_alias_bomb_quickly():
    bomb = (HOSTILE / "alias-bomb.yml").read_text(encoding="utf-8")
    start = time.monotonic()
    text, change = importer.merged_file(bomb, None, None, "sundsvall-kommunen", "f.yml")
    assert time.monotonic() - start < 1
    assert (text, change.status) == (bomb, "error")
    assert "rad 5" in change.reason and "&a" in change.reason

