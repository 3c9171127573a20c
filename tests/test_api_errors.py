"""Every bad parameter on every endpoint is a 4xx with a JSON `{"message": ...}`, never a 500."""

import pytest

from .api_endpoints import API_ENDPOINTS

pytestmark = pytest.mark.django_db

LISTINGS = API_ENDPOINTS
# Bad in every listing.
COMMON_BAD_QUERIES = [
    "unknown_parameter=1",
    "limit=-1",
    "limit=abc",
    "limit=1000",
    "limit=99999999999999999999999",
    "offset=-5",
    "offset=1e3",
    "offset=99999999999999999999999",
    "fields=not_a_field",
    "fields=title(",
    "fields=id(title)",
    "order=not_a_field",
    "order=-",
    "order=random&offset=2",
    "search=%00",
    "locale=%00",
    f"search={'x' * 5000}",
    "format=xml",
]
# Bad for the endpoints that have the filter; each once caused a 500 or slipped through.
FILTER_BAD_QUERIES = {
    "programmes": [
        "valid_on=2024-13-45",
        "valid_on=yesterday",
        "status=unknown",
        "organisation=99999999999999999999",
        "organisation=a%00b",
        "region=atlantis",
        "organisation_type=x",
        "locale=xx",
        f"search={'x' * 201}",
    ],
    "measures": [
        "programme=abc",
        "programme=-1",
        "programme=99999999999999999999",
        "status=finished",
        "target_group=martians",
        "locale=de",
        "responsible=%00",
    ],
    "indicators": ["known_indicator=other", "status=x", "programme=1.5", "locale=zz"],
    "examples": ["in_force_on=2024-02-30", "theme=none", "locale=no"],
    "organisations": ["region=x", "locale=ru"],
    "pages": [
        "type=auth.User",
        "type=wagtailcore",
        "type=a.b.c",
        "type=programs.NoSuchPage",
        "child_of=abc",
        "child_of=99999999999999999999",
        "descendant_of=99999999999999999999",
        "ancestor_of=-3",
        "translation_of=abc",
        "locale=xx",
        "site=%00",
        "id=abc",
        "first_published_at=not-a-date",
        "search_operator=xor&search=a",
    ],
    "images": ["id=abc", "width=wide", "created_at=nope"],
    "documents": ["id=1e5", "created_at=31.12.2024"],
    "domains": ["locale=xx", "key=%00"],
}


def _problem(client, url):
    """What is wrong with the answer to `url`, or None when it is a JSON 4xx with a message."""
    response = client.get(url)
    if not 400 <= response.status_code < 500:
        return (url, response.status_code, response.content[:200])
    if not response["Content-Type"].startswith("application/json"):
        return (url, response["Content-Type"])
    if not isinstance(response.json().get("message"), str):
        return (url, response.content[:200])
    return None


def _assert_json_4xx(client, urls):
    problems = [problem for url in urls if (problem := _problem(client, url))]
    assert not problems, problems


@pytest.mark.parametrize("endpoint", LISTINGS)
def test_bad_listing_parameters_are_json_4xx(client, demo, endpoint):
    queries = COMMON_BAD_QUERIES + FILTER_BAD_QUERIES.get(endpoint, [])
    _assert_json_4xx(client, [f"/api/v2/{endpoint}/?{query}" for query in queries])


@pytest.mark.parametrize("endpoint", LISTINGS)
def test_bad_detail_requests_are_json_4xx(client, demo, endpoint):
    tails = [
        "abc/",
        "0/",
        "-1/",
        "1.5/",
        "99999999999999999999/",
        "2147483647/",
        "1/?unknown=1",
        "1/?fields=nope",
        "find/?id=abc",
        "find/?id=99999999999999999999",
        "find/?html_path=%00",
        "nothing/here/",
    ]
    _assert_json_4xx(client, [f"/api/v2/{endpoint}/{tail}" for tail in tails])


def test_unknown_api_urls_answer_in_json(client, demo):
    _assert_json_4xx(client, ["/api/v2/", "/api/v2/nothing/", "/api/v2/export/secrets.csv"])


@pytest.mark.parametrize(
    "query",
    ["organisation=%00", "locale=xx", "unknown=1", f"organisation={'x' * 2000}", "locale=fi%00"],
)
def test_bad_export_parameters_are_json_400(client, demo, query):
    for dataset in ("programmes", "measures", "indicators"):
        for extension in ("csv", "json"):
            url = f"/api/v2/export/{dataset}.{extension}?{query}"
            response = client.get(url)
            assert response.status_code == 400, url
            assert response.json()["message"]


def test_good_requests_still_work(client, demo):
    for url in [
        "/api/v2/pages/?type=programs.ProgramPage&fields=title&order=-title&limit=3",
        "/api/v2/programmes/?fields=*&order=title&limit=100&offset=1",
        "/api/v2/measures/?order=-progress&fields=_,title,status",
        "/api/v2/indicators/?order=random",
        "/api/v2/domains/?locale=sv",
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])


def test_a_missing_slash_still_redirects(client, demo):
    response = client.get("/api/v2/programmes?locale=fi")
    assert response.status_code == 301
    assert response["Location"] == "/api/v2/programmes/?locale=fi"
    assert client.get("/api/v2/nothing")["Content-Type"].startswith("application/json")
