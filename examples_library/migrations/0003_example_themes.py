from django.db import migrations

THEME_KEYS = [
    "youth",
    "older_people",
    "co_development",
    "participatory_budgeting",
    "digital_participation",
    "interaction_plan",
    "structures",
    "experts_by_experience",
    "client_participation",
    "civic_activity",
    "evaluation",
    "local_democracy",
]


def create_themes(apps, schema_editor):
    ExampleTheme = apps.get_model("examples_library", "ExampleTheme")
    for key in THEME_KEYS:
        ExampleTheme.objects.get_or_create(key=key)


class Migration(migrations.Migration):
    dependencies = [("examples_library", "0002_initial")]

    operations = [migrations.RunPython(create_themes, migrations.RunPython.noop)]
