"""A restart of PostgreSQL kills every pooled connection. The first message after it must be handled,
not refused: Twilio does not send an inbound text again after a 503, so a refusal would lose it."""

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.exc import OperationalError

from bot.crypto import Vault
from bot.db import once_more_if_reconnected
from bot.models import Message
from bot.models.enums import Channel
from tests.conftest import POSTGRES_URL
from tests.fakes.clock import FakeClock
from tests.integration.test_conversations import Conversation

STRANGER = "+4520304050"


@pytest.fixture
def backend_pids(engine: Engine) -> list[int]:
    """The server processes behind the engine's connections, recorded as they are opened."""
    pids: list[int] = []

    def opened(dbapi_connection: Any, _: Any) -> None:
        pids.append(dbapi_connection.info.backend_pid)

    event.listen(engine, "connect", opened)
    return pids


def restart_database(pids: list[int]) -> int:
    """What a restart does to the open connections; how many it ended."""
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        query = "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM unnest(%(pids)s::int[]) AS pid"
        ended = connection.exec_driver_sql(query, {"pids": pids}).scalar()
    admin.dispose()
    return int(ended or 0)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # SQLite has no server to restart
def test_a_text_right_after_the_database_restarted_is_handled_not_refused(
    backend_pids: list[int], migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = Conversation(migrated, vault, clock)
    talk.worker("1001", "Susanne")
    talk.says(STRANGER, "Hej, er der nogen?", Channel.SMS)
    assert restart_database(backend_pids) >= 1

    handled = talk.says(STRANGER, "Jeg har brug for at tale med nogen", Channel.SMS)

    assert handled is not None
    assert talk.received("1001")[-1].endswith("Jeg har brug for at tale med nogen")
    with talk.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Message)) == 2


def test_tried_once_more_only_for_a_connection_that_died_and_only_once() -> None:
    """A database that is really down is reported (503, the update kept for Telegram), not retried."""
    calls: list[int] = []

    def failing(invalidated: bool) -> Callable[[], None]:
        def work() -> None:
            calls.append(1)
            raise OperationalError("SELECT 1", {}, Exception("gone"), connection_invalidated=invalidated)

        return work

    with pytest.raises(OperationalError):
        once_more_if_reconnected(failing(invalidated=False))
    assert len(calls) == 1
    with pytest.raises(OperationalError):
        once_more_if_reconnected(failing(invalidated=True))
    assert len(calls) == 3
