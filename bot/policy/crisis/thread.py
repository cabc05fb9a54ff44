"""A short reply read after the worker's question: "ja. i aften" is acute after "har du en plan?" and
nothing after "ses vi?"; "nej" is nothing after "har du taget noget?" and acute after "trækker han vejret?".

The detector reads a message alone (assess.py), and no word list tells those apart: in a running thread a
citizen answers in one to eight words, and the danger is in the question. Workers ask about safety in
plain, standard words, so their questions are a short list here: what each asks about (a kind, or None for
"er du i sikkerhed?"), and which answer means danger (`yes`: "har du en plan?"; `no`: "er du i
sikkerhed?", "trækker han vejret?"). The reply is then read for its answer: a yes, a no, unsure ("ved
ikke", "nogle gange"), or something specific (a time, an amount, "allerede").

Only a reply that the message alone did not make acute is read this way, and it is only ever lifted: the
worker's question never silences what the signs saw. Two exceptions, both where only the model found a
reply worrying: a reply of a few words is nothing after an everyday question ("ses vi til kaffe?" "ja. i
aften"), for the model guessed from three words what the question says; and a safe answer that names where
or why it is safe is nothing after a danger question ("er du i sikkerhed?" "ja. er hos min søster",
`reassures`). A reply that answers nothing recognisable but is
short is worrying, because the worker asked about danger and the answer did not say no: they see it marked
and sorted first. The question's words are never kept in the assessment, only the sign's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

from bot.policy.crisis.phrases import Lexicon
from bot.policy.crisis.signs import (
    ALL_OF,
    BRIDGES,
    COUNTDOWN,
    COUNTDOWN_HALF,
    EDGE,
    NOW,
    PILL_WORDS,
    DangerKind,
)
from bot.policy.crisis.tokens import Words, fold, read, skeleton

Level = Literal["acute", "worrying"]

ANSWERED = "answered_danger_question"  # the reply's answer to the worker's question means danger
UNSURE = "unsure_after_danger_question"  # not a no to a question about danger, nor a plain yes
SHORT_REPLY = 12
"""Words: a longer reply says what it means by itself, and is read alone."""
_BARE_UNSURE = 3  # words: "ved ik", "idk tbh" after "hvordan har du det?" (not "ved ik, er lige vågnet")


@dataclass(frozen=True)
class Question:
    """A kind of question a worker asks about danger, and what each kind of answer to it means: a yes ("ja",
    or a time, an amount, "allerede": `yes`), a no (`no`), unsure or not now ("ved ik", "ikke i aften":
    `unsure`), or none of these (`other`); None: the reply is read alone. `places`: a dangerous place
    named in the reply is acute ("hvor er du?" "lillebæltsbroen"), unless it names what one does there.
    A question counts only where the worker's message also names a danger (`DANGER`): "er din mand hjemme
    til aftensmad?" and "kan du komme ned på kontoret?" are everyday."""

    name: str
    kind: DangerKind | None
    phrases: tuple[str, ...]
    yes: Level | None = None
    no: Level | None = None
    unsure: Level | None = "worrying"
    other: Level | None = None
    places: bool = False
    named: bool = (
        False  # the question names the danger itself ("tænker du stadig på det?"): DANGER not needed
    )
    specific: Level = "acute"  # a time, an amount, "allerede" after a question whose yes means danger
    odd: Level | None = None  # a yes with something wrong in it: "ja men mærkeligt", "meget langsomt"
    doing: bool = False  # a reply that says what one does there is no danger: "ja, vi griller"
    scale: bool = False  # "hvor tæt er du på at gøre det, 0-10?": the number is the answer (`read_scale`)
    days: Level | None = None  # "har du sovet?" "ik i 4 døgn": days without sleep or food
    bad: Level | None = None  # "hvordan har du det?" "dårligt": said to be bad
    everyday: bool = False  # how one is, sleep, food: asked every day, so no question about danger by itself
    mood: bool = False  # "hvordan har du det fra 0-10?": a low number (3 or less) is worrying
    fine_no: bool = False  # a no that says all is fine is none: "skal jeg ringe 112?" "nej det er fint"
    needs: Lexicon | None = None  # what else the message must name ("er det alvor?": a death, `_DEATH_NAMED`)


