"""From the signs found in a message to what the bot does: acute (the numbers and an alert now), worrying
(the numbers; the worker's copy marked and sorted first), or nothing.

One sign may be enough ("jeg har taget alle mine piller", "han slår mig"); cues count together: a means
and a time ("har samlet piller … i aften"), a goodbye and last words ("farvel, tak for alt"), a place and
a thought ("står ved vandet og overvejer"). A sign used harmlessly ("kniv til brødet", "slog mig i skak")
is not counted; said with "ikke"/"not" ("jeg vil ikke dø") or of long ago ("han slog mig i sidste uge") an
acute sign is only worrying: lowered, never silenced, because a false alarm costs a worker a look and a
missed one can cost a life. A context lowers the same way (signs.CONTEXTS): a laugh beside "im dying", a
game beside "han slog mig", a sunset beside "står på broen", a holiday beside "I slipper for mig". One
exception silences: a crisis told of as years past and over, the recovery said after it and not denied
("for 2 år siden prøvede jeg at tage mit liv. i dag har jeg det godt"), which sent the crisis numbers to
people writing to say thank you.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from bot.policy.crisis.model import Model, shipped
from bot.policy.crisis.phrases import Lexicon, Match
from bot.policy.crisis.signs import (
    ASKING,
    CONTEXTS,
    COUNTS,
    EVERYDAY,
    EVERYDAY_SHORT,
    HABITUAL,
    HARMLESS,
    LONG_PAST,
    NEGATION,
    PAST,
    SIGNS,
    TOPIC,
    YEAR_PAST,
    Context,
    DangerKind,
    Sign,
    Strength,
)
from bot.policy.crisis.thread import (
    FOLLOW_UP,
    UNSURE,
    answered_in_turn,
    answers_everyday,
    asked_about,
    before_last_question,
    follows_up,
    is_danger_question,
    is_turned_scale,
    last_question,
    read_reply,
    reassures,
)
from bot.policy.crisis.tokens import Words, read

Level = Literal["acute", "worrying"]

NEGATED = "negated"
LONG_AGO = "long_ago"
ASKED = "asked"
RESEMBLES_CRISIS = "resembles_crisis"  # the model trained on labelled messages lifted it (model.py)
DOUBTS_FROM = 4  # words: the model doubts no sign in a shorter message ("domestic violence")
LIFTS_FROM = 2  # words: nor adds to a single word ("afsluttet")
# From nothing the signs saw, a message of fewer words is lifted to worrying at most: "Jeg er her stadig" was
# lifted to acute (on the seen sets this costs 0.002 of acute recall and no false alarm).
ACUTE_FROM = 5
# Words: "hun er ligeglad" is everyday; "de er ligeglade med mig, så jeg har taget pillerne" is not.
SHORT = 10
BARE_REPLY = 2  # words: "ja", "nej tak" answer the worker's last question only
BEATING = "beating"  # a beating going on ("der er vold i opgangen"): words no game uses, never doubted
AT_DOOR = "at_door"  # the one who threatens is on the way or outside: never doubted either
REASSURED = "safe_answer_to_danger_question"  # "ja, er hos min søster" to "er du i sikkerhed?"
NO_ACT = "no_act"  # the context: a thought said not to be acted on ("men jeg gør det ik") is worrying
ANSWERS_EVERYDAY = "answers_everyday_question"  # a few words the model lifted, answering "ses vi i aften?"
MODEL_DOUBTS = "model_doubts"  # the model found an acute sign's message unlike any acute one: lowered
HARMLESS_USE = "harmless_use"
CONTEXT_NAMES = frozenset(context.name for context in CONTEXTS)  # "joking", "game", …: what lowered a sign

# Cues that point to suicide together: any two of them, or one of the timed ones with a time.
_TOGETHER = frozenset(
    {"plan", "means", "pills", "weapon", "place", "looking_down", "doing_it", "goodbye", "thanks_for_all",
     "apology", "finality", "last_wishes", "giving_away", "hopeless", "death_talk", "self_harm_past", "ready",
     "farewell_all", "letters", "unreachable", "burden_felt", "absolving", "heaven", "reunion", "too_late",
     "method_research"}
)  # fmt: skip
_TIMED = frozenset(
    {"means", "place", "looking_down", "finality", "last_wishes", "ready", "farewell_all", "absolving",
     "heaven", "reunion", "method_research"}
)  # fmt: skip
# Cues that are worrying on their own.
_WORRYING_ALONE = frozenset(
    {"weapon", "means", "place", "looking_down", "thanks_for_all", "self_harm_past", "giving_away",
     "farewell_all", "last_wishes", "heaven", "too_late"}
)  # fmt: skip
# Worrying signs that are acute when the one they are about is at the door or on the way (cue "at_door")
_AT_DOOR_WITH = frozenset(
    {"threat", "violence_now", "death_threat", "weapon"}
)  # not fear: "bange for at vi kommer for sent"
# A wish to die (worrying alone) beside a means at hand is acute ("hopeless" and "burden_felt" beside one
# were already: two cues together); not beside any knife, which every kitchen has
_WISHES = frozenset({"death_wish", "hopeless", "burden_felt"})
_AT_HAND = frozenset({"means"})
_NO_KIND_FROM = frozenset({"other_person", "time", "death_talk"})
WOULD_BE = "would_be"  # the context that makes "alle ville have det bedre uden mig" a thought (signs.py)
_BESIDE_BURDEN = frozenset({"goodbye", "farewell_all", "means", "pills", "letters", "last_wishes"})
_LOOK_BACK = 2  # words before a sign in which a "not" negates it ("jeg vil ikke dø", "not gonna kms")
_SEE_THROUGH = frozenset(
    {"to", "going", "gona", "gonna", "want", "wana", "at", "bare", "just", "gerne", "really"}
)
_COUNT = "count"
_HARMLESS, _EVERYDAY, _EVERYDAY_SHORT, _NOT, _PAST, _LONG_PAST, _TOPIC, _ASKING, _HABITUAL, _YEAR_PAST = (
    "harmless",
    "everyday",
    "everyday, short",
    "not",
    "past",
    "long past",
    "topic",
    "asking",
    "habitual",
    "a year past",
)
_LEXICON = Lexicon(
    [(sign, phrase) for sign in SIGNS for phrase in sign.phrases]
    + [(_HARMLESS, phrase) for phrase in HARMLESS]
    + [(_EVERYDAY, phrase) for phrase in EVERYDAY]
    + [(_EVERYDAY_SHORT, phrase) for phrase in EVERYDAY_SHORT]
    + [(_NOT, phrase) for phrase in NEGATION]
    + [(_PAST, phrase) for phrase in PAST]
    + [(_LONG_PAST, phrase) for phrase in LONG_PAST]
    + [(_TOPIC, phrase) for phrase in TOPIC]
    + [(_ASKING, phrase) for phrase in ASKING]
    + [(_HABITUAL, phrase) for phrase in HABITUAL]
    + [(_YEAR_PAST, phrase) for phrase in YEAR_PAST]
    + [(_COUNT, phrase) for phrase in COUNTS]
    + [(context, phrase) for context in CONTEXTS for phrase in context.phrases]
)
_ORDER = {sign: index for index, sign in enumerate(SIGNS)}
_OVER = frozenset(context for context in CONTEXTS if context.name in ("resolved", "recovered"))
_NOW = [sign for sign in SIGNS if sign.name == "time"]  # "i nat", "nu": a clause that says one is not past


@dataclass(frozen=True)
class Assessment:
    """What a message signals: `level` None (nothing), "worrying" or "acute"; `kind` the danger it points
    to, where it names one; `signs` the names of the signs seen, to explain the decision to a worker. Never
    the words themselves: an assessment may be logged and counted, the message may not."""

    level: Level | None
    kind: DangerKind | None
    signs: tuple[str, ...]
    # The cues of suicide the signs counted where they decided no more than worrying ("goodbye", "time"):
    # the model's word may join them (`combine`). Not part of what the assessment says.
    cues: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @property
    def acute(self) -> bool:
        return self.level == "acute"


NOTHING = Assessment(None, None, ())


def assess(text: str, asked: str | None = None) -> Assessment:
    """How dangerous `text` looks, and why: the signs, then the model's word (`combine`); and, for a short
    reply in a thread, what it answers to the worker's message before it, `asked` (thread.py), which only
    ever lifts it; except that a reply of a few words the model alone found worrying is nothing when it
    answers an everyday question: the model guessed from three words what the question says."""
    words = read(text)
    alone = combine(by_signs(words), words, shipped(), reply=asked is not None)
    if asked is None or alone.acute:
        return alone
    asked_words = read(asked)
    # A reply is read after each question, and its strongest reading counts ("er du i sikkerhed? er han der
    # stadig?" "nej. han sidder i stuen"): a false alarm costs a look, a miss may cost a life. But a bare "ja"
    # or "nej" answers the last question first ("har du tænkt på det? er du ok nu?" "ja"): read as danger
    # after an earlier one only, it is worrying. A reply in turn ("nej ingen. ja har en plan") is read
    # sentence by sentence too, and an acute answer so found counts as it is (`answered_in_turn`).
    questions = asked_about(asked_words)
    last = last_question(asked)
    before = before_last_question(asked) if last is not None and follows_up(last) else None
    stated = before is not None and "?" not in before and _names_danger(read(before))
    if not questions and stated:
        questions = [FOLLOW_UP]  # "du skrev at du ikke vil leve mere. hvornår?": the danger named, not asked
    turned = is_turned_scale(asked_words)
    in_turn = answered_in_turn(asked, asked_words, text, turned)
    lifted = [item for item in in_turn.answers if item[0][0] == "acute"]
    if lifted and not in_turn.decides:  # "er der nogen hos dig? har du en plan?" "nej ingen. ja har en plan"
        (level, sign), question = lifted[-1]
        return Assessment(level, alone.kind or question.kind, (*alone.signs, sign))
    answers = (
        in_turn.answers
        if in_turn.decides
        else [(answer, question) for question in questions if (answer := read_reply(question, words, turned))]
    )
    if not answers:
        if (
            alone.signs == (RESEMBLES_CRISIS,)
            and len(words.words) < ACUTE_FROM
            and answers_everyday(asked, asked_words)
        ):
            # "ses vi til kaffe?" "ja. i aften": the model guessed from three words what the question says
            return Assessment(None, None, (ANSWERS_EVERYDAY,))
        if alone.signs == (RESEMBLES_CRISIS,) and any(reassures(question, words) for question in questions):
            # "er du i sikkerhed?" "ja. er hos min søster": the model read danger words, the answer is safe
            return Assessment(None, None, (REASSURED,))
        return alone
    # (the last question first, so it is the one chosen when it reads as danger too)
    (level, sign), question = max(reversed(answers), key=lambda item: item[0][0] == "acute")
    # (read in turn, each answer has its own question)
    bare = len(words.words) <= BARE_REPLY and not in_turn.decides
    if bare and level == "acute" and question is not questions[-1]:
        level, sign = "worrying", UNSURE
    if level == "worrying" and alone.level == "worrying":
        return alone
    last_is_everyday = last is not None and not _asks_about_danger(last, before, stated)
    if level == "acute" and last_is_everyday and not in_turn.decides:
        level = "worrying"  # "har du taget noget i dag? og kommer du i morgen kl 10?" "ja" answers the last
    kind = alone.kind or question.kind or (by_signs(asked_words).kind if question is FOLLOW_UP else None)
    return Assessment(level, kind, (*alone.signs, sign))


def _names_danger(asked: Words) -> bool:
    """Whether the signs read the worker's sentence as worrying or acute ("du skrev at du ikke vil leve
    mere"): a bare "hvornår?" after it asks about that danger; not after "husk at hente dine piller" nor "we
    need to talk about your safety plan" (the model, reading words, would lift that one)."""
    said = by_signs(asked)
    return said.level is not None and said.kind is not None  # not "we need to talk" (`feeling_bad`)


