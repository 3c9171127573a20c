"""Parts every page repeats (menus, footer links, language switcher), shared until the next change.

Keyed by the page cache's generation, which every change of published content bumps (see
invalidation.py), so a fragment is never older than the last publish, unpublish, move, delete or
translation: the next request reads the new generation and builds the fragment again. Kept in
each process's local copies only (no pickling, no extra Redis round trip); the generation is read
once per request. Without the page cache (off, or Redis away) every request builds its own.
"""

from django.utils import translation

from .config import page_cache_settings
from .generation import current_generation
from .local import local_copies

FRAGMENT_SIZE = 2048  # a rough figure for the store's memory bound; fragments are small lists


def shared_fragment(request, name, build):
    key = f"fragment:{request.get_host()}:{translation.get_language()}:{name}"
    return shared_value(request, key, build)


def shared_value(request, key, build, size=lambda value: FRAGMENT_SIZE):
    """`build()` once per generation for everything `key` names; `size(value)` in bytes."""
    generation = _generation_of(request)
    if generation is None:
        return build()
    key = f"{generation}:{key}"
    value = local_copies.get(key)
    if value is None:
        value = build()
        local_copies.put(key, value, size(value), page_cache_settings().seconds)
    return value


def _generation_of(request):
    if request is None or not page_cache_settings().enabled:
        return None
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = current_generation()
    return request._page_cache_generation
