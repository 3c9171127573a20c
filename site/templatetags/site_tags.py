from django import template
from django.conf import settings
from django.utils import translation

from osallisuus_site.cache.fragments import page_fragment, shared_fragment

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def _translation_urls(page, request):
    return {
        other.locale.language_code: other.get_url(request)
        for other in page.get_translations(inclusive=True).live().public().select_related("locale")
    }


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
        urls = shared_fragment(
            request, f"language-versions:{page.pk}", lambda: _translation_urls(page, request)
        )
        urls = {code: url + suffixes.get(code, suffix) for code, url in urls.items()}
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


@register.tag("page_fragment")
def do_page_fragment(parser, token):
    """{% page_fragment "name" %}…{% end_page_fragment %}: the enclosed text, rendered once per
    live revision, language and change of published content (cache/fragments.py). Only for text
    that depends on published content alone: nothing about the request or the user inside."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("page_fragment takes one argument, the fragment's name.")
    nodelist = parser.parse(("end_page_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        page = context.get("page")
        if page is None or not getattr(page, "pk", None):
            return self.nodelist.render(context)
        return page_fragment(
            context.get("request"),
            page,
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
        )
