"""Text economy of SMS: how many segments a text costs, and keeping the bot's own texts in GSM-7.

Segments are counted as carriers count them: GSM 03.38 (the default alphabet, where æ, ø and å live)
at 160 septets in one SMS or 153 per part of a concatenated one, and UCS-2 as soon as one character is
outside it, at 70 UTF-16 units alone or 67 per part. Pure: no twilio here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Encoding = Literal["GSM-7", "UCS-2"]

TWILIO_MAX_CHARACTERS = 1600  # Twilio refuses a longer Body (error 21617)

# The GSM 03.38 default alphabet, without ESC (0x1B): ESC only introduces the extension table.
_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each costs ESC plus itself, two septets, and the pair is never split.
_GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

_GSM7_SINGLE, _GSM7_PART = 160, 153  # septets; a part gives 7 to the concatenation header
_UCS2_SINGLE, _UCS2_PART = 70, 67  # UTF-16 code units

# Characters that phones, word processors and translators put into text and that would turn a whole
# message into UCS-2 (a third of the capacity), with GSM-7 look-alikes.
_LOOK_ALIKES = {
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),  # “ ” „ ‟ ″ « »
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),  # ‘ ’ ‚ ‛ ′ ` ´
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),  # hyphens, dashes, minus
    "\u2026": "...",  # …
    "\u2022": "-",  # • bullet
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " "),
    **dict.fromkeys("\u202f\u205f\u3000\t", " "),  # narrow no-break, math and ideographic space, tab
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", ""),  # zero-width characters
}
_LOOK_ALIKE_TABLE = str.maketrans(_LOOK_ALIKES)


@dataclass(frozen=True)
class SegmentCount:
    """What a text costs: its encoding, the SMS segments it takes, and the units it uses
    (septets in GSM-7, UTF-16 code units in UCS-2)."""

    encoding: Encoding
    segments: int
    units: int


def is_gsm7(text: str) -> bool:
    """True when every character of `text` is in the GSM 03.38 alphabet or its extension table."""
    return all(char in _GSM7_BASIC or char in _GSM7_EXTENSION for char in text)


def non_gsm7(text: str) -> str:
    """The distinct characters of `text` that force UCS-2, in order of first appearance."""
    return "".join(dict.fromkeys(c for c in text if c not in _GSM7_BASIC and c not in _GSM7_EXTENSION))


def segments(text: str) -> SegmentCount:
    """Count `text` as a carrier does; an empty text is still one (empty) SMS."""
    if is_gsm7(text):
        costs = [2 if char in _GSM7_EXTENSION else 1 for char in text]
        return SegmentCount("GSM-7", _parts(costs, _GSM7_SINGLE, _GSM7_PART), sum(costs))
    costs = [2 if ord(char) > 0xFFFF else 1 for char in text]  # a surrogate pair stays together
    return SegmentCount("UCS-2", _parts(costs, _UCS2_SINGLE, _UCS2_PART), sum(costs))


def fits_twilio(text: str) -> bool:
    """True when Twilio accepts `text` as one message Body (at most 1,600 characters).

    Twilio's documentation warns that characters outside the BMP (emoji) may count as more than one,
    so they are counted as the two UTF-16 units they are.
    """
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text) <= TWILIO_MAX_CHARACTERS


def gsm7_safe(text: str) -> str:
    """The bot's own text with typographic look-alikes replaced, so it stays GSM-7.

    For the bot's texts only: a worker's or citizen's text is sent as written, never altered silently.
    Characters without a look-alike are left as they are.
    """
    return text.translate(_LOOK_ALIKE_TABLE)


def _parts(costs: list[int], single: int, part: int) -> int:
    """Segments for characters of these costs: one if all fit `single`, else greedy `part`-sized parts
    in which no character (an escape pair, a surrogate pair) is split."""
    if sum(costs) <= single:
        return 1
    count, used = 1, 0
    for cost in costs:
        if used + cost > part:
            count, used = count + 1, 0
        used += cost
    return count
