"""Issue 14: the whole editing journey in a real browser, once in the Finnish and once in the
Swedish admin (Playwright + Debian chromium).

An editor of the fictional municipality creates a programme and sees the preview panel, submits it;
the moderator approves; the editor translates it into Swedish and submits; the moderator publishes;
a figure changed in Finnish reaches the Swedish page after "sync and publish". No English UI text
appears on the way, and another organisation's editor can do none of it. With SCREENSHOTS=1 the
Finnish run saves the screenshots of docs/editing.md into docs/images/.
"""

import os
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from .admin_language import english_in, visible_texts

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"
IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"


def make_user(username, slug, moderator=False):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.fi", password=PASSWORD
    )
    call_command("grant_organisation_editor", username, slug, moderator=moderator, stdout=None)
    return user


class Journey:
    """One browser tab, one admin language; collects the English it sees on every screen."""

    def __init__(self, page, base_url, language):
        self.page, self.base_url, self.language = page, base_url, language
        self.english = []

    def screen(self, name):
        texts = visible_texts(self.page.content())
        self.english += [(name, text, msgid) for text, msgid in english_in(texts, self.language)]

    def goto(self, path, name):
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("networkidle")
        self.screen(name)
        return response

    def shot(self, name):
        if os.environ.get("SCREENSHOTS") and self.language == "fi":
            from PIL import Image

            path = IMAGES / f"editing-{name}.png"
            self.page.screenshot(path=str(path))
            Image.open(path).convert("RGB").quantize(colors=64).save(path, optimize=True)

    def sign_in(self, username):
        self.page.context.clear_cookies()
        self.goto("/admin/login/", "sign in")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_load_state("networkidle")
        self.screen("dashboard")

    def action_menu(self, button_name):
        """Click a button of the page editor's action menu (main button or its dropdown)."""
        button = self.page.locator(f'footer [name="{button_name}"]').first
        if not button.is_visible():
            self.page.locator(
                "footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]"
            ).first.click()
        button.click()
        self.page.wait_for_load_state("networkidle")

    def expect_ok(self, response, what):
        assert response is not None and response.status < 400, (what, response and response.status)


def finnish_organisation(slug):
    from programs.models import OrganisationPage

    return OrganisationPage.objects.get(slug=slug, locale__language_code="fi")


def create_programme(journey, organisation, title, period_start, baseline):
    page = journey.page
    journey.goto(f"/admin/pages/add/programs/programpage/{organisation.pk}/", "new page")
    page.fill("#id_title", title)
    page.fill("#id_period_start", period_start)
    page.press("#id_period_start", "Tab")  # leaves the field, which closes its date picker
    # Tab may land in the next date field and open its own picker over the tabs: leave it too.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.xdsoft_datetimepicker')]"
        ".every(picker => getComputedStyle(picker).display === 'none')"
    )
    page.get_by_role("tab").nth(3).click()  # goals and measures
    page.locator("[data-contentpath=goals] .c-sf-add-button").first.click()
    page.fill('input[name="goals-0-value-title"]', "Asukkaat vaikuttavat")
    page.locator("[data-contentpath=indicators] .c-sf-add-button").first.click()
    page.fill('input[name="goals-0-value-indicators-0-value-name"]', "Vaikuttamisen kokemus")
    page.fill('input[name="goals-0-value-indicators-0-value-baseline"]', baseline)
    journey.screen("page editor")
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    journey.screen("page saved")
    assert "/edit/" in page.url, "the draft was saved"


def see_preview_panel(journey, title):
    page = journey.page
    page.locator('[data-side-panel-toggle="preview"]').click()
    frame = page.frame_locator("[data-side-panel='preview'] iframe").first
    frame.locator("main").first.wait_for(timeout=20_000)
    assert title in frame.locator("main").first.inner_text(), "the preview panel shows the page"
    journey.screen("preview panel")
    journey.shot("preview")


class committed:
    """`with committed():` runs its block's ORM code on a connection of its own, outside the
    test's transaction, so that the live server thread sees what it writes and the other way
    round. (The test's own connection stays inside pytest-django's transaction.)"""

    def __enter__(self):
        from django.db import connections

        self.connections = connections
        self.saved = connections["default"]
        connections["default"] = type(self.saved)(self.saved.settings_dict, "default")

    def __exit__(self, *exc):
        self.connections["default"].close()
        self.connections["default"] = self.saved


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_editing_journey(browser, site_url, language):
    english = play_journey(browser, site_url, language, committed)
    assert not english, "English in the admin:\n" + "\n".join(map(str, english))


