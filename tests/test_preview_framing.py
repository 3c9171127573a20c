"""The admin's preview panel frames the preview; nobody else may frame any page of the site."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, get_page_models

from .admin_forms import edit_form_data
from .test_security_headers import directives

pytestmark = pytest.mark.django_db


def one_page_of_each_type(demo):
    pages = []
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.filter(locale=demo["fi"]).first()
        if page is not None:
            pages.append(page)
    return pages


@pytest.fixture
def superuser_client(client, demo):
    user = get_user_model().objects.create_superuser(
        "esikatselija", "preview@example.fi", "correct horse battery staple"
    )
    client.force_login(user)
    return client


def test_every_page_type_of_the_demo_is_covered(demo):
    covered = {type(page) for page in one_page_of_each_type(demo)}
    assert len(covered) >= 10, covered


def test_the_preview_panel_may_frame_every_page_type(superuser_client, demo):
    for page in one_page_of_each_type(demo):
        url = f"/admin/pages/{page.pk}/edit/preview/"
        posted = superuser_client.post(url, edit_form_data(superuser_client, page))
        assert posted.json()["is_valid"], type(page).__name__
        response = superuser_client.get(url + "?in_preview_panel=true&mode=")
        name = type(page).__name__
        assert response.status_code == 200, name
        assert page.title in response.content.decode(), name
        policy = directives(response)
        assert policy["frame-ancestors"] == ["'self'"], name
        assert response["X-Frame-Options"] == "SAMEORIGIN", name
        # Otherwise the preview shows what residents get: only our own scripts.
        assert policy["script-src"] == ["'self'"], name


def test_public_pages_of_every_type_still_forbid_framing(client, demo):
    for page in one_page_of_each_type(demo):
        if not page.live:
            continue
        response = client.get(page.url)
        name = type(page).__name__
        assert response.status_code == 200, name
        assert directives(response)["frame-ancestors"] == ["'none'"], name
        assert response["X-Frame-Options"] == "DENY", name
