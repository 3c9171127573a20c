"""What residents may read: live pages without a view restriction (none above them either)."""

from wagtail.models import Page

from osallisuus_site.privacy import closed_sections, in_sections

from .models import ProgramPage


def visible_programmes():
    return ProgramPage.objects.live().public()


def visible_items(model, request=None):
    """Rows of the measure or indicator index (`model`) that belong to live, public programmes.

    Only live programmes have rows (programs/goal_index.py), so just the sections closed by view
    restrictions are left to exclude, usually none: then the listing order and the filters walk
    the rows' own indexes instead of joining every programme. With a request, the closed sections
    are read once per cache generation (osallisuus_site/privacy.py).
    """
    closed = closed_sections(request)
    if not closed:
        return model.objects.all()
    return model.objects.exclude(
        programme_id__in=Page.objects.filter(in_sections(closed)).values("pk")
    )
