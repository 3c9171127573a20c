"""Issue 7: the admin report of translation states (up to date, outdated, missing) per language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from home.models import ContentPage, GuideStepPage, HomePage
from programs.models import ParticipationDomain

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"
CELL = re.compile(
    r'data-language="(?P<language>\w+)" data-state="(?P<state>[\w-]+)">\s*<a href="(?P<url>[^"]+)"'
)


def cells(response, title):
    """{language: (state, link)} of the report row whose title is `title`."""
    html = response.content.decode()
    start = html.index(f">{title}</")
    row = html[start : html.index("</tr>", start)]
    return {m["language"]: (m["state"], m["url"]) for m in CELL.finditer(row)}


def all_states(response):
    return {m["state"] for m in CELL.finditer(response.content.decode())}


def test_after_loading_the_demo_everything_is_up_to_date(admin_client, demo):
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    assert all_states(response) == {"up-to-date"}
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    swedish = step.get_translation(demo["sv"])
    state, url = cells(response, step.title)["sv"]
    assert url == reverse("wagtailadmin_pages:edit", args=[swedish.pk])


def test_a_changed_finnish_page_is_outdated_in_both_languages(admin_client, demo):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    step.intro = "Uusi johdanto, jota ei ole vielä käännetty."
    step.save_revision().publish()
    row = cells(admin_client.get(REPORT), step.title)
    assert row["sv"][0] == row["en"][0] == "outdated"


def test_a_changed_finnish_snippet_is_outdated(admin_client, demo):
    domain = ParticipationDomain.objects.filter(locale=demo["fi"]).first()
    domain.name = "Uusi nimi osa-alueelle"
    domain.save()
    row = cells(admin_client.get(REPORT), str(domain))
    assert row["sv"][0] == "outdated"


def test_a_page_without_translations_is_missing_and_links_to_the_translate_form(admin_client, demo):
    home = HomePage.objects.get(locale=demo["fi"])
    page = home.add_child(instance=ContentPage(title="Vain suomeksi", slug="vain-suomeksi"))
    page.save_revision().publish()
    response = admin_client.get(REPORT)
    row = cells(response, "Vain suomeksi")
    assert row["sv"] == (
        "missing",
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
    )
    assert row["en"][0] == "missing"


def test_an_unpublished_translation_is_missing(admin_client, demo):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    step.get_translation(demo["en"]).unpublish()
    row = cells(admin_client.get(REPORT), step.title)
    assert row["en"][0] == "missing" and row["sv"][0] == "up-to-date"


def test_filter_by_state_and_language(admin_client, demo):
    home = HomePage.objects.get(locale=demo["fi"])
    home.add_child(instance=ContentPage(title="Vain suomeksi", slug="vain-suomeksi"))
    response = admin_client.get(REPORT, {"state": "missing", "language": "sv"})
    html = response.content.decode()
    assert "Vain suomeksi" in html
    assert all_states(response) == {"missing"}
    assert 'data-language="en"' not in html
    response = admin_client.get(REPORT, {"state": "outdated"})
    assert "Vain suomeksi" not in response.content.decode()


def test_report_is_for_editors_only(client, demo):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

    # Admin access alone, without any page permission, is not enough.
    user = get_user_model().objects.create_user("katsoja", password="x" * 16)
    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(viewers)
    client.force_login(user)
    # Wagtail's admin turns the refusal into a redirect to the dashboard with a message.
    refused = client.get(REPORT)
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "translation-status" not in client.get("/admin/").content.decode()

    editor = get_user_model().objects.create_user("aino", password="x" * 16)
    call_command("grant_organisation_editor", "aino", "esimerkkila", stdout=None)
    client.force_login(editor)
    assert client.get(REPORT).status_code == 200
