from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .access import may_explore, pages_visible_in_admin
from .models import ChecklistItem, MonitoringTool, ParticipationDomain, ParticipationVoice


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


@hooks.register("headless_description_fields")
def programme_description_fields():
    """What describes a programme or an organisation in the Plone-style JSON (`description`)."""
    return ("summary", "intro", "plain_language_summary", "description")
