"""The examples library: content in three languages, filters on the page and in the API, comparison."""

import datetime
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from examples_library.choices import STEP_LABELS, Theme
from examples_library.models import ExampleIndexPage, ExampleProgramPage, ExampleTheme
from programs.choices import OrganisationType, Region

pytestmark = pytest.mark.django_db

INDEX_PATHS = {"fi": "/fi/esimerkit/", "sv": "/sv/exempel/", "en": "/en/examples/"}
# Finnish organisation names of the examples every language must list.
REQUIRED = ["Oulun", "Helsingin", "Varkauden", "Päijät-Hämeen", "Vantaan ja Keravan"]
COMPARE_ROWS = ["Organisation", "Period", "Approach"]
COMPARE_ROWS += [f"step{number}" for number in STEP_LABELS]
COMPARE_ROWS += ["Themes", "Source"]


# --- helpers ------------------------------------------------------------------------------------


def examples(locale):
    return list(
        ExampleProgramPage.objects.live().public().filter(locale=locale).prefetch_related("themes")
    )


def matches(example, params):
    """The issue's definition of each filter, written independently of the FilterSet."""
    for name, value in params.items():
        if name == "organisation_type" and example.organisation_type != value:
            return False
        if name == "region" and example.region != value:
            return False
        if name == "theme" and value not in example.theme_keys:
            return False
        if name == "step" and not getattr(example, f"step{value}_note"):
            return False
        if name == "in_force_on":
            year = datetime.date.fromisoformat(value).year
            if example.period_start is None or example.period_start > year:
                return False
            if example.period_end is not None and example.period_end < year:
                return False
        if name in ("q", "search"):
            text = " ".join(
                [
                    example.title,
                    example.organisation_name,
                    example.summary,
                    example.plain_language_summary,
                    example.approach,
                    example.publisher,
                ]
            )
            if value.lower() not in text.lower():
                return False
    return True


def expected(locale, params):
    return {example.pk for example in examples(locale) if matches(example, params)}


def page_results(client, params, language="fi"):
    response = client.get(INDEX_PATHS[language], params)
    assert response.status_code == 200, response.content.decode()[:500]
    results = response.context["results"]
    assert results.paginator.per_page == 10
    return {example.pk for example in results.paginator.object_list}


def api_results(client, params, language="fi"):
    api_params = {("search" if name == "q" else name): value for name, value in params.items()}
    response = client.get("/api/v2/examples/", {"locale": language, "limit": 100, **api_params})
    assert response.status_code == 200, response.content.decode()[:500]
    data = response.json()
    assert data["meta"]["total_count"] == len(data["items"])
    return {item["id"] for item in data["items"]}


def example_pks_in_html(html):
    return {int(pk) for pk in re.findall(r'name="example" value="(\d+)"', html)}


def finnish_index(demo):
    return ExampleIndexPage.objects.get(locale=demo["fi"])


# --- content in three languages ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_language_lists_at_least_ten_examples_with_the_required_ones(client, demo, language):
    response = client.get(INDEX_PATHS[language])
    assert response.status_code == 200
    listed = response.context["results"].paginator.object_list
    assert len(listed) >= 10
    assert response.context["result_count"] == len(listed)
    listed_keys = {example.translation_key for example in listed}
    for name in REQUIRED:
        finnish = ExampleProgramPage.objects.filter(
            locale=demo["fi"], organisation_name__startswith=name
        )
        assert finnish, name
        assert {example.translation_key for example in finnish} <= listed_keys, name
    # Both pages of results together show every example, each once.
    second = client.get(INDEX_PATHS[language], {"page": 2}).content.decode()
    html = response.content.decode()
    assert example_pks_in_html(html) | example_pks_in_html(second) == {e.pk for e in listed}
    assert not example_pks_in_html(html) & example_pks_in_html(second)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_are_linked_and_carry_the_same_themes(demo, language):
    finnish = {example.translation_key: example for example in examples(demo["fi"])}
    translated = examples(demo[language])
    assert len(translated) == len(finnish) >= 10
    for example in translated:
        source = finnish[example.translation_key]
        assert example.theme_keys, example.title
        assert example.theme_keys == source.theme_keys, example.title
        assert example.title != source.title
        assert example.get_parent().specific.translation_key == finnish_index(demo).translation_key
        assert example.organisation_type == source.organisation_type
        assert example.source_url == source.source_url


