"""A page's own `api_fields`, serialised by Wagtail API v2 with our StreamField and rich text.

We reuse the serializers the pages already declare for `/api/v2/`, so both APIs show the same
fields; only StreamFields, rich text and images are rendered for decoupled front ends.
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from rest_framework import serializers
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage

from .blocks import block_json, image_json, rich_text_html


class StreamJSONField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return block_json(value.stream_block, value, self.context)


class RichTextJSONField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return rich_text_html(value, self.context["request"])


class ImageJSONField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return image_json(value, self.context["request"])


def _own_serializer(field):
    if isinstance(field, StreamField):
        return StreamJSONField()
    if isinstance(field, RichTextField):
        return RichTextJSONField()
    if getattr(field, "related_model", None) and issubclass(field.related_model, AbstractImage):
        return ImageJSONField()
    return None


class PageFieldsSerializerFactory(PagesAPIViewSet):
    """Builds API v2 serializers whose StreamField, rich text and image fields are ours."""

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        for name in cls.get_body_fields_names(model):
            if name in overrides:
                continue
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:  # a property or a child relation: API v2 handles it
                continue
            serializer = _own_serializer(field)
            if serializer is not None:
                overrides[name] = serializer
        return overrides


def api_field_names(model):
    return [field.name for field in getattr(model, "api_fields", [])]


# plone.restapi's keys; a page field of the same name (OrganisationPage.description) is renamed.
CORE_KEYS = frozenset(
    {"@id", "@type", "UID", "id", "title", "description", "language", "parent", "created"}
    | {"modified", "review_state", "is_folderish", "@components", "items", "items_total"}
    | {"batching", "blocks", "blocks_layout"}
)


def own_field_key(model, name):
    """The JSON key of a page field: its name, or `<name>_html`/`<name>_field` on a clash."""
    if name not in CORE_KEYS:
        return name
    try:
        is_rich_text = isinstance(model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        is_rich_text = False
    return f"{name}_html" if is_rich_text else f"{name}_field"


# Our own router with no endpoints: related objects are nested, never linked to an endpoint.
ROUTER = WagtailAPIRouter("headless")


@cache
def serializer_class_for(model):
    fields_config = [("_", False, None)] + [(name, False, None) for name in api_field_names(model)]
    return PageFieldsSerializerFactory._get_serializer_class(
        ROUTER, model, fields_config, show_details=True
    )


def own_fields(request, page):
    """The page's own `api_fields` as a dict (API v2's `id` and `meta` left out)."""
    serializer = serializer_class_for(type(page))(
        context={"request": request, "router": ROUTER, "view": None}
    )
    data = serializer.to_representation(page)
    model = type(page)
    return {
        own_field_key(model, name): value
        for name, value in data.items()
        if name in api_field_names(model)
    }
