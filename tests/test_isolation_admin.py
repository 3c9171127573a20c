"""Shared knowledge belongs to the central editors; users and groups to superusers alone."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from programs.access import central_editors_name
from programs.models import ParticipationDomain

pytestmark = pytest.mark.django_db

SNIPPETS = ["participationdomain", "participationvoice", "checklistitem", "monitoringtool"]


@pytest.fixture
def central_editor(demo):
    user = get_user_model().objects.create_user("keskus", password="x" * 16)
    call_command("grant_central_editor", "keskus", stdout=io.StringIO())
    return user


def refused(response):
    """Wagtail answers a forbidden admin URL with 403, 404 or a redirect elsewhere (a 404 outside
    the language prefixes becomes a redirect to the same path under /fi/, which is a 404 too)."""
    path = response.request["PATH_INFO"]
    return response.status_code in (403, 404, 405) or (
        response.status_code == 302 and not response["Location"].startswith(path)
    )


@pytest.mark.parametrize("model", SNIPPETS)
def test_organisation_editors_cannot_edit_shared_snippets(client, organisations, demo, model):
    client.force_login(organisations["own"]["editor"])
    assert refused(client.get(f"/admin/snippets/programs/{model}/"))
    assert refused(client.get(f"/admin/snippets/programs/{model}/add/"))


def test_organisation_editor_cannot_change_a_domain_by_direct_post(client, organisations, demo):
    client.force_login(organisations["own"]["editor"])
    domain = ParticipationDomain.objects.filter(locale=demo["fi"]).first()
    path = f"/admin/snippets/programs/participationdomain/edit/{domain.pk}/"
    assert refused(client.post(path, {"name": "Kaapattu"}))
    domain.refresh_from_db()
    assert domain.name != "Kaapattu"


@pytest.mark.parametrize("model", SNIPPETS)
def test_central_editors_edit_shared_snippets(client, central_editor, model):
    client.force_login(central_editor)
    assert client.get(f"/admin/snippets/programs/{model}/").status_code == 200
    assert client.get(f"/admin/snippets/programs/{model}/add/").status_code == 200


def test_central_editors_group_exists_once_in_the_source_language(demo):
    assert Group.objects.filter(name=central_editors_name()).count() == 1
    assert central_editors_name() == "Keskeiset muokkaajat"


@pytest.mark.parametrize("path", ["/admin/users/", "/admin/users/new/", "/admin/groups/"])
def test_only_superusers_manage_users_and_groups(client, organisations, central_editor, path):
    for user in (organisations["own"]["editor"], central_editor):
        client.force_login(user)
        assert refused(client.get(path)), (user, path)
    superuser = get_user_model().objects.create_superuser("root", "r@example.fi", "x" * 16)
    client.force_login(superuser)
    assert client.get(path).status_code == 200


def test_no_group_we_create_has_any_user_or_group_permission(organisations, central_editor):
    auth_permissions = Permission.objects.filter(content_type__app_label="auth")
    assert not Group.objects.filter(permissions__in=auth_permissions).exists()


def report(client, user, title, results_only=False):
    """wagtail-localize's "Translations" report as a user sees it, filtered by a source title (as
    the report's search box does; unfiltered, it is paginated)."""
    from django.urls import reverse

    client.force_login(user)
    name = "translations_report_results" if results_only else "translations_report"
    response = client.get(reverse(f"wagtail_localize:{name}"), {"source_title": title})
    assert response.status_code == 200
    html = response.content.decode()
    # The listed translations only, not the search box that repeats the title.
    listing = html.find('<table class="listing"')
    return html[listing : html.find("</table>", listing)] if listing >= 0 else ""


def test_translations_report_lists_only_the_editors_own_organisations_pages(
    client, organisations, admin_user
):
    from django.utils.html import escape
    from wagtail_localize.models import Translation

    from programs.models import ProgramPage

    from .isolation import OTHER, OWN

    def translated_programme(slug):
        programme = ProgramPage.objects.get(organisation__slug=slug, locale__language_code="fi")
        assert Translation.objects.filter(source__object_id=programme.translation_key).exists()
        return programme.title

    own, other = translated_programme(OWN), translated_programme(OTHER)
    editor = organisations["own"]["editor"]
    assert escape(other) in report(client, admin_user, other)
    assert escape(own) in report(client, editor, own)
    assert escape(other) not in report(client, editor, other)
    # Also the results the report fetches as the editor types in its search box.
    assert escape(own) in report(client, editor, own, results_only=True)
    assert escape(other) not in report(client, editor, other, results_only=True)
