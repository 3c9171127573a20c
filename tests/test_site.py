"""The site's ground floor: languages, redirects, landmarks, sitemap, robots, API base."""

import re

import pytest
from wagtail.models import Page

from home.models import HomePage
from programs.annual_report.data import report_years
from programs.models import ProgramPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_home_page_answers_in_its_language(client, demo, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert "<main" in html and "<header" in html and "<footer" in html and "<nav" in html


@pytest.mark.parametrize(
    ("accept", "expected"), [("sv-FI,sv;q=0.9", "/sv/"), ("en-GB,en", "/en/"), ("de", "/fi/")]
)
def test_root_redirects_to_the_visitors_language(client, demo, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_skip_link_is_the_first_focusable_element(client, demo):
    html = client.get("/sv/").content.decode()
    body = html[html.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert 'class="skip-link"' in first_link and 'href="#main"' in first_link
    assert 'id="main"' in body


def test_language_switcher_links_this_pages_translations(client, demo):
    html = client.get("/fi/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert 'href="/sv/" hreflang="sv" lang="sv">Svenska</a>' in switcher
    assert 'href="/en/" hreflang="en" lang="en">English</a>' in switcher
    assert 'aria-current="true" lang="fi">Suomi' in switcher


def test_alternate_links_name_every_translation_and_a_default(client, demo):
    html = client.get("/en/").content.decode()
    for language in ("fi", "sv", "en"):
        assert f'hreflang="{language}" href="http://testserver/{language}/"' in html
    assert 'hreflang="x-default" href="http://testserver/fi/"' in html


def test_swedish_and_english_home_pages_are_linked_translations(demo):
    finnish = HomePage.objects.get(locale=demo["fi"])
    for language in ("sv", "en"):
        translated = HomePage.objects.get(locale=demo[language])
        assert translated.translation_key == finnish.translation_key
        assert translated.live
        assert translated.intro and translated.intro != finnish.intro


def test_sitemap_lists_live_pages_of_every_language(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for language in ("fi", "sv", "en"):
        assert f"/{language}/</loc>" in xml
    live_pages = Page.objects.live().public().filter(depth__gte=2).count()
    # Each live programme's annual reports have their own addresses (see docs/follow-up.md).
    reports = sum(len(report_years(programme)) for programme in ProgramPage.objects.live().public())
    assert reports and xml.count("<loc>") == live_pages + reports


def test_sitemap_leaves_out_unpublished_pages(client, demo):
    page = HomePage.objects.get(locale=demo["sv"]).get_children().last()
    url = page.get_full_url()
    assert f"<loc>{url}</loc>" in client.get("/sitemap.xml").content.decode()
    page.unpublish()
    assert f"<loc>{url}</loc>" not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_points_to_the_sitemap(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_pages_api_filters_by_locale_and_translation(client, demo):
    finnish = HomePage.objects.get(locale=demo["fi"])
    response = client.get(f"/api/v2/pages/?translation_of={finnish.pk}&locale=sv")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["id"] for item in items] == [HomePage.objects.get(locale=demo["sv"]).pk]
    english = client.get("/api/v2/pages/?locale=en&limit=100").json()
    assert english["meta"]["total_count"] == Page.objects.live().filter(locale=demo["en"]).count()


def test_images_and_documents_endpoints_answer(client, demo):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200
