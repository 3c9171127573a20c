"""A stock Volto 18 app, pointed at Osallisuus, renders its pages (`make volto-test`).

The app (tests/volto/app, built into .volto-app by `make volto-app`) is unchanged Volto with
three languages configured. Each mode runs its own Volto server against one Osallisuus server:
`/++api++/` addressing (Volto's default) and legacy traverse (`Accept: application/json` at the
page's path). Volto renders on the server first, then again in the browser; both must show the
page and the browser side must not fail. Screenshots go to VOLTO_SCREENSHOTS (default
.volto-app/screenshots); the ones in docs/images were taken from there.
"""

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext as _

from home.models import GuideStepPage, HomePage
from programs.models import ProgramIndexPage, ProgramPage

from .browser import demo_server
from .programmes import complete_programme

pytestmark = [pytest.mark.volto, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent
APP = Path(os.environ.get("VOLTO_APP", ROOT / ".volto-app"))
SCREENSHOTS = Path(os.environ.get("VOLTO_SCREENSHOTS", APP / "screenshots"))
MODES = {"api": {}, "legacy": {"RAZZLE_LEGACY_TRAVERSE": "true"}}
LANGUAGES = ["fi", "sv", "en"]
STARTUP_SECONDS = 60


def free_port(variable):
    """The port named in the environment (to keep to a range on a shared machine), else any."""
    if os.environ.get(variable):
        return int(os.environ[variable])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def osallisuus_url(django_db_setup, django_db_blocker):
    """Osallisuus with the demo content, on 127.0.0.1 (Node resolves `localhost` to ::1 first)."""
    with demo_server(django_db_blocker, "127.0.0.1", free_port("VOLTO_TEST_API_PORT")) as url:
        yield url


def wait_until_ready(url, process):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Volto stopped: {process.stdout.read()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/ok", timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"Volto did not start within {STARTUP_SECONDS} s")


@pytest.fixture(scope="module", params=list(MODES))
def volto(request, osallisuus_url):
    """A Volto server in one addressing mode; yields (mode, its URL)."""
    if not (APP / "build" / "server.js").exists():
        pytest.fail("The Volto app is not built: run `make volto-app` (see docs/api-pages.md).")
    port = free_port("VOLTO_TEST_PORT")
    url = f"http://127.0.0.1:{port}"
    environment = {
        **os.environ,
        "NODE_ENV": "production",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "RAZZLE_API_PATH": osallisuus_url,
        "RAZZLE_PUBLIC_URL": url,
        **MODES[request.param],
    }
    process = subprocess.Popen(  # noqa: S603 - our own app, fixed arguments
        ["node", "build/server.js"],  # noqa: S607 - Node from PATH, as for npm
        cwd=APP,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_ready(url, process)
        yield request.param, url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def open_in_volto(volto, browser):
    """open(path, name, language) renders a page in Volto, in a browser set to that language;
    fails on an uncaught error in the browser. The returned page has `snap(element=None)`: a
    screenshot named after the mode and `name`."""
    mode, url = volto
    contexts = []

    def open_page(path, name, language):
        # The browser's language matters where Volto 18 gives none: it searches at the site root.
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
        contexts.append(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        response = page.goto(url + path, wait_until="networkidle")
        assert response.status == 200, f"{path}: {response.status}"
        page.wait_for_selector("#page-document, #page-search", timeout=15000)
        assert not errors, f"{path}: the browser side of Volto failed: {errors}"

        def snap(element=None):
            if element is not None:  # at the top of the screenshot
                element.evaluate("node => node.scrollIntoView({block: 'start'})")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=SCREENSHOTS / f"volto-{mode}-{name}.png")

        page.snap = snap
        return page

    yield open_page
    for context in contexts:
        context.close()


def path_of(page):
    """A page's path without the trailing slash, as Volto links it."""
    return page.url.rstrip("/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_renders_the_home_page(open_in_volto, demo, language):
    home = HomePage.objects.get(locale=demo[language])
    page = open_in_volto(f"/{language}", f"home-{language}", language)
    assert page.locator("h1.documentFirstHeading").inner_text() == home.title
    body_headings = [block.value["text"] for block in home.body if block.block_type == "heading"]
    for heading in body_headings:
        assert page.get_by_role("heading", name=heading, level=2).is_visible()
    assert page.get_by_text(home.plain_language_summary).is_visible()
    page.snap()


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_renders_a_guide_step(open_in_volto, demo, language):
    step = GuideStepPage.objects.live().get(locale=demo[language], step_number=4)
    page = open_in_volto(path_of(step), f"guide-step-{language}", language)
    assert page.locator("h1.documentFirstHeading").inner_text() == step.title
    assert page.get_by_text(step.intro).is_visible()
    checklist = next(block.value for block in step.body if block.block_type == "checklist")
    for item in checklist["items"]:
        assert page.get_by_role("listitem").filter(has_text=item).first.is_visible()
    page.snap(page.get_by_role("listitem").filter(has_text=checklist["items"][-1]).first)


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_renders_a_programme_with_goals_measures_and_indicators(
    open_in_volto, demo, language
):
    programme = complete_programme(demo[language])
    page = open_in_volto(path_of(programme), f"programme-{language}", language)
    assert page.locator("h1.documentFirstHeading").inner_text() == programme.title
    goals = [goal.value for goal in programme.goals]
    for goal in goals:
        assert page.get_by_role("heading", name=goal["title"], level=3).is_visible()
        for measure in goal["measures"]:
            assert page.get_by_role("listitem").filter(has_text=measure["title"]).first.is_visible()
    tables = page.locator("table.slate-table-block")
    assert tables.count() == sum(len(goal["indicators"]) for goal in goals)
    with translation.override(language):
        header = [_("Date"), _("Value")]
    assert [th.strip() for th in tables.first.locator("th").all_text_contents()] == header
    page.snap(page.get_by_role("heading", name=goals[0]["title"], level=3))


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_shows_search_results(open_in_volto, demo, language):
    programme = complete_programme(demo[language])
    word = programme.title.split()[0]
    page = open_in_volto(
        f"/{language}/search?SearchableText={word}", f"search-{language}", language
    )
    results = page.locator("#content-core article.tileItem h2")
    # Volto renders the results on its server, then searches again in the browser, which sends
    # the reader's language (Accept-Language): wait for the browser's results.
    results.filter(has_text=programme.title).first.wait_for(timeout=15000)
    titles = results.all_inner_texts()
    others = (
        ProgramPage.objects.live().exclude(locale=demo[language]).values_list("title", flat=True)
    )
    assert programme.title in titles and not set(others) & set(titles), titles
    page.snap()


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_shows_a_page_without_blocks_through_its_type_schema(open_in_volto, demo, language):
    """The programme index has no blocks: Volto lists its fields from `/@types/<type>`."""
    index = ProgramIndexPage.objects.get(locale=demo[language])
    page = open_in_volto(path_of(index), f"schema-view-{language}", language)
    page.locator(".text.widget", has_text=index.intro).wait_for(timeout=15000)
    assert page.locator("#page-document").get_by_text(index.title).first.is_visible()
    page.snap()
