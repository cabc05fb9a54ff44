"""Signs the blind sets 9-12 showed missing, in words written for these tests: the gas and a shut window, a
rope round the neck, being locked in, naloxone wearing off; the quiet dangers a worker wants to know of
soon (a relapse, drinking from the morning, someone not seen for days, a night out in the frost); and the
everyday twins of the same words ("det her vejr slår mig ihjel", a hunter's rifle, a door knocked on)."""

import pytest

from bot.policy.crisis import assess

ACUTE = [
    ("har aabnet for gassen og lukket vinduerne", "suicide"),
    ("turned the gas on and shut all the windows", "suicide"),
    ("sidder med rebet om halsen", "suicide"),
    ("kan ik stoppe blødningen, skar for dybt", "suicide"),
    ("hvis jeg ik har svaret inden kl 6 så er det for sent", "suicide"),
    ("vil du sige til min søn at far elskede ham", "suicide"),
    ("hun er gået ud på skinnerne og toget kommer om 5 min", "suicide"),
    ("han har laast mig inde i kælderen", "violence"),
    ("hun låser mig inde hver nat", "violence"),
    ("gemmer mig under sengen han er fuld og smadrer ting", "violence"),
    ("they dragged her into a car outside the shelter", "violence"),
    ("the ambulance still hasnt come and hes barely breathing", "overdose"),
    ("gav ham naloxon men han falder hen igen", "overdose"),
    ("han har truet mig hele ugen og nu er han på vej herover", "violence"),
    ("de truer mig pga gæld. de står nede i opgangen nu", "violence"),
    ("im scared, my ex is on his way and he said he'd hurt me", "violence"),
    ("han står i stuen nu med kniven", "violence"),
    ("skal ik snakke i morgen, der er ik noget i morgen for mig", "suicide"),
]
WORRYING_AT_LEAST = [
    "startet på kokain igen efter 2 år",
    "back on the crack again",
    "min veninde drikker fra hun står op, 3 flasker vin om dagen",
    "jeg har drukket igen, undskyld",
    "har ikke set min bror i 6 dage han svarer ik",
    "naboen har ik åbnet døren i en uge",
    "min far har ik hentet sin metadon i 4 dage",
    "my neighbour hasnt opened her door in days, her post is piling up",
    "sover ude i parken, fryser helt vildt og er syg",
    "skar mig lidt i går aftes men det er ok nu",
    "mine tanker er så mørke i nat",
    "kan du ringe? det går ik godt i dag",
]
WORRYING_NOT_ACUTE = [
    "min far slog mig i søndags og jeg tør ik tage hjem",
    "he hit me last sunday and said next time he'll kill me",
    "blev slået ned ved stationen i fredags, har stadig ondt",
]
NOT_ACUTE = [
    "det her job slår mig ihjel haha",
    "den her hedebølge slår mig ihjel",
    "kom til at spise hele kagen, jeg dør",
    "hjemmesygeplejersken har talt pillerne op til næste uge",
    "har overdoseret på netflix i weekenden",
    "min morfar går på jagt efter rådyr med sit gevær",
    "han banker på døren hver morgen for at låne sukker",
    "hun har blokeret mig, derfor svarer hun ik",
    "en bus skar ind foran mig på motorvejen, var lige ved at gå galt",
    "min lillebror truede med at stikke mig med en gaffel haha",
    "sover hos min kusine i nat så i behøver ik lede efter mig",
    "gemmer mig fra chefen til julefrokosten",
    # a fifth reader's probes against this round's phrases (written without the corpus)
    "nu er det nu!! eksamen i morgen 🎓",
    "kram til alle, vi ses i aften til festen",
    "tell mum that i loved the cake!",
    "stolen står klar til gæsterne",
    "har nøglen i snoren om halsen så jeg ikke mister den",
    "jeg skærer løg og kan ikke stoppe med at græde",
    "jeg lister ud så han ikke vågner",
    "mor tvinger mig til at blive hjemme og læse lektier",
    "min kat løber efter mig overalt 😍",
    "de smider flasker i containeren ved siden af",
    "kæresten er på vej hjem, er så bange for at hun opdager jeg glemte vores årsdag 😅",
    "der er ik noget arbejde i morgen for mig, fri hele dagen 😎",
]
NOTHING = [
    "min kæreste er på vej hjem med pizza",
    "han kommer hjem nu, vi ses i morgen",
    "vi drikker kaffe igen på torsdag?",
    "min sagsbehandler har ik svaret i tre uger",
    "min sagsbehandler har skiftet, ved du hvem det er nu",
    "drikker 2 flasker vand om dagen",
    "har ik været i fitness i 2 uger pga forkølelse",
    "jeg fryser ihjel her på kontoret, kan i skrue op for varmen",
]


@pytest.mark.parametrize(("message", "kind"), ACUTE)
def test_danger_now_is_acute_and_named(message: str, kind: str) -> None:
    found = assess(message)
    assert found.acute and found.kind == kind, found


@pytest.mark.parametrize("message", WORRYING_AT_LEAST)
def test_quiet_dangers_get_the_numbers_and_the_workers_mark(message: str) -> None:
    assert assess(message).level is not None


@pytest.mark.parametrize("message", WORRYING_NOT_ACUTE)
def test_a_beating_last_weekday_is_worrying_not_happening_now(message: str) -> None:
    found = assess(message)
    assert found.level == "worrying" and "long_ago" in found.signs, found


@pytest.mark.parametrize("message", NOT_ACUTE)
def test_the_everyday_twins_of_the_same_words_raise_no_alarm(message: str) -> None:
    assert not assess(message).acute


@pytest.mark.parametrize("message", NOTHING)
def test_everyday_messages_get_nothing(message: str) -> None:
    assert assess(message).level is None
