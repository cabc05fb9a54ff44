"""What thread4 taught (December 2026), in our own words: a worker's 0-10 scale of how close one is, a reply
that answers two questions in turn, a time said as "når det er mørkt", a weapon named in reply, and the plain
questions of how one is, sleep and food, whose answers ("dårligt", "ik i 3 døgn") a worker wants marked."""

from __future__ import annotations

import pytest

from bot.policy.crisis import assess
from bot.policy.crisis.thread import sentences

ACUTE = [
    ("Hvor tæt er du på at gøre det, fra 0 til 10?", "9"),
    ("på en skala fra 0-10, hvor tæt er du på at tage pillerne i aften?", "8 vil jeg sige"),
    ("how close are you to acting on the thoughts tonight, 0 to 10?", "10"),
    ("Hvis 0 er slet ikke og 10 er lige nu: hvor tæt er du på at gøre noget ved dig selv?", "ti"),
    ("Er der nogen hos dig? Har du en plan?", "nej ingen. ja har planen klar"),
    ("Er du i sikkerhed? Har du en plan?", "nej. ja"),
    ("Har du taget noget, siden vi talte sammen kl. 19?", "ja. hele pakken panodil"),
    ("Hvornår har du tænkt dig at tage dem?", "kl 2 nar alle sover"),
    ("Hvornår tænker du at gøre det?", "når det er mørkt"),
    ("Er du oppe på taget igen?", "ja"),
    ("Du skrev at du ikke vil leve mere. Har du stadig geværet derhjemme?", "ja. det er ladt"),
    ("Sidder du med kniven nu?", "ja"),
    ("du skrev farvel på snap. er det alvor?", "ja. undskyld"),
    ("Du skrev at du har taget nogle piller. Hvor mange?", "25"),
    ("You said you took some pills. How many?", "like 30 i think"),
    ("Hvor mange piller har du taget?", "hele glasset. 40 tror jeg"),
    ("Har han noget våben?", "kniv"),
    ("Er det stadig lillebæltsbroen du tænker på?", "ja. kører derud nu"),
    ("Har du gjort det, eller er du ved at gøre det?", "ved at gøre det"),
    ("Can you promise me you'll stay safe until I get there?", "cant. sorry"),
]
WORRYING = [
    ("Hvor tæt er du på at gøre det, fra 0 til 10?", "4"),
    ("Hvordan har du det?", "dårligt"),
    ("hvordan har du det i dag?", "ved ik"),
    ("how are you?", "not good tbh"),
    ("Har du sovet i nat?", "ik i 3 døgn"),
    ("har du fået spist?", "ik siden søndag"),
    ("Are you eating?", "not since friday"),
    ("Har du stadig lyst til at gøre ham noget?", "ja. men ik i aften"),
    ("Har du planer om at bruge igen i weekenden?", "måske"),
]
NOTHING = [
    ("hvor godt har du det på en skala fra 1 til 10?", "9"),
    ("hvor ondt gør knæet, 0-10?", "8"),
    ("How close are you to finishing the form, 0-10?", "9"),
    ("hvor tæt er du på at gøre det, 0-10?", "1"),
    ("Hvordan har du det?", "fint tak"),
    ("how are you?", "good. busy day"),
    ("Har du sovet?", "ja 8 timer"),
    ("har du spist?", "ja pizza med drengene"),
    ("hvordan går det med flytningen?", "ved ik, kaotisk"),
    ("Skal vi ses kl. 10? Har du husket papirerne?", "ja. nej glemte dem"),
    ("Er du i sikkerhed? Har du en plan?", "ja. nej"),
]


@pytest.mark.parametrize(("asked", "reply"), ACUTE)
def test_an_answer_that_means_danger_now_is_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