def test_changed_themes_reach_the_translations_when_they_are_synced(demo):
    finnish = ExampleProgramPage.objects.get(
        locale=demo["fi"], organisation_name__startswith="Varkauden"
    )
    youth = ExampleTheme.objects.get_or_create(key=Theme.YOUTH)[0]
    finnish.themes.add(youth)
    finnish.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(
        ExampleProgramPage.objects.get(pk=finnish.pk)
    )
    for target in Translation.objects.filter(source=source):
        target.save_target(publish=True)
    for language in ("sv", "en"):
        translated = ExampleProgramPage.objects.get(
            locale=demo[language], translation_key=finnish.translation_key
        )
        assert "youth" in translated.theme_keys
        assert translated.theme_keys == sorted(["civic_activity", "structures", "youth"])


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_example_page_links_its_source_and_credits_the_publisher(client, demo, language):
    for example in examples(demo[language]):
        response = client.get(example.url)
        assert response.status_code == 200
        html = unescape(response.content.decode())
        assert f'href="{example.source_url}"' in html
        assert f">{example.publisher}</a>" in html
        credit = re.search(r'<p class="credit">(.*?)</p>', html, re.S).group(1)
        assert example.publisher in credit and example.source_url in credit
        for theme in example.themes.all():
            assert str(theme) in html


# --- filters: the page and the API give the results ---------------------------------------

SINGLE_FILTERS = (
    [{"organisation_type": value} for value in OrganisationType.values]
    + [{"region": value} for value in ("uusimaa", "paijat_hame", "pohjois_pohjanmaa", "kainuu")]
    + [{"theme": value} for value in Theme.values]
    + [{"step": str(number)} for number in STEP_LABELS]
    + [
        {"in_force_on": value}
        for value in ("2010-01-01", "2015-06-30", "2020-06-30", "2024-01-01", "2030-12-31")
    ]
    + [{"q": value} for value in ("Oulu", "omastadi", "HYVINVOINTIALUE", "  Espoo  ", "zzz-none")]
)
COMBINED_FILTERS = [
    {"organisation_type": "municipality", "region": "uusimaa"},
    {"organisation_type": "wellbeing_region", "in_force_on": "2024-06-30"},
    {"theme": "evaluation", "step": "4"},
    {"theme": "structures", "region": "uusimaa", "in_force_on": "2020-01-01"},
    {"q": "osallisuus", "organisation_type": "wellbeing_region", "step": "5"},
    {"region": "pohjois_pohjanmaa", "theme": "participatory_budgeting", "step": "3"},
    {"organisation_type": "wellbeing_region", "region": "pohjois_pohjanmaa"},
]


def label(params):
    return "&".join(f"{name}={value}" for name, value in params.items())


@pytest.mark.parametrize("params", SINGLE_FILTERS + COMBINED_FILTERS, ids=label)
def test_filters_give_the_same_results_on_the_page_and_in_the_api(client, demo, params):
    wanted = expected(demo["fi"], {name: value.strip() for name, value in params.items()})
    assert page_results(client, params) == wanted
    assert api_results(client, params) == wanted


def test_filters_narrow_the_list_and_some_find_nothing(client, demo):
    everything = expected(demo["fi"], {})
    assert len(everything) >= 10
    for params in SINGLE_FILTERS + COMBINED_FILTERS:
        assert expected(demo["fi"], params) <= everything
    # The demo data exercises both outcomes, so the comparison above is not vacuous.
    assert expected(demo["fi"], {"theme": "participatory_budgeting"})
    assert not expected(demo["fi"], {"region": "kainuu"})
    assert expected(demo["fi"], {"in_force_on": "2024-01-01"}) != expected(
        demo["fi"], {"in_force_on": "2015-06-30"}
    )


