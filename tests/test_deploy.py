"""Production settings that a municipality's operator can trust."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

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
