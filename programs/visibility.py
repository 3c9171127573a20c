"""What residents may read: live pages without a view restriction (none above them either)."""

from wagtail.models import Page

from .models import ProgramPage


def visible_programmes():
    return ProgramPage.objects.live().public()


def visible_items(model):
    """Rows of the measure or indicator index (`model`) that belong to live, public programmes.

    Only live programmes have rows (programs/goal_index.py), so just the view restrictions are
    left to exclude: one query reads them, as `public()` does, and then the subtree they cover,
    usually nothing, is all the filter holds, so the listing order and the filters can walk the
    rows' own indexes instead of joining every programme.
    """
    return model.objects.exclude(programme_id__in=Page.objects.not_public().values("pk"))
