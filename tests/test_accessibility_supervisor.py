"""The accessibility statement names the supervisor the law names (Traficom since 1.1.2025), in
every language, and the central team keeps its details up to date in the admin."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail_localize.models import Translation, TranslationSource

from home.models import AccessibilitySupervisor, ContentPage
from programs.access import ensure_central_editors

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
TRAFICOM = {
    "fi": "Liikenne- ja viestintävirasto Traficom",
    "sv": "Transport- och kommunikationsverket Traficom",
    "en": "Finnish Transport and Communications Agency Traficom",
}
FORMER = [
    "aluehallintovirasto",
    "regionförvaltningsverket",
    "regional state administrative",
    "avi.fi",
]


def statement(demo, language):
    finnish = ContentPage.objects.get(locale=demo["fi"], slug="saavutettavuusseloste")
    return finnish.get_translation(demo[language])


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_statement_names_traficom_and_how_to_reach_it(client, demo, language):
    html = client.get(statement(demo, language).url).content.decode()
    assert TRAFICOM[language] in html
    assert 'href="mailto:saavutettavuus@traficom.fi"' in html
    assert "029 534 5000" in html
    assert not [name for name in FORMER if name in html.lower()]


def test_every_language_has_its_supervisor_as_a_translation_of_one_record(demo):
    supervisors = {s.locale.language_code: s for s in AccessibilitySupervisor.objects.all()}
    assert set(supervisors) == {"fi", "sv", "en"}
    assert len({s.translation_key for s in supervisors.values()}) == 1
    assert {code: s.name for code, s in supervisors.items()} == TRAFICOM


def central_editor():
    user = get_user_model().objects.create_user("keskus", password=PASSWORD)
    user.groups.add(ensure_central_editors())
    return user


def test_the_central_team_changes_the_supervisors_details_in_the_admin(client, demo):
    finnish = AccessibilitySupervisor.objects.get(locale=demo["fi"])
    client.force_login(central_editor())
    url = f"/admin/snippets/home/accessibilitysupervisor/edit/{finnish.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name": "Saavutettavuuden valvontavirasto",
            "unit": "",
            "guidance": "Ota yhteyttä valvontavirastoon, jos emme vastaa 14 päivässä.",
            "email": "valvonta@example.fi",
            "phone": "029 000 0000",
            "website": "https://www.saavutettavuusvaatimukset.fi",
        },
    )
    assert response.status_code == 302
    html = client.get(statement(demo, "fi").url).content.decode()
    assert "Saavutettavuuden valvontavirasto" in html
    assert "valvonta@example.fi" in html and "029 000 0000" in html
    # The translations keep their own text until they are synced and translated again.
    assert TRAFICOM["sv"] in client.get(statement(demo, "sv").url).content.decode()


def test_a_sync_brings_new_contact_details_to_every_language(client, demo):
    """The Swedish and English rows are linked translations: contact details follow the Finnish
    row on sync, while the translated name stays as the translators wrote it."""
    finnish = AccessibilitySupervisor.objects.get(locale=demo["fi"])
    finnish.email = "valvonta@example.fi"
    finnish.save()
    source, _created = TranslationSource.update_or_create_from_instance(finnish)
    Translation.objects.get(source=source, target_locale=demo["sv"]).save_target(publish=True)
    html = client.get(statement(demo, "sv").url).content.decode()
    assert "valvonta@example.fi" in html and TRAFICOM["sv"] in html


def test_an_organisation_editor_cannot_change_the_supervisor(client, demo):
    user = get_user_model().objects.create_user("aino", password=PASSWORD)
    call_command("grant_organisation_editor", "aino", "esimerkkila", stdout=io.StringIO())
    client.force_login(user)
    finnish = AccessibilitySupervisor.objects.get(locale=demo["fi"])
    url = f"/admin/snippets/home/accessibilitysupervisor/edit/{finnish.pk}/"
    response = client.post(url, {"name": "Väärä virasto", "guidance": "Ei."})
    assert response.status_code in (302, 403)
    finnish.refresh_from_db()
    assert finnish.name == TRAFICOM["fi"]


def test_the_page_json_carries_the_supervisors_details(client, demo):
    page = statement(demo, "en")
    data = client.get(page.url, HTTP_ACCEPT="application/json").json()
    blocks = [block for block in data["body"] if block["type"] == "accessibility_supervisor"]
    assert blocks and blocks[0]["value"]["name"] == TRAFICOM["en"]
