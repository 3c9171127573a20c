"""Cache keys: one per URL for the Vary header names, one per URL and Vary values for the response.

A response's Vary header names the request headers that change it (Accept for HTML or JSON at the
same URL, Accept-Language, Cookie). Those names are only known after the first response, so they are
stored beside it, as Django's own cache middleware does; the key then covers their values.
"""

import hashlib

from django.utils.cache import cc_delim_re


def _digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# v2: responses are stored as (status, headers, body) tuples (middleware.freeze), not pickles.
def vary_key(generation, url):
    return f"pagecache:v2:{generation}:vary:{_digest(url)}"


def vary_values(request, vary_headers):
    """The request's values of the headers a response varies on, in the names' sorted order."""
    meta = request.META
    return tuple(
        meta.get(_META_NAMES.get(name) or _meta_name(name), "") for name in sorted(vary_headers)
    )


def response_key(generation, url, vary_headers, values):
    named = "\n".join(
        f"{name}={value}" for name, value in zip(sorted(vary_headers), values, strict=True)
    )
    return f"pagecache:v2:{generation}:page:{_digest(url)}:{_digest(named)}"


_META_NAMES = {}


def _meta_name(name):
    """request.META's key of a header (what request.headers reads), remembered per name."""
    meta_name = name.upper().replace("-", "_")
    if meta_name not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        meta_name = "HTTP_" + meta_name
    _META_NAMES[name] = meta_name
    return meta_name


def vary_headers_of(response):
    if not response.has_header("Vary"):
        return []
    return [name.strip().lower() for name in cc_delim_re.split(response["Vary"]) if name.strip()]
