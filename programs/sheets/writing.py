"""The rows as an XLSX workbook (one sheet each) or as CSV (one file per sheet, zipped together).

Headers and choice labels are in the admin's language; texts that a spreadsheet would run as a
formula are neutralised as in the open-data exports (`programs.exports.neutralise`).
"""

import csv
import datetime
import io
import zipfile

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .cells import csv_text, dotted_dates, export_value, uses_comma
from .columns import CHOICE, DATE, SHEETS, TEXT

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE_PROPERTY, REVISION_PROPERTY = "osallisuus_page", "osallisuus_revision"
WIDE_COLUMN, NARROW_COLUMN = 40, 16


def csv_delimiter(language):
    # A spreadsheet that writes decimal commas separates CSV fields with semicolons.
    return ";" if uses_comma(language) else ","


def _row_values(sheet, row):
    return [export_value(column, row.get(column.key)) for column in sheet.columns]


def workbook_bytes(rows, language, page_id, revision_id):
    """An XLSX workbook of the rows. The page and revision it came from travel as document
    properties, so an upload can tell a file of another programme or an older version."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    date_format = "d.m.yyyy" if dotted_dates(language) else "yyyy-mm-dd"
    for sheet in SHEETS:
        worksheet = workbook.create_sheet(str(sheet.label))
        worksheet.append([str(column.label) for column in sheet.columns])
        for cell in worksheet[1]:
            cell.font = Font(bold=True)
        worksheet.freeze_panes = "A2"
        for row in rows[sheet.key]:
            worksheet.append(_row_values(sheet, row))
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            worksheet.column_dimensions[letter].width = (
                WIDE_COLUMN if column.kind == TEXT else NARROW_COLUMN
            )
            if column.kind == DATE:
                for (cell,) in worksheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = date_format
            if column.kind == CHOICE:
                _choice_list(worksheet, column, letter)
    workbook.custom_doc_props.append(StringProperty(name=PAGE_PROPERTY, value=str(page_id)))
    workbook.custom_doc_props.append(
        StringProperty(name=REVISION_PROPERTY, value=str(revision_id or ""))
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _choice_list(worksheet, column, letter):
    """A drop-down of the choice labels (a hint: an upload checks the values itself)."""
    labels = ",".join(str(label).replace(",", " ") for _key, label in column.choices.choices)
    validation = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
    validation.add(f"{letter}2:{letter}1048576")
    worksheet.add_data_validation(validation)


def sheet_csv(sheet, rows, language):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(language), lineterminator="\r\n")
    writer.writerow([str(column.label) for column in sheet.columns])
    for row in rows[sheet.key]:
        writer.writerow([csv_text(value, language) for value in _row_values(sheet, row)])
    # The byte-order mark tells Excel the file is UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_file_name(sheet):
    return f"{sheet.label}.csv"


def csv_zip_bytes(rows, language):
    buffer = io.BytesIO()
    stamp = datetime.datetime.now().timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for sheet in SHEETS:
            info = zipfile.ZipInfo(csv_file_name(sheet), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, sheet_csv(sheet, rows, language))
    return buffer.getvalue()
