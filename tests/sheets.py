"""Helpers for the spreadsheet round-trip tests: download, edit like an editor, upload, confirm."""

import io
import re
from html import unescape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from .test_uploads import zip_bytes  # noqa: F401 - shared with the spreadsheet tests


def speak(user, language):
    """The admin's language is the user's preferred language."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def download(client, page, **query):
    response = client.get(
        reverse("programme_sheet_download", args=[page.pk]), {"format": "xlsx", **query}
    )
    assert response.status_code == 200, response.content[:300]
    return response.content


def workbook(content):
    return load_workbook(io.BytesIO(content))


def saved(book):
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client, page, content, name="ohjelma.xlsx", sheet=""):
    return client.post(
        reverse("programme_sheets", args=[page.pk]),
        {"file": SimpleUploadedFile(name, content), "sheet": sheet},
    )


def confirm(client, page, preview):
    return client.post(
        reverse("programme_sheet_confirm", args=[page.pk]), {"plan": preview.context["plan"]}
    )


def column_of(worksheet, header):
    """The column letter of a header, as an editor finds it."""
    return next(cell.column_letter for cell in worksheet[1] if cell.value == header)


def row_of(worksheet, identifier):
    return next(cell.row for cell in worksheet["A"] if cell.value == identifier)


def problems(response):
    """The problems as the page lists them, in the admin's language."""
    html = response.content.decode()
    if 'class="sheet-problems"' not in html:
        return []
    listing = html.split('class="sheet-problems"', 1)[1].split("</ul>", 1)[0]
    return [unescape(item) for item in re.findall(r"<li>(.*?)</li>", listing, re.S)]


def messages(response):
    """Everything the page says is wrong with an upload: the refusal, problems, form errors."""
    said = problems(response)
    if response.context.get("refused"):
        said.append(str(response.context["refused"]))
    form = response.context.get("form")
    if form is not None:
        said.extend(str(error) for errors in form.errors.values() for error in errors)
    return said
