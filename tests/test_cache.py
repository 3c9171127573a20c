"""The anonymous page cache: hits, invalidation on every kind of change, and who it never serves."""

import itertools
from unittest import mock

import pytest
from django.core.cache import caches
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.cache import patch_vary_headers
from wagtail.models import Page, PageViewRestriction

from osallisuus_site.cache.generation import GENERATION_KEY
from programs.models import OrganisationPage, ProgramPage

from .programmes import complete_programme

pytestmark = pytest.mark.django_db

RENDERS = itertools.count()


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600


def anonymous_get(client, url, **headers):
    response = client.get(url, headers=headers)
    return response, response.content.decode()


def cache_status(response):
    return response.headers.get("X-Cache")


# --- hits and invalidation on real pages -------------------------------------------------------


def test_second_anonymous_request_is_a_hit_with_the_same_page(client, demo):
    url = complete_programme(demo["fi"]).url
    first, first_html = anonymous_get(client, url)
    second, second_html = anonymous_get(client, url)
    assert (cache_status(first), cache_status(second)) == ("MISS", "HIT")
    assert second.status_code == 200 and second_html == first_html


def test_a_hit_costs_no_database_query(client, demo, django_assert_num_queries):
    url = complete_programme(demo["fi"]).url
    client.get(url)
    with django_assert_num_queries(0):
        assert cache_status(client.get(url)) == "HIT"


def test_a_repeated_hit_reads_only_the_generation_from_the_shared_cache(client, demo):
    """Each process keeps a copy of the responses it served: with Redis, one round trip per hit."""
    url = complete_programme(demo["fi"]).url
    client.get(url)
    backend = type(caches["default"])
    with mock.patch.object(backend, "get", autospec=True, side_effect=backend.get) as get:
        response = client.get(url)
    assert cache_status(response) == "HIT"
    assert [call.args[1] for call in get.call_args_list] == [GENERATION_KEY]


def test_publishing_is_visible_to_the_next_anonymous_request(client, demo):
    programme = complete_programme(demo["fi"])
    anonymous_get(client, programme.url)
    programme.title = "Uusi osallisuusohjelma 2027"
    programme.save_revision().publish()
    response, html = anonymous_get(client, programme.url)
    assert cache_status(response) == "MISS"
    assert "Uusi osallisuusohjelma 2027" in html


def test_publishing_one_page_refreshes_the_lists_that_show_it(client, demo):
    """A generation, not per-URL deletion: the organisation page lists the new title too."""
    programme = complete_programme(demo["fi"])
    organisation_url = programme.get_parent().url
    anonymous_get(client, organisation_url)
    programme.title = "Nimetty uudelleen"
    programme.save_revision().publish()
    assert "Nimetty uudelleen" in anonymous_get(client, organisation_url)[1]


def test_unpublishing_removes_the_page_at_the_next_request(client, demo):
    programme = complete_programme(demo["fi"])
    assert anonymous_get(client, programme.url)[0].status_code == 200
    programme.unpublish()
    assert anonymous_get(client, programme.url)[0].status_code == 404


@pytest.mark.parametrize("headers", [{}, {"Accept": "application/json"}])
def test_a_page_made_private_leaves_the_cache_at_once(client, demo, headers):
    """A view restriction is no publish, but a cached copy must not outlive it (HTML or JSON)."""
    programme = complete_programme(demo["fi"])
    assert anonymous_get(client, programme.url, **headers)[0].status_code == 200
    assert cache_status(anonymous_get(client, programme.url, **headers)[0]) == "HIT"
    PageViewRestriction.objects.create(
        page=programme, restriction_type=PageViewRestriction.PASSWORD, password="salasana"
    )
    response, body = anonymous_get(client, programme.url, **headers)
    assert cache_status(response) != "HIT"
    assert programme.goals[0].value["title"] not in body


def test_deleting_removes_the_page_at_the_next_request(client, demo):
    programme = complete_programme(demo["fi"])
    url = programme.url
    assert anonymous_get(client, url)[0].status_code == 200
    programme.delete()
    assert anonymous_get(client, url)[0].status_code == 404


def test_moving_serves_the_page_at_its_new_address_only(client, demo):
    programme = complete_programme(demo["fi"])
    old_url = programme.url
    other = (
        OrganisationPage.objects.filter(locale=demo["fi"])
        .exclude(pk=programme.get_parent().pk)
        .first()
    )
    assert anonymous_get(client, old_url)[0].status_code == 200
    programme.move(other, pos="last-child")
    new_url = ProgramPage.objects.get(pk=programme.pk).url
    assert new_url != old_url
    old_address = anonymous_get(client, old_url)[0]
    if old_address.status_code == 301:  # Wagtail's automatic redirect from the old address
        assert old_address["Location"].endswith(new_url)
    else:
        assert old_address.status_code == 404
    assert anonymous_get(client, new_url)[0].status_code == 200


def test_publishing_a_translation_is_visible_in_its_language(client, demo):
    """wagtail-localize publishes a synced translation as a page revision of the target locale."""
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    finnish = complete_programme(demo["fi"])
    swedish = complete_programme(demo["sv"])
    anonymous_get(client, swedish.url)
    source = TranslationSource.objects.get_for_instance(finnish)
    translation = Translation.objects.get(source=source, target_locale=demo["sv"])
    title = StringTranslation.objects.get(
        translation_of__data=finnish.title, locale=demo["sv"], context__path="title"
    )
    title.data = "Ett nytt program för delaktighet"
    title.save()
    translation.save_target(publish=True)
    assert "Ett nytt program för delaktighet" in anonymous_get(client, swedish.url)[1]


# --- who is never served from or stored in the cache -------------------------------------------


