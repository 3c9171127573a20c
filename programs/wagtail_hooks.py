from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .access import may_explore, pages_visible_in_admin
from .models import ChecklistItem, MonitoringTool, ParticipationDomain, ParticipationVoice
from .translation_access import may_translate
from .translation_review import SUBMIT_ACTION, submit_for_review, translation_targeting


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


@hooks.register("before_edit_page", order=-1)
def submit_a_translation_for_review(request, page):
    """An editor's "Submit for review" in the translation editor (before wagtail-localize's view)."""
    if request.method != "POST" or request.POST.get("action") != SUBMIT_ACTION:
        return None
    translation = translation_targeting(page)
    if translation is None:
        return None
    return submit_for_review(request, translation, page.specific)


@hooks.register("construct_page_listing_buttons")
def offer_translation_only_where_the_user_may_translate(buttons, page, user, context=None):
    """wagtail-localize offers "Translate this page" and "Sync translated pages" to anyone with its
    global permission; an organisation's editors see them only on their own pages."""
    if may_translate(user, page):
        return
    prefix = reverse("wagtailadmin_home") + "localize/"
    for button in buttons:
        dropdown = getattr(button, "dropdown_buttons", None)
        if dropdown:
            dropdown[:] = [b for b in dropdown if not b.url.startswith(prefix)]


@hooks.register("headless_description_fields")
def programme_description_fields():
    """What describes a programme or an organisation in the Plone-style JSON (`description`)."""
    return ("summary", "intro", "plain_language_summary", "description")
