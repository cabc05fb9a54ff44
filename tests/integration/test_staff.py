"""Setting up a team from the command line: teams, workers and their one-time enrolment codes, on
SQLite and PostgreSQL."""

from collections.abc import Sequence
from datetime import timedelta

import pytest

from bot.codes import ALPHABET
from bot.crypto import Vault
from bot.errors import DomainError
from bot.models import Team, Worker
from bot.models.enums import WorkerStatus
from bot.profile import load_profile
from bot.services import staff
from bot.uow import SqlAlchemyUnitOfWork
from tests.fakes.clock import FakeClock

PROFILE = load_profile("default")


def stored_worker(uow: SqlAlchemyUnitOfWork, worker_id: int) -> Worker | None:
    """The worker as stored, readable after the unit of work is left."""
    with uow:
        worker = uow.workers.get(worker_id)
        uow.session.expunge_all()
        return worker


def stored_workers(uow: SqlAlchemyUnitOfWork) -> Sequence[Worker]:
    with uow:
        return list(uow.workers.all())


def stored_teams(uow: SqlAlchemyUnitOfWork) -> Sequence[Team]:
    with uow:
        teams = list(uow.teams.list())
        uow.session.expunge_all()
        return teams


def test_a_new_worker_gets_a_code_that_is_stored_only_as_a_hash(
    uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock
) -> None:
    staff.add_team(uow, clock, "SKP")

    new = staff.add_worker(uow, vault, clock, PROFILE, name="Susanne", team_name="SKP")

    worker = stored_worker(uow, new.worker_id)
    assert worker is not None and worker.status == WorkerStatus.PENDING
    assert 6 <= len(new.enrolment_code) <= 10 and set(new.enrolment_code) <= set(ALPHABET)
    assert worker.enrolment_code_hash == vault.lookup_hash(new.enrolment_code)
    assert new.enrolment_code not in repr(vars(worker))
    assert new.expires_at == clock.now() + timedelta(days=PROFILE.retention.code_expiry_days)


def test_a_worker_phone_is_kept_encrypted_in_e164(
    uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock
) -> None:
    staff.add_team(uow, clock, "SKP")

    new = staff.add_worker(uow, vault, clock, PROFILE, name="Vivian", team_name="SKP", phone="2724 3949")

    worker = stored_worker(uow, new.worker_id)
    assert worker is not None and worker.phone_enc is not None
    assert vault.open(worker.phone_enc) == "+4527243949"
    assert worker.phone_hash == vault.lookup_hash("+4527243949")


def test_two_workers_cannot_share_a_phone(uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock) -> None:
    staff.add_team(uow, clock, "SKP")
    staff.add_worker(uow, vault, clock, PROFILE, name="Vivian", team_name="SKP", phone="27243949")

    with pytest.raises(DomainError) as refused:
        staff.add_worker(
            uow, vault, clock, PROFILE, name="Niels Peder", team_name="SKP", phone="+45 2724 3949"
        )

    assert refused.value.key == "worker.phone_taken"
    assert len(stored_workers(uow)) == 1


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"name": "Susanne", "team_name": "Nattevagt"}, "team.unknown"),
        ({"name": "   ", "team_name": "SKP"}, "worker.empty"),
        ({"name": "Susanne 010190-1234", "team_name": "SKP"}, "cpr.refused"),
        ({"name": "Susanne", "team_name": "SKP", "phone": "123"}, "phone.invalid"),
    ],
)
def test_a_bad_worker_request_is_refused_and_stores_nothing(
    kwargs: dict[str, str], key: str, uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock
) -> None:
    staff.add_team(uow, clock, "SKP")

    with pytest.raises(DomainError) as refused:
        staff.add_worker(uow, vault, clock, PROFILE, **kwargs)  # type: ignore[arg-type]

    assert refused.value.key == key
    assert stored_workers(uow) == []


def test_a_team_name_is_unique(uow: SqlAlchemyUnitOfWork, clock: FakeClock) -> None:
    staff.add_team(uow, clock, "SKP")

    with pytest.raises(DomainError):
        staff.add_team(uow, clock, "SKP")
    assert len(stored_teams(uow)) == 1


def test_the_profile_teams_are_created_once_with_their_routing(
    uow: SqlAlchemyUnitOfWork, clock: FakeClock
) -> None:
    profile = load_profile("bronderslev")

    first = staff.sync_profile_teams(uow, clock, profile)
    second = staff.sync_profile_teams(uow, clock, profile)

    assert first == [team.name for team in profile.teams] and second == []
    young = next((team for team in stored_teams(uow) if team.name == "UngeCentret"), None)
    assert young is not None and young.max_age == 29
