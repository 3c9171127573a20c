"""API v2 endpoints of the programme domain: programmes, organisations, domains, measures, indicators."""

from django.http import Http404
from django.urls import path
from rest_framework.response import Response
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import PageViewRestriction

from .annual_report.data import build_report, report_years
from .api_base import COMMON_PARAMETERS, HardenedAPIMixin, parse_id, parse_year
from .api_counts import SharedCountPagination
from .api_filters import FilterSetBackend, filter_parameters
from .api_rows import (
    BASE_ROW_FIELDS,
    LOCALE_ROW_FIELD,
    PAGE_ROW_FIELDS,
    RowField,
    RowListingMixin,
    summary_of,
)
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
from .serializers import ORGANISATION_SUMMARY
from .status import status_of
from .visibility import visible_items


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
    pagination_class = SharedCountPagination

    @staticmethod
    def same_list_for_everyone(request):
        """Wagtail's pages list shows a restricted page to whoever passes its restriction: only
        an anonymous visitor who has given no password sees what everyone sees."""
        if request.user.is_authenticated:
            return False
        return not request.session.get(PageViewRestriction.passed_view_restrictions_session_key)

    def get_queryset(self):
        visible = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=visible).select_related("locale").order_by("pk")


class ProgrammesAPIViewSet(RowListingMixin, SpecificPagesAPIViewSet):
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
    row_fields = {
        **PAGE_ROW_FIELDS,
        "organisation": summary_of(ORGANISATION_SUMMARY, "organisation"),
        "status": RowField(
            ("adopted_on", "period_start", "period_end"),
            lambda row, _: status_of(row["adopted_on"], row["period_start"], row["period_end"]),
        ),
    }

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


def _programme_summary(row, listing):
    """ProgrammeSummaryField from columns."""
    return {
        "id": row["programme_id"],
        "title": row["programme__title"],
        "slug": row["programme__slug"],
        "html_url": listing.page_url(row["programme__url_path"], listing.request),
    }


class GoalItemsAPIViewSet(RowListingMixin, HardenedAPIMixin, FilterSetViewSetMixin, BaseAPIViewSet):
    """Items of the measure and indicator index that belong to live, public programmes."""

    filter_backends = [OrderingFilter, FilterSetBackend]
    pagination_class = SharedCountPagination
    summary_fields = ["goal", "programme", "organisation", "locale"]
    row_fields = {
        **BASE_ROW_FIELDS,
        "goal": RowField(
            ("goal_block_id", "goal_title"),
            lambda row, _: {"id": row["goal_block_id"], "title": row["goal_title"]},
        ),
        "programme": RowField(
            ("programme_id", "programme__title", "programme__slug", "programme__url_path"),
            _programme_summary,
        ),
        "organisation": summary_of(ORGANISATION_SUMMARY, "organisation"),
        "locale": LOCALE_ROW_FIELD,
    }

    def get_queryset(self):
        return self._listed(visible_items(self.model, self.request._request))

    def paginate_queryset(self, queryset):
        """One page: its ids read from the index rows alone (their order, filters and privacy),
        then just those rows with their programme, organisation and language. Joined in one
        query, SQLite's planner may start from the programmes and sort every row for 20."""
        page = super().paginate_queryset(queryset)
        rows = self.model.objects.filter(pk__in=page.values("pk"))
        return self._listed(rows).order_by(*page.query.order_by)

    @staticmethod
    def _listed(rows):
        return rows.select_related("programme", "organisation", "locale").order_by(
            "programme_id", "sort_order", "pk"
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
