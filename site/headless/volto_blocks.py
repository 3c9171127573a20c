"""A page's content as Volto blocks (`blocks`, `blocks_layout`), so that Volto's default view
shows the content and not only the title.

The layer knows no page model: a page describes its content by defining
`volto_blocks(self, blocks)` and calling the builder below (headings, paragraphs, lists, tables,
rich text, StreamFields); a StreamField block class may likewise define
`volto_blocks(self, value, blocks)`. Other pages get their rich text and StreamFields converted by
block type. A page with nothing to show as blocks gets none, and Volto falls back on the fields
of its type's schema (`/@types/<type>`).
"""

import uuid

from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from wagtail import blocks as wagtail_blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from . import slate
from .blocks import rich_text_html
from .fields import api_field_names
from .links import page_url

HOOK = "volto_blocks"
TABLE_STYLE = {
    "basic": False,
    "celled": True,
    "compact": False,
    "fixed": True,
    "hideHeaders": False,
    "inverted": False,
    "sortable": False,
    "striped": False,
}


class VoltoBlocks:
    """Collects blocks in reading order, after the title block every Volto page starts with.

    Empty texts, lists and tables add nothing, so callers need not test their values first.
    Block ids are derived from the page's UID and the block's position: the JSON of an
    unchanged page stays byte-for-byte the same (ETags keep working).
    """

    link = staticmethod(slate.link)
    strong = staticmethod(slate.strong)

    def __init__(self, request, page, page_uid):
        self.request = request
        self.page = page
        self._namespace = uuid.UUID(hex=page_uid)
        self._ids = 0
        self._blocks = {}
        self._layout = []
        self._add({"@type": "title"})

    @property
    def has_content(self):
        return len(self._layout) > 1

    def _id(self):
        self._ids += 1
        return str(uuid.uuid5(self._namespace, str(self._ids)))

    def _add(self, block):
        block_id = self._id()
        self._blocks[block_id] = block
        self._layout.append(block_id)

    def url(self, page):
        """The address of another page, as the page JSON gives it."""
        return page_url(self.request, page)

    # Text

    def _slate(self, node):
        self._add({"@type": "slate", "value": [node], "plaintext": slate.plaintext([node])})

    def heading(self, content, level=2):
        if content:
            self._slate(slate.element(f"h{min(max(level, 2), 4)}", slate.inline(content)))

    def paragraph(self, content):
        """Plain text (a blank line starts a new paragraph, a line break stays) or inline nodes."""
        if not content:
            return
        if not isinstance(content, str):
            self._slate(slate.paragraph(content))
            return
        for part in content.replace("\r\n", "\n").split("\n\n"):
            if part.strip():
                self._slate(slate.paragraph(part.strip()))

    def list(self, items, ordered=False):
        """A bulleted (or numbered) list; each item is a string, an inline node or a list of them."""
        items = [slate.element("li", slate.inline(item)) for item in items if item]
        if items:
            self._slate(slate.element("ol" if ordered else "ul", items))

    def table(self, header, rows):
        """A table under a header row (Volto always shows the first row as the header); cells
        are strings, inline nodes or lists of them."""
        if rows:
            table_rows = [self._row(header, "header")] + [self._row(row, "data") for row in rows]
            self._add({"@type": "slateTable", "table": {**TABLE_STYLE, "rows": table_rows}})

    def _row(self, cells, kind):
        return {
            "key": self._id(),
            "cells": [
                {"key": self._id(), "type": kind, "value": [slate.paragraph(cell or "")]}
                for cell in cells
            ],
        }

    def rich_text(self, source):
        """Database rich text: one block per paragraph, heading or list; tables as table blocks."""
        source = source.source if isinstance(source, RichText) else source
        for node in slate.html_to_slate(rich_text_html(source, self.request)):
            if node["type"] == "table":
                self._html_table(node["rows"])
            else:
                self._slate(node)

    def _html_table(self, rows):
        cells = [[cell["children"] for cell in row] for row in rows]
        if len(cells) > 1:
            self.table(cells[0], cells[1:])

    # StreamFields

    def stream(self, value):
        for child in value or []:
            self.block(child.block, child.value)

    def block(self, block, value):
        """One StreamField block: its own hook if it has one, otherwise by its block type."""
        hook = getattr(block, HOOK, None)
        if callable(hook):
            hook(value, self)
        elif isinstance(block, wagtail_blocks.RichTextBlock):
            self.rich_text(value)
        elif isinstance(block, TableBlock):
            self._table_block(value or {})
        elif isinstance(block, wagtail_blocks.StreamBlock):
            self.stream(value)
        elif isinstance(block, wagtail_blocks.ListBlock):
            self._list_block(block.child_block, value or [])
        elif isinstance(block, wagtail_blocks.StructBlock):
            for name, child in block.child_blocks.items():
                self.block(child, value.get(name))
        elif isinstance(block, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock):
            self.paragraph(value)
        # Numbers, dates, choices, images and choosers say nothing on their own.

    def _list_block(self, child_block, items):
        if isinstance(child_block, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock):
            self.list(items)
        else:
            for item in items:
                self.block(child_block, item)

    def _table_block(self, value):
        data = [[str(cell or "") for cell in row] for row in value.get("data") or []]
        if len(data) > 1:
            self.table(data[0], data[1:])

    def as_json(self):
        return {"blocks": self._blocks, "blocks_layout": {"items": self._layout}}


def _fields_as_blocks(page, blocks):
    """Pages without a hook: their rich text and StreamField API fields, in declared order."""
    for name in api_field_names(type(page)):
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, RichTextField):
            blocks.rich_text(getattr(page, name))
        elif isinstance(field, StreamField):
            blocks.stream(getattr(page, name))


def volto_blocks(request, page, page_uid):
    """`blocks` and `blocks_layout` of a page, or nothing for a page with no content to show."""
    blocks = VoltoBlocks(request, page, page_uid)
    hook = getattr(page, HOOK, None)
    with translation.override(page.locale.language_code):
        if callable(hook):
            hook(blocks)
            return blocks.as_json()
        _fields_as_blocks(page, blocks)
    return blocks.as_json() if blocks.has_content else {}
