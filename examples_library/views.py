"""Views of the examples library: the filterable index and the side-by-side comparison."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .choices import STEP_LABELS
from .filters import ExamplePageFilterSet

PAGE_SIZE = 10
MAX_COMPARED = 3
# A page id or page number as typed in a URL: ASCII digits only (str.isdigit() also accepts "²",
# which int() rejects) and short enough for any database's integer column.
NUMBER = re.compile(r"[0-9]{1,9}")


def examples_of(index):
    from .models import ExampleProgramPage

    return (
        ExampleProgramPage.objects.child_of(index)
        .live()
        .public()
        .order_by("organisation_name", "-period_start")
        .prefetch_related("themes")
    )


def filter_options(filterset, counts):
    """Each filter's choices with the number of results beside them."""
    options = {}
    for facet in filterset.facets:
        field = filterset.form[facet]
        selected = str(filterset.form.data.get(facet, "")) if filterset.is_bound else ""
        options[facet] = {
            "field": field,
            "choices": [
                {
                    "value": str(value),
                    "label": label,
                    "count": counts[facet].get(value, 0),
                    "selected": str(value) == selected,
                }
                for value, label in filterset.filters[facet].extra["choices"]
            ],
        }
    return options


def page_number(value, paginator):
    """(number, error): the requested page of results, or the first page and why."""
    if value in (None, ""):
        return 1, None
    if NUMBER.fullmatch(value) and 1 <= int(value) <= paginator.num_pages:
        return int(value), None
    return 1, _("There is no page “%(page)s” of these results; the first page is shown.") % {
        "page": value[:20]
    }


def chosen_examples(page, wanted):
    """(examples in the order asked, error): the examples of this index to compare."""
    if len(wanted) > MAX_COMPARED:
        return [], _("Choose two or three examples to compare.")
    if not all(NUMBER.fullmatch(value) for value in wanted):
        return [], _("Some of the chosen examples do not exist. Choose again.")
    ids = list(dict.fromkeys(int(value) for value in wanted))
    examples = (
        {example.pk: example for example in examples_of(page).filter(pk__in=ids)} if ids else {}
    )
    if len(examples) != len(ids):
        return [], _("Some of the chosen examples do not exist. Choose again.")
    if not 2 <= len(ids) <= MAX_COMPARED:
        return [], _("Choose two or three examples to compare.")
    return [examples[pk] for pk in ids], None


def example_index(page, request):
    filterset = ExamplePageFilterSet(request.GET or None, queryset=examples_of(page))
    counts = filterset.facet_counts()
    paginator = Paginator(filterset.filtered, PAGE_SIZE)
    number, page_error = page_number(request.GET.get("page"), paginator)
    results = paginator.page(number)
    query = request.GET.copy()
    query.pop("page", None)
    context = page.get_context(request)
    context.update(
        {
            "filterset": filterset,
            "options": filter_options(filterset, counts),
            "results": results,
            "result_count": paginator.count,
            "query_string": query.urlencode(),
            "page_error": page_error,
        }
    )
    invalid = filterset.is_bound and not filterset.is_valid()
    status = 400 if invalid or page_error else 200
    return TemplateResponse(
        request, "examples_library/example_index_page.html", context, status=status
    )


def compare(page, request):
    examples, error = chosen_examples(page, request.GET.getlist("example"))
    context = page.get_context(request)
    context.update(
        {
            "examples": examples,
            "error": error,
            "steps": STEP_LABELS,
            "choices": examples_of(page) if error else [],
        }
    )
    return TemplateResponse(
        request, "examples_library/compare.html", context, status=400 if error else 200
    )
