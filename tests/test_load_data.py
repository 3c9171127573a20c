"""`manage.py generate_load_data`: fictional, trilingual, linked and the same for the same seed."""

import random

import pytest
from django.core.management import call_command
from django.utils import timezone

from programs.management.load_data import ProgrammeContent
from programs.models import OrganisationPage, ProgramPage


def contents(seed):
    rng = random.Random(seed)
    today = timezone.localdate()
    return [ProgrammeContent(number, 4, rng, today) for number in range(1, 4)]


def test_the_same_seed_gives_the_same_programmes_and_another_seed_others():
    first = [c.programme_values("sv") for c in contents(7)]
    assert first == [c.programme_values("sv") for c in contents(7)]
    assert first != [c.programme_values("sv") for c in contents(8)]


@pytest.mark.django_db
def test_creates_linked_translations_with_goals_measures_and_indicators(demo):
    call_command("generate_load_data", organisations=2, goals=4, seed=3)
    finnish = OrganisationPage.objects.filter(locale=demo["fi"], slug__startswith="kuviteltu-")
    assert finnish.count() == 2
    for organisation in finnish:
        assert organisation.title.startswith("Kuviteltu kunta")
        programme = ProgramPage.objects.child_of(organisation).get()
        translations = ProgramPage.objects.filter(translation_key=programme.translation_key)
        assert {page.locale.language_code for page in translations} == {"fi", "sv", "en"}
        assert all(page.live and len(page.goals) == 4 for page in translations)
        english = translations.get(locale=demo["en"])
        assert english.title.startswith("Participation programme")
        goal = english.goals[0].value
        assert goal["measures"] and goal["indicators"][0]["observations"]
        assert english.get_parent().specific.title.startswith("Fictional municipality")
        english.full_clean()  # valid as an editor's page: dates, progress, required texts


@pytest.mark.django_db
def test_a_second_run_adds_nothing(demo):
    call_command("generate_load_data", organisations=2, goals=1, seed=3)
    count = ProgramPage.objects.count()
    call_command("generate_load_data", organisations=2, goals=1, seed=3)
    assert ProgramPage.objects.count() == count
