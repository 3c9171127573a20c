"""Readability measures for the page's language: Wiio (fi), LIX (sv) and Flesch reading ease (en).

`assess(pieces, language)` returns an `Assessment` the editor panel shows; the measures themselves
live in one module per language.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from . import english, finnish, swedish
from .text import sentences, words

# (upper bound of the band, level, label), easiest first. Flesch grows easier upwards, so its
# bounds are negated.
WIIO_BANDS = [
    (8, "easy", _("easy")),
    (10, "average", _("average")),
    (12, "fairly-difficult", _("fairly difficult")),
    (float("inf"), "difficult", _("difficult")),
]
LIX_BANDS = [
    (30, "easy", _("very easy")),
    (40, "easy", _("easy")),
    (50, "average", _("average")),
    (60, "fairly-difficult", _("difficult")),
    (float("inf"), "difficult", _("very difficult")),
]
FLESCH_BANDS = [
    (-80, "easy", _("easy")),
    (-60, "easy", _("plain English")),
    (-50, "average", _("fairly difficult")),
    (-30, "fairly-difficult", _("difficult")),
    (float("inf"), "difficult", _("very difficult")),
]

MEASURES = {
    "fi": {
        "name": _("Wiio's readability grade"),
        "bands": WIIO_BANDS,
        "sign": 1,
        "is_long": finnish.is_long,
        "long_word_rule": _("words with four or more syllables"),
        "advice": _(
            "Aim for a grade of 8 or less. Replace long words and compounds with everyday words, "
            "split compounds into phrases where you can, and explain a term the first time it "
            "appears."
        ),
    },
    "sv": {
        "name": _("LIX (readability index)"),
        "bands": LIX_BANDS,
        "sign": 1,
        "is_long": swedish.is_long,
        "long_word_rule": _("words longer than six letters"),
        "advice": _(
            "Aim for a LIX of 40 or less. Write shorter sentences with one thing each, and "
            "replace long words and compounds with shorter everyday words."
        ),
    },
    "en": {
        "name": _("Flesch reading ease"),
        "bands": FLESCH_BANDS,
        "sign": -1,
        "is_long": english.is_long,
        "long_word_rule": _("words with three or more syllables"),
        "advice": _(
            "Aim for 60 or more (higher is easier). Write shorter sentences and prefer short, "
            "everyday words to long ones."
        ),
    },
}


@dataclass
class Assessment:
    language: str
    name: str
    score: float | None
    level: str = ""
    label: str = ""
    advice: str = ""
    long_word_rule: str = ""
    word_count: int = 0
    sentence_count: int = 0
    words_per_sentence: float = 0.0
    long_words: list = field(default_factory=list)  # the longest words, most syllables first


def score(language, word_list, sentence_count):
    if language == "fi":
        return finnish.wiio_grade(word_list)
    if language == "sv":
        return swedish.lix(word_list, sentence_count)
    if language == "en":
        return english.flesch_reading_ease(word_list, sentence_count)
    return None


def assess(pieces, language):
    """Assess the pieces of text (summary, paragraphs …) written in `language`, or None."""
    measure = MEASURES.get(language)
    if measure is None:
        return None
    sentence_list = sentences(piece for piece in pieces if piece)
    word_list = [word for sentence in sentence_list for word in words(sentence)]
    value = score(language, word_list, len(sentence_list))
    assessment = Assessment(
        language=language,
        name=measure["name"],
        score=value,
        advice=measure["advice"],
        long_word_rule=measure["long_word_rule"],
        word_count=len(word_list),
        sentence_count=len(sentence_list),
        words_per_sentence=len(word_list) / len(sentence_list) if sentence_list else 0.0,
    )
    if value is None:
        return assessment
    for bound, level, label in measure["bands"]:
        if measure["sign"] * value <= bound:
            assessment.level, assessment.label = level, label
            break
    distinct_long = dict.fromkeys(word for word in word_list if measure["is_long"](word))
    assessment.long_words = sorted(distinct_long, key=len, reverse=True)[:8]
    return assessment
