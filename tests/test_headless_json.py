"""JSON at each page's own URL (content negotiation), in plone.restapi's shape."""

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage, HomePage
from osallisuus_site.headless.blocks import block_json
from programs.models import OrganisationPage, ProgramIndexPage

from .headless import JSON, add_child, fresh_cache, get_json, page_json  # noqa: F401
from .programmes import complete_programme, publish_programme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

CORE_KEYS = {
    "@id", "@type", "UID", "id", "title", "description", "language", "parent", "created",
    "modified", "review_state", "is_folderish", "@components", "type_title",
}  # fmt: skip


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_home_page_answers_json_with_plones_core_keys(client, demo, language):
    data = page_json(client, f"/{language}/")
    home = HomePage.objects.get(locale=demo[language])
    assert data.keys() >= CORE_KEYS
    assert data["@id"] == f"http://testserver/{language}"
    assert data["@type"] == "home.HomePage"
    assert data["id"] == home.slug and data["title"] == home.title
    assert data["language"]["token"] == language
    assert data["review_state"] == "published" and data["is_folderish"] is True
    assert data["description"] == home.intro
    assert data["parent"] == {}  # a language's home page is a navigation root
    assert data["modified"].startswith(str(home.last_published_at.date()))
    assert data["intro"] == home.intro and isinstance(data["body"], list)


def test_each_language_version_has_its_own_stable_uid(client, demo):
    uids = {language: page_json(client, f"/{language}/")["UID"] for language in ("fi", "sv", "en")}
    assert len(set(uids.values())) == 3
    assert page_json(client, "/fi/")["UID"] == uids["fi"]


