"""The stylesheets and the workbook script in a real browser: narrow screens, print, focus, clearing.

Browser tests read pages only. The django_db mark makes pytest-django build the test database
even when no other test in the run asks for it, so the demo never goes into the developer's file.
"""

import pytest

from osallisuus_site.demo import content

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NARROW = {"width": 320, "height": 640}
PROGRAMME_ORGANISATION = "/fi/ohjelmat/esimerkkila/"


def workbook_path(language):
    guide = content.load("guide")[language]
    return f"/{language}/{guide['index']['slug']}/{guide['workbook']['slug']}/"


def programme_url(page, site_url):
    """The fictional demo municipality's programme, found the way a visitor finds it."""
    page.goto(site_url + PROGRAMME_ORGANISATION)
    return page.eval_on_selector(".card-list a", "a => a.href")


def overflowing_width(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.fixture
def narrow_page(browser):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    yield page
    context.close()


def test_pages_never_scroll_sideways_on_a_320px_screen(site_url, narrow_page):
    paths = [
        "/fi/",
        "/fi/opas/kartoittakaa-tarpeet/",
        "/fi/esimerkit/",
        workbook_path("fi"),
    ]
    urls = [site_url + path for path in paths] + [programme_url(narrow_page, site_url)]
    for url in urls:
        narrow_page.goto(url)
        assert overflowing_width(narrow_page) == 0, f"{url} scrolls sideways at 320 px"


def test_wide_comparison_scrolls_in_its_own_keyboard_reachable_box(site_url, narrow_page):
    narrow_page.goto(site_url + "/fi/esimerkit/")
    chosen = narrow_page.locator(".compare-form input[name=example]")
    for index in range(3):
        chosen.nth(index).check()
    with narrow_page.expect_navigation():
        narrow_page.locator(".compare-form button[type=submit]").click()
    region = narrow_page.locator(".table-scroll")
    assert overflowing_width(narrow_page) == 0
    assert region.evaluate("box => box.scrollWidth > box.clientWidth")
    region.focus()
    narrow_page.keyboard.press("ArrowRight")
    # Chromium animates keyboard scrolling, so wait for it rather than reading at once.
    narrow_page.wait_for_function(
        "() => document.querySelector('.table-scroll').scrollLeft > 0", timeout=5000
    )


def test_keyboard_focus_is_outlined(site_url, browser_page):
    browser_page.goto(site_url + "/fi/")
    browser_page.keyboard.press("Tab")
    skip_link = browser_page.locator(".skip-link")
    assert skip_link.evaluate("link => link === document.activeElement")
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0, "the focused skip link is on screen"
    browser_page.keyboard.press("Tab")
    outline = browser_page.evaluate(
        "() => { const style = getComputedStyle(document.activeElement);"
        " return [style.outlineStyle, parseFloat(style.outlineWidth)]; }"
    )
    assert outline[0] == "solid" and outline[1] >= 2


def test_printed_programme_drops_navigation_and_shows_every_table(site_url, browser_page):
    browser_page.goto(programme_url(browser_page, site_url))
    browser_page.emulate_media(media="print")
    for selector in (".skip-link", ".site-nav", ".language-switcher", ".toc", "[role=search]"):
        assert browser_page.locator(selector).first.is_hidden(), f"{selector} is printed"
    tables = browser_page.locator("figure.indicator table.data-table")
    assert tables.count() > 0
    for index in range(tables.count()):
        assert tables.nth(index).is_visible()
    # Paper has no links to follow: an external link's address is printed after it.
    printed = browser_page.eval_on_selector(
        "#monitoring a[href^='http']", "a => getComputedStyle(a, '::after').content"
    )
    assert "http" in printed


def test_measure_status_is_shown_by_a_symbol_as_well_as_colour(site_url, browser_page):
    browser_page.goto(programme_url(browser_page, site_url))
    symbols = browser_page.eval_on_selector_all(
        ".measure .status", "badges => badges.map(b => getComputedStyle(b, '::before').content)"
    )
    assert symbols and all(symbol not in ("none", "normal", '""') for symbol in symbols)


def test_clearing_the_workbook_forgets_the_saved_answers(site_url, browser):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_url + workbook_path("en"))
        radio = page.locator("#workbook-form input[type=radio][value=no]").first
        radio.check()
        clear = page.locator("#workbook-form .workbook__actions button[type=button]")
        clear.click()
        assert not radio.is_checked()
        status = page.locator("[data-workbook-status]")
        status.filter(has_text="cleared").wait_for()
        page.reload()
        assert not page.locator("#workbook-form input[type=radio][value=no]").first.is_checked()
        assert page.locator("[data-workbook-status]").inner_text().strip() == ""
    finally:
        context.close()


def test_finnish_trend_charts_draw_their_points_where_the_values_are(site_url, browser_page):
    # Finnish writes decimals with a comma; SVG coordinates need a point, or every dot lands at 0.
    browser_page.goto(programme_url(browser_page, site_url))
    charts = browser_page.eval_on_selector_all(
        "svg.chart",
        "charts => charts.map(chart => [...chart.querySelectorAll('.chart__dot')]"
        ".map(dot => dot.cx.baseVal.value))",
    )
    assert charts
    for positions in charts:
        assert len(set(positions)) == len(positions), "each observation at its own date"
        assert all(position > 0 for position in positions)
