"""How a measure's dated updates become its current state, and measures a goal's progress.

The rules, documented for editors in docs/progress.md:
- a measure's status and progress on a day are those of its latest update on or before that day;
  before its first update a measure is planned, at 0 %;
- a goal's progress is the average of its measures' progress, rounded to a whole percent;
  dropped measures are left out, and a goal with no other measures has no progress.
"""

import datetime

from .choices import MeasureStatus


def timeline(updates):
    """The updates in date order, oldest first (editors may add them in any order)."""
    return sorted(updates, key=lambda update: update["date"])


def state_on(updates, day: datetime.date | None = None):
    """The update in force on `day` (default: the latest), or None before the first."""
    current = None
    for update in timeline(updates):
        if day is not None and update["date"] > day:
            break
        current = update
    return current


def status_of(update):
    return update["status"] if update else MeasureStatus.PLANNED


def progress_of(update):
    return (update["progress"] or 0) if update else 0


def goal_progress(measures, day: datetime.date | None = None):
    counted = []
    for measure in measures:
        update = state_on(measure["updates"], day)
        if status_of(update) != MeasureStatus.DROPPED:
            counted.append(progress_of(update))
    if not counted:
        return None
    # Half rounds up (Python's round() would round 62.5 down to 62).
    return (2 * sum(counted) + len(counted)) // (2 * len(counted))