def test_a_browser_still_gets_html_and_both_vary_on_accept(client, demo):
    html = client.get("/fi/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert html["Content-Type"].startswith("text/html")
    assert "Accept" in html["Vary"]
    json_response = get_json(client, "/fi/")
    assert "Accept" in json_response["Vary"]


def test_programme_json_keeps_goals_measures_and_indicators_as_structured_blocks(client, demo):
    programme = complete_programme(demo["fi"])
    data = page_json(client, programme.url)
    assert data["@type"] == "programs.ProgramPage" and data["is_folderish"] is False
    assert "items" not in data
    organisation = programme.get_parent()
    assert data["parent"] == {
        "@id": f"http://testserver{organisation.url[:-1]}",
        "@type": "programs.OrganisationPage",
        "title": organisation.title,
        "description": data["parent"]["description"],
        "review_state": "published",
        "type_title": str(OrganisationPage._meta.verbose_name),
    }
    assert data["organisation"]["slug"] == organisation.slug
    goal = data["goals"][0]
    assert goal["type"] == "goal" and goal["id"]
    first_goal = programme.goals[0].value
    assert goal["value"]["title"] == first_goal["title"]
    assert goal["value"]["measures"][0]["title"] == first_goal["measures"][0]["title"]
    assert goal["value"]["indicators"][0]["name"] == first_goal["indicators"][0]["name"]
    assert data["review"]["all_met"] is True


def test_rich_text_links_are_absolute_urls(client, demo):
    home = HomePage.objects.get(locale=demo["fi"])
    target = Page.objects.get(locale=demo["fi"], slug="ohjelmat")
    page = ContentPage(
        title="Linkkejä",
        slug="linkkeja",
        body=[
            {
                "type": "paragraph",
                "value": f'<p>Katso <a linktype="page" id="{target.pk}">ohjelmat</a> ja '
                '<a href="/fi/opas/">opas</a>.</p>',
            }
        ],
    )
    add_child(home, page)
    paragraph = page_json(client, "/fi/linkkeja/")["body"][0]["value"]
    assert 'href="http://testserver/fi/ohjelmat/"' in paragraph
    assert 'href="http://testserver/fi/opas/"' in paragraph
    assert "linktype" not in paragraph


def test_a_rich_text_field_named_description_keeps_plones_plain_description(client, demo):
    organisation = OrganisationPage.objects.filter(locale=demo["fi"]).first()
    organisation.search_description = ""
    organisation.description = '<p>Kunta <a href="/fi/opas/">ohje</a></p>'
    organisation.save_revision().publish()
    data = page_json(client, organisation.url)
    assert data["description"] == "Kunta ohje"
    assert data["description_html"] == '<p>Kunta <a href="http://testserver/fi/opas/">ohje</a></p>'


def test_items_are_the_live_children_batched_with_links(client, demo):
    index = ProgramIndexPage.objects.get(locale=demo["fi"])
    organisations = list(OrganisationPage.objects.child_of(index).order_by("path"))
    data = page_json(client, f"{index.url}?b_size=1&b_start=1")
    assert data["items_total"] == len(organisations) == 2
    assert [item["title"] for item in data["items"]] == [organisations[1].title]
    item = data["items"][0]
    assert item["@type"] == "programs.OrganisationPage"
    assert item["@id"] == f"http://testserver{organisations[1].url[:-1]}"
    assert item["description"]
    batching = data["batching"]
    base = f"http://testserver{index.url[:-1]}"
    assert batching["@id"] == f"{base}?b_start=1&b_size=1"
    assert batching["first"] == f"{base}?b_start=0&b_size=1"
    assert batching["prev"] == f"{base}?b_start=0&b_size=1"
    assert batching["next"] is None
    assert batching["last"] == f"{base}?b_start=1&b_size=1"


def test_components_are_links_unless_expanded(client, demo):
    data = page_json(client, "/fi/ohjelmat/")
    assert data["@components"]["translations"] == {
        "@id": "http://testserver/fi/ohjelmat/@translations"
    }
    expanded = page_json(client, "/fi/ohjelmat/?expand=breadcrumbs,translations")
    components = expanded["@components"]
    assert components["breadcrumbs"]["items"] == [
        {"@id": "http://testserver/fi/ohjelmat", "title": data["title"]}
    ]
    assert {item["language"] for item in components["translations"]["items"]} == {"sv", "en"}
    assert components["navigation"] == {"@id": "http://testserver/fi/ohjelmat/@navigation"}


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = get_json(client, url)
    assert response.status_code == 200
    return len(context)


def test_query_count_does_not_grow_with_goals(client, demo):
    small = publish_programme(demo["fi"], "yksi-tavoite", 1)
    large = publish_programme(demo["fi"], "monta-tavoitetta", 30)
    _count_queries(client, small.url)  # warm the caches of site roots and content types
    assert _count_queries(client, large.url) == _count_queries(client, small.url)


def test_query_count_does_not_grow_with_children_in_a_batch(client, demo):
    organisation = OrganisationPage.objects.filter(locale=demo["fi"]).first()
    _count_queries(client, organisation.url)
    few = _count_queries(client, organisation.url)
    for number in range(6):
        publish_programme(demo["fi"], f"lisaohjelma-{number}", 1)
    data = page_json(client, organisation.url)
    assert data["items_total"] >= 7
    assert _count_queries(client, organisation.url) == few


def test_every_page_validates_against_the_schema_of_its_type(client, demo):
    for page in Page.objects.live().public().filter(locale=demo["en"], depth__gt=1).specific():
        data = page_json(client, page.url)
        schema = page_json(client, f"/@types/{data['@type']}")
        jsonschema.validate(data, schema)


def test_images_in_blocks_come_with_absolute_renditions_and_links_only_to_public_pages(rf, demo):
    image = Image.objects.create(title="Kuva", file=get_test_image_file())
    public, restricted = Page.objects.filter(locale=demo["fi"], depth=3).order_by("path")[:2]
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    block = blocks.StructBlock(
        [("image", ImageChooserBlock()), ("public", blocks.PageChooserBlock()),
         ("restricted", blocks.PageChooserBlock())]
    )  # fmt: skip
    value = block.to_python({"image": image.pk, "public": public.pk, "restricted": restricted.pk})
    data = block_json(block, value, {"request": rf.get("/")})
    renditions = data["image"]["renditions"]
    assert renditions["thumbnail"]["url"].startswith("http://testserver/")
    assert (renditions["thumbnail"]["width"], renditions["thumbnail"]["height"]) == (400, 300)
    assert data["public"]["@id"] == f"http://testserver{public.url[:-1]}"
    assert data["restricted"] is None
