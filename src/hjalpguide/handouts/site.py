"""The handouts in the MkDocs site: PDFs published, a staff page per language, print links.

The plugin calls, once per language build (static-i18n runs one build per language):

- :func:`add_staff_page` in ``on_files`` *after* static-i18n (which drops generated files):
  adds ``utskrift/`` ("Utskrifter för personalen") in the language being built;
- :func:`print_info` in ``on_page_context``: the "Skriv ut (2 sidor)" link and the page's
  address for paper, as ``hjalp_print`` in the template context;
- :func:`publish` in ``on_post_build``: copies this language's PDFs to
  ``site/<language root>utskrift/``.

Everything is read from ``build/handouts/manifest.json``, made by
``python -m hjalpguide.handouts build`` before the site. Without it the site still builds:
no print links, and the staff page says there are no handouts yet.
"""

from __future__ import annotations

import functools
import json
import logging
import posixpath
import shutil
import tempfile
import urllib.parse
from pathlib import Path

import jinja2
import markupsafe
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from hjalpguide import generated_pages
from hjalpguide.config import municipality as deployer_municipality
from hjalpguide.contacts.render import swedish_sort_key
from hjalpguide.handouts import staff
from hjalpguide.handouts import texts as handout_texts
from hjalpguide.handouts.cache import MANIFEST
from hjalpguide.handouts.referral import KIND as REFERRAL
from hjalpguide.handouts.render import TEMPLATES
from hjalpguide.translation import source_hash

SECTION = "utskrift/"
MADE_BY = "hjalpguide.handouts"
#: The Swedish staff page's list of referral sheets (the heading's id in staff_page.md);
#: the translated staff pages link to it.
REFERRAL_ANCHOR = "hanvisningsblad"
#: The staff page's find box (overrides/assets/); a file, so a strict CSP allows it.
FIND_SCRIPT = "assets/staff-find.js"
OUT_DIR = Path("build/handouts")
LOCAL_HOSTS = {"localhost", "::1", "0.0.0.0"}  # and 127.x.x.x


def load_manifest(root: Path) -> dict:
    """The manifest of ``root``'s handouts ({} when they have not been made)."""
    path = root / OUT_DIR / MANIFEST
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _read_manifest(str(path), stamp)


def local_address(manifest: dict) -> str:
    """The handouts' address when it only works on the computer that made them (no
    HJALP_SITE_URL was set), else "": the staff page then warns that the QR codes lead
    nowhere on a visitor's phone."""
    url = str(manifest.get("site_url") or "")
    host = urllib.parse.urlsplit(url).hostname or ""
    return url if host in LOCAL_HOSTS or host.startswith("127.") else ""


def load_texts(root: Path, languages: tuple[str, ...]) -> dict[str, dict]:
    stamp = tuple(p.stat().st_mtime_ns if p.exists() else 0
                  for p in handout_texts.files(root, list(languages)))
    return _read_texts(str(root), languages, stamp)


def enabled(root: Path) -> bool:
    """A project without data/ui-handouts/ (e.g. a test fixture site) has no handouts."""
    return (root / handout_texts.TEXTS_DIR).is_dir()


def print_info(root: Path, page_src: str, lang: str, languages: tuple[str, ...]) -> dict:
    """What the page template needs for paper: the address label, and the handout links.

    ``page_src``: the page's path without language suffix (bankid/skaffa-bankid.md).
    """
    if not enabled(root):
        return {}
    all_words = load_texts(root, languages)
    words = all_words[lang]["print"]
    info: dict = {"address": words["address"]}
    name = page_src[: -len(".md")] if page_src.endswith(".md") else page_src
    by_path = {h["path"]: h for h in load_manifest(root).get("handouts", [])}
    source = languages[0]
    single = by_path.get(f"{lang}/{name}.pdf")
    if single is None:  # not translated: the Swedish handout is what the page shows
        single = by_path.get(f"{source}/{name}.pdf")
    if single is None:
        return info
    info["single"] = _link(single, words["link"], words["link_one"], source)
    both = by_path.get(f"{lang}/{name}.{source}-{lang}.pdf")
    if both is not None:
        label = words["bilingual"].replace("{language}", all_words[lang]["language_name"])
        info["bilingual"] = _link(both, label, label, source)
    return info


