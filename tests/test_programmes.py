"""Structured programme pages: rendering, the API, validation and constant query counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from programs.models import ProgramPage

from .programmes import complete_programme, goals, publish_programme

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_demo_programmes_render_in_every_language(client, demo, language):
    for programme in ProgramPage.objects.filter(locale=demo[language]):
        response = client.get(programme.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        for goal in programme.goals:
            assert escape(goal.value["title"]) in html


def test_programme_page_shows_measures_progress_and_indicator_tables(client, demo):
    programme = complete_programme(demo["en"])
    html = client.get(programme.url).content.decode()
    first_measure = programme.goals[0].value["measures"][0]
    assert escape(first_measure["title"]) in html
    assert f'<progress max="100" value="{first_measure.progress}"' in html
    assert html.count('<table class="data-table">') == sum(
        len(g.value["indicators"]) for g in programme.goals
    )
    assert html.count('<svg class="chart"') == html.count('<table class="data-table">')
    assert "Completeness review" in html or "review" in html


def test_the_municipality_meets_every_criterion_and_the_region_shows_its_gaps(client, demo):
    municipality = complete_programme(demo["fi"])
    region = ProgramPage.objects.get(
        locale=demo["fi"], organisation__organisation_type="wellbeing_region"
    )
    assert all(criterion.met for criterion in municipality.review)
    missing = {criterion.id for criterion in region.review if not criterion.met}
    assert {
        "group_voices",
        "needs_mapped",
        "means_per_goal",
        "residents_influence",
        "welfare_report",
    } <= missing


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_programmes_api_lists_and_details_with_goals_measures_and_indicators(
    client, demo, language
):
    listing = client.get(f"/api/v2/programmes/?locale={language}").json()
    assert listing["meta"]["total_count"] == 2
    municipality = complete_programme(demo[language])
    detail = client.get(f"/api/v2/programmes/{municipality.pk}/").json()
    assert detail["organisation"]["organisation_type"] == "municipality"
    assert detail["plain_language_summary"] == municipality.plain_language_summary
    assert detail["review"]["all_met"] is True
    assert len(detail["review"]["criteria"]) >= 10
    goal = detail["goals"][0]["value"]
    assert goal["measures"][0]["title"] and 0 <= goal["measures"][0]["progress"] <= 100
    observation = goal["indicators"][0]["observations"][0]
    assert set(observation) == {"date", "value"}


def test_review_labels_come_in_the_programmes_language(client, demo):
    swedish = complete_programme(demo["sv"])
    finnish = complete_programme(demo["fi"])
    sv_labels = [
        c["label"]
        for c in client.get(f"/api/v2/programmes/{swedish.pk}/").json()["review"]["criteria"]
    ]
    fi_labels = [
        c["label"]
        for c in client.get(f"/api/v2/programmes/{finnish.pk}/").json()["review"]["criteria"]
    ]
    assert len(sv_labels) == len(fi_labels)


def test_period_must_end_after_it_starts(demo):
    programme = complete_programme(demo["fi"])
    programme.period_end = programme.period_start - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "period_end" in error.value.message_dict


def test_progress_must_be_between_0_and_100(demo):
    programme = complete_programme(demo["fi"])
    raw = goals(1)
    raw[0]["value"]["measures"][0]["value"]["updates"][0]["value"]["progress"] = 101
    programme.goals = raw
    with pytest.raises(ValidationError):
        programme.full_clean()


def test_observation_dates_must_be_plausible(demo):
    programme = complete_programme(demo["fi"])
    raw = goals(1)
    raw[0]["value"]["indicators"][0]["value"]["observations"][0]["value"]["date"] = "2099-01-01"
    programme.goals = raw
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "goals" in error.value.message_dict
    # Read as text (the spreadsheet import), it says what is wrong and where.
    assert "01.01.2099 ei ole uskottava" in " ".join(error.value.messages)
    # The editor shows it at the observation's date, not above the whole goals field.
    (at_goals,) = error.value.error_dict["goals"]
    at_goal = at_goals.as_json_data()["blockErrors"][0]
    at_observation = at_goal["blockErrors"]["indicators"]["blockErrors"][0]["blockErrors"][
        "observations"
    ]["blockErrors"][0]
    assert at_observation["blockErrors"]["date"] == {"messages": error.value.messages}
    assert "messages" not in at_goals.as_json_data()


def test_measure_update_dates_must_be_plausible_at_the_update(demo):
    programme = complete_programme(demo["fi"])
    raw = goals(1)
    raw[0]["value"]["measures"][0]["value"]["updates"][0]["value"]["date"] = "1980-01-01"
    programme.goals = raw
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    (at_goals,) = error.value.error_dict["goals"]
    at_measure = at_goals.as_json_data()["blockErrors"][0]["blockErrors"]["measures"]
    at_update = at_measure["blockErrors"][0]["blockErrors"]["updates"]["blockErrors"][0]
    assert "01.01.1980 ei ole uskottava" in at_update["blockErrors"]["date"]["messages"][0]


def _queries(client, url, **headers):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_programme_page_query_count_does_not_grow_with_goals(client, demo):
    small = publish_programme(demo["fi"], "pieni", 1)
    large = publish_programme(demo["fi"], "suuri", 30)
    _queries(client, small.url)  # warm caches of the site and locales
    assert _queries(client, small.url) == _queries(client, large.url)


def test_programme_api_query_count_does_not_grow_with_goals(client, demo):
    small = publish_programme(demo["fi"], "pieni", 1)
    large = publish_programme(demo["fi"], "suuri", 30)
    _queries(client, f"/api/v2/programmes/{small.pk}/")
    assert _queries(client, f"/api/v2/programmes/{small.pk}/") == _queries(
        client, f"/api/v2/programmes/{large.pk}/"
    )
