"""A new contact's alias ("Ny-7KQ") is found at once however crowded the team is, and the search for one
always ends: with a longer alias, or with a clear error for an operator. On SQLite and PostgreSQL."""

import threading
from itertools import product

import pytest
from sqlalchemy import Engine, insert, select

from bot.channels import Inbound
from bot.codes import ALPHABET
from bot.crypto import Vault
from bot.models import Citizen, Team
from bot.models.enums import Channel, CitizenStatus
from bot.outbox import Outbox
from bot.services.citizens import NoFreeAlias, fresh_alias
from bot.services.context import Turn
from tests.fakes.clock import FakeClock
from tests.integration.test_conversations import SUSANNE, Conversation

STRANGER = "3003"


def every_three_letter_alias_taken(talk: Conversation) -> int:
    """The team's 32,768 aliases "Ny-XXX" given to new contacts nobody renamed; the team's id."""
    with talk.deps.new_uow() as uow:
        team_id = uow.session.scalars(select(Team.id)).first()
        assert team_id is not None
        rows = [
            {
                "team_id": team_id,
                "alias": "Ny-" + "".join(letters),
                "status": CitizenStatus.NEW,
                "created_at": talk.deps.clock.now(),
            }
            for letters in product(ALPHABET, repeat=3)
        ]
        uow.session.execute(insert(Citizen), rows)
        uow.commit()
    return team_id


def test_a_new_contact_in_a_team_whose_short_aliases_are_all_taken_gets_a_longer_one_at_once(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = Conversation(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    every_three_letter_alias_taken(talk)

    writing = threading.Thread(target=talk.says, args=(STRANGER, "hej, jeg har brug for hjaelp"), daemon=True)
    writing.start()
    writing.join(timeout=20)

    assert not writing.is_alive(), "the search for a free alias did not end"
    relayed = talk.received(SUSANNE)[-1]
    assert relayed.endswith("hej, jeg har brug for hjaelp")
    with talk.deps.new_uow() as uow:
        newest = uow.session.scalars(select(Citizen).order_by(Citizen.id.desc())).first()
        assert newest is not None and len(newest.alias) == len("Ny-") + 4 and newest.alias in relayed


def test_when_no_alias_is_free_the_search_ends_with_a_clear_error(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = Conversation(migrated, vault, clock)
    team_id = every_three_letter_alias_taken(talk)

    with talk.deps.new_uow() as uow:
        now = clock.now()
        turn = Turn(
            uow, talk.deps, Outbox(uow, talk.deps, "test", now), Inbound(Channel.SMS, "+4520304051", "x"), now
        )
        with pytest.raises(NoFreeAlias, match="no free alias for a new contact"):
            fresh_alias(turn, team_id, lengths=(3,))