# fmt: off
# What "kan du stå op?" needs the message to name: a body in trouble ("du lød sløret", "du har taget noget"),
# not "kan du stå op kl 7? vi har en plan"
_BODY = Lexicon([(True, phrase) for phrase in (
    "(sløret|svimmel|slurring|dizzy|overdosis|overdose|od|ambulance*|bevidst*|vejret|breathing|collapsed|fix"
    "|heroin|fentanyl*|ghb|=g|piller*|pills|stoffer|drugs)",
    "((taget noget)|(taken something)|(har taget)|(tog noget)|(faldet om)|(falder om)|(fallen over))",
)])
# What "er det alvor?", "mener du i dag?" and "har du gjort det?" need the message to name: a death
_DEATH_NAMED = Lexicon([(True, phrase) for phrase in (
    "(skrevet|skrev|sagt|sagde|wrote|said|written|sendt|sent) ~2 (farvel|goodbye)",
    "(afsked*|selvmord*|suicid*|(tage dit liv)|(dit eget liv)|(ikke leve)|(ik leve)|(not live)"
    "|(end it)|(ende det)|(slutte det)|dø|die|død|dead|(kill yourself)|(slå dig ihjel)|(alle pillerne)"
    "|(all the pills)|(gøre det)|(do it))",
)])
# What "har du dem stadig?" needs the message to name: a means kept ("du har sparet piller op"), not letters
_KEPT_NAMED = Lexicon([(True, phrase) for phrase in (
    "(piller|pillerne|pills|reb|rebet|rope|barberblad*|razor*|løkke*|noose|gevær*|riffel|riflen|gun|rifle"
    "|pistol*|sovepiller*|tabletter*|tablets)",
)])
# fmt: on
YOU = "(du|dig|han|hun|de|=u|you|he|she|they)"
CAN_YOU = "((kan du)|(ka du)|(ku du)|(kunne du)|(vil du))"  # asking one to step back, put away, promise
MEANS = (  # what a worker asks to have put away (choices, to go inside brackets)
    "rebet|pillerne|kniven|barberbladene|bladene|løkken|reb|piller|(the rope)|(the pills)|(the knife)"
    "|(the razors)|(the blades)|razors|blades|them|dem"
)
HELD = (  # what one holds, without the pronouns of MEANS ("are you with them now?")
    "rebet|pillerne|kniven|barberbladene|bladene|løkken|(the rope)|(the pills)|(the knife)|(the razors)"
    "|(the blades)"
)
KEPT = (  # "har du dem stadig?": what one keeps for later (not a knife, which every kitchen has)
    "rebet|pillerne|barberbladene|løkken|(the rope)|(the pills)|(the razors)|(the blades)"
)
TAKEN_WHAT = (
    "(noget|nogen|nogle|(for meget)|(for mange)|flere|mere|(det hele)|(dem alle)|(mere end)|(en overdosis)"
    "|(en od))"
)
# fmt: off
ASKED_ABOUT: tuple[Question, ...] = (
    Question("thoughts", "suicide", (
        "(tage|ta) (dit|dit eget) liv",
        "(tanker|tænker|tænkt|overvejer|overvejet|lyst) ~6 (selvmord|dø|død|livet|liv|leve|ihjel|ende|slut"
        "|(gøre det)|skade|skære|cutte|hoppe|springe|forsvinde|(gøre dig selv noget)|(gøre dig noget))",
        "selvmordstanker|selvmordstanke|selvmordstankerne",
        "har du ~2 (en plan)",
        "(tænkt dig|tænker du) ~2 ((gå ud i vandet)|(gå i vandet)|(springe ud)|(hoppe ud))",
        "(ved du|(har du tænkt over)|(har du tænkt på)) ~2 (hvordan|hvorhen|hvornår)",
        "(vil|ønsker) du ~2 (dø|(være død)|(ikke leve)|(ikke være her))",
        "har du (noget|det|pillerne|rebet|kniven) ~2 (klar|liggende|derhjemme|(på dig)|(ved dig))",
        # (not the knife: "har du stadig kniven?" "ja, til rugbrød")
        "((har du stadig)|(har du endnu)|(do you still have)|(have you still got)|(you still have)) ~2"
        " (rebet|pillerne|piller|reb|(the rope)|(the pills)|(a rope)|pills|rope|gevær*|jagtgevær*|geværet"
        "|riflen|riffel|pistolen|(the gun)|(the rifle)|gun|rifle|shotgun|barberbladene|(the razors)"
        "|(the blades)|razors)",
        "((har du)|(do you have)|(have you got)) ~1 (" + KEPT + ") ~1 (stadig|still)",
        "(tænker|tænkt|overvejer) ~3 (følge efter) ~1 (ham|hende)",
        "(gør|gøre) du det ~2 (i aften|i nat|nu|snart)",
        "(vil du) (gøre det) ~2 ((i aften)|(i nat)|nu|snart)",
        "((er det)|(is it)|(was it)) ~3 (broen|*broen|bridge|taget|roof|toget|train|sporet|tracks|pillerne"
        "|pills|rebet|rope|vandet|water|havnen|harbour|(i aften)|(i nat)|tonight|nu|now) ~4 ((du tænker på)"
        "|(du tænker)"
        "|(du har tænkt)|(you re thinking)|(youre thinking)|(you are thinking)|(you ve been thinking))",
        "mener du det ~1 (alvorligt|seriøst)?",
        "(thinking|thought|thoughts|considering|(feel like)) ~4 (suicide|(killing yourself)|(kill yourself)"
        "|ending|(end it)|(end your life)|dying|die)",
        "suicidal",
        "(do|did) you ~2 ((have a plan)|plan|(want to die)|(wanna die)|(mean it))",
        "((have you got)|(do you have)|got) ~2 ((the pills)|(a rope)|(a knife)|anything|(the stuff)) ~2"
        " (there|(with you)|ready|(on you))",
        "(how|when|where) ~3 ((would you)|(will you)|(are you going to)|(r u gonna)|(are you planning))",
        "(how|when|where) ~2 ((are you thinking)|(r u thinking)) (of|about) ((doing it)|it|(ending it)"
        "|(going through))",
    ), yes="acute", other="worrying"),
    Question("when_act", "suicide", (  # not "hvornår har du tænkt dig at tage dem?" after "husk dine piller"
        "(hvornår|hvornaar|hvordan|hvorhen|when|how|where) ~2 ((har du tænkt dig)|(tænker du)|(tænkte du)"
        "|(planlægger du)|(are you planning)|(were you planning)) ~2 ((gøre det)|(tage dem)|(tage pillerne)"
        "|(tage dit liv)|springe|hoppe|(do it)|(take them)|(take the pills)|jump|(end it)|(ende det))",
    ), yes="acute", other="worrying"),
    Question("confirm", "suicide", (  # "du skrev farvel på facebook. er det alvor?"
        "((har du gjort det)|(er du ved at gøre det)|(have you done it)|(did you do it)|(are you doing it))",
        "((er det)|(mener du det)|(is it)|(do you mean it)) ~1 (alvor|alvorligt|seriøst|serious|real"
        "|(for real))",
        "((mener du)|(do you mean)) ~2 ((i dag)|(i aften)|(i nat)|nu|today|tonight|(right now)|(lige nu)"
        "|now)",
    ), yes="acute", other="worrying", named=True, needs=_DEATH_NAMED),
    Question("harmed", "suicide", (
        "(har|gør) du ~2 (skadet|skåret|cuttet|(gjort skade på)|skære|cutte|skade) ~2 (dig|(dig selv))",
        "har du ~1 (cuttet|skåret|skadet) ~2 (igen|(i dag)|(i nat)|(i går))",
        "(have|did) you ~2 (hurt|harmed|cut) ~1 yourself",
        "((have you)|(did you)) ~1 (cut|cutting)",
        "(when was the last time you) (cut|(hurt yourself)|(harmed yourself))",
        "(hvornår|(hvor tit)) ~3 (skar|skåret|cuttede|cuttet)",
        "((har du)|(have you)|(are you)) ~2 (brugt|taget|drukket|used|using|drinking|relapsed|mixing) ~1"
        " (igen|again|stadig|still)",
        "(drikker|ryger|bruger|tager) du ~2 (stadig|igen|mere)",
        "blander du|(are you mixing)",
        "((how s)|(how is)|(hvordan går det med)) ~1 ((the drinking)|drikkeriet|druk|drukket|brugen"
        "|(the using)"
        "|(your drinking)|(your using))",
        "((planer om)|(plans to)|(planning to)|(tænker du på)|(thinking of)|(going to)|(gonna)) ~2 (bruge"
        "|bruger|drikke|use|using|drink|score|ryge) ~1 (igen|again|(i aften)|tonight|(i weekenden))",
        "(er|bliver) det ~1 (værre|slemmere)",
        "((is it)|its) ~1 (getting worse)",
    ), yes="worrying", other="worrying", specific="worrying"),
    Question("thoughts_again", "suicide", (
        "((har du stadig)|(har du haft)|stadig) ~1 (tanker|tankerne)",
        "(tanker|tankerne) ~2 ((i dag)|igen|stadig|tilbage)",
        "((tænker du)|(are you thinking)) ~2 (stadig|still) ~2 ((på det)|(about it)|(om det))",
        "((are the thoughts)|(er tankerne)) ~1 (back|tilbage)",
    ), yes="worrying", other="worrying", named=True),
    Question("in_danger", None, (
        "er du ~1 (i fare)",
        "((are you)|(r u)) ~1 (in danger)",
    ), yes="acute", other="worrying"),
    Question("where", "suicide", ("hvor er du", "where (are you|r u|ru)", "((where you are)|(hvor du er))"),
             unsure=None, places=True),  # needs
    # no danger named: the place in the reply is the danger ("lillebæltsbroen"), unless it says what one does
    Question("wellbeing", None, (
        "(er du|are you|r u) ~1 (ok|okay|oki|okej|alright|(all right))",
        "(har du det) ~1 (ok|okay|oki|okej)",
        "((ser du)|(kan du se)) ~2 ((en udvej)|(nogen udvej)|lys|(en vej))",
    ), no="worrying"),
    Question("want_live", "suicide", (  # a no to wanting to live
        "((har du lyst til at leve)|(vil du gerne leve)|(do you feel like living)|(do you want to live))",
    ), no="worrying", named=True),
    Question("call_help", None, (  # "må jeg ringe 112 for dig?" "nej lad mig bare gå": refusing help
        "((må jeg)|(skal jeg)|(kan jeg)|(can i)|(shall i)|(may i)) ~2 (ringe|ring|call) ~2 (112|ambulance*"
        "|(en ambulance)|(an ambulance)|(for help))",
        "(låse|lukke|unlock|open) ~2 (døren|op|(the door)) ~4 (ambulance*|ambulancefolkene|politiet"
        "|paramedics"
        "|(the police))",
    ), no="acute", named=True, fine_no=True),
    Question("alive", "suicide", (
        "tror du (du|(at du)) ~2 (er|bliver|klarer|kan) ~3 ((i morgen)|(i nat)|natten|her|(i live))",
        "(vil du være|er du|bliver du) ~2 (i live)",
        "(vil du være) (her|der) ~1 (i morgen)",
        "((will you be)|(are you going to be)) (here|around|alive) ~1 tomorrow",
        "((kan du)|(tror du du kan)|(vil du)) ~3 ((holde dig)|(passe på dig selv)) ~2 ((i live)|(i sikkerhed)"
        "|sikker|safe)",
        CAN_YOU + " ~2 ((gå væk fra)|(træde væk)|(komme ned)|(skille dig af med))",
        CAN_YOU + " ~2 ((passe på dig selv)|(passe godt på dig selv)) ~3 (til|indtil|until)",
        "((can you)|(will you)|(could you)) ~2 ((take care of yourself)|(look after yourself)|(keep safe)) ~3"
        " (till|until)",
        CAN_YOU + " ~2 (lægge|smide|give|aflevere|gemme) ~2 (" + MEANS + "|(fra dig)|væk)",
        CAN_YOU + " ~2 (love|lover) ~4 (vente|wait)",
        "((will you)|(can you)) ~1 (wait) ~2 ((for me)|(till i)|(until i))",
        "((give me)|(nævne)|(name)|(think of)|(sige)) ~3 ((one reason)|(én ting)|(en ting)|(en grund)"
        "|(one thing)"
        "|(a reason)) ~6 ((hold on)|vente|wait|leve|live|(holde ud)|(keep going)|tomorrow|(i morgen))",
        CAN_YOU + " ~2 ((klare dig)) ~3 (til|indtil|until)",
        CAN_YOU + " ~2 (love|lover) ~4 (ikke|ik|ikk|(at passe på)|(at ringe)|(i live)|(være her)"
        "|(i sikkerhed))",
        CAN_YOU + " ~1 (gå|træde|komme|flytte) ~2 (væk|ned|tilbage) ~1 (fra)",
        CAN_YOU + " ~1 (tage|ta|få|fjerne|gemme|smide) ~1 (" + MEANS + ")",
        "((did you)|(have you)|(fik du)|(har du)) ~1 ((get rid of)|(got rid of)|(throw away)|(thrown away)"
        "|(threw away)|afleveret|smidt|(skilt dig af med)|fjernet|gemt) ~2 (" + MEANS + ")",
        "((can you)|(will you)|(could you)|(would you)) ~2 ((stay safe)|(keep yourself safe)"
        "|(be here tomorrow)|(be around)|promise|(get rid of)|(put down)|(put the)|(step away)|(step back)"
        "|(come down)|(get down)|(throw away)|give)",
    ), no="acute", other="worrying"),
    Question("taken", "overdose", (
        "har " + YOU + " ~1 (taget|tat|slugt|indtaget|sniffet|røget|fixet|skudt) ~1 " + TAKEN_WHAT,
        "(tog|slugte) " + YOU + " ~1 " + TAKEN_WHAT,
        "((hvad)|(hvor meget)|(hvor mange)|hvilke) ~3 " + YOU + " ~2 (taget|tat|slugt|indtaget|sniffet"
        "|røget|fixet|skudt|drukket)",
        "((hvor meget)|(hvor mange)) ~3 (taget|tat|piller|(af dem))",
        "(er det mere end) ~3 (normalt|plejer|ordineret)",
        "har " + YOU + " ~1 fået ~1 (for meget|for mange)",
        "(have|has|did) " + YOU + " ~1 (taken|take|took|had|swallowed|swallow|used|use|injected|smoked) ~1"
        " (anything|something|(too much)|(too many)|more|(them all)|(all of them)|(an overdose))",
        "(what|(how much)|(how many)|which) ~3 (have|has|did) " + YOU + " ~2 (taken|take|took|had|used"
        "|use|swallowed|swallow|smoked|injected)",
        "(is it more than) ~3 (usual|normal|prescribed)",
        "((hvor meget)|(hvor mange)|(how much)|(how many)) ~1 (did you)",
        "(du|you) ~2 (har|have|had|=ve|skrev) ~2 (taget|tat|slugt|taken|swallowed|used|brugt"
        "|took) ~1 (noget|nogle"
        "|nogen|some|something|(for meget)|(too much)|(too many)|(for mange)|piller|pills)",
        "(you|du) (took|tog|slugte|swallowed|used) ~1 (some|something|noget|nogle|nogen|pills|piller"
        "|(too many)|(too much)|(for mange)|(for meget))",
        "((er det)|(is it)"
        "|(was it)) ~2 (" + PILL_WORDS + "|stoffer|drugs) ~2 ((du har taget)|(du tog)|(you ve taken)"
        "|(you took)|(you have taken))",
        "(hvornår|hvornaar|when) ~3 (tog|took|taget|tat|slugte|swallowed|(did you take)|(did you have))"
        " ~2 (dem|them|it|det|pillerne|(the pills)|stoffet|(the stuff))",
    ), yes="acute", other="worrying"),
    Question("amount", "overdose", (  # "hvor mange stesolid?" names the danger itself
        "((hvor meget)|(hvor mange)|(how much)|(how many)) ~1 (" + PILL_WORDS + "|fentanyl|fent|heroin"
        "|metadon|methadone|oxy|morfin|morphine|ghb|=g|plaster|patches)",
    ), yes="acute", other="worrying", named=True),
    Question("harming_now", "suicide", (
        "(skærer|cutter|skader|brænder) du ~2 (dig|(dig selv)|(i dig))",
        "(cutter|cutting) du ~1 ((lige nu)|nu|igen)",
        "((are you)|(r u)) ~1 (cutting|(hurting yourself)|(harming yourself))",
    ), yes="acute", other="worrying", named=True),
    Question("how_close", "suicide", (
        "((hvor tæt)|(hvor langt)|(how close)|(how far)) ~1 ((er du)|(står du)|(sidder du)|(are you)|(r u))"
        " ~3 (kanten|(the edge)|sporet|skinnerne|(the tracks))",
    ), yes="acute", other="worrying", named=True),
    Question("still_there", "suicide", (  # the place is a danger word, so the message names one (DANGER)
        "((er du)|(are you)|(r u)|(står du)|(sidder du)) ~1 (stadig|still|nu|now) ~2 (på|paa|ved|oppe|on|at"
        "|by|near)"
        " ~2 (broen|bridge|kanten|edge|sporet|skinnerne|tracks|taget|roof|vandet|water|havnen|fjorden|søen"
        "|åen|kanalen|kajen|harbour|sea|lake|river)",
        "((er du)|(are you)) (oppe|up) (på|on) (taget|(the roof)|broen|(the bridge))",
        # a bridge by name counts where the message names a danger too ("du skrev du ville springe. er du
        # stadig på langebro?"), not in "jeg kommer med kaffe. er du stadig ved knippelsbro?"
        "((er du)|(are you)|(r u)|(står du)|(sidder du)) ~1 (stadig|still|nu|now) ~2 (på|paa|ved|on|at|by) ("
        + BRIDGES + ")",
        "((er du)|(are you)|(r u)|(står du)|(sidder du)) ~1 (oppe|ude|nede|up|out|down) ~1 (på|paa|ved|on|at"
        "|by) ~2 (broen|bridge|kanten|edge|sporet|sporene|skinnerne|tracks|taget|roof|vandet|water|havnen"
        "|fjorden|søen|åen|kanalen|kajen|harbour|sea|lake|river) ~2 (igen|again)",
    ), yes="acute", other="worrying", doing=True),
    Question("holding", "suicide", (  # "sidder du stadig med kniven?", "holder du kniven?": the means in hand
        "(er|is|hænger) (" + HELD + ") ~1 (stadig|still) ~2 ((ved dig)|(hos dig)|(with you)|(on you)"
        "|(i hånden)"
        "|(in your hand)|(i skuret)|(i laden)|oppe|up)",
        "((holder du)|(are you holding)|(r u holding)) ~2 (" + HELD + "|kniv)",
        "((sidder du)|(står du)|(er du)|(are you)|(r u)|(ligger du)) ~2 (med|with"
        "|holding) ~2 (" + HELD + "|kniv|(a knife)|gevær*|geværet|(the gun)|(a gun)|pistolen)",
        "((holder du)|(are you holding)|(r u holding)|(har du)|(sidder du med)"
        "|(står du med)) ~2 (" + HELD + "|kniv) ~1 ((i hånden)|(in your hand))",
        "(er|is|hænger) (" + HELD + ") ~1 (stadig|still) ~3 (der|there|her|here|hjemme|(at home)"
        "|(i lejligheden)|(in the flat)|(i huset)|(in the house)|(på badeværelset)|(in the bathroom))",
    ), yes="acute", other="worrying"),
    Question("still_have", "suicide", (  # "du har sparet piller op. har du dem stadig?" "ja"
        "((har du)|(do you have)|(have you got)) ~1 (dem|them|den|it) ~1 (stadig|still)",
        "((har du)|(do you)) ~1 (stadig|still) ~1 (dem|them)",
        "(do you) (still) (have) (them)",
    ), yes="acute", other=None, needs=_KEPT_NAMED),
    Question("scale", "suicide", (  # how close to the act, how strong the thoughts: on a scale, `_SCALE_MARK`
        "((hvor tæt)|(how close)|(how near)) ~4 ((at gøre det)|(gøre det)|(at gøre noget)|(gøre noget ved)"
        "|(tage dit liv)|(skade dig)|(at handle)|(handle på)|(acting on)|(act on)|(doing it)|(do it)"
        "|(doing something)|(hurting yourself)|(harming yourself)|(killing yourself)|(ending it)|(end it)"
        "|(at springe)|(at hoppe)|(tage pillerne)|(at bruge)|(at drikke)|using|drinking)",
        "((hvor stærk)|(hvor stærke)|(hvor slemme)|(hvor slemt)|(hvor høj)|(how strong)|(how bad)"
        "|(how intense)|(how high)) ~3 (tanker|tankerne|trang|trangen|lysten|thoughts|urge|urges)",
    ), yes="acute", other="worrying", scale=True),
    Question("other_there", "violence", (
        "(er|står|sidder) (han|hun|de|manden|kæresten|(din kæreste)|(din far)|(din mand)) ~2 (der|hjemme|ude"
        "|udenfor|inde) ~2 (nu|stadig|endnu)",
        "(er|står|sidder) (han|hun|de|manden|kæresten|(din kæreste)|(din far)|(din mand)) (der|hjemme"
        "|udenfor)",
        "(er|står|sidder) (han|hun|de|manden|kæresten|(din kæreste)|(din far)|(din mand)) ~1 (stadig|endnu"
        "|nu) ~1 (der|hjemme|ude|udenfor|inde|(i lejligheden)|(i huset)|(hos dig)|(i nærheden)|(i opgangen))",
        "(slår|truer|truede|slog|skader|forfølger|jagter) (han|hun|de) ~2 (dig|jer|nogen)",
        "har (han|hun|de) ~2 (slået|truet|skadet|skåret|stukket|kvalt) ~2 (dig|jer)",
        "har (han|hun|de) ~2 ((en kniv)|kniv|kniven|våben|våbnet|(et våben)|pistol|pistolen|(en pistol)"
        "|hammeren|(en hammer)|balltræet|boltsaksen)",
        "er du bange for ~2 (ham|hende|dem)",
        "(har|has) (han|hun|de|he|she|they) ~2 (noget|something|anything) ~2 ((i hænderne)|(i hånden)"
        "|(in his hands)"
        "|(in his hand)|(in her hand))",
        "(følger|forfølger|follows|following|chasing) (han|hun|de|he|she|they) ~2 (stadig|still|efter|after)"
        " ~2 (dig|you|efter)",
        "((er det)|(is it)|(is that)) ~1 (din|your|han|hun|him|her) ~2 (ekskæreste*|eks|ex|kæreste|kæresten"
        "|mand|husband|boyfriend|far|dad|bror|brother|ekskæresten) ~4 ((der står)|(der sidder)|(der banker)"
        "|(who s)|whos|(who is)|outside|udenfor|(ved døren)|(at the door)|(på gaden)|(nede på gaden))",
        "(is|are) (he|she|they|(your partner)|(your boyfriend)|(your husband)|(your dad)) ~2 (there|home"
        "|outside|(still there)|(with you)|(in the house))",
        "(is|are|did|has|have) (he|she|they) ~2 (hitting|hit|hurting|hurt|threatening|threatened|choking"
        "|choked|beaten|beat) ~1 (you|anyone)",
        "(has|does) (he|she|they) ~2 ((a knife)|(a weapon)|(a gun)|(got a knife)|(the knife)|(the gun)"
        "|(the hammer))",
        "(are you) (scared|afraid) of ~1 (him|her|them)",
    ), yes="acute", other="worrying"),
    Question("harm_other", "violence", (  # "har du stadig lyst til at gøre Morten noget?" (not "noget sjovt")
        "((lyst til)|(tænker du på)|(overvejer du)|(planer om)|(vil du)) ~2 gøre _ (noget|fortræd|ondt"
        "|skade)",
        "((lyst til)|(tænker du på)|(overvejer du)|(thinking about)|(thinking of)|(want to)|(wanna)"
        "|(planer om))"
        " ~2 (skade|slå|dræbe|stikke|hurt|hit|kill|stab|tæve|banke) ~1 (ham|hende|him|her|them|dem|nogen"
        "|someone)",
    ), yes="acute", other="worrying", named=True),
    Question("how_are_you", None, (  # "hvordan har du det?" "ved ik": said as it is, worrying
        "((har du det bedre)|(any better)|(feeling better))",
        "((hvordan har du det)|(hvordan har du haft det)|(how are you)|(how r u)|(how are u)"
        "|(how are you doing)|(how you doing)|(how are you feeling)|(how have you been))",
    ), unsure="worrying", named=True, bad="worrying", everyday=True),
    Question("mood", None, (  # how one is on a scale, 10 good: "hvordan har du det fra 0-10?" "3"
        "((hvordan har du det)|(hvordan er dit humør)|(hvordan er humøret)|(how are you feeling)"
        "|(how are you)"
        "|(how is your mood)|(how s your mood)) ~4 (0|1|skala|scale|nul|zero)",
    ), unsure=None, named=True, everyday=True, mood=True),
    Question("without", None, (  # "har du sovet?" "ik i 4 døgn"; "har du spist?" "ik siden tirsdag"
        "((har du fået sovet)|(har du sovet)|(sover du)|(får du sovet)|(have you slept)|(did you sleep)"
        "|(are you sleeping)|(have you been sleeping)|(har du spist)|(har du fået spist)|(får du spist)"
        "|(spiser du)|(are you eating)|(have you eaten)|(did you eat))",
    ), unsure=None, named=True, days="worrying", everyday=True),
    Question("safe", None, (
        "er du ~2 ((i sikkerhed)|tryg|(et trygt sted)|(et sikkert sted))",
        "(kan|tør) du ~2 (komme|slippe) ~2 (væk|derfra|(i sikkerhed))",
        "((are you)|(r u)|you) ~2 (safe|(somewhere safe)|(in a safe place))",
        "(can you) ~2 (get|go) ~2 (away|(somewhere safe)|(to safety))",
    ), no="acute"),
    Question("stand", "overdose", (  # "du lød sløret. kan du stå op?" "nej": a body that does not obey
        "((kan du)|(can you)|(kan han)|(can he)|(kan hun)|(can she)) ~1 ((stå op)|(rejse dig)|(stand up)"
        "|(get up)"
        "|(komme op))",
    ), no="acute", other="worrying", needs=_BODY),
    Question("breathing", "overdose", (
        "((kan du)|(can you)) ~1 ((trække vejret)|breathe|(få luft)|(get air))",
        "(trækker|ånder) (han|hun|de|personen|(din ven)|(din kæreste)) ~2 (vejret|nu|stadig)",
        "(ånder|reagerer) (han|hun|de|personen)",
        "(om|if|whether) (han|hun|de|personen|he|she|they) ((trækker vejret)|ånder|breathes"
        "|(is breathing)|(are breathing))",
        "(er|kan) (han|hun|de|personen) ~2 (vågen|vågne|(ved bevidsthed)|vækkes|kontaktbar)",
        "(kan du) ~2 (mærke|finde) ~2 (puls|pulsen|vejrtrækning)",
        "(er|bliver) (hans|hendes) ~1 (læber|læberne) ~1 (blå|blåe)",
        "(is|are) (he|she|they) ~2 (breathing|awake|conscious|responding|(waking up))",
        "(kan|kunne) du ~2 (vække|(få liv i)|(få kontakt til)|(få kontakt med)) ~1 (ham|hende|dem|personen)",
        "((can you)|(can u)|(could you)) ~2 (wake|rouse) ~1 (him|her|them)",
        "((can you)|(can u)) ~2 (feel|find) ~2 (a pulse|pulse)",
        "(does|do|did) (he|she|they) ~2 (respond|wake|breathe)",
    ), no="acute", unsure="acute", other="worrying", odd="acute"),
)
FOLLOW_UP = Question("follow_up", None, (), yes="acute", other="worrying")
"""A bare "hvornår?" after the worker named a danger without asking ("du skrev at du ikke vil leve mere.
hvornår?"): a time or a yes in reply is acute, "ved ik" worrying; its kind is the worker's message's."""
_QUESTIONS = Lexicon([(question, phrase) for question in ASKED_ABOUT for phrase in question.phrases])
# A scale named in the message: "på en skala fra 0 til 10", "hvis 0 er slet ikke og 10 er lige nu", "(0-10)"
_SCALE_MARK = Lexicon([(True, "(skala|skalaen|scale)"), (True, "(0|1|nul|zero|one) ~6 (10|ti|ten)")])
# What a worker's message must name for a question in it to be about danger.
DANGER = Lexicon([(True, phrase) for phrase in (
    "((være her)|(er her)|(be here)|(be around)) ~1 ((i morgen)|tomorrow)",
    "((er du)|(are you)|(r u)) ~1 (ok|okay|oki|okej|alright|udvej)",
    "(selvmord*|suicid*|kill*|liv|livet|live|dø|død|(i live)|alive|die|dying|ihjel|skade|skadet|skåret|cuttet"
    "|hurt|harm*|cut|plan|planen|tanker|tankerne|thoughts|(gøre det)|(gør det)|(end it)|(do it)|(doing it)"
    "|sikkerhed|tryg|safe|razors|razor|blades|barberblade*|barberbladene"
    "|safety|fare|danger|bekymret|worried|(bange for dig)|life|(your life)|(tænker du)|(tænkt dig)"
    "|(acting on it)|(act on it)|(handle på det)|(handle på tankerne)|(følger efter)|forfølger"
    "|(following you)"
    "|(passe på dig selv)|(keep safe)|(keep yourself safe)|(stay safe)|(hold on till)|(hold on until)"
    "|(vente til i morgen)|(noget i hænderne)|(something in his hands)|(anything in his hands)|drikkeriet"
    "|(the drinking)|(your drinking)|sløret|svimmel|slurring|dizzy"
    "|(gøre dig selv noget)|(gør noget dumt)|(gøre noget dumt)|(gør noget i nat)|(gøre noget i nat)"
    "|(gøre dig noget)|(noget ved dig selv))",
    "(følger|forfølger|follows|following) ~3 (efter|after)",
    "(har du det) ~1 (ok|okay|oki|okej)",
    "(ikke|ik|ikk|not|(dont want to)|(don t want to)) ~3 (leve|live)",  # not "har du lyst til at leve?"
    "(what|hvad|(how many)|(how much)|(hvor mange)|(hvor meget)) ~3 (take|took|taget|tog|tat|taken)",
    "(kniv*|knife|piller*|pills|reb*|rope|broen|*broen|bridge|kanten|edge|sporet|sporene|skinnerne|tracks"
    "|altan*"
    "|balcony|taget|roof|vandet|water|havnen|fjorden|søen|åen|kanalen|kajen|harbour|sea|lake|river|gas*|💊)",
    "(taget|tat|taken|took|take|slugt|swallowed|tog|fået) ~1 (noget|nogen|nogle|mere|(for meget)|(for mange)"
    "|anything|something|(too much)|more|dem|them|det)",
    "(vejret|vejrtrækning|puls|pulsen|pulse|bevidst*|conscious|breathing|breathe|vække|læber|lips|blå|blue"
    "|overdosis|overdose|od|stof|stoffer|drugs|mixing|blander|cutte|cutter|cuttet|(brugt igen)|(used again))",
    "(drikker|bruger|ryger|tager|drinking|using|bruge|drikke|use|drink) ~2 (stadig|igen|still|again)",
    "(slår|slog|slået|truer|truet|vold|voldelig|violent|violence|hit|hitting|hurting|threat*|bange|scared"
    "|afraid|kniv|knife|våben|weapon)",
    "(ikke|ik|not|(won t)|wont) ~1 ((gør noget)|(gøre noget)|(do anything)|(do something))",
    "((kan ikke mere)|(ikke kan mere)|(ik kan mere)|(kan ik mer)|(ik ka mer)|(can t go on)|(cant go on))",
    "((et sikkert sted)|(et trygt sted)|(somewhere safe)|(a safe place))",
)])
_EVERYDAY_FROM = 4  # words
_IF = frozenset({"hvis", "if", "when", "når", "whenever"})  # "ring hvis du får tanker om selvmord": advice
# "hvad har du taget med til turen?" asks what was packed, not what was swallowed
_BROUGHT = Lexicon([(True, "(taget|tat|tage|took|take|taken) (med|along|(with you))")])
# "hvor mange piller har du tilbage?" asks what is left, "hvor meget metadon er du på?" the daily dose, "how
# many tablets did the doctor say?" the prescription: a question about pills that names no taking (`_TAKING`)
_STOCK = Lexicon([(True, phrase) for phrase in (
    "(left|tilbage|dosette*|dosisæske*|doseringsæske*|pilleæske*|(pill box)|(pill organiser))",
    "((er du på)|(are you on)|(får du)|(do you get)|(om dagen)|(a day)|(per day)|daily|dagligt|hentede|hentet"
    "|(picked up)|(pick up)|collected|lægen|doctor|ordineret|prescribed|(skal du tage)|(should you take)"
    "|(supposed to)|(skal du)|(do you need)|(må man)|(can you take)|(er der i)|(in a pack)|(for the trip)"
    "|(til turen))",
    "(apotek*|apoteket|pharmacy)",
)])

