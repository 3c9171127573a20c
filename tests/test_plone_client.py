"""The real `@plone/client` (npm, pinned) against the live test server in its default `/++api++`
mode: every call resolves, with what a front end needs."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from home.models import GuideIndexPage, GuideStepPage

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "plone_client.mjs"
# django_db: pytest-django sets the test database up only for sessions with such a test.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def client_results(site_url, django_db_blocker):
    if not (ROOT / "node_modules" / "@plone" / "client").exists():
        pytest.fail("@plone/client is missing: run `make browser-deps` (npm ci).")
    with django_db_blocker.unblock():
        guide = GuideIndexPage.objects.get(locale__language_code="fi")
        step = (
            GuideStepPage.objects.live()
            .child_of(guide)
            .filter(slug="muodostakaa-osallisuusryhma")
            .first()
        )
        paths = [guide.url.rstrip("/"), step.url.rstrip("/"), step.specific_class._meta.label]
    output = subprocess.run(
        [shutil.which("node"), str(SCRIPT), site_url, *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    results = json.loads(output)
    failed = {name: result for name, result in results.items() if not result["ok"]}
    assert not failed, failed
    return {name: result["data"] for name, result in results.items()}, site_url, paths


def test_content_with_expanded_components(client_results):
    results, site_url, (guide_path, _step, _type) = client_results
    content = results["content"]
    assert content["@id"] == site_url + guide_path
    assert content["language"]["token"] == "fi"
    components = content["@components"]
    assert components["breadcrumbs"]["items"][-1]["@id"] == content["@id"]
    assert components["navigation"]["items"][0]["@id"] == f"{site_url}/fi"
    assert {item["language"] for item in components["translations"]["items"]} == {"sv", "en"}
    assert components["navroot"]["navroot"]["@id"] == f"{site_url}/fi"
    assert any(action["id"] == "login" for action in components["actions"]["user"])
    assert content["items"] and all(
        item["@id"].startswith(content["@id"]) for item in content["items"]
    )


def test_breadcrumbs_navigation_translations_and_navroot(client_results):
    results, site_url, (guide_path, step_path, _type) = client_results
    crumbs = results["breadcrumbs"]
    assert [item["@id"] for item in crumbs["items"]] == [
        site_url + guide_path,
        site_url + step_path,
    ]
    assert crumbs["root"] == f"{site_url}/fi"
    nested = [item for item in results["navigation"]["items"] if item["items"]]
    assert nested, "depth 2 nests the children of the menu pages"
    assert results["translations"]["root"]["sv"] == f"{site_url}/sv"
    assert results["navroot"]["navroot"]["@type"]


def test_search_types_and_site(client_results):
    results, site_url, (guide_path, step_path, step_type) = client_results
    search = results["search"]
    assert site_url + step_path in [item["@id"] for item in search["items"]]
    assert all(item["@id"].startswith(site_url + guide_path) for item in search["items"])
    assert all("UID" in item for item in search["items"])
    assert step_type in {item["id"] for item in results["types"]}
    assert results["type"]["fieldsets"] and results["type"]["properties"]
    site = results["site"]
    assert site["plone.available_languages"] == ["fi", "sv", "en"]
    assert site["features"]["multilingual"] is True
