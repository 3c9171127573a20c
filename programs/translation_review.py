"""Editors submit a translation to their organisation's moderators instead of publishing it.

wagtail-localize's translation editor offers only "Publish" (to users who may publish) and side
actions; an editor's page would otherwise show "Convert to alias page" as its main button. The
editor's own button posts `action=submit-for-review` to the page's edit URL, handled here before
wagtail-localize's view: the translation is saved as a new draft revision and the page's review
workflow starts (or resumes after a request for changes), exactly as for a Finnish page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation

SUBMIT_ACTION = "submit-for-review"


def translation_targeting(page):
    """The enabled translation whose target is this page, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def submit_for_review(request, translation, page):
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow. Ask an administrator."))
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is None:
        workflow.start(page, request.user)
    elif state.status == state.STATUS_NEEDS_CHANGES:
        state.resubmit(request.user)
    messages.success(
        request,
        _("“%(title)s” (%(language)s) was submitted to the moderators for review.")
        % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
    )
    return redirect(edit_url)
