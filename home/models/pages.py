from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from programs.local_input import SETTINGS_PANELS
from programs.preview import HeadlessPreviewable
from programs.readability.panel import ReadabilityPanel
from programs.volto import plain_language_summary

from ..blocks import BodyBlock


class BasePage(HeadlessPreviewable, Page):
    """Fields every readable page of ours has: a lead, a plain-language summary and a body."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    plain_language_summary = models.TextField(
        blank=True,
        verbose_name=_("plain-language summary"),
        help_text=_("Three to six short sentences in everyday words that any resident can follow."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    settings_panels = SETTINGS_PANELS
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("plain_language_summary"),
        FieldPanel("body"),
        ReadabilityPanel(fields=["plain_language_summary", "intro", "body"]),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("plain_language_summary"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("plain_language_summary"), APIField("body")]

    class Meta:
        abstract = True

    def volto_blocks(self, blocks):
        """Lead, plain-language summary and body as Volto blocks (the headless layer's hook)."""
        blocks.paragraph(self.intro)
        plain_language_summary(blocks, self.plain_language_summary)
        blocks.stream(self.body)


class HomePage(BasePage):
    """The front page of one language."""

    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A plain page, such as the accessibility statement or the open-data page."""

    show_in_footer = models.BooleanField(default=False, verbose_name=_("show in footer"))

    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]

    template = "home/content_page.html"

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        from .feedback import FeedbackFormPage

        context = super().get_context(request, *args, **kwargs)
        # The accessibility statement must lead to its feedback channel.
        context["feedback_forms"] = FeedbackFormPage.objects.child_of(self).live().public()
        return context
