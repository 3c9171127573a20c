from django.core.management.base import BaseCommand, CommandError

from osallisuus_site.backup import BackupError, read_manifest, restore


class Command(BaseCommand):
    help = "Replace the database and the media with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A backup directory.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, source, interactive=True, **options):
        try:
            manifest = read_manifest(source)
            if interactive:
                answer = input(
                    f"This replaces the whole database and all media with the backup of "
                    f"{manifest['created']}. Type 'yes' to continue: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled.")
            replaced = restore(source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']}."))
        if replaced:
            self.stdout.write(f"The media it replaced are kept in {replaced}.")
