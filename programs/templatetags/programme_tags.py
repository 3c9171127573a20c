import re

from django import template
from django.utils.formats import number_format

from ..charts import indicator_chart
from ..choices import (
    Domain,
    KnownIndicator,
    LinkKind,
    MeasureStatus,
    NeedMethod,
    TargetGroup,
    Voice,
)

register = template.Library()

CHOICES = {
    "domain": Domain,
    "known_indicator": KnownIndicator,
    "link_kind": LinkKind,
    "status": MeasureStatus,
    "method": NeedMethod,
    "target_group": TargetGroup,
    "voice": Voice,
}


@register.filter
def choice_label(value, vocabulary):
    """The translated label of a stored choice key, e.g. {{ measure.status|choice_label:"status" }}."""
    try:
        return CHOICES[vocabulary](value).label
    except ValueError:
        return value


@register.simple_tag
def chart_for(indicator):
    return indicator_chart(indicator)


@register.filter
def group_by_domain(needs):
    """Needs grouped under the three domains, in the guide's order."""
    grouped = {value: [] for value in Domain.values}
    for need in needs:
        grouped[need.value["domain"]].append(need.value)
    return [(Domain(value).label, items) for value, items in grouped.items() if items]


@register.filter
def paragraphs(text):
    """A plain text's paragraphs, split at blank lines (commentaries are plain text)."""
    return [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]


@register.filter
def signed(number):
    """A change with its sign, in the active language's number format: +1,5 or -0,3."""
    sign = "+" if number > 0 else "-" if number < 0 else "±"
    return sign + number_format(abs(number))
