from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize import wagtail_hooks as localize_hooks

from .access import may_explore, pages_visible_in_admin
from .dashboard import OrganisationDashboardPanel, organisations_of
from .explorer_start import start_at_the_organisation
from .models import (
    ChecklistItem,
    MonitoringTool,
    ParticipationDomain,
    ParticipationVoice,
    ProgramPage,
)
from .sheets import views as sheet_views
from .sheets.views import ConfirmView, SheetView
from .translation_access import may_translate
from .translation_review import SUBMIT_ACTION, submit_for_review, translation_targeting
from .translations_report import translations_report_urls


class DomainViewSet(SnippetViewSet):
    model = ParticipationDomain
    icon = "help"
    list_display = ["name", "key"]
    list_filter = ["locale"]


class VoiceViewSet(SnippetViewSet):
    model = ParticipationVoice
    icon = "group"
    list_display = ["name", "key"]
    list_filter = ["locale"]


class ChecklistViewSet(SnippetViewSet):
    model = ChecklistItem
    icon = "list-ul"
    list_display = ["text", "step"]
    list_filter = ["locale", "step"]


class MonitoringToolViewSet(SnippetViewSet):
    model = MonitoringTool
    icon = "view"
    list_display = ["name", "url"]
    list_filter = ["locale"]


class GuideKnowledgeGroup(SnippetViewSetGroup):
    menu_label = _("Guide knowledge")
    menu_icon = "doc-full"
    menu_name = "guide-knowledge"
    items = (DomainViewSet, VoiceViewSet, ChecklistViewSet, MonitoringToolViewSet)


register_snippet(GuideKnowledgeGroup)


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_the_editor_may_explore(pages, request):
    """An organisation's editors browse and search only their own pages in the page chooser.

    The path down to their organisation stays visible so that browsing from the root works. The
    chooser shows the page it browses from whatever this hook returns, so browsing from another
    organisation's page (a hand-written URL) is refused outright."""
    browsed_from = request.resolver_match.kwargs.get("parent_page_id")
    if browsed_from and not may_explore(browsed_from, request.user):
        raise Http404
    return pages_visible_in_admin(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explore_only_pages_the_editor_may_explore(parent_page, pages, request):
    """Wagtail lists only explorable children, but would still show another organisation's page
    (even a draft's title) as the page being explored when its URL is typed in."""
    if not may_explore(parent_page.pk, request.user):
        raise Http404
    return pages


@hooks.register("insert_editor_js")
def programme_editor_js():
    """Named add buttons, and error counts on the tab of a block with an error."""
    return format_html(
        '<script src="{}"></script><script src="{}"></script>',
        static("programs/js/add_labels.js"),
        static("programs/js/tab_error_counts.js"),
    )


@hooks.register("insert_global_admin_js")
def close_date_pickers_left_behind():
    """A date picker that opened after its field lost focus must not cover the next control."""
    return format_html('<script src="{}"></script>', static("programs/js/date_pickers.js"))


# Wagtail 7 has no editor-only CSS hook; the rules only touch buttons add_labels.js has marked.
@hooks.register("insert_global_admin_css")
def label_add_buttons_css():
    return format_html('<link rel="stylesheet" href="{}">', static("programs/css/add_labels.css"))


@hooks.register("construct_homepage_panels")
def show_the_editors_organisation(request, panels):
    organisations = organisations_of(request.user)
    if organisations:
        panels.append(OrganisationDashboardPanel(organisations))


@hooks.register("construct_homepage_summary_items")
def count_only_the_editors_organisation(request, items):
    """The site summary's page count is the whole site's; an organisation's panel replaces it."""
    if organisations_of(request.user):
        items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]


# Ahead of wagtail-localize's own URLs (order 0), so that these addresses are served by ours.
hooks.register("register_admin_urls", translations_report_urls, order=-1)


@hooks.register("register_admin_urls")
def register_programme_sheet_urls():
    return [
        path("programmes/<int:page_id>/spreadsheet/", SheetView.as_view(), name="programme_sheets"),
        path(
            "programmes/<int:page_id>/spreadsheet/download/",
            sheet_views.download,
            name="programme_sheet_download",
        ),
        path(
            "programmes/<int:page_id>/spreadsheet/confirm/",
            ConfirmView.as_view(),
            name="programme_sheet_confirm",
        ),
    ]


class ProgrammeSheetMenuItem(PageMenuItem):
    def is_shown(self, user):
        return (
            issubclass(self.page.specific_class or type(None), ProgramPage)
            and self.page.permissions_for_user(user).can_edit()
        )


def programme_sheet_items(page):
    sheets = reverse("programme_sheets", args=[page.pk])
    yield ProgrammeSheetMenuItem(
        _("Download as a spreadsheet"),
        url=f"{reverse('programme_sheet_download', args=[page.pk])}?format=xlsx",
        icon_name="download",
        priority=66,
        page=page,
    )
    yield ProgrammeSheetMenuItem(
        _("Import from a spreadsheet"), url=sheets, icon_name="upload", priority=67, page=page
    )


@hooks.register("register_page_header_buttons")
def programme_sheet_header_buttons(page, user, view_name, next_url=None):
    yield from programme_sheet_items(page)


@hooks.register("register_page_listing_more_buttons")
def programme_sheet_listing_buttons(page, user, next_url=None):
    yield from programme_sheet_items(page)


@hooks.register("before_edit_page", order=-1)
def submit_a_translation_for_review(request, page):
    """An editor's "Submit for review" in the translation editor (before wagtail-localize's view)."""
    if request.method != "POST" or request.POST.get("action") != SUBMIT_ACTION:
        return None
    translation = translation_targeting(page)
    if translation is None:
        return None
    return submit_for_review(request, translation, page.specific)


def translation_buttons_where_the_user_may_translate(page, user, **kwargs):
    if may_translate(user, page):
        yield from localize_hooks.page_listing_more_buttons(page, user, **kwargs)


def offer_translation_only_where_the_user_may_translate():
    """wagtail-localize offers "Translate this page" and "Sync translated pages" to anyone with its
    global permission, so an organisation's editors would see them on the pages above their own
    organisation too. Wagtail has no hook that filters a page header's buttons, so wagtail-localize's
    button hook is swapped, in the listing and the header alike, for one that asks `may_translate`."""
    for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        registered = hooks._hooks.get(hook_name, [])
        registered[:] = [
            (
                translation_buttons_where_the_user_may_translate
                if fn is localize_hooks.page_listing_more_buttons
                else fn,
                order,
            )
            for fn, order in registered
        ]


offer_translation_only_where_the_user_may_translate()
hooks.register("construct_main_menu", start_at_the_organisation)


@hooks.register("headless_description_fields")
def programme_description_fields():
    """What describes a programme or an organisation in the Plone-style JSON (`description`)."""
    return ("summary", "intro", "plain_language_summary", "description")
