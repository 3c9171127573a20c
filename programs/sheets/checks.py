"""Check an upload sheet by sheet: headers, every cell, ids and the references between sheets."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .cells import CellError, format_date, parse
from .columns import ID, SHEETS, SHEETS_BY_KEY, names_of, normalise_name
from .problems import Problem
from .reading import FORMULA, header_text


@dataclass
class Row:
    """A row of the upload with its typed values; `number` is None for rows not uploaded."""

    sheet: str
    number: int | None
    values: dict


def check_upload(upload, current, language):
    """(rows per sheet, problems). Sheets not in a one-sheet upload keep their current rows."""
    problems = list(upload.problems)
    rows, readable = {}, set()
    for sheet in SHEETS:
        table = upload.tables.get(sheet.key)
        if table is None:
            if len(upload.tables) > 1 or not upload.tables:
                problems.append(
                    Problem(str(sheet.label), message=_("This sheet is missing from the file."))
                )
            rows[sheet.key] = [Row(sheet.key, None, values) for values in current[sheet.key]]
            readable.add(sheet.key)
            continue
        letters, header_problems = _map_header(sheet, table)
        problems.extend(header_problems)
        if header_problems:
            rows[sheet.key] = []
            continue
        rows[sheet.key] = _read_rows(sheet, table, letters, language, problems)
        readable.add(sheet.key)
    for sheet in SHEETS:
        if sheet.key in readable and sheet.key in upload.tables:
            table = upload.tables[sheet.key]
            problems.extend(_id_problems(sheet, table, rows[sheet.key], current))
            if sheet.reference and sheet.reference.parent in readable:
                problems.extend(_reference_problems(sheet, table, rows))
    problems.extend(_observation_date_problems(upload, rows, language))
    _drop_orphans(upload, rows)
    return rows, problems


def _drop_orphans(upload, rows):
    """A sheet that was not uploaded loses the rows whose parent the upload removed."""
    for sheet in SHEETS:
        if sheet.key not in upload.tables and sheet.reference:
            parents = {row.values.get(ID) for row in rows[sheet.reference.parent]}
            rows[sheet.key] = [
                row for row in rows[sheet.key] if row.values[sheet.reference.key] in parents
            ]


def _map_header(sheet, table):
    """{column letter: column} of the header row, or the problems that keep it from being read."""
    problems, letters, seen = [], {}, {}
    for letter, text in table.header:
        if text in (None, ""):
            continue
        name = normalise_name(text)
        column = next((c for c in sheet.columns if name in names_of(c)), None)
        if column is None:
            problems.append(
                Problem(
                    table.name,
                    1,
                    letter,
                    _("“%(header)s” is not a column of this sheet.") % {"header": text},
                )
            )
        elif column.key in seen:
            problems.append(
                Problem(
                    table.name,
                    1,
                    letter,
                    _("The column “%(header)s” is also in column %(other)s.")
                    % {"header": text, "other": seen[column.key]},
                )
            )
        else:
            seen[column.key] = letter
            letters[letter] = column
    for column in sheet.columns:
        if column.is_read and column.key not in seen:
            problems.append(
                Problem(
                    table.name,
                    message=_("The column “%(header)s” is missing.") % {"header": column.label},
                )
            )
    return letters, problems


def _read_rows(sheet, table, letters, language, problems):
    rows = []
    for number, cells in table.rows:
        raw_by_letter = dict(cells)  # a CSV row shorter than the header has empty cells at its end
        values = {}
        for letter, column in letters.items():
            raw = raw_by_letter.get(letter)
            if not column.is_read or raw is FORMULA:
                continue  # a formula was reported when the file was read
            try:
                values[column.key] = parse(column, raw, language)
            except CellError as error:
                problems.append(
                    Problem(table.name, number, letter, str(error), header_text(table, letter))
                )
        rows.append(Row(sheet.key, number, values))
    return rows


def _cell(table, number, key, sheet, message):
    letter = next(
        (
            at
            for at, text in table.header
            if text and normalise_name(text) in names_of(sheet.column(key))
        ),
        "",
    )
    return Problem(table.name, number, letter, message, header_text(table, letter))


def _id_problem(identifier, seen, known):
    if identifier in seen:
        return _("The id “%(id)s” is also on row %(row)s.") % {
            "id": identifier,
            "row": seen[identifier],
        }
    if identifier not in known:
        return _(
            "There is no row with the id “%(id)s” in this programme. Leave the id empty to add "
            "a new row."
        ) % {"id": identifier}
    return None


def _id_problems(sheet, table, rows, current):
    known = {values["id"] for values in current[sheet.key]}
    seen, problems = {}, []
    for row in rows:
        identifier = row.values.get(ID)
        if not identifier:
            continue
        if message := _id_problem(identifier, seen, known):
            problems.append(_cell(table, row.number, ID, sheet, message))
        seen.setdefault(identifier, row.number)
    return problems


def _reference_problems(sheet, table, rows):
    column = sheet.reference
    parent = SHEETS_BY_KEY[column.parent]
    parents = {row.values.get(ID) for row in rows[parent.key]} - {""}
    return [
        _cell(
            table,
            row.number,
            column.key,
            sheet,
            _(
                "There is no row with the id “%(id)s” in the sheet “%(sheet)s”. A new row gets "
                "its id when it is saved: save it first, then download the sheet again."
            )
            % {"id": row.values[column.key], "sheet": parent.label},
        )
        for row in rows[sheet.key]
        if row.values.get(column.key) and row.values[column.key] not in parents
    ]


def _observation_date_problems(upload, rows, language):
    table = upload.tables.get("observations")
    if table is None:
        return []
    seen, problems = {}, []
    for row in rows["observations"]:
        key = (row.values.get("indicator_id"), row.values.get("date"))
        if None in key or "" in key:
            continue
        if key in seen:
            problems.append(
                _cell(
                    table,
                    row.number,
                    "date",
                    SHEETS_BY_KEY["observations"],
                    _("The indicator already has an observation dated %(date)s on row %(row)s.")
                    % {"date": format_date(key[1], language), "row": seen[key]},
                )
            )
        seen.setdefault(key, row.number)
    return problems
