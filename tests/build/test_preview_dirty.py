"""make preview (mkdocs serve --dirty, src/hjalpguide/preview.py): a saved page is rebuilt
alone, a saved data file rebuilds every page, and search still finds every page.

The builds run as ``mkdocs serve`` runs them: one process, the config loaded again for
every rebuild, ``on_startup(dirty=True)`` once (a driver script in a new process, because
static-i18n keeps global state)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

DRIVER = textwrap.dedent("""\
    import json, os, sys, time
    from pathlib import Path
    config_file, site, steps = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
    sys.argv = ["mkdocs", "serve", "--dirty"]  # static-i18n reads --dirty from here
    from mkdocs.config import load_config
    from mkdocs.commands.build import build

    def pages():
        return {str(p.relative_to(site)): p.stat().st_mtime_ns
                for p in site.rglob("index.html")}

    def search(root):
        data = json.loads((site / root / "search" / "index.json").read_text("utf-8"))
        return sorted(entry["u"] for entry in data["pages"])

    started = False
    out = []
    for touch in steps:
        if touch:
            time.sleep(0.05)
            Path(touch).write_text(Path(touch).read_text("utf-8") + "\\n\\nNy mening.\\n",
                                   "utf-8")
        config = load_config(config_file, site_dir=str(site))
        if not started:  # mkdocs serve calls on_startup once, on its first config
            config.plugins.on_startup(command="serve", dirty=True)
            started = True
        before = pages()
        build(config, dirty=True)
        after = pages()
        out.append({"rebuilt": sorted(p for p in after if before.get(p) != after[p]),
                    "search_sv": search(""), "search_en": search("en")})
    print(json.dumps(out))
    """)

PAGES = {
    "index.sv.md": "# Start\n\nHej.\n",
    "index.en.md": "# Start\n\nHello.\n",
    "bankid.sv.md": "# BankID\n\nSå skaffar du BankID.\n",
    "bankid.en.md": "# BankID\n\nHow to get BankID.\n",
    "skanna.sv.md": "# Skanna\n\nSå skannar du.\n",
}


@pytest.fixture
def dirty_builds(fixture_site, tmp_path):
    site = fixture_site(PAGES, languages=("sv", "en"))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notes.yml").write_text("a: 1\n", encoding="utf-8")

    def run(*touches: str) -> list[dict]:
        steps = [""] + [str(tmp_path / name) for name in touches]
        result = subprocess.run(
            [sys.executable, "-c", DRIVER, str(site.config), str(tmp_path / "served"),
             json.dumps(steps)], capture_output=True, text=True, cwd=tmp_path,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "dirty' build" not in result.stderr  # MkDocs' warning, filtered out
        return json.loads(result.stdout.strip().splitlines()[-1])
    return run


def test_a_saved_page_is_rebuilt_alone_and_search_keeps_every_page(dirty_builds):
    first, saved_sv, saved_en = dirty_builds("guides/bankid.sv.md", "guides/bankid.en.md")
    assert {"index.html", "bankid/index.html", "skanna/index.html", "en/index.html",
            "en/bankid/index.html", "en/skanna/index.html"} <= set(first["rebuilt"])
    assert saved_sv["rebuilt"] == ["bankid/index.html"]
    assert saved_en["rebuilt"] == ["en/bankid/index.html"]
    for step in (saved_sv, saved_en):
        assert step["search_sv"] == first["search_sv"]
        assert step["search_en"] == first["search_en"]
    assert "bankid/" in first["search_sv"] and "skanna/" in first["search_sv"]


def test_a_saved_data_file_rebuilds_every_page(dirty_builds):
    first, data, page = dirty_builds("data/notes.yml", "guides/skanna.sv.md")
    assert set(data["rebuilt"]) == set(first["rebuilt"])
    # the English site shows the Swedish page where there is no translation: both change
    assert page["rebuilt"] == ["en/skanna/index.html", "skanna/index.html"]
