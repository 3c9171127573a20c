"""Open data: streamed CSV and JSON of programmes, measures and indicators, and their human page."""

import csv
import io
import json

import pytest
from wagtail.models import PageViewRestriction

from programs.exports import neutralise
from programs.models import IndicatorRecord, MeasureRecord, ProgramPage

from .programmes import complete_programme

pytestmark = pytest.mark.django_db

DATASETS = ["programmes", "measures", "indicators"]


def _body(response):
    assert response.status_code == 200, response
    assert response.streaming
    return b"".join(response.streaming_content)


def _csv_rows(client, url):
    response = client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = _body(response)
    assert body.startswith(b"\xef\xbb\xbf"), "spreadsheet programs need the BOM to show ä and ö"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _json(client, url):
    response = client.get(url)
    assert response["Content-Type"] == "application/json"
    return response, json.loads(_body(response))


@pytest.mark.parametrize("dataset", DATASETS)
def test_csv_has_one_header_row_and_one_row_per_item(client, demo, dataset):
    rows = _csv_rows(client, f"/api/v2/export/{dataset}.csv")
    header, data = rows[0], rows[1:]
    assert header[0] == "id" and "language" in header
    assert len(set(header)) == len(header)
    model = {"programmes": ProgramPage, "measures": MeasureRecord, "indicators": IndicatorRecord}
    expected = model[dataset].objects.all()
    if dataset == "programmes":
        expected = expected.live()
    assert len(data) == expected.count() > 0
    assert all(len(row) == len(header) for row in data)


@pytest.mark.parametrize("dataset", DATASETS)
def test_json_states_licence_and_source(client, demo, dataset):
    response, document = _json(client, f"/api/v2/export/{dataset}.json?locale=sv")
    assert document["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert document["license"]["name"] == "CC BY 4.0"
    assert document["source"]["name"].startswith("Osallisuus")
    assert document["dataset"] == dataset
    assert document["items"] and {item["language"] for item in document["items"]} == {"sv"}
    assert set(document["items"][0]) == set(document["fields"])
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    assert response["X-License"] == "CC BY 4.0"


def test_csv_keeps_finnish_letters_and_states_the_licence_in_headers(client, demo):
    response = client.get("/api/v2/export/measures.csv?locale=fi")
    assert response["X-License"] == "CC BY 4.0"
    text = _body(response).decode("utf-8-sig")
    assert "ä" in text and "ö" in text


def test_filters_by_organisation_and_locale(client, demo):
    programme = complete_programme(demo["en"])
    organisation = programme.organisation
    _response, document = _json(
        client, f"/api/v2/export/measures.json?organisation={organisation.slug}&locale=en"
    )
    assert {item["programme_id"] for item in document["items"]} == {programme.pk}
    assert len(document["items"]) == MeasureRecord.objects.filter(programme=programme).count()
    rows = _csv_rows(client, f"/api/v2/export/programmes.csv?organisation={organisation.pk}")
    assert [row[0] for row in rows[1:]] == [str(programme.pk)]


def test_measure_rows_match_the_programme(client, demo):
    programme = complete_programme(demo["fi"])
    _response, document = _json(
        client, f"/api/v2/export/measures.json?organisation={programme.organisation_id}"
    )
    first = document["items"][0]
    source = programme.goals[0].value["measures"][0]
    assert first["title"] == source["title"]
    assert first["target_groups"] == list(source["target_groups"])
    assert first["goal"] == programme.goals[0].value["title"]
    assert first["programme_url"].endswith(programme.url)


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Nuoret", "Nuoret"),
        (-5, -5),
    ],
)
def test_neutralise_formulas(value, expected):
    assert neutralise(value) == expected


def test_formula_in_a_published_measure_is_neutralised_in_csv_only(client, demo):
    programme = complete_programme(demo["en"])
    page = programme.get_latest_revision_as_object()
    page.goals[0].value["measures"][0]["title"] = '=HYPERLINK("http://example.com","x")'
    page.save_revision().publish()
    rows = _csv_rows(
        client, f"/api/v2/export/measures.csv?organisation={programme.organisation_id}"
    )
    title_column = rows[0].index("title")
    assert rows[1][title_column] == '\'=HYPERLINK("http://example.com","x")'
    _response, document = _json(
        client, f"/api/v2/export/measures.json?organisation={programme.organisation_id}"
    )
    assert document["items"][0]["title"] == '=HYPERLINK("http://example.com","x")'


def test_drafts_and_restricted_programmes_never_reach_the_exports(client, demo):
    programme = complete_programme(demo["sv"])
    live_title = programme.title
    draft = programme.get_latest_revision_as_object()
    draft.title = "Hemligt utkast XYZZY"
    draft.goals[0].value["measures"][0]["title"] = "Hemlig åtgärd XYZZY"
    draft.save_revision()
    for dataset in DATASETS:
        text = _body(client.get(f"/api/v2/export/{dataset}.json?locale=sv")).decode()
        assert "XYZZY" not in text
    assert live_title in _body(client.get("/api/v2/export/programmes.csv")).decode("utf-8-sig")

    PageViewRestriction.objects.create(
        page=programme, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for dataset in DATASETS:
        _response, document = _json(client, f"/api/v2/export/{dataset}.json?locale=sv")
        key = "id" if dataset == "programmes" else "programme_id"
        assert programme.pk not in {item[key] for item in document["items"]}


def test_unpublished_translation_is_not_exported(client, demo):
    programme = complete_programme(demo["en"])
    programme.unpublish()
    for dataset in DATASETS:
        _response, document = _json(client, f"/api/v2/export/{dataset}.json?locale=en")
        key = "id" if dataset == "programmes" else "programme_id"
        assert programme.pk not in {item[key] for item in document["items"]}


@pytest.mark.parametrize(
    "url, language",
    [("/fi/avoin-data/", "fi"), ("/sv/oppna-data/", "sv"), ("/en/open-data/", "en")],
)
def test_open_data_page_links_every_dataset_with_its_licence(client, demo, url, language):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in html
    for dataset in DATASETS:
        for extension in ("csv", "json"):
            assert f'href="/api/v2/export/{dataset}.{extension}?locale={language}"' in html
            assert f'href="/api/v2/export/{dataset}.{extension}"' in html
