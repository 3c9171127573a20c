from django.core.management.base import BaseCommand, CommandError

from osallisuus_site.demo.loader import load_demo_content


class Command(BaseCommand):
    help = "Create or update the trilingual demo site (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        report = load_demo_content()
        for where, language, text in report.untranslated:
            self.stderr.write(f"Untranslated ({language}) in {where}: {text[:80]}")
        if report.untranslated:
            raise CommandError(f"{len(report.untranslated)} strings have no translation.")
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({report.saved} translations saved).")
        )
