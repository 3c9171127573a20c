"""A programme's status follows from its adoption and its period; nothing stores it."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProgrammeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_FORCE = "in_force", _("In force")
    ENDED = "ended", _("Ended")


def status_of(adopted_on, period_start, period_end, today=None):
    today = today or timezone.localdate()
    if period_end and period_end < today:
        return ProgrammeStatus.ENDED
    if adopted_on is None:
        return ProgrammeStatus.DRAFT
    return ProgrammeStatus.IN_FORCE


def status_q(status, today=None):
    """The same rule as status_of, as a filter that runs in SQL."""
    today = today or timezone.localdate()
    ended = Q(period_end__lt=today)
    if status == ProgrammeStatus.ENDED:
        return ended
    if status == ProgrammeStatus.DRAFT:
        return ~ended & Q(adopted_on__isnull=True)
    return ~ended & Q(adopted_on__isnull=False)


def valid_on_q(day: datetime.date):
    """Programmes whose period covers the given day."""
    return Q(period_start__lte=day) & (Q(period_end__isnull=True) | Q(period_end__gte=day))
