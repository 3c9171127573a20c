"""Every environment variable the site reads, in one place (listed in the README)."""

import os
from urllib.parse import parse_qs, unquote, urlsplit

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
    # Health checks: a persistent connection the database dropped (restart, failover) is
    # replaced at the start of the next request instead of failing it.
    config = dj_database_url.parse(
        os.environ.get("DATABASE_URL", default),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    if config["ENGINE"].endswith("sqlite3"):
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


# SQLite behind several threads or workers: write-ahead logging lets readers run beside a writer,
# and IMMEDIATE transactions take the write lock at BEGIN, so two saves queue for up to `timeout`
# seconds instead of one failing at once with "database is locked" (a deferred transaction that
# read first cannot wait for the lock).
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def cache_config():
    """Redis when REDIS_URL is set, otherwise the in-process cache."""
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
                # Several sites (or test runs) can share one Redis database under their own prefix.
                "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "osallisuus"),
                # Redis away: every cache call fails fast and counts as a miss, pages are rendered.
                "OPTIONS": {
                    "IGNORE_EXCEPTIONS": True,
                    "SOCKET_CONNECT_TIMEOUT": 0.5,
                    "SOCKET_TIMEOUT": 0.5,
                },
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "osallisuus",
        }
    }


def replica_database_config():
    """A read replica of PostgreSQL when DATABASE_REPLICA_URL is set (see site/db_router.py)."""
    url = os.environ.get("DATABASE_REPLICA_URL")
    if not url:
        return {}
    replica = dj_database_url.parse(
        url, conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")), conn_health_checks=True
    )
    replica["TEST"] = {"MIRROR": "default"}
    return {"replica": replica}


def media_storage_config():
    """Uploaded images and documents on S3-compatible storage when MEDIA_S3_BUCKET is set.

    Needs django-storages[s3] installed; credentials come from the usual AWS_* variables or the
    instance role; MEDIA_S3_ENDPOINT_URL points at a non-AWS service (UpCloud, MinIO, Hetzner).
    """
    bucket = os.environ.get("MEDIA_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {"bucket_name": bucket, "default_acl": "private", "querystring_auth": True}
    if os.environ.get("MEDIA_S3_ENDPOINT_URL"):
        options["endpoint_url"] = os.environ["MEDIA_S3_ENDPOINT_URL"]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def opensearch_config():
    """OpenSearch (Elasticsearch 7 API) as Wagtail's search backend when OPENSEARCH_URL is set."""
    url = os.environ.get("OPENSEARCH_URL")
    if not url:
        return None
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch7",
            "URLS": [url],
            "INDEX": os.environ.get("OPENSEARCH_INDEX", "osallisuus"),
            "TIMEOUT": 5,
        }
    }


def frontend_cache_config():
    """The CDN or proxy that wagtail.contrib.frontend_cache purges on publish; none by default.

    FRONTEND_CACHE_BACKEND is one of "http" (Varnish or nginx: FRONTEND_CACHE_LOCATION),
    "cloudflare" (FRONTEND_CACHE_CLOUDFLARE_TOKEN, FRONTEND_CACHE_CLOUDFLARE_ZONEID) or
    "cloudfront" (FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID, AWS credentials from boto3).
    """
    backend = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if not backend:
        return {}
    prefix = "wagtail.contrib.frontend_cache.backends."
    if backend == "http":
        options = {
            "BACKEND": prefix + "HTTPBackend",
            "LOCATION": required("FRONTEND_CACHE_LOCATION"),
        }
    elif backend == "cloudflare":
        options = {
            "BACKEND": prefix + "CloudflareBackend",
            "BEARER_TOKEN": required("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
            "ZONEID": required("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
        }
    elif backend == "cloudfront":
        options = {
            "BACKEND": prefix + "CloudfrontBackend",
            "DISTRIBUTION_ID": required("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
        }
    else:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront, not {backend!r}."
        )
    return {"default": options}


CONSOLE_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SMTP_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def email_config(url=None, default_backend=CONSOLE_EMAIL_BACKEND):
    """Django's EMAIL_* settings from one URL, as DATABASE_URL does for the database.

    `smtp://user:password@host:587?tls=1` (STARTTLS), `smtps://user:password@host:465` (TLS from
    the start), `console://` (print to the log). Without a URL: `default_backend`. The user and
    password may be percent-encoded (an address as user name: `noreply%40example.fi`)."""
    url = os.environ.get("EMAIL_URL", "") if url is None else url
    if not url:
        return {"EMAIL_BACKEND": default_backend}
    parts = urlsplit(url)
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": CONSOLE_EMAIL_BACKEND}
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@host:587?tls=1, "
            "smtps://user:password@host:465 or console://."
        )
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    secure = parts.scheme == "smtps"
    return {
        "EMAIL_BACKEND": SMTP_EMAIL_BACKEND,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if secure else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": secure,
        "EMAIL_USE_TLS": not secure
        and options.get("tls", "1").strip().lower() in {"1", "true", "yes", "on"},
        "EMAIL_TIMEOUT": int(options.get("timeout", "10")),
    }


def required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value
