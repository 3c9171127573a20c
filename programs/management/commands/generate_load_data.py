"""Create many fictional organisations with programmes in fi, sv and en, for benchmarks."""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from programs.goal_index import index_programme
from programs.management.load_data import LANGUAGES, ProgrammeContent
from programs.models import OrganisationPage, ProgramIndexPage, ProgramPage


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
        created = 0
        for number in range(1, organisations + 1):
            # Drawn even when skipped, so that organisation N is the same whatever exists.
            content = ProgrammeContent(number, goals, rng, today)
            if content.slug in existing:
                continue
            with transaction.atomic():
                self._create(indexes, content)
            created += 1
            if created % 50 == 0:
                self.stdout.write(f"{created} organisations…")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {created} organisations with {goals} goals each in "
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

    def _create(self, indexes, content):
        """The Finnish pages, then sv and en pages with the same translation keys.

        The translations are made with the tree API rather than wagtail-localize's sync: a sync
        extracts and stores every string segment (hundreds per programme) and renders each page
        again, which would take hours for 330 programmes. The pages are real linked translations
        (same translation_key, own locale); editors can start a wagtail-localize sync on any of
        them later.
        """
        now = timezone.now()
        source_organisation = source_programme = None
        for language in LANGUAGES:
            index = indexes[language]
            organisation = OrganisationPage(
                **content.organisation_values(language),
                locale=index.locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            if source_organisation:
                organisation.translation_key = source_organisation.translation_key
            index.add_child(instance=organisation)
            programme = ProgramPage(
                **content.programme_values(language),
                locale=index.locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            if source_programme:
                programme.translation_key = source_programme.translation_key
            organisation.add_child(instance=programme)
            # Made live without a publish signal, so the measure and indicator index is fed here.
            index_programme(programme.pk)
            if language == "fi":
                source_organisation, source_programme = organisation, programme
