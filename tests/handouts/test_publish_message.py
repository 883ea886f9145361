"""What `make preview` says when there are no handouts: the editor's command, not Python's."""

import logging

from hjalpguide.handouts.site import publish


def test_no_handouts_tells_the_editor_the_make_command(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.hjalpguide.handouts"):
        assert publish(tmp_path, "ar", "sv", tmp_path / "site") == []
    text = caplog.text
    assert "Inga utskrifter på 'ar'" in text and "behövs inte för att förhandsvisa" in text
    assert "Gör dem med: make handouts" in text and "python -m" not in text
