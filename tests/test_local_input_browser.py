"""In the Finnish admin, in a real browser: `1.1.2026` and `32,5` are saved as typed, the date
picker never substitutes today's date, garbage gets an error at its field, and the preview panel
shows the page."""

import datetime
import threading
import uuid

import pytest
from django.contrib.auth import get_user_model

from programs.models import OrganisationPage, ProgramPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
PASSWORD = "correct horse battery staple"


def committed(function):
    """Run ORM code on a connection of its own, outside the test's transaction, so that the server
    thread sees what it writes and it sees what the server wrote."""
    from django.db import connection

    result = {}

    def run():
        try:
            result["value"] = function()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result["value"]


def create_programme():
    user = get_user_model().objects.create_superuser(
        f"selain-{uuid.uuid4().hex[:6]}", "selain@example.fi", PASSWORD
    )
    parent = OrganisationPage.objects.get(locale__language_code="fi", slug="esimerkkila")
    page = parent.add_child(
        instance=ProgramPage(
            title="Selaintestin ohjelma",
            slug=f"selaintesti-{uuid.uuid4().hex[:6]}",
            period_start=datetime.date(2025, 1, 1),
            goals=[
                {
                    "type": "goal",
                    "value": {
                        "title": "Nuoret vaikuttavat",
                        "indicators": [
                            {
                                "name": "Vastaajia",
                                "observations": [{"date": "2025-06-01", "value": 10.0}],
                            }
                        ],
                    },
                }
            ],
            live=False,
        )
    )
    page.save_revision(user=user)
    return user, page


@pytest.fixture
def draft_programme(site_url):
    """A programme with one goal, indicator and observation, and a superuser, both committed;
    removed afterwards."""
    user, page = committed(create_programme)

    def saved():
        return committed(
            lambda: ProgramPage.objects.get(pk=page.pk).get_latest_revision_as_object()
        )

    yield user, page, saved
    committed(lambda: (ProgramPage.objects.filter(pk=page.pk).delete(), user.delete()))


def sign_in(browser_page, site_url, user):
    browser_page.goto(f"{site_url}/admin/login/")
    browser_page.fill("#id_username", user.username)
    browser_page.fill("#id_password", PASSWORD)
    browser_page.locator("form button[type=submit]").click()
    browser_page.wait_for_url(f"{site_url}/admin/")


def type_into(field, text):
    field.click()
    field.fill("")
    field.press_sequentially(text)
    field.press("Tab")


def open_goals_tab(editor):
    editor.get_by_role("tab", name="Tavoitteet ja toimenpiteet").click()


def save_draft(editor):
    editor.get_by_role("button", name="Tallenna luonnos").first.click()
    editor.wait_for_load_state("networkidle")


def test_finnish_admin_saves_dates_and_decimal_commas_as_typed(browser, site_url, draft_programme):
    user, page, latest = draft_programme
    context = browser.new_context(locale="fi-FI")
    editor = context.new_page()
    try:
        sign_in(editor, site_url, user)
        editor.goto(f"{site_url}/admin/pages/{page.pk}/edit/")

        period_start = editor.locator("#id_period_start")
        type_into(period_start, "1.1.2026")
        assert period_start.input_value() == "1.1.2026", "the date picker changed the date"

        open_goals_tab(editor)
        baseline = editor.locator("input[name$='-baseline']").first
        type_into(baseline, "32,5")
        observation_date = editor.locator("input[name$='-observations-0-value-date']").first
        type_into(observation_date, "1.1.2026")
        assert observation_date.input_value() == "1.1.2026"
        save_draft(editor)

        saved = latest()
        assert saved.period_start == datetime.date(2026, 1, 1)
        indicator = saved.goals[0].value["indicators"][0]
        assert indicator["baseline"] == 32.5
        assert indicator["observations"][0]["date"] == datetime.date(2026, 1, 1)

        # Shown back in Finnish, as typed.
        assert editor.locator("#id_period_start").input_value() == "01.01.2026"
        open_goals_tab(editor)
        assert editor.locator("input[name$='-baseline']").first.input_value() == "32,5"

        # The preview panel shows the page (the admin may frame its own previews).
        editor.locator("[data-side-panel-toggle='preview']").click()
        frame = editor.frame_locator("iframe[title]").first
        assert frame.locator("h1").first.inner_text(timeout=15000) == "Selaintestin ohjelma"
    finally:
        context.close()


def test_finnish_admin_shows_an_error_at_each_unreadable_field(browser, site_url, draft_programme):
    user, page, latest = draft_programme
    context = browser.new_context(locale="fi-FI")
    editor = context.new_page()
    try:
        sign_in(editor, site_url, user)
        editor.goto(f"{site_url}/admin/pages/{page.pk}/edit/")
        type_into(editor.locator("#id_period_start"), "1.13.2026")
        open_goals_tab(editor)
        type_into(editor.locator("input[name$='-baseline']").first, "noin 30")
        save_draft(editor)

        period_field = editor.locator(
            "[data-field-wrapper]", has=editor.locator("#id_period_start")
        )
        assert "Syötä oikea päivämäärä." in period_field.inner_text()
        assert editor.locator("#id_period_start").input_value() == "1.13.2026"
        open_goals_tab(editor)
        baseline = editor.locator("input[name$='-baseline']").first
        assert baseline.input_value() == "noin 30"
        baseline_field = editor.locator("[data-field-wrapper]", has=baseline).last
        assert "Syötä luku." in baseline_field.inner_text()

        saved = latest()
        assert saved.period_start == datetime.date(2025, 1, 1)
        assert saved.goals[0].value["indicators"][0]["baseline"] is None
    finally:
        context.close()
