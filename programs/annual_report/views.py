"""Serve a programme's annual report as an HTML page, a PDF or a DOCX."""

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils.translation import override

from .data import build_report, report_years
from .docx import render_docx
from .pdf import render_pdf
from .routes import SEGMENTS

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def serve_report(page, request, segment, year, extension):
    if segment != page.report_segment():
        # Another language's address word: send the reader to this page's own address.
        return HttpResponsePermanentRedirect(page.url + page.annual_report_path(year, extension))
    years = report_years(page)
    if year not in years:
        context = {"page": page, "self": page, "year": year, "reports": page.annual_report_links()}
        return TemplateResponse(request, "programs/annual_report_missing.html", context, status=404)
    report = build_report(page, year)
    if extension == "html":
        context = {
            "page": page,
            "self": page,
            "report": report,
            "reports": page.annual_report_links(request),
            "pdf_url": page.url + page.annual_report_path(year, "pdf"),
            "docx_url": page.url + page.annual_report_path(year, "docx"),
            "route_suffixes": {code: f"{word}/{year}/" for code, word in SEGMENTS.items()},
        }
        return TemplateResponse(request, "programs/annual_report.html", context)
    with override(page.locale.language_code):
        content = render_pdf(report, request) if extension == "pdf" else render_docx(report)
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    filename = f"{page.slug}-{page.report_segment()}-{year}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
