"""The admin report: every translatable page and snippet with its state per language."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .permissions import user_can_see_report
from .states import STATES, translation_rows


class ReportFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("Any state")), *STATES]
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, names.get(code, code)) for code in languages
        ]


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation_status/report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows, languages = translation_rows(self.request.user)
        form = ReportFilterForm(self.request.GET or None, languages=languages)
        state = language = ""
        if form.is_valid():
            state, language = form.cleaned_data["state"], form.cleaned_data["language"]
        shown_languages = [language] if language else languages
        if state:
            rows = [
                row
                for row in rows
                if any(row.state_in(code).state == state for code in shown_languages)
            ]
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        context.update(
            form=form,
            rows=[
                {"row": row, "states": [row.state_in(code) for code in shown_languages]}
                for row in rows
            ],
            languages=[{"code": code, "name": names.get(code, code)} for code in shown_languages],
        )
        return context
