"""Wiio's readability grade for Finnish, with a syllable counter that follows Finnish rules.

A syllable boundary falls before a consonant that is followed by a vowel (ta-lo, kir-jas-to);
a long vowel (aa) or a diphthong (ai, au, ie …) stays in one syllable, and any other pair of
vowels is split (ko-e, tie-to-a). Compound words are split by the same rule, which gives the
right count even where the boundary lands differently from the word's parts.
"""

VOWELS = set("aeiouyäöå")
LONG_WORD_SYLLABLES = 4

# Diphthongs ending in i, u or y occur in any syllable.
DIPHTHONGS = {
    "ai",
    "ei",
    "oi",
    "ui",
    "yi",
    "äi",
    "öi",
    "au",
    "eu",
    "iu",
    "ou",
    "ey",
    "iy",
    "äy",
    "öy",
}
# ie, uo and yö are diphthongs only in a word's first syllable (tie-to, but val-ti-on).
FIRST_SYLLABLE_DIPHTHONGS = {"ie", "uo", "yö"}


def _one_nucleus(pair, first_syllable):
    return (
        pair[0] == pair[1]
        or pair in DIPHTHONGS
        or (first_syllable and pair in FIRST_SYLLABLE_DIPHTHONGS)
    )


def syllables(word):
    """The syllables of one Finnish word, e.g. "kirjasto" → ["kir", "jas", "to"].

    A hyphen is always a boundary: osa-alue → o-sa-a-lu-e.
    """
    return [part for piece in word.lower().split("-") for part in _piece_syllables(piece)]


def _piece_syllables(word):
    parts = []
    current = ""
    nucleus = ""  # the vowels of the current syllable so far
    for index, char in enumerate(word):
        following = word[index + 1] if index + 1 < len(word) else ""
        if char in VOWELS:
            if nucleus and current[-1] in VOWELS:
                if len(nucleus) == 1 and _one_nucleus(nucleus + char, not parts):
                    nucleus += char
                    current += char
                    continue
                parts.append(current)
                current, nucleus = "", ""
            current += char
            nucleus += char
        elif char.isalpha():
            if nucleus and following in VOWELS:
                parts.append(current)
                current, nucleus = "", ""
            current += char
    if current:
        if parts and not nucleus:  # trailing consonants belong to the last syllable
            parts[-1] += current
        else:
            parts.append(current)
    return parts


def syllable_count(word):
    return max(1, len(syllables(word)))


def wiio_grade(word_list):
    """Wiio's grade: 2.7 + 30 × the share of words with four or more syllables."""
    if not word_list:
        return None
    long_words = sum(1 for word in word_list if syllable_count(word) >= LONG_WORD_SYLLABLES)
    return 2.7 + 30 * long_words / len(word_list)


def is_long(word):
    return syllable_count(word) >= LONG_WORD_SYLLABLES