def _asks_about_danger(last: str, before: str | None, stated: bool) -> bool:
    """Whether the worker's last question is about danger: itself, or as a bare "hvornår?" (`before` is then
    the sentence it follows) after a danger question ("har du en plan? hvornår?") or a danger named in a
    statement (`stated`: "ses vi i morgen? du skrev at du vil tage dit liv. hvornår?"); not after an
    everyday question ("tænker du stadig på det? ses vi i morgen? hvornår?")."""
    if is_danger_question(read(last)):
        return True
    return stated or (before is not None and is_danger_question(read(before)))


def by_signs(words: Words) -> Assessment:
    """What the signs alone make of a message."""
    found: dict[object, list[Match]] = {}
    for key, match in _LEXICON.find(words):
        found.setdefault(key, []).append(match)
    amounts = {at for match in found.get(_COUNT, ()) for at in range(match.start, match.end + 1)}
    harmless = {  # a harmless use counts within its sentence: "han har taget for meget. på gaden" is not one;
        # nor across a count: "har slugt 40 piller og chokolade", "har taget hele glasset, ikke 2 som"
        at
        for match in found.get(_HARMLESS, ())
        if words.sentence[match.start] == words.sentence[match.end]
        and amounts.isdisjoint(range(match.start + 1, match.end))
        for at in range(match.start, match.end + 1)
    }
    for match in found.get(_TOPIC, ()):  # the rest of the clause is what the film or the book is about
        at = match.start
        while at < len(words.words) and words.clause[at] == words.clause[match.start]:
            harmless.add(at)
            at += 1
    negators = {match.start for match in found.get(_NOT, ())}
    habitual = {at for match in found.get(_HABITUAL, ()) for at in match.literal}
    for sign in _NOW:  # "drikker hver nat" names no time now
        if sign in found:
            found[sign] = [match for match in found[sign] if habitual.isdisjoint(match.literal)]
    now_at = sorted(match.start for sign in _NOW for match in found.get(sign, ()))
    now = {words.clause[at] for at in now_at}
    # "de fyre fra i går siger de stikker mig ned i nat": a time now in the clause outweighs a recent past one
    past = {words.clause[match.start] for match in found.get(_PAST, ())} - now
    # …told of as over: a recovery said, not denied ("i dag har jeg det ikke godt")
    over = [
        match
        for context in _OVER
        for match in found.get(context, ())
        if not any(match.start - _LOOK_BACK <= at <= match.end for at in negators)
    ]
    over_words = {at for match in over for at in match.literal}
    long_spans = _spans(found.get(_LONG_PAST, []), now_at, words)
    years_spans = _spans(  # not the recovery's own date: "clean siden 2019"
        [
            m
            for m in (*found.get(_YEAR_PAST, ()), *found.get(_LONG_PAST, ()))
            if over_words.isdisjoint(m.literal)
        ],
        now_at,
        words,
    )
    asked = {words.clause[match.start] for match in found.get(_ASKING, ())}
    contexts = {  # each context found, with the sentences it counts in (-1: the whole message)
        context: {-1 if context.whole_message else words.sentence[match.start] for match in found[context]}
        for context in CONTEXTS
        if context in found and not (context.yields_to_now and now)
    }
    lowering = _Lowering(
        past, long_spans, years_spans, min((match.start for match in over), default=-1),
        max((match.start for match in over), default=-1), tuple(now_at), asked, contexts,
    )  # fmt: skip
    counted: dict[Sign, Strength] = {}
    notes: list[str] = []
    judged = [
        (sign, match, strength)
        for sign in SIGNS
        for match in found.get(sign, ())
        if (strength := _strength(sign, match, words, harmless, negators, lowering, notes)) is not None
    ]
    # Words counted for a sign that is more than a cue are not counted again for another, shorter one:
    # "tænker på døden" is one sign, and "jeg slår mig ihjel" is intent, not violence ("han vil slå mig
    # ihjel" is).
    claimed: set[int] = set()
    for sign, match, strength in sorted(
        judged, key=lambda item: (-_RANKS[item[2]], item[1].start - item[1].end)
    ):
        if not claimed.isdisjoint(match.literal) and sign not in counted:
            continue
        if strength != "cue":
            claimed.update(match.literal)
        if _RANKS[strength] > _RANKS[counted.get(sign)]:
            counted[sign] = strength
    decided = _decide(counted, notes)
    if not decided.acute:
        decided = replace(decided, cues=_cues(judged, counted))
    bare = all(sign.name in ("other_person", "time") for sign in counted)  # "hun er ligeglad", not "…farvel"
    everyday = _EVERYDAY in found or (_EVERYDAY_SHORT in found and len(words.words) <= SHORT and bare)
    if decided.level is None and everyday:
        # No sign, and words the model would read as a crisis in their everyday use ("hun er ligeglad"): the
        # model does not lift the message either.
        return Assessment(None, None, _unique(*decided.signs, HARMLESS_USE))
    return decided


