"""The one fixture every accessibility test uses: Debian's chromium, driven by Playwright, with axe-core."""

import shutil
from contextlib import contextmanager

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def chromium_path():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail(
            "Debian's chromium is missing: run `make browser-deps` (apt-get install chromium)."
        )
    return path


@contextmanager
def demo_server(django_db_blocker, host="localhost", port=0):
    """The demo site served from a thread. pytest-django's live_server would flush the demo content
    after every test (it forces transactional_db); the pages here only read, so one server serves all."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        server = LiveServerThread(host, StaticFilesHandler, port=port)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://{host}:{server.port}"
        server.terminate()


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    with demo_server(django_db_blocker) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    # CSP forbids inline scripts; bypassing it lets the test inject axe-core without weakening the site.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe(browser_page, axe_source):
    """axe(url) loads a page and fails the test on any WCAG 2.1 A/AA violation."""

    def audit(url):
        response = browser_page.goto(url)
        browser_page.evaluate(axe_source)
        result = browser_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_A_AA
        )
        violations = [
            f"{v['id']} ({v['impact']}): {v['help']} → {[node['target'] for node in v['nodes']][:5]}"
            for v in result["violations"]
        ]
        assert not violations, f"{url} has accessibility violations:\n" + "\n".join(violations)
        return response

    return audit
