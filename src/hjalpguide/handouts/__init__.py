"""Printable A4 handouts (PDF) of the guide pages, in every language, built before the site.

For editors and CI: ``python -m hjalpguide.handouts build`` (see :mod:`.cli`). Inside the
MkDocs build the plugin calls :mod:`.site` to publish the PDFs, add the staff page per
language and the "Skriv ut" link per page. Modules, one concern each:

- ``sources``   which pages are printable, in which languages, and their addresses
- ``texts``     the words on the handouts (data/ui-handouts/<lang>.yml)
- ``helpbox``   which help places the "where to get help" box shows
- ``qr``        QR codes, made locally
- ``render``    Markdown → HTML with the site's extensions and our Jinja templates
- ``pdf``       HTML → tagged PDF with WeasyPrint, in worker processes; dependency check
- ``cache``     input hashes and the manifest
- ``build``     the orchestration (plan, hash, render, pool, fit check)
- ``cli``       the command line and its progress display
- ``site``      publishing into the MkDocs site: PDFs, staff pages, print links
"""
