"""Backing up and restoring the whole site: the database and the uploaded media, side by side.

A backup is a directory holding `manifest.json`, the database (`database.sqlite3` made with
SQLite's online backup API, or `database.dump` from `pg_dump -Fc`) and `media.tar.gz`.
docs/backup.md tells the operator when and how to use `manage.py backup` and `manage.py restore`.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}


class BackupError(Exception):
    pass


def database_engine(alias="default"):
    engine = settings.DATABASES[alias]["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise ImproperlyConfigured(f"Backups support SQLite and PostgreSQL, not {engine}.")


def _postgres_environment(database):
    """libpq reads the connection from the environment, so the password never shows in `ps`."""
    environment = {**os.environ, "PGDATABASE": database["NAME"]}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if database.get(key):
            environment[variable] = str(database[key])
    return environment


def _run(command, environment):
    # A fixed program and arguments from settings, never from a request.
    result = subprocess.run(command, env=environment, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _backup_database(engine, target, alias):
    database = settings.DATABASES[alias]
    if engine == "sqlite":
        # The online backup API copies a consistent snapshot even while the site is writing.
        connection = connections[alias]
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={target}"],
            _postgres_environment(database),
        )


def _restore_database(engine, source, alias):
    database = settings.DATABASES[alias]
    connections[alias].close()
    if engine == "sqlite":
        with sqlite3.connect(source) as saved, sqlite3.connect(database["NAME"]) as live:
            saved.backup(live)
        saved.close()
        live.close()
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={database['NAME']}",
                str(source),
            ],
            _postgres_environment(database),
        )


def _archive_media(target):
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname="media")


def _restore_media(source):
    """Unpack beside MEDIA_ROOT, then swap, keeping the replaced media until the operator is sure."""
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".restore-", dir=media_root.parent))
    with tarfile.open(source, "r:gz") as archive:
        archive.extractall(unpacked, filter="data")
    restored = unpacked / "media"
    restored.mkdir(exist_ok=True)
    replaced = None
    if media_root.exists():
        replaced = media_root.with_name(f"{media_root.name}.before-restore-{_stamp()}")
        media_root.rename(replaced)
    restored.rename(media_root)
    shutil.rmtree(unpacked)
    return replaced


def _stamp():
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def backup(destination, alias="default"):
    """Write a new backup directory under `destination` and return its path."""
    engine = database_engine(alias)
    target = Path(destination) / f"osallisuus-{_stamp()}"
    target.mkdir(parents=True)
    _backup_database(engine, target / DATABASE_FILES[engine], alias)
    _archive_media(target / MEDIA_ARCHIVE)
    manifest = {
        "format": FORMAT_VERSION,
        "engine": engine,
        "created": datetime.now(UTC).isoformat(),
        "database": DATABASE_FILES[engine],
        "media": MEDIA_ARCHIVE,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def read_manifest(source):
    path = Path(source) / MANIFEST
    if not path.exists():
        raise BackupError(f"{source} is not a backup: it has no {MANIFEST}.")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def restore(source, alias="default"):
    """Replace the database and the media with those of the backup at `source`."""
    source = Path(source)
    manifest = read_manifest(source)
    engine = database_engine(alias)
    if manifest["engine"] != engine:
        raise BackupError(
            f"This backup is of a {manifest['engine']} database; the site uses {engine}."
        )
    _restore_database(engine, source / manifest["database"], alias)
    return _restore_media(source / manifest["media"])