# "du skrev du har taget nogle piller mod hovedpinen. hjælper de?": a remedy, taken as meant
_REMEDY = Lexicon([(True, phrase) for phrase in (
    "(mod|for|against) ~2 (hovedpine*|smerter*|smerterne|pain|headache|feber|fever|tandpine|ondt"
    "|forkølelse*)",
    "((hjælper de)|(hjælper det)|(hjælper pillerne)|(do they help)|(did they help)|(did it help))",
)])

_TAKING = Lexicon(
    [(True, "(taget|tat|tog|slugt|slugte|took|taken|swallowed|(did you take)|(have you taken))")]
)

_YES, _NO, _UNSURE, _SPECIFIC = "yes", "no", "unsure", "specific"
_NOT_NOW, _NOT_REALLY, _PLACE, _FINE, _ODD, _DOING = "not now", "not really", "place", "fine", "odd", "doing"
_ARRIVING, _LAST, _BAD, _DAYS = "arriving", "last", "bad", "days"
_EXCUSED, _AMOUNT, _DARE = "excused", "amount", "dare"  # a cold or a laugh; eight or more, a dose; "tør"
_OPENING = 3  # words: an answer found this early is what the reply opens with
_KINDS = frozenset({_NOT_REALLY, _UNSURE, _YES, _NO})  # the answers; the earliest, and longest there, counts
_ANSWERS = Lexicon(
    [(_YES, word) for word in (
        "ja jah jaa jo joo jep jeps jup yes yess yeah yea yep yup =ya =ye =yh mhm mm desværre unfortunately "
        "selvfølgelig obviously 👍"
    ).split()]
    + [(_YES, phrase) for phrase in (
        "((det har jeg)|(har jeg)|(det er han)|(det er hun)|(det gør jeg)|(gør jeg)|(i do)|(i have))",
        "((det lover jeg)|(jeg lover)|(i promise)|(godt love)|(kan godt love))",  # (not "… ikke": a no)
        "((he is)|(she is))",
        "((he has)|(she has)|(what do you think)|(hvad tror du)|(det kan du tro))",
        "((her endnu)|(stadig her)|(still here)|(sidder her)|(står her)|(er her stadig))",
        "((mere end nogensinde)|(more than ever))",
        "((in my hand)|(i hånden)|(i min hånd)|(i skødet)|(in my lap))",
        "((ved at gøre det)|(gjort det)|(done it)|(doing it)|(i gang med det)|(gør det nu))",
    )]
    + [(_NO, word) for word in (
        "nej nejj næ næh nope =no nah naa ikke ik ikk not never aldrig nix 👎 havent hasnt didnt"
    ).split()]
    + [(_NO, phrase) for phrase in (
        "((slet ikke)|(not at all)|(det er jeg ikke)|(det er jeg ik)|(det gør jeg ikke)|(det gør jeg ik))",
        "((overhovedet ikke)|(overhovedet ik))",
        "((langt fra)|hardly|(probably not)|(det tror jeg ikke)|(tror det ikke)|(tror ikke)|(det tror jeg ik)"
        "|(tror jeg ik)|(tror det ik)|(tror ik))",
        "((det kan jeg ikke)|(det kan jeg ik))",
        "((kan jeg ikke)|(kan jeg ik))",
        "(kan|cant|(kan ikke)|(kan ik)|(can t)) ~1 (love|promise)",
        "((det lover jeg)|(jeg lover)|lover|(i promise)|promise) ~1 (ikke|ik|intet|nothing|not|aldrig|never)",
        "(cant|(can t)|(kan ikke)|(kan ik)) ~1 (sorry|undskyld|soz|sry)",
        "((haven t)|(hasn t)|(didn t)|(har ik)|(har ikke))",
    )]
    + [(_UNSURE, phrase) for phrase in (
        "((ved ikke)|(ved ik)|(ved ikk)|(ved det ik)|(ved det ikke)|(ved jeg ikke)|(ved jeg ik)|idk|dunno)",
        "((i dont know)|(not sure)|(ikke sikker)|måske|maaske|maybe|lidt|(a bit)|kinda|(sort of))",
        "((nogle gange)|(nogen gange)|sometimes|(af og til)|(tænkt på det)|(thought about it)|hmm|🤷)",
        "((tror det)|(tror jeg)|(i think so)|probably|(for det meste)|mest|mostly)",
        "((hvis jeg)|(if im)|(if i m))",
        "((ik ved det)|(ikke ved det)|(ikk ved det)|(ik ved)|(don t know)|(dont know))",
    )]
    + [(_NOT_REALLY, "(ikke|ik|not|no|nej) ~1 (helt|rigtig|rigtigt|really|quite|totally|særlig|sure)")]
    + [(_SPECIFIC, phrase) for phrase in (
        NOW, COUNTDOWN, COUNTDOWN_HALF, ALL_OF, "#many", "#dose",
        "(allerede|already|(længe siden)|(a while ago))",
        "(alle|all|everything|alt|hele|heleglasset|halvdelen|half) ~2 (sammen|(of them)|dem|pakken|glasset"
        "|æsken|bottle|pack|box)",
        "(kl|klokken|(at midnight)|midnat)",
        "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday"
        "|saturday|sunday|weekenden|weekend)",
        "((en del)|mange|alt|resten|everything|(a lot)|(the lot)|lots|(det hele))",
        "((når mor)|(når far)|(når de)|(når alle)|(when mum)|(when everyone)) ~3 (sover|seng|går|gone|asleep"
        "|bed)",
        "(når|nar|naar|when|till|until|til) ~3 (sover|seng|asleep|bed|mørkt|dark|(gået i seng)|(gone to bed)"
        "|(falder i søvn))",
        "(efter|after) (12|midnat|midnight|(kl 12)|(klokken 12)|mørkets|dark)",
        "(after|efter|når|when|once) ~3 (leaves|går|gået|gone|left|asleep|(kommer hjem)|(gets home)"
        "|(er gået))",
        "(at|kl) (1|2|3|4|5|6|7|8|9|10|11|12|midnight)",
        "(fentanyl*|=fent|heroin|oxy*|ghb|=g|benzo*|xanax|kokain|crack|ketamin|ket"
        "|spice"
        "|tramadol*|morfin*|plaster|patch|patches)",
        "(kniv|kniven|knife|pistol|pistolen|gun|gevær|geværet|rifle|hammer|hammeren|bat|balltræ|balltræet"
        "|boltsaks|økse|øksen|axe|machete|våben|weapon|skruetrækker|screwdriver)",
        "(en|to|tre|fire|fem|seks|ti|1|2|3|4|5|6|10|20|30) ~1 (timer|time|hours|hour|minutter|min|minutes)"
        " ~1 (siden|ago)",
        "(hour|(an hour)|(half an hour)|(en time)|(en halv time)|(et kvarter)|minutes|minutter) (ago|siden)",
        "(skridt|step|steps|(lige ved)|(helt ude)|(helt tæt)|(meget tæt)|(right at)|(right by)|(very close)"
        "|(so close))",
        "((et helt)|(en hel)|(a whole)|(the whole)|hele) ~1 (plaster|patch|glas|glasset|pakke|pakken|plade"
        "|strip|flaske|bottle|box|æske|æsken)",
    )]
    + [(_FINE, "((ikke dårligt)|(ik dårligt)|(not bad)|(not too bad)|(cant complain)|(can t complain)"
        "|(ikke så skidt)|(ik så skidt)|(ikke noget at klage over)|(nothing to complain))")]
    + [(_EXCUSED, "(forkølet|snottet|syg|influenza|feber|hovedpine|tandpine|(ondt i)|cold|flu|fever"
        "|headache|vejr"
        "|vejret|weather|baby|babyen|naboen|naboens|fest|festede|party|festival|eksamen|exam|nattevagt"
        "|(night shift)|haha*|lol|😂|😅|🤧|🙄)")]
    + [(_DARE, "(tør|tor|dare) ~1 (godt|nu|now)")]  # "nu tør jeg godt" is no "godt"
    + [(_AMOUNT, phrase) for phrase in (
        "(#many|#dose)", ALL_OF,
        "((et helt)|(en hel)|(a whole)|(the whole)|hele) ~1 (plaster|patch|glas|glasset|pakke|pakken|plade"
        "|strip|flaske|bottle|box|æske|æsken)",
    )]
    + [(_FINE, "(ok|okay|oki|fint|godt|bedre|fine|better|good|tryg|alright|(som altid)|(as always)|(as usual)"
        "|(som normalt)|(som jeg plejer)|(like always))")]
    + [(_ODD, "(langsomt|mærkeligt|underligt|snorker|gurgler|knap|barely|slowly|weird|funny|(ikke rigtigt)"
        "|(ik rigtigt)|lidt|(a bit)|rallende|hiver)")]
    + [(_PLACE, EDGE), (_PLACE, "(🌉|🚆|🚂|🌊)"), (_PLACE, "(på|paa|ved|on|at) ~2 (kanten|(the edge))")]
    + [(_DOING, "(ryger|smøg|fisker|fishing|spiser|eating|(venter på)|(waiting for)|arbejder|working"
        "|(går tur)|walking|(med hunden)|(with the dog)|kaffe|coffee|griller|grill*|(tager billeder))")]
    + [(_BAD, "(dårligt|darligt|skidt|elendigt|lort|møg|bad|shit|awful|terrible|crap|(ikke godt)|(ik godt)"
        "|(ikk godt)|(not good)|(not great)|(not well)|(not ok)|(ikke ok)|(ik ok)|(ikke så godt)"
        "|(ik så godt))")]
    + [(_DAYS, "(ik*|ikke|not|no|nej|nope|=ik) ~2 (siden|since) ~1 (mandag|tirsdag|onsdag|torsdag|fredag"
        "|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(i går)|yesterday|weekenden"
        "|(the weekend)|(sidste uge)|(last week)|(i forgårs)|forgårs|(the day before yesterday))")]
    + [(_DAYS, "(i|in|for|på) (2|3|4|5|6|7|to|tre|fire|fem|seks|syv|two|three|four|five|six|seven|flere"
        "|several|mange|many) (døgn|dage|days|nætter|nights|dag)")]
    + [(_ARRIVING, "(1|2|3|4|5|10|15) (min|mins|minutter|minutes|minut)")]  # "på knippelsbro, 5 min"
    + [(_LAST, "((en sidste)|(den sidste)|(one last)|(a last)|(the last one)|(right moment)|(rette øjeblik)"
        "|(det rigtige tidspunkt)|(the moment)|(mod til)|(the courage)|(the nerve)|tør|dare|piller|pillerne"
        "|pills|rebet|(the rope)|kniven|(the knife)|(næste tog)|(the next train)|(lad mig være)"
        "|(lad mig sove)|(vil bare sove)|(leave me)|(just want to sleep)"
        "|(det jeg skal med)|(the one i m getting on))")]  # "ja, ryger en sidste smøg"
    + [(_DOING, "(photos|cykler|cycling|biking|kører|driving|(i bilen)|(in the car)|(på vej hjem)|(on my way)"
        "|arbejdet|(at work)|(med arbejdet)|griller|(vi griller)|bbq|(med de andre)|(with the others)"
        "|(er der om)|(be there in)|(there in)|(bus is late)|(venter på bussen)|(waiting for the bus)"
        "|(i bussen)|(on the bus)"
        "|(bussen er forsinket))")]
    + [(_NOT_NOW, "(ikke|ik|not) ~2 (nu|(i aften)|(i nat)|(lige nu)|now|tonight|(right now)|today|(i dag)"
        "|endnu|yet)")]
)
# fmt: on


