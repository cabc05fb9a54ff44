"""Message catalogs: every user-facing text, looked up by a stable dotted key in the reader's language.

A language is a file: bot/locale/LANG/LC_MESSAGES/messages.po, read with Babel when first needed (no
compile step). A msgstr holds ``{name}`` placeholders filled with ``str.format_map``. A key missing in a
language falls back to Danish, and a key missing in Danish too comes back as the key itself.

Plurals are gettext's own: an entry with ``msgid_plural`` and ``msgstr[0]``, ``msgstr[1]``… picks its form
from the ``{count}`` it is given, by the catalog's ``Plural-Forms`` ("1 besked", "2 beskeder").

A key may have a channel variant, ``KEY.sms``: a text that says what to type says it the way the reader
types it (``STATUS KODE`` by SMS, ``/status KODE`` on Telegram). `text_for` picks it.
"""

from __future__ import annotations

import gettext
import logging
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from babel.messages.pofile import read_po

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "da"
_LANGUAGE_DIR = re.compile(r"[a-z]{2,3}")
_PLACEHOLDER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class _Params(dict[str, object]):
    """The caller's parameters; a placeholder nobody filled stays visible instead of raising, because a
    missing word is better than a crisis reply that is never sent."""

    def __init__(self, key: str, params: dict[str, object]) -> None:
        super().__init__(params)
        self._key = key

    def __missing__(self, name: str) -> str:
        log.warning("message %s: no value for placeholder %s", self._key, name)
        return "{" + name + "}"


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders of a msgstr (``{{`` and ``}}`` are literal braces)."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def _usable(template: str) -> bool:
    """Parses as a format string whose placeholders are plain names (no ``{0}``, ``{a.b}``, ``{a[0]}``)."""
    try:
        names = placeholders(template)
    except ValueError:
        return False
    return all(_PLACEHOLDER.fullmatch(name) for name in names)


SMS_VARIANT = ".sms"
WORKERS_ONLY = ("worker.", "staff.", "time.", "citizen.status.", "console.")
"""Key prefixes of texts only workers see; every other text may reach a citizen or a reporter."""


@dataclass(frozen=True)
class _Plural:
    """A text with one form per plural class; `choose` maps a count to the form's index."""

    forms: tuple[str, ...]
    choose: Callable[[int], int]

    def form(self, count: object) -> str:
        index = self.choose(count) if isinstance(count, int) else len(self.forms) - 1
        return self.forms[min(max(index, 0), len(self.forms) - 1)]


Template = str | _Plural


def _read_catalog(path: Traversable, language: str) -> dict[str, Template]:
    with path.open("rb") as fileobj:
        catalog = read_po(fileobj, locale=None)
    choose = gettext.c2py(catalog.plural_expr)
    texts: dict[str, Template] = {}
    for message in catalog:
        key, value = message.id, message.string
        if isinstance(key, tuple | list) and isinstance(value, tuple | list):
            # A plural entry: every form must be there and usable, or the entry counts as missing.
            forms = tuple(form for form in value if isinstance(form, str) and form)
            if message.fuzzy or not key[0] or len(forms) != len(value) or not forms:
                continue
            if not all(_usable(form) for form in forms):
                log.warning("catalog %s: message %s is not a valid template and is ignored", language, key[0])
                continue
            texts[str(key[0])] = _Plural(forms, choose)
            continue
        # The header has an empty id; fuzzy and empty entries are untranslated, as gettext treats them.
        if not key or not isinstance(key, str) or not isinstance(value, str) or not value or message.fuzzy:
            continue
        if not _usable(value):
            log.warning("catalog %s: message %s is not a valid template and is ignored", language, key)
            continue
        texts[key] = value
    return texts


class Catalogs:
    """The texts of every language found under a locale directory (the package's bot/locale by default)."""

    def __init__(self, directory: Traversable | Path | None = None) -> None:
        root = directory if directory is not None else files("bot").joinpath("locale")
        self._texts: dict[str, dict[str, Template]] = {}
        if root.is_dir():
            for entry in sorted(root.iterdir(), key=lambda item: item.name):
                po = entry.joinpath("LC_MESSAGES", "messages.po")
                if _LANGUAGE_DIR.fullmatch(entry.name) and po.is_file():
                    self._texts[entry.name] = _read_catalog(po, entry.name)

    def languages(self) -> list[str]:
        """The languages that have a catalog, Danish first."""
        return sorted(self._texts, key=lambda language: (language != DEFAULT_LANGUAGE, language))

    def keys(self, language: str) -> set[str]:
        """The keys a language's own catalog translates (without fallback)."""
        return set(self._texts.get(language, {}))

    def template(self, key: str, language: str, count: object = None) -> str | None:
        """The raw msgstr for `key` in `language` or, failing that, in Danish; None when neither has it.
        A plural text gives the form for `count` (the last, most general form without one)."""
        found = self._find(key, language)
        if isinstance(found, _Plural):
            return found.form(count)
        return found

    def forms(self, key: str, language: str) -> tuple[str, ...]:
        """Every form of `key` (one for an ordinary text; none when no catalog has it)."""
        found = self._find(key, language)
        if found is None:
            return ()
        return found.forms if isinstance(found, _Plural) else (found,)

    def _find(self, key: str, language: str) -> Template | None:
        for candidate in (_primary(language), DEFAULT_LANGUAGE):
            found = self._texts.get(candidate, {}).get(key)
            if found is not None:
                return found
        return None

    def text(self, key: str, language: str, **params: object) -> str:
        """The text for `key` in `language` with `params` filled in (a plural text by `count`)."""
        template = self.template(key, language, params.get("count"))
        if template is None:
            # The key only: message texts and parameters may hold personal data.
            log.warning("message %s is in no catalog", key)
            return key
        return template.format_map(_Params(key, params)).strip()

    def text_for(self, channel: str, key: str, language: str, **params: object) -> str:
        """`text`, in the channel's own variant where there is one (``KEY.sms`` for SMS)."""
        variant = f"{key}{SMS_VARIANT}"
        if channel == "sms" and self._find(variant, language) is not None:
            return self.text(variant, language, **params)
        return self.text(key, language, **params)

    def best_language(self, telegram_language_code: str | None, supported: list[str] | None = None) -> str:
        """`best_language` among `supported` (default: every language with a catalog)."""
        offered = self.languages() if supported is None else [s for s in supported if s in self._texts]
        return best_language(telegram_language_code, offered)


def _primary(language: str) -> str:
    """``"en-GB"`` → ``"en"``; ``"PT_br"`` → ``"pt"``."""
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]


def best_language(telegram_language_code: str | None, supported: list[str]) -> str:
    """The supported language matching a Telegram ``language_code`` (``"en-GB"`` → ``"en"``), else the
    first supported one (the profile's default), else Danish."""
    if telegram_language_code:
        wanted = _primary(telegram_language_code)
        if wanted in supported:
            return wanted
    return supported[0] if supported else DEFAULT_LANGUAGE


@cache
def default_catalogs() -> Catalogs:
    """The catalogs shipped with the package, read once on first use."""
    return Catalogs()


def text(key: str, language: str, **params: object) -> str:
    """The text for `key` in `language` from the shipped catalogs (see `Catalogs.text`)."""
    return default_catalogs().text(key, language, **params)


def languages() -> list[str]:
    """The languages that have a shipped catalog, Danish first."""
    return default_catalogs().languages()
