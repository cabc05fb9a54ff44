"""The statistical half of the crisis detector: logistic regression over pieces of words, trained on the
project's own labelled messages (tests/corpus/crisis) and shipped as weights (model.json; `python -m
benchmarks.crisis_model --write` trains it again). Plain Python: nothing downloaded, nothing installed.

Why pieces of words: the signs (signs.py) name phrases, and a new wording misses them; on each blind set at
first sight they caught 0.55-0.65 of acute messages. Pieces of 3-5 letters ("ælp", "piller" → " pi", "ill",
"ler "…) of a spelling-forgiving form of each word (æøå and their stand-ins folded alike, doubled letters
once, spoken forms spelled out: "ta" → "tage", "ik" → "ikke") carry over to misspellings, inflections and
compounds the model never saw; whole words and pairs of words carry context; and a small lexicon of means,
places and times by category ("MED" for any of fifty medicines, "HIGH" for a bridge, a roof, a balcony)
lets "tager MED" learned from "tager panodil" speak for a medicine it was never shown.

Two scores, each a log-odds: `acute` (acute against everything else) and `crisis` (acute or worrying
against harmless), each the logistic head plus a naive-Bayes count of the whole words, pairs and categories
at a fifth of its weight (together they separate unseen crisis messages from harmless ones better than
either: area under the curve 0.950 against 0.942 and 0.922 on the blind sets held out); three more heads
name the kind. The thresholds (`Thresholds`) are chosen by cross-validation over the labelled sets, never
on the messages measured (benchmarks/crisis_model.py).

Explainable: `Model.explain` lists the features that pushed a message towards acute most. Those are pieces
of the message's words, so they are for whoever may read the message anyway (`python -m
benchmarks.crisis_detection --misses` prints them), never for a log; the assessment itself only says
`resembles_crisis` or `model_doubts`.

Fast: a word's pieces are scored once and remembered (most words recur), so a message costs a few
dictionary look-ups per word and pair, linear in its length: about 0.5 ms for 4,096 characters.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, repeat

from bot.policy.crisis.signs import DangerKind
from bot.policy.crisis.tokens import Words, fold, read, skeleton

RESOURCE = "model.json"
HEADS = ("acute", "crisis")
KINDS: tuple[DangerKind, ...] = ("suicide", "overdose", "violence")
GRAMS = (3, 4, 5)
FEWEST = 60

# Spoken and texted forms spelled out, so "ta livet" and "tage livet" share their pieces.
_SPOKEN = {
    "ta": "tage", "tar": "tager", "ik": "ikke", "ikk": "ikke", "ike": "ikke", "mer": "mere", "ska": "skal",
    "ha": "have", "ba": "bare", "gonna": "going", "wanna": "want", "im": "i", "ur": "your", "u": "you",
    "dont": "do", "cant": "can", "wont": "will",
}  # fmt: skip
_VOWELS = (("aa", "a"), ("oe", "o"), ("ae", "e"))  # "dø", "doe" and "do" alike
# Words by category: a means, a place, a time, a goodbye, kin. A medicine's name counts as MED from its
# first letters ("citalopram" from "citalo…"), so "citaloprammen" and "citalopraam" do too.
_CATEGORIES = {
    "MED": "pille piller pillerne pills pill tablet tabletter tabletterne panodil pamol paracetamol ipren "
    "ibuprofen ibumetin tylenol stesolid rivotril xanax oxy oxycodon oxynorm oxycontin tramadol morfin "
    "fentanyl heroin metadon methadon benzo benzoer benzos zolpidem imovane zopiclon sovemedicin insulin "
    "lyrica pregabalin nozinan quetiapin seroquel sovepille sovepiller codein kodein kodimagnyl valium "
    "diazepam citalopram cipralex escitalopram sertralin zoloft mirtazapin remeron oxazepam lorazepam "
    "alprazolam lithium litium olanzapin zyprexa ketogan contalgin treo magnyl aspirin alvedon ritalin "
    "concerta gabapentin propranolol melatonin phenergan promethazin atarax lergigan temazepam klonopin "
    "ambien prozac fluoxetin sertraline percocet vicodin hydrocodone codeine morphine painkillers painkiller "
    "antidepressiva medicin medicinen meds medication dosis dose overdosis overdose od oded mg 💊 paracet "
    "piler pils",
    "ROPE": "reb rebet løkke løkken noose rope ledning bælte belte 🪢",
    "BLADE": "kniv kniven knive barberblad barberbladet barberkniv blade blades razor knife saks glasskår 🔪",
    "GUN": "pistol pistolen gevær geværet gun riffel haglgevær 🔫",
    "HIGH": "bro broen bridge tag taget roof altan altanen balcony vindue kanten edge ledge tårnet tower "
    "klippen cliff skinnerne sporet tracks railway perronen phuset parkeringshuset rækværket railing "
    "viadukten sal etage",
    "WATER": "havnen vandet søen havet fjorden åen kanalen water sea harbour ocean river lake",
    "TRAIN": "tog toget stoget metro metroen letbanen train tube bus bussen lastbil truck motorvejen "
    "motorway highway",
    "TIME": "nu rn now tonight aften nat natten snart soon morgen tomorrow idag today weekenden",
    "BYE": "farvel bye goodbye farewel adjø afsked afskedsbrev",
    "KIN": "mor far bror søster datter søn kæreste kone mand veninde ven mum mom dad sister brother daughter "
    "son wife husband girlfriend boyfriend friend mate nabo naboen neighbour neighbor",
}
_CATEGORY = {skeleton(fold(word)): name for name, words in _CATEGORIES.items() for word in words.split()}
_MED_STEMS = {word[:6] for word, name in _CATEGORY.items() if name == "MED" and len(word) >= 7}


@lru_cache(maxsize=16384)
def category(word: str) -> str | None:
    """The category of a normalised word (MED, HIGH, TIME, NUM…), if it has one."""
    if word in _CATEGORY:
        return _CATEGORY[word]
    if len(word) > 6 and word[:6] in _MED_STEMS:
        return "MED"
    if word.isdigit() or (word[:1].isdigit() and word.rstrip("0123456789").endswith(("mg", "ml", "stk"))):
        return "NUM"
    return None


@lru_cache(maxsize=16384)
def _norm(word: str) -> str:
    word = skeleton(word)
    return _SPOKEN.get(word, word)


@lru_cache(maxsize=16384)
def word_pieces(word: str) -> tuple[str, ...]:
    """A normalised word's features of its own: its 3-5-letter pieces (a space marks both ends) and itself,
    marked "W". Features of whole words are marked with a capital (W, B for a pair, K a category, Q a pair
    with one), which no piece of a folded word starts with."""
    padded = f" {word} "
    for spelled, plain in _VOWELS:
        padded = padded.replace(spelled, plain)
    padded = skeleton(padded)
    pieces = [padded[at : at + n] for n in GRAMS for at in range(len(padded) - n + 1)]
    return (*pieces, "W" + word)


def words_of(text: str | Words) -> list[str]:
    """The words of a message, normalised: skeletons, spoken forms spelled out."""
    return [_norm(word) for word in (read(text) if isinstance(text, str) else text).words]


def features(text: str | Words) -> list[str]:
    """Every feature of a message, repeated as often as it occurs: each word's pieces and the word, each
    pair of neighbouring words, and categories alone and in pairs ("tager MED", "HIGH TIME")."""
    words = words_of(text)
    return [piece for word in words for piece in word_pieces(word)] + _context(words)


def scale_of(count: int) -> float:
    """What each feature of a message with `count` features counts for: one over the square root of their
    number, so a long message is not sure in proportion to its length; but never more than for FEWEST, so a
    word or two the model barely knows ("afsluttet", "Neighbour") cannot make it sure either."""
    return 1 / math.sqrt(max(count, FEWEST))


@dataclass(frozen=True)
class Thresholds:
    """Where the scores speak (log-odds, chosen by cross-validation; benchmarks/crisis_model.py):
    `acute`: a message no sign made acute is acute from here; `worrying`: a message in which no sign was seen
    is worrying from here (crisis score); `doubt`: an acute sign is lowered to worrying below this (acute
    score), so a phrase that is harmless in context costs no alarm; it is never silenced. `short_worrying`:
    `worrying` for a reply in a running thread or a message of a few words, at a stricter budget: a reply's
    question is read there (thread.py), and "hallo 3" lifted on two words alone is a false alarm
    (benchmarks/crisis_budgets.py)."""

    acute: float
    worrying: float
    doubt: float
    short_worrying: float = -0.4143  # (a model file without it: the December 2026 model's)


@dataclass(frozen=True)
class Scores:
    acute: float
    crisis: float


_ZEROS = repeat(0.0)
COUNTED = {"acute": "acute_counted", "crisis": "crisis_counted"}
_SUMMED = (*HEADS, *KINDS)
_LONGEST = 64  # whole words, pairs and categories: more than any labelled message has (38)
"""The naive-Bayes head beside each logistic one: log-ratios of how often a whole word, pair or category
occurred in the class and out of it, times a small mixing weight, summed unscaled."""


@dataclass(frozen=True)
class Model:
    """Weights per head (acute, crisis and their counted heads; one per kind), biases, and thresholds."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    thresholds: Thresholds

    def __post_init__(self) -> None:
        object.__setattr__(self, "_word", lru_cache(maxsize=16384)(self._word_sums))

    def _word_sums(self, word: str) -> tuple[int, tuple[float, ...]]:
        """How many features a word has of its own, and their weight in each head (in the order of
        _SUMMED; the counted heads only the word's own): the same in every message, so worked out once."""
        pieces = word_pieces(word)
        w = self.weights
        logistic = tuple(sum(map(w[head].get, pieces, _ZEROS)) for head in _SUMMED)
        counted = tuple(w[COUNTED[head]].get(pieces[-1], 0.0) for head in HEADS)
        return len(pieces), logistic + counted

    def scores(self, text: str | Words) -> Scores:
        """The acute and crisis log-odds of a message: the logistic heads (features scaled by one over the
        square root of their number) plus the counted heads (whole words, pairs and categories)."""
        words = words_of(text)
        word_sums = self._word  # type: ignore[attr-defined]
        rest = _context(words)
        w = self.weights
        count = len(rest)
        acute = sum(map(w["acute"].get, rest, _ZEROS))
        crisis = sum(map(w["crisis"].get, rest, _ZEROS))
        counted_acute = sum(map(w["acute_counted"].get, rest, _ZEROS))
        counted_crisis = sum(map(w["crisis_counted"].get, rest, _ZEROS))
        for word in words:
            many, sums = word_sums(word)
            count += many
            acute += sums[0]
            crisis += sums[1]
            counted_acute += sums[5]
            counted_crisis += sums[6]
        scale = scale_of(count)
        # Naive Bayes adds up evidence word by word; beyond the longest labelled message it is damped to grow
        # like the logistic heads (with the square root of the length), so a long text is not sure of itself
        # just for being long. No labelled message is that long: their figures are the same either way.
        whole = len(words) + len(rest)
        damped = math.sqrt(_LONGEST / whole) if whole > _LONGEST else 1.0
        return Scores(
            self.bias["acute"] + counted_acute * damped + acute * scale,
            self.bias["crisis"] + counted_crisis * damped + crisis * scale,
        )

    def kind(self, text: str | Words) -> DangerKind:
        """The kind of danger the message most resembles."""
        words = words_of(text)
        word_sums = self._word  # type: ignore[attr-defined]
        rest = _context(words)
        count = len(rest)
        totals = [sum(map(self.weights[kind].get, rest, _ZEROS)) for kind in KINDS]
        for word in words:
            many, sums = word_sums(word)
            count += many
            for at in range(len(KINDS)):
                totals[at] += sums[2 + at]
        scale = scale_of(count)
        odds = [self.bias[kind] + total * scale for kind, total in zip(KINDS, totals, strict=True)]
        return KINDS[odds.index(max(odds))]

    def explain(self, text: str | Words, head: str = "acute", top: int = 5) -> list[tuple[str, float]]:
        """The features that pushed `text` most towards `head` ("acute" or "crisis"), with their share of
        the score. They are pieces of the message: show them to whoever may read it, never log them."""
        found = features(text)
        scale = scale_of(len(found))
        weights, counted = self.weights[head], self.weights[COUNTED[head]]
        pushed: dict[str, float] = {}
        for feature in found:
            share = weights.get(feature, 0.0) * scale + counted.get(feature, 0.0)
            pushed[feature] = pushed.get(feature, 0.0) + share
        return sorted(pushed.items(), key=lambda item: -item[1])[:top]

    def as_json(self) -> str:
        """One entry per feature: its weight in each head (in the order of "heads"; 0 where it has none)."""
        heads = list(self.weights)
        every = sorted(set().union(*self.weights.values()))
        rows = {feature: [self.weights[head].get(feature, 0) for head in heads] for feature in every}
        data = {"thresholds": vars(self.thresholds), "bias": self.bias, "heads": heads, "weights": rows}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        heads: list[str] = data["heads"]
        weights: dict[str, dict[str, float]] = {head: {} for head in heads}
        for feature, row in data["weights"].items():
            for head, weight in zip(heads, row, strict=True):
                if weight:
                    weights[head][feature] = weight
        return cls(weights, data["bias"], Thresholds(**data["thresholds"]))


def _context(words: list[str]) -> list[str]:
    """The features of a message beyond its single words: pairs and categories (see `features`)."""
    kinds = [category(word) for word in words]
    return [
        *[f"B{first} {second}" for first, second in pairwise(words)],
        *["K" + kind for kind in kinds if kind],
        *[
            f"Q{one or first} {other or second}"
            for (first, one), (second, other) in pairwise(zip(words, kinds, strict=True))
            if one or other
        ],
    ]


@cache
def shipped() -> Model:
    """The model shipped with the package."""
    return Model.from_json(resources.files(__package__).joinpath(RESOURCE).read_text(encoding="utf-8"))
