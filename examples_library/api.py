from wagtail.api.v2.views import PagesAPIViewSet

from programs.api import SpecificPagesAPIViewSet

from .filters import ExampleAPIFilterSet
from .models import ExampleProgramPage


class ExamplesAPIViewSet(SpecificPagesAPIViewSet):
    name = "examples"
    model = ExampleProgramPage
    filterset_class = ExampleAPIFilterSet
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "organisation_name",
        "organisation_type",
        "region",
        "period_start",
        "period_end",
        "theme_keys",
    ]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("themes")
