"""API listings serialised from `.values()` rows instead of model instances: the same JSON.

A list of 20 programmes through Wagtail's serializer loads 20 specific pages (every StreamField's
JSON decoded, every page's organisation built as a page object) to show a dozen short columns.
Here the default listing reads just those columns. The layout (which fields, in what order, which
go under `meta`) is still the endpoint's own serializer's, so the two cannot disagree on it;
tests/test_api_rows.py compares the two item by item.

A request that names `fields`, or an endpoint field without a row counterpart, takes Wagtail's
path unchanged.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rest_framework.fields import Field, SkipField
from wagtail.api.v2.utils import get_object_detail_url
from wagtail.models import Page, Site


@dataclass(frozen=True)
class RowField:
    """An API field computed from some `.values()` columns; `value(row, listing)` may raise
    SkipField to leave the field out, like a serializer field does."""

    columns: tuple[str, ...]
    value: Callable[[dict, "RowListing"], Any]


class PageAddress:
    """Only what Wagtail's `Page.get_full_url` reads (the url_path), so that `html_url` comes
    from Wagtail's own code without building a page object."""

    _get_site_root_paths = Page._get_site_root_paths
    _get_relevant_site_root_paths = Page._get_relevant_site_root_paths
    get_url_parts = Page.get_url_parts
    get_full_url = Page.get_full_url

    def __init__(self, url_path, site_root_paths):
        self.url_path = url_path
        self._wagtail_cached_site_root_paths = site_root_paths


@dataclass(frozen=True)
class RowLayout:
    """An endpoint's default listing: its serializer's fields in order, which of them are meta
    fields, and the columns to read (None when a field has no row counterpart)."""

    fields: tuple
    meta_names: frozenset
    columns: frozenset | None


@functools.cache
def row_layout(view_class, router, model):
    """Built once per endpoint: the serializer Wagtail would use for a listing without `fields`.
    Its field objects only ever convert column values (no context, no request)."""
    serializer_class = view_class._get_serializer_class(router, model, [], show_details=False)
    serializer = serializer_class(context={})
    fields = tuple(serializer.fields.items())
    return RowLayout(
        fields, frozenset(serializer.meta_fields), _columns(view_class.row_fields, model, fields)
    )


def _columns(row_fields, model, fields):
    plain = {
        field.name
        for field in model._meta.concrete_fields
        if not field.is_relation and field.column is not None
    }
    columns = set()
    for name, field in fields:
        if name in row_fields:
            columns.update(row_fields[name].columns)
        elif field.source in plain and not _reads_instance(field):
            columns.add(field.source)
        else:
            return None
    return frozenset(columns)


def _reads_instance(field):
    """A field with its own get_attribute (or source `*`) needs the object, not a column."""
    return field.source == "*" or type(field).get_attribute is not Field.get_attribute


class RowListing:
    """One request's rows turned into API items, in the layout of the endpoint's serializer."""

    def __init__(self, view, layout):
        self.view = view
        self.request = view.request
        self.layout = layout
        self.model = view.model
        self.type_name = f"{self.model._meta.app_label}.{self.model.__name__}"
        self._site_root_paths = None

    @property
    def site_root_paths(self):
        if self._site_root_paths is None:
            self._site_root_paths = Site.get_site_root_paths()
        return self._site_root_paths

    def page_url(self, url_path, request=None):
        return PageAddress(url_path, self.site_root_paths).get_full_url(request)

    def detail_url(self, pk):
        url = get_object_detail_url(self.request.wagtailapi_router, self.request, self.model, pk)
        if not url:
            raise SkipField
        return url

    def item(self, row):
        """What BaseSerializer.to_representation gives for the instance behind `row`."""
        meta_names = self.layout.meta_names
        data = {}
        if any(name == "id" and name not in meta_names for name, _field in self.layout.fields):
            data["id"] = None
        meta = {}
        body = {}
        for name, field in self.layout.fields:
            try:
                value = self._value(name, field, row)
            except SkipField:
                continue
            (meta if name in meta_names else body)[name] = value
        if meta:
            data["meta"] = meta
        data.update(body)
        return data

    def _value(self, name, field, row):
        row_field = self.view.row_fields.get(name)
        if row_field is not None:
            return row_field.value(row, self)
        value = row[field.source]
        return None if value is None else field.to_representation(value)


class RowListingMixin:
    """Mix in before the Wagtail viewset: its default listing is built from rows.

    `row_fields` maps the endpoint's fields that are not plain columns (meta fields, related
    summaries, properties) to RowFields."""

    row_fields: dict[str, RowField] = {}

    def listing_view(self, request):
        layout = row_layout(type(self), request.wagtailapi_router, self.model)
        if not self.rows_apply(request, layout):
            return super().listing_view(request)
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        rows = self.paginate_queryset(queryset).values(*layout.columns)
        listing = RowListing(self, layout)
        return self.get_paginated_response([listing.item(row) for row in rows])

    def rows_apply(self, request, layout):
        return "fields" not in request.GET and layout.columns is not None


def summary_of(names: tuple[str, ...], prefix: str):
    """A RowField for a related object's summary from `prefix__name` columns; null without it."""

    def value(row, _listing):
        if row[f"{prefix}_id"] is None:
            return None
        return {name: row[f"{prefix}__{name}"] for name in names}

    columns = (f"{prefix}_id", *(f"{prefix}__{name}" for name in names))
    return RowField(columns, value)


def _type_name(_row, listing):
    listing.view.seen_types[listing.type_name] = listing.model
    return listing.type_name


# The meta fields every Wagtail endpoint has, and those of pages.
BASE_ROW_FIELDS = {
    "type": RowField((), _type_name),
    "detail_url": RowField(("id",), lambda row, listing: listing.detail_url(row["id"])),
}
LOCALE_ROW_FIELD = RowField(("locale__language_code",), lambda row, _: row["locale__language_code"])
PAGE_ROW_FIELDS = {
    **BASE_ROW_FIELDS,
    "html_url": RowField(("url_path",), lambda row, listing: listing.page_url(row["url_path"])),
    "locale": LOCALE_ROW_FIELD,
}
