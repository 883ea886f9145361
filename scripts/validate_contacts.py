#!/usr/bin/env python3
"""Kontrollera hjälpställena: python scripts/validate_contacts.py [--fix] [--format json].

Se docs/editors/help-places.md. Exit: 0 inga fel, 1 fel hittade, 2 kan inte läsa indata.
"""

import sys

import _setup  # noqa: F401  (src/ on the path, or how to set up)

from hjalpguide.contacts.cli import main

if __name__ == "__main__":
    sys.exit(main())
