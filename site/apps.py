from django.apps import AppConfig


class OsallisuusSiteConfig(AppConfig):
    name = "osallisuus_site"
    verbose_name = "Osallisuus site"

    def ready(self):
        from .cache.invalidation import connect_invalidation_signals
        from .slugs import connect_slug_rules

        connect_invalidation_signals()
        use_localized_date_input()
        connect_slug_rules()


def use_localized_date_input():
    """Every date field, and date with a time, of the admin's page and snippet forms is shown and
    read in the admin's language (programs/local_input.py): `d.m.yyyy` and `d.m.yyyy h.mm` in
    Finnish and Swedish. Scheduled publishing sets its own widgets: see `SETTINGS_PANELS`."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    from programs.local_input import LocalizedDateInput, LocalizedDateTimeInput

    register_form_field_override(models.DateField, override={"widget": LocalizedDateInput})
    register_form_field_override(models.DateTimeField, override={"widget": LocalizedDateTimeInput})
