"""The four sheets and their columns. Keys never change; labels follow the admin's language.

Ids are the StreamField block ids, so a row stays tied to its block (and to the block's
translations) however the sheet is sorted or edited. A reference column ties a measure or an
indicator to its goal, an observation to its indicator; a context column repeats the parent's
name for the reader and is not read back.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..choices import KnownIndicator, MeasureStatus, TargetGroup

ID, REF, CONTEXT = "id", "ref", "context"
TEXT, CHOICE, CHOICES, INTEGER, DECIMAL, DATE = (
    "text",
    "choice",
    "choices",
    "integer",
    "decimal",
    "date",
)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str
    required: bool = False
    choices: type | None = None
    parent: str = ""  # the sheet a reference column points into
    minimum: int | None = None
    maximum: int | None = None
    until_today: bool = False  # a date that cannot lie in the future (an observation)

    @property
    def is_read(self):
        return self.kind != CONTEXT


@dataclass(frozen=True)
class Sheet:
    key: str
    label: str
    columns: tuple

    def column(self, key):
        return next(column for column in self.columns if column.key == key)

    @property
    def reference(self):
        """The column that ties a row to its parent row, if any."""
        return next((column for column in self.columns if column.kind == REF), None)


def _id():
    return Column("id", _("Id"), ID)


def _goal():
    """The goal a measure or an indicator belongs to, and its title for the reader."""
    return (
        Column("goal_id", _("Goal id"), REF, required=True, parent="goals"),
        Column("goal", _("Goal (for information)"), CONTEXT),
    )


GOALS = Sheet(
    "goals",
    _("Goals"),
    (
        _id(),
        Column("title", _("Goal"), TEXT, required=True),
        Column("description", _("Target result"), TEXT),
    ),
)
MEASURES = Sheet(
    "measures",
    _("Measures"),
    (
        _id(),
        *_goal(),
        Column("title", _("Measure"), TEXT, required=True),
        Column("description", _("Description"), TEXT),
        Column("responsible", _("Responsible"), TEXT),
        Column("target_groups", _("Target groups"), CHOICES, choices=TargetGroup),
        Column("resources", _("Resources"), TEXT),
        Column("schedule", _("Schedule"), TEXT),
        Column("due_date", _("Due date"), DATE),
        Column("status", _("Status"), CHOICE, required=True, choices=MeasureStatus),
        Column("progress", _("Progress (%)"), INTEGER, required=True, minimum=0, maximum=100),
        Column("note", _("Note of the latest update"), TEXT),
    ),
)
INDICATORS = Sheet(
    "indicators",
    _("Indicators"),
    (
        _id(),
        *_goal(),
        Column("name", _("Indicator"), TEXT, required=True),
        Column("known_indicator", _("Known indicator"), CHOICE, choices=KnownIndicator),
        Column("unit", _("Unit"), TEXT),
        Column("baseline", _("Baseline"), DECIMAL),
        Column("target", _("Target"), DECIMAL),
    ),
)
OBSERVATIONS = Sheet(
    "observations",
    _("Observations"),
    (
        _id(),
        Column("indicator_id", _("Indicator id"), REF, required=True, parent="indicators"),
        Column("indicator", _("Indicator (for information)"), CONTEXT),
        Column("date", _("Date"), DATE, required=True, until_today=True),
        Column("value", _("Value"), DECIMAL, required=True),
    ),
)

SHEETS = (GOALS, MEASURES, INDICATORS, OBSERVATIONS)
SHEETS_BY_KEY = {sheet.key: sheet for sheet in SHEETS}


def in_every_language(label):
    """A lazy label in each admin language, for recognising headers written in any of them."""
    names = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(str(label))
    return names


def normalise_name(text):
    return " ".join(str(text).split()).casefold()


def names_of(item):
    """Everything a sheet or a column may be called: its key and its label in every language."""
    return {normalise_name(item.key)} | {
        normalise_name(name) for name in in_every_language(item.label)
    }


def sheet_named(name):
    wanted = normalise_name(name)
    return next((sheet for sheet in SHEETS if wanted in names_of(sheet)), None)
