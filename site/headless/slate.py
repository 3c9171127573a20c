"""HTML to the Slate JSON that Volto's text blocks hold (the element types of @plone/volto-slate).

A Slate value is a list of elements (`{"type", "children"}`) whose leaves are text nodes
(`{"text"}`). Volto's slate block keeps one top-level element (a paragraph, heading or list);
bold, italic and links are inline elements, as volto-slate's own HTML deserializer makes them.
"""

import re
from html.parser import HTMLParser

from django.utils.functional import Promise

HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
BLOCKS = {"p": "p", "ul": "ul", "ol": "ol", "li": "li", "blockquote": "blockquote"} | HEADINGS
TABLE_PARTS = {"table", "tr", "th", "td"}
INLINES = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "u": "u", "s": "del"}
INLINES |= {"del": "del", "sub": "sub", "sup": "sup", "code": "code", "a": "link"}
# Containers whose content counts, but which Slate has no element for.
TRANSPARENT = {"div", "span", "thead", "tbody", "tfoot", "section", "article", "main"}
VOID = {"br", "hr", "img", "embed", "wbr"}
_WHITESPACE = re.compile(r"\s+")


def text(value):
    return {"text": value}


def element(kind, children, **extra):
    """An element whose children are nodes or strings (strings become text leaves)."""
    nodes = [text(str(child)) if _is_text(child) else child for child in children]
    return {"type": kind, "children": nodes or [text("")], **extra}


def link(label, url):
    return element("link", [label], data={"url": url})


def strong(label):
    return element("strong", [label])


def paragraph(content):
    """A paragraph of plain text (line breaks kept) or of inline nodes."""
    return element("p", inline(content))


def inline(content):
    """Inline children from a string, a node or a list of both."""
    if _is_text(content) or isinstance(content, dict):
        content = [content]
    return [text(str(part)) if _is_text(part) else part for part in content if part != ""]


def _is_text(value):
    return isinstance(value, str | Promise)


def plaintext(nodes):
    """The text of nodes as volto-slate indexes it: words of leaves and blocks space-separated."""

    def concatenated(node):
        if "text" in node:
            return node["text"].strip()
        return " ".join(concatenated(child) for child in node["children"])

    return "\n".join(concatenated(node) for node in nodes)


class _TreeBuilder(HTMLParser):
    """Builds element nodes from HTML; unknown tags keep their text, scripts and styles vanish."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"type": "root", "children": []}
        self.open = [self.root]
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "br":
            self.open[-1]["children"].append(text("\n"))
            return
        if tag in VOID:
            return
        kind = BLOCKS.get(tag) or INLINES.get(tag) or (tag if tag in TABLE_PARTS else None)
        if kind is None:
            kind = "transparent"
        node = {"type": kind, "children": []}
        if kind == "link":
            node["data"] = {"url": dict(attrs).get("href") or ""}
        self.open[-1]["children"].append(node)
        self.open.append(node)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag in VOID:
            return
        # Close up to the matching open element; a stray end tag closes nothing.
        for depth in range(len(self.open) - 1, 0, -1):
            if _matches(self.open[depth], tag):
                del self.open[depth:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.open[-1]["children"].append(text(data))


def _matches(node, tag):
    kind = BLOCKS.get(tag) or INLINES.get(tag) or (tag if tag in TABLE_PARTS else "transparent")
    return node["type"] == kind


def _unwrap(children):
    """Children with transparent containers replaced by their own children."""
    flat = []
    for child in children:
        if child.get("type") == "transparent":
            flat.extend(_unwrap(child["children"]))
        else:
            flat.append(child)
    return flat


def _is_block(node):
    return node.get("type") in BLOCKS.values() or node.get("type") in TABLE_PARTS


def _clean_inline(children, preserve=False):
    """Inline children with HTML whitespace collapsed and neighbouring texts merged."""
    cleaned = []
    for child in _unwrap(children):
        if "text" in child:
            value = child["text"]
            if not preserve and value != "\n":
                value = _WHITESPACE.sub(" ", value)
            if cleaned and "text" in cleaned[-1]:
                cleaned[-1] = text(cleaned[-1]["text"] + value)
            else:
                cleaned.append(text(value))
        elif _is_block(child):  # a block inside an inline: keep its words
            cleaned.extend(_clean_inline(child["children"], preserve))
        else:
            node = {**child, "children": _clean_inline(child["children"], child["type"] == "code")}
            cleaned.append(node)
    return cleaned


def _trim(children):
    """Strip the spaces at the edges of a block, and around its line breaks."""
    if children and "text" in children[0]:
        children[0] = text(children[0]["text"].lstrip(" "))
    if children and "text" in children[-1]:
        children[-1] = text(children[-1]["text"].rstrip(" "))
    children = [
        text(child["text"].replace(" \n", "\n").replace("\n ", "\n")) if "text" in child else child
        for child in children
    ]
    return [child for child in children if child.get("text", None) != ""] or [text("")]


def _block(node):
    """A block element with normalised children: list items hold inlines and nested lists."""
    kind = node["type"]
    if kind in ("ul", "ol"):
        items = [child for child in _unwrap(node["children"]) if child.get("type") == "li"]
        return element(kind, [_block(item) for item in items])
    if kind == "li":
        return element("li", _mixed(node["children"]))
    if kind == "blockquote":
        return element("blockquote", _trim(_clean_inline(node["children"])))
    return {**node, "children": _trim(_clean_inline(node["children"]))}


def _mixed(children):
    """Children of a list item: runs of inline content, and nested lists as elements."""
    result, run = [], []
    for child in _unwrap(children):
        if child.get("type") in ("ul", "ol"):
            result.extend(_trim(_clean_inline(run)) if run else [])
            run = []
            result.append(_block(child))
        elif child.get("type") == "p":
            run.extend(child["children"] + [text(" ")])
        else:
            run.append(child)
    if run:
        result.extend(_trim(_clean_inline(run)))
    return result or [text("")]


def _table(node):
    """A table as rows of cells, each cell `{"header": bool, "children": inline nodes}`."""
    rows = []
    for row in _descendants(node, "tr"):
        cells = [
            {"header": cell["type"] == "th", "children": _trim(_clean_inline(cell["children"]))}
            for cell in _unwrap(row["children"])
            if cell.get("type") in ("th", "td")
        ]
        if cells:
            rows.append(cells)
    return {"type": "table", "rows": rows}


def _descendants(node, kind):
    for child in node.get("children", []):
        if child.get("type") == kind:
            yield child
        elif "children" in child:
            yield from _descendants(child, kind)


def html_to_slate(html):
    """Top-level Slate elements of an HTML fragment; a `<table>` becomes `{"type": "table", "rows"}`.

    Text outside any block (between paragraphs, or a bare string) becomes its own paragraph.
    """
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    blocks, loose = [], []

    def flush():
        if loose:
            children = _trim(_clean_inline(loose))
            if any(child.get("text", "x").strip() for child in children):
                blocks.append(element("p", children))
            loose.clear()

    for node in _unwrap(builder.root["children"]):
        if node.get("type") == "table":
            flush()
            blocks.append(_table(node))
        elif _is_block(node) and node["type"] not in TABLE_PARTS:
            flush()
            blocks.append(_block(node))
        else:
            loose.append(node)
    flush()
    return [block for block in blocks if block["type"] == "table" or plaintext([block]).strip()]
