"""Insert many new live pages at once, as if each had been added and published, for load data.

Treebeard's `add_child` and Wagtail's `save` cost several queries per page (paths, parent's
numchild, validation, search index, signals). Here the caller lays out the tree itself
(`append_paths`), and `insert_pages` writes the base `wagtailcore_page` rows in one bulk insert,
then each page type's own rows (Django's bulk_create refuses multi-table models), then feeds the
search backends in bulk with the same entries a page save would give.

Not done per page, as no page publish of load data did before either: revisions, log entries and
the reference index (`manage.py rebuild_references_index` fills it). The pages' row is their live
content, which is what the public views and the API read.
"""

import contextlib

from django.db import connections, router
from django.db.models import F
from modelsearch.backends import get_search_backends
from wagtail.fields import StreamField
from wagtail.models import Page


def append_paths(parent, count):
    """Treebeard paths for `count` new children after the parent's last child, and their depth."""
    depth = parent.depth + 1
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=depth)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    first_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
    return [Page._get_path(parent.path, depth, first_step + n) for n in range(count)], depth


def add_children(parent, count):
    """Count the new children in the parent's numchild (treebeard keeps it for its tree queries)."""
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)


def place(page, parent, path, depth, numchild=0):
    """Put an unsaved page under `parent` at `path`, with the URL path a save would give it."""
    page.path, page.depth, page.numchild = path, depth, numchild
    page.url_path = f"{parent.url_path}{page.slug}/"
    page.draft_title = page.title
    page.has_unpublished_changes = False
    return page


def insert_pages(pages):
    """Insert unsaved pages of one specific type whose place in the tree is set; sets their ids."""
    if not pages:
        return pages
    model = type(pages[0])
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [
            Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
            for page in pages
        ]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
        page._state.adding = False
    _insert_own_rows(model, pages)
    return pages


def _insert_own_rows(model, pages):
    """The specific table's rows (page_ptr_id and the type's own fields), in batches."""
    fields = model._meta.local_concrete_fields
    database = router.db_for_write(model)
    batch = max(1, connections[database].ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), batch):
        model._base_manager._insert(pages[start : start + batch], fields=fields, using=database)


def index_pages(pages):
    """Give the search backends the pages' entries, in one write per backend."""
    if not pages:
        return
    with stream_text_read_once():
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(type(pages[0]), pages)


@contextlib.contextmanager
def stream_text_read_once():
    """Extract each StreamField value's searchable text once, not once per index column.

    The database backend's indexer asks every search field for its text again for each column it
    fills (title, body, autocomplete; on PostgreSQL also the plain texts): for a programme that
    is the walk through all goals, measures and indicators five to ten times, most of the load's
    time. The text is the same each time, so the index is the same as a page save gives.
    """
    extract = StreamField.get_searchable_content
    texts = {}

    def read_once(field, value):
        key = (id(field), id(value))
        if key not in texts:
            # The value is kept with its text, so its id cannot be reused by another value.
            texts[key] = (value, extract(field, value))
        return texts[key][1]

    StreamField.get_searchable_content = read_once
    try:
        yield
    finally:
        StreamField.get_searchable_content = extract


@contextlib.contextmanager
def title_norms_weighed_once():
    """On PostgreSQL, weigh the new search entries' titles once, after the whole load.

    After every write, the PostgreSQL index sets the title weight of each new entry from the
    average title length of the whole table: per batch, language and page type, a load of
    thousands of pages would read the growing table hundreds of times. Weighed at the end, every
    entry gets its weight from the final average, as a later save would give it.
    """
    try:
        from modelsearch.backends.database.postgres.postgres import PostgresIndex
    except ImportError:  # no PostgreSQL driver: no PostgreSQL index either
        yield
        return
    weigh = PostgresIndex._refresh_title_norms
    waiting = {}

    def later(index, full=False):
        waiting[index.write_connection.alias] = index

    PostgresIndex._refresh_title_norms = later
    try:
        yield
    finally:
        PostgresIndex._refresh_title_norms = weigh
    for index in waiting.values():
        weigh(index)


@contextlib.contextmanager
def arrays_escaped_quickly():
    """Escape the elements of PostgreSQL array parameters with two byte replacements.

    Django inserts in bulk on PostgreSQL through UNNEST of one array per column, and psycopg quotes
    each array element with a regular-expression substitution that expands its template once per
    quote character: for the StreamField JSON of thousands of pages, a fifth of the load's time.
    Backslashes first, then quotes: the same bytes the substitution gives.
    """
    try:
        from psycopg.types.array import ListDumper
    except ImportError:  # no PostgreSQL driver, no arrays to escape
        yield
        return
    regular_expression = ListDumper._re_esc
    ListDumper._re_esc = _QuickEscape()
    try:
        yield
    finally:
        ListDumper._re_esc = regular_expression


class _QuickEscape:
    """Stands in for psycopg's compiled `(["\\])` pattern, whose only use is `.sub(r"\\\1", data)`."""

    def sub(self, _replacement, data):
        return bytes(data).replace(b"\\", b"\\\\").replace(b'"', b'\\"')
