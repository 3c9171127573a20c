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
    from home.models import ContentPage

    home = _home_page(context)
    if home is None:
        return []
    pages = (
        Page.objects.child_of(home)
        .live()
        .public()
        .type(ContentPage)
        .filter(contentpage__show_in_footer=True)
    )
    return _links(context, pages)
