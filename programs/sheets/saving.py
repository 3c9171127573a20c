"""Saving an upload as a new draft revision that goes to the organisation's review workflow."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation


def is_synced_translation(page):
    """True for a Swedish or English page that wagtail-localize keeps in step with its source."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def latest_content(page):
    """The page as its newest revision (draft or live) has it, and that revision's id."""
    revision = page.get_latest_revision()
    if revision is None:
        return page, None
    return revision.as_object(), revision.pk


def goals_json(content):
    """The goals stream as stored: JSON types only (a stream already read holds date objects)."""
    return json.loads(json.dumps(content.goals.get_prep_value(), cls=DjangoJSONEncoder))


def with_goals(content, goals_raw):
    stream_block = type(content)._meta.get_field("goals").stream_block
    content.goals = StreamValue(stream_block, goals_raw, is_lazy=True)
    return content


class NewerRevision(Exception):
    """The programme got a revision after the one the upload was compared with."""

    def __init__(self, revision):
        super().__init__(revision)
        self.revision = revision


@transaction.atomic
def save_draft_for_review(page, goals_raw, user, compared_with):
    """A new revision with the uploaded goals, submitted to the workflow; never published.

    The page row is locked first, so that of two confirmations of one preview only one saves.
    As in Wagtail's own edit view: a page never published keeps its draft in the page row too;
    a workflow waiting for changes resumes; one in progress reviews the newest revision."""
    page = type(page).objects.select_for_update().get(pk=page.pk)
    latest = page.get_latest_revision()
    if (latest.pk if latest else None) != compared_with:
        raise NewerRevision(latest)
    content, _revision_id = latest_content(page)
    with_goals(content, goals_raw)
    if not content.live:
        content.save()
    revision = content.save_revision(user=user, log_action=True)
    page = type(page).objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None and (workflow := page.get_workflow()) is not None:
        workflow.start(page, user)
    return revision
