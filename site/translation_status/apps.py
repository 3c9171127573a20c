from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationStatusConfig(AppConfig):
    name = "osallisuus_site.translation_status"
    label = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        from wagtail.signals import page_published

        from .figure_notices import tell_moderators_after_publish

        page_published.connect(tell_moderators_after_publish, dispatch_uid="figure_notices")
