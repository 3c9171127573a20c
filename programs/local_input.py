"""Dates and numbers typed the way the admin's language writes them, never silently changed.

In the Finnish and Swedish admin a date is `d.m.yyyy`, a date and time `d.m.yyyy h.mm` (a colon
is read too) and a number may have a decimal comma (`32,5`); the English admin keeps
`yyyy-mm-dd hh:mm` and a decimal point. The formats are those of the
active language (Django's format modules), read when a form is shown and when it is posted, not
when the widget is built, so one block definition serves every admin language.

Wagtail's date picker replaces text it cannot read with today's date when the field loses focus;
that is switched off here, so the server reads what was typed and anything unreadable gets an
error at its field.
"""

from django import forms
from django.utils.formats import get_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models.panels import CommentPanelPlaceholder

# What the empty field shows, for the formats the admin's languages use.
DATE_FORMAT_HINTS = {"%d.%m.%Y": _("dd.mm.yyyy"), "%Y-%m-%d": _("yyyy-mm-dd")}
DATETIME_FORMAT_HINTS = {
    "%d.%m.%Y %H.%M": _("dd.mm.yyyy hh.mm"),
    "%Y-%m-%d %H:%M": _("yyyy-mm-dd hh:mm"),
}


def date_input_format():
    """The format dates are shown in, in the active language (the first one it reads)."""
    return get_format("DATE_INPUT_FORMATS")[0]


class LocalizedDateInput(AdminDateInput):
    """Wagtail's date picker in the active language's format, leaving unreadable text as typed."""

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs)
        self.format = None  # DateInput then formats with the active language's first input format.

    def get_config(self):
        return {
            **super().get_config(),
            "format": to_datetimepicker_format(date_input_format()),
            "validateOnBlur": False,
        }

    def get_context(self, name, value, attrs):
        hint = DATE_FORMAT_HINTS.get(date_input_format())
        if hint:
            attrs = {"placeholder": str(hint), **(attrs or {})}
        return super().get_context(name, value, attrs)


def datetime_input_format():
    """The format dates with a time are shown in, in the active language (the first it reads)."""
    return get_format("DATETIME_INPUT_FORMATS")[0]


class LocalizedDateTimeInput(AdminDateTimeInput):
    """Wagtail's date and time picker in the active language's format, leaving unreadable text
    as typed."""

    def __init__(self, attrs=None, js_overlay_parent_selector="body"):
        super().__init__(attrs=attrs, js_overlay_parent_selector=js_overlay_parent_selector)
        self.format = None  # DateTimeInput then formats with the active language's first format.

    def get_config(self):
        date_and_time = datetime_input_format()
        time = date_and_time.split(" ", 1)[-1]
        return {
            **super().get_config(),
            "format": to_datetimepicker_format(date_and_time),
            "formatTime": to_datetimepicker_format(time),
            "validateOnBlur": False,
        }

    def get_context(self, name, value, attrs):
        hint = DATETIME_FORMAT_HINTS.get(datetime_input_format())
        if hint:
            attrs = {"placeholder": str(hint), **(attrs or {})}
        return super().get_context(name, value, attrs)


class LocalizedPublishingPanel(PublishingPanel):
    """Wagtail's scheduled publishing ("go live" and "expiry" date and time) with
    `LocalizedDateTimeInput`, keeping the attributes that tie each field to its dialog."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.children = [
            FieldPanel(
                child.field_name,
                widget=LocalizedDateTimeInput(
                    attrs=child.widget.attrs,
                    js_overlay_parent_selector=child.widget.js_overlay_parent_selector,
                ),
            )
            for child in self.children
        ]


# A page type's `settings_panels`: Wagtail's own, with scheduled publishing in the admin's language.
SETTINGS_PANELS = [LocalizedPublishingPanel(), CommentPanelPlaceholder()]


class LocalizedDateBlock(blocks.DateBlock):
    @cached_property
    def field(self):
        # Without input_formats, DateField reads the active language's formats at each post.
        return forms.DateField(widget=LocalizedDateInput(), **self.field_options)


class LocalizedFloatField(forms.FloatField):
    """A number field that reads the active language's decimal separator: `32,5` in Finnish."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(localize=True, **kwargs)


class LocalizedFloatBlock(blocks.FloatBlock):
    def __init__(
        self,
        required=True,
        help_text=None,
        max_value=None,
        min_value=None,
        validators=(),
        **kwargs,
    ):
        super().__init__(required, help_text, max_value, min_value, validators, **kwargs)
        self.field = LocalizedFloatField(
            required=required,
            help_text=help_text,
            max_value=max_value,
            min_value=min_value,
            validators=validators,
        )
