"""Every refusal of the JSON views is plone.restapi's error body `{"type", "message"}` with a 4xx."""

from django.http import JsonResponse
from django.utils.cache import patch_vary_headers

# The exception names plone.restapi puts in `type` (Zope's, which Volto shows and tests).
ERROR_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    410: "Gone",
    429: "TooManyRequests",
}


class HeadlessError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def error_type(status):
    return ERROR_TYPES.get(status, "InternalServerError" if status >= 500 else "BadRequest")


def error_response(status, message):
    response = JsonResponse({"type": error_type(status), "message": str(message)}, status=status)
    patch_vary_headers(response, ["Accept"])
    # Refusals depend on who asks; no shared cache may keep them.
    response["Cache-Control"] = "private, no-store"
    return response
