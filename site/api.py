"""The public API router: Wagtail API v2 plus the endpoints each app contributes."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

# The endpoints each app contributes; imported here so that no app depends on the site.
from examples_library.api import ExamplesAPIViewSet  # noqa: E402
from programs.api import DomainsAPIViewSet, OrganisationsAPIViewSet, ProgrammesAPIViewSet  # noqa: E402

api_router.register_endpoint("programmes", ProgrammesAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
api_router.register_endpoint("domains", DomainsAPIViewSet)
api_router.register_endpoint("examples", ExamplesAPIViewSet)
