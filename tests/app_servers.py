"""Real app servers for tests: gunicorn with production settings on the test database and Redis.

The demo content is committed when the test database is built (tests/conftest.py), so a server in
another process sees it. Each run uses its own Redis key prefix, removed afterwards, so runs that
share a Redis database never see each other's pages. TEST_REDIS_URL picks the Redis database.
"""

import contextlib
import os
import secrets
import socket
import tempfile
import threading
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.db import connection, connections

from osallisuus_site.bench import server

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def database_url(host=None, port=None):
    """The test database as a DATABASE_URL, optionally through another host and port (a proxy)."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = host or settings["HOST"] or "127.0.0.1"
    port = port or settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def require_redis():
    address = urlparse(REDIS_URL)
    try:
        socket.create_connection((address.hostname, address.port or 6379), timeout=2).close()
    except OSError:
        pytest.fail(
            f"Redis is not answering at {REDIS_URL}: start it (`redis-server --daemonize yes`) "
            "or point TEST_REDIS_URL at one."
        )


@pytest.fixture
def committed(db):
    """Runs functions in a thread of its own, whose connection commits each write at once, so
    app servers in other processes see them (the test's own connection is in a transaction)."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        yield lambda function, *args: thread.submit(function, *args).result()
        thread.submit(connections.close_all).result()


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Production settings serve hashed static files, so the servers need collectstatic once."""
    root = tmp_path_factory.mktemp("static")
    env = {**server_environment("sqlite:///unused", "", "unused"), "STATIC_ROOT": str(root)}
    server.manage(env, "collectstatic", "--no-input", "-v0")
    return root


def server_environment(database, redis_url, key_prefix, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="osallisuus_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database,
        REDIS_URL=redis_url,
        CACHE_KEY_PREFIX=key_prefix,
        PYTHONUNBUFFERED="1",
        **extra,
    )
    if not redis_url:
        env.pop("REDIS_URL")
    return env


@contextlib.contextmanager
def shared_redis():
    """A key prefix of its own in the test Redis; every key under it is removed afterwards."""
    import redis

    require_redis()
    prefix = f"osallisuus-test-{uuid.uuid4().hex[:12]}"
    try:
        yield prefix
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            client.delete(key)


def redis_cache_setting(prefix):
    """The CACHES a test process needs to publish into the same generation as the servers."""
    from osallisuus_site.settings.environment import cache_config

    with _environment(REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix):
        return cache_config()


@contextlib.contextmanager
def _environment(**values):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def app_server(port, env, workers=2):
    """gunicorn on the port; yields the path of the file that receives its standard error."""
    with tempfile.NamedTemporaryFile("w+b", suffix=".log", delete=False) as log:
        log_path = Path(log.name)
        try:
            with server.gunicorn(env, port, worker_count=workers, stderr=log):
                yield log_path
        finally:
            log_path.unlink(missing_ok=True)


def get(port, path, headers=None, timeout=10):
    """(status, headers, body) of a GET to the server on 127.0.0.1:port; never raises on 4xx/5xx."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def uncached(headers=None):
    """Headers of a request the page cache steps aside for (an unknown session, like an editor)."""
    return {"Cookie": "sessionid=test-uncached", **(headers or {})}


class Clients:
    """Threads that each call `request(count)` without pause until the block ends; count runs
    over the thread's own numbers (thread n: n, n + threads, …) so threads spread over targets."""

    def __init__(self, threads):
        self.count = threads
        self._running = True
        self._threads = [threading.Thread(target=self._loop, args=(n,)) for n in range(threads)]

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._running = False
        for thread in self._threads:
            thread.join()

    def _loop(self, number):
        while self._running:
            self.request(number)
            number += self.count

    def request(self, count):
        raise NotImplementedError
