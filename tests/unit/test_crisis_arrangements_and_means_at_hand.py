"""What blind19, blind20 and thread6 taught (December 2026), in our own words: a goodbye made of
arrangements (the dog to a sister, the flat back to the landlord, the passwords written down) and a last
cigarette; a wish to die beside a means at hand; a rifle loaded; CPR going on; a hostage and a demand to
come alone; and their everyday twins (quitting smoking, a kitchen knife for cooking, a job that "kills me",
a faint that was blood sugar), and the questions a worker asks about means kept ("har du dem stadig?").
"""

from __future__ import annotations

import pytest

from bot.policy.crisis import assess


@pytest.mark.parametrize(
    "message",
    [
        "hunden skal til min søster. udlejer kan få lejligheden tilbage på mandag. undskyld til jer alle",
        "alle mine koder ligger i skuffen og min bror kan få mine ting. this is it",
        "jeg vil ikke leve mere og har pillerne liggende her ved siden af mig",
        "want to die so bad. got the razor blades out on the table",
        "sidder med riflen på skødet. den er ladt",
        "han faldt om efter fixet, jeg giver ham hjertemassage nu",
        "de har min lillebror og de kræver at jeg kommer alene til havnen",
        "nu ved jeg hvordan. der er en bro over motorvejen ikke langt fra mig",
        "fortæl mine unger at far var stolt af dem. tænder bilen nu",
    ],
)
def test_a_goodbye_by_arrangements_or_a_wish_beside_the_means_is_acute(message: str) -> None:
    assert assess(message).acute


@pytest.mark.parametrize(
    "message",
    [
        "sidste smøg i aften, jeg stopper i morgen med nikotinplastre 💪",
        "last cigarette ever, quitting tomorrow wish me luck",
        "ny kokkekniv i posten i dag, endelig kan jeg lave ordentlig mad",
        "sharpened my kitchen knives, making stew for the whole house",
        "lagerjobbet slår mig ihjel, 12 timers vagter hele ugen",
        "they're killing me with forms at the job centre",
        "min nabo faldt om i netto men det var bare blodsukkeret, hun er fin igen",
        "jeg vil ikke leve uden kaffe om morgenen haha",
        "dør af grin over din besked",
        "vi havde øvelsesdag på førstehjælpskurset og skulle redde en dukke der ikke trak vejret",
        "han snorker så højt at jeg ikke kan sove om natten",
    ],
)
def test_their_everyday_twins_are_not_acute(message: str) -> None:
    assert not assess(message).acute


@pytest.mark.parametrize(
    "message",
    [
        "fik noget nyt brunt i går, folk siger den er mega stærk",
        "vi er løbet tør for naloxon på herberget og der er mange der bruger",
        "i feel nothing anymore, not sad not happy, for weeks",
        "tror ik jeg holder til vinteren",
    ],
)
def test_a_strong_batch_no_naloxone_and_numbness_are_worrying(message: str) -> None:
    assert assess(message).level is not None


@pytest.mark.parametrize(
    "message",
    [
        "tager lige min sidste smøg nu og så hjem",  # a cue too everyday to join the model and a time
        "now i know how to fix my bike, life is hard tho",  # the time is the cue's own word
        "jeg har dødstanker. der er en kniv i køkkenet",  # a knife in a kitchen is no means at hand
    ],
)
def test_a_reviewers_everyday_twins_of_the_new_rules_are_not_acute(message: str) -> None:
    assert not assess(message).acute


@pytest.mark.parametrize(
    "message",
    [
        "forløbet slutter på fredag. jeg har skrevet breve til alle og sagt farvel",
        "jeg har prøvet rygestop 10 gange. jeg vil tage mit liv i nat",
        "han har taget for meget og trækker ikke vejret, jeg har været på naloxonkursus",
    ],
)
def test_a_course_ending_quitting_smoking_or_a_naloxone_course_hides_no_crisis(message: str) -> None:
    assert assess(message).acute


def test_thanks_for_listening_does_not_silence_what_follows() -> None:
    assert assess("tak fordi du lytter. jeg kan ikke se nogen vej ud af det her længere").level is not None


def test_a_knife_in_ones_own_hand_beside_a_goodbye_is_no_stabbing_but_still_acute() -> None:
    said = assess("held on as long as i could. knife in my hand now. bye")

    assert said.acute
    assert "violence_now" not in said.signs


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("du sagde du har sparet piller op. har du dem stadig?", "ja"),
        ("er rebet stadig i lejligheden?", "ja"),
        ("is the rope still there?", "yes"),
        ("tænker du på at følge efter ham?", "ja det gør jeg"),
        ("du skrev du vil springe. er du stadig på langebroen?", "👍"),
        ("kan du love mig at du ikke gør noget i aften?", "nej det kan jeg ik love"),
        ("kan du se om han trækker vejret?", "næsten ik"),
        ("kan du love mig at du ikke gør noget i nat?", "jeg lover ikke noget"),
        ("kan du love mig at du ikke gør noget i nat?", "det lover jeg ikke"),
        ("har han astma? trækker han vejret?", "nej"),
        ("har du taget noget? du lyder forkølet", "ja"),
    ],
)
def test_a_worker_asking_about_the_means_kept_reads_a_yes_as_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).acute


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("har du stadig kniven?", "ja i køkkenskuffen, til brødet"),
        ("har du dem stadig? pillerne fra lægen", "nej dem har jeg afleveret på apoteket"),
        ("er du stadig på langebro?", "nej jeg er hjemme nu"),
        ("jeg kommer med kaffe og suppe. er du stadig ved knippelsbro?", "ja"),
        ("vi skal have et møde om din plan. hvornår tænker du det skal være?", "torsdag kl 10"),
        ("du fik to soveposer af os. er du ok? har du dem stadig?", "ja begge to"),
        ("kan du love mig at du ikke gør noget i aften?", "det lover jeg"),
    ],
)
def test_a_no_or_a_kitchen_knife_after_such_a_question_is_not_acute(asked: str, reply: str) -> None:
    assert not assess(reply, asked).acute
