"""Production settings that a municipality's operator can trust."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from osallisuus_site.settings.environment import email_config

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "osallisuus_site.settings.production",
        **env,
    }
    environment.pop("DATABASE_URL", None)
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="osallisuus.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", SECRET_KEY="", ALLOWED_HOSTS="osallisuus.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_never_creates_the_demo_admin():
    result = run_manage(
        "ensure_demo_admin", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="x.example"
    )
    assert result.returncode != 0
    assert "only for local development" in result.stderr


PROBE = """
from django.test import Client
client = Client()
plain = client.get("/robots.txt", HTTP_HOST="osallisuus.example")
print("redirect", plain.status_code, plain.get("Location"))
secure = client.get("/robots.txt", HTTP_HOST="osallisuus.example", HTTP_X_FORWARDED_PROTO="https")
for header in ("Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options",
               "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"):
    print(header, secure.get(header))
from django.conf import settings
print("cookies", all((settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                      settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY)))
"""


def test_production_sends_the_security_headers_behind_the_proxy():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        PROBE,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="osallisuus.example",
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.strip().splitlines())
    assert lines["redirect"] == "301 https://osallisuus.example/robots.txt"
    assert lines["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "script-src 'self';" in lines["Content-Security-Policy"] + ";"
    assert lines["X-Frame-Options"] == "DENY"
    assert lines["X-Content-Type-Options"] == "nosniff"
    assert lines["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert lines["Cross-Origin-Opener-Policy"] == "same-origin"
    assert lines["cookies"] == "True"


# E-mail (issue 14): one URL configures SMTP; without it mail is printed, never lost in an error.


def test_without_email_url_mail_goes_to_the_console():
    assert email_config("") == {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}


def test_email_url_configures_smtp_with_starttls_or_tls():
    starttls = email_config("smtp://noreply%40kunta.fi:s%C3%A4l@smtp.kunta.fi:587?tls=1")
    assert starttls["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (starttls["EMAIL_HOST"], starttls["EMAIL_PORT"]) == ("smtp.kunta.fi", 587)
    assert (starttls["EMAIL_HOST_USER"], starttls["EMAIL_HOST_PASSWORD"]) == (
        "noreply@kunta.fi",
        "säl",
    )
    assert starttls["EMAIL_USE_TLS"] and not starttls["EMAIL_USE_SSL"]
    tls = email_config("smtps://user:pw@mail.example")
    assert tls["EMAIL_PORT"] == 465 and tls["EMAIL_USE_SSL"] and not tls["EMAIL_USE_TLS"]


def test_a_malformed_email_url_stops_the_site_at_start():
    with pytest.raises(ImproperlyConfigured):
        email_config("mailto:someone@example.fi")


def test_development_prints_mail_instead_of_failing_to_connect():
    code = "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    env = {k: v for k, v in os.environ.items() if k != "EMAIL_URL"}
    env["DJANGO_SETTINGS_MODULE"] = "osallisuus_site.settings.dev"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "django.core.mail.backends.console.EmailBackend"


def test_a_worker_loads_the_site_before_its_first_request_even_with_the_database_away():
    """The URLconf and catalogs load at start, not on a reader's request; no query is made."""
    probe = (
        "import gc, sys\n"
        "import osallisuus_site.wsgi\n"
        "print('osallisuus_site.urls' in sys.modules, 'openpyxl' in sys.modules)\n"
        "print(gc.get_freeze_count())\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "osallisuus_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "osallisuus.example",
        # Nothing listens on port 1: any query would fail the import.
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/absent",
    }
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    loaded, frozen = result.stdout.splitlines()
    assert loaded == "True True"  # the admin's spreadsheet import pulls in openpyxl
    # The objects loaded at start are out of the garbage collector's walks.
    assert int(frozen) > 50_000
