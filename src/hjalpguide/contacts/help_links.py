"""The deployer's municipality straight from the guides' "Få hjälp" boxes.

Every guide's ``!!! tip "Få hjälp"`` box links to ``hjalp/platser/index.md`` ("Hjälp nära
dig"), which MkDocs writes as a relative ``href`` ending in ``hjalp/platser/``. When the site
is built for one municipality (option ``municipality`` / ``HJALP_MUNICIPALITY``), those links
lead to that municipality's page instead: one tap less for its residents. Only links inside a
tip box are changed (the menu, the start page and other text keep the list of all).

Each such box also ends with a line about interpreters ("Behöver du tolk? Hjälp på ditt
språk"): a reader test found that a reader who needs one had no way to it from most guides.
The same line is printed on the handouts (:func:`add_interpreter_line` with the handout's
absolute address), so a reader on paper learns where to look too.
"""

from __future__ import annotations

import re

from hjalpguide.contacts.render import environment

_TIP = re.compile(r'<div class="admonition tip(?: [^"]*)?">')
_DIV = re.compile(r"<div\b|</div>")
_LINK = re.compile(r'href="((?:\.\./)*)hjalp/platser/(?:index\.html)?"')
_LOCAL = re.compile(r'href="((?:\.\./)*)hjalp/platser/[a-z0-9-]+/"')  # after to_municipality

INTERPRETER_PAGE = "hjalp/ditt-sprak"  # "Hjälp på ditt språk": interpreters


def to_municipality(html: str, slug: str, base: str = "") -> str:
    """``html`` with the tip boxes' links to ``hjalp/platser/`` pointing at ``<slug>/``.
    The links are relative (``../``) on the web; ``base`` is the start of absolute ones
    (a handout's links: the site's address and the language's folder)."""
    if not slug or "hjalp/platser/" not in html:
        return html
    link = (re.compile(f'href="({re.escape(base)})hjalp/platser/(?:index\\.html)?"')
            if base else _LINK)
    out, pos = [], 0
    for start in _TIP.finditer(html):
        if start.start() < pos:  # a tip box inside a tip box: already done
            continue
        end = _box_end(html, start.end())
        out.append(html[pos:start.start()])
        out.append(link.sub(lambda m: f'href="{m.group(1)}hjalp/platser/{slug}/"',
                            html[start.start():end]))
        pos = end
    out.append(html[pos:])
    return "".join(out)


def interpreter_line(words: dict, env=None) -> str:
    """The interpreter line in one language (``words``: that language's
    data/ui-help/<lang>.yml), from ``templates/help/interpreter.html``; ``{root}`` is left
    for :func:`add_line`. ``env``: the help pages' Jinja environment, if one is at hand."""
    return (env or environment()).get_template("interpreter.html").render(t=words).strip()


def add_interpreter_line(html: str, page_src: str, line: str, base: str = "") -> str:
    """``html`` with the interpreter ``line`` (:func:`interpreter_line`) at the end of its
    "Få hjälp" boxes; not on the interpreter page itself. ``base`` as for
    :func:`to_municipality`."""
    if not line or page_src.startswith(INTERPRETER_PAGE):
        return html
    return add_line(html, line, base)


def add_line(html: str, line: str, base: str = "") -> str:
    """``html`` with ``line`` at the end of every tip box that links to ``hjalp/platser/``.
    ``{root}`` in ``line`` becomes the relative way to the site root that the box's own link
    uses (``../``, ``../../`` …), or ``base`` when the links are absolute (a handout's)."""
    if "hjalp/platser/" not in html:
        return html
    links = ([re.compile(f'href="({re.escape(base)})hjalp/platser/'
                         r'(?:index\.html|[a-z0-9-]+/)?"')] if base else [_LINK, _LOCAL])
    out, pos = [], 0
    for start in _TIP.finditer(html):
        if start.start() < pos:
            continue
        end = _box_end(html, start.end())
        box = html[start.start():end]
        link = next(filter(None, (pattern.search(box) for pattern in links)), None)
        out.append(html[pos:start.start()])
        if link and box.endswith("</div>"):
            box = box[:-len("</div>")] + line.replace("{root}", link.group(1)) + "</div>"
        out.append(box)
        pos = end
    out.append(html[pos:])
    return "".join(out)


def _box_end(html: str, pos: int) -> int:
    """Where the ``<div>`` opened just before ``pos`` closes (the end of the text if never)."""
    depth = 1
    for tag in _DIV.finditer(html, pos):
        depth += 1 if tag.group() == "<div" else -1
        if depth == 0:
            return tag.end()
    return len(html)
