"""The phrase patterns of the crisis signs, and finding them all in a message's words in one pass.

Pattern syntax, one phrase a string, written in plain Danish or English:
  words separated by spaces follow each other (punctuation between them is ignored: "vil... dø");
  "a|b|c" is a choice of words, "(i aften|i nat|nu)" a choice of word sequences;
  "~" allows up to three other words between,  "~1" … "~6" up to that many;
  "stem*" also matches longer words (inflections, compounds), "*end" words that end so;
  "=word" matches only exactly as written (short words: "=od" is not "odd");
  "#many" is a number of 8 or more, "#dose" an amount such as "800mg";
  other words forgive æ/ø/å written ae, a, e / oe, o / aa, a, and letters doubled or not.

Finding is linear in the message's length: each word is looked up once (whole, and by its beginnings and
endings for "stem*" and "*end"), and only phrases whose first word is there are tried from it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

from bot.policy.crisis.tokens import Words, fold, skeleton

_VARIANTS = {"æ": ("ae", "a", "e"), "ø": ("oe", "o"), "å": ("aa", "a")}
_GAP = re.compile(r"~([1-6]?)")
_PART = re.compile(r"(?:\([^()]*\)|[^\s(])+")
_CHOICE = re.compile(r"\(([^()]*)\)|([^|()]+)")
_DOSE = re.compile(r"\d+(?:mg|g|ml|mcg|ug|stk)")
MANY = 8
"""From how many pills (or anything else counted) a number is "many"."""

Slot = frozenset[int] | int  # the words allowed at this place, or how many words may be skipped


@dataclass(frozen=True)
class Match:
    """Where a phrase was found: the words the phrase names, and the words its "~" skipped."""

    literal: tuple[int, ...]
    skipped: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.literal[0]

    @property
    def end(self) -> int:
        return self.literal[-1]


def _spellings(form: str) -> set[str]:
    """The skeletons a pattern word may be written as."""
    choices = [_VARIANTS.get(ch, (ch,)) for ch in form.casefold()]
    return {skeleton(fold("".join(letters))) for letters in itertools.product(*choices)}


class _Vocabulary:
    """Every word form the patterns use, by number, and which of them a written word is."""

    def __init__(self) -> None:
        self.forms: dict[str, int] = {}
        self._exact: dict[str, set[int]] = {}
        self._raw: dict[str, set[int]] = {}
        self._prefix: dict[str, set[int]] = {}
        self._suffix: dict[str, set[int]] = {}
        self._known: dict[str, frozenset[int]] = {}

    def form(self, form: str) -> int:
        if form in self.forms:
            return self.forms[form]
        number = self.forms[form] = len(self.forms)
        if form.startswith(("=", "#")):
            self._raw.setdefault(fold(form.lstrip("=")), set()).add(number)
            return number
        table = self._prefix if form.endswith("*") else self._suffix if form.startswith("*") else self._exact
        for spelling in _spellings(form.strip("*")):
            table.setdefault(spelling, set()).add(number)
        self._known.clear()
        return number

    def ids(self, word: str) -> frozenset[int]:
        """The numbers of the pattern words that `word` (folded as written) is."""
        known = self._known.get(word)
        if known is not None:
            return known
        found: set[int] = set(self._raw.get(word, ()))
        if word.isdigit() and len(word) < 7 and int(word) >= MANY:
            found |= self._raw.get("#many", set())
        if _DOSE.fullmatch(word):
            found |= self._raw.get("#dose", set())
        shape = skeleton(word)
        found |= self._exact.get(shape, set())
        for end in range(1, len(shape) + 1):
            found |= self._prefix.get(shape[:end], set())
            found |= self._suffix.get(shape[-end:], set())
        if len(self._known) > 20_000:
            self._known.clear()  # a bound on memory for a long-running process; refilled as words recur
        result = self._known[word] = frozenset(found)
        return result


class Lexicon:
    """Phrases, each under a key (the sign it belongs to), found together in one pass over a message."""

    def __init__(self, entries: Sequence[tuple[Hashable, str]]) -> None:
        self._vocabulary = _Vocabulary()
        self._phrases: list[tuple[Hashable, tuple[Slot, ...]]] = []
        self._starting: dict[int, list[int]] = {}
        for key, phrase in entries:
            for slots in self._compile(phrase):
                index = len(self._phrases)
                self._phrases.append((key, slots))
                first = slots[0]
                assert not isinstance(first, int), phrase
                for number in first:
                    self._starting.setdefault(number, []).append(index)

    def _compile(self, phrase: str) -> list[tuple[Slot, ...]]:
        """The phrase as sequences of slots: one sequence for each choice of a "(…)" group."""
        parts: list[list[tuple[Slot, ...]]] = []
        for token in _PART.findall(phrase):
            gap = _GAP.fullmatch(token)
            if gap:
                parts.append([(int(gap.group(1) or 3),)])
                continue
            sequences = [
                sequence.split()
                for group, word in _CHOICE.findall(token)
                for sequence in (group.split("|") if group else [word])
            ]
            single = [words[0] for words in sequences if len(words) == 1]
            choices = [(self._slot(single),)] if single else []
            choices += [tuple(self._slot([word]) for word in words) for words in sequences if len(words) > 1]
            parts.append(choices)
        compiled = [tuple(slot for part in choice for slot in part) for choice in itertools.product(*parts)]
        for slots in compiled:
            if not slots or isinstance(slots[0], int) or isinstance(slots[-1], int):
                raise ValueError(f"a phrase begins and ends with a word: {phrase!r}")
        return compiled

    def _slot(self, forms: list[str]) -> frozenset[int]:
        return frozenset(self._vocabulary.form(form) for form in forms)

    def find(self, words: Words) -> Iterator[tuple[Hashable, Match]]:
        """Every phrase found in `words`, with its key: the shortest match from each word it begins at."""
        ids = [self._vocabulary.ids(word) for word in words.words]
        for position, here in enumerate(ids):
            candidates = sorted({index for number in here for index in self._starting.get(number, ())})
            for index in candidates:
                key, slots = self._phrases[index]
                match = _match(slots, ids, 1, position + 1, (position,), ())
                if match is not None:
                    yield key, match


def _match(
    slots: tuple[Slot, ...], ids: list[frozenset[int]], slot: int, at: int, literal: tuple[int, ...],
    skipped: tuple[int, ...],
) -> Match | None:  # fmt: skip
    if slot == len(slots):
        return Match(literal, skipped)
    wanted = slots[slot]
    if isinstance(wanted, int):
        for skip in range(min(wanted, len(ids) - at) + 1):
            found = _match(slots, ids, slot + 1, at + skip, literal, skipped + tuple(range(at, at + skip)))
            if found is not None:
                return found
        return None
    if at < len(ids) and not wanted.isdisjoint(ids[at]):
        return _match(slots, ids, slot + 1, at + 1, (*literal, at), skipped)
    return None
