from django.utils.translation import gettext_lazy as _

from programs.exports import LICENSE_NAME, LICENSE_URL, dataset_links

from .pages import ContentPage


class OpenDataPage(ContentPage):
    """The human page of the open-data exports: the editors' text, then every dataset's links.

    A content page (lead, plain-language summary, body) whose template adds the download links
    from programs.exports, so that the list of datasets cannot fall out of step with the code.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/open_data_page.html"

    class Meta:
        verbose_name = _("open data page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["datasets"] = dataset_links(self.locale.language_code)
        context["license_name"] = LICENSE_NAME
        context["license_url"] = LICENSE_URL
        return context
