import yaml

from hjalpguide.contacts import texts, vocab

from .conftest import LANGS, ROOT

FOLDER = ROOT / "data" / "ui-help"


def read(lang):
    return yaml.safe_load((FOLDER / f"{lang}.yml").read_text(encoding="utf-8"))


def test_every_language_has_exactly_the_swedish_keys():
    source = read("sv")
    for lang in LANGS[1:]:
        other = read(lang)
        assert texts.missing_keys(source, other) == [], lang
        assert texts.missing_keys(other, source) == [], lang
        assert len(other["hours"]["days"]) == 7


def test_every_kind_and_service_has_words():
    source = read("sv")
    assert set(source["kinds"]) == set(vocab.KINDS)
    assert set(source["services"]) == set(vocab.SERVICES)


def test_translations_say_how_they_were_made():
    for lang in LANGS[1:]:
        info = read(lang)["translation"]
        assert info["method"] in ("machine", "human") and info["reviewed"] is False


def test_load_falls_back_to_swedish_for_a_missing_language():
    words = texts.load(FOLDER, ["sv", "xx"])
    assert words["xx"]["index"]["title"] == words["sv"]["index"]["title"]
