"""A page mixin for headless preview, shared by the apps so that none depends on the site.

Off unless wagtail-headless-preview has a client URL (`HEADLESS_PREVIEW_CLIENT_URL` in this
site); then the preview button opens the decoupled front end with a signed token. Otherwise the
page previews as Wagtail always does.
"""

from wagtail_headless_preview.models import HeadlessPreviewMixin
from wagtail_headless_preview.settings import headless_preview_settings


def headless_preview_enabled():
    return bool(headless_preview_settings.CLIENT_URLS)


class HeadlessPreviewable(HeadlessPreviewMixin):
    """Page mixin: headless preview when a client URL is configured, Wagtail's own otherwise."""

    def serve_preview(self, request, preview_mode):
        if headless_preview_enabled():
            return HeadlessPreviewMixin.serve_preview(self, request, preview_mode)
        # Skip the library's override and use the page's normal preview.
        return super(HeadlessPreviewMixin, self).serve_preview(request, preview_mode)