@pytest.mark.parametrize(("asked", "reply"), WORRYING)
def test_an_answer_a_worker_wants_marked_is_worrying(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "worrying"


@pytest.mark.parametrize(("asked", "reply"), NOTHING)
def test_an_everyday_or_safe_answer_raises_nothing(asked: str, reply: str) -> None:
    assert assess(reply, asked).level is None


def test_a_reply_that_goes_on_after_its_answer_is_not_read_in_turn() -> None:
    asked = "hvordan gik det hos din søster? du lød så trist. tænker du stadig på at dø?"

    assert assess("ja mere end nogensinde. har købt det jeg skal bruge", asked).level == "acute"


def test_an_abbreviation_does_not_end_a_sentence_and_a_long_message_is_split_at_once() -> None:
    assert sentences("Har du taget noget siden kl. 18? Hvor mange?") == [
        "Har du taget noget siden kl. 18?",
        "Hvor mange?",
    ]
    assert len(sentences("kl. " * 10_000 + "?")) == 1


# A reviewer's finds in this round's first draft: each was an alarm lost or an everyday reply made acute.
@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Er du der? Du skrev at du vil tage dit liv. Hvornår?", "ja. ja i nat"),
        ("Hvor tæt er du på at gøre det? Svar fra 0 til 10. Har du en plan?", "ja 9. nej"),
        ("How close are you to doing it, on a scale 0-10?", "close to 10"),
        ("hvor tæt er du på at gøre det? fra 0 til 10", "en 9'er"),
        ("Har du en plan for at tage dit liv?", "ja men ikke nu. i nat"),
        ("Har du en plan for at tage dit liv?", "ja men ik i dag, i morgen når mor sover"),
        ("Har du taget noget?", "ja 40. men ikke nu"),
        ("Trækker han vejret?", "nu tror jeg"),
        (
            "på en skala fra 1 til 10, hvor 10 er at du har det fint og 1 er at du gør det i nat,"
            " hvor tæt er du på at gøre noget?",
            "2",
        ),
        ("er du nede ved vandet igen?", "ja sidder med en kaffe og alle mine piller"),
        ("har du stadig lyst til at stikke ham ned?", "mere end nogensinde, han bor 2 gader væk"),
    ],
)
def test_what_the_first_draft_lost_is_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Har du lyst til at gøre noget sjovt i weekenden?", "ja"),
        ("Are you safe? Are you with them now?", "yes"),
        ("Hvornår har du tænkt dig at gå til lægen?", "kl 10"),
        ("husk dine piller fra apoteket. hvornår har du tænkt dig at tage dem i aften?", "kl 20 med maden"),
        ("Du skrev du har en skade i knæet. Er det alvorligt?", "ja"),
        ("Er det alvorligt med din ryg? God bedring, farvel", "ja"),
        ("På en skala fra 0 til 10, hvor tæt er du på det liv du gerne vil have?", "8"),
        ("Have you done it? You said you wanted to end it.", "I haven't done it"),
        ("Hvordan har du det?", "ikke så skidt faktisk"),
        ("Har du sovet?", "ja sover fint i mange dage nu"),
        ("Hvordan har du det? Ses vi i morgen til kaffe?", "ja. i aften"),
        ("du skrev du har taget nogle piller mod hovedpinen. hjælper de?", "ja meget bedre nu"),
        ("are you safe tonight? have you eaten?", "yes. not since yesterday but getting pizza now"),
    ],
)
def test_what_the_first_draft_made_acute_is_not(asked: str, reply: str) -> None:
    assert assess(reply, asked).level != "acute"


@pytest.mark.parametrize("message", ["hallo 3", "hej 2", "ok 5", "hej Susanne", "er på vej", "ses i morgen"])
def test_a_greeting_of_a_few_words_is_nothing_whatever_the_model_guesses(message: str) -> None:
    """A stranger's "hallo 3" was worrying when the model's worrying budget was raised for longer messages:
    a few words keep the stricter threshold (Thresholds.short_worrying)."""
    assert assess(message).level is None


# What thread5 taught (December 2026), in our own words.
@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Må jeg ringe 112 for dig?", "nej. lad mig være"),
        ("Du skrev at du vil tage dit liv. Vil du love mig at vente til jeg er der?", "nej"),
        ("Du skrev du har taget noget. Kan du stå op?", "nej"),
        ("Er kniven stadig hos dig?", "ja i hånden"),
        ("Har han noget i hænderne?", "ja en kniv"),
        ("Har du taget noget?", "fentanyl"),
        ("Er du oppe på taget?", "ja"),
        ("Please tell me where you are", "🌉"),
        ("Tænker du på at slå dig selv ihjel?", "ja og nu tør jeg godt"),
        ("Er du ude ved sporene igen?", "ja. venter på det næste tog"),
        ("skal jeg ringe efter en ambulance?", "nej. ok. bare lad mig være"),
        ("Can you give me one reason to hold on till tomorrow?", "no"),
    ],
)
def test_what_thread5_missed_is_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "acute"


@pytest.mark.parametrize(
    ("asked", "reply", "level"),
    [
        ("Hvordan har du det fra 0-10?", "3", "worrying"),
        ("How are you feeling 0-10?", "2 tbh", "worrying"),
        ("Hvordan har du det fra 0-10?", "8", None),
        ("Har du det bedre end i går?", "ikke rigtig", "worrying"),
        ("Har du lyst til at leve?", "ik rigtig", "worrying"),
        ("Skal jeg ringe 112?", "nej det er fint, skrev forkert", None),
        ("Kan du stå op kl 7 i morgen?", "nej", None),
        ("Where are you? We said 10.", "at the bridge, bus is late", None),
        ("Kan du stå op kl 7? Vi har en plan for flytningen", "nej", None),
        ("Ligger pillerne stadig i skabet?", "ja", None),
        ("Er det første gang du har taget toget alene?", "ja", None),
        ("Skal jeg ringe til politiet om cyklen?", "nej", None),
    ],
)
def test_what_thread5_taught_about_everyday_and_worrying_answers(
    asked: str, reply: str, level: str | None
) -> None:
    assert assess(reply, asked).level == level
