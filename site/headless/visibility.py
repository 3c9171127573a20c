"""Which pages the JSON may show: live, public pages of one language, and nothing else."""

from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction

from .errors import HeadlessError


def readable_pages(locale=None):
    """Live pages outside every view restriction (password, login or group), optionally of one locale."""
    pages = Page.objects.live().public()
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages


def is_restricted(page):
    return PageViewRestriction.objects.filter(
        page__path__in=[
            page.path[:i] for i in range(Page.steplen, len(page.path) + 1, Page.steplen)
        ]
    ).exists()


def ensure_readable(page, request):
    """Refuse drafts with 404 and restricted pages with 401 (anonymous) or 403 (signed in)."""
    if not page.live:
        raise HeadlessError(404, _("Page not found."))
    if is_restricted(page):
        if request.user.is_authenticated:
            raise HeadlessError(403, _("This page is not public."))
        raise HeadlessError(401, _("This page is not public."))
    language = request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else None
    if language and page.locale.language_code != language:
        raise HeadlessError(404, _("Page not found."))
