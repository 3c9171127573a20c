"""Cache keys: one per URL for the Vary header names, one per URL and Vary values for the response.

A response's Vary header names the request headers that change it (Accept for HTML or JSON at the
same URL, Accept-Language, Cookie). Those names are only known after the first response, so they are
stored beside it, as Django's own cache middleware does; the key then covers their values.
"""

import hashlib

from django.utils.cache import cc_delim_re


def _digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _url_digest(request):
    return _digest(request.build_absolute_uri())


# v2: responses are stored as (status, headers, body) tuples (middleware.freeze), not pickles.
def vary_key(generation, request):
    return f"pagecache:v2:{generation}:vary:{_url_digest(request)}"


def response_key(generation, request, vary_headers):
    values = "\n".join(f"{name}={request.headers.get(name, '')}" for name in sorted(vary_headers))
    return f"pagecache:v2:{generation}:page:{_url_digest(request)}:{_digest(values)}"


def vary_headers_of(response):
    if not response.has_header("Vary"):
        return []
    return [name.strip().lower() for name in cc_delim_re.split(response["Vary"]) if name.strip()]
