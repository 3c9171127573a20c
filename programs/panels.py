from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ReviewPanel(Panel):
    """Shows the completeness review of the programme being edited (as last saved)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Completeness review"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "programs/panels/review_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["criteria"] = (
                instance.review if instance.pk or instance.goals is not None else []
            )
            return context
