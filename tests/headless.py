"""Shared helpers of the headless JSON tests (tests/test_headless_*.py)."""

import pytest
from django.core.cache import cache

JSON = "application/json"


@pytest.fixture
def fresh_cache():
    """No response cached by an earlier test may answer for this one."""
    cache.clear()
    yield
    cache.clear()


def get_json(client, url, **headers):
    return client.get(url, HTTP_ACCEPT=JSON, **headers)


def page_json(client, url, **headers):
    response = get_json(client, url, **headers)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == JSON
    return response.json()


def add_child(parent, page, publish=True):
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page.__class__.objects.get(pk=page.pk)
