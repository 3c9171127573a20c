"""Issue 7: readability measures for fi (Wiio), sv (LIX) and en (Flesch), and the editor panel."""

import pytest
from django.apps import apps
from django.utils import translation

from home.models import GuideStepPage
from programs.models import ProgramPage
from programs.readability import assess, english, finnish, swedish
from programs.readability.panel import ReadabilityPanel

# Finnish syllables


@pytest.mark.parametrize(
    "word, expected",
    [
        ("talo", "ta-lo"),
        ("kirjasto", "kir-jas-to"),
        ("osallisuus", "o-sal-li-suus"),
        ("kaupunki", "kau-pun-ki"),  # au is a diphthong
        ("hyvinvointi", "hy-vin-voin-ti"),  # oi is a diphthong
        ("maa", "maa"),  # a long vowel is one syllable
        ("kuuluu", "kuu-luu"),
        ("tietoa", "tie-to-a"),  # ie in the first syllable, then o-a splits
        ("valtion", "val-ti-on"),  # io is no diphthong
        ("ihmisiä", "ih-mi-si-ä"),
        ("koe", "ko-e"),
        ("strategia", "stra-te-gi-a"),  # a loanword's initial cluster stays together
        ("osa-alue", "o-sa-a-lu-e"),  # the hyphen is a boundary
        ("vuorovaikutus", "vuo-ro-vai-ku-tus"),
    ],
)
def test_finnish_syllables_follow_finnish_rules(word, expected):
    assert "-".join(finnish.syllables(word)) == expected


def test_wiio_grade_is_2_7_plus_30_times_the_share_of_long_words():
    # 1 of 4 words has four or more syllables: 2.7 + 30 × 0.25
    assert finnish.wiio_grade(["kunta", "on", "osallisuusohjelma", "hyvä"]) == pytest.approx(10.2)
    assert finnish.wiio_grade(["talo", "on", "iso"]) == pytest.approx(2.7)
    assert finnish.wiio_grade([]) is None


def test_plain_finnish_scores_easier_than_bureaucratic_finnish():
    plain = assess(["Kunta kysyy sinulta. Voit kertoa oman mielesi. Se on tärkeää."], "fi")
    heavy = assess(
        [
            "Osallisuusohjelman toimeenpanosuunnitelma edellyttää hyvinvointialueen "
            "yhteistyörakenteiden kehittämistä vuorovaikutteisesti."
        ],
        "fi",
    )
    assert plain.score == pytest.approx(2.7) and plain.level == "easy"
    assert heavy.score > 12 and heavy.level == "difficult"
    assert "osallisuusohjelman" in [word.lower() for word in heavy.long_words]


# Swedish LIX


def test_lix_counts_words_per_sentence_and_words_over_six_letters():
    # 8 words, 2 sentences, 2 long words (kommunen, delaktighet): 4 + 25
    text = "Vi frågar invånarna. Kommunen vill öka delaktighet i staden."
    result = assess([text], "sv")
    assert (result.word_count, result.sentence_count) == (9, 2)
    assert result.score == pytest.approx(9 / 2 + 100 * 3 / 9)
    assert swedish.is_long("invånarna") and not swedish.is_long("staden")


def test_each_text_piece_ends_a_sentence_even_without_a_full_stop():
    result = assess(["Rubrik utan punkt", "En mening till."], "sv")
    assert result.sentence_count == 2


# English Flesch reading ease


@pytest.mark.parametrize(
    "word, expected",
    [("the", 1), ("cat", 1), ("make", 1), ("table", 2), ("planned", 1), ("wanted", 2),
     ("people", 2), ("readability", 5), ("participation", 5)],
)  # fmt: skip
def test_english_syllable_heuristic_on_known_words(word, expected):
    assert english.syllable_count(word) == expected


def test_flesch_reading_ease_formula():
    # "The cat sat on the mat." 6 words, 6 syllables, 1 sentence.
    assert assess(["The cat sat on the mat."], "en").score == pytest.approx(
        206.835 - 1.015 * 6 - 84.6 * 1
    )
    hard = assess(
        ["Municipal participation programmes institutionalise deliberative consultation."], "en"
    )
    assert hard.score < 30 and hard.level == "difficult"


def test_no_measure_for_other_languages_and_none_without_text():
    assert assess(["Hallo Welt."], "de") is None
    assert assess([""], "fi").score is None


# The editor panel


def bound_panel(page, request):
    panel = ReadabilityPanel(fields=["plain_language_summary", "summary"]).bind_to_model(
        ProgramPage
    )
    return panel.get_bound_panel(instance=page, request=request, form=None)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, measure", [("fi", "Wiio"), ("sv", "LIX"), ("en", "Flesch reading ease")]
)
def test_panel_uses_the_measure_of_the_pages_language(demo, rf, language, measure):
    programme = ProgramPage.objects.filter(locale=demo[language]).first()
    with translation.override("en"):
        html = bound_panel(programme, rf.get("/")).render_html()
    assert measure in html
    assert "Words per sentence" in html


@pytest.mark.django_db
def test_editor_of_a_finnish_guide_step_shows_the_readability_panel(demo, admin_client):
    step = GuideStepPage.objects.filter(locale=demo["fi"]).first()
    response = admin_client.get(
        f"/admin/pages/{step.pk}/edit/", HTTP_ACCEPT_LANGUAGE="en", headers={}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Readability" in html or "Luettavuus" in html
    assert "Wiio" in html


# The plain-language summary in the API, in every language


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model_path",
    ["home.GuideStepPage", "programs.ProgramPage", "examples_library.ExampleProgramPage"],
)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_api_gives_the_plain_language_summary_in_every_language(client, demo, model_path, language):
    model = apps.get_model(model_path)
    page = model.objects.filter(locale=demo[language]).live().first()
    assert page is not None and page.plain_language_summary
    detail = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert detail["plain_language_summary"] == page.plain_language_summary
