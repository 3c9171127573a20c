"""Every response tells the browser to run only our own code and never to frame the site."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@pytest.mark.parametrize("path", ["/fi/", "/sv/", "/en/", "/fi/no-such-page/"])
def test_public_pages_forbid_inline_and_foreign_scripts(client, demo, path):
    response = client.get(path)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_pages_contain_no_inline_scripts_or_event_handlers(client, demo):
    import re

    for path in ("/fi/", "/sv/", "/en/"):
        html = client.get(path).content.decode()
        inline_scripts = re.findall(
            r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)", html
        )
        assert not inline_scripts, path
        assert not re.search(r"\son[a-z]+\s*=", html), path


def test_cached_pages_keep_their_policy(client, demo, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get("/fi/")
    again = client.get("/fi/")
    assert directives(again)["script-src"] == ["'self'"]


def test_admin_relaxes_the_policy_only_for_itself_and_still_works(client, demo):
    superuser = get_user_model().objects.create_superuser(
        "paakayttaja", "admin@example.fi", "correct horse battery staple"
    )
    client.force_login(superuser)
    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/documents/"):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = directives(response)
        assert "'unsafe-inline'" in policy["script-src"], path
        assert policy["frame-ancestors"] == ["'self'"], path
    public = directives(client.get("/fi/"))
    assert public["script-src"] == ["'self'"]


def test_login_page_is_served_under_the_admin_policy(client, demo):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
