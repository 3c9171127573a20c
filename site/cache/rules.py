"""Which requests may be answered from the cache and which responses may be stored in it."""

from django.conf import settings
from django.utils.cache import cc_delim_re

from .config import page_cache_settings

# A response any of these directives applies to is for one person or must be revalidated.
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}


def is_cacheable_request(request):
    """Anonymous GET and HEAD requests only: a session cookie or credentials mean a person.

    Checked before the session is loaded, so a hit costs no database query. Editors, previews and
    form pages with a CSRF cookie always carry the session or CSRF cookie and pass by.
    """
    config = page_cache_settings()
    if not config.enabled or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if getattr(request, "is_dummy", False):  # Wagtail's preview and moderation: never the live page
        return False
    return not request.path.startswith(config.excluded_prefixes)


def is_cacheable_response(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        return False
    cache_control = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & PRIVATE_DIRECTIVES:
        return False
    return "*" not in response.get("Vary", "")
