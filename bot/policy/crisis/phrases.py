"""The phrase patterns of the crisis signs, and finding them all in a message's words in one pass.

Pattern syntax, one phrase a string, written in plain Danish or English:
  words separated by spaces follow each other (punctuation between them is ignored: "vil... dø");
  "a|b|c" is a choice of words, "(i aften|i nat|nu)" a choice of word sequences (a sequence inside it may
  be bracketed too: "(nu|(lige nu))");
  "~" allows up to three other words between,  "~1" … "~6" up to that many;
  "stem*" also matches longer words (inflections, compounds), "*end" words that end so;
  "=word" matches only exactly as written (short words: "=od" is not "odd");
  "#many" is a number of 8 or more, "#dose" an amount such as "800mg"; "_" is any one word (not first);
  other words forgive æ/ø/å written ae, a, e / oe, o / aa, a, and letters doubled or not.

Finding is linear in the message's length: each word is looked up once (whole, and by its beginnings and
endings for "stem*" and "*end"), and only phrases whose first word (or first two) is there are tried from
it. A phrase is tried cheapest look first (`_probe`): the words it needs at fixed places, then whether the
words after its gaps are near, and only then the search for its shortest match (`_match`), which most
phrases tried never reach. Finding every phrase in 4,096 characters of acute messages takes about 3.8 ms
(5.4 ms when every phrase with a gap or a choice was searched; both measured on two cores another process
kept busy, `python -m benchmarks.crisis_detection`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterator, Sequence

from bot.policy.crisis.tokens import Words, fold, skeleton

_VARIANTS = {"æ": ("ae", "a", "e"), "ø": ("oe", "o"), "å": ("aa", "a")}
_GAP = re.compile(r"~([1-6]?)")
_PART = re.compile(r"(?:\([^()]*\)|[^\s(])+")
_CHOICE = re.compile(r"\(([^()]*)\)|([^|()]+)")
_DOSE = re.compile(r"\d+(?:mg|g|ml|mcg|ug|stk)")
MANY = 8
"""From how many pills (or anything else counted) a number is "many"."""

Word = frozenset[int]  # the pattern words allowed at one place
Choice = tuple[tuple[Word, ...], ...]  # "(i aften|i nat|nu)": word sequences, one of which must follow
Slot = Word | int | Choice  # … or an int: how many words may be skipped ("~")
Fixed = tuple[int, Word]  # a slot that begins so many words after the first: the words it may begin with
Near = tuple[int, int, Word]  # a slot that begins from one word to another (not included) after the first
Entry = tuple[int, Hashable, tuple[Slot, ...], tuple[Word, ...], tuple[Fixed, ...], tuple[Near, ...], bool]
"""A phrase as `Lexicon.find` tries it: its number, key, slots and what each slot begins with (as for
`_match`), then what `_probe` says to look at first, and whether it needs `_match` (a gap or a choice) or
is found once those are there."""


class Match:
    """Where a phrase was found: the words the phrase names (from `start` to `end`), and the words its "~"
    skipped. A plain class with its ends worked out once: a long message has hundreds of matches, each
    looked at a dozen times (a frozen dataclass with properties cost 0.15 ms more for 4,096 characters)."""

    __slots__ = ("end", "literal", "skipped", "start")

    def __init__(self, literal: tuple[int, ...], skipped: tuple[int, ...]) -> None:
        self.literal = literal
        self.skipped = skipped
        self.start = literal[0]
        self.end = literal[-1]

    def __repr__(self) -> str:
        return f"Match(literal={self.literal!r}, skipped={self.skipped!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and (self.literal, self.skipped) == (other.literal, other.skipped)

    def __hash__(self) -> int:
        return hash((self.literal, self.skipped))


def _flat(phrase: str) -> str:
    """The phrase with parentheses inside a choice dropped: "(nu|(lige nu))" is "(nu|lige nu)", as one
    would write it to be safe in a top-level choice ("telefon*|(the phone)")."""
    depth, kept = 0, []
    for char in phrase:
        if (char == "~" and depth) or (char == "|" and depth > 1):  # would silently read as other words
            raise ValueError(f"a choice holds words and word sequences, not gaps or choices: {phrase!r}")
        if char == "(":
            depth += 1
            if depth > 1:
                continue
        elif char == ")":
            depth -= 1
            if depth < 0:
                break
            if depth > 0:
                continue
        kept.append(char)
    if depth:  # "(hos|with|apoteket": a bracket left open would read the rest as one choice
        raise ValueError(f"a bracket is not closed or not opened: {phrase!r}")
    return "".join(kept)


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
        self.plain: frozenset[int] = frozenset()  # what a word no pattern names is: only "_", any word

    def form(self, form: str) -> int:
        if form in self.forms:
            return self.forms[form]
        number = self.forms[form] = len(self.forms)
        if form == "_":
            self.plain = frozenset({number})
        if form.startswith(("=", "#", "_")):
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
        found: set[int] = set(self._raw.get(word, ())) | self._raw.get("_", set())
        if word.isdecimal() and len(word) < 7 and int(word) >= MANY:  # isdigit() takes "²", int() does not
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
        result = frozenset(found)
        if result == self.plain:
            result = self.plain  # one object, so that find() can skip such words by identity
        self._known[word] = result
        return result


class Lexicon:
    """Phrases, each under a key (the sign it belongs to), found together in one pass over a message."""

    def __init__(self, entries: Sequence[tuple[Hashable, str]]) -> None:
        self._vocabulary = _Vocabulary()
        self._phrases: list[tuple[Hashable, tuple[Slot, ...]]] = []
        self._named: list[
            tuple[Word, ...]
        ] = []  # words each phrase needs somewhere, for a quick "can it match"
        self._entries: list[Entry] = []
        self._starting: dict[int, list[int]] = {}
        self._pairs: dict[tuple[int, int], list[int]] = {}
        self._begin: dict[tuple[Word, Word], tuple[Entry, ...]] = {}
        self._words: dict[tuple[str, ...], Word] = {}  # the same choice of words, compiled once
        for key, phrase in entries:
            for slots in self._compile(phrase):
                self._add(key, slots)
        # The pattern words some phrase begins with: a word that is none of them begins nothing.
        self._beginners = frozenset(self._starting) | frozenset(first for first, _ in self._pairs)

    def _add(self, key: Hashable, slots: tuple[Slot, ...]) -> None:
        index = len(self._phrases)
        self._phrases.append((key, slots))
        heads = tuple(frozenset() if isinstance(slot, int) else _needed(slot) for slot in slots)
        self._named.append(
            tuple(head for head, slot in zip(heads, slots, strict=True) if not isinstance(slot, int))
        )
        first, second = slots[0], slots[1] if len(slots) > 1 else 0
        assert isinstance(first, frozenset)
        fixed, loose = _probe(slots, heads, 2 if isinstance(second, frozenset) else 1)
        searched = not all(isinstance(slot, frozenset) for slot in slots)
        self._entries.append((index, key, slots, heads, fixed, loose, searched))
        if isinstance(second, frozenset):  # found by its first two words: "jeg" alone begins too many phrases
            for pair in itertools.product(first, second):
                self._pairs.setdefault(pair, []).append(index)
        else:
            for number in first:
                self._starting.setdefault(number, []).append(index)

    def _compile(self, phrase: str) -> list[tuple[Slot, ...]]:
        """The phrase as slots; one phrase for each choice of its first word or words, so that it can be
        looked up by them."""
        tokens = _PART.findall(_flat(phrase))
        if not tokens or _GAP.fullmatch(tokens[0]) or _GAP.fullmatch(tokens[-1]):
            raise ValueError(f"a phrase begins and ends with a word: {phrase!r}")
        if any(token.startswith("~") and not _GAP.fullmatch(token) for token in tokens):
            raise ValueError(f"a gap is ~ or ~1 to ~6: {phrase!r}")
        rest: list[Slot] = []
        for token in tokens[1:]:
            gap = _GAP.fullmatch(token)
            rest.append(int(gap.group(1) or 3) if gap else self._choice(token))
        first = self._choice(tokens[0])
        beginnings = first if isinstance(first, tuple) else ((first,),)
        return [(*beginning, *rest) for beginning in beginnings]

    def _choice(self, token: str) -> Word | Choice:
        """One token of a phrase: a choice of single words, or of word sequences when "(…)" holds some."""
        sequences = [
            sequence.split()
            for group, word in _CHOICE.findall(token)
            for sequence in (group.split("|") if group else [word])
        ]
        single = [words[0] for words in sequences if len(words) == 1]
        longer = [words for words in sequences if len(words) > 1]
        if not longer:
            return self._word(single)
        choices = [(self._word(single),)] if single else []
        return (*choices, *(tuple(self._word([word]) for word in words) for words in longer))

    def _word(self, forms: list[str]) -> Word:
        key = tuple(forms)
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = frozenset(self._vocabulary.form(form) for form in forms)
        return word

    def finds(self, words: Words) -> bool:
        """Whether any phrase is in `words` (the search stops at the first)."""
        return next(self.find(words), None) is not None

    def find(self, words: Words) -> Iterator[tuple[Hashable, Match]]:
        """Every phrase found in `words`, with its key: the shortest match from each word it begins at.

        A phrase is tried only when every word it names is somewhere in the message: "han" begins many
        phrases, but few of them can match a message without "kniv" or "ihjel". Where it may begin, what it
        needs that is quick to look at is looked at first (`_probe`): most phrases fail there, at the cost
        of a look or two instead of a search (`_match`)."""
        ids = [self._vocabulary.ids(word) for word in words.words]
        present = frozenset().union(*ids)
        viable = bytearray(len(self._phrases))  # 0: not known yet, 1: can match here, 2: cannot
        named = self._named
        plain = self._vocabulary.plain
        end = len(ids)
        beginners = self._beginners
        for position, here in enumerate(ids):
            if here is plain or here.isdisjoint(beginners):  # nothing begins here
                continue
            pair = (here, ids[position + 1] if position + 1 < end else frozenset())
            for index, key, slots, heads, fixed, loose, searched in self._candidates(pair):
                possible = viable[index]
                if not possible:
                    possible = viable[index] = 2
                    for word in named[index]:
                        if word.isdisjoint(present):
                            break
                    else:
                        possible = viable[index] = 1
                if possible != 1:
                    continue
                for offset, word in fixed:
                    at = position + offset
                    if at >= end or word.isdisjoint(ids[at]):
                        break
                else:
                    if not searched:
                        yield key, Match(tuple(range(position, position + len(slots))), ())
                        continue
                    for start, stop, word in loose:  # is the word anywhere near where it may begin?
                        if all(map(word.isdisjoint, ids[position + start : position + stop])):
                            break
                    else:
                        match = _match(slots, heads, ids, position)
                        if match is not None:
                            yield key, match

    def _candidates(self, pair: tuple[Word, Word]) -> tuple[Entry, ...]:
        """The phrases that may begin at a word, given the pattern words it and the next word are."""
        known = self._begin.get(pair)
        if known is None:
            here, following = pair
            found = {index for number in here for index in self._starting.get(number, ())}
            found.update(
                index for key in itertools.product(here, following) for index in self._pairs.get(key, ())
            )
            if len(self._begin) > 20_000:
                self._begin.clear()
            known = self._begin[pair] = tuple(self._entries[index] for index in found)
        return known


def _probe(
    slots: tuple[Slot, ...], heads: tuple[Word, ...], known: int
) -> tuple[tuple[Fixed, ...], tuple[Near, ...]]:
    """What a phrase needs that is quick to look at, beyond its first `known` slots (single words, there
    when it is a candidate): what each slot at a fixed place begins with (one that no gap, and no choice of
    longer and shorter sequences, comes before); then, among which words the first of the other slots and
    the last slot must begin (most phrases tried that fail, fail there). Each is needed for `_match` to
    find the phrase, so leaving out a phrase that fails one leaves out nothing it would find."""
    fixed: list[Fixed] = []
    loose: list[Near] = []
    low = high = 0  # how many words from the first the slot may begin at, at least and at most
    for number, slot in enumerate(slots):
        if isinstance(slot, int):
            high += slot
            continue
        if number >= known:
            if low == high:  # at a fixed place: no gap and no choice of longer or shorter sequences before it
                fixed.append((low, heads[number]))
            else:
                loose.append((low, high + 1, heads[number]))
        shortest, longest = (1, 1) if isinstance(slot, frozenset) else _lengths(slot)
        low, high = low + shortest, high + longest
    return tuple(fixed), tuple(dict.fromkeys(loose[:1] + loose[-1:]))


def _lengths(choice: Choice) -> tuple[int, int]:
    """The fewest and the most words a choice of word sequences takes up."""
    return min(len(sequence) for sequence in choice), max(len(sequence) for sequence in choice)


def _needed(slot: Word | Choice) -> Word:
    """Words of which at least one must be in a message for `slot` to be found there."""
    return slot if isinstance(slot, frozenset) else frozenset().union(*(sequence[0] for sequence in slot))


def _match(slots: tuple[Slot, ...], heads: tuple[Word, ...], ids: list[Word], start: int) -> Match | None:
    """The phrase `slots` found from word `start` (which is its first word), taking the shortest gaps."""
    literal = [start]
    skipped: list[int] = []
    if _extend(slots, heads, ids, 1, start + 1, literal, skipped):
        return Match(tuple(literal), tuple(sorted(skipped)))
    return None


def _extend(
    slots: tuple[Slot, ...], heads: tuple[Word, ...], ids: list[Word], slot: int, at: int, literal: list[int],
    skipped: list[int],
) -> bool:  # fmt: skip
    """Whether slots from `slot` on are found from word `at` on; records the words found and skipped."""
    if slot == len(slots):
        return True
    wanted = slots[slot]
    end = len(ids)
    if isinstance(wanted, int):  # a gap, always followed by words
        following = heads[slot + 1]
        for position in range(at, min(at + wanted, end - 1) + 1):
            if not following.isdisjoint(ids[position]) and _extend(
                slots, heads, ids, slot + 1, position, literal, skipped
            ):
                skipped.extend(range(at, position))
                return True
        return False
    if at >= end or heads[slot].isdisjoint(ids[at]):
        return False
    for sequence in ((wanted,),) if isinstance(wanted, frozenset) else wanted:
        length = len(sequence)
        if at + length > end or sequence[0].isdisjoint(ids[at]):
            continue
        for offset in range(1, length):
            if sequence[offset].isdisjoint(ids[at + offset]):
                break
        else:
            literal.extend(range(at, at + length))
            if _extend(slots, heads, ids, slot + 1, at + length, literal, skipped):
                return True
            del literal[len(literal) - length :]
    return False
