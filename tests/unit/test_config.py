import pytest

from hjalpguide.config import HjalpguideConfig, municipality, only_languages


def load(**options):
    config = HjalpguideConfig()
    config.load_dict(options)
    errors, warnings = config.validate()
    return config, errors


def test_municipality_code_is_text_and_a_number_is_explained():
    config, errors = load(municipality="0114")
    assert not errors and config.municipality == "0114"
    _, errors = load(municipality=76)  # what YAML makes of an unquoted 0114
    assert "citattecken" in str(errors[0][1]) and '"0076"' in str(errors[0][1])


def test_environment_wins_and_stays_text(monkeypatch):
    config, _ = load(municipality="2281")
    monkeypatch.setenv("HJALP_MUNICIPALITY", "0114")
    monkeypatch.setenv("HJALP_LANGS", "ar,fa")
    assert municipality(config) == "0114"
    assert only_languages(config) == "ar,fa"


@pytest.mark.parametrize("value", ["", None])
def test_no_municipality(value, monkeypatch):
    monkeypatch.delenv("HJALP_MUNICIPALITY", raising=False)
    config, errors = load(municipality=value)
    assert not errors and municipality(config) == ""
