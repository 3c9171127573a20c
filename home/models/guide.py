from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from programs.models import ChecklistItem, MonitoringTool, ParticipationVoice
from programs.readability.panel import ReadabilityPanel
from programs.volto import plain_language_summary

from .pages import BasePage
from .workbook import WorkbookPage


class GuideIndexPage(BasePage):
    """THL's guide: why participation matters and the five steps."""

    # Five GuideStepPages and the workbook that goes with step 3.
    subpage_types = ["home.GuideStepPage", "home.WorkbookPage"]
    max_count_per_parent = 1
    template = "home/guide_index_page.html"

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = (
            GuideStepPage.objects.child_of(self).live().public().order_by("step_number")
        )
        context["workbook"] = WorkbookPage.objects.child_of(self).live().public().first()
        return context


class GuideStepPage(BasePage):
    """One of the five steps of THL's method."""

    step_number = models.PositiveSmallIntegerField(
        choices=[(n, str(n)) for n in range(1, 6)], verbose_name=_("step number")
    )
    who_takes_part = models.TextField(blank=True, verbose_name=_("who takes part"))
    produces = models.TextField(blank=True, verbose_name=_("what the step produces"))

    content_panels = Page.content_panels + [
        FieldPanel("step_number"),
        FieldPanel("intro"),
        FieldPanel("who_takes_part"),
        FieldPanel("produces"),
        FieldPanel("plain_language_summary"),
        FieldPanel("body"),
        ReadabilityPanel(fields=["plain_language_summary", "intro", "body"]),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("who_takes_part"),
        index.SearchField("produces"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("step_number"),
        APIField("who_takes_part"),
        APIField("produces"),
    ]

    parent_page_types = ["home.GuideIndexPage"]
    subpage_types = []
    template = "home/guide_step_page.html"

    class Meta:
        verbose_name = _("guide step")
        ordering = ["step_number"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = {
            page.step_number: page
            for page in GuideStepPage.objects.sibling_of(self)
            .live()
            .public()
            .filter(step_number__in=[self.step_number - 1, self.step_number + 1])
        }
        context["previous_step"] = siblings.get(self.step_number - 1)
        context["next_step"] = siblings.get(self.step_number + 1)
        context.update(self.step_knowledge())
        return context

    def volto_blocks(self, blocks):
        """The step as Volto blocks, in the order of its HTML page (the headless layer's hook)."""
        blocks.paragraph(_("Step %(number)s of 5") % {"number": self.step_number})
        blocks.paragraph(self.intro)
        plain_language_summary(blocks, self.plain_language_summary)
        for label, text in (
            (_("Who takes part"), self.who_takes_part),
            (_("What the step produces"), self.produces),
        ):
            if text:
                blocks.heading(label)
                blocks.paragraph(text)
        blocks.stream(self.body)
        knowledge = self.step_knowledge()
        workbook = knowledge.get("workbook")
        if workbook:
            blocks.heading(workbook.title)
            blocks.paragraph(workbook.intro)
            blocks.paragraph(
                [blocks.link(_("Open the needs-mapping workbook"), blocks.url(workbook))]
            )
        if knowledge.get("voices"):
            blocks.heading(_("Voices the group should hold"))
            blocks.list(
                [
                    [blocks.strong(voice.name), f": {voice.description}"]
                    for voice in knowledge["voices"]
                ]
            )
        if knowledge.get("checklist"):
            if self.step_number == 4:
                blocks.heading(_("What the programme records"))
            else:
                blocks.heading(_("What recording the programme adds"))
            blocks.list([item.text for item in knowledge["checklist"]])
        if knowledge.get("tools"):
            blocks.heading(_("Tools for monitoring and evaluation"))
            blocks.list(
                [
                    [blocks.link(tool.name, tool.url), f": {tool.description}"]
                    for tool in knowledge["tools"]
                ]
            )

    def step_knowledge(self):
        """The structured knowledge that belongs on this step, in the page's language."""
        locale = self.locale_id
        if self.step_number == 1:
            return {"voices": ParticipationVoice.objects.filter(locale=locale)}
        if self.step_number == 4:
            return {
                "checklist": ChecklistItem.objects.filter(locale=locale, step=4),
                "tools": MonitoringTool.objects.filter(locale=locale),
            }
        if self.step_number == 5:
            return {"checklist": ChecklistItem.objects.filter(locale=locale, step=5)}
        if self.step_number == 3:
            # Mapping the needs is what the workbook is for.
            return {"workbook": WorkbookPage.objects.sibling_of(self).live().public().first()}
        return {}
