"""Search text as words, never as query syntax, for every search backend and database.

SQLite's full-text engine reads `"`, `*`, `NEAR`, `AND`, `-`, `^` and `:` as syntax (an odd
quote is a 500 there), PostgreSQL's parser has its own; only the words of a query reach either.
A trailing `*` (what Volto adds to every search) asks for prefix matches, as in Plone.
"""

import re
from dataclasses import dataclass

WORD = re.compile(r"\w+")
# Operators of SQLite FTS5 and of Wagtail's own query parser, which must stay plain words.
OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
MAX_WORDS = 10
MAX_MATCHES = 1000


@dataclass(frozen=True)
class SearchText:
    words: tuple
    prefix: bool

    @property
    def text(self):
        return " ".join(self.words)


def search_text(raw):
    """The words of `raw` (lower-cased operators, so no backend reads them as syntax)."""
    raw = (raw or "").replace("_", " ")
    words = [word.lower() if word in OPERATORS else word for word in WORD.findall(raw)]
    return SearchText(words=tuple(words[:MAX_WORDS]), prefix=raw.rstrip().endswith("*"))


def matching_ids(queryset, text):
    """Primary keys of the pages matching every word, best first; with a trailing `*` also the
    pages whose title has the last word as a prefix. One or two queries, at most MAX_MATCHES."""
    ids = [hit.pk for hit in queryset.search(text.text, operator="and")[:MAX_MATCHES]]
    if text.prefix:
        seen = set(ids)
        for hit in queryset.autocomplete(text.text, operator="and")[:MAX_MATCHES]:
            if hit.pk not in seen:
                ids.append(hit.pk)
                seen.add(hit.pk)
    return ids
