"""API listings serialised from `.values()` rows instead of model instances: the same JSON.

A list of 20 programmes through Wagtail's serializer loads 20 specific pages (every StreamField's
JSON decoded, every page's organisation built as a page object) to show a dozen short columns.
Here the default listing reads just those columns. The layout (which fields, in what order, which
go under `meta`) is still the endpoint's own serializer's, so the two cannot disagree on it;
tests/test_api_rows.py compares the two item by item.

A request that names `fields`, or an endpoint field without a row counterpart, takes Wagtail's
path unchanged.
"""

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


class RowListing:
    """One request's rows turned into API items, in the layout of `serializer_class`."""

    def __init__(self, view, serializer_class):
        self.view = view
        self.request = view.request
        self.model = serializer_class.Meta.model
        self.type_name = f"{self.model._meta.app_label}.{self.model.__name__}"
        self._site_root_paths = None
        # The context without Wagtail's `base_queryset` (three queries, for the detail-only `parent`).
        context = {"request": self.request, "view": view, "router": self.request.wagtailapi_router}
        serializer = serializer_class(context=context)
        self.meta_names = set(serializer.meta_fields)
        self.fields = list(serializer.fields.items())

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
        data = {}
        if any(name == "id" and name not in self.meta_names for name, _field in self.fields):
            data["id"] = None
        meta = {}
        body = {}
        for name, field in self.fields:
            try:
                value = self._value(name, field, row)
            except SkipField:
                continue
            (meta if name in self.meta_names else body)[name] = value
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


def concrete_columns(model):
    """Columns a serializer field can read straight from a row (not relations, not properties)."""
    return {
        field.name
        for field in model._meta.concrete_fields
        if not field.is_relation and field.column is not None
    }


def row_columns(view, serializer_class):
    """The `.values()` columns for the endpoint's default listing, or None when a field has no
    row counterpart (then the listing takes Wagtail's path)."""
    model = serializer_class.Meta.model
    plain = concrete_columns(model)
    columns = set()
    for name, field in serializer_class(context={}).fields.items():
        if name in view.row_fields:
            columns.update(view.row_fields[name].columns)
        elif field.source in plain and not _reads_instance(field):
            columns.add(field.source)
        else:
            return None
    return columns


def _reads_instance(field):
    """A field with its own get_attribute (or source `*`) needs the object, not a column."""
    return field.source == "*" or type(field).get_attribute is not Field.get_attribute


class RowListingMixin:
    """Mix in before the Wagtail viewset: its default listing is built from rows.

    `row_fields` maps the endpoint's fields that are not plain columns (meta fields, related
    summaries, properties) to RowFields."""

    row_fields: dict[str, RowField] = {}

    def listing_view(self, request):
        serializer_class = self.default_listing_serializer_class()
        columns = None if "fields" in request.GET else row_columns(self, serializer_class)
        if columns is None:
            return super().listing_view(request)
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        rows = self.paginate_queryset(queryset).values(*columns)
        listing = RowListing(self, serializer_class)
        return self.get_paginated_response([listing.item(row) for row in rows])

    def default_listing_serializer_class(self):
        """The serializer Wagtail would use for a listing without `fields`."""
        return self._get_serializer_class(
            self.request.wagtailapi_router, self.model, [], show_details=False
        )


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
