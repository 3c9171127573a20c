"""Absolute addresses of pages and of their services, built from the request's own host."""

from urllib.parse import urlencode


def page_url(request, page):
    """The page's absolute URL, or None when it has no route (e.g. outside every site)."""
    relative = page.get_url(request)
    if relative is None:
        return None
    return request.build_absolute_uri(relative)


def service_url(request, page, service, **query):
    base = page_url(request, page)
    if base is None:
        return None
    url = base + "@" + service
    query = {key: value for key, value in query.items() if value not in (None, "")}
    return url + ("?" + urlencode(query) if query else "")


def with_query(url, **query):
    query = {key: value for key, value in query.items() if value not in (None, "")}
    return url + ("?" + urlencode(query) if query else "")
