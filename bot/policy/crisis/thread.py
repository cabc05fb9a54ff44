"""A short reply read after the worker's question: "ja. i aften" is acute after "har du en plan?" and
nothing after "ses vi?"; "nej" is nothing after "har du taget noget?" and acute after "trækker han vejret?".

The detector reads a message alone (assess.py), and no word list tells those apart: in a running thread a
citizen answers in one to eight words, and the danger is in the question. Workers ask about safety in
plain, standard words, so their questions are a short list here: what each asks about (a kind, or None for
"er du i sikkerhed?"), and which answer means danger (`yes`: "har du en plan?"; `no`: "er du i
sikkerhed?", "trækker han vejret?"). The reply is then read for its answer: a yes, a no, unsure ("ved
ikke", "nogle gange"), or something specific (a time, an amount, "allerede").

Only a reply that the message alone did not make acute is read this way, and it is only ever lifted: the
worker's question never silences what the citizen wrote. A reply that answers nothing recognisable but is
short is worrying, because the worker asked about danger and the answer did not say no: they see it marked
and sorted first. The question's words are never kept in the assessment, only the sign's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.policy.crisis.phrases import Lexicon
from bot.policy.crisis.signs import ALL_OF, COUNTDOWN, COUNTDOWN_HALF, EDGE, NOW, WATER, DangerKind
from bot.policy.crisis.tokens import Words

Level = Literal["acute", "worrying"]

ANSWERED = "answered_danger_question"  # the reply's answer to the worker's question means danger
UNSURE = "unsure_after_danger_question"  # not a no to a question about danger, nor a plain yes
SHORT_REPLY = 12
"""Words: a longer reply says what it means by itself, and is read alone."""


@dataclass(frozen=True)
class Question:
    """A kind of question a worker asks about danger, and what each kind of answer to it means: a yes ("ja",
    or a time, an amount, "allerede": `yes`), a no (`no`), unsure or not now ("ved ik", "ikke i aften":
    `unsure`), or none of these (`other`); None: the reply is read alone. `places`: a dangerous place
    named in the reply is acute ("hvor er du?" "lillebæltsbroen")."""

    name: str
    kind: DangerKind | None
    phrases: tuple[str, ...]
    yes: Level | None = None
    no: Level | None = None
    unsure: Level | None = "worrying"
    other: Level | None = None
    places: bool = False
    specific: Level = "acute"  # a time, an amount, "allerede" after a question whose yes means danger


YOU = "(du|dig|han|hun|de|=u|you|he|she|they)"
TAKEN_WHAT = (
    "(noget|nogen|nogle|for meget|for mange|flere|mere|dem|det hele|dem alle|mere end|en overdosis|en od)"
)
# fmt: off
ASKED_ABOUT: tuple[Question, ...] = (
    Question("thoughts", "suicide", (
        "(tage|ta) (dit|dit eget) liv",
        "(tanker|tænker|tænkt|overvejer|overvejet|lyst) ~6 (selvmord|dø|død|livet|liv|leve|ihjel|ende|slut"
        "|gøre det|skade|skære|cutte|hoppe|springe|forsvinde|væk)",
        "selvmordstanker|selvmordstanke|selvmordstankerne",
        "har du ~2 (en plan|planer|planlagt|bestemt dig|besluttet)",
        "(ved du|har du tænkt over|har du tænkt på) ~2 (hvordan|hvorhen|hvornår)",
        "(vil|ønsker) du ~2 (dø|være død|ikke leve|ikke være her)",
        "har du (noget|det|pillerne|rebet|kniven) ~2 (klar|liggende|derhjemme|på dig|ved dig)",
        "(thinking|thought|thoughts|considering|feel like) ~4 (suicide|killing yourself|kill yourself"
        "|ending|end it|end your life|dying|die)",
        "suicidal",
        "(do|did) you ~2 (have a plan|plan|want to die|wanna die|mean it)",
        "(have you got|do you have|got) ~2 (the pills|a rope|a knife|anything) ~2 (there|with you|ready"
        "|on you)",
        "(how|when|where) ~3 (would you|will you|are you going to|r u gonna|are you planning)",
    ), yes="acute", other="worrying"),
    Question("harmed", "suicide", (
        "(har|gør) du ~2 (skadet|skåret|cuttet|gjort skade på|skære|cutte|skade) ~2 (dig|dig selv)",
        "har du ~1 (cuttet|skåret|skadet) ~2 (igen|i dag|i nat|i går)",
        "(have|did) you ~2 (hurt|harmed|cut) ~1 yourself",
        "(have you|did you) ~1 (cut|cutting)",
        "when was the last time you (cut|hurt yourself|harmed yourself)",
        "(hvornår|hvor tit) ~3 (skar|skåret|cuttede|cuttet)",
        "(har du|have you|are you) ~2 (brugt|taget|drukket|used|using|drinking|relapsed|mixing) ~1 (igen"
        "|again|stadig|still)",
        "(drikker|ryger|bruger|tager) du ~2 (stadig|igen|mere)",
        "blander du|(are you mixing)",
        "(er|bliver) det ~1 (værre|slemmere)",
        "(is it|its) ~1 getting worse",
    ), yes="worrying", other="worrying", specific="worrying"),
    Question("thoughts_again", "suicide", (
        "(har du stadig|har du haft|stadig) ~1 (tanker|tankerne)",
        "(tanker|tankerne) ~2 (i dag|igen|stadig|tilbage)",
        "(tænker du|are you thinking) ~2 (stadig|still) ~2 (på det|about it|om det)",
        "(are the thoughts|er tankerne) ~1 (back|tilbage)",
    ), yes="worrying", other="worrying"),
    Question("where", "suicide", ("hvor er du", "where (are you|r u|ru)"), unsure=None, places=True),
    Question("wellbeing", None, (
        "(er du|are you|r u) ~1 (ok|okay|oki|okej|alright|all right)",
        "(ser du|kan du se) ~2 (en udvej|nogen udvej|lys|en vej)",
    ), no="worrying"),
    Question("alive", "suicide", (
        "tror du (du|at du) ~2 (er|bliver|klarer|kan) ~3 (i morgen|i nat|natten|her)",
        "(vil du være|er du) ~2 (her|der|i live) ~2 (i morgen|stadig)",
        "(kan du|tror du du kan|vil du) ~3 (holde dig|passe på dig selv) ~2 (i live|i sikkerhed|sikker|safe)",
        "(kan du|vil du) ~2 (gå væk fra|træde væk|komme ned|lægge|smide|give|skille dig af med|love)",
        "(can you|will you|could you|would you) ~2 (stay safe|keep yourself safe|be here tomorrow|be around"
        "|promise|get rid of|put down|put the|step away|step back|come down|get down|throw away|give)",
        "(are you|r u) ~1 still (there|here|with me)",
    ), no="acute"),
    Question("taken", "overdose", (
        "har " + YOU + " ~1 (taget|tat|slugt|indtaget|sniffet|røget|fixet|skudt) ~1 " + TAKEN_WHAT,
        "(tog|slugte) " + YOU + " ~1 " + TAKEN_WHAT,
        "(hvad|hvor meget|hvor mange|hvornår|hvilke) ~3 " + YOU + " ~2 (taget|tat|slugt|indtaget|sniffet"
        "|røget|fixet|skudt|drukket|brugt)",
        "(hvor meget|hvor mange) ~3 (taget|tat|piller|af dem)",
        "er det mere end ~3 (normalt|plejer|ordineret)",
        "(have|has|did) " + YOU + " ~1 (taken|take|took|had|swallowed|swallow|used|use|injected|smoked) ~1"
        " (anything|something|too much|too many|more|them|them all|all of them|an overdose)",
        "(what|how much|how many|when|which) ~3 (have|has|did) " + YOU + " ~2 (taken|take|took|had|used"
        "|use|swallowed|swallow|smoked|injected)",
        "is it more than ~3 (usual|normal|prescribed)",
    ), yes="acute", other="worrying"),
    Question("other_there", "violence", (
        "(er|står|sidder) (han|hun|de|manden|kæresten|din kæreste|din far|din mand) ~2 (der|hjemme|ude"
        "|udenfor|inde) ~2 (nu|stadig|endnu)",
        "(er|står|sidder) (han|hun|de|manden|kæresten|din kæreste|din far|din mand) (der|hjemme|udenfor)",
        "(slår|truer|truede|slog|skader|forfølger|jagter) (han|hun|de) ~2 (dig|jer|nogen)",
        "har (han|hun|de) ~2 (slået|truet|skadet|skåret|stukket|kvalt) ~2 (dig|jer)",
        "har (han|hun|de) ~2 (en kniv|kniv|våben|et våben|pistol|en pistol)",
        "er du bange for ~2 (ham|hende|dem|at)",
        "(is|are) (he|she|they|your partner|your boyfriend|your husband|your dad) ~2 (there|home|outside"
        "|still there|with you|in the house)",
        "(is|are|did|has|have) (he|she|they) ~2 (hitting|hit|hurting|hurt|threatening|threatened|choking"
        "|choked|beaten|beat) ~1 (you|anyone)",
        "(has|does) (he|she|they) ~2 (a knife|a weapon|a gun|got a knife)",
        "are you (scared|afraid) of ~1 (him|her|them)",
    ), yes="acute", other="worrying"),
    Question("safe", None, (
        "er du ~2 (i sikkerhed|sikker|tryg|et trygt sted|et sikkert sted)",
        "(kan|tør) du ~2 (komme|slippe) ~2 (væk|ud|derfra|hjem|i sikkerhed)",
        "(are you|r u|you) ~2 (safe|somewhere safe|in a safe place|okay where you are)",
        "can you ~2 (get|go) ~2 (away|out|somewhere safe|to safety)",
    ), no="acute"),
    Question("breathing", "overdose", (
        "(trækker|ånder|vågner|reagerer|svarer) (han|hun|de|personen|din ven|din kæreste) ~2 (vejret|nu"
        "|når|hvis|stadig|på noget)",
        "(er|kan) (han|hun|de|personen) ~2 (vågen|vågne|ved bevidsthed|vækkes|kontaktbar)",
        "(is|are) (he|she|they) ~2 (breathing|awake|conscious|responding|waking up)",
        "(kan|kunne) du ~2 (vække|få liv i|få kontakt til|få kontakt med) ~1 (ham|hende|dem|personen)",
        "(can you|can u|could you) ~2 (wake|rouse) ~1 (him|her|them)",
        "(does|do|did) (he|she|they) ~2 (respond|wake|breathe)",
    ), yes=None, no="acute", unsure="acute", other="worrying"),
)
_QUESTIONS = Lexicon([(question, phrase) for question in ASKED_ABOUT for phrase in question.phrases])

_YES, _NO, _UNSURE, _SPECIFIC = "yes", "no", "unsure", "specific"
_NOT_NOW, _NOT_REALLY, _PLACE, _FINE = "not now", "not really", "place", "fine"
_OPENING = 3  # words: an answer found this early is what the reply opens with
_ANSWERS = Lexicon(
    [(_YES, word) for word in (
        "ja jah jaa jo joo jep jeps jup yes yess yeah yea yep yup =ya =ye =yh mhm mm desværre unfortunately "
        "selvfølgelig obviously 👍"
    ).split()]
    + [(_YES, phrase) for phrase in (
        "(det har jeg|har jeg|det er han|det er hun|det gør jeg|gør jeg|(i do)|(i have)|(he is)|(she is))",
        "((he has)|(she has)|(what do you think)|(hvad tror du)|(det kan du tro))",
    )]
    + [(_NO, word) for word in "nej nejj næ nope =no nah naa ikke ik ikk not never aldrig nix 👎".split()]
    + [(_NO, "(slet ikke|(not at all))")]
    + [(_UNSURE, phrase) for phrase in (
        "(ved ikke|ved ik|ved ikk|ved det ik|ved det ikke|idk|dunno|(i dont know)|(not sure)|(ikke sikker))",
        "(måske|maaske|maybe|lidt|(a bit)|kinda|(sort of)|(nogle gange)|(nogen gange)|sometimes|(af og til))",
        "((tænkt på det)|(thought about it)|hmm|🤷|(tror det)|(tror jeg)|(i think so)|probably)",
        "(for det meste)",
        "(mest|mostly|(hvis jeg)|(if im)|(if i m))",
        "(kan|cant|kan ikke) ~1 (love|promise)",
    )]
    + [(_NOT_REALLY, "(ikke|ik|not|no|nej) ~1 (helt|rigtig|rigtigt|really|quite|totally|særlig|sure)")]
    + [(_SPECIFIC, phrase) for phrase in (
        NOW, COUNTDOWN, COUNTDOWN_HALF, ALL_OF, "#many", "#dose",
        "(allerede|already|(længe siden)|(a while ago))",
        "(alle|all|everything|alt|hele|heleglasset|halvdelen|half) ~2 (sammen|of them|dem|pakken|glasset"
        "|æsken|bottle|pack|box)",
        "(kl|klokken|at) ~1 (1|2|3|4|5|6|7|8|9|10|11|12)",
        "(en|to|tre|fire|fem|seks|ti|1|2|3|4|5|6|10|20|30) ~1 (timer|time|hours|hour|minutter|min|minutes)"
        " ~1 (siden|ago)",
    )]
    + [(_FINE, "(ok|okay|oki|fint|godt|bedre|fine|better|good|tryg|alright)")]
    + [(_PLACE, EDGE), (_PLACE, WATER), (_PLACE, "(på|paa|ved|on|at) ~2 (altanen|balcony|taget|kanten)")]
    + [(_NOT_NOW, "(ikke|ik|not) ~2 (nu|i aften|i nat|lige nu|now|tonight|right now|today|i dag|endnu|yet)")]
)
# fmt: on


def asked_about(words: Words) -> Question | None:
    """The last question about danger in the worker's message, if it asks one: the reply answers that."""
    found = [(match.start, key) for key, match in _QUESTIONS.find(words)]
    return max(found, key=lambda item: item[0])[1] if found else None  # type: ignore[return-value]


