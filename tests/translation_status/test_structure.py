"""The Markdown skeleton: what is counted, and how differences are described."""

from __future__ import annotations

from hjalpguide.translation_status.structure import compare, link_target, structure_of

SWEDISH = """---
title: Sida
---

# Rubrik

![Bild](bild.svg){ width="96" }

## Steg

1. Ett
2. Två
   - under
3. Tre

- punkt
* punkt

| a | b |
|---|---|
| 1 | 2 |

Läs [mer](sida.md#rubrik), [här](#steg) och <https://example.se>.

<!-- hjalp: kommun=2281 -->

!!! tip "Tips"
    Text.

```
# inte en rubrik
1. inte ett steg
```
"""


def kinds(text):
    return [(e.kind, e.value) for e in structure_of(text).elements]


def test_elements_and_line_numbers():
    found = structure_of(SWEDISH)
    assert [(e.kind, e.value, e.line) for e in found.of("heading")] == [
        ("heading", "1", 5), ("heading", "2", 9)]
    assert len(found.of("step")) == 3
    assert len(found.of("item")) == 3
    assert len(found.of("table_row")) == 3
    assert [e.value for e in found.of("image")] == ["bild.svg"]
    assert [e.value for e in found.of("link")] == ["sida.md", "#", "https://example.se"]
    assert [e.value for e in found.of("marker")] == ["hjalp: kommun=2281"]
    assert [e.value for e in found.of("admonition")] == ["tip"]
    assert len(found.of("code_block")) == 1


def test_same_structure_in_other_words_is_no_difference():
    translated = (SWEDISH.replace("Rubrik", "Heading").replace("Ett", "One")
                  .replace("#rubrik", "#heading").replace("#steg", "#steps"))
    assert compare(structure_of(SWEDISH), structure_of(translated)) == []


def test_missing_step_is_named_with_a_line():
    translated = SWEDISH.replace("3. Tre\n", "")
    (difference,) = compare(structure_of(SWEDISH), structure_of(translated))
    assert difference.kind == "step"
    assert difference.message == "Antal numrerade steg: svenska 3, översättningen 2."
    assert difference.line == 12


def test_heading_level_order_and_admonition_type():
    translated = SWEDISH.replace("## Steg", "### Steg").replace("!!! tip", "!!! warning")
    differences = {d.kind: d for d in compare(structure_of(SWEDISH), structure_of(translated))}
    assert set(differences) == {"heading", "admonition"}
    assert "nivå 3 (svenska: nivå 2)" in differences["heading"].message
    assert differences["heading"].line == 9
    assert "'warning' (svenska: 'tip')" in differences["admonition"].message


def test_changed_link_target_and_lost_marker():
    translated = SWEDISH.replace("sida.md", "page.md").replace("<!-- hjalp: kommun=2281 -->", "")
    differences = {d.kind: d for d in compare(structure_of(SWEDISH), structure_of(translated))}
    assert set(differences) == {"link", "marker"}
    assert "saknas: sida.md; finns inte på svenska: page.md" in differences["link"].message


def test_link_target_drops_anchor():
    assert link_target("a.md#b") == "a.md"
    assert link_target("#b") == "#"
    assert link_target("https://x.se/a") == "https://x.se/a"


def test_page_without_front_matter():
    assert kinds("# A\n\n1. b\n") == [("heading", "1"), ("step", "")]


def test_html_links_and_images_count():
    text = ('<ul class="x">\n  <li><a href="bankid/">BankID</a></li>\n</ul>\n'
            '<img src="a.svg" alt="">\n')
    assert kinds(text) == [("link", "bankid/"), ("image", "a.svg")]