def asked_about(words: Words, whole: Words | None = None) -> list[Question]:
    """The questions about danger in the worker's message, in order, if it names a danger. Not advice ("ring
    hvis du får tanker om selvmord") nor an everyday question. A reply may answer any of them: "er du i
    sikkerhed? er han der stadig?" "nej" is read after both. `whole`: the whole message, when `words` is one
    sentence of it (what the message names counts wherever it is said)."""
    whole = words if whole is None else whole
    danger = DANGER.finds(whole)
    brought = _BROUGHT.finds(whole)
    stock = _STOCK.finds(whole)
    taking = _TAKING.finds(whole)
    remedy = _REMEDY.finds(whole)
    found: list[tuple[int, Question]] = []
    for key, match in _QUESTIONS.find(words):
        question = cast(Question, key)
        if not (danger or question.places or question.named) or (brought and question.kind == "overdose"):
            continue
        if stock and (question.kind == "overdose" and not taking or question.name == "when_act"):
            continue
        if remedy and question.kind == "overdose":
            continue
        if question.scale and not _SCALE_MARK.finds(whole):
            continue
        if question.needs and not question.needs.finds(whole):
            continue
        advice = any(
            words.words[at] in _IF and words.clause[at] == words.clause[match.start]
            for at in range(max(0, match.start - 3), match.start)
        )
        if not advice:
            found.append((match.start, question))
    return [question for _, question in sorted(found, key=lambda item: item[0])]


