"""What an upload changes, and the programme's goals with those changes made.

Only cells whose value differs are written into the blocks, and every block keeps its id, so an
unchanged upload gives back exactly the stored goals, and translations stay tied to their blocks.
"""

import copy
import uuid
from dataclasses import dataclass, field

from .cells import display, format_date
from .columns import CHOICES, DATE, ID, REF, SHEETS, SHEETS_BY_KEY
from .progress import set_progress

ADDED, CHANGED, REMOVED, REORDERED = "added", "changed", "removed", "reordered"
TITLE_KEYS = {"goals": "title", "measures": "title", "indicators": "name"}


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class Change:
    kind: str
    sheet: str  # sheet key
    title: str
    row: int | None = None
    fields: list = field(default_factory=list)

    @property
    def sheet_label(self):
        return SHEETS_BY_KEY[self.sheet].label


def _title(sheet_key, values, titles, language):
    if sheet_key == "observations":
        parent = titles["indicators"].get(values.get("indicator_id"), "")
        return f"{parent}: {format_date(values['date'], language)}"
    return values.get(TITLE_KEYS[sheet_key], "")


def same(column, old, new):
    if column.kind == CHOICES:
        return set(old or []) == set(new or [])
    return old == new


def changed_columns(sheet, old, new):
    return [
        column
        for column in sheet.columns
        if column.is_read
        and column.kind != ID
        and not same(column, old.get(column.key), new.get(column.key))
    ]


def compare(current, rows, language):
    """The changes from the current rows to the uploaded ones, sheet by sheet, in sheet order."""
    titles = {
        key: {values["id"]: _title(key, values, {}, language) for values in current[key]}
        for key in TITLE_KEYS
    }
    new_titles = {
        key: {row.values.get("id"): row.values.get(TITLE_KEYS[key]) for row in rows[key]}
        for key in TITLE_KEYS
    }
    changes = []
    for sheet in SHEETS:
        before = {values["id"]: values for values in current[sheet.key]}
        kept = set()
        for row in rows[sheet.key]:
            identifier = row.values.get("id")
            title = _title(sheet.key, row.values, new_titles, language)
            if not identifier:
                changes.append(Change(ADDED, sheet.key, title, row.number))
                continue
            kept.add(identifier)
            old = before[identifier]
            fields = [
                FieldChange(
                    str(column.label),
                    _shown(column, old, titles, language),
                    _shown(column, row.values, new_titles, language),
                )
                for column in changed_columns(sheet, old, row.values)
            ]
            if fields:
                changes.append(Change(CHANGED, sheet.key, title, row.number, fields))
        for identifier, values in before.items():
            if identifier not in kept:
                changes.append(
                    Change(REMOVED, sheet.key, _title(sheet.key, values, titles, language))
                )
        changes.extend(_reorders(sheet, current, rows, new_titles))
    return changes


def _shown(column, values, titles, language):
    value = values.get(column.key)
    if column.kind == REF:
        return titles[column.parent].get(value) or value
    return display(column, value, language)


def _reorders(sheet, current, rows, titles):
    """One change per parent (or one for the goals) whose kept rows come in a new order."""
    reference = sheet.reference.key if sheet.reference else None

    def order(values_list):
        groups = {}
        for values in values_list:
            if values.get("id"):
                groups.setdefault(values.get(reference) if reference else "", []).append(
                    values["id"]
                )
        return groups

    before = order(current[sheet.key])
    after = order(row.values for row in rows[sheet.key])
    changes = []
    for parent, identifiers in after.items():
        old = [i for i in before.get(parent, []) if i in identifiers]
        new = [i for i in identifiers if i in old]
        if old != new:
            title = titles[sheet.reference.parent].get(parent, "") if reference else ""
            changes.append(Change(REORDERED, sheet.key, title))
    return changes


# Building the new goals


def _default(block):
    return block.get_prep_value(block.get_default())


def _blocks(stream_block):
    goal = stream_block.child_blocks["goal"]
    indicator = goal.child_blocks["indicators"].child_block
    return {
        "goals": goal,
        "measures": goal.child_blocks["measures"].child_block,
        "indicators": indicator,
        "observations": indicator.child_blocks["observations"].child_block,
    }


def _stored(goals_raw):
    """{sheet key: {id: raw item}} of the stored goals stream."""
    stored = {"goals": {}, "measures": {}, "indicators": {}, "observations": {}}
    for goal in goals_raw:
        stored["goals"][goal["id"]] = goal
        for measure in goal["value"].get("measures", []):
            stored["measures"][measure["id"]] = measure
        for indicator in goal["value"].get("indicators", []):
            stored["indicators"][indicator["id"]] = indicator
            for observation in indicator["value"].get("observations", []):
                stored["observations"][observation["id"]] = observation
    return stored


PROGRESS_KEYS = {"status", "progress", "note"}  # a measure's latest update, not its own fields


def _write(sheet_key, value, old, new, today):
    sheet = SHEETS_BY_KEY[sheet_key]
    columns = changed_columns(sheet, old, new)
    for column in columns:
        if column.kind == REF:
            continue  # the item moves to its new parent below
        if sheet_key == "measures" and column.key in PROGRESS_KEYS:
            continue
        if column.kind == DATE and new[column.key] is not None:
            value[column.key] = new[column.key].isoformat()
        else:
            value[column.key] = new[column.key]
    if sheet_key == "measures" and any(column.key in PROGRESS_KEYS for column in columns):
        set_progress(value, old, new, today)


def build_goals(goals_raw, current, rows, stream_block, today):
    """The goals stream (raw, JSON-ready) that the uploaded rows describe."""
    blocks, stored = _blocks(stream_block), _stored(goals_raw)
    before = {key: {values["id"]: values for values in current[key]} for key in stored}
    items = {key: {} for key in stored}  # uploaded id -> the new raw item
    built = {key: [] for key in stored}
    for sheet in SHEETS:
        empty_new = {column.key: None for column in sheet.columns}
        for row in rows[sheet.key]:
            identifier = row.values.get("id")
            if identifier:
                item = copy.deepcopy(stored[sheet.key][identifier])
                old = before[sheet.key][identifier]
            else:
                item_type = "goal" if sheet.key == "goals" else "item"
                item = {"type": item_type, "id": str(uuid.uuid4())}
                item["value"] = _default(blocks[sheet.key])
                old = empty_new
            _write(sheet.key, item["value"], old, row.values, today)
            if sheet.key == "goals":
                item["value"]["measures"], item["value"]["indicators"] = [], []
            if sheet.key == "indicators":
                item["value"]["observations"] = []
            if identifier:
                items[sheet.key][identifier] = item
            if sheet.reference:
                parent = items[sheet.reference.parent][row.values[sheet.reference.key]]
                parent["value"][sheet.key].append(item)
            else:
                built[sheet.key].append(item)
    return built["goals"]
