"""Words that matter for safety: signs of acute danger (suicide, overdose, violence), which get the crisis
numbers at once and a high-priority alert to the team, and sensitive words that must not go out by SMS.

Danger detection errs on the side of triggering. A false alarm costs a worker a look at one message; a
missed one can cost a life. So the patterns are broad, spelling is forgiven (case, punctuation, missing
æøå written ae/oe/aa or a/o, letters repeated for emphasis), negation is ignored ("jeg vil ikke dø" still
alerts), and only a few well-known harmless idioms ("jeg døde af grin") are taken out before matching.
Words are matched whole, so "od" (overdosed) does not fire inside "godt", nor "vold" inside "voldsomt".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from bot.cpr import contains_cpr

DangerKind = Literal["suicide", "overdose", "violence"]

CPR_MATCH = "CPR"
"""What `looks_sensitive` lists for a CPR number, so the number itself travels no further."""

# Patterns are written in plain Danish or English, one phrase per string:
#   words are separated by spaces and must follow each other in the text;
#   "a|b|c" is a choice of words;  "~" allows up to three other words in between;
#   "word*" also matches longer words (inflections, compounds), "*word" words that end so;
#   "=word" matches exactly as written (for very short words such as "od").
# Other words forgive doubled letters and æ/ø/å written ae, a, e / oe, o / aa, a.

_DANGER: list[tuple[DangerKind, str]] = [
    # Suicide and self-harm.
    ("suicide", "selvmor*"),
    ("suicide", "suicid*"),
    ("suicide", "livstræt*"),
    ("suicide", "slå|slår|slog mig selv ihjel"),
    ("suicide", "dræb*|dræbte mig selv"),
    ("suicide", "tag*|tog mit|sit ~ liv|livet"),
    ("suicide", "tag*|tog livet af mig|sig"),
    ("suicide", "ende|ender|endte|afslut* mit|sit liv|livet"),
    ("suicide", "gøre|gør|gjorde ~ ende på"),
    ("suicide", "vil|ville|skal|gerne|lyst|ønsker|ønske|håber|ved ~ dø"),
    ("suicide", "jeg dør"),
    ("suicide", "gid|ønsker|ønske|bedre|hellere ~ var|være død"),
    ("suicide", "vil|gider|orker ~ ikke ~ leve|livet"),
    ("suicide", "ikke|ingen ~ lyst|grund ~ leve|livet"),
    ("suicide", "ikke være her ~ mere|længere"),
    ("suicide", "hæng*|hængte mig"),
    ("suicide", "skær*|skar|cut* i mig"),
    ("suicide", "skær*|skar|cut* mig selv"),
    ("suicide", "spring*|sprang|hop*|kaste mig ud foran"),
    ("suicide", "kill*|hang*|hanged|cut*|hurt*|harm* myself|meself"),
    ("suicide", "selfharm*"),
    ("suicide", "self harm*"),
    ("suicide", "end|ending|take|taking|took ~ my ~ life"),
    ("suicide", "end it all"),
    ("suicide", "want|wanna|going|gonna|wish|ready ~ die"),
    ("suicide", "wish|better ~ dead"),
    ("suicide", "not|dont|don|no ~ want|wanna ~ live|alive"),
    ("suicide", "no reason ~ live"),
    # Overdose, and a body in trouble: not breathing, not waking.
    ("overdose", "overdos*"),
    ("overdose", "=od|=odet|=oded|=odede"),
    (
        "overdose",
        "for|too meget|mange|much|many ~ stof*|pille*|pills|tablet*|heroin*|metadon*|methadon*|kokain*"
        "|coke|drugs|fentanyl*|benzo*",
    ),
    ("overdose", "taget|tog|tager|took|taken|taking for|too meget|mange|much|many"),
    ("overdose", "ikke ~ træk*|trak vejret"),
    ("overdose", "træk*|trak ikke vejret"),
    ("overdose", "ikke|ingen ~ luft"),
    ("overdose", "vågner|vågnede ikke"),
    ("overdose", "ikke ~ vække|vækket"),
    ("overdose", "bevidstløs*"),
    ("overdose", "blå ~ læber|læberne|ansigtet"),
    ("overdose", "cant|cannot|t|not|stopped|isnt breath*"),
    ("overdose", "can t|cant|cannot ~ breath*"),
    ("overdose", "unconscious"),
    ("overdose", "won t|wont|not ~ wake up"),
    # Violence. A threat to kill with someone named as its subject is violence; without one, the words
    # "slå mig ihjel" are most often said about oneself.
    ("violence", "han|hun|de|nogen|kæreste*|manden|konen|fyren ~ slå|slår|slog|dræbe|dræber mig|os ihjel"),
    ("suicide", "slå|slår|slog mig ihjel"),
    ("violence", "*vold|*volden|voldelig*|voldtæg*|voldtag*|voldsmand*|voldsmænd*"),
    (
        "violence",
        "slå|slår|slog|sparker|sparkede|banker|bankede|tæsker|tæver|tævede|kvæler|kvalte|truer|truede"
        "|skubber|skubbede mig|os|hende|ham",
    ),
    ("violence", "bliv*|blev|blevet slået|tævet|banket|truet|voldtaget|kvalt"),
    ("violence", "tævet"),
    ("violence", "slået|dræbt ihjel"),
    ("violence", "dræbe|dræber|dræbte mig|os|hende|ham"),
    ("violence", "truer|truede|truet ~ slå|dræbe|stikke|skyde|ihjel|kniv"),
    ("violence", "kniv*|pistol*|våben"),
    ("violence", "stikke|stak|stukket|stikker mig|ham|hende|ned"),
    ("violence", "skyd*|skudt mig|os|hende|ham"),
    ("violence", "violen*|rape*|rapist*|knife|knives|stab|stabbed|stabbing|gun|guns|abusive|abuser"),
    ("violence", "domestic abuse"),
    (
        "violence",
        "hit|hits|hitting|beat|beats|beating|beaten|kick|kicks|kicked|choke|chokes|choked|choking"
        "|strangle*|hurts|punch*|threaten*|kill|kills|killing|shoot|shoots|shot|stalks|stalking me|us|her",
    ),
]

# Harmless idioms, taken out before matching, and only within one sentence. Kept few and tight on
# purpose: every idiom taken out is a way for a real cry for help to slip through.
_HARMLESS = [
    "dø|døde|dør|døer af grin|grine|latter|kedsomhed|nysgerrighed",
    "for meget på",
    "det slår|slog mig",
    "hit me up",
    "beat me to it",
    "shoot|shot me a|an",
]

# Sensitive words: health, addiction, homelessness, social services. One pattern per word (same syntax),
# matched against each word of the text; compounds are caught by "*stem*".
_SENSITIVE_WORDS = [
    # Danish: addiction and substances.
    "*misbrug*", "*alkohol*", "*narko*", "*heroin*", "*metadon*", "*kokain*", "*amfetamin*", "*abstinens*",
    "*afvænning*", "*afrusning*", "*rusmiddel*", "=rus", "=rusen", "=ruset", "=hash", "=hashen", "=stof",
    "=stoffer", "=stofferne", "=stoffet", "=piller", "=pillerne", "*antabus*", "*subutex*", "benzo*",
    "fixerum*", "afhængighed*", "=druk",
    # Danish: health and psychiatry.
    "*psykiat*", "psykolog*", "psykisk*", "*psykose*", "psykotisk*", "*skizofren*", "*depressi*",
    "*diagnos*", "*medicin*", "*behandling*", "*indlæggelse*", "=indlagt", "*sygehus*", "*hospital*",
    "*sygdom*", "*bipolar*", "=adhd", "=ptsd", "angst*", "*selvmord*", "*overdos*",
    # Danish: homelessness and social services.
    "*hjemløs*", "*herberg*", "*forsorgshjem*", "*bostøtte*", "*botilbud*", "*varmestue*", "*værested*",
    "*natcafe*", "*sagsbehandl*", "*socialrådgiv*", "*socialforvaltning*", "*socialcent*", "*jobcent*",
    "*kontanthjælp*", "*førtidspension*", "*støttekontaktperson*", "=skp", "*servicelov*",
    # English.
    "*addict*", "=drug", "=drugs", "*cocaine*", "*methadon*", "=crack", "psycholog*", "*psychiatr*",
    "*psychosis*", "psychotic*", "*schizophren*", "medication*", "treatment*", "=rehab", "=detox",
    "*homeless*", "=shelter", "*caseworker*", "withdrawal*", "*suicid*", "=welfare",
]  # fmt: skip
# Phrases, matched in the original text so the words can be shown as written.
_SENSITIVE_PHRASES = re.compile(
    r"§\s*99\b|\bparagraf\s*99\b"
    r"|\bst(?:ø|oe|o)tte-?\s+og\s+kontaktperson\w*"
    r"|\bsocialt?\s+udsat\w*"
    r"|\bsocial\s+worker\w*"
    r"|\bmental(?:ly)?\s+(?:health|ill\w*)",
    re.IGNORECASE,
)

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})
# How a letter of a pattern may be written: a missing æøå is often typed as one plain letter.
_FORGIVEN = {"æ": "(?:a+e+|a+|e+)", "ø": "(?:o+e+|o+)", "å": "a+"}
_REPEATED_LETTER = re.compile(r"([^\W\d_])\1{2,}")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_APOSTROPHE = re.compile(r"['\u2019\u02bc`\u00b4]")
_NOT_A_WORD = re.compile(r"[\W_]+")
_FILLER = r"(?:\w+ ){0,3}"


def _fold(text: str) -> str:
    """Lower case, æøå as ae/oe/aa, accents dropped."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _normalise(text: str) -> str:
    """Words of folded text separated by single spaces, with "|" where a sentence or clause breaks:
    "Selvmoooord!" → "selvmord |", "selv-mord" → "selvmord", "od'et" → "od et"."""
    text = _REPEATED_LETTER.sub(r"\1", unicodedata.normalize("NFC", text).casefold())
    text = _APOSTROPHE.sub(" ", _INNER_HYPHEN.sub("", _fold(text)))
    return " ".join(_NOT_A_WORD.sub(lambda gap: " " if gap.group().isspace() else " | ", text).split())


