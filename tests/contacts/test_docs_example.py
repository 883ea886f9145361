"""The complete example in the editors' handbook must pass the check as it stands."""

import re

from hjalpguide.contacts.cli import main

from .conftest import ROOT


def test_the_annotated_example_is_valid(project, capsys):
    text = (ROOT / "docs" / "editors" / "help-places.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# Hjälpställen i Sundsvalls kommun.*?)```", text, re.S)
    root = project({"2281-sundsvall.yml": example.group(1)})
    assert main(["--root", str(root), "--today", "2026-11-22"]) == 0
    assert capsys.readouterr().out.strip() == "Kontrollerade 1 fil med 1 plats: inga fel."
