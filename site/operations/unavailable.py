"""While the database is away, a 503 in the visitor's language instead of the generic 500.

Django calls the 500 handler from inside its `except` block, so the error is still in
sys.exc_info(). Cached pages are answered before any of this (the page cache needs no database).
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views import defaults

# Connection refused, connection lost, server shutting down: all pass within seconds or minutes.
DATABASE_AWAY = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = "30"
# The same words as 503.html, for the API and JSON readers.
UNAVAILABLE = gettext_noop(
    "The service is temporarily unavailable, for example during maintenance. "
    "Please try again in a moment."
)


def server_error(request, template_name="500.html"):
    if not isinstance(sys.exc_info()[1], DATABASE_AWAY):
        return defaults.server_error(request, template_name)
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        if request.path_info.startswith("/api/") or "json" in request.headers.get("Accept", ""):
            response = JsonResponse(
                {"message": _(UNAVAILABLE)},
                status=503,
            )
        else:
            response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = RETRY_AFTER_SECONDS
    response["Cache-Control"] = "no-store"
    return response
