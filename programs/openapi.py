"""The OpenAPI 3 document of /api/v2/, generated from the router, the models and the FilterSets.

Nothing here lists a filter by hand for our own endpoints: parameters come from each viewset's
FilterSet and item schemas from its model's API fields, so the document cannot drift from the code.
"""

import django_filters
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.fields import RichTextField, StreamField

from .api_base import MAX_OFFSET
from .exports import DATASETS, FORMATS, LICENSE_URL, ExportFilterSet

MESSAGE = {"$ref": "#/components/schemas/Message"}
ANY = {}


def _string(**extra):
    return {"type": "string", **extra}


def _nullable(schema, null):
    return {**schema, "nullable": True} if null else schema


def filter_schema(filter_):
    """The JSON schema of one django-filter filter's value."""
    if isinstance(filter_, django_filters.ChoiceFilter):
        return _string(enum=[str(key) for key, _label in filter_.extra["choices"]])
    if isinstance(filter_, django_filters.DateFilter):
        return _string(format="date")
    if isinstance(filter_, django_filters.NumberFilter):
        schema = {"type": "integer"}
        if "min_value" in filter_.extra:
            schema["minimum"] = filter_.extra["min_value"]
        if "max_value" in filter_.extra:
            schema["maximum"] = filter_.extra["max_value"]
        return schema
    schema = _string()
    if filter_.extra.get("max_length"):
        schema["maxLength"] = filter_.extra["max_length"]
    return schema


def filterset_parameters(filterset_class):
    with translation.override("en"):
        return [
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": str(filter_.extra.get("help_text") or filter_.label or name),
                "schema": filter_schema(filter_),
            }
            for name, filter_ in filterset_class.base_filters.items()
        ]


def _query(name, description, schema):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


def common_parameters():
    limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
    return [
        _query(
            "limit",
            f"How many items to return (default 20, at most {limit_max}).",
            {"type": "integer", "minimum": 0, "maximum": limit_max},
        ),
        _query(
            "offset",
            "How many items to skip.",
            {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
        ),
        _query(
            "fields",
            "Fields to add or, with a leading '-', remove; '*' for all, '_' for none.",
            _string(maxLength=1000),
        ),
        _query(
            "order",
            "A field to sort by, '-' before it for descending; or 'random'.",
            _string(maxLength=1000),
        ),
    ]


def stock_page_parameters():
    """Wagtail's own filters of the pages endpoint (it has no FilterSet)."""
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return [
        _query("type", "A page type as app_label.ModelName.", _string(maxLength=200)),
        _query("child_of", "Children of this page id (or 'root').", _string(maxLength=20)),
        _query("descendant_of", "Descendants of this page id.", {"type": "integer", "minimum": 1}),
        _query("ancestor_of", "Ancestors of this page id.", {"type": "integer", "minimum": 1}),
        _query(
            "translation_of", "Translations of this page id.", {"type": "integer", "minimum": 1}
        ),
        _query("locale", "Only pages in this language.", _string(enum=languages)),
        _query("search", "Full-text search.", _string(maxLength=200)),
        _query("search_operator", "How search words combine.", _string(enum=["and", "or"])),
    ]


def stock_media_parameters():
    return [_query("search", "Full-text search.", _string(maxLength=200))]


def model_field_schema(model, name, serializer):
    """The schema of one API field: typed where the model says, open where a serializer decides."""
    if serializer is not None:
        return ANY
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return ANY
    null = getattr(field, "null", False)
    if isinstance(field, StreamField):
        return {"type": "array", "items": {"type": "object"}}
    if isinstance(field, (models.CharField, models.TextField, RichTextField, models.URLField)):
        return _nullable(_string(), null)
    if isinstance(field, models.DateTimeField):
        return _nullable(_string(format="date-time"), null)
    if isinstance(field, models.DateField):
        return _nullable(_string(format="date"), null)
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, (models.IntegerField, models.AutoField)):
        return _nullable({"type": "integer"}, null)
    if isinstance(field, models.FloatField):
        return _nullable({"type": "number"}, null)
    return ANY


def item_schema(viewset, model):
    overrides = viewset.get_field_serializer_overrides(model)
    properties = {
        name: model_field_schema(model, name, overrides.get(name))
        for name in viewset.get_body_fields_names(model)
    }
    properties["id"] = {"type": "integer"}
    properties["meta"] = {"type": "object"}
    return {"type": "object", "properties": properties}


def _responses(ok_schema, description):
    return {
        "200": {"description": description, "content": {"application/json": {"schema": ok_schema}}},
        "400": {
            "description": "A bad parameter.",
            "content": {"application/json": {"schema": MESSAGE}},
        },
        "404": {"description": "Not found.", "content": {"application/json": {"schema": MESSAGE}}},
    }


