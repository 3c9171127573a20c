"""Absolute addresses of pages and of their services, built from the request's own host.

As in Plone, an `@id` has no trailing slash, so that a client's `<@id>/@breadcrumbs` is a real
address; the HTML pages keep Wagtail's slashed URLs.
"""

from urllib.parse import urlencode


def site_root_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def page_url(request, page):
    """The page's absolute `@id`, or None when it has no route (e.g. outside every site)."""
    if page is None:
        return site_root_url(request)
    relative = page.get_url(request)
    if relative is None:
        return None
    return request.build_absolute_uri(relative).rstrip("/")


def service_url(request, page, service, **query):
    base = page_url(request, page)
    if base is None:
        return None
    return with_query(f"{base}/@{service}", **query)


def with_query(url, **query):
    query = {key: value for key, value in query.items() if value not in (None, "", [])}
    return url + ("?" + urlencode(query, doseq=True) if query else "")
