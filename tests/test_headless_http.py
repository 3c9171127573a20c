"""HTTP around the JSON: validators and 304s, Cache-Control, Vary and CORS."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.http import http_date

from programs.models import OrganisationPage

from .headless import fresh_cache, get_json, page_json  # noqa: F401
from .programmes import complete_programme, publish_programme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def test_json_has_validators_and_revalidates_with_304(client, demo):
    programme = complete_programme(demo["fi"])
    first = get_json(client, programme.url)
    etag = first["ETag"]
    assert etag.startswith('"') and first["Last-Modified"] == http_date(
        programme.last_published_at.timestamp()
    )
    again = get_json(client, programme.url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    since = get_json(client, programme.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_a_new_publication_changes_the_validators(client, demo):
    programme = complete_programme(demo["fi"])
    first = get_json(client, programme.url)
    programme.title = "Uusi otsikko"
    programme.save_revision().publish()
    changed = get_json(client, programme.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed.json()["title"] == "Uusi otsikko"
    assert changed["ETag"] != first["ETag"]


def test_a_folders_last_modified_is_its_newest_child(client, demo):
    organisation = OrganisationPage.objects.filter(locale=demo["fi"]).first()
    before = get_json(client, organisation.url)
    newest = publish_programme(demo["fi"], "tuorein-ohjelma", 1)
    newest.last_published_at = timezone.now() + datetime.timedelta(days=1)
    newest.save(update_fields=["last_published_at"])
    after = get_json(client, organisation.url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert after.status_code == 200
    assert after["Last-Modified"] == http_date(newest.last_published_at.timestamp())


def test_anonymous_json_is_publicly_cacheable(client, demo):
    response = get_json(client, "/fi/")
    assert response["Cache-Control"].startswith("public, max-age=")
    assert "Accept" in response["Vary"]


def test_json_for_a_signed_in_user_is_private(client, demo):
    user = get_user_model().objects.create_user("lukija", password="pitka-salasana-123")
    client.force_login(user)
    response = get_json(client, "/fi/")
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("url", ["/fi/", "/fi/@navigation", "/api/v2/pages/", "/@types"])
def test_cors_lets_any_origin_read_without_credentials(client, demo, url):
    response = get_json(client, url, HTTP_ORIGIN="https://kunta.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_preflight_allows_reading_only(client, demo):
    response = client.options(
        "/fi/",
        HTTP_ORIGIN="https://kunta.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept, if-none-match",
    )
    assert response.status_code == 200
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}
    assert "if-none-match" in response["Access-Control-Allow-Headers"]


def test_cors_headers_are_not_given_to_the_admin(client, demo):
    response = client.get("/admin/login/", HTTP_ORIGIN="https://kunta.example")
    assert "Access-Control-Allow-Origin" not in response


def test_the_html_page_varies_on_accept_too(client, demo):
    programme = complete_programme(demo["sv"])
    response = client.get(programme.url)
    assert response["Content-Type"].startswith("text/html")
    assert "Accept" in response["Vary"]


def test_html_and_json_are_never_mixed_up_by_the_cache(client, demo):
    html = client.get("/en/")
    data = page_json(client, "/en/")
    assert data["language"]["token"] == "en"
    assert client.get("/en/")["Content-Type"].startswith("text/html")
    assert html["Content-Type"].startswith("text/html")
