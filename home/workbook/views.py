"""Serving the workbook page: the empty form, the summary, the CSV, or a 400 with clear errors."""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .answers import (
    ANSWER_PREFIX,
    NOTES_PREFIX,
    Action,
    Answer,
    Submission,
    is_submission,
    read_submission,
)
from .export import csv_response
from .questions import workbook_domains
from .summary import summarise


def serve_workbook(page, request):
    data = request.POST if request.method == "POST" else request.GET
    domains = workbook_domains(page.locale)
    if not is_submission(data):
        return _render(page, request, domains, Submission())
    submission = read_submission(data, domains)
    if not submission.is_valid:
        response = _render(page, request, domains, submission, status=400)
    elif submission.action == Action.CSV:
        response = csv_response(domains, submission, filename=page.slug)
    else:
        response = _render(
            page, request, domains, submission, summary=summarise(domains, submission)
        )
    # The answers are the group's own; no shared cache may keep them.
    add_never_cache_headers(response)
    return response


def _render(page, request, domains, submission, summary=None, status=200):
    context = page.get_context(request)
    context.update(
        {
            "sections": form_sections(domains, submission),
            "answer_choices": Answer.choices,
            "submission": submission,
            "field_error_links": field_error_links(submission),
            "summary": summary,
            "submitted": summary is not None or not submission.is_valid,
            "actions": Action,
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def form_sections(domains, submission):
    """Each domain with its questions, the values to show again and each field's error."""
    return [
        {
            "domain": domain,
            "questions": [_question_fields(question, submission) for question in domain.questions],
        }
        for domain in domains
    ]


def _question_fields(question, submission):
    response = submission.response(question.id)
    answer_name = f"{ANSWER_PREFIX}{question.id}"
    notes_name = f"{NOTES_PREFIX}{question.id}"
    return {
        "question": question,
        "answer_name": answer_name,
        "notes_name": notes_name,
        "answer": response.answer,
        "notes": response.notes,
        "answer_error": submission.field_errors.get(answer_name),
        "notes_error": submission.field_errors.get(notes_name),
    }


def field_error_links(submission):
    """(id of the control to jump to, message) for the error summary at the top of the form."""
    links = []
    for name, message in submission.field_errors.items():
        target = f"{name}-{Answer.YES}" if name.startswith(ANSWER_PREFIX) else name
        links.append((target, message))
    return links
