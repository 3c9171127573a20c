"""Search that starts from the text index: the index finds the matches, only they are ranked, and
the database returns one page of them, with the text the excerpts are cut from.

Wagtail's database backends start from the pages instead. On PostgreSQL they match
`title || body`, which neither GIN index serves (every index entry is read and parsed), and join the
entries through `object_id = page.id::text`, which no index serves either. On SQLite the rank of
each matching page is a subquery that runs the full-text match again. Here the entries are matched
with the index (the GIN indexes of `title` and `body`; SQLite's FTS5 table), each match is checked
against the searched pages by primary key, and only the matches are ranked, once.

Searches these compilers cannot express (`fields=`, negations, match-all) keep Wagtail's query.
"""

import contextlib

from django.db import connections
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    When,
    Window,
)
from django.db.models.functions import Cast, RowNumber
from modelsearch.backends.base import BaseSearchResults
from modelsearch.conf import get_app_config
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

# Of a word most pages contain, rank this many matches (see PostgresIndexFirstCompiler.ranked):
# more than a common word matches at N = 330 (~300), so that ranking costs no more at N = 3300.
MAX_RANKED = 500
# The columns of the FTS5 table in their order (modelsearch's migration 0002) and the weight
# bm25() gives a match in each: a title match outranks many matches in the text.
SQLITE_COLUMNS = ("autocomplete", "body", "title")
SQLITE_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 10.0}
MAX_WITH_TEXT = 100  # results read with their indexed text (a page of results, not a list of ids)


class IndexFirstResults(BaseSearchResults):
    """Search results whose query starts from the index entries when the compiler can."""

    fallback_class = None  # the backend's own results class, for the queries kept as they were
    _found = None  # how many matches in all, read with the rows of a slice

    def _fallback(self):
        results = self.fallback_class(self.backend, self.query_compiler, self.prefetch_related)
        results.start, results.stop, results._score_field = self.start, self.stop, self._score_field
        return results

    def _starts_from_index(self):
        # Autocomplete shares this results class but keeps its own compiler and query.
        starts_from_index = getattr(self.query_compiler, "starts_from_index", None)
        return starts_from_index is not None and starts_from_index()

    def _matches(self):
        return self.query_compiler.matching_entries(self.query_compiler.get_config(self.backend))

    def _ranked(self):
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        return compiler.ranked(compiler.matching_entries(config), config)

    def _do_search(self):
        if not self._starts_from_index():
            return self._fallback()._do_search()
        # The indexed text of the pages' search fields, for excerpts that need not read the fields
        # again: for a page of results, not for long lists of matches (the Plone search's ids).
        with_text = self.stop is not None and self.stop - self.start <= MAX_WITH_TEXT
        # Where the backend can, every row also carries the number of matches (a window over
        # all of them, before the slice): the count costs no second search (search/paging.py).
        counted = self.query_compiler.counts_with_rows
        ranked = self._ranked()
        if counted:
            ranked = ranked.annotate(found=Window(Count("*")))
        ranked = (
            ranked.order_by(*self.query_compiler.best_first).values_list(
                "page_id",
                "rank",
                "search_text" if with_text else "page_id",
                "found" if counted else "page_id",
            )
        )[self.start : self.stop]
        with self.query_compiler.through_indexes(ranked.db):
            rows = list(ranked)
        if counted and (rows or not self.start):
            self._found = rows[0][3] if rows else 0  # nothing from the first: no matches
        pages = self.query_compiler.queryset.in_bulk([row[0] for row in rows])
        results = []
        for page_id, rank, text, _found in rows:
            page = pages.get(page_id)
            if page is None:  # unpublished or deleted since the match: the page query decides
                continue
            if with_text:
                page.search_text = text
            if self._score_field:
                setattr(page, self._score_field, rank)
            results.append(page)
        return results

    def total(self):
        """The number of all matches, from the statement that reads this slice of them; None
        when it cannot tell (Wagtail's own query, or a slice beyond the last match)."""
        if not self._starts_from_index():
            return None
        self.results()
        return self._found

    def _do_count(self):
        if not self._starts_from_index():
            return self._fallback()._do_count()
        matches = self._matches()
        with self.query_compiler.through_indexes(matches.db):
            return matches.count()


