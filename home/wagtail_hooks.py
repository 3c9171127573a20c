from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AccessibilitySupervisor


class AccessibilitySupervisorViewSet(SnippetViewSet):
    model = AccessibilitySupervisor
    icon = "warning"
    list_display = ["name", "email", "phone"]
    list_filter = ["locale"]


register_snippet(AccessibilitySupervisorViewSet)