def _make_cached_copy_stale(client, programme):
    """Cache the page, then change the database behind the cache's back (no signal fires)."""
    anonymous_get(client, programme.url)
    ProgramPage.objects.filter(pk=programme.pk).update(title="Muutettu suoraan tietokantaan")
    assert "Muutettu suoraan" not in anonymous_get(client, programme.url)[1]


def test_logged_in_editors_are_never_served_from_the_cache(client, demo, admin_user):
    programme = complete_programme(demo["fi"])
    _make_cached_copy_stale(client, programme)
    client.force_login(admin_user)
    response, html = anonymous_get(client, programme.url)
    assert cache_status(response) is None
    assert "Muutettu suoraan" in html


def test_logged_in_editors_responses_are_never_stored(client, demo, admin_user, django_user_model):
    programme = complete_programme(demo["fi"])
    client.force_login(admin_user)
    client.get(programme.url)
    client.logout()
    assert cache_status(client.get(programme.url)) == "MISS"


def test_previews_are_never_stored_or_served_to_visitors(client, demo, admin_user):
    programme = complete_programme(demo["fi"])
    published_title = programme.title
    client.force_login(admin_user)
    draft = ProgramPage.objects.get(pk=programme.pk)
    draft.title = "Luonnos jota ei ole julkaistu"
    draft.save_revision()
    preview = client.get(f"/admin/pages/{programme.pk}/view_draft/")
    assert preview.status_code == 200
    assert "Luonnos jota ei ole julkaistu" in preview.content.decode()
    client.logout()
    response, html = anonymous_get(client, programme.url)
    assert cache_status(response) == "MISS"
    assert published_title in html and "Luonnos jota ei ole julkaistu" not in html


# --- HTTP rules, on small views of their own ---------------------------------------------------


def negotiated(request):
    """HTML or JSON at one URL, like page JSON (Vary: Accept)."""
    render = next(RENDERS)
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"render": render})
    else:
        response = HttpResponse(f"<p>render {render}</p>")
    patch_vary_headers(response, ["Accept"])
    response["ETag"] = f'"{render}"'
    return response


def with_cookie(request):
    response = HttpResponse(f"form {next(RENDERS)}")
    response.set_cookie("csrftoken", "secret")
    return response


def private(request):
    response = HttpResponse(f"private {next(RENDERS)}")
    response["Cache-Control"] = "private"
    return response


urlpatterns = [
    path("negotiated/", negotiated),
    path("with-cookie/", with_cookie),
    path("private/", private),
]


@pytest.mark.urls("tests.test_cache")
def test_html_and_json_at_one_url_never_mix(client, db):
    html = client.get("/negotiated/", headers={"Accept": "text/html"})
    json = client.get("/negotiated/", headers={"Accept": "application/json"})
    assert json["Content-Type"] == "application/json" and html["Content-Type"].startswith(
        "text/html"
    )
    html_again = client.get("/negotiated/", headers={"Accept": "text/html"})
    json_again = client.get("/negotiated/", headers={"Accept": "application/json"})
    assert cache_status(html_again) == cache_status(json_again) == "HIT"
    assert html_again.content == html.content and json_again.json() == json.json()


@pytest.mark.urls("tests.test_cache")
def test_a_cached_response_answers_a_matching_etag_with_304(client, db):
    first = client.get("/negotiated/")
    again = client.get("/negotiated/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and cache_status(again) == "HIT"


@pytest.mark.urls("tests.test_cache")
@pytest.mark.parametrize("url", ["/with-cookie/", "/private/"])
def test_responses_that_set_cookies_or_are_private_are_not_stored(client, db, url):
    first = client.get(url).content
    second = client.get(url)
    assert cache_status(second) is None and second.content != first


@pytest.mark.urls("tests.test_cache")
def test_post_requests_pass_by(client, db):
    client.get("/negotiated/")
    assert cache_status(client.post("/negotiated/")) is None


def test_the_page_json_and_html_never_mix(client, demo):
    """The same page URL with Accept: application/json (osallisuus_site.headless)."""
    url = complete_programme(demo["en"]).url
    html = client.get(url, headers={"Accept": "text/html"})
    json = client.get(url, headers={"Accept": "application/json"})
    assert json["Content-Type"] == "application/json"
    assert client.get(url, headers={"Accept": "text/html"}).content == html.content
    assert client.get(url, headers={"Accept": "application/json"}).json() == json.json()
    assert html["Content-Type"].startswith("text/html")


def test_api_lists_are_cached_and_refreshed_on_publish(client, demo):
    url = "/api/v2/programmes/?locale=fi"
    before = client.get(url).json()
    assert cache_status(client.get(url)) == "HIT"
    programme = complete_programme(demo["fi"])
    programme.unpublish()
    after = client.get(url).json()
    assert after["meta"]["total_count"] == before["meta"]["total_count"] - 1


def test_the_cache_can_be_switched_off(client, demo, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = complete_programme(demo["fi"]).url
    client.get(url)
    assert cache_status(client.get(url)) is None


def test_public_pages_are_cached_and_form_pages_never(client, demo):
    """Pages are shared by all visitors; a form page's CSRF cookie belongs to one visitor only."""
    hits = forms = 0
    for page in Page.objects.live().public().filter(depth__gt=1, locale=demo["fi"]):
        url = page.url
        if url is None:
            continue
        first = client.get(url)
        again = client.get(url)
        assert again.status_code == 200, url
        if "csrfmiddlewaretoken" in first.content.decode():
            assert first.cookies and cache_status(again) is None, url
            forms += 1
        else:
            assert cache_status(again) == "HIT", url
            hits += 1
    assert hits > 10
