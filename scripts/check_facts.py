#!/usr/bin/env python3
"""Kontrollera faktaregistret: python scripts/check_facts.py [--list] [--today ÅÅÅÅ-MM-DD].

Se docs/editors/facts.md. Exit: 0 inga fel, 1 fel hittade, 2 kan inte läsa indata.
"""

import sys

import _setup  # noqa: F401  (src/ on the path, or how to set up)

from hjalpguide.facts.cli import main

if __name__ == "__main__":
    sys.exit(main())
