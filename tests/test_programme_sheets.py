"""Issue 17: a programme's goals, measures, indicators and observations as a spreadsheet round trip.

An editor downloads the sheets, edits them offline and uploads them; the preview shows what
changes, and confirming saves a new draft revision that goes to the organisation's review.
"""

import copy
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page, Revision
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from programs.models import ProgramPage
from programs.sheets.rows import programme_rows
from programs.sheets.saving import goals_json

from .isolation import make_editor
from .sheets import (
    column_of,
    confirm,
    download,
    messages,
    problems,
    row_of,
    saved,
    speak,
    upload,
    workbook,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

MEASURES_FI, OBSERVATIONS_FI = "Toimenpiteet", "Mittaustulokset"


@pytest.fixture
def programme(demo):
    return ProgramPage.objects.get(locale=demo["fi"], organisation__slug="esimerkkila")


@pytest.fixture
def aino(client, organisations):
    client.force_login(organisations["own"]["editor"])
    return client


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def first_measure(page):
    """The first measure of the first goal, with its block id."""
    return page.goals[0].value["measures"].bound_blocks[0]


def latest(page):
    return ProgramPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def edited_cell(client, page, sheet, identifier, header, value):
    book = workbook(download(client, page))
    worksheet = book[sheet]
    worksheet[f"{column_of(worksheet, header)}{row_of(worksheet, identifier)}"] = value
    return saved(book)


# Download


def test_download_has_one_sheet_each_with_block_ids_and_finnish_headers(aino, programme):
    book = workbook(download(aino, programme))
    assert book.sheetnames == ["Tavoitteet", MEASURES_FI, "Mittarit", OBSERVATIONS_FI]
    measures = book[MEASURES_FI]
    assert [cell.value for cell in measures[1]][:4] == [
        "Tunniste",
        "Tavoitteen tunniste",
        "Tavoite (tiedoksi)",
        "Toimenpide",
    ]
    measure = first_measure(programme)
    row = row_of(measures, measure.id)
    assert measures[f"D{row}"].value == measure.value["title"]
    assert measures[f"B{row}"].value == programme.goals[0].id
    assert measures[f"K{row}"].value == "Toteutettu"  # the status label, not its key
    observations = book[OBSERVATIONS_FI]
    assert isinstance(observations["D2"].value, datetime.datetime)
    assert observations["D2"].number_format == "d.m.yyyy"


def test_headers_and_labels_follow_the_admins_language(aino, programme, organisations):
    speak(organisations["own"]["editor"], "sv")
    book = workbook(download(aino, programme))
    assert book.sheetnames == ["Mål", "Åtgärder", "Indikatorer", "Mätresultat"]
    assert book["Åtgärder"]["K1"].value == "Status"
    assert book["Åtgärder"][f"K{row_of(book['Åtgärder'], first_measure(programme).id)}"].value == (
        "Genomförd"
    )


def test_csv_comes_as_one_file_per_sheet_in_a_zip_or_one_sheet_by_parameter(aino, programme):
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(download(aino, programme, format="csv")))
    assert sorted(archive.namelist()) == sorted(
        f"{name}.csv" for name in ("Tavoitteet", MEASURES_FI, "Mittarit", OBSERVATIONS_FI)
    )
    text = download(aino, programme, format="csv", sheet="observations").decode("utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header == "Tunniste;Mittarin tunniste;Mittari (tiedoksi);Päivämäärä;Arvo"
    assert first.endswith(";31.5.2025;36,6")  # Finnish dates and decimal commas


def test_a_formula_like_text_is_neutralised_and_read_back_unchanged(aino, programme):
    goals = programme.goals.get_prep_value()
    goals[0]["value"]["description"] = "=KOKEILU() ja -merkki"
    programme.goals = goals
    programme.save_revision()
    book = workbook(download(aino, programme))
    assert book["Tavoitteet"]["C2"].value == "'=KOKEILU() ja -merkki"
    before = revisions(programme)
    response = upload(aino, programme, saved(book))
    assert response.status_code == 200
    assert response.context["changes"] == []
    assert revisions(programme) == before


def test_a_bad_download_parameter_is_a_clear_400(aino, programme):
    response = aino.get(reverse("programme_sheet_download", args=[programme.pk]), {"format": "pdf"})
    assert response.status_code == 400


# Round trip


@pytest.mark.parametrize(
    ("query", "name"),
    [({}, "ohjelma.xlsx"), ({"format": "csv"}, "ohjelma.zip")],
)
def test_download_then_upload_unchanged_changes_nothing(aino, programme, query, name):
    before = revisions(programme)
    response = upload(aino, programme, download(aino, programme, **query), name=name)
    assert response.status_code == 200
    assert response.context["changes"] == []
    assert "Tiedosto ei muuta ohjelmassa mitään." in response.content.decode()
    assert not response.context["plan"]
    assert revisions(programme) == before


def test_one_edited_cell_is_one_change_saved_as_a_draft_in_review(aino, programme):
    measure = first_measure(programme)
    live_goals = goals_json(programme)
    before = revisions(programme)
    content = edited_cell(aino, programme, MEASURES_FI, measure.id, "Eteneminen (%)", 55)

    preview = upload(aino, programme, content)
    assert preview.status_code == 200
    [change] = preview.context["changes"]
    assert (change.kind, change.sheet, change.title) == (
        "changed",
        "measures",
        measure.value["title"],
    )
    assert [(f.label, f.old, f.new) for f in change.fields] == [("Eteneminen (%)", "100", "55")]
    assert revisions(programme) == before, "the preview saves nothing"

    response = confirm(aino, programme, preview)
    assert response.status_code == 302
    assert revisions(programme) == before + 1
    page = ProgramPage.objects.get(pk=programme.pk)
    assert goals_json(page) == live_goals, "the live programme is unchanged"
    draft_goals = goals_json(latest(page))
    # The new progress is a new update dated today; the earlier updates stay as they were.
    old_updates = live_goals[0]["value"]["measures"][0]["value"]["updates"]
    draft_updates = draft_goals[0]["value"]["measures"][0]["value"]["updates"]
    assert draft_updates[: len(old_updates)] == old_updates
    [new_update] = draft_updates[len(old_updates) :]
    assert new_update["value"] == {
        "date": timezone.localdate().isoformat(),
        "status": "done",
        "progress": 55,
        "note": "",
    }
    expected = copy.deepcopy(live_goals)
    expected[0]["value"]["measures"][0]["value"]["updates"].append(new_update)
    assert draft_goals == expected, "only that cell changed; every block keeps its id"
    assert page.get_latest_revision().user.username == "aino"
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow == page.get_workflow()


def test_finnish_csv_with_decimal_comma_and_dotted_dates_adds_an_observation(aino, programme):
    text = download(aino, programme, format="csv", sheet="observations").decode("utf-8-sig")
    indicator_id = text.splitlines()[1].split(";")[1]
    text += f";{indicator_id};;1.2.2026;37,25\r\n"
    preview = upload(
        aino, programme, text.encode("utf-8"), name="havainnot.csv", sheet="observations"
    )
    assert preview.status_code == 200, problems(preview)
    [change] = preview.context["changes"]
    assert change.kind == "added" and change.title.endswith(": 1.2.2026")
    confirm(aino, programme, preview)
    indicator = next(
        item
        for goal in latest(programme).goals
        for item in goal.value["indicators"].bound_blocks
        if item.id == indicator_id
    )
    assert {
        (observation["date"], observation["value"])
        for observation in indicator.value["observations"]
    } >= {(datetime.date(2026, 2, 1), 37.25)}


def test_removed_and_added_rows_show_in_the_preview_and_are_saved(aino, programme):
    book = workbook(download(aino, programme))
    measures = book[MEASURES_FI]
    removed = first_measure(programme)
    goal_id = measures["B2"].value
    measures.delete_rows(row_of(measures, removed.id))
    measures.append(
        [None, goal_id, None, "Uusi toimenpide", None, None, "Nuoret", None, None, None]
        + ["Suunniteltu", 0, None]
    )
    preview = upload(aino, programme, saved(book))
    kinds = sorted((change.kind, change.title) for change in preview.context["changes"])
    assert kinds == [("added", "Uusi toimenpide"), ("removed", removed.value["title"])]
    confirm(aino, programme, preview)
    titles = [m["title"] for m in latest(programme).goals[0].value["measures"]]
    assert "Uusi toimenpide" in titles and removed.value["title"] not in titles


# Validation: every problem names the sheet, the row, the column and what is wrong


def _set(sheet, cell, value):
    def edit(book):
        book[sheet][cell] = value

    return edit


def _duplicate_id(book):
    measures = book[MEASURES_FI]
    measures["A3"] = measures["A2"].value


def _unknown_reference(book):
    book[MEASURES_FI]["B2"] = "ei-ole-olemassa"


def _duplicate_observation_date(book):
    observations = book[OBSERVATIONS_FI]
    observations["D3"] = observations["D2"].value


# fmt: off
CELL_PROBLEMS = [
    # (edit, sheet, row, column, Finnish message, Swedish message)
    (_set(MEASURES_FI, "D2", None), MEASURES_FI, 2, "D",
     "Solu ei saa olla tyhjä.", "Cellen får inte vara tom."),
    (_set(MEASURES_FI, "L2", "paljon"), MEASURES_FI, 2, "L",
     "”paljon” ei ole luku.", "”paljon” är inte ett tal."),
    (_set(MEASURES_FI, "L2", 45.5), MEASURES_FI, 2, "L",
     "”45,5” ei ole kokonaisluku.", "”45,5” är inte ett heltal."),
    (_set(MEASURES_FI, "L2", 120), MEASURES_FI, 2, "L",
     "120 ei ole välillä 0–100.", "120 ligger inte mellan 0 och 100."),
    (_set(MEASURES_FI, "K2", "Melkein valmis"), MEASURES_FI, 2, "K",
     "”Melkein valmis” ei ole mikään näistä:", "”Melkein valmis” är inte något av följande:"),
    (_set(MEASURES_FI, "G2", "Nuoret; Marsilaiset"), MEASURES_FI, 2, "G",
     "”Marsilaiset” ei ole mikään näistä:", "”Marsilaiset” är inte något av följande:"),
    (_set(MEASURES_FI, "J2", "31.12.21000"), MEASURES_FI, 2, "J",
     "”31.12.21000” ei ole päivämäärä.", "”31.12.21000” är inte ett datum."),
    (_set(MEASURES_FI, "J2", "1.1.2200"), MEASURES_FI, 2, "J",
     "1.1.2200 ei ole uskottava päivämäärä", "1.1.2200 är inte ett rimligt datum"),
    (_set("Mittarit", "G2", "1.2.3"), "Mittarit", 2, "G",
     "”1.2.3” ei ole luku.", "”1.2.3” är inte ett tal."),
    (_set(OBSERVATIONS_FI, "D2", "31.2.2025"), OBSERVATIONS_FI, 2, "D",
     "”31.2.2025” ei ole päivämäärä.", "”31.2.2025” är inte ett datum."),
    (_set(OBSERVATIONS_FI, "D2", "1.1.1980"), OBSERVATIONS_FI, 2, "D",
     "1.1.1980 ei ole uskottava päivämäärä", "1.1.1980 är inte ett rimligt datum"),
    (_set(OBSERVATIONS_FI, "E2", "=1+1"), OBSERVATIONS_FI, 2, "E",
     "Solussa on kaava.", "Cellen innehåller en formel."),
    (_set(MEASURES_FI, "A2", "ei-tunnettu"), MEASURES_FI, 2, "A",
     "Tässä ohjelmassa ei ole riviä tunnisteella ”ei-tunnettu”.",
     "Det här programmet har ingen rad med id:t ”ei-tunnettu”."),
    (_duplicate_id, MEASURES_FI, 3, "A",
     "on myös rivillä 2.", "finns också på rad 2."),
    (_unknown_reference, MEASURES_FI, 2, "B",
     "Taulukossa ”Tavoitteet” ei ole riviä tunnisteella ”ei-ole-olemassa”.",
     "Bladet ”Mål” har ingen rad med id:t ”ei-ole-olemassa”."),
    (_duplicate_observation_date, OBSERVATIONS_FI, 3, "D",
     "Mittarilla on jo mittaustulos päivämäärällä 31.5.2025 rivillä 2.",
     "Indikatorn har redan en observation daterad 31.5.2025 på rad 2."),
]
# fmt: on
PLACES = {
    "fi": "Taulukko ”{sheet}”, rivi {row}, sarake {column} ”",
    "sv": "Bladet ”{sheet}”, rad {row}, kolumn {column} ”",
}


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(
    ("edit", "sheet", "row", "column", "finnish", "swedish"),
    CELL_PROBLEMS,
    ids=[
        f"{problem[1]}-{problem[3]}{problem[2]}-{index}"
        for index, problem in enumerate(CELL_PROBLEMS)
    ],
)
def test_every_cell_problem_names_sheet_row_and_column_in_the_admins_language(
    aino, programme, organisations, language, edit, sheet, row, column, finnish, swedish
):
    # The file was downloaded in Finnish; a Swedish-speaking admin may upload it all the same.
    book = workbook(download(aino, programme))
    edit(book)
    speak(organisations["own"]["editor"], language)
    before = revisions(programme)
    response = upload(aino, programme, saved(book))
    assert response.status_code == 400
    [problem] = problems(response)
    assert problem.startswith(PLACES[language].format(sheet=sheet, row=row, column=column))
    assert (finnish if language == "fi" else swedish) in problem
    assert revisions(programme) == before


def _rename_header(book):
    book[MEASURES_FI]["L1"] = "Valmiusaste"


def _drop_column(book):
    book[MEASURES_FI].delete_cols(12)


def _repeat_column(book):
    book[MEASURES_FI]["N1"] = "Tila"


def _drop_sheet(book):
    del book[OBSERVATIONS_FI]


def _extra_sheet(book):
    book.create_sheet("Muistiinpanot")


SHEET_PROBLEMS = [
    (
        _rename_header,
        [
            "Taulukko ”Toimenpiteet”, rivi 1, sarake L: ”Valmiusaste” ei ole tämän taulukon sarake.",
            "Taulukko ”Toimenpiteet”: Sarake ”Eteneminen (%)” puuttuu.",
        ],
        [
            "Bladet ”Toimenpiteet”, rad 1, kolumn L: ”Valmiusaste” är inte en kolumn i det här bladet.",
            "Bladet ”Toimenpiteet”: Kolumnen ”Framsteg (%)” saknas.",
        ],
    ),
    (
        _drop_column,
        "Taulukko ”Toimenpiteet”: Sarake ”Eteneminen (%)” puuttuu.",
        "Bladet ”Toimenpiteet”: Kolumnen ”Framsteg (%)” saknas.",
    ),
    (
        _repeat_column,
        "Taulukko ”Toimenpiteet”, rivi 1, sarake N: Sarake ”Tila” on myös sarakkeessa K.",
        "Bladet ”Toimenpiteet”, rad 1, kolumn N: Kolumnen ”Tila” finns också i kolumn K.",
    ),
    (
        _drop_sheet,
        "Taulukko ”Mittaustulokset”: Tiedostosta puuttuu tämä taulukko.",
        "Bladet ”Mätresultat”: Det här bladet saknas i filen.",
    ),
    (
        _extra_sheet,
        "Taulukko ”Muistiinpanot”: Ohjelman työkirjassa ei ole taulukkoa nimeltä ”Muistiinpanot”.",
        "Bladet ”Muistiinpanot”: Ett programs arbetsbok har inget blad som heter ”Muistiinpanot”.",
    ),
]


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(("edit", "finnish", "swedish"), SHEET_PROBLEMS)
def test_a_wrong_missing_or_repeated_column_or_sheet_is_named(
    aino, programme, organisations, language, edit, finnish, swedish
):
    book = workbook(download(aino, programme))
    edit(book)
    speak(organisations["own"]["editor"], language)
    before = revisions(programme)
    response = upload(aino, programme, saved(book))
    assert response.status_code == 400
    expected = finnish if language == "fi" else swedish
    assert problems(response) == (expected if isinstance(expected, list) else [expected])
    assert revisions(programme) == before


# Bad files change nothing


def _macro_workbook(content):
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(content))
    return zip_bytes(
        {**{name: source.read(name) for name in source.namelist()}, "xl/vbaProject.bin": b"VBA"}
    )


