"""404 and 500 pages in the visitor's language, with the search form and a way home (DEBUG=False)."""

from unittest import mock

import pytest
from django.test import Client
from django.utils import translation
from django.views.defaults import server_error


@pytest.fixture
def production_client(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/fi/ei-ole-olemassa/", "fi", "Sivua ei löytynyt"),
        ("/sv/finns-inte/", "sv", "Sidan hittades inte"),
        ("/en/does-not-exist/", "en", "Page not found"),
        ("/en/guide/no-such-step/", "en", "Page not found"),
    ],
)
def test_not_found_page_speaks_the_language_of_the_address(
    production_client, demo, path, language, heading
):
    response = production_client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    main = html[html.index("<main") : html.index("</main>")]
    assert f'href="/{language}/"' in main
    assert f'action="/{language}/search/"' in main and 'name="q"' in main
    assert '<label for="error-search">' in main


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fi", "Jokin meni vikaan"), ("sv", "Något gick fel"), ("en", "Something went wrong")],
)
def test_server_error_page_renders_without_a_database(rf, language, heading):
    # No django_db mark: any database query here would fail the test.
    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f'href="/{language}/"' in html
    assert f'action="/{language}/search/"' in html
    assert 'class="skip-link"' in html and 'id="main"' in html


@pytest.mark.django_db
def test_a_crashing_view_answers_with_the_error_page_in_its_language(production_client, demo):
    with mock.patch("osallisuus_site.search.views.home_page", side_effect=RuntimeError("boom")):
        response = production_client.get("/sv/search/", {"q": "delaktighet"})
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Något gick fel</h1>" in html
    assert "boom" not in html and "Traceback" not in html
