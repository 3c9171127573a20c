from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from .excerpts import excerpt
from .pages import browse_links, home_page, searched_pages
from .paging import CountedByPage
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
    home = home_page(request)
    results, paginator = [], None
    if query.terms and home is not None:
        pages = searched_pages(request, home, models_of(type_key))
        matches = pages.search(query.search_string, operator="and")
        number = request.GET.get("page")
        paginator = Paginator(CountedByPage(matches, number, RESULTS_PER_PAGE), RESULTS_PER_PAGE)
        results = paginator.get_page(number)
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
        # Shown only when nothing was found.
        "suggestions": browse_links(request, home) if paginator and not paginator.count else [],
        "language_urls": _language_urls(request),
    }
    return TemplateResponse(request, "search/search.html", context)


def _item(specific, terms, request):
    return {
        "title": specific.title,
        "url": specific.get_url(request),
        "type": RESULT_TYPES[type_of(specific)][0],
        "excerpt": excerpt(specific, terms, title=specific.title),
    }


def _language_urls(request):
    """The same search in the other languages, for the language switcher."""
    query_string = request.GET.urlencode()
    suffix = f"?{query_string}" if query_string else ""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("search") + suffix
    return urls
