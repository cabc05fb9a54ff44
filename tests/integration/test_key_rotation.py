"""`skp-bot keys rotate` on a database that lived: relays, anonymous reports whose receipts were scrubbed,
a citizen who deleted everything, a retention purge. Rotation completes, a rotation cut short is finished
by running it again, and afterwards the new secret alone opens everything and finds everyone."""

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select

from bot.crypto import Vault, generate_secret
from bot.models import OutboxMessage
from bot.models.enums import Channel
from bot.models.infra import SCRUBBED
from bot.models.personal import SEALED_FIELDS
from bot.services.keys import RotationReport, rotate_keys
from scheduling.tick import run_retention
from tests.fakes.clock import FakeClock
from tests.integration.test_anonymous_reports import REPORT, Reporting

SUSANNE, RAVN, MIRA, NEIGHBOUR = "1001", "2002", "2003", "+4520304051"


class PowerCut(Vault):
    """A vault that stops the process (raises) after `left` encryptions."""

    left = 0

    def _spend(self) -> None:
        if self.left == 0:
            raise KeyboardInterrupt("power cut")
        self.left -= 1

    def seal(self, plaintext: str) -> str:
        self._spend()
        return super().seal(plaintext)

    def reseal(self, token: str) -> str:
        self._spend()
        return super().reseal(token)


def lived_in(engine: Engine, secret: str, clock: FakeClock) -> Reporting:
    """Relays, an anonymous report, a purge 100 days on; then another anonymous report, and a citizen who
    links and deletes everything: blanked and scrubbed rows of every kind are in the database."""
    talk = Reporting(engine, Vault.from_secret(secret), clock)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, RAVN, alias="Ravn")
    talk.says(RAVN, "hej Susanne, kan vi ses i morgen?")
    for text in REPORT:
        talk.says(NEIGHBOUR, text, channel=Channel.SMS)
    clock.advance(timedelta(days=100))
    assert not run_retention(talk.deps).failed
    talk.says(RAVN, "er du der?")
    for text in REPORT:
        talk.says(NEIGHBOUR, text, channel=Channel.SMS)
    talk.linked_citizen(SUSANNE, MIRA, alias="Mira")
    talk.says(MIRA, "/slet")
    talk.says(MIRA, choice="delete:yes")
    return talk


def sealed_values(engine: Engine) -> list[tuple[str, str | None]]:
    """Every non-empty sealed value in the database, with its lookup hash if it has one."""
    found = []
    with engine.connect() as connection:
        for model, fields in SEALED_FIELDS.items():
            for spec in fields:
                hashed = getattr(model, spec.lookup_hash) if spec.lookup_hash else None
                columns = [getattr(model, spec.encrypted)] + ([hashed] if hashed is not None else [])
                for row in connection.execute(select(*columns)):
                    if row[0]:
                        found.append((row[0], row[1] if hashed is not None else None))
    return found


def everything_under(engine: Engine, vault: Vault) -> bool:
    """Whether `vault` alone opens every sealed value and made every lookup hash."""
    for token, stored_hash in sealed_values(engine):
        plain = vault.open(token)
        if stored_hash not in (None, SCRUBBED) and stored_hash != vault.lookup_hash(plain):
            return False
    return True


def test_rotation_completes_over_scrubbed_and_purged_rows_and_resumes_after_a_power_cut(
    migrated: Engine, clock: FakeClock
) -> None:
    old, new = generate_secret(), generate_secret()
    talk = lived_in(migrated, old, clock)
    with migrated.connect() as connection:  # scrubbed and blanked rows are there to trip over
        assert connection.scalar(select(func.count()).where(OutboxMessage.recipient_enc == "")) >= 2

    cut = PowerCut.from_secret(f"{new},{old}")
    cut.left = 5
    with pytest.raises(KeyboardInterrupt):
        rotate_keys(talk.deps.new_uow(), cut, batch_size=2)
    resumed: RotationReport = rotate_keys(
        talk.deps.new_uow(), Vault.from_secret(f"{new},{old}"), batch_size=2
    )

    assert resumed.rows["outbox"] > 0 and resumed.fields > 0
    again = rotate_keys(talk.deps.new_uow(), Vault.from_secret(f"{new},{old}"), batch_size=2)
    assert again.fields == 0  # what is under the new secret is left as it is
    only_new = Vault.from_secret(new)
    assert everything_under(migrated, only_new)
    after = Reporting(migrated, only_new, clock)
    after.says(RAVN, "det er mig igen")
    assert after.received(SUSANNE)[-1].endswith("det er mig igen")
    assert "Ravn" in after.received(SUSANNE)[-1]
