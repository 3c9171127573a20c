from django.apps import AppConfig


class OsallisuusSiteConfig(AppConfig):
    name = "osallisuus_site"
    verbose_name = "Osallisuus site"