def answers_everyday(asked: str, words: Words) -> bool:
    """Whether the worker's message asks something everyday: a question that names no danger, and says
    enough to tell ("hvornår?" and "hvor dybt?" follow what the citizen wrote, and are not everyday)."""
    return (
        "?" in asked
        and len(words.words) >= _EVERYDAY_FROM
        and not DANGER.finds(words)
        and not is_danger_question(words)
    )


def is_danger_question(words: Words) -> bool:
    """Whether a sentence asks one of the questions about danger (the danger may be named elsewhere)."""
    return any(not cast(Question, key).everyday for key, _ in _QUESTIONS.find(words))


_SENTENCE_END = re.compile(r"(?<=[.!?\n])")


_ABBREVIATED = re.compile(
    r"\b(kl|nr|ca|fx|evt|dvs|mht|inkl|tlf|dr|mr|mrs|ms|vs|pga|iflg|jf|ang|vedr|bl\.a|f\.eks)\.$",
    re.IGNORECASE,
)  # "siden vi snakkede kl. 18?" is one sentence; not "osv." or "etc.", which often end one


def sentences(text: str) -> list[str]:
    """A message in sentences, each with the marks that end it ("og så??" is one); a mark alone joins the
    sentence before it, and so does a piece after an abbreviation that goes on with a digit or a small letter
    ("kl. 18?"). Linear: each sentence's pieces are joined once."""
    found: list[list[str]] = []
    for piece in _SENTENCE_END.split(text):
        stripped = piece.strip()
        goes_on = bool(stripped) and (stripped[0].isdigit() or stripped[0].islower())
        if found and (
            not any(char.isalnum() for char in piece) or goes_on and _ABBREVIATED.search(found[-1][-1])
        ):
            found[-1].append(piece if goes_on else stripped)
        elif stripped:
            found.append([stripped])
    return ["".join(pieces).strip() for pieces in found]


