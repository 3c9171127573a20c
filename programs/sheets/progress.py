"""Where a measure's status and progress live in its block value."""


def current_progress(measure):
    return measure.get("status") or "", measure.get("progress")


def set_progress(measure, status, progress, today):
    measure["status"], measure["progress"] = status, progress
