"""`manage.py generate_load_data`: fictional, trilingual, linked and the same for the same seed."""

import random

import pytest
from django.core.management import call_command
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page

from osallisuus_site.cache.generation import current_generation
from programs.access import access_for_slug
from programs.choices import OrganisationType
from programs.management.bulk_pages import _QuickEscape, arrays_escaped_quickly
from programs.management.load_data import ProgrammeContent
from programs.models import MeasureRecord, OrganisationPage, ProgramPage

from .test_search import result_links


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


@pytest.fixture
def generated(demo):
    call_command("generate_load_data", organisations=3, goals=2, seed=5)
    return ProgramPage.objects.filter(
        slug__startswith="ohjelma-", organisation__slug__startswith="kuviteltu-"
    )


@pytest.mark.django_db
def test_pages_inserted_in_bulk_form_a_sound_tree(generated):
    assert generated.count() == 9
    assert all(not problems for problems in Page.find_problems())
    for programme in generated:
        organisation = programme.get_parent()
        assert programme.organisation_id == organisation.pk
        assert programme.url_path == f"{organisation.url_path}{programme.slug}/"
        assert organisation.get_parent().specific_class.__name__ == "ProgramIndexPage"
        assert organisation.get_children().get().pk == programme.pk
    # Treebeard still adds after them: an editor's new organisation gets the next free path.
    index = OrganisationPage.objects.get(
        slug="kuviteltu-003", locale__language_code="sv"
    ).get_parent()
    new = index.add_child(
        instance=OrganisationPage(
            title="Ny",
            slug="ny",
            organisation_type=OrganisationType.MUNICIPALITY,
            locale=index.locale,
        )
    )
    assert new.path > OrganisationPage.objects.get(slug="kuviteltu-003", locale=index.locale).path
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.django_db
def test_every_language_is_live_linked_and_shown_at_its_url(client, generated, demo):
    programme = generated.get(locale=demo["fi"], organisation__slug="kuviteltu-002")
    translations = programme.get_translations(inclusive=True)
    assert {page.locale.language_code for page in translations} == {"fi", "sv", "en"}
    for page in translations:
        assert page.live and page.get_parent().get_translations(inclusive=True).count() == 3
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
        organisation = page.get_parent()
        assert organisation.title in client.get(organisation.url).content.decode()


@pytest.mark.django_db
def test_generated_programmes_are_listed_by_the_api_and_found_by_the_site_search(
    client, generated, demo
):
    for language in ("fi", "sv", "en"):
        listed = client.get("/api/v2/programmes/", {"locale": language, "limit": 50}).json()
        ids = {item["id"] for item in listed["items"]}
        assert set(generated.filter(locale=demo[language]).values_list("pk", flat=True)) <= ids
        organisation = OrganisationPage.objects.get(slug="kuviteltu-001", locale=demo[language])
        name = organisation.title.split()[-2]  # the made-up place name, e.g. "Kijuvaara"
        html = client.get(f"/{language}/search/", {"q": name}).content.decode()
        assert organisation.url in {url for url, _title in result_links(html)}


@pytest.mark.django_db
def test_the_measures_of_every_generated_programme_are_indexed(generated):
    for programme in generated:
        measures = [item for goal in programme.goals for item in goal.value["measures"]]
        rows = MeasureRecord.objects.filter(programme=programme)
        assert rows.count() == len(measures) > 0
        assert {row.organisation_id for row in rows} == {programme.organisation_id}


@pytest.mark.django_db
def test_loading_starts_a_new_page_cache_generation(settings, demo):
    settings.PAGE_CACHE_ENABLED = True
    before = current_generation()
    call_command("generate_load_data", organisations=1, goals=1, seed=5)
    assert current_generation() != before


@pytest.mark.django_db
def test_a_generated_organisation_gets_its_groups_in_every_language_when_granted(generated):
    access = access_for_slug("kuviteltu-001")
    pages = OrganisationPage.objects.filter(slug="kuviteltu-001")
    assert pages.count() == 3
    for page in pages:
        assert access.editors.page_permissions.filter(page=page).exists()


@pytest.mark.django_db
def test_the_database_plans_for_the_loaded_site_not_the_empty_one(generated):
    """After a bulk load the planner has fresh statistics, also where autovacuum is off: without
    them PostgreSQL plans the search for empty tables and takes seconds per search."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE relname = 'wagtailsearch_indexentry'"
            )
            assert cursor.fetchone()[0] > 0  # -1: never analysed
        else:
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
            assert cursor.fetchone()[0] > 0


@pytest.mark.django_db
def test_loaded_search_entries_weigh_titles_as_a_save_would(generated):
    """PostgreSQL's index weighs each title against the average title length; the bulk load
    weighs its entries once at the end (programs/management/bulk_pages.py), and must not leave
    them at the unweighed default."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from modelsearch.backends import get_search_backend
    from modelsearch.conf import get_app_config

    if connection.vendor != "postgresql":
        pytest.skip("title weights are kept by PostgreSQL's search index only")
    entries = get_app_config().get_model("IndexEntry").objects
    programme = generated.first()

    def weight():
        return entries.get(
            content_type=ContentType.objects.get_for_model(ProgramPage), object_id=programme.pk
        ).title_norm

    loaded = weight()
    get_search_backend().add(programme)
    assert loaded == pytest.approx(weight())
    assert loaded != 1.0


@given(st.binary())
def test_array_elements_are_escaped_as_psycopg_escapes_them(data):
    """bulk_pages.arrays_escaped_quickly stands in for psycopg's substitution: same bytes out."""
    from psycopg.types.array import ListDumper

    assert _QuickEscape().sub(rb"\\\1", data) == ListDumper._re_esc.sub(rb"\\\1", data)


@pytest.mark.django_db
def test_text_and_json_with_quotes_and_backslashes_survive_a_bulk_insert(generated):
    tricky = 'Lainaus "tässä", kenoviiva \\ ja \\" molemmat'
    rows = list(MeasureRecord.objects.filter(programme=generated.first())[:2])
    for number, row in enumerate(rows):
        row.pk, row.block_id = None, f"copy-{number}"
        row.title, row.updates = tricky, [{"note": tricky, "path": "C:\\kansio"}]
    with arrays_escaped_quickly():
        MeasureRecord.objects.bulk_create(rows)
    copies = MeasureRecord.objects.filter(block_id__startswith="copy-")
    assert copies.count() == 2
    for row in copies:
        assert row.title == tricky
        assert row.updates == [{"note": tricky, "path": "C:\\kansio"}]
