"""`make preview` (mkdocs serve) must rebuild when an editor saves a data file.

docs/editors/preview.md promises: "Ändra och spara en fil. Sidan byggs om av sig själv."
MkDocs watches only docs_dir and mkdocs.yml by itself; help places, facts and the glossary
live in data/, so mkdocs.yml lists it under `watch`.
"""

from pathlib import Path

from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[2]


def test_preview_watches_the_data_editors_change():
    config = load_config(str(ROOT / "mkdocs.yml"))
    watched = [Path(p).resolve() for p in config["watch"]]
    for edited in ("data/help-places/2281-sundsvall.yml", "data/help-places/national.yml",
                   "data/facts.yml", "data/glossary/sv.yml"):
        path = (ROOT / edited).resolve()
        assert path.is_file(), edited
        assert any(path.is_relative_to(w) for w in watched), f"{edited} is not watched"
