from django.core.management.base import BaseCommand

from programs.goal_index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the SQL index of measures and indicators from every live programme."

    def handle(self, *args, **options):
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(f"Indexed the measures and indicators of {count} live programmes.")
