"""A clear note, in the visitor's language, when a page has no live translation in that language.

Wagtail answers 404 when `/sv/<path>/` leads nowhere. Before it does, this middleware looks for
the page the address means: the same path under the home page of any language (a Finnish address
with the Swedish prefix, or a Swedish page that is not published). If a live version exists in the
visitor's language, it redirects there; if versions exist only in other languages, it answers
404 with a note that links to them. Anything else is left to the ordinary 404 page.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Page, Site

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _language_and_rest(path):
    """('sv', 'ohjeet/vaihe-1/') for '/sv/ohjeet/vaihe-1/', or None outside the language prefixes."""
    parts = path.lstrip("/").split("/", 1)
    if len(parts) != 2 or parts[0] not in LANGUAGE_NAMES or not parts[1]:
        return None
    return parts[0], parts[1]


def versions_of(request, rest):
    """The live, public pages meant by `rest` (a path below a home page), by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True)
    url_paths = [home.url_path + rest for home in homes]
    keys = Page.objects.filter(url_path__in=url_paths).values_list("translation_key", flat=True)
    pages = (
        Page.objects.filter(translation_key__in=list(keys))
        .live()
        .public()
        .select_related("locale")
        .specific()
    )
    return {page.locale.language_code: page for page in pages}


def _is_page_route(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "wagtail_serve"


class MissingTranslationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404) or not _is_page_route(request):
            return None
        found = _language_and_rest(request.path)
        if found is None:
            return None
        language, rest = found
        versions = versions_of(request, rest)
        if language in versions:
            return HttpResponseRedirect(versions[language].get_url(request))
        if not versions:
            return None
        with translation.override(language):
            response = TemplateResponse(
                request,
                "missing_translation.html",
                {
                    "available_versions": [
                        {"code": code, "name": name, "page": versions[code]}
                        for code, name in settings.LANGUAGES
                        if code in versions
                    ],
                },
                status=404,
            )
            return response.render()
