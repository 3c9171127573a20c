"""The guide's structured knowledge, shared by guide pages and programmes (translatable snippets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import GuidingQuestionBlock
from ..choices import Domain, Voice
from ..serializers import GuidingQuestionsField, LanguageCodeField


class KeyedSnippet(TranslatableMixin, models.Model):
    """A snippet with a stable key that is the same in every language."""

    key = models.SlugField(
        max_length=64, help_text=_("A stable identifier; the same in every language.")
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return getattr(self, "name", None) or getattr(self, "text", "")[:80]


class ParticipationDomain(KeyedSnippet):
    key = models.CharField(max_length=32, choices=Domain.choices)
    name = models.CharField(max_length=200, verbose_name=_("name"))
    description = models.TextField(blank=True, verbose_name=_("description"))
    questions = StreamField(
        [("question", GuidingQuestionBlock())], blank=True, verbose_name=_("guiding questions")
    )

    translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("sort_order"),
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("questions"),
    ]
    api_fields = [
        APIField("key"),
        APIField("name"),
        APIField("description"),
        APIField("locale", serializer=LanguageCodeField()),
        APIField("questions", serializer=GuidingQuestionsField()),
    ]

    class Meta(KeyedSnippet.Meta):
        verbose_name = _("domain of participation")
        verbose_name_plural = _("domains of participation")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class ParticipationVoice(KeyedSnippet):
    key = models.CharField(max_length=32, choices=Voice.choices)
    name = models.CharField(max_length=200, verbose_name=_("name"))
    description = models.TextField(blank=True, verbose_name=_("description"))

    translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("sort_order"),
        TranslatableField("name"),
        TranslatableField("description"),
    ]

    class Meta(KeyedSnippet.Meta):
        verbose_name = _("voice of a participation group")
        verbose_name_plural = _("voices of a participation group")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class ChecklistItem(KeyedSnippet):
    """What a programme records (step 4) and what writing it down adds (step 5)."""

    step = models.PositiveSmallIntegerField(
        choices=[(4, "4"), (5, "5")], verbose_name=_("guide step")
    )
    text = models.TextField(verbose_name=_("text"))

    translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("sort_order"),
        SynchronizedField("step"),
        TranslatableField("text"),
    ]

    class Meta(KeyedSnippet.Meta):
        ordering = ["step", "sort_order"]
        verbose_name = _("programme checklist item")
        verbose_name_plural = _("programme checklist")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class MonitoringTool(KeyedSnippet):
    name = models.CharField(max_length=200, verbose_name=_("name"))
    description = models.TextField(verbose_name=_("description"))
    url = models.URLField(verbose_name=_("address"))

    translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("sort_order"),
        SynchronizedField("url"),
        TranslatableField("name"),
        TranslatableField("description"),
    ]

    class Meta(KeyedSnippet.Meta):
        verbose_name = _("monitoring tool")
        verbose_name_plural = _("monitoring tools")
        unique_together = [("translation_key", "locale"), ("key", "locale")]
