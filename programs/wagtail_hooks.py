from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
