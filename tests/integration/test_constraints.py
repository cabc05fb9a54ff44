"""The database itself refuses rows that break the domain's rules, whatever code writes them."""

import pytest
from sqlalchemy.exc import IntegrityError

from bot.crypto import Vault
from bot.models import ChannelIdentity, Citizen, ConcernReport, Team
from bot.models.enums import Channel, CitizenStatus, ReporterCategory, Urgency
from bot.uow import SqlAlchemyUnitOfWork
from tests.fakes.clock import FakeClock


def a_team(uow: SqlAlchemyUnitOfWork, clock: FakeClock) -> int:
    with uow:
        team = Team(name="SKP", created_at=clock.now())
        uow.teams.add(team)
        uow.commit()
        return team.id


def test_an_anonymous_report_cannot_point_at_its_reporter(
    uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock
) -> None:
    team_id = a_team(uow, clock)
    with uow:
        identity = ChannelIdentity(
            channel=Channel.TELEGRAM,
            address_hash=vault.lookup_hash("42"),
            address_enc=vault.seal("42"),
            created_at=clock.now(),
        )
        uow.session.add(identity)
        uow.session.flush()
        uow.session.add(
            ConcernReport(
                team_id=team_id,
                reporter_category=ReporterCategory.CARETAKER,
                anonymous=True,
                reporter_identity_id=identity.id,
                urgency=Urgency.TODAY,
                created_at=clock.now(),
            )
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_two_citizens_of_a_team_cannot_share_an_alias(uow: SqlAlchemyUnitOfWork, clock: FakeClock) -> None:
    team_id = a_team(uow, clock)
    with uow:
        uow.session.add(
            Citizen(team_id=team_id, alias="Ravn", status=CitizenStatus.ACTIVE, created_at=clock.now())
        )
        uow.session.flush()
        uow.session.add(
            Citizen(team_id=team_id, alias="Ravn", status=CitizenStatus.NEW, created_at=clock.now())
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_a_status_outside_the_vocabulary_is_refused(uow: SqlAlchemyUnitOfWork, clock: FakeClock) -> None:
    team_id = a_team(uow, clock)
    with uow:
        uow.session.add(Citizen(team_id=team_id, alias="Ravn", status="deleted", created_at=clock.now()))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_a_citizen_cannot_belong_to_a_team_that_does_not_exist(
    uow: SqlAlchemyUnitOfWork, clock: FakeClock
) -> None:
    with uow:
        uow.session.add(Citizen(team_id=999, alias="Ravn", status=CitizenStatus.NEW, created_at=clock.now()))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_the_same_phone_cannot_be_two_identities(
    uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock
) -> None:
    with uow:
        for _ in range(2):
            uow.session.add(
                ChannelIdentity(
                    channel=Channel.SMS,
                    address_hash=vault.lookup_hash("+4527241393"),
                    address_enc=vault.seal("+4527241393"),
                    created_at=clock.now(),
                )
            )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_uncommitted_work_is_rolled_back(uow: SqlAlchemyUnitOfWork, clock: FakeClock) -> None:
    with uow:
        uow.teams.add(Team(name="Gadeteam", created_at=clock.now()))
    with uow:
        assert uow.teams.by_name("Gadeteam") is None
