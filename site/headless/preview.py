"""Headless preview: editors see a draft in a decoupled front end through a signed, expiring token.

Off unless `HEADLESS_PREVIEW_CLIENT_URL` is set; then Wagtail's preview button stores the draft
(wagtail-headless-preview's PagePreview) and opens the front end with `content_type` and `token`,
and the front end fetches the draft from `/api/v2/page_preview/`. Nothing else ever shows a draft.
"""

from django.apps import apps
from django.conf import settings
from django.core.signing import BadSignature, SignatureExpired
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail_headless_preview.models import HeadlessPreviewMixin

from .errors import HeadlessError, error_response
from .params import parse_batch, reject_nul_bytes
from .representation import represent

DEFAULT_TOKEN_MAX_AGE = 3600


def _preview_model(content_type):
    app_label, _dot, model_name = content_type.partition(".")
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, HeadlessPreviewMixin):
        raise HeadlessError(400, _("Unknown content_type."))
    return model


def previewed_page(content_type, token):
    """The draft stored for a token, if the token is genuine, unexpired and for this type."""
    if not content_type or not token:
        raise HeadlessError(400, _("Both content_type and token are required."))
    model = _preview_model(content_type)
    max_age = getattr(settings, "HEADLESS_PREVIEW_TOKEN_MAX_AGE", DEFAULT_TOKEN_MAX_AGE)
    try:
        model.get_preview_signer().unsign(token, max_age=max_age)
    except SignatureExpired as error:
        raise HeadlessError(403, _("The preview token has expired.")) from error
    except BadSignature as error:
        raise HeadlessError(403, _("The preview token is not valid.")) from error
    page = model.get_page_from_preview_token(token)
    if page is None:
        raise HeadlessError(404, _("No preview for this token."))
    return page


@require_safe
def page_preview(request):
    try:
        reject_nul_bytes(request)
        page = previewed_page(request.GET.get("content_type", ""), request.GET.get("token", ""))
        data = represent(request, page, parse_batch(request), set())
    except HeadlessError as error:
        return error_response(error.status, error.message)
    # A draft is for the editor who asked: never stored by any cache.
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    return response
