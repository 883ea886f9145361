"""``python -m hjalpguide.handouts build``: a wrong municipality stops it before any handout
(a trial deployment with HJALP_MUNICIPALITY=187 would have made 613 handouts without the
municipality's places, and only then the site build would have stopped)."""

from __future__ import annotations

from handouts.conftest import make_project
from hjalpguide.handouts import cli


def test_an_unknown_municipality_is_exit_2_before_any_handout(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "project")
    monkeypatch.setenv("HJALP_MUNICIPALITY", "187")
    code = cli.main(["build", "--config", str(root / "mkdocs.yml"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == ("HJALP_MUNICIPALITY: kommunkoden '187' finns inte i data/kommuner.csv. "
                           'Menar du "0187" (Vaxholm)?')
    assert not (tmp_path / "out").exists()
