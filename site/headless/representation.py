"""A page (or the site root) as plone.restapi's content representation, from live and public
data only."""

import uuid

from django.db.models import Max

from .batching import batch_links, batched
from .components import components
from .fields import own_fields
from .links import page_url
from .params import DEFAULT_BATCH_SIZE, Batch
from .roots import (
    language_homes,
    language_json,
    navigation_root,
    request_locale,
    site_title,
)
from .schema import LAYOUT
from .summaries import describe, summary, type_name, type_title
from .visibility import readable_pages
from .volto_blocks import volto_blocks

SITE_ROOT_TYPE = "Plone Site"
# Plone features the site does not have, with the values Plone gives when they are off:
# no comments (feedback has its own form), no tags, no related items, no next/previous links.
FEATURES_NOT_OFFERED = {
    "allow_discussion": False,
    "subjects": [],
    "relatedItems": [],
    "next_item": {},
    "previous_item": {},
}


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
    """`{}` at a navigation root, as in Plone; else the parent as a listing entry."""
    if page.depth <= 2 or page == navigation_root(page):
        return {}
    parent = readable_pages(page.locale).filter(pk=page.get_parent().pk).specific().first()
    if parent is None:
        return {}
    return summary(request, parent)


def _timestamp(value):
    return value.isoformat() if value else None


def _items(request, data, entries, total, batch, url):
    data["items"] = entries
    data["items_total"] = total
    if total > batch.size or batch.start > 0:  # Plone adds `batching` only to a batched list
        data["batching"] = batch_links(url, batch, total, _kept_query(request))


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
        "language": language_json(page.locale.language_code),
        "parent": _parent(request, page),
        "created": _timestamp(page.first_published_at),
        "modified": _timestamp(page.last_published_at),
        "effective": _timestamp(page.go_live_at or page.first_published_at),
        "expires": _timestamp(page.expire_at),
        "review_state": "published",
        "type_title": type_title(page),
        "layout": LAYOUT,
        "exclude_from_nav": not page.show_in_menus,
        "is_folderish": is_folderish(page),
        **FEATURES_NOT_OFFERED,
        "@components": components(request, page, expand),
    }
    data.update(own_fields(request, page))
    data.update(volto_blocks(request, page, data["UID"]))
    if data["is_folderish"] and page.pk:  # a previewed new page has no children yet
        entries, total = batched(children(page).specific(), batch)
        _items(request, data, [summary(request, entry) for entry in entries], total, batch, url)
    return data


def represent_site_root(request, batch, expand):
    """The site root (`/`): Plone's "Plone Site", whose items are the language home pages."""
    homes = [home.specific for home in language_homes(request)]
    url = page_url(request, None)
    data = {
        "@id": url,
        "@type": SITE_ROOT_TYPE,
        "UID": uuid.uuid5(uuid.NAMESPACE_URL, url).hex,
        "id": "",
        "title": site_title(request),
        "description": "",
        "language": language_json(request_locale(request).language_code),
        "parent": {},
        "effective": None,
        "expires": None,
        "review_state": None,
        "type_title": SITE_ROOT_TYPE,
        "layout": LAYOUT,
        "exclude_from_nav": False,
        "is_folderish": True,
        **FEATURES_NOT_OFFERED,
        "@components": components(request, None, expand),
    }
    entries = homes[batch.start : batch.start + batch.size]
    _items(request, data, [summary(request, home) for home in entries], len(homes), batch, url)
    return data


def represent_context(request, page):
    """A page, or the site root for None, with its first batch of items and no expansion."""
    batch = Batch(start=0, size=DEFAULT_BATCH_SIZE)
    if page is None:
        return represent_site_root(request, batch, set())
    return represent(request, page, batch, set())


def _kept_query(request):
    """Batch links keep `expand` so that every slice looks the same."""
    expand = request.GET.getlist("expand")
    return {"expand": ",".join(expand)} if expand else {}
