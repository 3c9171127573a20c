"""Dated progress updates: the latest is a measure's current state; a goal's progress follows."""

import csv
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from programs.blocks import GoalBlock

from .headless import page_json
from .programmes import complete_programme, goals


def _goal(*updates_per_measure):
    """A goal value whose measures have the given updates: (date, status, progress) tuples."""
    return GoalBlock().to_python(
        {
            "title": "Goal",
            "measures": [
                {
                    "type": "item",
                    "id": f"m{number}",
                    "value": {
                        "title": f"Measure {number}",
                        "updates": [
                            {
                                "type": "item",
                                "id": f"u{number}-{d}",
                                "value": {"date": d, "status": s, "progress": p, "note": ""},
                            }
                            for d, s, p in updates
                        ],
                    },
                }
                for number, updates in enumerate(updates_per_measure)
            ],
            "indicators": [],
        }
    )


def test_the_latest_update_by_date_is_the_current_state_whatever_the_order():
    goal = _goal([("2026-05-01", "done", 100), ("2025-02-01", "ongoing", 30)])
    measure = goal["measures"][0]
    assert (measure.status, measure.progress) == ("done", 100)
    assert [u["progress"] for u in measure.timeline] == [30, 100]


def test_a_measure_without_updates_is_planned_at_zero():
    measure = _goal([])["measures"][0]
    assert (measure.status, measure.progress, measure.latest_update) == ("planned", 0, None)


def test_goal_progress_is_the_rounded_average_without_dropped_measures():
    goal = _goal(
        [("2025-03-01", "ongoing", 25)],
        [("2025-03-01", "done", 100)],
        [("2025-03-01", "dropped", 10)],
    )
    assert goal.progress == 63  # (25 + 100) / 2 = 62.5, rounded half up; the dropped one is out


def test_a_goal_with_only_dropped_or_no_measures_has_no_progress():
    assert _goal().progress is None
    assert _goal([("2025-03-01", "dropped", 40)]).progress is None


def test_update_dates_must_be_distinct_and_not_in_the_future(demo):
    programme = complete_programme(demo["fi"])
    raw = goals(1)
    updates = raw[0]["value"]["measures"][0]["value"]["updates"]
    updates[1]["value"]["date"] = updates[0]["value"]["date"]
    programme.goals = raw
    with pytest.raises(ValidationError):
        programme.full_clean()
    raw = goals(1)
    raw[0]["value"]["measures"][0]["value"]["updates"][0]["value"]["date"] = "2099-01-01"
    programme.goals = raw
    # The message names the date as a Finnish editor writes it, whatever ran before this test.
    with translation.override("fi"), pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "01.01.2099" in str(error.value)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_programme_page_shows_each_timeline_as_a_table_and_the_goal_progress_rule(
    client, demo, language
):
    programme = complete_programme(demo[language])
    html = client.get(programme.url).content.decode()
    goal = programme.goals[0].value
    measure = goal["measures"][0]
    assert 'id="goal-progress-rule"' in html
    assert f'<progress max="100" value="{goal.progress}"' in html
    assert html.count('class="data-table timeline"') == sum(
        1 for g in programme.goals for m in g.value["measures"] if m["updates"]
    )
    for update in measure.timeline:
        assert f'<time datetime="{update["date"].isoformat()}">' in html
        assert update["note"].replace("'", "&#x27;") in html


def test_page_json_carries_updates_current_state_and_goal_progress(client, demo):
    programme = complete_programme(demo["en"])
    data = page_json(client, programme.url)
    goal = data["goals"][0]["value"]
    source = programme.goals[0].value
    assert goal["progress"] == source.progress
    measure = goal["measures"][0]
    assert (measure["status"], measure["progress"]) == (
        source["measures"][0].status,
        source["measures"][0].progress,
    )
    assert [u["note"] for u in measure["updates"]] == [
        u["note"] for u in source["measures"][0]["updates"]
    ]


def test_open_data_exports_carry_the_updates(client, demo):
    programme = complete_programme(demo["fi"])
    source = programme.goals[0].value["measures"][0]
    response = client.get("/api/v2/export/measures.json?locale=fi")
    items = json.loads(b"".join(response.streaming_content))["items"]
    item = next(
        i for i in items if i["programme_id"] == programme.pk and i["title"] == source["title"]
    )
    assert [u["date"] for u in item["updates"]] == [u["date"].isoformat() for u in source.timeline]
    assert item["due_date"] == source["due_date"].isoformat()
    response = client.get("/api/v2/export/measures.csv?locale=fi")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    row = next(
        r for r in rows if r["programme_id"] == str(programme.pk) and r["title"] == source["title"]
    )
    assert [u["note"] for u in json.loads(row["updates"])] == [u["note"] for u in source.timeline]


def test_update_notes_are_translated_while_dates_and_figures_follow_the_source(demo):
    finnish, swedish = complete_programme(demo["fi"]), complete_programme(demo["sv"])
    pairs = [
        (fi_update, sv_update)
        for fi_goal, sv_goal in zip(finnish.goals, swedish.goals, strict=True)
        for fi_m, sv_m in zip(fi_goal.value["measures"], sv_goal.value["measures"], strict=True)
        for fi_update, sv_update in zip(fi_m.timeline, sv_m.timeline, strict=True)
    ]
    assert pairs
    for fi_update, sv_update in pairs:
        assert (sv_update["date"], sv_update["status"], sv_update["progress"]) == (
            fi_update["date"],
            fi_update["status"],
            fi_update["progress"],
        )
        assert sv_update["note"] and sv_update["note"] != fi_update["note"]
    assert swedish.annual_commentary[0].value["text"] != finnish.annual_commentary[0].value["text"]
