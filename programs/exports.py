"""Open data: programmes, measures and indicators as streamed CSV and JSON under CC BY 4.0.

Rows come from the same visibility rule as the API (live, public programmes) and are read with
`iterator()`, so memory stays flat however large the export grows.
"""

import csv
import json
from dataclasses import dataclass

import django_filters
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.api.v2.utils import BadRequestError

from .api_base import check_raw_parameters
from .filters import LanguageFilter, organisation_filter
from .models import IndicatorRecord, MeasureRecord
from .visibility import visible_items, visible_programmes

LICENSE_NAME = "CC BY 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
SOURCE = "Osallisuus: Finnish municipalities' participation programmes"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
CHUNK_SIZE = 500


def neutralise(value):
    """Spreadsheet programs run a cell that starts with = + - @ (or tab, CR) as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _programme_columns(request):
    return {
        "id": lambda p: p.pk,
        "title": lambda p: p.title,
        "language": lambda p: p.locale.language_code,
        "url": lambda p: p.get_full_url(request),
        "organisation_id": lambda p: p.organisation_id,
        "organisation": lambda p: p.organisation.title if p.organisation else "",
        "organisation_type": lambda p: p.organisation.organisation_type if p.organisation else "",
        "region": lambda p: p.organisation.region if p.organisation else "",
        "status": lambda p: str(p.status),
        "period_start": lambda p: p.period_start,
        "period_end": lambda p: p.period_end,
        "adopted_on": lambda p: p.adopted_on,
        "adopted_by": lambda p: p.adopted_by,
        "summary": lambda p: p.summary,
        "plain_language_summary": lambda p: p.plain_language_summary,
    }


def _item_columns(request):
    """Where a measure or indicator stands: the same leading columns in both datasets."""
    return {
        "id": lambda r: r.pk,
        "language": lambda r: r.locale.language_code,
        "programme_id": lambda r: r.programme_id,
        "programme": lambda r: r.programme.title,
        "programme_url": lambda r: r.programme.get_full_url(request),
        "organisation_id": lambda r: r.organisation_id,
        "organisation": lambda r: r.organisation.title if r.organisation else "",
        "goal_id": lambda r: r.goal_block_id,
        "goal": lambda r: r.goal_title,
    }


def _measure_columns(request):
    return {
        **_item_columns(request),
        "block_id": lambda m: m.block_id,
        "title": lambda m: m.title,
        "description": lambda m: m.description,
        "responsible": lambda m: m.responsible,
        "target_groups": lambda m: m.target_groups,
        "resources": lambda m: m.resources,
        "schedule": lambda m: m.schedule,
        "due_date": lambda m: m.due_date,
        "status": lambda m: m.status,
        "progress": lambda m: m.progress,
        "updates": lambda m: m.updates,
    }


def _indicator_columns(request):
    return {
        **_item_columns(request),
        "block_id": lambda i: i.block_id,
        "name": lambda i: i.name,
        "known_indicator": lambda i: i.known_indicator,
        "unit": lambda i: i.unit,
        "baseline": lambda i: i.baseline,
        "target": lambda i: i.target,
        "observations": lambda i: sorted(i.observations, key=lambda o: o["date"]),
    }


class ExportFilterSet(django_filters.FilterSet):
    organisation = organisation_filter()
    locale = LanguageFilter()


@dataclass(frozen=True)
class Dataset:
    name: str
    description: str
    queryset: callable
    columns: callable


def _programmes():
    return (
        visible_programmes()
        .select_related("organisation", "locale")
        .order_by("locale__language_code", "pk")
    )


def _records(model):
    def queryset():
        return (
            visible_items(model)
            .select_related("programme", "organisation", "locale")
            .order_by("locale__language_code", "programme_id", "sort_order", "pk")
        )

    return queryset


DATASETS = {
    "programmes": Dataset(
        "programmes", "Participation programmes", _programmes, _programme_columns
    ),
    "measures": Dataset(
        "measures", "Measures of the programmes' goals", _records(MeasureRecord), _measure_columns
    ),
    "indicators": Dataset(
        "indicators",
        "Indicators of the programmes' goals with their observations",
        _records(IndicatorRecord),
        _indicator_columns,
    ),
}


def _filtered(dataset, query):
    unknown = set(query) - set(ExportFilterSet.base_filters) - {"_"}
    if unknown:
        raise BadRequestError(f"unknown parameter: {', '.join(sorted(unknown))}")
    filterset = ExportFilterSet(query, queryset=dataset.queryset())
    if not filterset.is_valid():
        raise BadRequestError(
            "; ".join(f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items())
        )
    return filterset.qs


def _csv_cell(value):
    if isinstance(value, list) and any(isinstance(item, dict) and "note" in item for item in value):
        # Progress updates carry free text that may hold ";" or "=": JSON keeps them whole.
        value = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        value = ";".join(
            f"{item['date']}={item['value']}" if isinstance(item, dict) else str(item)
            for item in value
        )
    if value is None:
        return ""
    return neutralise(value)


class _Line:
    """csv.writer writes into this and gets the line back, so rows can be streamed."""

    def write(self, value):
        return value


def _csv_stream(queryset, columns):
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(list(columns))
    for row in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield writer.writerow([_csv_cell(get(row)) for get in columns.values()])


def _json_stream(dataset, queryset, columns, request):
    envelope = {
        "dataset": dataset.name,
        "description": dataset.description,
        "license": {"name": LICENSE_NAME, "url": LICENSE_URL},
        "source": {"name": SOURCE, "url": request.build_absolute_uri("/")},
        "fields": list(columns),
    }
    head = json.dumps(envelope, ensure_ascii=False)[:-1]
    yield head + ', "items": ['
    separator = ""
    for row in queryset.iterator(chunk_size=CHUNK_SIZE):
        item = {name: get(row) for name, get in columns.items()}
        yield separator + json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False)
        separator = ", "
    yield "]}"


# What the open-data page says of each dataset, in the reader's language.
DATASET_LABELS = {
    "programmes": (
        _("Participation programmes"),
        _("One row per programme: organisation, period, status and summaries."),
    ),
    "measures": (
        _("Measures"),
        _(
            "One row per measure: its goal, responsible, target groups, status, progress "
            "and dated progress updates."
        ),
    ),
    "indicators": (
        _("Indicators"),
        _("One row per indicator: its goal, unit, baseline, target and observations."),
    ),
}


def export_url(dataset, extension, **query):
    url = reverse("wagtailapi:export", kwargs={"dataset": dataset, "extension": extension})
    return f"{url}?{urlencode(query)}" if query else url


def dataset_links(language_code):
    """The datasets with links to every language and to `language_code` only, for the human page."""
    return [
        {
            "name": name,
            "title": DATASET_LABELS[name][0],
            "description": DATASET_LABELS[name][1],
            "links": {
                extension: {
                    "all": export_url(name, extension),
                    "language": export_url(name, extension, locale=language_code),
                }
                for extension in FORMATS
            },
        }
        for name in DATASETS
    ]


@require_safe
def export_view(request, dataset, extension):
    if dataset not in DATASETS or extension not in FORMATS:
        return JsonResponse({"message": "no such dataset"}, status=404)
    try:
        check_raw_parameters(request.GET)
        queryset = _filtered(DATASETS[dataset], request.GET)
    except BadRequestError as error:
        return JsonResponse({"message": str(error)}, status=400)
    columns = DATASETS[dataset].columns(request)
    if extension == "csv":
        stream = _csv_stream(queryset, columns)
    else:
        stream = _json_stream(DATASETS[dataset], queryset, columns, request)
    response = StreamingHttpResponse(stream, content_type=FORMATS[extension])
    response["Content-Disposition"] = f'inline; filename="{dataset}.{extension}"'
    response["Link"] = f'<{LICENSE_URL}>; rel="license"'
    response["X-License"] = LICENSE_NAME
    response["X-Source"] = SOURCE
    return response
