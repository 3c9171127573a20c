"""Django's LocaleMiddleware, minus one thing for the APIs: it answers a 404 outside the language
prefixes by redirecting to /fi/<path>, which Wagtail's catch-all page route (and the Plone
services' route) always "matches", so a JSON 404 from /api/v2/ or /@types/… would become a
redirect to another page."""

from django.middleware.locale import LocaleMiddleware

API_PREFIX = "/api/"


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and (
            request.path_info.startswith(API_PREFIX)
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        return super().process_response(request, response)
