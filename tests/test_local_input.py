"""Dates and numbers are read the way the admin's language writes them; what cannot be read is an
error at its field, never a substituted value (programs/local_input.py)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from programs.blocks import IndicatorBlock
from programs.models import ProgramPage

from .admin_forms import edit_form_data

INDICATOR = IndicatorBlock()
OBSERVATION = INDICATOR.child_blocks["observations"].child_block


def read(block, text):
    """What a block keeps of a typed text, as the admin form would post it."""
    return block.clean(block.value_from_datadict({"x": text}, {}, "x"))


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_finnish_and_swedish_admin_read_day_month_year_and_decimal_comma(language):
    with translation.override(language):
        assert read(OBSERVATION.child_blocks["date"], "1.1.2026") == datetime.date(2026, 1, 1)
        assert read(OBSERVATION.child_blocks["date"], "31.12.2025") == datetime.date(2025, 12, 31)
        assert read(OBSERVATION.child_blocks["date"], "2026-01-01") == datetime.date(2026, 1, 1)
        for name in ("baseline", "target"):
            assert read(INDICATOR.child_blocks[name], "32,5") == 32.5
            assert read(INDICATOR.child_blocks[name], "32.5") == 32.5
        assert read(OBSERVATION.child_blocks["value"], "-0,25") == -0.25


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    "block, text",
    [
        (OBSERVATION.child_blocks["date"], "32.13.2026"),
        (OBSERVATION.child_blocks["date"], "1.1.26"),
        (OBSERVATION.child_blocks["date"], "huomenna"),
        (OBSERVATION.child_blocks["value"], "32,5,1"),
        (OBSERVATION.child_blocks["value"], "noin 30"),
        (INDICATOR.child_blocks["baseline"], "1 2"),
    ],
)
def test_unreadable_text_is_an_error_in_every_language(language, block, text):
    with translation.override(language), pytest.raises(ValidationError):
        read(block, text)


def test_english_admin_keeps_its_own_conventions():
    with translation.override("en"):
        assert read(OBSERVATION.child_blocks["date"], "2026-01-01") == datetime.date(2026, 1, 1)
        assert read(INDICATOR.child_blocks["baseline"], "32.5") == 32.5
        # A Finnish-looking date or a decimal comma is not guessed at in English.
        for block, text in (
            (OBSERVATION.child_blocks["date"], "1.1.2026"),
            (INDICATOR.child_blocks["baseline"], "32,5"),
        ):
            with pytest.raises(ValidationError):
                read(block, text)


@pytest.mark.parametrize(
    "language, shown, picker, hint",
    [
        ("fi", "01.01.2026", "d.m.Y", "pp.kk.vvvv"),
        ("sv", "01.01.2026", "d.m.Y", "dd.mm.åååå"),
        ("en", "2026-01-01", "Y-m-d", "yyyy-mm-dd"),
    ],
)
def test_dates_and_numbers_are_shown_in_the_admins_language(language, shown, picker, hint):
    widget = OBSERVATION.child_blocks["date"].field.widget
    with translation.override(language):
        assert widget.format_value(datetime.date(2026, 1, 1)) == shown
        config = widget.get_config()
        assert config["format"] == picker
        # The picker must never replace what the editor typed with today's date.
        assert config["validateOnBlur"] is False
        assert widget.get_context("d", None, {"id": "d"})["widget"]["attrs"]["placeholder"] == hint
        number = INDICATOR.child_blocks["baseline"].field.widget
        assert number.format_value(32.5) == ("32.5" if language == "en" else "32,5")


# --- The page form: the period of a programme --------------------------------------------------


@pytest.fixture
def admin_client(client, demo):
    user = get_user_model().objects.create_superuser(
        "lomake", "lomake@example.fi", "correct horse battery staple"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fi"
    profile.save()
    client.force_login(user)
    return client


def programme(demo):
    return ProgramPage.objects.filter(locale=demo["fi"]).first()


def latest(page):
    return ProgramPage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.mark.django_db
def test_finnish_admin_saves_a_period_typed_day_month_year(admin_client, demo):
    page = programme(demo)
    data = edit_form_data(admin_client, page)
    assert data["period_start"] == page.period_start.strftime("%d.%m.%Y")
    data.update(period_start="1.1.2026", period_end="31.12.2029")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    saved = latest(page)
    assert saved.period_start == datetime.date(2026, 1, 1)
    assert saved.period_end == datetime.date(2029, 12, 31)


@pytest.mark.django_db
def test_finnish_admin_refuses_an_unreadable_period_at_its_field(admin_client, demo):
    page = programme(demo)
    before = page.get_latest_revision_as_object().period_start
    data = edit_form_data(admin_client, page)
    data.update(period_start="1.13.2026")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "period_start" in response.context["form"].errors
    assert "Syötä oikea päivämäärä." in response.content.decode()
    assert latest(page).period_start == before


# --- Scheduled publishing: a date with a time ---------------------------------------------------


def project_page_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if not model.__module__.startswith("wagtail.")]


@pytest.mark.parametrize(
    "language, shown, picker, picker_time, hint",
    [
        ("fi", "01.01.2027 09.00", "d.m.Y H.i", "H.i", "pp.kk.vvvv tt.mm"),
        ("sv", "01.01.2027 09.00", "d.m.Y H.i", "H.i", "dd.mm.åååå tt.mm"),
        ("en", "2027-01-01 09:00", "Y-m-d H:i", "H:i", "yyyy-mm-dd hh:mm"),
    ],
)
def test_every_page_types_publishing_schedule_is_in_the_admins_language(
    language, shown, picker, picker_time, hint
):
    for model in project_page_models():
        form_class = model.get_edit_handler().get_form_class()
        for name in ("go_live_at", "expire_at"):
            widget = form_class.base_fields[name].widget
            with translation.override(language):
                assert widget.format_value(datetime.datetime(2027, 1, 1, 9, 0)) == shown, model
                config = widget.get_config()
                assert (config["format"], config["formatTime"]) == (picker, picker_time), model
                # The picker must never replace what the editor typed.
                assert config["validateOnBlur"] is False
                # Still opened inside Wagtail's scheduling dialog, reset when it closes.
                assert config["parentID"] == "#schedule-publishing-dialog"
                assert widget.attrs["data-w-dialog-target"] == "notify"
                context = widget.get_context(name, None, {"id": name})
                assert context["widget"]["attrs"]["placeholder"] == hint


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("text", ["1.1.2027 9.00", "1.1.2027 09:00", "01.01.2027 09.00"])
def test_finnish_and_swedish_admin_read_a_time_typed_with_a_dot_or_a_colon(language, text):
    field = ProgramPage.get_edit_handler().get_form_class().base_fields["go_live_at"]
    with translation.override(language):
        read = field.clean(text)
    assert read.replace(tzinfo=None) == datetime.datetime(2027, 1, 1, 9, 0)


@pytest.mark.django_db
def test_finnish_admin_schedules_publishing_at_the_time_typed(admin_client, demo):
    page = programme(demo)
    data = edit_form_data(admin_client, page)
    data.update(go_live_at="1.1.2099 9.00", expire_at="31.12.2099 16:30")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    saved = latest(page)
    local = datetime.datetime
    assert timezone.localtime(saved.go_live_at).replace(tzinfo=None) == local(2099, 1, 1, 9, 0)
    assert timezone.localtime(saved.expire_at).replace(tzinfo=None) == local(2099, 12, 31, 16, 30)
    # Shown back the Finnish way.
    assert edit_form_data(admin_client, page)["go_live_at"] == "01.01.2099 09.00"


@pytest.mark.django_db
def test_finnish_admin_keeps_an_unreadable_time_as_typed_with_an_error_at_its_field(
    admin_client, demo
):
    page = programme(demo)
    data = edit_form_data(admin_client, page)
    data.update(go_live_at="1.1.2099 25.00")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "go_live_at" in response.context["form"].errors
    assert "Syötä oikea pvm/kellonaika." in response.content.decode()
    assert 'value="1.1.2099 25.00"' in response.content.decode()
    assert latest(page).go_live_at is None
