"""A database restart under load: no failed request once it is back, cached pages while it is away,
a 503 in the visitor's language for the rest, and every failure in the log and in Sentry.

gunicorn (production settings, two workers) reaches the test database through a proxy the test
stops and starts, which to the app is exactly a PostgreSQL restart; the shared PostgreSQL server
itself is never touched.
"""

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection
from wagtail.models import Locale

from .app_servers import (
    REDIS_URL,
    Clients,
    app_server,
    database_url,
    get,
    server_environment,
    shared_redis,
    uncached,
)
from .programmes import complete_programme
from .tcp_proxy import TCPProxy

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite is a file inside the app's process: there is no database server to restart.",
    ),
    pytest.mark.django_db,
]

PROXY_PORT, SERVER_PORT, SENTRY_PORT = 8152, 8153, 8154


class Load(Clients):
    """Requests to the given paths without pause, noting when each started and its status."""

    def __init__(self, port, paths, headers, threads=3):
        super().__init__(threads)
        self.port, self.paths, self.headers = port, paths, headers
        self.results = []

    def failures(self):
        return [status for _started, status in self.results if status != 200]

    def request(self, count):
        started = time.monotonic()
        try:
            status = get(self.port, self.paths[count % len(self.paths)], self.headers)[0]
        except OSError:
            status = 0
        self.results.append((started, status))


class SentryInbox(ThreadingHTTPServer):
    """A stand-in for a Sentry server: keeps the envelopes the SDK sends."""

    def __init__(self, port):
        self.envelopes = []
        super().__init__(("127.0.0.1", port), self._Handler)

    def wait_for(self, text, seconds=20):
        deadline = time.monotonic() + seconds
        while not any(text in envelope for envelope in self.envelopes):
            if time.monotonic() > deadline:
                return
            time.sleep(0.2)

    class _Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            encoding = self.headers.get("Content-Encoding")
            if encoding == "gzip":
                body = gzip.decompress(body)
            elif encoding == "br":  # the SDK's choice when brotli is installed (WeasyPrint's)
                import brotli

                body = brotli.decompress(body)
            self.server.envelopes.append(body.decode("utf-8", "replace"))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass


@pytest.fixture
def sentry_inbox():
    inbox = SentryInbox(SENTRY_PORT)
    threading.Thread(target=inbox.serve_forever, daemon=True).start()
    yield inbox
    inbox.shutdown()
    inbox.server_close()


def log_lines(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.startswith("{")]


def test_a_database_restart_costs_no_request_once_it_is_back(demo, collected_static, sentry_inbox):
    finnish = complete_programme(Locale.objects.get(language_code="fi"))
    swedish = finnish.get_translation(Locale.objects.get(language_code="sv"))
    settings = connection.settings_dict
    proxy = TCPProxy(PROXY_PORT, settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432))
    proxy.start()
    with shared_redis() as prefix:
        env = server_environment(
            database_url(host="127.0.0.1", port=PROXY_PORT),
            REDIS_URL,
            prefix,
            STATIC_ROOT=str(collected_static),
            SENTRY_DSN=f"http://public@127.0.0.1:{SENTRY_PORT}/1",
        )
        with app_server(SERVER_PORT, env, workers=3) as log:
            for _ in range(3):  # the cached copy a reader gets while the database is away
                assert get(SERVER_PORT, finnish.url)[0] == 200
            with Load(SERVER_PORT, [finnish.url, swedish.url], uncached()) as before:
                time.sleep(3)  # every worker holds a persistent connection now
            # Only cached pages are read while the database is away, so some workers still hold
            # their dead connection when it is back: the case health checks are for.
            with Load(SERVER_PORT, [finnish.url], {}) as during:
                proxy.stop()
                time.sleep(0.5)
                away = {
                    "page": get(SERVER_PORT, swedish.url, uncached()),
                    "api": get(SERVER_PORT, "/api/v2/programmes/?locale=sv", uncached()),
                }
                proxy.start()
            with Load(SERVER_PORT, [finnish.url, swedish.url], uncached()) as after:
                time.sleep(4)
            proxy.stop()
            sentry_inbox.wait_for("OperationalError")  # the SDK sends from a background thread
            lines = log_lines(log)

    assert before.failures() == [] and during.failures() == []
    status, headers, body = away["page"]
    assert status == 503 and headers["Retry-After"]
    assert '<html lang="sv">' in body and "<h1>Tillfälligt otillgänglig</h1>" in body
    assert "Traceback" not in body and "OperationalError" not in body
    status, _headers, body = away["api"]
    assert status == 503 and "message" in json.loads(body)

    assert len(after.results) >= 5, "too few requests after the restart to judge"
    assert after.failures() == []

    failed = [line for line in lines if line.get("message") == "request failed"]
    assert failed, "the 503s left no line in the log"
    assert {"request_id", "path", "status", "duration_ms", "method"} <= set(failed[0])
    assert failed[0]["status"] == 503
    # Django's own line with the traceback carries the same request id as the request's line.
    tracebacks = [line for line in lines if "OperationalError" in line.get("exception", "")]
    assert {line["request_id"] for line in failed} & {line["request_id"] for line in tracebacks}
    assert any("OperationalError" in envelope for envelope in sentry_inbox.envelopes)
