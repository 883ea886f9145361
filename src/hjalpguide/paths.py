"""Where things live in a Hjälpguiden project, for scripts that run outside MkDocs."""

from __future__ import annotations

from pathlib import Path


def project_root(start: Path | None = None) -> Path:
    """The nearest folder above ``start`` (or the working folder) that holds mkdocs.yml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise FileNotFoundError("mkdocs.yml hittades inte i den här mappen eller någon mapp ovanför.")