def test_open_ended_examples_are_in_force_on_any_later_date(demo):
    open_ended = [e for e in examples(demo["fi"]) if e.period_start and e.period_end is None]
    assert open_ended
    in_force = expected(demo["fi"], {"in_force_on": "2099-01-01"})
    assert {e.pk for e in open_ended} == in_force


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(
    "params",
    [{"theme": "participatory_budgeting"}, {"region": "uusimaa", "step": "5"}],
    ids=label,
)
def test_swedish_and_english_filters_agree_with_the_api(client, demo, language, params):
    wanted = expected(demo[language], params)
    assert wanted
    assert page_results(client, params, language) == wanted
    assert api_results(client, params, language) == wanted


def test_the_form_works_without_javascript_and_keeps_the_chosen_values(client, demo):
    response = client.get(INDEX_PATHS["fi"], {"theme": "evaluation", "in_force_on": "2024-06-30"})
    html = response.content.decode()
    form = html[html.index('<form class="filters"') :]
    form = form[: form.index("</form>")]
    assert 'method="get"' in form and f'action="{INDEX_PATHS["fi"]}"' in form
    assert '<button type="submit">' in form
    for name in ("q", "organisation_type", "region", "theme", "step", "in_force_on"):
        assert f'name="{name}"' in form
        assert re.search(rf'<label for="id_{name}">', form), name
    assert '<option value="evaluation" selected>' in form
    assert '<input type="date" name="in_force_on" id="id_in_force_on" value="2024-06-30"' in form
    assert '<input type="text" name="q" id="id_q" value=""' in form
    assert "<script" not in html[html.index("<main") : html.index("</main>")]


def test_results_count_is_announced_in_a_status_element(client, demo):
    wanted = expected(demo["fi"], {"theme": "participatory_budgeting"})
    html = client.get(INDEX_PATHS["fi"], {"theme": "participatory_budgeting"}).content.decode()
    status = re.search(r'<p class="result-count" role="status">(.*?)</p>', html).group(1)
    assert re.search(rf"\b{len(wanted)}\b", status)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"organisation_type": "municipality"},
        {"theme": "evaluation", "in_force_on": "2020-01-01"},
        {"q": "osallisuus", "step": "5", "region": "uusimaa"},
    ],
    ids=lambda params: label(params) or "none",
)
def test_each_option_counts_the_results_with_the_other_filters_applied(client, demo, params):
    response = client.get(INDEX_PATHS["fi"], params)
    html = response.content.decode()
    options = response.context["options"]
    assert set(options) == {"organisation_type", "region", "theme", "step"}
    for facet, option in options.items():
        for choice in option["choices"]:
            others = {name: value for name, value in params.items() if name != facet}
            count = len(expected(demo["fi"], {**others, facet: choice["value"]}))
            assert choice["count"] == count, (facet, choice["value"])
            shown = f'<option value="{choice["value"]}"{" selected" if choice["selected"] else ""}>'
            assert f"{shown}{choice['label']} ({count})</option>" in unescape(html)


def test_pagination_keeps_the_filters_in_its_links(client, demo):
    params = {"q": "a", "organisation_type": ""}  # matches every example; an empty filter is "all"
    everything = expected(demo["fi"], {"q": "a"})
    assert len(everything) > 10
    first = client.get(INDEX_PATHS["fi"], params)
    html = first.content.decode()
    assert len(example_pks_in_html(html)) == 10
    next_link = re.search(r'<a rel="next" href="\?([^"]+)"', html).group(1)
    assert unescape(next_link) == "q=a&organisation_type=&page=2"
    second = client.get(INDEX_PATHS["fi"] + "?" + unescape(next_link))
    assert second.status_code == 200
    second_html = second.content.decode()
    assert example_pks_in_html(html) | example_pks_in_html(second_html) == everything
    previous = re.search(r'<a rel="prev" href="\?([^"]+)"', second_html).group(1)
    assert unescape(previous) == "q=a&organisation_type=&page=1"


# --- invalid values: a message by the field, the unfiltered list, a 4xx, never a 500 ------------

INVALID_FILTERS = [
    ("organisation_type", "bogus"),
    ("region", "atlantis"),
    ("theme", "<script>alert(1)</script>"),
    ("step", "9"),
    ("step", "0"),
    ("in_force_on", "2024-13-45"),
    ("in_force_on", "yesterday"),
    ("q", "x" * 5000),
    ("q", "Oulu\x00"),
]


