"""WSGI entry point; production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osallisuus_site.settings.production")

application = get_wsgi_application()

from osallisuus_site.operations.warm_up import warm_up  # noqa: E402 -- needs the loaded app

warm_up()
