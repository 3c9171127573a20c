"""Turn the content files' block lists into StreamField raw data with stable ids."""

from .content import block_id, plain
from .translate import string_key


def list_items(items, *id_parts):
    """ListBlock items must be given as {type: item}; plain lists store but never translate."""
    return [
        {"type": "item", "value": item, "id": block_id(*id_parts, index)}
        for index, item in enumerate(items)
    ]


def body(blocks, key, domains=None):
    """The raw value of a home.blocks.BodyBlock stream. `domains` maps domain keys to snippets."""
    raw = []
    for index, block in enumerate(blocks or []):
        kind = block["type"]
        raw.append(
            {
                "type": kind,
                "value": _body_value(kind, block, key, index, domains),
                "id": block_id(key, index),
            }
        )
    return raw


def _body_value(kind, block, key, index, domains):
    if kind == "heading":
        return {"text": block["text"]}
    if kind == "paragraph":
        return f"<p>{string_key(block['text'])}</p>"
    if kind == "checklist":
        return {"title": block.get("title") or "", "items": list_items(block["items"], key, index)}
    if kind == "key_points":
        points = [{"title": item["title"], "text": item["text"]} for item in block["items"]]
        return {"title": block.get("title") or "", "items": list_items(points, key, index)}
    if kind == "callout":
        return {"kind": block.get("kind", "tip"), "title": block["title"], "text": block["text"]}
    if kind == "question_set":
        return {"domain": domains[block["domain"]].pk}
    if kind == "resource_link":
        return {
            "title": block["title"],
            "url": block["url"],
            "description": block.get("description") or "",
        }
    if kind == "accessibility_supervisor":
        return None  # Shows the AccessibilitySupervisor snippet of the page's language.
    raise ValueError(f"Unknown block type {kind!r} in {key}")


def simple_stream(block_type, items, key, to_value):
    """A stream of one block type, one block per content item."""
    return [
        {"type": block_type, "value": to_value(item), "id": block_id(key, index)}
        for index, item in enumerate(items or [])
    ]


def json_values(data):
    return {name: plain(value) for name, value in data.items()}
