"""The audit of every page: axe-core's WCAG 2.1 A/AA rules on every sitemap URL in fi, sv and en
plus the pages the sitemap cannot list (filtered examples, search results, a form with errors,
a 404), and the checks axe cannot make: keyboard, focus, reflow, charts, motion and labels."""

import re
from urllib.parse import urlsplit

import pytest

from .browser import WCAG_A_AA

# django_db makes pytest-django create the test database even when only browser tests run;
# without it the live server would read the development database.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Pages the sitemap does not list, with the HTTP status each must answer with.
EXTRA_PATHS = {
    "/fi/esimerkit/?organisation_type=municipality": 200,
    "/sv/exempel/?page=2": 200,
    "/en/examples/?q=no-such-words-anywhere": 200,
    "/fi/search/?q=osallisuusryhmä": 200,
    "/sv/search/?q=delaktighetsgrupp&type=guide": 200,
    "/en/search/?q=participation&page=2": 200,
    "/en/search/?q=xqzvlorp": 200,
    "/fi/search/?q=": 200,
    "/fi/ei-tallaista-sivua/": 404,
    "/sv/ingen-sadan-sida/": 404,
    "/en/no-such-page/": 404,
    "/fi/ohjelmat/esimerkkila/osallisuusohjelma-2025-2028/vuosiraportti/2019/": 404,
}
FEEDBACK_FORMS = [
    "/fi/saavutettavuusseloste/palaute/",
    "/sv/tillganglighetsutlatande/respons/",
    "/en/accessibility-statement/feedback/",
]
# One page of each type, for the checks beyond axe.
REPRESENTATIVE_PATHS = [
    "/fi/",
    "/sv/tillganglighetsutlatande/",
    "/en/guide/",
    "/fi/opas/muodostakaa-osallisuusryhma/",
    "/sv/guide/arbetsbok/",
    "/en/programmes/",
    "/fi/ohjelmat/esimerkkila/",
    "/en/programmes/esimerkkila-municipality/participation-programme-2025-2028/",
    "/sv/program/esimerkkila-kommun/delaktighetsprogram-2025-2028/arsrapport/2026/",
    "/fi/esimerkit/",
    "/sv/exempel/esbo-delaktighetsmodell/",
    "/en/search/?q=participation",
    "/en/search/?q=xqzvlorp",
    "/en/accessibility-statement/feedback/",
    "/fi/ei-tallaista-sivua/",
]
RUN_AXE = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"


def sitemap_paths(browser_page, site_url):
    response = browser_page.request.get(f"{site_url}/sitemap.xml")
    assert response.status == 200
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", response.text())]
    assert {path[:4] for path in paths} == {"/fi/", "/sv/", "/en/"}
    return paths


def axe_violations(page, axe_source):
    page.evaluate(axe_source)
    result = page.evaluate(RUN_AXE, WCAG_A_AA)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} → {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]


def test_every_page_passes_axe(site_url, browser_page, axe_source):
    """One browser page visits every URL; the failure lists every violation of every page."""
    paths = {path: 200 for path in sitemap_paths(browser_page, site_url)}
    assert len(paths) >= 60, "the sitemap should list the whole demo site in three languages"
    paths.update(EXTRA_PATHS)
    problems = []
    for path, status in paths.items():
        response = browser_page.goto(site_url + path)
        if response.status != status:
            problems.append(f"{path}: HTTP {response.status}, expected {status}")
            continue
        problems.extend(f"{path}: {line}" for line in axe_violations(browser_page, axe_source))
    for path in FEEDBACK_FORMS:
        # The form sent empty: the error summary, the invalid fields and their messages.
        browser_page.goto(site_url + path)
        browser_page.click(".feedback-form button[type=submit]")
        browser_page.wait_for_selector(".error-summary")
        problems.extend(f"{path} (errors): {x}" for x in axe_violations(browser_page, axe_source))
    assert not problems, "Accessibility violations:\n" + "\n".join(problems)


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(site_url, browser_page):
    problems = []
    for path in REPRESENTATIVE_PATHS:
        browser_page.goto(site_url + path)
        browser_page.keyboard.press("Tab")
        if not browser_page.evaluate("document.activeElement.matches('a.skip-link')"):
            problems.append(f"{path}: the first Tab stop is not the skip link")
            continue
        browser_page.keyboard.press("Enter")
        if browser_page.evaluate("document.activeElement.id") != "main":
            problems.append(f"{path}: the skip link does not move focus to main")
    assert not problems, "\n".join(problems)


