from django.core.management.base import BaseCommand, CommandError

from osallisuus_site.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into a new directory (see docs/backup.md)."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="The directory that will hold the new backup.")

    def handle(self, destination, **options):
        try:
            path = backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backed up to {path}"))
