"""The lists built from `.values()` rows (programs/api_rows.py) answer exactly what Wagtail's
serializer answers from the model instances, for every endpoint that uses them."""

import pytest
from django.core.management import call_command

from programs import api_rows
from programs.models import MeasureRecord, ProgramPage

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v2/programmes/",
    "/api/v2/programmes/?locale=sv&limit=7&offset=3",
    "/api/v2/programmes/?order=-title&limit=50",
    "/api/v2/programmes/?organisation_type=municipality&status=in_force",
    "/api/v2/programmes/?search=nuor",
    "/api/v2/measures/?limit=50",
    "/api/v2/measures/?locale=en&order=-progress&offset=10",
    "/api/v2/indicators/?limit=50",
    "/api/v2/indicators/?locale=fi&offset=5",
]


@pytest.fixture
def content(demo):
    call_command("generate_load_data", organisations=4, goals=2, seed=16, stdout=None)
    # A draft (never adopted) programme and a measure whose organisation is gone: the null cases.
    ProgramPage.objects.filter(pk=ProgramPage.objects.live().first().pk).update(adopted_on=None)
    MeasureRecord.objects.filter(pk=MeasureRecord.objects.first().pk).update(organisation=None)
    return demo


def through_model_instances(client, url, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(api_rows.RowListingMixin, "rows_apply", lambda *args: False)
        return client.get(url)


def test_rows_give_the_same_json_as_the_model_serializer(client, content, monkeypatch):
    built = []
    original_item = api_rows.RowListing.item
    monkeypatch.setattr(
        api_rows.RowListing, "item", lambda self, row: built.append(row) or original_item(self, row)
    )
    for url in LISTS:
        built.clear()
        fast = client.get(url)
        reference = through_model_instances(client, url, monkeypatch)
        assert fast.status_code == reference.status_code == 200, url
        assert fast.json()["items"], f"{url}: the list should not be empty"
        assert len(built) == len(fast.json()["items"]), f"{url}: the rows path was not taken"
        assert fast.content == reference.content, url


def test_null_organisation_and_draft_status_are_covered(client, content):
    measures = client.get("/api/v2/measures/?limit=100").json()["items"]
    assert any(item["organisation"] is None for item in measures)
    statuses = {
        item["status"] for item in client.get("/api/v2/programmes/?limit=100").json()["items"]
    }
    assert "draft" in statuses


@pytest.mark.parametrize(
    "url",
    ["/api/v2/programmes/?fields=goals", "/api/v2/measures/?fields=description,updates"],
)
def test_named_fields_take_wagtails_path(client, content, monkeypatch, url):
    monkeypatch.setattr(api_rows.RowListing, "item", lambda self, row: pytest.fail("rows used"))
    response = client.get(url)
    assert response.status_code == 200 and response.json()["items"]
