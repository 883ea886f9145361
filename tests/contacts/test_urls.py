import pytest

from hjalpguide.contacts import urls


@pytest.mark.parametrize("url", [
    "https://www.forsakringskassan.se/om-forsakringskassan/om-du-inte-ar-nojd",
    "https://polisen.se/",
    "http://www.sundsvall.se",  # as the municipality's address is published: kept, not guessed
])
def test_good_urls(url):
    assert urls.check_url(url) == ()


@pytest.mark.parametrize("url, words", [
    ("ftp://polisen.se/", "https://"),
    ("javascript:alert(1)", "javascript"),
    ("https://user:secret@polisen.se/", "lösenord"),
    ("https://10.0.0.1/x", "IP-adress"),
    ("https://[::1]/x", "IP-adress"),
    ("https://www.example.com/", "exempeladress"),
    ("https://kommun.test/", "exempeladress"),
    ("https://polisen.se/\u202eevil", "osynliga"),
    ("https://polisen.se/a b", "mellanslag"),
    ("https://localhost/", "exempeladress"),
    ("https:///nohost", "saknar"),
])
def test_bad_urls(url, words):
    [problem] = urls.check_url(url)
    assert problem.rule == "HP-URL" and words in problem.message + problem.fix


def test_email():
    assert urls.check_email("abuse@bankid.com") == []
    assert urls.check_email("info@example.com")[0].rule == "HP-EMAIL"
    assert "mailto" in urls.check_email("mailto:a@b.se")[0].message
    assert urls.check_email("not an address")[0].rule == "HP-EMAIL"


def test_source_is_a_url_or_a_named_document():
    assert urls.check_source("Tusen vägar in, Projekt TEO, 2022-12-16") == []
    assert urls.check_source("javascript:alert(1)")[0].rule == "HP-SOURCE"
    assert urls.check_source("x")[0].rule == "HP-SOURCE"


def test_map_link_is_a_plain_search_link():
    link = urls.map_link("Sjögatan 1", "852 30", "Sundsvall")
    assert link.startswith("https://www.openstreetmap.org/search?query=Sj%C3%B6gatan")
