"""`@types`: the page types and a JSON Schema of each type's JSON representation."""

from django import forms
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, get_page_models

from .errors import HeadlessError
from .fields import api_field_names, own_field_key
from .links import service_url

JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
HTML = {"type": "string", "contentMediaType": "text/html"}
LINK = {"type": ["object", "null"], "properties": {"@id": STRING, "@type": STRING, "title": STRING}}
IMAGE = {
    "type": ["object", "null"],
    "properties": {"id": {"type": "integer"}, "renditions": {"type": "object"}},
}

# Volto's view for a page's `layout`: its default view, which shows the page's blocks.
LAYOUT = "document_view"
CORE_PROPERTIES = {
    "@id": {"type": "string", "format": "uri"},
    "@type": STRING,
    "UID": STRING,
    "id": STRING,
    "title": STRING,
    "description": STRING,
    "language": {
        "type": "object",
        "properties": {
            "title": STRING,
            "token": {"enum": [code for code, _name in settings.LANGUAGES]},
        },
        "required": ["title", "token"],
    },
    "parent": {
        "type": "object",
        "properties": {**LINK["properties"], "description": STRING, "type_title": STRING},
    },
    "created": {"type": ["string", "null"], "format": "date-time"},
    "modified": {"type": ["string", "null"], "format": "date-time"},
    "effective": {"type": ["string", "null"], "format": "date-time"},
    "expires": {"type": ["string", "null"], "format": "date-time"},
    "review_state": {"const": "published"},
    "type_title": STRING,
    "layout": STRING,
    "exclude_from_nav": {"type": "boolean"},
    "is_folderish": {"type": "boolean"},
    "allow_discussion": {"const": False},
    "subjects": {"type": "array", "maxItems": 0},
    "relatedItems": {"type": "array", "maxItems": 0},
    "next_item": {"type": "object", "maxProperties": 0},
    "previous_item": {"type": "object", "maxProperties": 0},
    "@components": {"type": "object"},
}
FOLDER_PROPERTIES = {
    "items": {"type": "array", "items": {"type": "object", "required": ["@id", "@type", "title"]}},
    "items_total": {"type": "integer", "minimum": 0},
    "batching": {"type": "object"},
}


def public_page_models():
    return [model for model in get_page_models() if model is not Page]


def model_by_label(label):
    for model in public_page_models():
        if model._meta.label == label:
            return model
    raise HeadlessError(404, _("Unknown type: %(name)s.") % {"name": label[:100]})


def page_types(request, page=None):
    """`@types` of a page or of the site root. Nothing can be added through this read-only API,
    so no type is `addable`."""
    return [
        {
            "@id": f"{service_url(request, page, 'types')}/{model._meta.label}",
            "addable": False,
            "id": model._meta.label,
            "immediately_addable": False,
            "is_folderish": bool(model.allowed_subpage_models()),
            "title": str(model._meta.verbose_name),
        }
        for model in public_page_models()
    ]


def _with_label(schema, label):
    """A field's title as Volto's fallback view labels it ("Introduction:")."""
    return {**schema, "title": capfirst(str(label))} if label else schema


def block_schema(block):
    if isinstance(block, blocks.StreamBlock):
        variants = [
            {
                "type": "object",
                "properties": {"type": {"const": name}, "id": STRING, "value": block_schema(child)},
                "required": ["type", "value"],
            }
            for name, child in block.child_blocks.items()
        ]
        return {"type": "array", "items": {"oneOf": variants}}
    if isinstance(block, blocks.ListBlock):
        return {"type": "array", "items": block_schema(block.child_block)}
    if isinstance(block, blocks.StructBlock):
        # A block that adds computed values to its children's says which (e.g. a measure's status).
        computed = getattr(block, "computed_api_properties", None)
        overrides = (
            type(block).get_api_representation is not blocks.StructBlock.get_api_representation
        )
        if overrides and computed is None:
            return _with_label({"type": "object"}, block.label)
        properties = {name: block_schema(child) for name, child in block.child_blocks.items()}
        properties.update(computed or {})
        return _with_label({"type": "object", "properties": properties}, block.label)
    return _with_label(_leaf_block_schema(block), block.label)


def _leaf_block_schema(block):
    if isinstance(block, blocks.RichTextBlock):
        return HTML
    if isinstance(block, blocks.BooleanBlock):
        return {"type": "boolean"}
    if isinstance(block, blocks.IntegerBlock):
        return {"type": ["integer", "null"]}
    if isinstance(block, blocks.FloatBlock | blocks.DecimalBlock):
        return {"type": ["number", "string", "null"]}
    if isinstance(block, blocks.DateBlock):
        return {"type": ["string", "null"], "format": "date"}
    if isinstance(block, ImageChooserBlock):
        return IMAGE
    if isinstance(block, blocks.PageChooserBlock):
        return LINK
    if isinstance(block, blocks.ChoiceBlock):
        return {"enum": [value for value, _label in block.field.choices] + ["", None]}
    if isinstance(block, blocks.FieldBlock) and isinstance(block.field, forms.CharField):
        return NULLABLE_STRING
    return {}


def field_schema(field):
    if isinstance(field, StreamField):
        schema = block_schema(field.stream_block)
    elif isinstance(field, RichTextField):
        schema = HTML
    elif field.choices:
        schema = {"enum": [value for value, _label in field.choices] + [""]}
    elif isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, models.IntegerField):
        schema = {"type": ["integer", "null"]}
    elif isinstance(field, models.FloatField | models.DecimalField):
        schema = {"type": ["number", "string", "null"]}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": ["string", "null"], "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": ["string", "null"], "format": "date"}
    elif isinstance(field, models.ForeignKey):
        schema = {"type": ["object", "null"]}
    elif isinstance(field, models.CharField | models.TextField):
        schema = {"type": "string"}
    else:
        schema = {}
    if field.help_text:
        schema = {**schema, "description": str(field.help_text)}
    return _with_label(schema, field.verbose_name)


def _own_property(model, name):
    try:
        return field_schema(model._meta.get_field(name))
    except FieldDoesNotExist:  # a computed property (status, review…): described by name only
        return {"title": name}


def type_schema(label):
    model = model_by_label(label)
    properties = dict(CORE_PROPERTIES)
    # Volto's fallback view labels every field of the default fieldset but the title.
    properties["title"] = _with_label(STRING, _("Title"))
    properties["description"] = _with_label(STRING, _("Description"))
    properties.update(
        {own_field_key(model, name): _own_property(model, name) for name in api_field_names(model)}
    )
    if model.allowed_subpage_models():
        properties.update(FOLDER_PROPERTIES)
    own = [own_field_key(model, name) for name in api_field_names(model)]
    return {
        "$schema": JSON_SCHEMA,
        "title": str(model._meta.verbose_name),
        "type": "object",
        "fieldsets": [
            {
                "behavior": "plone",
                "fields": ["title", "description", *own],
                "id": "default",
                "title": _("Default"),
            },
        ],
        "layouts": [LAYOUT],
        "properties": properties,
        "required": list(CORE_PROPERTIES),
    }
