"""The state of every translatable page and snippet in every target language.

- missing: no live translation in that language (never created, or a page not published);
- outdated: the Finnish source changed after the translation was last synced, a string still
  waits for a translator, or a synced page translation is not yet published;
- up to date: none of the above.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

UP_TO_DATE = "up-to-date"
OUTDATED = "outdated"
MISSING = "missing"
STATES = [(UP_TO_DATE, _("Up to date")), (OUTDATED, _("Outdated")), (MISSING, _("Missing"))]
STATE_LABELS = dict(STATES)


@dataclass
class LanguageState:
    language_code: str
    state: str
    reason: str = ""
    edit_url: str = ""  # the translation editor, or the form that creates the translation

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Row:
    title: str
    kind: str
    edit_url: str
    languages: list = field(default_factory=list)

    def state_in(self, language_code):
        return next(s for s in self.languages if s.language_code == language_code)


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def source_changed_since_sync(instance, source):
    """True if the source object's content differs from what was last extracted for translators."""
    if isinstance(instance, Page):
        changed_at = instance.last_published_at or instance.latest_revision_created_at
        return changed_at is not None and changed_at > source.last_updated_at
    if isinstance(instance, ClusterableModel):
        current = json.loads(instance.to_json())
    else:
        current = json.loads(
            json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
        )
    return current != json.loads(source.content_json)


def _create_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    meta = instance._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, instance.pk],
    )


def _language_state(instance, source, translation, target, url_finder):
    if target is None or (isinstance(target, Page) and not target.live):
        reason = _("Not published") if target is not None else _("Not translated")
        url = url_finder.get_edit_url(target) if target is not None else _create_url(instance)
        return MISSING, reason, url
    url = url_finder.get_edit_url(target)
    if source is None or translation is None:
        return OUTDATED, _("Not linked to the translation workflow"), url
    if source_changed_since_sync(instance, source):
        return OUTDATED, _("The Finnish source changed after the last sync"), url
    total, translated = translation.get_progress()
    if translated < total:
        waiting = total - translated
        reason = ngettext(
            "%(count)d string waits for a translator",
            "%(count)d strings wait for a translator",
            waiting,
        ) % {"count": waiting}
        return OUTDATED, reason, url
    if isinstance(target, Page) and (
        target.has_unpublished_changes
        or (target.last_published_at and target.last_published_at < source.last_updated_at)
    ):
        return OUTDATED, _("The synced translation is not published"), url
    return UP_TO_DATE, "", url


def _objects(source_locale):
    """Every translatable page and snippet in the source language, with a kind label."""
    pages = Page.objects.filter(locale=source_locale, depth__gt=1).specific().order_by("path")
    for page in pages:
        yield page, page._meta.verbose_name
    for model in translatable_snippet_models():
        for snippet in model.objects.filter(locale=source_locale):
            yield snippet, model._meta.verbose_name


def _targets(objects, locales):
    """{(translation_key, locale_id): object} of the existing translations of `objects`."""
    keys_by_model = {}
    for instance, _kind in objects:
        base = Page if isinstance(instance, Page) else type(instance)
        keys_by_model.setdefault(base, []).append(instance.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale__in=locales)
        if model is Page:
            queryset = queryset.specific()
        for target in queryset:
            found[(target.translation_key, target.locale_id)] = target
    return found


def translation_rows(user=None):
    """One Row per translatable object in the default (source) language, in tree order."""
    source_locale = Locale.get_default()
    locales = sorted(Locale.objects.exclude(pk=source_locale.pk), key=_language_order)
    objects = list(_objects(source_locale))
    targets = _targets(objects, locales)
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(locale=source_locale)
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__locale=source_locale, enabled=True
        ).select_related("target_locale", "source")
    }
    url_finder = AdminURLFinder(user)
    rows = []
    for instance, kind in objects:
        source = sources.get(instance.translation_key)
        row = Row(title=str(instance), kind=kind, edit_url=url_finder.get_edit_url(instance) or "")
        for locale in locales:
            translation = translations.get((source.pk, locale.pk)) if source else None
            target = targets.get((instance.translation_key, locale.pk))
            state, reason, url = _language_state(instance, source, translation, target, url_finder)
            row.languages.append(LanguageState(locale.language_code, state, reason, url or ""))
        rows.append(row)
    return rows, [locale.language_code for locale in locales]


def _language_order(locale):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return codes.index(locale.language_code) if locale.language_code in codes else len(codes)
