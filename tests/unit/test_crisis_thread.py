"""A short reply read after the worker's question (bot/policy/crisis/thread.py): the same words are acute
after a question about danger and nothing after an everyday one; a no is safe after "har du taget noget?"
and acute after "trækker han vejret?"; and the worker's question never lowers what the reply says alone."""

import pytest

from benchmarks.crisis_detection import alone, load, score
from bot.policy.crisis import assess

ACUTE_AFTER_THE_QUESTION = [
    ("Har du en plan for hvordan?", "ja. i aften"),
    ("har du tanker om at tage dit liv?", "jep"),
    ("tænker du på selvmord lige nu?", "ja"),
    ("Hej Mette, jeg bliver bekymret når du skriver sådan. Har du tænkt på hvordan?", "ja. broen"),
    ("har du taget noget?", "ja 20 stesolid"),
    ("hvor mange har du taget?", "alle sammen"),
    ("hvad har han taget?", "hele glasset"),
    ("did you take anything?", "yeah all of them"),
    ("do you have a plan?", "ya tonight"),
    ("Er han der stadig?", "ja han står udenfor døren"),
    ("is he still there with the knife?", "yes"),
    ("er du i sikkerhed?", "nej"),
    ("er du i sikkerhed nu?", "ikke rigtig"),
    ("are you safe?", "no"),
    ("trækker han vejret?", "nej"),
    ("trækker hun vejret?", "ved ik"),
    ("is she breathing?", "idk"),
    ("kan du vække ham?", "nej"),
    ("hvor er du?", "lillebæltsbroen. cyklede herud"),
    ("tror du du kan holde dig i live i nat?", "nej det kan jeg ikke"),
    ("vil du være her i morgen?", "nej"),
    ("har du stadig tankerne?", "ja. i nat"),
    ("can you get rid of the pills?", "no"),
    ("er du i sikkerhed?", "det er jeg ikke"),
    ("er du i sikkerhed?", "langt fra"),
    ("trækker han vejret?", "ja men mærkeligt"),
    ("have you taken anything?", "the lot"),
    ("har du en plan for hvornår?", "på lørdag når mor er gået i seng"),
    ("kan du love mig at være i live i morgen?", "kan ikke love noget"),
    ("er du i fare?", "ja"),
    ("har du en plan? du må gerne svare ærligt 💛", "ja"),
    ("er du i sikkerhed lige nu? er han stadig i lejligheden?", "nej. han sidder i stuen"),
    ("er du stadig ude på broen?", "jo"),
    ("r u still on the roof", "yh"),
    ("har han stadig kniven?", "ja i hånden"),
    ("hvor mange stesolid?", "14 15 stk"),
    ("hvor meget fentanyl?", "en hel plaster"),
    ("how many did you take?", "like 30"),
    ("hvornår tog du dem?", "for en time siden"),
    ("skærer du dig lige nu?", "ja. det bløder"),
    ("tænker du på at gøre dig selv noget?", "ja i aften"),
    ("kan du træde lidt væk fra kanten?", "nej"),
    ("hvor tæt står du på sporet?", "lige ved"),
]
WORRYING_AFTER_THE_QUESTION = [
    ("har du taget noget i dag? og kommer du i morgen kl 10?", "ja"),
    ("tænker du på at tage dit liv?", "nogle gange"),
    ("har du tanker om selvmord?", "ved ik"),
    ("Har du tanker om selvmord?", "hvorfor spørger du"),
    ("har du taget noget?", "ikke endnu"),
    ("har du en plan?", "ikke i aften"),
    ("are you thinking about killing yourself?", "sometimes"),
    ("har du skadet dig selv?", "ja i går. det er stoppet nu"),
    ("har du cuttet igen?", "ja"),
    ("have you used again?", "yeah"),
    ("har du haft tanker i dag?", "ja men jeg har det ok nu"),
    ("tror du du er her i morgen?", "tror det"),
    ("er du ok?", "nej"),
    ("kan du holde dig selv i sikkerhed i nat?", "ved ik"),
    ("er du i sikkerhed?", "for det meste"),
    ("har du en plan?", "ja men jeg har det fint nu"),
    ("er du i sikkerhed? er han der stadig?", "nej"),
    ("har du tænkt på at tage dit liv? er du ok nu?", "ja"),
]
NOTHING_AFTER_THE_QUESTION = [
    ("ses vi i aften til kaffe?", "ja. i aften"),
    ("har du taget din medicin i dag?", "ja alle sammen"),
    ("har du taget dine piller?", "ja"),
    ("har du taget noget i aften?", "nej nej, bare træt"),
    ("har du tanker om selvmord?", "nej, langt fra. har det fint"),
    ("er du i sikkerhed?", "ja jeg er hos min søster nu"),
    ("er du i sikkerhed?", "jeg er hjemme, han ved ikke hvor jeg er"),
    ("are you safe?", "yeah im at my mums"),
    ("hvordan går det?", "ikke så godt"),
    ("har du et sted at sove i nat?", "nej"),
    ("skal vi ses torsdag kl 10?", "ja kl 10"),
    ("Husk tandlægen i morgen", "ja ja"),
    ("hvor er du?", "på biblioteket"),
    ("where are you?", "at the station waiting for the bus"),
    ("trækker han vejret?", "ja han er vågnet og sidder og spiser nu"),
    ("har du cuttet igen?", "nej, 3 måneder nu"),
    ("er din mand hjemme til aftensmad i dag?", "ja"),
    ("er du bange for at gå til tandlægen?", "ja"),
    ("er hun vågen endnu? bussen kører 8", "nej"),
    ("svarer de når du ringer til jobcentret?", "nej"),
    ("er du der i morgen til morgenmad?", "nej"),
    ("kan du komme ned på kontoret i morgen?", "nej"),
    ("are you still there? im at the station", "no"),
    ("kan du komme hjem i aften?", "nej"),
    ("har du nogen planer i weekenden?", "ja i aften skal jeg til fest"),
    ("ved du hvornår du skal til lægen?", "ja kl 10 i morgen"),
    ("har du taget dem i dag? 💊", "ja"),
    ("hvad har du taget med til turen?", "det hele 😅"),
    ("ring til mig hvis du får tanker om selvmord, ok?", "ja det gør jeg"),
    ("hvor er du?", "nede ved havnen og fisker"),
    ("er du i fare?", "nej overhovedet ik"),
    ("er du stadig nede ved vandet? jeg har kaffe med", "nej jeg er gået hjem"),
    ("hvor mange piller har du tilbage i dosisæsken?", "12"),
    ("hvor meget metadon får du om dagen nu?", "90 mg"),
    ("how many tablets did the doctor say?", "2 in the morning"),
    ("hvornår hentede du din medicin?", "2 timer siden"),
    ("hvor mange panodil tager du om dagen?", "3-4"),
    ("hvor langt er du fra toget?", "5 min, kommer nu"),
    ("kan du vente til kl 10 med at ringe?", "nej jeg skal på arbejde"),
    ("sidder du stadig på altanen?", "ja med en kop kaffe"),
    ("er du stadig oppe på taget?", "ja, på taget med arbejdet"),
    ("how many pills do you need for the trip?", "like 10"),
    ("har du lyst til at gå ud i vandet i aften? det er så varmt", "ja"),
]