BAD_FILES = [
    (
        "kuva.png",
        lambda content: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "",
        "Tiedosto ei ole taulukko, jonka voimme lukea.",
    ),
    ("ohjelma.xlsx", lambda content: b"", "", "Lähetetty tiedosto on tyhjä."),
    ("ohjelma.xlsm", lambda content: content, "", ".xlsm-tiedostoissa voi olla makroja"),
    ("ohjelma.xlsx", _macro_workbook, "", "Työkirjassa on makroja."),
    (
        "ohjelma.xlsx",
        lambda content: content[: len(content) // 2],
        "",
        "Tiedosto ei ole taulukko, jonka voimme lukea.",
    ),
    (
        "ohjelma.zip",
        lambda content: zip_bytes({"ohjelma.exe": b"MZ"}),
        "",
        "Zip-paketissa saa olla vain taulukoiden CSV-tiedostot",
    ),
    (
        "iso.xlsx",
        lambda content: content + b"\x00" * (2 * 1024 * 1024),
        "",
        "taulukko saa olla enintään 2,0",
    ),
    ("mittarit.csv", lambda content: b"Tunniste;Nimi\r\n", "", "Valitse, mikä taulukko"),
]


@pytest.mark.parametrize(
    ("name", "make", "sheet", "message"),
    BAD_FILES,
    ids=[f[0] + str(i) for i, f in enumerate(BAD_FILES)],
)
def test_a_bad_file_is_refused_clearly_and_changes_nothing(
    aino, programme, name, make, sheet, message
):
    before = revisions(programme)
    response = upload(aino, programme, make(download(aino, programme)), name=name, sheet=sheet)
    assert response.status_code == 400
    assert any(message in said for said in messages(response)), messages(response)
    assert revisions(programme) == before


def test_a_workbook_of_another_programme_is_refused(aino, programme, demo):
    content = download(aino, programme)
    sibling = programme.copy(update_attrs={"slug": "kopio", "title": "Kopio"}, keep_live=False)
    response = upload(aino, sibling, content)
    assert response.status_code == 400
    assert "Tämä työkirja on ladattu toisesta ohjelmasta." in response.context["refused"]


# Never a newer draft overwritten, never published directly


def test_a_newer_revision_after_the_preview_refuses_the_confirmation(aino, programme):
    measure = first_measure(programme)
    preview = upload(
        aino, programme, edited_cell(aino, programme, MEASURES_FI, measure.id, "Eteneminen (%)", 60)
    )
    colleague = latest(programme)
    colleague.summary = "Kollegan samaan aikaan tallentama tiivistelmä."
    colleague.save_revision()
    before = revisions(programme)
    response = confirm(aino, programme, preview)
    assert response.status_code == 409
    assert "Mitään ei tallennettu" in response.context["refused"]
    assert revisions(programme) == before
    assert latest(programme).summary == "Kollegan samaan aikaan tallentama tiivistelmä."


def test_a_forged_preview_is_refused(aino, programme):
    response = aino.post(
        reverse("programme_sheet_confirm", args=[programme.pk]), {"plan": "väärennetty"}
    )
    assert response.status_code == 400
    assert "Esikatselu on vanhentunut tai virheellinen." in response.context["refused"]


# Translations stay linked


def test_translation_pages_download_but_refuse_uploads(aino, programme, demo):
    swedish = ProgramPage.objects.get(translation_key=programme.translation_key, locale=demo["sv"])
    content = download(aino, swedish)
    assert workbook(content)[MEASURES_FI]["D2"].value == first_measure(swedish).value["title"]
    before = revisions(swedish)
    response = upload(aino, swedish, content)
    assert response.status_code == 400
    assert "Lähetä taulukot suomenkieliseen ohjelmaan" in response.context["refused"]
    assert revisions(swedish) == before


def test_a_changed_finnish_text_waits_for_translators_and_a_changed_figure_reaches_them(
    aino, programme, demo, organisations
):
    measure = first_measure(programme)
    book = workbook(download(aino, programme))
    measures = book[MEASURES_FI]
    row = row_of(measures, measure.id)
    measures[f"D{row}"] = "Palvelutiedot selkokielelle ja viittomakielelle"
    measures[f"L{row}"] = 90
    preview = upload(aino, programme, saved(book))
    assert confirm(aino, programme, preview).status_code == 302

    # The moderators approve: the workflow publishes the new revision.
    moderator = make_editor("mikko", "esimerkkila")
    organisations["own"]["access"].moderators.user_set.add(moderator)
    state = ProgramPage.objects.get(pk=programme.pk).current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")

    # Sync: the source is updated and the Swedish translation saved again.
    source = TranslationSource.objects.get(object_id=programme.translation_key, locale=demo["fi"])
    source.update_from_db()
    swedish_strings = {
        segment.context.path: segment.translation
        for segment in StringSegment.objects.filter(source=source)
        .select_related("context")
        .annotate_translation(demo["sv"])
    }
    title_path = f"goals.{programme.goals[0].id}.measures.{measure.id}.title"
    description_path = f"goals.{programme.goals[0].id}.measures.{measure.id}.description"
    assert swedish_strings[title_path] is None, "the changed text waits for a translator"
    assert swedish_strings[description_path], "the unchanged texts keep their translation"

    translation = Translation.objects.get(source=source, target_locale=demo["sv"])
    translation.save_target(publish=False)
    swedish = Page.objects.get(translation_key=programme.translation_key, locale=demo["sv"])
    swedish.get_latest_revision().publish()
    swedish_measure = first_measure(ProgramPage.objects.get(pk=swedish.pk))
    assert swedish_measure.value.progress == 90, "the figure reaches the translation"
    assert swedish_measure.id == measure.id


# Only the organisation's own editors


def test_another_organisations_editor_finds_no_programme(client, programme, organisations):
    before = revisions(programme)
    client.force_login(organisations["other"]["editor"])
    # A 404 outside the language prefixes is redirected under /fi/, where it is a 404 again.
    for response in (
        client.get(reverse("programme_sheet_download", args=[programme.pk]), follow=True),
        client.get(reverse("programme_sheets", args=[programme.pk]), follow=True),
        client.post(
            reverse("programme_sheet_confirm", args=[programme.pk]), {"plan": "x"}, follow=True
        ),
    ):
        assert response.status_code == 404
    assert revisions(programme) == before


def test_anonymous_visitors_are_sent_to_sign_in(client, programme):
    for url in (
        reverse("programme_sheet_download", args=[programme.pk]),
        reverse("programme_sheets", args=[programme.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_programmes_header_menu_links_to_the_spreadsheet(aino, programme):
    html = aino.get(reverse("wagtailadmin_pages:edit", args=[programme.pk])).content.decode()
    assert "Lataa taulukkona" in html and "Tuo taulukosta" in html
    assert reverse("programme_sheets", args=[programme.pk]) in html


def test_the_upload_form_is_labelled_and_explains_the_formats(aino, programme):
    response = aino.get(reverse("programme_sheets", args=[programme.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="w-field__label" for="id_file"' in html
    assert "31.3.2026" in html


def test_rows_read_from_the_programme_match_its_blocks(programme):
    rows = programme_rows(programme.goals.get_prep_value())
    assert len(rows["measures"]) == sum(len(goal.value["measures"]) for goal in programme.goals)
    assert {row["goal_id"] for row in rows["indicators"]} <= {goal.id for goal in programme.goals}


def test_a_changed_note_corrects_the_latest_update_and_a_due_date_is_saved(aino, programme):
    measure = first_measure(programme)
    book = workbook(download(aino, programme))
    measures = book[MEASURES_FI]
    row = row_of(measures, measure.id)
    measures[f"J{row}"] = "31.12.2027"
    measures[f"M{row}"] = "Esite jaettiin myös neuvolaan."
    preview = upload(aino, programme, saved(book))
    [change] = preview.context["changes"]
    with translation.override("fi"):
        labels = [gettext("Due date"), "Viimeisimmän päivityksen huomio"]
    assert [field.label for field in change.fields] == labels
    confirm(aino, programme, preview)
    draft = first_measure(latest(programme))
    assert draft.value["due_date"] == datetime.date(2027, 12, 31)
    assert len(draft.value["updates"]) == len(measure.value["updates"]), "no new update"
    assert draft.value.latest_update["note"] == "Esite jaettiin myös neuvolaan."
    assert (draft.value.status, draft.value.progress) == (
        measure.value.status,
        measure.value.progress,
    )


def test_a_file_from_an_older_version_is_previewed_against_the_newest_with_a_warning(
    aino, programme
):
    content = download(aino, programme)
    colleague = latest(programme)
    colleague.summary = "Kollegan myöhemmin tallentama tiivistelmä."
    colleague.save_revision()
    response = upload(aino, programme, content)
    assert response.status_code == 200
    assert response.context["stale"] is True
    assert "Tiedosto on ladattu ohjelman vanhemmasta versiosta." in response.content.decode()


def test_a_programme_waiting_in_review_refuses_an_editors_upload(aino, programme, organisations):
    editor = organisations["own"]["editor"]
    programme.get_workflow().start(programme, editor)
    before = revisions(programme)
    response = upload(aino, programme, download(aino, programme))
    assert response.status_code == 409
    assert response.context["refused"]
    assert revisions(programme) == before


def test_the_upload_page_speaks_the_admins_language(aino, programme, organisations):
    speak(organisations["own"]["editor"], "sv")
    html = aino.get(reverse("programme_sheets", args=[programme.pk])).content.decode()
    assert "Importera från kalkylblad" in html
    assert "Högst 2 MB." in html  # the file's help text, formatted per request


def test_confirming_one_preview_twice_saves_once(aino, programme):
    measure = first_measure(programme)
    content = edited_cell(aino, programme, MEASURES_FI, measure.id, "Eteneminen (%)", 65)
    preview = upload(aino, programme, content)
    before = revisions(programme)
    assert confirm(aino, programme, preview).status_code == 302
    assert confirm(aino, programme, preview).status_code == 409
    assert revisions(programme) == before + 1


def test_an_english_admin_writes_decimal_points_and_iso_dates(aino, programme, organisations):
    speak(organisations["own"]["editor"], "en")
    text = download(aino, programme, format="csv", sheet="observations").decode("utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header == "Id,Indicator id,Indicator (for information),Date,Value"
    assert first.endswith(",2025-05-31,36.6")
    indicator_id = first.split(",")[1]
    bad = text + f',{indicator_id},,2026-02-01,"37,25"\r\n'
    response = upload(aino, programme, bad.encode(), name="observations.csv", sheet="observations")
    assert response.status_code == 400
    [problem] = problems(response)
    assert problem.startswith("Sheet “observations.csv”, row ")
    assert "“37,25” is not a number. Write it like 12.5." in problem
