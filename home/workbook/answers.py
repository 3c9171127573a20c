"""Reading a submitted workbook: every value is checked, and bad input becomes a clear message."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_NOTES_LENGTH = 2000
ANSWER_PREFIX = "answer-"
NOTES_PREFIX = "notes-"
ACTION_FIELD = "action"


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Don't know")


# Anything short of a clear yes is something the group should look into.
NEEDS_ATTENTION = frozenset({Answer.PARTLY, Answer.NO, Answer.UNKNOWN})


class Action(models.TextChoices):
    SUMMARY = "summary", _("Show summary")
    CSV = "csv", _("Download CSV")


@dataclass
class Response:
    answer: str = ""
    notes: str = ""


@dataclass
class Submission:
    action: str = Action.SUMMARY
    responses: dict = field(default_factory=dict)  # question id -> Response
    errors: list = field(default_factory=list)  # messages not tied to one field
    field_errors: dict = field(default_factory=dict)  # field name -> message

    @property
    def is_valid(self):
        return not self.errors and not self.field_errors

    def add_error(self, message):
        if message not in self.errors:  # one null byte or bad action in many fields: say it once
            self.errors.append(message)

    def response(self, question_id):
        return self.responses.get(question_id, Response())


def is_submission(data):
    """True when the request carries workbook fields, not just e.g. a tracking parameter."""
    return any(
        name == ACTION_FIELD or name.startswith((ANSWER_PREFIX, NOTES_PREFIX)) for name in data
    )


def read_submission(data, domains):
    """Check a QueryDict of answers against the workbook's questions."""
    known_ids = {question.id for domain in domains for question in domain.questions}
    submission = Submission(responses={question_id: Response() for question_id in known_ids})
    unknown_ids = False
    for name in data:
        values = data.getlist(name)
        if "\x00" in name or any("\x00" in value for value in values):
            submission.add_error(_("The form contained a null character. Remove it and try again."))
            continue
        if name == ACTION_FIELD:
            _read_action(submission, values)
            continue
        prefix, question_id = _split(name)
        if prefix is None:
            continue  # e.g. the CSRF token
        if question_id not in known_ids:
            unknown_ids = True
            continue
        if len(values) != 1:
            submission.field_errors[name] = _("Give only one value.")
            continue
        if prefix == ANSWER_PREFIX:
            _read_answer(submission, name, question_id, values[0])
        else:
            _read_notes(submission, name, question_id, values[0])
    if unknown_ids:
        submission.errors.append(
            _(
                "The form contained answers to questions that are not in this workbook. "
                "Reload the page and answer again."
            )
        )
    if submission.is_valid and not any(
        response.answer or response.notes for response in submission.responses.values()
    ):
        submission.errors.append(_("Answer at least one question before you ask for a summary."))
    return submission


def _split(name):
    for prefix in (ANSWER_PREFIX, NOTES_PREFIX):
        if name.startswith(prefix):
            return prefix, name[len(prefix) :]
    return None, None


def _read_action(submission, values):
    if len(values) != 1 or values[0] not in Action.values:
        submission.add_error(_("Choose either the summary or the CSV download."))
    else:
        submission.action = values[0]


def _read_answer(submission, name, question_id, value):
    if value and value not in Answer.values:
        submission.field_errors[name] = _("Choose yes, partly, no or don't know.")
    else:
        submission.responses[question_id].answer = value


def _read_notes(submission, name, question_id, value):
    notes = value.replace("\r\n", "\n").strip()
    submission.responses[question_id].notes = notes  # shown again, so that it can be shortened
    if len(notes) > MAX_NOTES_LENGTH:
        submission.field_errors[name] = ngettext(
            "Notes can be at most %(limit)d character long; these have %(length)d.",
            "Notes can be at most %(limit)d characters long; these have %(length)d.",
            MAX_NOTES_LENGTH,
        ) % {"limit": MAX_NOTES_LENGTH, "length": len(notes)}
