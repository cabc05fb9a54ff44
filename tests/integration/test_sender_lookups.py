"""Several people who wrote at once, found in one read (`IdentityRepository.senders`), on SQLite and
PostgreSQL: each exactly as if they had been looked up alone, an address given twice and key rotation
included."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.crypto import Vault, generate_secret
from bot.models import Absence, ChannelIdentity, Citizen, ConversationState, Team, Worker
from bot.models.enums import Channel, CitizenStatus, WorkerStatus
from bot.uow import SqlAlchemyUnitOfWork

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)
VIVIAN, SUSANNE, BENT, KARIN = "1001", "1002", "1003", "1004"  # the workers' Telegram chats
RAVN, FALK, NEW_CONTACT, REPORTER, GONE_QUIET, STRANGER = "2001", "2002", "2003", "2004", "2005", "2009"
EVERYONE = [STRANGER, SUSANNE, RAVN, FALK, NEW_CONTACT, REPORTER, GONE_QUIET, RAVN, NEW_CONTACT]


def outreach(uow: SqlAlchemyUnitOfWork, vault: Vault) -> None:
    """The SKP team: Vivian and Susanne on duty, Bent off duty and away today (Vivian covers), a worker
    not yet enrolled, and Karin on another team. Ravn is Susanne's, Falk is Bent's, a new contact has no
    worker yet; a reporter is halfway through a concern report, another let theirs expire."""
    with uow:
        session = uow.session
        skp, night = Team(name="SKP", created_at=NOW), Team(name="Natteholdet", created_at=NOW)
        session.add_all([skp, night])
        session.flush()
        vivian = _worker(session, vault, skp, "Vivian", VIVIAN)
        susanne = _worker(session, vault, skp, "Susanne", SUSANNE)
        bent = _worker(session, vault, skp, "Bent", BENT, on_duty=False)
        _worker(session, vault, night, "Karin", KARIN)
        session.add(Worker(team_id=skp.id, name="Ny", status=WorkerStatus.PENDING, created_at=NOW))
        _citizen(session, vault, skp, "Ravn", RAVN, susanne)
        _citizen(session, vault, skp, "Falk", FALK, bent)
        _citizen(session, vault, skp, "Ny kontakt", NEW_CONTACT, None)
        for cover, starts_on, ends_on in (
            (susanne, TODAY - timedelta(days=9), TODAY - timedelta(days=3)),  # over
            (susanne, TODAY, TODAY),
            (vivian, TODAY - timedelta(days=2), TODAY + timedelta(days=5)),  # entered last: it counts
        ):
            absence = Absence(
                worker_id=bent.id,
                cover_worker_id=cover.id,
                starts_on=starts_on,
                ends_on=ends_on,
                created_at=NOW,
            )
            session.add(absence)
            session.flush()  # one at a time: ids in the order entered
        _dialogue(session, vault.lookup_hash(REPORTER), expires_at=NOW + timedelta(minutes=30))
        _dialogue(session, vault.lookup_hash(GONE_QUIET), expires_at=NOW - timedelta(minutes=1))
        uow.commit()


def _worker(session: Session, vault: Vault, team: Team, name: str, chat: str, on_duty: bool = True) -> Worker:
    worker = Worker(
        team_id=team.id,
        name=name,
        status=WorkerStatus.ACTIVE,
        on_duty=on_duty,
        telegram_chat_hash=vault.lookup_hash(chat),
        telegram_chat_enc=vault.seal(chat),
        created_at=NOW,
    )
    session.add(worker)
    session.flush()
    return worker


def _citizen(
    session: Session, vault: Vault, team: Team, alias: str, chat: str, worker: Worker | None
) -> None:
    citizen = Citizen(
        team_id=team.id,
        alias=alias,
        worker_id=None if worker is None else worker.id,
        status=CitizenStatus.NEW if worker is None else CitizenStatus.ACTIVE,
        created_at=NOW,
    )
    session.add(citizen)
    session.flush()
    identity = ChannelIdentity(
        channel=Channel.TELEGRAM,
        address_hash=vault.lookup_hash(chat),
        address_enc=vault.seal(chat),
        citizen_id=citizen.id,
        created_at=NOW,
    )
    session.add(identity)


def _dialogue(session: Session, address_hash: str, expires_at: datetime) -> None:
    state = ConversationState(
        channel=Channel.TELEGRAM,
        address_hash=address_hash,
        flow="report",
        step="concern",
        expires_at=expires_at,
        updated_at=NOW,
    )
    session.add(state)


def test_several_senders_read_at_once_are_each_as_if_read_alone(
    uow: SqlAlchemyUnitOfWork, vault: Vault
) -> None:
    outreach(uow, vault)
    hash_lists = [vault.lookup_hashes(address) for address in EVERYONE]

    with uow:
        together = uow.identities.authors(Channel.TELEGRAM, hash_lists, NOW, TODAY, worker=True)
        alone = [
            uow.identities.author(Channel.TELEGRAM, hashes, NOW, TODAY, worker=True) for hashes in hash_lists
        ]

    assert together == alone


def test_each_sender_comes_with_who_answers_them(uow: SqlAlchemyUnitOfWork, vault: Vault) -> None:
    outreach(uow, vault)
    hash_lists = [vault.lookup_hashes(address) for address in EVERYONE]

    with uow:
        senders = uow.identities.authors(Channel.TELEGRAM, hash_lists, NOW, TODAY, worker=True)
        found = dict(zip(EVERYONE, senders, strict=True))
        stranger, susanne, ravn, falk = found[STRANGER], found[SUSANNE], found[RAVN], found[FALK]
        new_contact, reporter, gone_quiet = found[NEW_CONTACT], found[REPORTER], found[GONE_QUIET]

        assert (stranger.worker, stranger.identity, stranger.citizen, stranger.dialogue) == (None,) * 4
        assert susanne.worker is not None and susanne.worker.name == "Susanne" and susanne.citizen is None
        assert ravn.citizen is not None and ravn.citizen.alias == "Ravn"
        assert ravn.own_worker is not None and ravn.own_worker.name == "Susanne"
        assert (ravn.absence, ravn.on_duty) == (None, None)
        assert falk.own_worker is not None and falk.own_worker.name == "Bent"
        assert falk.absence is not None and falk.absence.ends_on == TODAY + timedelta(days=5)
        cover = uow.workers.get(falk.absence.cover_worker_id or 0)
        assert cover is not None and cover.name == "Vivian"
        assert new_contact.own_worker is None and new_contact.on_duty is not None
        assert [worker.name for worker in new_contact.on_duty] == ["Vivian", "Susanne"]  # in id order
        assert reporter.dialogue is not None and reporter.identity is None
        assert gone_quiet.dialogue is None
        assert senders[2] == senders[7] and senders[4] == senders[8]  # Ravn and the new contact, twice each


def test_a_workers_chat_is_looked_for_only_when_asked(uow: SqlAlchemyUnitOfWork, vault: Vault) -> None:
    outreach(uow, vault)

    with uow:
        susanne, ravn = uow.identities.authors(
            Channel.TELEGRAM,
            [vault.lookup_hashes(SUSANNE), vault.lookup_hashes(RAVN)],
            NOW,
            TODAY,
            worker=False,
        )

        assert susanne.worker is None and ravn.citizen is not None and ravn.citizen.alias == "Ravn"


def test_during_a_key_rotation_everyone_is_found_by_the_old_hash(
    uow: SqlAlchemyUnitOfWork, secret_key: str
) -> None:
    before, during = Vault.from_secret(secret_key), Vault.from_secret(f"{generate_secret()},{secret_key}")
    outreach(uow, before)
    with uow:  # the new contact in a dialogue begun since the restart, beside one begun before it
        for vault in (during, before):
            _dialogue(uow.session, vault.lookup_hash(NEW_CONTACT), expires_at=NOW + timedelta(minutes=30))
        uow.commit()
    hash_lists = [during.lookup_hashes(address) for address in EVERYONE]

    with uow:
        together = uow.identities.authors(Channel.TELEGRAM, hash_lists, NOW, TODAY, worker=True)
        alone = [
            uow.identities.author(Channel.TELEGRAM, hashes, NOW, TODAY, worker=True) for hashes in hash_lists
        ]

        assert together == alone
        found = dict(zip(EVERYONE, together, strict=True))
        assert found[SUSANNE].worker is not None and found[RAVN].own_worker is not None
        assert found[REPORTER].dialogue is not None and found[FALK].absence is not None
        on_duty = found[NEW_CONTACT].on_duty
        assert on_duty is not None and [worker.name for worker in on_duty] == [
            "Vivian",
            "Susanne",
        ]  # each once


def test_no_addresses_find_no_senders(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        assert uow.identities.authors(Channel.SMS, [], NOW, TODAY, worker=False) == []


def test_claiming_ids_while_reading_senders_finds_the_same_and_claims_each_id_once(
    uow: SqlAlchemyUnitOfWork, vault: Vault
) -> None:
    outreach(uow, vault)
    hash_lists = [vault.lookup_hashes(address) for address in (RAVN, STRANGER, SUSANNE)]
    with uow:  # one of the three ids was handled before: a redelivery
        assert uow.inbound.claim(Channel.TELEGRAM, "u2", NOW)
        uow.commit()

    with uow:
        new, together = uow.identities.claim_and_read(
            Channel.TELEGRAM, ["u1", "u2", "u3"], hash_lists, NOW, TODAY, worker=True
        )
        alone = uow.identities.authors(Channel.TELEGRAM, hash_lists, NOW, TODAY, worker=True)
        uow.commit()

    assert new == {"u1", "u3"}
    assert together == alone
    with uow:
        again, _ = uow.identities.claim_and_read(
            Channel.TELEGRAM, ["u1", "u3", "u4"], hash_lists, NOW, TODAY, worker=True
        )
        uow.rollback()  # a transaction that fails keeps nothing: u4 stays new
        assert again == {"u4"}
    with uow:
        assert uow.inbound.get(Channel.TELEGRAM, "u4") is None
        assert uow.inbound.get(Channel.TELEGRAM, "u1") is not None
