"""The API's endpoint names, read from the router, so that a new endpoint is checked automatically."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from osallisuus_site.api import api_router

# WagtailAPIRouter keeps its registrations in `_endpoints` and offers no public list.
API_ENDPOINTS = sorted(api_router._endpoints)

# An unknown session cookie, as an editor's request carries: the whole-response cache steps aside,
# so every request builds its list and only the count is shared.
UNCACHED = {"Cookie": "sessionid=not-a-session"}


def listing_and_counts(client, url, headers=UNCACHED):
    """A list's total count and its items, with how many COUNT queries it ran."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, headers=headers)
    assert response.status_code == 200 and "X-Cache" not in response
    counted = sum("COUNT(" in query["sql"].upper() for query in context.captured_queries)
    body = response.json()
    return body["meta"]["total_count"], body["items"], counted
