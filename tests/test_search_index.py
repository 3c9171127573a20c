"""Issue 16: the site search starts from the text index, so its cost follows the page of results.

The index finds the matches (PostgreSQL's GIN indexes, SQLite's FTS5 table), each match is checked
against the searched pages by primary key, only matches are ranked, one page of them is read, and
the excerpts come from the indexed text instead of the pages' fields.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

import osallisuus_site.search_ranking as search_ranking
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="query plans and GIN indexes are PostgreSQL's"
)
WORD = "kaislikko"  # in none of the demo pages


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def add_pages(locale, count, word=WORD, prefix="haku"):
    home = HomePage.objects.get(locale=locale)
    pages = []
    for number in range(count):
        page = home.add_child(
            instance=ContentPage(
                title=f"Sivu {prefix} {number}",
                slug=f"{prefix}-{number}",
                intro=f"Rantojen {word} kasvaa vuosi vuodelta, kertoo sivu {number}.",
            )
        )
        page.save_revision().publish()
        pages.append(page)
    return pages


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def result_titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', html)


def test_a_search_page_costs_the_same_with_1_or_25_matches(client, demo):
    add_pages(demo["fi"], 1, word="ruovikko", prefix="yksi")
    add_pages(demo["fi"], 25)
    one, one_html = queries(client, "/fi/search/?q=ruovikko")
    many, many_html = queries(client, f"/fi/search/?q={WORD}")
    later, _html = queries(client, f"/fi/search/?q={WORD}&page=3")
    assert len(result_titles(one_html)) == 1
    assert len(result_titles(many_html)) == 10 and "25 results" not in many_html
    assert "25 tulosta" in many_html
    assert many == one == later


def test_the_excerpt_comes_from_the_indexed_text(client, demo):
    add_pages(demo["fi"], 1)
    html = client.get("/fi/search/", {"q": WORD}).content.decode()
    assert f"Rantojen <mark>{WORD}</mark> kasvaa" in html


def test_only_live_public_pages_of_the_language_are_counted_and_shown(client, demo):
    fi = add_pages(demo["fi"], 3)
    add_pages(demo["sv"], 4, prefix="sv")
    fi[0].unpublish()
    html = client.get("/fi/search/", {"q": WORD}).content.decode()
    assert "2 tulosta" in html
    assert sorted(result_titles(html)) == ["Sivu haku 1", "Sivu haku 2"]


@needs_postgres
def test_postgres_matches_with_the_gin_indexes_not_by_reading_every_entry(demo):
    add_pages(demo["fi"], 3)
    pages = Page.objects.live().public().filter(locale=demo["fi"])
    results = pages.search(WORD, operator="and")
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    ranked = compiler.ranked(compiler.matching_entries(config), config)
    sql, params = ranked.order_by(*compiler.best_first)[:10].query.sql_with_params()
    with connection.cursor() as cursor:
        # Statistics as autovacuum keeps them: without them the planner guesses one row a table.
        cursor.execute("ANALYZE wagtailsearch_indexentry, wagtailcore_page")
    # As the search runs it: the planner, left alone, reads every entry (see through_indexes).
    with compiler.through_indexes(ranked.db), connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"  # for every other query
    assert "Seq Scan on wagtailsearch_indexentry" not in plan, plan
    assert "Seq Scan on wagtailcore_page" not in plan, plan
    assert "Bitmap Index Scan on wagtailsear_body" in plan, plan
    assert config == "finnish"


@needs_postgres
def test_postgres_ranks_the_newest_matches_and_keeps_the_others_after_them(demo, monkeypatch):
    created = add_pages(demo["fi"], 5)
    monkeypatch.setattr(search_ranking, "MAX_RANKED", 2)
    pages = Page.objects.live().filter(locale=demo["fi"])
    results = pages.search(WORD, operator="and").annotate_score("score")
    found = list(results[:10])
    assert results.count() == 5
    assert sorted(page.pk for page in found) == sorted(page.pk for page in created)
    newest_two = {created[-1].pk, created[-2].pk}
    assert {page.pk for page in found[:2]} == newest_two
    assert all(page.score is not None for page in found[:2])
    assert [page.pk for page in found[2:]] == [page.pk for page in reversed(created[:3])]


@needs_postgres
def test_postgres_counts_the_matches_with_the_page_of_them_in_one_statement(client, demo):
    add_pages(demo["fi"], 25)
    client.get(f"/fi/search/?q={WORD}&page=2")
    with CaptureQueriesContext(connection) as captured:
        html = client.get(f"/fi/search/?q={WORD}&page=2").content.decode()
    searches = [q for q in captured.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    assert len(searches) == 1
    assert "25 tulosta" in html and "Sivu 2/3" in html
    # A page beyond the last shows the last, counted on its own.
    html = client.get(f"/fi/search/?q={WORD}&page=9").content.decode()
    assert "25 tulosta" in html and "Sivu 3/3" in html
    assert len(result_titles(html)) == 5


def test_a_title_match_comes_first_even_when_older_than_the_ranked_matches(
    client, demo, monkeypatch
):
    home = HomePage.objects.get(locale=demo["fi"])
    titled = home.add_child(
        instance=ContentPage(title=f"Rantojen {WORD}", slug="otsikossa", intro="Ei muuta.")
    )
    titled.save_revision().publish()
    add_pages(demo["fi"], 4)  # newer, the word in their text only
    monkeypatch.setattr(search_ranking, "MAX_RANKED", 2)
    titles = result_titles(client.get("/fi/search/", {"q": WORD}).content.decode())
    assert len(titles) == 5
    assert titles[0] == f"Rantojen {WORD}"


def test_a_new_view_restriction_hides_its_pages_from_the_next_search(client, settings, demo):
    settings.PAGE_CACHE_ENABLED = True  # closed sections are remembered per generation
    session = {"Cookie": "sessionid=not-a-session"}  # past the page cache, as an editor's
    pages = add_pages(demo["fi"], 2)
    assert "2 tulosta" in client.get(f"/fi/search/?q={WORD}", headers=session).content.decode()
    PageViewRestriction.objects.create(
        page=pages[0], restriction_type=PageViewRestriction.PASSWORD, password="salainen1234"
    )
    html = client.get(f"/fi/search/?q={WORD}", headers=session).content.decode()
    assert "1 tulos " in html
    assert result_titles(html) == ["Sivu haku 1"]