@pytest.mark.parametrize(("name", "value"), INVALID_FILTERS, ids=lambda v: str(v)[:20])
def test_an_invalid_filter_shows_a_message_by_its_field_and_every_example(
    client, demo, name, value
):
    response = client.get(
        INDEX_PATHS["fi"], {name: value, "theme": "youth"} if name != "theme" else {name: value}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{name}" ' in html or f'id="id_{name}">' in html
    assert f'aria-describedby="id_{name}-error"' in html
    assert re.search(rf'<p class="field__error" id="id_{name}-error">[^<]+</p>', html)
    assert 'role="alert"' in html
    everything = expected(demo["fi"], {})
    assert {e.pk for e in response.context["results"].paginator.object_list} == everything
    # The counts beside the options describe the unfiltered list that is shown.
    for facet, option in response.context["options"].items():
        for choice in option["choices"]:
            assert choice["count"] == len(expected(demo["fi"], {facet: choice["value"]}))
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize(("name", "value"), INVALID_FILTERS, ids=lambda v: str(v)[:20])
def test_the_api_answers_an_invalid_filter_with_400_json(client, demo, name, value):
    name = "search" if name == "q" else name
    response = client.get("/api/v2/examples/", {"locale": "fi", name: value})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert name in response.json()["message"]


def test_the_api_rejects_the_pages_name_for_the_text_query(client, demo):
    response = client.get("/api/v2/examples/", {"locale": "fi", "q": "Oulu"})
    assert response.status_code == 400
    assert "q" in response.json()["message"]


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "²", "1" * 40])
def test_an_invalid_page_number_shows_a_message_and_the_first_page(client, demo, value):
    response = client.get(INDEX_PATHS["fi"], {"page": value})
    assert response.status_code == 400
    html = response.content.decode()
    message = re.search(r'<p class="message message--error" role="alert">([^<]*)</p>', html)
    # The message is in the visitor's language: "no such page, the first page is shown".
    assert message and "sivu" in message.group(1)
    assert response.context["results"].number == 1
    assert len(example_pks_in_html(html)) == 10


def test_valid_second_page_answers_200(client, demo):
    response = client.get(INDEX_PATHS["fi"], {"page": "2"})
    assert response.status_code == 200
    assert response.context["results"].number == 2
    assert 'role="alert"' not in response.content.decode()


# --- comparison ---------------------------------------------------------------------------------


def compare_url(language="fi"):
    return INDEX_PATHS[language] + "compare/"


@pytest.mark.parametrize("how_many", [2, 3])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_compare_shows_the_examples_side_by_side_row_by_row(client, demo, language, how_many):
    chosen = examples(demo[language])[:how_many]
    chosen.reverse()  # the order asked is the order shown
    response = client.get(compare_url(language), {"example": [e.pk for e in chosen]})
    assert response.status_code == 200
    html = unescape(response.content.decode())
    table = html[html.index('<table class="compare-table">') : html.index("</table>")]
    header = table[table.index("<thead>") : table.index("</thead>")]
    columns = re.findall(r'<th scope="col"><a href="([^"]+)">([^<]+)</a></th>', header)
    assert columns == [(e.url, e.title) for e in chosen]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", table, re.S)
    assert len(rows) == len(COMPARE_ROWS)
    for _label, cells in rows:
        assert len(re.findall(r"<td>", cells)) == how_many
    # The row labels are UI strings; compare them where they are the msgids, in English.
    cells = {name: row[1] for name, row in zip(COMPARE_ROWS, rows, strict=True)}
    if language == "en":
        with translation.override("en"):
            steps = [f"Step {number}: {label}" for number, label in STEP_LABELS.items()]
        assert [row[0] for row in rows] == COMPARE_ROWS[:3] + steps + COMPARE_ROWS[-2:]
    for example in chosen:
        assert example.organisation_name in cells["Organisation"]
        assert f'<a href="{example.source_url}">{example.publisher}</a>' in cells["Source"]
        for theme in example.themes.all():
            assert str(theme) in cells["Themes"]
        for step in example.steps:
            assert step["note"] in cells[f"step{step['step']}"]
        for number in STEP_LABELS:
            if not getattr(example, f"step{number}_note"):
                assert "<td>–</td>" in cells[f"step{number}"]


