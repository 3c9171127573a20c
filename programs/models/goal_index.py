"""A denormalised SQL index of the measures and indicators inside live programmes' `goals`.

The StreamField cannot be filtered in SQL; these rows can. They are rebuilt from the live page
whenever a programme is published, unpublished, moved or deleted (see programs/goal_index.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField

from ..choices import KnownIndicator, MeasureStatus
from ..serializers import (
    GoalSummaryField,
    LanguageCodeField,
    ObservationsField,
    OrganisationSummaryField,
    ProgrammeSummaryField,
    UpdatesField,
)


class GoalItemRecord(models.Model):
    """What measures and indicators share: where in which live programme they stand."""

    programme = models.ForeignKey(
        "programs.ProgramPage", on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "programs.OrganisationPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    # The StreamField block ids: the same in every language version of the programme.
    goal_block_id = models.CharField(max_length=64)
    goal_title = models.CharField(max_length=255)
    block_id = models.CharField(max_length=64)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["programme_id", "sort_order"]

    @property
    def goal(self):
        return {"id": self.goal_block_id, "title": self.goal_title}


class MeasureRecord(GoalItemRecord):
    title = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    responsible = models.CharField(max_length=255, blank=True, db_index=True)
    target_groups = models.JSONField(default=list, blank=True)
    resources = models.TextField(blank=True)
    schedule = models.CharField(max_length=255, blank=True)
    due_date = models.DateField(null=True, blank=True)
    # The latest update's status and progress, so that filters and ordering run in SQL.
    status = models.CharField(max_length=16, choices=MeasureStatus.choices, db_index=True)
    progress = models.PositiveSmallIntegerField(default=0)
    # Every dated update, oldest first: {date, status, progress, note}.
    updates = models.JSONField(default=list, blank=True)

    def __str__(self):
        return self.title

    api_fields = [
        APIField("block_id"),
        APIField("title"),
        APIField("description"),
        APIField("responsible"),
        APIField("target_groups"),
        APIField("resources"),
        APIField("schedule"),
        APIField("due_date"),
        APIField("status"),
        APIField("progress"),
        APIField("updates", serializer=UpdatesField()),
        APIField("goal", serializer=GoalSummaryField(source="*")),
        APIField("programme", serializer=ProgrammeSummaryField()),
        APIField("organisation", serializer=OrganisationSummaryField()),
        APIField("locale", serializer=LanguageCodeField()),
    ]

    class Meta(GoalItemRecord.Meta):
        verbose_name = _("measure (index)")
        indexes = [
            models.Index(fields=["programme", "block_id"], name="measure_programme_block"),
            # The API's listing order: the first page is read in order, not sorted from all rows.
            models.Index(fields=["programme", "sort_order", "id"], name="measure_listing_order"),
            models.Index(fields=["locale", "status"], name="measure_locale_status"),
        ]


class MeasureTargetGroup(models.Model):
    """One row per target group of a measure, so that `target_group=` is an indexed lookup."""

    measure = models.ForeignKey(
        MeasureRecord, on_delete=models.CASCADE, related_name="target_group_rows"
    )
    key = models.CharField(max_length=32, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["measure", "key"], name="unique_measure_target_group")
        ]

    def __str__(self):
        return self.key


class IndicatorRecord(GoalItemRecord):
    name = models.CharField(max_length=255)
    known_indicator = models.CharField(
        max_length=16, choices=KnownIndicator.choices, blank=True, db_index=True
    )
    unit = models.CharField(max_length=64, blank=True)
    baseline = models.FloatField(null=True, blank=True)
    target = models.FloatField(null=True, blank=True)
    observations = models.JSONField(default=list, blank=True)

    def __str__(self):
        return self.name

    api_fields = [
        APIField("block_id"),
        APIField("name"),
        APIField("known_indicator"),
        APIField("unit"),
        APIField("baseline"),
        APIField("target"),
        APIField("observations", serializer=ObservationsField()),
        APIField("goal", serializer=GoalSummaryField(source="*")),
        APIField("programme", serializer=ProgrammeSummaryField()),
        APIField("organisation", serializer=OrganisationSummaryField()),
        APIField("locale", serializer=LanguageCodeField()),
    ]

    class Meta(GoalItemRecord.Meta):
        verbose_name = _("indicator (index)")
        indexes = [
            models.Index(fields=["programme", "block_id"], name="indicator_programme_block"),
            models.Index(fields=["programme", "sort_order", "id"], name="indicator_listing_order"),
        ]
