"""Every Swedish guide page of issue 4 follows the page rules in docs/editors/writing.md."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from guide_pages import GUIDES, ROOT, page_id, split, topic_pages

from hjalpguide import frontmatter, readability
from hjalpguide.facts.register import load as load_register
from hjalpguide.findings import errors

PAGES = topic_pages()
IDS = [page_id(p) for p in PAGES]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
MAX_WORDS = 350  # a phone screen or two


def test_every_topic_has_an_overview_page():
    for topic in ("bankid", "skanna", "blanketter", "hjalp-fran-andra", "hjalp", "ordlista"):
        assert (GUIDES / topic / "index.sv.md").is_file()


@pytest.fixture(scope="module")
def register():
    facts, findings = load_register(ROOT, dt.date.today())
    assert errors(findings) == [], "\n".join(f.format() for f in errors(findings))
    return facts


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_front_matter(path, register):
    meta, _, _ = split(path)
    source = path.read_text(encoding="utf-8")
    ctx = frontmatter.FrontMatterContext(page_id(path), frontmatter.key_lines(source))
    assert frontmatter.check(meta, ctx) == []
    assert {"title", "summary", "facts"} <= set(meta), "a page with no facts says facts: []"
    missing = [i for i in meta["facts"] if not register.known(i)]
    assert missing == [], f"{page_id(path)}: not in data/facts.yml: {missing}"
    assert all(fact.source.url.startswith("https://") for fact in register.cited(meta["facts"]))


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_summary_is_one_sentence_and_not_repeated(path):
    meta, body, _ = split(path)
    assert len(readability.read_prose(meta["summary"]).sentences) == 1
    assert meta["summary"] not in body


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_body_starts_with_the_title_as_the_only_h1(path):
    meta, body, _ = split(path)
    assert body.lstrip().splitlines()[0] == f"# {meta['title']}"
    assert len(re.findall(r"^# ", body, re.M)) == 1


# The glossary page is a list of words: no help box, no steps.
TASK_PAGES = [p for p in PAGES if p.parent.name != "ordlista"]


@pytest.mark.parametrize("path", TASK_PAGES, ids=[page_id(p) for p in TASK_PAGES])
def test_has_a_get_help_box(path):
    assert '!!! tip "Få hjälp"' in split(path)[1]


@pytest.mark.parametrize("path", [p for p in TASK_PAGES if split(p)[0].get("printable")],
                         ids=[page_id(p) for p in TASK_PAGES if split(p)[0].get("printable")])
def test_task_pages_have_numbered_steps(path):
    assert re.search(r"^1\. ", split(path)[1], re.M)


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_plain_language(path):
    avoid = readability.load_avoid_list(ROOT / readability.AVOID_LIST)
    stats = readability.check_page(page_id(path), path.read_text(encoding="utf-8"), avoid)
    assert stats.lix <= readability.LIX_TARGET
    assert [f.format() for f in stats.findings] == []
    assert stats.words <= MAX_WORDS


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_links_and_images_point_to_files(path):
    _, body, _ = split(path)
    for target in LINK.findall(body):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file = (path.parent / target).resolve()
        if file.is_relative_to(GUIDES / "hjalp" / "platser"):
            assert (ROOT / "data" / "help-places").is_dir()  # pages made by the build
            continue
        localised = file.with_name(file.name.replace(".md", ".sv.md"))
        assert file.exists() or localised.exists(), f"{page_id(path)}: {target}"


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_images_have_alt_text(path):
    for alt in re.findall(r"!\[([^\]]*)\]\(", split(path)[1]):
        assert len(alt.split()) >= 3, f"{page_id(path)}: bilden saknar en beskrivning (alt)"
