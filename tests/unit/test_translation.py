from pathlib import Path

from hjalpguide.translation import body, page_status, source_hash, source_path


def test_hash_ignores_front_matter_and_line_endings():
    a = "---\ntitle: A\n---\n# Rubrik\n\nText.\n"
    b = "---\ntitle: B\nchecked: 2026-01-01\n---\r\n# Rubrik\r\n\r\nText.\r\n"
    assert body(a) == "# Rubrik\n\nText.\n"
    assert source_hash(a) == source_hash(b)
    assert source_hash(a) != source_hash(a + "Mer.\n")


def test_source_path():
    assert source_path(Path("g/bankid/skaffa.ar.md"), "ar", "sv") == Path("g/bankid/skaffa.sv.md")


def test_status():
    meta = {"translation": {"source_hash": "h1", "method": "machine", "reviewed": False}}
    assert page_status(meta, "sv", "sv", "sv", None).notices == []
    assert page_status({}, "sv", "ar", "sv", None).notices == ["fallback"]
    assert page_status(meta, "ar", "ar", "sv", "h1").notices == ["machine"]
    assert page_status(meta, "ar", "ar", "sv", "h2").notices == ["machine", "outdated"]
    reviewed = {"translation": {"source_hash": "h1", "method": "human", "reviewed": True}}
    assert page_status(reviewed, "ar", "ar", "sv", "h1").notices == []
    # a translation without any record is treated as unreviewed and outdated
    assert page_status({}, "ar", "ar", "sv", "h1").notices == ["machine", "outdated"]


def test_second_check_date_goes_with_the_machine_notice_only():
    info = {"source_hash": "h1", "method": "machine", "reviewed": False,
            "second_check": "2026-12-05"}
    assert page_status({"translation": info}, "ar", "ar", "sv", "h1").second_check == "2026-12-05"
    human = {**info, "method": "human"}
    assert page_status({"translation": human}, "ar", "ar", "sv", "h1").second_check == ""
    assert page_status({"translation": {**info, "second_check": "snart"}}, "ar", "ar", "sv",
                       "h1").second_check == ""


def test_a_person_made_translation_gets_no_machine_notice():
    human = {"translation": {"source_hash": "h1", "method": "human", "reviewed": False}}
    assert page_status(human, "ar", "ar", "sv", "h1").notices == []
    assert page_status(human, "ar", "ar", "sv", "h2").notices == ["outdated"]
