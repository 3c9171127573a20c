"""The passage of a result that matches the query, with the matching words marked."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.search import index

EXCERPT_LENGTH = 240
# The backends stem words ("osallisuuden" matches "osallisuus"); a shared beginning finds the
# passage in the text without knowing each language's stemmer.
MIN_STEM = 4


def searchable_text(page):
    """The text the search backend indexed for `page`, as plain text, in field order."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField):
            continue
        value = field.get_value(page)
        values = value if isinstance(value, (list, tuple)) else [value]
        parts.extend(strip_tags(str(item)) for item in values if item)
    return " ".join(" ".join(parts).split())


def _term_patterns(text, terms):
    """Per term, the most specific pattern found in `text`: the whole word, else a beginning."""
    patterns = []
    for term in terms:
        for length in range(len(term), min(len(term), MIN_STEM) - 1, -1):
            pattern = re.compile(r"\b" + re.escape(term[:length]) + r"\w*", re.IGNORECASE)
            if pattern.search(text):
                patterns.append(pattern)
                break
    return patterns


def indexed_text(page):
    """The text of the page's search fields as the search index returned it with the page (the
    database backends do, search_ranking.py), else read from the page's fields."""
    text = getattr(page, "search_text", None)
    if text is None:
        return searchable_text(page)
    return " ".join((strip_tags(text) if "<" in text else text).split())


def excerpt(page, terms, title=""):
    """A short passage around the first match, HTML-escaped, with matches inside <mark>."""
    text = indexed_text(page)
    if title and text.startswith(title):
        text = text[len(title) :].strip()
    patterns = _term_patterns(text, terms)
    matches = [pattern.search(text) for pattern in patterns]
    if not matches:
        end = EXCERPT_LENGTH if len(text) > EXCERPT_LENGTH else len(text)
        start = 0
    else:
        first = min(matches, key=lambda match: match.start())
        start = max(0, first.start() - EXCERPT_LENGTH // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first.start() else start
        end = min(len(text), start + EXCERPT_LENGTH)
        if end < len(text):
            space = text.rfind(" ", first.end(), end)
            end = space if space > first.end() else end
    before = "…" if start else ""
    after = "…" if end < len(text) else ""
    # _highlight escapes every piece of the page text before it is marked safe.
    return mark_safe(before + _highlight(text[start:end], patterns) + after)  # noqa: S308


def _highlight(passage, patterns):
    """Escape the passage and wrap each matching word in <mark>."""
    spans = []
    for pattern in patterns:
        for match in pattern.finditer(passage):
            if not any(s < match.end() and match.start() < e for s, e in spans):
                spans.append((match.start(), match.end()))
    spans.sort()
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(escape(passage[position:start]))
        pieces.append(f"<mark>{escape(passage[start:end])}</mark>")
        position = end
    pieces.append(escape(passage[position:]))
    return "".join(pieces)
