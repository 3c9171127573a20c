from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from .excerpts import excerpt
from .query import MAX_QUERY_LENGTH, clean_query
from .types import RESULT_TYPES, models_of, type_choices, type_of

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Search the pages of the visitor's language; never fails on odd input."""
    query = clean_query(request.GET.get("q", ""))
    type_key = request.GET.get("type", "")
    if type_key not in RESULT_TYPES:
        type_key = ""
    home = _home(request)
    results, paginator = [], None
    if query.terms and home is not None:
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(home, inclusive=True)
            .filter(locale_id=home.locale_id)
            .type(*models_of(type_key))
            .specific()  # each result as its own page type: one query per type, not per result
        )
        matches = pages.search(query.search_string, operator="and")
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    context = {
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "type_key": type_key,
        "type_choices": type_choices(),
        "results": results,
        "items": [_item(page, query.terms, request) for page in results],
        "paginator": paginator,
        "base_query_string": urlencode(
            {key: value for key, value in (("q", query.text), ("type", type_key)) if value}
        ),
        "all_types_query_string": urlencode({"q": query.text}),
        "suggestions": _suggestions(home, request) if home is not None else [],
        "language_urls": _language_urls(request),
    }
    return TemplateResponse(request, "search/search.html", context)


def _home(request):
    """The home page in the language of the URL prefix."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def _item(specific, terms, request):
    return {
        "title": specific.title,
        "url": specific.get_url(request),
        "type": RESULT_TYPES[type_of(specific)][0],
        "excerpt": excerpt(specific, terms, title=specific.title),
    }


def _suggestions(home, request):
    """When nothing is found: the main sections, from where a visitor can browse instead."""
    return [
        {"title": page.title, "url": page.get_url(request)}
        for page in home.get_children().live().public().in_menu()
    ]


def _language_urls(request):
    """The same search in the other languages, for the language switcher."""
    query_string = request.GET.urlencode()
    suffix = f"?{query_string}" if query_string else ""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("search") + suffix
    return urls
