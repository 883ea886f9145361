"""Options of the ``hjalpguide`` MkDocs plugin (set under ``plugins:`` in mkdocs.yml)."""

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config


class HjalpguideConfig(Config):
    enabled = opt.Type(bool, default=True)
    # Folder with one file of interface texts per language (data/ui/sv.yml …).
    ui_dir = opt.Type(str, default="data/ui")
    # A deployer's own municipality (SCB code, e.g. "2281"): its help places come first.
    municipality = opt.Type(str, default="")
    # Build only these languages (comma-separated), for a fast preview; empty = all.
    # Set it from the environment: HJALP_LANGS=ar make preview
    only_languages = opt.Type(str, default="")
