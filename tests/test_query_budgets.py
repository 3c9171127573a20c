"""SQL query budgets: the number of queries of a page or list does not grow with the content.

Measured with the page cache off (as in every test but tests/test_cache.py): these are the costs
of rendering, which every cache miss and every editor pays.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import GuideStepPage
from programs.models import ProgramPage

from .programmes import publish_programme

pytestmark = pytest.mark.django_db

# More programmes than the largest page size measured, in all languages together (3 × 19 = 57).
LOAD_ORGANISATIONS = 17


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def queries(client, url, **headers):
    """Queries of the second request: the first fills the per-process caches (site, locales)."""
    client.get(url, headers=headers)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def add_load_data():
    call_command(
        "generate_load_data", organisations=LOAD_ORGANISATIONS, goals=3, seed=9, stdout=None
    )


def guide_step_url(language):
    return GuideStepPage.objects.live().filter(locale__language_code=language).first().url


def examples_index_url():
    from examples_library.models import ExampleIndexPage

    return ExampleIndexPage.objects.get(locale__language_code="fi").url


def test_programme_page_html_costs_the_same_with_1_or_30_goals(client, demo):
    small = publish_programme(demo["fi"], "pieni", 1)
    large = publish_programme(demo["fi"], "suuri", 30)
    assert queries(client, small.url) == queries(client, large.url)


def test_programme_page_json_costs_the_same_with_1_or_30_goals(client, demo):
    small = publish_programme(demo["en"], "small", 1)
    large = publish_programme(demo["en"], "large", 30)
    json = {"Accept": "application/json"}
    assert client.get(small.url, headers=json)["Content-Type"] == "application/json"
    assert queries(client, small.url, **json) == queries(client, large.url, **json)


API_LISTS = [
    "/api/v2/programmes/",
    "/api/v2/organisations/",
    "/api/v2/pages/",
    "/api/v2/measures/",
    "/api/v2/indicators/",
]


def test_api_lists_cost_the_same_for_5_or_50_items(client, demo):
    add_load_data()
    costs = {}
    for path in API_LISTS:
        few = client.get(f"{path}?limit=5").json()
        many = client.get(f"{path}?limit=50").json()
        assert (len(few["items"]), len(many["items"])) == (5, 50), path
        costs[path] = queries(client, f"{path}?limit=50") - queries(client, f"{path}?limit=5")
    assert costs == dict.fromkeys(API_LISTS, 0)


def growth_urls():
    programme = ProgramPage.objects.live().filter(locale__language_code="fi").first()
    return {
        "home": "/fi/",
        "programme index": programme.get_parent().get_parent().url,
        "guide step": guide_step_url("fi"),
        "examples filter": examples_index_url() + "?theme=structures",
        "sitemap": "/sitemap.xml",
        "programmes API": "/api/v2/programmes/?limit=20",
        "programmes export CSV": "/api/v2/export/programmes.csv",
        "measures export JSON": "/api/v2/export/measures.json",
        "indicators export CSV": "/api/v2/export/indicators.csv",
    }


def test_queries_do_not_grow_with_the_number_of_organisations(client, demo):
    urls = growth_urls()
    before = {name: queries(client, url) for name, url in urls.items()}
    add_load_data()
    after = {name: queries(client, url) for name, url in urls.items()}
    assert after == before


def test_exports_are_streamed_not_built_in_memory(client, demo):
    add_load_data()
    for dataset in ("programmes", "measures", "indicators"):
        for extension in ("csv", "json"):
            response = client.get(f"/api/v2/export/{dataset}.{extension}")
            assert response.status_code == 200 and response.streaming, (dataset, extension)


def test_a_guide_step_has_a_small_fixed_budget(client, demo, django_assert_max_num_queries):
    url = guide_step_url("sv")
    client.get(url)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200
