from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105 - test settings only
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off unless PAGE_CACHE_ENABLED=true: the query-count tests measure rendering, not cache hits.
# tests/test_cache.py turns it on; tests/conftest.py empties the cache after every test.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# A file, not memory: the live server thread of the browser tests must see the demo content.
DATABASES["default"].setdefault("TEST", {})  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # One file per run, so that two runs on one machine never share a database.
    DATABASES["default"]["TEST"]["NAME"] = os.path.join(BASE_DIR, f".test-db-{os.getpid()}.sqlite3")  # noqa: F405
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic needed
