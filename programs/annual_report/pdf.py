"""The report as a tagged PDF (PDF/UA): document language, title and heading structure set."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

STYLESHEET = "programs/css/annual_report.css"


def render_pdf(report, request=None):
    # Imported here: WeasyPrint loads Pango on import, which only PDF requests need.
    from weasyprint import HTML

    with open(finders.find(STYLESHEET), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    html = render_to_string(
        "programs/annual_report/document.html",
        {"page": report.programme, "report": report, "css": css},
        request=request,
    )
    # No base_url: the document has no external resources, so nothing is fetched while rendering.
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
