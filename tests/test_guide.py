"""Issue 3: the trilingual guide, its knowledge API, the demo loader and the needs-mapping workbook."""

import csv
import io

import pytest
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from home.models import GuideIndexPage, GuideStepPage, WorkbookPage
from home.workbook.answers import MAX_NOTES_LENGTH
from home.workbook.export import neutralise_formula
from osallisuus_site.demo.loader import load_demo_content
from programs.models import ParticipationDomain

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
WORKBOOK_SLUGS = {"fi": "tyokirja", "sv": "arbetsbok", "en": "workbook"}
QUESTIONS_PER_LANGUAGE = 45


def guide_index(locale):
    return GuideIndexPage.objects.get(locale=locale)


def workbook(locale):
    return WorkbookPage.objects.get(locale=locale)


def question_ids(locale):
    """{domain key: [question block ids]} in the order of the page."""
    return {
        domain.key: [block.id for block in domain.questions]
        for domain in ParticipationDomain.objects.filter(locale=locale).order_by("sort_order")
    }


# The guide's pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_guide_index_with_exactly_five_live_steps(demo, language):
    index = guide_index(demo[language])
    steps = GuideStepPage.objects.child_of(index).live()
    assert sorted(step.step_number for step in steps) == [1, 2, 3, 4, 5]
    assert GuideStepPage.objects.child_of(index).count() == 5


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_translated_step_is_a_linked_translation(client, demo, language):
    for finnish in GuideStepPage.objects.filter(locale=demo["fi"]):
        response = client.get(f"/api/v2/pages/?translation_of={finnish.pk}&locale={language}")
        assert response.status_code == 200
        [item] = response.json()["items"]
        translated = GuideStepPage.objects.get(pk=item["id"])
        assert translated.translation_key == finnish.translation_key
        assert translated.step_number == finnish.step_number
        assert translated.title != finnish.title


def test_domains_api_gives_every_question_in_every_language(client, demo):
    texts = {}
    for language in LANGUAGES:
        response = client.get(f"/api/v2/domains/?locale={language}")
        assert response.status_code == 200
        domains = response.json()["items"]
        assert len(domains) == 3
        questions = [question for domain in domains for question in domain["questions"]]
        assert len(questions) == QUESTIONS_PER_LANGUAGE
        for question in questions:
            assert set(question) >= {"id", "text", "theme", "audience"}
            assert question["text"]
        texts[language] = {question["id"]: question["text"] for question in questions}
    # The ids are shared; the texts are translations.
    for language in ("sv", "en"):
        assert texts[language].keys() == texts["fi"].keys()
        assert all(texts[language][qid] != texts["fi"][qid] for qid in texts["fi"])


def test_pages_api_gives_the_steps_plain_language_summary(client, demo):
    response = client.get(
        "/api/v2/pages/?type=home.GuideStepPage&fields=plain_language_summary&limit=50"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 15
    assert all(item["plain_language_summary"] for item in items)


@pytest.mark.parametrize("language", LANGUAGES)
def test_step_pages_render_summary_checklist_and_step_links(client, demo, language):
    steps = GuideStepPage.objects.filter(locale=demo[language]).order_by("step_number")
    for step in steps:
        html = client.get(step.url).content.decode()
        assert 'class="plain-summary"' in html
        assert step.plain_language_summary.split(".")[0] in html
        assert 'class="checklist"' in html
        if step.step_number > 1:
            assert 'rel="prev"' in html
        if step.step_number < 5:
            assert 'rel="next"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_guide_index_and_step_3_link_the_workbook(client, demo, language):
    link = f'href="{workbook(demo[language]).url}"'
    assert link in client.get(guide_index(demo[language]).url).content.decode()
    step_3 = GuideStepPage.objects.get(locale=demo[language], step_number=3)
    assert link in client.get(step_3.url).content.decode()


# The loader


def test_loading_the_demo_content_again_changes_nothing(demo):
    counts_before = (
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    )
    report = load_demo_content()
    assert report.untranslated == []
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    ) == counts_before


# The workbook


