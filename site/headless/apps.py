from django.apps import AppConfig, apps


class HeadlessConfig(AppConfig):
    name = "osallisuus_site.headless"
    label = "headless"
    verbose_name = "Headless JSON"

    def ready(self):
        if apps.is_installed("corsheaders"):
            from corsheaders.signals import check_request_enabled

            from .addressing import allows_cors

            check_request_enabled.connect(allows_cors, dispatch_uid="headless-cors")