def combine(decided: Assessment, words: Words, model: Model, reply: bool = False) -> Assessment:
    """The signs' assessment with the model's word added. The signs give precision and the explanation; the
    model adds recall where they saw too little, and doubts a lone acute sign in a message unlike every
    acute one it learned from (lowered to worrying, never silenced: the numbers still go out). On the blind
    sets held out, every message it lowered so had one sign only: "hun slog mig med 2 point". Where the signs
    lowered something themselves (a harmless use, "ikke", long ago, a question), they decide: the model
    reads words, not grammar. `reply`: a reply in a thread; it, and a message of fewer than ACUTE_FROM words,
    is lifted to worrying at a stricter threshold (`Thresholds.short_worrying`)."""
    lowering = ({HARMLESS_USE, NEGATED, LONG_AGO, ASKED} | CONTEXT_NAMES) & set(decided.signs)
    if decided.acute and len(decided.signs) - len(lowering) > 1:
        return decided  # signs that agree are not doubted (and the model's time is saved)
    if lowering and not decided.acute:
        return decided
    if len(words.words) < (DOUBTS_FROM if decided.acute else LIFTS_FROM):
        return decided  # a word or two: too little for the model to overrule or add to the signs
    scores = model.scores(words)
    limits = model.thresholds
    if decided.acute:
        # Only violence is doubted: its words have everyday uses (a game, a score, a joke) that the signs
        # cannot list; a method of suicide or an overdose named in a message that reads oddly stays acute
        # ("for meget stof" with a stray word around it); nor is a beating going on.
        never_doubted = {BEATING, AT_DOOR} & set(decided.signs)
        if decided.kind == "violence" and scores.acute < limits.doubt and not never_doubted:
            return Assessment("worrying", decided.kind, (*decided.signs, MODEL_DOUBTS))
        return decided
    # From nothing the signs saw, both heads must agree to call a message acute: "Manden i stuen th.,
    # Vestergade 12" scored acute on "manden" (third-person reports of violence) and nothing on crisis.
    from_nothing = decided.level is None
    lifts = scores.acute >= limits.acute and (not from_nothing or scores.crisis >= 0)
    if lifts and (not from_nothing or len(words.words) >= ACUTE_FROM):
        return Assessment("acute", decided.kind or model.kind(words), (*decided.signs, RESEMBLES_CRISIS))
    worrying = limits.short_worrying if reply or len(words.words) < ACUTE_FROM else limits.worrying
    lifted = scores.crisis >= worrying or scores.acute >= limits.acute
    if from_nothing and lifted and _joins(decided.cues) and len(words.words) >= ACUTE_FROM and not reply:
        # "sidste smøg. havnen er smuk i nat": a cue of suicide and a time, and a message like those that
        # were crises
        return Assessment(
            "acute",
            "suicide",
            (*sorted(decided.cues & (_TOGETHER | {"time"})), *decided.signs, RESEMBLES_CRISIS),
        )
    if from_nothing and lifted:  # (else, from nothing, an acute score alone is worrying)
        return Assessment("worrying", model.kind(words), (*decided.signs, RESEMBLES_CRISIS))
    return decided