def _word(form: str) -> str:
    """The regular expression for one word form of the pattern syntax above."""
    if form.startswith("="):
        return re.escape(_fold(form[1:]))
    head = r"\w*" if form.startswith("*") else ""
    tail = r"\w*" if form.endswith("*") else ""
    core = form.strip("*").casefold()
    letters = [ch for index, ch in enumerate(core) if index == 0 or ch != core[index - 1]]
    return head + "".join(_FORGIVEN.get(ch, re.escape(_fold(ch)) + "+") for ch in letters) + tail


def _phrase(phrase: str) -> str:
    body, tokens = "", phrase.split()
    for index, token in enumerate(tokens):
        if token == "~":
            body += _FILLER
            continue
        body += "(?:" + "|".join(_word(form) for form in token.split("|")) + ")"
        if index < len(tokens) - 1:
            body += " "
    return r"\b" + body + r"\b"


_DANGER_PATTERNS = [(kind, re.compile(_phrase(phrase))) for kind, phrase in _DANGER]
_HARMLESS_PATTERN = re.compile("|".join(_phrase(phrase) for phrase in _HARMLESS))
# A word is folded and its repeated letters collapsed ("alkohoool" → "alkohol") before it is matched, so
# the patterns take each letter once: no "x+" that would try every split of a long word (quadratic).
_SENSITIVE_EXACT = frozenset(_fold(form[1:]) for form in _SENSITIVE_WORDS if form.startswith("="))
_ONCE = {"æ": "(?:ae|a|e)", "ø": "(?:oe|o)", "å": "a"}
_LETTER_RUN = re.compile(r"(.)\1+")


