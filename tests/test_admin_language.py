"""Issue 14: the admin speaks Finnish and Swedish on every screen an editor or moderator uses.

An organisation editor (Aino) and moderator (Mikko) of Esimerkkilä walk the screens of the
editing journey in their admin language: dashboard, explorer, page editor (also after a validation
error), history, starting and syncing a translation, the translation editor, the review workflow
and the reports. Any English UI text fails the test; a report of the counts per screen and
language is printed (and written to `admin-language-report.txt` in pytest's temporary folder).
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from programs.models import OrganisationPage, ProgramPage

from .admin_language import english_in, visible_texts
from .test_organisation_translation import make_moderator, translate_into_swedish

pytestmark = pytest.mark.django_db


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def empty_programme():
    """A new programme without a title: every StreamField empty, as the browser would post it."""
    from wagtail.fields import StreamField

    streams = [f.name for f in ProgramPage._meta.get_fields() if isinstance(f, StreamField)]
    return {"title": "", "slug": "", **{f"{name}-count": 0 for name in streams}}


def journey_screens(client, demo, people):
    """(screen, who, response) for each screen of the journey, in order."""
    aino, mikko = people["aino"], people["mikko"]
    finnish = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    organisation = OrganisationPage.objects.get(locale=demo["fi"], slug="esimerkkila")
    swedish = ProgramPage.objects.get(translation_key=finnish.translation_key, locale=demo["sv"])
    source = TranslationSource.objects.get(object_id=finnish.translation_key, locale=demo["fi"])
    add_url = reverse("wagtailadmin_pages:add", args=["programs", "programpage", organisation.pk])
    edit = f"/admin/pages/{finnish.pk}/edit/"

    client.force_login(aino)
    yield "dashboard", "editor", client.get("/admin/")
    yield "explorer", "editor", client.get(f"/admin/pages/{organisation.pk}/")
    yield "new page", "editor", client.get(add_url)
    yield "validation error", "editor", client.post(add_url, empty_programme())
    yield "page editor", "editor", client.get(edit)
    yield "history", "editor", client.get(f"/admin/pages/{finnish.pk}/history/")
    copy = finnish.copy(
        update_attrs={"title": "Kieliohjelma", "slug": "kieliohjelma"}, keep_live=True, user=mikko
    )
    yield (
        "translate this page",
        "editor",
        client.get(reverse("wagtail_localize:submit_page_translation", args=[copy.pk])),
    )
    translate_into_swedish(client, copy, demo)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    yield "sync translated pages", "editor", client.get(sync)
    yield "translation editor", "editor", client.get(f"/admin/pages/{swedish.pk}/edit/")
    yield "translation status", "editor", client.get(reverse("translation_status_report"))
    # Submitted for review as the editor's "Submit for review" does.
    finnish.save_revision(user=aino)
    finnish.get_workflow().start(finnish, aino)
    yield "page in review", "editor", client.get(edit, follow=True)

    client.force_login(mikko)
    yield "dashboard", "moderator", client.get("/admin/")
    yield "page in review", "moderator", client.get(edit)
    workflow_history = reverse("wagtailadmin_pages:workflow_history", args=[finnish.pk])
    yield "workflow history", "moderator", client.get(workflow_history)
    new_swedish = Page.objects.get(translation_key=copy.translation_key, locale=demo["sv"])
    client.post(f"/admin/pages/{new_swedish.pk}/edit/", {"action": "publish"})
    yield (
        "translation published",
        "moderator",
        client.get(f"/admin/pages/{new_swedish.pk}/edit/"),
    )
    yield "sync and publish", "moderator", client.get(sync)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_on_the_editing_journey(client, demo, language, tmp_path_factory, capsys):
    from .isolation import make_editor

    people = {
        "aino": make_editor("aino", "esimerkkila"),
        "mikko": make_moderator("mikko", "esimerkkila"),
    }
    for user in people.values():
        speak(user, language)

    found, report = [], []
    for screen, who, response in journey_screens(client, demo, people):
        assert response.status_code == 200, (screen, who, response.status_code)
        english = english_in(visible_texts(response.content.decode()), language)
        report.append(f"{language}\t{who}\t{screen}\t{len(english)}")
        found += [f"{language} {who} {screen}: {text!r} ← {msgid!r}" for text, msgid in english]

    lines = ["language\twho\tscreen\tEnglish texts", *report]
    path = tmp_path_factory.getbasetemp() / "admin-language-report.txt"
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert not found, "English in the admin:\n" + "\n".join(sorted(set(found)))


def sidebar_texts(html):
    """Every text of the admin's sidebar (its main menu), from the data Wagtail renders it from."""
    import json
    import re

    props = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)

    def texts(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for each in value.values():
                yield from texts(each)
        elif isinstance(value, list):
            for each in value:
                yield from texts(each)

    return set(texts(json.loads(props.group(1))))


@pytest.mark.parametrize("language, pages", [("fi", "Sivut"), ("sv", "Sidor")])
def test_the_pages_menu_item_says_pages_not_pagination(client, demo, language, pages):
    from .isolation import make_editor

    editor = make_editor("sivuja", "esimerkkila")
    speak(editor, language)
    client.force_login(editor)
    menu = sidebar_texts(client.get("/admin/").content.decode())
    assert pages in menu
    assert not {"Sivutus", "Sidnavigering"} & menu
