#!/usr/bin/env python3
"""Gör utskrifterna (A4, PDF) av alla sidor med printable: true, på alla språk.

Samma sak som `python -m hjalpguide.handouts build`. Bara utskrifter vars text, data eller
utseende har ändrats görs om. Resultatet hamnar i build/handouts/ och kommer med på
webbplatsen nästa gång den byggs (make site).

Exempel:
    .venv/bin/python scripts/build_handouts.py
    .venv/bin/python scripts/build_handouts.py --lang ar,ti
    .venv/bin/python scripts/build_handouts.py --force

Slutkod: 0 alla utskrifter ryms på ett A4-papper per språk, 1 minst en blir för lång (listan säger
vilken sida som ska kortas), 2 fel i kommandot eller något som saknas (WeasyPrint, ett
typsnitt – meddelandet säger hur du installerar det).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hjalpguide.handouts.cli import main  # noqa: E402

if __name__ == "__main__":
    given = sys.argv[1:]
    config = [] if "--config" in given else ["--config", str(ROOT / "mkdocs.yml")]
    sys.exit(main(["build", *config, *given]))