# Cues too everyday to make a message acute with the model and a time: "tager sine piller nu" is a routine,
# "sidste smøg nu og så hjem" and "tænker på at flytte i aften" are plans of an evening
_NOT_JOINING = frozenset({"pills", "doing_it"})


def _cues(judged: list[tuple[Sign, Match, Strength]], counted: dict[Sign, Strength]) -> frozenset[str]:
    """The cues counted, for `combine`; a time only where it stands outside every other cue's words: the
    "nu" of "nu ved jeg hvordan" is that cue's own word, not a time beside it."""
    cues = [
        (sign, match) for sign, match, strength in judged if strength == "cue" and counted.get(sign) == "cue"
    ]
    taken = {at for sign, match in cues if sign.name != "time" for at in match.literal}
    return frozenset(
        sign.name for sign, match in cues if sign.name != "time" or taken.isdisjoint(match.literal)
    )


def _joins(cues: frozenset[str]) -> bool:
    """Whether the cues the signs counted, beside a model that lifts the message, make it acute: a cue of
    suicide with a time now ("sidste smøg. havnen er smuk i nat", "nu ved jeg hvordan … kl 2"). Chosen on the
    training sets' cross-validated scores (`benchmarks.crisis_budgets`): acute recall 0.946 → 0.950, false
    alarms 0.016 → 0.017; any suicide cue alone, without a time, made many times more false alarms on the
    sets and the probes than it found."""
    return bool(cues & _TOGETHER - _NOT_JOINING) and "time" in cues


