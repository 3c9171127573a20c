"""Content negotiation at each page's own URL: `Accept: application/json` gets the page as JSON."""

from urllib.parse import unquote, urlparse

from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from .caching import encode, encoded_response, shared
from .errors import HeadlessError, error_response
from .params import parse_batch, parse_expand, reject_nul_bytes
from .representation import last_modified, represent
from .visibility import ensure_readable

JSON = "application/json"


def wants_json(request):
    """True when JSON is preferred to HTML (a browser's `text/html, */*` stays HTML)."""
    return request.get_preferred_type(["text/html", JSON]) == JSON


def serve_json(page, request, serve_args, serve_kwargs):
    """A `before_serve_page` hook: runs before Wagtail's own view-restriction check."""
    if not wants_json(request):
        return None
    try:
        ensure_readable(page, request)
        if request.path != unquote(urlparse(page.get_url(request)).path):
            # A sub-route of a routable page (e.g. the comparison view) is HTML only.
            raise HeadlessError(406, _("This address has no JSON representation."))
        reject_nul_bytes(request)
        batch, expand = parse_batch(request), parse_expand(request)
        page = page.specific
        encoded, modified = shared(
            request,
            representation_key(request, page),
            lambda: (encode(represent(request, page, batch, expand)), last_modified(page)),
            size=lambda value: len(value[0].body),
        )
    except HeadlessError as error:
        return error_response(error.status, error.message)
    return encoded_response(request, encoded, modified)


def representation_key(request, page):
    """Everything a page's JSON depends on besides the rest of the site's published content
    (which the generation covers): the live revision, and the request's address, query,
    language and whether someone is signed in (Plone's `actions`)."""
    return ":".join(
        str(part)
        for part in (
            "page-json",
            page.pk,
            page.live_revision_id,
            page.last_published_at and page.last_published_at.isoformat(),
            translation.get_language(),
            request.user.is_authenticated,
            request.build_absolute_uri(),
        )
    )


class VaryOnAcceptMiddleware:
    """Adds `Vary: Accept` to every page response, HTML included, for caches in front of us."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in ("wagtail_serve", "headless_page_service"):
            patch_vary_headers(response, ["Accept"])
        return response
