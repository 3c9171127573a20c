"""Uploaded documents must be what their name says, so a renamed HTML page or program is refused.

Wagtail already checks the extension against WAGTAILDOCS_EXTENSIONS and serves documents as
downloads; this form adds a look at the first bytes and a size limit. Images need nothing extra:
Wagtail's image field decides the format from the content (Willow) and enforces
WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILIMAGES_MAX_IMAGE_PIXELS.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

SNIFF_BYTES = 64 * 1024
OPEN_DOCUMENT_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
OFFICE_OPEN_XML_PARTS = {"docx": "word/", "xlsx": "xl/"}


def _is_pdf(upload, head):
    return head.startswith(b"%PDF-")


def _is_text(upload, head):
    # CSV and plain text from any editor or spreadsheet: no NUL bytes and no HTML document.
    return b"\x00" not in head and not head.lstrip().lower().startswith((b"<!doctype", b"<html"))


def _zip_names(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()
    except zipfile.BadZipFile:
        return []
    finally:
        upload.seek(0)


def _is_office_open_xml(upload, head, extension):
    names = _zip_names(upload)
    if "[Content_Types].xml" not in names:
        return False
    return any(name.startswith(OFFICE_OPEN_XML_PARTS[extension]) for name in names)


def _is_open_document(upload, head, extension):
    # The OpenDocument format stores its type uncompressed as the first entry, at a fixed offset.
    return (
        head.startswith(b"PK\x03\x04")
        and head[30:38] == b"mimetype"
        and head[38 : 38 + len(OPEN_DOCUMENT_MIMETYPES[extension])]
        == OPEN_DOCUMENT_MIMETYPES[extension]
    )


def content_matches_extension(upload, extension):
    """True when the file's first bytes fit the format its extension names."""
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if extension == "pdf":
        return _is_pdf(upload, head)
    if extension in ("csv", "txt"):
        return _is_text(upload, head)
    if extension in OFFICE_OPEN_XML_PARTS:
        return _is_office_open_xml(upload, head, extension)
    if extension in OPEN_DOCUMENT_MIMETYPES:
        return _is_open_document(upload, head, extension)
    return False


class SafeDocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: the admin's document form, with a look inside the file."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload
        limit = settings.OSALLISUUS_DOCUMENT_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise ValidationError(
                _("This file is %(size)s; documents may be at most %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if extension in settings.WAGTAILDOCS_EXTENSIONS and not content_matches_extension(
            upload, extension
        ):
            raise ValidationError(
                _(
                    "The contents of this file are not a valid .%(extension)s document. "
                    "Save it again in that format, or upload it with its right extension."
                ),
                code="content_does_not_match_extension",
                params={"extension": extension},
            )
        return upload
