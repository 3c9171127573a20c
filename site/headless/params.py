"""Validation of the query parameters the JSON views read; anything odd is a 400, never a 500."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .errors import HeadlessError

DEFAULT_BATCH_SIZE = 25
MAX_BATCH_SIZE = 100
MAX_BATCH_START = 100_000
MAX_QUERY_LENGTH = 200
EXPANDABLE = ("breadcrumbs", "navigation", "translations")


@dataclass(frozen=True)
class Batch:
    start: int
    size: int


def reject_nul_bytes(request):
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise HeadlessError(400, _("The query string must not contain NUL bytes."))


def _non_negative_int(request, name, default, maximum):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise HeadlessError(400, _("%(name)s must be a whole number.") % {"name": name})
    value = int(raw)
    if value > maximum:
        raise HeadlessError(
            400, _("%(name)s must be at most %(maximum)d.") % {"name": name, "maximum": maximum}
        )
    return value


def parse_batch(request):
    start = _non_negative_int(request, "b_start", 0, MAX_BATCH_START)
    size = _non_negative_int(request, "b_size", DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE)
    if size == 0:
        raise HeadlessError(400, _("b_size must be at least 1."))
    return Batch(start=start, size=size)


def parse_expand(request):
    names = [name.strip() for name in request.GET.get("expand", "").split(",") if name.strip()]
    unknown = sorted(set(names) - set(EXPANDABLE))
    if unknown:
        raise HeadlessError(
            400,
            _("Unknown component to expand: %(names)s. Known components: %(known)s.")
            % {"names": ", ".join(unknown), "known": ", ".join(EXPANDABLE)},
        )
    return set(names)


def parse_search_text(request):
    text = request.GET.get("q", "").strip()
    if len(text) > MAX_QUERY_LENGTH:
        raise HeadlessError(
            400, _("q must be at most %(maximum)d characters.") % {"maximum": MAX_QUERY_LENGTH}
        )
    return text
