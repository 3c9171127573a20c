"""Find the page at a site path (`fi/ohjelmat/`), as Plone traverses to a service's context.

The services are routed outside Wagtail's own catch-all, so the language prefix, if the site
has them, is read here; an empty path is the site root (None).
"""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from .errors import HeadlessError
from .roots import language_homes, request_locale
from .visibility import ensure_readable


def _language_codes():
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return set()
    return {code for code, _name in settings.LANGUAGES}


def _home_for(request, code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    if not _language_codes():
        return site.root_page
    for home in language_homes(request):
        if home.locale.language_code == code:
            return home
    return None


def page_at_root(request):
    """A site without language prefixes serves its home page at `/`: that is the root then."""
    site = Site.find_for_request(request)
    if site is None or site.root_page.get_url(request) != "/":
        return None
    home = site.root_page
    ensure_readable(home, request)
    return home.specific


def page_at_path(request, path):
    """The live, public page at `path` (None for the site root of a multilingual site, whose
    language homes are its items); 404/401/403 otherwise."""
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return page_at_root(request)
    if segments[0] in _language_codes():
        code, segments = segments[0], segments[1:]
    else:
        code = request_locale(request).language_code
    home = _home_for(request, code)
    if home is None:
        raise HeadlessError(404, _("Page not found."))
    url_path = home.url_path + "".join(f"{segment}/" for segment in segments)
    page = Page.objects.filter(url_path=url_path, path__startswith=home.path).first()
    if page is None:
        raise HeadlessError(404, _("Page not found."))
    ensure_readable(page, request)
    return page.specific
