"""Two organisations, an editor for each, and media in each organisation's own collection."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from programs.access import access_for_slug

PASSWORD = "correct horse battery staple"
OWN, OTHER = "esimerkkila", "harjuseutu"


def png_bytes(size=(8, 8), color="teal", image_format="PNG"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, image_format)
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def make_editor(username, slug):
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    call_command("grant_organisation_editor", username, slug, stdout=io.StringIO())
    return user


@pytest.fixture
def media_root(settings, tmp_path):
    """Files on disk, as in production (the test settings keep uploads in memory, which Wagtail's
    document view cannot send)."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path


@pytest.fixture
def organisations(demo):
    """Aino edits Esimerkkilä, Harri edits Harjuseutu; each has an image and a document."""
    own, other = access_for_slug(OWN), access_for_slug(OTHER)
    media = {}
    for key, access in (("own", own), ("other", other)):
        label = access.collection.name
        media[key] = {
            "access": access,
            "image": get_image_model().objects.create(
                title=f"Kuva: {label}",
                file=upload(f"{key}.png", png_bytes()),
                collection=access.collection,
            ),
            "document": get_document_model().objects.create(
                title=f"Asiakirja: {label}",
                file=upload(f"{key}.txt", f"{label}\n".encode()),
                collection=access.collection,
            ),
        }
    media["own"]["editor"] = make_editor("aino", OWN)
    media["other"]["editor"] = make_editor("harri", OTHER)
    return media
