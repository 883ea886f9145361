"""Languages checked only in part (data/translation-quality.yml) get a stronger notice."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hjalpguide.translation import source_hash
from hjalpguide.translation_status.stamp import stamp

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
SV = "---\ntitle: Ring\n---\n# Ring\n\nRing 1177.\n"
PAGES = {"index.sv.md": "---\ntitle: Start\n---\n# Start\n\n[Ring](ring.md)\n",
         "ring.sv.md": SV,
         "ring.en.md": stamp("---\ntitle: Call\n---\n# Call\n\nCall 1177.\n", source_hash(SV)),
         "ring.ar.md": stamp("---\ntitle: اتصل\n---\n# اتصل\n\nاتصل بـ 1177.\n", source_hash(SV))}


def notice(lang: str) -> str:
    ui = yaml.safe_load((ROOT / "data" / "ui" / f"{lang}.yml").read_text("utf-8"))
    return ui["notice"]["limited"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import FixtureSite

    tmp = tmp_path_factory.mktemp("quality")
    (tmp / "data").mkdir()
    (tmp / "data" / "translation-quality.yml").write_text("# test\nar: limited\n", "utf-8")
    site = FixtureSite(tmp, PAGES, ["sv", "en", "ar"])
    result = site.build()
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_a_limited_language_says_so_in_its_language_and_in_swedish(built):
    page = built.read("ar/ring/index.html")
    assert "hjalp-notice--machine" in page  # the usual notice stays
    assert (f'<p>{notice("ar")}</p>\n    <p lang="sv" dir="ltr">{notice("sv")}</p>') in page


def test_other_languages_and_swedish_keep_the_usual_notice(built):
    assert "hjalp-notice--limited" not in built.read("en/ring/index.html")
    assert "hjalp-notice--limited" not in built.read("ring/index.html")


def test_a_bad_setting_stops_the_build_naming_file_line_and_fix(tmp_path):
    from conftest import FixtureSite

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "translation-quality.yml").write_text("ar: limited\nen: maybe\n",
                                                              "utf-8")
    result = FixtureSite(tmp_path, PAGES, ["sv", "en", "ar"]).build()
    assert result.returncode != 0
    assert ("data/translation-quality.yml:2: [TR-QUALITY] en: Okänd nivå 'maybe' för 'en'."
            in result.stdout + result.stderr)


def test_a_language_the_site_does_not_build_is_left_out_not_an_error(tmp_path):
    """A deployer who builds fewer languages keeps the project's file as it is."""
    from conftest import FixtureSite

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "translation-quality.yml").write_text("ar: limited\nti: limited\n",
                                                              "utf-8")
    site = FixtureSite(tmp_path, PAGES, ["sv", "en", "ar"])
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert "hjalp-notice--limited" in site.read("ar/ring/index.html")
