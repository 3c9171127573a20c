"""Plone's page services (`@search`, `@breadcrumbs`, `@navigation`, `@translations`) and `@types`."""

from django.http import Http404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .batching import batch_links
from .caching import json_response
from .components import COMPONENTS
from .errors import HeadlessError, error_response
from .links import service_url
from .params import parse_batch, parse_search_text, reject_nul_bytes
from .schema import page_types, type_schema
from .summaries import summary
from .visibility import ensure_readable, readable_pages


def _page_at(request, page_path):
    """The page at a path of the active language's site, as Wagtail's own router finds it."""
    try:
        result = Page.route_for_request(request, page_path)
    except Http404:
        result = None
    if result is None:
        raise HeadlessError(404, _("Page not found."))
    page = result[0]
    ensure_readable(page, request)
    return page.specific


def search(request, page):
    """Live, public pages in the page's subtree and language that match `q`, batched."""
    text, batch = parse_search_text(request), parse_batch(request)
    pages = readable_pages(page.locale).descendant_of(page, inclusive=True).order_by("path")
    if text:
        results = pages.search(text)
        total = results.count()
        ids = [hit.pk for hit in results[batch.start : batch.start + batch.size]]
    else:
        total = pages.count()
        ids = list(pages.values_list("pk", flat=True)[batch.start : batch.start + batch.size])
    found = {hit.pk: hit for hit in Page.objects.filter(pk__in=ids).specific()}
    base = service_url(request, page, "search")
    return {
        "@id": service_url(request, page, "search", q=text),
        "items": [summary(request, found[pk]) for pk in ids if pk in found],
        "items_total": total,
        "batching": batch_links(base, batch, total, {"q": text}),
    }


SERVICES = {"search": search, **COMPONENTS}


@require_safe
def page_service(request, page_path, service):
    try:
        reject_nul_bytes(request)
        if service not in SERVICES:
            raise HeadlessError(404, _("Unknown service: @%(name)s.") % {"name": service[:50]})
        page = _page_at(request, page_path)
        data = SERVICES[service](request, page)
    except HeadlessError as error:
        return error_response(error.status, error.message)
    last_modified = page.last_published_at if service != "search" else None
    return json_response(request, data, last_modified)


@require_safe
def types_index(request):
    return json_response(request, page_types(request))


@require_safe
def type_detail(request, type_name):
    try:
        reject_nul_bytes(request)
        schema = type_schema(type_name)
    except HeadlessError as error:
        return error_response(error.status, error.message)
    return json_response(request, schema)
