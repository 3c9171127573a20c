"""Whatever a visitor puts in a public page's query string, the site answers without a 5xx."""

from urllib.parse import quote_from_bytes, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examples_library.models import ExampleIndexPage, ExampleProgramPage
from home.models.workbook import WorkbookPage
from home.workbook.questions import workbook_domains
from programs.models import OrganisationPage, ProgramIndexPage

from .api_endpoints import API_ENDPOINTS

pytestmark = pytest.mark.django_db

# Any text but lone surrogates (they cannot be sent as UTF-8 at all), NUL bytes included.
odd_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "%",
            "\\",
            "*" * 5000,
            "ä" * 3000,
            "-1",
            "9" * 40,
            "2025-02-30",
            "0000-00-00",
            "𝕠𝕤𝕒𝕝𝕝𝕚𝕤𝕦𝕦𝕤",
            "\u202eRTL",
        ]
    ),
)
# Raw bytes, percent-encoded: invalid UTF-8 in the query string.
raw_bytes = st.binary(max_size=200).map(lambda data: quote_from_bytes(data, safe=""))
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def first_url(model, demo):
    page = model.objects.live().filter(locale=demo["fi"]).first()
    assert page is not None, model
    return page.url


def public_targets(demo):
    """(url, the query parameters that page reads) for each page that reads its query string."""
    examples = first_url(ExampleIndexPage, demo)
    workbook = WorkbookPage.objects.live().filter(locale=demo["fi"]).first()
    questions = (
        [
            question.id
            for domain in workbook_domains(workbook.locale)
            for question in domain.questions
        ][:2]
        if workbook
        else []
    )
    workbook_params = (
        ["action"] + [f"answer-{q}" for q in questions] + [f"notes-{q}" for q in questions]
    )
    return [
        (examples, ["organisation_type", "region", "theme", "step", "in_force_on", "q", "page"]),
        (examples + "compare/", ["example", "page"]),
        (workbook.url, workbook_params),
        (first_url(ProgramIndexPage, demo), ["page", "status", "region", "q"]),
        (first_url(OrganisationPage, demo), ["page"]),
        (first_url(ExampleProgramPage, demo), ["page"]),
        ("/fi/search/", ["q", "type", "page"]),
        ("/sv/search/", ["q", "type", "page"]),
    ]


def assert_no_server_error(client, url, query_string):
    response = client.get(url, QUERY_STRING=query_string)
    assert response.status_code < 500, (url, query_string, response.status_code)


@FUZZ
@given(data=st.data())
def test_arbitrary_text_in_known_parameters(client, demo, data):
    for url, parameters in public_targets(demo):
        chosen = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=4))
        query = urlencode([(name, data.draw(odd_text)) for name in chosen])
        assert_no_server_error(client, url, query)


@FUZZ
@given(name=raw_bytes, value=raw_bytes)
def test_invalid_utf8_and_unknown_parameters(client, demo, name, value):
    for url, parameters in public_targets(demo):
        assert_no_server_error(client, url, f"{name}={value}")
        assert_no_server_error(client, url, f"{parameters[0]}={value}&{parameters[0]}=2")


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "a" * 100_000,
        "q=%00",
        "q=%ff%fe",
        "page=99999999999999999999999",
        "q=osallisuus&page=99999999999999999999999",  # an offset beyond PostgreSQL's bigint
        "q=osallisuus&page=922337203685477582",
        "page=-1",
        "page=1e9",
        "type=%00&q=x",
        "example=" + "&example=".join(str(n) for n in range(200)),
        "q=" + "%20" * 2000,
        "q=" + "%22" * 50 + "OR",
    ],
)
def test_search_survives_long_and_odd_queries(client, demo, query):
    for language in ("fi", "sv", "en"):
        response = client.get(f"/{language}/search/", QUERY_STRING=query)
        assert response.status_code < 500, (language, query)


# Query syntax of SQLite FTS5, PostgreSQL and Wagtail's parser, which every search must read as words.
SYNTAX = ['"', "'", "(", ")", "[", "]", "{", "}", "NEAR", "NEAR/2", "AND", "OR", "NOT", "*", "^"]
SYNTAX += [":", "-", "+", "~", "title:", "osallisuus", "a", " ", "\\"]
syntax_text = st.lists(st.sampled_from(SYNTAX), min_size=1, max_size=8).flatmap(
    lambda parts: st.sampled_from(["".join(parts), " ".join(parts)])
)
PLONE_SEARCH = ["SearchableText", "SearchableText:list", "q", "path.query", "portal_type"]
PLONE_SEARCH += ["sort_on", "sort_order", "metadata_fields", "review_state", "Language"]


def search_targets(demo):
    """Every search entry point and the parameters it reads."""
    api = [(f"/api/v2/{name}/", ["search"]) for name in API_ENDPOINTS]
    return [
        ("/fi/search/", ["q", "type"]),
        ("/sv/search/", ["q", "type"]),
        (first_url(ExampleIndexPage, demo), ["q"]),
        (first_url(ProgramIndexPage, demo), ["q"]),
        ("/fi/@search", PLONE_SEARCH),
        ("/fi/opas/@search", PLONE_SEARCH),
        ("/++api++/@search", PLONE_SEARCH),
        *api,
    ]


@FUZZ
@given(data=st.data())
def test_query_syntax_in_every_search_parameter_is_never_a_server_error(client, demo, data):
    for url, parameters in search_targets(demo):
        for name in parameters:
            query = urlencode([(name, data.draw(syntax_text))])
            response = client.get(url, QUERY_STRING=query)
            assert response.status_code < 500, (url, query, response.status_code)
