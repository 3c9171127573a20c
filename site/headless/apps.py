from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "osallisuus_site.headless"
    label = "headless"
    verbose_name = "Headless JSON"
