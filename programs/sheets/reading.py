"""An uploaded file as tables of raw cells: XLSX, one CSV file, or a zip of CSV files.

Everything that makes a file unusable as a whole is refused here, before a cell is read: not a
spreadsheet, too big (also once unzipped), macros, too many rows. Formulas are reported per cell,
so an editor can find them.
"""

import csv
import io
import os
import zipfile
from dataclasses import dataclass, field

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from .columns import sheet_named
from .problems import Problem, UploadRefused
from .writing import PAGE_PROPERTY, REVISION_PROPERTY

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 50
MACRO_EXTENSIONS = {".xlsm", ".xltm", ".xlam", ".xlsb", ".xls"}
ZIP_MAGIC = b"PK\x03\x04"
ARCHIVER_EXTRAS = ("__MACOSX/", "._")  # what macOS's zip adds beside the files


FORMULA = object()  # stands in for a formula cell, which is reported and never read


@dataclass
class Table:
    """One sheet of the upload: its name in the file, header cells and data rows.

    Cells are (column letter, raw value); rows are (row number as the spreadsheet shows it, cells)."""

    name: str
    header: list
    rows: list = field(default_factory=list)


@dataclass
class Upload:
    tables: dict  # sheet key -> Table
    problems: list
    page_id: str = ""
    revision_id: str = ""


