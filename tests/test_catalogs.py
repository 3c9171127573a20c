"""Issue 7: the UI catalogs are complete in fi, sv and en, and up to date with the code.

The strings of the code are extracted with Django's own `makemessages` (GNU xgettext underneath,
installed by `make gettext-deps`) from a copy of the sources into a temporary directory, so the
real catalogs are never rewritten; the test then compares the extracted msgids with each catalog.
"""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

PROJECT = Path(__file__).resolve().parent.parent
# What `make messages` skips: the virtualenv, npm's packages, and (as makemessages itself does)
# hidden directories and the collected static and media files.
SKIPPED_DIRS = {".venv", "node_modules", "static", "media", "locale"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
LANGUAGES = ["fi", "sv", "en"]


def catalog(language):
    return polib.pofile(str(PROJECT / "locale" / language / "LC_MESSAGES" / "django.po"))


def keys(entries):
    return {(entry.msgctxt, entry.msgid) for entry in entries if entry.msgid and not entry.obsolete}


def source_files():
    for directory, subdirectories, files in os.walk(PROJECT):
        subdirectories[:] = [
            name
            for name in subdirectories
            if not name.startswith(".")
            and name != "__pycache__"
            and not (Path(directory) == PROJECT and name in SKIPPED_DIRS)
        ]
        for name in files:
            if Path(name).suffix in SOURCE_SUFFIXES:
                yield Path(directory) / name


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The (context, msgid) pairs that makemessages finds in the code today."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is missing: run `make gettext-deps` (apt package `gettext`).")
    root = tmp_path_factory.mktemp("messages")
    for path in source_files():
        target = root / path.relative_to(PROJECT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (root / "locale" / "fi" / "LC_MESSAGES").mkdir(parents=True)
    previous = os.getcwd()
    os.chdir(root)
    try:
        with override_settings(LOCALE_PATHS=[str(root / "locale")]):
            call_command("makemessages", locale=["fi"], keep_pot=True, verbosity=0)
    finally:
        os.chdir(previous)
    return keys(polib.pofile(str(root / "locale" / "django.pot")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_no_untranslated_or_fuzzy_entries(language):
    po = catalog(language)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_string_of_the_code(extracted, language):
    missing = sorted(extracted - keys(catalog(language)), key=str)
    assert not missing, "run `make messages` and translate:\n" + "\n".join(map(str, missing))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_no_strings_the_code_no_longer_uses(extracted, language):
    stale = sorted(keys(catalog(language)) - extracted, key=str)
    assert not stale, "run `make messages` to drop strings the code lost:\n" + "\n".join(
        map(str, stale)
    )


def test_english_catalog_keeps_the_meaning_of_the_source():
    """English msgids are the source text: a translation may correct them, never be empty."""
    for entry in catalog("en").translated_entries():
        if not entry.msgid_plural:
            assert entry.msgstr.strip(), entry.msgid
