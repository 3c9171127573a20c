from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from programs.access import access_for_slug


class Command(BaseCommand):
    help = "Let a user edit one organisation's pages (in every language), images and documents."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "organisation_slug", help="The slug of the organisation's page, e.g. esimerkkila."
        )
        parser.add_argument(
            "--moderator",
            action="store_true",
            help="Also let the user review and publish the organisation's pages.",
        )

    def handle(self, username, organisation_slug, moderator=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        access = access_for_slug(organisation_slug)
        if access is None:
            raise CommandError(f"No organisation page with the slug {organisation_slug!r}.")
        user.groups.add(access.editors)
        if moderator:
            user.groups.add(access.moderators)
        self.stdout.write(
            self.style.SUCCESS(f"{username} can now edit the pages of “{access.collection.name}”.")
        )
