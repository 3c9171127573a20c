"""The Plone layer is a plugin: a minimal Wagtail project (tests/plugin_site: Wagtail's core apps,
the plugin, one tiny page model; none of this site's apps) answers Plone JSON after three steps."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def answers():
    result = subprocess.run(
        [sys.executable, "-m", "tests.plugin_site.probe"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_plugin_serves_a_page_as_plone_content(answers):
    root = answers["/++api++/"]
    assert root["status"] == 200
    assert root["json"]["@id"] == "http://testserver"
    assert root["json"]["title"] == "Notes"  # a site without languages: its home page is the root
    note = answers["/++api++/first"]["json"]
    assert note["@type"] == "plugin_site.NotePage" and note["title"] == "First note"
    assert note["body"] == "<p>Hello plugin</p>" and note["mood"] == "glad"
    assert note["language"] == {"title": "English", "token": "en"}
    assert note["parent"]["@id"] == "http://testserver"


def test_the_plugin_expands_and_answers_services(answers):
    expanded = answers[
        "/first?expand=breadcrumbs,navigation,translations,actions,navroot,types,workflow"
    ]
    components = expanded["json"]["@components"]
    assert components["breadcrumbs"]["items"] == [
        {"@id": "http://testserver/first", "title": "First note"}
    ]
    assert components["navroot"]["navroot"]["@id"] == "http://testserver"
    assert components["workflow"]["state"]["id"] == "published"
    assert any(entry["id"] == "plugin_site.NotePage" for entry in components["types"])
    crumbs = answers["/++api++/first/@breadcrumbs"]["json"]
    assert crumbs["root"] == "http://testserver"
    search = answers["/++api++/@search?SearchableText=hello"]["json"]
    assert [item["@id"] for item in search["items"]] == ["http://testserver/first"]
    schema = answers["/++api++/@types/plugin_site.NotePage"]["json"]
    assert {"body", "mood"} <= set(schema["properties"]) and schema["fieldsets"]
    site = answers["/++api++/@site"]["json"]
    assert site["plone.site_title"] == "Notes" and site["features"]["multilingual"] is False


def test_the_plugin_keeps_html_and_answers_errors_in_plones_json(answers):
    assert answers["/++api++/nothing-here"]["status"] == 404
    assert answers["/++api++/nothing-here"]["json"]["type"] == "NotFound"
    assert answers["html"] == {"status": 200, "type": "text/html; charset=utf-8"}


def test_the_plugin_knows_nothing_of_this_sites_apps():
    this_sites_apps = re.compile(
        r"^\s*(from|import)\s+(home|programs|examples_library|osallisuus_site\.(?!headless))",
        re.MULTILINE,
    )
    for source in (ROOT / "site" / "headless").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not this_sites_apps.search(text), source.name
        assert "programme" not in text.lower() and "example" not in text.lower(), source.name