def questions_in(asked: str) -> list[str]:
    """The worker's sentences that ask something, in order."""
    return [sentence for sentence in sentences(asked) if "?" in sentence]


def last_question(asked: str) -> str | None:
    """The worker's last sentence that asks something ("…i dag? og kommer du i morgen kl 10?"), without its
    marks: a reply answers it first."""
    asking = questions_in(asked)
    return asking[-1].rstrip(" ?!.") if asking else None


def before_last_question(asked: str) -> str | None:
    """The sentence just before the worker's last question, with its marks: what a bare "hvornår?" follows
    up ("har du en plan? hvornår?", "du skrev at du vil tage dit liv. hvornår?"), and whether that is about
    danger ("ses vi i morgen? hvornår?" is not)."""
    said = sentences(asked)
    asking = [at for at, sentence in enumerate(said) if "?" in sentence]
    return said[asking[-1] - 1] if asking and asking[-1] > 0 else None


_FOLLOW_UP = frozenset(
    skeleton(fold(word))
    for word in (
        "hvornår hvor hvordan hvad hvorfor hvorhen when where how what why og and så so nu now mange many"
        " meget much da præcis exactly tid time hvilken which dag day tho then klokken du you tænker thinking"
    ).split()
)  # compared as the phrases compare words: "hvornar", "hvornaaar" are "hvornår"


