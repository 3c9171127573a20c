"""The content security policy, with the relaxations the Wagtail admin still needs.

Public pages get the strict policy of settings.CONTENT_SECURITY_POLICY: only our own scripts and
styles, no inline code, no framing. Wagtail 7's admin is not yet CSP-clean (wagtail/wagtail#7053):
signed in under `script-src 'self'`, chromium blocks inline scripts on the dashboard, explorer,
editor, history and users pages. The admin also sets style attributes from its widgets, shows
upload previews from blob: URLs and frames its own preview panel. It needs no eval. These
relaxations apply only under the admin prefix, where every visitor is a signed-in editor.

A preview is rendered by running the page's own view on a dummy request with the page's public
path, so it would get the public policy; it keeps that policy (a preview shows what residents will
get) except that the admin may frame it.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_RELAXATIONS = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "media-src": [SELF, "blob:"],
    "worker-src": [SELF, "blob:"],
    # The live preview panel frames the admin's own preview view.
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "object-src": [NONE],
}


PREVIEW_RELAXATIONS = {"frame-ancestors": [SELF]}


def is_admin_path(path):
    return path.startswith(ADMIN_PATH_PREFIXES)


def is_admin_preview(request):
    # Wagtail marks the dummy request of a preview; no HTTP request can carry this attribute.
    return getattr(request, "is_dummy", False) and getattr(request, "is_preview", False)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, replacing directives with the admin's relaxations on admin paths."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if is_admin_path(request.path_info):
            parts.replace = {**ADMIN_RELAXATIONS, **(parts.replace or {})}
        elif is_admin_preview(request):
            parts.replace = {**PREVIEW_RELAXATIONS, **(parts.replace or {})}
        return parts
