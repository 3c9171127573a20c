"""URL patterns of the page services (inside the language prefix) and of `/@types`."""

from django.urls import path, re_path

from .preview import page_preview
from .services import page_service, type_detail, types_index

# The same page paths as Wagtail's own route, followed by `@service`; listed before Wagtail's
# catch-all so that they win.
page_service_urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)@(?P<service>[\w\-]+)/?$",
        page_service,
        name="headless_page_service",
    ),
]

type_urlpatterns = [
    path("@types", types_index, name="headless_types"),
    path("@types/<str:type_name>", type_detail, name="headless_type"),
]

preview_urlpatterns = [
    path("api/v2/page_preview/", page_preview, name="headless_page_preview"),
]
