from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .figure_notices import stale_translations_for
from .permissions import user_can_see_report
from .views import TranslationStatusView


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="globe",
        order=900,
    )


class StaleFiguresPanel(Component):
    """The dashboard's notice: translations whose figures are older than the Finnish page's."""

    name = "stale-figures"
    # First: a to-do that appears only when figures need syncing, above the organisation's
    # overview (60) and Wagtail's own panels (100 and up).
    order = 40
    template_name = "translation_status/stale_figures_panel.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context=None):
        return {"rows": self.rows}


@hooks.register("construct_homepage_panels")
def add_stale_figures_panel(request, panels):
    rows = stale_translations_for(request.user)
    if rows:
        panels.append(StaleFiguresPanel(rows))