FOCUS_LOOK = """() => {
    const s = getComputedStyle(document.activeElement);
    return {outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                ? [s.outlineStyle, s.outlineWidth, s.outlineColor].join(' ') : '',
            shadow: s.boxShadow === 'none' ? '' : s.boxShadow};
}"""
MARK_AND_BLUR = """index => {
    const element = document.activeElement;
    element.setAttribute('data-audit-focus', index);
    element.blur();
    const s = getComputedStyle(element);
    return {html: element.outerHTML.slice(0, 80),
            outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                ? [s.outlineStyle, s.outlineWidth, s.outlineColor].join(' ') : '',
            shadow: s.boxShadow === 'none' ? '' : s.boxShadow};
}"""
TAB_STOPS_PER_PAGE = 12


def test_focus_is_visible_on_every_tab_stop(site_url, browser_page):
    """Each focused element shows an outline or a box-shadow that it does not show unfocused."""
    problems = []
    for path in REPRESENTATIVE_PATHS:
        browser_page.goto(site_url + path)
        for index in range(TAB_STOPS_PER_PAGE):
            browser_page.keyboard.press("Tab")
            if browser_page.evaluate("document.activeElement === document.body"):
                break
            focused = browser_page.evaluate(FOCUS_LOOK)
            unfocused = browser_page.evaluate(MARK_AND_BLUR, index)
            shows_focus = (focused["outline"] and focused["outline"] != unfocused["outline"]) or (
                focused["shadow"] and focused["shadow"] != unfocused["shadow"]
            )
            if not shows_focus:
                problems.append(f"{path}: no visible focus on {unfocused['html']}")
            # Focus it again, so that the next Tab goes on from here.
            browser_page.focus(f"[data-audit-focus='{index}']")
    assert not problems, "\n".join(problems[:30])


def test_no_page_scrolls_sideways_at_320_pixels(site_url, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    problems = []
    for path in REPRESENTATIVE_PATHS:
        page.goto(site_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            problems.append(f"{path}: {width}px wide at a 320px viewport")
    context.close()
    assert not problems, "\n".join(problems)


def test_every_chart_has_a_data_table(site_url, browser_page):
    charts = 0
    for path in sitemap_paths(browser_page, site_url):
        if "/ohjelmat/" not in path and "/program/" not in path and "/programmes/" not in path:
            continue
        browser_page.goto(site_url + path)
        orphans = browser_page.evaluate(
            """() => [...document.querySelectorAll('svg.chart, canvas, [data-chart]')]
                .filter(chart => !(chart.closest('figure') || chart.parentElement)
                    .querySelector('table'))
                .map(chart => chart.outerHTML.slice(0, 80))"""
        )
        charts += browser_page.locator("svg.chart").count()
        assert not orphans, f"{path}: charts without a data table: {orphans}"
    assert charts > 0, "the demo programmes should have indicator charts"


RUNNING_MOTION = """() => {
    const seconds = value => Math.max(...value.split(',').map(part =>
        part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)));
    const found = [];
    for (const element of document.querySelectorAll('*')) {
        const s = getComputedStyle(element);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01)
            found.push('animation ' + s.animationName + ' on ' + element.tagName + '.' + element.className);
        if (seconds(s.transitionDuration) > 0.01)
            found.push('transition ' + s.transitionProperty + ' on ' + element.tagName + '.' + element.className);
    }
    for (const animation of document.getAnimations()) {
        const timing = animation.effect && animation.effect.getComputedTiming();
        if (animation.playState === 'running' && timing && timing.duration > 10)
            found.push('running animation ' + animation.animationName);
    }
    return found;
}"""


def test_reduced_motion_is_honoured(site_url, browser):
    context = browser.new_context(reduced_motion="reduce", bypass_csp=True)
    page = context.new_page()
    problems = []
    for path in REPRESENTATIVE_PATHS:
        page.goto(site_url + path)
        problems.extend(f"{path}: {found}" for found in page.evaluate(RUNNING_MOTION))
    context.close()
    assert not problems, "\n".join(problems[:30])


UNLABELLED_CONTROLS = """() => [...document.querySelectorAll('input, select, textarea')]
    .filter(control => control.type !== 'hidden')
    .filter(control => !(control.labels && control.labels.length)
        && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby'))
    .map(control => control.outerHTML.slice(0, 100))"""


def test_every_form_control_has_a_label_and_errors_are_announced(site_url, browser_page):
    problems = []
    for path in REPRESENTATIVE_PATHS + list(EXTRA_PATHS):
        browser_page.goto(site_url + path)
        problems.extend(f"{path}: {html}" for html in browser_page.evaluate(UNLABELLED_CONTROLS))
    assert not problems, "Controls without a label:\n" + "\n".join(problems)
    for path in FEEDBACK_FORMS:
        browser_page.goto(site_url + path)
        browser_page.click(".feedback-form button[type=submit]")
        summary = browser_page.locator(".error-summary")
        assert summary.get_attribute("role") == "alert"
        assert summary.locator("a[href='#id_message']").count() == 1
        message = browser_page.locator("#id_message")
        assert message.get_attribute("aria-invalid") == "true"
        assert "id_message-error" in message.get_attribute("aria-describedby")
