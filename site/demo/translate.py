"""Create linked translations through wagtail-localize's own machinery, idempotently.

The recipe follows shared/design/translations-howto.md: a TranslationSource per object, a Translation
per target locale, a StringTranslation per segment, then save the target and publish it explicitly
(never inside an outer transaction, which would defer the publish to commit time with a stale page).
"""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


@dataclass
class TranslationReport:
    """What a run translated and which Finnish strings had no translation."""

    untranslated: list = field(default_factory=list)
    saved: int = 0

    def extend(self, other):
        self.untranslated.extend(other.untranslated)
        self.saved += other.saved


def _fresh(instance):
    """Objects kept in memory after publishing are stale; translate what the database holds."""
    if isinstance(instance, Page):
        return Page.objects.get(pk=instance.pk).specific
    return type(instance).objects.get(pk=instance.pk)


def translate_instance(instance, dictionaries):
    """Translate `instance` into every locale of `dictionaries` ({language_code: {fi text: text}})."""
    report = TranslationReport()
    source, _created = TranslationSource.update_or_create_from_instance(_fresh(instance))
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for language_code, dictionary in dictionaries.items():
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        translation, created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        changed = created or not _target_exists(source, locale)
        for segment in segments:
            changed |= _store_string(segment, locale, dictionary, report, repr(instance))
        if changed:
            _save_target(Translation.objects.get(pk=translation.pk), instance)
            report.saved += 1
    return report


def _store_string(segment, locale, dictionary, report, where):
    finnish = segment.string.data
    translated = dictionary.get(finnish)
    if translated is None:
        report.untranslated.append((where, locale.language_code, finnish))
        return False
    existing = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if existing and existing.data == translated:
        return False
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={
            "data": translated,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
        },
    )
    return True


def _save_target(translation, instance):
    if isinstance(instance, Page):
        translation.save_target(publish=False)
        target = Page.objects.get(
            translation_key=instance.translation_key, locale=translation.target_locale
        ).specific
        target.get_latest_revision().publish()
    else:
        translation.save_target(publish=True)


def _target_exists(source, locale):
    model = source.specific_content_type.model_class()
    return model.objects.filter(translation_key=source.object_id, locale=locale).exists()


def string_key(text):
    """wagtail-localize stores strings as escaped HTML; build dictionary keys and values the same way."""
    return StringValue.from_plaintext(text).data


def dictionaries_from_translations(instance, field_names):
    """Dictionaries for `translate_instance` read from rows that already exist in each language,
    e.g. made by a data migration: linking them keeps their texts and makes them translations."""
    dictionaries = {}
    for target in (
        type(instance)
        .objects.filter(translation_key=instance.translation_key)
        .exclude(locale=instance.locale_id)
    ):
        dictionaries[target.locale.language_code] = {
            string_key(getattr(instance, name)): string_key(getattr(target, name))
            for name in field_names
            if getattr(instance, name)
        }
    return dictionaries
