"""Two app servers (gunicorn, production settings, each with its own processes and port) sharing
the database and Redis: once a publish returns, neither serves the old version of the page.

Readers request the page's HTML and JSON from both servers without pause, anonymously, so the
answers come from the page cache (Redis and each worker's local copy) whenever it has them. A
response whose request started after the n-th publish had returned must show version n or later.
"""

import re
import time
import uuid
from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from .app_servers import (
    REDIS_URL,
    Clients,
    app_server,
    database_url,
    get,
    redis_cache_setting,
    server_environment,
    shared_redis,
)
from .programmes import publish_programme

pytestmark = pytest.mark.django_db

PORTS = (8150, 8151)
PUBLISHES = 20
VERSION = re.compile(r"Stale check (\d+)")


@dataclass
class Reading:
    started: float
    port: int
    version: int
    cache: str


@pytest.fixture
def shared_cache(settings):
    """This process publishes into the same Redis generation as the servers."""
    with shared_redis() as prefix:
        settings.CACHES = redis_cache_setting(prefix)
        settings.PAGE_CACHE_ENABLED = True
        yield prefix


def new_programme():
    return publish_programme(Locale.objects.get(language_code="fi"), f"stale-{uuid.uuid4()}", 1)


def publish(programme, version):
    programme.title = f"Stale check {version}"
    programme.save_revision().publish()


@pytest.fixture
def programme(committed, shared_cache):
    page = committed(new_programme)
    yield page
    committed(page.delete)


class Readers(Clients):
    """Anonymous reads of the page's HTML and JSON, alternating between the two servers."""

    def __init__(self, path, threads=4):
        super().__init__(threads)
        self.path = path
        self.readings = []
        self.errors = []

    def request(self, count):
        port = PORTS[count % 2]
        headers = {"Accept": "application/json"} if count // 2 % 2 else {}
        started = time.monotonic()
        status, response_headers, body = get(port, self.path, headers)
        if status != 200:
            self.errors.append((port, status))
            return
        match = VERSION.search(body)
        version = int(match.group(1)) if match else 0
        self.readings.append(Reading(started, port, version, response_headers.get("X-Cache", "")))


def test_no_server_serves_a_version_older_than_the_last_publish(
    committed, programme, shared_cache, collected_static
):
    env = server_environment(
        database_url(), REDIS_URL, shared_cache, STATIC_ROOT=str(collected_static)
    )
    published_at = {}
    with app_server(PORTS[0], env), app_server(PORTS[1], env), Readers(programme.url) as readers:
        time.sleep(1)
        for version in range(1, PUBLISHES + 1):
            committed(publish, programme, version)
            published_at[version] = time.monotonic()
            time.sleep(0.5)

    def newest_published_before(moment):
        return max((v for v, at in published_at.items() if at <= moment), default=0)

    stale = [r for r in readers.readings if r.version < newest_published_before(r.started)]
    assert readers.errors == []
    assert stale == []
    # The check means something only if both servers answered between the publishes, from
    # their caches as well as by rendering.
    for port in PORTS:
        seen = {r.version for r in readers.readings if r.port == port}
        assert len(seen) >= PUBLISHES // 2, f"server {port} was read too rarely"
        assert any(r.cache == "HIT" for r in readers.readings if r.port == port)
    assert max(r.version for r in readers.readings) == PUBLISHES
