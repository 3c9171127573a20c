"""Issue 7: the translators' workflow with wagtail-localize, on demo pages.

A translator exports a PO file of a Swedish translation, edits it elsewhere and imports it back;
after a Finnish string changes, a sync keeps every other Swedish string a translator entered.
"""

import polib
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import GuideStepPage
from osallisuus_site.machine_translation import machine_translator_from_environment
from programs.models import ProgramPage

pytestmark = pytest.mark.django_db


def source_and_translation(page, locale):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return source, Translation.objects.get(source=source, target_locale=locale)


def save_and_publish(translation, source_page):
    """What the translation editor's Publish does, without deferring the publish to commit time."""
    translation = Translation.objects.get(pk=translation.pk)  # never a cached, stale source
    translation.save_target(publish=False)
    target = Page.objects.get(
        translation_key=source_page.translation_key, locale=translation.target_locale
    ).specific
    target.get_latest_revision().publish()
    return type(target).objects.get(pk=target.pk)


def translated_strings(source, locale):
    """{context path: translated text} of every segment of the source."""
    segments = StringSegment.objects.filter(source=source).select_related("context")
    return {
        segment.context.path: segment.translation
        for segment in segments.annotate_translation(locale)
    }


@pytest.mark.parametrize("model", [GuideStepPage, ProgramPage])
def test_po_round_trip_changes_the_live_swedish_page(client, demo, model):
    finnish = model.objects.filter(locale=demo["fi"]).live().first()
    source, translation = source_and_translation(finnish, demo["sv"])

    # Export, edit the file as a translator would elsewhere, import it back.
    exported = str(translation.export_po())
    po = polib.pofile(exported)
    [entry] = [entry for entry in po if entry.msgctxt == "plain_language_summary"]
    assert entry.msgstr, "the demo's Swedish summary is exported as the current translation"
    entry.msgstr = "Ny lättläst sammanfattning från översättaren."
    warnings = translation.import_po(polib.pofile(str(po)))
    assert warnings == []

    swedish = save_and_publish(translation, finnish)
    response = client.get(swedish.url)
    assert response.status_code == 200
    assert "Ny lättläst sammanfattning från översättaren." in response.content.decode()
    assert swedish.plain_language_summary == "Ny lättläst sammanfattning från översättaren."


def test_po_round_trip_through_the_translation_editors_download_and_upload(admin_client, demo):
    finnish = ProgramPage.objects.filter(locale=demo["fi"]).live().first()
    _source, translation = source_and_translation(finnish, demo["sv"])

    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith("-sv.po")
    po = polib.pofile(download.content.decode())
    [entry] = [entry for entry in po if entry.msgctxt == "summary"]
    entry.msgstr = "Sammanfattningen som översättaren skrev i sitt eget verktyg."

    upload = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("sv.po", str(po).encode()), "next": "/admin/"},
    )
    assert upload.status_code == 302
    swedish = save_and_publish(translation, finnish)
    html = admin_client.get(swedish.url).content.decode()
    assert "Sammanfattningen som översättaren skrev i sitt eget verktyg." in html


@pytest.mark.parametrize("model", [GuideStepPage, ProgramPage])
def test_editing_a_swedish_page_opens_the_translation_editor(admin_client, demo, model):
    swedish = model.objects.filter(locale=demo["sv"]).first()
    response = admin_client.get(f"/admin/pages/{swedish.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "js-translation-editor" in html and "downloadPofile" in html


def test_a_po_file_of_another_translation_is_ignored(demo):
    finnish = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    _source, swedish = source_and_translation(finnish, demo["sv"])
    _source, english = source_and_translation(finnish, demo["en"])
    po = swedish.export_po()
    for entry in po:
        entry.msgstr = "Fel fil"
    english.import_po(po)
    assert "Fel fil" not in translated_strings(english.source, demo["en"]).values()


def test_sync_after_one_finnish_change_keeps_every_other_swedish_string(client, demo):
    finnish = GuideStepPage.objects.filter(locale=demo["fi"], step_number=2).get()
    source, translation = source_and_translation(finnish, demo["sv"])
    before = translated_strings(source, demo["sv"])
    assert len(before) > 5 and all(before.values()), "the demo translates every string"
    swedish_before = GuideStepPage.objects.get(
        translation_key=finnish.translation_key, locale=demo["sv"]
    )

    # An editor changes one Finnish string and publishes.
    finnish.produces = "Ryhmän kokoonpano ja uusi yhteystietolista."
    finnish.save_revision().publish()

    # Sync: refresh the source and save the translation again.
    source.update_from_db()
    after = translated_strings(source, demo["sv"])
    assert after["produces"] is None, "the changed string waits for a translator"
    total, translated = Translation.objects.get(pk=translation.pk).get_progress()
    assert (total, translated) == (len(after), len(after) - 1)
    assert {path: text for path, text in after.items() if path != "produces"} == {
        path: text for path, text in before.items() if path != "produces"
    }

    swedish = save_and_publish(translation, finnish)
    assert swedish.title == swedish_before.title
    assert swedish.intro == swedish_before.intro
    assert swedish.plain_language_summary == swedish_before.plain_language_summary
    assert swedish.who_takes_part == swedish_before.who_takes_part
    # Until it is translated, the changed string shows the new Finnish text.
    assert swedish.produces == "Ryhmän kokoonpano ja uusi yhteystietolista."

    # The old Swedish text stays available to the translator as an obsolete PO entry.
    obsolete = [entry for entry in translation.export_po() if entry.obsolete]
    assert [entry.msgstr for entry in obsolete] == [before["produces"]]


# Machine translation: off by default, configured from the environment.


def test_machine_translation_is_off_by_default():
    assert machine_translator_from_environment({}) is None
    assert get_machine_translator() is None


def test_deepl_is_configured_from_the_environment():
    config = machine_translator_from_environment(
        {"MACHINE_TRANSLATOR": "deepl", "DEEPL_AUTH_KEY": "key:fx"}
    )
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        translator = get_machine_translator()
    assert translator.display_name == "DeepL"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


@pytest.mark.parametrize(
    "environ",
    [{"MACHINE_TRANSLATOR": "deepl"}, {"MACHINE_TRANSLATOR": "babelfish"}],
)
def test_an_incomplete_machine_translation_setting_fails_at_start(environ):
    with pytest.raises(ImproperlyConfigured):
        machine_translator_from_environment(environ)