class IndexFirstCompilerMixin:
    """Builds the query of the index entries that match, each with its page id, rank and text.

    A backend's compiler provides `entries_matching(config)` (its index entries that match),
    `ranked(entries, config)` (them with `rank` and `search_text`, the indexed body text),
    `best_first` (the ordering) and `entry_prefix` (the path from an entry to the index entry).
    """

    counts_with_rows = True  # a window count beside the rank (FTS5's bm25() refuses one)

    def normalized_query(self):
        return self.query

    def through_indexes(self, using):
        return contextlib.nullcontext()

    def starts_from_index(self):
        query = self.normalized_query()
        return (
            self.fields is None
            and not isinstance(query, (MatchAll, Not))
            and self.order_by_relevance
        )

    def matching_entries(self, config):
        entry_type = f"{self.entry_prefix}content_type_id"
        searched = self.queryset.order_by()
        entries = self.entries_matching(config).annotate(
            page_id=Cast(f"{self.entry_prefix}object_id", IntegerField())
        )
        if any(field.name == "content_type" for field in self.queryset.model._meta.fields):
            # Pages are indexed as their own type: checked on the page found by primary key. The
            # `+ 0` keeps PostgreSQL from reaching the entries through their types' index (every
            # entry of a type) instead of the GIN indexes (the matches).
            searched = searched.filter(content_type_id=OuterRef(entry_type) + 0)
        else:
            content_types = get_descendants_content_types_pks(self.queryset.model)
            entries = entries.filter(**{f"{entry_type}__in": content_types})
        # One primary-key lookup per match, with every filter of the searched pages.
        return entries.filter(Exists(searched.filter(pk=OuterRef("page_id"))))


def postgres_compiler(base_class):
    from django.contrib.postgres.search import SearchRank

    IndexEntry = get_app_config().get_model("IndexEntry")

    class PostgresIndexFirstCompiler(IndexFirstCompilerMixin, base_class):
        entry_prefix = ""
        best_first = (F("title_rank").desc(), F("rank").desc(), "-page_id")

        @contextlib.contextmanager
        def through_indexes(self, using):
            """Sequential scans off for one statement.

            The planner does not count the reading of each entry's TOASTed body vector: for a word
            in one entry of eight it reads the whole table (15-30 ms at 6900 entries, growing with
            the site) where the GIN indexes give the matches in 2 ms."""
            connection = connections[using]
            with connection.cursor() as cursor:
                cursor.execute("SET enable_seqscan = off")
                try:
                    yield
                except Exception:
                    # In a transaction the rollback the error calls for undoes the setting.
                    if not connection.in_atomic_block:
                        cursor.execute("RESET enable_seqscan")
                    raise
                cursor.execute("RESET enable_seqscan")

        def entries_matching(self, config):
            tsquery = self.build_tsquery(self.query, config=config)
            # `title @@ q OR body @@ q`: a bitmap OR of the two GIN indexes.
            return IndexEntry.objects.filter(Q(title=tsquery) | Q(body=tsquery))

        def ranked(self, entries, config):
            """Title matches first, by the rank of their title; then the newest MAX_RANKED
            matches by their whole rank, the rest newest first.

            A title is a few words, ranked for every match. ts_rank() of the body reads the
            match's whole body vector: of a word most pages contain, ranking every match would
            grow with the site. The newest matches are the likeliest sought."""
            tsquery = self.build_tsquery(self.query, config=config)
            title_rank = SearchRank(F("title"), tsquery, weights=self.sql_weights) * F("title_norm")
            body_rank = SearchRank(F("body"), tsquery, weights=self.sql_weights)
            newest = Window(RowNumber(), order_by=F("page_id").desc())
            return entries.annotate(newest=newest, title_rank=title_rank).annotate(
                rank=Case(
                    When(newest__lte=MAX_RANKED, then=F("title_rank") + body_rank),
                    default=F("title_rank"),
                    output_field=FloatField(),
                ),
                # A subquery, so that PostgreSQL reads the text after the sort and the limit,
                # for the page of results only: carried through the sort with every match, it
                # made the statement ~3 times slower (N = 3300, ~2900 matches).
                search_text=Subquery(
                    IndexEntry.objects.filter(pk=OuterRef("pk")).values("body_text")
                ),
            )

    return PostgresIndexFirstCompiler


def sqlite_compiler(base_class):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    SQLiteFTSIndexEntry = get_app_config().get_model("SQLiteFTSIndexEntry")

    class SQLiteIndexFirstCompiler(IndexFirstCompilerMixin, base_class):
        entry_prefix = "index_entry__"
        best_first = ("rank", "-page_id")  # FTS5's bm25() is lower for better matches
        counts_with_rows = False

        def normalized_query(self):
            return normalize(self.query)

        def entries_matching(self, config):
            search_query = self.build_search_query(self.normalized_query(), config=config)
            return SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.FTS_TABLE_FIELDS, search_query)
            )

        def ranked(self, entries, config):
            # bm25() reads FTS5's own statistics of the match, not the text: every match ranked.
            # Weighted per column, so that title matches come first as on PostgreSQL.
            table = SQLiteFTSIndexEntry._meta.db_table
            weights = ", ".join(str(SQLITE_WEIGHTS[column]) for column in SQLITE_COLUMNS)
            rank = Func(template=f"bm25({table}, {weights})", output_field=FloatField())
            return entries.annotate(rank=rank, search_text=F("index_entry__body"))

    return SQLiteIndexFirstCompiler


def index_first_results(base_class):
    """The results class for a backend whose own results class is `base_class`."""
    name = "IndexFirst" + base_class.__name__
    return type(name, (IndexFirstResults,), {"fallback_class": base_class})
