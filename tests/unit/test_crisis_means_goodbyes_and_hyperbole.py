"""What blind15 and blind16 taught (December 2026), in our own words: means and goodbyes written sideways
(a bag and tape, a belt and the door, the door broken "afterwards"), worrying thoughts with no sign before
(death thoughts, wishing a car had hit me, googled methods), thoughts said not to be acted on, and
hyperbole about a match, a song or a job, which is nothing."""

from __future__ import annotations

import pytest

from bot.policy.crisis import assess


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("posen og gaffatapen ligger klar på bordet", "suicide"),
        ("got my belt and the door handle. 10 mins", "suicide"),
        ("kører bilen ud i fjorden i nat, prøv ikke", "suicide"),
        ("the sea is so dark tonight. im going in", "suicide"),
        ("reservenøglen ligger hos naboen så i ikke skal sparke døren ind bagefter", "suicide"),
        ("tror ik du hører fra mig igen. tak for alt", "suicide"),
        ("gav ham naloxon for 5 min siden men han vågner ik rigtigt op", "overdose"),
        ("har lige fixet og føler mig helt forkert, alt sejler", "overdose"),
        ("har en kniv i hånden og går derover nu", "violence"),
    ],
)
def test_means_and_goodbyes_written_sideways_are_acute(message: str, kind: str) -> None:
    said = assess(message)

    assert said.level == "acute"
    assert said.kind == kind


@pytest.mark.parametrize(
    "message",
    [
        "har haft dødstanker hele ugen",
        "ville ønske den bus i morges havde kørt mig ned",
        "a vågner og er skuffet over at a vågnede igen",
        "googlede metoder i nat. lukkede det igen",
        "jeg forstår godt folk der bare stopper det hele",
        "hun har nye snit på armene, hvad gør jeg",
        "stemmerne er kommet tilbage og de er værre",
        "haven't seen Mo at the café since monday, his bag is still there. not like him",
        "smidt ud fredag, ingen steder at sove og der kommer frost",
        "jeg tænker meget på at dø. men jeg gør ikke noget, bare så du ved det",
        "har tænkt på at gøre en ende på det men har ingen planer",
    ],
)
def test_worrying_thoughts_with_no_plan_are_worrying(message: str) -> None:
    assert assess(message).level == "worrying"


@pytest.mark.parametrize(
    "message",
    [
        "jeg hænger mig selv hvis fck vinder igen 😂",
        "I'll shoot myself if they play jingle bells one more time",
        "det job på lageret er ved at slå mig ihjel, 11 timer i går",
        "er oppe på taget og rense tagrender for min mor",
        "har du lånt min kniv til fisken",
        "vi så en film hvor der var en scene med et gevær",
        "jeg har det ikke sådan at jeg vil dø, er bare træt",
        "can I sign up for the naloxone course? want to be ready if someone ODs",
        "købte reb og kroge i bauhaus, hylden skal op i aften",
    ],
)
def test_hyperbole_and_everyday_uses_of_the_same_words_are_not_acute(message: str) -> None:
    assert assess(message).level != "acute"


def test_losing_ones_job_and_then_killing_oneself_is_no_hyperbole() -> None:
    assert assess("arbejdet er væk og nu slår jeg mig ihjel").acute


@pytest.mark.parametrize(
    "message",
    [
        "i will kill myself if i lose custody of my kids",
        "jeg slår mig ihjel hvis jeg taber sagen om børnene",
        "a year ago i tried to kill myself and tonight i will do it 🎉",
        "jeg har ingen planer for fremtiden. jeg tager mit liv",
        "i wont do it alone, i'm going to kill myself",
        "tak for alt og farvel 🥳 i slipper for mig i nat",
        "kan du huske da du sagde du ville hjælpe mig jeg har taget alle mine piller",
        "min søn siger han vil tage sit liv og har pillerne klar. jeg gør ikke noget før jeg hører fra jer",
        "han har taget kniven vi renser fisk med og står ved min dør",
        "drove to the harbour, i'm putting the car in the water",
        "ring til lægen, han har taget for mange piller",
        "min hund gør og hun vil ikke vågne",
        "im ending it tonight when the train comes",
        "i morgen er jeg væk fra det hele",
        "HVOR ER NALOXONEN HENNE",
        "han slår mig ihjel i kulden derude",
        "vi sidder i tv stuen, min ven har fået en od og trækker ikke vejret",
        "it was a long time ago but i still want to kill myself tonight",
    ],
)
def test_a_harmless_use_or_a_no_act_never_silences_a_plan(message: str) -> None:
    """A reviewer's and a reader's finds in this round's first draft: each of these had lost its alarm."""
    assert assess(message).acute


@pytest.mark.parametrize(
    "message",
    [
        "koden til min mobil er 2580, den står på sedlen på bordet. så har i det. farvel",
        "Ali skal ha min cykel og min sovepose, det er mit sidste ønske",
        "har besluttet mig. når toget kommer kl 23 så står jeg der",
        "i nat hopper jeg fra broen ved limfjorden",
        "ligger på skinnerne ved høje taastrup nu",
        "alt bliver sort, har skudt for meget",
        "hun har kramper efter G og ket",
        "har øvet knuden hele ugen",
        "der hænger et reb i laden",
        "very bad. i decide today i finish my life",
    ],
)
def test_what_blind17_and_blind18_taught_is_acute(message: str) -> None:
    assert assess(message).acute


@pytest.mark.parametrize(
    "message",
    [
        "FCK tabte igen, jeg dør",
        "tager mine 80 mg metadon hver morgen på klinikken",
        "overdosis af julekonfekt i går",
        "slutningen hvor hun springer fra broen var vild",
        "skal have blodprøve, de skal stikke mig kl 8",
        "min søn skød mig med en vandpistol",
        "har taget hele kuren af antibiotika",
        "bedstefar tager jagtgeværet med på jagt i weekenden",
        "hvor er naloxonen opbevaret på herberget?",
        "jeg springer over i aften",
        "har ikke brug for sovepladsen efter i nat",
        "huset ligger ved sporet",
        "det ser helt sort ud med min økonomi",
        "jeg tog ind til byen, så står jeg der kl 3",
        "where is narcan sold in copenhagen",
        "i want to finish my life story book before christmas",
    ],
)
def test_the_everyday_twins_blind17_and_blind18_taught_are_not_acute(message: str) -> None:
    assert assess(message).level != "acute"
