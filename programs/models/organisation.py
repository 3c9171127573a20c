from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..choices import OrganisationType, Region
from ..local_input import SETTINGS_PANELS
from ..preview import HeadlessPreviewable


class ProgramIndexPage(HeadlessPreviewable, Page):
    """Lists the organisations that publish their participation programme here."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    plain_language_summary = models.TextField(blank=True, verbose_name=_("plain-language summary"))

    settings_panels = SETTINGS_PANELS
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("plain_language_summary"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("plain_language_summary")]

    subpage_types = ["programs.OrganisationPage"]
    max_count_per_parent = 1
    template = "programs/program_index_page.html"

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self).live().public().order_by("title")
        )
        return context


class OrganisationPage(HeadlessPreviewable, Page):
    """A municipality, wellbeing services county or other organisation: its editors' own subtree."""

    organisation_type = models.CharField(
        max_length=32, choices=OrganisationType.choices, verbose_name=_("type of organisation")
    )
    official_code = models.CharField(
        max_length=8,
        blank=True,
        verbose_name=_("official code"),
        help_text=_("Statistics Finland's municipality or region code, e.g. 564 for Oulu."),
    )
    region = models.CharField(
        max_length=32, choices=Region.choices, blank=True, verbose_name=_("region")
    )
    website = models.URLField(blank=True, verbose_name=_("website"))
    contact = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("contact"),
        help_text=_("A shared address, not a person's own."),
    )
    description = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("description")
    )

    settings_panels = SETTINGS_PANELS
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisation_type"),
                FieldPanel("official_code"),
                FieldPanel("region"),
                FieldPanel("website"),
                FieldPanel("contact"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]
    api_fields = [
        APIField("organisation_type"),
        APIField("official_code"),
        APIField("region"),
        APIField("website"),
        APIField("contact"),
        APIField("description"),
    ]

    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types = ["programs.ProgramPage"]
    template = "programs/organisation_page.html"

    class Meta:
        verbose_name = _("organisation")

    def get_context(self, request, *args, **kwargs):
        from .programme import ProgramPage

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            ProgramPage.objects.child_of(self).live().public().order_by("-period_start")
        )
        return context
