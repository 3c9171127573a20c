from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from programs.local_input import SETTINGS_PANELS

from ..feedback.protection import ProtectedFormBuilder


class FeedbackFormField(TranslatableMixin, AbstractFormField):
    """One question of the feedback form; its label and help text are translated with the page."""

    page = ParentalKey(
        "home.FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    # The same field names in every language keep the submissions of all languages comparable.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("choices"),
        SynchronizedField("default_value"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("feedback form field")


class FeedbackFormPage(AbstractForm):
    """The feedback channel the accessibility statement promises; the admin keeps each submission."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    thank_you_text = models.TextField(
        verbose_name=_("thank-you text"),
        help_text=_("Shown after sending; say when and how the sender will hear from us."),
    )
    show_in_footer = models.BooleanField(default=True, verbose_name=_("show in footer"))

    form_builder = ProtectedFormBuilder

    content_panels = AbstractForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]
    settings_panels = SETTINGS_PANELS
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []
    template = "home/feedback_form_page.html"
    landing_page_template = "home/feedback_form_page_landing.html"

    class Meta:
        verbose_name = _("feedback form page")

    def serve(self, request, *args, **kwargs):
        # Every form carries its own CSRF token and signed start time: never share it from a cache.
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def process_form_submission(self, form):
        if form.is_spam:
            return None
        return self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
