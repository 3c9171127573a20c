from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from programs.access import ensure_central_editors


class Command(BaseCommand):
    help = "Let a user edit the guide's shared knowledge: domains, voices, checklists and tools."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        group = ensure_central_editors()
        user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"{username} is now in the group “{group.name}”."))
