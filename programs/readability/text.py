"""Splitting prose into sentences and words, shared by the three readability measures."""

import re

# A sentence ends at . ! ? or … followed by space or the end; a piece of text (a paragraph, a
# list item, a block) also ends a sentence even without a full stop.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# Words are runs of letters, with inner hyphens and apostrophes ("osa-alue", "don't").
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def sentences(pieces):
    """The sentences of the pieces of text, each a non-empty string with at least one word."""
    found = []
    for piece in pieces:
        for paragraph in piece.splitlines():
            for sentence in SENTENCE_END.split(paragraph.strip()):
                if WORD.search(sentence):
                    found.append(sentence)
    return found


def words(text):
    return WORD.findall(text)
