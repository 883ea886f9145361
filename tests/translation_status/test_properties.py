"""Any text at all: the readers never crash, and --stamp always leaves a readable record."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hjalpguide.translation_status.facts import facts_of
from hjalpguide.translation_status.stamp import stamp
from hjalpguide.translation_status.structure import structure_of

MARKDOWNISH = st.text(alphabet=st.sampled_from(list("#-*1. |![]()<>!?\n\t {}@:ab٣ሀ-–`~0")),
                      max_size=200)


@given(MARKDOWNISH)
def test_readers_take_any_text(text):
    structure_of(text)
    facts_of(text)


SCALARS = st.one_of(st.integers(), st.booleans(), st.text(alphabet="abc xyz", max_size=8))


@settings(max_examples=60)
@given(st.dictionaries(st.sampled_from(["title", "order", "summary", "hide"]), SCALARS,
                       max_size=4),
       st.one_of(st.none(), st.dictionaries(st.sampled_from(["source_hash", "method",
                                                              "reviewed"]), SCALARS)),
       st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
def test_stamp_always_leaves_the_right_record(meta, record, new_hash):
    if record is not None:
        meta = {**meta, "translation": record}
    text = "---\n" + (yaml.safe_dump(meta, sort_keys=False) if meta else "") + "---\n# A\n"
    result = stamp(text, new_hash)
    info = yaml.safe_load(result.split("---\n")[1])["translation"]
    assert info["source_hash"] == new_hash and info["reviewed"] is False
    assert info["method"] in ("machine", "human") or info["method"] == (record or {}).get("method")
    assert result.endswith("---\n# A\n")
    assert {k: v for k, v in yaml.safe_load(result.split("---\n")[1]).items()
            if k != "translation"} == {k: v for k, v in meta.items() if k != "translation"}
