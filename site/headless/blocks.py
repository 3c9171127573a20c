"""StreamField and rich text as structured JSON: blocks keep their shape, links become absolute.

Wagtail API v2 gives rich text in its database form (`<a linktype="page" id="3">`) and images as
bare ids; a decoupled front end needs real addresses and image renditions instead.
"""

import re

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText, expand_db_html

from .links import page_url
from .visibility import is_restricted

RENDITIONS = {"thumbnail": "fill-400x300", "large": "max-1200x1200"}
_ROOT_RELATIVE_LINK = re.compile(r'(\b(?:href|src)=")(/(?!/)[^"]*)"')


def rich_text_html(source, request):
    """Database rich text as HTML whose page, document and image links are absolute URLs."""
    html = expand_db_html(source or "")
    return _ROOT_RELATIVE_LINK.sub(
        lambda match: f'{match.group(1)}{request.build_absolute_uri(match.group(2))}"', html
    )


def image_json(image, request):
    if image is None:
        return None
    renditions = image.get_renditions(*RENDITIONS.values())
    return {
        "id": image.pk,
        "title": image.title,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": request.build_absolute_uri(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def page_link_json(page, request):
    """A linked page as `@id`/`title`, or None when a resident could not open it."""
    if page is None or not page.live or is_restricted(page):
        return None
    return {
        "@id": page_url(request, page),
        "@type": page.specific_class._meta.label,
        "title": page.title,
    }


def _overrides(block, base_class):
    """Whether a block class gives its own API representation, which we then respect."""
    return type(block).get_api_representation is not base_class.get_api_representation


def block_json(block, value, context):
    request = context["request"]
    if isinstance(block, blocks.StreamBlock) and not _overrides(block, blocks.StreamBlock):
        return [
            {
                "type": child.block_type,
                "id": child.id,
                "value": block_json(child.block, child.value, context),
            }
            for child in value
        ]
    if isinstance(block, blocks.ListBlock) and not _overrides(block, blocks.ListBlock):
        return [block_json(block.child_block, item, context) for item in value]
    if isinstance(block, blocks.StructBlock) and not _overrides(block, blocks.StructBlock):
        return {
            name: block_json(child, value.get(name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_html(value.source if isinstance(value, RichText) else value, request)
    if isinstance(block, ImageChooserBlock):
        return image_json(value, request)
    if isinstance(block, blocks.PageChooserBlock):
        return page_link_json(value, request)
    if isinstance(block, DocumentChooserBlock):
        if value is None:
            return None
        return {"id": value.pk, "title": value.title, "url": request.build_absolute_uri(value.url)}
    return block.get_api_representation(value, context)
