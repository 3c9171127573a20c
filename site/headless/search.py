"""`@search` with plone.restapi's parameters, over live, public pages of one language.

SearchableText (or `q`), path.query / path.depth, portal_type, review_state, sort_on /
sort_order, b_start / b_size, metadata_fields, fullobjects, use_site_search_settings and
Language, each in the plain, repeated and `:list` forms.
"""

from django.db.models import Case, IntegerField, Q, When
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .batching import batch_links
from .errors import HeadlessError
from .links import service_url, with_query
from .params import check_length, first_value, list_values, parse_batch
from .representation import represent, uid
from .roots import language_home, language_json, request_locale
from .schema import public_page_models
from .search_query import matching_ids, search_text
from .summaries import summary
from .traversal import page_at_path
from .visibility import readable_pages

SORT_FIELDS = {
    "path": "path",
    "getObjPositionInParent": "path",
    "sortable_title": "title",
    "id": "slug",
    "getId": "slug",
    "created": "first_published_at",
    "effective": "first_published_at",
    "modified": "last_published_at",
    "Date": "last_published_at",
}
DESCENDING = ("descending", "reverse")
# Answered with no results: these states never leave the site.
PUBLIC_STATE = "published"


def _locale(request, page):
    if page is not None:
        return page.locale
    code = first_value(request, "Language")
    if code:
        return Locale.objects.filter(language_code=code[:20]).first() or _no_language(code)
    return request_locale(request)


def _no_language(code):
    raise HeadlessError(400, _("Unknown language: %(code)s.") % {"code": code[:20]})


def _scope_roots(request, page, locale):
    """The subtrees searched: path.query's pages (site paths such as `/fi/opas`), else the
    page, else the language's home page. A path that is no readable page finds nothing."""
    paths = list_values(request, "path.query") + list_values(request, "path")
    if not paths:
        home = page if page is not None else language_home(request, locale)
        return [home] if home is not None else []
    roots = []
    for path in paths[:10]:
        try:
            root = page_at_path(request, path)
        except HeadlessError:
            continue
        if root is not None and root.locale_id == locale.pk:
            roots.append(root)
    return roots


def _filtered(request, page, locale):
    pages = readable_pages(locale)
    roots = _scope_roots(request, page, locale)
    if not roots:
        return pages.none()
    depth_raw = first_value(request, "path.depth")
    depth = None
    if depth_raw not in ("", "-1"):
        if not depth_raw.isascii() or not depth_raw.isdigit() or len(depth_raw) > 3:
            raise HeadlessError(400, _("%(name)s must be a whole number.") % {"name": "path.depth"})
        depth = int(depth_raw)
    scope = Q()
    for root in roots:
        condition = Q(path__startswith=root.path)
        if depth is not None:
            condition &= Q(depth__lte=root.depth + depth)
        scope |= condition
    pages = pages.filter(scope)

    type_names = list_values(request, "portal_type")
    if type_names:
        models = [model for model in public_page_models() if model._meta.label in type_names]
        pages = pages.exact_type(*models) if models else pages.none()
    states = list_values(request, "review_state")
    if states and PUBLIC_STATE not in states:
        pages = pages.none()
    return pages


def _ordered(request, pages, ids):
    sort_on = first_value(request, "sort_on")
    descending = first_value(request, "sort_order") in DESCENDING
    field = SORT_FIELDS.get(sort_on)
    if ids is not None:
        pages = pages.filter(pk__in=ids)
        if field is None:  # relevance: the search backend's order
            rank = Case(
                *[When(pk=pk, then=position) for position, pk in enumerate(ids)],
                output_field=IntegerField(),
            )
            return pages.order_by(rank.desc() if descending else rank, "path")
    field = field or "path"
    return pages.order_by(f"-{field}" if descending else field, "path")


METADATA = {
    "UID": lambda request, page: uid(page),
    "id": lambda request, page: page.slug,
    "getId": lambda request, page: page.slug,
    "portal_type": lambda request, page: page.specific_class._meta.label,
    "Type": lambda request, page: str(page.specific_class._meta.verbose_name),
    "created": lambda request, page: _iso(page.first_published_at),
    "modified": lambda request, page: _iso(page.last_published_at),
    "effective": lambda request, page: _iso(page.go_live_at or page.first_published_at),
    "expires": lambda request, page: _iso(page.expire_at),
    "Language": lambda request, page: page.locale.language_code,
    "language": lambda request, page: language_json(page.locale.language_code),
    "exclude_from_nav": lambda request, page: not page.show_in_menus,
}


def _iso(value):
    return value.isoformat() if value else None


def _item(request, page, metadata, fullobjects):
    if fullobjects:
        return represent(request, page, parse_batch(request), set())
    item = summary(request, page)
    for name in metadata:
        item[name] = METADATA[name](request, page)
    return item


def _wanted_metadata(request):
    names = list_values(request, "metadata_fields")
    return list(METADATA) if "_all" in names else [name for name in names if name in METADATA]


def _is_true(value):
    return value not in ("", "0", "false", "False", "off")


def search(request, page):
    text = search_text(check_length("SearchableText", first_value(request, "SearchableText", "q")))
    batch = parse_batch(request)
    pages = _filtered(request, page, _locale(request, page))
    ordered = _ordered(request, pages, matching_ids(pages, text) if text.words else None)
    total = ordered.count()
    hits = list(ordered.specific()[batch.start : batch.start + batch.size])
    metadata = _wanted_metadata(request)
    fullobjects = _is_true(first_value(request, "fullobjects"))
    kept = {key: values for key, values in request.GET.lists() if key not in ("b_start", "b_size")}
    base = service_url(request, page, "search")
    data = {
        "@id": with_query(base, **dict(request.GET.lists())),
        "items": [_item(request, hit, metadata, fullobjects) for hit in hits],
        "items_total": total,
    }
    if total > batch.size or batch.start > 0:  # only a batched result has `batching`
        data["batching"] = batch_links(base, batch, total, kept)
    return data
