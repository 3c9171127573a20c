"""API v2 endpoints of the programme domain: programmes, organisations, domains."""

from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from .api_filters import FilterSetBackend, filter_parameters
from .filters import ProgrammeFilterSet
from .models import OrganisationPage, ParticipationDomain, ProgramPage


class SpecificPagesAPIViewSet(PagesAPIViewSet):
    """Live, public pages of one model, filtered with a django-filter FilterSet."""

    filterset_class = None
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter, FilterSetBackend]

    def get_queryset(self):
        visible = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=visible).select_related("locale").order_by("pk")

    @classmethod
    def get_known_parameters(cls):
        return PagesAPIViewSet.known_query_parameters | filter_parameters(cls.filterset_class)


class ProgrammesAPIViewSet(SpecificPagesAPIViewSet):
    name = "programmes"
    model = ProgramPage
    filterset_class = ProgrammeFilterSet
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "organisation",
        "status",
        "period_start",
        "period_end",
        "plain_language_summary",
    ]

    def get_queryset(self):
        return super().get_queryset().select_related("organisation")


ProgrammesAPIViewSet.known_query_parameters = ProgrammesAPIViewSet.get_known_parameters()


class OrganisationsAPIViewSet(SpecificPagesAPIViewSet):
    name = "organisations"
    model = OrganisationPage
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "organisation_type",
        "region",
    ]


class SnippetLocaleFilter(LocaleFilter):
    """`?locale=` for translatable snippets."""


class DomainsAPIViewSet(BaseAPIViewSet):
    name = "domains"
    model = ParticipationDomain
    filter_backends = [FieldsFilter, OrderingFilter, SnippetLocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters | {"locale"}
    body_fields = BaseAPIViewSet.body_fields + ["key", "name", "description", "locale", "questions"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "key",
        "name",
        "description",
        "locale",
        "questions",
    ]

    def get_queryset(self):
        return ParticipationDomain.objects.select_related("locale").order_by("sort_order", "pk")
