"""Every command that docs/editors/ prints works as printed on a fresh clone.

The commands are read from the ```sh blocks of docs/editors/*.md. Each one is either run
(in a `git clone` of this repository, as the editor would) or on the list below of
commands this test does not run, with the reason; a command on neither list fails the
test, so a new command in the docs is tried too. ```text blocks are examples, not commands.

The clone uses this checkout's .venv through a symlink, with its pyproject.toml dated
back, so `make` sees the venv as set up and never reinstalls it.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "editors"

#: Run in the clone. A check exits 0 (clean) or 1 (findings), never 2 or a traceback.
RUN = re.compile(r"^(make (check|translations)$"
                 r"|\.venv/bin/python scripts/(validate_contacts|check_facts|check_language"
                 r"|translation_status)\.py\b"
                 r"|\.venv/bin/python scripts/import_municipalities\.py --dry-run$)")
COMMAND_START = re.compile(r"^(make |\.venv/|python3? |git |sudo |cd )")
#: Printed, not run here, and why.
NOT_RUN = {
    r"^make (preview|serve)\b": "a server that runs until Ctrl+C (tests/build builds the site)",
    r"^make check-links\b": "asks every external address on the internet (tests/links "
    "run the check offline against a local server)",
    r"^sudo apt-get install ": "installs system packages (the CI machine has them)",
    r"^git clone ": "this test makes the clone itself",
    r"^cd ": "this test runs in the clone",
    r"^\.venv/bin/python scripts/import_municipalities\.py$": "rewrites 290 files "
    "(its --dry-run is run)",
}


def printed_commands() -> list[tuple[str, str]]:
    """(file name, command) for every line of every ```sh block in docs/editors/, and every
    line of an unlabelled ``` block that starts like a command (the others show output)."""
    found = []
    for path in sorted(DOCS.glob("*.md")):
        label = None  # outside a block; else the block's label ("" when it has none)
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line.startswith("```"):
                label = line[3:].strip() if label is None else None
                continue
            if label in ("sh", "") and line and not line.startswith("#") and (
                    label == "sh" or COMMAND_START.match(line)):
                found.append((path.name, line))
    return found


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("editor") / "hjalpguiden"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True,
                   timeout=120)
    (target / ".venv").symlink_to(ROOT / ".venv")
    os.utime(target / "pyproject.toml", (0, 0))  # older than the venv's stamp
    return target


def test_the_docs_print_the_commands_editors_need():
    commands = [command for _file, command in printed_commands()]
    for needed in ("make check", "make preview LANGS=ar",
                   ".venv/bin/python scripts/validate_contacts.py --only-errors "
                   "data/help-places/"):
        assert needed in commands, needed
    assert not [c for c in commands if re.match(r"^python3? scripts/", c)], \
        "skriv .venv/bin/python, inte python"
    unknown = [(f, c) for f, c in printed_commands()
               if not RUN.match(c) and not any(re.match(p, c) for p in NOT_RUN)]
    assert unknown == [], "lägg till kommandot i RUN eller NOT_RUN (med skäl)"


def test_every_printed_command_works_in_a_fresh_clone(clone):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("VIRTUAL_ENV", None)
    failed = []
    for file, command in printed_commands():
        if not RUN.match(command):
            continue
        result = subprocess.run(shlex.split(command), cwd=clone, capture_output=True,
                                text=True, env=env, timeout=300)
        output = result.stdout + result.stderr
        crashed = "Traceback" in output or "ModuleNotFoundError" in output
        # make exits 2 when a recipe fails: allowed only when a check found something (1)
        ok = result.returncode in (0, 1) or (command.startswith("make ")
                                             and "Error 1" in result.stderr)
        if crashed or not ok:
            failed.append(f"{file}: {command} → {result.returncode}\n{output[-1500:]}")
    assert failed == []


def test_the_script_without_the_venv_says_how_to_set_up(clone, tmp_path):
    """`python3 scripts/validate_contacts.py` (the command that failed on a fresh clone):
    without the libraries it says what to run instead of a traceback."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    assert python, "python3 saknas"
    result = subprocess.run([python, "-I", "-S", "scripts/validate_contacts.py"], cwd=clone,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "make check" in result.stderr
    assert ".venv/bin/python scripts/validate_contacts.py" in result.stderr
