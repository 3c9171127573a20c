"""Every refusal of the JSON views is a small `{"message": ...}` body with a 4xx status."""

from django.http import JsonResponse
from django.utils.cache import patch_vary_headers


class HeadlessError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(status, message):
    response = JsonResponse({"message": str(message)}, status=status)
    patch_vary_headers(response, ["Accept"])
    # Refusals depend on who asks; no shared cache may keep them.
    response["Cache-Control"] = "private, no-store"
    return response
