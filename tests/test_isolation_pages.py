"""Page choosers, admin search and the explorer show an editor only their own organisation."""

import pytest
from wagtail.models import Page

from programs.models import OrganisationPage, ProgramPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def aino(client, organisations):
    client.force_login(organisations["own"]["editor"])
    return client


def organisation(slug, demo):
    return OrganisationPage.objects.get(slug=slug, locale=demo["fi"])


@pytest.fixture
def other_draft(demo, organisations):
    """An unpublished programme of the other organisation."""
    programme = ProgramPage.objects.filter(
        locale=demo["fi"], organisation__slug="harjuseutu"
    ).first()
    draft = programme.copy(
        update_attrs={"title": "Salainen luonnosohjelma", "slug": "salainen-luonnos"},
        keep_live=False,
    )
    return draft


def titles_in(response):
    """The chooser answers the modal with JSON around its HTML."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def refused(response):
    # A 404 outside the language prefixes becomes a redirect to the same path under /fi/.
    path = response.request["PATH_INFO"]
    return response.status_code in (403, 404, 405) or (
        response.status_code == 302 and not response["Location"].startswith(path)
    )


def test_page_chooser_from_the_root_leads_only_to_the_own_organisation(aino, demo):
    own, other = organisation("esimerkkila", demo), organisation("harjuseutu", demo)
    index = own.get_parent()
    html = titles_in(aino.get(f"/admin/choose-page/{index.pk}/"))
    assert own.title in html
    assert other.title not in html


def test_page_chooser_refuses_browsing_another_organisation(aino, demo):
    other = organisation("harjuseutu", demo)
    assert refused(aino.get(f"/admin/choose-page/{other.pk}/"))
    assert (
        aino.get(f"/admin/choose-page/{organisation('esimerkkila', demo).pk}/").status_code == 200
    )


@pytest.mark.parametrize("query", ["Harjuseutu", "osallisuusohjelma", "Salainen"])
def test_page_chooser_search_finds_no_page_of_another_organisation(aino, demo, other_draft, query):
    response = aino.get("/admin/choose-page/search/", {"q": query})
    assert response.status_code == 200
    html = titles_in(response)
    other_titles = {
        page.title
        for page in Page.objects.descendant_of(organisation("harjuseutu", demo), inclusive=True)
    } - {page.title for page in Page.objects.descendant_of(organisation("esimerkkila", demo))}
    assert not [title for title in other_titles if f">{title}<" in html]
    assert "Salainen luonnosohjelma" not in html


def test_page_chooser_search_finds_the_own_pages(aino, demo):
    own_programme = ProgramPage.objects.filter(
        locale=demo["fi"], organisation__slug="esimerkkila"
    ).first()
    html = titles_in(aino.get("/admin/choose-page/search/", {"q": own_programme.title}))
    assert own_programme.title in html


def test_admin_search_and_explorer_hide_the_other_organisation(aino, demo, other_draft):
    html = aino.get("/admin/pages/search/", {"q": "Salainen"}).content.decode()
    assert "Salainen luonnosohjelma" not in html
    for page in (organisation("harjuseutu", demo), other_draft):
        assert refused(aino.get(f"/admin/pages/{page.pk}/")), page
        assert refused(aino.get(f"/admin/pages/{page.pk}/edit/")), page
    own = organisation("esimerkkila", demo)
    assert aino.get(f"/admin/pages/{own.pk}/").status_code == 200


def test_superusers_still_choose_every_page(client, demo, other_draft):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("root", "root@example.fi", "x" * 16)
    client.force_login(admin)
    html = titles_in(client.get("/admin/choose-page/search/", {"q": "Salainen"}))
    assert "Salainen luonnosohjelma" in html


def test_the_other_organisations_draft_is_not_in_the_api_for_editors(aino, other_draft):
    data = aino.get("/api/v2/pages/", {"search": "Salainen"}).json()
    assert data["meta"]["total_count"] == 0
    assert aino.get(f"/api/v2/pages/{other_draft.pk}/").status_code == 404
