"""Migration 0004: each measure's old single status and progress become its first dated update."""

import datetime
import importlib
import json
from types import SimpleNamespace

from django.apps import apps
from django.db import connection
from django.utils import timezone
from wagtail.models import Revision
from wagtail_localize.models import TranslationSource

from programs.models import MeasureRecord, ProgramPage

from .programmes import complete_programme

migration = importlib.import_module("programs.migrations.0004_measure_progress_updates")


def _old_shape(goals):
    """The goals as 0003 stored them: `status` and `progress` on the measure, no updates."""
    for goal in goals:
        for item in goal["value"]["measures"]:
            value = item["value"]
            latest = sorted(value.pop("updates"), key=lambda u: u["value"]["date"])[-1]["value"]
            value.pop("due_date", None)
            value["status"], value["progress"] = latest["status"], latest["progress"]
    return goals


def _measures(goals):
    return [item["value"] for goal in goals for item in goal["value"]["measures"]]


def _write_page_goals(page, goals):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE programs_programpage SET goals = %s WHERE page_ptr_id = %s",
            [json.dumps(goals), page.pk],
        )


def _migrate(direction):
    # The functions only use the schema editor's connection; SQLite's editor refuses to open
    # inside the test's transaction.
    direction(apps, SimpleNamespace(connection=connection))


def test_old_status_and_progress_become_the_first_update_everywhere(demo):
    page = complete_programme(demo["fi"])
    draft = page.save_revision()  # a draft an editor saved after publishing
    old = _old_shape(json.loads(json.dumps(list(page.goals.raw_data))))
    expected = [(m["status"], m["progress"]) for m in _measures(old)]
    _write_page_goals(page, old)
    Revision.objects.filter(pk=draft.pk).update(content={**draft.content, "goals": json.dumps(old)})
    source = TranslationSource.objects.get(object_id=page.translation_key)
    content = json.loads(source.content_json)
    content["goals"] = json.dumps(old)
    TranslationSource.objects.filter(pk=source.pk).update(content_json=json.dumps(content))
    MeasureRecord.objects.filter(programme=page).update(updates=[])

    _migrate(migration.forwards)

    page = ProgramPage.objects.get(pk=page.pk)
    items = [item for goal in page.goals for item in goal.value["measures"].bound_blocks]
    measures = [item.value for item in items]
    assert [(m.status, m.progress) for m in measures] == expected
    day = timezone.localtime(page.last_published_at).date()
    for measure in measures:
        (update,) = measure["updates"]
        assert (update["date"], update["note"]) == (day, "")
    revision_goals = json.loads(Revision.objects.get(pk=draft.pk).content["goals"])
    assert [
        (m["updates"][0]["value"]["status"], m["updates"][0]["value"]["progress"])
        for m in _measures(revision_goals)
    ] == expected
    assert all("status" not in m for m in _measures(revision_goals))
    source_goals = json.loads(
        json.loads(TranslationSource.objects.get(pk=source.pk).content_json)["goals"]
    )
    assert [m["updates"][0]["value"]["status"] for m in _measures(source_goals)] == [
        status for status, _progress in expected
    ]
    # The update has the same id in the page and its draft, so translations map one to one.
    assert [m["updates"][0]["id"] for m in _measures(revision_goals)] == [
        item.value["updates"].bound_blocks[0].id for item in items
    ]
    records = MeasureRecord.objects.filter(programme=page).order_by("sort_order")
    assert [(r.updates[0]["status"], r.updates[0]["progress"]) for r in records] == expected


def test_running_it_twice_changes_nothing_and_going_back_restores_the_status(demo):
    page = complete_programme(demo["sv"])
    old = _old_shape(json.loads(json.dumps(list(page.goals.raw_data))))
    _write_page_goals(page, old)
    _migrate(migration.forwards)
    once = list(ProgramPage.objects.get(pk=page.pk).goals.raw_data)
    _migrate(migration.forwards)
    assert list(ProgramPage.objects.get(pk=page.pk).goals.raw_data) == once

    _migrate(migration.backwards)
    with connection.cursor() as cursor:
        cursor.execute("SELECT goals FROM programs_programpage WHERE page_ptr_id = %s", [page.pk])
        (raw,) = cursor.fetchone()
    restored = raw if isinstance(raw, list) else json.loads(raw)
    assert [(m["status"], m["progress"]) for m in _measures(restored)] == [
        (m["status"], m["progress"]) for m in _measures(old)
    ]
    _migrate(migration.forwards)  # leave the page as the current code reads it


def test_a_missing_or_broken_progress_becomes_planned_at_zero():
    item = {"type": "item", "id": "m1", "value": {"title": "T", "status": "bogus"}}
    assert migration.convert_measure(item, datetime.date(2025, 3, 1))
    assert item["value"]["updates"][0]["value"] == {
        "date": "2025-03-01",
        "status": "planned",
        "progress": 0,
        "note": "",
    }
