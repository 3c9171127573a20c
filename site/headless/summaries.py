"""The short description and the listing entry of a page, as Plone front ends expect them."""

from django.utils.html import strip_tags

from .links import page_url

# The first of these a page has and fills in is its description (after the SEO description).
SUMMARY_FIELDS = ("summary", "intro", "plain_language_summary", "description")


def describe(page):
    if page.search_description:
        return page.search_description
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            return strip_tags(value).strip()
    return ""


def type_name(page):
    return page.specific_class._meta.label


def summary(request, page):
    """One entry of `items`, search results or navigation (a specific page is expected)."""
    return {
        "@id": page_url(request, page),
        "@type": type_name(page),
        "title": page.title,
        "description": describe(page),
        "review_state": "published",
    }
