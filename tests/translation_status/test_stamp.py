"""--stamp: set source_hash (quoted), keep method, reviewed: false; touch nothing else."""

from __future__ import annotations

import pytest
import yaml

from hjalpguide.translation_status.stamp import stamp


def meta(text):
    return yaml.safe_load(text.split("---")[1])


def test_refreshes_an_existing_block_and_keeps_comments_and_order():
    text = ("---\ntitle: \"Scan\"  # kommentar\ntranslation:\n  source_hash: abc\n"
            "  method: human\n  reviewed: true   # granskad av Ana\norder: 2\n---\n\n# Scan\n")
    result = stamp(text, "0123456789")
    assert result == ("---\ntitle: \"Scan\"  # kommentar\ntranslation:\n"
                      "  source_hash: \"0123456789\"\n  method: human\n  reviewed: false\n"
                      "order: 2\n---\n\n# Scan\n")


def test_all_digit_hash_stays_text():
    info = meta(stamp("---\ntitle: A\n---\n# A\n", "0123456789012345"))["translation"]
    assert info == {"source_hash": "0123456789012345", "method": "machine", "reviewed": False}


def test_adds_a_block_when_there_is_none():
    assert stamp("---\ntitle: A\n---\n# A\n", "h1") == (
        "---\ntitle: A\ntranslation:\n  source_hash: \"h1\"\n  method: machine\n"
        "  reviewed: false\n---\n# A\n")


def test_adds_front_matter_when_there_is_none():
    result = stamp("# A\n\nText.\n", "h1")
    assert meta(result)["translation"]["source_hash"] == "h1"
    assert result.endswith("---\n# A\n\nText.\n")


def test_flow_style_becomes_block_style_and_keeps_method():
    text = "---\ntranslation: {source_hash: old, method: human, reviewed: true}\n---\nX\n"
    assert meta(stamp(text, "new"))["translation"] == {
        "source_hash": "new", "method": "human", "reviewed": False}


def test_missing_fields_are_added_with_the_block_indent():
    text = "---\ntranslation:\n    method: human\n\ntitle: A\n---\nX\n"
    result = stamp(text, "h")
    assert "    source_hash: \"h\"\n    reviewed: false\n" in result
    assert meta(result) == {"translation": {"method": "human", "source_hash": "h",
                                            "reviewed": False}, "title": "A"}


def test_windows_line_endings_are_kept():
    result = stamp("---\r\ntitle: A\r\n---\r\n# A\r\n", "h")
    assert "\r\n  source_hash: \"h\"\r\n" in result and "\n" not in result.replace("\r\n", "")


def test_stamping_twice_changes_nothing_more():
    once = stamp("---\ntitle: A\n---\n# A\n", "h")
    assert stamp(once, "h") == once


def test_never_marks_reviewed():
    text = "---\ntranslation:\n  source_hash: \"h\"\n  method: human\n  reviewed: true\n---\n"
    assert meta(stamp(text, "h"))["translation"]["reviewed"] is False


def test_unclosed_front_matter_is_refused():
    with pytest.raises(ValueError):
        stamp("---\ntitle: A\n# A\n", "h")
