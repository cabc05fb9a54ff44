"""A message as the crisis detector reads it: folded words that match their spelling-forgiving skeleton,
emoji kept as words of their own, and the places where a sentence or clause breaks.

People in crisis text fast: no capitals, æøå written ae/oe/aa or a/o, letters doubled for emphasis or by a
slip, apostrophes left out ("dont", "tar"). The skeleton makes those one word: case folded, æøå spelled
ae/oe/aa, accents dropped, apostrophes and inner hyphens removed, and every run of one letter written once
("Selvmoooord" → "selvmord", "slaar" and "slår" → "slar"). Patterns are folded the same way (phrases.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

BREAK = "|"
_SPELLED = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
_OD = re.compile(r"\bod['\u2019\u02bc`\u00b4]+(?:d|ed|et|ede)\b")  # "od'd" must not become "odd"
_GLUE = re.compile(r"['\u2019\u02bc`\u00b4]|(?<=\w)-(?=\w)")  # "don't" → "dont", "p-huset" → "phuset"
_PIECE = re.compile(r"([^\W_]+)|(\S)")
_RUN = re.compile(r"(.)\1+")
_SENTENCE_END = frozenset(".!?;")
_EMPHASIS = re.compile(r"([^\W\d_])\1{2,}")  # a letter three times or more is emphasis: "oood" → "od"
_LONG_RUN = re.compile(
    r"([æøåäöü])\1+"
)  # "hjæææælp": collapsed before æ becomes "ae", which would hide the run
_IGNORED = frozenset("\ufe0f\ufe0e\u200d\u20e3")  # emoji presentation, joiners: not part of the sign
_ACCENTS = dict.fromkeys(range(0x300, 0x370))  # combining accents, left over once letters are decomposed


@dataclass(frozen=True)
class Words:
    """The words of a message (folded as written, breaks left out) and, for each, the clause it stands in
    (any punctuation ends one) and the sentence (only . ! ? ; and a new line end one)."""

    words: tuple[str, ...]
    clause: tuple[int, ...]
    sentence: tuple[int, ...]


def fold(text: str) -> str:
    """Lower case, æøå as ae/oe/aa, accents dropped; emoji and punctuation kept."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _LONG_RUN.sub(r"\1", text.casefold())
    for letter, spelled in _SPELLED:
        if letter in text:
            text = text.replace(letter, spelled)
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_ACCENTS)


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A folded word with every run of one letter written once."""
    return _RUN.sub(r"\1", word)


def read(text: str) -> Words:
    """The words of `text`, with a new clause wherever punctuation or a line break stands between them."""
    folded = _GLUE.sub("", _OD.sub("oded", _EMPHASIS.sub(r"\1", fold(text)))).replace("\n", " . ")
    words: list[str] = []
    clauses: list[int] = []
    sentences: list[int] = []
    clause = sentence = 0
    for word, symbol in _PIECE.findall(folded):
        if word:
            words.append(word)
            clauses.append(clause)
            sentences.append(sentence)
        elif symbol in _IGNORED or unicodedata.category(symbol).startswith(("M", "Sk", "C")):
            continue  # a skin tone, a joiner, a variation selector
        elif unicodedata.category(symbol).startswith("S"):
            words.append(symbol)  # an emoji or another symbol is a word of its own: 💊, 🔪, 🪢
            clauses.append(clause)
            sentences.append(sentence)
        elif words and clauses[-1] == clause:
            clause += 1
            sentence += symbol in _SENTENCE_END
        elif symbol in _SENTENCE_END and words and sentences[-1] == sentence:
            sentence += 1
    return Words(tuple(words), tuple(clauses), tuple(sentences))
