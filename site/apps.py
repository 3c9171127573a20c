from django.apps import AppConfig


class OsallisuusSiteConfig(AppConfig):
    name = "osallisuus_site"
    verbose_name = "Osallisuus site"

    def ready(self):
        from .cache.invalidation import connect_invalidation_signals

        connect_invalidation_signals()
        use_localized_date_input()


def use_localized_date_input():
    """Every date field of the admin's page and snippet forms is shown and read in the admin's
    language (programs/local_input.py): `d.m.yyyy` in Finnish and Swedish."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    from programs.local_input import LocalizedDateInput

    register_form_field_override(models.DateField, override={"widget": LocalizedDateInput})
