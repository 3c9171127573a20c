"""Editors upload only safe documents and real images, and documents are always downloaded."""

import io
import os
import zipfile

import pytest
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .isolation import png_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, organisations):
    client.force_login(organisations["own"]["editor"])
    return client


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes():
    return zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first and uncompressed, as OpenDocument requires
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def add_document(client, name, content):
    return client.post(
        "/admin/documents/multiple/add/",
        {"files[]": upload(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_ACCEPT_LANGUAGE="en",
    ).json()


def add_image(client, name, content):
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_ACCEPT_LANGUAGE="en",
    ).json()


@pytest.mark.parametrize(
    "name, content",
    [
        ("ohjelma.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
        ("ohjelma.docx", docx_bytes()),
        ("ohjelma.odt", odt_bytes()),
        ("tulokset.csv", "kunta;osallistujia\nEsimerkkilä;42\n".encode()),
        ("muistio.txt", b"Kokousmuistio\n"),
    ],
)
def test_safe_documents_are_accepted_into_the_editors_own_collection(
    editor_client,
    organisations,
    name,
    content,
):
    result = add_document(editor_client, name, content)
    assert result["success"], result
    document = get_document_model().objects.get(pk=result["doc_id"])
    assert document.collection == organisations["own"]["access"].collection


@pytest.mark.parametrize("name", ["ohjelma.exe", "sivu.html", "kuva.svg", "makro.docm", "ohjelma"])
def test_unsafe_types_are_refused_with_a_clear_message(editor_client, name):
    result = add_document(editor_client, name, b"MZ\x90\x00 whatever")
    assert not result["success"]
    assert "is not allowed" in result["error_message"]
    assert "pdf" in result["error_message"]  # names the allowed types


@pytest.mark.parametrize(
    "name, content",
    [
        ("ohjelma.pdf", b"<!doctype html><script>alert(1)</script>"),
        ("ohjelma.docx", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("ohjelma.odt", docx_bytes()),
        ("tulokset.csv", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"),
        ("muistio.txt", b"<html><body onload=alert(1)></body></html>"),
    ],
)
def test_a_disguised_file_is_refused_by_its_content(editor_client, name, content):
    result = add_document(editor_client, name, content)
    assert not result["success"]
    assert "not a valid" in result["error_message"]
    assert not get_document_model().objects.filter(title__startswith=name.split(".")[0]).exists()


@override_settings(OSALLISUUS_DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_an_oversized_document_is_refused(editor_client):
    result = add_document(editor_client, "iso.txt", b"a" * 2048)
    assert not result["success"]
    assert "at most 1.0" in result["error_message"]


def test_the_single_upload_form_shows_the_same_message(editor_client):
    response = editor_client.post(
        "/admin/documents/add/",
        {"title": "Naamioitu", "file": upload("naamioitu.pdf", b"<html></html>")},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "not a valid .pdf document" in response.content.decode()


def test_documents_are_served_as_downloads_never_rendered(client, organisations, media_root):
    for name, content in (("sivu.pdf", b"%PDF-1.4 <html>"), ("muistio.txt", b"<b>hei</b>")):
        document = get_document_model().objects.create(
            title=name,
            file=upload(name, content),
            collection=organisations["own"]["access"].collection,
        )
        response = client.get(document.url)
        assert response.status_code == 200, (document.url, document.file.name, document.filename)
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_real_image_is_accepted(editor_client, organisations):
    result = add_image(editor_client, "kuva.png", png_bytes())
    assert result["success"], result
    image = get_image_model().objects.get(pk=result["image_id"])
    assert image.collection == organisations["own"]["access"].collection


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("kuva.png", b"<html><script>alert(1)</script></html>", "Not a "),
        ("kuva.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "Upload a valid image"),
        ("kuva.jpg", png_bytes(), "The extension does not match the file format"),
        ("kuva.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "Not a supported image"),
        ("kuva.exe", png_bytes(), "Not a supported image format"),
    ],
)
def test_images_are_judged_by_content_not_name(editor_client, name, content, message):
    result = add_image(editor_client, name, content)
    assert not result["success"]
    assert message in result["error_message"]


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=500)
def test_an_oversized_image_is_refused(editor_client):
    noise = PILImage.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    result = add_image(editor_client, "iso.png", buffer.getvalue())
    assert not result["success"]
    assert "This file is too big" in result["error_message"]


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=10_000)
def test_an_image_with_too_many_pixels_is_refused(editor_client):
    result = add_image(editor_client, "leveä.png", png_bytes(size=(200, 200)))
    assert not result["success"]
    assert "too many pixels" in result["error_message"]
