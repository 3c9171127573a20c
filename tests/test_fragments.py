"""Menus, footer links and the language switcher are shared between uncached requests until the
next change, and never outlive it: each kind of change is read back from every fragment.

The requests carry an unknown session cookie, as an editor's would, so the whole-page cache steps
aside and every page is rendered; only the fragments are shared.
"""

import re

import pytest
from django.db import connection
from django.test import Client
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


# The programme's body (goals, measures, indicator charts and tables, review, other programmes)
# and its breadcrumbs are shared too, per live revision and language.


def programme_body(html):
    return re.search(r'<article class="wrap programme">.*?</article>', html, re.DOTALL).group(0)


def breadcrumbs(html):
    return re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.DOTALL).group(0)


def other_programmes(html):
    section = re.search(r'<h2 id="others-heading">.*?</section>', programme_body(html), re.DOTALL)
    return re.findall(r">([^<]+)</a>", section.group(0)) if section else []


def republish(page, change):
    """Change the stored goals of `page` as an editor would, and publish them."""
    page = page.specific_class.objects.get(pk=page.pk)
    goals = page.goals.get_prep_value()
    change(goals[0]["value"])
    page.goals = goals
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def test_the_programme_body_is_rendered_once_per_revision(client, demo):
    url = complete_programme(demo["fi"]).url
    with CaptureQueriesContext(connection) as first:
        html = render(client, url)
    with CaptureQueriesContext(connection) as second:
        again = render(client, url)
    assert len(second) < len(first)
    assert programme_body(again) == programme_body(html)
    assert breadcrumbs(again) == breadcrumbs(html)


def test_changed_figures_reach_every_fragment_at_once(client, demo):
    page = publish_programme(demo["fi"], "luvut-muuttuvat", 2)
    before = render(client, page.url)
    assert 'value="50"' in first_goal(before) and "47,5" in first_goal(before)

    def change(goal):
        goal["title"] = "Nuorten ääni kuuluu"
        goal["measures"][0]["value"]["updates"][-1]["value"]["progress"] = 85
        goal["measures"][0]["value"]["responsible"] = ""
        goal["indicators"][0]["value"]["observations"][-1]["value"]["value"] = 93.25

    page = republish(page, change)
    body = programme_body(render(client, page.url))
    goal = first_goal(body)
    assert "Nuorten ääni kuuluu" in goal and "Goal 0" not in body
    assert 'value="85"' in goal
    assert "93,25" in goal and "47,5" not in goal
    assert chart_points(goal) != chart_points(first_goal(before))
    # The review names the measure that lost its responsible party.
    assert "Measure 0" in re.search(r'<section id="review".*?</section>', body, re.DOTALL).group(0)


def first_goal(html):
    return re.search(
        r'<section class="goal" aria-labelledby="goal-1">.*?</figure>', html, re.DOTALL
    )[0]


def chart_points(html):
    return re.search(r'points="([^"]+)"', html).group(1)


def test_unpublished_and_deleted_programmes_leave_their_siblings_pages(client, demo):
    page = publish_programme(demo["fi"], "ensimmainen", 1)
    sibling = publish_programme(demo["fi"], "toinen", 1)
    sibling.title = "Sisarohjelma"
    sibling.save_revision().publish()
    third = publish_programme(demo["fi"], "kolmas", 1)
    third.title = "Kolmas ohjelma"
    third.save_revision().publish()
    assert {"Sisarohjelma", "Kolmas ohjelma"} <= set(other_programmes(render(client, page.url)))
    render(client, sibling.url)  # its route is remembered
    sibling.unpublish()
    assert "Sisarohjelma" not in other_programmes(render(client, page.url))
    assert client.get(sibling.url, headers=SESSION).status_code == 404
    third_url = third.url
    render(client, third_url)
    third.delete()
    assert "Kolmas ohjelma" not in other_programmes(render(client, page.url))
    assert client.get(third_url, headers=SESSION).status_code == 404


def test_a_moved_programme_shows_its_new_organisation(client, demo):
    page = publish_programme(demo["fi"], "muuttaja", 1)
    old_parent = page.get_parent().specific
    assert old_parent.title in breadcrumbs(render(client, page.url))
    new_parent = (
        old_parent.get_siblings(inclusive=False).type(old_parent.specific_class).live().first()
    )
    old_url = page.url
    page.move(new_parent, pos="last-child")
    page = page.specific_class.objects.get(pk=page.pk)
    # The remembered route to the old address is gone with the old generation: it redirects.
    old = client.get(old_url, headers=SESSION)
    assert old.status_code == 301 and old["Location"] == page.url
    html = render(client, page.url)
    assert new_parent.title in breadcrumbs(html)
    assert old_parent.title not in breadcrumbs(html)


def test_each_language_reads_its_own_translation_of_the_body(client, demo):
    page = publish_programme(demo["fi"], "kaannettava", 1)
    finnish = render(client, page.url)
    swedish = page.copy_for_translation(demo["sv"], copy_parents=True)
    swedish.save_revision().publish()

    def change(goal):
        goal["title"] = "Ungas röst hörs"

    swedish = republish(swedish, change)
    body = programme_body(render(client, swedish.url))
    assert "Ungas röst hörs" in body and "Goal 0" not in body
    # The Finnish page keeps its own text, and the Swedish page's labels are Swedish.
    assert programme_body(render(client, page.url)) == programme_body(finnish)
    assert 'lang="sv"' in render(client, swedish.url)

    def change_again(goal):
        goal["title"] = "Unga påverkar"

    swedish = republish(swedish, change_again)
    body = programme_body(render(client, swedish.url))
    assert "Unga påverkar" in body and "Ungas röst hörs" not in body


def test_a_draft_preview_shows_the_draft_not_the_shared_live_body(client, demo):
    page = publish_programme(demo["fi"], "luonnos", 1)
    render(client, page.url)  # the live body is now shared
    # The live page is in the page cache too (a fresh client: this one was sent a session cookie).
    assert Client().get(page.url)["X-Cache"] == "MISS"
    page.title = "Luonnoksen otsikko"
    goals = page.goals.get_prep_value()
    goals[0]["value"]["title"] = "Luonnoksen tavoite"
    page.goals = goals
    page.save_revision()
    draft = page.get_latest_revision_as_object()
    preview = draft.make_preview_request().content.decode()
    assert "Luonnoksen tavoite" in preview and "Goal 0" not in programme_body(preview)
    live = render(client, page.url)
    assert "Luonnoksen tavoite" not in live and "Goal 0" in live


def test_an_editor_and_a_reader_see_no_bits_of_each_other(client, demo, django_user_model):
    url = complete_programme(demo["fi"]).url
    editor = django_user_model.objects.create_superuser("aino-editori", "aino@example.org", "x")
    client.force_login(editor)
    as_editor = client.get(url).content.decode()
    client.logout()
    as_reader = render(client, url)
    assert "aino-editori" not in as_reader and "aino@example.org" not in as_reader
    assert programme_body(as_reader) == programme_body(as_editor)
    reader_tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', as_reader))
    editor_tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', as_editor))
    assert not reader_tokens & editor_tokens


def test_without_the_page_cache_every_request_builds_its_own_body(client, demo, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = complete_programme(demo["fi"]).url
    with CaptureQueriesContext(connection) as first:
        render(client, url)
    with CaptureQueriesContext(connection) as second:
        render(client, url)
    assert len(second) == len(first)
