"""Validation of the query parameters the JSON views read; anything odd is a 400, never a 500.

Plone's clients send a list parameter in three forms, all accepted here: `expand=a,b`,
repeated `expand=a&expand=b` and Zope's `expand:list=a`.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .errors import HeadlessError

DEFAULT_BATCH_SIZE = 25
MAX_BATCH_SIZE = 100
MAX_BATCH_START = 100_000
MAX_QUERY_LENGTH = 200
MAX_NAVIGATION_DEPTH = 5


@dataclass(frozen=True)
class Batch:
    start: int
    size: int


def reject_nul_bytes(request):
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise HeadlessError(400, _("The query string must not contain NUL bytes."))


def list_values(request, name, split_commas=False):
    """Every value of a list parameter, in all of Plone's forms; blanks dropped."""
    values = request.GET.getlist(name) + request.GET.getlist(f"{name}:list")
    if split_commas:
        values = [part for value in values for part in value.split(",")]
    return [value.strip() for value in values if value.strip()]


def first_value(request, *names):
    """The first non-empty value of the first of `names` given (`name:list` included)."""
    for name in names:
        values = list_values(request, name)
        if values:
            return values[0]
    return ""


def _whole_number(request, name, default, maximum, minimum=0):
    raw = first_value(request, name)
    if raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise HeadlessError(400, _("%(name)s must be a whole number.") % {"name": name})
    value = int(raw)
    if value > maximum:
        raise HeadlessError(
            400, _("%(name)s must be at most %(maximum)d.") % {"name": name, "maximum": maximum}
        )
    if value < minimum:
        raise HeadlessError(
            400, _("%(name)s must be at least %(minimum)d.") % {"name": name, "minimum": minimum}
        )
    return value


def parse_batch(request):
    start = _whole_number(request, "b_start", 0, MAX_BATCH_START)
    size = _whole_number(request, "b_size", DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, minimum=1)
    return Batch(start=start, size=size)


def parse_expand(request):
    """The components to embed; names this site does not know are ignored, as Plone does."""
    return set(list_values(request, "expand", split_commas=True))


def parse_navigation_depth(request):
    return _whole_number(request, "expand.navigation.depth", 1, MAX_NAVIGATION_DEPTH, minimum=1)


def check_length(name, text):
    if len(text) > MAX_QUERY_LENGTH:
        raise HeadlessError(
            400,
            _("%(name)s must be at most %(maximum)d characters.")
            % {"name": name, "maximum": MAX_QUERY_LENGTH},
        )
    return text
