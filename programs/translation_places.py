"""Where a translatable string sits in a StreamField, as an editor would say it.

wagtail-localize labels a string of a StreamField with the top block's label and the label of the
child that holds it, so every measure's strings read just "Measures". An editor looks for
"Goal 1 › Measure 2 › Responsible": the numbered blocks and list items on the way, then the field.
"""

from django.utils.text import capfirst
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField

SEPARATOR = " › "


def _numbered(block, position):
    return f"{capfirst(block.label)} {position}"


def _find(children, block_id):
    for position, child in enumerate(children, start=1):
        if child.id == block_id:
            return position, child
    return None, None


def place_labels(instance, content_path):
    """["Goal 1", "Measure 2", "Responsible"] for a StreamField string, else None."""
    name, *components = content_path.split(".")
    field = next((f for f in instance._meta.get_fields() if f.name == name), None)
    if not isinstance(field, StreamField) or not components:
        return None
    value, labels = getattr(instance, name), []
    for component in components:
        if isinstance(value, blocks.StreamValue):
            position, child = _find(value, component)
            if child is None:
                return None
            labels.append(_numbered(child.block, position))
            value = child.value
        elif isinstance(value, ListValue):
            position, child = _find(value.bound_blocks, component)
            if child is None:
                return None
            labels.append(_numbered(value.list_block.child_block, position))
            value = child.value
        elif isinstance(value, blocks.StructValue):
            child_block = value.block.child_blocks.get(component)
            if child_block is None:
                return None
            if not isinstance(
                child_block, blocks.StructBlock | blocks.ListBlock | blocks.StreamBlock
            ):
                labels.append(str(capfirst(child_block.label)))
            value = value.get(component)
        else:
            break
    return labels or None


def label_segments(segments, source_instance):
    """Give each StreamField segment of the translation editor its place: the top block as the
    group heading, the whole path as the string's label."""
    for segment in segments:
        labels = place_labels(source_instance, segment.get("contentPath", ""))
        if labels:
            segment["location"]["field"] = labels[0]
            segment["location"]["subField"] = SEPARATOR.join(labels)
    return segments
