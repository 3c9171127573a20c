"""What residents may read: live pages without a view restriction (none above them either)."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .models import ProgramPage
from .sharing import shared_value


def visible_programmes():
    return ProgramPage.objects.live().public()


def visible_items(model, request=None):
    """Rows of the measure or indicator index (`model`) that belong to live, public programmes.

    Only live programmes have rows (programs/goal_index.py), so just the sections closed by view
    restrictions are left to exclude, usually none: then the listing order and the filters walk
    the rows' own indexes instead of joining every programme.
    """
    closed = closed_sections(request)
    if not closed:
        return model.objects.all()
    return model.objects.exclude(
        programme_id__in=Page.objects.filter(in_sections(closed)).values("pk")
    )


def closed_sections(request=None):
    """Tree paths of the pages with a view restriction (password, sign-in or groups), sorted.

    Shared between requests until the next change where the site allows (sharing.py): a change
    of a view restriction is a change of what is published.
    """
    return shared_value(request, "closed-sections", _closed_sections)


def in_sections(paths):
    """Pages in the sections at `paths`: each page there and everything under it, as
    PageQuerySet.public() tells them apart."""
    return Q.create([("path__startswith", path) for path in paths], Q.OR)


def _closed_sections():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
