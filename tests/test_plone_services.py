"""`expand`, Plone's services at every page and at the root, and plone.restapi 10's shapes."""

import pytest

from home.models import GuideIndexPage, GuideStepPage, HomePage
from programs.models import ProgramIndexPage

from .headless import JSON, fresh_cache, page_json  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
EXPANDABLE = [
    "actions",
    "breadcrumbs",
    "navigation",
    "navroot",
    "translations",
    "types",
    "workflow",
]
SERVICE_KEYS = {
    "actions": {"object", "user", "site_actions", "portal_tabs"},
    "breadcrumbs": {"@id", "items", "root"},
    "navigation": {"@id", "items"},
    "navroot": {"@id", "navroot"},
    "translations": {"@id", "items", "root"},
    "workflow": {"@id", "history", "state", "transitions"},
    "site": {"@id", "features", "plone.available_languages", "plone.default_language"},
}


def is_expanded(component):
    return not (isinstance(component, dict) and set(component) == {"@id"})


def get(client, path, mode):
    if mode == "api":
        return client.get(f"/++api++{path}")
    return client.get(path, HTTP_ACCEPT=JSON)


@pytest.mark.parametrize(
    "query",
    [
        "expand=" + ",".join(EXPANDABLE),
        "&".join(f"expand={name}" for name in EXPANDABLE),
        "&".join(f"expand:list={name}" for name in EXPANDABLE),
        "expand=breadcrumbs,actions&expand=navroot,translations,navigation,plone.unknown"
        "&expand:list=types&expand:list=workflow&expand=contextnavigation",
    ],
)
def test_every_form_of_expand_embeds_the_components_and_ignores_unknown_names(client, demo, query):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    data = page_json(client, f"{guide.url}?{query}")
    for name in EXPANDABLE:
        component = data["@components"][name]
        assert is_expanded(component), name
    assert data["@components"]["breadcrumbs"]["items"][-1]["title"] == guide.title
    assert isinstance(data["@components"]["types"], list)
    assert data["@components"]["navroot"]["navroot"]["@id"] == "http://testserver/fi"


@pytest.mark.parametrize("mode", ["api", "legacy"])
@pytest.mark.parametrize("where", ["/", "/fi", "/sv/guide/"])
def test_every_service_answers_at_pages_and_at_the_root(client, demo, mode, where):
    base = where.rstrip("/")
    for service, keys in SERVICE_KEYS.items():
        response = get(client, f"{base}/@{service}", mode)
        assert response.status_code == 200, (service, response.content[:200])
        assert keys <= set(response.json()), service
    types = get(client, f"{base}/@types", mode).json()
    assert {"@id", "id", "title", "addable", "immediately_addable"} <= set(types[0])
    schema = get(client, types[0]["@id"].removeprefix("http://testserver"), mode).json()
    assert {"title", "type", "fieldsets", "properties", "required", "layouts"} <= set(schema)
    search = get(client, f"{base}/@search?SearchableText=osallisuus", mode)
    assert search.status_code == 200 and "items_total" in search.json()
    expanded = get(client, f"{where}?expand=" + ",".join(EXPANDABLE), mode).json()
    assert all(is_expanded(expanded["@components"][name]) for name in EXPANDABLE)


def test_navigation_nests_to_the_requested_depth(client, demo):
    one = page_json(client, "/en/@navigation")
    assert all(item["items"] == [] for item in one["items"])
    two = page_json(client, "/en/@navigation?expand.navigation.depth=2")
    guide = GuideIndexPage.objects.get(locale=demo["en"])
    entry = next(
        item for item in two["items"] if item["@id"] == f"http://testserver{guide.url[:-1]}"
    )
    steps = GuideStepPage.objects.live().child_of(guide)
    assert {item["title"] for item in entry["items"]} >= {step.title for step in steps}
    for item in two["items"]:
        assert {"@id", "title", "description", "review_state", "items"} <= set(item)


def test_translations_have_the_language_roots_and_not_the_page_itself(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    data = page_json(client, f"{guide.url}@translations")
    assert data["root"] == {code: f"http://testserver/{code}" for code in ("en", "fi", "sv")}
    languages = [item["language"] for item in data["items"]]
    assert sorted(languages) == ["en", "sv"]
    assert all(not item["@id"].endswith(guide.url[:-1]) for item in data["items"])


def test_content_has_plone_restapi_10s_shapes(client, demo):
    home = HomePage.objects.get(locale=demo["sv"])
    home_data = page_json(client, home.url)
    assert home_data["language"] == {"title": "Svenska", "token": "sv"}
    assert home_data["parent"] == {}
    guide = GuideIndexPage.objects.get(locale=demo["sv"])
    data = page_json(client, guide.url)
    assert data["type_title"] and data["layout"]
    assert set(data["parent"]) >= {
        "@id",
        "@type",
        "title",
        "description",
        "review_state",
        "type_title",
    }
    assert data["parent"]["@id"] == "http://testserver/sv"
    assert all("type_title" in item for item in data["items"])


def test_batching_only_when_the_list_is_batched(client, demo):
    index = ProgramIndexPage.objects.get(locale=demo["fi"])
    whole = page_json(client, index.url)
    assert whole["items_total"] == len(whole["items"]) and "batching" not in whole
    batched = page_json(client, f"{index.url}?b_size=1")
    assert batched["batching"]["next"]
    search = page_json(client, "/fi/@search?SearchableText=esimerkkilä")
    assert "batching" not in search or search["items_total"] > 25


def test_actions_offer_a_login_to_anonymous_visitors(client, demo):
    actions = page_json(client, "/fi/@actions")
    assert [action["id"] for action in actions["user"]] == ["login"]
    assert all({"id", "title", "icon"} <= set(action) for action in actions["object"])


def test_workflow_is_read_only_and_tells_when_the_page_was_published(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["en"])
    data = page_json(client, f"{guide.url}@workflow")
    assert data["state"]["id"] == "published"
    assert data["transitions"] == []
    assert data["history"] and data["history"][-1]["review_state"] == "published"
    assert all(entry["actor"] is None for entry in data["history"])
