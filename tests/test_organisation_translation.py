"""Issue 14: each organisation translates its own pages, through its moderators' review.

Aino (editor) and Mikko (moderator) work for Esimerkkilä, Harri (editor) for Harjuseutu. A new
Finnish programme of Esimerkkilä is translated into Swedish by Aino, submitted, published by Mikko;
Harri can start, sync, submit or publish none of it.
"""

import json
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from programs.models import ProgramPage

from .isolation import PASSWORD, make_editor

pytestmark = pytest.mark.django_db


def make_moderator(username, slug):
    from django.core.management import call_command

    user = get_user_model().objects.create_user(
        username, email=f"{username}@esimerkkila.example", password=PASSWORD
    )
    call_command("grant_organisation_editor", username, slug, moderator=True, stdout=None)
    return user


@pytest.fixture
def people(demo):
    aino = make_editor("aino", "esimerkkila")
    aino.email = "aino@esimerkkila.example"
    aino.save()
    return {
        "aino": aino,
        "mikko": make_moderator("mikko", "esimerkkila"),
        "harri": make_editor("harri", "harjuseutu"),
    }


@pytest.fixture
def finnish_programme(demo, people):
    """A published Finnish programme of Esimerkkilä that has no translation yet."""
    original = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    copy = original.copy(
        update_attrs={"title": "Osallisuusohjelma 2030–2033", "slug": "osallisuusohjelma-2030"},
        keep_live=True,
        user=people["mikko"],
    )
    return ProgramPage.objects.get(pk=copy.pk)


def client_for(client, user):
    client.force_login(user)
    return client


def translate_into_swedish(client, page, demo):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [demo["sv"].pk]},
    )


def swedish_of(page, demo):
    return ProgramPage.objects.get(translation_key=page.translation_key, locale=demo["sv"])


def editor_props(response):
    html = response.content.decode()
    start = html.index('data-props="') + len('data-props="')
    return json.loads(unescape(html[start : html.index('"', start)]))


def test_an_editor_translates_an_own_page_and_submits_it_to_the_moderators(
    client, demo, people, finnish_programme
):
    editor = client_for(client, people["aino"])
    explorer = editor.get(f"/admin/pages/{finnish_programme.get_parent().pk}/")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[finnish_programme.pk])
    assert submit_url in explorer.content.decode(), "“Translate this page” is offered"

    response = translate_into_swedish(editor, finnish_programme, demo)
    assert response.status_code == 302
    swedish = swedish_of(finnish_programme, demo)
    assert not swedish.live, "a translation starts as a draft"

    page = editor.get(f"/admin/pages/{swedish.pk}/edit/")
    html = page.content.decode()
    assert 'value="submit-for-review"' in html
    assert editor_props(page)["links"]["convertToAliasUrl"] is None
    assert not editor_props(page)["perms"]["canPublish"]

    mail.outbox.clear()
    response = editor.post(f"/admin/pages/{swedish.pk}/edit/", {"action": "submit-for-review"})
    assert response.status_code == 302
    swedish = swedish_of(finnish_programme, demo)
    assert swedish.workflow_in_progress and not swedish.live
    assert [message.to for message in mail.outbox] == [["mikko@esimerkkila.example"]]
    confirmation = [str(m) for m in editor.get(response["Location"]).context["messages"]]
    assert any("Osallisuusohjelma 2030–2033" in text for text in confirmation), confirmation

    # Mikko sees the task, publishes it in the translation editor, and Aino hears of it.
    moderator = client_for(client, people["mikko"])
    assert editor_props(moderator.get(f"/admin/pages/{swedish.pk}/edit/"))["perms"]["canPublish"]
    task_state = swedish.current_workflow_state.current_task_state
    mail.outbox.clear()
    response = moderator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[swedish.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    swedish = swedish_of(finnish_programme, demo)
    assert swedish.live and not swedish.workflow_in_progress
    assert ["aino@esimerkkila.example"] in [message.to for message in mail.outbox]


def test_an_editor_syncs_but_only_moderators_sync_and_publish(
    client, demo, people, finnish_programme
):
    translate_into_swedish(client_for(client, people["aino"]), finnish_programme, demo)
    source = TranslationSource.objects.get(object_id=finnish_programme.translation_key)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])

    editor = client_for(client, people["aino"])
    form = editor.get(sync_url)
    assert form.status_code == 200 and "publish_translations" not in form.content.decode()
    assert editor.post(sync_url, {}).status_code == 302
    assert editor.post(sync_url, {"publish_translations": "on"}).status_code == 403
    assert not swedish_of(finnish_programme, demo).live

    moderator = client_for(client, people["mikko"])
    assert "publish_translations" in moderator.get(sync_url).content.decode()


def test_another_organisations_editor_can_translate_nothing(
    client, demo, people, finnish_programme
):
    translate_into_swedish(client_for(client, people["aino"]), finnish_programme, demo)
    swedish = swedish_of(finnish_programme, demo)
    source = TranslationSource.objects.get(object_id=finnish_programme.translation_key)

    harri = client_for(client, people["harri"])
    assert translate_into_swedish(harri, finnish_programme, demo).status_code == 403
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert harri.get(sync_url).status_code == 403
    assert harri.post(sync_url, {"publish_translations": "on"}).status_code == 403
    submitted = harri.post(f"/admin/pages/{swedish.pk}/edit/", {"action": "submit-for-review"})
    assert submitted.status_code in (302, 403)
    assert not swedish_of(finnish_programme, demo).workflow_in_progress
    assert (
        harri.post(reverse("wagtail_localize:convert_to_alias", args=[swedish.pk])).status_code
        == 403
    )
    # Nor may an organisation's editor translate the central team's shared snippets.
    from programs.models import ParticipationDomain

    domain = ParticipationDomain.objects.filter(locale=demo["fi"]).first()
    snippet_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["programs", "participationdomain", domain.pk],
    )
    assert harri.get(snippet_url).status_code == 403


def test_editors_never_convert_a_translation_to_an_alias(client, demo, people, finnish_programme):
    translate_into_swedish(client_for(client, people["aino"]), finnish_programme, demo)
    swedish = swedish_of(finnish_programme, demo)
    response = client_for(client, people["aino"]).post(
        reverse("wagtail_localize:convert_to_alias", args=[swedish.pk])
    )
    assert response.status_code == 403
    assert Page.objects.get(pk=swedish.pk).alias_of_id is None


def test_the_translation_editor_labels_each_string_by_its_place(client, demo, people):
    finnish = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    swedish = swedish_of(finnish, demo)
    props = editor_props(client_for(client, people["aino"]).get(f"/admin/pages/{swedish.pk}/edit/"))
    labels = {segment["contentPath"]: segment["location"] for segment in props["segments"]}

    goals = list(finnish.goals)
    second_goal = goals[1]
    measure = second_goal.value["measures"].bound_blocks[1]
    place = labels[f"goals.{second_goal.id}.measures.{measure.id}.responsible"]
    assert place["subField"] == "Tavoite 2 › Toimenpide 2 › Vastuutaho"
    assert place["field"] == "Tavoite 2", "strings stay grouped under their goal"
    indicator = goals[0].value["indicators"].bound_blocks[0]
    assert labels[f"goals.{goals[0].id}.indicators.{indicator.id}.name"]["subField"] == (
        "Tavoite 1 › Mittari 1 › Mittari"
    )
    assert "December" not in (props["object"]["lastPublishedDate"] or "")
