"""Page bodies as Volto blocks in the page JSON: what Volto's default view shows of each page."""

import pytest
from django.utils import translation
from django.utils.formats import localize
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.models import ContentPage, GuideStepPage, HomePage
from osallisuus_site.headless.volto_blocks import VoltoBlocks
from programs.models import ProgramIndexPage

from .headless import add_child, fresh_cache, page_json  # noqa: F401
from .programmes import complete_programme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
LANGUAGES = ["fi", "sv", "en"]


def text_of(node):
    if "text" in node:
        return node["text"]
    return "".join(text_of(child) for child in node["children"])


def ordered_blocks(data):
    """The page's blocks in layout order."""
    assert set(data["blocks_layout"]["items"]) == set(data["blocks"])
    return [data["blocks"][block_id] for block_id in data["blocks_layout"]["items"]]


def slate_nodes(data):
    return [block["value"][0] for block in ordered_blocks(data) if block["@type"] == "slate"]


def headings(data, kind):
    return [text_of(node) for node in slate_nodes(data) if node["type"] == kind]


def tables(data):
    """Each table block as rows of cell texts."""
    return [
        [[text_of(cell["value"][0]) for cell in row["cells"]] for row in block["table"]["rows"]]
        for block in ordered_blocks(data)
        if block["@type"] == "slateTable"
    ]


