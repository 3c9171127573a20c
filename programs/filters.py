"""FilterSets of the programme API. Every filter runs as SQL on indexed columns."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .choices import (
    Domain,
    KnownIndicator,
    MeasureStatus,
    OrganisationType,
    Region,
    TargetGroup,
)
from .models import (
    IndicatorRecord,
    MeasureRecord,
    MeasureTargetGroup,
    OrganisationPage,
    ParticipationDomain,
    ProgramPage,
)
from .status import ProgrammeStatus, status_q, valid_on_q

MAX_SEARCH_LENGTH = 200
# Help texts of API-only filters are plain English, like the rest of the API's documentation.
# Ids beyond a 32-bit integer cannot exist; refusing them early keeps SQLite from overflowing.
MAX_ID = 2**31 - 1


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


class OrganisationField(forms.CharField):
    def validate(self, value):
        super().validate(value)
        if value and value.isdigit() and int(value) > MAX_ID:
            raise forms.ValidationError("No organisation has this id.")


OrganisationFilter.field_class = OrganisationField


class IdFilter(django_filters.NumberFilter):
    """A positive whole-number id."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class LanguageFilter(django_filters.ChoiceFilter):
    """`locale`: one of the site's content languages."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "locale__language_code")
        kwargs.setdefault("choices", settings.WAGTAIL_CONTENT_LANGUAGES)
        kwargs.setdefault("help_text", "Only items in this language: fi, sv or en.")
        super().__init__(*args, **kwargs)


def organisation_filter(field_name="organisation"):
    return OrganisationFilter(
        field_name=field_name, max_length=255, help_text=_("The organisation's id or slug.")
    )


def search_filter(*fields):
    return django_filters.CharFilter(
        method=text_filter(*fields),
        max_length=MAX_SEARCH_LENGTH,
        help_text="Words to look for (case-insensitive), at most 200 characters.",
    )


class OrganisationFilterSet(django_filters.FilterSet):
    organisation_type = django_filters.ChoiceFilter(
        choices=OrganisationType.choices, help_text="The type of organisation."
    )
    region = django_filters.ChoiceFilter(
        choices=Region.choices, help_text="The region (maakunta) of the organisation."
    )
    search = search_filter("title")
    locale = LanguageFilter()

    class Meta:
        model = OrganisationPage
        fields = []


class DomainFilterSet(django_filters.FilterSet):
    key = django_filters.ChoiceFilter(
        choices=Domain.choices, help_text="The domain's key, the same in every language."
    )
    locale = LanguageFilter()

    class Meta:
        model = ParticipationDomain
        fields = []


class ProgrammeFilterSet(django_filters.FilterSet):
    organisation = organisation_filter()
    organisation_type = django_filters.ChoiceFilter(
        field_name="organisation__organisation_type",
        choices=OrganisationType.choices,
        help_text="The type of the publishing organisation.",
    )
    region = django_filters.ChoiceFilter(
        field_name="organisation__region",
        choices=Region.choices,
        help_text="The region (maakunta) of the publishing organisation.",
    )
    status = django_filters.ChoiceFilter(
        choices=ProgrammeStatus.choices,
        method="filter_status",
        help_text="draft (not adopted yet), in_force or ended (the period is over).",
    )
    valid_on = django_filters.DateFilter(
        method="filter_valid_on",
        help_text=_("Programmes whose period covers this date (YYYY-MM-DD)."),
    )
    search = search_filter("title", "summary", "plain_language_summary")
    locale = LanguageFilter()

    class Meta:
        model = ProgramPage
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_q(value))

    def filter_valid_on(self, queryset, name, value):
        return queryset.filter(valid_on_q(value))


class MeasureFilterSet(django_filters.FilterSet):
    programme = IdFilter(field_name="programme_id", help_text="The programme's id.")
    organisation = organisation_filter()
    status = django_filters.ChoiceFilter(
        choices=MeasureStatus.choices, help_text="planned, ongoing, done or dropped."
    )
    target_group = django_filters.ChoiceFilter(
        choices=TargetGroup.choices,
        method="filter_target_group",
        help_text="Measures that reach this target group.",
    )
    responsible = django_filters.CharFilter(
        field_name="responsible",
        lookup_expr="icontains",
        max_length=255,
        help_text="Part of the name of the responsible unit or role (case-insensitive).",
    )
    search = search_filter("title", "description", "responsible", "goal_title")
    locale = LanguageFilter()

    class Meta:
        model = MeasureRecord
        fields = []

    def filter_target_group(self, queryset, name, value):
        # A lookup per measure (unique on measure and key), not a join: the list's first page is
        # then still read in index order instead of sorting every measure of the group.
        groups = MeasureTargetGroup.objects.filter(measure=OuterRef("pk"), key=value)
        return queryset.filter(Exists(groups))


def _goal_has_measure(**conditions):
    """Indicators whose goal has a measure matching `conditions`."""
    return Exists(
        MeasureRecord.objects.filter(
            programme_id=OuterRef("programme_id"),
            goal_block_id=OuterRef("goal_block_id"),
            **conditions,
        )
    )


class IndicatorFilterSet(django_filters.FilterSet):
    programme = IdFilter(field_name="programme_id", help_text="The programme's id.")
    organisation = organisation_filter()
    status = django_filters.ChoiceFilter(
        choices=MeasureStatus.choices,
        method="filter_status",
        help_text="Indicators of goals that have a measure with this status.",
    )
    target_group = django_filters.ChoiceFilter(
        choices=TargetGroup.choices,
        method="filter_target_group",
        help_text="Indicators of goals that have a measure reaching this target group.",
    )
    responsible = django_filters.CharFilter(
        method="filter_responsible",
        max_length=255,
        help_text="Indicators of goals that have a measure with this responsible (part of it).",
    )
    known_indicator = django_filters.ChoiceFilter(
        choices=KnownIndicator.choices,
        help_text="Indicators measured with a known national indicator, e.g. esis.",
    )
    search = search_filter("name", "unit", "goal_title")
    locale = LanguageFilter()

    class Meta:
        model = IndicatorRecord
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(_goal_has_measure(status=value))

    def filter_target_group(self, queryset, name, value):
        return queryset.filter(_goal_has_measure(target_group_rows__key=value))

    def filter_responsible(self, queryset, name, value):
        return queryset.filter(_goal_has_measure(responsible__icontains=value))