def endpoint_paths(prefix, name, viewset):
    model = viewset.model
    schema_name = f"{name.capitalize()}Item"
    filterset = getattr(viewset, "filterset_class", None)
    if filterset is not None:
        parameters = filterset_parameters(filterset)
    elif name == "pages":
        parameters = stock_page_parameters()
    else:
        parameters = stock_media_parameters()
    listing_schema = {
        "type": "object",
        "properties": {
            "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
            "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema_name}"}},
        },
        "required": ["meta", "items"],
    }
    paths = {
        f"{prefix}{name}/": {
            "get": {
                "operationId": f"list_{name}",
                "summary": f"List {name}",
                "tags": [name],
                "parameters": common_parameters() + parameters,
                "responses": _responses(listing_schema, f"A page of {name}."),
            }
        },
        f"{prefix}{name}/{{id}}/": {
            "get": {
                "operationId": f"get_{name}",
                "summary": f"One item of {name}",
                "tags": [name],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    common_parameters()[2],
                ],
                "responses": _responses(
                    {"$ref": f"#/components/schemas/{schema_name}"}, "The item."
                ),
            }
        },
    }
    return paths, {schema_name: item_schema(viewset, model)}


def export_paths(prefix):
    paths = {}
    export_envelope = {
        "type": "object",
        "properties": {
            "dataset": _string(),
            "license": {"type": "object", "properties": {"name": _string(), "url": _string()}},
            "source": {"type": "object"},
            "fields": {"type": "array", "items": _string()},
            "items": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["dataset", "license", "source", "items"],
    }
    for dataset in DATASETS.values():
        for extension, content_type in FORMATS.items():
            media_type = content_type.split(";")[0]
            schema = export_envelope if extension == "json" else _string()
            paths[f"{prefix}export/{dataset.name}.{extension}"] = {
                "get": {
                    "operationId": f"export_{dataset.name}_{extension}",
                    "summary": f"{dataset.description} ({extension.upper()}, {LICENSE_URL})",
                    "tags": ["open data"],
                    "parameters": filterset_parameters(ExportFilterSet),
                    "responses": {
                        "200": {
                            "description": f"The whole dataset under CC BY 4.0 ({LICENSE_URL}).",
                            "content": {media_type: {"schema": schema}},
                        },
                        "400": {
                            "description": "A bad parameter.",
                            "content": {"application/json": {"schema": MESSAGE}},
                        },
                    },
                }
            }
    return paths


ANNUAL_REPORT_SCHEMA = {
    "type": "object",
    "properties": {
        "programme": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "title": _string()},
        },
        "language": _string(),
        "year": {"type": "integer"},
        "start": _string(format="date"),
        "end": _string(format="date"),
        "summary": {"type": "object"},
        "goals": {"type": "array", "items": {"type": "object"}},
        "review": {"type": "object"},
        "commentary": _string(),
    },
    "required": ["programme", "language", "year", "summary", "goals", "review", "commentary"],
}


def annual_report_paths(prefix):
    return {
        f"{prefix}programmes/{{id}}/reports/{{year}}/": {
            "get": {
                "operationId": "get_programme_annual_report",
                "summary": "A programme's annual follow-up report for one year",
                "description": (
                    "What was done in the year, measures behind schedule, indicators against "
                    "their baseline and target, the completeness review and the editors' "
                    "commentary, in the programme's language. Years run from the period's "
                    "start to its end or this year; other years are 404."
                ),
                "tags": ["programmes"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    {
                        "name": "year",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1000, "maximum": 9999},
                    },
                ],
                "responses": _responses(
                    {"$ref": "#/components/schemas/AnnualReport"}, "The report."
                ),
            }
        }
    }


def build_document(router, prefix="/api/v2/", server_url="/", extra_paths=None):
    """The document of the router's endpoints and the exports, plus `extra_paths` (a callable
    returning more OpenAPI paths, e.g. the site's Plone services)."""
    paths, schemas = (
        {},
        {
            "Message": {
                "type": "object",
                "properties": {"message": _string()},
                "required": ["message"],
            }
        },
    )
    for name, viewset in router._endpoints.items():
        endpoint, components = endpoint_paths(prefix, name, viewset)
        paths.update(endpoint)
        schemas.update(components)
    paths.update(export_paths(prefix))
    if extra_paths is not None:
        paths.update(extra_paths())
    paths.update(annual_report_paths(prefix))
    schemas["AnnualReport"] = ANNUAL_REPORT_SCHEMA
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Osallisuus API",
            "version": "2",
            "description": (
                "Finnish municipalities' participation programmes in Finnish, Swedish and "
                "English: live, public content only. Open data under CC BY 4.0."
            ),
            "license": {"name": "CC BY 4.0", "url": LICENSE_URL},
        },
        "servers": [{"url": server_url}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def openapi_view(router, extra_paths=None):
    @require_safe
    def view(request):
        server_url = request.build_absolute_uri("/").rstrip("/")
        document = build_document(router, server_url=server_url or "/", extra_paths=extra_paths)
        return JsonResponse(document)

    return view
