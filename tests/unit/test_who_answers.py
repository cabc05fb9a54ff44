"""Who answers a citizen: every row of the one rule (bot/policy/who_answers.py)."""

import pytest

from bot.policy.who_answers import Colleague, who_answers

SUSANNE, VIVIAN, PETER, LONE = 1, 2, 3, 4  # Susanne is the citizen's worker; Lone leads the team


def c(worker_id: int, *, away: bool = False, reachable: bool = True) -> Colleague:
    return Colleague(worker_id, reachable=reachable, away=away)


CASES = [
    # (case, own, cover, on duty, leads, answer)
    ("own worker at work", c(SUSANNE), None, [c(VIVIAN)], [c(LONE)], [SUSANNE]),
    ("away, cover at work", c(SUSANNE, away=True), c(VIVIAN), [c(PETER)], [c(LONE)], [VIVIAN]),
    ("away, cover away too: on duty", c(SUSANNE, away=True), c(VIVIAN, away=True), [c(PETER)], [], [PETER]),
    ("away, cover not enrolled", c(SUSANNE, away=True), c(VIVIAN, reachable=False), [c(PETER)], [], [PETER]),
    ("away, no cover: on duty", c(SUSANNE, away=True), None, [c(SUSANNE), c(PETER)], [c(LONE)], [PETER]),
    (
        "Christmas: worker, cover and on duty away: the present lead",
        c(SUSANNE, away=True),
        c(VIVIAN, away=True),
        [c(SUSANNE, away=True), c(PETER, away=True)],
        [c(LONE)],
        [LONE],
    ),
    (
        "nobody at work: on duty even if away",
        c(SUSANNE, away=True),
        c(VIVIAN, away=True),
        [c(SUSANNE, away=True), c(PETER, away=True)],
        [c(LONE, away=True)],
        [SUSANNE, PETER],
    ),
    ("nobody on duty at all: the own worker though away", c(SUSANNE, away=True), None, [], [], [SUSANNE]),
    ("own worker switched off: on duty", c(SUSANNE, reachable=False), None, [c(PETER)], [], [PETER]),
    ("no own worker (a new contact): on duty", None, None, [c(VIVIAN), c(PETER)], [c(LONE)], [VIVIAN, PETER]),
    ("new contact, on duty all away: the lead", None, None, [c(VIVIAN, away=True)], [c(LONE)], [LONE]),
    ("nobody reachable", None, None, [c(VIVIAN, reachable=False)], [c(LONE, reachable=False)], []),
]


@pytest.mark.parametrize(
    ("own", "cover", "on_duty", "leads", "answer"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_who_answers_a_citizen(
    own: Colleague | None,
    cover: Colleague | None,
    on_duty: list[Colleague],
    leads: list[Colleague],
    answer: list[int],
) -> None:
    assert who_answers(own, cover, lambda: on_duty, lambda: leads) == answer


def test_the_team_is_not_read_while_the_own_worker_can_answer() -> None:
    def unread() -> list[Colleague]:
        raise AssertionError("the team was read")

    assert who_answers(c(SUSANNE), None, unread, unread) == [SUSANNE]
    assert who_answers(c(SUSANNE, away=True), c(VIVIAN), unread, unread) == [VIVIAN]
