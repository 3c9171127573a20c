"""Wagtail's database search backend, with the text-search configuration of each language.

On PostgreSQL every translatable object is indexed with the configuration of its own locale
(finnish, swedish or english), so that stemming matches inflected forms ("osallisuutta" finds
"osallisuus"). A query uses the configuration of the locale the queryset is filtered by (the
site search filters by the visitor's language), else of the active language. On SQLite the
matches come from its FTS5 table. On both, the query starts from the index (search_ranking.py); on other
databases the ordinary backend is used unchanged.

Set it with WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "osallisuus_site.search_languages"}}.
"""

import copy

from django.conf import settings
from django.db import connection
from django.db.models.lookups import Exact
from django.utils import translation
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.models import Locale

from .search_ranking import index_first_results, postgres_compiler, sqlite_compiler

# PostgreSQL's built-in text-search configurations for our languages.
TEXT_SEARCH_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
FALLBACK_CONFIG = "simple"


def config_for_language(language_code):
    base = (language_code or "").split("-")[0]
    return TEXT_SEARCH_CONFIGS.get(base, FALLBACK_CONFIG)


def config_for_object(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return config_for_language(settings.LANGUAGE_CODE)
    return config_for_language(_language_code_of_locale(locale_id))


def _language_code_of_locale(locale_id):
    # Locales are few and never change code; one query per process and locale.
    codes = _language_code_of_locale.cache
    if locale_id not in codes:
        codes[locale_id] = (
            Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        )
    return codes[locale_id]


_language_code_of_locale.cache = {}


def locale_filter_language(queryset):
    """The language code a queryset is filtered to by `locale`/`locale_id`, if any."""
    for child in queryset.query.where.children:
        if not isinstance(child, Exact):
            continue
        target = getattr(child.lhs, "target", None)
        if target is None:
            continue
        if target.name == "locale" and target.related_model is Locale:
            value = child.rhs
            locale_id = value.pk if isinstance(value, Locale) else value
            return _language_code_of_locale(locale_id)
        if target.model is Locale and target.name == "language_code":
            return child.rhs
    return None


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        # FTS5 is available and its table exists (else Wagtail falls back to LIKE queries).
        return _sqlite_backend_class()(params)
    return backend


def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )

    class IndexFirstSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = sqlite_compiler(SQLiteSearchQueryCompiler)
        results_class = index_first_results(SQLiteSearchResults)

    return IndexFirstSQLiteSearchBackend


def _postgres_backend_class():
    # Imported only on PostgreSQL: the module needs psycopg and the postgres contrib app.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index each language's objects with that language's configuration."""
            by_config = {}
            for obj in objs:
                by_config.setdefault(config_for_object(obj), []).append(obj)
            for config, group in by_config.items():
                # The indexer reads the configuration from its backend: give it a copy, never
                # change the shared one (other threads may be indexing).
                backend = copy.copy(self.backend)
                backend.config = config
                PostgresIndex(backend).add_items(model, group)

    class LanguageQueryCompiler(postgres_compiler(PostgresSearchQueryCompiler)):
        def get_config(self, backend):
            language = locale_filter_language(self.queryset) or translation.get_language()
            return config_for_language(language)

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = LanguageQueryCompiler
        index_class = LanguageIndex
        results_class = index_first_results(PostgresSearchResults)

    return LanguagePostgresSearchBackend
