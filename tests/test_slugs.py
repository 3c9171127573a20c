"""Slugs are plain ASCII with a dash between years, and a translation is named by its own title
(osallisuus_site/slugs.py); a typed or published address is never changed."""

import datetime

import pytest
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from osallisuus_site.slugs import ascii_slug
from programs.models import OrganisationPage, ProgramPage

pytestmark = pytest.mark.django_db
TITLE = "Esimerkkilän osallisuusohjelma 2026–2029"


def test_ascii_slug_folds_nordic_letters_and_keeps_a_dash_between_years():
    assert ascii_slug(TITLE) == "esimerkkilan-osallisuusohjelma-2026-2029"
    assert ascii_slug("Delaktighetsprogram för Åbo 2026—2029") == (
        "delaktighetsprogram-for-abo-2026-2029"
    )
    assert ascii_slug("Öljy ja vesi 2026/2027") == "oljy-ja-vesi-2026-2027"


def new_programme(demo, slug, **fields):
    parent = OrganisationPage.objects.get(locale=demo["fi"], slug="esimerkkila")
    return parent.add_child(
        instance=ProgramPage(
            title=TITLE, slug=slug, period_start=datetime.date(2026, 1, 1), live=False, **fields
        )
    )


@pytest.mark.parametrize(
    "made_by_the_admin",
    ["esimerkkilän-osallisuusohjelma-20262029", "esimerkkilan-osallisuusohjelma-20262029"],
)
def test_a_slug_made_from_the_title_is_remade_in_ascii_with_dashes(demo, made_by_the_admin):
    page = new_programme(demo, made_by_the_admin)
    assert Page.objects.get(pk=page.pk).slug == "esimerkkilan-osallisuusohjelma-2026-2029"


def test_a_slug_the_editor_typed_is_kept(demo):
    page = new_programme(demo, "ohjelma-2026")
    assert Page.objects.get(pk=page.pk).slug == "ohjelma-2026"


def test_a_published_pages_address_does_not_change(demo):
    page = ProgramPage.objects.filter(locale=demo["fi"]).live().first()
    slug = page.slug
    page.title = "Uusi otsikko 2030–2033"
    page.save_revision().publish()
    assert Page.objects.get(pk=page.pk).slug == slug


def test_a_swedish_translation_is_named_by_its_swedish_title(demo):
    finnish = new_programme(demo, "esimerkkilan-osallisuusohjelma-2026-2029")
    source, _created = TranslationSource.get_or_create_from_instance(finnish)
    translation = Translation.objects.create(source=source, target_locale=demo["sv"])
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=demo["sv"],
        context=title.context,
        data="Delaktighetsprogram för Exempelby 2026–2029",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    translation.save_target(publish=False)
    swedish = ProgramPage.objects.get(translation_key=finnish.translation_key, locale=demo["sv"])
    assert swedish.slug == "delaktighetsprogram-for-exempelby-2026-2029"
    assert swedish.url_path.endswith("/delaktighetsprogram-for-exempelby-2026-2029/")
