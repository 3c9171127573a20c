"""The admin's page search finds a programme by the text of its goals, measures and indicators."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from programs.models import ProgramPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(demo):
    user = get_user_model().objects.create_user("aino", password="correct horse battery staple")
    call_command("grant_organisation_editor", "aino", "esimerkkila", stdout=io.StringIO())
    return user


def published_programme(demo):
    page = ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")
    page.goals = [
        {
            "type": "goal",
            "value": {
                "title": "Kyläkoulujen tilat asukkaiden käyttöön",
                "measures": [{"title": "Avataan lukkojärjestelmä iltakäyttöön"}],
                "indicators": [{"name": "Iltavuorojen varauksia", "observations": []}],
            },
        }
    ]
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("words", ["kyläkoulujen", "lukkojärjestelmä", "iltavuorojen"])
def test_admin_search_finds_text_of_goals_measures_and_indicators(client, demo, editor, words):
    page = published_programme(demo)
    client.force_login(editor)
    response = client.get("/admin/pages/search/", {"q": words})
    assert response.status_code == 200
    assert page.title in response.content.decode()
