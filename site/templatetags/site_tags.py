from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The live, public versions of the current page, one per language, in the site's order.

    Views that are not pages (search, compare) put `language_urls` ({code: url}) in their context.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    if page is not None and getattr(page, "pk", None):
        suffix = context.get("route_suffix", "")
        # A route whose address word differs by language (the annual report) names each one.
        suffixes = context.get("route_suffixes") or {}
        urls = {
            other.locale.language_code: other.get_url(request)
            + suffixes.get(other.locale.language_code, suffix)
            for other in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
    else:
        urls = context.get("language_urls") or {}
    return [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "url": urls[code],
            "current": code == current,
            "og_locale": OG_LOCALES.get(code, code),
        }
        for code, _name in settings.LANGUAGES
        if urls.get(code)
    ]


@register.simple_tag
def og_locale():
    return OG_LOCALES.get(translation.get_language(), "fi_FI")
