"""The breadcrumbs, navigation and translations of a page, as plone.restapi's components."""

from .links import page_url, service_url
from .visibility import readable_pages


def _language_home(page):
    """The home page of the page's language: the ancestor at depth 2 (or the page itself)."""
    if page.depth <= 2:
        return page
    return page.get_ancestors().filter(depth=2).first()


def breadcrumbs(request, page):
    """The path from the language's home page (excluded, as in Plone) to the page."""
    trail = readable_pages(page.locale).ancestor_of(page, inclusive=True).filter(depth__gt=2)
    return {
        "@id": service_url(request, page, "breadcrumbs"),
        "items": [{"@id": page_url(request, item), "title": item.title} for item in trail],
        "root": page_url(request, _language_home(page)),
    }


def navigation(request, page):
    """The language's top-level menu: its home page and the children shown in menus."""
    home = _language_home(page)
    menu = readable_pages(page.locale).child_of(home).filter(show_in_menus=True)
    items = [{"@id": page_url(request, home), "title": home.title, "items": []}]
    items += [{"@id": page_url(request, item), "title": item.title, "items": []} for item in menu]
    return {"@id": service_url(request, page, "navigation"), "items": items}


def translations(request, page):
    """The other language versions a resident can read (unpublished ones are left out)."""
    others = (
        readable_pages()
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return {
        "@id": service_url(request, page, "translations"),
        "items": [
            {"@id": page_url(request, other), "language": other.locale.language_code}
            for other in others
        ],
    }


COMPONENTS = {"breadcrumbs": breadcrumbs, "navigation": navigation, "translations": translations}


def components(request, page, expand):
    return {
        name: build(request, page) if name in expand else {"@id": service_url(request, page, name)}
        for name, build in COMPONENTS.items()
    }
