"""Each organisation edits only its own pages, in every language, through its moderators' review."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from programs.models import OrganisationAccess, OrganisationPage, ProgramPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(demo):
    user = get_user_model().objects.create_user("aino", password="correct horse battery staple")
    call_command("grant_organisation_editor", "aino", "esimerkkila", stdout=None)
    return user


def own_and_other_pages():
    own = OrganisationPage.objects.filter(organisation_type="municipality")
    other = OrganisationPage.objects.filter(organisation_type="wellbeing_region")
    own_pages = [
        page
        for organisation in own
        for page in Page.objects.descendant_of(organisation, inclusive=True)
    ]
    other_pages = [
        page
        for organisation in other
        for page in Page.objects.descendant_of(organisation, inclusive=True)
    ]
    return own_pages, other_pages


def test_creating_an_organisation_creates_its_groups_collection_and_workflow(demo):
    access = OrganisationAccess.objects.get(
        translation_key=OrganisationPage.objects.get(
            slug="esimerkkila", locale=demo["fi"]
        ).translation_key
    )
    assert access.editors.permissions.filter(codename="access_admin").exists()
    for organisation in OrganisationPage.objects.filter(translation_key=access.translation_key):
        assert organisation.get_workflow() == access.workflow
        editor_permissions = set(
            access.editors.page_permissions.filter(page=organisation).values_list(
                "permission__codename", flat=True
            )
        )
        assert editor_permissions == {"add_page", "change_page"}
    assert (
        access.collection.name
        == OrganisationPage.objects.get(slug="esimerkkila", locale=demo["fi"]).title
    )


def test_granted_editor_can_edit_own_pages_in_every_language(client, editor):
    client.force_login(editor)
    own_pages, _other = own_and_other_pages()
    assert {page.locale.language_code for page in own_pages} == {"fi", "sv", "en"}
    for page in own_pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_granted_editor_is_refused_every_page_of_another_organisation(client, editor):
    client.force_login(editor)
    _own, other_pages = own_and_other_pages()
    for page in other_pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403), page
        if response.status_code == 302:
            assert (
                "/admin/" in response["Location"]
                and f"/pages/{page.pk}/edit/" not in response["Location"]
            )


def test_editor_cannot_publish_directly_but_moderators_can_through_the_workflow(demo, editor):
    moderator = get_user_model().objects.create_user(
        "mikko", password="correct horse battery staple"
    )
    call_command("grant_organisation_editor", "mikko", "esimerkkila", moderator=True)
    programme = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    assert not programme.permissions_for_user(editor).can_publish()

    programme.summary = "Uusi tiivistelmä, joka odottaa tarkastusta."
    revision = programme.save_revision(user=editor)
    workflow_state = programme.get_workflow().start(programme, editor)
    assert workflow_state.status == "in_progress"
    assert ProgramPage.objects.get(pk=programme.pk).live_revision_id != revision.pk

    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    programme.refresh_from_db()
    assert programme.summary == "Uusi tiivistelmä, joka odottaa tarkastusta."
    assert programme.live_revision_id == revision.pk


def test_revisions_keep_every_saved_version(demo, editor):
    programme = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    before = programme.revisions.count()
    for text in ("Ensimmäinen versio", "Toinen versio"):
        programme.summary = text
        programme.save_revision(user=editor)
    summaries = [
        revision.as_object().summary for revision in programme.revisions.order_by("-created_at")[:2]
    ]
    assert programme.revisions.count() == before + 2
    assert summaries == ["Toinen versio", "Ensimmäinen versio"]


def test_granting_fails_clearly_for_unknown_users_and_organisations(demo):
    with pytest.raises(CommandError, match="No user"):
        call_command("grant_organisation_editor", "nobody", "esimerkkila")
    get_user_model().objects.create_user("liisa")
    with pytest.raises(CommandError, match="No organisation"):
        call_command("grant_organisation_editor", "liisa", "no-such-place")
