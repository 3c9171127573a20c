"""The requests Volto 19 makes for an anonymous visitor's first page load and for the search
page, replayed in both addressing modes, asserting what Volto's reducers read from each answer.

From Volto's source (packages/volto/src): config/index.js sets `apiExpanders` to breadcrumbs,
actions, types, navroot, translations and navigation with `expand.navigation.depth` = navDepth
(1); middleware/api.js drops `types` for anonymous visitors and joins the list with commas,
unencoded; helpers/Site adds `@site`; App.jsx dispatches `@workflow` on the server; Search.jsx
calls `searchContent('', {b_size, ...query, use_site_search_settings: 1})`, and
actions/search adds `*` to SearchableText.
"""

import pytest

from home.models import GuideIndexPage, GuideStepPage

from .headless import JSON, fresh_cache  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
CONTENT_QUERY = (
    "expand=breadcrumbs,actions,navroot,translations,navigation&expand.navigation.depth=1"
)
API = "http://testserver"


def volto_get(client, mode, path):
    """Volto's Api helper: `<apiPath>/++api++<path>`, or the plain path (legacy traverse);
    always with Accept: application/json."""
    url = f"/++api++{path}" if mode == "api" else path
    response = client.get(url, HTTP_ACCEPT=JSON)
    assert response.status_code == 200, (url, response.content[:300])
    return response.json()


def flatten_to_app_url(url):
    """Volto's flattenToAppURL: an `@id` must lie under the API path to become an app path."""
    assert url.startswith(API), url
    return url.removeprefix(API) or "/"


@pytest.mark.parametrize("mode", ["api", "legacy"])
def test_first_page_load(client, demo, mode):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    guide = step.get_parent()
    path = step.url.rstrip("/")

    site = volto_get(client, mode, "/@site")
    assert site["features"]["multilingual"] is True
    assert site["plone.default_language"] == "fi"
    assert {"fi", "sv", "en"} <= set(site["plone.available_languages"])
    assert site["plone.site_title"]

    content = volto_get(client, mode, f"{path}?{CONTENT_QUERY}")
    assert flatten_to_app_url(content["@id"]) == path
    assert content["language"]["token"] == "fi"  # Volto switches its locale on this
    components = content["@components"]
    # reducers/breadcrumbs: items' title and @id, and root
    crumbs = components["breadcrumbs"]
    assert [flatten_to_app_url(item["@id"]) for item in crumbs["items"]] == [guide.url[:-1], path]
    assert all(item["title"] for item in crumbs["items"])
    assert flatten_to_app_url(crumbs["root"]) == "/fi"
    # reducers/navigation: items (recursively) with @id, title and items
    navigation = components["navigation"]["items"]
    assert flatten_to_app_url(navigation[0]["@id"]) == "/fi"
    assert all(item["title"] and isinstance(item["items"], list) for item in navigation)
    # reducers/actions: the categories; Volto's browser side crashes without them
    assert {"object", "user", "site_actions", "document_actions"} <= set(components["actions"])
    # reducers/navroot: the navigation root's content
    assert flatten_to_app_url(components["navroot"]["navroot"]["@id"]) == "/fi"
    # LanguageSelector: the translations' language and @id
    translations = components["translations"]["items"]
    assert {item["language"] for item in translations} == {"sv", "en"}
    assert all(
        flatten_to_app_url(item["@id"]).startswith(f"/{item['language']}/") for item in translations
    )
    assert "types" not in content["@components"] or "@id" in content["@components"]["types"]

    # reducers/workflow: state, history and transitions
    workflow = volto_get(client, mode, f"{path}/@workflow")
    assert workflow["state"]["id"] == "published"
    assert isinstance(workflow["history"], list) and workflow["transitions"] == []


@pytest.mark.parametrize("mode", ["api", "legacy"])
def test_search_page(client, demo, mode):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    query = "b_size=25&SearchableText=osallisuusryhm*&use_site_search_settings=1"
    results = volto_get(client, mode, f"/@search?{query}")
    # reducers/search: items (@id flattened), items_total, batching
    assert results["items_total"] == len(results["items"]) > 0
    paths = [flatten_to_app_url(item["@id"]) for item in results["items"]]
    assert all(path == "/fi" or path.startswith("/fi/") for path in paths)
    assert any(path.startswith(guide.url) for path in paths)
    assert all(item["title"] and "description" in item for item in results["items"])
    second = volto_get(
        client,
        mode,
        "/@search?b_size=1&b_start=1&SearchableText=osallisuus*&use_site_search_settings=1",
    )
    assert second["items_total"] > 1 and second["batching"]["prev"]
