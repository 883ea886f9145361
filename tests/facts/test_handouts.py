"""Handouts take the same computed "Fakta kontrollerade" date as the site, and are made
again when a fact they cite changes in data/facts.yml."""

from __future__ import annotations

import datetime as dt

import pytest

from hjalpguide.facts import site as facts_site
from hjalpguide.handouts import build, cache, helpbox, render, sources, texts
from hjalpguide.handouts.render import TEMPLATES

TODAY = dt.date(2026, 12, 5)
FACT = """\
  - id: {id}
    claim: Ett påstående.
    source:
      title: {title}
      url: https://example.se/{id}
      kind: organisation
    checked: {checked}
"""


@pytest.fixture
def project(tmp_path):
    from handouts.conftest import make_project

    return sources.load_project(make_project(tmp_path) / "mkdocs.yml")


def write_register(project, *facts):
    text = "facts:\n" + "".join(FACT.format(**fact) for fact in facts)
    (project.root / "data" / "facts.yml").write_text(text, encoding="utf-8")


def cite(project, *ids):
    page = project.docs_dir / "bankid" / "skaffa-bankid.sv.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("facts:")
    end = text.index("\n", start)
    page.write_text(text[:start] + f"facts: [{', '.join(ids)}]" + text[end:], encoding="utf-8")


def hashes(project) -> dict[str, str]:
    languages = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, languages),
                               helpbox.load(project.root, languages, TODAY), TODAY)
    common = cache.code_digest(TEMPLATES)
    return {job.output: build._input_hash(job, project, renderer, common)
            for job in sources.plan(project)}


def test_checked_date_is_the_oldest_of_the_swedish_pages_facts(project):
    write_register(project, {"id": "bankid-a", "title": "A", "checked": "2026-11-30"},
                   {"id": "bankid-b", "title": "B", "checked": "2026-10-01"})
    cite(project, "bankid-a", "bankid-b")
    languages = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, languages),
                               helpbox.load(project.root, languages, TODAY), TODAY)
    page = next(p for p in sources.find_pages(project) if p.name == "bankid/skaffa-bankid")
    for lang in ("sv", "ar", "ti"):  # the translations carry no facts of their own
        assert renderer.side(page, lang).checked == "2026-10-01"
    assert 'datetime="2026-10-01"' in renderer.html(page, "ar")


def test_a_page_that_cites_no_facts_shows_no_empty_checked_line(project):
    write_register(project, {"id": "bankid-a", "title": "A", "checked": "2026-11-30"})
    cite(project)
    languages = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, languages),
                               helpbox.load(project.root, languages, TODAY), TODAY)
    page = next(p for p in sources.find_pages(project) if p.name == "bankid/skaffa-bankid")
    assert renderer.side(page, "sv").checked == ""
    assert 'class="checked"' not in renderer.html(page, "sv")
    cite(project, "bankid-a")  # the same page citing a fact (a new renderer: pages are read once)
    renderer = render.Renderer(project, texts.load(project.root, languages),
                               helpbox.load(project.root, languages, TODAY), TODAY)
    assert 'class="checked"' in renderer.html(page, "sv")


def test_a_changed_fact_makes_the_handouts_that_cite_it_again(project):
    write_register(project, {"id": "bankid-a", "title": "A", "checked": "2026-11-30"},
                   {"id": "bankid-other", "title": "O", "checked": "2026-11-30"})
    cite(project, "bankid-a")
    before = hashes(project)
    write_register(project, {"id": "bankid-a", "title": "A", "checked": "2026-11-30"},
                   {"id": "bankid-other", "title": "O", "checked": "2026-12-01"})
    assert hashes(project) == before  # a fact the page does not cite
    write_register(project, {"id": "bankid-a", "title": "A, ny titel", "checked": "2026-11-30"},
                   {"id": "bankid-other", "title": "O", "checked": "2026-12-01"})
    changed = hashes(project)
    assert changed.keys() == before.keys()
    assert all(changed[name] != before[name] for name in before)  # sv, ar, ti, bilingual


def test_a_missing_id_stops_the_handouts(project):
    write_register(project, {"id": "bankid-a", "title": "A", "checked": "2026-11-30"})
    cite(project, "bankid-finns-inte")
    languages = list(project.languages)
    renderer = render.Renderer(project, texts.load(project.root, languages), [], TODAY)
    page = next(p for p in sources.find_pages(project) if p.name == "bankid/skaffa-bankid")
    with pytest.raises(facts_site.FactsError) as error:
        renderer.side(page, "ar")
    assert "guides/bankid/skaffa-bankid.sv.md:4: [FACT-MISSING]" in str(error.value)