def _refuse_size(size):
    if size > MAX_UPLOAD_BYTES:
        raise UploadRefused(
            _("This file is %(size)s; a spreadsheet may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )


def _not_a_spreadsheet():
    return UploadRefused(
        _(
            "This file is not a spreadsheet we can read. Upload an .xlsx workbook, a .csv file "
            "or a .zip of .csv files downloaded from this page."
        )
    )


def read_upload(upload, single_sheet=None):
    """Tables of the uploaded file. `single_sheet` names the sheet a lone CSV file holds."""
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension in MACRO_EXTENSIONS:
        raise UploadRefused(
            _(
                "%(extension)s files can hold macros or use an old format. Save the workbook as "
                "an .xlsx workbook and upload that."
            )
            % {"extension": extension}
        )
    _refuse_size(upload.size)
    data = upload.read()
    if not data:
        raise UploadRefused(_("The file is empty."))
    if data.startswith(ZIP_MAGIC):
        return _read_zip(data)
    if extension not in ("", ".csv", ".txt"):
        raise _not_a_spreadsheet()
    if single_sheet is None:
        raise UploadRefused(
            _("Choose which sheet this CSV file holds, or upload all sheets as a workbook or zip.")
        )
    text = _decode(data)
    table = _csv_table(name, text)
    return Upload({single_sheet.key: table}, problems=_csv_formulas(table))


def _read_zip(data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise _not_a_spreadsheet() from None
    if sum(member.file_size for member in members) > MAX_UNZIPPED_BYTES:
        raise UploadRefused(
            _("Unpacked, this file would be larger than %(limit)s.")
            % {"limit": filesizeformat(MAX_UNZIPPED_BYTES)}
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" in names:
        return _read_workbook(archive, data, names)
    return _read_csv_zip(archive, members)


def _has_macros(archive, names):
    if any(os.path.basename(name).lower().startswith("vbaproject") for name in names):
        return True
    content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace").lower()
    return "macroenabled" in content_types or "vbaproject" in content_types


def _read_workbook(archive, data, names):
    if "xl/workbook.xml" not in names:
        raise _not_a_spreadsheet()
    if _has_macros(archive, names):
        raise UploadRefused(
            _(
                "This workbook contains macros. Save it as an .xlsx workbook without macros "
                "and upload that."
            )
        )
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except Exception:  # openpyxl raises many kinds of errors on a broken file
        raise _not_a_spreadsheet() from None
    tables, problems = {}, []
    for worksheet in workbook.worksheets:
        sheet = sheet_named(worksheet.title)
        if sheet is None:
            problems.append(
                Problem(
                    worksheet.title,
                    message=_("There is no sheet called “%(name)s” in a programme’s workbook.")
                    % {"name": worksheet.title},
                )
            )
            continue
        if sheet.key in tables:
            problems.append(
                Problem(worksheet.title, message=_("This sheet appears twice in the workbook."))
            )
            continue
        tables[sheet.key] = _worksheet_table(worksheet, problems)
    properties = {prop.name: prop.value for prop in workbook.custom_doc_props}
    return Upload(
        tables,
        problems,
        page_id=str(properties.get(PAGE_PROPERTY, "")),
        revision_id=str(properties.get(REVISION_PROPERTY, "")),
    )


def _too_many_rows(name):
    return UploadRefused(
        _("The sheet “%(sheet)s” has more than %(limit)s rows.")
        % {"sheet": name, "limit": MAX_ROWS}
    )


def _worksheet_table(worksheet, problems):
    if worksheet.max_row > MAX_ROWS + 1:
        raise _too_many_rows(worksheet.title)
    width = min(worksheet.max_column, MAX_COLUMNS)
    table = Table(worksheet.title, header=[])
    for cells in worksheet.iter_rows(max_col=width):
        row = []
        for cell in cells:
            letter = get_column_letter(cell.column)
            if cell.data_type == "f":
                problems.append(_formula(table, cell.row, letter))
                row.append((letter, FORMULA))
                continue
            row.append((letter, cell.value))
        _add_row(table, cells[0].row if cells else 0, row)
    return table


def _add_row(table, number, cells):
    if not table.header:
        table.header = cells
    elif any(value is FORMULA or value not in (None, "") for _letter, value in cells):
        table.rows.append((number, cells))


def _decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in data:
            raise _not_a_spreadsheet() from None
        # Excel's "CSV (semicolon separated)" in Finland and Sweden is Windows-1252.
        return data.decode("cp1252", "replace")


def _csv_table(name, text):
    if "\x00" in text:
        raise _not_a_spreadsheet()
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    table = Table(name, header=[])
    for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if number > MAX_ROWS + 1:
            raise _too_many_rows(name)
        cells = [(get_column_letter(index), value) for index, value in enumerate(values, 1)]
        _add_row(table, number, cells[:MAX_COLUMNS])
    return table


def header_text(table, letter):
    return next((str(value or "") for at, value in table.header if at == letter), "")


def _formula(table, number, letter):
    return Problem(
        table.name,
        number,
        letter,
        _("This cell holds a formula. Replace it with its value."),
        header=header_text(table, letter),
    )


def _csv_formulas(table):
    """A CSV file has no formulas, but a cell that starts with = was meant as one."""
    problems = []
    for index, (number, cells) in enumerate(table.rows):
        for position, (letter, value) in enumerate(cells):
            if isinstance(value, str) and value.startswith("="):
                problems.append(_formula(table, number, letter))
                cells[position] = (letter, FORMULA)
        table.rows[index] = (number, cells)
    return problems


def _read_csv_zip(archive, members):
    tables, problems = {}, []
    for member in members:
        if member.is_dir() or member.filename.startswith(ARCHIVER_EXTRAS):
            continue
        base = os.path.basename(member.filename)
        stem, extension = os.path.splitext(base)
        sheet = sheet_named(stem) if extension.lower() == ".csv" else None
        if sheet is None:
            problems.append(
                Problem(
                    base,
                    message=_(
                        "The zip may hold only the CSV files of the sheets, named as when "
                        "downloaded."
                    ),
                )
            )
            continue
        if sheet.key in tables:
            problems.append(Problem(base, message=_("This sheet appears twice in the zip.")))
            continue
        table = _csv_table(base, _decode(archive.read(member)))
        tables[sheet.key] = table
        problems.extend(_csv_formulas(table))
    if not tables and not problems:
        raise _not_a_spreadsheet()
    return Upload(tables, problems)
