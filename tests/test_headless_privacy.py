"""Only what a resident may read: never drafts, restricted pages, unpublished translations,
old revisions or anyone's preview, in the JSON, its items, components and search."""

import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import RequestFactory, override_settings
from wagtail.models import PageViewRestriction
from wagtail_headless_preview.models import PagePreview

from home.models import ContentPage, GuideIndexPage, HomePage

from .headless import add_child, fresh_cache, get_json, page_json  # noqa: F401
from .programmes import complete_programme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SECRET = "Salaisuuskirjasto"


def _everything_public(client, language="fi"):
    """All JSON a resident can reach from the home page, as one text to search in."""
    parts = [
        get_json(client, f"/{language}/?expand=breadcrumbs,navigation,translations&b_size=100"),
        get_json(client, f"/{language}/@search?b_size=100"),
        get_json(client, f"/{language}/@navigation"),
    ]
    # The search for the secret itself, without its own address (which repeats the query).
    found = get_json(client, f"/{language}/@search?q={SECRET}").json()["items"]
    return " ".join(part.content.decode() for part in parts) + json.dumps(found)


def _draft(demo):
    home = HomePage.objects.get(locale=demo["fi"])
    page = ContentPage(title=SECRET, slug="luonnos", intro=SECRET, show_in_menus=True, live=False)
    return add_child(home, page, publish=False)


def test_a_draft_is_never_served_or_listed(client, demo):
    draft = _draft(demo)
    response = get_json(client, "/fi/luonnos/")
    assert response.status_code == 404 and SECRET not in response.content.decode()
    assert get_json(client, "/fi/luonnos/@breadcrumbs").status_code == 404
    assert SECRET not in _everything_public(client)
    draft.save_revision().publish()  # the same page once published is found everywhere
    assert page_json(client, "/fi/luonnos/")["title"] == SECRET
    assert SECRET in _everything_public(client)


def test_unpublished_changes_and_old_revisions_stay_out(client, demo):
    programme = complete_programme(demo["fi"])
    live_title = programme.title
    programme.title = SECRET
    programme.save_revision()  # a draft of new changes, not published
    data = page_json(client, programme.url)
    assert data["title"] == live_title
    assert SECRET not in _everything_public(client)


def _restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="salasana-123" if kind == "password" else ""
    )
    if kind == "groups":
        group = Group.objects.create(name="Lukijat")
        restriction.groups.set([group])
        return group
    return None


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_a_restricted_page_and_its_subtree_are_refused_as_json(client, demo, kind):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    step = guide.get_children().live().first()
    title_before = guide.title
    assert title_before in _everything_public(client)
    _restrict(guide, kind)
    for url in (guide.url, step.url, f"{guide.url}@search?q=osallisuus", f"{step.url}@breadcrumbs"):
        response = get_json(client, url)
        assert response.status_code == 401, url
        assert response.json() == {"type": "Unauthorized", "message": response.json()["message"]}
        assert step.title not in response.content.decode()
    everything = _everything_public(client)
    assert f"http://testserver{guide.url[:-1]}" not in everything
    assert f"http://testserver{step.url[:-1]}" not in everything


@pytest.mark.parametrize("kind", ["login", "groups"])
def test_signed_in_users_get_403_not_the_content(client, demo, kind):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    group = _restrict(guide, kind)
    user = get_user_model().objects.create_user("asukas", password="pitka-salasana-123")
    if group:
        user.groups.add(group)
    client.force_login(user)
    response = get_json(client, guide.url)
    assert response.status_code == 403
    assert guide.title not in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_a_restricted_page_still_gets_its_html_login_or_password_form(client, demo):
    guide = GuideIndexPage.objects.get(locale=demo["fi"])
    _restrict(guide, "password")
    response = client.get(guide.url)
    assert response.status_code == 200 and b'type="password"' in response.content


def test_an_unpublished_translation_is_not_offered(client, demo):
    swedish_guide = GuideIndexPage.objects.get(locale=demo["sv"])
    swedish_guide.unpublish()
    finnish_guide = GuideIndexPage.objects.get(locale=demo["fi"])
    data = page_json(client, f"{finnish_guide.url}@translations")
    assert [item["language"] for item in data["items"]] == ["en"]
    assert get_json(client, "/sv/guide/").status_code == 404
    assert '"http://testserver/sv/guide"' not in _everything_public(client, "sv")


def test_a_page_of_another_language_is_not_served_under_this_prefix(client, demo):
    response = get_json(client, "/sv/ohjelmat/")
    assert response.status_code in (302, 404)
    if response.status_code == 302:  # to the Swedish version, never the Finnish page itself
        assert response["Location"] == "/sv/program/"


# Headless preview: the draft only with a genuine, unexpired token.


def _preview_token(page):
    page.title = SECRET
    return page.create_page_preview().token


def _preview(client, page, token):
    content_type = f"{page._meta.app_label}.{page._meta.model_name}"
    return client.get("/api/v2/page_preview/", {"content_type": content_type, "token": token})


def test_a_valid_token_returns_the_draft(client, demo):
    programme = complete_programme(demo["fi"])
    token = _preview_token(programme)
    response = _preview(client, programme, token)
    assert response.status_code == 200
    assert response.json()["title"] == SECRET
    assert response.json()["goals"], "the draft keeps its structured blocks"
    assert response["Cache-Control"] == "private, no-store"
    assert page_json(client, programme.url)["title"] != SECRET


@pytest.mark.parametrize("problem", ["forged", "missing", "other_type", "unknown_type"])
def test_bad_tokens_get_4xx_and_no_draft(client, demo, problem):
    programme = complete_programme(demo["fi"])
    token = _preview_token(programme)
    content_type = "programs.programpage"
    if problem == "forged":
        token = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    elif problem == "missing":
        token = ""
    elif problem == "other_type":
        content_type = "home.homepage"
    else:
        content_type = "auth.user"
    response = client.get("/api/v2/page_preview/", {"content_type": content_type, "token": token})
    assert 400 <= response.status_code < 500
    assert SECRET not in response.content.decode() and response.json()["message"]


def test_an_expired_token_is_refused(client, demo):
    programme = complete_programme(demo["fi"])
    token = _preview_token(programme)
    with override_settings(HEADLESS_PREVIEW_TOKEN_MAX_AGE=-1):
        response = _preview(client, programme, token)
    assert response.status_code == 403
    assert SECRET not in response.content.decode()


def test_wagtails_own_preview_stays_when_no_client_is_configured(demo):
    programme = complete_programme(demo["fi"])
    request = RequestFactory().get("/")
    request.user = get_user_model()(is_superuser=True)
    response = programme.serve_preview(request, programme.default_preview_mode)
    html = response.render().content.decode()
    assert programme.title in html
    assert not PagePreview.objects.exists()


def test_a_configured_client_gets_a_signed_preview_link(demo):
    programme = complete_programme(demo["fi"])
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    request.user = get_user_model()(is_superuser=True)
    client_url = {"CLIENT_URLS": {"default": "https://etupaa.example/preview"}}
    with override_settings(WAGTAIL_HEADLESS_PREVIEW=client_url):
        response = programme.serve_preview(request, programme.default_preview_mode)
    preview = PagePreview.objects.get()
    assert json.loads(preview.content_json)["pk"] == programme.pk
    html = response.content.decode()
    assert "https://etupaa.example/preview/?content_type=programs.programpage" in html
    assert urlencode({"token": preview.token}) in html
