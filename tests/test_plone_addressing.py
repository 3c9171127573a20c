"""Volto's two addressing modes, slashless `@id`s, the site root and Plone's error JSON."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import GuideIndexPage, GuideStepPage

from .headless import JSON, fresh_cache  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


def api(client, path, **extra):
    """Volto's default: `/++api++/<path>`, JSON whatever the Accept header says."""
    return client.get(f"/++api++{path}", HTTP_ACCEPT=BROWSER, **extra)


def legacy(client, path, **extra):
    """Volto's legacy traverse: the page's own path with Accept: application/json."""
    return client.get(path, HTTP_ACCEPT=JSON, **extra)


MODES = [api, legacy]


@pytest.mark.parametrize("mode", MODES)
def test_slashed_and_slashless_urls_answer_the_same_json_without_redirect(client, demo, mode):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    slashed = mode(client, guide.url)
    slashless = mode(client, guide.url.rstrip("/"))
    assert slashed.status_code == slashless.status_code == 200
    assert slashed["Content-Type"] == slashless["Content-Type"] == JSON
    assert slashed.json() == slashless.json()
    assert slashed.json()["@id"] == f"http://testserver{guide.url.rstrip('/')}"


@pytest.mark.parametrize("mode", MODES)
def test_services_are_reached_from_an_id(client, demo, mode):
    step = GuideStepPage.objects.filter(locale=demo["sv"]).first()
    data = mode(client, step.url).json()
    path = data["@id"].removeprefix("http://testserver")
    assert not path.endswith("/")
    for service in ("breadcrumbs", "navigation", "translations", "navroot", "workflow"):
        response = mode(client, f"{path}/@{service}")
        assert response.status_code == 200, service
        assert response.json()["@id"] == f"{data['@id']}/@{service}"
        assert data["@components"][service]["@id"] == f"{data['@id']}/@{service}"
    actions = mode(client, f"{path}/@actions")  # Plone's actions carry no @id
    assert actions.status_code == 200 and "user" in actions.json()


def test_html_urls_stay_as_they_are(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    html = client.get(guide.url, HTTP_ACCEPT=BROWSER)
    assert html.status_code == 200 and html["Content-Type"].startswith("text/html")
    redirect = client.get(guide.url.rstrip("/"), HTTP_ACCEPT=BROWSER)
    assert redirect.status_code == 301 and redirect["Location"] == guide.url
    assert client.get("/", HTTP_ACCEPT=BROWSER).status_code == 302


@pytest.mark.parametrize("mode", MODES)
def test_the_site_root_is_plones_site_root_with_the_language_homes(client, demo, mode):
    data = mode(client, "/").json()
    assert data["@type"] == "Plone Site"
    assert data["@id"] == "http://testserver"
    assert data["parent"] == {}
    homes = {item["@id"] for item in data["items"]}
    assert homes == {"http://testserver/fi", "http://testserver/sv", "http://testserver/en"}
    assert mode(client, "/@site").json()["plone.site_title"] == data["title"]


def _restricted_page(demo):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    PageViewRestriction.objects.create(page=step, restriction_type="login")
    return step


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("path", "status", "error_type"),
    [
        ("/fi/ei-ole-olemassa", 404, "NotFound"),
        ("/fi/ei/ole/olemassa/", 404, "NotFound"),
        ("/fi/@no-such-service", 404, "NotFound"),
        ("/fi/@types/no.SuchType", 404, "NotFound"),
        ("/fi/?b_size=many", 400, "BadRequest"),
        ("/fi/@search?b_start=-1", 400, "BadRequest"),
        ("/fi/@navigation?expand.navigation.depth=0", 400, "BadRequest"),
        ("RESTRICTED", 401, "Unauthorized"),
        ("RESTRICTED@breadcrumbs", 401, "Unauthorized"),
    ],
)
def test_every_failing_json_request_is_plones_error_json(
    client, demo, mode, path, status, error_type
):
    if path.startswith("RESTRICTED"):
        step = _restricted_page(demo)
        path = step.url + path.removeprefix("RESTRICTED")
    response = mode(client, path)
    assert response.status_code == status
    assert response["Content-Type"] == JSON
    body = response.json()
    assert set(body) == {"type", "message"}
    assert body["type"] == error_type and body["message"]


@pytest.mark.parametrize("mode", MODES)
def test_a_method_other_than_get_is_refused_in_json(client, demo, mode):
    prefix = "/++api++" if mode is api else ""
    response = client.post(f"{prefix}/fi/@search", HTTP_ACCEPT=JSON)
    assert response.status_code == 405
    assert response.json()["type"] == "MethodNotAllowed"


def test_cors_headers_come_on_errors_and_redirects(client, demo):
    origin = {"HTTP_ORIGIN": "https://volto.example"}
    missing = api(client, "/fi/ei-ole-olemassa", **origin)
    assert missing.status_code == 404
    assert missing["Access-Control-Allow-Origin"] == "*"
    redirect = client.get("/ohjelmat/", HTTP_ACCEPT=JSON, **origin)
    assert redirect.status_code in (301, 302)
    assert redirect["Access-Control-Allow-Origin"] == "*"
    root = api(client, "/", **origin)
    assert root.status_code == 200 and root["Access-Control-Allow-Origin"] == "*"