def follows_up(question: str) -> bool:
    """A bare "hvornår?" or "og hvor?" after a question about danger asks on about the same danger ("du skrev
    at du vil tage dit liv. hvornår?"): a reply to it answers that danger."""
    words = read(question).words
    return 0 < len(words) <= 3 and all(skeleton(word) in _FOLLOW_UP for word in words)


@dataclass(frozen=True)
class InTurn:
    """A reply read sentence by sentence against the worker's questions (`answered_in_turn`): the answers
    found, each with the question it answers, and whether that reading decides: every question is about
    danger, so each answer has its question ("er du i sikkerhed? har du en plan?" "ja. nej" is safe); not
    after "har du spist? har du tanker om det?", answered as often the other way round."""

    answers: list[tuple[tuple[Level, str], Question]]
    decides: bool


NOT_IN_TURN = InTurn([], decides=False)


def answered_in_turn(asked: str, whole: Words, reply: str, turned: bool) -> InTurn:
    """A short reply in as many sentences as the worker asked questions, each opening with an answer, answers
    them in turn: "er der nogen hos dig? og har du en plan?" "nej ingen. ja har en plan" is a yes to the
    plan, which the whole reply, opening with "nej", does not say. Not "ja mere end nogensinde. har købt det
    jeg skal bruge", which goes on after its answer. `whole`: the worker's message read, `turned`: whether
    its scale runs the other way (`is_turned_scale`)."""
    asking = questions_in(asked)
    pieces = [read(piece) for piece in sentences(reply)]
    if (
        len(asking) < 2
        or len(pieces) != len(asking)
        or sum(len(words.words) for words in pieces) > SHORT_REPLY
        or any(_opening(_answers(words)) is None for words in pieces)
    ):
        return NOT_IN_TURN
    found = []
    decides = True
    for question_sentence, words in zip(asking, pieces, strict=True):
        questions = asked_about(read(question_sentence), whole)
        decides = decides and any(not question.everyday for question in questions)
        found += [
            (answer, question) for question in questions if (answer := read_reply(question, words, turned))
        ]
    return InTurn(found, decides)


_GOES_ON = frozenset({"men", "but"})  # "nej men …": a no that goes on


