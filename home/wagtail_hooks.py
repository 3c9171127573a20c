from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AccessibilitySupervisor


class AccessibilitySupervisorViewSet(SnippetViewSet):
    model = AccessibilitySupervisor
    icon = "warning"
    list_display = ["name", "email", "phone"]
    list_filter = ["locale"]


register_snippet(AccessibilitySupervisorViewSet)


@hooks.register("headless_description_fields")
def guide_description_fields():
    """What describes a guide or home page in the Plone-style JSON (`description`)."""
    return ("intro", "plain_language_summary")
