"""What residents may read: live pages without a view restriction (none above them either)."""

from .models import ProgramPage


def visible_programmes():
    return ProgramPage.objects.live().public()
