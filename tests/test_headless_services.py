"""Plone's page services (@search, @breadcrumbs, @navigation, @translations) and @types."""

import pytest
from wagtail.models import Page

from home.models import GuideIndexPage, GuideStepPage, HomePage

from .headless import fresh_cache, get_json, page_json  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def test_search_finds_pages_in_the_subtree_and_language_only(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    data = page_json(client, f"{guide.url}@search?q=osallisuusryhmä")
    urls = [item["@id"] for item in data["items"]]
    assert urls, "the guide mentions the participation group"
    assert all(url.startswith(f"http://testserver{guide.url[:-1]}") for url in urls)
    assert data["items_total"] == len(urls)
    step = GuideStepPage.objects.get(locale=demo["fi"], slug="muodostakaa-osallisuusryhma")
    assert f"http://testserver{step.url[:-1]}" in urls
    guide_types = {"home.GuideIndexPage", "home.GuideStepPage", "home.WorkbookPage"}
    assert {item["@type"] for item in data["items"]} <= guide_types
    swedish = page_json(client, "/sv/@search?q=osallisuusryhmä")
    assert all(item["@id"].startswith("http://testserver/sv/") for item in swedish["items"])


def test_search_is_batched(client, demo):
    everything = page_json(client, "/fi/@search?q=osallisuus")
    total = everything["items_total"]
    assert total > 2
    second = page_json(client, "/fi/@search?q=osallisuus&b_start=1&b_size=1")
    assert second["items_total"] == total
    assert second["items"] == everything["items"][1:2]
    assert second["batching"]["next"].endswith("b_start=2&b_size=1")
    assert "q=osallisuus" in second["batching"]["prev"]


def test_search_without_text_lists_the_subtree(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["en"])
    data = page_json(client, f"{guide.url}@search")
    expected = Page.objects.live().public().descendant_of(guide, inclusive=True).count()
    assert data["items_total"] == expected
    assert data["items"][0]["@id"] == f"http://testserver{guide.url[:-1]}"


def test_breadcrumbs_lead_from_the_home_page_to_the_page(client, demo):
    step = GuideStepPage.objects.filter(locale=demo["sv"]).first()
    guide = step.get_parent()
    data = page_json(client, f"{step.url}@breadcrumbs")
    assert data["@id"] == f"http://testserver{step.url}@breadcrumbs"
    assert data["root"] == "http://testserver/sv"
    assert data["items"] == [
        {"@id": f"http://testserver{guide.url[:-1]}", "title": guide.title},
        {"@id": f"http://testserver{step.url[:-1]}", "title": step.title},
    ]


def test_navigation_lists_the_menu_of_the_language(client, demo):
    home = HomePage.objects.get(locale=demo["en"])
    data = page_json(client, "/en/programmes/@navigation")
    menu = Page.objects.live().public().child_of(home).filter(show_in_menus=True)
    assert [item["title"] for item in data["items"]] == [home.title] + [p.title for p in menu]
    assert all(item["@id"].startswith("http://testserver/en") for item in data["items"])


def test_translations_name_the_other_languages(client, demo):
    data = page_json(client, "/sv/@translations")
    assert data["items"] == [
        {"@id": "http://testserver/en", "language": "en"},
        {"@id": "http://testserver/fi", "language": "fi"},
    ]


def test_services_answer_json_whatever_the_accept_header(client, demo):
    response = client.get("/fi/@breadcrumbs", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_types_list_every_page_type(client, demo):
    types = page_json(client, "/@types")
    urls = {entry["@id"] for entry in types}
    assert "http://testserver/@types/programs.ProgramPage" in urls
    assert "http://testserver/@types/home.HomePage" in urls
    assert "http://testserver/@types/wagtailcore.Page" not in urls
    folders = {entry["@id"].rsplit("/", 1)[1]: entry["is_folderish"] for entry in types}
    assert folders["programs.OrganisationPage"] is True and folders["programs.ProgramPage"] is False


def test_type_schema_describes_the_fields_and_blocks(client, demo):
    schema = page_json(client, "/@types/programs.ProgramPage", HTTP_ACCEPT_LANGUAGE="en")
    assert schema["$schema"].startswith("https://json-schema.org/")
    properties = schema["properties"]
    assert {"@id", "UID", "review_state", "goals", "period_start"} <= properties.keys()
    assert properties["period_start"]["format"] == "date"
    goal_variants = properties["goals"]["items"]["oneOf"]
    goal = next(v for v in goal_variants if v["properties"]["type"] == {"const": "goal"})
    measure = goal["properties"]["value"]["properties"]["measures"]["items"]
    assert {"title", "status", "progress"} <= measure["properties"].keys()


@pytest.mark.parametrize(
    "url",
    [
        "/@types/programs.NoSuchPage",
        "/@types/wagtailcore.Page",
        "/fi/@nosuchservice",
        "/fi/no-such-page/@breadcrumbs",
    ],
)
def test_unknown_types_services_and_pages_are_json_404s(client, demo, url):
    response = get_json(client, url)
    assert response.status_code == 404
    assert response.json()["message"]


BAD_BATCHES = [
    "b_start=-1",
    "b_start=abc",
    "b_start=1e3",
    "b_start=99999999999999999999",
    "b_size=0",
    "b_size=-5",
    "b_size=1000000",
    "b_size=%EF%BC%91",  # a full-width digit one
    "b%00=1",
]
BAD_REQUESTS = [("/fi/ohjelmat/", query) for query in BAD_BATCHES] + [
    ("/fi/ohjelmat/@search", query) for query in BAD_BATCHES
]
BAD_REQUESTS += [
    ("/fi/ohjelmat/", "expand=navigation&expand.navigation.depth=x"),
    ("/fi/ohjelmat/", "expand=%00"),
    ("/fi/ohjelmat/@search", "q=osallisuus%00"),
    ("/fi/ohjelmat/@search", "q=" + "a" * 500),
    ("/@types/home.HomePage", "x=%00"),
]


@pytest.mark.parametrize(("path", "query"), BAD_REQUESTS)
def test_bad_parameters_are_4xx_json_never_500(client, demo, path, query):
    response = get_json(client, f"{path}?{query}")
    assert 400 <= response.status_code < 500, response.status_code
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]
