"""/api/v2/measures/ and /api/v2/indicators/: every item with its programme, goal and organisation,
every filter, constant query counts, and an index that follows publishing."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import PageViewRestriction

from osallisuus_site.cache.local import local_copies
from programs.goal_index import rebuild_index
from programs.models import IndicatorRecord, MeasureRecord, ProgramPage

from .api_endpoints import UNCACHED, listing_and_counts
from .programmes import complete_programme, publish_programme

pytestmark = pytest.mark.django_db


def _items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def _stream_measures(programme):
    return [
        (goal.value["title"], measure["title"])
        for goal in programme.goals
        for measure in goal.value["measures"]
    ]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_measures_list_every_measure_of_live_programmes_in_the_language(client, demo, language):
    items = _items(client, f"/api/v2/measures/?locale={language}&limit=100")
    expected = [
        pair
        for programme in ProgramPage.objects.live().filter(locale=demo[language]).order_by("pk")
        for pair in _stream_measures(programme)
    ]
    assert [(item["goal"]["title"], item["title"]) for item in items] == expected
    first = items[0]
    programme = ProgramPage.objects.get(pk=first["programme"]["id"])
    assert first["programme"]["title"] == programme.title
    assert first["programme"]["html_url"].endswith(programme.url)
    assert first["organisation"]["id"] == programme.organisation_id
    assert first["locale"] == language
    assert first["goal"]["id"] == programme.goals[0].id


def test_measure_detail_carries_every_field(client, demo):
    programme = complete_programme(demo["en"])
    source = programme.goals[0].value["measures"][0]
    record = MeasureRecord.objects.get(programme=programme, sort_order=0)
    detail = client.get(f"/api/v2/measures/{record.pk}/").json()
    assert detail["title"] == source["title"]
    assert detail["responsible"] == source["responsible"]
    assert detail["target_groups"] == list(source["target_groups"])
    assert detail["status"] == source.status
    assert detail["progress"] == source.progress
    assert [update["date"] for update in detail["updates"]] == [
        update["date"].isoformat() for update in source.timeline
    ]
    assert [update["note"] for update in detail["updates"]] == [
        update["note"] for update in source.timeline
    ]
    assert detail["description"] == source["description"]
    assert detail["meta"]["type"] == "programs.MeasureRecord"


def test_indicators_carry_observations_and_their_goal(client, demo):
    programme = complete_programme(demo["fi"])
    items = _items(client, f"/api/v2/indicators/?programme={programme.pk}&limit=100")
    expected = [
        (goal.value["title"], indicator["name"], len(indicator["observations"]))
        for goal in programme.goals
        for indicator in goal.value["indicators"]
    ]
    assert [(i["goal"]["title"], i["name"], len(i["observations"])) for i in items] == expected
    dates = [o["date"] for o in items[0]["observations"]]
    assert dates == sorted(dates)


def test_filters_of_measures(client, demo):
    municipality = complete_programme(demo["fi"])
    region = ProgramPage.objects.get(
        locale=demo["fi"], organisation__organisation_type="wellbeing_region"
    )
    base = "/api/v2/measures/?locale=fi&limit=100"

    by_programme = _items(client, f"{base}&programme={region.pk}")
    assert {i["programme"]["id"] for i in by_programme} == {region.pk}
    assert len(by_programme) == len(_stream_measures(region))

    by_slug = _items(client, f"{base}&organisation={municipality.organisation.slug}")
    by_id = _items(client, f"{base}&organisation={municipality.organisation_id}")
    assert by_slug == by_id
    assert {i["programme"]["id"] for i in by_id} == {municipality.pk}

    done = _items(client, f"{base}&status=done")
    assert done and all(i["status"] == "done" for i in done)
    expected_done = sum(
        measure.status == "done"
        for programme in (municipality, region)
        for goal in programme.goals
        for measure in goal.value["measures"]
    )
    assert len(done) == expected_done

    young = _items(client, f"{base}&target_group=young_people")
    assert young and all("young_people" in i["target_groups"] for i in young)
    assert len(young) < len(_items(client, base))

    librarians = _items(client, f"{base}&responsible=KIRJASTOTOIMENJOHTAJA")
    assert librarians and all(
        "kirjastotoimenjohtaja" in i["responsible"].lower() for i in librarians
    )

    first_title = by_id[0]["title"]
    found = _items(client, f"{base}&search={first_title[:12].upper()}")
    assert first_title in [i["title"] for i in found]

    assert _items(client, "/api/v2/measures/?locale=sv&limit=100")[0]["locale"] == "sv"


def test_filters_of_indicators(client, demo):
    base = "/api/v2/indicators/?locale=fi&limit=100"
    every = _items(client, base)
    esis = _items(client, f"{base}&known_indicator=esis")
    assert esis and all(i["known_indicator"] == "esis" for i in esis)
    assert len(esis) < len(every)

    # Status, target group and responsible select the indicators of goals with such a measure.
    done_goals = set(
        MeasureRecord.objects.filter(locale=demo["fi"], status="done").values_list(
            "programme_id", "goal_block_id"
        )
    )
    done = _items(client, f"{base}&status=done")
    assert {(i["programme"]["id"], i["goal"]["id"]) for i in done} <= done_goals
    assert 0 < len(done) < len(every)
    young = _items(client, f"{base}&target_group=young_people")
    assert 0 < len(young) < len(every)
    responsible = _items(client, f"{base}&responsible=nuorisotyön")
    assert 0 < len(responsible) <= len(young)
    organisation = every[0]["organisation"]["slug"]
    assert all(
        i["organisation"]["slug"] == organisation
        for i in _items(client, f"{base}&organisation={organisation}")
    )
    word = every[0]["name"].split()[0]
    assert every[0]["name"] in [i["name"] for i in _items(client, f"{base}&search={word}")]


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("endpoint", ["measures", "indicators"])
def test_query_count_does_not_grow_with_page_size(client, demo, endpoint):
    publish_programme(demo["fi"], "big-programme", 30)
    assert MeasureRecord.objects.filter(locale=demo["fi"]).count() > 50
    url = f"/api/v2/{endpoint}/?locale=fi&limit="
    _queries(client, url + "5")
    assert _queries(client, url + "5") == _queries(client, url + "50")


def test_publishing_a_draft_change_keeps_the_live_values(client, demo):
    programme = complete_programme(demo["en"])
    live_title = programme.goals[0].value["measures"][0]["title"]
    draft = programme.get_latest_revision_as_object()
    draft.goals[0].value["measures"][0]["title"] = "A draft title nobody may read"
    draft.save_revision()
    titles = [i["title"] for i in _items(client, f"/api/v2/measures/?programme={programme.pk}")]
    assert live_title in titles and "A draft title nobody may read" not in titles

    draft.save_revision().publish()
    titles = [i["title"] for i in _items(client, f"/api/v2/measures/?programme={programme.pk}")]
    assert "A draft title nobody may read" in titles and live_title not in titles


def test_record_ids_stay_stable_when_a_programme_is_published_again(demo):
    programme = complete_programme(demo["fi"])
    before = list(MeasureRecord.objects.filter(programme=programme).values_list("pk", "block_id"))
    programme.save_revision().publish()
    after = list(MeasureRecord.objects.filter(programme=programme).values_list("pk", "block_id"))
    assert sorted(before) == sorted(after)


def test_unpublishing_and_deleting_remove_the_items(client, demo):
    programme = publish_programme(demo["sv"], "short-lived", 2)
    url = f"/api/v2/measures/?programme={programme.pk}"
    assert len(_items(client, url)) == 4
    programme.unpublish()
    assert _items(client, url) == []
    assert not MeasureRecord.objects.filter(programme_id=programme.pk).exists()
    programme.save_revision().publish()
    assert len(_items(client, url)) == 4
    programme_id = programme.pk
    ProgramPage.objects.get(pk=programme_id).delete()
    assert not MeasureRecord.objects.filter(programme_id=programme_id).exists()
    assert not IndicatorRecord.objects.filter(programme_id=programme_id).exists()


def test_moving_a_programme_moves_its_items_to_the_new_organisation(client, demo):
    programme = publish_programme(demo["en"], "moving-programme", 1)
    organisations = programme.get_parent().get_siblings().live().specific()
    target = next(page for page in organisations if page.pk != programme.get_parent().pk)
    programme.move(target, pos="last-child")
    items = _items(client, f"/api/v2/measures/?programme={programme.pk}")
    assert {i["organisation"]["id"] for i in items} == {target.pk}
    assert ProgramPage.objects.get(pk=programme.pk).organisation_id == target.pk


def test_restricted_programme_disappears_from_every_list(client, demo):
    programme = complete_programme(demo["fi"])
    assert _items(client, f"/api/v2/measures/?programme={programme.pk}")
    PageViewRestriction.objects.create(
        page=programme.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for endpoint in ("measures", "indicators"):
        assert _items(client, f"/api/v2/{endpoint}/?programme={programme.pk}") == []
    record = MeasureRecord.objects.filter(programme=programme).first()
    assert client.get(f"/api/v2/measures/{record.pk}/").status_code == 404
    assert programme.pk not in [i["id"] for i in _items(client, "/api/v2/programmes/?limit=100")]


def test_rebuild_command_restores_a_lost_index(demo):
    expected = MeasureRecord.objects.count()
    MeasureRecord.objects.all().delete()
    IndicatorRecord.objects.all().delete()
    call_command("rebuild_goal_index", verbosity=0)
    assert MeasureRecord.objects.count() == expected
    assert IndicatorRecord.objects.exists()
    assert rebuild_index() == ProgramPage.objects.live().count()


# --- the total count, shared between requests until the next change (programs/api_counts.py) ---


def _count(endpoint):
    return (MeasureRecord if endpoint == "measures" else IndicatorRecord).objects.count()


@pytest.mark.parametrize("endpoint", ["measures", "indicators"])
def test_the_total_count_is_counted_once_until_the_next_publish(client, demo, settings, endpoint):
    settings.PAGE_CACHE_ENABLED = True
    url = f"/api/v2/{endpoint}/?limit=5"
    total, items, counted = listing_and_counts(client, url)
    assert counted == 1
    assert listing_and_counts(client, url) == (total, items, 0)
    assert listing_and_counts(client, f"{url}&offset=5")[::2] == (
        total,
        0,
    )  # the next page: same count
    local_copies.clear()  # as another worker would start: the count comes from the shared store
    assert listing_and_counts(client, url) == (total, items, 0)
    assert listing_and_counts(client, f"{url}&locale=sv")[2] == 1  # another query, its own count
    other = "indicators" if endpoint == "measures" else "measures"
    assert listing_and_counts(client, f"/api/v2/{other}/?limit=5")[::2] == (_count(other), 1)

    programme = publish_programme(demo["sv"], "counted-programme", 2)
    added = (MeasureRecord if endpoint == "measures" else IndicatorRecord).objects.filter(
        programme=programme
    )
    assert listing_and_counts(client, url)[0] == total + added.count()


@pytest.mark.parametrize("page_cache", [True, False])
@pytest.mark.parametrize("endpoint", ["measures", "indicators"])
def test_a_restriction_above_a_programme_hides_its_items_and_their_count_at_once(
    client, demo, settings, page_cache, endpoint
):
    settings.PAGE_CACHE_ENABLED = page_cache
    model = MeasureRecord if endpoint == "measures" else IndicatorRecord
    programme = complete_programme(demo["fi"])
    organisation = programme.get_parent()
    hidden = model.objects.filter(programme__path__startswith=organisation.path).count()
    url = f"/api/v2/{endpoint}/?limit=5"
    own = f"{url}&programme={programme.pk}"
    total = listing_and_counts(client, url)[0]
    own_total, own_items, _ = listing_and_counts(client, own)
    assert hidden and total == model.objects.count()
    assert own_total and {item["programme"]["id"] for item in own_items} == {programme.pk}

    restriction = PageViewRestriction.objects.create(
        page=organisation, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert listing_and_counts(client, url)[0] == total - hidden
    assert listing_and_counts(client, own)[:2] == (0, [])
    record = model.objects.filter(programme=programme).first()
    assert client.get(f"/api/v2/{endpoint}/{record.pk}/", headers=UNCACHED).status_code == 404

    restriction.delete()
    assert listing_and_counts(client, url)[0] == total
    assert listing_and_counts(client, own)[:2] == (own_total, own_items)


@pytest.mark.parametrize("way", ["organisation unpublished with its pages", "programme expired"])
def test_a_programme_that_stops_being_live_leaves_the_list_and_its_count(
    client, demo, settings, admin_user, way
):
    """The lists trust that only live programmes have rows: every way of going offline drops them."""
    settings.PAGE_CACHE_ENABLED = True
    programme = complete_programme(demo["sv"])
    organisation = programme.get_parent()
    url = "/api/v2/measures/?limit=5"
    total = listing_and_counts(client, url)[0]
    if way == "programme expired":
        leaving = MeasureRecord.objects.filter(programme=programme).count()
        past = timezone.now() - datetime.timedelta(minutes=1)
        ProgramPage.objects.filter(pk=programme.pk).update(expire_at=past)
        call_command("publish_scheduled")
    else:
        leaving = MeasureRecord.objects.filter(
            programme__path__startswith=organisation.path
        ).count()
        UnpublishPageAction(organisation, user=admin_user, include_descendants=True).execute()
    assert not ProgramPage.objects.get(pk=programme.pk).live
    assert leaving and listing_and_counts(client, url)[0] == total - leaving
    assert listing_and_counts(client, f"{url}&programme={programme.pk}")[:2] == (0, [])
