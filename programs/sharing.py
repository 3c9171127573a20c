"""Values the host site may share between requests until its published content changes.

The app knows nothing of the site's caches. A site that can tell when published content changes
names in `OSALLISUUS_SHARED_VALUE` a callable `(request, key, build, size)` that returns what
`build()` made for `key` until the next change (`size(value)`: its bytes, for a memory bound).
Without one, every request builds its own: as correct, only slower.
"""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string


def shared_value(request, key, build, size=lambda value: 2048):
    path = getattr(settings, "OSALLISUUS_SHARED_VALUE", None)
    if request is None or not path:
        return build()
    return _imported(path)(request, key, build, size)


@lru_cache(maxsize=4)
def _imported(path):
    return import_string(path)
