"""Production: HTTPS only, behind a reverse proxy that terminates TLS (see SECURITY.md)."""

import os

from osallisuus_site.operations.log_format import logging_config
from osallisuus_site.operations.sentry import init_sentry

from .base import *  # noqa: F403
from .environment import env_bool, env_list, media_storage_config, required

DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# One JSON line per event on standard error (docs/deployment.md); Sentry when SENTRY_DSN is set.
LOGGING = logging_config(os.environ)
init_sentry(os.environ)

STORAGES = {
    "default": media_storage_config(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The page cache is invalidated through the shared cache: with several workers that is Redis.
# Without REDIS_URL it stays off unless PAGE_CACHE_ENABLED=true (one worker, or a benchmark).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", bool(os.environ.get("REDIS_URL")))

# HTTPS. The proxy (nginx, a load balancer) terminates TLS and must set X-Forwarded-Proto to
# "https" and strip any X-Forwarded-Proto the client sent; Django then trusts request.is_secure().
# Without that header every request looks like plain HTTP and SECURE_SSL_REDIRECT loops.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# A year of HSTS; lower SECURE_HSTS_SECONDS (e.g. 3600) while first trying HTTPS on a new host.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Cookies travel over HTTPS only and stay out of reach of scripts (the admin reads the CSRF
# token from the page, not the cookie).
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
# An editor's session ends after eight hours of work, not two weeks.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
