"""Under `make run`, the links a developer follows from the API reach the running server."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db
SERVED = "http://127.0.0.1:8000"


def test_html_url_and_detail_url_point_at_the_served_address(client, demo, settings):
    settings.DEBUG = True
    settings.WAGTAILAPI_BASE_URL = SERVED
    call_command("align_demo_site", verbosity=0)
    settings.DEBUG = False
    items = client.get("/api/v2/pages/?limit=3").json()["items"]
    assert items
    for item in items:
        assert item["meta"]["html_url"].startswith(f"{SERVED}/"), item["meta"]["html_url"]
        assert item["meta"]["detail_url"].startswith(f"{SERVED}/api/v2/")


def test_it_refuses_to_run_outside_development(demo, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("align_demo_site", verbosity=0)


def test_make_run_serves_where_the_site_points():
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    assert (
        "WAGTAILAPI_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py align_demo_site" in makefile
    )
    assert (
        "WAGTAILAPI_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)"
        in makefile
    )
