"""Operations in one process: one-line JSON logs with request ids, the 503 page while the database
is away, cached pages without it, and pages without Redis. The same with real servers and a real
database restart: tests/test_database_restart.py."""

import io
import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from osallisuus_site.operations.log_format import JSONFormatter
from osallisuus_site.operations.sentry import init_sentry
from osallisuus_site.settings.environment import cache_config

from .programmes import complete_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_stream():
    """What the production log handler would write, one JSON line per record."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    loggers = [logging.getLogger("osallisuus.requests"), logging.getLogger("django.request")]
    for logger in loggers:
        logger.addHandler(handler)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)


def json_lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


@pytest.fixture
def production_client(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.fixture
def database_away():
    """Every new query fails as it does while PostgreSQL restarts."""
    error = OperationalError("connection refused: the database is restarting")
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=error):
        yield


def test_a_failed_request_is_one_json_line_with_its_request_id(production_client, demo, log_stream):
    with mock.patch("osallisuus_site.search.views.home_page", side_effect=RuntimeError("boom")):
        response = production_client.get("/fi/search/", {"q": "nuoret"})
    assert response.status_code == 500
    lines = json_lines(log_stream)
    request_line = next(line for line in lines if line["message"] == "request failed")
    assert request_line["status"] == 500 and request_line["path"] == "/fi/search/"
    assert request_line["method"] == "GET" and request_line["duration_ms"] >= 0
    assert request_line["request_id"] == response["X-Request-ID"]
    traceback_line = next(line for line in lines if "exception" in line)
    assert "RuntimeError: boom" in traceback_line["exception"]
    assert traceback_line["request_id"] == response["X-Request-ID"]


def test_the_proxys_request_id_is_kept_and_a_forged_one_replaced(client, demo):
    assert client.get("/fi/", headers={"X-Request-ID": "abc-123"})["X-Request-ID"] == "abc-123"
    forged = client.get("/fi/", headers={"X-Request-ID": 'x"\n{"level": "error"}'})
    assert len(forged["X-Request-ID"]) == 32 and "{" not in forged["X-Request-ID"]


def test_slow_requests_are_logged_and_quick_ones_not(client, demo, log_stream, settings):
    client.get("/fi/")
    assert json_lines(log_stream) == []
    settings.SLOW_REQUEST_MS = 0
    client.get("/fi/")
    (line,) = json_lines(log_stream)
    assert (line["message"], line["level"], line["status"]) == ("slow request", "warning", 200)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fi", "Tilapäisesti poissa käytöstä"),
        ("sv", "Tillfälligt otillgänglig"),
        ("en", "Temporarily unavailable"),
    ],
)
def test_while_the_database_is_away_pages_answer_503_in_their_language(
    production_client, demo, database_away, language, heading
):
    response = production_client.get(f"/{language}/")
    assert response.status_code == 503 and response["Retry-After"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html and f"<h1>{heading}</h1>" in html
    assert "Traceback" not in html and "restarting" not in html


def test_while_the_database_is_away_the_api_answers_503_json(production_client, database_away):
    response = production_client.get("/api/v2/programmes/", headers={"Accept-Language": "en"})
    assert response.status_code == 503
    assert "temporarily unavailable" in response.json()["message"]
    swedish = production_client.get("/api/v2/programmes/", headers={"Accept-Language": "sv"})
    assert "tillfälligt otillgänglig" in swedish.json()["message"]


def test_while_the_database_is_away_cached_pages_are_still_served(
    production_client, demo, settings
):
    settings.PAGE_CACHE_ENABLED = True
    url = complete_programme(demo["fi"]).url
    assert production_client.get(url).status_code == 200
    error = OperationalError("connection refused")
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=error):
        response = production_client.get(url)
    assert (response.status_code, response["X-Cache"]) == (200, "HIT")


def test_without_redis_pages_are_served_uncached(client, demo, settings, monkeypatch):
    # Nothing listens on this port (one of the test runs' own): Redis is down.
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:8169/6")
    settings.CACHES = cache_config()
    settings.PAGE_CACHE_ENABLED = True
    programme = complete_programme(demo["fi"])
    for _ in range(2):
        response = client.get(programme.url)
        assert response.status_code == 200 and "X-Cache" not in response
    programme.title = "Ohjelma ilman välimuistia"
    programme.save_revision().publish()  # the generation cannot be bumped; publishing works
    assert "Ohjelma ilman välimuistia" in client.get(programme.url).content.decode()


def test_sentry_is_off_unless_a_dsn_is_given():
    assert init_sentry({}) is False
    assert init_sentry({"SENTRY_DSN": " "}) is False