def staff_page(root: Path, lang: str, languages: tuple[str, ...], municipality: str = "") -> str:
    """The Markdown of the staff page in ``lang``: every handout, ready to print; on the
    Swedish page also the referral sheet of every municipality, by county (the deployer's
    ``municipality`` first)."""
    words = load_texts(root, languages)
    t = words[lang]["staff"]
    source = languages[0]
    manifest = load_manifest(root)
    by_path = {h["path"]: h for h in manifest.get("handouts", [])}
    here = _root(lang, source) + SECTION
    # on the Swedish page the languages are named in Swedish (somaliska); on a translated
    # page by their own name (Soomaali, svenska)
    names = {code: words[code]["language_name_sv" if lang == source else "language_name"]
             for code in languages}
    groups = staff.topics(root, manifest, lang, languages, here, names, t)
    # On the Swedish page, the way to every other language's handouts (staff start there).
    others = [{"code": code, "name": words[code]["language_name"],
               "href": posixpath.relpath(_root(code, source) + SECTION, here) + "/"}
              for code in languages if code != source and lang == source]
    body = _environment().get_template("staff_page.md").render(
        t=t, topics=groups, fold=staff.fold, lang=lang, source=source,
        source_name=words[source]["language_name"], others=others,
        local_address=_as_code(local_address(manifest)),
        counties=_referral_counties(root, manifest, here, source) if lang == source else [],
        referral_href=posixpath.relpath(SECTION, here.rstrip("/")) + "/#" + REFERRAL_ANCHOR,
        referral_anchor=REFERRAL_ANCHOR, script=posixpath.relpath(FIND_SCRIPT, here),
        has_referral=any(h.get("kind") == REFERRAL for h in by_path.values()),
        mine=_referral_mine(root, manifest, here, source, municipality) if lang == source
        else None)
    meta = {"title": t["title"]}
    if lang != source:
        info = words[lang].get("translation") or {}
        meta["translation"] = {
            "source_hash": source_hash(staff_page(root, source, languages)),
            "method": info.get("method") if info.get("method") in ("machine", "human")
            else "machine",
            "reviewed": info.get("reviewed") is True}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body}"


def is_staff_page(file) -> bool:
    """The staff page (any language): for staff, so kept out of the visitors' search."""
    return (getattr(file, "generated_by", None) == MADE_BY
            or str(getattr(file, "src_uri", "")).startswith(SECTION))


def add_staff_page(files: Files, config, root: Path, lang: str,
                   languages: tuple[str, ...]) -> Files:
    """Add ``utskrift/`` in ``lang`` to the files static-i18n chose for this build."""
    if not enabled(root):
        log.info("Ingen mapp %s: webbplatsen får ingen sida med utskrifter.",
                 handout_texts.TEXTS_DIR)
        return files
    source = languages[0]
    stem = SECTION + "index"
    path = _folder(root) / f"{stem}.{lang}.md"
    plugin = config.plugins.get("hjalpguide") if hasattr(config, "plugins") else None
    municipality = deployer_municipality(plugin.config) if plugin is not None else ""
    generated_pages.write_markdown(path, staff_page(root, lang, languages, municipality))
    file = generated_pages.localized_file(
        stem + ".md", lang, path, f"{_root(lang, source)}{stem}.html", config,
        made_by=MADE_BY,
        alternates={code: _root(code, source) + SECTION for code in languages})
    files.append(file)
    return files


def publish(root: Path, lang: str, source: str, site_dir: Path) -> list[Path]:
    """Copy ``lang``'s PDFs into the site (only those that differ); returns what was copied."""
    made = root / OUT_DIR / lang
    target = site_dir / _root(lang, source) / SECTION
    copied = []
    for pdf in sorted(made.rglob("*.pdf")) if made.is_dir() else []:
        destination = target / pdf.relative_to(made)
        if destination.exists() and destination.stat().st_size == pdf.stat().st_size and (
                destination.stat().st_mtime_ns >= pdf.stat().st_mtime_ns):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(pdf, destination)
        copied.append(destination)
    if not made.is_dir():
        log.info("Inga utskrifter på '%s' att publicera (det behövs inte för att "
                 "förhandsvisa sidorna). Gör dem med: make handouts", lang)
    return copied


