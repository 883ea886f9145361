"""Navigation in the reader's language, in the editors' order.

MkDocs names a section after its folder ("bankid", "blanketter"), in every language
(design.md, pitfall 7). A section here takes the title of its own index page, which is
translated like any page. Pages inside a section follow their front matter ``order``
(lower first), then their title.
"""

from __future__ import annotations

import yaml
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from hjalpguide.translation import _FRONT_MATTER

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 5× faster


def front_matter(page: Page) -> dict:
    """The front matter of a page's file, read before MkDocs reads the page itself."""
    try:
        text = page.file.content_string
    except (OSError, UnicodeDecodeError):
        return {}
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        return {}
    try:
        data = yaml.load(match.group(0).strip().strip("-"), Loader=_LOADER)
    except yaml.YAMLError:
        return {}  # the page check reports it, with its line
    return data if isinstance(data, dict) else {}


def _sort_key(item) -> tuple:
    if isinstance(item, Page):
        meta = front_matter(item)
        order = meta.get("order") if isinstance(meta.get("order"), int) else 1000
        is_index = item.file.name == "index"
        return (not is_index, order, str(meta.get("title") or item.file.name))
    if isinstance(item, Section):
        index = _index_page(item)
        meta = front_matter(index) if index else {}
        order = meta.get("order") if isinstance(meta.get("order"), int) else 1000
        return (True, order, item.title or "")
    return (True, 1000, "")


def _index_page(section: Section) -> Page | None:
    for child in section.children:
        if isinstance(child, Page) and child.file.name == "index":
            return child
    return None


def _walk(items: list) -> None:
    items.sort(key=_sort_key)
    for item in items:
        if isinstance(item, Section):
            index = _index_page(item)
            title = front_matter(index).get("title") if index else None
            if isinstance(title, str) and title.strip():
                item.title = title.strip()
            _walk(item.children)


def localise(nav: Navigation) -> Navigation:
    """Give sections their index page's title and sort pages by ``order``."""
    _walk(nav.items)
    return nav
