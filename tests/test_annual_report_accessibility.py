"""The annual report pages pass axe-core's WCAG 2.1 A/AA rules in fi, sv and en, on screen and
in the print layout, and a year without a report answers with an accessible 404."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PROGRAMMES = {
    "fi": "/fi/ohjelmat/esimerkkila/osallisuusohjelma-2025-2028/vuosiraportti/",
    "sv": "/sv/program/esimerkkila-kommun/delaktighetsprogram-2025-2028/arsrapport/",
    "en": "/en/programmes/esimerkkila-municipality/participation-programme-2025-2028/annual-report/",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_annual_reports_have_no_accessibility_violations(site_url, axe, browser_page, language):
    for year in (2025, 2026):
        assert axe(f"{site_url}{PROGRAMMES[language]}{year}/").status == 200
    browser_page.emulate_media(media="print")
    assert axe(f"{site_url}{PROGRAMMES[language]}2026/").status == 200
    browser_page.emulate_media(media="screen")
    assert axe(f"{site_url}{PROGRAMMES[language]}2019/").status == 404
