"""Wagtail's page routing, remembered per generation: which page (and sub-route) a path leads to.

Wagtail finds a page by walking the tree from the site's root, one child query and one query for
the specific page per level, and looks up the site first: most of an uncached page's time once its
rendered body is shared (fragments.py). The answer depends only on the page tree, the host, the
path and the language, and every change of the tree (publish, unpublish, move, delete, a page or
site saved) starts a new generation, so a remembered route is never older than the last change.
A remembered request loads just its page, fresh from the database; view restrictions are still
checked on every request (Wagtail's before_serve_page hook). Previews and requests without a
generation (page cache off, Redis away) route as before.
"""

import copy

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page

from .config import page_cache_settings
from .fragments import generation_of
from .local import local_copies

ROUTE_SIZE = 512  # a rough figure for the store's memory bound


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        generation = generation_of(request)
        if generation is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        key = f"route:{generation}:{request.get_host()}:{translation.get_language()}:{path}"
        remembered = local_copies.get(key)
        if remembered is None or not _restore(request, remembered, path):
            result = Page.route_for_request(request, path)
            local_copies.put(key, _remember(request, result), ROUTE_SIZE, _seconds())
        return None


def _seconds():
    return page_cache_settings().seconds


def _remember(request, result):
    """The site, and the page's type, id and how many path components lead to it; its own
    sub-route (RoutablePageMixin) is resolved again on each request, bound to the fresh page."""
    site = getattr(request, "_wagtail_site", None)
    if result is None or site is None:
        return (site, None)
    page = result[0]
    root = site.root_page.localized
    below_root = page.url_path[len(root.url_path) :].strip("/")
    if not page.url_path.startswith(root.url_path):
        return (site, None)  # not routed from the root's own tree: nothing to remember
    return (site, (type(page), page.pk, len(below_root.split("/")) if below_root else 0))


def _restore(request, remembered, path):
    """Put the remembered route on the request; False to route as Wagtail does."""
    site, route = remembered
    if route is None:
        return False
    model, pk, depth_below_root = route
    try:
        page = model.objects.get(pk=pk, live=True)
        components = [component for component in path.split("/") if component]
        result = page.route(request, components[depth_below_root:])
    except (model.DoesNotExist, Http404):
        return False
    if result is None or result[0] is not page:
        return False
    request._wagtail_site = copy.copy(site)
    request._wagtail_route_for_request = result
    return True