@pytest.mark.parametrize(("asked", "reply"), ACUTE_AFTER_THE_QUESTION)
def test_a_reply_that_answers_a_question_about_danger_with_danger_is_acute(asked: str, reply: str) -> None:
    assert assess(reply, asked).acute, (asked, reply)


@pytest.mark.parametrize(("asked", "reply"), WORRYING_AFTER_THE_QUESTION)
def test_an_unsure_or_not_now_answer_to_a_question_about_danger_is_worrying(asked: str, reply: str) -> None:
    assert assess(reply, asked).level == "worrying", (asked, reply)


@pytest.mark.parametrize(("asked", "reply"), NOTHING_AFTER_THE_QUESTION)
def test_a_no_or_an_everyday_question_adds_nothing(asked: str, reply: str) -> None:
    rank = {None: 0, "worrying": 1, "acute": 2}
    assert rank[assess(reply, asked).level] <= rank[assess(reply).level], (asked, reply)
    assert not assess(reply, asked).acute


@pytest.mark.parametrize(
    ("asked", "reply"),
    [("ses vi i aften til kaffe?", "ja. i aften"), ("er du kommet hjem nu?", "ja ligger i sengen")],
)
def test_a_few_words_the_model_alone_lifted_are_nothing_after_an_everyday_question(
    asked: str, reply: str
) -> None:
    assert assess(reply, asked).level is None
    assert "answers_everyday_question" in assess(reply, asked).signs


