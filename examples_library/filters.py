"""Filtering the examples library: one FilterSet for the page and the API."""

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from programs.choices import OrganisationType, Region
from programs.filters import LanguageFilter

from .choices import STEP_LABELS, Theme

MAX_QUERY_LENGTH = 200
STEP_CHOICES = [(str(number), label) for number, label in STEP_LABELS.items()]
TEXT_FIELDS = [
    "title",
    "organisation_name",
    "summary",
    "plain_language_summary",
    "approach",
    "publisher",
]


def _step_has_note(step):
    return ~Q(**{f"step{step}_note": ""})


class ExampleFilterSet(django_filters.FilterSet):
    organisation_type = django_filters.ChoiceFilter(
        choices=OrganisationType.choices,
        label=_("Type of organisation"),
        empty_label=_("All types"),
    )
    region = django_filters.ChoiceFilter(
        choices=Region.choices, label=_("Region"), empty_label=_("All regions")
    )
    theme = django_filters.ChoiceFilter(
        choices=Theme.choices,
        field_name="themes__key",
        label=_("Theme"),
        empty_label=_("All themes"),
    )
    step = django_filters.ChoiceFilter(
        choices=STEP_CHOICES,
        method="filter_step",
        label=_("Guide step"),
        empty_label=_("All steps"),
    )
    in_force_on = django_filters.DateFilter(
        method="filter_in_force_on",
        label=_("In force on"),
        help_text=_("A date, e.g. 2024-06-30."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    # The facets shown beside the options, each counted with every other filter applied.
    facets = ("organisation_type", "region", "theme", "step")

    def filter_step(self, queryset, name, value):
        return queryset.filter(_step_has_note(int(value)))

    def filter_in_force_on(self, queryset, name, value):
        year = value.year
        return queryset.filter(period_start__lte=year).filter(
            Q(period_end__isnull=True) | Q(period_end__gte=year)
        )

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for field in TEXT_FIELDS:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)

    @property
    def filtered(self):
        """The filtered queryset, or every example when a value is invalid (the form shows why)."""
        if self.is_bound and not self.is_valid():
            return self.queryset.all()
        return self.qs.distinct()

    def facet_counts(self):
        """{facet: {value: count}}: how many results each option would give with the other filters."""
        counts = {}
        for facet in self.facets:
            others = self._without(facet)
            if facet == "step":
                totals = others.aggregate(
                    **{
                        str(number): Count("pk", filter=_step_has_note(number), distinct=True)
                        for number in STEP_LABELS
                    }
                )
                counts[facet] = totals
                continue
            field = self.filters[facet].field_name
            counts[facet] = {
                row[field]: row["n"]
                for row in others.values(field).annotate(n=Count("pk", distinct=True)).order_by()
            }
        return counts

    def _without(self, facet):
        """The results with every filter but `facet`; all examples while any value is invalid,
        so that the counts describe the unfiltered list shown beside the error messages."""
        if not self.is_bound or not self.is_valid():
            return self.queryset.all()
        data = self.data.copy()
        data.pop(facet, None)
        return type(self)(data, queryset=self.queryset).filtered


class ExamplePageFilterSet(ExampleFilterSet):
    """The library page's form: the text query is `q`."""

    q = django_filters.CharFilter(
        method="filter_text", label=_("Search words"), max_length=MAX_QUERY_LENGTH
    )


class ExampleAPIFilterSet(ExampleFilterSet):
    """The API's filters: the text query has the API's usual name, `search`."""

    search = django_filters.CharFilter(
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        help_text="Words to look for (case-insensitive), at most 200 characters.",
    )
    locale = LanguageFilter()
