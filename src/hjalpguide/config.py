"""Options of the ``hjalpguide`` MkDocs plugin (set under ``plugins:`` in mkdocs.yml).

Some options can also come from the environment, read here as plain text: mkdocs.yml's
``!ENV`` would let YAML turn ``0114`` into the number 76 and ``2281`` into a number.
"""

import os

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError

ENV_MUNICIPALITY = "HJALP_MUNICIPALITY"
ENV_LANGUAGES = "HJALP_LANGS"
ENV_OPERATOR_NAME = "HJALP_OPERATOR_NAME"
ENV_OPERATOR_EMAIL = "HJALP_OPERATOR_EMAIL"


class _Code(opt.BaseConfigOption[str]):
    """A municipality code: text, because YAML reads 0114 as the octal number 76."""

    def __init__(self, default: str = ""):
        super().__init__()
        self.default = default

    def run_validation(self, value):
        if value is None or value == "":
            return ""
        if not isinstance(value, str):
            raise ValidationError(
                f"Kommunkoden ska skrivas inom citattecken, t.ex. municipality: \"{value:04d}\"."
                if isinstance(value, int) else "Kommunkoden ska vara text, t.ex. \"2281\".")
        return value.strip()


class HjalpguideConfig(Config):
    enabled = opt.Type(bool, default=True)
    # Folder with one file of interface texts per language (data/ui/sv.yml …).
    ui_dir = opt.Type(str, default="data/ui")
    # A deployer's own municipality (SCB code, e.g. "2281"): its help places come first.
    municipality = _Code(default="")
    # Build only these languages (comma-separated), for a fast preview; empty = all.
    # Set it from the environment: HJALP_LANGS=ar make preview
    only_languages = opt.Type(str, default="")
    # Who runs this copy and how to reach them (a deployer's setting, hjalpguide.operator_info),
    # shown in the accessibility statement and on "Om Hjälpguiden". Environment:
    # HJALP_OPERATOR_NAME="Sundsvalls kommun" HJALP_OPERATOR_EMAIL=kontakt@sundsvall.se
    operator_name = opt.Type(str, default="")
    operator_email = opt.Type(str, default="")


def municipality(config: HjalpguideConfig) -> str:
    """The deployer's municipality: the environment wins over mkdocs.yml."""
    return os.environ.get(ENV_MUNICIPALITY, "").strip() or config.municipality


def municipality_origin() -> str:
    """Where the deployer's municipality was set, for messages about it."""
    return ENV_MUNICIPALITY if os.environ.get(ENV_MUNICIPALITY, "").strip() else \
        "mkdocs.yml, municipality"


def only_languages(config: HjalpguideConfig) -> str:
    """Languages to build besides Swedish, for a fast preview; empty means all."""
    return os.environ.get(ENV_LANGUAGES, "").strip() or config.only_languages


def operator_name(config: HjalpguideConfig) -> str:
    """Who runs the site: the environment wins over mkdocs.yml."""
    return os.environ.get(ENV_OPERATOR_NAME, "").strip() or config.operator_name.strip()


def operator_email(config: HjalpguideConfig) -> str:
    """How to reach whoever runs the site: the environment wins over mkdocs.yml."""
    return os.environ.get(ENV_OPERATOR_EMAIL, "").strip() or config.operator_email.strip()
