"""Help places ("var får jag hjälp?"): the data editors keep, its check, and its pages.

For editors the entry point is ``scripts/validate_contacts.py``; inside the build the
MkDocs plugin calls :func:`hjalpguide.contacts.site.generated_files`. The handouts use
:func:`load_places` and :func:`is_recently_verified`.

Modules, one concern each:

- ``vocab``      the lists (kinds, services, agencies, statuses, …), defined once
- ``isolang``    language codes a place may list as spoken
- ``schema``     the fields of a data file, defined once; JSON Schema is generated from it
- ``yamlread``   reads YAML and keeps the line of every value (never raises)
- ``structure``  checks a file against ``schema`` (types, YAML traps, unknown keys)
- ``phones`` ``hours`` ``urls`` ``freshness`` ``kommuner``  one kind of value each
- ``validate``   runs all checks over all files; ``model`` the checked places as objects
- ``fix``        safe rewrites for ``--fix`` (ruamel.yaml round trip)
- ``render`` ``jsonld`` ``site``  the pages, the schema.org data and the open data
"""

from hjalpguide.contacts.freshness import is_recently_verified
from hjalpguide.contacts.validate import load_places, validate_tree

__all__ = ["is_recently_verified", "load_places", "validate_tree"]
