"""A handout's "Få hjälp" box leads to the deployer's municipality, as the web page does
(help_links.to_municipality): a trial deployment for Vaxholm printed
hjalp.vaxholm.se/hjalp/platser in the box and …/hjalp/platser/vaxholm under it."""

from __future__ import annotations

from handouts.conftest import TODAY, make_project
from hjalpguide.handouts import render, sources, texts

TIP = """
!!! tip "Få hjälp"
    Fråga på biblioteket. Läs också [Hjälp nära dig](../hjalp/platser/index.md).

Alla kommuner: [Hjälp nära dig](../hjalp/platser/index.md).
"""


def _html(tmp_path, municipality: str, lang: str) -> str:
    root = make_project(tmp_path)
    for page_lang in ("sv", "ar"):
        page = root / "guides" / "bankid" / f"skaffa-bankid.{page_lang}.md"
        page.write_text(page.read_text(encoding="utf-8") + TIP, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'municipality: "2281"', f'municipality: "{municipality}"'), encoding="utf-8")
    project = sources.load_project(config)
    renderer = render.Renderer(project, texts.load(project.root, list(project.languages)),
                               [], TODAY)
    page = next(job.page for job in sources.plan(project)
                if job.page.name.endswith("skaffa-bankid"))
    return renderer.html(page, lang)


def _box(html: str) -> str:
    start = html.index('<div class="admonition tip">')
    return html[start:html.index("</div>", start)]


def test_the_help_box_link_leads_to_the_municipality_in_the_readers_language(tmp_path):
    for lang, folder in (("sv", ""), ("ar", "ar/")):
        html = _html(tmp_path / lang, "0187", lang)
        address = f"hjalp.example.se/{folder}hjalp/platser/vaxholm"
        assert (f'href="https://{address}/" data-address="{address}"') in _box(html)
        # a link outside the box keeps the list of all municipalities
        rest = html.replace(_box(html), "")
        assert f'href="https://hjalp.example.se/{folder}hjalp/platser/"' in rest


def test_without_a_municipality_the_box_keeps_the_list_of_all(tmp_path):
    html = _html(tmp_path, "", "sv")
    assert 'href="https://hjalp.example.se/hjalp/platser/"' in _box(html)
    assert "platser/sundsvall" not in html and "platser/vaxholm" not in html
