"""A message as the crisis detector reads it: folded words that match their spelling-forgiving skeleton,
emoji kept as words of their own, and the places where a sentence or clause breaks.

People in crisis text fast: no capitals, æøå written ae/oe/aa or a/o, letters doubled for emphasis or by a
slip, apostrophes left out ("dont", "tar"). The skeleton makes those one word: case folded, æøå spelled
ae/oe/aa, accents dropped, apostrophes and inner hyphens removed, and every run of one letter written once
("Selvmoooord" → "selvmord", "slaar" and "slår" → "slar"). Patterns are folded the same way (phrases.py).

Reading 4,096 characters takes about 0.5 ms: each regular expression begins with what it looks for, so the
engine leaps to where it may match (1.2 ms when two began with a condition, one tested a class of letters
at every character, and accents were dropped by a table look-up per character).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

BREAK = "|"
_SPELLED = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
# Each pattern below begins with a letter or a set of characters, never with a condition ("\b", "(?<=…)"):
# the regular expression engine then leaps to where it may match instead of trying each character.
# "od'd" must not become "odd" ("(?<!\wod)": nothing of a word before "od", what "\bod" said)
_OD = re.compile(r"od(?<!\wod)['\u2019\u02bc`\u00b4]+(?:d|ed|et|ede)\b")
# "don't" → "dont", "p-huset" → "phuset": an apostrophe, or a hyphen between two letters or digits
_GLUE = re.compile(r"[-'\u2019\u02bc`\u00b4](?:(?<!-)|(?<=\w-)(?=\w))")
# …but a hyphen between two digits is a range: "3-4 stk" is three or four, not 34 ("#many")
_RANGE = re.compile(r"-(?<=\d-)(?=\d)")
_PIECE = re.compile(r"[^\W_]+|\S")  # a word (what str.isalnum() is true of), or any other one character
_RUN = re.compile(r"(.)\1+")
_SENTENCE_END = frozenset(".!?;")
# A letter three times or more is emphasis: "oood" → "od". Any character thrice is found, and kept unless
# it is a letter (what "[^\W\d_]" is): a set of characters to test at each place takes four times as long.
_THRICE = re.compile(r"(.)\1\1+")
_LONG_RUN = re.compile(
    r"([æøåäöü])\1+"
)  # "hjæææælp": collapsed before æ becomes "ae", which would hide the run
_IGNORED = frozenset("\ufe0f\ufe0e\u200d\u20e3")  # emoji presentation, joiners: not part of the sign
_ACCENTS = re.compile("[\u0300-\u036f]+")  # combining accents, left over once letters are decomposed


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
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text))


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A folded word with every run of one letter written once."""
    return _RUN.sub(r"\1", word)


def _emphasis(run: re.Match[str]) -> str:
    """A run of one letter, written once; a run of anything else (digits, dots, emoji) as it was."""
    letter = run[1]
    return letter if letter.isalnum() and not letter.isdecimal() else run[0]


def read(text: str) -> Words:
    """The words of `text`, with a new clause wherever punctuation or a line break stands between them."""
    folded = _GLUE.sub("", _RANGE.sub(" ", _OD.sub("oded", _THRICE.sub(_emphasis, fold(text))))).replace(
        "\n", " . "
    )
    words: list[str] = []
    clauses: list[int] = []
    sentences: list[int] = []
    clause = sentence = 0
    for piece in _PIECE.findall(folded):
        if piece.isalnum():  # a word
            words.append(piece)
            clauses.append(clause)
            sentences.append(sentence)
        elif piece in _IGNORED or unicodedata.category(piece).startswith(("M", "Sk", "C")):
            continue  # a skin tone, a joiner, a variation selector
        elif unicodedata.category(piece).startswith("S"):
            words.append(piece)  # an emoji or another symbol is a word of its own: 💊, 🔪, 🪢
            clauses.append(clause)
            sentences.append(sentence)
        elif words and clauses[-1] == clause:
            clause += 1
            sentence += piece in _SENTENCE_END
        elif piece in _SENTENCE_END and words and sentences[-1] == sentence:
            sentence += 1
    return Words(tuple(words), tuple(clauses), tuple(sentences))
