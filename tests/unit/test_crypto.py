"""Personal data is sealed at rest, found by keyed hash, and survives a key rotation."""

import base64
import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.crypto import CryptoConfigError, DecryptionError, Vault, generate_secret

OLD = generate_secret()
NEW = generate_secret()


def test_a_generated_secret_is_32_random_bytes_in_urlsafe_base64() -> None:
    secret = generate_secret()

    assert len(base64.urlsafe_b64decode(secret)) == 32
    assert "," not in secret
    assert secret != generate_secret()


# Sealing and opening


@given(st.text())
def test_any_text_comes_back_unchanged_after_sealing(plaintext: str) -> None:
    vault = Vault.from_secret(NEW)

    assert vault.open(vault.seal(plaintext)) == plaintext


def test_danish_letters_and_emoji_survive_sealing() -> None:
    vault = Vault.from_secret(NEW)
    message = "Hej Søren, vi ses på fredag ved åen 🙂"

    assert vault.open(vault.seal(message)) == message


def test_the_sealed_text_does_not_contain_the_plaintext() -> None:
    vault = Vault.from_secret(NEW)
    phone = "+4512345678"

    token = vault.seal(phone)

    assert phone not in token
    assert "12345678" not in token


def test_the_same_text_seals_differently_each_time() -> None:
    vault = Vault.from_secret(NEW)

    assert vault.seal("+4512345678") != vault.seal("+4512345678")


def test_a_token_from_another_secret_does_not_open() -> None:
    token = Vault.from_secret(OLD).seal("hemmeligt")

    with pytest.raises(DecryptionError):
        Vault.from_secret(NEW).open(token)


def test_an_altered_token_does_not_open() -> None:
    vault = Vault.from_secret(NEW)
    token = vault.seal("hemmeligt")
    altered = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]

    with pytest.raises(DecryptionError):
        vault.open(altered)


@pytest.mark.parametrize("garbage", ["", "not a token", "æøå", "gAAAAA"])
def test_garbage_is_refused_without_echoing_it(garbage: str) -> None:
    with pytest.raises(DecryptionError) as refused:
        Vault.from_secret(NEW).open(garbage)

    assert garbage == "" or garbage not in str(refused.value)
    assert refused.value.__cause__ is None
    assert refused.value.__suppress_context__


# Rotation: SKP_SECRET_KEY="NEW,OLD"


def test_a_rotated_key_still_opens_old_tokens() -> None:
    old_token = Vault.from_secret(OLD).seal("besked fra før rotationen")

    assert Vault.from_secret(f"{NEW},{OLD}").open(old_token) == "besked fra før rotationen"


def test_new_tokens_are_sealed_with_the_first_secret() -> None:
    token = Vault.from_secret(f"{NEW},{OLD}").seal("ny besked")

    assert Vault.from_secret(NEW).open(token) == "ny besked"
    with pytest.raises(DecryptionError):
        Vault.from_secret(OLD).open(token)


def test_only_tokens_sealed_with_an_old_secret_need_rotation() -> None:
    vault = Vault.from_secret(f"{NEW},{OLD}")

    assert vault.needs_rotation(Vault.from_secret(OLD).seal("gammel"))
    assert not vault.needs_rotation(vault.seal("ny"))


def test_asking_whether_a_foreign_token_needs_rotation_is_refused() -> None:
    with pytest.raises(DecryptionError):
        Vault.from_secret(f"{NEW},{OLD}").needs_rotation(Vault.from_secret(generate_secret()).seal("x"))


def test_a_resealed_token_opens_without_the_old_secret() -> None:
    old_token = Vault.from_secret(OLD).seal("gammel besked")

    resealed = Vault.from_secret(f"{NEW},{OLD}").reseal(old_token)

    assert Vault.from_secret(NEW).open(resealed) == "gammel besked"


def test_resealing_a_foreign_token_is_refused() -> None:
    with pytest.raises(DecryptionError):
        Vault.from_secret(NEW).reseal(Vault.from_secret(OLD).seal("x"))


# Lookups by keyed hash


def test_the_same_value_always_hashes_the_same() -> None:
    assert Vault.from_secret(NEW).lookup_hash("+4512345678") == Vault.from_secret(NEW).lookup_hash(
        "+4512345678"
    )


def test_different_values_hash_differently() -> None:
    vault = Vault.from_secret(NEW)

    assert vault.lookup_hash("+4512345678") != vault.lookup_hash("+4512345679")


def test_the_hash_depends_on_the_secret() -> None:
    assert Vault.from_secret(NEW).lookup_hash("+4512345678") != Vault.from_secret(OLD).lookup_hash(
        "+4512345678"
    )


def test_the_hash_does_not_reveal_the_value() -> None:
    digest = Vault.from_secret(NEW).lookup_hash("12345678")

    assert len(digest) == 64
    assert int(digest, 16) >= 0
    assert "12345678" not in digest


def test_old_hashes_are_found_during_rotation() -> None:
    stored = Vault.from_secret(OLD).lookup_hash("+4512345678")

    candidates = Vault.from_secret(f"{NEW},{OLD}").lookup_hashes("+4512345678")

    assert stored in candidates


def test_the_current_hash_comes_first_among_lookup_hashes() -> None:
    vault = Vault.from_secret(f"{NEW},{OLD}")

    assert vault.lookup_hashes("+4512345678") == [
        Vault.from_secret(NEW).lookup_hash("+4512345678"),
        Vault.from_secret(OLD).lookup_hash("+4512345678"),
    ]


def test_an_old_hash_is_recognised_as_needing_a_rehash() -> None:
    vault = Vault.from_secret(f"{NEW},{OLD}")

    assert not vault.is_current_hash("+4512345678", Vault.from_secret(OLD).lookup_hash("+4512345678"))
    assert vault.is_current_hash("+4512345678", vault.lookup_hash("+4512345678"))


def test_encryption_and_lookup_keys_are_not_the_raw_secret() -> None:
    raw = hmac.new(NEW.encode(), b"+4512345678", hashlib.sha256).hexdigest()

    assert Vault.from_secret(NEW).lookup_hash("+4512345678") != raw


# Configuration


@pytest.mark.parametrize("secret_key", ["", "   ", "kort-hemmelighed-1234567890", f"{NEW},", f"{NEW},,{OLD}"])
def test_a_short_secret_is_refused_without_echoing_it(secret_key: str) -> None:
    with pytest.raises(CryptoConfigError) as refused:
        Vault.from_secret(secret_key)

    message = str(refused.value)
    assert "\n" not in message
    for part in secret_key.split(","):
        assert not part.strip() or part.strip() not in message


def test_an_operators_own_long_secret_is_accepted() -> None:
    vault = Vault.from_secret("en lang og hemmelig sætning på dansk")

    assert vault.open(vault.seal("ok")) == "ok"


def test_whitespace_around_secrets_is_ignored() -> None:
    token = Vault.from_secret(f" {NEW} , {OLD}\n").seal("ok")

    assert Vault.from_secret(NEW).open(token) == "ok"


def test_the_vault_does_not_print_its_keys() -> None:
    shown = repr(Vault.from_secret(f"{NEW},{OLD}"))

    assert NEW not in shown
    assert OLD not in shown
    assert shown == "Vault(secrets=2)"
