"""Plone's services at every page and at the site root: the components, `@search`, `@site`,
`@types/<type>`; and the site root's own JSON."""

from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .caching import json_response
from .components import COMPONENTS
from .errors import HeadlessError, error_response
from .params import parse_batch, parse_expand, reject_nul_bytes
from .representation import represent, represent_site_root
from .schema import type_schema
from .search import search
from .site_info import site_info
from .traversal import page_at_path, page_at_root

SERVICES = {**COMPONENTS, "search": search, "site": site_info}
# These describe the page alone, so its publication time is their Last-Modified.
PAGE_ONLY_SERVICES = {"breadcrumbs", "workflow"}


def _unknown_service(service):
    return HeadlessError(404, _("Unknown service: @%(name)s.") % {"name": service[:50]})


@require_safe
def page_service(request, page_path, service, detail=None):
    try:
        reject_nul_bytes(request)
        if service not in SERVICES or (detail and service != "types"):
            raise _unknown_service(service)
        page = page_at_path(request, page_path)
        data = type_schema(detail) if detail else SERVICES[service](request, page)
    except HeadlessError as error:
        return error_response(error.status, error.message)
    last_modified = None
    if page is not None and service in PAGE_ONLY_SERVICES:
        last_modified = page.last_published_at
    return json_response(request, data, last_modified)


@require_safe
def site_root(request):
    try:
        reject_nul_bytes(request)
        batch, expand = parse_batch(request), parse_expand(request)
        home = page_at_root(request)
        if home is not None:
            data = represent(request, home, batch, expand)
        else:
            data = represent_site_root(request, batch, expand)
    except HeadlessError as error:
        return error_response(error.status, error.message)
    return json_response(request, data)
