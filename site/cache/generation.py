"""One generation number for the whole site: bumping it makes every cached response unreachable.

Why not delete the changed page's URLs? A publish also changes its parent's list, the menus, the
home page, the API lists, the sitemap, search results, the JSON of other pages and the language
switchers of its translations. Tracking all of those is error-prone; a new generation invalidates
all of them at once, costs one cache write, and works the same with one process or many app
servers sharing Redis. The old entries are never read again and expire by their timeout.
Publishing is rare next to reading, so emptying the cache on each change costs little.
"""

import time

from django.core.cache import caches

from .config import page_cache_settings

GENERATION_KEY = "pagecache:generation"


def _cache():
    return caches[page_cache_settings().alias]


def current_generation():
    """The generation to read and write under; None when the cache cannot be reached."""
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Evicted or never set: a new value, never an old one whose entries may still be stored.
        generation = time.time_ns()
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation():
    """Start a new generation; a time-based value stays unique when several processes bump."""
    _cache().set(GENERATION_KEY, time.time_ns(), timeout=None)
