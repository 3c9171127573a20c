"""Create many fictional organisations with programmes in fi, sv and en, for benchmarks."""

import random
import time
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from modelsearch.conf import get_app_config
from wagtail.models import Page

from programs.goal_index import index_new_programmes
from programs.management.bulk_pages import (
    add_children,
    append_paths,
    arrays_escaped_quickly,
    index_pages,
    insert_pages,
    place,
    title_norms_weighed_once,
)
from programs.management.load_data import LANGUAGES, ProgrammeContent
from programs.models import OrganisationPage, ProgramIndexPage, ProgramPage
from programs.signals import pages_loaded

# Organisations per transaction: a failed run keeps whole batches, and memory stays small.
BATCH = 100


class Command(BaseCommand):
    help = (
        "Create N clearly fictional organisations, each with a programme of G goals, in fi, sv "
        "and en, deterministically from the seed. Run load_demo_content first. Existing load "
        "organisations (slugs kuviteltu-NNN) are kept, so a second run adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, default=330)
        parser.add_argument("--goals", type=int, default=12)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, organisations, goals, seed, **options):
        started = time.monotonic()
        indexes = self._indexes()
        rng = random.Random(seed)
        today = timezone.localdate()
        existing = set(
            OrganisationPage.objects.filter(locale=indexes["fi"].locale).values_list(
                "slug", flat=True
            )
        )
        # Drawn even when skipped, so that organisation N is the same whatever exists.
        missing = [
            content
            for content in (
                ProgrammeContent(number, goals, rng, today)
                for number in range(1, organisations + 1)
            )
            if content.slug not in existing
        ]
        with arrays_escaped_quickly(), title_norms_weighed_once():
            for start in range(0, len(missing), BATCH):
                with transaction.atomic():
                    create_organisations(indexes, missing[start : start + BATCH])
                self.stdout.write(f"{min(start + BATCH, len(missing))} organisations…")
        if missing:
            # Inserted without page signals: no cached page may keep showing the old lists.
            pages_loaded.send(sender=self.__class__)
            # Fresh planner statistics: a bulk load multiplies the tables at once, and until
            # autovacuum (off on some servers) analyses them, PostgreSQL plans for the empty site.
            # The search index is also vacuumed, outside a transaction: the load leaves as many
            # dead entries as live ones and the GIN indexes' pending lists unmerged, which every
            # search reads (N = 3300: 6-17 ms for a count instead of 3). Only that table: a
            # VACUUM of the whole database took the load past its 5 minutes.
            vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
            with connection.cursor() as cursor:
                if vacuum:
                    entries = get_app_config().get_model("IndexEntry")._meta.db_table
                    cursor.execute(f"VACUUM {connection.ops.quote_name(entries)}")
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(missing)} organisations with {goals} goals each in "
                f"{len(LANGUAGES)} languages in {time.monotonic() - started:.0f} s."
            )
        )

    def _indexes(self):
        indexes = {}
        for language in LANGUAGES:
            index = ProgramIndexPage.objects.filter(locale__language_code=language).first()
            if index is None:
                raise CommandError("No programme index: run `manage.py load_demo_content` first.")
            indexes[language] = index
        return indexes


def create_organisations(indexes, contents):
    """Each organisation page with its programme, live in every language, inserted in bulk.

    The sv and en pages are real linked translations (the Finnish page's translation_key, own
    locale), made without wagtail-localize's sync: a sync extracts and stores every string
    segment (hundreds per programme) and renders each page again, which would take hours for 330
    programmes. Editors can start a sync on any of them later.

    The organisations get no editor groups, collection or workflow here (programs/access.py):
    nobody but superusers may edit them until `grant_organisation_editor` creates them, for every
    language version at once. Benchmarks only read the public pages; thousands of unused groups
    would only slow the admin's group lists.
    """
    now = timezone.now()
    keys = [(uuid.uuid4(), uuid.uuid4()) for _ in contents]
    for language in LANGUAGES:
        index = indexes[language]
        published = {
            "locale_id": index.locale_id,
            "live": True,
            "first_published_at": now,
            "last_published_at": now,
        }
        paths, depth = append_paths(index, len(contents))
        organisations = [
            place(
                OrganisationPage(
                    **content.organisation_values(language), **published, translation_key=key
                ),
                index,
                path,
                depth,
                numchild=1,
            )
            for content, path, (key, _) in zip(contents, paths, keys, strict=True)
        ]
        insert_pages(organisations)
        add_children(index, len(organisations))
        programmes = [
            place(
                ProgramPage(
                    **content.programme_values(language),
                    **published,
                    translation_key=key,
                    organisation_id=organisation.pk,
                ),
                organisation,
                Page._get_path(organisation.path, depth + 1, 1),
                depth + 1,
            )
            for content, organisation, (_, key) in zip(contents, organisations, keys, strict=True)
        ]
        insert_pages(programmes)
        index_pages(organisations)
        index_pages(programmes)
        # Made live without a publish signal, so the measure and indicator index is fed here.
        index_new_programmes(programmes)
