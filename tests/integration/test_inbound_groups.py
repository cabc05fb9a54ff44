"""Inbound messages handled together in one transaction (group commit), on SQLite and PostgreSQL: the
same outcome as one by one, and a message the database refuses costs the others nothing."""

import asyncio
from collections.abc import Callable, Sequence

from sqlalchemy import event, select, update
from sqlalchemy.exc import IntegrityError

from bot.channels import Inbound
from bot.models import Citizen, Message, OutboxMessage, ProcessedInbound
from bot.models.enums import Channel, CitizenStatus, OutboxStatus
from bot.outbox import Dispatch, Outbox
from bot.services.inbound import receive_many, stored_id
from handlers.inbound_batch import InboundBatcher
from tests.integration.outbox.test_outbox_leases import outbox_row, queue
from tests.integration.test_conversations import CITIZEN, SUSANNE, VIVIAN, Conversation, talk  # noqa: F401

OTHER_CITIZEN = "2003"


def linked_pair_of_citizens(talk: Conversation) -> None:  # noqa: F811
    """Susanne with Ravn, Vivian with Falk; everything said so far has gone out."""
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.linked_citizen(SUSANNE, CITIZEN, alias="Ravn")
    talk.linked_citizen(VIVIAN, OTHER_CITIZEN, alias="Falk")
    with talk.deps.new_uow() as uow:
        uow.session.execute(update(OutboxMessage).values(status=OutboxStatus.SENT))
        uow.commit()


def drainer_attached(talk: Conversation) -> list[Dispatch]:  # noqa: F811
    """As in `skp-bot run`, a drainer takes what the conversations' commits lease: the list of it."""
    handed: list[Dispatch] = []
    talk.deps.post.attach(lambda leased, _waiting: handed.extend(leased), [Channel.TELEGRAM])
    return handed


def test_messages_handled_together_reach_their_workers_once_and_in_order(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN, "g1", text="første"),
        Inbound(Channel.TELEGRAM, OTHER_CITIZEN, "g2", text="hej Vivian"),
        Inbound(Channel.TELEGRAM, CITIZEN, "g3", text="anden"),
    ]

    leased = drainer_attached(talk)
    handled = receive_many(talk.deps, group)

    assert handled == [True, True, True]
    assert [text.splitlines()[-1] for text in talk.received(SUSANNE)[-2:]] == ["første", "anden"]
    assert talk.received(VIVIAN)[-1].endswith("hej Vivian")
    # Susanne's two messages go out as one chain, in order: both leased to the caller, none left behind.
    assert [item.delivery.text.splitlines()[-1] for item in leased if "Ravn" in item.delivery.text] == [
        "første",
        "anden",
    ]


def test_a_redelivery_within_a_group_or_after_it_changes_nothing(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    message = Inbound(Channel.TELEGRAM, CITIZEN, "g7", text="kun én gang")
    before = len(talk.received(SUSANNE))

    first = receive_many(talk.deps, [message, message])
    again = receive_many(talk.deps, [message, Inbound(Channel.TELEGRAM, OTHER_CITIZEN, "g8", text="ny")])

    assert first == [True, False] and again == [False, True]
    assert len(talk.received(SUSANNE)) == before + 1
    with talk.deps.new_uow() as uow:
        assert len(uow.session.scalars(select(Message).where(Message.external_id == "g7")).all()) == 1


def test_a_message_the_database_refuses_costs_the_others_in_its_group_nothing(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    refused = Inbound("fax", CITIZEN, "g9", text="fra en kanal vi ikke har")  # type: ignore[arg-type]
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN, "g10", text="før"),
        refused,
        Inbound(Channel.TELEGRAM, OTHER_CITIZEN, "g11", text="efter"),
    ]

    handled = receive_many(talk.deps, group)

    assert isinstance(handled[1], Exception)
    assert talk.received(SUSANNE)[-1].endswith("før")
    assert talk.received(VIVIAN)[-1].endswith("efter")
    with talk.deps.new_uow() as uow:
        kept = uow.session.scalars(select(ProcessedInbound.external_id)).all()
        relays = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()
    stored = {name: stored_id(talk.deps, Channel.TELEGRAM, name) for name in ("g9", "g10", "g11")}
    assert stored["g10"] in kept and stored["g11"] in kept and stored["g9"] not in kept
    assert len(relays) == 2


