"""Flesch reading ease for English, with a heuristic syllable counter.

206.835 − 1.015 × words per sentence − 84.6 × syllables per word. English spelling does not give
syllables reliably; the counter counts groups of vowels and drops a silent final e, which is right
for most everyday words and off by one for some (see docs/translating.md).
"""

import re

VOWEL_GROUP = re.compile(r"[aeiouy]+")
LONG_WORD_SYLLABLES = 3


def syllable_count(word):
    word = word.lower().replace("’", "'").split("'")[0]
    count = len(VOWEL_GROUP.findall(word))
    # A final e is silent (make), but a consonant + le is its own syllable (table).
    silent_e = word.endswith("e") and not word.endswith(("le", "ee", "ye"))
    # -ed after anything but t or d is silent (planned); after t or d it is a syllable (wanted).
    silent_ed = word.endswith("ed") and len(word) > 3 and word[-3] not in "td"
    if (silent_e or silent_ed) and count > 1:
        count -= 1
    return max(1, count)


def is_long(word):
    return syllable_count(word) >= LONG_WORD_SYLLABLES


def flesch_reading_ease(word_list, sentence_count):
    if not word_list or not sentence_count:
        return None
    syllable_total = sum(syllable_count(word) for word in word_list)
    return (
        206.835 - 1.015 * len(word_list) / sentence_count - 84.6 * syllable_total / len(word_list)
    )
