"""Words that matter for safety: signs of danger (suicide, overdose, violence), which get the crisis numbers
at once and, when acute, a high-priority alert to the team; and sensitive words that must not go out by SMS.

Danger is read by the crisis detector in bot/policy/crisis (signs of a plan, a means, a time, a place, a
goodbye, a body that does not breathe, violence now; see its README section for the approach and figures).
This module is what services ask: `assess_danger` for the level, the kind and the signs; `danger_kind` for
the kind of acute danger only.
"""

from __future__ import annotations

import re
import unicodedata

from bot.cpr import contains_cpr
from bot.policy.crisis import Assessment, DangerKind, assess

__all__ = [
    "CPR_MATCH",
    "Assessment",
    "DangerKind",
    "assess_danger",
    "danger_kind",
    "looks_sensitive",
    "signals_danger",
]

CPR_MATCH = "CPR"
"""What `looks_sensitive` lists for a CPR number, so the number itself travels no further."""

# Pattern words (below) are written in plain Danish or English: "word*" also matches longer words
# (inflections, compounds), "*word" words that end so, "=word" matches exactly as written. Other words forgive
# doubled letters and æ/ø/å written ae, a, e / oe, o / aa, a.

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


def _fold(text: str) -> str:
    """Lower case, æøå as ae/oe/aa, accents dropped."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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


def assess_danger(text: str, asked: str | None = None) -> Assessment:
    """How dangerous `text` looks: level ("acute", "worrying" or None), kind, and the signs seen (never the
    words). Acute: the crisis numbers at once and an alert to the team now. Worrying: the numbers, and the
    worker's copy marked "kan være alvorligt" and sent first. `asked`: the worker's message the text may
    answer ("har du en plan?" before "ja. i aften")."""
    return assess(text, asked)


def danger_kind(text: str) -> DangerKind | None:
    """Which acute danger `text` signals: "suicide", "overdose" or "violence"; None when it signals none."""
    found = assess(text)
    return found.kind if found.acute else None


def signals_danger(text: str) -> bool:
    """True when `text` signals acute danger: answer with the crisis numbers and alert the team now."""
    return assess(text).acute


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
