"""What a search looks through, remembered per generation: neither depends on the words searched.

The home page of the request's language and the sections view restrictions close are read once
per generation (cache/fragments.py), which every publish, move, delete and change of a view
restriction bumps; without the page cache each request reads them again.
"""

import copy

from wagtail.models import Page, Site

from osallisuus_site.cache.fragments import shared_fragment
from programs.visibility import closed_sections, in_sections


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
    closed = closed_sections(request)
    if closed:
        # As PageQuerySet.public(): a restricted page and everything under it.
        pages = pages.exclude(in_sections(closed))
    return pages


def browse_links(request, home):
    """The main sections, from where a visitor who found nothing can browse instead."""

    def build():
        children = home.get_children().live().public().in_menu()
        return [{"title": page.title, "url": page.get_url(request)} for page in children]

    return shared_fragment(request, "search-browse", build)
