"""The facts register: every fact the guides state, its source and the day it was checked.

Editors keep ``data/facts.yml`` (docs/editors/facts.md); a Swedish page lists the facts it
states under ``facts:`` in its front matter. From the register the build computes a page's
"Fakta kontrollerade" date (the oldest check of its facts) and its list of sources, for
the page in every language and for its handouts.

- ``model``    the typed facts and what a page gets from them (date, sources, staleness)
- ``register`` reads and checks data/facts.yml (findings, never a traceback)
- ``pages``    which facts each guide page cites, read from the pages' front matter
- ``check``    the whole-project check behind scripts/check_facts.py
- ``site``     what the MkDocs plugin and the handouts ask: a page's facts, once per build
"""

from hjalpguide.facts.model import MAX_AGE_DAYS, Fact, Register, Source

__all__ = ["MAX_AGE_DAYS", "Fact", "Register", "Source"]
