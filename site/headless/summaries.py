"""The short description and the listing entry of a page, as Plone front ends expect them.

Which fields describe a page is the apps' business: each app names them with the Wagtail hook
`headless_description_fields` (a function returning field names, most telling first).
"""

from functools import cache

from django.utils.html import strip_tags
from wagtail import hooks

from .links import page_url

DESCRIPTION_FIELDS_HOOK = "headless_description_fields"


@cache
def description_fields():
    names = []
    for hook in hooks.get_hooks(DESCRIPTION_FIELDS_HOOK):
        names += [name for name in hook() if name not in names]
    return tuple(names)


def describe(page):
    """The SEO description, else the first registered summary field the page fills in."""
    if page.search_description:
        return page.search_description
    for name in description_fields():
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            return strip_tags(value).strip()
    return ""


def type_name(page):
    return page.specific_class._meta.label


def type_title(page):
    return str(page.specific_class._meta.verbose_name)


def summary(request, page):
    """One entry of `items`, search results or navigation (a specific page is expected)."""
    return {
        "@id": page_url(request, page),
        "@type": type_name(page),
        "title": page.title,
        "description": describe(page),
        "review_state": "published",
        "type_title": type_title(page),
    }
