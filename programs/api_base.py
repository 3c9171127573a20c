"""One hardened base for every API v2 endpoint: a bad parameter is a 4xx `{"message": ...}`, never a 500.

Stock Wagtail passes some raw values to the database (a huge id overflows SQLite, a NUL byte breaks
PostgreSQL, a bad date in a field filter raises a ValidationError) and answers an unknown URL with
Django's HTML 404. The checks here run before any query; the last-resort mapping in
`handle_exception` only turns value errors raised while querying into a 400.
"""

import re

from django.core.exceptions import FieldError, ValidationError
from django.db import DataError
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, path, resolve
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError

from .filters import MAX_ID

MAX_PARAMETER_LENGTH = 1000
MAX_OFFSET = 100_000
WHOLE_NUMBER = re.compile(r"[0-9]{1,12}")
SEARCH_WORD = re.compile(r"\w+")
# Words a full-text engine (SQLite FTS5, Wagtail's query parser) would read as operators.
SEARCH_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# Parameters every endpoint understands besides its filters.
COMMON_PARAMETERS = frozenset({"limit", "offset", "fields", "order", "format", "_"})
DETAIL_PARAMETERS = frozenset({"fields", "format", "_"})


def check_raw_parameters(query):
    """Refuse what no endpoint can use: NUL bytes, very long values, malformed limit or offset."""
    for name, values in query.lists():
        shown = name.replace("\x00", "")[:100]
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(f"{shown}: null characters are not allowed")
        if len(name) > 100 or any(len(value) > MAX_PARAMETER_LENGTH for value in values):
            raise BadRequestError(f"{shown}: at most {MAX_PARAMETER_LENGTH} characters")
    for name in ("limit", "offset"):
        if name in query and not WHOLE_NUMBER.fullmatch(query[name]):
            raise BadRequestError(f"{name} must be a positive integer")
    if int(query.get("offset", 0)) > MAX_OFFSET:
        raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")


def search_words(text):
    """`?search=` as plain words: quotes, brackets, `*`, `^`, `:`, `-` and operators never reach
    the search backend as syntax (an odd quote is a 500 on SQLite otherwise)."""
    words = SEARCH_WORD.findall(text.replace("_", " "))
    return " ".join(word.lower() if word in SEARCH_OPERATORS else word for word in words)


def with_plain_search(request):
    if "search" not in request.GET:
        return
    query = request.GET.copy()
    query["search"] = search_words(query["search"])
    request._request.GET = query


def parse_id(value):
    """A detail URL's id; anything but a plausible whole number is a 400."""
    if not WHOLE_NUMBER.fullmatch(value) or not 0 < int(value) <= MAX_ID:
        raise BadRequestError("the id must be a positive integer")
    return int(value)


def parse_year(value):
    """A report's year; anything but four digits is a 400 (a year without a report is a 404)."""
    if not re.fullmatch(r"[0-9]{4}", value):
        raise BadRequestError("the year must have four digits, e.g. 2026")
    return int(value)


def message_response(message, status_code):
    return Response({"message": str(message)}, status=status_code)


class HardenedAPIMixin:
    """Mix in before a Wagtail API viewset."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_raw_parameters(request.GET)
        if SearchFilter in self.filter_backends:  # Wagtail search; the others use `icontains`
            with_plain_search(request)
        if self.action == "detail_view":
            self._refuse_unknown(set(request.GET) - DETAIL_PARAMETERS)
        if self.action == "annual_report_view":
            self._refuse_unknown(set(request.GET) - {"format", "_"})

    def _refuse_unknown(self, unknown):
        if unknown:
            names = ", ".join(sorted(unknown))
            raise BadRequestError(
                f"query parameter is not an operation or a recognised field: {names}"
            )

    def detail_view(self, request, pk):
        self.kwargs["pk"] = parse_id(pk)
        return super().detail_view(request, self.kwargs["pk"])

    def find_view(self, request):
        if "id" in request.GET:
            parse_id(request.GET["id"])
        return super().find_view(request)

    def handle_exception(self, exc):
        if isinstance(exc, (ValueError, OverflowError, ValidationError, FieldError, DataError)):
            # A value that passed the checks above but that the database still refused.
            return message_response(f"invalid parameter value ({type(exc).__name__})", 400)
        if isinstance(exc, (Http404, BadRequestError)):
            return super().handle_exception(exc)
        response = super().handle_exception(exc)
        if isinstance(exc, APIException) and isinstance(response.data, dict):
            response.data = {"message": str(exc.detail)}
        return response

    @classmethod
    def get_urlpatterns(cls):
        # `<str:pk>`: a non-numeric or huge id reaches detail_view and gets a JSON answer.
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("find/", cls.as_view({"get": "find_view"}), name="find"),
            path("<str:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


def api_not_found(request, *args, **kwargs):
    """Unknown URLs under /api/v2/ answer in JSON like the endpoints do.

    This catch-all hides unknown paths from CommonMiddleware, so it adds the slash itself:
    `/api/v2/programmes` still redirects to `/api/v2/programmes/`."""
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(
                request.path + "/" + (f"?{query}" if query else "")
            )
    return JsonResponse({"message": "not found"}, status=status.HTTP_404_NOT_FOUND)
