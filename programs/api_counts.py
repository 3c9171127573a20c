"""The `total_count` of a list, counted once per cache generation instead of on every request.

Counting the visible rows of the measure index reads all of them (356 000 at N = 3300, tens of
milliseconds on PostgreSQL), while the page of 20 is read from an index in order. The count is
shared like the page fragments (osallisuus_site/cache/fragments.py): kept by each worker under
the page cache's generation, which every publish, unpublish, move, delete and view-restriction
change bumps, and under the list's own SQL and parameters (filters, language, and the restricted
pages read by this request), so no count outlives a change or serves another query.
Without the page cache every request counts.
"""

import hashlib

from django.core.exceptions import EmptyResultSet
from wagtail.api.v2.pagination import WagtailPagination

from osallisuus_site.cache.fragments import shared_value

COUNT_SIZE = 128  # bytes, for the store's memory bound: a key and a number


class SharedCountPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        return super().paginate_queryset(_SharedCount(queryset, request), request, view)


class _SharedCount:
    """What WagtailPagination reads of a queryset: a shared count(), and slicing."""

    def __init__(self, queryset, request):
        self.queryset = queryset
        self.request = getattr(request, "_request", request)  # the HttpRequest under DRF's

    def count(self):
        try:
            sql, params = self.queryset.query.sql_with_params()
        except EmptyResultSet:  # a filter that can match nothing: no query at all
            return self.queryset.count()
        statement = repr((self.queryset.db, sql, params)).encode()
        key = f"count:{hashlib.sha256(statement).hexdigest()}"
        return shared_value(self.request, key, self.queryset.count, size=lambda _: COUNT_SIZE)

    def __getitem__(self, index):
        return self.queryset[index]
