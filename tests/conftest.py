import os
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.backends.signals import connection_created
from django.dispatch import receiver

# Playwright's sync API runs an event loop in the test thread; the ORM calls in the same tests are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """Volto tests need a built Volto app (`make volto-app`): they run only when `-m` names them."""
    if "volto" in (config.getoption("markexpr") or ""):
        return
    deselected = [item for item in items if item.get_closest_marker("volto")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("volto")]


@receiver(connection_created)
def deferred_transactions_on_the_test_thread(sender, connection, **kwargs):
    """pytest-django wraps each test in a transaction on the test thread. Begun IMMEDIATE, as the
    site begins SQLite transactions (SQLITE_OPTIONS), it would hold the write lock until the test
    ends, and the live servers' request threads, which keep IMMEDIATE, could never write."""
    if connection.vendor == "sqlite" and threading.current_thread() is threading.main_thread():
        connection.transaction_mode = None


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the full trilingual demo site, built once per run."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo(db):
    """The demo content inside a transaction that is rolled back after the test."""
    from wagtail.models import Locale

    return {code: Locale.objects.get(language_code=code) for code in ("fi", "sv", "en")}


@pytest.fixture(autouse=True)
def empty_page_cache():
    """No test sees pages another test cached (see osallisuus_site/cache)."""
    yield
    from django.core.cache import caches

    from osallisuus_site.cache.local import local_copies

    for cache in caches.all():
        cache.clear()
    local_copies.clear()


@pytest.fixture(scope="session")
def axe_source():
    path = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail(
            "axe-core is missing: run `make browser-deps` (npm ci) before the browser tests."
        )
    return path.read_text(encoding="utf-8")


from .app_servers import collected_static, committed  # noqa: E402, F401 - shared fixtures
from .browser import axe, browser, browser_page, site_url  # noqa: E402, F401 - shared fixtures
from .isolation import media_root, organisations  # noqa: E402, F401 - shared fixtures
