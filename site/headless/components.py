"""plone.restapi's components of a page (or of the site root, `page=None`): each is both a
service (`<@id>/@name`) and an expander (`?expand=name` embeds it in `@components`)."""

from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

from .links import page_url, service_url
from .params import parse_navigation_depth
from .roots import language_homes, navigation_root, request_locale
from .schema import page_types
from .summaries import describe
from .visibility import readable_pages


def breadcrumbs(request, page):
    """The path from the language's home page (excluded, as in Plone) to the page."""
    if page is None:
        return {
            "@id": service_url(request, None, "breadcrumbs"),
            "items": [],
            "root": page_url(request, None),
        }
    trail = readable_pages(page.locale).ancestor_of(page, inclusive=True).filter(depth__gt=2)
    return {
        "@id": service_url(request, page, "breadcrumbs"),
        "items": [{"@id": page_url(request, item), "title": item.title} for item in trail],
        "root": page_url(request, navigation_root(page)),
    }


def _navigation_item(request, page, children):
    return {
        "@id": page_url(request, page),
        "description": describe(page),
        "items": children,
        "review_state": "published",
        "title": page.title,
        "use_view_action_in_listings": False,
    }


def _menu_tree(request, home, depth):
    """The home page, then its menu pages with `depth - 1` levels of their live children.

    One query for the whole tree (plus one per page type for `description`), whatever its size.
    """
    pages = (
        readable_pages(home.locale)
        .descendant_of(home)
        .filter(depth__lte=home.depth + depth)
        .order_by("path")
        .specific()
    )
    children_of = {}
    for page in pages:
        if page.depth == home.depth + 1 and not page.show_in_menus:
            continue
        children_of.setdefault(page.path[: -page.steplen], []).append(page)

    def subtree(parent):
        return [
            _navigation_item(request, child, subtree(child))
            for child in children_of.get(parent.path, [])
        ]

    return [_navigation_item(request, home.specific, [])] + subtree(home)


def navigation(request, page):
    """The language's menu: its home page and the pages shown in menus, nested to
    `expand.navigation.depth` levels (default 1; deeper levels hold every live child)."""
    home = navigation_root(page) if page is not None else _root_home(request)
    depth = parse_navigation_depth(request)
    items = _menu_tree(request, home, depth) if home is not None else []
    return {"@id": service_url(request, page, "navigation"), "items": items}


def _root_home(request):
    locale = request_locale(request)
    return next((home for home in language_homes(request) if home.locale_id == locale.pk), None)


def translations(request, page):
    """The other language versions a resident can read, and each language's home (`root`)."""
    root = {home.locale.language_code: page_url(request, home) for home in language_homes(request)}
    if page is None:
        return {"@id": service_url(request, None, "translations"), "items": [], "root": root}
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
        "root": root,
    }


def _action(action_id, title):
    return {"icon": "", "id": action_id, "title": title}


def actions(request, page):
    """Plone's action categories for a reader of the public site: viewing, the home tab,
    the sitemap, and signing in (editors sign in to Wagtail's admin)."""
    user = (
        [_action("logout", _("Log out"))]
        if request.user.is_authenticated
        else [_action("login", _("Log in"))]
    )
    return {
        "document_actions": [],
        "object": [_action("view", _("View"))],
        "object_buttons": [],
        "portal_tabs": [_action("index_html", _("Home"))],
        "site_actions": [_action("sitemap", _("Site map"))],
        "user": user,
    }


def navroot(request, page):
    from .representation import represent_context  # the navigation root is content itself

    root = navigation_root(page) if page is not None else None
    return {
        "@id": service_url(request, page, "navroot"),
        "navroot": represent_context(request, root.specific if root else None),
    }


def types(request, page):
    return page_types(request, page)


def workflow(request, page):
    """Read only: the state (always published, nothing else is shown) and when the page was
    published. Who published it is not public; no transition is offered."""
    state = {"id": "published", "title": _("Published")}
    if page is None:
        return {
            "@id": service_url(request, None, "workflow"),
            "history": [],
            "state": state,
            "transitions": [],
        }
    times = list(
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish")
        .order_by("timestamp")
        .values_list("timestamp", flat=True)
    )
    if not times and page.first_published_at:
        times = [page.first_published_at]
    history = [
        {
            "action": "publish",
            "actor": None,
            "comments": "",
            "review_state": "published",
            "time": time.isoformat(),
            "title": _("Published"),
        }
        for time in times
    ]
    return {
        "@id": service_url(request, page, "workflow"),
        "history": history,
        "state": state,
        "transitions": [],
    }


COMPONENTS = {
    "actions": actions,
    "breadcrumbs": breadcrumbs,
    "navigation": navigation,
    "navroot": navroot,
    "translations": translations,
    "types": types,
    "workflow": workflow,
}


def components(request, page, expand):
    """`@components`: a link to each component, or the component itself when expanded."""
    return {
        name: build(request, page) if name in expand else {"@id": service_url(request, page, name)}
        for name, build in COMPONENTS.items()
    }
