"""Every public page type, in every language, passes axe-core's WCAG 2.1 A/AA rules."""

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["fi", "sv", "en"]
PROGRAMME_PAGES = {
    "fi": ["ohjelmat/", "ohjelmat/esimerkkila/"],
    "sv": ["program/", "program/esimerkkila-kommun/"],
    "en": ["programmes/"],
}
CONTENT_PAGES = {
    "fi": ["saavutettavuusseloste/", "avoin-data/", "tietoa/"],
    "sv": ["tillganglighetsutlatande/", "oppna-data/", "om-tjansten/"],
    "en": ["accessibility-statement/", "open-data/", "about/"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_has_no_accessibility_violations(site_url, axe, language):
    response = axe(f"{site_url}/{language}/")
    assert response.status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_content_pages_have_no_accessibility_violations(site_url, axe, language):
    for path in CONTENT_PAGES[language]:
        assert axe(f"{site_url}/{language}/{path}").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_programme_pages_have_no_accessibility_violations(site_url, axe, browser_page, language):
    for path in PROGRAMME_PAGES[language]:
        assert axe(f"{site_url}/{language}/{path}").status == 200
    # Both demo programmes: the complete one with charts, and the one with gaps.
    browser_page.goto(f"{site_url}/{language}/{PROGRAMME_PAGES[language][0]}")
    organisations = browser_page.eval_on_selector_all(
        ".card-list a", "links => links.map(a => a.href)"
    )
    for organisation in organisations:
        browser_page.goto(organisation)
        programme = browser_page.eval_on_selector(".card-list a", "a => a.href")
        assert axe(programme).status == 200


def test_every_chart_has_a_data_table(site_url, browser_page):
    browser_page.goto(f"{site_url}/en/programmes/")
    browser_page.click(".card-list a >> nth=0")
    browser_page.click(".card-list a >> nth=0")
    charts = browser_page.locator("figure.indicator svg.chart").count()
    tables = browser_page.locator("figure.indicator table.data-table").count()
    assert charts > 0 and charts == tables
