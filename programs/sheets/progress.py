"""A measure's status and progress in the sheet are those of its latest dated update.

A changed status or progress in an upload adds an update dated the day of the upload, so the
history stays as it was (an update already dated that day is amended: one update per day). A
changed note alone corrects the latest update's note.
"""

import uuid

from .. import progress as progress_rules


def _updates(measure):
    return [item["value"] for item in measure.get("updates") or []]


def current_progress(measure):
    """(status, progress, note) of the measure's latest update, from its raw block value."""
    latest = progress_rules.state_on(_updates(measure))
    note = (latest or {}).get("note") or ""
    return progress_rules.status_of(latest), progress_rules.progress_of(latest), note


def set_progress(measure, old, new, today):
    """Write the status, progress and note of the row `new` (it was `old`) into the raw measure."""
    updates = measure.setdefault("updates", [])
    figures_changed = (old.get("status"), old.get("progress")) != (new["status"], new["progress"])
    if not figures_changed:
        latest = progress_rules.state_on(_updates(measure))
        if latest is not None:
            latest["note"] = new["note"]
            return
    note = new["note"] if new["note"] != old.get("note") else ""
    day = today.isoformat()
    value = {"date": day, "status": new["status"], "progress": new["progress"], "note": note}
    same_day = next((item for item in updates if str(item["value"]["date"]) == day), None)
    if same_day is not None:
        same_day["value"].update(value)
    else:
        updates.append({"type": "item", "id": str(uuid.uuid4()), "value": value})
