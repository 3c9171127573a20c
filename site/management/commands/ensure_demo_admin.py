from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "demo"
PASSWORD = "demo-admin-2026"  # noqa: S105 - a local demo account, refused outside DEBUG


class Command(BaseCommand):
    help = "Create the local demo superuser (only with DEBUG on; production never has one)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo admin is only for local development (DEBUG=True).")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "demo@localhost"},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(f"Demo admin: user '{USERNAME}', password '{PASSWORD}'.")
