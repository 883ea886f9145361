"""QR codes for the handouts, made locally with segno (no web service sees the address)."""

from __future__ import annotations

import segno


def svg_data_uri(url: str) -> str:
    """A QR code for ``url`` as an SVG data URI, ready for <img src>.

    Error correction level M survives a crease or a coffee stain; the quiet zone (border)
    of 4 modules is what phone cameras expect.
    """
    code = segno.make(url, error="m", micro=False)
    return code.svg_data_uri(scale=4, border=4, dark="#000", light="#fff")
