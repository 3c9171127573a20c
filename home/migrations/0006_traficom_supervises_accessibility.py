"""The accessibility supervisor since 1.1.2025 (Act 306/2019 as amended, HE 71/2024): Traficom.

Its details are editable afterwards (Snippets › Accessibility supervisors); confirm them on
saavutettavuusvaatimukset.fi before a real publication."""

import uuid

from django.db import migrations

WEBSITE = "https://www.saavutettavuusvaatimukset.fi"
TRAFICOM = {
    "fi": {
        "name": "Liikenne- ja viestintävirasto Traficom",
        "unit": "saavutettavuusvalvonta",
        "guidance": (
            "Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta 14 päivän kuluessa, "
            "voit tehdä ilmoituksen Liikenne- ja viestintävirasto Traficomille. Traficomin "
            "saavutettavuusvalvonta valvoo, että digitaaliset palvelut täyttävät "
            "saavutettavuusvaatimukset."
        ),
    },
    "sv": {
        "name": "Transport- och kommunikationsverket Traficom",
        "unit": "tillgänglighetstillsynen",
        "guidance": (
            "Om du inte är nöjd med vårt svar eller inte får något svar inom 14 dagar kan du göra "
            "en anmälan till Transport- och kommunikationsverket Traficom. Tillgänglighetstillsynen "
            "vid Traficom övervakar att digitala tjänster uppfyller tillgänglighetskraven."
        ),
    },
    "en": {
        "name": "Finnish Transport and Communications Agency Traficom",
        "unit": "accessibility monitoring",
        "guidance": (
            "If you are not satisfied with our reply, or you do not receive a reply within 14 "
            "days, you can report the matter to the Finnish Transport and Communications Agency "
            "Traficom. Its accessibility monitoring unit supervises whether digital services meet "
            "the accessibility requirements."
        ),
    },
}


def add_traficom(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    AccessibilitySupervisor = apps.get_model("home", "AccessibilitySupervisor")
    if AccessibilitySupervisor.objects.exists():
        return
    translation_key = uuid.uuid4()
    for language_code, texts in TRAFICOM.items():
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        AccessibilitySupervisor.objects.create(
            translation_key=translation_key,
            locale=locale,
            email="saavutettavuus@traficom.fi",
            phone="029 534 5000",
            website=WEBSITE,
            **texts,
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0005_accessibilitysupervisor")]

    operations = [migrations.RunPython(add_traficom, migrations.RunPython.noop)]
