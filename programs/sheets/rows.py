"""A programme's goals stream as the rows of the four sheets, each row a dict of typed values."""

import datetime

from .progress import current_progress


def _date(value):
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


def _float(value):
    return None if value is None else float(value)


def programme_rows(goals_raw):
    """{sheet key: [row, ...]} from the raw (JSON-ready) goals stream, in the page's order."""
    rows = {"goals": [], "measures": [], "indicators": [], "observations": []}
    for goal in goals_raw:
        value = goal["value"]
        rows["goals"].append(
            {"id": goal["id"], "title": value["title"], "description": value["description"]}
        )
        for item in value.get("measures", []):
            measure = item["value"]
            status, progress, note = current_progress(measure)
            rows["measures"].append(
                {
                    "id": item["id"],
                    "goal_id": goal["id"],
                    "goal": value["title"],
                    "title": measure["title"],
                    "description": measure.get("description", ""),
                    "responsible": measure.get("responsible", ""),
                    "target_groups": list(measure.get("target_groups") or []),
                    "resources": measure.get("resources", ""),
                    "schedule": measure.get("schedule", ""),
                    "due_date": _date(measure.get("due_date")),
                    "status": status,
                    "progress": progress,
                    "note": note,
                }
            )
        for item in value.get("indicators", []):
            indicator = item["value"]
            rows["indicators"].append(
                {
                    "id": item["id"],
                    "goal_id": goal["id"],
                    "goal": value["title"],
                    "name": indicator["name"],
                    "known_indicator": indicator.get("known_indicator") or "",
                    "unit": indicator.get("unit", ""),
                    "baseline": _float(indicator.get("baseline")),
                    "target": _float(indicator.get("target")),
                }
            )
            for observation in indicator.get("observations", []):
                rows["observations"].append(
                    {
                        "id": observation["id"],
                        "indicator_id": item["id"],
                        "indicator": indicator["name"],
                        "date": _date(observation["value"]["date"]),
                        "value": _float(observation["value"]["value"]),
                    }
                )
    return rows
