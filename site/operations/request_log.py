"""A log line for every failed (5xx) or slow request: request id, method, path, status, duration.

Outermost middleware, so the duration covers everything the app does, page-cache hits included.
The request id comes from the proxy's X-Request-ID when it sent a sane one, else a new one; it is
returned in the response's X-Request-ID so a visitor's report can be found in the log.
"""

import logging
import re
import time
import uuid

from django.conf import settings

from .request_context import reset_request_id, set_request_id

logger = logging.getLogger("osallisuus.requests")
REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def request_id_of(request):
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if _SANE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request_id = request_id_of(request)
        token = set_request_id(request_id)
        try:
            response = self.get_response(request)
            duration_ms = (time.perf_counter() - started) * 1000
            response[REQUEST_ID_HEADER] = request_id
            self._log(request, response.status_code, duration_ms)
            return response
        finally:
            reset_request_id(token)

    def _log(self, request, status, duration_ms):
        if status >= 500:
            level, message = logging.ERROR, "request failed"
        elif duration_ms >= settings.SLOW_REQUEST_MS:
            level, message = logging.WARNING, "slow request"
        else:
            return
        logger.log(
            level,
            message,
            extra={
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": round(duration_ms, 1),
            },
        )
