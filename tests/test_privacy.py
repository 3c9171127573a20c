"""Unpublished work stays private: drafts, restricted pages, unpublished translations and old
revisions never show up on any public path, whether the visitor is signed in or not."""

import copy
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from programs.models import OrganisationPage, ProgramIndexPage, ProgramPage

pytestmark = pytest.mark.django_db

PUBLISHED = "Julkaistu-PQ0"


def set_first_measure(page, text):
    raw = copy.deepcopy(list(page.goals.raw_data))
    measure = raw[0]["value"]["measures"][0]
    (measure["value"] if isinstance(measure.get("value"), dict) else measure)["title"] = text
    page.goals = raw


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    return Page.objects.get(pk=page.pk).specific


def restricted_copy(source, marker, restriction_type, **extra):
    page = source.copy(
        update_attrs={"title": marker, "slug": marker.lower()}, keep_live=True, copy_revisions=False
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **extra
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.create(name="Valtuusto")])
    set_first_measure(page, f"{marker}-toimi")
    return publish(page, summary=marker)


@pytest.fixture
def private_work(demo):
    """One marker for each kind of private work, all around the demo's Finnish programmes."""
    programmes = list(ProgramPage.objects.live().filter(locale=demo["fi"]).order_by("pk"))
    first, second = programmes[0], programmes[1]
    markers = {}

    draft = first.copy(
        update_attrs={"title": "Luonnos-PQ1", "slug": "luonnos-pq1"},
        keep_live=False,
        copy_revisions=False,
    )
    set_first_measure(draft, "Luonnos-PQ1-toimi")
    draft.summary = "Luonnos-PQ1"
    draft.save_revision()
    markers["draft"] = draft

    # An old revision of a live page, replaced by a newer published one.
    publish(second, summary="Vanha-PQ2")
    live = publish(second, summary=PUBLISHED)
    # And a newer revision, saved but waiting: the live page must keep its published text.
    pending = Page.objects.get(pk=live.pk).specific
    pending.summary = "Odottava-PQ3"
    pending.title = "Odottava-PQ3"
    set_first_measure(pending, "Odottava-PQ3-toimi")
    pending.save_revision()
    markers["old revision"] = markers["pending revision"] = live

    markers["password"] = restricted_copy(
        first, "Salasana-PQ4", PageViewRestriction.PASSWORD, password="sala-sana-123"
    )
    markers["groups"] = restricted_copy(first, "Ryhma-PQ5", PageViewRestriction.GROUPS)
    markers["login"] = restricted_copy(first, "Kirjautuneet-PQ6", PageViewRestriction.LOGIN)

    translation = ProgramPage.objects.live().get(
        locale=demo["sv"], translation_key=first.translation_key
    )
    translation = publish(translation, title="Oversatt-PQ7", summary="Oversatt-PQ7-toimi")
    translation.unpublish()
    markers["unpublished translation"] = translation
    return markers


# What must never show; the searches below ask for the code alone (PQ1...), because a search page
# rightly repeats the query it was given.
SECRETS = {
    "draft": "Luonnos-PQ1",
    "old revision": "Vanha-PQ2",
    "pending revision": "Odottava-PQ3",
    "password": "Salasana-PQ4",
    "groups": "Ryhma-PQ5",
    "login": "Kirjautuneet-PQ6",
    "unpublished translation": "Oversatt-PQ7",
}


def listing_urls(demo):
    urls = ["/sitemap.xml", "/fi/", "/sv/", "/en/"]
    for page in list(ProgramIndexPage.objects.live()) + list(
        OrganisationPage.objects.live().filter(slug="esimerkkila")
    ):
        urls.append(page.url)
    urls += [
        "/api/v2/pages/?limit=100",
        "/api/v2/pages/?limit=100&type=programs.ProgramPage&fields=*",
        "/api/v2/programmes/?limit=100",
        "/api/v2/measures/?limit=100",
        "/api/v2/export/programmes.json",
        "/api/v2/export/programmes.csv",
        "/api/v2/export/measures.json",
        "/api/v2/export/measures.csv",
    ]
    for secret in SECRETS.values():
        code = secret.rsplit("-", 1)[1]
        urls += [f"/fi/search/?q={code}", f"/sv/search/?q={code}", f"/api/v2/pages/?search={code}"]
    return urls


def body(response):
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def leaks(client, urls, secrets, **headers):
    found = []
    for url in urls:
        response = client.get(url, **headers)
        assert response.status_code < 500, url
        text = body(response)
        found += [
            (url, name)
            for name, secret in secrets.items()
            if re.search(secret, text, re.IGNORECASE)
        ]
    return found


def visitors(client, demo):
    yield "anonymous", client
    user = get_user_model().objects.create_user("lukija", password="x" * 16)
    client.force_login(user)
    yield "signed in", client


def hidden_for(visitor):
    # Signing in is exactly what a login restriction asks for.
    if visitor == "signed in":
        return {name: s for name, s in SECRETS.items() if name != "login"}
    return SECRETS


def test_no_listing_feed_api_export_or_search_shows_private_work(client, demo, private_work):
    urls = listing_urls(demo)
    for visitor, signed in visitors(client, demo):
        assert leaks(signed, urls, hidden_for(visitor)) == [], visitor


def test_the_page_cache_never_hands_a_signed_in_view_to_others(
    client, demo, private_work, settings
):
    """Signed-in visitors go first, so anything they were shown and the cache kept would leak."""
    settings.PAGE_CACHE_ENABLED = True
    own_urls = [page.url for page in private_work.values()]
    signed_in = get_user_model().objects.create_superuser("paakayttaja", "p@example.fi", "x" * 16)
    client.force_login(signed_in)
    for url in listing_urls(demo) + own_urls:
        client.get(url)
    client.logout()
    assert leaks(client, listing_urls(demo), SECRETS) == []
    # A password form repeats its own address, so the pages' own URLs are checked for content.
    contents = {name: f"{secret}-toimi" for name, secret in SECRETS.items()}
    assert leaks(client, own_urls, contents) == []


def test_the_published_text_is_still_there(client, demo, private_work):
    """The privacy test above would pass on an empty site; this one shows the paths do work."""
    found = [url for url in listing_urls(demo) if PUBLISHED in body(client.get(url))]
    assert any(url.startswith("/api/v2/pages") for url in found), found
    assert private_work["old revision"].url in found or any("programmes" in u for u in found)


def test_private_pages_own_urls_do_not_show_them(client, demo, private_work):
    for visitor, signed in visitors(client, demo):
        for name, page in private_work.items():
            if name not in hidden_for(visitor) or name in ("old revision", "pending revision"):
                continue
            for headers in ({}, {"HTTP_ACCEPT": "application/json"}):
                response = signed.get(page.url, **headers)
                assert response.status_code < 500
                assert SECRETS[name] + "-toimi" not in body(response), (visitor, name, headers)
            assert signed.get(f"/api/v2/pages/{page.pk}/").status_code == 404, (visitor, name)


def test_the_live_page_shows_only_its_published_revision(client, demo, private_work):
    live = private_work["old revision"]
    for visitor, signed in visitors(client, demo):
        for headers in ({}, {"HTTP_ACCEPT": "application/json"}):
            text = body(signed.get(live.url, **headers))
            assert PUBLISHED in text, (visitor, headers)
            assert "PQ2" not in text and "PQ3" not in text, (visitor, headers)
