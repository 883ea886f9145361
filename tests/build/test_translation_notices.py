"""Notices on translated pages follow the translation record that --stamp writes.

A page stamped with the current Swedish hash is not outdated; a page a person has
reviewed shows no notice at all; an all-digit hash written by --stamp still builds
(front matter demands text) and counts as current.
"""

from __future__ import annotations

import pytest

from hjalpguide.translation import source_hash
from hjalpguide.translation_status.stamp import stamp

pytestmark = pytest.mark.build

SV = "---\ntitle: Ring\n---\n# Ring\n\nRing 1177.\n"
EN = "---\ntitle: Call\n---\n# Call\n\nCall 1177.\n"
HASH = source_hash(SV)


def reviewed(text: str) -> str:
    return text.replace("  reviewed: false", "  reviewed: true").replace(
        "  method: machine", "  method: human")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import FixtureSite

    stamped = stamp(EN, HASH)
    pages = {
        "index.sv.md": "---\ntitle: Start\n---\n# Start\n\n[Ring](ring.md) [Ring igen](igen.md)\n",
        "index.en.md": "---\ntitle: Start\n---\n# Start\n\n[Call](ring.md) [Again](igen.md)\n",
        "ring.sv.md": SV,
        "ring.en.md": stamped,  # current, machine-made, not reviewed
        "igen.sv.md": SV.replace("Ring 1177.", "Ring 1177 igen."),
        "igen.en.md": reviewed(stamp(EN, source_hash(SV.replace("Ring 1177.",
                                                                 "Ring 1177 igen.")))),
        "andra.sv.md": SV,
        "andra.en.md": stamp(EN, HASH).replace("  reviewed: false",
                                                '  reviewed: false\n  second_check: "2026-12-01"'),
    }
    site = FixtureSite(tmp_path_factory.mktemp("notices"), pages, ["sv", "en"])
    result = site.build()
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_stamped_page_is_current_but_says_no_person_reviewed_it(built):
    page = built.read("en/ring/index.html")
    assert "hjalp-notice--machine" in page
    assert "hjalp-notice--outdated" not in page
    assert 'hreflang="sv"' in page and 'href="../../ring/"' in page


def test_second_check_date_in_the_machine_notice_never_a_person(built):
    page = built.read("en/andra/index.html")
    # the first sentences at once; the advice and the second check under "More about …"
    assert "<p>Translated by a computer, not checked by a person. It may have mistakes.</p>" \
        in page
    assert ("<summary>More about the translation</summary>\n      <p>Ask "
            "someone who reads Swedish, the library or the agency to check dates and amounts. "
            'Checked a second time by a computer on '
            '<bdi class="hjalp-num" dir="ltr">2026-12-01</bdi>. '
            "No person has checked it.") in page
    assert "Checked a second time" not in built.read("en/ring/index.html")


def test_reviewed_current_page_has_no_notice(built):
    assert "hjalp-notice" not in built.read("en/igen/index.html")


def swedish_with_all_digit_hash() -> str:
    """A Swedish page whose hash has no letter (YAML would read it as a number unquoted)."""
    for number in range(100_000):
        text = SV.replace("1177", f"1177 ({number})")
        if source_hash(text).isdigit():
            return text
    raise AssertionError("no all-digit hash found")


def test_all_digit_hash_from_stamp_builds_and_counts_as_current(tmp_path):
    from conftest import FixtureSite

    swedish = swedish_with_all_digit_hash()
    text = stamp(EN, source_hash(swedish))
    assert f'source_hash: "{source_hash(swedish)}"' in text
    site = FixtureSite(tmp_path, {"index.sv.md": "---\ntitle: S\n---\n# S\n",
                                  "index.en.md": "---\ntitle: S\n---\n# S\n",
                                  "ring.sv.md": swedish, "ring.en.md": text}, ["sv", "en"])
    result = site.build()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "hjalp-notice--outdated" not in site.read("en/ring/index.html")
