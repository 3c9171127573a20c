"""Serve anonymous visitors' pages, JSON and API responses from the cache.

Placed before SessionMiddleware so that a hit loads no session and queries nothing, and so that on
the way out it sees every cookie and Vary header the inner middleware add.
"""

from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from .config import page_cache_settings
from .generation import current_generation
from .keys import response_key, vary_headers_of, vary_key, vary_values
from .local import local_copies
from .rules import is_cacheable_request, is_cacheable_response

CACHE_STATUS_HEADER = "X-Cache"
# Without any of these a cached response is sent as it is (get_conditional_response would too).
CONDITIONAL_HEADERS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        cache = caches[page_cache_settings().alias]
        generation = current_generation()
        if generation is None:
            return self.get_response(request)
        # Fragments (fragments.py) rendered for this request use the same generation.
        request._page_cache_generation = generation
        url = request.build_absolute_uri()
        cached = self._lookup(cache, generation, url, request)
        if cached is not None:
            response = self._conditional(request, cached)
            response[CACHE_STATUS_HEADER] = "HIT"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            self._store(cache, generation, url, request, response)
            response[CACHE_STATUS_HEADER] = "MISS"
        return response

    def _lookup(self, cache, generation, url, request):
        """The stored response, from this process's copy if it has one, else from the cache.

        This process's copies are keyed by plain tuples, so a hit hashes nothing; the shared
        cache's keys are digests, computed only when the local copy is missing."""
        vary_headers = self._read(cache, ("vary", generation, url), vary_key, generation, url)
        if vary_headers is None:
            return None
        values = vary_values(request, vary_headers)
        stored = self._read(
            cache,
            ("page", generation, url, values),
            response_key,
            generation,
            url,
            vary_headers,
            values,
        )
        return None if stored is None else thaw(stored)

    def _read(self, cache, local_key, shared_key, *key_parts):
        value = local_copies.get(local_key)
        if value is None:
            value = cache.get(shared_key(*key_parts))
            if value is not None:
                self._keep_local(local_key, value)
        return value

    def _store(self, cache, generation, url, request, response):
        seconds = page_cache_settings().seconds
        vary_headers = vary_headers_of(response)
        values = vary_values(request, vary_headers)
        stored = freeze(response)
        for local_key, shared_key, value in (
            (("vary", generation, url), vary_key(generation, url), vary_headers),
            (
                ("page", generation, url, values),
                response_key(generation, url, vary_headers, values),
                stored,
            ),
        ):
            cache.set(shared_key, value, seconds)
            self._keep_local(local_key, value)

    def _keep_local(self, key, value):
        size = len(value[2]) + 1024 if isinstance(value, tuple) else 256
        local_copies.put(key, value, size, page_cache_settings().seconds)

    def _conditional(self, request, response):
        """Answer If-None-Match / If-Modified-Since from the cached validators with a 304."""
        if not any(name in request.META for name in CONDITIONAL_HEADERS):
            return response
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )


def freeze(response):
    """What is stored: status, headers and body; each hit gets a fresh response built from it,
    because the middleware outside (CORS, CSP, request id) add headers per request."""
    return (response.status_code, tuple(response.headers.items()), response.content)


def thaw(stored):
    status, headers, content = stored
    return HttpResponse(content, status=status, headers=dict(headers))
