"""HTTP caching of the JSON: ETag, Last-Modified, 304 on revalidation and Cache-Control.

HTML and JSON share each page URL, so every response varies on Accept; a shared cache must
never hand one to a client that asked for the other.
"""

import hashlib
import json
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.module_loading import import_string

DEFAULT_MAX_AGE = 300


def shared(request, key, build, size):
    """`build()`, or a copy the site shares between requests (`HEADLESS_SHARED_VALUE`).

    The plugin knows nothing of the site's caches: a site that can tell when its published
    content changes names a callable `(request, key, build, size)` that returns a value built
    once for `key` until the next change; without one, every request builds its own.
    """
    path = getattr(settings, "HEADLESS_SHARED_VALUE", None)
    return _imported(path)(request, key, build, size) if path else build()


@lru_cache(maxsize=4)
def _imported(path):
    return import_string(path)


def cache_control(request):
    if request.user.is_authenticated:
        return "private, no-store"
    max_age = getattr(settings, "HEADLESS_JSON_MAX_AGE", DEFAULT_MAX_AGE)
    return f"public, max-age={max_age}"


class EncodedJSON(NamedTuple):
    body: bytes
    etag: str


def encode(data):
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode("utf-8")
    return EncodedJSON(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"')


def json_response(request, data, last_modified=None):
    """A JSON response with validators; a 304 when the client's copy is still current."""
    return encoded_response(request, encode(data), last_modified)


def encoded_response(request, encoded, last_modified=None):
    body, etag = encoded
    timestamp = int(last_modified.timestamp()) if last_modified else None

    response = get_conditional_response(request, etag=etag, last_modified=timestamp)
    if response is None:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    response["Cache-Control"] = cache_control(request)
    patch_vary_headers(response, ["Accept"])
    return response
