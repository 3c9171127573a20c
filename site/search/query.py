"""Turn whatever arrives in `?q=` into words the search backend can take safely."""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Words: letters and digits, with inner hyphens or apostrophes (e.g. "THL:n" becomes "THL", "n").
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass
class CleanQuery:
    text: str  # what we show back to the visitor
    terms: list  # the words we search for
    too_long: bool = False

    @property
    def search_string(self):
        return " ".join(self.terms)


def clean_query(raw):
    """Normalise unicode, drop control characters (NUL included) and keep only words.

    Punctuation never reaches the backend, so that no query syntax of any backend can break it.
    """
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else char
        for char in text
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return CleanQuery(text=text[:MAX_QUERY_LENGTH], terms=[], too_long=True)
    terms = WORD.findall(text.replace("_", " "))
    return CleanQuery(text=text, terms=terms[:MAX_TERMS])
