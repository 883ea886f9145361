from pathlib import Path

import pytest

from hjalpguide import clock
from hjalpguide.contacts.validate import validate_tree
from hjalpguide.findings import errors

from .conftest import GOOD_PLACE, LANGS, ROOT, TODAY


def run(project_dir: Path, today=TODAY):
    data = project_dir / "data"
    return validate_tree(data / "help-places", data / "kommuner.csv", LANGS, today,
                         shown_from=project_dir)


def rules(result):
    return sorted(f.rule for f in result.findings)


def test_the_real_data_has_no_errors():
    result = run(ROOT, clock.today())  # real data is checked as of today, as editors run it
    assert errors(result.findings) == [], "\n".join(f.format() for f in result.findings)
    assert result.places_checked >= 40


def test_a_good_file_is_clean(project):
    assert run(project({"2281-sundsvall.yml": GOOD_PLACE})).findings == []


def test_yaml_traps_are_explained_with_file_line_and_field(project):
    text = GOOD_PLACE.replace('code: "2281"', "code: 2281").replace(
        '"Mo-Fr 08:00-16:30; PH off"', "16:30").replace('"no"', "no")
    result = run(project({"2281-sundsvall.yml": text}))
    quotes = [f for f in result.findings if f.rule == "HP-QUOTE"]
    assert [(f.line, f.field) for f in quotes] == [
        (2, "municipality.code"), (19, "places[0].languages[2]"), (21, "places[0].opening_hours")]
    assert all(f.path == "data/help-places/2281-sundsvall.yml" for f in quotes)
    assert '"16:30"' in quotes[2].fix and "990" in quotes[2].message


def test_unknown_key_did_you_mean(project):
    result = run(project({"2281-sundsvall.yml": GOOD_PLACE.replace("services:", "servces:")}))
    [finding] = result.findings
    assert finding.rule == "HP-UNKNOWN-KEY" and "Menade du 'services'?" in finding.fix


def test_required_fields(project):
    text = GOOD_PLACE.replace("    kind: library\n", "")
    assert rules(run(project({"2281-sundsvall.yml": text}))) == ["HP-REQUIRED"]


def test_municipality_code_and_name_against_the_official_list(project):
    wrong_name = GOOD_PLACE.replace("name: Sundsvall", "name: Sundsval")
    assert rules(run(project({"2281-sundsvall.yml": wrong_name}))) == ["HP-MUNICIPALITY"]


def test_unknown_code_and_file_name(tmp_path, project):
    text = GOOD_PLACE.replace('"2281"', '"9999"')
    assert "HP-MUNICIPALITY" in rules(run(project({"9999-x.yml": text})))


def test_file_name_should_follow_the_municipality(project):
    assert rules(run(project({"sundsvall.yml": GOOD_PLACE}))) == ["HP-FILE-NAME"]


def test_ids_are_unique_across_files(project):
    national = GOOD_PLACE.split("places:\n", 1)[1]
    result = run(project({"2281-sundsvall.yml": GOOD_PLACE,
                          "national.yml": "places:\n" + national}))
    [dup] = [f for f in result.findings if f.rule == "HP-ID-DUPLICATE"]
    assert dup.path == "data/help-places/national.yml"
    assert "2281-sundsvall.yml:5" in dup.message


def test_text_needs_swedish_and_site_languages(project):
    text = GOOD_PLACE.replace("      sv: Testbiblioteket\n", "      xx: Hej\n")
    assert rules(run(project({"2281-sundsvall.yml": text}))) == ["HP-REQUIRED", "HP-TEXT-LANG"]


def test_phone_display_mismatch_points_at_display(project):
    text = GOOD_PLACE.replace('"0771-524 524"', '"0771-524 525"')
    [finding] = run(project({"2281-sundsvall.yml": text})).findings
    assert finding.rule == "HP-PHONE-DISPLAY" and finding.field == "places[0].phones[0].display"
    assert finding.line == 16


def test_broken_yaml_and_empty_file(project):
    result = run(project({"2281-sundsvall.yml": "places: [\n", "national.yml": ""}))
    assert rules(result) == ["HP-EMPTY-FILE", "HP-YAML"]


@pytest.mark.parametrize("text", [
    "- a\n- b\n", "places: 3\n", "places: [1, [2], {a: b}]\n", "municipality: x\nplaces: []\n",
    "places:\n  - verified: 3\n    phones: [1, {number: 3}]\n    name: {sv: [1]}\n",
])
def test_wrong_shapes_are_findings(project, text):
    assert errors(run(project({"national.yml": text})).findings)


def test_service_hours_are_accepted_and_checked(project):
    text = GOOD_PLACE.replace('''    verified:''', '''    service_hours:
      - name: IT-hjälp (drop-in)
        opening_hours: "Mo-Fr 13:00-15:00"
      - name: Läxhjälp
        opening_hours: "Mo-Fr 25:00-26:00"
    verified:''')
    result = run(project({"2281-sundsvall.yml": text}))
    assert [(f.rule, f.line, f.field) for f in result.findings] == [
        ("HP-HOURS", 26, "places[0].service_hours[1].opening_hours")]


def test_a_rule_that_hides_the_places_hours_is_a_warning_with_file_line_and_field(project):
    text = GOOD_PLACE.replace('"Mo-Fr 08:00-16:30; PH off"',
                              "'Mo-Fr 10:00-19:00; Mo-Fr 13:00-15:00 \"IT-hjälp\"'")
    result = run(project({"2281-sundsvall.yml": text}))
    [finding] = result.findings
    assert (finding.rule, finding.path, finding.line, finding.field) == (
        "HP-HOURS-OVERRIDE", "data/help-places/2281-sundsvall.yml", 21,
        "places[0].opening_hours")
    assert not errors(result.findings)
    assert "service_hours" in finding.fix and "(varning)" in finding.format()


def test_a_short_source_label_and_link_are_accepted(project):
    text = GOOD_PLACE.replace(
        "      source: https://sundsvall.se/bibliotek",
        "      source: Samtal med bibliotekarien\n"
        "      source_label: Bibliotekets webbplats\n"
        "      source_url: https://sundsvall.se/bibliotek")
    assert run(project({"2281-sundsvall.yml": text})).findings == []


def test_an_old_report_with_a_new_date_is_a_warning_at_verified_method(project):
    text = GOOD_PLACE.replace(
        "      method: web\n      source: https://sundsvall.se/bibliotek",
        "      method: document\n"
        "      source: '\"Tusen vägar in\", Projekt TEO, 2022-12-16'")
    project_dir = project({"2281-sundsvall.yml": text})
    result = run(project_dir)
    [finding] = result.findings
    assert (finding.rule, finding.path, finding.line, finding.field) == (
        "HP-VERIFIED-SOURCE-OLD", "data/help-places/2281-sundsvall.yml", 24,
        "places[0].verified.method")
    assert "(varning)" in finding.format() and not errors(result.findings)
    (project_dir / "data" / "help-places" / "2281-sundsvall.yml").write_text(
        text.replace("date: 2026-11-01", "date: 2022-12-16"), encoding="utf-8")
    assert rules(run(project_dir)) == ["HP-VERIFIED-STALE"]  # the report's own date: honest
