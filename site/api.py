"""The public API router: Wagtail API v2, the endpoints each app contributes, OpenAPI (with the
Plone services) and open data."""

from django.urls import path, re_path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from examples_library.api import ExamplesAPIViewSet
from programs.api import (
    DomainsAPIViewSet,
    IndicatorsAPIViewSet,
    MeasuresAPIViewSet,
    OrganisationsAPIViewSet,
    ProgrammesAPIViewSet,
)
from programs.api_base import HardenedAPIMixin, api_not_found
from programs.exports import export_view
from programs.openapi import openapi_view

from .headless.openapi import plone_paths


class PublicPagesAPIViewSet(HardenedAPIMixin, PagesAPIViewSet):
    def get_queryset(self):
        # meta.locale of every item: one join, not one query per page (tests/test_query_budgets).
        return super().get_queryset().select_related("locale")


class PublicImagesAPIViewSet(HardenedAPIMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(HardenedAPIMixin, DocumentsAPIViewSet):
    pass


class SiteAPIRouter(WagtailAPIRouter):
    """Wagtail's router plus the OpenAPI document, the open-data exports and JSON 404s."""

    def get_urlpatterns(self):
        extra = [
            path("openapi.json", openapi_view(self, extra_paths=plone_paths), name="openapi"),
            path("export/<str:dataset>.<str:extension>", export_view, name="export"),
        ]
        return extra + super().get_urlpatterns() + [re_path(r"", api_not_found)]


api_router = SiteAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("programmes", ProgrammesAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
api_router.register_endpoint("domains", DomainsAPIViewSet)
api_router.register_endpoint("examples", ExamplesAPIViewSet)
api_router.register_endpoint("measures", MeasuresAPIViewSet)
api_router.register_endpoint("indicators", IndicatorsAPIViewSet)
