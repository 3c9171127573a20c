from django import template
from wagtail.models import Page, Site

from osallisuus_site.cache.fragments import shared_fragment

register = template.Library()


def _home_page(context):
    """The home page of the visitor's language, looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_osallisuus_home"):
        site = Site.find_for_request(request)
        request._osallisuus_home = site.root_page.localized if site else None
    return request._osallisuus_home


def _links(context, name, pages_of):
    """The links of the pages `pages_of(home)` lists, marked active on the current page's branch.

    The list is the same for every page of a language, so it is shared until the next change.
    """
    request = context.get("request")

    def build():
        home = _home_page(context)
        if home is None:
            return []
        return [(page.title, page.get_url(request), page.path) for page in pages_of(home)]

    current_path = getattr(context.get("page"), "path", "")
    return [
        {"title": title, "url": url, "active": current_path.startswith(path)}
        for title, url, path in shared_fragment(request, name, build)
    ]


@register.simple_tag(takes_context=True)
def main_menu(context):
    return _links(context, "main-menu", lambda home: home.get_children().live().public().in_menu())


def _footer_pages(home):
    from django.db.models import Q

    # Tree order puts the feedback form, which lives under the statement, right after it.
    return (
        Page.objects.descendant_of(home)
        .live()
        .public()
        .filter(
            Q(depth=home.depth + 1, contentpage__show_in_footer=True)
            | Q(feedbackformpage__show_in_footer=True)
        )
        .order_by("path")
    )


@register.simple_tag(takes_context=True)
def footer_links(context):
    return _links(context, "footer-links", _footer_pages)
