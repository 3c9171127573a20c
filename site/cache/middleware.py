"""Serve anonymous visitors' pages, JSON and API responses from the cache.

Placed before SessionMiddleware so that a hit loads no session and queries nothing, and so that on
the way out it sees every cookie and Vary header the inner middleware add.
"""

from django.core.cache import caches
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from .config import page_cache_settings
from .generation import current_generation
from .keys import response_key, vary_headers_of, vary_key
from .rules import is_cacheable_request, is_cacheable_response

CACHE_STATUS_HEADER = "X-Cache"


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
        cached = self._lookup(cache, generation, request)
        if cached is not None:
            response = self._conditional(request, cached)
            response[CACHE_STATUS_HEADER] = "HIT"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            self._store(cache, generation, request, response)
            response[CACHE_STATUS_HEADER] = "MISS"
        return response

    def _lookup(self, cache, generation, request):
        vary_headers = cache.get(vary_key(generation, request))
        if vary_headers is None:
            return None
        return cache.get(response_key(generation, request, vary_headers))

    def _store(self, cache, generation, request, response):
        seconds = page_cache_settings().seconds
        vary_headers = vary_headers_of(response)
        cache.set(vary_key(generation, request), vary_headers, seconds)
        cache.set(response_key(generation, request, vary_headers), response, seconds)

    def _conditional(self, request, response):
        """Answer If-None-Match / If-Modified-Since from the cached validators with a 304."""
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