@dataclass(frozen=True)
class _Lowering:
    """What in a message may lower a sign found in it, by where it stands (clauses and word positions)."""

    past: set[int]  # clauses told of as recently past, with no time now in them
    long_spans: dict[int, tuple[int, int]]  # clauses years past: between which words (times now) the past is
    years_spans: dict[int, tuple[int, int]]  # …and a year or more past ("sidste år"), the same way
    over_first: int  # where a recovery is first told of ("i dag har jeg det godt"), or -1
    over_last: int  # …and last, after the crisis told of
    now_at: tuple[int, ...]  # where a time now stands
    asked: set[int]  # clauses asked as a question of safety
    contexts: dict[Context, set[int]]  # each context found, with the sentences it counts in


def _spans(markers: list[Match], now_at: list[int], words: Words) -> dict[int, tuple[int, int]]:
    """For each clause with a marker of the past ("for 2 år siden"), the words it covers: from the last time
    now before the marker to the first one after it. "jeg vil tage mit liv i nat ligesom for 2 år siden"
    plans now, before "i nat"; "clean siden 2019 og nu ligger hun og gurgler" tells of now, after "nu"; "det
    var for 2 år siden, nu har jeg det godt" of then, before "nu" (often the recovery told of)."""
    spans: dict[int, tuple[int, int]] = {}
    for marker in markers:
        clause = words.clause[marker.start]
        in_clause = [at for at in now_at if words.clause[at] == clause]
        start = max((at for at in in_clause if at < marker.start), default=-1)
        end = min((at for at in in_clause if at > marker.start), default=len(words.words))
        if clause not in spans:
            spans[clause] = (start, end)
    return spans


