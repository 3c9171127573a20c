"""Issue 7: the language switcher, alternates and the note for a page missing in a language."""

import re

import pytest

from home.models import ContentPage, GuideStepPage, HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def finnish_only(demo):
    home = HomePage.objects.get(locale=demo["fi"])
    page = home.add_child(instance=ContentPage(title="Vain suomeksi", slug="vain-suomeksi"))
    page.save_revision().publish()
    return page


def html_of(response):
    return response.content.decode()


def hreflangs(html):
    return set(re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html))


def test_swedish_prefix_on_a_finnish_only_page_gives_a_swedish_note_with_a_link(
    client, finnish_only
):
    response = client.get("/sv/vain-suomeksi/")
    assert response.status_code == 404
    html = html_of(response)
    assert '<html lang="sv">' in html
    assert "Sidan har inte översatts" in html
    assert 'href="/fi/vain-suomeksi/" hreflang="fi" lang="fi">Vain suomeksi</a>' in html
    assert "noindex" in html


def test_english_visitor_gets_the_note_in_english(client, finnish_only):
    html = html_of(client.get("/en/vain-suomeksi/"))
    assert "This page has not been translated" in html


def test_a_finnish_address_with_a_swedish_prefix_redirects_to_the_swedish_page(client, demo):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    swedish = step.get_translation(demo["sv"])
    finnish_rest = step.url.removeprefix("/fi/")
    response = client.get(f"/sv/{finnish_rest}")
    assert response.status_code == 302
    assert response["Location"] == swedish.url


def test_an_unpublished_translation_gives_the_note_and_leaves_the_switcher(client, demo):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    english = step.get_translation(demo["en"])
    english_url = english.url
    english.unpublish()

    response = client.get(english_url)
    assert response.status_code == 404
    html = html_of(response)
    assert '<html lang="en">' in html
    assert f'href="{step.url}" hreflang="fi" lang="fi"' in html
    assert 'hreflang="sv" lang="sv"' in html

    # The Finnish page no longer offers English, in the switcher or in the alternates.
    finnish_html = html_of(client.get(step.url))
    assert hreflangs(finnish_html) == {"fi", "sv", "x-default"}
    assert 'lang="en">English</a>' not in finnish_html
    assert 'hreflang="sv" lang="sv">Svenska</a>' in finnish_html


def test_an_unknown_address_is_the_ordinary_not_found_page(client, demo):
    response = client.get("/sv/finns-inte-alls/")
    assert response.status_code == 404
    assert "Sidan har inte översatts" not in html_of(response)


def test_a_page_without_translations_offers_no_switcher_or_alternates(client, finnish_only):
    html = html_of(client.get("/fi/vain-suomeksi/"))
    assert 'class="language-switcher"' not in html
    assert hreflangs(html) == {"fi", "x-default"}


@pytest.mark.parametrize(
    "language, og_locale, alternates",
    [("fi", "fi_FI", {"sv_FI", "en_GB"}), ("sv", "sv_FI", {"fi_FI", "en_GB"})],
)
def test_alternates_og_locale_and_language_names(client, demo, language, og_locale, alternates):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first().get_translation(demo[language])
    html = html_of(client.get(step.url))
    assert f'<meta property="og:locale" content="{og_locale}">' in html
    assert set(re.findall(r'og:locale:alternate" content="(\w+)"', html)) == alternates
    assert hreflangs(html) == {"fi", "sv", "en", "x-default"}
    for other in step.get_translations():
        code = other.locale.language_code
        assert f'hreflang="{code}" href="http://testserver{other.url}"' in html
    # Each language name is marked up in its own language.
    for code, name in [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]:
        assert re.search(rf'lang="{code}"[^>]*>{name}<', html)
