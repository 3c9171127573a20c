from django.apps import AppConfig


class OsallisuusSiteConfig(AppConfig):
    name = "osallisuus_site"
    verbose_name = "Osallisuus site"

    def ready(self):
        from .cache.invalidation import connect_invalidation_signals

        connect_invalidation_signals()