def _within(spans: dict[int, tuple[int, int]], clause: int, at: int) -> bool:
    """Whether word `at` of `clause` lies inside the clause's span of the past (`_spans`)."""
    start, end = spans.get(clause, (0, -1))
    return start < at < end


def _strength(
    sign: Sign, match: Match, words: Words, harmless: set[int], negators: set[int],
    lowering: _Lowering, notes: list[str],
) -> Strength | None:  # fmt: skip
    """What one found sign counts for here: lowered when negated or long past, nothing when harmless (an
    acute sign only when the word it ends on is in the harmless use: "tar toget … foran det" is not) or
    told of as years past and over."""
    spoiled = match.end in harmless if sign.strength == "acute" else not harmless.isdisjoint(match.literal)
    if spoiled and sign.spoilable:
        notes.append(HARMLESS_USE)
        return None
    strength = sign.strength
    if sign.negatable and _negated(match, words, negators):
        notes.append(NEGATED)
        return "worrying" if strength == "acute" else None
    clause = words.clause[match.start]
    # (a time now in a clause years past joins nothing: "ude på kanten i 2019 men i dag…")
    long_ago = _within(lowering.long_spans, clause, match.start) or (
        sign in _NOW and clause in lowering.long_spans
    )
    told_over = _within(lowering.years_spans, clause, match.start) and match.start < lowering.over_last
    if told_over and (sign.past or strength == "acute"):
        # "for 2 år siden prøvede jeg at tage mit liv. i dag har jeg det godt": years past and over, the one
        # lowering that silences an acute sign
        if strength != "cue":
            notes.append(LONG_AGO)
        return None
    if strength == "acute" and ((clause in lowering.past and sign.past) or long_ago):
        notes.append(LONG_AGO)
        return "worrying"
    if long_ago and strength == "cue" and sign.past and sign.name not in _WORRYING_ALONE:
        # "var helt ude på kanten i 2019 men i dag…": a cue years ago does not join a time now (and is no
        # lowering to note: the model may still read the message)
        return None
    if strength == "acute" and sign.asked and clause in lowering.asked:
        notes.append(ASKED)
        return "worrying"
    for context, sentences in lowering.contexts.items():
        if context in _OVER and any(lowering.over_first < at <= match.start for at in lowering.now_at):
            continue  # "han var clean siden 2020 men nu vågner han ikke": a time now between
        if sign.name in context.lowers and ({-1, words.sentence[match.start]} & sentences):
            notes.append(context.name)
            if context.spares_worrying and strength == "worrying":
                return strength  # "jeg tænker på at dø, men jeg gør det ik": still a worrying thought
            return "worrying" if strength == "acute" else None
    return strength


