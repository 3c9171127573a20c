"""Nothing an editor or translator saved is lost: backups restore, old revisions come back,
two editors are warned of each other, and syncs, moves and failed publishes keep drafts."""

import io
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.admin.models import EditingSession
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from programs.models import OrganisationPage, ProgramPage

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"


# --- Backup and restore, end to end, in a site of its own -------------------------------------


def manage(environment, *args, stdin=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        input=stdin,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def shell(environment, code):
    return manage(environment, "shell", "--no-imports", "-c", code).strip()


GROUPS = "from django.contrib.auth.models import Group; "


def round_trip(environment, media_root, backups):
    manage(environment, "migrate", "--noinput", "-v", "0")
    shell(environment, GROUPS + "Group.objects.create(name='Ennen varmuuskopiota')")
    upload = media_root / "documents" / "ohjelma.txt"
    upload.parent.mkdir(parents=True)
    upload.write_text("Alkuperäinen ohjelma", encoding="utf-8")

    output = manage(environment, "backup", str(backups))
    backup_dir = Path(output.strip().rsplit(" ", 1)[-1])
    assert (backup_dir / "manifest.json").exists()

    # Everything changes after the backup: renamed, added, deleted, overwritten.
    shell(
        environment,
        GROUPS + "Group.objects.filter(name='Ennen varmuuskopiota').update(name='Muutettu'); "
        "Group.objects.create(name='Varmuuskopion jälkeen')",
    )
    upload.write_text("Rikottu", encoding="utf-8")
    (media_root / "documents" / "uusi.txt").write_text("Uusi", encoding="utf-8")

    manage(environment, "restore", str(backup_dir), "--noinput")
    names = shell(
        environment, GROUPS + "print(sorted(Group.objects.values_list('name', flat=True)))"
    )
    assert "Ennen varmuuskopiota" in names
    assert "Muutettu" not in names and "Varmuuskopion jälkeen" not in names
    assert upload.read_text(encoding="utf-8") == "Alkuperäinen ohjelma"
    assert not (media_root / "documents" / "uusi.txt").exists()


def site_environment(tmp_path, database_url):
    media_root = tmp_path / "media"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "osallisuus_site.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return environment, media_root


def test_backup_and_restore_bring_back_the_database_and_media_on_sqlite(tmp_path):
    environment, media_root = site_environment(tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}")
    round_trip(environment, media_root, tmp_path / "backups")


def test_restore_refuses_a_directory_that_is_not_a_backup(tmp_path):
    environment, _media = site_environment(tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}")
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tmp_path), "--noinput"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "not a backup" in result.stderr


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="PostgreSQL is tried when the tests run on it (DATABASE_URL=postgres://...)",
)
def test_backup_and_restore_bring_back_the_database_and_media_on_postgresql(tmp_path):
    import dj_database_url
    import psycopg

    server = os.environ["DATABASE_URL"]
    name = f"osallisuus_backup_{secrets.token_hex(4)}"
    admin_url = dj_database_url.parse(server)
    conninfo = {
        "host": admin_url["HOST"] or None,
        "port": admin_url["PORT"] or None,
        "user": admin_url["USER"] or None,
        "password": admin_url["PASSWORD"] or None,
        "dbname": "postgres",
    }
    with psycopg.connect(**conninfo, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = server.rsplit("/", 1)[0] + f"/{name}"
        environment, media_root = site_environment(tmp_path, url)
        round_trip(environment, media_root, tmp_path / "backups")
    finally:
        with psycopg.connect(**conninfo, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- Revisions, editing conflicts, syncs, moves and failed publishes ---------------------------


@pytest.fixture
def editors(demo):
    users = []
    for username in ("aino", "mikko"):
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        call_command("grant_organisation_editor", username, "esimerkkila", stdout=io.StringIO())
        users.append(user)
    return users


def programme(demo, language="fi"):
    finnish = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    if language == "fi":
        return finnish
    return ProgramPage.objects.get(locale=demo[language], translation_key=finnish.translation_key)


def goal_titles(page):
    return [goal.value["title"] for goal in page.goals]


@pytest.mark.django_db
def test_restoring_an_older_revision_brings_its_goals_back_and_keeps_the_newer(demo, editors):
    page = programme(demo)
    old_goals = goal_titles(page)
    old_revision = page.latest_revision or page.save_revision(user=editors[0])
    page.goals = [{"type": "goal", "value": {"title": "Kokonaan uusi tavoite"}}]
    newer = page.save_revision(user=editors[0])
    newer.publish()
    assert goal_titles(Page.objects.get(pk=page.pk).specific) == ["Kokonaan uusi tavoite"]

    restored = old_revision.as_object()
    revert = restored.save_revision(user=editors[1], previous_revision=old_revision)
    revert.publish()

    live = Page.objects.get(pk=page.pk).specific
    assert goal_titles(live) == old_goals
    revisions = list(live.revisions.order_by("created_at", "pk"))
    assert newer in revisions and revert == revisions[-1]
    assert goal_titles(newer.as_object()) == ["Kokonaan uusi tavoite"]


@pytest.mark.django_db
def test_the_admin_offers_to_review_and_revert_an_old_revision(client, demo, editors):
    page = programme(demo)
    revision = page.save_revision(user=editors[0])
    client.force_login(editors[0])
    history = client.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
    response = client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/revert/")
    assert response.status_code == 200
    assert "You are viewing a previous version of this page" in response.content.decode()


@pytest.mark.django_db
def test_two_editors_of_the_same_page_are_told_about_each_other(client, demo, editors):
    aino, mikko = editors
    page = programme(demo)
    original = page.latest_revision

    def open_editor(user):
        client.force_login(user)
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        return EditingSession.objects.filter(user=user, object_id=str(page.pk)).latest("pk")

    def ping(user, session, **data):
        client.force_login(user)
        url = f"/admin/editing-sessions/ping/wagtailcore/page/{page.pk}/{session.pk}/"
        response = client.post(url, data)
        assert response.status_code == 200, response.content[:500]
        return response.json()["other_sessions"]

    aino_session, mikko_session = open_editor(aino), open_editor(mikko)
    ping(aino, aino_session, is_editing="1")
    others = ping(mikko, mikko_session)
    assert [other["is_editing"] for other in others] == [True]
    assert others[0]["user"] == "aino"

    # Aino saves; Mikko, still on the version he opened, is told a newer one exists.
    saved = page.save_revision(user=aino)
    others = ping(
        mikko,
        mikko_session,
        revision_id=original.pk,
        revision_created_at=original.created_at.isoformat(),
    )
    assert saved.pk in [other["revision_id"] for other in others]


@pytest.mark.django_db
def test_a_failed_publish_keeps_the_saved_draft(demo, editors):
    page = programme(demo)
    live_summary = page.summary
    page.summary = "Luonnos, jota ei saa kadottaa"
    page.slug = "vapaa-osoite"
    draft = page.save_revision(user=editors[0])
    # Before the draft is published another page takes its address, so publishing must fail.
    page.copy(update_attrs={"title": "Toinen ohjelma", "slug": "vapaa-osoite"}, keep_live=False)

    with pytest.raises(ValidationError):
        draft.publish()

    fresh = Page.objects.get(pk=page.pk).specific
    assert fresh.summary == live_summary  # the live page is untouched
    assert fresh.latest_revision == draft
    assert fresh.has_unpublished_changes
    assert fresh.latest_revision.as_object().summary == "Luonnos, jota ei saa kadottaa"


@pytest.mark.django_db
def test_moving_a_page_keeps_its_draft_and_history(demo, editors):
    page = programme(demo)
    page.summary = "Siirron yli säilyvä luonnos"
    draft = page.save_revision(user=editors[0])
    count = page.revisions.count()
    other_organisation = OrganisationPage.objects.get(slug="harjuseutu", locale=demo["fi"])
    Page.objects.get(pk=page.pk).specific.move(other_organisation, pos="last-child")

    moved = Page.objects.get(pk=page.pk).specific
    assert moved.get_parent().pk == other_organisation.pk
    assert moved.revisions.count() == count
    assert moved.latest_revision == draft
    assert moved.latest_revision.as_object().summary == "Siirron yli säilyvä luonnos"


@pytest.mark.django_db(transaction=False)
def test_a_translation_sync_keeps_what_the_translator_saved(demo):
    source_page = programme(demo)
    swedish = programme(demo, "sv")
    swedish_title = swedish.title
    assert swedish_title != source_page.title  # the demo's Swedish is a real translation

    # The Finnish source changes one field; the translations are synced from it.
    source_page.summary = "Uusi suomenkielinen tiivistelmä"
    source_page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(
        Page.objects.get(pk=source_page.pk).specific
    )
    for translation in Translation.objects.filter(source=source, target_locale=demo["sv"]):
        translation.save_target(publish=True)

    synced = Page.objects.get(pk=swedish.pk).specific
    assert synced.title == swedish_title
    assert [goal.value["title"] for goal in synced.goals] == goal_titles(swedish)
