"""Every environment variable the site reads, in one place (listed in the README)."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_config():
    default = "sqlite:///" + os.path.join(BASE_DIR, "db.sqlite3")
    return dj_database_url.parse(
        os.environ.get("DATABASE_URL", default),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )


def cache_config():
    """Redis when REDIS_URL is set, otherwise the in-process cache."""
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "osallisuus",
                "OPTIONS": {"IGNORE_EXCEPTIONS": True},
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "osallisuus",
        }
    }


def required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value
