"""The report's addresses below the programme page, with the address word in the page's language:
`.../vuosiraportti/2026/` (fi), `.../arsrapport/2026/` (sv), `.../annual-report/2026/` (en), and
the files at `.../2026/pdf/` and `.../2026/docx/` (Wagtail's page URLs allow no dots).
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path

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

    def report_segment(self):
        return SEGMENTS.get(self.locale.language_code, SEGMENTS["en"])

    def annual_report_path(self, year, extension="html"):
        """The report's path below the page, e.g. `vuosiraportti/2026/` or `vuosiraportti/2026/pdf/`."""
        if extension == "html":
            return f"{self.report_segment()}/{year}/"
        return f"{self.report_segment()}/{year}/{extension}/"

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
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        page_url = urls[0]["location"]
        return urls + [
            {
                "location": page_url + self.annual_report_path(link["year"]),
                "lastmod": urls[0].get("lastmod"),
            }
            for link in self.annual_report_links(request)
        ]
