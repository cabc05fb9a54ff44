"""Who hears from a new contact (a stranger who just writes), on SQLite and PostgreSQL: every worker on
duty in the team, with each message, until one of them claims the contact."""

from sqlalchemy import Engine, update

from bot.crypto import Vault
from bot.models import Worker
from bot.models.enums import Channel
from tests.fakes.clock import FakeClock
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, OFF_DUTY, ELSEWHERE, STRANGER = "1001", "1002", "1003", "1004", "+4527240001"


def test_each_message_of_a_new_contact_reaches_the_team_on_duty_and_nobody_else(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(OFF_DUTY, "Bent")
    talk.worker(VIVIAN, "Vivian")
    talk.worker_in_team(ELSEWHERE, "Karin", "Natteholdet")
    with talk.deps.new_uow() as uow:
        uow.session.execute(update(Worker).where(Worker.name == "Bent").values(on_duty=False))
        uow.commit()
    heard_before = {worker: len(talk.received(worker)) for worker in (OFF_DUTY, ELSEWHERE)}

    for text in ("første besked", "anden besked", "tredje besked"):
        talk.says(STRANGER, text, channel=Channel.SMS)

    for worker in (SUSANNE, VIVIAN):
        relayed = [text.splitlines()[-1] for text in talk.received(worker)[-3:]]
        assert relayed == ["første besked", "anden besked", "tredje besked"]
    assert {worker: len(talk.received(worker)) for worker in (OFF_DUTY, ELSEWHERE)} == heard_before
