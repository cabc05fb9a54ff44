"""Encryption at rest and keyed lookups for personal data.

Message bodies, phone numbers, chat ids and free text are stored sealed (Fernet: AES-CBC + HMAC, a random
IV per value), so a copied database or backup reveals nothing without `SKP_SECRET_KEY`. Because equal
plaintexts seal differently, rows are found by a keyed hash (HMAC-SHA256) of the normalised value instead.

`SKP_SECRET_KEY` may hold several secrets separated by commas, for rotation: the first seals and hashes,
all of them open old tokens and are tried in lookups, until a job has resealed and rehashed every row and
the old secret can be dropped. Each secret only feeds HKDF, which derives one subkey for encryption and
another for hashing, so the raw secret never keys anything directly.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MIN_SECRET_LENGTH = 32

# Fixed labels: changing any of them makes every stored token and hash unreadable.
_HKDF_SALT = b"skp-bot/SKP_SECRET_KEY"
_ENCRYPTION_INFO = b"skp-bot/fernet/v1"
_LOOKUP_INFO = b"skp-bot/lookup-hmac/v1"
_LIMIT_PURPOSE = b"skp-bot/sender-limits/v1"


class CryptoConfigError(ValueError):
    """`SKP_SECRET_KEY` is missing or unusable; the message never contains the secret."""


class DecryptionError(Exception):
    """A token is not one of ours, was altered, or was sealed with a secret no longer configured."""


def generate_secret() -> str:
    """A new secret for `SKP_SECRET_KEY`: 32 random bytes, urlsafe base64 (printed by `skp-bot keygen`)."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _derive(secret: str, info: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=info)
    return hkdf.derive(secret.encode("utf-8"))


def _split_secrets(secret_key: str) -> list[str]:
    entries = [entry.strip() for entry in secret_key.split(",")]
    if entries == [""]:
        raise CryptoConfigError("SKP_SECRET_KEY is empty; run `skp-bot keygen` to make one")
    for position, entry in enumerate(entries, start=1):
        if len(entry) < MIN_SECRET_LENGTH:
            raise CryptoConfigError(
                f"SKP_SECRET_KEY secret #{position} is empty or shorter than {MIN_SECRET_LENGTH} characters;"
                " run `skp-bot keygen` to make one"
            )
    # A secret listed twice would only make lookups ask for the same hash twice.
    return list(dict.fromkeys(entries))


class Vault:
    """Seals and opens personal data and hashes lookup values, with the configured secrets."""

    def __init__(self, encryption_keys: list[bytes], lookup_keys: list[bytes]) -> None:
        if not encryption_keys or len(encryption_keys) != len(lookup_keys):
            raise CryptoConfigError("a Vault needs one encryption key and one lookup key per secret")
        self._current = Fernet(base64.urlsafe_b64encode(encryption_keys[0]))
        self._all = MultiFernet([Fernet(base64.urlsafe_b64encode(key)) for key in encryption_keys])
        self._lookup_keys = list(lookup_keys)

    @classmethod
    def from_secret(cls, secret_key: str) -> Vault:
        """A vault for the value of `SKP_SECRET_KEY` (one secret, or several separated by commas)."""
        entries = _split_secrets(secret_key)
        return cls(
            [_derive(entry, _ENCRYPTION_INFO) for entry in entries],
            [_derive(entry, _LOOKUP_INFO) for entry in entries],
        )

    def __repr__(self) -> str:
        return f"Vault(secrets={len(self._lookup_keys)})"

    def seal(self, plaintext: str) -> str:
        """Encrypt and authenticate with the current secret; equal plaintexts give different tokens."""
        return self._current.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def open(self, token: str) -> str:
        """Decrypt a token sealed with any configured secret."""
        try:
            return self._all.decrypt(token).decode("utf-8")
        except (InvalidToken, ValueError):
            # `from None`: the token must not reach logs through the exception chain either.
            raise DecryptionError("cannot open the sealed value with any configured secret") from None

    def needs_rotation(self, token: str) -> bool:
        """True when the token opens only with an older secret and should be resealed."""
        try:
            self._current.decrypt(token)
            return False
        except (InvalidToken, ValueError):
            self.open(token)  # raises DecryptionError when no secret fits at all
            return True

    def reseal(self, token: str) -> str:
        """The same plaintext sealed with the current secret (the original timestamp is kept)."""
        try:
            return self._all.rotate(token).decode("ascii")
        except (InvalidToken, ValueError):
            raise DecryptionError("cannot open the sealed value with any configured secret") from None

    def lookup_hash(self, value: str) -> str:
        """HMAC-SHA256 (hex) of an already normalised value, with the current secret."""
        return self._hash(self._lookup_keys[0], value)

    def lookup_hashes(self, value: str) -> list[str]:
        """The value's hash under every secret, current first: for `WHERE hash IN (...)` during rotation."""
        return [self._hash(key, value) for key in self._lookup_keys]

    def limit_key(self, value: str) -> str:
        """The value's key for the flood limits: an HMAC under a key of its own, derived from the current
        secret, so a counter can never be joined to a stored lookup hash (and outlives scrubbing). A
        rotation starts every counter afresh, which costs nothing: the counters last an hour or so."""
        purpose_key = hmac.new(self._lookup_keys[0], _LIMIT_PURPOSE, hashlib.sha256).digest()
        return self._hash(purpose_key, value)

    def is_current_hash(self, value: str, stored_hash: str) -> bool:
        """False when a stored hash was made with an older secret (or another value) and needs rehashing."""
        return hmac.compare_digest(self.lookup_hash(value).encode(), stored_hash.encode())

    @staticmethod
    def _hash(key: bytes, value: str) -> str:
        return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()
