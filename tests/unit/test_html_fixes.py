from hjalpguide.html_fixes import (
    focusable_tables,
    mark_link_lists,
    mark_numbers,
    set_html_dir,
)


def test_dir_is_set_on_the_html_element_once():
    html = '<!doctype html>\n<html lang="ar" class="no-js">\n<body dir="rtl"><html>'
    out = set_html_dir(html, "rtl")
    assert out.startswith('<!doctype html>\n<html lang="ar" class="no-js" dir="rtl">')
    assert out.endswith('<body dir="rtl"><html>')
    assert set_html_dir(out, "ltr").count('dir="ltr"') == 1


def test_tables_become_focusable():
    assert focusable_tables("<table><tr></tr></table>") == '<table tabindex="0"><tr></tr></table>'
    assert focusable_tables('<table class="x">') == '<table class="x">'


PHONES = {"0771-524 524": "tel:+46771524524", "114 14": "tel:11414", "112": "tel:112"}


def test_known_phone_numbers_become_links_isolated_left_to_right():
    out = mark_numbers("<p>Ring 0771-524 524 eller 114 14.</p>", PHONES)
    assert out == ('<p>Ring <a href="tel:+46771524524" class="hjalp-num" dir="ltr">0771-524 524</a>'
                   ' eller <a href="tel:11414" class="hjalp-num" dir="ltr">114 14</a>.</p>')


def test_other_digit_groups_are_isolated_and_lone_numbers_left_alone():
    out = mark_numbers("<p>Senast 2026-11-22, inom 3 veckor, 400 kr, blankett 7024.</p>", PHONES)
    assert '<bdi class="hjalp-num" dir="ltr">2026-11-22</bdi>' in out
    assert "inom 3 veckor, 400 kr, blankett 7024." in out


def test_a_web_address_that_starts_with_digits_is_isolated():
    out = mark_numbers("<td>1177.se</td><td>Läs på 1177.se. Kostar 3.5 kr.</td>", PHONES)
    assert out.count('<bdi class="hjalp-num" dir="ltr">1177.se</bdi>') == 2
    assert "Kostar 3.5 kr." in out


def test_text_inside_links_code_and_attributes_is_untouched():
    html = ('<a href="tel:112" title="ring 114 14">112</a> <code>114 14</code>'
            '<img alt="0771-524 524"> www.1177.se <span dir="ltr">2018-02-01</span>')
    assert mark_numbers(html, PHONES) == html


def test_short_number_alone_is_a_link():
    assert 'href="tel:112"' in mark_numbers("<li>Ring 112 om det är akut.</li>", PHONES)


def test_a_void_element_marked_ltr_does_not_stop_the_marking():
    out = mark_numbers('<input dir="ltr"><p>Ring 114 14.</p>', PHONES)
    assert 'href="tel:11414"' in out


def test_a_range_of_hours_reads_left_to_right():
    """Arabic text showed 'måndag–fredag 9–15' as 15–9 (found by a reader test)."""
    out = mark_numbers("<p>يجيب من الاثنين إلى الجمعة 9–15.</p>", PHONES)
    assert '<bdi class="hjalp-num" dir="ltr">9–15</bdi>' in out
    times = "<p>Monday to Friday: 08:00–16:30. Ring 114 14: det är inte akut.</p>"
    out = mark_numbers(times, PHONES)
    assert "08:00–16:30" in out and "<bdi" not in out.split("Ring")[0]
    assert 'dir="ltr">114 14</a>:' in out


def test_a_swedish_postal_address_is_kept_whole_left_to_right_and_swedish():
    from hjalpguide.html_fixes import isolate_addresses
    bdi = '<bdi class="hjalp-address" dir="ltr" lang="sv">'
    out = isolate_addresses("<li>أرسلها إلى: Försäkringskassan, FE 179, 839 88 Östersund.</li>",
                            "sv")
    assert out == f"<li>أرسلها إلى: {bdi}Försäkringskassan, FE 179, 839 88 Östersund</bdi>.</li>"
    # a glossary word inside it, and the address right after a tag
    out = isolate_addresses('<li>Pensionsmyndigheten, <abbr title="إعادة">Omprövning</abbr>, '
                            "Box 304, 301 08 Halmstad.</li>", "sv")
    assert out.startswith(f"<li>{bdi}Pensionsmyndigheten, <abbr")
    assert out.endswith("301 08 Halmstad</bdi>.</li>")
    # mark_numbers leaves the isolated address alone (no bdi inside the bdi)
    assert mark_numbers(out, PHONES).count("<bdi") == 1
    # not an address: numbers joined by commas, a town without parts, Arabic words before
    for text in ["<p>Ring 0771-524 524, 114 14 eller 112.</p>", "<p>839 88 Östersund</p>",
                 "<p>في 3 أسابيع, 839 88 Östersund</p>"]:
        assert "<bdi" not in isolate_addresses(text, "sv"), text
    # never inside a tag
    attr = '<abbr title="Skicka till Kassan, FE 179, 839 88 Östersund">x</abbr>'
    assert isolate_addresses(attr, "sv") == attr


def test_a_list_of_links_only_is_marked_to_be_tapped():
    pages = ('<ol>\n<li><a href="a/">Skaffa <abbr title="x">BankID</abbr></a></li>\n'
             '<li><a href="b/">Logga in</a></li>\n</ol>')
    assert mark_link_lists(pages) == pages.replace("<ol>", '<ol class="hjalp-links">', 1)
    numbered = '<ol start="3"><li><a href="a/">A</a></li></ol>'
    assert 'start="3" class="hjalp-links"' in mark_link_lists(numbered)


def test_lists_with_words_around_links_or_a_class_are_left_alone():
    for html in ('<ul><li>Läs <a href="a/">mer</a></li><li><a href="b/">B</a></li></ul>',
                 '<ul><li><a href="a/">A</a> och <a href="b/">B</a></li></ul>',
                 '<ul class="hjalp-topics"><li><a href="a/">A</a></li></ul>',
                 '<ul><li>Bara text</li></ul>'):
        assert mark_link_lists(html) == html, html


def test_only_the_inner_list_of_nested_lists_is_marked():
    html = '<ul><li><a href="a/">A</a><ul><li><a href="b/">B</a></li></ul></li></ul>'
    assert mark_link_lists(html) == html.replace("<ul><li><a href=\"b/",
                                                 '<ul class="hjalp-links"><li><a href="b/')
