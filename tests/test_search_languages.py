"""Issue 7: search per language. Each page is indexed and queried with its language's config."""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Page

from home.models import ContentPage, HomePage
from osallisuus_site.search_languages import config_for_language, locale_filter_language

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming needs PostgreSQL's text-search configurations; SQLite FTS does not stem",
)


@pytest.fixture
def pages(demo):
    """One page per language with words that only stemming connects to the queries below."""
    created = {}
    texts = {
        "fi": (
            "Kunnan suunnitelma",
            "Kunnan uusi suunnitelma kertoo, miten asukkaat osallistuvat.",
        ),
        "sv": ("Kommunens plan", "Delaktigheten ökar när kommunen frågar invånarna."),
        "en": ("The council's plan", "Residents were consulted by the councils on every plan."),
    }
    for language, (title, intro) in texts.items():
        home = HomePage.objects.get(locale=demo[language])
        page = home.add_child(
            instance=ContentPage(title=title, slug=f"haku-{language}", intro=intro)
        )
        page.save_revision().publish()
        created[language] = page
    return created


def search(locale, query):
    """The ids of the live pages of `locale` that match `query`."""
    return [
        page.pk for page in Page.objects.live().filter(locale=locale).search(query, operator="and")
    ]


def test_config_per_language():
    assert [config_for_language(code) for code in ("fi", "sv", "en", "de")] == [
        "finnish",
        "swedish",
        "english",
        "simple",
    ]


def test_the_language_of_a_queryset_comes_from_its_locale_filter(demo):
    assert locale_filter_language(Page.objects.filter(locale=demo["sv"])) == "sv"
    assert locale_filter_language(Page.objects.filter(locale_id=demo["en"].pk).live()) == "en"
    assert locale_filter_language(Page.objects.filter(locale__language_code="fi")) == "fi"
    assert locale_filter_language(Page.objects.live()) is None


def test_results_stay_in_the_language_searched(demo, pages):
    for language, page in pages.items():
        results = search(demo[language], page.title.split()[-1])
        assert page.pk in results
        assert set(Page.objects.filter(pk__in=results).values_list("locale", flat=True)) == {
            demo[language].pk
        }
    # A Swedish word finds nothing among the Finnish pages.
    assert search(demo["fi"], "Delaktigheten") == []


def test_site_search_shows_only_the_visitors_language(client, demo, pages):
    response = client.get("/sv/search/", {"q": "kommunen"})
    assert response.status_code == 200
    html = response.content.decode()
    assert pages["sv"].url in html
    assert pages["fi"].url not in html and pages["en"].url not in html


@needs_postgres
def test_finnish_inflected_forms_find_the_base_form(demo, pages):
    # "suunnitelmassa" (in the plan) and "kunta" (the nominative) appear nowhere in the text.
    assert pages["fi"].pk in search(demo["fi"], "suunnitelmassa")
    assert pages["fi"].pk in search(demo["fi"], "kunta")


@needs_postgres
def test_swedish_and_english_use_their_own_stemming(demo, pages):
    assert pages["sv"].pk in search(demo["sv"], "delaktighet kommuner")
    assert pages["en"].pk in search(demo["en"], "consulting councils")
    # The Finnish stemmer does not join these Swedish forms: the config really is per language.
    with translation.override("fi"):
        unfiltered = Page.objects.live().search("delaktighet kommuner")
        assert pages["sv"].pk not in [page.pk for page in unfiltered]
