"""hjalpguide.translation_status.paragraphs: paragraphs, and which one matches in a translation."""

from __future__ import annotations

from hjalpguide.translation_status.paragraphs import corresponding_line, paragraphs

SWEDISH = """---
title: T
---

# Rubrik

Första stycket
på två rader.

- En punkt
- En till
  som fortsätter.

```
kod

mer kod
```

| a | b |
|---|---|

!!! tip "Tips"
    Text i rutan.

Sista stycket.
"""


def test_paragraphs_start_at_blank_lines_and_at_structure():
    found = [(p.kind, p.line, len(p.lines)) for p in paragraphs(SWEDISH)]
    assert found == [("heading", 5, 1), ("text", 7, 2), ("item", 10, 1), ("item", 11, 2),
                     ("code", 14, 5), ("table_row", 20, 1), ("table_row", 21, 1),
                     ("admonition", 23, 2), ("text", 26, 1)]


def test_same_number_of_paragraphs_matches_by_position_and_line_inside():
    translated = SWEDISH.replace("title: T", "title: T\nsummary: S")  # one line further down
    ours, theirs = paragraphs(SWEDISH), paragraphs(translated)
    assert corresponding_line(ours, theirs, 1) == 8
    assert corresponding_line(ours, theirs, 1, offset=1) == 9
    assert corresponding_line(ours, theirs, 3, offset=5) == 12  # no such line: the first


def test_another_number_of_paragraphs_goes_by_the_nearest_structure_above():
    translated = SWEDISH.replace("på två rader.", "\nett stycke till.")
    ours, theirs = paragraphs(SWEDISH), paragraphs(translated)
    assert len(theirs) == len(ours) + 1
    assert corresponding_line(ours, theirs, 8) == 27  # after the admonition, one line down
    assert corresponding_line(ours, theirs, 7) == 24


def test_without_structure_the_position_in_the_page_counts():
    ours = paragraphs("a\n\nb\n\nc\n\nd\n")
    theirs = paragraphs("a\n\nb\n")
    assert corresponding_line(ours, theirs, 3) == 3
    assert corresponding_line(ours, [], 0) is None
