"""Keep the measure and indicator index equal to the live programmes.

Only the page row is read: Wagtail keeps it equal to the live revision, while drafts live in
revisions. A programme that is not live has no rows; view restrictions are applied when querying.
"""

from django.db import connection, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import (
    IndicatorRecord,
    MeasureRecord,
    MeasureTargetGroup,
    OrganisationPage,
    ProgramPage,
)


def index_programme(programme_id):
    """Rebuild the rows of one programme from its live page; remove them if it is not live."""
    programme = ProgramPage.objects.filter(pk=programme_id, live=True).first()
    with transaction.atomic():
        if programme is None:
            MeasureRecord.objects.filter(programme_id=programme_id).delete()
            IndicatorRecord.objects.filter(programme_id=programme_id).delete()
            return
        measures, indicators = _rows(programme, _organisation_id(programme))
        if _first_index(programme.pk):
            _create([(programme.pk, measures, indicators)])
        else:
            _sync(MeasureRecord, programme.pk, measures, after_save=_sync_target_groups)
            _sync(IndicatorRecord, programme.pk, indicators)


def index_new_programmes(programmes):
    """Rows of live programmes that were just inserted (load data): one insert per table in all.

    Each programme's `organisation_id` must be set; it has no rows yet, so nothing is synced."""
    if not connection.features.can_return_rows_from_bulk_insert:
        for programme in programmes:
            index_programme(programme.pk)
        return
    _create(
        [(programme.pk, *_rows(programme, programme.organisation_id)) for programme in programmes]
    )


def _rows(programme, organisation_id):
    """The measure and indicator rows of a programme, each as (block id, fields)."""
    common = {"organisation_id": organisation_id, "locale_id": programme.locale_id}
    measures, indicators = [], []
    for goal in programme.goals:
        goal_fields = {**common, "goal_block_id": goal.id or "", "goal_title": goal.value["title"]}
        for item in goal.value["measures"].bound_blocks:
            measures.append((item.id or "", {**goal_fields, **_measure_fields(item.value)}))
        for item in goal.value["indicators"].bound_blocks:
            indicators.append((item.id or "", {**goal_fields, **_indicator_fields(item.value)}))
    return measures, indicators


def rebuild_index():
    """Rebuild every programme's rows, e.g. after a data migration or a bulk import."""
    live_ids = set(ProgramPage.objects.filter(live=True).values_list("pk", flat=True))
    MeasureRecord.objects.exclude(programme_id__in=live_ids).delete()
    IndicatorRecord.objects.exclude(programme_id__in=live_ids).delete()
    for programme_id in sorted(live_ids):
        index_programme(programme_id)
    return len(live_ids)


def _organisation_id(programme):
    # A move saves the plain Page, so `programme.organisation` may still name the old parent.
    parent = programme.get_parent()
    return parent.pk if parent and parent.specific_class is OrganisationPage else None


def _measure_fields(value):
    return {
        "title": value["title"],
        "description": value["description"] or "",
        "responsible": value["responsible"] or "",
        "target_groups": list(value["target_groups"] or []),
        "resources": value["resources"] or "",
        "schedule": value["schedule"] or "",
        "due_date": value["due_date"],
        "status": value.status,
        "progress": value.progress,
        "updates": [
            {
                "date": update["date"].isoformat(),
                "status": update["status"],
                "progress": update["progress"] or 0,
                "note": update["note"] or "",
            }
            for update in value.timeline
        ],
    }


def _indicator_fields(value):
    return {
        "name": value["name"],
        "known_indicator": value["known_indicator"] or "",
        "unit": value["unit"] or "",
        "baseline": value["baseline"],
        "target": value["target"],
        "observations": [
            {"date": observation["date"].isoformat(), "value": observation["value"]}
            for observation in value["observations"]
        ],
    }


def _first_index(programme_id):
    """No rows yet (a new programme, or load data) and the database returns the ids of a bulk insert."""
    return (
        connection.features.can_return_rows_from_bulk_insert
        and not MeasureRecord.objects.filter(programme_id=programme_id).exists()
        and not IndicatorRecord.objects.filter(programme_id=programme_id).exists()
    )


def _create(programmes):
    """Rows of programmes indexed for the first time, as (programme id, measures, indicators):
    one insert per table, not per row."""
    created = {}
    for model, position in ((MeasureRecord, 1), (IndicatorRecord, 2)):
        created[model] = model.objects.bulk_create(
            model(programme_id=entry[0], block_id=block_id, sort_order=number, **fields)
            for entry in programmes
            for number, (block_id, fields) in enumerate(entry[position])
        )
    MeasureTargetGroup.objects.bulk_create(
        MeasureTargetGroup(measure=measure, key=key)
        for measure in created[MeasureRecord]
        for key in sorted(set(measure.target_groups))
    )


def _sync(model, programme_id, items, after_save=None):
    """Update rows in place (their ids stay stable for API detail URLs), add new, drop gone."""
    existing = {}
    for row in model.objects.filter(programme_id=programme_id).order_by("pk"):
        existing.setdefault((row.goal_block_id, row.block_id), []).append(row)
    kept = []
    for sort_order, (block_id, fields) in enumerate(items):
        key = (fields["goal_block_id"], block_id)
        rows = existing.get(key)
        row = rows.pop(0) if rows else model(programme_id=programme_id, block_id=block_id)
        for name, value in {**fields, "sort_order": sort_order}.items():
            setattr(row, name, value)
        row.save()
        kept.append(row.pk)
        if after_save:
            after_save(row)
    model.objects.filter(programme_id=programme_id).exclude(pk__in=kept).delete()


def _sync_target_groups(measure):
    wanted = set(measure.target_groups)
    measure.target_group_rows.exclude(key__in=wanted).delete()
    present = set(measure.target_group_rows.values_list("key", flat=True))
    MeasureTargetGroup.objects.bulk_create(
        MeasureTargetGroup(measure=measure, key=key) for key in sorted(wanted - present)
    )


@receiver(page_published, sender=ProgramPage)
@receiver(page_unpublished, sender=ProgramPage)
def reindex_on_publishing(sender, instance, **kwargs):
    index_programme(instance.pk)


@receiver(post_page_move, sender=ProgramPage)
def reindex_on_move(sender, instance, parent_page_after, **kwargs):
    ProgramPage.objects.filter(pk=instance.pk).update(organisation_id=parent_page_after.pk)
    index_programme(instance.pk)


@receiver(post_delete, sender=ProgramPage)
def drop_deleted_programme(sender, instance, **kwargs):
    # The foreign keys cascade already; this also covers deletions that bypass the collector.
    MeasureRecord.objects.filter(programme_id=instance.pk).delete()
    IndicatorRecord.objects.filter(programme_id=instance.pk).delete()
