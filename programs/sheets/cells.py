"""One cell: from a value to what the sheet shows, and from what an editor typed back to a value.

Dates typed as text are read in the formats the admin's forms read in that language (Django's
format modules: d.m.yyyy in Finnish and Swedish) and always as ISO dates. Numbers take a decimal
comma where the language writes one, and always a decimal point; thousands separators are not
guessed, so `1,234` in English is an error rather than a different number.
"""

import datetime
import re

from django.utils import timezone, translation
from django.utils.formats import get_format
from django.utils.translation import gettext as _

from ..exports import FORMULA_PREFIXES, neutralise
from .columns import CHOICE, CHOICES, DATE, DECIMAL, ID, INTEGER, REF, TEXT, in_every_language
from .columns import normalise_name as normalise

CHOICES_SEPARATOR = "; "
EARLIEST_DATE = datetime.date(1990, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)
ISO_DATE_FORMAT = "%Y-%m-%d"
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
SPACES = re.compile(r"[\s\u00a0\u202f]")


class CellError(ValueError):
    """What is wrong with a cell, in the admin's language."""


def uses_comma(language):
    with translation.override(language):
        return get_format("DECIMAL_SEPARATOR") == ","


def _date_from_text(text, language):
    with translation.override(language):
        input_formats = [*get_format("DATE_INPUT_FORMATS"), ISO_DATE_FORMAT]
    for input_format in input_formats:
        try:
            return datetime.datetime.strptime(text, input_format).date()
        except ValueError:
            continue
    return None


def dotted_dates(language):
    """True where the admin's forms show dates as d.m.yyyy (Finnish and Swedish)."""
    with translation.override(language):
        return get_format("DATE_INPUT_FORMATS")[0] == "%d.%m.%Y"


def format_date(value, language):
    return (
        f"{value.day}.{value.month}.{value.year}" if dotted_dates(language) else value.isoformat()
    )


def format_decimal(value, language):
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",") if uses_comma(language) else text


def choice_label(choices, key):
    try:
        return str(choices(key).label)
    except ValueError:
        return key  # a value the vocabulary no longer knows is shown as stored


# From values to cells


def export_value(column, value):
    """What an XLSX cell holds: numbers and dates stay numbers and dates, choices show labels."""
    if value in (None, "", []):
        return None
    if column.kind == CHOICE:
        return choice_label(column.choices, value)
    if column.kind == CHOICES:
        return CHOICES_SEPARATOR.join(choice_label(column.choices, key) for key in value)
    if isinstance(value, str):
        return neutralise(value)
    return value


def csv_text(value, language):
    """What a CSV cell holds: the export value written as the admin's spreadsheet expects it."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return format_date(value, language)
    if isinstance(value, float):
        return format_decimal(value, language)
    return str(value)


# From cells to values


def _plain_text(raw, language):
    """Any cell as text: spreadsheets turn '2025' into a number and '1.2.' into a date."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, datetime.datetime):
        raw = raw.date()
    if isinstance(raw, datetime.date):
        return format_date(raw, language)
    if isinstance(raw, float):
        return format_decimal(raw, language)
    text = str(raw).strip()
    # Undo the export's protection of formula-like texts ('=x becomes =x again).
    if text.startswith("'") and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def _choice(column, text):
    wanted = normalise(text)
    for key, label in column.choices.choices:
        if wanted == normalise(key) or wanted in {normalise(n) for n in in_every_language(label)}:
            return key
    raise CellError(
        _("“%(value)s” is not one of: %(choices)s.")
        % {
            "value": text,
            "choices": ", ".join(str(label) for _key, label in column.choices.choices),
        }
    )


def _choices(column, text):
    keys = []
    for part in text.split(";"):
        if part.strip():
            key = _choice(column, part.strip())
            if key not in keys:
                keys.append(key)
    return keys


def _number(raw, language):
    if isinstance(raw, bool):
        raise CellError(_("“%(value)s” is not a number.") % {"value": raw})
    if isinstance(raw, int | float):
        return float(raw)
    text = SPACES.sub("", _plain_text(raw, language))
    if uses_comma(language) and "," in text and "." not in text:
        text = text.replace(",", ".")
    if not NUMBER.match(text):
        example = format_decimal(12.5, language)
        raise CellError(
            _("“%(value)s” is not a number. Write it like %(example)s.")
            % {"value": _plain_text(raw, language), "example": example}
        )
    return float(text)


def _integer(column, raw, language):
    number = _number(raw, language)
    if not number.is_integer():
        raise CellError(
            _("“%(value)s” is not a whole number.") % {"value": _plain_text(raw, language)}
        )
    if not column.minimum <= number <= column.maximum:
        raise CellError(
            _("%(value)s is not between %(minimum)s and %(maximum)s.")
            % {"value": int(number), "minimum": column.minimum, "maximum": column.maximum}
        )
    return int(number)


def _date(column, raw, language):
    if isinstance(raw, datetime.datetime):
        value = raw.date()
    elif isinstance(raw, datetime.date):
        value = raw
    else:
        text = _plain_text(raw, language)
        value = _date_from_text(text, language)
        if value is None:
            example = format_date(datetime.date(2026, 3, 31), language)
            raise CellError(
                _("“%(value)s” is not a date. Write it like %(example)s.")
                % {"value": text, "example": example}
            )
    latest = timezone.localdate() if column.until_today else LATEST_DATE
    if not EARLIEST_DATE <= value <= latest:
        raise CellError(
            _("%(date)s is not plausible: use a date from %(earliest)s to %(latest)s.")
            % {
                "date": format_date(value, language),
                "earliest": format_date(EARLIEST_DATE, language),
                "latest": format_date(latest, language),
            }
        )
    return value


def _empty(raw):
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse(column, raw, language):
    """The value of a cell for `column`, or CellError saying what is wrong with it."""
    if _empty(raw):
        if column.required:
            raise CellError(_("This cell may not be empty."))
        return {TEXT: "", ID: "", CHOICE: "", CHOICES: []}.get(column.kind)
    if column.kind in (TEXT, ID, REF):
        return _plain_text(raw, language)
    if column.kind == CHOICE:
        return _choice(column, _plain_text(raw, language))
    if column.kind == CHOICES:
        return _choices(column, _plain_text(raw, language))
    if column.kind == INTEGER:
        return _integer(column, raw, language)
    if column.kind == DECIMAL:
        return _number(raw, language)
    if column.kind == DATE:
        return _date(column, raw, language)
    raise ValueError(column.kind)


def display(column, value, language):
    """A value as the preview shows it: as a CSV cell would hold it, texts as they are."""
    if column.kind == TEXT:
        return value or "–"
    return csv_text(export_value(column, value), language) or "–"
