"""Hjälpguiden: the logic behind the site, the handouts and the editors' checks.

Each concern lives in its own module; the MkDocs plugin (``plugin.py``) only calls them.
"""
