"""The figures of a page: numbers, dates and choices inside its StreamFields.

wagtail-localize copies these from the Finnish page into every translation when the translation
is saved (they are synchronised, never translated), so after a change in Finnish a translated
page shows the old figure until it is synced and published again. Comparing the figures of the
Finnish page with those of a live translation tells who must act.
"""

from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField

# Text is translated string by string; everything else in a block is a figure.
TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.RichTextBlock,
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.RawHTMLBlock,
)


def _walk(block, value, path, found):
    if isinstance(value, blocks.StreamValue):
        for child in value:
            _walk(child.block, child.value, f"{path}.{child.id}", found)
    elif isinstance(value, ListValue):
        for child in value.bound_blocks:
            _walk(value.list_block.child_block, child.value, f"{path}.{child.id}", found)
    elif isinstance(value, blocks.StructValue):
        for name, child_block in value.block.child_blocks.items():
            _walk(child_block, value.get(name), f"{path}.{name}", found)
    elif not isinstance(block, TEXT_BLOCKS):
        found[path] = value


def figures(page):
    """{content path: value} of every figure, with the block-id paths wagtail-localize uses."""
    found = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            _walk(None, getattr(page, field.name), field.name, found)
    return found


def changed_figures(source, translated):
    """The content paths whose figure differs between the source page and a translation
    (a figure added or removed in the source counts too)."""
    ours, theirs = figures(source), figures(translated)
    missing = object()
    return sorted(
        path
        for path in ours.keys() | theirs.keys()
        if ours.get(path, missing) != theirs.get(path, missing)
    )