def test_a_group_claims_each_new_id_once_and_none_handled_before(talk: Conversation) -> None:  # noqa: F811
    now = talk.deps.clock.now()
    with talk.deps.new_uow() as uow:
        assert uow.inbound.claim(Channel.TELEGRAM, "c1", now)
        uow.commit()

    with talk.deps.new_uow() as uow:
        keys = [
            (Channel.TELEGRAM, "c1"),
            (Channel.TELEGRAM, "c2"),
            (Channel.SMS, "c2"),
            (Channel.TELEGRAM, "c2"),
        ]
        new = uow.inbound.claim_many(keys, now)
        uow.commit()

    assert new == {(Channel.TELEGRAM, "c2"), (Channel.SMS, "c2")}
    with talk.deps.new_uow() as uow:
        kept = uow.session.execute(select(ProcessedInbound.channel, ProcessedInbound.external_id)).all()
    assert sorted(tuple(row) for row in kept) == [("sms", "c2"), ("telegram", "c1"), ("telegram", "c2")]


def statements_while(talk: Conversation, work: Callable[[], object]) -> int:  # noqa: F811
    """How many statements the database was sent while `work` ran."""
    sent = 0

    def count(*_: object) -> None:
        nonlocal sent
        sent += 1

    event.listen(talk.engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(talk.engine, "before_cursor_execute", count)
    return sent


def test_a_group_of_citizens_texts_costs_a_handful_of_statements_however_large(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN if n % 2 else OTHER_CITIZEN, f"s{n}", text=f"besked {n}")
        for n in range(16)
    ]

    drainer_attached(talk)
    sent = statements_while(talk, lambda: receive_many(talk.deps, group))

    # claim, who wrote, the messages, the outbox (first rows, then the rest of each chain); on PostgreSQL
    # the claim goes with who wrote, and the messages with the first rows
    assert sent <= (3 if talk.engine.dialect.name == "postgresql" else 5)
    assert [text.splitlines()[-1] for text in talk.received(SUSANNE)[-8:]] == [
        f"besked {n}" for n in range(1, 16, 2)
    ]
    assert [text.splitlines()[-1] for text in talk.received(VIVIAN)[-8:]] == [
        f"besked {n}" for n in range(0, 16, 2)
    ]


def test_a_strangers_second_text_in_a_group_reaches_the_team_as_the_same_new_contact(
    talk: Conversation,  # noqa: F811
) -> None:
    linked_pair_of_citizens(talk)
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN, "n1", text="hej"),
        Inbound(Channel.TELEGRAM, "9001", "n2", text="er der nogen?"),
        Inbound(Channel.TELEGRAM, "9001", "n3", text="jeg har brug for at snakke"),
        Inbound(Channel.TELEGRAM, CITIZEN, "n4", text="igen"),
    ]

    drainer_attached(talk)
    receive_many(talk.deps, group)

    with talk.deps.new_uow() as uow:
        new_contacts = uow.session.scalars(select(Citizen).where(Citizen.status == CitizenStatus.NEW)).all()
        their_messages = uow.session.scalars(
            select(Message).where(Message.external_id.in_(["n2", "n3"]))
        ).all()
        assert len(new_contacts) == 1
        assert [message.citizen_id for message in their_messages] == [new_contacts[0].id] * 2
    assert talk.received(SUSANNE)[-1].endswith("igen")


