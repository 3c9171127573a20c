"""Each organisation's own corner of the admin: groups, a collection and a review workflow."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, Workflow


class OrganisationAccess(models.Model):
    """Ties an organisation (all its language versions share a translation key) to its admin objects."""

    translation_key = models.UUIDField(unique=True)
    editors = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    moderators = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    collection = models.OneToOneField(Collection, on_delete=models.PROTECT, related_name="+")
    workflow = models.OneToOneField(Workflow, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("organisation access")
        verbose_name_plural = _("organisation access")

    def __str__(self):
        return self.editors.name
