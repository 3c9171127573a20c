"""A page as plone.restapi's content representation, from live and public data only."""

import uuid

from django.db.models import Max

from .batching import batch_links, batched
from .components import components
from .fields import own_fields
from .links import page_url
from .summaries import describe, summary, type_name
from .visibility import readable_pages
from .volto_blocks import volto_blocks


def uid(page):
    """Stable and unique per language version (the translation key alone is shared)."""
    return uuid.uuid5(page.translation_key, page.locale.language_code).hex


def is_folderish(page):
    return bool(page.specific_class.allowed_subpage_models())


def children(page):
    return readable_pages(page.locale).child_of(page).order_by("path")


def last_modified(page):
    """When the page or, for a folder, any of its readable children was last published."""
    newest = page.last_published_at
    if is_folderish(page):
        newest_child = children(page).aggregate(newest=Max("last_published_at"))["newest"]
        if newest_child and (newest is None or newest_child > newest):
            newest = newest_child
    return newest


def _parent(request, page):
    if page.depth <= 2:
        return None
    parent = readable_pages(page.locale).filter(pk=page.get_parent().pk).specific().first()
    if parent is None:
        return None
    return {"@id": page_url(request, parent), "@type": type_name(parent), "title": parent.title}


def _timestamp(value):
    return value.isoformat() if value else None


def represent(request, page, batch, expand):
    """The JSON of a live, public page (checked by the caller) with one batch of its children."""
    url = page_url(request, page)
    data = {
        "@id": url,
        "@type": type_name(page),
        "UID": uid(page),
        "id": page.slug,
        "title": page.title,
        "description": describe(page),
        "language": page.locale.language_code,
        "parent": _parent(request, page),
        "created": _timestamp(page.first_published_at),
        "modified": _timestamp(page.last_published_at),
        "review_state": "published",
        "is_folderish": is_folderish(page),
        "@components": components(request, page, expand),
    }
    data.update(own_fields(request, page))
    data.update(volto_blocks(request, page, data["UID"]))
    if data["is_folderish"] and page.pk:  # a previewed new page has no children yet
        entries, total = batched(children(page).specific(), batch)
        data["items"] = [summary(request, entry) for entry in entries]
        data["items_total"] = total
        data["batching"] = batch_links(url, batch, total, _kept_query(request))
    return data


def _kept_query(request):
    """Batch links keep `expand` so that every slice looks the same."""
    expand = request.GET.get("expand")
    return {"expand": expand} if expand else {}