def _negated(match: Match, words: Words, negators: set[int]) -> bool:
    """A "not" inside the sign (skipped by its "~") or just before it, in the same clause."""
    if not negators.isdisjoint(match.skipped):
        return True
    at, looked = match.start - 1, 0
    while at >= 0 and looked < _LOOK_BACK and words.clause[at] == words.clause[match.start]:
        if at in negators:
            return True
        if words.words[at] not in _SEE_THROUGH:
            looked += 1
        at -= 1
    return False


_RANKS: dict[Strength | None, int] = {None: 0, "cue": 1, "worrying": 2, "acute": 3}


def _decide(counted: dict[Sign, Strength], notes: list[str]) -> Assessment:
    """The level and kind from the signs counted, and their names (with what lowered any)."""
    names = {sign.name for sign in counted}
    acute = [sign for sign, strength in counted.items() if strength == "acute"]
    worrying = [sign for sign, strength in counted.items() if strength == "worrying"]
    together = names & _TOGETHER
    if {"means", "pills"} <= together:  # "en hel pose piller" is a means and pills: one cue, not two
        together -= {"pills"}
    lowered = tuple(dict.fromkeys(notes))
    if acute:
        first = min(acute, key=_ORDER.__getitem__)
        # (the one who threatens at the door is named: such violence is never doubted, see combine)
        at_door = (AT_DOOR,) if AT_DOOR in names and first.kind == "violence" else ()
        return Assessment("acute", first.kind, _unique(*_names(acute + worrying), *at_door, *lowered))
    if WOULD_BE in notes and together & _BESIDE_BURDEN and any(sign.name == "burden" for sign in worrying):
        # "de ville have det bedre uden mig. farvel": a thought of being a burden beside a goodbye or a means
        return Assessment("acute", "suicide", _unique(*_names(worrying), *sorted(together), *lowered))
    if {"weapon", "other_person"} <= names:
        return Assessment("acute", "violence", _unique("weapon", "other_person", *_names(worrying), *lowered))
    if AT_DOOR in names and names & _AT_DOOR_WITH:  # "han har truet mig og nu er han på vej"
        return Assessment("acute", "violence", _unique(AT_DOOR, *_names(worrying), *lowered))
    wish = [sign for sign in worrying if sign.name in _WISHES]
    if wish and together & _AT_HAND and NO_ACT not in notes:
        # "min søn siger han ikke vil leve længere og at han har pillerne": a wish and the means at hand
        return Assessment(
            "acute", "suicide", _unique(*_names(wish), *sorted(together), *_names(worrying), *lowered)
        )
    if len(together) >= 2 or (together & _TIMED and "time" in names):
        cues = sorted(together | ({"time"} & names))
        return Assessment("acute", "suicide", _unique(*cues, *_names(worrying), *lowered))
    if {"intoxicated", "unwell"} <= names:
        worrying = [*worrying, *(sign for sign in counted if sign.name in ("intoxicated", "unwell"))]
    alone = [sign for sign in counted if sign.name in _WORRYING_ALONE]
    if not (worrying or alone) and NO_ACT in notes:
        # "kigger ned på sporene … jeg gør det ik, men tanken er der": a thought not to be acted on (no_act
        # lowers suicide signs only)
        return Assessment("worrying", "suicide", lowered)
    if worrying or alone:
        deciding = sorted(worrying + alone, key=_ORDER.__getitem__)
        hints = sorted((s for s in counted if s.name not in _NO_KIND_FROM), key=_ORDER.__getitem__)
        kind = next((sign.kind for sign in [*deciding, *hints] if sign.kind is not None), None)
        return Assessment("worrying", kind, _unique(*_names(deciding), *lowered))
    return Assessment(None, None, lowered) if lowered else NOTHING  # why nothing: "harmless_use", "negated"


def _names(signs: list[Sign]) -> tuple[str, ...]:
    return _unique(*(sign.name for sign in sorted(signs, key=_ORDER.__getitem__)))


def _unique(*names: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
