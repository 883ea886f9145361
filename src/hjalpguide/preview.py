"""Fast rebuilds for ``make preview`` (``mkdocs serve --dirty``): a saved guide page is
rebuilt alone, in well under the 2 s an editor should wait.

MkDocs' ``--dirty`` rebuilds only the pages whose Markdown file is newer than their HTML.
That is right when an editor saves a page in guides/, and wrong in three ways this module
puts right (all state lives as long as the ``mkdocs serve`` process; a plain
``mkdocs build`` never sees it):

- A page also shows data: help places, facts, glossary words, the interface's texts, the
  theme. When a file in data/ or overrides/ (or mkdocs.yml) changed since this language
  was last built, every page of the language is rebuilt (:func:`rebuild_all_on_data_change`).
- The generated pages (290 municipality pages per language, the staff page) are written
  only when their Markdown changed (:func:`hjalpguide.generated_pages.write_markdown`), so
  unchanged ones are skipped like unchanged guides.
- The search index of a language is written from the pages built; a dirty build starts
  from the previous build's entries (:func:`search_index`), so search still finds every
  page after a save.
"""

from __future__ import annotations

import copy
import logging
import os
from pathlib import Path

from mkdocs.structure.files import Files

from hjalpguide.search_index import SearchIndex

_dirty = False  # set by on_startup: mkdocs serve --dirty / mkdocs build --dirty
_stamps: dict[tuple[str, str], tuple] = {}  # (site folder, language) -> data stamp built
_indexes: dict[tuple[str, str], SearchIndex] = {}  # (site folder, language) -> last index


def start(dirty: bool) -> None:
    """From the plugin's ``on_startup``: whether this process builds dirty. MkDocs' own
    warning about dirty builds (on every save, and an error under ``strict``) is left out:
    what it warns of is what this module puts right."""
    global _dirty
    _dirty = bool(dirty)
    _stamps.clear()
    _indexes.clear()
    build_log = logging.getLogger("mkdocs.commands.build")
    if _dirty and _DIRTY_WARNING not in build_log.filters:
        build_log.addFilter(_DIRTY_WARNING)


class _DirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


_DIRTY_WARNING = _DirtyWarning()


def is_dirty() -> bool:
    return _dirty


def rebuild_all_on_data_change(files: Files, config, lang: str) -> Files:
    """In a dirty build: every page of ``lang`` counts as changed when the data, the theme
    or mkdocs.yml changed since ``lang`` was built last (or it never was)."""
    if not _dirty:
        return files
    stamp = data_stamp(_inputs(config))
    key = (str(config.site_dir), lang)
    if _stamps.get(key) != stamp:
        for file in files.documentation_pages():
            file.is_modified = _always  # type: ignore[method-assign]  (MkDocs asks the file)
        _stamps[key] = stamp
    return files


def search_index(site_dir: str, lang: str) -> SearchIndex:
    """The index a build of ``lang`` starts from: empty, or in a dirty build a copy of the
    previous build's (its pages are replaced as they are built again)."""
    previous = _indexes.get((site_dir, lang)) if _dirty else None
    return copy.deepcopy(previous) if previous is not None else SearchIndex(lang)


def keep_search_index(site_dir: str, index: SearchIndex) -> None:
    if _dirty:
        _indexes[(site_dir, index.lang)] = index


def data_stamp(paths: list[Path]) -> tuple:
    """(path, time, size) of every file in ``paths`` (files, and folders with all their
    files)."""
    found = []
    for path in paths:
        if path.is_dir():
            for folder, _, names in os.walk(path):
                found += [_stat(os.path.join(folder, name)) for name in names]
        else:
            found.append(_stat(str(path)))
    return tuple(sorted(found))


def _inputs(config) -> list[Path]:
    """The project's data/, the theme's own folder (overrides/) and mkdocs.yml."""
    config_file = Path(config.config_file_path)
    paths = [config_file.parent / "data", config_file]
    custom_dir = config.theme.custom_dir if hasattr(config.theme, "custom_dir") else None
    if custom_dir:
        paths.append(Path(custom_dir))
    return paths


def _stat(path: str) -> tuple:
    try:
        info = os.stat(path)
    except OSError:
        return (path, None, None)
    return (path, info.st_mtime_ns, info.st_size)


def _always() -> bool:
    return True
