"""Every page of the examples library passes axe-core's WCAG 2.1 A/AA rules in fi, sv and en."""

import re

import pytest

pytestmark = pytest.mark.browser

INDEX_PATHS = {"fi": "/fi/esimerkit/", "sv": "/sv/exempel/", "en": "/en/examples/"}
LANGUAGES = list(INDEX_PATHS)


def fetch(browser_page, url):
    """The page's HTML, read through the browser (browser tests do not touch the database)."""
    response = browser_page.request.get(url)
    assert response.status == 200
    return response.text()


def index_url(site_url, language):
    return site_url + INDEX_PATHS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_page(site_url, axe, language):
    assert axe(index_url(site_url, language)).status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_second_page_of_results(site_url, axe, language):
    assert axe(index_url(site_url, language) + "?page=2").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_results(site_url, axe, language):
    url = (
        index_url(site_url, language)
        + "?theme=participatory_budgeting&organisation_type=municipality"
    )
    assert axe(url).status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_with_no_match(site_url, axe, language):
    url = index_url(site_url, language) + "?q=no-such-words-anywhere"
    assert axe(url).status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_invalid_filter_page(site_url, axe, language):
    url = index_url(site_url, language) + "?organisation_type=bogus&in_force_on=2024-13-45&step=9"
    assert axe(url).status == 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_example_page(site_url, axe, browser_page, language):
    index = index_url(site_url, language)
    html = fetch(browser_page, index)
    link = re.search(r'<h3><a href="(' + re.escape(INDEX_PATHS[language]) + r'[^"]+)"', html)
    assert link, "the index links no example"
    assert axe(site_url + link.group(1)).status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_compare_page(site_url, axe, browser_page, language):
    index = index_url(site_url, language)
    html = fetch(browser_page, index)
    ids = re.findall(r'name="example" value="(\d+)"', html)[:3]
    assert len(ids) == 3
    query = "&".join(f"example={pk}" for pk in ids)
    assert axe(f"{index}compare/?{query}").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_compare_page_with_an_error(site_url, axe, language):
    assert axe(index_url(site_url, language) + "compare/?example=1").status == 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_invalid_text_and_page_number(site_url, axe, language):
    url = index_url(site_url, language) + "?q=" + "x" * 300 + "&page=abc"
    assert axe(url).status == 400
