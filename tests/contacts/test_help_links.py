"""The guides' "Få hjälp" links lead to the deployer's municipality."""

from hjalpguide.contacts.help_links import to_municipality

PAGE = """<p>Se <a href="../../hjalp/platser/">Hjälp nära dig</a>.</p>
<div class="admonition tip">
<p class="admonition-title">Få hjälp</p>
<div class="inner"><p>Fråga här.</p></div>
<p>Läs <a href="../../hjalp/platser/">Hjälp nära dig</a> och <a href="../../hjalp/">mer</a>.</p>
</div>
<div class="admonition warning"><p><a href="../../hjalp/platser/">lista</a></p></div>
<div class="admonition tip"><p><a href="hjalp/platser/index.html">Hjälp nära dig</a></p></div>
"""


def test_only_the_tip_boxes_links_change():
    out = to_municipality(PAGE, "sundsvall")
    assert out.count('href="../../hjalp/platser/sundsvall/"') == 1
    assert 'href="hjalp/platser/sundsvall/"' in out
    assert out.startswith('<p>Se <a href="../../hjalp/platser/">')  # outside a box: as it was
    assert '<div class="admonition warning"><p><a href="../../hjalp/platser/">' in out
    assert 'href="../../hjalp/">mer' in out


def test_nothing_changes_without_a_municipality():
    assert to_municipality(PAGE, "") == PAGE


def test_a_box_that_never_closes_is_still_handled():
    html = '<div class="admonition tip"><p><a href="../hjalp/platser/">x</a>'
    assert to_municipality(html, "malmo") == (
        '<div class="admonition tip"><p><a href="../hjalp/platser/malmo/">x</a>')


def test_every_help_box_ends_with_the_interpreter_line_with_its_own_way_to_the_root():
    from hjalpguide.contacts.help_links import add_line

    html = ('<div class="admonition tip"><p class="admonition-title">Få hjälp</p>'
            '<p>Läs <a href="../../hjalp/platser/">Hjälp nära dig</a></p></div>'
            '<div class="admonition tip"><p>Ett annat tips.</p></div>')
    out = add_line(html, '<p><a href="{root}hjalp/ditt-sprak/">Tolk</a></p>')
    assert out.count("ditt-sprak") == 1
    assert ('<p><a href="../../hjalp/ditt-sprak/">Tolk</a></p></div>'
            '<div class="admonition tip"><p>Ett annat tips.</p></div>') in out
    assert add_line("<p>Ingen ruta.</p>", "<p>x</p>") == "<p>Ingen ruta.</p>"


def test_absolute_links_of_a_handout_change_only_with_their_own_base():
    base = "https://hjalp.example.se/ar/"
    html = ('<div class="admonition tip"><p><a href="https://hjalp.example.se/ar/hjalp/platser/">'
            'a</a> <a href="https://annan.example.se/ar/hjalp/platser/">b</a> '
            '<a href="../hjalp/platser/">c</a></p></div>')
    out = to_municipality(html, "vaxholm", base)
    assert 'href="https://hjalp.example.se/ar/hjalp/platser/vaxholm/"' in out
    assert 'href="https://annan.example.se/ar/hjalp/platser/"' in out  # another site
    assert 'href="../hjalp/platser/"' in out  # not a handout's link


def test_a_handouts_box_gets_the_interpreter_line_with_its_absolute_address():
    from hjalpguide.contacts.help_links import add_interpreter_line, interpreter_line

    base = "https://hjalp.example.se/ar/"
    line = interpreter_line({"interpreter": {"question": "Tolk?", "link": "Ditt språk"}})
    box = ('<div class="admonition tip"><p><a href="https://hjalp.example.se/ar/hjalp/platser/'
           'vaxholm/">Hjälp nära dig</a></p></div>')
    out = add_interpreter_line(box, "bankid/skaffa-bankid", line, base)
    assert out.endswith('<p class="hjalp-interpreter">Tolk? <a href="https://hjalp.example.se/'
                        'ar/hjalp/ditt-sprak/">Ditt språk</a></p></div>')
    # a box whose link belongs to another site or language is left alone
    assert add_interpreter_line(box, "bankid/skaffa-bankid", line,
                                "https://hjalp.example.se/ti/") == box
    # not on the interpreter page itself, and nothing without the texts
    assert add_interpreter_line(box, "hjalp/ditt-sprak", line, base) == box
    assert add_interpreter_line(box, "bankid/skaffa-bankid", "", base) == box
