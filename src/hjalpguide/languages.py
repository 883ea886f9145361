"""The site's languages, read from the ONE list in mkdocs.yml (the i18n plugin's options).

Code inside the build gets them from the i18n plugin; scripts outside the build call
:func:`load_languages`, which reads mkdocs.yml without running it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool = False
    build: bool = True


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml while ignoring its !ENV and !!python tags (we only need plain data)."""


def _ignore_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def read_mkdocs_yml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_TolerantLoader) or {}


def from_i18n_options(entries: list) -> list[Language]:
    """Turn the i18n plugin's ``languages`` entries (dicts or config objects) into Languages."""
    languages = []
    for entry in entries:
        if isinstance(entry, dict):
            get = entry.get
        else:
            get = lambda key, d=None, e=entry: getattr(e, key, d)  # noqa: E731
        languages.append(
            Language(
                code=get("locale"),
                name=get("name") or get("locale"),
                default=bool(get("default", False)),
                build=get("build", True) is not False,
            )
        )
    return languages


def load_languages(mkdocs_yml: Path) -> list[Language]:
    """The languages listed in mkdocs.yml, default language first."""
    config = read_mkdocs_yml(mkdocs_yml)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = from_i18n_options(plugin["i18n"].get("languages", []))
            return sorted(languages, key=lambda lang: not lang.default)
    raise ValueError(f"{mkdocs_yml}: i18n-tillägget och dess lista över språk saknas.")


def default_language(languages: list[Language]) -> Language:
    return next(lang for lang in languages if lang.default)
