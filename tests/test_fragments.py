"""Menus, footer links and the language switcher are shared between uncached requests until the
next change, and never outlive it: each kind of change is read back from every fragment.

The requests carry an unknown session cookie, as an editor's would, so the whole-page cache steps
aside and every page is rendered; only the fragments are shared.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from .programmes import complete_programme, publish_programme

pytestmark = pytest.mark.django_db
SESSION = {"Cookie": "sessionid=not-a-session"}


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def render(client, url):
    response = client.get(url, headers=SESSION)
    assert response.status_code == 200 and "X-Cache" not in response
    return response.content.decode()


def main_menu(html):
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.DOTALL).group(0)
    return dict(
        (title, url) for url, title in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)
    )


def language_links(html):
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.DOTALL)
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher.group(0)) if switcher else []
    return {code: url for url, code in links}


def menu_page(demo):
    home = Page.objects.get(depth=2, locale=demo["fi"])
    return home.get_children().live().public().in_menu().last().specific


def test_fragments_are_shared_between_requests(client, demo):
    url = complete_programme(demo["fi"]).url
    with CaptureQueriesContext(connection) as first:
        render(client, url)
    with CaptureQueriesContext(connection) as second:
        render(client, url)
    assert len(second) < len(first)


def test_a_published_title_change_reaches_the_menu_of_every_page(client, demo):
    page = menu_page(demo)
    programme_url = complete_programme(demo["fi"]).url
    assert page.title in main_menu(render(client, programme_url))
    page.title = "Uusi valikon otsikko"
    page.save_revision().publish()
    assert "Uusi valikon otsikko" in main_menu(render(client, programme_url))


def test_an_unpublished_page_leaves_the_menu(client, demo):
    page = menu_page(demo)
    url = complete_programme(demo["fi"]).url
    assert page.title in main_menu(render(client, url))
    page.unpublish()
    assert page.title not in main_menu(render(client, url))


def test_a_moved_page_leaves_the_menu_and_its_switcher_links_follow(client, demo):
    page = menu_page(demo)
    swedish = page.get_translation(demo["sv"])
    url = complete_programme(demo["fi"]).url
    assert page.title in main_menu(render(client, url))
    assert language_links(render(client, swedish.url))["fi"] == page.url
    other = Page.objects.get(depth=2, locale=demo["fi"]).get_children().live().in_menu().first()
    page.move(other, pos="last-child")
    page.refresh_from_db()
    assert page.title not in main_menu(render(client, url))
    assert language_links(render(client, swedish.url))["fi"] == page.url != ""


def test_a_new_translation_appears_in_the_language_switcher(client, demo):
    page = publish_programme(demo["fi"], "vain-suomeksi", 1)
    assert "sv" not in language_links(render(client, page.url))
    swedish = page.copy_for_translation(demo["sv"], copy_parents=True)
    swedish.title = "Även på svenska"
    swedish.save_revision().publish()
    swedish.refresh_from_db()
    assert language_links(render(client, page.url))["sv"] == swedish.url
