"""The Plone services in OpenAPI 3.0 terms, for a site's OpenAPI document (`/api/v2/openapi.json`).

Described in Volto's default addressing, `/++api++/…`; the same paths without `/++api++` answer
the same JSON to requests with `Accept: application/json`.
"""

from django.conf import settings

from .components import COMPONENTS
from .params import MAX_BATCH_SIZE, MAX_BATCH_START, MAX_NAVIGATION_DEPTH

ERROR = {
    "type": "object",
    "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
    "required": ["type", "message"],
}
CONTENT = {
    "type": "object",
    "properties": {
        "@id": {"type": "string"},
        "@type": {"type": "string"},
        "title": {"type": "string"},
        "@components": {"type": "object"},
        "items": {"type": "array", "items": {"type": "object"}},
        "items_total": {"type": "integer"},
    },
    "required": ["@id", "@type", "title", "@components"],
}
LISTING = {
    "type": "object",
    "properties": {
        "@id": {"type": "string"},
        "items": {"type": "array", "items": {"type": "object"}},
        "items_total": {"type": "integer"},
        "batching": {"type": "object"},
    },
    "required": ["@id", "items", "items_total"],
}
SERVICE_SUMMARIES = {
    "actions": "Plone's action categories (object, user, site_actions, …)",
    "breadcrumbs": "The path from the language's home page to the page",
    "navigation": "The language's menu, nested to expand.navigation.depth levels",
    "navroot": "The navigation root (the language's home page) as content",
    "translations": "The other language versions and each language's home (root)",
    "types": "The page types (@id, id, title, addable, immediately_addable)",
    "workflow": "Read only: the state and when the page was published",
}


def _parameter(name, description, schema, location="query", required=False):
    return {
        "name": name,
        "in": location,
        "required": required,
        "description": description,
        "schema": schema,
    }


def _language():
    codes = [code for code, _name in settings.LANGUAGES]
    return _parameter("language", "The language prefix.", {"enum": codes}, "path", True)


def _batch():
    return [
        _parameter(
            "b_start",
            "The first item of the batch.",
            {"type": "integer", "minimum": 0, "maximum": MAX_BATCH_START},
        ),
        _parameter(
            "b_size",
            "The batch size.",
            {"type": "integer", "minimum": 1, "maximum": MAX_BATCH_SIZE},
        ),
    ]


def _expand():
    names = ", ".join(COMPONENTS)
    return [
        _parameter(
            "expand",
            f"Components to embed, comma-separated ({names}); others are ignored.",
            {"type": "string"},
        ),
        _parameter(
            "expand.navigation.depth",
            "Levels of the expanded navigation.",
            {"type": "integer", "minimum": 1, "maximum": MAX_NAVIGATION_DEPTH},
        ),
    ]


def _search():
    text = {"type": "string", "maxLength": 200}
    return [
        _parameter("SearchableText", "Words to find; a trailing * matches prefixes.", text),
        _parameter("q", "The same as SearchableText.", text),
        _parameter("portal_type", "Page types (app.Model), repeatable.", {"type": "string"}),
        _parameter("review_state", "Only `published` finds anything.", {"type": "string"}),
        _parameter(
            "sort_on",
            "path, sortable_title, created, modified, effective; default relevance.",
            {"type": "string"},
        ),
        _parameter(
            "sort_order",
            "ascending or descending.",
            {"enum": ["ascending", "descending", "reverse"]},
        ),
        _parameter(
            "path.depth",
            "Levels below the searched page.",
            {"type": "integer", "minimum": 0, "maximum": 999},
        ),
        _parameter(
            "metadata_fields", "Extra keys per item (`_all` for every one).", {"type": "string"}
        ),
        _parameter("fullobjects", "1: every item as full content.", {"enum": ["0", "1"]}),
        _parameter(
            "use_site_search_settings", "Accepted, as Volto sends it.", {"enum": ["0", "1"]}
        ),
    ] + _batch()


def _operation(operation_id, summary, parameters, schema):
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "tags": ["Plone REST API"],
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": summary,
                    "content": {"application/json": {"schema": schema}},
                },
                "400": {
                    "description": "A bad parameter.",
                    "content": {"application/json": {"schema": ERROR}},
                },
                "401": {
                    "description": "A restricted page.",
                    "content": {"application/json": {"schema": ERROR}},
                },
                "404": {
                    "description": "No such page.",
                    "content": {"application/json": {"schema": ERROR}},
                },
            },
        }
    }


def plone_paths(prefix="/++api++"):
    """Paths of the site root, each language's home page and their services."""
    any_object = {"type": "object"}
    paths = {
        f"{prefix}/": _operation(
            "plone_site_root",
            "The site root with the language homes",
            _batch() + _expand(),
            CONTENT,
        ),
        f"{prefix}/{{language}}": _operation(
            "plone_language_home",
            "A language's home page as content",
            [_language()] + _batch() + _expand(),
            CONTENT,
        ),
        f"{prefix}/@site": _operation(
            "plone_site", "Languages, title, time zone, image sizes", [], any_object
        ),
        f"{prefix}/@types/{{type}}": _operation(
            "plone_type_schema",
            "JSON Schema of a page type (title, type, fieldsets, properties, required, layouts)",
            [_parameter("type", "A page type, app.Model.", {"type": "string"}, "path", True)],
            any_object,
        ),
        f"{prefix}/{{language}}/@search": _operation(
            "plone_search", "Live, public pages of the language", [_language()] + _search(), LISTING
        ),
    }
    for name, summary in SERVICE_SUMMARIES.items():
        parameters = [_language()]
        if name == "navigation":
            parameters += _expand()[1:]
        schema = {"type": "array", "items": any_object} if name == "types" else any_object
        paths[f"{prefix}/{{language}}/@{name}"] = _operation(
            f"plone_{name}", summary, parameters, schema
        )
    return paths
