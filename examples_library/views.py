"""Views of the examples library: the filterable index and the side-by-side comparison."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .choices import STEP_LABELS
from .filters import ExamplePageFilterSet

PAGE_SIZE = 10
MAX_COMPARED = 3


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


def example_index(page, request):
    filterset = ExamplePageFilterSet(request.GET or None, queryset=examples_of(page))
    counts = filterset.facet_counts()
    paginator = Paginator(filterset.filtered, PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
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
        }
    )
    status = 400 if filterset.is_bound and not filterset.is_valid() else 200
    return TemplateResponse(
        request, "examples_library/example_index_page.html", context, status=status
    )


def compare(page, request):
    wanted = request.GET.getlist("example")
    ids = [int(value) for value in wanted if value.isdigit()]
    examples = list(examples_of(page).filter(pk__in=ids)) if ids else []
    error = None
    if len(ids) != len(wanted) or len(examples) != len(set(ids)):
        error = _("Some of the chosen examples do not exist. Choose again.")
    elif not 2 <= len(examples) <= MAX_COMPARED:
        error = _("Choose two or three examples to compare.")
    order = {pk: position for position, pk in enumerate(ids)}
    examples.sort(key=lambda example: order[example.pk])
    context = page.get_context(request)
    context.update(
        {
            "examples": [] if error else examples,
            "error": error,
            "steps": STEP_LABELS,
            "choices": examples_of(page),
        }
    )
    return TemplateResponse(
        request, "examples_library/compare.html", context, status=400 if error else 200
    )
