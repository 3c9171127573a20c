from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Point the demo Site at the address `make run` serves (WAGTAILAPI_BASE_URL), so that the "
        "API's html_url and detail_url both reach the running server (only with DEBUG on)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Only for local development (DEBUG=True).")
        address = urlsplit(settings.WAGTAILAPI_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        updated = Site.objects.filter(is_default_site=True).update(
            hostname=address.hostname, port=port
        )
        self.stdout.write(f"Demo site: {address.hostname}:{port} ({updated} updated).")
