"""A Telegram update whose handling crashed is marked for an operator with its id, the error's type and
the time only: nothing of who sent it (their name, their chat) or what they wrote, since the sender may
be an anonymous reporter. A redelivery of it is recognised and not handled again."""

from sqlalchemy import Engine, select
from telegram import Update
from telegram.ext import CallbackContext

from bot.channels import Inbound
from bot.crypto import Vault
from bot.models import ProcessedInbound
from bot.models.enums import Channel, InboundStatus
from bot.services.inbound import receive
from handlers.telegram_bot import TelegramChannel, build_application
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on

CHAT, UPDATE_ID = 777000123, 904000017


def crashed_update(channel: TelegramChannel) -> Update:
    return Update.de_json(
        {
            "update_id": UPDATE_ID,
            "message": {
                "message_id": 5,
                "date": 1_790_000_000,
                "chat": {"id": CHAT, "type": "private", "first_name": "Karen", "last_name": "Sørensen"},
                "from": {"id": CHAT, "is_bot": False, "first_name": "Karen", "last_name": "Sørensen"},
                "text": "min nabo Ole har ikke spist i en uge",
            },
        },
        channel.application.bot,
    )


async def test_a_crashed_update_keeps_its_id_error_and_time_and_nothing_of_its_sender(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    deps = deps_on(migrated, vault, clock)
    channel = TelegramChannel(build_application("123:TOKEN", "http://127.0.0.1:9"), deps)
    update = crashed_update(channel)

    await channel.on_error(update, CallbackContext.from_error(update, KeyError("x"), channel.application))

    with deps.new_uow() as uow:
        (kept,) = uow.session.scalars(select(ProcessedInbound)).all()
        assert kept.status == InboundStatus.FAILED and kept.received_at == clock.now()
        assert kept.payload_enc is not None
        opened = vault.open(kept.payload_enc)
        stored = f"{kept.external_id} {opened}"
    assert str(UPDATE_ID) in opened and "KeyError" in opened
    for trace in ("Karen", "Sørensen", str(CHAT), "Ole", "spist", *vault.lookup_hashes(str(CHAT))):
        assert trace not in stored
    redelivered = Inbound(Channel.TELEGRAM, str(CHAT), str(UPDATE_ID), text="min nabo Ole har ikke spist")
    assert receive(deps, redelivered) is False
