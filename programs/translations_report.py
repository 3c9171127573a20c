"""wagtail-localize's "Translations" report, limited to what the user may translate.

wagtail-localize lists every translation of the site, with its source's title, to anyone who may
open the admin. An organisation's editors see only the translations of the pages they may edit
(`may_translate`) and of the snippet types they may edit; superusers see them all. The report
keeps wagtail-localize's address, menu item and filters: this view is registered for the same
addresses ahead of wagtail-localize's (see programs/wagtail_hooks.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path
from wagtail.models import Page, get_translatable_models
from wagtail.permissions import page_permission_policy
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.views.report import TranslationsReportView


def translations_visible_to(user, translations):
    if user.is_superuser:
        return translations
    editable_pages = page_permission_policy.instances_user_has_permission_for(user, "change")
    editable_snippet_types = [
        ContentType.objects.get_for_model(model)
        for model in get_translatable_models()
        if not issubclass(model, Page) and user_can_edit_snippet_type(user, model)
    ]
    return translations.filter(
        Q(source__object_id__in=editable_pages.values("translation_key"))
        | Q(source__specific_content_type__in=editable_snippet_types)
    )


class OwnTranslationsReportView(TranslationsReportView):
    def get_queryset(self):
        return translations_visible_to(self.request.user, super().get_queryset())


def translations_report_urls():
    """wagtail-localize's report addresses (under the admin's `localize/`), served by ours."""
    return [
        path("localize/reports/translations/", OwnTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            OwnTranslationsReportView.as_view(results_only=True),
        ),
    ]
