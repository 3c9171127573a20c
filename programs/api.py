"""API v2 endpoints of the programme domain: programmes, organisations, domains, measures, indicators."""

from django.http import Http404
from django.urls import path
from rest_framework.response import Response
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from .annual_report.data import build_report, report_years
from .api_base import COMMON_PARAMETERS, HardenedAPIMixin, parse_id, parse_year
from .api_filters import FilterSetBackend, filter_parameters
from .filters import (
    DomainFilterSet,
    IndicatorFilterSet,
    MeasureFilterSet,
    OrganisationFilterSet,
    ProgrammeFilterSet,
)
from .models import (
    IndicatorRecord,
    MeasureRecord,
    OrganisationPage,
    ParticipationDomain,
    ProgramPage,
)
from .visibility import visible_programmes


class FilterSetViewSetMixin:
    """An endpoint filtered by exactly its FilterSet: the parameters cannot drift from the docs."""

    filterset_class = None

    @classmethod
    def get_known_parameters(cls):
        return COMMON_PARAMETERS | filter_parameters(cls.filterset_class)

    def check_query_parameters(self, queryset):
        self._refuse_unknown(set(self.request.GET) - self.get_known_parameters())


class SpecificPagesAPIViewSet(HardenedAPIMixin, FilterSetViewSetMixin, PagesAPIViewSet):
    """Live, public pages of one model, filtered with a django-filter FilterSet."""

    filter_backends = [OrderingFilter, FilterSetBackend]

    def get_queryset(self):
        visible = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=visible).select_related("locale").order_by("pk")


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

    @classmethod
    def get_urlpatterns(cls):
        return super().get_urlpatterns() + [
            path(
                "<str:pk>/reports/<str:year>/",
                cls.as_view({"get": "annual_report_view"}),
                name="annual_report",
            ),
        ]

    def annual_report_view(self, request, pk, year):
        """The annual follow-up report of a live, public programme for one year, as data."""
        programme = self.get_queryset().filter(pk=parse_id(pk)).first()
        if programme is None:
            raise Http404("not found")
        year = parse_year(year)
        if year not in report_years(programme):
            raise Http404("no report for this year")
        return Response(build_report(programme, year).as_dict())


class OrganisationsAPIViewSet(SpecificPagesAPIViewSet):
    name = "organisations"
    model = OrganisationPage
    filterset_class = OrganisationFilterSet
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "organisation_type",
        "region",
    ]


class DomainsAPIViewSet(HardenedAPIMixin, FilterSetViewSetMixin, BaseAPIViewSet):
    name = "domains"
    model = ParticipationDomain
    filterset_class = DomainFilterSet
    filter_backends = [OrderingFilter, FilterSetBackend]
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


class GoalItemsAPIViewSet(HardenedAPIMixin, FilterSetViewSetMixin, BaseAPIViewSet):
    """Items of the measure and indicator index that belong to live, public programmes."""

    filter_backends = [OrderingFilter, FilterSetBackend]
    summary_fields = ["goal", "programme", "organisation", "locale"]

    def get_queryset(self):
        return (
            self.model.objects.filter(programme_id__in=visible_programmes().values("pk"))
            .select_related("programme", "organisation", "locale")
            .order_by("programme_id", "sort_order", "pk")
        )


class MeasuresAPIViewSet(GoalItemsAPIViewSet):
    name = "measures"
    model = MeasureRecord
    filterset_class = MeasureFilterSet
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "title",
        "status",
        "progress",
        "responsible",
        "target_groups",
        *GoalItemsAPIViewSet.summary_fields,
    ]


class IndicatorsAPIViewSet(GoalItemsAPIViewSet):
    name = "indicators"
    model = IndicatorRecord
    filterset_class = IndicatorFilterSet
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "known_indicator",
        "unit",
        "baseline",
        "target",
        "observations",
        *GoalItemsAPIViewSet.summary_fields,
    ]
