"""The ready CI files for the editors' check (.github/workflows/editors-check.yml and
.gitlab-ci.yml): valid against the hosts' schemas, and the command they run passes here.

The schemas are the copies that check-jsonschema ships (vendored from SchemaStore, see its
builtin_schemas/vendor/README.md), so the test needs no network."""

from __future__ import annotations

import json
import re
import subprocess
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from hjalpguide.findings_report import parse

ROOT = Path(__file__).resolve().parents[2]
GITHUB = ROOT / ".github/workflows/editors-check.yml"
GITLAB = ROOT / ".gitlab-ci.yml"


def vendored_schema(name: str) -> dict:
    folder = resources.files("check_jsonschema") / "builtin_schemas" / "vendor"
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def load(path: Path) -> dict:
    # GitHub's "on:" is YAML 1.1's True to PyYAML: read keys as the hosts do (strings)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_StringKeys)


class _StringKeys(yaml.SafeLoader):
    pass


_StringKeys.add_constructor(
    "tag:yaml.org,2002:bool",
    lambda loader, node: loader.construct_scalar(node)
    if loader.construct_scalar(node) in ("on", "off") else
    yaml.SafeLoader.construct_yaml_bool(loader, node))


@pytest.mark.parametrize("path, schema", [(GITHUB, "github-workflows"),
                                          (GITLAB, "gitlab-ci")])
def test_ci_files_match_the_hosts_schemas(path, schema):
    data = load(path)
    validator = jsonschema.Draft7Validator(vendored_schema(schema))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(data)]
    assert errors == []


def commands(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(r"\bmake [a-z-]+", text)


def test_both_run_make_check_build_the_site_and_check_links_only_on_a_schedule():
    for path in (GITHUB, GITLAB):
        assert {"make check", "make site", "make check-links"} <= set(commands(path)), path
    github = load(GITHUB)
    assert "schedule" in github["on"]
    assert github["jobs"]["links"]["if"].startswith("github.event_name == 'schedule'")
    assert "schedule" in github["jobs"]["check"]["if"]  # never on the schedule
    assert any(step.get("with", {}).get("path") == "site/"
               for step in github["jobs"]["check"]["steps"])
    gitlab = load(GITLAB)
    assert gitlab["links"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
    assert gitlab["check"]["artifacts"]["reports"]["codequality"] == \
        "gl-code-quality-report.json"
    assert gitlab["site"]["artifacts"]["paths"] == ["site/"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("check", "site"):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_the_command_they_run_passes_and_its_findings_become_reports():
    # -o: use the venv as it is (never reinstall it from a test)
    result = subprocess.run(["make", "-o", ".venv/.installed", "check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    log = result.stdout + result.stderr
    found = parse(log.splitlines())
    lines = [line for line in log.splitlines() if re.match(r"^\S+?(:\d+)?: \[[A-Z]", line)]
    assert len(found) == len(lines) > 0  # every finding line is read back
    for fmt in ("github", "codequality"):
        out = subprocess.run([str(ROOT / ".venv/bin/python"), "scripts/findings_report.py",
                              "--format", fmt], input=log, cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        if fmt == "codequality":
            assert len(json.loads(out.stdout)) == len(found)
        else:
            shown = [line for line in out.stdout.splitlines()
                     if line.startswith(("::error ", "::warning "))]
            assert len(shown) == len(found)


def test_github_shows_the_changed_files_findings_first(tmp_path):
    # as the workflow runs it: a list from git diff --name-only; a missing list is no error
    step = load(GITHUB)["jobs"]["check"]["steps"][1]["run"]
    assert "--changed changed.txt" in step and "diff --name-only" in step
    log = ("data/help-places/0114-upplands-vasby.yml:26: [HP-VERIFIED-OLD] (varning) x: A. → B.\n"
           "data/help-places/2281-sundsvall.yml:42: [HP-VERIFIED-OLD] (varning) x: A. → B.\n")
    (tmp_path / "changed.txt").write_text("data/help-places/2281-sundsvall.yml\n")
    for changed, first in ((tmp_path / "changed.txt", "2281-sundsvall"),
                           (tmp_path / "missing.txt", "0114-upplands-vasby")):
        out = subprocess.run([str(ROOT / ".venv/bin/python"), "scripts/findings_report.py",
                              "--format", "github", "--changed", str(changed)], input=log,
                             cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines()[0].startswith(
            f"::warning file=data/help-places/{first}.yml"), out.stdout
