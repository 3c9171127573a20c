"""What wagtail-localize's translation editor shows differently in Osallisuus (see its template)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime

from ..translation_access import may_publish, may_publish_translations
from ..translation_places import label_segments
from ..translation_review import SUBMIT_ACTION

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_props(context, props, translation, instance):
    """The editor's props with segments labelled by place, the publishing date in the admin's
    language, and without "Convert to alias page" for users who may not publish (it would put
    the Finnish content live without review)."""
    data = json.loads(props)
    label_segments(data.get("segments", []), translation.source.as_instance())
    # wagtail-localize formats the date with strftime, in English ("1 December 2026").
    published = getattr(instance, "live_revision", None)
    if data["object"].get("lastPublishedDate") and published is not None:
        data["object"]["lastPublishedDate"] = date_format(
            localtime(published.created_at), "DATE_FORMAT"
        )
    if not may_publish(context["request"].user, instance):
        data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.simple_tag(takes_context=True)
def translation_review(context, translation, instance):
    """For editors who may not publish: their footer's "Submit for review" action and preview."""
    if may_publish(context["request"].user, instance):
        return None
    return {
        "action": SUBMIT_ACTION,
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
    }


@register.simple_tag(takes_context=True)
def may_sync_and_publish(context, source):
    return may_publish_translations(context["request"].user, source)
