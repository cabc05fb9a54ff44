"""What blind13, blind14 and thread3 taught (December 2026), in our own words: a crisis told of as long
past and over is nothing; "would be better off without me" is a thought, not a plan; "hver nat" is no time
now; the one who threatens at the door makes it acute however broken the Danish; a worker's "hvornår?" asks
on about the danger before it; a safe answer to a danger question is nothing where only the model saw danger.
"""

from __future__ import annotations

import pytest

from bot.policy.crisis import assess
from bot.policy.crisis.assess import LONG_AGO, REASSURED


@pytest.mark.parametrize(
    "message",
    [
        "for 3 år siden prøvede jeg at ta mit liv. i dag har jeg job og egen lejlighed, ville bare sige tak",
        "fik en overdosis i 2018, nu har jeg været clean i 5 år og arbejder på et værested",
        "4 years ago i tried to end it. today im doing good and i got a flat",
        "han truede mig med en kniv for 6 år siden. nu sidder han i fængsel og jeg er tryg",
    ],
)
def test_a_crisis_told_of_as_long_past_and_over_is_nothing(message: str) -> None:
    said = assess(message)

    assert said.level is None
    assert LONG_AGO in said.signs


@pytest.mark.parametrize(
    "message",
    [
        "for 3 år siden prøvede jeg at ta mit liv og tankerne er kommet igen",
        "han truede mig med kniv for 6 år siden. nu er han ude igen",
    ],
)
def test_long_past_without_being_over_stays_worrying(message: str) -> None:
    assert assess(message).level == "worrying"


def test_long_past_and_well_now_does_not_hide_a_plan_tonight() -> None:
    said = assess(
        "for 2 år siden prøvede jeg. i dag har jeg det godt med min beslutning, tager pillerne i nat"
    )

    assert said.level == "acute"


@pytest.mark.parametrize(
    "message",
    [
        "alle ville have det bedre uden mig",
        "tror ingen ville savne mig alligevel",
        "everyone would be better off without me tbh",
        "sommetider tænker jeg at familien havde det bedre uden mig",
    ],
)
def test_what_would_be_better_without_me_is_a_worrying_thought(message: str) -> None:
    said = assess(message)

    assert said.level == "worrying"
    assert said.kind == "suicide"


@pytest.mark.parametrize(
    "message",
    [
        "i slipper for mig efter i aften",
        "alle ville ha det bedre uden mig. i nat gør jeg det",
        "you'll all be better off without me. goodbye",
    ],
)
def test_rid_of_me_with_a_time_or_a_goodbye_stays_acute(message: str) -> None:
    assert assess(message).level == "acute"


@pytest.mark.parametrize(
    "message",
    [
        "drikker en flaske rødvin hver aften for at sove",
        "ligger vågen hver nat og tænker på at det ville være fred at være død",
    ],
)
def test_every_night_is_no_time_now(message: str) -> None:
    assert assess(message).level == "worrying"


@pytest.mark.parametrize(
    "message",
    [
        "hans bror kommer nu og han siger han slå mig",
        "min eks er her nu og truer med at tage børnene og slå mig",
        "har til kl 23 med pengene ellers stikker de mig",
        "he hit me now and he say he kill me",
    ],
)
def test_the_one_who_threatens_at_the_door_makes_it_acute_violence(message: str) -> None:
    said = assess(message)

    assert said.level == "acute"
    assert said.kind == "violence"


@pytest.mark.parametrize(
    "message",
    [
        "han slog mig i weekenden, nu er han taget til sin mor",
        "got punched on saturday outside the bar, still sore",
    ],
)
def test_a_beating_at_the_weekend_or_on_a_weekday_is_past_and_worrying(message: str) -> None:
    assert assess(message).level == "worrying"


@pytest.mark.parametrize(
    "message",
    [
        "husk overdosis-kurset på torsdag kl 13",
        "so we watched a film with an overdose scene and talked after",
        "har taget alle mine ting med fra herberget, flytter ind i dag",
        "har hentet en hel pose piller på apoteket, hvordan skal jeg huske dem alle",
        "det slår mig ihjel at sidde og vente på kommunen",
    ],
)
def test_the_same_words_in_everyday_use_are_not_acute(message: str) -> None:
    assert assess(message).level != "acute"


@pytest.mark.parametrize(
    "message",
    [
        "har taget alle mine piller",
        "swallowing the lot now",
        "vi tog af samme pose og nu er der en der ik vaagner",
        "hun sprøjtede og faldt bare om",
        "har tygget 2 fentanylplastre og alt bli'r sort",
    ],
)
def test_an_overdose_in_the_words_people_text_it_is_acute(message: str) -> None:
    said = assess(message)

    assert said.level == "acute"
    assert said.kind == "overdose"


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("du skrev at du ikke vil leve mere. hvornår?", "kl 2"),
        ("har du en plan for at tage dit liv? og hvornår??", "i nat"),
        ("ka du ta rebet ned og ringe til mig?", "nej"),
        ("did you get rid of the pills like we said?", "no"),
    ],
)
def test_a_reply_to_a_follow_up_or_a_request_to_put_the_means_away_is_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


