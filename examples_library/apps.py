from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExamplesLibraryConfig(AppConfig):
    name = "examples_library"
    verbose_name = _("Examples library")
