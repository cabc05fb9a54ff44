"""Loading a municipality profile: a shipped preset (bot/profiles/NAME.toml) or an operator's TOML file
becomes a validated Profile, or one ProfileError line that says file, line, key and problem."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from pydantic import ValidationError

from bot.profile.errors import ProfileError, from_decode_error, from_validation_error
from bot.profile.models import Profile


def list_profiles() -> list[str]:
    """The names of the presets shipped in bot/profiles/."""
    shipped = files("bot").joinpath("profiles")
    return sorted(item.name[: -len(".toml")] for item in shipped.iterdir() if item.name.endswith(".toml"))


def load_profile(name_or_path: str) -> Profile:
    """A shipped preset by name (``greve``) or an operator's TOML file by path (``/etc/skp/profile.toml``)."""
    shipped = list_profiles()
    is_path = "/" in name_or_path or "\\" in name_or_path or name_or_path.endswith(".toml")
    if not is_path and name_or_path in shipped:
        resource = files("bot").joinpath("profiles", f"{name_or_path}.toml")
        return parse_profile(resource.read_text(encoding="utf-8"), f"bot/profiles/{name_or_path}.toml")
    names = ", ".join(shipped)
    if not is_path and not Path(name_or_path).is_file():
        problem = f"no such shipped profile; shipped profiles are {names} (or give the path of a .toml file)"
        raise ProfileError(name_or_path, problem)
    path = Path(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(str(path), f"no such file (shipped profiles are {names})") from None
    except UnicodeDecodeError:
        raise ProfileError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise ProfileError(str(path), f"cannot be read: {exc.strerror}") from None
    return parse_profile(text, str(path))


def parse_profile(text: str, source: str = "<profile>") -> Profile:
    """Validate TOML text; ``source`` names it in errors (a path, or bot/profiles/NAME.toml)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise from_decode_error(source, text, exc) from None
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(source, text, exc, Profile) from None
