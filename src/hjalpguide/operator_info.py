"""Who runs this copy of Hjälpguiden and how to reach them, for readers: the accessibility
statement must name a way to contact whoever runs the site (DOS-lagen), and "Om
Hjälpguiden" says who that is.

A deployer sets ``HJALP_OPERATOR_NAME`` and ``HJALP_OPERATOR_EMAIL`` (or ``operator_name``
and ``operator_email`` under the plugin in mkdocs.yml; read in hjalpguide.config). A page
asks for the sentence with the marker ``<!-- hjalp: driftansvarig -->``; it is replaced by
one paragraph in the page's language (``operator`` in data/ui/<lang>.yml). Unset, the
paragraph says plainly who to ask instead: the municipality or library that showed the
reader the site. The e-mail address follows the help places' rule (no ``?cc=``, no
``mailto:``): hjalpguide.contacts.urls.check_email.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from hjalpguide.contacts.urls import check_email

MARKER = "<!-- hjalp: driftansvarig -->"
# Characters that would make a name into Markdown markup (emphasis, links, code, a list).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|>~-])")
MAX_NAME = 120


@dataclass(frozen=True)
class Operator:
    name: str = ""
    email: str = ""


def check(operator: Operator) -> list[str]:
    """Problems with the setting, in Swedish, each naming the setting and how to fix it."""
    problems = []
    if len(operator.name) > MAX_NAME or "\n" in operator.name:
        problems.append(f"HJALP_OPERATOR_NAME (operator_name): namnet är för långt eller har "
                        f"flera rader. → Skriv bara namnet, högst {MAX_NAME} tecken, "
                        "t.ex. \"Sundsvalls kommun, biblioteket\".")
    if operator.email:
        problems += [f"HJALP_OPERATOR_EMAIL (operator_email): {p.message} → {p.fix}"
                     for p in check_email(operator.email)]
    return problems


def insert(markdown: str, operator: Operator, texts: dict) -> str:
    """``markdown`` with the marker replaced by the paragraph in the language of ``texts``
    (that language's ``operator`` texts)."""
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, paragraph(operator, texts))


def paragraph(operator: Operator, texts: dict) -> str:
    """One Markdown sentence or two: who runs the site and their address, or whom to ask.
    The name (usually Swedish) and the address are isolated, so they read left to right
    inside Arabic or Persian text."""
    name = _MARKDOWN.sub(r"\\\1", html.escape(operator.name, quote=False))
    parts = []
    if name:
        parts.append(texts["runs"].replace("{name}", f'<bdi lang="sv">{name}</bdi>'))
    if operator.email:
        shown = _MARKDOWN.sub(r"\\\1", operator.email)
        link = f"[<bdi>{shown}</bdi>](mailto:{operator.email})"
        parts.append(texts["write"].replace("{email}", link))
    return " ".join(parts) or texts["unset"]
