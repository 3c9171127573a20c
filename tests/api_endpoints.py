"""The API's endpoint names, read from the router, so that a new endpoint is checked automatically."""

from osallisuus_site.api import api_router

# WagtailAPIRouter keeps its registrations in `_endpoints` and offers no public list.
API_ENDPOINTS = sorted(api_router._endpoints)
