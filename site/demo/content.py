"""Reading the demo content files and pairing each Finnish text with its translations."""

import datetime
import uuid
import warnings
from pathlib import Path

import yaml
from bs4 import MarkupResemblesLocatorWarning
from django.conf import settings

from .translate import string_key

CONTENT_DIR = Path(__file__).resolve().parent.parent / "demo_content"
SOURCE_LANGUAGE = "fi"
# URLs in the content look like file names to BeautifulSoup; wagtail-localize parses them harmlessly.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

BLOCK_ID_NAMESPACE = uuid.UUID("8d2f6a47-3b7e-4a53-9c39-6f0b6c1c2b51")


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def load(name):
    """The content of `name.LANG.yaml` for every language: {language_code: data}."""
    return {
        code: yaml.safe_load((CONTENT_DIR / f"{name}.{code}.yaml").read_text(encoding="utf-8"))
        for code, _name in settings.LANGUAGES
    }


def dictionaries(name):
    """{language: {Finnish string key: translated string key}} for one content file."""
    documents = load(name)
    source = documents[SOURCE_LANGUAGE]
    return {
        code: pair_texts(source, documents[code], where=f"{name}.{code}")
        for code in target_languages()
    }


# Identifiers and choice values, the same in every file: never pair them, or an identifier such as
# `key: esimerkkila` would claim the Finnish text "esimerkkila" before the slug's translation does.
NOT_PROSE = {
    "key",
    "type",
    "kind",
    "url",
    "source_url",
    "website",
    "region",
    "organisation_type",
    "theme",
    "themes",
    "audience",
    "method",
    "status",
    "voice",
    "domain",
    "known",
    "target_groups",
    "population_class",
    "official_code",
}


def pair_texts(source, target, where, pairs=None):
    """Walk two documents of the same shape and pair the texts found at the same places."""
    pairs = {} if pairs is None else pairs
    if isinstance(source, dict):
        if not isinstance(target, dict) or set(source) != set(target):
            raise ValueError(f"{where}: keys differ from the Finnish file")
        for key in source:
            if key not in NOT_PROSE:
                pair_texts(source[key], target[key], f"{where}.{key}", pairs)
    elif isinstance(source, list):
        if not isinstance(target, list) or len(source) != len(target):
            raise ValueError(f"{where}: list length differs from the Finnish file")
        for index, (item, translated) in enumerate(zip(source, target, strict=True)):
            pair_texts(item, translated, f"{where}[{index}]", pairs)
    elif isinstance(source, str) and source:
        if not isinstance(target, str) or not target:
            raise ValueError(f"{where}: translation missing")
        pairs.setdefault(string_key(source), string_key(target))
    return pairs


def block_id(*parts):
    """A stable block id: translations are keyed by block ids, so they must survive a reload."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def plain(value):
    """YAML gives dates and numbers as Python objects; StreamField raw data wants JSON values."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
