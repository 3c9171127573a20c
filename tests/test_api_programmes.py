"""/api/v2/programmes/, /organisations/ and /examples/: every filter, and only what residents may read."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from examples_library.models import ExampleProgramPage
from programs.models import OrganisationPage, ProgramPage

from .api_endpoints import listing_and_counts
from .programmes import complete_programme

pytestmark = pytest.mark.django_db


def _ids(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def _programmes(**conditions):
    return set(ProgramPage.objects.live().filter(**conditions).values_list("pk", flat=True))


def test_every_programme_filter(client, demo):
    fi = demo["fi"]
    base = "/api/v2/programmes/?limit=100&locale=fi"
    municipality = complete_programme(fi)
    assert _ids(client, base) == _programmes(locale=fi)

    assert _ids(client, f"{base}&organisation={municipality.organisation.slug}") == {
        municipality.pk
    }
    assert _ids(client, f"{base}&organisation={municipality.organisation_id}") == {municipality.pk}
    assert _ids(client, f"{base}&organisation_type=municipality") == {municipality.pk}
    assert _ids(client, f"{base}&organisation_type=wellbeing_region") == _programmes(
        locale=fi, organisation__organisation_type="wellbeing_region"
    )
    assert _ids(client, f"{base}&region=keski_suomi") == _programmes(locale=fi)
    assert _ids(client, f"{base}&region=lappi") == set()

    # The municipality's programme is adopted, the region's is a draft; both run until 2028+.
    assert _ids(client, f"{base}&status=in_force") == {municipality.pk}
    assert municipality.pk not in _ids(client, f"{base}&status=draft")
    assert _ids(client, f"{base}&status=draft") | {municipality.pk} == _programmes(locale=fi)
    assert _ids(client, f"{base}&status=ended") == set()

    start = municipality.period_start
    assert municipality.pk in _ids(client, f"{base}&valid_on={start.isoformat()}")
    day_before = (start - datetime.timedelta(days=1)).isoformat()
    assert municipality.pk not in _ids(client, f"{base}&valid_on={day_before}")

    word = municipality.title.split()[0][:8].upper()
    assert municipality.pk in _ids(client, f"{base}&search={word}")
    assert _ids(client, f"{base}&search=zzzqqq") == set()

    assert _ids(client, "/api/v2/programmes/?limit=100&locale=sv") == _programmes(locale=demo["sv"])


def test_organisations_and_examples_filter_by_language(client, demo):
    for language in ("fi", "sv", "en"):
        organisations = _ids(client, f"/api/v2/organisations/?locale={language}")
        assert organisations == set(
            OrganisationPage.objects.live()
            .filter(locale=demo[language])
            .values_list("pk", flat=True)
        )
        examples = _ids(client, f"/api/v2/examples/?locale={language}&limit=100")
        assert examples == set(
            ExampleProgramPage.objects.live()
            .filter(locale=demo[language])
            .values_list("pk", flat=True)
        )
    region = OrganisationPage.objects.filter(locale=demo["fi"], region="keski_suomi")
    assert _ids(client, "/api/v2/organisations/?region=keski_suomi&locale=fi") == set(
        region.values_list("pk", flat=True)
    )


def test_a_draft_change_leaves_the_live_values_in_the_api(client, demo):
    programme = complete_programme(demo["en"])
    live_summary, live_title = programme.plain_language_summary, programme.title
    # Without unpublished changes Wagtail returns the page itself: keep the live values above.
    draft = programme.get_latest_revision_as_object()
    draft.plain_language_summary = "A draft summary nobody may read."
    draft.title = "Draft title"
    draft.save_revision()
    detail = client.get(f"/api/v2/programmes/{programme.pk}/").json()
    assert detail["plain_language_summary"] == live_summary
    assert detail["title"] == live_title
    assert "Draft title" not in client.get("/api/v2/programmes/?search=Draft").content.decode()


def test_restricted_and_unpublished_programmes_disappear(client, demo):
    programme = complete_programme(demo["fi"])
    sibling = complete_programme(demo["sv"])
    PageViewRestriction.objects.create(page=programme, restriction_type=PageViewRestriction.LOGIN)
    sibling.unpublish()
    listing = _ids(client, "/api/v2/programmes/?limit=100")
    assert programme.pk not in listing and sibling.pk not in listing
    assert client.get(f"/api/v2/programmes/{programme.pk}/").status_code == 404
    assert client.get(f"/api/v2/programmes/{sibling.pk}/").status_code == 404
    assert client.get(f"/api/v2/programmes/{sibling.pk}/")["Content-Type"].startswith(
        "application/json"
    )


def test_the_count_is_shared_between_anonymous_visitors_and_never_with_a_signed_in_one(
    client, demo, settings, admin_user
):
    """Wagtail's pages list shows a sign-in restricted programme to whoever is signed in: a
    count shared between requests must be the anonymous one and never reach them, or theirs us."""
    settings.PAGE_CACHE_ENABLED = True
    programme = complete_programme(demo["fi"])
    PageViewRestriction.objects.create(page=programme, restriction_type=PageViewRestriction.LOGIN)
    url = "/api/v2/programmes/?locale=fi&limit=5"
    public = len(_programmes(locale=demo["fi"])) - 1

    assert listing_and_counts(client, url)[::2] == (public, 1)
    assert listing_and_counts(client, url)[::2] == (public, 0)  # shared
    client.force_login(admin_user)
    assert listing_and_counts(client, url, headers={})[::2] == (public + 1, 1)
    client.logout()
    assert listing_and_counts(client, url)[::2] == (public, 0)
