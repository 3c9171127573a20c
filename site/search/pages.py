"""What a search looks through, remembered per generation: neither depends on the words searched.

The home page of the request's language and the sections view restrictions close are read once
per generation (cache/fragments.py), which every publish, move, delete and change of a view
restriction bumps; without the page cache each request reads them again.
"""

import copy

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site

from osallisuus_site.cache.fragments import shared_fragment


def home_page(request):
    """The home page in the language of the URL prefix, or None; the request's site is put on
    the request as Wagtail would (the results' addresses need it)."""

    def build():
        site = Site.find_for_request(request)
        return (site, site.root_page.localized if site is not None else None)

    site, home = shared_fragment(request, "search-home", build)
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = copy.copy(site)  # Wagtail's own cache of find_for_request
    return home


def searched_pages(request, home, models):
    """The live pages of `models` under `home` in its language, outside every closed section.

    Each result as its own page type, one query per type, without its own fields (the goals'
    StreamFields of a programme): a result shows only its title, address, type and indexed text.
    """
    pages = (
        Page.objects.live()
        .descendant_of(home, inclusive=True)
        .filter(locale_id=home.locale_id)
        .type(*models)
        .specific(defer=True)
    )
    closed = shared_fragment(request, "search-closed-sections", _closed_sections)
    if closed:
        # As PageQuerySet.public(): a restricted page and everything under it.
        pages = pages.exclude(Q.create([("path__startswith", path) for path in closed], Q.OR))
    return pages


def _closed_sections():
    """Tree paths of the pages with a view restriction (password, sign-in or groups)."""
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


def browse_links(request, home):
    """The main sections, from where a visitor who found nothing can browse instead."""

    def build():
        children = home.get_children().live().public().in_menu()
        return [{"title": page.title, "url": page.get_url(request)} for page in children]

    return shared_fragment(request, "search-browse", build)
