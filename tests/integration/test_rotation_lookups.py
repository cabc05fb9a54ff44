"""During a key rotation (`SKP_SECRET_KEY=new,old`, before `keys rotate` ran), people are still found by
the hashes made with the old secret, on SQLite and PostgreSQL: nobody is treated as a stranger."""

from sqlalchemy import Engine

from bot.channels import Inbound
from bot.crypto import Vault, generate_secret
from bot.models.enums import Channel
from bot.services.inbound import receive
from tests.fakes.clock import FakeClock
from tests.integration.test_conversations import CITIZEN, SUSANNE, Conversation


def test_a_linked_citizen_still_reaches_their_worker_before_the_rows_are_rotated(
    migrated: Engine, secret_key: str, clock: FakeClock
) -> None:
    before = Conversation(migrated, Vault.from_secret(secret_key), clock)
    before.worker(SUSANNE, "Susanne")
    before.linked_citizen(SUSANNE, CITIZEN, alias="Ravn")

    during = Conversation(migrated, Vault.from_secret(f"{generate_secret()},{secret_key}"), clock)
    receive(during.deps, Inbound(Channel.TELEGRAM, CITIZEN, "after-restart", text="hej, det er mig"))

    relayed = during.received(SUSANNE)  # queued for Susanne's chat, hashed with the new secret
    assert len(relayed) == 1 and "Ravn" in relayed[0] and relayed[0].endswith("hej, det er mig")
