from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from programs.choices import OrganisationType, Region
from programs.local_input import SETTINGS_PANELS
from programs.preview import HeadlessPreviewable
from programs.readability.panel import ReadabilityPanel

from . import views
from .choices import STEP_LABELS, PopulationClass, Theme
from .volto import example_blocks


class ExampleTheme(models.Model):
    """A theme tag; its label is translated in code, so the same row serves every language."""

    key = models.CharField(max_length=40, choices=Theme.choices, unique=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("theme")

    def __str__(self):
        return str(Theme(self.key).label)


class ExampleIndexPage(HeadlessPreviewable, RoutablePageMixin, Page):
    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    plain_language_summary = models.TextField(blank=True, verbose_name=_("plain-language summary"))

    settings_panels = SETTINGS_PANELS
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("plain_language_summary"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("plain_language_summary")]

    subpage_types = ["examples_library.ExampleProgramPage"]
    max_count_per_parent = 1
    template = "examples_library/example_index_page.html"

    class Meta:
        verbose_name = _("examples index")

    @path("")
    def index_view(self, request):
        return views.example_index(self, request)

    @path("compare/")
    def compare_view(self, request):
        return views.compare(self, request)


class ExampleProgramPage(HeadlessPreviewable, Page):
    """A real programme described in our own words, with its facts and a link to the original."""

    organisation_name = models.CharField(max_length=255, verbose_name=_("organisation"))
    organisation_type = models.CharField(
        max_length=32, choices=OrganisationType.choices, verbose_name=_("type of organisation")
    )
    region = models.CharField(
        max_length=32, choices=Region.choices, blank=True, verbose_name=_("region")
    )
    population_class = models.CharField(
        max_length=16, choices=PopulationClass.choices, blank=True, verbose_name=_("population")
    )
    period_start = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("first year")
    )
    period_end = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("last year"),
        help_text=_("Leave empty if open-ended."),
    )
    adopted_on = models.DateField(null=True, blank=True, verbose_name=_("adopted on"))
    adopted_by = models.CharField(max_length=255, blank=True, verbose_name=_("adopted by"))
    source_url = models.URLField(
        verbose_name=_("source"), help_text=_("The publisher's own page or document (https).")
    )
    publisher = models.CharField(max_length=255, verbose_name=_("publisher"))
    summary = models.TextField(verbose_name=_("summary"))
    plain_language_summary = models.TextField(blank=True, verbose_name=_("plain-language summary"))
    approach = models.TextField(blank=True, verbose_name=_("approach"))
    themes = ParentalManyToManyField(ExampleTheme, blank=True, verbose_name=_("themes"))
    step1_note = models.TextField(blank=True, verbose_name=_("step 1: what to learn here"))
    step2_note = models.TextField(blank=True, verbose_name=_("step 2: what to learn here"))
    step3_note = models.TextField(blank=True, verbose_name=_("step 3: what to learn here"))
    step4_note = models.TextField(blank=True, verbose_name=_("step 4: what to learn here"))
    step5_note = models.TextField(blank=True, verbose_name=_("step 5: what to learn here"))
    programme = models.ForeignKey(
        "programs.ProgramPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("structured programme"),
    )

    override_translatable_fields = [SynchronizedField("themes")]

    settings_panels = SETTINGS_PANELS
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("region")]),
                FieldPanel("population_class"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("adopted_by")]),
                FieldRowPanel([FieldPanel("source_url"), FieldPanel("publisher")]),
            ],
            heading=_("Facts and source"),
        ),
        FieldPanel("summary"),
        FieldPanel("plain_language_summary"),
        FieldPanel("approach"),
        ReadabilityPanel(fields=["plain_language_summary", "summary", "approach"]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel(f"step{number}_note") for number in STEP_LABELS],
            heading=_("What each step can learn from it"),
        ),
        FieldPanel("programme"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("organisation_name"),
        index.SearchField("summary"),
        index.SearchField("plain_language_summary"),
        index.SearchField("approach"),
        index.FilterField("organisation_type"),
        index.FilterField("region"),
    ]
    api_fields = [
        APIField("organisation_name"),
        APIField("organisation_type"),
        APIField("region"),
        APIField("population_class"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("adopted_on"),
        APIField("adopted_by"),
        APIField("source_url"),
        APIField("publisher"),
        APIField("summary"),
        APIField("plain_language_summary"),
        APIField("approach"),
        APIField("theme_keys"),
        APIField("steps"),
    ]

    parent_page_types = ["examples_library.ExampleIndexPage"]
    subpage_types = []
    template = "examples_library/example_program_page.html"

    class Meta:
        verbose_name = _("example programme")

    def clean(self):
        super().clean()
        errors = {}
        if self.source_url and not self.source_url.startswith("https://"):
            errors["source_url"] = _("Use a secure https:// address.")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The last year cannot be before the first year.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def theme_keys(self):
        return sorted(theme.key for theme in self.themes.all())

    @property
    def steps(self):
        """The guide steps this example illustrates, each with what to learn there."""
        return [
            {"step": number, "title": str(label), "note": getattr(self, f"step{number}_note")}
            for number, label in STEP_LABELS.items()
            if getattr(self, f"step{number}_note")
        ]

    def volto_blocks(self, blocks):
        """The example as Volto blocks in its page JSON (the headless layer's hook)."""
        example_blocks(self, blocks)

    def get_step_notes(self):
        return [
            {"step": number, "title": label, "note": getattr(self, f"step{number}_note")}
            for number, label in STEP_LABELS.items()
        ]
