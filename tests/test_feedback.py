"""The accessibility feedback channel: a form page in three languages whose submissions the admin
keeps, protected from spam without third parties or a CAPTCHA, with errors people can find."""

import re
import time

import pytest
from wagtail.contrib.forms.models import FormSubmission

from home.feedback.protection import issue_token
from home.models import ContentPage, FeedbackFormPage

pytestmark = pytest.mark.django_db

FORM_URLS = {
    "fi": "/fi/saavutettavuusseloste/palaute/",
    "sv": "/sv/tillganglighetsutlatande/respons/",
    "en": "/en/accessibility-statement/feedback/",
}
THANK_YOU = {
    "fi": "Kiitos palautteestasi!",
    "sv": "Tack för din respons!",
    "en": "Thank you for your feedback!",
}


def answers(**overrides):
    data = {
        "message": "The chart on the programme page has no text alternative.",
        "page": "/en/programmes/",
        "name": "Aino",
        "email": "aino@example.org",
        "website": "",
        "started": issue_token(now=time.time() - 30),
    }
    data.update(overrides)
    return data


def test_the_form_exists_in_three_languages_as_linked_translations(demo):
    finnish = FeedbackFormPage.objects.get(locale=demo["fi"])
    for language in ("sv", "en"):
        translated = FeedbackFormPage.objects.get(locale=demo[language])
        assert translated.translation_key == finnish.translation_key
        assert translated.live
        assert [field.clean_name for field in translated.form_fields.all()] == [
            "message",
            "page",
            "name",
            "email",
        ]
    assert FeedbackFormPage.objects.get(locale=demo["sv"]).form_fields.first().label == "Respons"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_page_links_the_statement_and_the_form_side_by_side_in_the_footer(
    client, demo, language
):
    statement = ContentPage.objects.get(
        locale=demo[language],
        show_in_footer=True,
        depth=3,
        slug__in=["saavutettavuusseloste", "tillganglighetsutlatande", "accessibility-statement"],
    )
    for url in (f"/{language}/", statement.url, FORM_URLS[language]):
        html = client.get(url).content.decode()
        footer = html[html.index("<footer") :]
        links = re.findall(r'<li><a href="([^"]+)">', footer)
        position = links.index(statement.url)
        assert links[position + 1] == FORM_URLS[language]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_statement_links_to_the_form(client, demo, language):
    statement_url = FORM_URLS[language].rsplit("/", 2)[0] + "/"
    html = client.get(statement_url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert f'href="{FORM_URLS[language]}"' in main


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_sent_form_is_kept_and_thanked_for_in_the_same_language(client, demo, language):
    response = client.post(FORM_URLS[language], answers())
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert THANK_YOU[language] in html
    submission = FormSubmission.objects.get(page__locale=demo[language])
    assert submission.get_data()["message"].startswith("The chart on the programme page")
    assert "website" not in submission.form_data and "started" not in submission.form_data


def test_the_form_is_never_served_from_a_cache(client, demo):
    # Each form carries its own CSRF token and start time.
    response = client.get(FORM_URLS["fi"])
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_fields_are_labelled_described_and_their_purpose_identified(client, demo):
    html = client.get(FORM_URLS["en"]).content.decode()
    for name in ("message", "page", "name", "email"):
        assert f'<label for="id_{name}">' in html
        assert f'aria-describedby="id_{name}-help"' in html
        assert f'id="id_{name}-help"' in html
    assert 'autocomplete="email"' in html and 'autocomplete="name"' in html
    assert "(required)" in html and "(optional)" in html


def test_errors_are_summarised_linked_and_tied_to_their_fields(client, demo):
    response = client.post(FORM_URLS["fi"], answers(message="", email="not an address"))
    html = response.content.decode()
    assert not FormSubmission.objects.exists()
    assert "<title>Virhe:" in html
    summary = html[html.index('class="error-summary"') :]
    summary = summary[: summary.index("</div>")]
    assert 'role="alert"' in html[html.index("error-summary") - 40 :][:200]
    assert 'href="#id_message"' in summary and 'href="#id_email"' in summary
    textarea = re.search(r"<textarea[^>]*>", html).group(0)
    assert 'aria-invalid="true"' in textarea
    assert 'aria-describedby="id_message-error id_message-help"' in textarea
    assert 'id="id_message-error"' in html
    email = re.search(r'<input type="email"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in email and 'value="not an address"' in email


def test_a_filled_honeypot_is_thanked_but_not_kept(client, demo):
    response = client.post(FORM_URLS["en"], answers(website="https://spam.example"))
    assert THANK_YOU["en"] in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, demo):
    html = client.get(FORM_URLS["en"]).content.decode()
    trap = re.search(r"<div class=\"feedback-form__trap\" hidden>(.*?)</div>", html, re.S)
    assert trap and 'name="website"' in trap.group(1) and 'tabindex="-1"' in trap.group(1)


@pytest.mark.parametrize(
    ("started", "message"),
    [
        (lambda: issue_token(), "The form was sent very quickly"),
        (lambda: "", "The form had expired"),
        (lambda: issue_token(now=time.time() - 30)[:-3] + "xyz", "The form had expired"),
        (lambda: issue_token(now=time.time() - 3 * 24 * 3600), "The form had expired"),
    ],
)
def test_forms_sent_too_fast_or_with_a_bad_start_time_are_refused_with_a_reason(
    client, demo, started, message
):
    html = client.post(FORM_URLS["en"], answers(started=started())).content.decode()
    assert message in html
    assert 'class="error-summary"' in html
    assert not FormSubmission.objects.exists()
    # A fresh start time comes with the form, so that sending it again can succeed.
    assert re.search(r'name="started" value="[^"]+:[^"]+"', html)


def test_the_admin_lists_the_submissions(admin_client, demo):
    page = FeedbackFormPage.objects.get(locale=demo["sv"])
    FormSubmission.objects.create(page=page, form_data={"message": "Kontrasten är för svag."})
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/")
    assert response.status_code == 200
    assert "Kontrasten är för svag." in response.content.decode()
