"""What the staff page (``utskrift/``) lists: the handouts by topic, each with every file.

For the library desk: a visitor who reads Somali needs help with an appeal. The page shows
the topics as headings in the site's own order (the ``order:`` of each section's
``index.sv.md``, as in the navigation), each handout once, with its Swedish title and, on
the Swedish page, the single and the two-language (language + Swedish) PDF of every
language; so the Somali + Swedish appeal is one row and one click from ``/utskrift/``.

Each row carries the words the find box (``overrides/assets/staff-find.js``) matches: the
Swedish page's title, summary, headings and bold words ("överklag" finds the appeal
page, whose text defines **Överklagande**), and on a translated page also the same words
of the reader's page. The words are folded (lower case, no accents) so "overklag" and
"Överklag" both match.
"""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata
from pathlib import Path

from hjalpguide.handouts.sources import read_page

#: Markdown headings (## …) and bold words (**…**) in a page's text.
_HEADING = re.compile(r"^#{1,4}\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)
_BOLD = re.compile(r"\*\*([^*\n]{1,80})\*\*")
_DOCS_DIR = re.compile(r"^docs_dir:\s*['\"]?([^'\"#\s]+)", re.MULTILINE)
NO_ORDER = 1000


def fold(text: str) -> str:
    """Lower case without accents, one space between words: what the find box compares."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.split())


def docs_dir(root: Path) -> Path:
    """The site's docs_dir (mkdocs.yml; MkDocs' default is docs/)."""
    try:
        text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    except OSError:
        return root / "docs"
    match = _DOCS_DIR.search(text)
    return root / (match.group(1) if match else "docs")


def topics(root: Path, manifest: dict, lang: str, languages: tuple[str, ...],
           here: str, names: dict[str, str], t: dict) -> list[dict]:
    """The handouts of ``lang``'s staff page, grouped by topic in the site's order.

    ``names``: each language's name as the page's reader calls it; ``here``: the staff
    page's path (``utskrift/`` or ``so/utskrift/``), for relative links.
    """
    source = languages[0]
    docs = docs_dir(root)
    by_path = {h["path"]: h for h in manifest.get("handouts", [])}
    groups: dict[str, dict] = {}
    for entry in (h for h in by_path.values()
                  if h["language"] == source and h.get("kind") == "single"):
        page = entry["page"]
        folder = page.split("/", 1)[0] if "/" in page else ""
        topic = groups.setdefault(folder, _topic(docs, folder, lang, source))
        row = _row(docs, entry, by_path, lang, languages, here, names, t)
        topic["rows"].append(row)
    for topic in groups.values():
        topic["rows"].sort(key=lambda row: (row["order"], fold(row["title"])))
    return sorted(groups.values(), key=lambda topic: (topic["order"], fold(topic["title"])))


# ---


def _topic(docs: Path, folder: str, lang: str, source: str) -> dict:
    index = f"{folder}/index" if folder else "index"
    meta = _meta(docs, index, source)
    own = _meta(docs, index, lang) if lang != source else meta
    title = str(own.get("title") or meta.get("title") or folder or "")
    order = meta.get("order") if isinstance(meta.get("order"), int) else NO_ORDER
    return {"id": "amne-" + (_slug(folder) or "start"), "title": title, "order": order,
            "only_swedish": not own.get("title") and lang != source, "rows": []}


def _row(docs: Path, entry: dict, by_path: dict, lang: str, languages: tuple[str, ...],
         here: str, names: dict[str, str], t: dict) -> dict:
    source = languages[0]
    page = entry["page"]
    meta, words = _page_words(docs, page, source)
    own, own_words = _page_words(docs, page, lang) if lang != source else (meta, "")
    mine = by_path.get(f"{lang}/{page}.pdf") if lang != source else entry
    title = (mine or entry)["title"]
    summary = str(own.get("summary") or meta.get("summary") or "")
    files = []
    # the Swedish page lists every language; a translated page its own language and Swedish
    for code in (languages if lang == source else (lang, source)):
        single = by_path.get(f"{code}/{page}.pdf")
        both = by_path.get(f"{code}/{page}.{source}-{code}.pdf") if code != source else None
        if single is None and both is None:
            continue
        files.append({"code": code, "name": names[code],
                      "single": _file(single, here, source, t),
                      "bilingual": _file(both, here, source, t)})
    order = meta.get("order") if isinstance(meta.get("order"), int) else NO_ORDER
    return {"title": title, "order": 0 if page.endswith("/index") else order,
            "source_title": entry["title"] if mine is not None and lang != source else "",
            "only_swedish": mine is None and lang != source,
            "summary": summary, "summary_swedish": not own.get("summary") and lang != source,
            "find": fold(f"{words} {own_words}"), "files": files}


def _file(entry: dict | None, here: str, source: str, t: dict) -> dict | None:
    if entry is None:
        return None
    root = "" if entry["language"] == source else f"{entry['language']}/"
    href = root + "utskrift/" + entry["path"].split("/", 1)[1]
    pages = int(entry["pages"])
    return {"href": posixpath.relpath(href, here.rstrip("/")),
            "pages": (t["pages_one"] if pages == 1 else t["pages"]).replace("{pages}",
                                                                          str(pages))}


def _page_words(docs: Path, page: str, lang: str) -> tuple[dict, str]:
    """(front matter, the words the find box matches) of the page in ``lang``."""
    path = docs / f"{page}.{lang}.md"
    return _read(str(path), _stamp(path))


def _meta(docs: Path, page: str, lang: str) -> dict:
    path = docs / f"{page}.{lang}.md"
    return _read(str(path), _stamp(path))[0]


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


@functools.lru_cache(maxsize=512)
def _read(path: str, stamp: int) -> tuple[dict, str]:
    if not stamp:
        return {}, ""
    try:
        body, meta = read_page(Path(path))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}, ""  # the page check reports a broken page; the staff page still builds
    meta = meta if isinstance(meta, dict) else {}
    words = [str(meta.get("title") or ""), str(meta.get("summary") or "")]
    words += _HEADING.findall(body) + _BOLD.findall(body)
    return meta, " ".join(words)


def _slug(text: str) -> str:
    return "-".join(part for part in re.split(r"[^a-z0-9]+", fold(text)) if part)
