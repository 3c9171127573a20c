"""Sentry's SDK, on only when SENTRY_DSN is set (any Sentry-compatible service, e.g. GlitchTip).

No personal data is sent (no cookies, users or addresses): errors carry the request id instead,
which also appears in the log line of the request.
"""

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

from .request_context import current_request_id


def init_sentry(environ):
    dsn = environ.get("SENTRY_DSN", "").strip()
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        environment=environ.get("SENTRY_ENVIRONMENT", "production"),
        release=environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
        integrations=[DjangoIntegration(), LoggingIntegration(event_level="ERROR")],
        before_send=_with_request_id,
    )
    return True


def _with_request_id(event, hint):
    request_id = current_request_id()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event