def read_reply(question: Question, reply: Words) -> tuple[Level, str] | None:
    """What a short reply means after `question`: acute or worrying and why, or None (read it alone)."""
    if len(reply.words) > SHORT_REPLY or not reply.words:
        return None
    found: dict[str, int] = {}
    for key, match in _ANSWERS.find(reply):
        found[str(key)] = min(match.start, found.get(str(key), match.start))
    if question.places and _PLACE in found:
        return "acute", ANSWERED
    opens = _opening(found)
    if found.keys() & {_NOT_NOW, _UNSURE} and opens != _YES or opens == _NOT_REALLY:  # "ikke i aften"
        answer = question.unsure if question.yes or opens != _NOT_REALLY else question.no
    elif opens == _NO:
        answer = question.no
    elif question.yes and _FINE in found and opens != _NO:  # "ja men jeg har det ok nu"
        answer = question.unsure
    elif _SPECIFIC in found and question.yes:
        answer = question.specific
    elif opens == _YES:
        answer = question.yes
    else:
        answer = question.other
    if answer is None:
        return None
    return answer, ANSWERED if answer == "acute" else UNSURE


def _opening(found: dict[str, int]) -> str | None:
    """The answer the reply opens with (within its first words: "nej", "jeg er ikke…", "ja han er"), if
    any; a "not" further on is about something else ("jeg er hjemme, han ved ikke hvor")."""
    first = [key for key, at in sorted(found.items(), key=lambda item: item[1]) if at < _OPENING]
    for key in (_NOT_REALLY, _UNSURE, _YES, _NO):
        if key in first[:2]:
            return key
    return None
