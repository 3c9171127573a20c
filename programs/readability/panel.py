"""An editor panel that shows the readability of the page's text for the page's language."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.fields import StreamValue
from wagtail.rich_text import RichText

from . import assess


def text_pieces(value):
    """The plain-text pieces of a field value: a text, a rich text or a StreamField."""
    if not value:
        return []
    if isinstance(value, StreamValue):
        return [
            strip_tags(piece)
            for piece in value.stream_block.get_searchable_content(value)
            if isinstance(piece, str)
        ]
    if isinstance(value, RichText):
        return [strip_tags(value.source)]
    return [strip_tags(str(value))]


def page_pieces(instance, field_names):
    return [piece for name in field_names for piece in text_pieces(getattr(instance, name, None))]


class ReadabilityPanel(Panel):
    """Readability of the given fields (as last saved), with the measure of the page's language."""

    def __init__(self, fields=("plain_language_summary", "body"), **kwargs):
        kwargs.setdefault("heading", _("Readability"))
        self.fields = list(fields)
        super().__init__(**kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["fields"] = self.fields
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "programs/panels/readability_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            locale = getattr(instance, "locale", None)
            language = locale.language_code if locale is not None and locale.pk else ""
            context["assessment"] = assess(page_pieces(instance, self.panel.fields), language)
            return context
