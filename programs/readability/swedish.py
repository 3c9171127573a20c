"""LIX (läsbarhetsindex) for Swedish: words per sentence + 100 × share of words over six letters."""

LONG_WORD_LETTERS = 7


def is_long(word):
    return len(word.replace("-", "")) >= LONG_WORD_LETTERS


def lix(word_list, sentence_count):
    if not word_list or not sentence_count:
        return None
    long_words = sum(1 for word in word_list if is_long(word))
    return len(word_list) / sentence_count + 100 * long_words / len(word_list)
