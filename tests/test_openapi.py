"""/api/v2/openapi.json: a valid OpenAPI document of every endpoint, and a schemathesis pass over
the live API (no 5xx, every response as documented)."""

import pytest
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate

from programs.filters import IndicatorFilterSet, MeasureFilterSet, ProgrammeFilterSet

from .api_endpoints import API_ENDPOINTS

ENDPOINTS = API_ENDPOINTS
EXPORTS = [
    f"/api/v2/export/{dataset}.{extension}"
    for dataset in ("programmes", "measures", "indicators")
    for extension in ("csv", "json")
]
REPORTS = ["/api/v2/programmes/{id}/reports/{year}/"]
PLONE_PATHS = [
    "/++api++/",
    "/++api++/{language}",
    "/++api++/@site",
    "/++api++/@types/{type}",
    *[
        f"/++api++/{{language}}/@{service}"
        for service in ("search", "actions", "breadcrumbs", "navigation", "navroot")
        + ("translations", "types", "workflow")
    ],
]
# Few examples per operation keep the whole pass around a minute on a shared machine.
EXAMPLES_PER_OPERATION = 8


@pytest.fixture
def document(client, demo):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_document_is_valid_openapi(document):
    validate(document)


def test_document_describes_every_endpoint_and_export(document):
    for name in ENDPOINTS:
        assert f"/api/v2/{name}/" in document["paths"]
        assert f"/api/v2/{name}/{{id}}/" in document["paths"]
    for path in EXPORTS + REPORTS + PLONE_PATHS:
        assert path in document["paths"]


@pytest.mark.parametrize(
    "path, filterset",
    [
        ("/api/v2/programmes/", ProgrammeFilterSet),
        ("/api/v2/measures/", MeasureFilterSet),
        ("/api/v2/indicators/", IndicatorFilterSet),
    ],
)
def test_parameters_come_from_the_filtersets(document, path, filterset):
    parameters = {p["name"]: p for p in document["paths"][path]["get"]["parameters"]}
    assert set(filterset.base_filters) <= set(parameters)
    assert {"limit", "offset", "fields", "order"} <= set(parameters)
    assert all(parameter["description"] for parameter in parameters.values())
    assert parameters["locale"]["schema"]["enum"] == ["fi", "sv", "en"]


def test_issue_filters_are_documented(document):
    def names(path):
        return {p["name"] for p in document["paths"][path]["get"]["parameters"]}

    assert {
        "organisation",
        "organisation_type",
        "region",
        "status",
        "valid_on",
        "search",
        "locale",
    } <= names("/api/v2/programmes/")
    measure_filters = {
        "programme",
        "organisation",
        "status",
        "target_group",
        "responsible",
        "search",
        "locale",
    }
    assert measure_filters <= names("/api/v2/measures/")
    assert measure_filters | {"known_indicator"} <= names("/api/v2/indicators/")
    assert {"organisation", "locale"} <= names("/api/v2/export/measures.csv")


def test_measure_schema_lists_its_fields(document):
    properties = document["components"]["schemas"]["MeasuresItem"]["properties"]
    assert properties["progress"] == {"type": "integer"}
    assert {"title", "status", "target_groups", "goal", "programme", "organisation"} <= set(
        properties
    )


def test_schemathesis_finds_no_server_error_and_no_schema_mismatch(site_url):
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    schema = schemathesis.openapi.from_url(f"{site_url}/api/v2/openapi.json")
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 2 * len(ENDPOINTS) + len(EXPORTS) + len(REPORTS) + len(PLONE_PATHS)
    failures = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            response = case.call(base_url=site_url)
            case.validate_response(response, checks=checks)

        try:
            check()
        except Exception as error:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
