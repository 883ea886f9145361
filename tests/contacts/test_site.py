import types

import pytest
from mkdocs.exceptions import PluginError

from hjalpguide.contacts import site

from .conftest import GOOD_PLACE, LANGS


def page(src_uri):
    file = types.SimpleNamespace(src_uri=src_uri, norm_src_uri=src_uri.replace(".sv", ""))
    return types.SimpleNamespace(file=file)


def test_errors_stop_the_build_naming_file_and_line(project, monkeypatch):
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    root = project({"2281-sundsvall.yml": GOOD_PLACE.replace("kind: library", "kind: libary")})
    where = r"data/help-places/2281-sundsvall.yml:9: \[HP-CHOICE\]"
    with pytest.raises(PluginError, match=where):
        site.load(root, LANGS)


def test_unknown_deployer_municipality_is_an_error(project, monkeypatch):
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    root = project({"2281-sundsvall.yml": GOOD_PLACE})
    with pytest.raises(PluginError, match="9999"):
        site.load(root, LANGS, "9999")


def test_an_unknown_municipality_names_the_variable_it_came_from(project, monkeypatch):
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    monkeypatch.setenv("HJALP_MUNICIPALITY", "187")
    root = project({"2281-sundsvall.yml": GOOD_PLACE})
    with pytest.raises(PluginError) as error:
        site.load(root, LANGS, "187")
    assert str(error.value) == ("HJALP_MUNICIPALITY: kommunkoden '187' finns inte i "
                                'data/kommuner.csv. Menar du "0187" (Vaxholm)?')
    monkeypatch.delenv("HJALP_MUNICIPALITY")
    with pytest.raises(PluginError, match="^mkdocs.yml, municipality: kommunkoden '188'"):
        site.load(root, LANGS, "188")


def test_local_section_at_the_marker_or_after_the_first_heading(project, monkeypatch):
    monkeypatch.setenv("HJALP_TODAY", "2026-11-22")
    root = project({"2281-sundsvall.yml": GOOD_PLACE})
    places = site.load(root, LANGS, "2281")
    marked = places.local_section("# Start\n\nText\n\n" + site.MARKER + "\n", page("index.sv.md"),
                                  "sv")
    assert site.MARKER not in marked and marked.index("Text") < marked.index("Hjälp i Sundsvall")
    plain = places.local_section("# Start\n\nText\n", page("index.sv.md"), "en")
    assert plain.index("# Start") < plain.index("Help in Sundsvall") < plain.index("Text")
    other = places.local_section("# Om\n", page("om/index.sv.md"), "sv")
    assert other == "# Om\n"


def test_a_site_without_help_places_gets_no_pages(tmp_path):
    assert site.load(tmp_path, LANGS).places == []
