from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin


class AccessibilitySupervisor(TranslatableMixin, models.Model):
    """The authority that supervises the accessibility of digital services, one per language.

    The accessibility statement names it where a resident is told whom to turn to; the law moves
    this task between authorities (to Traficom from 1.1.2025), so the central team edits it here
    rather than in the code or in every statement."""

    name = models.CharField(max_length=255, verbose_name=_("authority"))
    unit = models.CharField(max_length=255, blank=True, verbose_name=_("unit"))
    guidance = models.TextField(
        verbose_name=_("when to turn to it"),
        help_text=_("What a resident can do if our reply does not satisfy them or does not come."),
    )
    email = models.EmailField(blank=True, verbose_name=_("e-mail address"))
    phone = models.CharField(max_length=64, blank=True, verbose_name=_("telephone"))
    website = models.URLField(blank=True, verbose_name=_("website"))

    panels = [
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("guidance"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("accessibility supervisor")
        verbose_name_plural = _("accessibility supervisors")

    def __str__(self):
        return self.name

    @classmethod
    def for_locale(cls, locale=None):
        """The supervisor in this language (the active one by default), else in the default."""
        locale = locale or Locale.get_active()
        by_language = {item.locale_id: item for item in cls.objects.order_by("pk")}
        return by_language.get(locale.pk) or by_language.get(Locale.get_default().pk)
