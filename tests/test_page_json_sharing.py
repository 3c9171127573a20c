"""A page's JSON is built once per live revision and generation and then shared between uncached
requests (site/headless/negotiation.py), and no reader ever gets an outdated or someone else's copy.

The requests carry an unknown session cookie, as an editor's would, so the whole-page cache steps
aside and every request reaches the view.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .programmes import complete_programme

pytestmark = pytest.mark.django_db
SESSION = {"Cookie": "sessionid=not-a-session", "Accept": "application/json"}


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def page_json(client, url):
    response = client.get(url, headers=SESSION)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert "X-Cache" not in response
    return response


def test_the_second_request_reuses_the_json_and_gets_the_same_answer(client, demo):
    url = complete_programme(demo["fi"]).url
    with CaptureQueriesContext(connection) as first:
        first_body = page_json(client, url).content
    with CaptureQueriesContext(connection) as second:
        second_response = page_json(client, url)
    assert second_response.content == first_body
    assert second_response["ETag"]
    assert len(second) < len(first)


def test_a_published_change_is_in_the_next_answer(client, demo):
    programme = complete_programme(demo["fi"])
    assert page_json(client, programme.url).json()["title"] == programme.title
    programme.title = "Uusi otsikko"
    programme.save_revision().publish()
    assert page_json(client, programme.url).json()["title"] == "Uusi otsikko"


def test_a_change_of_another_page_reaches_the_parent_in_the_json(client, demo):
    programme = complete_programme(demo["fi"])
    organisation = programme.get_parent().specific
    assert page_json(client, programme.url).json()["parent"]["title"] == organisation.title
    organisation.title = "Uusi kunta"
    organisation.save_revision().publish()
    assert page_json(client, programme.url).json()["parent"]["title"] == "Uusi kunta"


def test_each_query_gets_its_own_answer(client, demo):
    url = complete_programme(demo["fi"]).url
    plain = page_json(client, url).json()
    expanded = page_json(client, url + "?expand=breadcrumbs").json()
    assert "items" in expanded["@components"]["breadcrumbs"]
    assert "items" not in plain["@components"]["breadcrumbs"]
    assert "items" not in page_json(client, url).json()["@components"]["breadcrumbs"]


def test_a_signed_in_reader_never_gets_an_anonymous_copy(client, demo, django_user_model):
    url = complete_programme(demo["fi"]).url + "?expand=actions"

    def user_actions():
        actions = client.get(url, headers={"Accept": "application/json"}).json()
        return [action["id"] for action in actions["@components"]["actions"]["user"]]

    assert user_actions() == ["login"]
    client.force_login(django_user_model.objects.create_user("reader", password="x" * 20))
    assert user_actions() == ["logout"]
    client.logout()
    assert user_actions() == ["login"]
