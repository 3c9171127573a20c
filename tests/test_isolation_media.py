"""An organisation's editors see and choose only their own collection's images and documents."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def aino(client, organisations):
    client.force_login(organisations["own"]["editor"])
    return client


def refused(response):
    """Wagtail answers a forbidden admin URL with 403, 404 or a redirect elsewhere (a 404 outside
    the language prefixes becomes a redirect to the same path under /fi/, which is a 404 too)."""
    path = response.request["PATH_INFO"]
    return response.status_code in (403, 404, 405) or (
        response.status_code == 302 and not response["Location"].startswith(path)
    )


@pytest.mark.parametrize(
    "kind, listing, chooser, search",
    [
        ("image", "/admin/images/", "/admin/images/chooser/", "/admin/images/chooser/results/"),
        (
            "document",
            "/admin/documents/",
            "/admin/documents/chooser/",
            "/admin/documents/chooser/results/",
        ),
    ],
)
def test_listing_chooser_and_search_show_only_the_own_collection(
    aino, organisations, kind, listing, chooser, search
):
    own, other = organisations["own"][kind], organisations["other"][kind]
    for url in (listing, chooser, f"{search}?q={other.title.split(':')[0]}", f"{listing}?q=a"):
        response = aino.get(url)
        assert response.status_code == 200, url
        text = (
            response.content.decode()
            if "json" not in response["Content-Type"]
            else str(response.json())
        )
        assert other.title not in text, url
    assert own.title in aino.get(listing).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/{image}/",
        "/admin/images/{image}/delete/",
        "/admin/images/{image}/generate_url/",
        "/admin/documents/edit/{document}/",
        "/admin/documents/delete/{document}/",
    ],
)
def test_another_organisations_media_is_refused_by_direct_url(aino, organisations, url):
    other = organisations["other"]
    path = url.format(image=other["image"].pk, document=other["document"].pk)
    assert refused(aino.get(path)), path
    assert refused(aino.post(path, {"title": "Kaapattu"})), path
    other["image"].refresh_from_db()
    other["document"].refresh_from_db()
    assert "Kaapattu" not in (other["image"].title, other["document"].title)


def test_own_media_is_editable_by_direct_url(aino, organisations):
    own = organisations["own"]
    assert aino.get(f"/admin/images/{own['image'].pk}/").status_code == 200
    assert aino.get(f"/admin/documents/edit/{own['document'].pk}/").status_code == 200


def test_upload_lands_in_the_own_collection_and_cannot_target_another(aino, organisations):
    from .isolation import png_bytes, upload

    other_collection = organisations["other"]["access"].collection
    response = aino.post(
        "/admin/images/add/",
        {
            "title": "Ujutettu",
            "file": upload("ujutettu.png", png_bytes()),
            "collection": other_collection.pk,
        },
    )
    assert response.status_code in (200, 302)
    from wagtail.images import get_image_model

    uploaded = get_image_model().objects.filter(title="Ujutettu").first()
    assert uploaded is None or uploaded.collection == organisations["own"]["access"].collection


def test_the_other_organisation_is_isolated_the_same_way(client, organisations):
    client.force_login(organisations["other"]["editor"])
    text = client.get("/admin/images/").content.decode()
    assert organisations["other"]["image"].title in text
    assert organisations["own"]["image"].title not in text
