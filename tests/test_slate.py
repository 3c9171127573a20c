"""Rich text to Volto's Slate JSON (site/headless/slate.py): what Volto's text blocks will show."""

from osallisuus_site.headless.slate import html_to_slate, plaintext


def t(value):
    return {"text": value}


def test_paragraph_with_bold_italic_and_a_link():
    html = '<p>Read <b>the</b> <i>guide</i> at <a href="https://example.fi/opas">THL</a>.</p>'
    assert html_to_slate(html) == [
        {
            "type": "p",
            "children": [
                t("Read "),
                {"type": "strong", "children": [t("the")]},
                t(" "),
                {"type": "em", "children": [t("guide")]},
                t(" at "),
                {
                    "type": "link",
                    "data": {"url": "https://example.fi/opas"},
                    "children": [t("THL")],
                },
                t("."),
            ],
        }
    ]


def test_headings_keep_their_level_between_h2_and_h4():
    nodes = html_to_slate("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5>")
    assert [(node["type"], plaintext([node])) for node in nodes] == [
        ("h2", "One"),  # the page title is the only h1
        ("h2", "Two"),
        ("h3", "Three"),
        ("h4", "Four"),
        ("h4", "Five"),
    ]


def test_lists_become_slate_lists_with_nested_lists_inside_items():
    html = (
        "<ul>\n <li>Survey</li>\n <li>Workshop <b>with</b> youth<ol><li>Plan</li></ol></li>\n</ul>"
    )
    assert html_to_slate(html) == [
        {
            "type": "ul",
            "children": [
                {"type": "li", "children": [t("Survey")]},
                {
                    "type": "li",
                    "children": [
                        t("Workshop "),
                        {"type": "strong", "children": [t("with")]},
                        t(" youth"),
                        {"type": "ol", "children": [{"type": "li", "children": [t("Plan")]}]},
                    ],
                },
            ],
        }
    ]


def test_a_table_becomes_rows_of_header_and_data_cells():
    html = (
        "<table><thead><tr><th>Date</th><th>Value</th></tr></thead>"
        "<tbody><tr><td>30.6.2025</td><td><b>42</b></td></tr></tbody></table>"
    )
    assert html_to_slate(html) == [
        {
            "type": "table",
            "rows": [
                [
                    {"header": True, "children": [t("Date")]},
                    {"header": True, "children": [t("Value")]},
                ],
                [
                    {"header": False, "children": [t("30.6.2025")]},
                    {"header": False, "children": [{"type": "strong", "children": [t("42")]}]},
                ],
            ],
        }
    ]


def test_whitespace_collapses_and_line_breaks_stay():
    nodes = html_to_slate("<p>\n  First   line<br/>\n second line  </p>")
    assert nodes == [{"type": "p", "children": [t("First line\nsecond line")]}]


def test_loose_text_becomes_a_paragraph_and_empty_paragraphs_vanish():
    assert html_to_slate("Plain words<p> </p><p></p>") == [
        {"type": "p", "children": [t("Plain words")]}
    ]


def test_scripts_and_unknown_wrappers_leave_only_their_readable_text():
    nodes = html_to_slate(
        '<div><p>Kept <span class="x">text</span></p><script>alert(1)</script></div>'
    )
    assert nodes == [{"type": "p", "children": [t("Kept text")]}]


def test_plaintext_joins_words_as_volto_indexes_them():
    nodes = html_to_slate("<p>A <b>bold</b> word</p><ul><li>one</li><li>two</li></ul>")
    assert plaintext(nodes) == "A bold word\none two"


def test_entities_are_decoded_and_a_broken_fragment_does_not_fail():
    assert plaintext(html_to_slate("<p>Rock &amp; roll &lt;3</p>")) == "Rock & roll <3"
    assert plaintext(html_to_slate("<p>Unclosed <b>bold")) == "Unclosed bold"
    assert html_to_slate("") == [] and html_to_slate(None) == []
