"""A honeypot field and a signed start time keep bots out without asking people to solve puzzles.

The honeypot is hidden from everyone (the `hidden` attribute removes it from the page and from the
accessibility tree), so only a bot that fills every input fills it. The signed start time lets us
reject forms sent faster than a person can write, and forms whose token was forged or is too old.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
PROTECTION_FIELDS = (HONEYPOT_FIELD, STARTED_FIELD)
TOKEN_SALT = "osallisuus.feedback.started"  # noqa: S105 - a signing namespace, not a secret
# Autocomplete purposes for the fields whose purpose WCAG 1.3.5 asks us to identify.
AUTOCOMPLETE = {"name": "name", "email": "email"}


def min_fill_seconds():
    return getattr(settings, "OSALLISUUS_FEEDBACK_MIN_SECONDS", 3)


def max_age_seconds():
    return getattr(settings, "OSALLISUUS_FEEDBACK_MAX_AGE_SECONDS", 24 * 60 * 60)


def issue_token(now=None):
    """A signed record of when the form was shown."""
    return signing.dumps({"t": int(time.time() if now is None else now)}, salt=TOKEN_SALT)


def seconds_since(token, now=None):
    """Seconds since `token` was issued; None if it is missing, forged or malformed."""
    try:
        issued = signing.loads(token or "", salt=TOKEN_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    return (time.time() if now is None else now) - issued


class ProtectedForm(BaseForm):
    """The form an editor builds in the admin, plus the honeypot and the start time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_spam = False
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False, label=_("Leave this field empty"), max_length=200
        )
        self.fields[STARTED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput)
        for name, field in self.fields.items():
            if name in AUTOCOMPLETE:
                field.widget.attrs["autocomplete"] = AUTOCOMPLETE[name]
        self._describe_fields()

    def fresh_token(self):
        return issue_token()

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name not in PROTECTION_FIELDS]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT_FIELD):
            # Accept quietly and store nothing, so that the bot learns nothing.
            self.is_spam = True
            return cleaned_data
        elapsed = seconds_since(self.data.get(STARTED_FIELD))
        if elapsed is None or elapsed > max_age_seconds():
            raise forms.ValidationError(
                _("The form had expired. Please check your answers and send the form again."),
                code="expired",
            )
        if elapsed < min_fill_seconds():
            raise forms.ValidationError(
                _("The form was sent very quickly. Please check your answers and send it again."),
                code="too_fast",
            )
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """Tie each field to its help text and error, so that screen readers read them together."""
        errors = self._errors or {}
        for bound_field in self.visible_fields():
            widget = bound_field.field.widget
            described_by = []
            if errors.get(bound_field.name):
                widget.attrs["aria-invalid"] = "true"
                described_by.append(f"{bound_field.auto_id}-error")
            if bound_field.help_text:
                described_by.append(f"{bound_field.auto_id}-help")
            if described_by:
                widget.attrs["aria-describedby"] = " ".join(described_by)

    def submission_data(self):
        """What the admin keeps: the editor's fields only."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in PROTECTION_FIELDS
        }


class ProtectedFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("FeedbackForm", (ProtectedForm,), self.formfields)
