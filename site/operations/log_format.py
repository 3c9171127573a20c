"""Log records as one JSON object per line on standard error, for journald, Docker, Loki or jq.

Every record made while a request is served carries its request id (see request_log.py), so the
line of a slow or failed request and the traceback Django logs for it can be matched.
"""

import json
import logging
import os
from datetime import UTC, datetime

from .request_context import current_request_id

# Attributes every LogRecord has; anything else was passed with `extra=` and is written as a field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JSONFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = current_request_id()
        if request_id:
            entry["request_id"] = request_id
        for name, value in vars(record).items():
            if name not in _STANDARD and not name.startswith("_") and name != "request":
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # default=str: a field Django passes (e.g. a request object) never breaks the line.
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(environ=os.environ):
    """LOGGING for production: everything at LOG_LEVEL (INFO) and above to standard error."""
    level = environ.get("LOG_LEVEL", "INFO").upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "osallisuus_site.operations.log_format.JSONFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json",
            }
        },
        "root": {"handlers": ["stderr"], "level": level},
        # Django's defaults would send errors to e-mail and, with DEBUG off, nowhere else.
        "loggers": {"django": {"handlers": [], "level": level, "propagate": True}},
    }
