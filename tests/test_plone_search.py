"""`@search` with plone.restapi's parameters, still only live public pages of one language."""

import pytest

from home.models import GuideIndexPage, GuideStepPage

from .headless import fresh_cache, get_json, page_json  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
STEP_SLUG = "muodostakaa-osallisuusryhma"


def ids(data):
    return [item["@id"] for item in data["items"]]


def test_searchable_text_and_q_find_the_same_pages(client, demo):
    by_text = page_json(client, "/fi/@search?SearchableText=osallisuusryhmä")
    by_q = page_json(client, "/fi/@search?q=osallisuusryhmä")
    assert ids(by_text) and ids(by_text) == ids(by_q)
    everything = page_json(client, "/fi/@search")
    assert by_text["items_total"] < everything["items_total"]


def test_a_trailing_star_is_a_prefix_match(client, demo):
    step = GuideStepPage.objects.get(locale=demo["fi"], slug=STEP_SLUG)
    prefix = page_json(client, "/fi/@search?SearchableText=osallisuusryhm*")
    assert f"http://testserver{step.url[:-1]}" in ids(prefix)
    # Without the star the backend decides (PostgreSQL's Finnish stemmer may match it too).
    plain = page_json(client, "/fi/@search?SearchableText=osallisuusryhm")
    assert set(ids(plain)) <= set(ids(prefix))


@pytest.mark.parametrize("form", ["path.query={}", "path.query:list={}", "path={}"])
def test_path_query_and_depth_limit_the_subtree(client, demo, form):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    path = guide.url.rstrip("/")
    inside = page_json(client, "/fi/@search?" + form.format(path))
    assert ids(inside) and all(url.startswith(f"http://testserver{path}") for url in ids(inside))
    children = page_json(client, "/fi/@search?" + form.format(path) + "&path.depth=1")
    direct = GuideStepPage.objects.live().child_of(guide).count()
    assert direct <= children["items_total"] < inside["items_total"] + 1
    depths = [url.removeprefix("http://testserver").count("/") for url in ids(children)]
    assert depths and max(depths) <= path.count("/") + 1


@pytest.mark.parametrize(
    "query",
    [
        "portal_type=home.GuideStepPage",
        "portal_type:list=home.GuideStepPage",
        "portal_type=home.GuideStepPage&portal_type=no.Such",
    ],
)
def test_portal_type_in_every_form(client, demo, query):
    data = page_json(client, f"/fi/@search?{query}")
    assert data["items_total"] == GuideStepPage.objects.live().filter(locale=demo["fi"]).count()
    assert {item["@type"] for item in data["items"]} == {"home.GuideStepPage"}


def test_only_published_pages_exist_for_review_state(client, demo):
    assert page_json(client, "/fi/@search?review_state=published")["items_total"] > 0
    assert page_json(client, "/fi/@search?review_state=private")["items_total"] == 0


def test_sort_on_and_sort_order(client, demo):
    ascending = page_json(
        client, "/fi/@search?portal_type=home.GuideStepPage&sort_on=sortable_title"
    )
    descending = page_json(
        client,
        "/fi/@search?portal_type=home.GuideStepPage&sort_on=sortable_title&sort_order=descending",
    )
    titles = [item["title"] for item in ascending["items"]]
    assert titles == sorted(titles)
    assert [item["title"] for item in descending["items"]] == titles[::-1]


def test_metadata_fields_and_fullobjects(client, demo):
    meta = page_json(
        client, "/fi/@search?SearchableText=opas&metadata_fields=UID&metadata_fields:list=modified"
    )
    assert meta["items"] and all({"UID", "modified"} <= set(item) for item in meta["items"])
    everything = page_json(client, "/fi/@search?SearchableText=opas&metadata_fields=_all")
    assert {"UID", "created", "portal_type"} <= set(everything["items"][0])
    full = page_json(client, "/fi/@search?SearchableText=opas&fullobjects=1&b_size=2")
    assert all("@components" in item and "language" in item for item in full["items"])


def test_volto_search_page_query_at_the_root_stays_in_one_language(client, demo):
    data = page_json(
        client,
        "/@search?b_size=25&SearchableText=guide*&use_site_search_settings=1",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert data["items"]
    assert all(url.startswith("http://testserver/en") for url in ids(data))
    swedish = page_json(client, "/@search?SearchableText=guide*&Language=sv")
    assert all(url.startswith("http://testserver/sv") for url in ids(swedish))


@pytest.mark.parametrize(
    "text",
    [
        '"',
        'a"b',
        '"osallisuus',
        "(a",
        "a)",
        "[x]",
        "a NEAR b",
        "a AND",
        "OR",
        "NOT a",
        "*",
        "a*b",
        "^a",
        "title:a",
        "-a",
        "a -b",
        "{}",
        "a\\",
        "'",
    ],
)
def test_query_syntax_is_just_words(client, demo, text):
    for url in ("/fi/@search", "/++api++/@search"):
        for name in ("SearchableText", "q"):
            response = get_json(client, url, data={name: text})
            assert response.status_code == 200, (url, name, text)
    for url in ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"):
        response = client.get(url, {"search": text})
        assert response.status_code == 200, (url, text)
