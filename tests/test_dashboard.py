"""An organisation editor's dashboard shows their own organisation, not the whole site."""

import pytest
from wagtail.models import Page

from programs.models import OrganisationPage, ProgramPage

from .isolation import OTHER, OWN

pytestmark = pytest.mark.django_db


def test_editor_sees_own_organisations_pages_drafts_and_programme_completeness(
    client, organisations
):
    client.force_login(organisations["own"]["editor"])
    html = client.get("/admin/").content.decode()

    finnish = OrganisationPage.objects.get(slug=OWN, locale__language_code="fi")
    own = OrganisationPage.objects.filter(translation_key=finnish.translation_key)
    assert own.count() == 3
    pages = Page.objects.none()
    for version in own:
        pages |= Page.objects.filter(path__startswith=version.path)
    assert f"{pages.count()} sivua kaikilla kielillä" in html
    for programme in ProgramPage.objects.filter(organisation__slug=OWN, locale__language_code="fi"):
        met = sum(criterion.met for criterion in programme.review)
        assert programme.title in html
        assert f"{met}/{len(programme.review)} kriteeriä täyttyy" in html
    for programme in ProgramPage.objects.filter(organisation__slug=OTHER):
        assert programme.title not in html


def test_editor_no_longer_sees_the_whole_sites_page_count(client, organisations):
    client.force_login(organisations["own"]["editor"])
    html = client.get("/admin/").content.decode()
    assert "#icon-doc-empty" not in html  # the site summary's page count


def test_superuser_keeps_the_site_summary(admin_client, demo):
    html = admin_client.get("/admin/").content.decode()
    assert "#icon-doc-empty" in html
    assert "Your organisation" not in html and "Organisaatiosi" not in html