def _stem(form: str) -> str:
    """The expression for a "*stem*", "stem*" or "*stem" form, on a collapsed word."""
    head = r"\w*" if form.startswith("*") else ""
    tail = r"\w*" if form.endswith("*") else ""
    core = _LETTER_RUN.sub(r"\1", form.strip("*").casefold())
    return head + "".join(_ONCE.get(ch, re.escape(_fold(ch))) for ch in core) + tail


_SENSITIVE_STEM = re.compile("|".join(_stem(form) for form in _SENSITIVE_WORDS if not form.startswith("=")))


def danger_kind(text: str) -> DangerKind | None:
    """Which acute danger `text` signals: "suicide", "overdose" or "violence"; None when none."""
    # Idioms are found within a sentence; danger words also across punctuation ("vil... dø").
    normalised = " ".join(_HARMLESS_PATTERN.sub(" ", _normalise(text)).replace("|", " ").split())
    for kind, pattern in _DANGER_PATTERNS:
        if pattern.search(normalised):
            return kind
    return None


def signals_danger(text: str) -> bool:
    """True when `text` signals acute danger: answer with the crisis numbers and alert the team now."""
    return danger_kind(text) is not None


def _is_sensitive_word(folded: str) -> bool:
    """In time linear in the word's length, however long (a pasted 4,000-letter "word")."""
    return folded in _SENSITIVE_EXACT or _SENSITIVE_STEM.fullmatch(_LETTER_RUN.sub(r"\1", folded)) is not None


def looks_sensitive(text: str) -> list[str]:
    """The words of `text` that reveal health, addiction or social services, as written there, and
    `CPR_MATCH` for a CPR number: what to warn about before the text goes out by SMS. Never log them."""
    found: list[tuple[int, str]] = [
        (match.start(), match.group())
        for match in re.finditer(r"\w+", text)
        if _is_sensitive_word(_fold(match.group()))
    ]
    found += [(match.start(), match.group()) for match in _SENSITIVE_PHRASES.finditer(text)]
    words = list(dict.fromkeys(word for _, word in sorted(found)))
    if contains_cpr(text):
        words.append(CPR_MATCH)
    return words