def test_a_text_after_a_stop_in_the_same_group_is_still_relayed_but_not_answered(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN, "t1", text="/stop"),
        Inbound(Channel.TELEGRAM, CITIZEN, "t2", text="alligevel en ting"),
    ]

    drainer_attached(talk)
    receive_many(talk.deps, group)

    with talk.deps.new_uow() as uow:
        identity = uow.identities.by_address(Channel.TELEGRAM, talk.deps.vault.lookup_hashes(CITIZEN))
        assert identity is not None and identity.stopped
    assert talk.received(SUSANNE)[-1].endswith("alligevel en ting")


def test_an_answer_in_the_same_group_as_its_question_is_taken_as_the_answer(talk: Conversation) -> None:  # noqa: F811
    linked_pair_of_citizens(talk)
    group = [
        Inbound(Channel.TELEGRAM, CITIZEN, "l1", text="/sprog"),
        Inbound(Channel.TELEGRAM, CITIZEN, "l2", text="en"),
        Inbound(Channel.TELEGRAM, CITIZEN, "l3", text="thanks"),
    ]

    drainer_attached(talk)
    receive_many(talk.deps, group)

    with talk.deps.new_uow() as uow:
        identity = uow.identities.by_address(Channel.TELEGRAM, talk.deps.vault.lookup_hashes(CITIZEN))
        assert identity is not None and identity.language == "en"
    relayed = [text.splitlines()[-1] for text in talk.received(SUSANNE)]
    assert relayed[-1] == "thanks" and "en" not in relayed  # the answer was not relayed as a message


def test_a_message_whose_rows_the_database_refuses_is_not_taken_for_one_handled_before(
    talk: Conversation,  # noqa: F811
) -> None:
    """Its outbox row collides with one already there: the commit fails, and the message must come back
    as failed (the channel keeps it for an operator), not pass as a redelivery."""
    linked_pair_of_citizens(talk)
    with talk.deps.new_uow() as uow:
        now = talk.deps.clock.now()
        # the key the relay of update r1 will use
        queue(uow, outbox_row("x" * 64, "telegram:r1:1", due=now, created=now))
        uow.commit()

    handled = receive_many(talk.deps, [Inbound(Channel.TELEGRAM, CITIZEN, "r1", text="hej")])

    assert isinstance(handled[0], IntegrityError)
    with talk.deps.new_uow() as uow:
        assert uow.inbound.get(Channel.TELEGRAM, "r1") is None  # not marked handled: it can be kept as failed


async def test_a_group_that_leaves_a_row_waiting_tells_the_drainer_to_look_as_well(
    talk: Conversation,  # noqa: F811
) -> None:
    """Ravn's text goes straight out to Susanne; Falk's waits behind a message still on its way to
    Vivian. The drainer gets Susanne's to send, and word that a row waits: the round recording Vivian's
    older message may not see Falk's, committed after it began."""
    linked_pair_of_citizens(talk)
    handed: list[tuple[list[str], bool]] = []

    def courier(leased: Sequence[Dispatch], left_waiting: bool) -> None:  # in the drainer's place
        handed.append(([item.delivery.address for item in leased], left_waiting))

    talk.deps.post.attach(courier, [Channel.TELEGRAM])
    with talk.deps.new_uow() as uow:  # on its way to Vivian: leased, not yet recorded as sent
        Outbox(uow, talk.deps, "older", talk.deps.clock.now()).add(Channel.TELEGRAM, VIVIAN, "tidligere")
        uow.commit()
    batcher = InboundBatcher(talk.deps)

    await asyncio.gather(
        batcher.receive(Inbound(Channel.TELEGRAM, CITIZEN, "w1", text="til Susanne")),
        batcher.receive(Inbound(Channel.TELEGRAM, OTHER_CITIZEN, "w2", text="til Vivian")),
    )

    assert handed == [([VIVIAN], False), ([SUSANNE], True)]
    assert talk.received(VIVIAN)[-1].endswith("til Vivian")  # queued, waiting its turn
