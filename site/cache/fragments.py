"""Rendered parts shared between uncached requests until the next change of published content.

Two kinds: parts every page repeats (menus, footer links, language switcher), and the expensive
body of one page (a programme's goals, measures, indicator charts and review). Both are keyed by
the page cache's generation, which every change of published content bumps (see invalidation.py),
so a fragment is never older than the last publish, unpublish, move, delete or translation: the
next request reads the new generation and builds the fragment again. A page's body is also keyed
by the page and its live revision, so one page's change can never show under another's key.

Kept in each process's local copies only (no pickling, no extra Redis round trip); the generation
is read once per request. Without the page cache (off, or Redis away) every request builds its
own, and so do previews and draft views: they show content that is not live.
"""

from django.core.cache import caches
from django.utils import translation

from .config import page_cache_settings
from .generation import current_generation
from .local import local_copies

FRAGMENT_SIZE = 2048  # a rough figure for the store's memory bound; fragments are small lists


def shared_fragment(request, name, build):
    """A value every page shows the same way (menus, links), by generation, host and language."""
    key = f"fragment:{request.get_host()}:{translation.get_language()}:{name}"
    return shared_value(request, key, build)


def page_fragment(request, page, name, build):
    """Rendered text of the live `page`, shared until the next change; previews build their own."""
    if not page.live or getattr(request, "is_preview", False):
        return build()
    key = (
        f"fragment:{request.get_host()}:{translation.get_language()}:"
        f"page:{page.pk}:{page.live_revision_id}:{name}"
    )
    return shared_value(request, key, build, size=len)


def shared_value(request, key, build, size=lambda value: FRAGMENT_SIZE):
    """`build()` once per generation for everything `key` names; `size(value)` in bytes."""
    generation = generation_of(request)
    if generation is None:
        return build()
    key = f"{generation}:{key}"
    value = local_copies.get(key)
    if value is None:
        value = build()
        local_copies.put(key, value, size(value), page_cache_settings().seconds)
    return value


def stored_value(request, key, build, size=lambda value: FRAGMENT_SIZE):
    """`shared_value`, and kept in the page cache's store too (Redis with several workers), so
    that one worker builds it per generation for all: for a small value that costs a slow query
    (a list's total count), which each worker's first request would otherwise pay."""
    generation = generation_of(request)
    if generation is None:
        return build()

    def from_store():
        store = caches[page_cache_settings().alias]
        stored_key = f"pagecache:shared:{generation}:{key}"
        value = store.get(stored_key)
        if value is None:
            value = build()
            store.set(stored_key, value, page_cache_settings().seconds)
        return value

    return shared_value(request, key, from_store, size)


def generation_of(request):
    """The generation this request reads under, once per request; None: build everything."""
    if request is None or not page_cache_settings().enabled:
        return None
    if getattr(request, "is_preview", False):
        return None
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = current_generation()
    return request._page_cache_generation