def read_reply(question: Question, reply: Words, turned: bool = False) -> tuple[Level, str] | None:
    """What a short reply means after `question`: acute or worrying and why, or None (read it alone).
    `turned`: the worker's scale, if any, runs the other way (`_SCALE_TURNED`)."""
    if len(reply.words) > SHORT_REPLY or not reply.words:
        return None
    found = _answers(reply)
    if question.mood:
        number = read_scale(reply)
        return ("worrying", UNSURE) if number is not None and number <= _MOOD_LOW else None
    if question.everyday:  # how one is, sleep, food: "dårligt", "ik i 3 døgn" (not "ik dårligt", "forkølet")
        fine = _FINE in found and not _covers(found, _BAD, _FINE)  # "ikke dårligt" is fine, "not good" is not
        if _EXCUSED in found or fine or _opening(found) == _YES:
            return None
        if question.days and _DAYS in found:
            return question.days, UNSURE
        bare_unsure = _opening(found) == _UNSURE and len(reply.words) <= _BARE_UNSURE
        bare_unsure = bare_unsure or _opening(found) == _NOT_REALLY  # "har du det bedre?" "ikke rigtig"
        if question.bad and (_BAD in found or bare_unsure):
            return question.bad, UNSURE
        return None
    if question.scale and (number := read_scale(reply, turned)) is not None:
        if number >= _SCALE_ACUTE:
            return "acute", ANSWERED
        return ("worrying", UNSURE) if number >= _SCALE_WORRYING else None
    if question.places:  # "på knippelsbro, 5 min" is on the way: worrying, for a place is named
        if _PLACE not in found or (_DOING in found and _LAST not in found):
            return None
        return ("worrying", UNSURE) if _ARRIVING in found else ("acute", ANSWERED)
    # "er du stadig på taget?" "ja, med arbejdet" (not "ja, ryger en sidste smøg")
    if question.doing and _DOING in found and _LAST not in found:
        return None
    opens = _opening(found)
    if question.odd and _ODD in found and opens != _NO:
        return question.odd, ANSWERED
    # "40 tror jeg", "ved ik, måske 30": a hedge beside an amount is about the amount
    hedged = (
        _AMOUNT in found and _UNSURE in found and question.yes == "acute" and question.unsure != "acute"
        and (found[_AMOUNT][0] < found[_UNSURE][0] or question.kind == "overdose")
    )  # fmt: skip
    if (found.keys() & {_NOT_NOW, _UNSURE} and opens != _YES and not hedged) or opens == _NOT_REALLY:
        answer = question.unsure if question.yes or opens != _NOT_REALLY else question.no
    elif opens == _YES and not _GOES_ON.isdisjoint(reply.words) and _only_not_now(reply):
        answer = question.unsure  # "ja jeg hader ham. men ik i dag" (not "ja men ikke nu. i nat")
    elif opens == _NO and question.no is None and not _GOES_ON.isdisjoint(reply.words) and _FINE not in found:
        answer = question.unsure  # "nej men jeg sidder med dem i hånden": a no that goes on
    elif (
        opens == _NO
        and question.fine_no
        and _FINE in found
        and not _covers(found, _BAD, _FINE)
        and _LAST not in found
    ):
        answer = None  # "skal jeg ringe 112?" "nej!! det er fint, jeg skrev forkert"
    elif opens == _NO:
        answer = question.no
    elif (
        question.yes and _FINE in found and opens != _NO and not _covers(found, _DARE, _FINE)
    ):  # "ja men ok nu"
        answer = question.unsure
    elif _SPECIFIC in found and question.yes:
        answer = question.specific
    elif opens == _YES:
        answer = question.yes
    else:
        answer = question.other
    if answer is None:
        return None
    return answer, ANSWERED if answer == "acute" else UNSURE


def _covers(found: dict[str, tuple[int, int]], outer: str, inner: str) -> bool:
    """Whether the first answer of kind `outer` holds the first of kind `inner` ("not good" holds "good")."""
    if outer not in found or inner not in found:
        return False
    start, minus_end = found[outer]  # (start, start - end), the end inclusive
    return start <= found[inner][0] <= start - minus_end


def _only_not_now(reply: Words) -> bool:
    """Whether the reply says "ikke i dag" and no other time or amount ("ja men ikke nu. i nat" does)."""
    not_now: set[int] = set()
    specific: list[int] = []
    for key, match in _ANSWERS.find(reply):
        if key == _NOT_NOW:
            not_now.update(range(match.start, match.end + 1))
        elif key in (_SPECIFIC, _AMOUNT):
            specific.append(match.start)
    return bool(not_now) and all(at in not_now for at in specific)


_NUMBERS = {
    word: value
    for value, words in enumerate(
        ("0 nul zero", "1 one", "2", "3 tre three", "4 fire four", "5 fem five", "6 seks six", "7 syv seven",
         "8 otte eight", "9 ni nine", "10 ti ten")
    )
    for word in words.split()
}  # fmt: skip
_SCALE_ACUTE, _SCALE_WORRYING, _MOOD_LOW = 7, 3, 3
"""On "hvor tæt er du på at gøre det, 0-10?": 7 or more is acute, 3 to 6 worrying, less is read alone."""
# A scale that runs the other way: "hvor 10 er at du har det fint og 1 er at du gør det i nat"
_SCALE_TURNED = Lexicon(
    [
        (True, phrase)
        for phrase in (
            "(10|ti|ten) (er|is|=) ~3 (fint|godt|fine|good|safe|tryg|ok|bedst|best|(har det godt))",
            "(0|1|nul|zero|one) (er|is|=) ~3 ((gør det)|(do it)|(i fare)|(in danger)|værst|worst"
            "|(gøre noget))",
        )
    ]
)


def is_turned_scale(asked: Words) -> bool:
    """Whether the worker's scale runs the other way: 10 is safe, 0 or 1 is the act."""
    return _SCALE_TURNED.finds(asked)


def read_scale(reply: Words, turned: bool = False) -> int | None:
    """The number a reply gives on a 0-10 scale, danger high: its largest digits up to 10 ("close to 10",
    "8 ud af 10"), else a number word ("ni", "seven"; not "to" nor "en"), if any; `turned`: the worker's
    scale runs the other way (10 is safe), so it is counted from the top."""
    digits = [
        int(number)
        for word in reply.words
        if (number := word.removesuffix("er")).isdigit() and int(number) <= 10
    ]
    named = [_NUMBERS[word] for word in reply.words if word in _NUMBERS]
    found = max(digits) if digits else (named[0] if named else None)
    if found is None:
        return None
    return 10 - found if turned else found


# What a safe answer names, to be believed over the model ("ja. er hos min søster", "nej de ligger i skabet
# hos min mor", "nej kun det lægen har sagt"); a safe answer that names none of it ("nej. orker bare ikke
# mere") stays as the model read it.
_SAFE = Lexicon(
    [
        (True, "(hos|with|(sammen med)|(i sikkerhed)|tryg|safe|skabet|(the cupboard)|lægen|doctor|apoteket)"),
        (True, "(pharmacy|aflev*|(gave them back)|(handed them in)|(det er slut)|(its over)|(it s over))"),
        (True, "(aldrig|never|(vi skændes)|(we argued))"),
    ]
)


def reassures(question: Question, reply: Words) -> bool:
    """Whether a short reply opens with the safe answer to `question`, names where it is safe or why, and
    goes on to nothing else: "ja. er hos min søster" after "er du i sikkerhed?", "nej de ligger i skabet"
    after "har du taget nogen?". Not "nej men jeg har dem i hånden", nor "nej. orker bare ikke mere"."""
    if len(reply.words) > SHORT_REPLY or not _GOES_ON.isdisjoint(reply.words) or not _SAFE.finds(reply):
        return False
    found = _answers(reply)
    if found.keys() & {_UNSURE, _NOT_NOW, _NOT_REALLY, _ODD}:
        return False
    opens = _opening(found)
    if question.yes == "acute" and question.no is None:
        return opens == _NO
    return question.no == "acute" and question.yes is None and opens == _YES


def _answers(reply: Words) -> dict[str, tuple[int, int]]:
    """Each kind of answer in a reply, with its first place (and minus its length, so the longest there
    counts first)."""
    found: dict[str, tuple[int, int]] = {}
    for key, match in _ANSWERS.find(reply):
        found[str(key)] = min((match.start, match.start - match.end), found.get(str(key), (match.start, 0)))
    return found


def _opening(found: dict[str, tuple[int, int]]) -> str | None:
    """The answer the reply opens with (within its first words: "nej", "jeg er ikke…", "ja han er"; the
    longest where two begin: "det tror jeg ikke" is a no, not "tror jeg"), if any; a "not" further on is
    about something else ("jeg er hjemme, han ved ikke hvor")."""
    answers = [key for key, (at, _) in sorted(found.items(), key=lambda item: item[1]) if key in _KINDS]
    return answers[0] if answers and found[answers[0]][0] < _OPENING else None