def test_a_bare_when_after_an_everyday_question_is_not_acute() -> None:
    assert assess("kl 2", "skal vi ses i morgen? hvornår?").level is None


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("er du i sikkerhed nu?", "ja er hos min bror i aarhus"),
        ("har du taget nogen af de ekstra piller?", "nej de ligger hos min søster"),
    ],
)
def test_a_safe_answer_to_a_danger_question_is_nothing(asked: str, reply: str) -> None:
    said = assess(reply, asked)

    assert said.level is None
    assert said.signs in ((REASSURED,), ())


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("har du taget noget?", "nej men jeg sidder med dem i hånden"),
        ("do you have a plan?", "no just wish i wouldnt wake up"),
    ],
)
def test_a_no_with_a_but_or_a_wish_is_not_read_as_safe(asked: str, reply: str) -> None:
    assert assess(reply, asked).level is not None


@pytest.mark.parametrize(
    "message",
    [
        "har været clean siden 2019 og nu ligger min kæreste og gurgler og er blå i hovedet",
        "han var clean siden 2020 men nu vågner han ikke",
        "de ville have det bedre uden mig. farvel",
        "i dont wanna be saved this time",
    ],
)
def test_a_crisis_now_after_years_past_or_a_thought_is_still_acute(message: str) -> None:
    """The sixth reader's probes: a time now in a clause ends what was years past in it."""
    assert assess(message).level == "acute"


@pytest.mark.parametrize(
    "message",
    [
        "kan ik holde øjnene åbne efter nattevagten 😴 ring i morgen",
        "sneen blokerer døren til opgangen",
        "mor er sur på mig fordi jeg glemte opvasken, hun kommer nu 😅",
        "tonight is the night!! first date 😍",
        "kniven er klar, vi skærer kagen i aften 🎂",
        "så hopper jeg i seng nu",
        "bussen har ikke rørt sig i 20 min, kommer for sent",
        "jeg skal afslutte mit liv som studerende i juni, så glad",
    ],
)
def test_the_sixth_readers_everyday_twins_are_not_acute(message: str) -> None:
    assert assess(message).level != "acute"


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Tænker du stadig på selvmord? Ses vi i morgen? Hvornår?", "ja 10"),
        ("Husk at hente dine piller på apoteket. Hvornår?", "i morgen"),
        ("Vil du ta med ned i byen og spise? Jeg er lidt bekymret for dig", "nej gider ik"),
    ],
)
def test_a_follow_up_or_a_request_about_an_errand_is_not_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).level != "acute"


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Har du en plan? Hvad tid?", "kl 3 i nat"),
        ("kan du få rebet ned?", "nej"),
        ("have you thrown away the razors?", "no"),
        ("er du stadig på broen?", "ja, ryger en sidste smøg"),
    ],
)
def test_the_real_wordings_of_a_follow_up_or_a_request_are_read(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


@pytest.mark.parametrize(
    "message",
    [
        "jeg har taget alle mine piller selvom jeg har været clean siden 2019",
        "sidste år tog jeg en overdosis. i dag har jeg det ikke godt",
        "for 2 år siden prøvede jeg at tage mit liv, nu er jeg ikke tryg længere",
        "tog alle mine piller for længst",
    ],
)
def test_a_recovery_denied_or_the_recoverys_own_date_silences_nothing(message: str) -> None:
    """The reviewer's cases: "clean siden 2019" is its own date, not the crisis's; a recovery said with
    "ikke" is none."""
    assert assess(message).level is not None


def test_a_plan_tonight_before_an_attempt_years_ago_is_acute() -> None:
    assert assess("jeg vil tage mit liv i nat ligesom for 2 år siden").level == "acute"


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("har du tanker om selvmord?", "nej. orker bare ikke mere"),
        ("er du i sikkerhed?", "ja. han er bare fuld og sur"),
        ("hvor er du?", "på broen. hopper om 5 min"),
        ("du skrev at du ikke vil leve mere. hvornår?", "ved ikke"),
    ],
)
def test_a_reply_the_model_found_worrying_is_not_silenced_by_the_question(asked: str, reply: str) -> None:
    assert assess(reply, asked).level is not None


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("ses vi i morgen? du skrev at du ikke vil leve mere. hvornår?", "i aften"),
        ("har du en plan? hvornar?", "i aften"),
    ],
)
def test_a_follow_up_is_read_after_the_sentence_just_before_it(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


def test_a_follow_up_is_found_before_a_long_afterthought() -> None:
    """40,000 characters after the question (the sentences are split once: the former search took 9 s)."""
    asked = "har du en plan? hvornår? " + "jeg tænker på dig " * 2200
    assert assess("i aften", asked).level == "acute"
