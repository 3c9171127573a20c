"""The report's addresses below the programme page, with the address word in the page's language:
`.../vuosiraportti/2026/` (fi), `.../arsrapport/2026/` (sv), `.../annual-report/2026/` (en), and
the files at `.../2026/pdf/` and `.../2026/docx/` (Wagtail's page URLs allow no dots).
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Locale

SEGMENTS = {"fi": "vuosiraportti", "sv": "arsrapport", "en": "annual-report"}
_SEGMENT = "(?P<segment>" + "|".join(SEGMENTS.values()) + ")"
FORMATS = ("pdf", "docx")


class AnnualReportRoutes(RoutablePageMixin):
    @re_path(rf"^{_SEGMENT}/(?P<year>[0-9]{{4}})/$", name="annual_report")
    def annual_report(self, request, segment, year):
        from .views import serve_report

        return serve_report(self, request, segment, int(year), "html")

    @re_path(
        rf"^{_SEGMENT}/(?P<year>[0-9]{{4}})/(?P<extension>{'|'.join(FORMATS)})/$",
        name="annual_report_file",
    )
    def annual_report_file(self, request, segment, year, extension):
        from .views import serve_report

        return serve_report(self, request, segment, int(year), extension)

    def report_segment(self, request=None):
        return SEGMENTS.get(_language_code(self, request), SEGMENTS["en"])

    def annual_report_path(self, year, extension="html", request=None):
        """The report's path below the page, e.g. `vuosiraportti/2026/` or `vuosiraportti/2026/pdf/`."""
        segment = self.report_segment(request)
        if extension == "html":
            return f"{segment}/{year}/"
        return f"{segment}/{year}/{extension}/"

    def annual_report_links(self, request=None):
        """Every year's report: its year and the addresses of its HTML, PDF and DOCX."""
        from .data import report_years

        base = self.get_url(request) or ""
        return [
            {
                "year": year,
                "url": base + self.annual_report_path(year),
                **{
                    extension: base + self.annual_report_path(year, extension)
                    for extension in FORMATS
                },
            }
            for year in report_years(self)
        ]

    def get_sitemap_urls(self, request=None):
        from .data import report_years

        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        page = urls[0]
        return urls + [
            {
                "location": page["location"] + self.annual_report_path(year, request=request),
                "lastmod": page.get("lastmod"),
            }
            for year in report_years(self)
        ]


def _language_code(page, request=None):
    """The page's language without a query per page in lists such as the sitemap: the locales
    are read once per request."""
    if request is None or "locale" in page._state.fields_cache:
        return page.locale.language_code
    codes = getattr(request, "_language_code_of_locale", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        request._language_code_of_locale = codes
    return codes[page.locale_id]
