from django.apps import AppConfig


class PluginSiteConfig(AppConfig):
    name = "tests.plugin_site"
    label = "plugin_site"
    default_auto_field = "django.db.models.AutoField"