# ---


def _referral_links(root: Path, manifest: dict, here: str, source: str) -> list[dict]:
    """The referral sheets in the manifest, with their municipality, A–Ö the Swedish way
    (Å, Ä, Ö after Z)."""
    from hjalpguide.contacts import kommuner

    path = root / "data" / "kommuner.csv"
    by_slug = {m.slug: m for m in kommuner.load(path).values()} if path.is_file() else {}
    links = []
    for entry in manifest.get("handouts", []):
        municipality = by_slug.get(entry["page"].rsplit("/", 1)[-1])
        if entry.get("kind") != REFERRAL or municipality is None:
            continue
        href = _root(entry["language"], source) + SECTION + entry["path"].split("/", 1)[1]
        links.append({"municipality": municipality, "name": municipality.name,
                      "href": posixpath.relpath(href, here.rstrip("/")),
                      "size": _size(int(entry["bytes"]))})
    return sorted(links, key=lambda link: (swedish_sort_key(link["name"]),
                                           link["municipality"].code))


def _referral_counties(root: Path, manifest: dict, here: str, source: str) -> list[dict]:
    """The referral sheets grouped by county (counties in code order, as on the web page's
    list of municipalities; the municipalities in each A–Ö)."""
    from hjalpguide.contacts.kommuner import slugify

    counties: dict[str, dict] = {}
    for link in _referral_links(root, manifest, here, source):
        municipality = link["municipality"]
        county = counties.setdefault(municipality.county_code, {
            "name": municipality.county_name, "id": "lan-" + slugify(municipality.county_name),
            "links": []})
        county["links"].append(link)
    return [counties[code] for code in sorted(counties)]


def _referral_mine(root: Path, manifest: dict, here: str, source: str,
                   municipality: str) -> dict | None:
    if not municipality:
        return None
    return next((link for link in _referral_links(root, manifest, here, source)
                 if link["municipality"].code == municipality), None)


def _root(lang: str, source: str) -> str:
    return "" if lang == source else f"{lang}/"


def _link(entry: dict, many: str, one: str, source: str) -> dict:
    pages = int(entry["pages"])
    label = (one if pages == 1 else many).replace("{pages}", str(pages))
    return {"href": _root(entry["language"], source) + SECTION + entry["path"].split("/", 1)[1],
            "label": label, "pages": pages, "lang": entry["language"], "bytes": entry["bytes"]}


def _size(n: int) -> str:
    return f"{max(1, round(n / 1000))} kB" if n < 1_000_000 else f"{n / 1_000_000:.1f} MB"


@functools.lru_cache(maxsize=4)
def _read_manifest(path: str, _stamp: int) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("%s går inte att läsa; gör om utskrifterna: "
                    "python -m hjalpguide.handouts build --force", path)
        return {}
    return data if isinstance(data, dict) else {}


@functools.lru_cache(maxsize=4)
def _read_texts(root: str, languages: tuple[str, ...], _stamp) -> dict[str, dict]:
    try:
        return handout_texts.load(Path(root), list(languages))
    except handout_texts.TextsError as error:
        raise PluginError("Utskrifternas texter har fel:\n" + str(error)) from None


def _as_code(url: str) -> markupsafe.Markup | str:
    """A web address as left-to-right code (so "/" stays at its end in Arabic text)."""
    return markupsafe.Markup('<code dir="ltr">%s</code>') % url if url else ""


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


@functools.lru_cache(maxsize=1)
@functools.cache
def _folder(root: Path) -> Path:
    """Where the staff pages of the project at ``root`` are written: one folder for the
    life of the process, so that ``mkdocs serve --dirty`` sees an unchanged page as
    unchanged (removed when the process ends)."""
    folder = tempfile.TemporaryDirectory(prefix="hjalp-handouts-")
    _FOLDERS.append(folder)
    return Path(folder.name)


_FOLDERS: list[tempfile.TemporaryDirectory] = []  # kept, so they last as long as the process


log = logging.getLogger("mkdocs.plugins.hjalpguide.handouts")