def test_compare_query_count_is_small(client, demo, django_assert_max_num_queries):
    chosen = [e.pk for e in examples(demo["fi"])[:3]]
    client.get(compare_url(), {"example": chosen})
    with django_assert_max_num_queries(25):
        assert client.get(compare_url(), {"example": chosen}).status_code == 200


@pytest.mark.parametrize(
    "values",
    [
        [],
        ["first"],
        ["first", "second", "third", "fourth"],
        ["first", "abc"],
        ["first", "²"],
        ["first", "-3"],
        ["first", "1" * 40],
        ["first", "999999"],
        ["first", "other-locale"],
        ["first", "first"],
        ["first", "index"],
        ["first", "unpublished"],
        ["first", "2\x00"],
    ],
    ids=lambda values: ",".join(values) or "none",
)
def test_compare_explains_a_wrong_choice_with_400(client, demo, values):
    fi = examples(demo["fi"])
    swedish = examples(demo["sv"])[0]
    unpublished = fi[5]
    unpublished.unpublish()
    names = {
        "first": fi[0].pk,
        "second": fi[1].pk,
        "third": fi[2].pk,
        "fourth": fi[3].pk,
        "other-locale": swedish.pk,
        "index": finnish_index(demo).pk,
        "unpublished": unpublished.pk,
    }
    response = client.get(compare_url(), {"example": [names.get(v, v) for v in values]})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r'<p class="message message--error" role="alert">[^<]+</p>', html)
    assert '<table class="compare-table">' not in html
    # The message comes with a form to choose again, listing the live examples of this language.
    assert example_pks_in_html(html) == {e.pk for e in fi} - {unpublished.pk}


def test_the_index_links_the_comparison_form(client, demo):
    html = client.get(INDEX_PATHS["fi"]).content.decode()
    assert f'<form method="get" action="{compare_url()}" class="compare-form">' in html


# --- query counts ------------------------------------------------------------------------------


def count_queries(client, url, params=None):
    client.get(url, params or {})  # warm the caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code in (200, 400)
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [{}, {"theme": "evaluation", "q": "a"}, {"step": "9"}],
    ids=lambda p: label(p) or "none",
)
def test_index_queries_do_not_grow_with_the_number_of_examples(client, demo, params):
    many = count_queries(client, INDEX_PATHS["fi"], params)
    for example in examples(demo["fi"])[4:]:
        example.unpublish()
    assert len(examples(demo["fi"])) == 4
    few = count_queries(client, INDEX_PATHS["fi"], params)
    assert many == few


def test_index_query_count_has_a_ceiling(client, demo, django_assert_max_num_queries):
    client.get(INDEX_PATHS["fi"])
    with django_assert_max_num_queries(25):
        client.get(INDEX_PATHS["fi"], {"theme": "structures", "page": "1"})


def test_example_page_query_count_has_a_ceiling(client, demo, django_assert_max_num_queries):
    example = examples(demo["fi"])[0]
    client.get(example.url)
    with django_assert_max_num_queries(25):
        assert client.get(example.url).status_code == 200


def test_api_listing_queries_do_not_grow_with_the_number_of_examples(client, demo):
    url = "/api/v2/examples/?locale=fi&limit=100"
    many = count_queries(client, url)
    for example in examples(demo["fi"])[4:]:
        example.unpublish()
    few = count_queries(client, url)
    assert many == few


def test_every_example_lives_under_the_index_of_its_language(demo):
    for language, locale in demo.items():
        index = ExampleIndexPage.objects.get(locale=locale)
        assert index.url == INDEX_PATHS[language]
        children = Page.objects.child_of(index).live().type(ExampleProgramPage)
        assert set(children.values_list("pk", flat=True)) == {e.pk for e in examples(locale)}


def test_choice_lists_cover_the_demo_values(demo):
    for example in examples(demo["fi"]):
        assert example.organisation_type in OrganisationType.values
        assert not example.region or example.region in Region.values
        assert set(example.theme_keys) <= set(Theme.values)
