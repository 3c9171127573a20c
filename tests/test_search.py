"""Site search: the visitor's language, live public pages, types, passages, pages and odd input."""

import re

import pytest
from wagtail.models import Page, PageViewRestriction

from examples_library.models import ExampleProgramPage
from home.models import GuideStepPage
from osallisuus_site.search.types import models_of
from programs.models import ProgramPage

pytestmark = pytest.mark.django_db

LANGUAGE_PREFIXES = ("/fi/", "/sv/", "/en/")


def result_links(html):
    listing = html[html.index('class="search-results__list"') :]
    listing = listing[: listing.index("</ol>")]
    return re.findall(r'<h3><a href="([^"]+)">([^<]+)</a>', listing)


@pytest.mark.parametrize(
    ("language", "query", "expected_title"),
    [
        ("fi", "osallisuusryhmä", "Muodostakaa osallisuusryhmä"),
        ("sv", "delaktighetsgrupp", "Bilda en delaktighetsgrupp"),
        ("en", "participation group", "Form a participation group"),
    ],
)
def test_search_finds_the_guide_in_the_visitors_language_only(
    client, demo, language, query, expected_title
):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    links = result_links(response.content.decode())
    assert expected_title in [title for _url, title in links]
    assert all(url.startswith(f"/{language}/") for url, _title in links)


@pytest.mark.parametrize(
    ("language", "query", "result_type", "model"),
    [
        ("fi", "Esimerkkilän", "programme", ProgramPage),
        ("sv", "Esimerkkilä", "programme", ProgramPage),
        ("en", "Esimerkkilä", "programme", ProgramPage),
        ("fi", "Lahden", "example", ExampleProgramPage),
        ("sv", "Lahtis", "example", ExampleProgramPage),
        ("en", "Lahti", "example", ExampleProgramPage),
    ],
)
def test_search_finds_programmes_and_examples_in_each_language(
    client, demo, language, query, result_type, model
):
    html = client.get(f"/{language}/search/", {"q": query, "type": result_type}).content.decode()
    urls = {url for url, _title in result_links(html)}
    of_type = Page.objects.live().filter(locale=demo[language]).type(*models_of(result_type))
    wanted = model.objects.live().filter(locale=demo[language])
    assert urls & {page.get_url() for page in wanted}
    assert urls <= {page.get_url() for page in of_type}


def test_type_filter_keeps_only_that_type(client, demo):
    html = client.get("/en/search/", {"q": "participation", "type": "guide"}).content.decode()
    urls = [url for url, _title in result_links(html)]
    assert urls and all(url.startswith("/en/guide/") for url in urls)
    assert '<option value="guide" selected>' in html


def test_result_shows_the_matching_passage_with_the_words_marked(client, demo):
    html = client.get("/en/search/", {"q": "workbook"}).content.decode()
    excerpts = re.findall(r'<p class="search-result__excerpt">(.*?)</p>', html, re.S)
    assert excerpts and any("<mark>workbook</mark>" in text.lower() for text in excerpts)


def test_results_are_paginated_with_page_x_of_y(client, demo):
    first = client.get("/en/search/", {"q": "participation"}).content.decode()
    match = re.search(r"Page 1 of (\d+)", first)
    assert match and int(match.group(1)) >= 2
    assert 'rel="next" href="?q=participation&amp;page=2"' in first
    second = client.get("/en/search/", {"q": "participation", "page": 2}).content.decode()
    assert "Page 2 of" in second
    assert set(result_links(first)).isdisjoint(result_links(second))
    beyond = client.get("/en/search/", {"q": "participation", "page": 999}).content.decode()
    assert f"Page {match.group(1)} of {match.group(1)}" in beyond


def test_nothing_found_gives_a_message_and_suggestions(client, demo):
    response = client.get("/sv/search/", {"q": "xqzvlorp", "type": "guide"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sökningen ”xqzvlorp” gav inga träffar." in html
    assert 'href="?q=xqzvlorp"' in html  # search every type instead
    assert 'href="/sv/guide/"' in html[html.index("search-suggestions") :]


def test_unpublished_and_private_pages_are_not_found(client, demo):
    GuideStepPage.objects.get(locale=demo["en"], step_number=1).unpublish()
    PageViewRestriction.objects.create(
        page=GuideStepPage.objects.get(locale=demo["en"], step_number=2),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret1234",
    )
    titles = [
        title
        for query in ("form participation group", "appoint coordinator")
        for _url, title in _links_or_none(client, query)
    ]
    assert "Form a participation group" not in titles
    assert "Appoint a participation coordinator" not in titles


def _links_or_none(client, query):
    html = client.get("/en/search/", {"q": query}).content.decode()
    return result_links(html) if "search-results__list" in html else []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 1200,
        "osallisuus " * 150,
        "\x00\x00osallisuus\x00",
        "\u202eosallisuus\u200b\ufeff",
        "👩‍👩‍👧 🇫🇮",
        'e\u0301 "unclosed * OR ( AND NOT ) -:',
        "' OR 1=1; -- DROP TABLE wagtailcore_page",
        "%s %(x)s {{ q }} <script>alert(1)</script>",
    ],
)
def test_any_input_gives_a_friendly_page_never_an_error(client, demo, query):
    response = client.get("/fi/search/", {"q": query, "type": "<x>", "page": "-1"})
    assert response.status_code < 500
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if response.status_code == 200:
        assert 'role="status"' in html or 'role="alert"' in html


@pytest.mark.parametrize("raw", ["%ED%A0%80", "%FF%FE%00", "%C0%AF", "q%5B%5D=1", "%E2%80%AE%00"])
def test_malformed_encodings_give_a_friendly_page(client, demo, raw):
    response = client.get(f"/sv/search/?q={raw}&q=twice")
    assert response.status_code == 200


def test_too_long_search_is_explained(client, demo):
    html = client.get("/en/search/", {"q": "a" * 1200}).content.decode()
    assert "Your search was too long. Use at most 200 characters" in html


def test_every_page_has_a_labelled_search_form_in_the_header(client, demo):
    for url in ("/fi/", "/sv/tillganglighetsutlatande/", "/en/guide/"):
        html = client.get(url).content.decode()
        header = html[html.index("<header") : html.index("</header>")]
        assert 'role="search"' in header
        label = re.search(r'<label for="site-search">([^<]+)</label>', header)
        assert label and label.group(1).strip()
        assert 'id="site-search" name="q"' in header
        assert f'action="{url[:4]}search/"' in header