def play_journey(browser, site_url, language, database):
    """Plays the journey; returns the English texts seen. `database()` opens database access."""
    from wagtail.models import Page
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import TranslationSource

    from programs.models import ProgramPage

    with database():
        editor = make_user(f"aino-{language}", "esimerkkila")
        moderator = make_user(f"mikko-{language}", "esimerkkila", moderator=True)
        outsider = make_user(f"harri-{language}", "harjuseutu")
        for user in (editor, moderator, outsider):
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        organisation = finnish_organisation("esimerkkila")

    context = browser.new_context(locale=f"{language}-FI", viewport={"width": 1280, "height": 900})
    journey = Journey(context.new_page(), site_url, language)
    title = f"Selainohjelma {language} {uuid.uuid4().hex[:6]}"
    try:
        # The editor creates the programme, sees the preview panel and submits it.
        journey.sign_in(editor.username)
        journey.shot("dashboard")
        create_programme(journey, organisation, title, "1.1.2026", "32,5")
        journey.shot("editor")
        see_preview_panel(journey, title)
        journey.action_menu("action-submit")
        journey.screen("submitted")
        with database():
            finnish = ProgramPage.objects.get(title=title, locale__language_code="fi")
            assert finnish.period_start.isoformat() == "2026-01-01"
            indicator = finnish.get_latest_revision_as_object().goals[0].value["indicators"][0]
            assert indicator["baseline"] == 32.5
            assert finnish.workflow_in_progress and not finnish.live

        # The moderator approves it.
        journey.sign_in(moderator.username)
        journey.goto(f"/admin/pages/{finnish.pk}/edit/", "review")
        journey.shot("review")
        approve = journey.page.locator('footer [data-workflow-action-name="approve"]').first
        if not approve.is_visible():
            journey.page.locator("footer [data-w-dropdown-target=toggle]").first.click()
        approve.click()
        journey.page.wait_for_load_state("networkidle")
        journey.screen("approved")
        with database():
            assert Page.objects.get(pk=finnish.pk).live

        # The editor translates it into Swedish and submits the translation.
        journey.sign_in(editor.username)
        journey.goto(f"/admin/localize/submit/page/{finnish.pk}/", "translate this page")
        journey.shot("translate")
        journey.page.locator("input[type=checkbox][name=locales]").evaluate_all(
            "boxes => boxes.forEach(box => { box.checked = box.parentElement.textContent.includes('Svenska') })"
        )
        journey.page.locator("form:has(input[name=locales]) [type=submit]").last.click()
        journey.page.wait_for_load_state("networkidle")
        journey.screen("translation editor")
        journey.shot("translation-editor")
        journey.page.locator('button[value="submit-for-review"]').click()
        journey.page.wait_for_load_state("networkidle")
        journey.screen("translation submitted")
        with database():
            swedish = ProgramPage.objects.get(
                translation_key=finnish.translation_key, locale__language_code="sv"
            )
            assert swedish.workflow_in_progress and not swedish.live

        # The moderator publishes the Swedish page.
        journey.sign_in(moderator.username)
        journey.goto(f"/admin/pages/{swedish.pk}/edit/", "translation review")
        journey.page.locator('.js-translation-editor footer button[value="publish"]').click()
        journey.page.wait_for_load_state("networkidle")
        journey.screen("translation published")
        with database():
            swedish = ProgramPage.objects.get(pk=swedish.pk)
            assert swedish.live

        # A figure changes in Finnish; "sync and publish" brings it to the Swedish page.
        journey.goto(f"/admin/pages/{finnish.pk}/edit/", "page editor")
        journey.page.get_by_role("tab").nth(3).click()
        journey.page.fill('input[name="goals-0-value-indicators-0-value-baseline"]', "40,5")
        journey.action_menu("action-publish")
        journey.screen("published")
        with database():
            source = TranslationSource.objects.get(
                object_id=finnish.translation_key, locale__language_code="fi"
            )
        journey.goto(f"/admin/localize/update/{source.pk}/", "sync translated pages")
        journey.shot("sync")
        journey.page.check("#id_publish_translations")
        journey.page.locator("form:has(#id_publish_translations) [type=submit]").last.click()
        journey.page.wait_for_load_state("networkidle")
        journey.screen("synced and published")
        public = journey.page.goto(site_url + swedish.url)
        journey.expect_ok(public, "the Swedish page")
        assert "40,5" in journey.page.locator("main").inner_text()
        with database():
            indicator = ProgramPage.objects.get(pk=swedish.pk).goals[0].value["indicators"][0]
            assert indicator["baseline"] == 40.5

        # Another organisation's editor can do none of it.
        journey.sign_in(outsider.username)
        for path in (
            f"/admin/pages/{finnish.pk}/edit/",
            f"/admin/pages/{swedish.pk}/edit/",
            f"/admin/localize/submit/page/{finnish.pk}/",
            f"/admin/localize/update/{source.pk}/",
        ):
            journey.page.goto(site_url + path)
            assert f"/pages/{finnish.pk}/" not in journey.page.url or "edit" not in journey.page.url
            assert "js-translation-editor" not in journey.page.content()
            assert title not in journey.page.content(), path
    finally:
        context.close()
        with database():
            created = Page.objects.filter(title=title, locale__language_code="fi").first()
            if created is not None:
                for page in Page.objects.filter(translation_key=created.translation_key):
                    page.delete()
            get_user_model().objects.filter(pk__in=[editor.pk, moderator.pk, outsider.pk]).delete()

    return journey.english
