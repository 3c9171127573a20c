"""FilterSets of the programme API. Every filter runs as SQL on indexed columns."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import OrganisationType, Region
from .models import ProgramPage
from .status import ProgrammeStatus, status_q, valid_on_q

MAX_SEARCH_LENGTH = 200


def text_filter(*fields):
    """A `search` filter over the given text fields (case-insensitive containment)."""

    def apply(queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)

    return apply


class OrganisationFilter(django_filters.CharFilter):
    """An organisation by id or by slug."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        if value.isdigit():
            return queryset.filter(**{f"{self.field_name}_id": int(value)})
        return queryset.filter(**{f"{self.field_name}__slug": value})


class ProgrammeFilterSet(django_filters.FilterSet):
    organisation = OrganisationFilter(
        field_name="organisation", max_length=255, help_text=_("The organisation's id or slug.")
    )
    organisation_type = django_filters.ChoiceFilter(
        field_name="organisation__organisation_type", choices=OrganisationType.choices
    )
    region = django_filters.ChoiceFilter(field_name="organisation__region", choices=Region.choices)
    status = django_filters.ChoiceFilter(choices=ProgrammeStatus.choices, method="filter_status")
    valid_on = django_filters.DateFilter(
        method="filter_valid_on",
        help_text=_("Programmes whose period covers this date (YYYY-MM-DD)."),
    )
    search = django_filters.CharFilter(
        method=text_filter("title", "summary", "plain_language_summary"),
        max_length=MAX_SEARCH_LENGTH,
    )

    class Meta:
        model = ProgramPage
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_q(value))

    def filter_valid_on(self, queryset, name, value):
        return queryset.filter(valid_on_q(value))
