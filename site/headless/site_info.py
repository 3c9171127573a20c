"""`@site`: the settings a Plone front end reads once (languages, title, time zone, sizes)."""

from django.conf import settings

from .blocks import RENDITIONS
from .links import service_url
from .roots import site_title


def _allowed_sizes():
    """Our image renditions in Plone's `name width:height` form."""
    sizes = []
    for name, spec in RENDITIONS.items():
        width, _x, height = spec.split("-", 1)[1].partition("x")
        sizes.append(f"{name} {width}:{height}")
    return sizes


def site_info(request, page):
    languages = [code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", [])]
    languages = languages or [settings.LANGUAGE_CODE]
    return {
        "@id": service_url(request, page, "site"),
        "features": {
            "filter_aliases_by_date": False,
            "multilingual": getattr(settings, "WAGTAIL_I18N_ENABLED", False) and len(languages) > 1,
        },
        "plone.allowed_sizes": _allowed_sizes(),
        "plone.available_languages": languages,
        "plone.default_language": settings.LANGUAGE_CODE,
        "plone.portal_timezone": settings.TIME_ZONE,
        "plone.site_logo": None,
        "plone.site_title": site_title(request),
    }
