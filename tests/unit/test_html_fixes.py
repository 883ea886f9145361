from hjalpguide.html_fixes import focusable_tables, set_html_dir


def test_dir_is_set_on_the_html_element_once():
    html = '<!doctype html>\n<html lang="ar" class="no-js">\n<body dir="rtl"><html>'
    out = set_html_dir(html, "rtl")
    assert out.startswith('<!doctype html>\n<html lang="ar" class="no-js" dir="rtl">')
    assert out.endswith('<body dir="rtl"><html>')
    assert set_html_dir(out, "ltr").count('dir="ltr"') == 1


def test_tables_become_focusable():
    assert focusable_tables("<table><tr></tr></table>") == '<table tabindex="0"><tr></tr></table>'
    assert focusable_tables('<table class="x">') == '<table class="x">'
