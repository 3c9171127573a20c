"""The workbook as a CSV file that opens cleanly in Excel and cannot smuggle in formulas."""

import csv

from django.http import HttpResponse

from .summary import response_rows

CSV_HEADER = ["domain", "question", "answer", "notes"]
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell):
    return f"'{cell}" if cell.startswith(FORMULA_TRIGGERS) else cell


def csv_rows(domains, submission):
    yield CSV_HEADER
    for domain in domains:
        for row in response_rows(domain, submission):
            yield [
                neutralise_formula(str(value))
                for value in (domain.name, row.question.text, row.answer_label, row.notes)
            ]


def csv_response(domains, submission, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    # The byte-order mark makes Excel read the file as UTF-8, so ä and ö survive.
    response.write("\ufeff")
    csv.writer(response).writerows(csv_rows(domains, submission))
    return response
