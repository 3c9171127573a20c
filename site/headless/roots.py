"""Plone's roots in a Wagtail site: the site root (`None` here) and each language's home page.

A multilingual Plone site has language root folders (`/plone/fi`) under the site root (`/plone`);
here the language home pages under the site's address play that part and are the navigation
roots. A site without translations has one home page.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Site

from .visibility import readable_pages


def navigation_root(page):
    """The home page of the page's language: its ancestor at depth 2 (or the page itself)."""
    if page is None or page.depth <= 2:
        return page
    return page.get_ancestors().filter(depth=2).first()


def request_locale(request):
    """The language of a request outside any page: the one the locale middleware chose."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return (
        Locale.objects.filter(language_code=code).first()
        or Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.get_default()
    )


def language_homes(request):
    """The live, public home pages of every language of the request's site, by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    homes = (
        readable_pages()
        .filter(translation_key=site.root_page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return list(homes)


def language_home(request, locale):
    for home in language_homes(request):
        if home.locale_id == locale.pk:
            return home
    return None


def language_title(code):
    """A language's name in that language (settings.LANGUAGES), as Plone's `language.title`."""
    return str(dict(settings.LANGUAGES).get(code, code))


def language_json(code):
    return {"title": language_title(code), "token": code}


def site_title(request):
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or getattr(settings, "WAGTAIL_SITE_NAME", "")
