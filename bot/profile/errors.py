"""ProfileError, and finding the TOML line a validation error belongs to, so an operator's mistake is
reported as one compiler-style line: ``file:line: key: problem``."""

from __future__ import annotations

import difflib
import re
import tomllib
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

Loc = tuple[str | int, ...]


class ProfileError(Exception):
    """A profile that cannot be used. The message is one line, because it ends up in a terminal or a
    container log, where the operator must see file, line, key and problem at once."""

    def __init__(self, source: str, problem: str, key: str | None = None, line: int | None = None) -> None:
        self.source, self.problem, self.key, self.line = source, problem, key, line
        where = source if line is None else f"{source}:{line}"
        text = ": ".join(part for part in (where, key, problem) if part)
        super().__init__(" ".join(text.split()))
        # Every problem found, one line each, for a `profile check` that wants to list them all.
        self.all_problems: list[str] = [str(self)]


class ProfileValueError(ValueError):
    """A ValueError that names the key it is about, relative to the model that raised it; pydantic would
    otherwise blame the whole model and the operator would not know which line to fix."""

    def __init__(self, message: str, at: Loc = ()) -> None:
        super().__init__(message)
        self.at = at


def dotted(loc: Loc) -> str:
    """``("teams", 1, "min_age")`` → ``teams[1].min_age``, the way an operator thinks of the key."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def from_decode_error(source: str, text: str, exc: tomllib.TOMLDecodeError) -> ProfileError:
    """Python 3.11's TOMLDecodeError has no line attribute, only "(at line 3, column 5)" in its text."""
    message = str(exc)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        problem = f"invalid TOML: {message[: found.start()]} (column {found[2]})"
        return ProfileError(source, problem, line=int(found[1]))
    problem = "invalid TOML: " + message.replace(" (at end of document)", " at the end of the file")
    return ProfileError(source, problem, line=max(1, len(text.splitlines())))


def from_validation_error(
    source: str, text: str, exc: ValidationError, model: type[BaseModel]
) -> ProfileError:
    """The first problem in file order, with its key and line; the count of the others, so none hide."""
    lines = _key_lines(text)
    found: list[tuple[int | None, Loc, str]] = []
    for error in exc.errors():
        loc: Loc = tuple(error["loc"])
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, ProfileValueError):
            loc += cause.at
        line = _best_line(lines, loc)
        found.append((line, loc, _problem(error, loc, model)))
    found.sort(key=lambda item: (item[0] is None, item[0] or 0))
    each = [ProfileError(source, problem, dotted(loc) or None, line) for line, loc, problem in found]
    line, loc, problem = found[0]
    if len(found) > 1:
        others = len(found) - 1
        problem += f" (and {others} more problem{'s' if others > 1 else ''})"
    first = ProfileError(source, problem, key=dotted(loc) or None, line=line)
    first.all_problems = [str(one) for one in each]
    return first


def _problem(error: Any, loc: Loc, model: type[BaseModel]) -> str:
    kind: str = error["type"]
    if kind == "extra_forbidden":
        allowed = sorted(_model_at(model, loc[:-1]).model_fields)
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        hint = f"did you mean {close[0]!r}?" if close else "allowed keys: " + ", ".join(allowed)
        return f"unknown key; {hint}"
    if kind == "missing":
        return "required key is missing"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind.endswith(("_type", "_parsing")) or kind in {"literal_error", "string_pattern_mismatch"}:
        message += f" (got {error['input']!r})"
    return message


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel]:
    """The sub-model a location points into, to list the keys that would have been accepted there."""
    for part in loc:
        if isinstance(part, str) and part in model.model_fields:
            model = _find_model(model.model_fields[part].annotation) or model
    return model


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if found := _find_model(arg):
            return found
    return None


_KEY_PART = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*""")


def _split_key(text: str) -> tuple[list[str], str] | None:
    """A TOML key (bare, quoted or dotted) at the start of ``text``: its parts and what follows it."""
    parts: list[str] = []
    pos = 0
    while match := _KEY_PART.match(text, pos):
        raw = match[1]
        parts.append(raw[1:-1] if raw[0] in "\"'" else raw)
        pos = match.end()
        if not text.startswith(".", pos):
            return parts, text[pos:]
        pos += 1
    return None


def _key_lines(text: str) -> list[tuple[Loc, int]]:
    """Every table header and key line with the location it defines, counting ``[[array]]`` tables, since
    tomllib keeps no line numbers. Lines inside multi-line strings and arrays are skipped."""
    found: list[tuple[Loc, int]] = []
    arrays: dict[Loc, int] = {}
    table: Loc = ()
    open_brackets, in_string = 0, ""

    def resolve(parts: list[str]) -> Loc:
        out: Loc = ()
        for part in parts:
            out += (part,)
            if out in arrays:
                out += (arrays[out],)
        return out

    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not in_string and open_brackets == 0 and stripped.startswith("["):
            is_array = stripped.startswith("[[")
            key = _split_key(stripped[2 if is_array else 1 :])
            if key:
                parts = key[0]
                if is_array:
                    parent = resolve(parts[:-1]) + (parts[-1],)
                    arrays[parent] = arrays.get(parent, -1) + 1
                table = resolve(parts)
                found.append((table, number))
        elif not in_string and open_brackets == 0 and (key := _split_key(line)) and key[1].startswith("="):
            found.append((table + tuple(key[0]), number))
        in_string, open_brackets = _carry_over(line, in_string, open_brackets)
    return found


def _carry_over(line: str, in_string: str, open_brackets: int) -> tuple[str, int]:
    """Whether a multi-line string or array is still open after this line."""
    i = 0
    while i < len(line):
        if in_string:
            if line.startswith(in_string, i):
                i, in_string = i + len(in_string), ""
                continue
            i += 2 if line[i] == "\\" and in_string[0] == '"' else 1
            continue
        char = line[i]
        if char == "#":
            break
        quote = line[i : i + 3] if line[i : i + 3] in ('"""', "'''") else char
        if quote in ('"""', "'''", '"', "'"):
            in_string, i = quote, i + len(quote)
            continue
        open_brackets += (char in "[{") - (char in "]}")
        i += 1
    # A single-quoted string cannot span lines; only triple quotes carry over.
    return (in_string if len(in_string) == 3 else ""), max(open_brackets, 0)


def _best_line(lines: list[tuple[Loc, int]], loc: Loc) -> int | None:
    """The line of the key itself if it is written; else of its table header (a missing key); for a whole
    array of tables (``teams``), its first ``[[teams]]``; otherwise nothing."""
    best: tuple[int, int] | None = None
    for path, number in lines:
        shared = min(len(path), len(loc))
        if shared and loc[:shared] == path[:shared] and (best is None or shared > best[0]):
            best = (shared, number)
    return best[1] if best else None
