import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjalpguide.contacts.cli import main

from .conftest import GOOD_PLACE, write_project


def run(root, *args):
    return main(["--root", str(root), "--today", "2026-11-22", *args])


def test_clean_data_exits_0_with_a_swedish_summary(project, capsys):
    root = project({"2281-sundsvall.yml": GOOD_PLACE})
    assert run(root) == 0
    assert capsys.readouterr().out.strip() == "Kontrollerade 1 fil med 1 plats: inga fel."


def test_findings_exit_1_one_per_line(project, capsys):
    root = project({"2281-sundsvall.yml": GOOD_PLACE.replace("kind: library", "kind: libary")})
    assert run(root) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("data/help-places/2281-sundsvall.yml:9: [HP-CHOICE] places[0].kind:")
    assert "Menade du 'library'?" in out[0]
    assert out[-1] == "Kontrollerade 1 fil med 1 plats: 1 fel, 0 varningar."


def test_json_format(project, capsys):
    root = project({"2281-sundsvall.yml": GOOD_PLACE.replace('"852 30"', "85230x")})
    assert run(root, "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["places"] == 1
    assert data["findings"][0]["rule"] == "HP-POSTAL-CODE"
    assert data["findings"][0]["line"] == 12


def test_cannot_read_input_exits_2(tmp_path, capsys):
    assert main(["--root", str(tmp_path)]) == 2
    assert main(["--bad-option"]) == 2
    root = write_project(tmp_path, {})
    assert main(["--root", str(root), str(tmp_path / "missing.yml")]) == 2


def test_never_writes_without_fix(project):
    text = GOOD_PLACE.replace('"0771-524 524"', "0771-524 524")
    root = project({"2281-sundsvall.yml": text})
    before = (root / "data/help-places/2281-sundsvall.yml").read_bytes()
    run(root)
    assert (root / "data/help-places/2281-sundsvall.yml").read_bytes() == before


def test_fix_quotes_and_normalises_keeping_comments_and_order(project, capsys):
    text = ("# Kommentar överst\n" + GOOD_PLACE
            .replace('code: "2281"', "code: 2281  # kommunkod")
            .replace('number: "+46771524524"', "number: 0771-524 524")
            .replace('"Mo-Fr 08:00-16:30; PH off"', "16:30")
            .replace("languages: [sv, en, \"no\"]", "languages: [sv, EN, no]"))
    root = project({"2281-sundsvall.yml": text})
    assert run(root, "--fix") == 1  # "16:30" alone is still not valid opening hours
    assert "[HP-HOURS]" in capsys.readouterr().out
    fixed = (root / "data/help-places/2281-sundsvall.yml").read_text(encoding="utf-8")
    assert fixed.startswith("# Kommentar överst\n")
    assert 'code: "2281" # kommunkod' in fixed
    assert 'number: "+46771524524"' in fixed
    assert 'opening_hours: "16:30"' in fixed
    assert 'languages: [sv, "en", "no"]' in fixed
    assert fixed.index("- id:") < fixed.index("kind:") < fixed.index("verified:")


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                     st.sampled_from(["16:30", "0114", "no", "2026-13-01", "+46771524524"]))
_keys = st.sampled_from(["id", "name", "kind", "phones", "places", "verified", "date",
                         "municipality", "code", "sv", "x", "opening_hours", "number"])
_yaml_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=5)), max_leaves=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(_keys, _yaml_values, max_size=4), raw=st.binary(max_size=60))
def test_random_structures_and_bytes_never_crash(tmp_path_factory, data, raw):
    import yaml

    root = write_project(tmp_path_factory.mktemp("p"), {
        "national.yml": yaml.safe_dump(data, allow_unicode=True),
    })
    (root / "data/help-places/2281-sundsvall.yml").write_bytes(raw)
    assert run(root) in (0, 1)
    assert run(root, "--format", "json") in (0, 1)
