"""Issue 3 in a real browser: the guide and the workbook pass axe, with and without JavaScript.

Browser tests do not touch the database: the addresses and question ids come from the content files.
"""

from urllib.parse import urlencode

import pytest

from osallisuus_site.demo import content

pytestmark = pytest.mark.browser

LANGUAGES = ["fi", "sv", "en"]


def guide(language):
    return content.load("guide")[language]


def guide_path(language):
    return f"/{language}/{guide(language)['index']['slug']}/"


def step_paths(language):
    return [f"{guide_path(language)}{step['slug']}/" for step in guide(language)["steps"]]


def workbook_path(language):
    return f"{guide_path(language)}{guide(language)['workbook']['slug']}/"


def question_ids():
    """The block ids the loader gives the questions; the same in every language."""
    return [
        content.block_id("question", question["key"])
        for domain in guide("fi")["domains"]
        for question in domain["questions"]
    ]


def submitted_query(**extra):
    first, second, third = question_ids()[:3]
    answers = {
        f"answer-{first}": "no",
        f"notes-{first}": "Nuoret eivät löydä kanavia.",
        f"answer-{second}": "partly",
        f"answer-{third}": "yes",
        "action": "summary",
    }
    return urlencode({**answers, **extra})


@pytest.mark.parametrize("language", LANGUAGES)
def test_guide_index_has_no_accessibility_violations(site_url, axe, language):
    assert axe(f"{site_url}{guide_path(language)}").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_guide_steps_have_no_accessibility_violations(site_url, axe, language, step):
    assert axe(f"{site_url}{step_paths(language)[step - 1]}").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_workbook_has_no_accessibility_violations(site_url, axe, language):
    assert axe(f"{site_url}{workbook_path(language)}").status == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_workbook_summary_has_no_accessibility_violations(site_url, axe, browser_page, language):
    response = axe(f"{site_url}{workbook_path(language)}?{submitted_query()}")
    assert response.status == 200
    assert browser_page.locator("#summary-heading").is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_workbook_errors_have_no_accessibility_violations(site_url, axe, browser_page, language):
    response = axe(f"{site_url}{workbook_path(language)}?{submitted_query(action='delete')}")
    assert response.status == 400
    assert browser_page.get_by_role("alert").is_visible()


def first_question_controls(page):
    first = question_ids()[0]
    return page.locator(f'[id="answer-{first}-no"]'), page.locator(f'[id="notes-{first}"]')


def test_workbook_with_javascript_restores_answers_after_reload(site_url, browser):
    # A context of its own, without bypass_csp: the script must work under the site's own policy.
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{site_url}{workbook_path('fi')}")
        radio, notes = first_question_controls(page)
        radio.check()
        notes.fill("Kysykää yläkoululaisilta.")
        page.reload()
        radio, notes = first_question_controls(page)
        assert radio.is_checked()
        assert notes.input_value() == "Kysykää yläkoululaisilta."
        assert page.locator("[data-workbook-status]").inner_text().strip()
        # The question ids are the same in every language, so the answers follow the reader.
        page.goto(f"{site_url}{workbook_path('sv')}")
        radio, _notes = first_question_controls(page)
        assert radio.is_checked()
    finally:
        context.close()


def test_workbook_without_javascript_shows_the_summary(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site_url}{workbook_path('en')}")
        radio, notes = first_question_controls(page)
        radio.check()
        notes.fill("Young people do not find the channels.")
        with page.expect_navigation():
            page.locator('#workbook-form button[value="summary"]').click()
        assert page.locator("#summary-heading").is_visible()
        assert "needs attention in 1 of 1 answers (100 %)" in page.locator("#summary").inner_text()
        radio, notes = first_question_controls(page)
        assert radio.is_checked()
        assert notes.input_value() == "Young people do not find the channels."
    finally:
        context.close()
