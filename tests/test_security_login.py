"""Guessing passwords at the admin sign-in is slowed to a crawl: failures lock the username there."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone, translation

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOCKOUT_TEXT = {
    "en": "Too many failed sign-in attempts",
    "fi": "Liian monta epäonnistunutta kirjautumisyritystä",
    "sv": "För många misslyckade inloggningsförsök",
}


@pytest.fixture
def editor(demo):
    return get_user_model().objects.create_superuser("aino", "aino@example.fi", PASSWORD)


def sign_in(client, password, username="aino", language="en"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        HTTP_ACCEPT_LANGUAGE=language,
    )


def fail(client, times, **kwargs):
    return [sign_in(client, "wrong password", **kwargs) for _ in range(times)]


@override_settings(AXES_FAILURE_LIMIT=5)
def test_four_failures_still_allow_the_right_password(client, editor):
    responses = fail(client, 4)
    assert all(response.status_code == 200 for response in responses)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@override_settings(AXES_FAILURE_LIMIT=5)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_fifth_failure_locks_with_a_clear_translated_message(client, editor, language):
    *_, fifth = fail(client, 5, language=language)
    assert fifth.status_code == 429
    page = fifth.content.decode()
    assert LOCKOUT_TEXT[language] in page
    assert "30" in page  # minutes to wait
    assert 'name="username"' in page  # still the Wagtail sign-in page


@override_settings(AXES_FAILURE_LIMIT=5)
def test_the_right_password_is_refused_during_the_lockout(client, editor):
    fail(client, 5)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # back to the sign-in page


@override_settings(AXES_FAILURE_LIMIT=5)
def test_lockout_is_per_username(client, editor):
    get_user_model().objects.create_superuser("mikko", "mikko@example.fi", PASSWORD)
    fail(client, 5)
    assert sign_in(client, PASSWORD, username="mikko").status_code == 302


@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=30))
def test_the_lock_opens_after_the_cool_off(client, editor, monkeypatch):
    fail(client, 5)
    assert sign_in(client, PASSWORD).status_code == 429
    later = timezone.now() + timedelta(minutes=31)
    # Axes stamps each attempt with this clock; moving it on is half an hour passing.
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: later)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="aino", failures_since_start__gt=0).exists()


def test_force_login_in_tests_and_management_commands_are_unaffected(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("password", ["lyhyt", "salasana123", "12345678901234", "password1234"])
def test_weak_passwords_are_refused(password):
    with translation.override("en"), pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_passphrase_is_accepted():
    validate_password("kuusi kissaa kiipesi puuhun")
