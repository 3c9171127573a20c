"""The sections view restrictions close to residents, read once per generation.

A view restriction (password, sign-in or groups) closes its page and everything under it. The
list of closed sections is read once per generation (cache/fragments.py), which every publish,
move, delete and change of a view restriction bumps; without the page cache, or outside a
request, it is read each time.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from .cache.fragments import shared_fragment


def closed_sections(request=None):
    """Tree paths of the pages with a view restriction, sorted."""
    if request is None:
        return _closed_sections()
    return shared_fragment(request, "closed-sections", _closed_sections)


def in_sections(paths):
    """Pages in the sections at `paths`: each page there and everything under it, as
    PageQuerySet.public() tells them apart."""
    return Q.create([("path__startswith", path) for path in paths], Q.OR)


def _closed_sections():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
