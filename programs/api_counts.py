"""The `total_count` of a list, counted once per cache generation instead of on every request.

Counting the visible rows of the measure index reads all of them (356 000 at N = 3300, tens of
milliseconds on PostgreSQL), while the page of 20 is read from an index in order. The count is
shared where the site allows (sharing.py; this repository's site keeps it per cache generation,
which every publish, unpublish, move, delete and view-restriction change bumps, in each worker
and in Redis, so that one worker counts for all), under the endpoint and its query string but
for `limit` and `offset`: the rows an endpoint lists depend on nothing else, so no count outlives
a change or serves another filter. Without sharing every request counts.
"""

from urllib.parse import urlencode

from wagtail.api.v2.pagination import WagtailPagination

from .sharing import shared_value

COUNT_SIZE = 64  # bytes of a number and its entry, for the store's memory bound; plus the key
PAGING = frozenset({"limit", "offset"})


class SharedCountPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        http_request = getattr(request, "_request", request)  # the HttpRequest under DRF's
        if not getattr(view, "same_list_for_everyone", lambda request: True)(http_request):
            return super().paginate_queryset(queryset, request, view)
        # The class, not `view.name`: DRF's as_view() sets every viewset's `name` to None. The
        # host: each site lists the pages under its own root.
        key = (
            f"count:{type(view).__module__}.{type(view).__qualname__}:"
            f"{http_request.get_host()}:{_filters(request.GET)}"
        )

        def count():
            size = len(key) + COUNT_SIZE
            return shared_value(http_request, key, queryset.count, size=lambda _count: size)

        return super().paginate_queryset(_SharedCount(queryset, count), request, view)


def _filters(query):
    """The query string without paging, in one order whatever order the client wrote."""
    return urlencode(
        sorted((k, v) for k, values in query.lists() if k not in PAGING for v in values)
    )


class _SharedCount:
    """What WagtailPagination reads of a queryset: count(), and slicing."""

    def __init__(self, queryset, count):
        self.queryset = queryset
        self.count = count

    def __getitem__(self, index):
        return self.queryset[index]
