import datetime
import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import localize_input
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import status as programme_status
from ..annual_report.routes import AnnualReportRoutes
from ..blocks import (
    AnnualCommentaryBlock,
    GoalBlock,
    GroupMemberBlock,
    LinkBlock,
    NeedBlock,
    goal_date_error,
)
from ..local_input import SETTINGS_PANELS, date_input_format
from ..panels import ReviewPanel
from ..preview import HeadlessPreviewable
from ..readability.panel import ReadabilityPanel
from ..review import review_programme
from ..serializers import AnnualReportsField, OrganisationSummaryField, ReviewField
from ..volto import programme_blocks

# The dated lists of a goal: (list, its dated entries, the name of an item, the error).
DATED_ENTRIES = (
    (
        "indicators",
        "observations",
        "name",
        _(
            "The observation date %(date)s of indicator “%(name)s” is not plausible: use a date "
            "between 1990 and today."
        ),
    ),
    (
        "measures",
        "updates",
        "title",
        _(
            "The update date %(date)s of measure “%(name)s” is not plausible: use a date between "
            "1990 and today."
        ),
    ),
)


class ProgramPage(HeadlessPreviewable, AnnualReportRoutes, Page):
    """A participation programme as data: group, needs, goals with measures and indicators, monitoring."""

    # Kept equal to the parent page on every save, so that lists and filters need no tree queries.
    organisation = models.ForeignKey(
        "programs.OrganisationPage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="programmes",
        verbose_name=_("organisation"),
    )

    # Overview
    summary = models.TextField(blank=True, verbose_name=_("summary"))
    plain_language_summary = models.TextField(
        blank=True,
        verbose_name=_("plain-language summary"),
        help_text=_("Three to six short sentences in everyday words that any resident can follow."),
    )
    period_start = models.DateField(verbose_name=_("period starts"))
    period_end = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("period ends"),
        help_text=_("Leave empty if open-ended."),
    )
    adopted_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("adopted on"),
        help_text=_("Leave empty while the programme is a draft."),
    )
    adopted_by = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("adopted by"),
        help_text=_("For example the municipal council."),
    )
    source_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source document"),
    )

    # Group (steps 1 and 2)
    coordinator_name = models.CharField(max_length=255, blank=True, verbose_name=_("coordinator"))
    coordinator_role = models.CharField(
        max_length=255, blank=True, verbose_name=_("coordinator's role")
    )
    coordinator_contact = models.CharField(
        max_length=255, blank=True, verbose_name=_("coordinator's contact")
    )
    group = StreamField(
        [("members", GroupMemberBlock())], blank=True, verbose_name=_("participation group")
    )

    # Needs (step 3)
    needs = StreamField([("need", NeedBlock())], blank=True, verbose_name=_("needs"))

    # Goals (step 4)
    goals = StreamField([("goal", GoalBlock())], blank=True, verbose_name=_("goals"))
    residents_influence = models.TextField(
        blank=True,
        verbose_name=_("how residents influenced the programme"),
        help_text=_(
            "Which methods residents used, and whether survey findings show in the programme."
        ),
    )

    # Monitoring (steps 4 and 5)
    evaluation = models.TextField(blank=True, verbose_name=_("evaluation"))
    monitoring = models.TextField(blank=True, verbose_name=_("monitoring"))
    monitoring_data_open = models.BooleanField(
        default=False, verbose_name=_("monitoring data is open")
    )
    links = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name=_("welfare report and strategies")
    )
    communication = models.TextField(
        blank=True,
        verbose_name=_("communication"),
        help_text=_("How residents, decision-makers and staff hear of it."),
    )
    annual_commentary = StreamField(
        [("commentary", AnnualCommentaryBlock())],
        blank=True,
        verbose_name=_("commentary for the annual reports"),
        help_text=_("One entry per year; it opens that year's annual follow-up report."),
    )

    overview_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("plain_language_summary"),
        ReadabilityPanel(fields=["plain_language_summary", "summary"]),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("adopted_by")], heading=_("Adoption")),
        FieldPanel("source_document"),
        ReviewPanel(),
    ]
    group_panels = [
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_role"),
                FieldPanel("coordinator_contact"),
            ],
            heading=_("Participation coordinator"),
        ),
        FieldPanel("group"),
    ]
    needs_panels = [FieldPanel("needs")]
    goals_panels = [FieldPanel("goals"), FieldPanel("residents_influence")]
    monitoring_panels = [
        FieldPanel("evaluation"),
        FieldPanel("monitoring"),
        FieldPanel("monitoring_data_open"),
        FieldPanel("links"),
        FieldPanel("communication"),
        FieldPanel("annual_commentary"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(overview_panels, heading=_("Overview")),
            ObjectList(group_panels, heading=_("Group")),
            ObjectList(needs_panels, heading=_("Needs")),
            ObjectList(goals_panels, heading=_("Goals and measures")),
            ObjectList(monitoring_panels, heading=_("Monitoring")),
            ObjectList(Page.promote_panels + SETTINGS_PANELS, heading=_("Publishing")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("plain_language_summary"),
        index.SearchField("goals"),
        # The admin's page search matches autocomplete fields only: goals, measures, indicators.
        index.AutocompleteField("goals"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
    ]

    api_fields = [
        APIField("organisation", serializer=OrganisationSummaryField()),
        APIField("status"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("adopted_on"),
        APIField("adopted_by"),
        APIField("summary"),
        APIField("plain_language_summary"),
        APIField("coordinator"),
        APIField("group"),
        APIField("needs"),
        APIField("goals"),
        APIField("residents_influence"),
        APIField("evaluation"),
        APIField("monitoring"),
        APIField("monitoring_data_open"),
        APIField("links"),
        APIField("communication"),
        APIField("annual_commentary"),
        APIField("annual_reports", serializer=AnnualReportsField(source="*")),
        APIField("review", serializer=ReviewField(source="*")),
    ]

    parent_page_types = ["programs.OrganisationPage"]
    subpage_types = []
    template = "programs/program_page.html"

    class Meta:
        verbose_name = _("participation programme")

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end <= self.period_start:
            errors["period_end"] = _("The period must end after it starts.")
        if self.adopted_on and self.adopted_on > timezone.localdate() + datetime.timedelta(
            days=366
        ):
            errors["adopted_on"] = _("The adoption date is more than a year away. Check the year.")
        errors.update(self._block_errors())
        if "goals" not in errors:
            errors.update(self._observation_errors())
        if "annual_commentary" not in errors:
            errors.update(self._commentary_errors())
        if errors:
            raise ValidationError(errors)

    def _block_errors(self):
        """Run the blocks' own validation (progress 0-100, required texts) outside the admin form too."""
        errors = {}
        for name in ("group", "needs", "goals", "links", "annual_commentary"):
            stream = getattr(self, name)
            try:
                stream.stream_block.clean(stream)
            except ValidationError as error:
                errors[name] = error
        return errors

    def _observation_errors(self):
        """Observation and update dates must be plausible: not before 1990, not in the future (a
        future update would become "current" only later: record what has happened). The error
        is shown at the date in the editor (`goal_date_error`)."""
        today = timezone.localdate()
        for number, goal in enumerate(self.goals):
            for listed, dated, name, message in DATED_ENTRIES:
                for item, value in enumerate(goal.value[listed]):
                    for entry, dated_value in enumerate(value[dated]):
                        if not datetime.date(1990, 1, 1) <= dated_value["date"] <= today:
                            date = localize_input(dated_value["date"], date_input_format())
                            text = message % {"date": date, "name": value[name]}
                            error = goal_date_error(number, listed, item, dated, entry, text)
                            return {"goals": error}
        return {}

    def _commentary_errors(self):
        years = [block.value["year"] for block in self.annual_commentary]
        repeated = sorted({year for year in years if years.count(year) > 1})
        if repeated:
            return {
                "annual_commentary": _("Write one commentary per year; %(year)s has several.")
                % {"year": repeated[0]}
            }
        return {}

    @property
    def status(self):
        return programme_status.status_of(self.adopted_on, self.period_start, self.period_end)

    def get_status_display(self):
        return programme_status.ProgrammeStatus(self.status).label

    def save(self, *args, **kwargs):
        if self.path and self.depth > 1:
            self.organisation_id = self.get_parent().pk
        super().save(*args, **kwargs)

    @property
    def coordinator(self):
        return {
            "name": self.coordinator_name,
            "role": self.coordinator_role,
            "contact": self.coordinator_contact,
        }

    @cached_property
    def review(self):
        return review_programme(self)

    def volto_blocks(self, blocks):
        """The programme as Volto blocks in its page JSON (the headless layer's hook)."""
        programme_blocks(self, blocks)

    def get_context(self, request, *args, **kwargs):
        # Evaluated only when the template renders them: a body shared from the fragment cache
        # (program_page.html) then costs no query and no review.
        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = when_rendered(lambda: self.organisation)
        context["review"] = when_rendered(lambda: self.review)
        context["annual_reports"] = when_rendered(lambda: self.annual_report_links(request))
        context["other_programmes"] = when_rendered(self._other_programmes)
        return context

    def _other_programmes(self):
        if not self.organisation_id:
            return []
        return list(
            ProgramPage.objects.child_of(self.organisation).live().public().exclude(pk=self.pk)
        )


def when_rendered(compute):
    """A context value the template computes on first use and then reuses (templates call
    callables), so `{% if x %}…{% for y in x %}` computes it once."""
    return functools.cache(compute)
