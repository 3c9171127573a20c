"""Issue 14: a figure changed in Finnish reaches the Swedish and English pages without retyping.

Figures (numbers, dates, choices) are synchronised by wagtail-localize, not translated. When a
published Finnish figure changes, the organisation's moderators get an e-mail and a dashboard
notice; "sync and publish" then shows the new figure in every language and keeps every text.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from osallisuus_site.translation_status.figures import changed_figures, figures
from programs.models import ProgramPage

from .test_organisation_translation import make_moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(demo):
    return make_moderator("mikko", "esimerkkila")


def programme_in(locale, translation_key=None):
    """Esimerkkilä's programme in a language (the translations' slugs are their own)."""
    finnish = ProgramPage.objects.filter(locale__language_code="fi")
    key = translation_key or finnish.get(organisation__slug="esimerkkila").translation_key
    return ProgramPage.objects.get(locale=locale, translation_key=key)


def first_indicator(page):
    goal = next(block for block in page.goals if block.value["indicators"])
    return goal.value["indicators"][0]


def change_baseline_in_finnish(demo, value):
    finnish = programme_in(demo["fi"])
    first_indicator(finnish)["baseline"] = value
    finnish.save_revision().publish()
    return programme_in(demo["fi"], finnish.translation_key)


def test_the_demo_translations_carry_the_finnish_figures(demo):
    finnish = programme_in(demo["fi"])
    for language in ("sv", "en"):
        assert changed_figures(finnish, programme_in(demo[language], finnish.translation_key)) == []
    assert len(figures(finnish)) > 10, "baselines, targets, observations, progress, statuses"


def test_a_changed_finnish_figure_tells_the_moderators(client, demo, moderator):
    mail.outbox.clear()
    finnish = change_baseline_in_finnish(demo, 41.5)

    [message] = mail.outbox
    assert message.to == ["mikko@esimerkkila.example"], "one e-mail for all its translations"
    assert finnish.title in message.subject
    assert "Svenska" in message.body and "English" in message.body
    assert "Lähtötaso" in message.body and "Mittari 1" in message.body
    source = TranslationSource.objects.get(object_id=finnish.translation_key, locale=demo["fi"])
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in message.body

    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "stale-figures-heading" in dashboard
    assert programme_in(demo["sv"], finnish.translation_key).title in dashboard
    # The to-do comes first, then the moderator's organisation.
    assert dashboard.index("stale-figures-heading") < dashboard.index("organisation-esimerkkila")


def test_sync_and_publish_shows_the_new_figure_in_every_language(
    client, demo, moderator, django_capture_on_commit_callbacks
):
    swedish_before = programme_in(demo["sv"])
    finnish = change_baseline_in_finnish(demo, 41.5)
    assert first_indicator(programme_in(demo["sv"], finnish.translation_key))["baseline"] != 41.5

    source = TranslationSource.objects.get(object_id=finnish.translation_key, locale=demo["fi"])
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    for language in ("sv", "en"):
        translated = programme_in(demo[language], finnish.translation_key)
        assert first_indicator(translated)["baseline"] == 41.5
        assert changed_figures(finnish, translated) == []
        html = client.get(translated.url).content.decode()
        assert "41,5" in html or "41.5" in html
    swedish = programme_in(demo["sv"], finnish.translation_key)
    assert (swedish.title, swedish.summary, swedish.plain_language_summary) == (
        swedish_before.title,
        swedish_before.summary,
        swedish_before.plain_language_summary,
    ), "no Swedish text is lost or needs retyping"
    assert "stale-figures-heading" not in client.get("/admin/").content.decode()
