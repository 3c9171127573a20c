"""The annual follow-up report: per year and language as HTML, PDF, DOCX and API JSON."""

import datetime
import io

import docx
import pypdf
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation
from wagtail.models import PageViewRestriction

from programs.annual_report.data import build_report

from .programmes import complete_programme, publish_programme

LANGUAGES = ["fi", "sv", "en"]
NUMBER_FORMAT = {"fi": "37,1", "sv": "37,1", "en": "37.1"}


def report_url(programme, year, extension="html"):
    return programme.url + programme.annual_report_path(year, extension)


def measure_due(programme, due_date):
    return next(
        measure
        for goal in programme.goals
        for measure in goal.value["measures"]
        if measure["due_date"] == due_date
    )


def commentary(programme, year):
    return next(b.value["text"] for b in programme.annual_commentary if b.value["year"] == year)


def first_sentence(text):
    return text.split(". ")[0]


def esis(programme):
    return next(
        indicator
        for goal in programme.goals
        for indicator in goal.value["indicators"]
        if indicator["known_indicator"] == "esis"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_programme_page_links_every_years_report(client, demo, language):
    programme = complete_programme(demo[language])
    html = client.get(programme.url).content.decode()
    for year in (2025, 2026):
        assert f'href="{report_url(programme, year)}"' in html
        assert f'href="{report_url(programme, year, "pdf")}"' in html
    assert f'href="{report_url(programme, 2024)}"' not in html  # before the period


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_years_report_shows_that_years_change(client, demo, language):
    programme = complete_programme(demo[language])
    late_in_2025 = measure_due(programme, datetime.date(2025, 6, 30))
    late_in_2026 = measure_due(programme, datetime.date(2026, 9, 30))
    indicator = esis(programme)

    html_2025 = client.get(report_url(programme, 2025)).content.decode()
    html_2026 = client.get(report_url(programme, 2026)).content.decode()

    assert f'<html lang="{language}">' in html_2025
    behind_2025 = html_2025.split('id="report-behind"')[1].split("</section>")[0]
    behind_2026 = html_2026.split('id="report-behind"')[1].split("</section>")[0]
    assert late_in_2025["title"] in behind_2025 and late_in_2026["title"] not in behind_2025
    assert late_in_2026["title"] in behind_2026 and late_in_2025["title"] not in behind_2026
    assert first_sentence(commentary(programme, 2025)) in html_2025.replace("&#x27;", "'")
    assert first_sentence(commentary(programme, 2026)) in html_2026.replace("&#x27;", "'")
    # The ESIS average: 36.6 at the end of 2025, 37.1 (+0.5) at the end of 2026.
    assert NUMBER_FORMAT[language] in html_2026 and NUMBER_FORMAT[language] not in html_2025
    assert "+0" in html_2026.split('id="report-indicators"')[1]
    # 2026's notes are in the 2026 report only.
    update_2026 = next(u for u in late_in_2026.timeline if u["date"].year == 2026)
    assert update_2026["note"][:40] in html_2026.replace("&#x27;", "'")
    assert update_2026["note"][:40] not in html_2025.replace("&#x27;", "'")
    assert indicator["name"] in html_2026


def test_report_figures_follow_the_rules(demo):
    programme = complete_programme(demo["fi"])
    report_2025 = build_report(programme, 2025)
    report_2026 = build_report(programme, 2026)
    assert [m.title for m in report_2025.completed] == [
        measure_due(programme, datetime.date(2025, 12, 31))["title"]
    ]
    assert len(report_2026.completed) == 2
    _goal, indicator = next(pair for pair in report_2026.indicators if pair[1].value_end == 37.1)
    assert (indicator.value_start, indicator.change) == (36.6, 0.5)
    assert indicator.towards_target == round(100 * (37.1 - 36.4) / (38.0 - 36.4))
    first_goal = report_2026.goals[0]
    assert first_goal.progress_end == programme.goals[0].value.progress
    assert report_2025.goals[0].progress_end == report_2026.goals[0].progress_start


def _pdf_structure_tags(node, seen, depth=0):
    node = node.get_object()
    if depth > 40:
        return
    if isinstance(node, pypdf.generic.DictionaryObject):
        if "/S" in node:
            seen.add(str(node["/S"]))
        kids = node.get("/K")
        if kids is not None:
            for kid in kids if isinstance(kids, pypdf.generic.ArrayObject) else [kids]:
                if hasattr(kid, "get_object"):
                    _pdf_structure_tags(kid, seen, depth + 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_is_tagged_in_the_programmes_language_and_holds_the_years_figures(
    client, demo, language
):
    programme = complete_programme(demo[language])
    response = client.get(report_url(programme, 2026, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == language
    assert root["/MarkInfo"]["/Marked"]
    tags = set()
    _pdf_structure_tags(root["/StructTreeRoot"], tags)
    assert {"/H1", "/H2", "/Table"} <= tags
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "2026" in text and NUMBER_FORMAT[language] in text
    assert measure_due(programme, datetime.date(2026, 9, 30))["title"][:30] in " ".join(
        text.split()
    )
    assert reader.metadata.title.startswith(str(programme.title)) or "2026" in reader.metadata.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_docx_opens_with_headings_tables_and_the_years_figures(client, demo, language):
    programme = complete_programme(demo[language])
    response = client.get(report_url(programme, 2025, "docx"))
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    assert document.core_properties.language.startswith(language)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    with translation.override(language):
        from django.utils.translation import gettext as _

        assert _("Measures behind schedule") in headings
        assert _("What was done in %(year)s") % {"year": 2025} in headings
    cells = " ".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert measure_due(programme, datetime.date(2025, 6, 30))["title"] in cells
    with translation.override(language):
        assert formats.number_format(36.6) in cells
    body = " ".join(p.text for p in document.paragraphs)
    assert first_sentence(commentary(programme, 2025)) in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_gives_the_same_report_as_json(client, demo, language):
    programme = complete_programme(demo[language])
    data = client.get(f"/api/v2/programmes/{programme.pk}/reports/2025/").json()
    assert (data["year"], data["language"]) == (2025, language)
    report = build_report(programme, 2025)
    assert data["summary"]["behind_schedule"] == len(report.behind_schedule) == 1
    assert data["commentary"] == commentary(programme, 2025)
    measures = [m for goal in data["goals"] for m in goal["measures"]]
    late = next(m for m in measures if m["behind_schedule"])
    assert late["title"] == measure_due(programme, datetime.date(2025, 6, 30))["title"]
    assert all(u["date"].startswith("2025-") for m in measures for u in m["updates"])
    links = client.get(f"/api/v2/programmes/{programme.pk}/").json()["annual_reports"]
    assert [link["year"] for link in links] == [2025, 2026]
    assert links[0]["api_url"].endswith(f"/api/v2/programmes/{programme.pk}/reports/2025/")


def test_a_year_without_a_report_is_a_clear_404_and_a_malformed_one_a_400(client, demo):
    programme = complete_programme(demo["fi"])
    response = client.get(report_url(programme, 2019))
    assert response.status_code == 404
    html = response.content.decode()
    assert "2019" in html and f'href="{report_url(programme, 2025)}"' in html
    assert client.get(report_url(programme, 2027)).status_code == 404  # not yet
    assert client.get(programme.url + "vuosiraportti/20x6/").status_code == 404
    api = f"/api/v2/programmes/{programme.pk}/reports/"
    assert client.get(api + "2019/").status_code == 404
    assert client.get(api + "20x6/").status_code == 400
    assert client.get(api + "2025/?year=2026").status_code == 400
    assert client.get("/api/v2/programmes/999999/reports/2025/").status_code == 404


def test_another_languages_address_word_redirects_to_the_pages_own(client, demo):
    programme = complete_programme(demo["sv"])
    response = client.get(programme.url + "vuosiraportti/2025/")
    assert response.status_code == 301
    assert response["Location"] == report_url(programme, 2025)


def test_only_live_public_content_reaches_the_report(client, demo):
    programme = complete_programme(demo["fi"])
    url, api = report_url(programme, 2025), f"/api/v2/programmes/{programme.pk}/reports/2025/"
    published = commentary(programme, 2025)

    # A draft's new commentary stays out until it is published.
    draft = programme.get_latest_revision_as_object()
    draft.annual_commentary = [
        {"type": "commentary", "value": {"year": 2025, "text": "Luonnoksen salainen arvio."}}
    ]
    draft.save_revision()
    for response in (
        client.get(url),
        client.get(api),
        client.get(report_url(programme, 2025, "docx")),
    ):
        assert b"salainen" not in response.content
    assert first_sentence(published).encode() in client.get(url).content

    # A private programme's report is not served, neither as a page nor through the API.
    restriction = PageViewRestriction.objects.create(
        page=programme, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert first_sentence(published).encode() not in client.get(url).content
    assert client.get(report_url(programme, 2025, "pdf"))["Content-Type"] != "application/pdf"
    assert client.get(api).status_code == 404
    restriction.delete()

    programme.unpublish()
    assert client.get(url).status_code == 404
    assert client.get(report_url(programme, 2025, "docx")).status_code == 404
    assert client.get(api).status_code == 404


@pytest.mark.parametrize("extension", ["html", "docx"])
def test_report_costs_the_same_queries_with_1_or_30_goals(client, demo, settings, extension):
    settings.PAGE_CACHE_ENABLED = False
    small = publish_programme(demo["fi"], "pieni", 1)
    large = publish_programme(demo["fi"], "suuri", 30)

    def queries(programme):
        client.get(report_url(programme, 2026, extension))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(report_url(programme, 2026, extension)).status_code == 200
        return len(captured.captured_queries)

    assert queries(small) == queries(large)
    api_counts = []
    for programme in (small, large):
        with CaptureQueriesContext(connection) as captured:
            client.get(f"/api/v2/programmes/{programme.pk}/reports/2026/")
        api_counts.append(len(captured.captured_queries))
    assert api_counts[0] == api_counts[1]


def test_the_sitemap_lists_the_reports_of_live_programmes(client, demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        programme = complete_programme(demo[language])
        assert report_url(programme, 2026) in sitemap


def test_the_language_switcher_leads_to_the_same_report_in_each_language(client, demo):
    programme = complete_programme(demo["fi"])
    html = client.get(report_url(programme, 2026)).content.decode()
    for language in ("sv", "en"):
        translated = complete_programme(demo[language])
        assert f'href="{report_url(translated, 2026)}" hreflang="{language}"' in html
