"""Issue 14: the explorer opens an organisation's editor at their organisation, and the pages above
it (which they may browse but not edit) offer them no action they cannot use."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from programs.models import OrganisationPage

from .isolation import make_editor
from .test_isolation_admin import refused

pytestmark = pytest.mark.django_db


def pages_menu(client):
    """The sidebar's "Pages" item as the admin sends it: its link and the page it opens at."""
    html = client.get("/admin/").content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    menu = next(m for m in json.loads(props)["modules"] if m["_type"].endswith("MainMenuModule"))
    item = next(i for i in menu["_args"][0] if i["_args"][0]["name"] == "explorer")
    return item["_args"][0]["url"], item["_args"][1]


def organisation(slug, locale):
    return OrganisationPage.objects.get(slug=slug, locale=locale)


def sync_url(page):
    source = TranslationSource.objects.get_for_instance_or_none(page)
    assert source is not None, f"{page} has translations to sync"
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def test_the_pages_menu_opens_an_editor_at_their_organisation(client, demo):
    client.force_login(make_editor("aino", "esimerkkila"))
    own = organisation("esimerkkila", demo["fi"])
    assert pages_menu(client) == (f"/admin/pages/{own.pk}/", own.pk)
    assert client.get(f"/admin/pages/{own.pk}/").status_code == 200


def test_in_the_swedish_admin_the_editor_starts_at_the_swedish_organisation(client, demo):
    aino = make_editor("aino", "esimerkkila")
    profile = UserProfile.get_for_user(aino)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(aino)
    swedish = organisation("esimerkkila", demo["fi"]).get_translation(demo["sv"])
    assert pages_menu(client) == (f"/admin/pages/{swedish.pk}/", swedish.pk)


def test_another_organisations_editor_starts_at_their_own_and_sees_none_of_it(client, demo):
    client.force_login(make_editor("harri", "harjuseutu"))
    theirs, others = organisation("harjuseutu", demo["fi"]), organisation("esimerkkila", demo["fi"])
    assert pages_menu(client) == (f"/admin/pages/{theirs.pk}/", theirs.pk)
    assert refused(client.get(f"/admin/pages/{others.pk}/"))
    listing = client.get(f"/admin/pages/{others.get_parent().pk}/").content.decode()
    assert f"/admin/pages/{others.pk}/" not in listing


def test_superusers_still_start_at_the_root(client, demo):
    root = get_user_model().objects.create_superuser("root", "root@example.fi", "x" * 16)
    client.force_login(root)
    assert pages_menu(client) == ("/admin/pages/", Page.get_first_root_node().pk)
    index = organisation("esimerkkila", demo["fi"]).get_parent()
    listing = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert f"/admin/pages/{index.pk}/edit/" in listing
    assert sync_url(index) in listing


@pytest.mark.parametrize("depth_above", [1, 2])
def test_pages_above_the_organisation_offer_the_editor_no_actions(client, demo, depth_above):
    client.force_login(make_editor("aino", "esimerkkila"))
    own = organisation("esimerkkila", demo["fi"])
    above = own.get_ancestors().get(depth=own.depth - depth_above)
    listing = client.get(f"/admin/pages/{above.pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    for unusable in (
        f"/admin/pages/{above.pk}/edit/",
        "/admin/pages/add/",
        f"/admin/pages/{above.pk}/add_subpage/",
        reverse("wagtail_localize:submit_page_translation", args=[above.pk]),
        sync_url(above),
    ):
        assert unusable not in html, unusable
    for child in above.get_children().exclude(pk=own.pk).exclude(depth__lt=own.depth):
        assert f"/admin/pages/{child.pk}/edit/" not in html, child


def test_the_editors_own_organisation_keeps_its_actions(client, demo):
    client.force_login(make_editor("aino", "esimerkkila"))
    own = organisation("esimerkkila", demo["fi"])
    html = client.get(f"/admin/pages/{own.pk}/").content.decode()
    assert f"/admin/pages/{own.pk}/edit/" in html
    assert f"/admin/pages/{own.pk}/add_subpage/" in html
    assert sync_url(own) in html
