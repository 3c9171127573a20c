"""Create or update the Finnish pages and snippets so that a second run changes nothing."""

import json

from wagtail.models import Locale


def stored_form(field, instance):
    """The field's value as stored. StreamFields compare as data, not text: PostgreSQL's jsonb
    returns their keys in its own order, so the same content would otherwise look changed."""
    text = field.value_to_string(instance)
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text


def assign(instance, values):
    """Set field values; return True if any stored value changes."""
    changed = False
    for name, value in values.items():
        field = instance._meta.get_field(name)
        before = stored_form(field, instance) if instance.pk else None
        if field.many_to_many:
            continue
        setattr(instance, name, value)
        changed |= stored_form(field, instance) != before
    return changed


def upsert_page(parent, model, slug, values):
    """The Finnish child page of `parent` with `slug`, created or brought up to date and published."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug)
        assign(page, values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    if assign(page, values) or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    return page


def upsert_snippet(model, key, values, sort_order=0):
    locale = Locale.get_default()
    snippet = model.objects.filter(locale=locale, key=key).first() or model(locale=locale, key=key)
    if assign(snippet, {**values, "sort_order": sort_order}) or snippet.pk is None:
        snippet.save()
    return snippet
