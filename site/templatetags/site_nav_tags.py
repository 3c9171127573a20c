from django import template
from wagtail.models import Page, Site

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


def _links(context, pages):
    request = context.get("request")
    current = context.get("page")
    current_path = getattr(current, "path", "")
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "active": current_path.startswith(page.path),
        }
        for page in pages
    ]


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = _home_page(context)
    if home is None:
        return []
    return _links(context, home.get_children().live().public().in_menu())


@register.simple_tag(takes_context=True)
def footer_links(context):
    from django.db.models import Q

    home = _home_page(context)
    if home is None:
        return []
    # Tree order puts the feedback form, which lives under the statement, right after it.
    pages = (
        Page.objects.descendant_of(home)
        .live()
        .public()
        .filter(
            Q(depth=home.depth + 1, contentpage__show_in_footer=True)
            | Q(feedbackformpage__show_in_footer=True)
        )
        .order_by("path")
    )
    return _links(context, pages)