def test_a_short_follow_up_question_is_not_everyday() -> None:
    assert assess("når klokken er 3", "hvornår?") == assess("når klokken er 3")


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("har du taget noget?", "nej. men jeg har rebet klar og gør det i nat"),
        ("ses vi i morgen?", "nej. tak for alt, farvel"),
        ("er du i sikkerhed?", "ja, men jeg har taget alle mine piller"),
    ],
)
def test_the_workers_question_never_lowers_what_the_reply_says_alone(asked: str, reply: str) -> None:
    alone = assess(reply)
    assert alone.acute
    assert assess(reply, asked) == alone


def test_the_sign_names_the_answer_never_the_words() -> None:
    found = assess("ja", "har du en plan for i aften?")
    assert found.level == "acute" and found.kind == "suicide"
    assert "answered_danger_question" in found.signs
    assert all("plan" not in sign and sign != "ja" for sign in found.signs)


def test_a_long_reply_is_read_alone() -> None:
    reply = "ja jeg har det sådan lidt op og ned men vi kan godt tale om det på torsdag når du kommer forbi"
    assert assess(reply, "har du tanker om selvmord?") == assess(reply)


def test_on_the_thread_set_reading_the_question_catches_more_than_each_reply_alone() -> None:
    """thread1 (pairs written blind, then tuned on): what reading the worker's message adds, and floors at
    what it measured (0.858 acute at 0.043 false alarms, caught 0.902; alone 0.765 / 0.039 / 0.843, with the
    model retrained in December 2026 on blind17-20 as well)."""
    pairs = load("thread1")
    read_after = score(pairs)
    read_alone = score(pairs, alone)

    assert read_after.acute_recall >= 0.84 and read_after.caught_share >= 0.89
    assert read_after.false_alarm <= 0.05
    assert read_after.acute_found >= read_alone.acute_found + 15
    assert read_after.false_any <= read_alone.false_any


# The thread sets tuned on after their first sight: what each measured in December 2026 (acute recall, false
# alarms, caught), as floors and a ceiling a change must keep (thread2's false alarms are above the goal's
# 5 %: short everyday replies the model lifts, "ja han er vågen, bare fuld").
THREAD_FLOORS = {
    "thread2": (0.86, 0.08, 0.86),  # measured 0.868 (118/136) / 0.079 (15/190) / 0.868 (184/212)
    "thread3": (0.94, 0.04, 0.89),  # measured 0.941 (127/135) / 0.032 (6/190) / 0.890 (187/210)
    "thread4": (0.85, 0.04, 0.94),  # measured 0.859 (116/135) / 0.032 (6/190) / 0.948 (199/210)
    "thread5": (0.82, 0.05, 0.86),  # measured 0.822 (111/135) / 0.047 (9/190) / 0.862 (181/210)
    "thread6": (0.73, 0.06, 0.73),  # measured 0.733 (99/135) / 0.053 (10/190) / 0.738 (155/210)
}


@pytest.mark.parametrize("name", THREAD_FLOORS)
def test_each_tuned_thread_set_keeps_what_it_measured(name: str) -> None:
    acute_recall, false_alarms, caught = THREAD_FLOORS[name]
    figures = score(load(name))

    assert figures.acute_recall >= acute_recall
    assert figures.false_alarm <= false_alarms
    assert figures.caught_share >= caught
