"""Volto's two ways of addressing content as JSON, answered at the same place.

- `/++api++/<path>`: Plone 6's API traversal (Volto's default); JSON whatever the Accept header.
- `<path>` with `Accept: application/json`: Volto's "legacy traverse".

For a JSON request a slashless page URL (`/fi/ohjelmat`, the form of an `@id`) is served directly
instead of redirected, the site root answers as Plone's site root, and every error, whatever view
raised it, is plone.restapi's `{"type", "message"}`. HTML requests pass through unchanged.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from .errors import error_response
from .negotiation import JSON, wants_json

API_PREFIX = "/++api++"
# Where a JSON request for the site root is routed (see urls.py); never a page slug.
SITE_ROOT_PATH = "/@@site-root"


# Paths with their own JSON conventions (or none): the admin, Wagtail API v2, files.
DEFAULT_EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/")


def _excluded():
    return tuple(getattr(settings, "HEADLESS_EXCLUDED_PREFIXES", DEFAULT_EXCLUDED_PREFIXES))


def _set_path(request, path_info):
    request.path_info = path_info
    request.path = request.META.get("SCRIPT_NAME", "").rstrip("/") + path_info


def _is_page_path(path):
    """A page's path (slash appended for JSON): not a service, not a file such as `a.pdf`."""
    segments = path.split("/")
    return not any(segment.startswith("@") for segment in segments) and "." not in segments[-1]


class PloneAddressingMiddleware:
    """Place right after CorsMiddleware, before the page cache and LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
            _set_path(request, path[len(API_PREFIX) :] or "/")
            request.META["HTTP_ACCEPT"] = JSON
            for cached in ("headers", "accepted_types"):  # read again from the new Accept
                request.__dict__.pop(cached, None)
        elif not wants_json(request) or path.startswith(_excluded()):
            return self.get_response(request)

        path = request.path_info
        if path == "/":
            request.path_info = SITE_ROOT_PATH
        elif not path.endswith("/") and _is_page_path(path):
            _set_path(request, path + "/")
        return as_plone_error(self.get_response(request))


def as_plone_error(response):
    """A JSON request's failure from any view (an HTML 404, a 405…) as plone.restapi's error."""
    if response.status_code < 400 or response.get("Content-Type", "").startswith(JSON):
        return response
    messages = {
        404: _("Page not found."),
        405: _("This method is not allowed here."),
        406: _("This address has no JSON representation."),
    }
    message = messages.get(response.status_code, _("The request failed."))
    plone_response = error_response(response.status_code, message)
    for header in ("Allow", "Content-Language"):
        if response.has_header(header):
            plone_response[header] = response[header]
    return plone_response


def allows_cors(sender, request, **kwargs):
    """django-cors-headers' signal: every JSON request gets CORS headers, on any path (a JSON
    request for `/ohjelmat/` is redirected to `/fi/ohjelmat/`, and that redirect needs them too)."""
    path = request.path_info
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        return True
    return wants_json(request) and not path.startswith(_excluded())
