"""Run as `python -m tests.plugin_site.probe`: builds the plugin site in memory and prints the
Plone JSON it answers, for tests/test_plugin.py."""

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ["DJANGO_SETTINGS_MODULE"] = "tests.plugin_site.settings"
migrations = Path(tempfile.mkdtemp()) / "plugin_site_migrations"
migrations.mkdir()
(migrations / "__init__.py").write_text("")
sys.path.insert(0, str(migrations.parent))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from tests.plugin_site.models import NotePage  # noqa: E402

call_command("makemigrations", "plugin_site", verbosity=0)
call_command("migrate", verbosity=0)
root = Page.get_first_root_node()
home = root.add_child(instance=NotePage(title="Notes", slug="notes", show_in_menus=True))
Site.objects.all().delete()
Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Notes")
note = home.add_child(
    instance=NotePage(title="First note", slug="first", body="<p>Hello plugin</p>", mood="glad")
)
for page in (home, note):
    page.save_revision().publish()
call_command("update_index", verbosity=0)

client = Client()
answers = {}
for url in [
    "/++api++/",
    "/++api++/first",
    "/first?expand=breadcrumbs,navigation,translations,actions,navroot,types,workflow",
    "/++api++/first/@breadcrumbs",
    "/++api++/@navigation?expand.navigation.depth=2",
    "/++api++/@search?SearchableText=hello",
    "/++api++/@types/plugin_site.NotePage",
    "/++api++/@site",
    "/++api++/nothing-here",
]:
    response = client.get(url, HTTP_ACCEPT="application/json")
    answers[url] = {"status": response.status_code, "json": json.loads(response.content)}
html = client.get("/first/", HTTP_ACCEPT="text/html")
answers["html"] = {"status": html.status_code, "type": html["Content-Type"]}
print(json.dumps(answers))
