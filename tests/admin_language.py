"""Finds English UI text in the Finnish and Swedish admin.

Every UI string of Wagtail and wagtail-localize is a msgid of their English catalogs. A msgid that
the active language's merged catalog (Wagtail's, wagtail-localize's, Django's and ours, ours first)
does not contain is shown in English. The finder splits those msgids at markup and placeholders
into fragments and looks for them in the text a user reads or hears: text nodes, and the title,
aria-label, placeholder, alt and button-value attributes. Form field values (content) are skipped.
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
from django.utils import translation
from django.utils.translation import trans_real

PACKAGES = ("wagtail", "wagtail_localize")
ATTRIBUTES = {
    "title",
    "aria-label",
    "placeholder",
    "alt",
    "data-w-progress-active-value",
    "data-w-tooltip-content-value",
}
SKIPPED_ELEMENTS = {"script", "style", "textarea", "template", "noscript"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>|&\w+;")
BRANDS = {"Wagtail"}
# Words no Finnish or Swedish UI text contains, but nearly every English sentence does.
# (Also catches text that libraries write without gettext, e.g. "Suomi to Svenska translation".)
ENGLISH_WORDS = re.compile(
    r"\b(the|and|with|your|this|been|were|could|would|should|of|translation)\b", re.I
)


def _english_catalogs(domain):
    import importlib

    for package in PACKAGES:
        root = Path(importlib.import_module(package).__file__).parent
        yield from root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")


@cache
def _msgids(domain):
    found = set()
    for path in _english_catalogs(domain):
        for entry in polib.pofile(str(path)):
            if entry.msgid and not entry.obsolete:
                found.add((entry.msgctxt, entry.msgid, entry.msgid_plural or None))
    return frozenset(found)


def _catalog(language, domain):
    if domain == "django":
        return trans_real.translation(language)._catalog
    from django.views.i18n import JavaScriptCatalog

    view = JavaScriptCatalog(domain="djangojs", packages=["wagtail.admin", "wagtail_localize"])
    with translation.override(language):
        view.translation = trans_real.DjangoTranslation(
            language, domain="djangojs", localedirs=view.get_paths(view.packages)
        )
    return view.translation._catalog


def _key(context, msgid, plural):
    key = f"{context}\x04{msgid}" if context else msgid
    return (key, 0) if plural else key


@cache
def untranslated(language, domain="django"):
    """The (context, msgid, plural) entries that the language's catalog lacks."""
    catalog = _catalog(language, domain)
    return frozenset(entry for entry in _msgids(domain) if _key(*entry) not in catalog)


def fragments(msgid):
    """The pieces of a msgid a reader sees: split at markup and placeholders. A single word must
    be longer than three letters ("on", "in" and "by" are Finnish or Swedish words too)."""
    pieces = (piece.strip(" .,:;…!?()\"'“”\n\t") for piece in PLACEHOLDER.split(msgid))
    return [piece for piece in pieces if re.search(r"[A-Za-z]{2}", piece)]


@cache
def _matcher(language):
    by_fragment = {}
    for domain in ("django", "djangojs"):
        for _context, msgid, plural in untranslated(language, domain):
            for text in (msgid, plural):
                for fragment in fragments(text or ""):
                    by_fragment.setdefault(fragment, msgid)
    # A single word that is also a translation in this language ("Status" in Swedish) is not
    # evidence of English.
    translations = {
        str(text)
        for domain in ("django", "djangojs")
        for _key, text in _catalog(language, domain).items()
    }
    by_fragment = {
        fragment: msgid
        for fragment, msgid in by_fragment.items()
        if " " in fragment or (len(fragment) > 3 and fragment not in translations | BRANDS)
    }
    ordered = sorted(by_fragment, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    return pattern, by_fragment


class _Texts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._skipping = [], []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_ELEMENTS:
            self._skipping.append(tag)
        attributes = dict(attrs)
        for name in ATTRIBUTES & attributes.keys():
            self.texts.append(attributes[name] or "")

    def handle_startendtag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ATTRIBUTES & attributes.keys():
            self.texts.append(attributes[name] or "")
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.texts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_data(self, data):
        if not self._skipping:
            self.texts.append(data)


def visible_texts(html):
    parser = _Texts()
    parser.feed(html)
    return [" ".join(text.split()) for text in parser.texts if text.strip()]


def english_in(texts, language):
    """The English UI strings found in `texts`: [(text, the msgid it comes from)]."""
    pattern, by_fragment = _matcher(language)
    found = []
    for text in texts:
        match = pattern.search(text)
        if match:
            found.append((text, by_fragment[match.group(1)]))
        elif ENGLISH_WORDS.search(text) and not re.search(r"[äöåÄÖÅ]", text):
            found.append((text, None))
    return found
