from django.utils.translation import gettext_lazy as _

from ..workbook.views import serve_workbook
from .pages import BasePage


class WorkbookPage(BasePage):
    """The needs-mapping workbook: a group answers the guiding questions and sees where to act.

    The answers are never stored on the server; the page only reads them from the request.
    """

    parent_page_types = ["home.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/workbook_page.html"

    class Meta:
        verbose_name = _("needs-mapping workbook")

    def serve(self, request, *args, **kwargs):
        return serve_workbook(self, request)
