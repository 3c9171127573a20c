"""The plugin's URLs: include them once, before Wagtail's own, with
`path("", include("osallisuus_site.headless.urls"))`."""

from django.apps import apps
from django.urls import path, re_path

from .addressing import SITE_ROOT_PATH
from .services import page_service, site_root

urlpatterns = [
    path(SITE_ROOT_PATH.lstrip("/"), site_root, name="headless_site_root"),
    # A site path (language prefix included), `@service`, and for `@types` a type name.
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)@(?P<service>[\w\-]+)(?:/(?P<detail>[\w.\-]+))?/?$",
        page_service,
        name="headless_page_service",
    ),
]

if apps.is_installed("wagtail_headless_preview"):  # drafts in a decoupled front end, if wanted
    from .preview import page_preview

    urlpatterns.insert(0, path("api/v2/page_preview/", page_preview, name="headless_page_preview"))