@pytest.mark.parametrize("language", LANGUAGES)
def test_workbook_is_a_linked_translation_with_its_own_slug(demo, language):
    page = workbook(demo[language])
    assert page.live
    assert page.slug == WORKBOOK_SLUGS[language]
    assert page.translation_key == workbook(demo["fi"]).translation_key
    assert page.get_parent().specific_class is GuideIndexPage
    assert page.intro and page.plain_language_summary


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_workbook_labels_every_control(client, demo, language):
    response = client.get(workbook(demo[language]).url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<fieldset") == QUESTIONS_PER_LANGUAGE
    assert html.count("<legend>") == QUESTIONS_PER_LANGUAGE
    assert html.count('type="radio"') == 4 * QUESTIONS_PER_LANGUAGE
    for ids in question_ids(demo[language]).values():
        for qid in ids:
            assert f'<label for="notes-{qid}">' in html
            for answer in ("yes", "partly", "no", "unknown"):
                assert f'<label for="answer-{qid}-{answer}">' in html
    assert 'src="/static/osallisuus/js/workbook.js" defer' in html
    assert "<script>" not in html
    assert 'class="workbook-summary"' not in html


def test_workbook_summary_ranks_the_domains_that_need_attention(client, demo):
    page = workbook(demo["en"])
    ids = question_ids(demo["en"])
    answers = {f"answer-{qid}": "yes" for qid in ids["own_life"]}
    answers |= {f"answer-{qid}": "no" for qid in ids["common_good"][:2]}
    answers[f"answer-{ids['communities'][0]}"] = "partly"
    answers[f"answer-{ids['communities'][1]}"] = "yes"
    response = client.post(page.url, {**answers, "action": "summary"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    ranking = [summary.domain.key for summary in response.context["summary"]]
    assert ranking == ["common_good", "communities", "own_life"]
    html = response.content.decode()
    assert 'class="workbook-summary"' in html
    assert "needs attention in 2 of 2 answers (100 %)" in html
    assert "needs attention in 1 of 2 answers (50 %)" in html
    # The answers are shown again, so the group can go on from where it was.
    assert 'value="no" checked' in html


def test_workbook_also_answers_a_plain_get_submission(client, demo):
    page = workbook(demo["fi"])
    first = question_ids(demo["fi"])["own_life"][0]
    response = client.get(page.url, {f"answer-{first}": "unknown", "action": "summary"})
    assert response.status_code == 200
    assert response.context["summary"][0].domain.key == "own_life"


def test_workbook_stores_nothing_on_the_server(client, demo):
    page = workbook(demo["fi"])
    first = question_ids(demo["fi"])["own_life"][0]
    pages, revisions = Page.objects.count(), Revision.objects.count()
    client.post(page.url, {f"answer-{first}": "no", f"notes-{first}": "muistiin"})
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert "sessionid" not in client.cookies


def test_workbook_csv_keeps_finnish_text_and_neutralises_formulas(client, demo):
    page = workbook(demo["fi"])
    ids = question_ids(demo["fi"])
    first, second = ids["own_life"][:2]
    response = client.post(
        page.url,
        {
            f"answer-{first}": "partly",
            f"notes-{first}": "Hyvä alku, mutta nuoret jäävät pois: kysykää yläkoululta.",
            f"answer-{second}": "no",
            f"notes-{second}": '=HYPERLINK("http://evil.example","klikkaa")',
            "action": "csv",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="tyokirja.csv"' in response["Content-Disposition"]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["domain", "question", "answer", "notes"]
    assert len(rows) == 1 + QUESTIONS_PER_LANGUAGE
    domain = ParticipationDomain.objects.get(locale=demo["fi"], key="own_life")
    assert rows[1][0] == domain.name
    assert rows[1][1] == domain.questions[0].value["text"]
    assert rows[1][3] == "Hyvä alku, mutta nuoret jäävät pois: kysykää yläkoululta."
    assert rows[2][3] == '\'=HYPERLINK("http://evil.example","klikkaa")'
    assert "ä" in rows[1][3] and "ö" in body.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+358 40", "'+358 40"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\rline", "'\rline"),
        ("Kyllä = hyvä", "Kyllä = hyvä"),
        ("", ""),
    ],
)
def test_neutralise_formula(cell, expected):
    assert neutralise_formula(cell) == expected


def bad_submissions(ids):
    first = ids["own_life"][0]
    return {
        "unknown question": {"answer-not-a-question": "yes"},
        "unknown answer": {f"answer-{first}": "maybe"},
        "huge notes": {f"answer-{first}": "no", f"notes-{first}": "x" * (MAX_NOTES_LENGTH + 1)},
        "nul byte in notes": {f"notes-{first}": "a\x00b"},
        "nul byte in answer": {f"answer-{first}": "yes\x00"},
        "two answers": {f"answer-{first}": ["yes", "no"]},
        "unknown action": {f"answer-{first}": "yes", "action": "delete"},
        "nothing answered": {"action": "summary"},
    }


@pytest.mark.parametrize("case", list(bad_submissions({"own_life": ["x"]})))
@pytest.mark.parametrize("method", ["get", "post"])
def test_bad_workbook_input_gives_a_clear_400(client, demo, case, method):
    page = workbook(demo["en"])
    data = bad_submissions(question_ids(demo["en"]))[case]
    response = getattr(client, method)(page.url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "The workbook could not be read" in html
    assert 'class="workbook-summary"' not in html


def test_too_long_notes_are_shown_again_with_the_error_beside_them(client, demo):
    page = workbook(demo["en"])
    first = question_ids(demo["en"])["own_life"][0]
    notes = "y" * (MAX_NOTES_LENGTH + 5)
    response = client.post(page.url, {f"notes-{first}": notes})
    html = response.content.decode()
    assert f'href="#notes-{first}"' in html
    assert f'aria-describedby="notes-{first}-error"' in html
    assert f"these have {MAX_NOTES_LENGTH + 5}" in html
    assert notes in html