def list_items(data):
    return [
        text_of(item)
        for node in slate_nodes(data)
        if node["type"] in ("ul", "ol")
        for item in node["children"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_programme_offers_its_goals_measures_and_indicators_as_blocks(client, demo, language):
    programme = complete_programme(demo[language])
    data = page_json(client, programme.url)
    blocks = ordered_blocks(data)
    assert blocks[0] == {"@type": "title"}
    with translation.override(language):
        assert _("Goals and measures") in headings(data, "h2")
        assert _("Measures") in headings(data, "h4")
        header = [_("Date"), _("Value")]
    goals = [goal.value for goal in programme.goals]
    assert headings(data, "h3")[: len(goals)] == [goal["title"] for goal in goals]
    items = list_items(data)
    for goal in goals:
        for measure in goal["measures"]:
            assert any(item.startswith(measure["title"] + " – ") for item in items), measure[
                "title"
            ]
    indicators = [indicator for goal in goals for indicator in goal["indicators"]]
    assert len(tables(data)) == len(indicators)
    for indicator, table in zip(indicators, tables(data), strict=True):
        assert any(heading.startswith(indicator["name"]) for heading in headings(data, "h4"))
        assert table[0] == header
        with translation.override(language):
            observed = [localize(item["value"]) for item in indicator["observations"]]
        assert [row[1] for row in table[2:-1]] == observed
    for block in blocks[1:]:
        if block["@type"] == "slate":
            assert block["plaintext"].strip(), block


def test_the_programme_blocks_are_in_the_pages_language(client, demo):
    goal_headings = {}
    for language in LANGUAGES:
        data = page_json(client, complete_programme(demo[language]).url)
        goal_headings[language] = headings(data, "h2")[0]
    assert len(set(goal_headings.values())) == 3, goal_headings


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guide_step_offers_its_lead_body_and_checklists_as_blocks(client, demo, language):
    step = GuideStepPage.objects.live().get(locale=demo[language], step_number=4)
    data = page_json(client, step.url)
    assert ordered_blocks(data)[0] == {"@type": "title"}
    paragraphs = [text_of(node) for node in slate_nodes(data) if node["type"] == "p"]
    assert step.intro in paragraphs
    body_headings = [block.value["text"] for block in step.body if block.block_type == "heading"]
    assert body_headings and set(body_headings) <= set(headings(data, "h2"))
    checklists = [block.value for block in step.body if block.block_type == "checklist"]
    for checklist in checklists:
        assert set(checklist["items"]) <= set(list_items(data))
    tools = step.step_knowledge()["tools"]
    links = [
        child["data"]["url"]
        for node in slate_nodes(data)
        if node["type"] == "ul"
        for item in node["children"]
        for child in item["children"]
        if child.get("type") == "link"
    ]
    assert {tool.url for tool in tools} <= set(links)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_offers_its_summary_and_body_as_blocks(client, demo, language):
    home = HomePage.objects.get(locale=demo[language])
    data = page_json(client, f"/{language}/")
    with translation.override(language):
        assert _("In plain language") in headings(data, "h2")
    paragraphs = [text_of(node) for node in slate_nodes(data) if node["type"] == "p"]
    assert home.plain_language_summary in paragraphs
    for block in home.body:
        if block.block_type == "heading":
            assert block.value["text"] in headings(data, "h2")


def test_rich_text_page_links_point_at_the_linked_page(client, demo):
    home = HomePage.objects.get(locale=demo["en"])
    target = GuideStepPage.objects.live().filter(locale=demo["en"]).first()
    page = add_child(
        home,
        ContentPage(
            title="Links",
            slug="links",
            body=[
                {"type": "heading", "value": {"text": "Read more"}},
                {
                    "type": "paragraph",
                    "value": f'<p>See <a linktype="page" id="{target.pk}">the step</a>.</p>'
                    "<ul><li>One</li><li>Two</li></ul>",
                },
            ],
        ),
    )
    data = page_json(client, page.url)
    nodes = slate_nodes(data)
    assert [node["type"] for node in nodes] == ["h2", "p", "ul"]
    link = nodes[1]["children"][1]
    assert link == {
        "type": "link",
        "data": {"url": f"http://testserver{target.url}"},
        "children": [{"text": "the step"}],
    }


def test_a_page_without_hook_or_rich_text_has_no_blocks_so_volto_uses_its_type_schema(client, demo):
    index = ProgramIndexPage.objects.get(locale=demo["fi"])
    data = page_json(client, index.url)
    assert "blocks" not in data and "blocks_layout" not in data


def test_block_ids_are_stable_between_requests(client, demo):
    url = complete_programme(demo["fi"]).url
    first, second = page_json(client, url), page_json(client, url)
    assert first["blocks_layout"] == second["blocks_layout"]
    assert len(set(first["blocks_layout"]["items"])) == len(first["blocks_layout"]["items"])


def test_generic_stream_blocks_and_tables_by_block_type(rf, demo):
    """A page with no hook of its own: texts, lists and Wagtail's TableBlock by block type."""
    from wagtail import blocks
    from wagtail.contrib.table_block.blocks import TableBlock

    stream_block = blocks.StreamBlock(
        [
            ("text", blocks.TextBlock()),
            ("items", blocks.ListBlock(blocks.CharBlock())),
            ("table", TableBlock()),
            ("number", blocks.IntegerBlock()),
        ]
    )
    value = stream_block.to_python(
        [
            {"type": "text", "value": "A paragraph."},
            {"type": "items", "value": ["first", "second"]},
            {
                "type": "table",
                "value": {
                    "data": [["Year", "Visits"], ["2025", "95"]],
                    "first_row_is_table_header": True,
                },
            },
            {"type": "number", "value": 3},
        ]
    )
    page = Page.objects.get(depth=2, locale=demo["fi"])
    builder = VoltoBlocks(rf.get("/"), page, "0" * 32)
    builder.stream(value)
    data = builder.as_json()
    assert [block["@type"] for block in ordered_blocks(data)] == [
        "title",
        "slate",
        "slate",
        "slateTable",
    ]
    assert list_items(data) == ["first", "second"]
    assert tables(data) == [[["Year", "Visits"], ["2025", "95"]]]
    assert [cell["type"] for cell in ordered_blocks(data)[3]["table"]["rows"][0]["cells"]] == [
        "header",
        "header",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_volto_can_label_every_field_of_a_page_without_blocks(client, demo, language):
    """Volto's fallback view shows each field of the type schema's default fieldset under its
    title: every one has a capitalised title in the page's language."""
    index = ProgramIndexPage.objects.get(locale=demo[language])
    schema = page_json(client, f"{index.url}@types/programs.ProgramIndexPage")
    fields = schema["fieldsets"][0]["fields"]
    titles = [schema["properties"][name].get("title", "") for name in fields]
    assert all(title and title[0].isupper() for title in titles), titles
    with translation.override(language):
        assert titles[:2] == [_("Title"), _("Description")]
