from hjalpguide.admonitions import translate_titles

TITLES = {"tip": "Tips", "warning": "Varning"}


def test_adds_title_only_where_missing():
    text = '!!! tip\n    a\n\n!!! warning "Egen"\n    b\n\n??? note\n    c'
    out = translate_titles(text, TITLES)
    assert out.splitlines()[0] == '!!! tip "Tips"'
    assert '!!! warning "Egen"' in out
    assert "??? note" in out  # no title known: left for the author


def test_keeps_indent_and_collapsible_marker():
    assert translate_titles("    ???+ warning", TITLES) == '    ???+ warning "Varning"'


def test_leaves_code_fences_alone():
    text = "```\n!!! tip\n```"
    assert translate_titles(text, TITLES) == text
