"""Connect django-filter FilterSets to Wagtail API v2 endpoints, with clear 400 answers."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError


class FilterSetBackend(BaseFilterBackend):
    """Applies the view's `filterset_class`; an invalid value is a 400 with the field's message."""

    def filter_queryset(self, request, queryset, view):
        filterset = view.filterset_class(request.GET, queryset=queryset, request=request)
        if not filterset.is_valid():
            problems = "; ".join(
                f"{name}: {' '.join(str(message) for message in messages)}"
                for name, messages in filterset.errors.items()
            )
            raise BadRequestError(problems)
        return filterset.qs


def filter_parameters(filterset_class):
    return frozenset(filterset_class.base_filters)
