"""The signs of a crisis the detector looks for, in Danish and English as people text them.

Each sign has a name (what a worker is told was seen, never the words), the kind of danger it points to,
and a strength: "acute" alone means danger now; "worrying" alone means the message may be serious; a "cue"
(a means at hand, a place, a time, a goodbye…) means little alone and much together (assess.py). Words
that name a method, a means, a time or a place predict danger better than the word "selvmord" does
(Crisis Text Line's finding, and outreach workers' own experience), so they are here in many forms.

Phrase syntax: phrases.py. Kept in one file so a reviewer can read the whole vocabulary at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DangerKind = Literal["suicide", "overdose", "violence"]
Strength = Literal["acute", "worrying", "cue"]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: each sign is one object
class Sign:
    """One sign of a crisis. `negatable`: "ikke"/"not" in or just before it lowers it (acute to worrying, a
        worrying sign or a cue to nothing). `past`: told of as long past ("i sidste uge", "da jeg var yngre"),
        an acute sign is only worrying. `asked`: asked about as a question of safety ("er det farligt at tage 10
        ipren?"), an acute sign is only worrying. `spoilable`: a harmless use of its words ("40 dage" is no dose) spoils it;
    not for a sign whose words are a length of time ("har ik hentet sin metadon i 10 dage")."""

    name: str
    kind: DangerKind | None
    strength: Strength
    phrases: tuple[str, ...]
    negatable: bool = True
    past: bool = True
    asked: bool = False
    spoilable: bool = True


# Word groups used in many phrases.
PET_KEEPERS = (
    "(naboen|(the neighbour)|(min søster)|(my sister)|(min bror)|(my brother)|(min datter)|(my daughter))"
)
SELF = "(mig|sig|mig selv|sig selv|myself|himself|herself|themself|themselves|meself|my self)"
OTHER = (
    "(han|hun|de|nogen|nogle|manden|fyren|far|faren|min far|bror|min bror|kaeresten|kæreste*|ekskæreste*|eks|ex"
    "|kone|mand|manden|fyr|fyre|guy|guys|a guy|a man|the man|he|hes|she|shes|they|theyre|someone|somebody|bf|gf"
    "|boyfriend|girlfriend|husband|dad|stepdad|partner)"
)
VICTIM = (
    "(mig|os|hende|ham|min mor|en fyr|en mand|nogen|me|us|her|him|someone|my mum|my mom|a guy|min ven|min veninde"
    "|min kæreste|min bror|min søster|min far|naboen|min nabo|my friend|my mate|my sister|my brother|my neighbour"
    "|my neighbor|my dad|my girlfriend|my boyfriend|min kusine|min fætter|min datter|min søn|mit barn|mine børn"
    "|børnene|min lillebror|min lillesøster|min storebror|min kone|min mand|min veninde|my daughter|my son|my kid"
    "|my kids|the kids|my children|my little brother|my little sister|my wife|my husband|my partner|my cousin"
    "|mor|far|mom|mum|dad|en af|ungerne|konen|moren|faren|min makker|min kammerat|min kollega|my buddy|vores barn|our child|our kid|vores søn|vores datter|ungen|barnet|en pige|en kvinde|en dreng|et barn|en gammel|a girl|a woman"
    "|a boy|a child|an old|pigen|kvinden|drengen|barnet|the girl|the woman|the boy|the child|sin far|sin mor|sin kone"
    "|sin kæreste|sin bror|sin søster|sine børn|sit barn|sin søn|sin datter|his wife|his dad|his mum|his mom|his father"
    "|his mother|his girlfriend|her husband|her boyfriend|his son|his daughter|his kids|her kids)"
)
POSSESSIVE = "min|mine|mit|sin|sine|sit|hans|hendes|deres|my|his|her|their"
KIN = (
    "kone|mand|kæreste|kaereste|søster|bror|mor|far|datter|søn|barn|børn|kusine|fætter|ven|veninde|lillebror"
    "|lillesøster|nabo|wife|husband|girlfriend|boyfriend|partner|sister|brother|mum|mom|dad|daughter|son|kid|kids"
    "|children|cousin|friend|mate|neighbour|neighbor"
)
TAKEN = (
    "(taget|tog|tat|slugt|slugte|spist|spiste|took|taken|swallowed|ate|popped|had|sniffet|røget|indtaget|indtog|necked"
    "|downed|(knocked back))"
)
PILL_COMPOUNDS = "|".join(  # "sovepiller", "p-piller"; not "spiller" (plays) or "spillerne" (the players)
    f"*{letter}piller|*{letter}pillerne"
    for letter in "abcdefghijklmnoqrtuvwxyzæøå"  # not "pp": read as one p
)
TAKEN_DRUG = "(taget|tog|tat|slugt|slugte|took|taken|swallowed|popped|sniffet|necked|downed|(knocked back))"
PILL_WORDS = (
    "pille*|"
    + PILL_COMPOUNDS
    + "|pills|tablet*|panodil*|pamol*|paracetamol*|ipren*|ibuprofen*|tylenol|stesolid*"
    "|rivotril*|xanax|oxy*|tramadol*|morfin*|fentanyl*|heroin*|metadon*|methadon*|benzo*|zolpidem*|imovane*"
    "|sovemedicin*|insulin*|lyrica*|nozinan*|quetiapin*|sovepille*|codein*|kodein*|valium|diazepam*|=fent|fenta|fetty"
    "|sovetablet*|*tabletter"
)
PILLS = PILL_WORDS + "|💊"
MEANS_PILLS = (
    "pille*|"
    + PILL_COMPOUNDS
    + "|pills|tablet*|panodil*|pamol*|paracetamol*|ipren*|ibuprofen*|tylenol|stesolid*"
    "|sovepille*|sovemedicin*|insulin*|💊"
)
QUANTITY = (
    "(samtlige|alle|al|hele|en hel|whole|all|all of|entire|masse|en masse|a bunch|bunch|lots|a lot|mange|many|#many|#dose"
    "|pakke*|pakker|glas|glasset|plade|pladen|bottle|pack*)"
)
BRIDGES = (  # by name: "*bro" alone would be Nørrebro and Vesterbro
    "langebro*|knippelsbro*|inderhavnsbro*|cirkelbro*|bryggebro*|sjællandsbro*|storstrømsbro*|vejlefjordbro*|limfjordsbro*|farøbro*|*sundbro|*sundbroen|*bæltsbro|*bæltsbroen|*fjordbro|*fjordsbro|kalvebodbro*"
)
HIGH = (
    "(bro|broen|*broen|"
    + BRIDGES
    + "|bridge|the bridge|taget|tagkanten|kanten|edge|the edge|ledge|the ledge|roof|the roof"
    "|rooftop|altan*|balcony|the balcony|vindue*|window|phuset|parkeringshuset|carpark|cliff|the cliff|klippen"
    "|skrænten|tårnet|sal|floor|building|bygningen|skinnerne|sporet|banen|tracks|the tracks|railway|rails"
    "|perronkanten|vandet|havnen|kajen|kajkanten|the water|the harbour|søen|overpass|the overpass|viadukt*"
    "|viaduct|gangbroen|motorvejsbroen|rækværket|railing|the railing|jernbanen|jernbane|(the train line)|(the railway line)"
    "|togsporet|sporene|(the rails)|cliffs|(the cliffs)|klinten|klint|parkeringsdæk*|(car park)|(the car park)|(multi storey)|(multistorey))"
)
EDGE = (  # where being at all is a sign: not a balcony or a window, where people sit every day
    "(bro|broen|*broen|"
    + BRIDGES
    + "|bridge|the bridge|taget|tagkanten|kanten|edge|the edge|ledge|the ledge|roof|the roof"
    "|fjeldet|bjerget|klinten|(the mountain)|jernbanen|jernbane|banelegemet|togbanen|(the railway)|rooftop|phuset|parkeringshuset|carpark|cliff|the cliff|klippen|skrænten|tårnet|skinnerne|sporet|tracks"
    "|the tracks|railway|rails|perronkanten|kajkanten|overpass|the overpass|viadukt*|viaduct|gangbroen"
    "|motorvejsbroen|rækværket|railing|the railing|molen|(the pier)|(the breakwater)|rælingen|(the rail)|cliffs|(the cliffs)|klinten|klint|parkeringsdæk*|(the train line)|(the rails)|(parking house)|(car park)|(multi storey)|(p huset)"
    "|(top level)|(last level)|(top deck)|(øverste dæk))"
)
WATER = "(havnen|vandet|søen|havet|fjorden|åen|kanalen|the water|the sea|the harbour|the ocean|the river|the lake|river)"
TRAFFIC = (
    "(tog|toget|et tog|stoget|metro|metroen|letbanen|train|a train|the train|the tube|the metro|bus|bussen|bil|bilen"
    "|en bil|lastbil*|truck|car|traffic|motorvejen)"
)
ALL_OF = (
    "(samtlige|samtlige mine|alle mine|alle sine|alle hans|alle hendes|hele|en hel|en hel pakke|en hel æske|en bunke|en masse|alle de|all my"
    "|all his|all her|all of my|a whole|the whole|a bunch of|a load of|loads of|lots of|tons of)"
)
NOW = (
    "(nu|rn|now|right now|lige nu|tonight|i aften|i nat|nat|natten|snart|=soon|om lidt|in a bit|i morgen|tomorrow"
    "|aftn|iaften|inat|tonite|2nite|2night"
    "|inden i morgen|before morning|idag|i dag|today)"
)
COUNTDOWN = (  # "om en halv time", "in 20 minutes": as near as "nu"
    "(om|in) ~1 (1|2|3|4|5|7|8|10|15|20|30|fem|ti|tyve|tredive|et|a) ~1 (minutter|min|mins|minutes|kvarter|minut|minute)"
)
SINCE_LAST = (  # "han har slået mig hver dag siden i mandags": still going on, not past
    "(siden|since) ((i mandags)|(i tirsdags)|(i onsdags)|(i torsdags)|(i fredags)|(i lørdags)|(i søndags)|(last monday)"
    "|(last tuesday)|(last wednesday)|(last thursday)|(last friday)|(last saturday)|(last sunday))"
)
COUNTDOWN_HALF = "(om|in) ((en halv time)|(half an hour)|(et kvarter)|(a quarter of an hour))"
NOT = "(ik*|=ik|ikke|ike|ikk|not|no|never|aldrig)"
BARELY = "(ik*|=ik|ikke|knap|næsten ikke|næsten ik|dårligt|hardly|barely|not|isnt|is not|knapt)"

SIGNS: tuple[Sign, ...] = (
    # ---- the body: an overdose or a body that does not breathe or wake -----------------------------------
    Sign(
        "not_breathing",
        "overdose",
        "acute",
        (
            "(ingen|ikke|ik|no) ~1 (vejrtrækning|puls|pulse)",
            "(han|hun|he|she|hes|shes|(he s)|(she s)) (er|is|turning|gone|going|bliver) (blå|blue)",
            "((holdt op med at)|stopped|(stoppet med at)|(hørt op med at)) ~1 ((trække vejret)|breathing|ånde)",
            "(barely|(only just)|knap|(næsten ik*)|(næsten ikke)) ~2 (breathing|(trækker vejret)|ånder)",
            "(breathing|(trækker vejret)|ånder) ~3 ((only just)|barely|(næsten ik*)|(næsten ikke)|knap)",
            "((skum om munden)|(fråde om munden)|(foaming at the mouth)|(foam at the mouth))",
            "(ryster|kramper|shaking|fitting|seizing) ~3 (og|and) ~1 (fråder|foaming|frådende)",
            "(ånder|aander|breathes|breathing) ~1 (ik*|ikke|not) ~1 (ordentligt|ordentlig|properly|normalt|right)",
            "breathing ~3 (times a minute|per minute|a minute)",
            "(ka|kan|kunne|ku) (ik*|ikke) ~1 (trække|traekke|traek|trak) ~1 vejret",
            "(snoring noises|snorker mærkeligt|snorker underligt|snorker helt mærkeligt|rallende|rallen|gurgling|gurgler|gurglende|gurgle|gurgles)",
            "breathing ~2 (keeps stopping|stops|stopping|stopped|is shallow|so shallow)",
            "(trækker vejret|vejrtrækningen|vejrtrækning) ~3 (stopper|går i stå|stoppede|gik i stå)",
            f"trækker|trak|traekker ~1 {BARELY} ~1 vejret",
            f"{BARELY} ~ trække|trækker vejret",
            "vejrtrækning* ~ mærkelig|underlig|stoppet|langsom|rallende|mærkeligt|underligt",
            "(not|isnt|is not|barely|stopped|hardly|aint) breathing",
            "(cant|cannot|can not|hardly) breathe|breath",
            "trouble breathing",
            "gisper efter vejret",
            "gisper|gasping|(hiver efter luft|gasping for air)",
            "(ka|kan|kunne|ku) (ik*|ikke) (ånde|aande) (ordentligt|ordentlig|rigtigt|normalt)",
            "(ka|kan|kunne|ku) (slet|overhovedet) (ik*|ikke) (ånde|aande|(trække vejret))",
        ),
        negatable=False,
        past=False,
    ),
    Sign(
        "not_waking",
        "overdose",
        "acute",
        (
            "(han|hun|de|he|she) (ikke|ik|ikk|not) ~1 (vågne|vaagne|vågner|wake|waking)",
            "(ka|kan|kunne|ku) (ik*|ikke) ~1 (vække|vaekke|vågne|vaagne) ~1 (ham|hende|dem|him|her)",
            "(ik|ikke|not) (vågen|vaagen|awake)",
            "(cant|cannot|couldnt|can not) wake ~3 up",
            f"vågner|vaagner|vågnede {NOT}",
            f"kan|kunne {NOT} ~1 vække|få ~1 ham|hende|dem|(ham op|hende op)",
            "få ~1 ham|hende|dem|him|her ~1 til at vågne",
            f"kan|kunne ~1 {NOT} ~2 (få liv i|få kontakt med|få svar fra)",
            "(wont|doesnt|didnt|not|isnt|cant|will not) ~1 wake|waking ~1 up",
            "(cant|cannot|couldnt|can not) wake him|her|them",
            "(der|som) (ik*|ikke|ikk) (vågner|vaagner|vågne)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(
        "unconscious",
        "overdose",
        "acute",
        (
            "bewidstl*|bevistløs*|bevidsløs*|bevidstlø*",
            "(er ved at forsvinde|is fading|slipping away|glider væk)",
            "(barely|kan knap|kan næsten ikke|can hardly|hardly) ~2 (keep my eyes open|holde øjnene åbne|stay awake|holde mig vågen)",
            "(wont|will not|doesnt|does not|isnt) ~1 (respond|responding|react)",
            "bevidstløs*|bevidstloes*|unconscious|unresponsive|livløs*|lifeless",
            f"reagerer {NOT}",
            f"reagerer|svarer|vågner|trækker (han|hun|hen|de) {NOT}",
            "(not responding|not reacting)",
            "passed out and",
            f"ligger ~3 og ~1 svarer|reagerer {NOT}",
            f"svarer {NOT} ~2 og ~2 slap|kold|blå|ligger",
            "(helt slap|er slap|limp|helt væk og|er helt væk)",
            "(isnt|is not|not|wont|wasnt|stopped|stops) ~1 responding|reacting|moving",
            "(ligger helt stille|lying still|not moving|bevæger sig ikke|rører sig ikke)",
            f"{NOT} ~2 (vækkes|til at vække|være til at vække)",
            f"svarer|reagerer {NOT} ~3 (når jeg|when i) ~2 ruster|rusker|rystede|shake|shook|råber",
            "vejret|breathing ~2 langsomt|mærkeligt|underligt|tungt|weird|slowly|strange|funny|slow",
            "(ka|kan|kunne) ~2 (ik*|ikke) ~1 ((holde øjnene åbne)|(holde øjnene oppe)) ~3 (hjælp|help)",
            "(cant|(can t)|cannot) ~1 (keep my eyes open) ~3 (help)",
            "(han|hun|he|she|hes|shes) (har ik*|(har ikke)|hasnt|(has not)) ((rørt sig)|moved)",
            "(har ik*|(har ikke)|hasnt|(has not)) ((rørt sig)|moved) (i|in|for) _ (min|minutter|minutes|mins)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(  # not coming round: acute though it says "ik" ("hun svarer ik og kaster op")
        "unresponsive",
        "overdose",
        "acute",
        (
            "(svarer|reagerer|responding|responds|answering|answers) (ik*|ikke|not) ~3 (=blå|=blaa|=blue|gurgl*|(ligger på ryggen)"
            "|(on her back)|(on his back))",
            "(stadig|still) (ik*|ikke|not) (vågnet|(woken up)|awake) ~2 (efter|after) ~2 (pillerne|(the pills)|fix|skud|shot|ghb|=g|stoffet"
            "|(the drugs)|dosis|(the dose)|heroin*|metadon*|methadon*|naloxon*)",
            "(ånder|aander) (ik*|ikke|ikk|not)",
            "(no|not|ikke|ik) (breathing|breath|(trække vejret))",
            "(han|hun|he|she) (ikke|ik|not|no) (svare|svarer|reagere|reagerer|respond|answer|wake|vågne) ~3 ((kaste op)|(kaster op)|vomit*"
            "|=blå|=blue|breathing|ånde|ånder)",
            "(naloxon*|narcan|nyxoid|modgift*|modgiften) ~6 ((kommer ik*)|(kommer ikke)|(vågner ik*)|(vågner ikke)|(doesn t come)|(doesnt come)|(isnt coming)|(isn t coming)|(not coming)|(won t wake)|(wont wake)|(isn t waking)|(isnt waking)|(not waking)) ~2 (tilbage|rigtigt|rigtig|ordentligt|op|round|back|to|properly|(til sig selv)|(til bevidsthed))",
            "(i gang med|giver|giving|doing|started|startet|laver|doing) ~1 (hjertemassage|hjerte-lunge-redning|hlr|cpr|genoplivning|chest compressions)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(
        "collapsed",
        "overdose",
        "acute",
        (
            "(nyxoid|naloxon*|narcan|naloxone) ~6 (falder|faldt|going|nodding|drifting|slipping|goes) ~1 (hen|væk|under|off|out|away)",
            "(ambulancen|(the ambulance)|ambulance) ~2 (er ik*|er ikke|isnt|hasnt|(has not)|(isn t)|(hasn t)|(not yet)|endnu ik*|endnu ikke) ~2 (kommet|here|come|arrived|(her endnu))",
            "(ring|call) 112 ~3 (han|hun|he|she) (er|is) (væk|gone|blå|blue|bevidstløs|unconscious|out)",
            "(han|hun|he|she) (er|is) (væk|gone|bevidstløs|unconscious) ~3 (ring|call) 112",
            "(kom|come|hjælp|help|ring|call) ~3 (han|hun|he|she) (dør|dies|(is dying)|(er ved at dø))",
            "(ring|ringe|call) ~2 112 ~6 (" + PILL_WORDS + "|sprit|stoffer|drugs)",
            "(han|hun) er ~1 (=blå|=blaa|=blåt|grå|=graa) ~2 (nu|now|i ansigtet|om munden|kom|hjælp|help)",
            "(svarer|reagerer|responding) (ik*|ikke|not) ~2 (efter|after) ~2 (fix|fixet|skud|skuddet|shot|hit|pillerne|(the pills)|ghb"
            "|=g|stoffet|(the drugs)|dosis|(the dose)|heroin*)",
            "(anfald|kramper|seizure|seizures|krampe*) ~3 (efter|after) ~2 (kemien|stoffet|(the drugs)|(the stuff)|pillerne|spice|ghb|(the pills))",
            "(kan ik*|kan ikke|cant|can t|cannot) ~1 (rejse mig|stå op|get up|stand up|bevæge mig|move)",
            "(ser insekter|seeing bugs|sees bugs|ser dyr der ikke|seeing things|ser syner|delirium|delir)",
            "(arm|arms|ben|legs|ansigt|face|armen|side) ~2 (is numb|er følelsesløs|numb|følelsesløs|lammet|paralysed|paralyzed)",
            "segnet|segnede|segner ~1 om",
            "(opkast|kaster op|throwing up|vomit|vomiting|bræk) ~3 (i munden|in her mouth|in his mouth|i søvne|in his sleep|in her sleep)",
            "besvimet|besvimede|besvimer|fainted|(passed out)|collapsed|(faldet om|falder om|faldt om|faldet sammen"
            "|faldt sammen)|kollaps*|ildebefindende|(gået kold|gået helt kold|gået ud som et lys)",
            "(faldt|falder|faldet) (bare|bar|pludselig|pludseligt|bagover) om",
            "(klappede|klappet|klapper) ~1 sammen",
            "((har lige)|lige|just|(har netop)) (brugt|fixet|skudt|used|shot|injected|fixed) ~1 (og|and) ~1 ((føler mig)|feel|feels|føles|(føler jeg)) ~2 (mærkelig|mærkeligt|underlig|underligt|forkert|wrong|weird|strange|off|svimmel|dizzy)",
            "(brugt|fixet|skudt|used|shot|injected|fixed) (already|allerede) ~1 (og|and) ~1 ((føler mig)|feel|feels|føles|(føler jeg)) ~2 (mærkelig|mærkeligt|underlig|underligt|forkert|wrong|weird|strange|off|svimmel|dizzy)",
            "((alt bliver sort)|(everything s going black)|(everything is going black)|(alt går i sort))",
            "((having a fit)|(has a fit)|(har et anfald)|(får et anfald)|krampeanfald|seizure|seizing|fitting) ~4 (after|efter|from|af) ~3 (ket|ketamin|ketamine|=g|ghb|drugs|stoffer|pillerne|pills|coke|kokain|mdma|molly|speed|tramadol)",
        ),
        negatable=False,
    ),
    Sign(
        "blue_lips",
        "overdose",
        "acute",
        (
            "(going|turning|turned|bliver|blevet|er ved at blive) (blue|blå)",
            "(læber|læberne|lips) ~2 (er|are|is|bliver|turning) ~1 (blå|blue)",
            "blå ~2 læber|læberne|ansigtet|fingrene",
            "lips ~2 blue",
            "blue lips|face",
            "turning blue",
            "blå|grå ~1 (om munden|i ansigtet|i hovedet|i læberne)",
            "(gone grey|gone gray|gone blue|turned grey|turned blue)"
            "|(er blevet blå|er blevet grå|er helt grå|er helt blå)",
            "(skum om munden|foaming|foam at)",
            "kramper|krampe|krampeanfald|seizure|seizing|fitting",
            "(kaster blod op|throwing up blood|vomiting blood|kaster op blod)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(
        "overdose",
        "overdose",
        "acute",
        (
            "(already|allerede) ~1 (taken|took|taget|tog|swallowed|slugt) ~1 ((the pills)|pillerne|(it all)|(det hele)|(all of them)|(dem alle))",
            "(ambulance|ambulancen|(an ambulance)|112|lægevagt*) ~6 (taget|took|taken|swallowed|slugt|slugte) ~2 (pills|(the pills)|pillerne|piller|dem|them|medicin*|alt|everything)",
            "(hvor|where|(har i)|(have you)|(got any)|(brug for)|need|mere|more|giv|give|get) ~3 (naloxon*|nalokson*|narcan) ~3 (nu|now|hurtigt|quick|quickly|fast|asap|haster|(right now)|(lige nu))",
            "(naloxon*|nalokson*|narcan) (nu|now|hurtigt|asap|haster|(right now)|(lige nu))",
            "(necked|downed) ~1 ((the lot)|them|(it all)|(all of them)|everything)",
            "(medicin*|piller|pillerne|pills|tabletter|tablets|insulin|dem|them) ~4 (alle|all|allesammen|(alle sammen)|(all of them)) ~2 ((på en gang)|(på én gang)|(at once)|(in one go))",
            "(skud|skuddet|fix|fixet|stoffet|(the shot)|(the hit)|(the dose)|dosis|line|linen) ~4 ((alt for stærkt)|(for stærkt)|(too strong)|(way too strong))",
            "(drukket|drank|drak|drinks|drunk) ~4 (metadon*|methadon*|medicin*|ghb|rensevæske*|bleach|klorin*|(the methadone))",
            "((cant remember)|(can t remember)|(kan ikke huske)|(kan ik huske)|(husker ikke)) ~1 ((how many)|(hvor mange)|(how much)|(hvor meget))",
            "(taget|tog|took|taken) ~4 ((to gange)|dobbelt|twice|double|(two times)|(tre gange)|(three times))",
            "(mine piller|my pills) ~2 ((og så hans)|(og hans)|(og hendes)|(and his)|(and hers)|(og så hendes))",
            "(har du|do you have|does anyone have|nogen der har|anyone have|anyone got|brug for|need) ~2 (naloxon*|narcan"
            "|nalokson*|naloxone)",
            "(naloxon*|nalokson*|narcan|naloxone) ~2 (virker ik*|virker ikke|doesnt work|isnt working|not working|didnt work)",
            "(ring|ringe|call) ~2 112 ~6 (" + PILL_WORDS + "|sprit|stoffer|drugs)",
            "(💊|🍾|💉) ~3 (for meget|too much|for mange|too many)",
            "(tog|taget|took|taken) ~2 (halvdelen|half|resten|(the rest)) ~3 (" + PILL_WORDS + ")",
            "(gange|times) ~2 (min dosis|my dose|(the dose)|dosis|dosen|(my usual))",
            "(kan ik*|kan ikke|ka ik*) mærke ~2 (mine arme|mine ben|armene|benene|mine hænder|min arm)",
            "(hjertet|heart) ~2 (slår|beats|beating) ~2 (skævt|uregelmæssigt|irregular|uneven|mærkeligt|weird)",
            "(did|done|doing) ~1 (too much|way too much|for meget|for mange)",
            "(tyggede|tygget|tygger|chewed|chewing) ~3 (fentanyl*|plaster|plastre|plastret|patch|patches)",
            "(drukket|drak|drinks|drank|drunk|swallowed|slugt|slugte) ~2 (kølervæske*|frostvæske*|antifreeze|klorin"
            "|afløbsrens|bleach|lampeolie|metanol|methanol|(lamp oil)|(drain cleaner))",
            "(toddler|barn|barnet|child|kid|baby|son|daughter|søn|datter|sønnen|datteren|han|hun|he|she|hunden) ~2"
            " (got into|fået fat i|fik fat i|(got hold of)) ~3 (pills|piller|pillerne|medicin*|tabletter|tablets"
            "|(the meds)|(her meds)|(his meds)|(my meds)|(my pills)|(mine piller)|(min medicin))",
            "(took|swallowed|taget|tog|slugte|slugt) (every|(hver eneste)|(every single)) ~1 (pill|pille|tablet|one)",
            "(swallowed|slugt|slugte|sluger|swallow) ~2 (them|dem|(the lot)|(all of them)|(dem alle)|(dem allesammen)"
            "|(dem alle sammen)|(them all))",
            f"{TAKEN_DRUG} ~2 (the whole|a whole|hele|en hel) (box|pack|packet|æsken|pakken|strip|doseringsæske*|dosisæske*|blister*"
            "|(the lot))",
            f"(the whole|a whole|hele|en hel) (bottle|flaske|flasken|glasset|glas) (of|med|af) ~1 ({PILL_WORDS})",
            "(plastre|plaster|plastrene|patches|patch|fentanylplast*|morfinplast*) ~4 (på en gang|(at once)|(på samme tid)|(at the same time)"
            "|(oven på hinanden))",
            "(mere|more|another|(en dosis til)|(anden dosis)|(second dose)|(one more)) ~2 (naloxon*|naloxone|narcan|nalokson*)",
            "(swallowed|slugt|slugte|taget|tog|took|taken) (everything|alt|(all of it)) ~3 (i|in|fra|from) ~2 (dosette*|dosisæske*|apoteket"
            "|(the pharmacy)|(my box)|(the box)|skabet|(the cupboard))",
            "(har|have|ive|i ve|already|allerede) ~1 (taget|took|taken|slugt|swallowed) (dem|them) (allesammen|alle|all|(alle sammen))",
            "(taken|took|taget|swallowed|slugt) (all|alle) ((of them)|(af dem))",
            "((for sent)|(too late)) ~4 (taget|taken|took|slugt|swallowed) (dem|them|alt|everything|(det hele))",
            "(drak|drukket|drank|drunk|slugt|swallowed|spist|ate|drikker|drinking) ~3 (rottegift*|(rat poison)|(weed killer)"
            "|ukrudtsmiddel*|gramoxone|paraquat|roundup|lampeolie*|(lamp oil)|klorin*|bleach|rensevæske*|afløbsrens*|(drain cleaner)"
            "|frostvæske|antifreeze|sprinklervæske|petroleum|terpentin*|poison)",
            "(hvor|where) ~1 ((er der)|(har i)|(have you)|(do you have)|(anyone have)) ~2 (naloxon*|nalokson*|naloxone|narcan)",
            "(naloxon*|nalokson*|naloxone|narcan) ~1 (hvor|where)",
            "(emptied|tømt|tømte|tømmer) ~3 (blister*|pakker|packs|glas|bottles|æsker|boxes|pilleglas*|medicinskab*|(the cabinet))",
            "(took|taget|tog|swallowed|slugt|slugte) (everything|alt|(all of it)|(det hele)) ~4 (cupboard|skabet|medicinskab*"
            "|(the cabinet)|(in the house)|(i huset)|(jeg havde)|(i had)|(in the flat)|(i lejligheden))",
            "(skud|skuddet|fix|fixet|shot|hit|sprøjte*) ~1 (for meget|alt for meget|too much|way too much|for stort|too big)",
            f"{TAKEN} ~3 ({PILL_WORDS}|insulin*|medicin*|meds) ~2 (til|worth|(meant for)|(beregnet til)) ~1 ((en hel uge)|(hele ugen)"
            "|(a whole week)|(en uge)|(a week)|(en måned)|(a month)|(hele måneden)|(to uger)|(two weeks)|(14 dage))",
            "(ved ikke|ved ik|dont know|don t know|no idea) ~1 (hvor meget|hvor mange|how much|how many) ~2 (jeg har taget|i took"
            "|ive taken|i ve taken|han har taget|hun har taget|he took|she took|he s taken|she s taken)",
            "(givet|gav|given|gave|brugt|used|sprøjtet|fået) ~3 (naloxon*|narcan|nalokson*|naloxone|nalaxone)",
            "(spist|slugt|ate|swallowed|eaten) af ~2 " + PILL_WORDS,
            "overdos*|=od|=oded|=odet|=odede|=ods|overdoes*",
            f"{TAKEN} ~1 {QUANTITY} ~2 {PILLS}",
            f"{TAKEN} {PILLS} ~ {QUANTITY}",
            f"{TAKEN} ~1 #many|#dose",
            f"{TAKEN_DRUG} ~2 (for meget|for mange|alt for meget|alt for mange|too much|too many|way too much|way too many)",
            f"{QUANTITY} ~1 {PILL_WORDS} ~ {TAKEN}",
            f"#many|#dose ~1 {PILL_WORDS}",
            f"(for meget|for mange|alt for meget|too much|too many) ~1 stof|stoffer|drugs|(the drugs)|{PILL_WORDS}",
            f"{TAKEN} (noget|something) ~ og|and ~2 ryster|kaster|hamrer|mærkeligt|underligt|shaking",
            "💊 💊 💊",
            "(hjertet hamrer|hjerte hamrer|heart is racing|heart racing)",
            "cant feel my legs|arms",
            f"{TAKEN_DRUG} ~1 {ALL_OF} _",
            f"{TAKEN_DRUG} ~1 #many|#dose _",
            "hjerte|heart ~2 banker|racing|pounding|hamrer ~2 vildt|(like crazy)",
            "(kan ikke stå|cant stand up|kan ikke gå|cant walk)",
            f"(efter alt det|after all the|after all those|efter alle de) ~1 {PILLS}",
            "(overdose|overdosere) ~2 (on purpose|med vilje)",
            "(taking|swallowing|swallowed|took|taken) (every|all) ~1 (pill|pills|tablet|tablets|meds)",
            "(swallowing|swallowed|necking) (the lot)",
            "(piller|pillerne|pills|tabletter|medicin*|dem fra før) ~6 (tager|tage|ta|tar|sluger|take|taking|swallow|swallowing) (dem alle|(them all)|(all of them)|(dem allesammen)|(dem alle sammen))",
            "(tygget|tygger|chewed|chewing) ~2 (fentanyl*|plaster|plastre|patch|patches)",
            "fentanylplast* ~2 (tygget|chewed)",
            "(skød|skudt|sprøjtede|sprøjtet|fixede|fixet) ((for meget)|(alt for meget)) ind",
            "(injected|shot up) ((too much)|(way too much))",
            "(taget|took|taken|tog|slugt) ~2 (dem|them|pillerne|(the pills)) ~4 ((for sent)|(too late))",
            "((too late)|(for sent)) ~4 (took|taken|taget|tog|slugt) ~2 ((the pills)|pillerne|them|dem)",
            "(taget|tog|took|taken|slugt) ~2 (medicin|meds|pills|piller|medicinen|(my meds)|(min medicin)) (for|til) ~1 ((en hel)|(a whole)|hele) (uge|week|måned|month)",
            "(han|hun|he|she|de|they) (oder|odder|overdoserer|overdosing|oding)",
            "(he|she|they) (is|s|are) (overdosing|oding)",
            "((hvor er)|(where is)|(where s)|(hvor fanden er)) (naloxon*|narcan|nyxoid|modgift*|(the narcan)|(the naloxone))",
        ),
        past=False,
        asked=True,
    ),
    Sign(
        "intoxicated",
        "overdose",
        "cue",
        (
            "skæv|skaev|high|stiv|wasted|stoned|drunk|druk|bombet|smadret|(on something|på noget)",
            "røget|drukket|drak|sniffet|taget ~ masse|meget|noget",
            "(sat et skud|sat et fix|after using|efter et fix)",
            "fentanyl*|heroin*|kokain*|coke|crack|ghb|ketamin*|spice",
        ),
        past=False,
    ),
    Sign(
        "unwell",
        "overdose",
        "cue",
        (
            "(brystet|chest) ~2 (strammer|tight|tightness|hurts|smerter|gør ondt|trykker)",
            "mærkeligt|mærkelig|underligt|underlig|weird|strange|forvirret|confused|(kaster op|throwing up)|vomiting",
            "(sover meget|sleeping a lot)|ryster|shaking|kold|cold|hjertebank*",
            "(spiser ingenting|not eating|spiser ikke)",
            "(feel awful|feel terrible|har det af helvede)",
            "(alt|everything) (bli r|bliver|blir|(is going)|goes|går|turning) (sort|black) ~2 (for mig|(for my eyes)|hjælp|help)",
        ),
        past=False,
    ),
    Sign(
        "misuse",
        "overdose",
        "worrying",
        (
            "(drinking|drikker) ((like a fish)|(som en svamp))",
            "(startet|begyndt|started|starting|tilbage) ~3 (kokain|coke|heroin|crack|speed|amfetamin|stoffer|drugs|ketamin|keta|spice|ghb|opioider|opioids|sprut|druk|drinking|fentanyl|=fent|kemi|kemien|piberen|nålen|(the needle)|(the pipe)|benzo*|benzoer) ~3 (igen|again)",
            "(drikker|drinking|drikke|drinks|druk|drukket) ~4 ((fra jeg står op)|(from the morning)|(from morning)"
            "|(fra morgenstunden)|(when i wake)|(when i get up))",
            "(jeg|han|hun|i|he|she|hes|shes|im|far|mor|dad|mum|mom|(min mand)|(my husband)|(my wife)|(min kone)) ~2 (drikker"
            "|drinking|drukket|drinks) (igen|again|(like a fish))",
            "(tar|tager|ta|ryger|bruger|using|taking|smoking|doing|startet|begyndt|started) ~2 (kok|coke|kokain|kemi|kemien|heroin"
            "|crack|speed|amfetamin|stoffer|drugs|=fent|fentanyl|spice|ghb|benzo*) ~3 (igen|again)",
            "(på kok|(on coke)|(på speed)|(på stoffer)|(on drugs)|(på druk)|(on the piss)) ~3 ((en uge)|(a week)|dage|days|døgn|(uden pause)|(non stop)|nonstop)",
            "(antabus*|antabuse) ~6 ((startet igen)|(begyndt igen)|(drinking again)|(using again)|(drikker igen)|(started again))",
            "(back on|tilbage på) ~1 ((the gear)|gear|heroin|smack|(the drugs)|drugs|coke|crack|(the pipe)|stofferne|piben|(the booze)|(the drink)|spritten|sprutten)",
            "(vågnede|woke|(woke up)|vågner) ~3 ((på græsset)|(on the grass)|(i en busk)|(in a bush)|(på jorden)|(on the ground))",
            "(uden at vide|(without knowing)|(no idea)|(aner ik*)|(aner ikke)) ~2 (hvordan|how) ~3 ((kom hjem)|(got home)"
            "|(kom der)|(got there)|havnede|(ended up)|endte)",
            "(2|3|4|5|to|tre|fire|fem|two|three|four|five) (flasker|bottles) ~2 ((om dagen)|(a day)|(per day)|(hver dag)"
            "|(every day)|(i døgnet))",
            "((hvor mange)|(how many)) ~3 ((kan man)|(can you)|(can i))",
            f"({PILL_WORDS}|opium|coke|kokain|keta*|ketamin*|stoffer|drugs|spice|heroin|amfetamin|speed|drink*|drikker|sprut) ~4"
            " ((hver aften)|(hver dag)|(every night)|(every day)|daily|dagligt|(more and more)|(mere og mere)|(fra morgen*)"
            "|(from morning))",
            "((hver aften)|(hver dag)|(every night)|(every day)|(from morning)|(fra morgenen)) ~3 (drugs|stoffer|opium|tramadol"
            "|drink*|drikker|ryger|(tager noget))",
            "(tolerance|tolerancen|(my tolerance)) ~3 (gone|væk|low|lav|nede|(is gone))",
            "(to|2|tre|3|two|three) (fix|skud|shots|doser) ~2 ((lige efter hinanden)|(back to back)|(i træk)|(in a row))",
            "(bruger|using|use|tager|taking|ryger|fixer|shooting) ~3 (alene|alone|(by myself)|(selv og alene))",
            "(købe|købt|køber|buy|bought|buying|score|scored|scoring|skaffe) ~3 ((på gaden)|(on the street)|(off the street)|(af en ny)"
            "|(from a new)|(off snapchat)|(på snap)|(off telegram)|(på nettet)|(online)|(off the internet)|(from the internet))",
            "(fentanyl*|fenta|=fent) ~4 (laced|blandet|(mixed with)|(blandet med))",
            "(fake|falske|forfalskede|counterfeit|pressed) ~1 (xanax|pills|piller|oxy*|benzo*|percocet*|(the pills))",
            "(blacked out|(blackede ud)|blackout|(gik kold)|(faldt om)|(passed out)) ~6 (spice|drugs|stoffer|(tog noget)|(took something)"
            "|ghb|=g|keta*|pills|piller)",
            "(kan ik*|kan ikke|cant|can t|dont|don t|kan ikk) (huske|remember) ~2 (hvad|what|hvor meget|(how much)) ~2 ((jeg tog)|(i took)"
            "|(i had)|(jeg har taget)|(jeg fik)|(i did))",
            "(vågnede|woke|(woke up)|vågner) ~3 ((på en bænk)|(on a bench)|(in the park)|(i parken)|(i en fremmed)|(in a stranger)"
            "|(on the street)|(på gaden)|(i en trappeopgang)|(in a stairwell))",
            "((on a bender)|(på bender)|(kæmpe bender)|(på druk)|(on the piss)|(on a binge)|(på et bender))",
            "((en hel strimmel)|(whole strip)|(en hel plade)|(a whole strip)) ~3 ((om dagen)|(a day)|(per day))",
            "((kommet ud)|(got out)|released|løsladt) ~6 (skud|fix|shot|hit|bruge|use)",
            "narcanned|(fik naloxon)|(got naloxone)|(got narcan)",
            "((how many)|(hvor mange)) ~3 ((too many)|(for mange))",
            "(købt|bought|køber|buying) ~2 ("
            + PILL_WORDS
            + ") ~3 ((af en fyr)|(on the street)|(på gaden)|(from a guy)|online)",
            "(ved ik*|ved ikke|dont know) ~1 ((om jeg kan lade være)|(if i can stop)|(if i can resist)|(om jeg kan lade vaere))",
            "(hver weekend|(every weekend)|(hver dag)|(every day)|dagligt) ~4 (ketamin|ketamine|coke|kokain|heroin|stoffer|drugs|mdma"
            "|ecstasy|speed|amfetamin)",
            "(tager|takes|bruger|uses) ~1 (ketamin|ketamine|coke|kokain|heroin|stoffer|drugs|mdma|ecstasy|speed) ~2 (hver|every)",
            "genoplive*|resuscitat*|revived|(brought back)",
            "(urge|trang|trangen) ~3 ((to use)|(til at bruge)|(er der stadig)|(is still there)|(to drink)|(til at drikke))",
            "(stærkere|staerkere|stronger) ~3 (end normalt|end det gamle|end sidst|than usual|than normal|than last time)",
            "(tæt på at|nearly|almost|næsten) ~2 (falde om|dø|od|pass out|besvime|died|passed out)",
            "(blander|mixing|mixes|blandet|mixed|blande) ~6 ("
            + PILL_WORDS
            + "|sprit|alkohol|alcohol|booze|drugs|stoffer|ghb|coke"
            "|kokain)",
            "(extra|ekstra|dobbelt|double|flere|more) ~2 " + PILL_WORDS,
            "(knock myself out|slå mig selv ud|sove mig væk|to pass out|for at besvime)",
            "(brugt|used) ~3 " + PILL_WORDS + " ~2 op|up",
            "(use|used|using|bruger|brugte|skyder|skød|fixer|ryger|shoot|shooting) (alone|alene)",
            "relapse*|tilbagefald*|(faldt i igen)|(fell off the wagon)",
            "(alene|alone) ~3 (skyder|fixer|shoot|shooting|using|use|bruger|ryger|smoke|smoking)",
            f"flere|more ~2 {PILLS} ~ end|than",
            f"flere af mine {PILLS}",
            f"more {PILLS}",
            "farligt|dangerous|safe ~ (at tage|to take|to mix|at blande)",
            f"farligt ~ {PILLS}",
            "(på druk|on a bender) ~2 dage|days",
            "binge*",
            "💊",
            f"(hvor mange|hvor meget|how many|how much) ~2 {PILLS}",
            f"begyndt|started|starting ~4 {PILLS} ~3 igen|again|(hver dag|every day)",
            f"{PILLS} ~2 (hver dag|every day|hele tiden|all the time) ~1 igen|again",
            f"(too much|for meget) ~2 {PILLS}",
            f"{PILLS} ~2 (is too much|er for meget)",
            "(using every day|bruger hver dag|tager hver dag)",
            "(kan man dø|can you die|can it kill|er det farligt|is it dangerous|is it safe|er det sikkert|is it ok to)",
            "(en flaske|a bottle) ~3 (om dagen|a day|hver dag|every day)",
            "(drukket|drinking|drikker|drinks|drunk) ~3 (hver dag|every day|all day|hele dagen|i døgnet)",
            "(dobbelt dosis|double dose|for stor dosis|too big a dose|dobbelt op på)",
            "(mixed|blandet|blandede|mixing) ~3 (alcohol|alkohol|sprut|drinks|booze) ~3 (pills|piller|medicin|meds)",
            "(tager|bruger|taking|using|doing) ~2 (mange stoffer|meget stoffer|a lot of drugs|lots of drugs|loads of drugs)",
            f"(kan man tage|can i take|can you take|må man tage|kan jeg tage) ~2 {PILLS}|#many",
            "(på stoffer|on drugs|high) ~3 dage|days|døgn",
            "(taget|tog|took|taking|tager) ((hvad)|(alt hvad)|whatever|(what ever)|(anything)) ~3 ((kunne få fat i)|(kan få fat i)|(could get)|(i could find)|(kunne finde)|(i can get))",
            "(popped|took|taken|tog|taget) ~2 (extra|ekstra) ~1 (xans|xanax|bars|pills|piller|stesolid|benzo|benzoer)",
            "(apotek*|pharmacy|medicin*|recept*|prescription|stesolid*|lyrica*|pills|piller|pillerne|dosis*|udlevere*|udleveret|metadon*|methadone|benzo*|rivotril*|oxy*|tramadol*) ~6 ((før tid)|(for tidligt)|(too early)|(ahead of time)|(før tiden))",
            "(tolerance|toleransen|tolerancen|(my tolerance)|(min tolerance)) ~3 (væk|gone|lav|low|nede|down|(is gone)|(er væk))",
            "(pressed|fake|falske|fakes|dodgy|(street)) (bars|xans|xanax|pills|piller|oxy|oxys|benzos|percs|(oxy s))",
            "(ny|nyt|new|fresh) (brun|brunt|heroin|fentanyl|batch|levering|stof|gear|dope) ~6 (stærk|stærkt|strong|potent)",
            "(bad batch|strong batch|stærk batch)",
            "(tør for|løbet tør for|out of|ran out of|mangler|no more) ~1 (naloxon*|nalokson*|narcan|nyxoid)",
            "(brun|brunt|heroin|fentanyl|fenta|batch|levering|stoffet|gear|dope|kemi|kemien|piller|pillerne) ~6 (folk siger|people say|siger de|they say|de siger) ~2 (den|det|it|its|the stuff) ~1 (er|is) ~1 (stærk|stærkt|strong|potent)",
        ),
        past=False,
    ),
    # ---- violence ---------------------------------------------------------------------------------------
    Sign(
        "violence_now",
        "violence",
        "acute",
        (
            "(han|hun|de|he|she|they|hes|shes) ~3 (smider|kaster|throwing|throws) ~3 (efter|at|på) (mig|me|os|us|hende|her|ham"
            "|him|mor|mum|mom)",
            "(han|hun|de|he|she|they|hes|shes) ~2 (står|stands|standing) ~3 (nu|now) (med|with) ~1 (hammer*|(a hammer)|(the hammer)|øksen|(the axe)|koben|kniven|(the knife)|(a knife)|(en kniv)|balltræet|(a bat)|(the bat))",
            "(låser|låst|låste) mig inne",
            f"({OTHER[1:-1]}|chef|chefen|boss|(the boss)) ~4 (lock|locked|låst|lukke|lukket|låse|låser) ~1 (me|mig|us|os) ~1 (in|inde"
            "|(i container)|(in the room)|(i rummet)|(i et rum))",
            f"{OTHER} ~3 (låst|låser|låste|locked|locking|locks) ~1 (mig|os|me|us) ~1 (inde|in|inside)",
            "((fat i)|grabbed|holder|(has got)) ~3 ((om halsen)|(by the throat)|(round the neck)|(i halsen))",
            "(jagter|chasing|chases|forfølger|(løber efter)) ~6 (med|with) ~2 (flasker|flaske|knive|kniv|knife|knives|bats|bat|bælter|køller"
            "|bottles|weapons|våben)",
            "(hører|hear|hearing|heard|hørte) ~2 (skud|shots|gunshots|skyderi|(a gun)|(skud i))",
            "(hører|hear|hearing|(kan høre)|(can hear)) ~3 (skrig|skrige|skriger|screaming|screams) ~4 (nu|now|(lige nu)|(right now)"
            "|(gennem væggen)|(through the wall)|(next door)|(ved siden af)|ovenpå|upstairs)",
            "(hænderne|hands|hand|fingrene|armen) ~2 (om|round|around|(rundt om)) ~2 ((min hals)|halsen|(my throat)|(my neck)"
            "|(her throat)|(her neck)|(hendes hals)|(his throat))",
            "((holdt fast)|(holdt fanget)|(held captive)|(held against my will)|(holdt indespærret)|(holder mig indespærret))",
            "((fået tæsk)|(fik tæsk)|(got beaten)|(got beat up)|(fået bank)|(fik bank)|(fået klø)|(fik klø))",
            "(råber|skriger|screaming|shouting|yelling|screams|råbte|skreg) ~2 (hjælp|help|(om hjælp)|(for help))",
            "(rystet|rysted|shook|shaken|shaking|rusket) ~2 (babyen|baby|(the baby)|barnet|(the child)|(the kid))",
            "((har fat i)|(hiver i)|(holder i)|grabbed|(is pulling)|(has me by)) ~2 ((mit hår)|(my hair)|(min hals)|(my throat)|(my neck))",
            "(stikker|slår|dræber|skyder|kvæler) (jeg|i) (ham|hende|dem|him|her)",
            "(i will|ill|i ll|im going to|im gonna|i m going to) (stab|kill|shoot|hurt|strangle) (him|her|them)",
            "(holder mig fast|holding me down|holds me down|pins me down|pinning me down)",
            "(truer|truede|threatens|threatening|threatened) ~3 (med|with) ~2 (et knust glas|en kniv|a knife|broken glass|a bottle"
            "|en flaske|et våben|a weapon|a gun|en pistol|en økse|an axe|et bat|a bat|et baseballbat|a baseball bat)",
            "(slår|banker|sparker|tæsker|taesker|hamrer|slog|bankede|tæskede|sparkede) ~1 (på|løs på) ~1 (ham|hende|mig|os|en|min|mor|far|him|her)",
            "tæsker|taesker|tæskede|tæsket|tæske|gennembanker|gennembankede|gennembanket ~2 " + VICTIM,
            "slår|slaar|slog|sparker|sparkede|banker|bankede|tæver|taever|tævede|kvæler|kvalte|hiver|river"
            f"|skubber|angriber|angreb|voldtager|overfalder|overfaldt|stikker|stak|skyder|skød {VICTIM}",
            "slår|slaar|slog|sparker|sparkede|banker|bankede|tæver|tævede|kvæler|kvalte|truer|stikker|skyder|hitting|beating"
            f"|kicking|choking|hits|beats|stabbing|slået|tævet|banket|brækket|broke|hurting|hurt {POSSESSIVE} {KIN}",
            "(høre|hear|hører|hearing) ~2 hende|ham|her|him|nogen|someone|them|dem ~1 skrige|scream|screaming|skriger|råbe om hjælp",
            "(slår på mig|banker på mig|slår løs på|hits on me)",
            "(smadret alt|smadrer alt|smashing everything|smashed everything)",
            "(kniv i maven|kniv i ryggen|kniv i siden|stukket i)",
            "(knife|kniv|kniven|(the knife)) (in|i) (his|her|my|min|hans|hendes) (side|back|stomach|belly|chest|leg|arm|neck|ribs|guts|mave|maven|ryg|ryggen|siden|bryst|brystet|ben|benet|hals|halsen|lår|låret)",
            f"{OTHER} (skyder|shooting|shoots)",
            "(der bliver skudt|someone is shooting|shots fired|der er skud)",
            "(sparke|sparker|smadre|smadrer|bryde|bryder|kick|kicking) ~2 (døren|min dør|dør|the door|my door) ~1 ind|op|in|down",
            "(breaking into|bryder ind i|broke into|brudt ind i)",
            f"brækket|broke|broken ~1 {POSSESSIVE} ~1 arm|armen|næse|næsen|ribben|kæbe|kæben|fingre|nose|ribs|jaw|fingers",
            f"slået|sparket|banket|tævet|kvalt|skubbet|stukket|skudt|slæber|slæbte|river|rev|hiver|hev|overfalder {VICTIM}",
            "(brudt ind|bryder ind|broken in|broke in|breaks in|er brudt ind|trængt ind)",
            "(break down the door|breaking down the door|smadre døren|smadrer døren|sparke døren ind|sparker døren ind)",
            f"kaster|kastede|smider|smed|threw|throws|throwing|pushed|shoved|skubbede ~1 {VICTIM} ~2 (ind i|mod|into"
            "|against|ned ad|down)",
            "(rørte ved mig|rører ved mig|touched me|befamlede mig|groped me) ~5 nej|no|(ikke ville|didnt want|did not want)",
            "brandbombe|molotov*|(sat ild til|set fire to|sætter ild)",
            "(er stukket|er skudt|er slået ned|is stabbed|is shot)",
            "*slagsmål|masseslagsmål|brawl",
            "hitting|hits|hit|beating|beats|beat|kicking|kicks|kicked|choking|chokes|choked|strangling|punching"
            f"|punched|attacking|attacked|hurting|stabbing|stabbed|raping|shoving|dragging|strangle|strangles|choke|kill {VICTIM}",
            "(indbrud hos mig|der er nogen inde|someone in my house|someone is in my flat|nogen i min lejlighed)",
            "(beat me up|beats me up|beating me up|kvælertag|strangled|chokehold)",
            "(blevet|bliver|blive|blev|bli|been|got|getting|was|is being|be) slået|tævet|taevet|banket|voldtaget|kvalt|stukket"
            "|overfaldet|skudt|knivstukket|angrebet|raped|stabbed|shot|attacked|assaulted|beaten|mugged|jumped",
            "(stukket ned|knivstukket|skudt ned)|overfald*|assaulted",
            "voldtæg*|voldtag*|voldtog|voldtaget|voldtaeg*|raped|rape|raping|rapist",
            f"tvang|tvinger|forced|forcing|pressed {VICTIM} ~4 sex",
            "vold|volden|violence|husspektakler|slåskamp|slaaskamp|slagsmål|(fight outside)",
            f"{OTHER} ~3 slå|slår|slaar|dræbe|dræber|myrde|kill|kills|killing|murder|hurt|stab|stikke|skyde|shoot"
            f" {VICTIM}",
            f"{OTHER} ~3 slå|slår|slaar|dræbe {VICTIM} ihjel",
            "dræbe|dræber|dræbte|myrde|myrder mig|os|hende|ham",
            "truer|truede|truet|threaten* ~3 slå|dræbe|stikke|skyde|ihjel|kniv|kill|stab|shoot|knife",
            "(prøver at komme ind|bryde ind|brækker døren|sparker døren|breaking in|break in|trying to get in)",
            "slår|hamrer|sparker|slaar|hammering|banging ~2 på|on ~2 døren|dør|door",
            "låst|låser|spærret ~1 mig ~1 inde",
            "(holder mig fanget|locked me in|locks me in)",
            "(wont|doesnt|wont|will not|wouldnt) let me leave|go|out",
            "(vil ikke lade mig gå)",
            "gemmer mig|hiding ~ for|from ~ ham|him|dem|them",
            f"gemmer|hiding ~4 {OTHER} ~1 er|is|going ~2 gal|crazy|vild",
            "(han er helt gal|hes going crazy|going crazy|han er helt vild|hun er helt vild|går amok|gik amok|gået amok)",
            "(står|standing|venter|waiting) ~3 (dør|door|døren|opgang*) ~2 (med|with) ~2 (hammer|hammeren|kniv|kniven|knife|balta*|bat|kølle|økse|axe|pistol|gun)",
            "(slog|slår|sparkede|skubbede|hit|kicked|pushed) (hjemmehjælperen|sygeplejersken|personalet|pædagogen|plejeren|(the carer)|(the nurse)|(the staff))",
            "(got|get|was|were|blev|(er blevet)) (punched|jumped|stabbed|(beaten up)|(slået ned)|overfaldet|tævet|banket|knivstukket)",
            "(hammer|hammeren|kniv|kniven|knife|bat|balltræ*|kølle|økse|øksen|axe|machete|jern*|(the knife)|(a knife)|(the bat)) ~3 ((i hånden)|(i hånd)|(in my hand)|(in hand)) ~6 (går|going|kommer|coming|gaar) ~2 (derind|derover|derhen|(over to)|(ind til ham)|(ind til hende)|(over til ham)|(over to him)|(over to her))",
            "(er ved at|is about to|is trying to|prøver at) ~1 (slå|dræbe|kvæle|kill|strangle|beat) ~1 (sin|sine|hans|hendes|min|my|his|her) (kone|mand|kæreste|far|mor|søn|datter|barn|bror|søster|wife|husband|girlfriend|boyfriend|dad|mum|mom|son|daughter|kid|brother|sister) (ihjel|to death)",
            "(er ved at|is about to|prøver at) (slå|dræbe|kvæle) (ham|hende) ihjel",
        ),
        negatable=True,
    ),
    Sign(  # a beating going on: "min ven får tæsk bag føtex", "de sparker hans hoved"
        "beating",
        "violence",
        "acute",
        (
            "((der er)|(there s)|theres|(there is)) (vold|slagsmål|slåskamp|(a fight)|skyderi|knivstikkeri) ~2 (i|in|på|at|ved|outside|udenfor|nede|oppe)",
            "(kom|come) (hurtigt|nu|quick|now|fast) ~3 (han|hun|de|he|she|they) ~1 (slår|hits|hitting|beats|beating|sparker|kicking)",
            "(punching|kicking|hitting|beating|stabbing|slår|sparker|tæver|banker) ~3 (repeatedly|(igen og igen)|(again and again)"
            "|(over and over))",
            "((slår løs)|(tæver løs)|(tæsker løs)) (på|paa) (ham|hende|mig|os|(sin kone)|(sin kæreste)|(sin søn)|(sin datter)|barnet|drengen"
            "|pigen|(en mand)|(en dame)|(en fyr))",
            "(laying into|battering|smashing) (him|her|me|us)",
            "(smadrer|tæver|tæsker) (ham|hende|mig|os)",
            "((får tæsk)|(får bank)|(getting beaten)|(getting battered)|(being beaten)|(bliver tævet)|(getting jumped)"
            "|(being attacked)|(bliver overfaldet))",
            "(sparker|kicking|stamper|stomping|slår|hitting|punching) ~2 (hans|hendes|his|her|hende|ham|him) ~1 (hoved|head"
            "|ansigt|face|hovedet)",
            f"{OTHER} ~1 (hit|hitting|hits|slår|slog|sparker|kicking|kicks|beating|banker) (me|mig|her|hende|him|ham) (now|nu|(right now)|(lige nu))",
            "(der bliver|bliver der) (skreget|råbt|raabt) ~3 (smadret|smadrer)",
            "(mand|fyr|guy|man|bloke|someone|nogen|en) (with|med) (a|en) (knife|kniv|machete|økse|axe|hammer|bat|kølle|baseballbat|jernstang) ~2 (chasing|jagter|løber efter|runs after|running after|efter nogen|after someone)",
        ),
    ),
    Sign(  # held against one's will, or hunted, now: acute though it may say "ik" ("vil ik lukke mig ud")
        "held",
        "violence",
        "acute",
        (
            "(han|hun|de|kæreste*|kaeresten|manden|fyren|far|faren|he|she|they|boyfriend|husband|partner|dad) (har|has|have"
            "|had|havde) (låst|spærret) ~2 (mig|os|hende) ~1 (inde)",
            "(han|hun|de|kæreste*|kaeresten|manden|fyren|far|faren) (låste|låser|spærrede|spærrer) ~2 (mig|os|hende) ~1 (inde)",
            "(han|hun|de|he|she|they|kæreste*|kæresten|manden|boyfriend|husband|partner) ~6 (og|and) ~1 (siger|says|said|sagde"
            "|truer|threatens) ~2 (jeg|i|vi|we) (ik*|ikke|not|wont|won t|never|aldrig) ~1 (kommer|komme|get|gets|slipper) ~1"
            " (ud|out) ~1 (før|until|before|igen|again|herfra|(of here))",
            "(han|hun|de|he|she|they|kæreste*|kæresten|manden|boyfriend|husband|partner) ~1 (siger|says|said|sagde|truer"
            "|threatens) ~2 (jeg|i|vi|we) (ik*|ikke|not|wont|won t|never|aldrig) ~1 (kommer|komme|get|gets|slipper) ~1"
            " (ud|out) ~1 (før|until|before|igen|again|herfra|(of here))",
            "(låser|låst|locks|locked) ~1 (døren|(the door)|(os inde)|(us in)|(mig inde)|(me in)) ~2 ((om natten)|(at night)|(hver nat)|(every night))",
            "(tvinger|tvang|tvunget|forcing|forces|forced) ~2 (mig|me|os|us) ~3 (blive|stay|staying) ~2 (her|here|inde|inside)",
            "(holder|holdt|holding|kept|keeps) (mig|me|os|us) (låst|locked) ~1 (inde|in|up)",
            "(de|nogen|they|someone|some|guys|fyre|mænd|men|han|he|hun|she) ~2 (dragged|trukket|slæbt|slæbte|hev|pulled|shoved"
            "|skubbet|smidt|threw|thrown) ~2 (him|her|me|ham|hende|mig) ~2 (into|in|ind i|ind) ~3 (van|car|bil|bilen"
            "|varevogn*|(the back))",
            "((they ve)|theyve|(they have)|(de har)) (got|taget|fået) ~1 (my|min) ~1 (mate|ven|friend|bror|brother|son|søn)"
            " ~3 ((in the back)|(bag i)|(inde i)) ~3 (van|varevogn*|bil|bilen|car)",
            "(he s|hes|he has|han har|she s|shes|hun har|they ve|theyve|(they have)|de har) (got|taget|fået|took|taken) ~1 (my|min|mit|mine|our|vores) ~1 (daughter|son|kid|kids|child|baby|datter|søn|barn|børn) ~4 (car|van|bil|bilen|varevogn*) ~6 (never|aldrig|drunk|fuld"
            "|beruset|truer|threat*|(won t)|wont|(vil ik*)|(vil ikke))",
            "(gemmer|gemte|gemt|hiding|hide|hid) ~1 (mig|mæ|me|myself|os|us) ~3 (skab*|closet|wardrobe|toilet*|badeværelse*"
            "|bathroom|(under sengen)|(under the bed)) ~6 (han|hun|de|he|she|they|far|fuld|drunk|hjælp|help|slår|hits|råber"
            "|screaming|ham|hende|him|her)",
            "(løber|løb|running|flygter|fleeing|run) ~4 (de|han|hun|they|he|she|nogen|someone) ~2 ((efter mig)|(after me)"
            "|(chasing me)|(jagter mig))",
            "(lukker|lukke|slipper|lader) mig (ikke|ik|ikk) (ud|gå)",
            "(kept|locked|held) (in|inside) (the|a|my|this) (room|house|flat|basement|kælder|container)",
            "(kept|locked|held) (me|her|him|us) ~1 (in|inside) ~2 (room|house|flat|basement|container|kælder)",
            "(pinned|pinning) (me|mig) (down|ned)",
            "(not|wont|(won t)|doesnt|(doesn t)|dont|(don t)) let me (go|leave|out) ~2 (take|took|taken|tager|tog) ~2 (phone|telefon*|passport|pas|passet)",
            "(holder mig fast|holder mig nede|(holding me down)|(holds me down)|(pinned me)|(pinning me))",
            "((kører efter)|(driving after)|(following my car)) ~2 ((min bil)|(my car)|mig|me)",
            "(kan ik*|kan ikke|cant|can t|cannot|ik kan|ikke kan) (komme ud|(get out)) ~2 (herfra|(of here)|(of the room)|(af rummet)"
            "|(af lejligheden)|(of the flat)|(af bilen)|(of the car)|låst|locked)",
            "(vil ik*|vil ikke|wont|won t|will not|refuses to) ~1 (lukke|lade|let) ~2 (mig|me|os|us) ~1 (ud|gå|out|go|leave)",
            "(følger efter mig|(is following me)|(are following me)|(keeps following me)|(bliver fulgt efter)|(being followed)"
            "|(bliver jagtet)|jagtet|(being chased)|(is chasing me)|(are chasing me)|(jagter mig)|(chasing me)|(efter mig nu))",
            "(smadrer|sparker|breaking|kicking|smashing) ~2 (min dør|døren|(my door)|(the door)|(down the door)"
            "|(in the door)|hoveddøren|(the front door)) ~3 (nu|now|ind|in|down)",
            "(kan ik*|kan ikke|cant|can t) (snakke|tale|ringe|talk|call) ~4 (han|hun|de|he|she|they|hes|shes|theyre) ~1 (er|is|are"
            "|stadig|still) ~1 (her|here|i lejligheden|(in the flat)|hjemme|home|outside|udenfor)",
            "(kan ik*|kan ikke|cant|can t) (snakke|tale|talk|ringe|call) ~3 (hes|shes|theyre|(he s)|(she s)) ~1 (here|home|outside|back)",
            "(skriver fra|texting from|writing from|gemt mig på|hiding in) ~2 (toilettet|badeværelset"
            "|(the toilet)|(the bathroom)|skabet|(the closet)|bilen|(the car))",
            "(siger|said|says|sagde|skrev|wrote) ~2 ((today i die)|(i dag dør jeg)|(du skal dø)|(you will die)|(you re dead)"
            "|(youre dead)|(du er død)|(you die today))",
            f"{OTHER} ~1 (blokerer|blocks|blocking|spærrer) ~1 (døren|(the door)|vejen|(the way)|udgangen)",
            "(he|han|hun|she) (took|tog|(har taget)|(has taken)) ~1 (my|mine|min) (keys|nøgler|nøglerne|phone|telefon|telefonen) ~2 (and|og) ~1 (phone|telefon|telefonen|keys|nøgler|nøglerne)",
            "(han|hun|de) ((låser mig)|(holder mig fast)|(holde mig fast))",
            "((pinned me down)|(has me pinned)|(pinning me down)|(pins me down))",
            "(taget|took|tog|har) ~1 ((mit pas)|(my passport)) ~4 ((må ikke gå)|(må ik gå)|(can t leave)|(cant leave)|(not allowed to leave)|(won t let me leave)|(lader mig ikke gå))",
            "(vil|will) (ik*|ikke|not|wont|won t) (give|aflevere|hand|let) ~1 (ham|hende|him|her|min søn|min datter|my son|my daughter|barnet|the child) ~1 (tilbage|back|go) ~4 (betaler|pay|pays|penge|money|før|before|medmindre|unless)",
            "(kræver|forlanger|demands|demand|insist|insists) ~2 (jeg|at jeg|me|i) ~1 (kommer|komme|come|to come) (alene|alone)",
            "(de|they|han|he) (har|have|has|got) (min|my|vores|our) (lillebror|lillesøster|søn|datter|bror|søster|little brother|little sister|son|daughter|brother|sister) ~4 (kræver|forlanger|demand|demands|(vil have penge)|(want money)|løsepenge|ransom)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(  # a threat to life said now: acute even with "ik" in it ("han siger vi ik kommer ud i live")
        "death_threat",
        "violence",
        "acute",
        (
            "((ved hvor)|(knows where)|(know where)) ~5 ((på vej)|(on his way)|(on her way)|(on their way)|(coming now)|(kommer nu))",
            "(stemmerne|stemmer|(the voices)|voices) ~3 (siger|says|tell|telling|told|befaler) ~4 (slå|dræbe|kill|hurt|skade|stikke|stab) ~3 (ihjel|ham|hende|min|my|nogen|someone|him|her)",
            "((bliver fulgt efter)|(being followed)|(is following me)|(følger efter mig)) ~6 (nu|now|(lige nu)"
            "|(right now))",
            "(ellers|or else|otherwise) ~3 (brækker|slår|stikker|dræber|skyder|break|kill|stab|hurt|shoot)",
            "(or|ellers) ~1 (he|she|they|han|hun|de) ~1 (cut|cuts|kill|kills|stab|stabs|hurt|hurts|skærer|dræber|stikker) ~1 (me|mig|us|os)",
            "(get|getting|gonna get|going to get) (shanked|stabbed|knifed|killed|murdered|shot|jumped)",
            "(when|når) (he|han|she|hun|they|de) ~2 (wakes up|vågner|(kommer hjem)|(comes home)|(gets home)) ~3 ((im dead)|(i m dead)"
            "|(i am dead)|(jeg er død)|(dør jeg)|(gør han det færdig)|(he ll finish))",
            "(i aften|tonight|i nat|i morgen|tomorrow) (dør du|(you die)|(er du død)|(you re dead)|(youre dead)|(ur dead))",
            "(du|jeg|you) (overlever|survive) (ik*|ikke|not) ~2 ((i nat)|(i aften)|tonight|natten|(the night))",
            "((ved hvor jeg bor)|(knows where i live)|(know where i live)|(ved hvor du bor)) ~6 (kommer|coming|(i aften)|tonight|(i nat)|nu|now)",
            "(threatening|truer) ~4 (with|med) ~2 ((a broken bottle)|(en knust flaske)|knife|kniv|kniven|bat|kølle)",
            "((sidste dag du lever)|(last day you live)|(your last day alive)|(din sidste dag i live)|(dine dage er talte)"
            "|(your days are numbered))",
            "(finish me off)",
            "(stikker|stikke|slår|dræber|skyder) (mig|os) ~2 (i nat|i aften|tonight|nu|now)",
            "(ud i live|ud herfra i live|out alive|out of here alive)",
            "(får det du fortjener|far det du fortjener|får hvad du fortjener|get what you deserve|get what u deserve"
            "|gets what she deserves|gets what he deserves)",
            "(brænde|brænder|brænde ned|burn|burning|burn down|sætte ild til|set fire to) ~3 (huset|lejligheden|hus"
            "|house|flat|the house|the flat|stedet|place) ~3 (med os|with us|med mig|with me|med dem|with them|med hende"
            "|med ham|with her|with him)",
            "(hældt|hælder|poured|pouring) ~2 (benzin|petrol|gasoline|tændvæske|(lighter fluid))",
            "(hel|hell|shel|shell|theyl|theyll|hes gonna|hes going to|shes gonna|shes going to|he will|she will"
            "|they will|theyre gonna|theyre going to) ~1 (stab|kill|shoot|murder|knife|strangle) ~1 (me|us|her|him"
            "|my|them)",
            "(siger|sagde|says|said|skrev|wrote) ~3 (jeg|du|you|i|han|hun) ~1 (ikke|ik|not|wont|(won t)) (overlever|survive)"
            " ~2 ((i aften)|tonight|(i nat)|natten|(the night))",
            "(siger|sagde|skrev|skriver|says|said|texted|wrote|truer med|truede med) ~4 (dræbe|dræber|slå ihjel"
            "|slår ihjel|kill|stab|stikke|skyde|shoot|murder|myrde) ~2 (mig|os|me|us|hende|ham|her|him)",
            "(sagde|siger|said|says|skrev|skriver|wrote|texted) (han|hun|de|he|she|they) (skærer|stikker|dræber|skyder|cuts|stabs|kills|shoots|will cut|will kill|gonna cut|gonna kill|vil skære|vil dræbe) (ham|hende|dem|him|them|mig|me|os|us)",
        ),
        negatable=False,
    ),
    Sign(
        "weapon",
        "violence",
        "cue",
        (
            "kniv|kniven|knive|knivene|knife|knives|🔪|pistol*|gun|guns|våben|weapon|machete|økse|axe|🗡|🔫|gevær*|haglgevær*|jagtgevær*|rifle|shotgun|riffel*|riflen|jagtriffel*|rifles|baseballbat*|(baseball bat)"
            "|jernrør*|(iron bar)|boksejern|knojern|(brass knuckles)|kølle|køllen|slagvåben|haglbøsse*|øksen"
            "|(the axe)|koben|(a crowbar)",
        ),
    ),
    Sign(  # "han er på vej", "de står udenfor nu": with a threat, a beating or a weapon, danger at the door (assess.py)
        "at_door",
        "violence",
        "cue",
        (
            "(er|is|are|kommer) (han|hun|de|he|she|they) ~1 ((på vej)|(on his way)|(on her way)|(on their way)|(on the way)|herover|(coming over))",
            "(han|hun|de|he|she|they|hes|shes|theyre|(he s)|(she s)|(they re)|manden|kæresten|eksen|(my ex)) ~2"
            " (udenfor|outside|(ved døren)|(at the door)|(ved min dør)|(at my door)|(på trappen)|(i opgangen)"
            "|dernede|downstairs|(nede på gaden)|(i gangen)|(in the hall)) ~2 (nu|now|(lige nu)|(right now)|igen|again)",
            "(han|hun|de|he|she|they|manden|kæresten|eksen|(min eks)|(my ex)) (er|is|are) ~1 ((på vej)|(on his way)"
            "|(on her way)|(on their way)|(on the way)|(coming over)|(coming here)|(coming round))",
            "(hes|shes|theyre|(he s)|(she s)|(they re)) ~1 ((on his way)|(on her way)|(on their way)|(on the way)"
            "|(coming over)|(coming here)|(coming round))",
            "(han|hun|de|manden|kæresten|eksen) ~1 ((kommer herover)|(kommer nu)|(kommer hjem nu))",
            "(han|hun|de|eks|eksen|(min eks)|he|she|they) ~3 ((kommet ind)|(er kommet)|(er inde)|(står i)|(er i)|(is in)"
            "|(got in)) ~2 (opgangen|gangen|(the hallway)|(the stairwell)|(the building)|lejligheden|(the flat))",
            f"{OTHER} ~2 (kommer|coming|(er på vej)) (nu|now|(lige nu)|(right now)|herhen|(over nu))",
            "((har til)|(har indtil)|(have until)|(got until)|(giver mig til)|(gave me until)) ((kl _)|(klokken _)|midnat|midnight|(i aften)|tonight)",
            f"{OTHER} (er|is|are) (her|here|inde|inside|udenfor|outside) (nu|now)",
            "((kommer efter mig)|(coming for me)|(coming after me)|(kommer og henter mig)) ~2 ((i nat)|(i aften)|nu|tonight|now|(lige nu))",
        ),
    ),
    Sign("other_person", "violence", "cue", (OTHER,), negatable=False),
    Sign(
        "threat",
        "violence",
        "worrying",
        (
            "(han|hun|de|he|she|they) ~2 (sagde|siger|said|says|skrev|wrote|texted|truer|threatens) ~3 (ville|vil|would|will|skal) ((gøre mig noget)|(gøre mig fortræd)|(hurt me)|(do something to me)|(gøre mig ondt)|(få mig)|(get me))",
            "(han|hun|de|he|she|they|chefen|(the boss)|(my boss)|arbejdsgiver*) ~3 (taget|tog|took|taken|beholder|keeps|kept"
            "|holds) ~1 ((mit pas)|(my passport)|(mine papirer)|(my papers)|(mit id)|(my id))",
            "(tvunget|tvinger|tvang|forced|forcing) ~3 (sælge|deale|sell|deal|stjæle|steal|(arbejde gratis)|(work for free)|sex|(sleep with))",
            "(han|hun|de|he|she|they) ~4 ((går ud over)|(take it out on)|(hurt)|(gøre noget ved)|(do something to)) ~2 (min|my) ~1 (lillesøster|søster|bror|lillebror|mor|sister|brother|mum|mom|family|familie|børn|kids|datter|søn|daughter|son)",
            "(nabo*|lejlighed*|ovenpå|nedenunder|upstairs|downstairs|(next door)|neighbour*|væggen|(the wall)) ~6 (råb|skrig"
            "|skrigen|screaming|shouting|yelling|dunk|bump|banging|bangs|smadren) ~3 (og|and) ~1 (dunk|bump|banging|bangs|slag"
            "|skrig|råb|crying|gråd|smadren|screaming|yelling|thuds)",
            "(råb|skrig|skrigen|screaming|shouting|yelling|dunk|bump|banging|bangs|smadren) ~3 (og|and) ~1 (dunk|bump|banging"
            "|bangs|slag|skrig|råb|crying|gråd|smadren|screaming|yelling|thuds) ~6 (nabo*|lejlighed*|ovenpå|nedenunder|upstairs"
            "|downstairs|(next door)|neighbour*|væggen|(the wall)|(the flat))",
            "((asking around for me)|(spørger efter mig)|(spørger rundt efter mig)|(settle things)|(gøre op med mig))",
            "((want to hurt)|(vil skade)|(lyst til at slå)|(want to punch)) ~1 (people|folk|nogen|someone)",
            "(punched|slog|smashed) ~2 ((a wall)|(the wall)|væggen|(en væg)|(hul i))",
            "(skal|vil|will|gonna|going to|nok skal|hed|hell) ~2 (finde mig|find me|get me|tage mig) ~2 (en dag|one day|sometime"
            "|når|when|snart|=soon)",
            "(skylder|owe|owes) ~3 (penge|money|them|dem|ham|him)",
            "(de|they|han|he|hun|she) ~1 ((har fundet)|found|fandt) (mig|me)",
            "((venter på mig)|(waiting for me)) ~3 (ved|at|udenfor|outside|nede|downstairs|(ved stationen))",
            "((got rough)|(blev voldelig)|(blev hårdhændet)|(got violent)|(hurt me)|(gjorde mig ondt)|(gjorde mig fortræd))",
            "((something happened)|(der skete noget)|(der er sket noget)|(noget skete)) ~6 ((didn t want)|(didnt want)|(ikke ville)|(ik ville)"
            "|(did not want)|(ikke ønskede))",
            "(tilhold|(restraining order)|voldsalarm*|krisecenter*|(women s shelter)|(shelter for women))",
            "(tør ik*|tør ikke|(dont dare)|(daren t)|(scared to)|(afraid to)) ~2 (sove|være|sleep|be|gå|go) ~1 (hjemme|home|der|there|hjem)",
            "(ved hvor|know where|knows where|ved godt hvor) ~3 (bor|lives|live|(går i skole)|(goes to school)|school|skole|arbejder|works)",
            "truer|truet|truede|threaten*|truslen|trusler|trussel|trusselsbesked*|threat|threats",
            "voldelig*|violent|aggressiv*|aggressive",
            "kontrollerer|controls|controlling|styrer|overvåger|(checks my phone)",
            "(tør ikke|tør ik|dont dare|daren t|too scared to) ~3 sige|gå|tell|leave|ham|him|hende|her|hjem|home",
            "(taget mit pas|taget mine penge|took my passport|takes my money|tager mine penge)",
            "(dukker op|showing up|shows up|turns up) ~4 (alle steder|everywhere|my work|mit arbejde|min skole|my school|udenfor"
            "|outside)",
            "(ikke tryg|utryg|not safe|dont feel safe|unsafe)",
            "(råber af|yells at|screams at|shouts at) ~1 os|mig|me|us",
            "(læser|checks|reads|går igennem|tjekker) ~2 (mine beskeder|my messages|min telefon|my phone|mine sms|my texts)",
            "(blå mærker|blåt øje|black eye|bruises)",
            "(wont let me|lader mig ikke|må ikke for ham) ~2 (see|se|mine venner|my friends|gå ud|go out)",
            "(gifte mig bort|tvangsægteskab|forced marriage)",
            "(står og venter på mig|waiting outside for me|står udenfor og venter|venter på mig udenfor)",
            "står|standing ~3 (og venter på mig|waiting for me)",
            "(følger efter mig|following me)|stalk*",
            "bange for ~2 ham|hende|dem|him|her|them|(at gå hjem)",
            "scared|afraid ~ (of him|to go home|of her)",
            "råber|yells|yelling|screams ~ (hele tiden|at me|all the time)",
            "(jaloux og|jealous and)",
            "tager|tog|takes|took min|my telefon|phone",
            "slog|sparkede|skubbede|bankede|tævede|hit|kicked|pushed|shoved mig|me|os|us|hende|her",
            "(vred|rasende|angry|furious|pissed) ~1 (på|at) (os|mig|me|us)",
            f"{OTHER} ~ drikker|drinks ~ og|and",
            "(ellers|(or else)|otherwise) (skærer|stikker|slår|dræber|smadrer|cut|stab|kill|hurt) (de|han|hun|they|he|she|they ll|he ll) (mig|me)",
            "(pusheren|dealeren|(the dealer)|(my dealer)|pusher|dealer) ~6 (skylder|owe|owes|skaffe|gæld|debt)",
            "((coming for me)|(coming after me))",
            "(pusheren|dealeren|dealer|pusher|(the dealer)|(my dealer)) ~2 (siger|says|sagde|said|truer|threatens) ~6 (skaffe|penge|gælden|money|(the money))",
            "(ellers|eller) ((er jeg død)|(stikker de mig)|(slår de mig)|(dræber de mig)|(er jeg færdig))",
            "((en dag)|(one day)|(some day)|(someday)|(en skønne dag)) ~2 (finder|fanger|find|get|catch) (jeg|vi|=i|we|de|they|han|he) ~1 (dig|you|ham|him|hende|her|jer)",
            "(han|hun|he|she|de|they) (skal|gonna|(is gonna)|(is going to)|(s gonna)) ~1 ((ha det han fortjener)|(ha det hun fortjener)|(få hvad han fortjener)|(get what he deserves)|(get what she deserves)|(get what s coming)|(get whats coming)|(hvad han fortjener)|(det han fortjener)|(det hun fortjener))",
            "(må|(have to)|must|(ll have to)) (jeg|i) ~1 ((gøre noget ved)|(do something about)|(do something to)) (ham|hende|him|her|naboen)",
        ),
    ),
    # ---- suicide: intent, method, plan ------------------------------------------------------------------
    Sign(  # gone by tomorrow: acute though it says "ik" ("jeg er ik her i morgen")
        "not_here_tomorrow",
        "suicide",
        "acute",
        (
            "((der er)|(there s)|theres|(there is)) (ik*|ikke|no|intet) ((i morgen)|tomorrow) ((for mig)|(for me))",
            "(der er) (ik*|ikke) noget ((i morgen)) ((for mig))",
            "((ingen morgendag)|(no tomorrow)) ((for mig)|(for me))",
            "(hvis|if) ~1 (jeg|i) ~1 (ik*|ikke|dont|don t|do not|havent|haven t) ~1 (svare*|answer*|reply|replied|respond*|skriver|written|texted) ~6 ((det er gjort)|(er det gjort)|(it s done)|(its done)|(it s over)|(its over)|(er det slut)|(det er slut)|(er det sket))",
            "((ik* kommer en morgendag)|(ikke kommer en morgendag)|(no tomorrow)|(ingen morgendag)|(there s no tomorrow))",
            "(if someone finds|(if anyone finds)|(hvis nogen finder)|(whoever finds)) ~1 (this phone|(denne telefon)|(min telefon)"
            "|(my phone)|me|mig|(my body))",
            "(hvis du finder mig|(if you find me)|(when you find me)|(når du finder mig)|(den der finder mig)|(whoever finds me))",
            "(når ikke|når ik*|naar ik*|(wont make it to)|(won t make it to)|(not going to make it to)) ~2 (mandag|monday|(i morgen)|tomorrow|jul|foråret|sommeren|spring|summer"
            "|christmas|weekenden|(the weekend)|morgen|morning)",
            "(hvis du læser|if you read|when you read|når du læser) ~6 (for sent|too late|er jeg væk|im gone|ill be gone|i will be gone)",
            "(hvis jeg ik*|hvis jeg ikke|if i dont|if i don t) ~2 (skriver|svarer|text|write|answer|reply|har skrevet) ~4 (ved du hvorfor"
            "|you know why|you ll know|så ved du det)",
            "(er|være|vaere|bliver|jeg er) ~1 (ik*|ikke|ike|ikk) ~1 (her|der|i live) ~2 (i morgen|imorgen|længere"
            "|mere|mer|til jul|i næste uge)",
            "(wont be|will not be|won t be|not gonna be|not going to be) ~1 (here|around|alive) ~2 (tomorrow"
            "|(much longer)|anymore|(by morning)|(for long)|(next week)|(for christmas))",
            "(inden|før|before|by) ~1 (morgen|morgenen|morning|daggry|dawn|(i morgen)|tomorrow) ~3 (er jeg væk"
            "|jeg er væk|er jeg vaek|jeg er vaek|er jeg vak|im gone|ill be gone|i will be gone|er jeg død|im dead)",
            "(i morgen|tomorrow|imorgen) ~2 (er jeg væk|er jeg vaek|er jeg her ikke|er jeg her ik|er jeg der ikke"
            "|im gone|ill be gone|i wont be here|i won t be here)",
            "(sidste|sidst|last) ~3 (hører|høre|hear|hears) ~1 (fra mig|from me)",
            "(om|in) ~1 (1|2|3|4|5|7|8|10|15|20|30|fem|ti|tyve|tredive|(en halv)|half) ~1 (minutter|min|minutes|kvarter|time|(an hour))"
            " ~3 ((er jeg væk)|(i ll be gone)|(ill be gone)|(er det slut)|(its over)|(it s over)|(er det ovre)|(im gone))",
            "(ik*|ikke|ike|=it|=int|=ente|=inte) ~1 (være|vaere|vær) ~1 her ~3 (mårgen|(i mårgen)|morn|sola|solen)",
            "(hvis jeg ik*|hvis jeg ikke|if i dont|if i don t|if i do not) ~2 (skriver|svarer|text|write|answer|reply|texted|replied"
            "|har skrevet|har svaret) ~4 (ring|ringe|call) ~1 112",
            "(får|tager|ta) (mig|os) (ikke|ik|ikk) ud ~1 (levende|(i live))",
            "(wont|won t|will not|never) (take|get) (me|us) ~1 (alive|(out alive))",
            "(er jeg|jeg er|im|i ll be|ill be|i will be) (væk|vaek|gone) (inden|før|before|by) ~1 (da|then|mandag|monday|morgen"
            "|morning|jul|christmas|weekenden|(the weekend))",
            "((hvis jeg)|(if i)) ~1 (ikke|ik|ikk|not|dont|(don t)|never|aldrig|havent|(haven t)) ~6 (så ved i|så ved du|(you ll know)|(youll know)|(then you know)|(så ved i det)) (hvorfor|why)",
            "((hvis i)|(if you)) ~1 (ikke|ik|(don t)|dont|never) ~3 (hører|hear) ~3 ((fra mig)|(from me)) ~3 ((så ved)|(ved i)|(you ll know)|(you know)) (hvorfor|why)",
            "((tror ik*)|(tror ikke)|(don t think)|(dont think)|(do not think)) ~2 (du|i|you|nogen|anyone) ~1 (hører|hear|høre|hore) ~1 ((fra mig)|(from me)) ~1 (igen|again|mere|mer|anymore)",
            "((you won t)|(you wont)|(you will not)|(du vil ikke)|(i vil ikke)|(i kommer ikke til at)|(du kommer ikke til at)|(you re not going to)|(youre not going to)) ~1 (hear|høre) ~1 ((from me)|(fra mig)) ~1 (again|igen|anymore|mere|mer)",
            "(bryde|brække|sparke|break|kick|smadre) ~3 (døren|door|(the door)) ~3 (bagefter|after|afterwards)",
            "((ikke brug for)|(ik brug for)|(won t need)|(wont need)|(don t need)|(dont need)) (ham|hende|den|dem|it|him|her|them) ~1 ((efter i nat)|(efter i aften)|(efter i dag)|(after tonight)|(after today))",
            "(der er|there s|theres|there is|der vil være) (ingen|nobody|no one) (at komme til|to come to|der åbner|to open)",
            "(kommer|come|coming) ~3 (ik*|ikke|not) ~4 (eller nogen anden dag|eller nogensinde|or any other day|or ever again)",
            "(så du|so you|så i|so that you) (ik*|ikke|dont|don t|do not|wont|won t) ~1 (skal|behøver|need to|have to) ~1 (se|finde|find|see) (mig|me)",
            "(hvis|if) (du|i|you) (ik*|ikke|dont|don t|do not) (hører|hear) (fra mig|from me) ~4 (så ved du det|så ved i det|så ved du hvorfor|så ved i hvorfor|then you know why|you ll know why|youll know why)",
            "(ring|call) (til politiet|the police|112) (først|first) ~4 (så du ik*|så du ikke|so you dont|so you don t|so you won t|so you wont) ~2 (se|finde|see|find)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(  # the answer to "er du i sikkerhed?": acute though it says "ikke" ("nej jeg er ikke i sikkerhed")
        "unsafe_now",
        "suicide",
        "acute",
        (
            "(ik*|ikke|not) ((at blive)|(to be)) (genoplivet|resuscitated|revived|reddet|saved)",
            "(jeg er ikke|jeg er ik|im not|i m not|i am not) (i sikkerhed|safe)",
            "(blodet|blødningen|(the bleeding)|bleeding|blod) ~2 (vil ik*|(vil ikke)|wont|won t|(stopper ik*)|(stopper ikke)|doesnt|isnt|(ik*"
            " stopper)) ~1 (stoppe|stop|stopping|stopper)",
            "(cant|can t|kan ik*|(kan ikke)) (stop|stoppe) ~1 ((the bleeding)|blødningen|blodet|bleeding)",
            "(har ik*|har ikke|havent|haven t|wont|won t|will not|vil ikke|vil ik|nægter at|refuse to) ~1 (lagt|put|læg"
            "|lægge|lægger|give|giv|aflevere) ~3 (pillerne|piller|pills|kniven|knife|the knife|rebet|the rope|våbnet"
            "|the gun|the pills) ~2 (væk|away|down|fra mig)",
            "(vil ik*|(vil ikke)|(dont want to)|(don t want to)|(dont wanna)|(don t wanna)|(gider ik*)|(gider ikke)) ~1 (reddes|(be saved)|(be rescued))",
            "(nej|no|nope) ~1 (ikke|ik|not) ((i sikkerhed)|safe)",
        ),
        negatable=False,
        past=False,
    ),
    Sign(
        "intent",
        "suicide",
        "acute",
        (
            "((too late)|(for sent)) ((to save me)|(at redde mig))",
            "((siger farvel)|(say goodbye)|(saying goodbye)|(sagt farvel)) ~1 (nu|now|(for good)|(for altid))",
            "(tonight|i nat|i aften|now|nu) (i|jeg) (end|ender|ends|slutter) (it|det)",
            "(bestemt mig|besluttet mig|made up my mind|decided) ~1 (for|on) ~1 ((i aften)|(i nat)|tonight|nu|now)",
            "((ha det til at stoppe)|(make it stop)|(det skal stoppe)|(it to stop)) ~2 (nu|(i nat)|(i aften)|tonight|now)",
            "selmord*|selvmor|selmor|sevlmord*|selvmoord*",
            "(slå|slår|slog) (mig|(mig selv)) ((i hel)|ijel|ihel)",
            "(kun en vej ud|(only one way out)|(eneste udvej)|(the only way out)|(én vej ud))",
            "(sørget for at|made sure) ~2 (det ik*|det ikke|(it won t)|(it doesnt)|(it wont)) ~1 (sker|happens|happen)",
            "(godnat|farvel|goodbye|bye|good night|goodnight|adjø|nat) ~2 (for sidste gang|(for the last time)|forever|for altid)",
            "(ofre mig|ofre mig selv|sacrifice myself)",
            "(stemmerne|gud|god|(the voices)|voices) ~4 (siger|sagt|says|said|told me|tells me|telling me) ~4 (dræbe|slå ihjel|ofre"
            "|kill|hurt|skade|dø|die|hoppe|jump)",
            "(ending it|end it|ending my life|end my life|ender det) ~4 (tomorrow|tonight|i morgen|i aften|(on my birthday)"
            "|(på min fødselsdag)|(this weekend)|(i weekenden))",
            "(klarer|klare|gør|gøre|ordner|do|handle|sort) (det|it) (selv|myself) ~3 (i aften|i nat|tonight|nu|now|på min egen måde"
            "|my own way)",
            "(ude af det her liv|out of this life|ud af det her liv|ud af livet)",
            "(☠️|☠|⚰️|⚰|🪦) ~2 (i nat|i aften|tonight|nu|now)",
            "(gør|gøre) det ~2 (i nat|inat|når de andre sover|når alle sover)",
            "(hvis jeg var ved at|if i was about to|if i was going to|if i were about to) ~3 (gøre det|do it)",
            "unaliving|unalived|(unalive myself)",
            "(det her er farvel|dette er farvel|this is goodbye|this is my goodbye)",
            "(sørget for at|made sure|made sure that) ~3 (jeg ik|jeg ikke|i dont|i won t|i wont) ~2 (gør det|vågner|wake up|står op"
            "|do it)",
            "selvmor*|selvmort*|suicid*|livstræt*|selfmord*",
            "tage|tag|tager|ta|tar|tog|taget ~1 mit|sit|dit ~1 liv|livet",
            "(tage|tag|tager|ta|tar|tog) ~1 livet af",
            "(drukne|drukner) ~1 mig|sig",
            "(mit liv|livet) ~1 slutter|ender|stopper",
            "ende|afslutte|stoppe|slutte (det hele)",
            "(sidste besked|min sidste besked|last text|my last text)",
            "sidste gang ~2 (snakker|taler|hører|ses|skriver|talk|hear|see|speak)",
            "(finde|find|fundet|found) ~2 (en måde|a way) ~2 (at gøre det|to do it|at dø|to die|to end it|at ende det)",
            f"vil|skal|will|want|wanna|(kommer|kommer til) ~1 {NOT} ~3 (vågne|wake up) ~2 (i morgen|tomorrow|igen|again|ever|mere)",
            "(dont|do not|not|never) ~1 want|wanna ~2 (wake up) ~2 (tomorrow|again|ever)",
            "(been cutting|har cuttet|cutting myself|har skåret mig)",
            "(mig selv|myself|sig selv) ~2 ihjel",
            "shoot*|skyde ~1 (mig selv|sig selv|myself|himself|herself)",
            "(mit liv|livet) ~1 er ~1 forbi|slut",
            "(fordi jeg er død|because im dead|because i m dead|så er jeg død|then im dead)",
            "(wont hear from me|hører ikke fra mig|hear from me again|høre fra mig igen)",
            "(ingen|nobody|nothing|intet|ikke noget|ik noget) ~1 (at leve for|to live for)",
            "(kommer ikke op igen|kommer aldrig op igen|not coming back up|never come back up)",
            f"{NOT} ~2 (opleve|leve|se|live|see) ~2 (en dag mere|another day|flere dage|one more day)",
            "(checking out|check out|checkout) ~1 tonight|today|now|(i aften|i nat)",
            "=ctb",
            "(ending things|end things|ending everything)",
            "(at han springer|at hun springer|at han hopper|at hun hopper|he will jump|she will jump|hes going to jump|shes going to jump)",
            "(sidste dag|last day) ~3 (jeg er her|i am here|im here|alive|i live)",
            "(last time) ~3 hear|see|talk",
            "(not going to be|wont be|not gonna be) ~1 around|here",
            "(kommer aldrig tilbage|never coming back|kommer ikke tilbage|not coming back)",
            f"slå|slår|slaar|slog|dræbe|dræber|dræbte|myrde {SELF} ~1 ihjel",
            f"dræbe|dræber|dræbte|myrde {SELF}",
            "ende|ender|endte|afslut*|stoppe mit|sit liv|livet",
            "gøre|gør|gjorde ~ ende på ~1 det|livet|mig|sig|alt",
            "(gøre det af med|gøre af med mig|gør det af med)",
            "vil|ville|skal|gerne|lyst|ønsker|ønske|håber|bare|(klar til)|parat ~ =dø|=doe",
            "vil|ville|skal|gerne|bare|parat =do",  # "dø" without ø, right after a Danish word: not English "do"
            "gid|ønsker|ønske|bedre|hellere ~ var|være|er død",
            f"vil|gider|orker|magter|ønsker|ønske|want ~3 {NOT} ~ leve|livet",
            "(ingen|ik*|ikke|ik noget|ikke noget) ~1 grund|lyst|noget ~ (at leve|til at leve|at leve for|to live)",
            f"(ønske|ønsker|wish) ~ {NOT} ~ fandtes|eksisterede|eksistere|findes|født",
            f"være|er|bliver|blir her ~1 {NOT} ~ (i morgen|mere|længere|mer)",
            "(ikke|ik|ikk) være her ~ mere|længere|mer",
            f"skal {NOT} være her",
            f"{NOT} ~1 overlever|overleve|klarer ~ (natten|nat|i nat|dagen)",
            "(færdig med livet|fået nok af livet|træt af livet|slut med livet|livet er slut|mit liv er slut)",
            "sove|sover ~ og ~ (aldrig|ik*|ikke) ~1 vågne|vågner",
            "aldrig vågne|vågner ~1 op|igen|mer|mere",
            f"vil ~ {NOT} ~1 vågne",
            "(sidste nat|sidste gang du hører|min sidste nat|min sidste dag)",
            "afskedsbrev*|afskedsbesked*|afskedsbeskeder|afskedsvideo*|farvelbrev*|farvelbesked*"
            "|(suicide note|goodbye letter|written my note|wrote my note|my goodbye|goodbye messages|goodbye texts)",
            f"kill|killing|kil|hang|hanging|hurt|shoot|drown|=off ~1 {SELF}",
            "=kms|=kys|=kmsl|unalive*|sewerslide|(sewer slide)|suicidal",
            "end|ending|take|taking|took ~1 my|his|her ~1 life|own",
            "end|ending it ~1 all|tonight|now|today|=soon",
            "(how to end it|going to end it|gonna end it|want to end it)",
            "want|wanna|going|gonna|wish|ready|rather|(like to)|plan|planning|intend|decided ~2 die|(be dead)",
            "wish|better ~ dead",
            "wish ~ (wasnt|werent|was not|wasnt ever|was never|were never|never was) ~1 alive|here|born|exist",
            "(not|dont|don t|no|do not) ~ want|wanna ~ (to live|to be alive|live|be alive|to go on)",
            "no|any ~ reason|point ~ (to live|in living|to go on|living)",
            "(dont see the point in living)",
            "(wont|will not|wont|not) ~1 be ~ here|around|alive ~ tomorrow|anymore|(much longer)|(for long)",
            "(never wake up|not wake up|not to wake up|never waking up)",
            "(vil|want|wanna|gonna|(going to)|(just want to)|bare|(vil bare)|gerne) ~1 (sove|sleep|(falde i søvn)|(fall asleep)) (for evigt|forever"
            "|(for good))",
            "(top myself|(topped myself)|(top meself)|(topping myself))",
            "(her|here) ~3 ((ikke ret meget længere)|(not much longer)|(not for much longer)|(ikke meget længere)|(ikke længe endnu))",
            "(calling me home|(kalder mig hjem)|(kalder på mig)|(calling for me)) ~3 (tonight|(i aften)|(i nat)|nu|now|(i dag)|today)",
            "((candle burn)|(candle finish)|(lyset brænder ud)|(mit lys slukker)|(my candle)) ~3 (tonight|(i aften)|(i nat)|nu|now"
            "|end|ud)",
            "(done with life|had enough of life|life is over|end of my life|tired of living)",
            "(not going to make it|not gonna make it|wont survive|not survive) ~ night",
            "(last night alive|last day alive|last message|my last night)",
            "måde|metode|way|method ~2 at|to ~1 =dø|=doe|die|kill",
            "tage|take|(does it take) ~ (for at dø|to die|to kill)",
            "(hvordan|how) ~ (dør man|=dø|=doe|die|to die|kill)",
            "smertefri|painless",
            "(jeg dør|jeg skal dø|im dying|im going to die|i am dying|i am going to die)",
            "(stoppe|stop|ende|afslutte) (livet|(mit liv)|(my life)|(mit eget liv)|(my own life))",
            "((too late)|(for sent)) ~3 ((already did it)|(already done it)|(allerede gjort det)|(har gjort det))",
            "(kun|only) (en|én|one) (udvej|(way out)) ~3 ((den tager jeg)|(og den tager jeg)|(tager den)|(taking it)|(i m taking it)|(im taking it))",
            "(finish|finishing|afslutte|afslutter) (my|mit) (life|liv)",
        ),
    ),
    Sign(
        "method",
        "suicide",
        "acute",
        (
            "(skruet|skruede|skrue|skruer|tændt|tændte|åbnet|åbnede|turned|opened) ~3 (gassen|gashanen|(the gas)) ~6 (lukket|lukkede|closed|shut) ~3 (vinduer*|windows|døre*|doors)",
            "(lukket|lukkede|closed|shut) ~3 (vinduer*|windows|døre*|doors) ~6 (gassen|gashanen|(the gas))",
            "(snoren|rebet|reb|rope|(the rope)|noose|(the noose)|løkken|strikken) ~2 (om|around|round) ~1 (halsen|hals|neck)",
            "(kan ik*|kan ikke|cant|can t|cannot) (svømme|swim) ~6 (meningen|(the point)|(the plan)|(the idea))",
            "(havet|fjorden|søen|sea|iskoldt|isvand|(ice cold)|freezing) ~6 ((så det går)|(so it will be)|(so it ll be)|(so itll be)|(det går nok)|(it will be)) ~2 (hurtigt|quick|quickly|fast|over)",
            "(be|være|ligge|lie|lying|ligger|stå|stand|standing) ~2 ((on the tracks)|(på skinnerne)|(på sporet)) ~4 (before|før|inden|when|når) ~3 (it|den|toget|(the train)|comes|kommer)",
            "(så meget|so much|masser af|(lots of)|(alt for meget)) (blod|blood) ~6 (stopper ik*|(stopper ikke)|(won t stop)|(wont stop)|(can t stop)|(cant stop)|overalt|everywhere)",
            "pulsåre* ~6 (blod|blood|bløder|bleeding|skåret|skar|cut)",
            "(skåret|skar|cut|cutting|skærer) ~3 (pulsåre*|(an artery)|(the artery)|(my wrists)|håndleddene)",
            "(cutting|cut|skærer|skåret|skar) ~6 (cant|can t|kan ik*|kan ikke|cannot) ~2 ((få det til at stoppe)|(make it stop)"
            "|(stop the bleeding)|(stoppe blødningen))",
            "(bløder|bleeding|blodet|(the blood)|blødningen|(the bleeding)) ~6 (cant|can t|kan ik*|kan ikke|cannot|won t|wont|(vil ik*)"
            "|(vil ikke)) ~2 (stop|stoppe|stopper)",
            "(kniv|knife|kniven) ~6 (ik*|ikke|not|isnt) ((til køkkenet)|(for the kitchen)|(for cooking)|(til madlavning))",
            "(slange*|hose) ~3 (udstødning*|exhaust)",
            "(cut|skar|skåret|skaaret) ~2 (deep|dybt|dybere|deeper)",
            "(blood everywhere|(blod over alt)|(blod overalt)|(blod alle steder))",
            "(ud på isen|(out on the ice)|(onto the ice)) ~6 (tynd|thin|midten|middle|nu|now)",
            "(pose|plastikpose|bag|(plastic bag)) ~3 (bælte|belt|reb|rope|snor|tape|gaffatape)",
            "(skaffet|anskaffet|fået fat i|got hold of) ~2 (et reb|reb|rope|(a rope)|noose|løkke)",
            "(taking|take|tage|tager|tar|ta) ~2 (it all|them all|dem alle|det hele|alle sammen|dem allesammen) ~3 (at once|på én gang"
            "|på en gang|tonight|i aften|i nat|nu|now|aftn|inat)",
            "(på|on) ~1 (*broen|*bro|(the bridge)|bridge) ~3 (holder ind|pulling over|pulled over|stopper bilen|stopping the car"
            "|parkeret|parked)",
            "(gået|går|gå|gik|walk|walked|walking|gone|went) (i|into|ud i) ~1 (havnen|vandet|vand|havet|fjorden|søen|the water|the sea"
            "|the harbour|the lake|the river|åen|kanalen)",
            "snittet|snitter|snittede|snitte ~1 (mig|i mig|i armen|my arm|myself)",
            "(cut|skåret|skar|went|gone|gik) ~2 (too deep|for dybt)",
            "(bundet|bandt|tied|hængt|fastgjort|strammet) ~3 (bælte*|belt|ledning*|cord|reb|rope|lagen*|sheet|snor*|tørklæde*|scarf) ~3 (i|til|to|around|om|from|på) ~2 (dørkarm*|døren|loft*|bjælke*|krog*|door*|ceiling|beam|hook|radiator*|hals*|neck|træet|tree|gelænder*|railing)",
            "(lagt|efterladt|left|lagde|lægger) ~4 (telefon*|mobil*|nøgle*|noegle*|tegnebog*|pung*|sko|skoene|phone|keys|wallet|shoes|jakke*|jacket) ~3 (på|ved|on|by|at) ~2 (kajen|broen|bro|vandet|stranden|havnen|kanten|skinnerne|(the bridge)|(the water)|(the quay)|(the harbour)|(the beach)|(the tracks))",
            "hænge|hænger|hængte|hang|hanging ~1 mig|sig|myself|meself|himself|herself",
            "(hængt|hung|hanged) (sig|mig|himself|herself|myself|themselves)",
            "(motoren kørende|motoren i gang|(motor running)|(engine running)|(the engine on)|(engine on)) ~6 (garage*|lukket"
            "|closed|shut|slange*|hose)",
            "(gassen|gashanen|(the gas)) ~3 (tændt|on|åben|aaben|open) ~6 (vinduer*|windows|døren|dørene|door|doors) ~2 (lukket"
            "|closed|shut)",
            "(gyldne sprøjte|(golden shot)|(the golden needle))",
            "(engangsgrill*|grill|grillen|grillkul|kul|charcoal|(a bbq)|(the bbq)|barbecue) ~4 (inde i|indenfor|inside|in) ~2 (bilen"
            "|teltet|lejligheden|værelset|badeværelset|soveværelset|the car|the tent|the flat|my room|the bathroom|the bedroom)",
            "hoppe|hopper|hop|springe|springer|sprang|(kaste mig)|(smide mig)|jump|jumping|(throw myself)|flyve|fly|flyver ~2 (ud|ned|off"
            f"|from|fra|ud fra|ned fra|over|ud over|ud af|out of|out) ~2 {HIGH}",
            "hoppe|hopper|springe|springer|(kaste mig)|(lægge mig)|gå|går|jump|jumping|step|walk|lie|løbe ~3 (foran|ud foran"
            f"|in front of|under|onto|ud på) ~2 {TRAFFIC}|{HIGH}",
            f"{TRAFFIC} ~3 foran",
            f"(træder|træde|trådte|step|stepping) (ud|off) ~2 (fra|from|over|af|off) ~2 {HIGH}",
            "(træder|træde|stepping|step) (ud|off) ~2 (snart|nu|now|=soon|(i aften)|tonight|(i nat))",
            f"(træder|træde|stepping|step|stepped|jump|jumping|hopper|springer) ~2 (ud|off|out|frem) ~2 (foran|(in front of)|at|ved"
            f"|for) ~2 {TRAFFIC}|(the next)|(næste tog)|(the next one)",
            "(belt*|bælte*|reb|rebet|rope|cord|ledning*|snor|(the rope)|(the belt)) ~3 (round|around|om|(rundt om)|bundet|tied) ~2"
            " (dørhåndtag*|(door handle)|(the door handle)|handle|krogen|(the hook)|(the door)|døren|radiator*|(the radiator))",
            "(stolen|(the chair)|skamlen|(the stool)) ~2 (under|beneath|klar under) ~2 (krogen|(the hook)|rebet|(the rope)|løkken|(the noose)"
            "|bjælken|(the beam))",
            "(rebet|reb|rope|(the rope)|løkken|(the noose)) ~2 (er|is) ~1 (bundet|tied|hængt|hung|sat op|(put up)) ~3 (i|in|op|up|fast)",
            f"{TRAFFIC} ~3 (in front)",
            f"{TRAFFIC} ~6 (ud foran|foran|in front of) det|den|it",
            f"gå|går|gik|walk|walking ~1 (i|ud i|into|in) ~1 {WATER}",
            "kører|køre|kor|drive|driving ~4 (ind i|into) ~2 træ|muren|tree|wall|lastbil|bropille*|pillar|brofundament*|autoværn*"
            "|modkørende|oncoming",
            "(tørklæde*|bælte*|belt*|ledning*|cord|reb|rebet|rope|lagen*|snor*|scarf) ~3 (bundet|tied|fastgjort) ~3 (i|til|to"
            "|around|om|from|på) ~2 (dørkarm*|loft*|bjælke*|krog*|door*|ceiling|beam|hook|radiator*|gelænder*|railing)",
            "(bjælke*|beam|krog*|krogen|hook) ~3 ((kan holde)|(will hold)|(can hold)|(holde til mig)|(hold my weight))",
            "(ropes|(the rope is)|(rebet er)|(løkken er)|(the noose is)|nooses) ~1 (up|oppe|hænger|hanging|ready|klar)",
            "(så springer jeg|(then i jump)|(going over the rail)|(over the railing)|(over rælingen)|(over gelænderet))",
            f"kører|køre|drive|driving ~2 (ud over|off|ud i|into) ~2 {HIGH}|{WATER}",
            f"(lagt mig|ligger mig|lægger mig|lægge mig|ligge mig|lying|lie down|laid down) ~2 (på|ud på|over|on|across) ~1 {EDGE}|vejen|motorvejen|(the road)",
            "(noose|🪢)",
            "(løkke|løkken|rebet|reb|noose|rope|the rope) ~2 (om halsen|om min hals|around my neck|round my neck)",
            "(sten i lommerne|lommerne med sten|stones in my pockets|rocks in my pockets)",
            "(jeg cutter|im cutting|i am cutting) ~2 nu|now|(lige nu|right now)|deep|dybt|igen|again",
            "(cutter|cutting|skærer) ~1 (lige nu|right now|deep|dybt)",
            "(slange|hose) ~4 udstødning*|exhaust",
            "(på vej ud for at|going out to|on my way to|ud for at) ~1 hoppe|springe|jump",
            "tied|bundet|knyttet|lavet|made|tying ~2 (noose|løkke|løkken|rebet|the rope)",
            "(garagen|garage) ~5 (motoren|engine|udstødning*|exhaust) ~2 (kørende|i gang|running|on)",
            "udstødningsgas|(exhaust fumes)",
            "(billede|billeder|picture|pictures|photo|photos|pic|pics) ~1 af|of ~2 pillerne|piller|pills|rebet|reb|kniven|rope|knife|noose",
            f"(kravlet|klatret|klatrer|kravler|climbed|climbing) ~2 (over|op på|ud på|up on|onto|over the) ~1 {EDGE}",
            f"skinnerne|sporet|tracks|rails ~6 {TRAFFIC}",
            "reb|rope ~3 (bjælke|beam|chair|stol)",
            "(jumping off|jump off|springe ud fra|hoppe ud fra) ~2 (the bridge|broen|taget|the roof)",
            "rope|reb|rebet ~2 (is|er|ligger) ~2 (in my|i min|i tasken|i lommen|med mig|with me|klar)",
            "(kaster mig|kastede mig|kaste mig|smider mig|throw myself|throwing myself) ~3 foran|(ud foran|in front of|under|ud over|off)",
            "skære|skærer|skar|skåret|skaaret|cut|cutting|slit ~2 pulsår*|håndled*|wrists|wrist|halsen|throat",
            "(jeg skærer igen|skærer mig|cutting again|cutting myself|skærer i mig)",
            "reb|rebet|rope|noose|løkke|løkken|🪢 ~ klar|ready|hænge*|hang*|stol*|chair|op|up",
            "stolen|chair ~ rebet|reb|rope|noose",
            "(sat|bundet|hængt|tied|hung) ~2 (rebet|reb|rope|løkken|the rope|a rope) ~3 (loftet|bjælke*|ceiling|beam|fast|op)",
            "(har|har et|har købt|har købt et|købt|købte|got|got a|got the|bought|bought a|have|have a|fundet|fundet et) reb|rebet|rope|noose|løkke",
            "🪢",
            "kniv|kniven|knife|blade|barberblad* ~ (på mig selv|on myself|i mig selv|in myself)",
            "bruge|use|bruger|using ~2 (på mig selv|on myself)",
            "(jeg hopper|jeg springer|im jumping|im gonna jump|i will jump|im going to jump|jeg hopper nu|jeg springer nu)",
            "skære|skærer|skar|skaaret|skåret|cut|cutting ~1 mig|myself ~2 nu|igen|again|dybt|deep|bløder|bleeding|blødningen",
            "skære|skærer|skar|skaaret|skåret|cutter|cut|cutting|cuts ~1 (i mig|i armene|i armen|i mine|i benene|mig selv"
            "|myself|my arms|my wrists|my legs)",
            "selfharm*|(self harm)|selvskad*|(cutter igen|cutting again)",
            "(så|then) (hopper|springer|jumper) jeg (med det samme)",
            "(havnen|vandet|søen|havet|fjorden|åen|kanalen|the water|the sea|the harbour|the ocean|the river|the lake|river) ~4 (og|and) ~1 ((ikke kommer tilbage)|(kommer ikke tilbage)|(not coming back)|(never coming back)|(aldrig kommer tilbage)|(kommer aldrig tilbage))",
            "(posen|plastikpose*|(the bag)|(plastic bag)) ~3 (tapen|gaffa*|gaffatape*|(the tape)|(duct tape))",
            "(belt|bælte|bæltet|(the belt)|(my belt)|(mit bælte)) (and|og) ~2 (door|døren|(the door)|hook|krogen|beam|bjælken|dørhåndtaget|(door handle)|(the door handle))",
            "(put|putting|sætte|sætter|styre|køre|kører|drive|driving|steer) ~2 (bilen|car|(the car)|(my car)) ~2 (i|into|in|off|ud) ~2 (fjorden|havnen|vandet|havet|søen|(the fjord)|(the harbour)|(the water)|(the sea)|(the lake)|(the river)|åen)",
            "(water|vandet|havet|fjorden|sea|ocean|pier|molen|lake|søen|river) ~6 ((i m going in)|(im going in)|(i am going in)|(going in now)|(gonna go in))",
            "(toget|train|(the train)|(next train)) ~3 (ikke|ik|ikk|isnt|not|(isn t)) ~4 ((det jeg skal med)|(den jeg skal med)|(one i m getting on)|(one im getting on)|(one i am getting on)|(a ska mæ))",
            "(toget|godstoget|(the train)) ~6 ((står jeg der)|(så står jeg)|(så ligger jeg))",
            "((i nat)|(i aften)|tonight|nu|now|snart) ~1 (hopper|springer|jumper|jump) (jeg|i)",
            "(jeg|i|a) (jump|hopper|springer|hoppe) (nu|now|(i nat)|(i aften)|tonight)",
            "(øvet|øver|practised|practiced|practicing|practising) ~2 (knuden|løkken|noose|(the noose))",
            "(hænger|hængt|hanging|hung) ~2 (strik|strikken|reb|rebet|rope|løkke|løkken|noose) ~3 (i|in|fra|from) ~2 (stalden|kostalden|laden|loftet|garagen|skuret|barn|garage|shed|loft|beam|bjælken)",
            "((i go)|(i ll go)|(im going)|(i m going)) ~1 (in|into) ~1 (water|(the water)|(the sea)|sea|(the river)) ~2 (now|tonight|nu)",
        ),
    ),
    Sign(
        "burden",
        "suicide",
        "acute",
        (
            "((glem mig)|(forget me)|(forget about me)) ~4 (lettest|bedst|easiest|best|better)",
            "(kom|come) (ik*|ikke|not) ((efter mig)|(for me)|(and get me))",
            "(bedre|better) (uden|without) ~3 (mig|me)",
            "(led|lede) (ik|ikke) efter mig",
            "slipper|fri ~1 (for mig|af med mig)",
            "(rid of me|better off without me|(free of me)|(af med mig)|(fri for mig))",
            "bedre|bedst ~2 (uden mig)",
            "(bedst for alle|best for everyone|better for everyone) ~ hvis|if|uden|without",
            "(savne mig|miss me)",
            "(ingen|nobody|no one|noone) ~1 finder|finds mig|me",
            f"(i skal|lad vær|lad være) ~1 {NOT} ~1 (lede efter mig)",
            "(dont look for me|don t look for me)",
            "bedst|bedre|best|better|happier|gladere|easier|nemmere|lettere ~3 (hvis jeg|if i|når jeg|when im|when i) ~2 (forsvinder|var væk|er væk|er død"
            "|var død|ikke var født|ikke var her|wasnt born|was gone|am gone|im gone|am dead|im dead|dead|disappear|wasnt here)",
            "(ser mig ikke igen|ser mig aldrig igen|never see me again|wont see me again|won t see me again|ses aldrig igen)",
            "(wont have to|dont have to|wont need to|behøver ikke|skal ikke) ~3 (deal with|worry about|put up with|se|tænke på"
            "|bekymre jer om|bekymre dig om|høre fra) ~1 me|mig",
            "(det er bedre sådan|its better this way|it s better this way)",
            "(better without me|world is better without me)",
            "(fred for mig|peace from me|fri for mig|rid of me)",
            "slipper ~1 snart|(for mig)",
            f"{NOT} ~2 (lede efter mig|look for me)",
        ),
    ),
    Sign(
        "after_me",
        "suicide",
        "acute",
        (
            "(sig|sige|fortæl|fortælle|tell) ~4 (at|that) ~1 (far|mor|dad|mum|mom|mommy|daddy|jeg|i|papa|mama) ~2 (elskede|loved"
            "|(altid elskede)|(always loved)) ~1 (dem|jer|ham|hende|dig|them|you|him|her|alle|everyone)",
            "(sig|sige|fortæl|fortælle|tell) ~4 (at|that) ~1 (far|mor|dad|mum|mom|papa|mama) ~1 (var|was) ~2 ((ked af det)|sorry"
            "|(ikke kunne mere)|(couldn t go on)|(couldnt go on))",
            "(når|when) ~1 ((jeg ikke kan mer)|(jeg ikke kan mere)|(jeg ikke er her)|(jeg er væk)|(i m gone)|(im gone)|(i am gone))",
            "(når jeg er|når jeg|when im|when i am|after im|efter jeg er) død|dead",
            "(efter min død|after i die)",
            "(sorting|sorterer|sortere|rydder|rydde|ordner|ordne|sorting out) ~3 (stuff|ting|things|tingene|papirer|papers|(my stuff)|(mine ting)) ~4 ((easy for)|(nemt for)|(easier for)|(nemmere for)) ~2 (my|min|mine|her|him|them|dem|familien|(the family)|mor|mom|mum) ~2 (after|bagefter|afterwards)",
        ),
    ),
    Sign(
        "burden_felt",
        "suicide",
        "worrying",
        (
            "((hvis jeg døde)|(if i died)|(if i was dead)) ~4 (ingen|nobody|(no one))",
            "((hvis jeg forsvandt)|(if i disappeared)|(if i was gone)|(hvis jeg var væk)) ~4 (ik*|ikke|wouldn t|wouldnt|(no one)|ingen)",
            "((ligemeget med mig)|(ligegyldigt med mig)|(lige meget med mig)|(doesn t matter what happens to me))",
            "(burde|should) ~3 (været den der døde|(have died)|(have been the one))",
            "byrde|burden",
            "(når jeg er væk|when im gone|hvis jeg var væk|if i was gone|after im gone|efter jeg er væk)",
            "(lettere|nemmere|easier|bedst|better) ~3 ((at forsvinde)|(to disappear)|(bare at forsvinde)|(to just disappear)|(at være død)|(to be dead))",
        ),
    ),
    Sign(
        "plan",
        "suicide",
        "cue",
        (
            "(lejligheden|værelset|(the flat)|(my room)) ((er ryddet)|(is cleared)|(er tømt)|(is empty))",
            "((sorted everything)|(ordnet alt)|(ordnet det hele)|(fået styr på alt)|(put everything in order))",
            "(det er bestemt|(it s decided)|(its decided)|(mit valg er truffet))",
            "(aflyst|aflyste|cancelled|canceled) ~6 (hos dig|with you|lægen|tandlægen|alle|alt|everything)",
            "(nøglen|nøglerne|(the key)|(the keys)) ~3 (under måtten|(under the mat)|i postkassen|(in the mailbox))",
            "(talt|tælle|counted|counting) ~3 (" + PILL_WORDS + ")",
            "(fundet|found|finder) ~2 (et sted|a place|a spot|the place|stedet)",
            "(tænkt på det|thought about it|tænkt over det) ~2 (længe nok|long enough|længe|for a long time)",
            "planlagt|planlægger|planned|plan|planning ~ hvordan|how|it|det",
            "har|have ~1 en|a plan",
            "(ved hvordan|know how) ~ jeg|i ~ gør|do|skal",
            f"(samlet|samler|gemt|gemmer|sparet|sparer op|hamstret|hamstrer|købt|bought|saving|saved up|hoarding|hoarded|stockpiled)"
            f" ~3 {PILLS}|pills|pakker",
            "stockpil*",
            "testamente*",
            f"æsker|pakker|glas|boxes|packs|bottles|strips|plader ~1 {PILL_WORDS}",
            "(jeg har besluttet|ive decided|i have decided|i ve decided|besluttet mig|har besluttet at)",
            "(made up my mind|made my mind up|(bestemt mig)|(har bestemt))",
            "(beslutningen er taget|(the decision is made)|(decision made)|(already decided)|(allerede besluttet)|(plan s set)"
            "|(plans set)|(the plan is set)|(planen er lagt)|(tager selv beslutningen)|(det er besluttet))",
            "(gemt|gemmer|samlet|samler|saving|saved|hoarding|sparet) ~3 (min medicin|medicinen|my meds|my medication|meds|medicin)",
            "(talt|tælle|counted|counting|optalt) ~2 (dem|them|#many)",
            f"({PILL_WORDS}|dem|them) ~2 ((er talt)|(talt op)|(are counted)|(counted out)|(lined up)|(lagt frem)|(ligger klar))",
            "#many ~1 (counted|talt|optalt)",
            "(ordnet|sorted|styr på|fixed|afleveret) ~2 (papirerne|(the paperwork)|paperwork|papirer|begravelsen|(the funeral)"
            "|(my funeral)|(min begravelse))",
            "(lagt|efterladt|left|afleveret|lægger) ~2 (nøglen|nøglerne|(the key)|(the keys)|(my keys)|(mine nøgler))",
            "(nøglen|nøglerne|(the key)|(the keys)) ~2 (ligger|er|is|are) (hos|with|til|for)",
            "(du|i|you) (skal|ska|behøver|need|have) (ikke|ik|ikk|not|nt) ~1 (komme|come) ~2 (i morgen|imorgen|tomorrow|på|on|mere"
            "|more|igen|again|anymore|længere|(eller nogensinde)|(or ever))",
            "(det er mit valg|det er mit eget valg|det er min beslutning|its my choice|it s my choice|its my decision"
            "|it s my decision|my mind is made up|jeg har truffet mit valg)",
            "ved ~2 hvordan|how ~2 jeg|i ~2 gør|skal|do",
            "(ryddet op|betalt mine regninger|paid my bills|put my affairs in order|sorted my affairs|gjort alt klar)",
            "((min beslutning)|(my decision)|(beslutningen er taget)|(my mind is made up)|(har truffet min beslutning))",
            "((tonight is the night)|(tonight s the night)|(tonights the night))",
            "(sidder|står|sitting|standing) med (dem|pillerne|kniven|rebet|them|(the pills)|(the knife)) ((i hånden)|(i hænderne)"
            "|(in my hand)|(in my hands))",
            "((har besluttet mig)|(jeg har besluttet mig)|(i ve decided)|(i have decided)|(made up my mind)|(har truffet min beslutning)|(har taget min beslutning)|(beslutningen er taget))",
            "((a day like this)|(en dag som denne)|(en dag som i dag)|(today is that day)|(i dag er den dag)|(mislykkedes sidst)|(failed last time)|(didnt work last time)|(didn t work last time)|(virkede ikke sidst))",
            "((gør det)|(gøre det)|(do it)|(doing it)) ~2 (efter|når|when|after|once) ~3 (seng|sover|asleep|bed|(gået i seng)|(gone to bed))",
            "(nu ved jeg hvordan|now i know how)",
            "(pillar|wall|tree|træ|mur|bropille*|betonpille*|søjle*|bridge) ~4 (with my name on it|med mit navn på)",
        ),
    ),
    Sign(
        "letters",
        "suicide",
        "cue",
        (
            "(brev|brevet|letter|note|(the letter)) (skrevet|written|done|(er skrevet))",
            "(brev til|letter to|note for|breve til|letters to|(brevet til)|(letter for)|(a letter for)|(et brev til))",
            "skrevet|written ~ brev|letter|note",
            "(lagt|efterladt|left|leaving) ~2 (et brev|a note|a letter|brev|note|breve|letters)",
            "(skriver|skrevet|skrive|writing|wrote|written) ~2 (breve|brevene|letters|(the letters)) ~3 ((til dem der)|(to those who)|(for those who)|(til alle)|(to everyone)|(for everyone))",
        ),
    ),
    Sign(
        "ready",
        "suicide",
        "cue",
        (
            "(altanen|vinduet|(the balcony)|(the window)|altandøren) ~2 (åben|open|åbent|(står åben))",
            "((sidder med)|holder|holding|(sitting with)|(har i hånden)) ~3 (gevær*|haglgevær*|jagtgevær*|pistol*|gun|rifle|shotgun)",
            "(hentet|fetched|got|found|fundet|taget) ~4 (pistol*|gevær*|jagtgevær*|haglgevær*|gun|rifle|shotgun|bøssen|haglbøsse*)",
            "(gevær*|jagtgevær*|haglgevær*|pistol*|gun|rifle|shotgun) ~2 (fremme|frem|loaded|ladt|ladet)",
            "(bøssen|haglbøssen|geværet|riflen|(the gun)|(the shotgun)|(the rifle)|pistolen) ~2 ((er væk)|mangler|(is gone)|(is missing)"
            "|(er fremme)|(is out))",
            "(ladt|ladet|loaded) ~2 (bøssen|geværet|(the gun)|(the shotgun)|riflen|(the rifle)|pistolen|haglbøssen)",
            "(talt|counted) ~2 (patroner*|cartridges|bullets|kugler|shells)",
            "(det hele klar|everything ready|alt klar|all set|alt er klar|everything is ready)",
            "(lagt|lægger|laid|lined) ~2 pillerne|piller|pills ~1 frem|out|up",
            "#many ~1 _ ~1 liggende|klar|gemt|here|ready|saved|stashed",
            "(nu er jeg klar|jeg er klar nu|im ready|i m ready|i am ready)",
            "(foran mig|in front of me)",
            "(riffel*|rifl*|jagtriffel*) ~3 (fremme|frem|loaded|ladt|ladet|på skødet|in my lap|i skødet)",
            "(geværet|riflen|pistolen|bøssen|gun|rifle|shotgun|(the gun)) (er|is) (ladt|loaded)",
        ),
    ),
    Sign(
        "means",
        "suicide",
        "cue",
        (
            "rottegift*|(rat poison)|frostvæske|antifreeze|(weed killer)|ukrudtsmiddel*|rensevæske*",
            "(cord|ledning*|bælte*|belt|snor*|noose|strop*) ~2 (ready|klar|parat)",
            "reb|rebet|rope|noose|løkke|løkken|🪢|barberblad*|razor*|🩸",
            "har|have|got ~2 pillerne|(the pills)|piller|pills ~2 her|klar|ready|here|(lined up)|(talt op)|(lagt frem)",
            f"{QUANTITY} ~2 {PILL_WORDS}",
            "barberkniv*|barberblad*|razor*",
            "(ladet|ladt|(tændt for)|(skruet op for)|(åbnet for)) ~2 (gassen|gashanen) ~2 (stå|staa|står|åben|aaben|tændt|være)",
            "(lugter af gas|(smell of gas)|(smells of gas)|(smells like gas)|gaslugt|(lugt af gas))",
            "((tændt for)|(åbnet for)|(turned on)) ~2 (gassen|(the gas)) ~4 (lukket|closed|shut) ~2 (vinduer*|windows"
            "|døre*|doors)",
            "(åbnet for|åbnede for|(turned on)|(opened)) ~2 (gassen|(the gas)) ~3 (komfuret|ovnen|(the oven)|(the cooker)"
            "|(the stove))",
            "(livrem*|bælte*|belt|ledning*|cord|strømpe*|strop*) ~2 ((om halsen)|(om hans hals)|(om hendes hals)"
            "|(om min hals)|(around his neck)|(around her neck)|(around my neck)|(round his neck)|(round her neck))",
            "(taped|tapede|tapet op om|(tapet rundt om)) ~4 (døren|dør*|door|doors|vinduer*|windows|sprækker*|cracks|dørsprækken)",
            "(snor|snoren|reb|rebet|rope|bælte*|belt|strop*|noose|løkke*) ~3 (i|fra|from|in|on|på) ~1 (loftet|loft*"
            "|bjælke*|krog*|krogen|ceiling|beam|hook|dørkarm*|doorframe)",
            "(har|got|have) #many (piller|pills|tabletter|tablets) ~1 (her|hjemme|liggende|klar|ready|here)",
            "(har|got|have) #many (stk|styk) (her|here)",
            "(knifes|knife|kniven|(the knife)|(my knife)) ~1 ((right here)|(lige her)|(er klar)|(is ready)|(next to me)|(ved siden af mig))",
            "((jeg har)|(i have)|(i ve got)|(ive got)|(a har)|(i got)) ~3 ((et stykke)|(a piece of)|(a length of)) (ledning|reb|snor|cord|rope|wire|cable)",
            "(sat|bundet|tied|knyttet|strammet|hængt|hung) ~2 (strømpebuks*|tights|pantyhose|tørklæde*|scarf|lagen*|ledning*|kabel*|bælte*|belt|snor*|reb|rebet|rope) ~2 (fast|op|up|on|to) ~2 (krog*|bjælke*|loft*|dørkarm*|hook|beam|rafter)",
            "(har|has|have|got) (et tov|tov|tovet|(some rope)|(a rope)) ~3 (klar|ready|her|here|med|with|og|and)",
            "(insulin*|insulinpen*|pennen|pens) ~4 (det er rigeligt|that s enough|thats enough|hele pennen|the whole pen|begge penne|both pens)",
        ),
    ),
    Sign("pills", "overdose", "cue", (MEANS_PILLS,)),
    Sign(  # asking how high, how deep, which trains do not stop: finding out a method (Crisis Text Line's sign)
        "method_research",
        "suicide",
        "cue",
        (
            "(hvor|how) ~2 (høj*|højt|dybt|deep|far|langt|(mange meter)|(many meters)|(mange etager)|(many floors)|high"
            "|tall) ~6 (bro|broen|*broen|bridge|taget|roof|altan*|balcon*|vandet|water|drop|faldet|fall|etager|floors"
            "|building|huset|tårn*|tower)",
            "(fall|drop|faldet|fald) ~3 (from|fra) ~3 (bridge|bro|broen|*broen|roof|taget|building|huset|altan*|balcony)",
            "(tog|trains|toget|train|togene) ~4 ((stopper ikke)|(stopper ik)|(dont stop)|(don t stop)|(doesn t stop)"
            "|(doesnt stop)|(kører igennem)|(run through)|(go through))",
            "((get up)|(komme op)|(komme ud)|(get out)) ~3 (roof|taget|altanerne|(the top)|toppen)",
            "(hvor mange|how many) ~3 ((skal man)|(skal jeg)|(should i)|(do i need to)|(do you need to)|(does it take to)) ~2 (ta|tage|take) ~3 (for at|to) ~2 (dø|die|(ende det)|(end it))",
        ),
    ),
    Sign(
        "at_edge",
        "suicide",
        "acute",
        (
            "(on|på|paa) ((the bridge)|broen|taget|(the roof)|kanten|(the edge)|(the ledge)) (now|nu|rn|(right now)|(lige nu))",
            f"står|sidder|stod|er|standing|sitting|im|am|sat|already|allerede|yderst ~2 (på|ude på|oppe på|on|up on|on top of|ved kanten af"
            f"|at the edge of|på kanten af) ~2 {EDGE}",
            "(jeg|a|han|hun|he|she|im|(i m)|(i am)) ~1 (ligger|lying|lie|laying) ~2 (ved|på|on|across|over) ~1 (skinner|skinnerne|sporet|sporene|tracks|(the tracks)|(the rails)|rails)",
            "(ligger|lying) ~1 (på|paa|on|across) (skinnerne|sporet|sporene|(the tracks)|(the rails))",
        ),
    ),
    Sign(
        "place",
        "suicide",
        "cue",
        (
            "(heading|going|walking|på vej|går|gik|walked) ~2 ((down to)|(ned til)|to|til|(ud til)|(out to)) ~1 "
            + WATER,
            "(vinduet|vindue*|window) ~3 (helt op|åbnes helt|(open all the way)|kan åbnes|(opens fully))",
            "(ud til|ned til|(out to)|(down to)) ~1 (klinten|klint|sporet|skinnerne|jernbanen|broen|(the cliffs)|(the tracks)|(the bridge)"
            "|(the railway)|(the train line))",
            "(skal|going|går|gå|på vej|go|walking|walk|kører|driving|cykler) ~2 (ud til|ned til|to|til"
            "|out to|down to) (banen|skinnerne|sporet|sporene|broen|havnen|jernbanen|klinten|fjorden|(the tracks)|(the bridge)"
            "|(the harbour)|(the train line)|(the railway)|(the cliffs)|(the cliff))",
            "(stod|står|sad|sidder|var|standing|stood) ~1 (på|paa|ved|on|at) ~1 (sporet|skinnerne|(the tracks))",
            "badekar*|bathtub|(in the bath|i badet)",
            f"står|sidder|er|standing|sitting|im|am ~2 (ved|at|by) ~2 {HIGH}",
            f"(på vej op på|on my way up|going up|på vej ud på|på vej til|on my way to) ~2 {HIGH}",
            f"(på vej|kører|går|cykler|tager|heading|driving|walking) ~2 (mod|til|to|towards|ud til|ud på|over til) ~1 {EDGE}",
            "kanten|edge|ledge|cliff",
            "🌉|🚆|🚂|🚇",
            "(bro|broen|bridge|(the bridge)|gangbroen|(a bridge)|(en bro)) (over|across) (motorvejen|(the motorway)|banen|sporet|skinnerne|(the tracks)|(the highway)|(the railway)|jernbanen)",
        ),
    ),
    Sign(
        "looking_down",
        "suicide",
        "cue",
        (
            "kigger|looking|kikker|ser ~1 ned|down",
            "((langt ned)|(long way down)|(højt oppe)|(high up)|(so high up)|(så højt op)|(så højt oppe))",
        ),
    ),
    Sign("time", None, "cue", (NOW, COUNTDOWN, COUNTDOWN_HALF, SINCE_LAST), negatable=False),
    Sign(
        "doing_it",
        "suicide",
        "cue",
        (
            "(gør det|gøre det|do it|(doing it)|(gonna do it)|(going to do it)|(gør det nu))",
            "overvejer|considering|(tænker på at)|(thinking about)|(thinking of)",
            "(sidste gang|last time)",
            f"{NOT} ~2 (ned igen|hjem igen|tilbage|komme ned|come down)",
            "(sidste|last|final) (smøg|cigaret|cigarette|cig|smoke|fag)",
            "(this is it|thats it then|that s it then)",
            "(held on|hung on|holdt ud|holdt fast) ~3 (as long as i could|så længe jeg kunne) ~3 (for jer|for you|for dig|for mine|for my)",
            "(sagde|said|siger|says) ~2 det (er|var) det sidste jeg (køber|skriver|siger|sender)",
        ),
    ),
    Sign(
        "goodbye",
        "suicide",
        "cue",
        (
            "farvel|goodbye|goodbyes|bye|farewell|adjø|farveller|(sagt farvel|said goodbye)",
            "(pas på hinanden|take care of each other|look after each other|pas godt på hinanden)",
        ),
        negatable=False,
    ),
    Sign(
        "farewell_all",
        "suicide",
        "cue",
        (
            "(kram|knus|hugs|kærlighed) ~1 ((til jer alle)|(to you all)|(to all of you)|(til jer allesammen)|(til jer alle sammen))",
            "((lev vel)|(live well)|farewell) ~2 (allesammen|alle|everyone|all|(alle sammen))",
            "(farvel|bye|goodbye) (allesammen|(alle sammen)|everyone|everybody|(til alle)|(jer alle)|(you all))",
            "(wanted to say goodbye|ville sige farvel|ville bare sige farvel|just wanted to say goodbye)",
            "(farvel til jer alle|farvel til alle|farvel alle sammen|goodbye everyone|bye everyone|goodbye all)",
            "(sagt farvel|said goodbye|siger farvel|saying goodbye) ~1 til|to ~2 (min|mine|my|alle|everyone|jer|hende|ham|ungerne|børnene"
            "|(the kids)|drengene|pigerne)",
            "(taget afsked|tager afsked|sagt farvel til alle|said goodbye to everyone|saying goodbye to everyone)",
            "(så er det farvel|this is goodbye|det er farvel|it s goodbye|its goodbye)",
        ),
        negatable=False,
    ),
    Sign(
        "thanks_for_all",
        "suicide",
        "cue",
        (
            "(tak fordi du altid|thanks for always|thank you for always)",
            "(tak for alt|thank u for everything|thank you for everything|thanks for everything|thx for everything)",
            "(tak for et godt liv|thanks for a good life|thank you for a good life|tak for livet)",
            "(tak fordi du prøvede|thanks for trying|tak for at prøve|thank you for trying)",
            "(tak|thanks|thank) ~6 (gennem årene|(gennem alle årene)|(over the years)|(alle årene)|(all these years)|(all the years)"
            "|(alle de andre dage)|(all the other days))",
        ),
        negatable=False,
    ),
    Sign(
        "apology",
        "suicide",
        "cue",
        (
            "(im so sorry|i m so sorry|i am so sorry)",
            "undskyld|sorry|tilgiv|forgive ~1 (for alt|for everything|me)",
            "(im sorry|i am sorry)",
            "undskyld|sorry ~1 mor|far|mom|mum|dad|alle|everyone|jer|(alle sammen)",
            "(sorry for being|undskyld at jeg er|undskyld jeg er)",
            "(og undskyld|and sorry|and im sorry)",
            "(i mean it|jeg mener det|(i m not joking)|(im not joking)|(jeg mener det alvorligt))",
            "(no hard feelings|ingen sure miner|ikke sure på nogen)",
        ),
        negatable=False,
    ),
    Sign(
        "finality",
        "suicide",
        "cue",
        (
            "(jeg|i|im|i m) ~2 (kommer|komme|coming|come) (ik*|ikke|not|never|aldrig) ~1 (tilbage|back)",
            "((jeg er væk)|(i ll be gone)|(ill be gone)|(i will be gone)) ~2 (når|when|before|inden|før)",
            "((it ll all be over)|(itll all be over)|(it will all be over)|(det hele er snart overstået)|(det hele er snart slut))",
            "((properly done)|(done for good)|(done this time)|(færdig for altid)|(færdig for good))",
            "((det stopper nu)|(it stops now)|(det slutter nu)|(it ends now)|(jeg forsvinder)|(i m disappearing)|(im disappearing))",
            "((nothing left to do)|(intet tilbage at gøre)|(ikke mere at gøre)|(for evigt))",
            "((hvor jeg skal hen)|(where i m going)|(where im going)|(where i am going))",
            "((eller nogen andre)|(or any other)|(or anything else)|(eller noget andet)) ~1 (møder|meetings|aftaler|appointments)",
            "(min sidste post|my last post|mit sidste opslag|(min sidste story)|(my last story))",
            "(der kommer ikke flere|(there won t be any more)|no more|ingen flere) ~1 (aftaler|appointments|beskeder|messages)",
            "(wont be needing|won t be needing|will not be needing|skal ikke bruge|får ikke brug for)",
            "(min sidste sms|my last text|my last message|min sidste besked)",
            "(jeg er færdig|jeg er faerdig|im done|i m done|i am done) ~1 (nu|now)",
            "(færdig med at kæmpe|done fighting|tired of fighting|træt af at kæmpe|færdig med livet|done with life"
            "|done with everything|færdig med det hele|orker ikke at kæmpe mere|orker ik at kæmpe)",
            "(har|får|harr) (ik*|ikke|ike|ikk) ~1 brug for ~2 (mere|mer|længere)",
            "(det er slut|det slutter|its over|it is over) ~1 nu|now",
            "(nu er det slut|its over|this is the end|the end)",
            "(er det slut|så er det slut|så slutter det|it ends|it all ends|det hele slutter|slutter det|ender det)",
            "(det er slut for mig|its over for me|det er forbi for mig|det er slut)",
            "(forlader jer|leaving you all|forlader denne verden|leaving this world|leaving you)",
            "(så er det nu|nu sker det|it s happening|now or never)",
            "(no more pain|ingen mere smerte|ikke mere smerte|ikke mere ondt|ingen smerte mere)",
            "(for altid|forever)",
            "(vi ses ik*|(vi ses ikke)|(vi ses it)) (mere|mer|igen|nogensinde|længere)",
            "((behøver du ik*)|(behøver du ikke)|(you don t need to)|(you wont have to)|(you won t have to)) ~1 (mer|mere|anymore|længere)",
            "(det slut nu|(det er slut nu))",
            "(en er nok|(one is enough)|(one s enough)|(one will do))",
            "(vi ses aldrig|(never see you again)|(you ll never see me)|(youll never see me)|(ses aldrig igen)|(we ll never see))",
            "(intet|ingenting|ikke mere|ikke noget|nothing|nobody|no one|ingen) ~2 (der holder mig|(holding me)|(keeping me)"
            "|(that keeps me)) ~1 (her|here|tilbage|back)",
            "overstået|(over with)",
            f"skal {NOT} ~1 bruge ~1 dem|det ~1 mere|mer|længere",
            "(wont need|dont need) ~ anymore",
            "(wont need it|wont need them|won t need it|skal ikke bruge det)",
            "((it s done)|(its done)|(it is done)|(it s finished)|(its finished))",
            "(sagt|sagde|said|says|siger|skrev|wrote) ~4 ((det var det)|(that s it)|(thats it)|(that was it)|(nu er det slut))",
            "((ses aldrig)|(vi ses aldrig)|(see you never)|(vi ses aldrig igen)|(ses aldrig igen))",
            "((i aften)|(i nat)|tonight|(by tomorrow)) ~1 ((er jeg væk)|(er jeg vaek)|(i m gone)|(im gone)|(i ll be gone)|(ill be gone))",
        ),
        negatable=False,
    ),
    Sign(  # "det er for sent", "its too late now": in a thread with a worker, after a question, the gravest reply
        "too_late",
        "suicide",
        "cue",
        (
            "(det er for sent|(its too late)|(it s too late)|(alligevel for sent)|(er det for sent)"
            "|(already too late)|(det er allerede for sent))",
        ),
        negatable=False,
    ),
    Sign(
        "last_wishes",
        "suicide",
        "cue",
        (
            "(hente|hentes|hent|henter|(pick up)|(pick her up)|(pick him up)|collect) ~6 ((fra nu af)|(from now on)|(every day after)|(og dagen efter)|(hver dag fra nu))",
            "((når han bliver stor)|(når hun bliver stor)|(when he grows up)|(when she grows up)|(when he s older)|(when she s older))",
            "(tage|passe|hente|take|(look after)) ~1 (hunden|katten|(the dog)|(the cat))",
            "((har lige haft)|(har haft)|(just had)|(just smoked)|(har lige røget)) (min|my) sidste ~1 (smøg|cigaret|cigarette|fix"
            "|måltid|meal)",
            "(hvis nogen spørger|if anyone asks) ~4 (var jeg|i was)",
            "(hvis der sker noget med mig|if anything happens to me|if something happens to me|hvis der sker mig noget)",
            "(tage|passe|take care of|look after|tag dig af|tage dig af|tage sig af) ~2 (min|mine|my) ~1 (kat|hund|katten|hunden|cat|dog|fugl|kanin|rabbit|kids|børn|unger)",
            "(pas godt på|pas på|take care of|look after) ~1 min|mine|mor|far|my|hunden|katten",
            "sig|tell ~3 elsker|love",
            "(elsker jer|love you all|love u all)",
            "(skal ikke være kede af det|ikke være ked af det|dont be sad|don t be sad|dont cry|græd ikke)",
            "sig|tell ~1 (til alle|everyone|alle)",
            "sig|tell ~6 (elsker|love)",
            "sig|tell ~3 (undskyld|sorry)",
            "(jeg elskede|i loved) ~1 jer|you|dig|alle",
            "(husk mig|remember me) ~2 (som|as|for)",
            "(sig|tell|hils|say) ~3 (farvel|goodbye|bye) ~3 (fra mig|from me|til|to)",
            "(pas godt på|pas på|take care of|look after|passe på|tag dig af) ~1 (drengene|pigerne|børnene|ungerne|(the kids)|(the boys)"
            "|(the girls)|(the children))",
            "(har været gode ved mig|been good to me|været så gode|been so good|været søde ved mig)",
            "((mit sidste ønske)|(min sidste vilje)|(my last wish)|(my last wishes))",
            "(fortæl|tell|(sig til)) ~1 (mine|min|my) ~1 (unger|børn|kids|datter|søn|daughter|son|kone|wife|mor|mum|mom) ~1 (at|that) ~1 (jeg|far|mor|dad|mum|i) (var|was) (stolt|proud|glad)",
            "(hils|hilse|say hi to|tell) ~4 (at jeg var glad for|that i was fond of) (dem|jer|hende|ham|them|you|her|him)",
        ),
        negatable=False,
    ),
    Sign(
        "heaven",
        "suicide",
        "cue",
        (
            "(vi ses|(see you)|(ses vi)) ~3 ((i himlen)|(in heaven)|(on the other side)|(på den anden side))",
            "(møde|mødes med|se|være sammen med|være hos|meet|see|be with|join) ~3 (i himlen|in heaven|på den anden side|on the other side)",
            "(ses|cya|(see ya)|(see you)) ~2 ((på den anden side)|(paa den anden side)|(on the other side))",
            "(ses|see you) (deroppe|up there) (måske|maybe|engang|someday|(en dag)|(one day))",
        ),
        negatable=False,
    ),
    Sign(
        "absolving",
        "suicide",
        "cue",
        (
            "(ikke din skyld|ikke deres skyld|ikke jeres skyld|not your fault|not their fault|nobodys fault|ingens skyld"
            "|ikke nogens skyld|not anyones fault)",
            "ikke ~1 (din skyld|deres skyld|jeres skyld|nogens skyld|min families skyld)",
            "(this isnt on you|this is not on you|(it s not on you)|(its not on you)|(not on you)|(det er ikke på dig))",
            "(må|skal|must) (ik*|ikke|not) (tro|think) ~1 (det var|it was|det er) ~1 (pga|på grund af|(because of)|din skyld|hendes skyld|hans skyld|her fault|his fault)",
        ),
        negatable=False,
    ),
    Sign(
        "giving_away",
        "suicide",
        "cue",
        (
            "(koden|pinkoden|(the code)|(the pin)|(my pin)|(min pinkode)) ~1 (ligger|is) ~2 ((i skuffen)|(in the drawer))",
            "(pengene|(the money)|(my money)|(mine penge)|(min opsparing)|(my savings)) ~4 (er til|(are for)|(is for)|(skal gå til)|(should go to)|(goes to)) ~2 (børnene|(the kids)|(my kids)|(mine børn)|(my children)|datter|datteren|søn|sønnen|daughter|son)",
            "(gives videre|give videre|gi videre|pass on|passed on|(kan overtage)|(can take over))",
            "gave|gav|givet|given|foræret|forærede ~3 væk|away",
            "giver|give|giving|forærer ~3 væk|away",
            "må|kan|can ~1 få|have ~ min|mine|my",
            "(må|kan|can) ~2 (bare|just) ~1 (ta|tage|take|beholde|keep) ~2 (min|mine|mit|my)",
            "(hvem|who) ~2 (skal|vil|will|gets|should) ~1 (ha|have|få|take|tage|arve|inherit) ~1 (min|mine|mit|my)",
            "(sender|giver|gave|given|sent|send|give|giving) ~3 (koder|koderne|passwords|(my codes)|pinkode*|(pin code)|adgangskode*)",
            f"(hund|hunden|katten|kat|dog|(the dog)|cat) ~2 ((skal bo)|(skal være)|(må bo)|(kan bo)|(skal blive)|(will live)"
            f"|(should live)|(can live)|(should stay)|(can stay)|(skal have)|(to live)) ~1 (hos|with|at) ~1 {PET_KEEPERS}",
            f"(hund|hunden|katten|kat|dog|(the dog)|cat) (hos|with|at) ~1 {PET_KEEPERS}",  # "brev skrevet. hund hos naboen"
            "(afleveret|given|gave|left|givet|gav|sendt) ~2 (hunden|katten|(the dog)|(the cat)|(my dog)|(my cat)|(min hund)|(min kat))"
            " ~2 (til|to|hos|with|away|væk)",
            "give|giv|gi|givet|gave|given ~1 min|mine|mit|my ~3 til|to",
            "(koden|koderne|pinkoden|kodeordet|password|passwords|adgangskode*|(the code)|(my pin)|(my password)|(mine koder)|seddel|sedlen) ~6 ((så har i det)|(så har du det)|(så har i dem)|(so you have it)|(so you have them))",
            "((skal ha)|(skal have)|(må få)|(må ha)|(can have)|(gets)|(may have)) (min|mine|my) ~1 (cykel|jakke|sovepose|ps5|playstation|bike|jacket|guitar|ur|watch|ring)",
            "(hunden|katten|the dog|the cat|dog|cat) (skal|goes|går) (på internatet|to the shelter|to my neighbour|to the neighbour|til naboen|til min søster|to my sister) ~6 (jeg|i) ~1 (har|have|ve) ~2 (ryddet|cleaned|sorted|ordnet|skrevet|written|sagt farvel|said goodbye)",
            "(udlejer|udlejeren|landlord|the landlord) (kan|can) (få|have) ~1 (lejligheden|the flat|værelset|the room) ~1 (tilbage|back)",
            "(overført|overførte|transferred|sendt|sendte) (alt|everything|alle mine penge|all my money) (til|to) (min|mine|my) (søn|datter|søster|bror|børn|mor|son|daughter|sister|brother|kids|mum|mom)",
            "(sister|brother|søster|bror|mor|mum|datter|søn|daughter|son) (can have|kan få|må få) (the|my|mit|min|mine) (deposit|depositum|ting|things|stuff)",
            "(all my passwords|alle mine kodeord|passwords are in|kodeordene ligger|kodeordene står) ~6 (dog|hund|hunden|the dog|cat|katten|deposit|depositum|mine ting|my things|my stuff|farvel|goodbye|bye)",
        ),
    ),
    Sign(
        "unreachable",
        "suicide",
        "cue",
        (
            "(lægger|lagt|lagde|slukker|smider|putting|turning|switching) ~1 (telefonen|mobilen|(my phone)|(the phone)) ~1 ((fra mig)|væk|(ud nu)|down|away|off)",
            "(dont call|don t call|do not call|ring ikke til|ring ik til|ring ikke efter|ring ik efter) ~1 (the police|politiet|112"
            "|(an ambulance)|ambulancen|ambulance|nogen|anyone)",
            "(ingen grund til at ringe|no point calling|no need to call|ingen grund til at komme)",
            "(lad vær|lad være|lad vaer|lad vaere|dont|do not|don t) ~2 (med at ringe|med at lede|at ringe|call me|look for me|(try to call)|(try to find me)|(to call)|(finde mig))",
            "(slukket|slukker|slukke) ~2 for ~1 (mobilen|telefonen|mobil|telefon)",
            "(turning off|turned off|turn off|switching off|switched off|switch off) ~2 (phone|(my phone)|mobile|(my mobile))",
            f"svarer|tager {NOT} ~1 telefon*|(the phone)",
            "(svarer ikke|not answering|not picking up|svarer ik|tager ikke telefonen)",
            "(ikke svaret|ik svaret|(not answered)|(hasnt answered)|(not replied)|(hasnt replied)|(no answer)) ~2 (siden|since)",
            "slukket|turned ~1 min|sin|hans|hendes|my|his|her ~1 telefon*|mobil*|phone",
            "(slukket telefonen|slukket sin telefon|telefonen er slukket|phone is off|turned off her phone|turned off his phone"
            "|slukket mobilen|slukket sin mobil|mobilen er slukket)",
            "(dont|(don t)|(do not)) send ~1 (anyone|anybody|someone|help|(the police)|(an ambulance)|(the ambulance))",
            "((send ikke)|(send ik)|(lad vær med at sende)|(lad være med at sende)) ~1 (nogen|politiet|ambulance|ambulancen|hjælp)",
            "(slettede|slettet|sletter|deleted|deleting) ~2 (min|mine|my|alle|all) ~1 (fb|facebook|insta|instagram|snap|snapchat|konto|konti|account|accounts|profil|profile|profiler|profiles)",
        ),
        negatable=False,
    ),
    Sign(
        "death_talk",
        "suicide",
        "cue",
        ("død|døden|=doeden|=doe|=doer|dying|death|dead|die|begravelse|funeral",),
    ),
    Sign(  # "ville ønske det var mig der var død", "hvis det var lovligt tog jeg til Schweiz": a wish, not a plan
        "death_wish",
        "suicide",
        "worrying",
        (
            "(ønske|ønsker|ønsket|wish|wishes|wished|hope|hopes|håber) ~4 ((var død)|(was dead)|(were dead)|(ends me)"
            "|(var mig der var død)|(was me who died))",
            "(dignitas|(aktiv dødshjælp)|(assisted dying)|(assisted suicide)|euthanasia|eutanasi|dødshjælp)",
            "((goodbye letters)|afskedsbreve|farvelbreve|(farvel breve)) ~3 (head|hovedet|tankerne|mind)",
            "((ville ønske)|wish|wished) ~6 ((havde ramt mig)|(had hit me)|(ramte mig)|(hit me)|(kørt mig ned)|(kørte mig ned)|(ran me over)|(run me over))",
            "(håber|haaber|hope|ønsker) ~5 (få|faa) lov ~2 (dø|doe|(sove ind))",
            "(få|faa) lov ~2 (gå|gaa) (også|osse|(som de andre))",
            "(ville|would) ~2 (være|be) ~2 (fred|peace|(en lettelse)|(a relief)|bedst|best) ~3 ((at være død)|(to be dead)|(at dø)|(to die)|(at sove ind))",
            "(vil|ønsker) (ikke|ik|ikk) (leve|live) (mere|længere|mer)",
            "(ikke|ik|ikk) (vil|ønsker) (leve|live) (mere|længere|mer)",
            "((ville ønske)|wish|ønsker|(i wish)) ~2 (ikke|ik|ikk|wouldnt|didnt|never|(wouldn t)|(didn t)) (vågnede|vågner|vaagnede|vågne|wake|woke)",
            "(tanker|tankerne|thoughts) (om|about|of) ~1 ((at tage mit liv)|(at tage livet af mig)|selvmord|suicide|(killing myself)|(ending it)|(ending my life))",
            "(tænker|tænkt|thinking|think) ~3 ((på at dø)|(about dying)|(om at dø)|(på døden)|(about death))",
            "(wanna|(want to)|(vil bare)|(bare vil)|(just want to)) (disappear|forsvinde)",
            "(want|vil) ~3 ((it all to stop)|(det hele skal stoppe)|(det hele stopper)|(det hele til at stoppe))",
            "(dødstanker|dødstanke|dødstankerne|(tanker om døden)|(death thoughts)|(thoughts of death)|(thoughts about death))",
            "((jeg har)|(han har)|(hun har)|(a har)|(i have)|(he has)|(she has)|(i ve)|ive) ~1 ((levet længe nok)|(levet nok)|(lived long enough)|(lived enough))",
            "(skuffet|skuffede|disappointed|ærgerlig|ked af) ~2 ((over at)|that|(når)|(when)) ~2 (jeg|a|i) ~1 (vågnede|vågner|vaagnede|woke|wake|(er i live)|(still alive)|(stadig lever))",
            "(googlede|googlet|googled|søgte|søgt|searched|læste|læst|(looked up)) ~3 (metoder|methods|(how to die)|(hvordan man dør)|(ways to die)|(painless ways))",
            "(forstår|forstaar|understand|get) ~3 (folk|people|dem|those|(why people)|(hvorfor folk)) ~3 ((stopper det hele)|(ender det)|(end it)|(ending it)|(tager deres liv)|(tager livet af sig)|(kill themselves)|(give up)|(opgiver det hele))",
            "((glæder mig til)|(looking forward to)|(can t wait for)|(cant wait for)) ~3 ((det hele er ovre)|(det hele er slut)|(it s all over)|(its all over)|(it all to be over))",
        ),
    ),
    Sign(
        "hopeless",
        "suicide",
        "worrying",
        (
            "((ramt bunden)|(hit rock bottom)|(rock bottom)|(im just done)|(i m just done)|(jeg er bare færdig))",
            "(ligeglad|(don t care)|(dont care)) ~1 ((med det hele)|(med alt)|(about anything)|(about everything)|anymore|længere|mere)",
            "(tanker|thoughts) ~3 ((ikke bryder mig om)|(don t like)|(dont like)|(scare me)|(skræmmer mig))",
            "((tired of existing)|(træt af at eksistere)|(træt af at leve)|(tired of living)|(tired of life))",
            "(googlet|googled|searched|søgt) ~3 ((hvor meget)|(hvor mange)|(how much)|(how many)|(how to)|(hvordan man))",
            "(holder|holde) ~1 (ik*|ikke|not) ~1 ((til jul)|(til foråret)|(til sommer)|længe|(much longer))",
            "(de tanker|those thoughts|the thoughts|(dark thoughts)|(mørke tanker)) ~2 (igen|again|(are back)|(er tilbage))",
            "(ville ønske|wish) ~3 (ik var vågnet|ikke var vågnet|(hadn t woken)|(didn t wake)|(never woke)|(hadnt woken)|(didnt wake))",
            "(dont want to be here|(don t want to be here)|(do not want to be here)|(vil ikke være her)|(vil ik være her))",
            "(ser ikke|ser ik|see no|dont see|don t see|kan ikke se|kan ik se) ~2 (grund|reason|point|mening) ~4 (blive|stay|leve|live"
            "|fortsætte|go on|være her|be here|længere|longer)",
            "(hvor længe|how long|hvor meget mere|how much longer) ~3 (holde det ud|holde ud|klare det|hold on|take this|take it)",
            "(kan ikke|kan ik|ka ik|cant|can t) ~1 (holde det ud|holde ud|bear it|take it anymore|take this anymore)",
            "(dont see how|don t see how|cant see how|kan ikke se hvordan|kan ik se hvordan) ~4 (better|bedre|ends|ender|stops)",
            "(everything hurts|alt gør ondt|hurt so much|hurts so much|gør så ondt|gør så meget ondt)",
            "(ik|ikke|ingen|no|ik nogen|ikke nogen|intet) ~1 grund|reason|reasons ~2 (til at|to) ~3 (stå op|står op|leve|live|get up"
            "|wake up|vågne|fortsætte|go on|keep going)",
            "(ikke spist|ik spist|not eaten|havent eaten|haven t eaten|ikke drukket|ik drukket|not drunk) ~4 (dage|days|døgn)",
            "ka|kan|ku ~1 ik|ikke|ikk ~1 (rigtig|mere|mer|længere)",
            f"orker|magter|kan|gider {NOT} ~1 mere|mer|længere",
            f"kan {NOT} ~1 (det her|klare det|mer|mere)",
            "(cant|cannot|can t) ~2 (do this|go on|take it) ~1 anymore",
            "(cant|cannot) ~ anymore",
            "håbløs*|haabløs*|hopeless|meningsløs*|pointless|ligegyldig*",
            "(ingen|no|ik nogen|ikke nogen|ingen som helst|nogen) ~1 mening|point",
            "(meningen med|point of|point in) ~2 (det hele|livet|anything|everything|life|it all|noget)",
            "giver|give|giving ~1 op|up",
            "træt af ~2 (det hele|alt|alting|livet|at leve|at være mig|mig selv|at være til)",
            "(kan ikke finde ud af noget|kan ik finde ud af noget|cant do anything right)",
            "(ingen energi|no energy|ingen kræfter)",
            "tænker|thinking|think ~3 (at forsvinde|about disappearing|on disappearing)",
            "(har det sort|haft det sort|har haft det mørkt|been dark|been so dark)",
            "tom|empty|numb|følelsesløs ~1 (indeni|inside|indvendig)",
            "(føler|feel|føler mig) ~2 (tom|empty|numb|følelsesløs)",
            "(giver ikke mening|giver ingen mening|giver ik mening|meaningless|makes no sense anymore)",
            "(orker ingenting|gider ingenting|magter ingenting|orker ik noget|orker ikke noget)",
            "(det hele|alt|livet) ~1 er ~2 sort|mørkt|tungt|håbløst|lort",
            "(hvor længe|how long|hvor meget mere) ~3 (blive ved|holde ud|holde til|klare det|keep going|hold on|go on|take)",
            "(cant|can not|not sure i can|dont think i can|kan ikke|ved ikke om jeg kan) ~1 (keep going|go on|hold on|blive ved|holde ud)",
            "drukner|drowning|(går under|falling apart|falder fra hinanden)",
            "(hvad er pointen|whats the point|what is the point|what s the point)",
            "hader|hate|hater ~1 mit|my ~1 liv|life",
            "(hader mig selv|hate myself)",
            "(aldrig|never|ikke|not|nothing) ~4 (blive bedre|get better|bliver bedre|going to change|ændre sig)",
            "lyst|want|wanna ~2 (at vågne|to wake|to get up|at stå op)",
            "belastning|(a burden)",
            "(ingen fremtid|no future|see a future|se nogen fremtid|se en fremtid)",
            "(hvorfor skulle jeg|why should i|why would i) ~2 (gide|bother|overhovedet|even)",
            "(tired of fighting|træt af at kæmpe)",
            "(whats even the point|what s even the point|hvad er overhovedet pointen)",
            "(græder hele tiden|crying all the time|cry all the time)",
            "(mørkt|dark|tungt) ~3 (sidste uger|lately|for tiden|længe)",
            "(tankerne kører|my thoughts|mørke tanker|dark thoughts)",
            "(skade mig selv|hurting myself|hurt myself|gøre mig selv skade)",
            "(nemmere|easier|bedre|better) ~2 (ikke at være her|not to be here|not being here|ikke at være til|not to exist)",
            "(føler mig|feel|feeling|føler) ~2 (alene|ensom|alone|lonely)",
            "tænkt|thought|think ~2 (på døden|about death|about dying|om døden)",
            "(alt|everything|det hele|it all) ~1 er|is ~2 (for meget|too much)",
            "(ingen|nobody|no one|ikke nogen) ~2 (forstår mig|understands me|cares about me|bryder sig om mig)",
            "tired of ~2 everything|life|living|(it all)",
            "alt|everything|all ~ er|is ~ sort|mørkt|dark",
            "ensom|lonely ~ (gør ondt|hurts)",
            "(ingen vej ud|no way out)",
            "ønske|ønsker|wish ~3 forsvinde|disappear",
            "(ingen|nobody|no one) ~ ville|would ~ opdage|notice|savne|miss",
            "(ingen|nobody|no one) ~ ville|would ~ opdage|notice|savne|miss|care ~5 væk|gone|disappeared|forsvandt|død|dead",
            "tænker|thinking ~2 (på døden|at dø|om døden|about death|about dying)",
            f"{NOT} ~1 lyst ~2 (til noget|til noget mere|til noget som helst|to do anything|til ingenting)",
            "(nothing matters|intet betyder)",
            "(når man dør|when you die|efter man dør|after you die)",
            "😔|😞|😢|😭 ~1 (kan ik|kan ikke|orker ik|cant)",
            "(dont care anymore|ligeglad med alt|ligeglad med mig selv|ligeglad med livet|ligeglad med om jeg lever)",
            "(hvis|if) (jeg|a|i|im|(i m)) (stadig|still|endnu) ~1 (lever|(er i live)|alive)",
            "(ran out of reasons|løbet tør for grunde|ingen grunde tilbage|no reasons left)",
            "(ingen|no) grund til at (leve|(være her)|(blive her)|(blive i live)|fortsætte) ~1 (mere|mer|længere|anymore)",
            "(ik*|ikke|no) (mere|mer|længere|more|longer) grund til at (blive|leve|(være her)|fortsætte)",
            "no reason to (stay|live|(go on)|(keep going))",
            "(holder|klarer|overlever) (ik*|ikke) til (vinteren|julen|jul)",
            "(ik*|ikke) (holder|klarer) til (vinteren|julen|jul)",
            "(wont|(won t)|(not gonna)|(not going to)) (make it|survive|last) ~2 ((the winter)|christmas|(this winter))",
        ),
        negatable=False,
    ),
    Sign(
        "reunion",
        "suicide",
        "worrying",
        (
            "(vil|skal|want to|going to|wants to) ~2 (følge efter|follow) ~1 (hende|ham|her|him|dem|them)",
            "(være sammen med|være hos|be with|see) ~1 hende|ham|dem|him|her|them ~2 igen|again|(i himlen|in heaven)",
            "vil|want ~2 (være sammen med|være hos|be with) ~1 hende|ham|dem|him|her|them",
        ),
    ),
    Sign(
        "self_harm_past",
        "suicide",
        "worrying",
        (
            "(cut|skar|skåret|snittet) ((a bit)|(a little)|lidt|(en smule)) ((last night)|(i nat)|(i går)|yesterday|earlier"
            "|tonight|today|(i dag))",
            "(skar|cut) (mig|myself) ((a bit)|(a little)|lidt|(en smule))",
            "(kradset|kradser|ridset|scratched|scratching|brændt mig|burned myself) ~3 (armene|armen|(mig selv)|arms|myself|wrist*)",
            "(brændte|brænder|brændt|burned|burnt|burning) (mig|myself) ~3 (lighter*|lighteren|cigaret*|smøg*|(a lighter)"
            "|(my lighter)|(a cigarette)|igen|again)",
            "(urge|trang|trangen) ~3 ((to cut)|(til at skære)|(to hurt myself)|(til at skade mig))",
            "(ar|arrene|arene|scars|cuts) ~6 (nye|new|igen|again|flere|more)",
            "(i|jeg|she|hun|he|han|ive|har) ~1 (cut|skar|skåret|snittet|snittede) (again|igen)",
            "(snitsår*|(cuts on)|(marks on)|(ar på)) ~2 (armene|lårene|armen|(her arms)|(his arms)|(my arms)|(her thighs)|thighs|lår)",
            "(klinger|barberblade|(new blades)|(razor blades)) ~3 (skære|cut|cutting|(til at skære))",
            "skar|skåret|skære|cut|cutting ~1 (i mig|mig|myself)",
            "(used to cut|used to self harm)",
            "kniv|kniven ~ hovedpuden|pillow",
            "(cut|skar|skåret) (again|igen) ~3 ((last night)|(i nat)|yesterday|(i går)|(i aftes))",
            "(nye|new|friske|fresh|flere|more|dybe|deep) ~1 (snit|cuts|skæringer) ~2 (på|i|on|across) ~2 (låret|lårene|armen|armene|håndleddet|håndleddene|benet|benene|maven|thigh|thighs|arm|arms|wrist|wrists|legs|leg|stomach)",
            "(discharged|udskrevet|udskrevne|sent home|sendt hjem) ~6 ((the attempt)|(my attempt)|(mit forsøg)|selvmordsforsøg*|(suicide attempt))",
            "(cut|skar|cuttede|cuttet) ((a bit)|(a little)|lidt|igen|again|myself|mig) ~1 (on|i|last|sidste) (saturday|sunday|monday|tuesday|wednesday|thursday|friday|mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags|weekend|weekenden)",
        ),
    ),
    # ---- asking for help, fear, feeling very bad ------------------------------------------------------
    Sign(
        "help_asked",
        None,
        "worrying",
        (
            "(noget jeg skal have sagt|(something i need to tell you)|(noget jeg må sige)|(something i have to tell you))",
            "(ingen har set|no one has seen|nobody has seen|noone has seen|har ikke set|haven t seen|havent seen) ~2 (ham|hende|him|her)",
            "(forsvundet|missing|savnet|meldt savnet) ~3 (dage|days|uge|week|døgn|siden|since)",
            "hjælp|hjaelp|hjalp|hjelp|help|=sos|mayday",
            "hjælpe|hjaelpe|hjelpe mig",
            "(kan nogen|can someone|could someone|kan i) ~2 (ringe|call|hjælpe|help)",
            "(kan vi|can we|kan jeg|can i) (snakke|tale|talk|ringe|call) ~2 ((i dag)|today|nu|now|snart|=soon|asap|(i aften)|tonight)",
            "brug for ~2 hjælp|nogen|dig",
            "need ~2 help|someone|you",
            "(det haster)|haster|urgent|asap|emergency|nødsituation",
            "(ring til mig nu|call me now|ring nu)",
            "(det er vigtigt|its important|it s important|ring venligst|please call|please call me)",
            "ring|ringe|call ~1 (hurtigt|asap|now|quick|nu)",
            "ring|ringe|call ~3 (med det samme|hurtigst muligt|right away|straks)",
        ),
        past=False,
    ),
    Sign(
        "fear",
        None,
        "worrying",
        (
            "er|im|am|so|så|really|meget|virkelig ~1 bange|scared|afraid|terrified|rædselsslagen",
            "(angst for at dø)",
        ),
    ),
    Sign(  # "har ik hørt fra bjarne i 5 dage", "my son hasn't answered his phone in three days"
        "not_heard_from",
        None,
        "worrying",
        (
            "posten ~2 ((hober sig op)|(ligger og flyder)|(stablet op)|(vælter ud))",
            "(ik*|ikke|not|hasnt|(hasn t)|havent|(haven t)) ~2 (åbnet|åbner|opened|opening|answered|lukket op) ~3 (døren|(the door)|(his door)|(her door)|(sin dør)|(their door)) ~5 (dage|days|uge|week|weeks|uger|døgn)",
            "(hasnt|(hasn t)|(has not)|havent|(haven t)|not|ikke|ik) ~1 (been|shown|showed|kommet|været|dukket) ~1 (here|her"
            "|hjemme|home|(at the)|(to the)|op|up|forbi|(set)|(seen)) ~6 (days|dage|week|weeks|uge|uger|døgn)",
            "(ikke|ik|not|hasnt|(hasn t)|havent|(haven t)) ~1 (hentet|afhentet|(picked up)|collected|fetched) ~3 (medicin*|medicine|meds|metadon*|methadone|pills|piller|dosis*|(his prescription)|(her prescription)) ~4 (dage|days|uge|uger|weeks|week|døgn)",
            "(hans|hendes|his|her|their|deres|naboens|(the neighbour s)) (post|mail|posten|aviser|reklamer) ~3 ((hober sig op)|(piling up)|(piles up)|(stacking up)|(fylder)|(ligger og flyder)|(stablet op))",
            "(ik*|=ik|ikke|not|havent|(haven t)|hasnt|(hasn t)|(no one has)|(ingen har)|(nobody has)) ~2 ((hørt fra)|set"
            "|seen|(heard from)|heard|hørt|svaret|svarer|answered|answering|(taget telefon*)|(picked up)) ~5 (dage|days"
            "|døgn|uger|weeks|(et stykke tid)|(a while))",
            "((not like him)|(not like her)|(ligner ham ikke)|(ligner hende ikke)|(ikke ligesom ham)|(ikke ligesom hende)|(never misses)|(misser aldrig)|(går aldrig glip)) ~6 ((phone s off)|(phones off)|(telefonen er slukket)|(tlf er slukket)|(svarer ikke)|(svarer ik)|(not answering)|(bag)|tasken|(is still)|(står stadig)|(ligger stadig))",
            "((phone s off)|(phones off)|(telefonen er slukket)|(tlf er slukket)|(svarer ikke)|(svarer ik)|(not answering)|bag|tasken|(is still)|(står stadig)|(ligger stadig)) ~6 ((not like him)|(not like her)|(ligner ham ikke)|(ligner hende ikke)|(ikke ligesom ham)|(ikke ligesom hende))",
            "(stukket af|løbet væk|(ran away)|(run away)|(has run off)|(gone missing)|forsvundet|(er væk fra)) ~6 (medicin*|medicine|meds|medication|insulin*)",
        ),
        negatable=False,
        spoilable=False,
    ),
    Sign(  # "sover ude 2 uger nu, meget kold, jeg er syg": a night outside in the cold can kill
        "exposure",
        None,
        "worrying",
        (
            "(sover|sove|sleeping|slept|sleep|sovet|ligger|lying) ~2 (ude|udenfor|outside|rough|(on the street)|(på gaden)"
            "|(i parken)|(in the park)|(på bænken)|(on a bench)|(i en opgang)|(in a doorway)|(in a stairwell)|busskur*) ~6 (kold"
            "|koldt|kulden|kulde|iskoldt|freezing|cold|frost|fryser|frozen|syg|sick|ill|minus|(ingen dyne)|(no blanket)|(can t feel)"
            "|(cant feel)|(kan ik* mærke)|(kan ikke mærke)|feber|fever)",
            "(fryser|freezing|frozen|kold|cold|iskoldt|minus) ~6 (sover|sove|sleeping|sleep) ~1 (ude|udenfor|outside|rough)",
            "(blevet|blev|been|got|was|were|er) ((smidt ud)|(kicked out)|(thrown out)|(smidt på gaden)) ~6 (minus|frost|frosten|frostvejr|koldt|cold|freezing|kulde*)",
            "((ingen steder at sove)|(intet sted at sove)|(ingen steder at bo)|(nowhere to sleep)|(nowhere to stay)|(no place to sleep)|(ikke noget sted at sove)|(ik noget sted at sove)) ~6 (frost|frosten|frostvejr|kulde*|koldt|cold|freezing|minus|sne|snow)",
        ),
        spoilable=False,
    ),
    Sign(
        "feeling_bad",
        None,
        "worrying",
        (
            "(tanker|thoughts|tankerne) ~2 (er|are|bliver|getting|blevet) ~1 (mørke|dark|sorte|black|darker)",
            "(ved at) ~1 ((miste det)|(miste forstanden)|(miste grebet))",
            "((about to)|(going to)|gonna) ~1 (lose my mind)",
            "(lå|ligger|lay|lying|sad|sidder|sat|sitting) ~1 (og|and) ~1 (tænkte|tænker|thinking) ~2 (på|about) ~1 (broen"
            "|(the bridge)|skinnerne|(the tracks)|pillerne|(the pills)|rebet|(the rope))",
            "(its|(it s)|(it is)) not (good|ok|okay) ~2 (today|tonight|(right now)|atm)",
            "(sære|mærkelige|mørke|dark|weird|strange) (tanker|thoughts)",
            "((det er bare tomt)|(its just empty)|(alt er tomt)|(feel empty)|(føler mig tom))",
            "(ved ik*|ved ikke|dont know|don t know) ~1 ((hvordan jeg skal klare)|(how to cope)|(how i can cope)|(how to go on))",
            "(ik*|ikke|not) ((været sig selv)|(been himself)|(been herself)|(been themselves))",
            "(har det) (ik*|ikke) ~1 godt",
            "(i am not well|im not well|i m not well|(speak to someone)|(tale med en)|(snakke med nogen)|(tale med nogen))",
            "(mørket|(the darkness)) ~3 (komme|kommer|igen|again|back|tilbage)",
            "(det hele vælter|alt vælter|(everything is falling apart)|(everything s falling apart)|(det hele braser sammen))",
            "(really|truly|virkelig|slet) (not ok|not okay|ikke ok|ik ok)",
            "(stemmerne|the voices|stemmer|voices) ~3 (værre|worse|igen|again|siger|tell me|telling me|larmer)",
            "(ikke fået|ik fået|not had|havent had|haven t had|no) ~2 (min medicin|my meds|my medication|medicin) ~3 (uge|week|dage|days)",
            "(har det|føler mig|feel|feeling|im feeling) ~2 (mørkt|sort|dark|mega mørkt)",
            "(gå|går|gik|gået|going) ~1 (i stykker|to pieces)",
            "(tid til at snakke|time to talk|nogen at snakke med|someone to talk to|jeg har angst|i have anxiety|panic attack"
            "|panikanfald|angstanfald)",
            "(har det fint|im fine|i m fine|jeg er ok|im ok) ~4 (eller altså|eller jo|eller måske|or maybe|well maybe"
            "|jeg ved det ik|jeg ved det ikke|i dont know|idk|tror jeg|i guess)",
            "(det går ikke godt|det går ik godt|det går ik så godt|det går ikke så godt|har det ikke godt|har det ik godt"
            "|har det sgu ik godt|har det sgu ikke godt|går i stykker|falling apart|its really bad|it s really bad"
            "|really bad tonight|fuld af lort|(not doing well)|(not doing good)|(not okay tonight))",
            "(har det|feel|føler mig|im feeling|feeling) ~2 dårligt|skidt|elendigt|lort|(af helvede)|forfærdeligt|(ad helvede)"
            "|crap|awful|terrible|(like shit)|horrible",
            "(ved ik|ved ikke|dont know) ~1 (hvad jeg skal gøre|hvad jeg skal stille op|what to do)",
            "(det er slemt|det er så slemt|its bad|its so bad|it is bad)",
            "(alting går galt|alt går galt|everything is going wrong)",
            "(need someone to talk|need to talk|(need talk)|(brug for snak))",
            "((hearing things)|(hører ting)|(hører stemmer)|(hearing voices)|(hører ting igen))",
            "((det er rigtig slemt)|(its really bad)|(it s really bad)|(der er sket noget)|(something happened)|(det er helt galt))",
            "(me|mig) (not|ikke|ik|no) (good|godt|ok|okay|fine)",
            "(helt nede|really down|so down)",
            "(helt ude af den|ude af mig selv|cant cope|kan ikke overskue noget)",
            "(jeg er ikke|jeg er ik|im not|i am not|i m not) ~1 ok|okay",
            "(har ikke sovet|havent slept|not slept) ~2 døgn|dage|days|nights",
            "(brug for at snakke|brug for at tale|need to talk|brug for nogen at snakke)",
            "(stirrer ud i luften|stare at the wall|ligger i sengen hele dagen|cant get out of bed|kan ikke komme ud af sengen)",
            "(spiser ikke og sover ikke|not eating or sleeping|hverken spiser eller sover|ikke spist eller sovet)",
            "(im struggling|i am struggling|struggling a lot|really bad day|my head is a mess|mit hoved er kaos|feel worthless"
            "|føler mig værdiløs|værdiløs|worthless)",
            "(kameraer|kamera|cameras|camera|mikrofoner|microphones|chip|chippen) ~6 ((se mig)|(ser mig)|(watching me)|overvåger|(lytter til mig)|(listening to me)|(kan se mig)|(følger mig)|(can see me))",
            "(de|they) ((overvåger mig)|(følger efter mig)|(are watching me)|(are following me)|(is watching me))",
            "(ensom|lonely) ~2 ((hele tiden)|(all the time)|altid|always|(hver dag)|(every day))",
            "(stemmerne|(the voices)|voices) ~3 (tilbage|back|værre|worse|(kommet igen)|(started again)|(begyndt igen))",
            "((de siger)|(they say)|(theyre telling me)|(they re telling me)|(they tell me)|(stemmerne siger)|(the voices say)|(telling me)) ~3 ((jeg er ond)|(im evil)|(i m evil)|(i am evil)|(jeg skal straffes)|(jeg skal dø)|(i should die)|(i have to die))",
            "(meds|medication|antipsychotics|antipsykotika|(my medication)|(min medicin)) ~6 (weird|mærkelig*|underlig*|buzzing|(getting weird)|(going weird))",
            "((har en dårlig dag)|(having a bad day)|(having a really bad day)|(har en rigtig dårlig dag)|(har en lortedag)|(har en skide dag))",
            "(spillet|spillede|gambled|lost|tabt|tabte) ~3 (hele|all|alt|everything) ~3 (løn|lønnen|pengene|money|paycheck|wages|savings|opsparing|opsparingen)",
            "((lost everything)|(tabt alt)|(spillet alt op)) ~3 (slots|casino|betting|pokies|machines|automaterne|spillemaskiner*|(på nettet)|online)",
            "(i feel nothing|i dont feel anything|i don t feel anything|jeg føler ingenting|numb inside|følelsesløs indeni)",
            "(julen|jul|juleaften|christmas|xmas|nytår*|new year*) ~3 (alene|alone|by myself|for mig selv) ~3 (igen|again|hader|hate|ensom|lonely)",
            "(ensom|lonely|alene|alone) ~3 (julen|jul|juleaften|christmas|xmas) ~3 (igen|again|hader|hate)",
        ),
    ),
)

# Harmless uses of the same words. A sign whose own words fall inside one of these is not counted: "kniv
# til brødet", "slog mig i skak", "filmen om selvmord", "døde af grin". Kept tight: each is a way for a
# real cry for help to slip through.
GAMES = (
    "(skak|kort|kortspil|ludo|fifa|matador|yatzy|bowling|billard|pool|dart|bordtennis|tennis|badminton|fodbold"
    "|spillet|spil|armlægning|wordfeud|quiz|poker|chess|cards|uno|monopoly|game|games|ping pong|pingpong|race"
    "|fortnite|minecraft|gta|warzone|valorant|cod|roblox|counterstrike|csgo|league|(counter strike)|cs2|tekken|pubg|overwatch"
    "|boksekamp*|boxing|knockout|ufc|mma|wrestling)"
)
HARMLESS: tuple[str, ...] = (
    "(hedebølge*|heatwave|(den her vinter)|(this winter)|mandage|mondays) ~2 ((slår mig ihjel)|(kills me)|(killing me)"
    "|(dræber mig))",
    "(spist|spise|ate|eat|eaten) ~4 ((for mange)|(too many)|(too much)|(for meget)|hele|(the whole)) ~1 (kage*|cake|æbleskiver"
    "|slik|candy|chokolade|chocolate|pizza|burger*|chips|is|(ice cream)|mad|food|julemad|risalamande|pebernødder|småkager"
    "|cookies|sweets|kebab|flæskesteg) ~4 ((jeg dør)|(im dying)|(i m dying)|dør|dying|(i could die))",
    "(sygeplejersk*|*sygeplejersken|*sygeplejerske|hjemmepleje*|nurse|apotek*|pharmacy|lægen|doctor|hjemmehjælp*) ~4 (talt|counted|doseret|dosed|lagt|sorted)"
    " ~3 (piller*|pills|medicin*|meds|dosisæske*|dosette*)",
    "(arbejdet|arbejder|worked|work|working|uddannet|trained) ~6 (overdoser|overdoses|overdosetilfælde)",
    "(overdoseret|overdosed) ~1 (på|on) ~2 (julekalend*|netflix|tv|serie*|series|show*|chocolate|chokolade|kage*|cake|candy"
    "|slik|sugar|sukker|kaffe|coffee|julemusik|christmas|music|musik|æbleskiver|julesange|sol|sun)",
    "(slår|slå|kill|kills|dræber|dræbe|murder) ~2 (mig|me) ~3 (hvis|if|fordi|because|cause) ~3 (jeg|i) ~3 ((kommer for sent)"
    "|(komme for sent)|late|spoiler*|spoile*|spoilede|glemmer|glemte|forget|forgot)",
    "(sæl|sælen|sæler|sælerne|sælfangst|sæljagt|seals|ænder|ducks|rådyr|=deer|hjort*|fasan*|(går på jagt)|(goes hunting)|(going hunting)|(deer hunting)|(duck hunting)) ~6 (gevær*|riffel|rifle|shotgun"
    "|haglgevær*|gun)",
    "(gevær*|riffel|rifle|shotgun|haglgevær*) ~6 (sæl|sælen|sæler|sælerne|seals|ænder|ducks|rådyr|=deer|hjort*|fasan*|(deer hunting)|(duck hunting))",
    "(sover|sleeping|staying|overnatter) ~2 (hos|with|(at a)|(at my)|(på en vens)|(på min vens)|(på sofaen)) ~6 ((i nat)"
    "|tonight|så|so) ~6 ((behøver ik*)|(behøver ikke)|(don t need to)|(dont need to)|(no need to))"
    " ~2 ((lede efter mig)|(look for me))",
    "(gemmer|gemt|hiding|hide) ~4 (fra|from) ~2 (svigermor*|(mother in law)|chefen|chef|boss|(the boss)|julefrokost*|festen"
    "|(the party)"
    "|gæsterne|(the guests))",
    "(nøgle*|keys|key|badge|kort|card|mobil*|phone|id) ~4 (snor*|cord|ledning*|lanyard) ~2 (om|around|round) ~1 (halsen|neck)",
    "(gassen|(the gas)) ~3 (fyret|fyr|furnace|boiler|heating|varmen|radiator*)",
    "(vinduer*|windows) ~4 (regn*|rain*|kold*|cold|blæs*|windy|wind|støj*|noise)",
    "(så|so|(for at)) (han|hun|de|he|she|they|ungen|baby*|babyen|barnet) (ikke|ik|not|doesnt|wont|(doesn t)|(won t)) ~1 (vågner"
    "|vågne|wake|wakes)",
    "(kniven|kniv|knife|(the knife)) ~6 (skærer|cutting|chopping|hakker|skære|cut) ~2 (løg|grøntsager|brød|vegetables|onions"
    "|bread|kød|meat|kartofler|potatoes)",
    "(flasker|bottles) ~1 (vand|water|sodavand|mælk|milk|pant|juice)",
    "(banker|bankede|banke|knocks|knocking|knocked) (på|paa|on) ~3 (dør*|door*|vindue*|ruden|window*)",
    "(blokeret|blocked) ~3 (derfor|so|(that s why)|(thats why)|så) ~2 (svarer|answer*|reply|replies|respond*) ~2 (ik|ikke"
    "|ikk|not)",
    "(stab|stikke|stikker) ~4 ((with a fork)|(med en gaffel)|(med gaflen)|(with a spoon)|(med en ske)|(with a pencil)"
    "|(med en blyant))",
    "(skar|skærer|cut|cuts|kørte|drove|pulled) (ind|in|out) (foran|(in front of)) ~1 (mig|me|os|us)",
    "(vold|slagsmål|slåskamp|(a fight)|violence) ~2 ((i filmen)|(i serien)|(på tv)|(i fjernsynet)|(on tv)|(in the film)"
    "|(in the movie)|(in the show))",
    "(gassen|(the gas)) ~4 ((lave mad)|(for at lave)|(to cook)|cooking|koge|stege|kaffe|(the kettle))",
    "(lukker|slipper|lader) mig (ikke|ik) (ud|gå) ~4 (før|psyk|psykiatrien|afdelingen|hospitalet|(the ward))",
    "(kursus|kurset|training|førstehjælp*|(first aid)|oplæg*|(vant til)|(used to)|(seen plenty of)|(har set mange)|erfaring*"
    "|experience|(handler om)|(is about)|(what to do if)|(hvad man gør hvis)|(hvad gør man hvis)) ~6 (overdoser|overdoses"
    "|overdosis|overdosing|overdoserer|hjertestop|(cardiac arrest)|(cardiac arrests)|selvmord|suicide)",
    "(efterladte|(bereaved by)|(bereaved parents)|sorggruppe*|(grief group)|(efter selvmord)|(after suicide)) ~4 (selvmord"
    "|suicide|gruppe*|group)",
    "(ordet|(the word)) ~1 (selvmord|suicide)",
    "(reb|rebet|rope) (i|on|til|for) (flagstang*|flagpole|flaget|(the flag))",
    "(rope|reb) (ladder|ladders|stige|stigen)",
    "(uheld*|(bad luck)|fortiden|(the past)|(dårlig samvittighed)|guilt|samvittighed*|skyldfølelse*|minderne|memories) ~2"
    " (følger|follows|following|jagter|chasing|chases|haunts|hjemsøger) ~2 (mig|me|everywhere|overalt)",
    "(kan ikke|(can t)|cant|(kan ik)|(kommer ikke)) ~1 ((komme ud)|(get out)) ~4 ((uden hjælp)|bussen|(the bus)|rollator*|elevatoren"
    "|(the lift)|(the elevator))",
    "(arresten|detention|(the cell)|cellen|(i fængsel)|(in prison)|(in jail)|(the police station)|politistationen)",
    "(skud|shots|shooting|skyderi|knald|bang|bangs) ~5 (skydebane*|(shooting range)|nytårsaften|(nytårs aften)|fyrværkeri*|fireworks"
    "|(new year)|(new years))",
    "(skrige|skriger|screaming|yelling|råber|råbe) ~2 ((af grin)|(with laughter)|(har det sjovt)|(having fun)|(of laughter))",
    "((af grin)|(with laughter)|(of laughter)|(har det sjovt)|(having fun)) ~3 ((ved siden af)|(next door)|oppe|upstairs|nede"
    "|downstairs)",
    "(hunden|(the dog)|hesten|(min hest)|(my horse)|tandpasta*|toothpaste|sæbe*|soap) ~4 (skum|fråde|foam|foaming)",
    "(skum|fråde|foam|foaming) ~3 (tandpasta*|toothpaste|sæbebobler|sæbe*|soap|(efter den løb)|(after running))",
    "(slugt|slugte|swallowed|spist|spiste|ate|eaten|taget|took) ~4 (østers|oysters|jordbær|strawberries|kager|kagerne|cakes|cookies|småkager*|chokolade*|chocolate|slik|slikket|candy|sweets|chips|æbleskiver|pebernødder|pizza*|burgere|burgers|frikadeller|boller|bollerne|muffins|donuts|croissanter|sokker|socks)",
    "(got|fik|fået|hentede|(picked up)|collected) ~5 ((from the doctor)|(fra lægen)|(fra apoteket)|(from the pharmacy)"
    "|(at the pharmacy)|(på apoteket))",
    "(taget|took|taken) ~5 ((som jeg skal)|(som jeg plejer)|(like i should)|(as prescribed)|(som ordineret))",
    "(bottle|flaske|flasken) (of|med|af) ~1 (wine|vin|rødvin|hvidvin|beer|øl|champagne|cava|cola|sodavand|water|vand|juice|saft)",
    "(holder|holds|holding) mig fast ~4 ((krydser vejen)|(cross the road)|morgenmad|(til at spise))",
    "(let me|(lade mig)|(lader mig)) ~1 (leave|go|gå|(go home)|(gå hjem)) ~1 (early|tidligt|(før tid)|until|(før kl)|(til kl)|before)",
    "(allerede|already) ~1 (taget|taken|took) ~2 (pillerne|(the pills)|medicinen|(my meds)|(my pills)) ~2 ((i morges)"
    "|(this morning)|(til morgenmad)|(with breakfast)|(som jeg skal)|(like i should))",
    "(blå|blue) ~2 ((af kulde)|(from the cold)|(with cold))",
    "(blå|blue) ~2 (💙|fan|fck|fcm|agf|brøndby|(the blues)|chelsea)",
    "(sagsbehandler*|caseworker|kommunen|jobcenter*|jobcentret|udlejer*|udlejeren|landlord|lægen|(the doctor)|tandlæge*"
    "|(the council)|(the kommune)|banken|(the bank)|advokat*|lawyer|firma*|(the company)) ~5 (ik*|=ik|ikke|not|hasnt|(hasn t)"
    "|havent) ~2 (svaret|answered|(hørt fra)|(heard from))",
    "(har fået|got|given|fik|fået) ~2 (naloxon*|nalokson*|narcan) ~2 (spray|næsespray|kit|kursus|training|(med hjem))",
    "(træt af|tired of|(sick of)|(orker ik*)|(orker ikke)|(kan ik mer med)|(kan ikke mere med)) ~3 (regn*|regnen|vejret"
    "|weather|papir*|papirarbejde*|printer*|printeren|julefrokost*|lektier|jobcenter*|jobcentret|forms|paperwork|trafik*"
    "|bussen|larmen|støj*|(the rain)|homework|meetings|møder|(the job centre)|(the jobcentre))",
    "(hund|hunden|hvalpen|kat|katten|dog|puppy|cat) ~3 (åd|spiste|spist|ate|slugte|swallowed|(fik fat i)|(got into)) ~6 ("
    + PILL_WORDS
    + "|medicin|tabletter)",
    "(phone|telefon|telefonen|mobil|mobilen|battery|batteri|batteriet) ~3 (die|dying|dø|dør|dead|død|(about to die))",
    "(kill me|(slå mig ihjel)|(dræber mig)|(kills me)) ~1 (if|hvis) ~4 (forget|glemmer|late|forsinket|miss|dont|don t|glemmer)",
    "(besluttet mig for at|decided to) ~3 ((holde fast)|(stoppe med)|stop|quit|(gå i behandling)|(get help)|(søge hjælp)"
    "|(keep going))",
    "(få|fået|have|got|get|getting|gotten|vil|want|fik|giver|gave|give|ska|skal|tage|take) ~2 (mit liv|my life) (tilbage|back)",
    "(selvmords|suicide) (linje|linjen|line|hotline|forebyggelse|prevention)",
    "(skudt|forelsket|forelskede) i ~1 (hende|ham|dig|him|her|you)",
    "(overdos*|=oded|=od) ~1 (af|of|on|på) ~1 (julemad|julemaden|christmas|food|mad|cookies|småkager|kager|cake)",
    "(hund|hunden|hvalpen|kat|katten|dog|puppy|cat) ~3 (åd|spiste|ate|slugte|swallowed|(fik fat i)|(got into))",
    "selvmordsbomb*|(suicide bomb*)|selvmordsangreb*|(suicide attack*)|selvmordsaktion*",
    "(sidste besked|last message|sidste sms|last text) ~3 (tonight|(for tonight))",
    "(er stukket af|stak af|stikker af) ~1 (igen|hjemmefra|med|fra|til|again|i går|i nat|i dag)",
    "(kat|katten|hund|hunden|cat|dog|fuglen|bird|kaninen) ~3 (stukket af|stak af|stikker af)",
    "(hund|hunden|kat|katten|dog|cat|deadline*|deadlinen|ansøgning*|boligansøgning*|ungerne|børnene|(the kids)|kids)"
    " ~4 (ved at slå mig ihjel|slår mig ihjel|dræber mig|killing me|(is killing me)|(will be the death of me))",
    "(sidste besked|last message|sidste sms|last text) ~3 (i dag|today|idag|(for now)|(for nu)|(i aften))",
    "vitamin*|multivitamin*|fiskeolie*|jernpiller|vitaminpiller",  # not "p-piller": it reads as "piller"
    "overdos* ~1 on ~2 (christmas|cookies|cake|sugar|chocolate|candy|coffee|netflix|tv)",
    "(sat mig ned|sat ned|trappet ned|nedtrappe*|reduced|lowered|tapering|(cut down)) ~4 (#many|#dose|mg)",
    "(dør|døde|dying|died) ~1 (af|of) ~1 (nervøsitet|nerver|spænding|varme|heat|nerves|anticipation|jalousi|jealousy"
    "|længsel)",
    "selvmordslinje*|selvmordsforebyg*|(suicide prevention)|(suicide hotline)|(crisis line)|krisetelefon*",
    "(krampe|kramper|cramp|cramps) ~2 (i|in) ~1 (læggen|benet|foden|(the leg)|(my leg)|calf|maven|(my stomach))",
    "(seizure|seizures|krampe*|anfald) ~6 (epilepsi*|epilepsy|epileptic)",
    # The crisis numbers as the bot gives them ("Livslinien: 70 201 201"), quoted back or forwarded.
    "(livslinien|livslinjen|akuttelefonen|lifeline|(the lifeline)|(crisis line)|psykiatrilinien) ~1 70",
    "(godt|glad|heldigvis|thank god|glad that|good that|happy that) ~2 (det er slut|its over|it s over|det er overstået"
    "|det er forbi|it s behind me|its behind me)",
    "(hængt|hænge|hang|hung|hænger|hanging) ~3 (jul*|lys*|lyskæde*|lights|christmas|pynt*|decorations|billeder|pictures"
    "|gardiner|curtains|tøj|tøjet|vasketøj*|laundry|stjerne*|star)",
    # Medicine for an everyday ailment: "tog ekstra pamol for hovedpine".
    "("
    + PILL_WORDS
    + ") ~3 (for|mod|against|til) ~2 (hovedpine*|headache|feber|fever|tandpine|toothache|menstruation*"
    "|period|cramps|ryggen|(my back)|forkølelse*|(a cold)|influenza|flu|allergi*|allergy|hayfever|høfeber)",
    "om|about ~1 selvmord*|vold|volden|overdos*|violence|overdoses|overdose|drugs|stoffer ~2 (på|on|in|i|at)"
    " ~1 (dr|tv|tv2|netflix|hbo|radio|radioen|skolen|school|youtube|tiktok|avisen|the news)",
    "(dø|die|died|døde) ~3 (i sin egen seng|in her own bed|in his own bed|i sin seng|af alderdom|of old age|fredeligt"
    "|peacefully|mæt af dage)",
    "(kniv|kniven|knife|(the knife)|knive|knives) ~6 (køkkenjob|kok|chef|cooking|madlavning|brød|bread|madkursus)",
    # Someone died of it, long ago or in the news; grief, not a rescue.
    "(døde|died|doede|død|dead) ~2 (af|of|from) ~2 (overdosis|overdose|(an overdose)|(en overdosis)|od)",
    "overdos* ~1 af|of ~1 (julemusik|jul*|christmas|music|musik|kage|kager|sukker|slik|sugar|cake|chocolate|chokolade"
    "|netflix|tv|serier|info*|kaffe|coffee|koffein|caffeine|sol|sun|arbejde|work|love|kærlighed)",
    # Body parts and chores that "kill": "mit knæ dræber mig".
    "(knæ|knæet|knee|knees|ben|benene|legs|fødder|fødderne|feet|ryg|ryggen|back|nakke*|neck|skulder*|shoulder*"
    "|tænder*|teeth|tand|tooth|hoved|hovedet|head|migræne*|migraine|lektie*|rengøring*|opvask*) ~3 (dræber|kill|kills"
    "|killing) ~1 (mig|me)",
    "(dør|dying|die|døde|died) ~3 (fitness|gym|(the gym)|træning*|workout|(leg day)|(i fitness)|spinning|crossfit)",
    "(så|so|too|for) (sød|sødt|cute|funny|sjov|sjovt|loud|højt|kedeligt|kedelig|boring|pinligt|embarrassing|awkward"
    "|cringe|flot|smuk|lækker|god|godt|good|hot|lækkert|grineren|fedt|nice) ~4 (dør|die|dying|died|døde|(going to die)"
    "|(gonna die))",
    "(assignment|opgaven|opgave|eksamen|exam|deadline|afleveringen|aflevering|homework|lektierne) ~6 (dying|dør"
    "|(going to die)|(gonna die)|(im dead)|(jeg er død))",
    "(kicked|smed|smidt|kastet|threw|thrown) ~2 (me|mig|os|us|him|her|ham|hende|them|dem) ~1 (out|ud)",
    "(river|rev|pulling|pull|pulled|tearing) ~3 (håret|hair|(my hair))",
    "(stukket|stung|bitten|bidt|stabbed) ~2 (af|by) ~2 (hveps*|bi|bien|myg|myggen|wasp|bee|mosquito|brændenælde*|tornen|tjørn*"
    "|cactus|kaktus*|(my own cactus)|(a cactus)|(the cactus)|=rose|roser|rosen|splinter|pind"
    "|(en hveps)|(a wasp)|(a bee)|(en bi)|(a mosquito))",
    "(vågnede|vågner|woke|wake|waking|vaagnede) ~4 (vækkeur*|vaekkeur*|alarm*|(the alarm)|(my alarm))",
    "(kniv og gaffel|knife and fork|kniv gaffel)",
    "reb*|rope|ropes ~6 (tørre|tørrer|dry|drying|tøjet|presenning*|telt*|tent|tarp|flytning*|flytte*|move|moving|=båd|=båden|=både|=bådene|sejlbåd*|boat|van|trailer*|tøj*"
    "|madras*|mattress|(on the car)|cykel*|bike|juletræ*|(christmas tree)|pakke*|parcel|tagbagage*|anhænger*|tomater*|tomatoes"
    "|planter*|plants|hæk*|hedge|(binde op)|(tie up)|(tying up)"
    "|vasketøj*|laundry|camping|klatr*|climb*|hængekøje*|hammock|gynge*|swing)",
    "piller|pillerne|pills|medicin*|medicinen|meds|tabletter|tablets ~6 (apotek*|pharmacy|chemist|returner*|aflever*"
    "|(hand in)|(take them back)|(take back)|destruer*)",
    "(apotek*|pharmacy|chemist) ~6 (piller|pillerne|pills|medicin*|meds|tabletter)",
    "(farvel|goodbye|bye) (til|to) (det gamle|den gamle|de gamle|the old|sommeren|summer|vinteren|winter|jobbet"
    "|værelset|lejligheden|herberget|the shelter|året|the year)",
    "(farvel|goodbye|bye) (til|to) ~2 (bil|bilen|car|sofa*|couch|cykel*|bike|telefon*|phone|lejlighed*|flat|apartment|hus|huset"
    "|house|job|jobbet|kontor*|office|smøger*|cigaret*|cigarettes|smoking|rygning*|kaffe*|coffee|sukker|sugar|sommerhus*|kolonihave*)",
    "(farvel|goodbye|bye|sagt farvel|said goodbye) ~6 (rejser|flytter|rejse|flytte|moving|travel*|trip|tur|ferie"
    "|holiday|australien|udlandet|abroad|nyt job|(new job)|pension|retire*|uddannelse|studie*|(et år)|(a year))",
    "(slut med|(the end of)|færdig med|(done with)|(stop med)|(stopper med)|(holder op med)|(quit)|(quitting)) ~1 (druk"
    "|drikke*|drinking|kaffe*|kaffen|coffee|smøger|rygning|ryge|smoking|cigaretter|cigarettes|sukker|sugar|slik|junk"
    "|hash|pot|weed|stoffer|drugs|spil*|gambling|gaming|skolen|school|jobbet|job|arbejdet|ferien|sommeren|summer"
    "|kurset|(the course)|energidrik*|cola|alkohol|alcohol|øl|beer|sprut|booze)",
    "(slået|slog|beat|beaten) ~2 (sønder og sammen|(hands down))",
    # Hyperbole: a thing, not a person, that "kills" ("eksamen dræber mig", "this heat is killing me"), or
    # someone who "kills" with a cake or a noise; a game won ("beat me at mario kart"); an idiom.
    "(deadline*|eksamen*|opgave*|opgaven|lektier*|arbejde*|skole*|skolen|mødet|møder|trafikken|varmen|heden|kulden"
    "|hovedpine*|ryggen|exam|exams|(the exam)|(this exam)|homework|school|work|(the heat)|(this heat)|(my back)"
    "|headache|mondays|deadlines|deadline|traffic|(this class)|timen|matematik|math|maths|tømmermænd*|hangover"
    "|(this hangover)|(the wait)|ventetiden|træningen|(the gym)|(leg day)) ~1 dræber|dræbe|kill|kills|killing|slår"
    "|slå ~1 mig|me|os|us",
    "(deadline*|eksamen*|opgave*|opgaven|lektier*|skolen|exam|exams|(the exam)|(this exam)|homework|school|work|vejr|vejret"
    "|weather|kulden|varmen|(the heat)|(this heat)|hedebølge*|traffic|trafikken) ((i morgen)|(i dag)|tomorrow|today"
    "|(is going to)|(s going to)|(is gonna)|(s gonna)|(er ved at)) ~1 (dræber|dræbe|kill|kills|killing|slår|slå) ~1 (mig|me)",
    "(deadline*|eksamen*|opgave*|opgaven|lektier*|skolen|vejr|vejret|kulden|varmen|hedebølge*|trafikken) ((i morgen)|(i dag)"
    "|(er ved at)) (slår|slå) (mig|os) ihjel",
    "(deadline*|eksamen*|opgave*|opgaven|lektier*|arbejde*|skolen|trafikken|varmen|kulden|tømmermænd*|træningen)"
    " ~1 (slår|slå) ~1 (mig|os) ~1 ihjel",
    "(deadline*|eksamen*|opgave*|opgaven|lektier*|arbejde*|skolen|exam|work|school) ~4 (tar|tager|takes|taking) (livet af mig)",
    "(dræbe|dræber|dræbte|slå mig ihjel|slår mig ihjel|slog mig ihjel|kill|killing|killed|kills) ~4 (med|with) ~3"
    " (kage|kagen|kager|cake|skrigeri*|larm*|noise|musik*|music|jokes|vittigheder|grin|snak|snakken|sang|sangen"
    "|mad|maden|food|kærlighed|kindness|kram|hugs|spørgsmål|questions|cuteness|sødme|charme|charm)",
    "(beat|beats|beaten|beating) ~1 (me|us|him|her|them|mig|os) at",
    "skyder|skød|skyde|shoot|shot|shooting ~3 foden|foot",
    "(dømt|sigtet|anklaget|anholdt|convicted|charged|arrested|jailed|fængslet|fængsel) ~2 for ~1 (vold|overfald"
    "|drab|mord|violence|assault|murder|voldtægt|rape|knivstikkeri)",
    "(ikke|ik|not) ~1 (her|here|der|there) ~2 (i morgen|imorgen|tomorrow) ~4 (fri|ferie|(skal på)|(skal til)|(skal ud)|(skal hjem)|(skal over)|(skal arbejde)|arbejde|work|holiday"
    "|off|away|rejser|tager til|kører til|besøg|visiting|lægen|hospitalet|kursus|travelling|hjemme|home)",
    # Games and sport.
    "slår|slaar|slog|tævede|tæver|banker|bankede|beat|beats|beating|smashed|killed|kill|dræbte|dræber|sparkede ~3 i|at|in|til"
    f" ~1 {GAMES}",
    f"i|at|in {GAMES} ~3 slog|tævede|beat|slår ~1 mig|me|os|us",
    f"spillede|spiller|spille|played|playing|play ~2 {GAMES} ~4 slog|tævede|beat|slår|banker|bankede ~1 mig|me|os|us",
    "(slog dem|beat them|vi slog|we beat|slået ud|knocked out|banket ud)",
    "(slog op|slår op|slog hovedet|slog mig på|kicked the ball)",
    # Dying of laughter, boredom, hunger; killing time; things that die.
    "dø|døde|dør|doer|døer|dying|die|died|dead ~1 af|of|from ~1 grin|grine|latter|kedsomhed|nysgerrighed|sult"
    "|kulde|laughing|laughter|boredom|embarrassment|hunger|cringe|shame",
    "(dying to|dying for|dør for at|jeg dør hvis|i will die if|ill die if)",
    "(im dead|im ded|im weak|lol im dead) ~2 😂|😭|lol|haha|💀",
    "lol|haha|lmao ~2 (im dead)",
    "telefon*|mobil*|mobilen|batteri*|phone|battery|cykel|cyklen|bilen|car|laptop|computer*|seng|sengen|printer*"
    "|plant*|planten|blomst*|dækket|hund|hunden|dog|kat|katten|cat|onkel|mormor|farmor|morfar|farfar|uncle|grandma"
    " ~1 (er død|er dødt|døde|dør|died|is dead|dies|er gået død)",
    "(dødtræt|dødkedelig*|dødsygt|dead tired|dead on my feet|dødsens)",
    "slå|slår|slog|dræbe|kill|killing ~1 tiden|time",
    "du slår|slaar mig ihjel",
    "(killing it|killed it|kill it)",
    "killing|kills ~1 me ~1 lol|haha|😂",
    "(this|that|traffic|song|heat|waiting|it) ~2 kills|killing me",
    "kill|killed|killing ~1 the|a|en ~1 spider|fly|flue|edderkop",
    "(hit me up|beat me to it|shoot me a|shot me a|shoot me an)",
    "(hit the gym|hitting the gym|hit the)",
    # Hanging out, cutting food and hair, knives and ropes for a purpose.
    "hænge|hænger|hang|hanging|hung|hængte ~1 ud|out|tøj|tøjet|billeder|pictures|(the pictures)",
    "kniv*|knife|knives|reb|rebet|rope|🔪 ~2 til|for|at|to ~2 brød|brødet|maden|mad|frugt|smør|køkkenet|skære|bread"
    "|food|cooking|flytningen|flytte|tent|lege|play|camping|båden|boat",
    "(køkkenkniv*|lommekniv*|brødkniv*|smørkniv*|knive på tilbud)",
    "knive|knives ~ tilbud|sale",
    "skære|skar|skåret|cut|cutting|skærer ~3 løg|brød|grønt|hår|håret|hair|back|down|frugt|kød|maden|fingeren"
    "|tommelfingeren|konservesdåse*|dåse|papir|paper",
    "skar|skåret|cut ~1 mig|myself ~1 på|i|on ~2 fingeren|en|a|et|papir|kniven|dåsen|glasset|glas",
    # Places and transport on an ordinary day.
    "tager|tage|tog|tar|ta|take|taking|catch ~1 toget|tog|bussen|bus|train|metro|metroen|(the train)|(the bus)",
    "(on the) (train|bus|metro|tube|ferry|boat)",
    "(jeg hopper|jeg hoppe|hopper|hoppe|hop|jump|jeg springer) ~1 på|(ind i)|on|in ~1 bussen|toget|bus|train|cyklen|(the bus)",
    "(hopper lige ud|springer ud i det|springe ud i det)",
    "sprang|springer|skip* ~1 over",
    "hoppede|hoppe|hopper|badede|bade|swim|swam|jumped|bader ~1 i|in ~2 havnen|vandet|søen|lake",
    "(tagterrasse|roof terrace|tagrenden|cykelskuret|taget af cykelskuret|taget af skuret|taget af campingvognen"
    "|taget af bilen)",
    "(vi står|vi sidder|vi er|we are|were|we re|we) ~2 (på|on) ~2 (broen|taget|bridge|the bridge|roof|the roof)",
    "(taget|roof|the roof) ~2 og|and ~1 (maler|ordner|reparerer|fixing|painting|cleaning|renser|lægger|fejer)",
    "(gider|orker) ~1 (ikke|ik) ~1 (mere|mer) ~1 (regn|sne|vinter|kulde|skole|arbejde|lektier|rain|snow|school|work|det vejr)",
    "(elsker jer|love you all|love u all) ~4 (god jul|merry christmas|godt nytår|happy new year|kram|hugs|xoxo)",
    "(helt væk i|væk i sin|væk i min|lost in)",
    "(det slår mig|det slog mig|it strikes me|it struck me)",
    "(skyder genvej|skyder en hvid pil|skyder med|skyder til måls)",
    "(bange for|scared of|afraid of) ~1 hunde|dogs|spiders|edderkopper|mørke|heights|højder|flying|flyve|(the dark)",
    "(cut|skar) ~2 (shaving|barbere*|cooking|lavede mad|på papir|on paper)",
    "(kniv|knife|kniven|the knife) ~4 (sløv|sloev|blunt|skarp|sharp|ny|new|dull|slebet|slibe|sharpened)",
    "(slog|beat|slår|beats) ~2 (med|by) ~2 (point|points|mål|goals|sekunder|seconds|minutter|minutes)",
    "(giver op på|give up on|giving up on|gav op på|gave up on) ~1 (den|denne|this|that|sudoku|puzzle|opgaven|the puzzle)",
    "(givet|gave|giver|give|given) ~1 (min|my|mit) ~1 (gamle|old)",
    "(taget af|roof of) ~1 legehus*|skur*|skuret|garage*|garagen|carport*|campingvogn*|shed|garage|(the shed|the garage)",
    "(helt væk|er helt væk) ~3 (sover stadig|sover|still asleep|sleeping it off|sover det ud)",
    "(kanten af|edge of) ~1 (sengen|min seng|my bed|the bed|bed|sofaen|the sofa|stolen|bordet|the table|badekarret|the bath)",
    "(walking|går en tur|going for a walk|walk|tur|jogging|løber) ~2 (ved|by|along|langs) ~1 (the water|vandet|havnen|the harbour"
    "|the sea|stranden|the river|søen)",
    "(bange for|scared of|afraid of) ~1 (at dumpe|failing|fail|the exam|eksamen|exam|tests|eksamenen)",
    "(en plan|a plan) ~1 (for|to|om) ~1 (økonomien|økonomi|arbejde|job|money|work|weekenden|the weekend|fremtiden|the future"
    "|at finde|to find|at spare|to save)",
    "(er på taget|på taget|taget) ~3 tagrenden|tagrende",
    "(er på broen|står på broen|på broen|broen|im on the bridge|on the bridge|bridge|the bridge|taget|roof|vandet"
    "|havnen|the water) ~4 kommer|venter|waiting|coming|mødes|meet|(be there)|(er der)|(there in)|(om lidt)|(where are you)"
    "|(hvor er du)|(hvor er i)|(på vej)|(on my way)|(slapper af)|(og nyder)|(og fisker)|fishing|relaxing|(med en øl)|(with a beer)",
    # Topics: films, books, courses, news.
    "film*|filmen|serie*|bog|bogen|dokumentar*|artikel*|podcast*|krimi*|movie|film|show|book|article|documentary"
    "|roman|romanen|novel|novelle*|course|kursus*|kurset|foredrag*|undervisning*|avisen|nyhederne|news|gruppen ~6 om|about|hvor|where",
    "(snakke|snakket|snakkede|talk|talked|talking|læse|læst|read|reading|lære|lærte|learn|learning|film|movie|book|bog|artikel"
    "|article|opgave|essay|foredrag|lecture|podcast) ~2 om|about ~3 selvmord*|vold|volden|overdos*|suicide|violence"
    "|overdoses|overdose|død|døden|death|drugs|stoffer",
    "(vi|we) ~2 (talt|snakket|snakkede|talte|talked|talking) ~2 om|about",
    # Pills and medicine as a routine; too much of something harmless.
    "husk*|remember|glemt|forgot ~3 piller|pillerne|medicin*|💊|pills|meds",
    "taget|tog|took min|mine|my medicin|piller|pillerne|meds|medicine",
    "(for|too|alt for) meget|mange|much|many ~1 kaffe|mad|slik|sukker|sol|vagter|arbejde|på|coffee|food|sugar|work"
    "|shifts|billeder|pictures",
    "(taget mig sammen|taget en masse billeder|taget billeder|taget mange vagter|taget en masse ansvar|taget ansvar)",
    "drak|drukket ~1 (for meget)",
    "#many|#dose ~1 måneder|uger|dage|år|months|weeks|days|years|kr|kroner",
    "clean|ædru|sober|(stoppet med)|(stopped taking)|(holdt op)|dropper|quit",
    # Farewells and thanks on an ordinary day.
    "farvel|goodbye|bye ~1 (for now|i dag|see you|vi ses|ses|talk|snakkes|mandag|tirsdag|onsdag|torsdag|fredag|lørdag"
    "|søndag|i morgen|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next week|næste uge)",
    "farvel|goodbye|bye og|and ~1 tak|thanks ~1 (for i dag|for idag|for nu|for hjælpen|for today|for now|for the help|for snakken"
    "|for kaffen|for denne gang)",
    "(vi ses|see you) ~3 farvel|bye",
    "(tak for alt|thanks for everything) ~1 din|jeres|your|today|(i dag)|hjælp|(the help)|(det praktiske)",
    "(det er slut|its over|det slutter) ~1 nu|now ~1 med|with",
    "(slut med|over with) ~1 at|ham|hende|him|her|den|the|det|lejlighed*",
    "(færdig med) ~1 skolen|arbejdet|arbejde|work|school|(for i dag)|(i dag)",
    "(done for today|done with this|so done with)",
    "giver|give ~3 gamle|old|tøj|clothes ~3 væk|away",
    "(giver væk|giving away|give away|gives away|forærer væk) ~2 gamle|old|tøj|clothes|bøger|books|møbler|furniture",
    "få|have ~1 min|my ~1 gamle|old",
    "(vil have mit liv tilbage|want my life back)",
    "mit|my ~1 liv|livet|life ~1 er|is ~1 godt|good|fint",
    "(sleep forever lol|kunne sove for evigt|over the moon)",
    "(truer med at flytte|threatens to move)",
    "vække|wake ~1 mig|me",
    "(sov som en sten|slept like)",
    f"fik {NOT} ~1 vejret|luft",
    "bange for ~1 hunde|edderkopper|tandlægen|spiders|dogs|(the dentist)",
    "(hjælp med|hjælp til|help with|help me with|hjælpe mig med|hjælpe mig til|hjælpe med)",
    "(det hjalp|det hjalp meget|du hjalp|it helped|that helped|det hjælper)",
    "overdos* ~1 (lektier|slik|sol|solen|sukker|kage|kager|netflix|kaffe|homework|sugar|sun|coffee|kærlighed|love"
    "|brunkager|æbleskiver|julemad|pizza|cake|candy|sweets|(christmas food)|cookies|småkager|pebernødder|risalamande|julegodter"
    "|julehygge|memes|kalorier|calories|chokolade|chocolate)",
    f"(må|may|can|kan|(må man)|(kan man)) ~1 (tage|take|have) (op til|(up to)) #many ~1 ({PILL_WORDS}|stk|pills|piller)",
    "(reb|rebin) (working|arbejder|(på arbejde)|(on shift)|kommer|said|sagde|siger|says|skrev|wrote|ringede|called|(is working))",
    "(kalder ham|(calls him)|called|hedder|named|(hun hedder)|(han hedder)) ~1 reb",
    "(fik bank|(fik tæsk)|(got beaten)|(got thrashed)|(got hammered)|tabte|lost|vandt|won) ~2 (0|1|2|3|4|5|6|7|8|9|10|20|30|40|50"
    "|60|70|01|02|03|04|05|21|31|41|51|32|42|52|43|53|54)",
    "(cold|kulde|kulden|weather|vejr|vejret|heat|varmen|winter|vinteren|regn|regnen|rain|(this cold)) ~2 (kill|killing|dræbe"
    "|dræber|slå|slår) ~1 (me|mig|us|os) ~1 (ihjel|o)",
    "(cold|kulde|kulden|weather|vejr|vejret|heat|varmen|winter|vinteren|regn|regnen|rain|(this cold)) ~2 (kill|killing|dræbe"
    "|dræber|slå|slår) ~1 (me|mig|us|os)",
    "(mum|mom|mor|(min mor)|dad|far|(my mum)|(my mom)|(my dad)|wife|konen|boss|chef|chefen|teacher|læreren) ~2 (would|will|ll|vil"
    "|ville|(kommer til at)|gonna|slår) ~1 (kill|dræbe|(slå mig ihjel)|murder|ihjel) ~2 (me|mig|if|hvis|when|når) ~3 (finds|(finder"
    " ud af)|sees|ser|hears|hører|knew|vidste|(found out)|(fandt ud af)|karakter*|grades)",
    "((last message)|(sidste besked)|(last text)) (about|om)",
    "(dø|die) ((i min egen seng)|(in my own bed)|(i mit eget hjem)|(in my own home))",
    "(når jeg dør|(when i die)|(når jeg engang dør)|(when i pass)|(when i m gone)) ~4 (skal|får|arver|gets|inherits|(will get)|(can have)"
    "|(må få)|(should have))",
    "(slagtet|slaughtered|slagtede|slaughter|eid|jagt|hunting|hjort|deer|(a sheep)|(et får)|lam|lamb) ~6 (blood|blod|(blood everywhere))",
    "(for sent|(too late)) (at|to) (søge|ringe|apply|call|melde|sign|tilmelde|register|bestille|book|order|ændre|change|nå|catch"
    "|get|få|komme|sende|send|betale|pay|aflyse|cancel|make)",
    "(kms|=kys) ~1 (this|den|the|denne|that|det) ~1 (eksamen*|exam*|matheksamen*|lektier|homework|test|testen|prøven|opgaven"
    "|assignment|chem|math|matematik|fysik*|kemi*)",
    "(typed|skrev|wrote|says|siger|said|spammer|spamming) ~1 (kys|kms) ~2 ((in chat)|(i chatten)|(i chat)|chat|chatten)",
    "(suicidal|selvmord*) ~3 ((på repeat)|(on repeat)|track*|album*|spotify)",
    f"({PILL_WORDS}) ~2 (til|i|into|in|for) (dosisæske*|doseringsæske*|dosette*|pilleæske*|(the pill organiser)|(the pill box)"
    "|(pill organiser)|(pill box))",
    "(læge*|doctor|gp|apotek*|pharmacy|pharmacist) ~6 (naloxon*|naloxone|narcan)",
    f"(kl|klokken) #many (med|with) ({PILL_WORDS}|medicinen|(the meds))",
    "(hvepsebo*|hveps*|=bi|bier|wasp*|bee|bees|myg|mosquito*) ~6 (stukket|stung|stikker|stings|stikke|sting)",
    f"(køber|buys|buying|købte|bought|sælger|sells|sold|solgt) ~2 (for mange|(too many)|(for meget)|(too much)) ~1 ({PILL_WORDS})",
    "(blå|blue) ~6 (blåbær|blueberr*|slush*|saftevand|popsicle|lolly|(ice lolly)|frugtis|maling|paint|tusch|(felt tip))",
    "(klatr*|climb*) ~3 (ropes|reb|rebet|rope) ~2 (up|oppe|klar|ready)",
    f"(står|sidder|er|standing|im|sitting) ~2 (på|on|ved|at) ~1 ({BRIDGES}|broen|(the bridge)) ~4 (venter|waiting|mødes|meet|vennerne"
    "|friends|(med vennerne)|(with friends)|kom|come)",
    "(frem|out|up) (til|for) (mor|far|(min mor)|(min far)|(my mum)|(my mom)|(my dad)|(the patient)|borgeren|ham|hende|him|her)",
    "((for meget)|(too much)) (tid|time|plads|space|energi|energy|strøm|data)",
    "(spejder*|scout*|lejrskole*|lejrtur*) ~6 (kniv*|knife|knives)",
    "(hund|hunden|dog|(the dog)|katten|cat|børnene|ungerne|kids|(the kids)|barnet|(my son)|(my daughter)|(min søn)|(min datter))"
    " ~3 ((følger efter)|following|follows) (mig|me)",
    "(kan ik*|kan ikke|cant|can t) (komme ud|(get out)) ~6 (nøgle*|(the key)|(my keys)|låsesmed*|locksmith)",
    "(inkasso*|skat|skattestyrelsen|kommunen|landlord|udlejer*|udlejeren|(the council)|bank*|kat|katten|cat|baby|babyen|killingen"
    "|kitten) ~3 ((jagter mig)|(chasing me)|(følger efter mig)|(following me)|(follows me))",
    "((jagter mig)|(chasing me)|(chases me)|(følger efter mig)|(following me)|(follows me)) ~3 (for|på|on|insta*|snap*|facebook"
    "|tiktok|twitter|penge|money|rent|husleje*|kr|kroner)",
    "(hører|hear|(kan høre)|(can hear)) ~3 (skrig|skrige|skriger|screaming|screams) ~6 (leger|legende|playing|børnene|ungerne|kids"
    "|(the kids)|fest|party|fodbold|football|fjernsyn*|tv|film*|movie)",
    "((get out)|(komme ud)) ~6 (lift|elevator*|(the lift)|sne|snow|broken|(i stykker))",
    "(låser|locks|lock|låst) ~3 (inde|in) ~3 (kl|klokken|(at night)|(om natten)|afdelingen|(the ward)|(hver aften)|(every night))",
    "(found|fundet|fandt) (me|mig) (a|an|en|et)",
    "(svarer|answering|responding) (ik*|ikke|not) (på|i|to) (sms*|beskeder|telefonen|(the phone)|texts|messages|mails|opkald|calls)",
    "(jeg|i|har|have|ve) ~2 (låst|locked) (mig|myself) (inde|in) ~4 (for at|to) ~2 ((få ro)|(få lidt ro)|(get some peace)|(have some peace)"
    "|græde|cry|(være alene)|(be alone)|(sove)|sleep|(slappe af)|relax)",
    f"({PILL_WORDS}|medicin*|meds|medicinen) ~2 ((som lægen sagde)|(as prescribed)|(som ordineret)|(som aftalt)|(as the doctor said)"
    "|(as agreed)|(som lægen har sagt))",
    "(kniv*|knife|knives) ~6 (spejder*|scout*|lejrskole*|lejrtur*)",
    "(for sent|(too late)) ~4 (closed|lukket|lukker|shop|butikken|apoteket|netto|føtex|bussen|(the bus)|toget|(the train))",
    "(glem mig ikke|(don t forget me)|(dont forget me)|(glem ikke))",
    "(vi ses ik*|(vi ses ikke)) (mere|mer) ((i dag)|idag|(i aften)|(denne uge)|(this week)|før)",
    "(hellere|rather) ~2 (dø|die|(be dead)) (end|than) ~3 (tandlæge*|tandlægen|dentist|eksamen|exam|mandag|monday|excel"
    "|matematik|math|opvask*|dishes|karaoke|(synge)|sing|(løbe en tur)|jogging|jobcentret|skat)",
    "(skud|skuddet|shots|shot|knald|brag|bang) ~6 (nytårskrudt|fyrværkeri|krudt|fireworks|firework|kanonslag|backfire)",
    "(masse|mange|sender|send|et|kæmpe|stort|godnat|knus|kram|hugs|xoxo) ~1 =kys",
    "=kys (og|&|til|fra|knus|kram)",
    "(tatovering*|tattoo*) ~5 (kniv|knife|pistol|gun|dolk|dagger|rose|skull|kranie)",
    "(airsoft|nerf|softgun|paintball|vandpistol*|(water gun)|legetøjspistol*|(toy gun)|(på jagttur)|(på jagt i)|(går på jagt)|(goes hunting)"
    "|(go hunting)|(went hunting)|(hunting trip)|jagttegn|jæger|hunter"
    "|skydeklub*|(shooting club)|skytteforening*|lerdue*) ~6 (pistol*|gun|guns|gevær*|geværet|rifle)",
    "(pistol*|gun|gevær*|geværet|rifle) ~6 (airsoft|nerf|softgun|paintball|(på jagttur)|(på jagt i)|(hunting trip)|skydeklub*|(shooting club)|lerdue*)",
    "(waking up|wake up|wakes up|vågner|vågne|står op|sover|sleeps|sleeping) ~2 (til|until|till|før|before|inden) (kl|klokken"
    "|noon|middag|frokost|lunch|1|2|3|4|5|6|7|8|9|10|11|12|eftermiddag|afternoon)",
    "(drukket|drank|drak|drikker|drinks|fik|got|hentet|(picked up)|henter) (min|my|sin|his|her|dagens|(today s)) (metadon*"
    "|methadon*|methadone|dosis|dose)",
    "(kan|må|can|may|could) (jeg|vi|we) (få|faa|have|get)",
    "(ny|nyt|nye|new|another|ekstra|extra|spare) ~2 (naloxon*|nalokson*|narcan|naloxone) ~1 (kit|kits|sæt|sættet|pakke)",
    "(naloxon*|nalokson*|narcan|naloxone) ~3 (kursus|kurset|course|training|udløbet|expired|udløber|expires)",
    "(lidt bange|a bit scared|a little scared)",
    "(truer|truede|threatens|threatened) ~2 (med at|to) ~1 flytte|gå|skride|move|leave|quit|stoppe|(slå op|break up|sige op|tage hjem|go home)",
    "(slår mig ned|slog sig ned|slå mig ned|slå os ned|slog os ned|slå sig ned|settle down|settled down)",
    "(reb til|rope for|rebet til|rope to|reb at|reb som|a rope to tie|reb med på|rope for the|have reb med)",
    "(kniv|knife|kniven) ~4 (låne|borrow|til at åbne|to open|lend)",
    "(sparker mig altid under bordet|under bordet)",
    "(tak for alt|thanks for everything|thank you for everything) ~2 (i år|this year|jul|christmas|nytår)",
    "(bange for at|afraid|scared) ~3 (komme for sent|be late|glemme|forget|misse|miss|dumpe|fail|ill be late|i ll be late)",
    "(hjælp|hjælpe|help) ~2 (med|til|with)",
    "(hopper|hop|jump|jumped|springer) ~1 (i|på|in|into) ~1 (seng|sengen|bad|badet|bed|shower|the shower)",
    "(vandet|havet|the water|the sea) ~4 (badeland|bade|svømme|swim|swimming|varmt|hot)",
    "(bade|svømme|swim|swimming) ~4 (vandet|havet|the water|the sea|the lake)",
    "(øl|beers|drinks|glas|shots) ~1 (for meget|for mange|too many|too much)",
    "(wake up|vågne) ~1 (early|tidligt|til tiden|on time)",
    "kniven|kniv|knife ~1 til|for ~1 kartofler|kartoflerne|grøntsager|kød|ost|pizza|kagen|kage|løg|vegetables|meat|cheese|cake",
    "(tak for alt|thanks for everything|thank you for everything) ~3 (vi ses|ses|see you|talk|snakkes|med|with the|with my)",
    "(cant|cannot|kan ikke|kan ik) ~2 (do|lave) ~2 (this homework|the homework|lektier|lektierne|de her lektier|this job|my job)",
    "(tak for hjælpen|thanks for the help)",
    "forsvinder|disappear ~2 til|to ~2 jylland|byen|town",
    "(gør det|do it) ~2 (i morgen|tomorrow|senere|later|på mandag)",
    f"kan|gider {NOT} ~1 mere|mer ~1 (i dag|today)",
    f"orker {NOT} ~1 (at gå|at komme|at tage|fest)",
    "(du må gerne få|kan få min nye|you can have my old)",
    "(vil ik tage toget|vil ikke tage toget)",
    "(overdosisførstehjælp*|overdosisforebyggelse*|overdosiskurs*)",
    "(kursus|kurset|course|førstehjælp|film|filmen|movie|scene|scenen|dokumentar*|documentary|(first aid)) ~3 (overdos*|overdose|overdoser)",
    "(overdos*|overdose|overdoser) ~2 (kursus|kurset|course|training|(first aid)|førstehjælp|scene|scenen|film|movie|awareness|forebyggelse|prevention)",
    "(overdoser|overdose|overdoserer) ~3 (kaffe*|kaffen|slik|chokolade|julemad|sukker|coffee|caffeine|sugar|candy|koffein)",
    "((sidste gang jeg skriver)|(last time i write)|(last time im writing)) (til|to) (den|det|kommunen|jobcentret|sagsbehandler*|ham|the|that|those)",
    "(taget|tog|took|taken|hentet|pakket) (alle|all) (mine|my) (ting|sager|tøj|møbler|things|stuff|clothes|kasser|boxes|bags|tasker)",
    "(hænge|skyde|shoot|hang|kill|dræbe) ~4 (hvis|if) ~3 (høre|hear|listen|lytte|se|watch) ~3 ((den sang)|(that song)|(den film)|igen|again|mere)",
    "(hamrer|banker|hopper|racing|pounding) (lidt|(a bit)|(a little))",
    "(slår|dræber) mig ihjel at (sidde|vente|stå|høre|læse|arbejde|sidde og vente)",
    "(die|dø) (if|hvis) (i|jeg) (eat|spiser|(have to listen)|(skal høre)|hear|hører)",
    "(boxing|boksning|boksetræning*|kickboxing|mma|sparring|(boxing class)|karate|kampsport) ~6 (punched|slået|hit)",
    "(punched|(slået ned)|hit) ~6 (boxing|boksning|boksetræning*|kickboxing|mma|sparring|training|træning|karate|kampsport|🥊)",
    "(reddes|saved|rescued) (af|by) (en|a) (prins|prince|ridder|knight|helt|hero)",
    "(meds|pills|medicin|piller|medicine|medicinen) ((with me)|along|(med mig)|(med på)|(med til))",
    "((dem alle)|(them all)|(all of them)) (med|along|(with me))",
    "(hair|håret|nails|neglene|(the grass)|græsset|(the hedge)|hækken) ~1 (cut|skåret|skar|klippet)",
    "(nøgler|nøglerne|telefon|telefonen|keys|phone) ~3 ((ved en fejl)|(by mistake)|(med hjem))",
    "(tæsk|bank|beaten|beating|(got beat)) ~3 (fodbold|football|fifa|league|ligaen|kampen|(the match)|håndbold|skak|kort|spillet|(the game)|cards)",
    "(fodbold|football|fifa|league|ligaen|håndbold) ~3 (tæsk|bank|beaten|beating)",
    "(låst|locked) ~3 (inde|in|up) ~3 (arresten|cellen|(the cell)|detention|fængslet|glattcellen|politiet|(the police))",
    "(awake|vågen) (after|efter) ~2 (nap|lur|middagslur|party|festen|nattevagten|(night shift)|(the party)|(his nap)|(her nap))",
    "(vejret|breathing|breathe) ~2 ((af grin)|(from laughing)|(after that run)|(after the run)|(after the stairs)|(efter trappen)|(efter løbeturen)|(efter træningen))",
    "(hest|hesten|horse|tandpasta|toothpaste|hunden) ~4 (munden|mouth)",
    "(dø|die) (i|at|in) ~2 (hjem|home|hjemme)",
    "(liv|life) (som|as) _",
    "(springer|hopper|jumping|jump) ~1 ((ud i det)|(into it)|(in the shower)|(i bad)|(i seng)|(into bed)|(in bed)|(i brusebadet))",
    "(kniven|(the knife)) ~6 (kage*|cake|brød*|bread|steg*|kalkun*|turkey|roast)",
    "(hammer|hammeren) (og|and) (boremaskine*|søm|skruetrækker*|drill|nails|skruer)",
    "(meds|pills|medicin|piller|medicinen) ~4 (like|as|som) ~1 (doctor|lægen|prescribed|ordineret|(the doctor))",
    "(hunden|(the dog)|katten|hvalpen|(the puppy)) ~3 (plaster|patch|plastre)",
    "(vågner|vaagner) ((fra dvale)|(af noget)|(from sleep mode))",
    "(bussen|køen|(the bus)|(the queue)|trafikken|traffic|toget|(the train)) ~2 (har ik*|(har ikke)|hasnt|(has not)) ((rørt sig)|moved) (i|in|for) _ (min|minutter|minutes|mins)",
    "(det|it) (slår|hits|strikes) (mig|me) (nu|now) (at|how|that|hvor)",
    "((i filmen)|(in the movie)|(in the film)|(scene med)|(scene with)|(scenen med)|(en scene)|(a scene)|(i serien)|(in the series)) ~4 (gevær*|riffel|pistol*|kniv*|gun|rifle|knife|pistol)",
    "(afskedsbrev*|(farewell letter)|(goodbye letter)|(leaving card)) ~6 ((hun stopper)|(han stopper)|(går på pension)|(stopper på)|(holder op)|retire*|(is leaving)|(quitting)|(skifter job)|(flytter))",
    "((hænger mig)|(hænge mig)|(hang myself)|(jump off a bridge)|(hoppe ud fra en bro)|(skyder mig)|(shoot myself)|(kill myself)|(slår mig ihjel)|(slå mig selv ihjel)|(dræber mig)|(skyde mig)) ~4 (hvis|if) ~4 (brøndby|fck|agf|fcm|aab|liverpool|united|arsenal|chelsea|city|madrid|barca|barcelona|bayern|(mit hold)|(my team)|de|they|danmark|denmark|england|landsholdet) ~1 (vinder|taber|wins|win|lose|loses|lost|won|vandt|tabte|scorer|scores)",
    "((hænger mig)|(hænge mig)|(hang myself)|(skyder mig)|(shoot myself)|(kill myself)|(slår mig ihjel)|(slå mig selv ihjel)|(skyde mig)) ~4 (hvis|if) ~6 (julesang*|(last christmas)|(jingle bells)|sang|sangen|song|(that song)|(den sang)|reklame*|(the ad))",
    "((be ready)|ready|prepared|klar|forberedt|training|kit|kursus|kurset|course) ~6 (if|hvis|(in case)|(i tilfælde)) ~3 (someone|somebody|anyone|nogen|people|folk) ~3 (ods|od|overdoses|overdoserer|overdoser|=oder|(tager en overdosis))",
    "((oppe på taget)|(på taget)|(on the roof)|(up on the roof)) ~4 (skifte|skifter|rense|renser|reparere|reparerer|ordne|lægge|fixing|repairing|cleaning|clearing|tagsten|tagrende*|tiles|gutters|gutter|antenne*|solceller|(solar panels)|skovler|skovle|shovelling|shoveling|(rydder sne)|(clearing snow))",
    "(tage|taget|tog|tager|take|taking|took) ~1 (taget|tag|(the roof)) ~1 (af|off)",
    "(arbejde*|arbejdet|job*|jobbet|work|skolen|studiet|chefen|(the boss)|vagter|vagterne|shifts|slagteriet|fabrikken|lageret) ~3 ((er ved at slå mig ihjel)|(slår mig ihjel langsomt)|(slår mig langsomt ihjel)|(is killing me)|(s killing me)|(are killing me)|(dræber mig langsomt)|(er ved at dræbe mig))",
    "(kniv|kniven|knife|knives|knivene) (til|for|to) ~2 (fisk|fisken|fish|rense|filetere|filet*|(æ fisk)|laks|torsk)",
    "(reb|rope|kroge|hooks|krog|hook) ~6 (hylde*|hylden|shelf|shelves|reol*|gardin*|boremaskine*|drill|skruer|screws|dybler|plugs|(the shelf))",
    "(den|det|filmen|bogen|nyheden|it|that|koncerten) (slog|slår) (mig) ~1 (ud|omkuld)",
    "((hører fra mig)|(høre fra mig)|(hear from me)) ~1 (igen|again|mere) ~2 (før|before|until|indtil|efter|after|når|when)",
    "(det var det|(that s it)|(thats it)) (for) ~1 ((i dag)|nu|today|now|(denne gang)|(this time)|ugen|(the week))",
    "((other side)|(anden side)) (of|af) ~2 (christmas|jul|julen|(new year)|nytår|weekend*|ferie*|holiday*|summer|sommer*)",
    "(metoder|methods) (til|to|for) ~3 (stoppe|ryge|quit|smoking|sove|sleep|spare|save|lose|tabe|slanke|vægttab|læse|lære|learn|study|weight|træne|training|rengøring|cleaning|madlavning|cooking)",
    "(stemmerne|stemmer|voices) ~4 (kor|koret|choir|øver|rehearsal|sangen|song|musik|music|synge|sing)",
    "(fortjener|deserves|deserve) ~3 (medalje|medal|ros|praise|belønning|reward|kage|cake|ferie|holiday|pause|break|tak|raise|lønforhøjelse)",
    "((going in)|(går i)) ~3 (anyway|alligevel|🥶|(winter swim*)|vinterbad*|(with the club)|(med klubben))",
    "(knife|kniv|kniven|(the knife)) ~3 ((fish factory)|fiskefabrik*|fiskeindustri*|slagteri*|slagteriet|abattoir)",
    "(smager|tastes|taste|lugter|smells) ~2 (mærkelig*|underlig*|weird|strange|funny|off)",
    "((det var det)|(that s it)|(thats it)) (mellem|between|med|with) ~1 (os|us|ham|hende|him|her|jobbet|(the job))",
    "(fck|brøndby|agf|ob|fcm|aab|liverpool|united|arsenal|chelsea|city|(mit hold)|(my team)|landsholdet|danmark|denmark) ~2 (tabte|tabt|lost|taber|loses) ~4 ((jeg dør)|(i m dying)|(im dying)|(i m dead)|(im dead)|(i die))",
    "(min|my|the|vores|our|naboens) (hund|hunden|kat|katten|dog|cat|hvalp|puppy|kitten) ~2 (er|is|ligger|lies|sover|sleeps) ~2 (sløv|snorker|snoring|flad|(out cold))",
    "(kat|katten|cat|(the cat)) ~2 (er|is) ~2 (odet|oded|væk|high|stoned) ~2 (på|on) (kattemynte|catnip)",
    "(#dose|#many) ~2 (metadon*|methadone|subutex|suboxone|buprenorfin*) ~4 ((hver morgen)|(hver dag)|(every morning)|(every day)|dagligt|daily|(på klinikken)|(at the clinic))",
    "(overdosis|overdose|od) (julekonfekt|konfekt|slik|candy|chokolade|chocolate|kage|cake|sukker|sugar|kaffe|coffee|netflix|julemusik|pebernødder|risalamande|æbleskiver|julehygge)",
    "(forkølelse*|influenza|flu|cold|hovedpine*|headache|varmen|heat|tømmermænd*|hangover) ~2 ((slår mig ihjel)|(is killing me)|(s killing me)|(dræber mig))",
    "(slået ihjel) (af) ~2 (forkølelse*|influenza|flu|hovedpine*|varmen|tømmermænd*)",
    "(slutningen|(the ending)|scenen|(the scene)) ~2 (hvor|where|when) ~4 (broen|bridge|cliff|klippen|(the cliff)|taget|roof|vandet|water|toget|train)",
    "(blodprøve*|(blood test)|vaccine*|vaccination|sygeplejersk*|nurse|lægen|doctor|insulin) ~6 ((stikke mig)|(stikker mig)|(prick me)|(stick me))",
    "(skød|skyder|shot|shoots|skyde) (mig|me) (med|with) ~2 (banan|banana|vandpistol*|(water pistol)|(water gun)|nerf|legetøj*|toy|finger|fingeren|snebold*|snowball*)",
    "(lære|learn|kursus|kurset|course|førstehjælp*|(first aid)) ~6 (naloxon*|narcan|nyxoid) ~3 (ved|for|against|mod) (overdosis|overdoser|overdose|overdoses|od)",
    "(hele|whole|the) ~1 (kuren|kur|course) ~3 (penicillin*|antibiotika|antibiotics)",
    "(kaffen|kaffe|coffee|(the coffee)|maden|food|kagen|cake|(the tea)|teen|morgenmaden|breakfast) ~2 ((står klar)|(er klar)|(is ready)|ready)",
    "(lægen|doctor|(the doctor)) (sagde|said|siger|says) ~4 ((for meget)|(too much)|(for mange)|(too many)) _",
    "((on the news)|(in the news)|(i nyhederne)|(på nyhederne)|(i avisen)|(in the paper)|(tv avisen)|(tv2 news)) ~6 (overdose|overdosis|od|stabbing|knivstik*|shooting|skyderi|skudt|shot)",
    "((er jeg væk)|(im gone)|(i m gone)) (til|på|hjemmefra|hjemme|weekend|hos)",
    "(naloxon*|narcan|nyxoid|modgift*) ~3 (opbevaret|opbevares|kept|stored|placeret|(til rådighed)|available|bestille|order|ordered|bestilt|skabet|cupboard|kassen|box|sold|solgt|købe|buy|sælges|fås)",
    "(springer|hopper) (jeg) (over)",
    "(jeg|vi) (skal ha|skal have|skal hente) (min|mine|vores)",
    "((sidste ønske)|(last wish)) ~2 (til|for) (jul|julen|christmas|fødselsdag*|birthday)",
    "((er ovre)|(is over)|(er slut)) (med|with) ~2 (eksamen*|exam*|flytning*|(the move)|jul*|christmas|arbejdet|work|ugen|week|opgaven)",
    "(dårlig|bad) (dag|day) ((i skolen)|(at school)|(på arbejdet)|(at work)|(i børnehaven))",
    "(my|mit) (life|liv) (story|historie|book|bog|coach|forsikring|insurance|værk|work|project|projekt)",
    "(ihjel|to death) (med|with) (alle|de|sine|mine|dine|all|his|her|the|those|sit|sin) ~1 (spørgsmål|questions|skemaer|forms|regninger|bills|krav|papirer|beskeder|messages|snak|talk|brokken|nagging)",
    "(jobbet|arbejdet|*jobbet|vagterne|skolen|ryggen|knæet|trapperne|varmen|kulden|hovedpinen|regningen|regningerne|chefen|opvasken|*vagter|træningen|lektierne) (slår mig ihjel|dræber mig)",
    "(jobbet|arbejdet) (på|i|hos) _ (slår mig ihjel|dræber mig)",
    "(job|work|shift|shifts|commute|heat|cold|bill|boss|homework|training|gym|back|knee|stairs) ~3 (is killing me|are killing me|kills me)",
    "(trying to kill me|prøver at slå mig ihjel) (with|med) (this|the|his|her|these|all|det|den|de|alle) ~1 (bill|*bill|forms|questions|paperwork|noise|music|rules|regning*|skemaer|spørgsmål|larm|musik)",
    "(dræber|kills|killing) (mig|me) (langsomt|slowly) (med|with) (alle|de|det|all|the|these|this) ~1 (skemaer|papirer|forms|paperwork|regler|rules|møder|meetings|spørgsmål|questions)",
    "(kniv|kniven|knife|(the knife)|(my knife)) ~3 (til kødet|til maden|til grillen|til løget|til brødet|til grøntsagerne|for the meat|for the bbq|for cooking|for the steak)",
    "(besvimer|faint|faints|besvimede|fainted|besvime) (altid|always|every time|hver gang)",
    "(når|when) (jeg|i) (ser|see) (blod|nåle|sprøjter|blood|needles)",
    "leve uden (kaffe|chokolade|slik|musik|netflix|wifi|internet|cola|smøger|kage|coffee|chocolate|music|tv|min kaffe)",
    "(wanna|want to|vil|gider) (live|leve) (forever|for evigt|evigt) ~2 (lol|haha*|😂|song|sang|sangen|(the song))",
    "smølf*|smurf*|(malet sig)|(face paint)|(malede sig)|(blå maling)|(blue paint)",
    "bange for (boret|tandlæge*|edderkopper|(at flyve)|hunde|mørket|højder|nåle|(the dentist)|spiders|flying|heights|(the dark)|needles|dogs)",
    "(dør|døde|død|dying|died|dead) (af grin|of laughter|laughing)",
    "(old|gamle) (clothes|tøj)",
    "afskedsbrev til (min arbejdsplads|arbejdspladsen|kollegerne|firmaet|chefen|jobbet)",
    "overdosed on (cookies|christmas cookies|sugar|coffee|chocolate|candy|netflix|cake|sweets)",
    "overdosis (af|på) (kaffe|slik|kage|julemad|småkager|sukker|chokolade|netflix|julesange)",
    "(maskinen|*maskinen|telefonen|bilen|cyklen|computeren|skærmen|tørretumbleren|køleskabet|fjernsynet|opvaskeren|ovnen|komfuret|printeren|(the machine)|(my phone)|(the car)) ~1 (gik|er gået|går|went|broke) ~1 (i stykker|ned|kaput)",
    "(tale|snakke) med nogen om (uddannelse|job|skole|økonomi|penge|boligen|bolig|lejlighed|studie*|praktik*|arbejde)",
    "(talk|speak) to someone about (school|jobs|money|housing|education|work|studying)",
    "(blå|blue|blåt) ~4 (vinterbad*|(from swimming)|(after swimming)|(efter badet))",
    "(mine ting|my things|my stuff|arven|mit testamente|my will) (når|when) (jeg|i) (dør|die) ~4 (advokat*|lawyer|fyldt|turned|gammel|old|(en dag)|(one day)|engang)",
    "(når|when) (jeg|i) (engang|(en dag)|(one day)|someday|eventually) (dør|die)",
    "(never|aldrig) (giving up|gave up|give up|opgav|opgive|gav op) (on me|på mig)",
    "(kitchen knife|kitchen knives|køkkenkniv*|kokkekniv*|chefs knife|(chef s knife)|knivsæt*|(sæt knive)|(set of knives)|(knife set)) ~6 (cook|cooking|(lave mad)|madlavning|curry|stew|gryde*|løg|onions|tomatoes|tomater|properly|ordentligt|post|posten|indflytning*|gave|present|(rigtig mad)|(proper food))",
    "(afleveret|handed in|handed over|givet|gave|given) ~2 (til|to) (politiet|(the police))",
    "(dræbe|dræber|kill|killing) (mig|me) (med|with) (papirer|skemaer|forms|paperwork|regninger|bills|spørgsmål|questions|lektier|homework|regler|rules|bureaukrati|møder|meetings|emails|mails)",
    "(gave|gav|givet|given|giving|giver) (away|væk) ~3 (old|gamle) (clothes|tøj)",
    "(cykler|cykle|cyklede|kører|kørte|driving|drive|cycle|cycling|cycled) (over|across) (broen|(the bridge))",
)

# A film, a book, a course "about" something: the rest of that clause is its subject, not the writer's life
# ("vi så en film om en der tog sit eget liv").
TOPIC: tuple[str, ...] = (
    "film*|filmen|serie*|bog|bogen|dokumentar*|artikel*|podcast*|krimi*|movie|film|show|book|article|documentary"
    "|roman|romanen|novel|novelle*|course|kursus*|kurset|foredrag*|undervisning*|avisen|nyhederne|news|læser|reading|læste|essay|assignment|stil"
    "|stilen ~3 om|about|hvor|where|med|with|at|that",
    "(historier|stories|anekdoter) ~3 (om|about)",
    "((har lært om)|(lært om)|(we just covered)|(we covered)|(vi har gennemgået)|practised|practiced|teach|(staff training)|protocol|naloxonkursus*|lærer om|(learning about)|(learn about)|(learns about)|(project on)|(projekt om)|(opgave om)|(underviser i)|(teaches)"
    "|forebyggelse*|prevention|førstehjælp*|first aid|the actor|the character|skuespilleren|hovedpersonen|karakteren|(the main character)"
    "|sangen|(the song)|sangteksten|lyrics|nyheder|(in the news)|(i nyhederne)|netflix|sæson|season|episode"
    "|afsnit|(horror movie)|gyserfilm*|(læste om)|(read about)|(hørte om)|(heard about)|(that song)|(den sang)|sang|song"
    "|songs|sange|rapper|rappen|lyrikken|digtet|(the poem)|poem)",
    "(vi|we) (læste|læser|read|reading) (om|about) (virginia|hemingway|(en forfatter)|(a writer)|(a poet)|(en digter)|romanen|(the novel)|bogen|(the book))",
    "(læsegruppe*|(book club)|bogklub*) ~3 (om|about)",
)


@dataclass(frozen=True)
class Context:
    """Words that make some signs near them less likely meant: a laugh beside "im dying", a game beside "han
    slog mig", a sunset beside "står på broen", a holiday beside "I slipper for mig". Such a sign is lowered
    as a "not" lowers it (acute to worrying, a worrying sign or a cue to nothing), never silenced when acute:
    each of these contexts is sometimes a cover for a real cry. `whole_message`: the context counts for
    the whole message (plans for next week), else only in its own sentence."""

    name: str
    phrases: tuple[str, ...]
    lowers: frozenset[str]
    whole_message: bool = False
    yields_to_now: bool = False  # not in a message that names a time now: "tit … men i aften gør jeg det"
    spares_worrying: bool = False  # what it lowers is worrying: "tænker på at dø, men jeg gør det ik"


CONTEXTS: tuple[Context, ...] = (
    Context(  # "lol im dying", "deadline dræber mig haha"; a method or an overdose beside a laugh stays acute
        "joking",
        (
            "lol|lool|loool|haha*|hehe*|hihi*|lmao|lmfao|rofl|xd|😂|🤣|😆|😹|🥹|😩|😫|cringe|jk|(just kidding)|(joking dont worry)|(only joking)"
            "|(just joking)|(im kidding)|(spøger bare)|(laver bare sjov)|(det var en spøg)"
            "|(bare for sjov)|(inside joke)|(jeg spøger)",
        ),
        frozenset({"intent", "violence_now", "death_threat", "death_talk", "held"}),
    ),
    Context(  # a "no" to the question: "nej jeg har ingen selvmordstanker" (lowered only: "…eller jo lidt måske")
        "denied",
        (
            "(ingen|no|ikke nogen|ik nogen|not any|zero|nul) ~1 (selvmordstank*|selvmords*|suicidal|(tanker om)|(thoughts of)"
            "|(thoughts about)|(planer om)|(plans to)|(intention of)|(intention to)) ~5 (mig|mig selv|myself|livet|it|(my life)"
            "|(mit liv)|ihjel|thoughts|tanker|selvmord|suicide|(at dø)|(to die)|nogen|anyone)",
            "(ingen|no|zero|nul) (selvmordstanker|selvmordstank*|(suicidal thoughts)|(thoughts of suicide))",
            "(tænker|taenker|tænkte|thinking|think) (ik|ikke|not) ~1 (på|paa|about|of)",
            "(ikke|ik|not|never|aldrig|havent|haven t|har ikke|har ik) ~1 (tænkt|taenkt|thought|tænker|thinking) (på|paa|about|of) ~1 (det"
            "|it|selvmord|suicide|(at slå mig ihjel)|(at slå mig selv ihjel)|(at dræbe mig selv)|(at tage mit eget liv)|(killing myself)"
            "|(at tage mit liv)|(hurting myself)|(at skade mig selv)|(ending it)|(ending my life))",
            "(not having|dont have|do not have|don t have|har ikke|har ik) ~1 (any|nogen) ~1 (thoughts|tanker)",
            "(im not|i m not|jeg er ikke|jeg er ik) (suicidal|selvmordstruet)",
            "((har det ikke)|(har det ik)|(har det ikk)|(not like)|(it s not like)|(its not like)) (sådan|sadan|saadan|that) ~3 ((vil dø)|(at dø)|(want to die)|(wanna die)|(vil tage mit liv)|(i want to die))",
        ),
        frozenset({"intent", "burden", "method", "after_me", "hopeless", "death_talk", "doing_it"}),
    ),
    Context(  # "jeg tænker meget på at dø. jeg vil ikke gøre noget": a thought said not to be acted on is
        # worrying, not acute (workers' own line: thoughts without a plan); never lowered to nothing
        "no_act",
        (
            "(men|but) ~2 ((jeg gør det ik)|(jeg gør det ikke)|(jeg gør det ikk)|(jeg gør ik noget)|(jeg gør ikke noget)|(a gør det ik)|(jeg har ingen plan)|(jeg har ingen planer)|(har ingen planer)|(har ingen plan)|(i won t do anything)|(i wont do anything)|(i won t do it)|(i wont do it)|(im not going to do anything)|(i m not going to do anything)|(i have no plan)|(i have no plans)|(no plans)|(no plan))",
            "((jeg gør det ik)|(jeg gør det ikke)|(jeg gør det ikk)|(jeg gør ik noget)|(jeg gør ikke noget)|(vil ikke gøre noget)|(vil ik gøre noget)|(a gør det ik)|(har ingen planer)|(har ingen plan)|(i won t do anything)|(i wont do anything)|(no plans)|(no plan)) (men|but|(ved det)|(bare så)|(just so)|lover|promise|bare|just|(ville bare)|(ville lige)|(wanted to)|(just wanted))",
        ),
        frozenset({"intent", "burden", "hopeless", "death_talk", "doing_it"}),
        whole_message=True,
        yields_to_now=True,
        spares_worrying=True,
    ),
    Context(  # "bedstefar har haft jagtgeværet i skabet i 40 år, han skal på jagt": a hunter's gun, in any sentence
        "hunting",
        (
            "((på jagt)|(til jagt)|(go hunting)|(goes hunting)|(going hunting)|jagtforening*|(hunting club)"
            "|skydebane*|(shooting range)|jagtsæson*|(hunting season))",
            "(skyder|skød|shoot|shooting|skyde) (ræve|ræv|harer|fasaner|duer|krager|råvildt|rådyr|foxes|rabbits|pheasants|deer|ducks|ænder|gæs|vildt)",
            "(jagten|jagtsæson*|bukkejagt*|andejagt*|rævejagt*|riffelprøve*|skydeprøve*|skydebane*|(skudt ind)|(skyde ind)|(shooting range))",
        ),
        frozenset({"weapon"}),
        yields_to_now=True,
    ),
    Context(  # "my toddler keeps hitting my face", "hunden sparker i søvne", "ungerne jagter mig i fangeleg"
        "little_ones",
        (
            "(toddler|(my toddler)|(på 2 år)|(2 år gammel)|(2 årig)|(2-årig)|(3-årig)|(two year old)|(2 year old)|(i søvne)|(in his sleep)"
            "|(in her sleep)|(når hun sover)|(når han sover)|plastikkniv*|(plastic knife)|(toy knife)|fangeleg"
            "|tagfat|(playing tag))",
        ),
        frozenset({"violence_now", "beating", "held", "threat", "death_threat", "weapon"}),
    ),
    Context(  # "han slog mig i backgammon", "min lillebror skyder mig hele tiden i fortnite"
        "game",
        (
            "(skak|kortspil|ludo|fifa|matador|yatzy|bowling|billard|dart|bordtennis|badminton|fodbold|fodboldkamp*|håndbold|kampen|træningen|boksning|boxing|(i spillet)|(spillet i går)|(spillet igen)|(vandt spillet)|(tabte spillet)|(spillet er)|(spillet tog)|(det spil)|(har spillet kort)|(har spillet skak)|(har spillet fodbold)|spil|spillede|spiller|armlægning|wordfeud|quiz|poker|chess|uno|monopoly|game|games|gaming|played|playing|fortnite|minecraft|gta|warzone|valorant|roblox|counterstrike|csgo|cs|league|backgammon|mario|mariokart|smash|tekken|ps5|playstation|xbox|switch|football|soccer|hockey|paintball|laserdome|lasertag|kamp|turnering*|tournament|(ved et uheld)|(by accident)|uheld|accident|film|filmen|movie|(horror movie)|gyserfilm*|serien|(the show)|netflix"
            "|episode|afsnit|bogen|(the book)|krimi*|thriller|drømte|drømmen|mareridt*|nightmare*|dreamt|dreamed|(a dream)"
            "|(in my dream))",
        ),
        frozenset(
            {
                "violence_now",
                "death_threat",
                "threat",
                "weapon",
                "intent",
                "death_talk",
                "hopeless",
                "held",
            }
        ),
    ),
    Context(  # "står på broen og tager billeder af solnedgangen", "sidder på kanten af havnen og spiser is"
        "everyday_place",
        (
            "(billeder|billede|foto|fotos|photos|photo|pictures|picture|selfie|solnedgang*|sunset|sunrise|solopgang*|udsigt*"
            "|(the view)|kø|køen|queue|traffic|trafik|trafikken|uheld|bilkø|bilkøen|(stuck in traffic)|(running late)|(kommer for sent)|(kommer lidt sent)|(spiser is)|eating|(ice cream)|isvaffel|chips|madpakke*"
            "|picnic|(kigger på skibene)|(watching the ships)|(kigger på bådene)|(watching the boats)"
            "|skovler|sne|snow|stjerner*|stars|fisker|fiske|fishing|maler|painting|reparerer|repairing|arbejder|fixing|gutter|gutters|tagrende*|antenne*|antenna"
            "|(i bussen)|(on the bus)|(in the bus)|barnebarn|barnebarnet|børnebørn*|ungerne|børnene|(the kids)"
            "|(with the kids)|hunden|(the dog)|sele|harness|turister|tourists|øl|beer|kaffe|coffee|musik|music|koncert*"
            "|(vi ses der)|(vi ses ved)|(see you there)|(meet you there)|(mødes der)|(mødes ved)|forsinket|delayed|(is late)"
            "|(er forsinket)|(was full)|(var fuld)|(var fyldt)|(en is)|(an ice cream)|(solen skinner)|(solen er skøn)"
            "|(the sun is out))",
        ),
        frozenset({"at_edge", "place", "looking_down"}),
    ),
    Context(  # "han øver at hoppe ud fra tårnet", "vi træner førstehjælp": practice, a drill, a course
        "practice",
        (  # "=øver": as written, for "øver" folds to "over"
            "=øver|=øve|=øvede|=øvelse|=øvelsen|træner|træne|practising|practicing|practice|training|drill|kursus|course",
        ),
        frozenset({"method", "at_edge", "place", "not_breathing", "unconscious"}),
    ),
    Context(  # "på førstehjælpskurset skulle vi redde en dukke der var blå": a course's dummy, not a body
        "first_aid_course",
        (
            "((en dukke)|(a dummy)|(the dummy)|dukken|(cpr dummy)|(øvelsesdukke*))",  # not a course alone
            "(øvelse|øvelsen|drill) ~3 (brandstation*|(fire station)|redningsskole*)",
            "((spillede en der)|(played someone who)|(spillede død)|(played dead))",
        ),
        frozenset({"not_breathing", "unconscious", "blue_lips", "collapsed", "overdose", "unresponsive"}),
    ),
    Context(  # "jeg går i vandet ved amager strand i dag, det er så varmt"
        "bathing",
        (
            "(varmt|hot|warm|badetøj|bikini|badebukser|svømme*|swim*|bade|bader|badede|badevejr|solskin|sunshine|heatwave"
            "|hedebølge|strandtur|(beach day)|vinterbad*|pool|poolen|(the pool)|🏊|fugl|fuglen|bird|bolden|(the ball)|dragen|kite|frisbee|(winter swim*)|sauna|havnebad*|(harbour bath))",
        ),
        frozenset({"method", "place", "at_edge", "blue_lips"}),
    ),
    Context(  # "går ud i vandet i morgen tidlig. vinterbadning med klubben": a swim planned, in any sentence
        "swim_outing",
        (
            "(vinterbad*|havnebad*|(winter swim*)|badetøj|badebukser|bikini|(morgenbad*)|(morning swim*)|(cold plunge))",
        ),
        frozenset({"method", "place", "at_edge"}),
        whole_message=True,
    ),
    Context(  # "kan du hjælpe mig med boligstøtten", "need phone credit, can you help": an errand, not a plea
        "errand",
        (
            "(skema|skemaet|blanket*|ansøgning*|application|form|(phone credit)|credit|taletid|(tlf kort)|telefonkort|penge"
            "|money|husleje*|rent|boligstøtte*|(housing benefit)|housing|brev|brevet|letter|skat|kommunen|papirer|papers"
            "|flytte*|flytning*|move|carry|nøgle*|key|keys|låsesmed|madkort|(food bank)|bus|busbillet*|rejsekort*"
            "|mitid|nemid|kode|koden|password|adgangskode*|bank|banken|bankkonto*|konto|kontoen|account|(bank account)|post|posten"
            "|sygesikring*|pas|passet|passport|cpr*|e-boks|eboks|digital post|(digital post)|app|appen|computer*)",
        ),
        frozenset({"help_asked"}),
        whole_message=True,
    ),
    Context(  # "jeg tænker tit at alle ville have det bedre uden mig": thoughts that come and go, not a plan now
        "recurring_thoughts",
        (
            "(nogle gange|nogen gange|nogengange|somme tider|tit|ofte|sometimes|often|(af og til)|(now and then)"
            "|(once in a while)|(some days)|(most days)|(i perioder)|(at times)|(på dårlige dage)|(on bad days)) ~2 (tænker|tænkt"
            "|think|thinking|thought|wish|ønsker|føler|feel|vil|want|wanna|(har lyst))",
            "(tankerne|(the thoughts)) ~2 (kommer|(er tilbage)|comes|come|(are back)|back|igen|again)",
        ),
        frozenset(
            {
                "intent",
                "burden",
                "not_waking",
                "after_me",
                "plan",
            }
        ),
        yields_to_now=True,
    ),
    Context(  # "alle ville ha det bedre uden mig", "ingen ville savne mig": a thought of what would be, not a plan now
        "would_be",
        (
            "(ville|would|=d) ~2 (være|have|ha|få|be|get|feel|føle) ~3 (bedre|better|fred|peace|nemmere|easier|lettere|bedst|best"
            "|rart|nice|happier|gladere)",
            "(ville|would) ~1 (savne|miss)",
            "(alle|everyone|de|they|familien|mor|far|ungerne) havde ((det)|(haft det)) (bedre|nemmere|lettere|godt)",
        ),
        frozenset({"burden"}),
        yields_to_now=True,
    ),
    Context(  # "min sagsbehandler har ik svaret i to uger": an office that does not answer, not a person missing
        "office_silent",
        (
            "(sagsbehandler*|caseworker|kommunen|jobcenter*|jobcentret|udlejer*|udlejeren|landlord|lægen|(the doctor)"
            "|tandlæge*|(the council)|(the kommune)|banken|(the bank)|advokat*|lawyer|firma*|(the company)) ~5 (ik*|=ik|ikke"
            "|not|hasnt|(hasn t)|havent) ~2 (svaret|answered|(svaret mig)|(answered me))",
            "(ik*|=ik|ikke|not|havent|(haven t)) ~2 ((hørt fra)|(heard from)|(heard back from)) ~2 (sagsbehandler*"
            "|caseworker|kommunen|jobcentret|udlejer*|landlord|(the council)|banken|(the bank)|lægen|(the doctor)|advokat*|lawyer)",
        ),
        frozenset({"not_heard_from"}),
    ),
    Context(  # "er det tilladt at have en kniv med på herberget?": a question of the rules, not a threat
        "rules_question",
        (
            "(er det tilladt|er det lovligt|må man|is it allowed|am i allowed|are we allowed|is it legal"
            "|can i bring|can we bring|(er det ok at have)|(is it ok to bring)|(is it ok to have)|(må han have)|(må hun have)"
            "|(may he bring)|(may she bring)|(can he bring)|(can she bring))",
        ),
        frozenset({"weapon", "misuse", "pills", "means"}),
    ),
    Context(  # "sagde farvel til min søster på hospicet i går. hun sov stille ind i nat": a death mourned, not planned
        "bereaved",
        (
            "(sov stille ind|(døde stille)|(passed away)|(passed peacefully)|(died peacefully)|hospice*|hospicet|bisættelse*"
            "|begravelsen|funeral|mindehøjtidelighed*|(memorial service)|kondolence*|condolences)",
            "((sovet ind)|(blev sovet ind)|aflivet|(put down)|(put to sleep)|🐾)",
        ),
        frozenset({"goodbye", "death_talk", "thanks_for_all"}),
    ),
    Context(  # "tak for jeres hjælp": help named in thanks is not a plea (the thanks may still be a goodbye)
        "thanked",
        ("(tak|thanks|thank|thx|tusind tak) ~5 (hjælp*|hjaelp*|help)",),
        frozenset({"help_asked"}),
    ),
    Context(  # "I slipper for mig i 3 uger, skal i behandling", "sidste besked fra det her nummer"
        "going_away",
        (
            "(stopper|quit|quitting) ~2 ((for alvor)|(for good)|(at ryge)|smoking)",
            "((god jul)|(glædelig jul)|(merry christmas)|(merry xmas)"
            "|(godt nytår)|(happy new year)|festival*|(til festen)|(to the party))",
            "(ferie|ferien|holiday|vacation|rejser|rejse|rejsen|travelling|traveling|flytter|flytte|flyttet|flytning*"
            "|moving|(new number)|(nyt nummer)|(ny telefon)|(new phone)|(nyt job)|(new job)|pension*|retire*|retiring"
            "|(skal i behandling)|(i behandling på)|rehab|afvænning|afrusning|højskole*|(sover hos)|(staying with)|(staying at)|besøg"
            "|visiting|(this number)|(det her nummer)|(dette nummer)|(ses efter nytår)|(efter nytår)|(after new year)|udlandet"
            "|abroad|tyrkiet|spanien|thailand|australien|(new flat)|(ny lejlighed)|flyttesyn|flyttebil*|flyttebilen|(moving van)|(the van)|bryllup|brylluppet|wedding|(mens jeg er i)|(while i m in)|spain|greece|italy|turkey|(off to)|(flying to)|(flyver til)|(rejser til)|allergi|allergy|allergic|allergisk|knæoperation*|(knee op)|(own place)|(my own place)|(egen bolig)|(eget sted)|(while im in)|(while i m away)|(mens jeg er væk)|(egen lejlighed)|(own flat)"
            "|(skriver snart)|(held og lykke)|(good luck)|(savne dig)|(miss you)|(ny kontaktperson)|(new worker)|(skifter skole)|(ny skole)|(new school)|(changing schools)|(skifter job)|afsluttet|praktik*|internship|(sidste dag på)|(sidste dag i)|(last day at)|(last day of)|(sagen er lukket)|(case closed)|(som kontakt)|(som kontaktperson)|(med sagen)|(sagen hos jer)|(tager jobbet)|(take the job)|(stopper for alvor)|(stopper med at ryge)|(quit smoking)|(quitting smoking)|røgfri|(smoke free)|(har jeg fri)|(har fri)|fyraften|(off work)|(finish work)|(stoppe på metadon)|(trappe ud)|(afskedsreception)|(farewell party)|(leaving do)|(sidste dag på jobbet)|(last day at work)|sidste arbejdsdag|(going to bed)|(går i seng)|(fly back)|(flyver hjem)|(flying home)|semester|exchange|udveksling*|(rejser hjem)|(going home)|(text soon)|(talk soon)|(snakkes))",
            "(vi ses|see you|see ya|see u) (i morgen|imorgen|tomorrow|tmrw|tmr|imorn|på mandag|på tirsdag|på onsdag|på torsdag|på fredag"
            "|på lørdag|på søndag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday"
            "|friday|saturday|sunday|on monday|on tuesday|on wednesday|on thursday|on friday|next week|i næste uge|næste uge"
            "|til foråret|til sommer|til jul|efter jul|in the spring|after christmas|til mødet|at the meeting)",
            "(går på pension|(retiring from)|(my retirement))",
        ),
        frozenset(
            {
                "burden",
                "intent",
                "not_here_tomorrow",
                "finality",
                "farewell_all",
                "goodbye",
                "unreachable",
                "giving_away",
                "thanks_for_all",
                "letters",
                "last_wishes",
            }
        ),
        whole_message=True,
    ),
    Context(  # "for 2 år siden prøvede jeg at tage mit liv. i dag har jeg et job": only with a crisis told of as
        # long past (assess.py); it lowers nothing by itself: "jeg har det godt med min beslutning" is no recovery
        "recovered",
        (
            "((i dag)|today|nu|now) ~3 ((har jeg)|(i have)|(i ve)|ive|(i got)|(er jeg)|im|(i m)|(i am)|(er han)|(er hun)"
            "|(har han)|(har hun)|(he is)|(she is)|hes|shes|(he s)|(she s)) ~3 (godt|good|fint|fine|job|(et job)|lejlighed"
            "|(a job)|flat|safe|tryg|clean|keys|nøglerne|læreplads|uddannelse|apprenticeship)",
            "((holder kagefest)|(holder fest)|(fejrer det)|(fejrer dagen)|(celebrating it)|(celebrating today))",
            "((har det godt)|(har det fint)|(doing good)|(doing well)|(doing fine)|(im safe)|(i m safe)|(feel safe)"
            "|(er tryg)|(jeg er tryg)|(føler mig tryg)|(hjælper faktisk)|(it helps)|(griner jeg)|(ville bare sige tak)"
            "|(just wanted to say thanks)|(wanted to say thank you))",
        ),
        frozenset(),
        whole_message=True,
    ),
    Context(  # "han fik en overdosis af blodfortynder, han har det fint nu", "har været clean i 5 år"
        "resolved",
        (
            "(har det fint nu|har det godt nu|er ok nu|er okay nu|is fine now|is ok now|is okay now|doing fine now"
            "|doing ok now|er helt ok nu|har været clean|been clean|(clean nu)|(clean now)|(er clean)|(is clean)|(har fået job)|(got a job)|(fået et job)|(fået jobbet)|(got the job)|(starter på uddannelse)|(starter på en uddannelse)|(start school)|(starting school)|clean siden|clean since|ædru siden|sober since"
            "|(siger det er ok)|(says it s ok)|(says its ok)|(says it s fine)|(says its fine)"
            "|jeg har det fint med det|im ok with it|det er ok nu|its ok now|kom sig|recovered|(fik ham reddet)|(fik hende reddet)|(they saved him)|(they saved her)|(blev reddet)|(was saved)|(er kommet hjem fra"
            " hospitalet)|(came home from hospital))",
            "(havde det fint|havde det godt|was fine|was alright) (bagefter|afterwards)",
            "(men det var bare|but it was just|but it was only|det var bare) (blodsukker*|(low blood sugar)|(blood sugar)|varmen|(the heat)|træthed|(a faint)|besvimelse)",
        ),
        frozenset(
            {
                "overdose",
                "collapsed",
                "unconscious",
                "not_waking",
                "intent",
                "method",
                "not_breathing",
                "finality",
                "hopeless",
                "burden",
            }
        ),
        whole_message=True,
    ),
)

# Everyday words the model would read as a crisis, in their everyday use: with no sign found, the model does
# not lift such a message ("hun er ligeglad" got the crisis numbers in the demo). Kept to what was seen.
EVERYDAY_SHORT: tuple[
    str, ...
] = (  # only in a message of a few words: "de er ligeglade med mig, så jeg har…" is not
    "(han|hun|de|mor|far|(min mor)|(min far)|she|he|they|(my mum)|(my mom)|(my dad)) (er|var|is|was|are|were) ~1 (ligeglad"
    "|ligeglade|(doesnt care)|(dont care))",
    "(er|var|bare|am|im) ligeglad (med det|med dem|med ham|med hende|med den|(med hvad)|(med om hun)|(med om han))",
    "(jeg bor|(i live)|(vi bor)|(han bor)|(hun bor)) ~3 (sal|floor|etage|th|tv|mf)",
)
# A count or "all of" inside a harmless use spoils it: "har slugt 40 piller og chokolade" is not about chocolate.
COUNTS: tuple[str, ...] = (
    "(slugt|slugte|taget|tog|took|taken|swallowed|necked|downed) ~1 #many",
    "#dose",
    "(hele|samtlige) ~1 (glasset|pakken|æsken|bøtten|kartet|boksen|pakke|glas|æske|dosisæske*|doseringsæske*)",
    "(the lot)",
)

EVERYDAY: tuple[str, ...] = (
    "(metadon*|methadon*|methadone|medicin*|meds|medicinen) ~6 ((som altid)|(as usual)|(som aftalt)"
    "|(as agreed)|(as prescribed)|(som ordineret))",
    "(det banker) ~3 (vent|(hold on)|brb|(one sec)|(et øjeblik))",
    "(tørklædet|jakken|frakken|(the scarf)|(my coat)|(the coat)) ~3 (hængt|hænger|hung|hanging) ~3 (krogen|(the hook)|knagen"
    "|(the peg)|gangen|(the hall))",
    "(cricket|baseball|rounders|softball|golf|hockey) ~2 (bat|bats|kølle*|club|clubs|stick)",
    "(bottle|flaske|flasken) (of|med|af) ~1 (wine|vin|rødvin|hvidvin|beer|øl|champagne|cava|cola|sodavand|water|vand"
    "|juice|saft)",
    "((skal lige)|(skal bare lige)) ~3 (gøre|lave|ordne) ~3 (færdig*|opgave*|lektier|arbejde*|rapport*)",
    "(hjerte*|heart|pulsen|puls) ~2 (slår|banker|hamrer|beats|pounds|pounding|racing) ~4 (nervøs|nervous|eksamen*|exam|forelsket"
    "|(in love)|date|koncert*|(the gig)|interview|samtale*)",
    "(vågnet|(woke up)|(is awake now)|(er vågen nu)) (og|and) ~2 (spiser|eating|snakker|talking|(sidder op)|(sitting up)"
    "|griner|laughing|(drikker kaffe))",
    "(left|glemt|forgot|glemte) ~3 ((the gas)|gassen|(the oven)|ovnen|komfuret|(the stove)|(the iron)|strygejernet) ~2 (on|tændt"
    "|(at home)|derhjemme)",
    "((won t)|wont|ik|ikke|(can t)|cant) ~1 ((make it)|(nå det)|(når det)|(komme)) ~3 (tonight|(i aften)|today|(i dag)) ~4 (sick"
    "|syg|ill|bus|late|forsinket|work|arbejde|fever|feber)",
    "(elektriker*|electrician|håndværker*|tømrer*|builder*|maler*|painter*) ~6 (ledning*|wires|cables|kabler|loftet|ceiling"
    "|taget|roof|stigen|ladder)",
)

# A time that comes back ("hver nat", "every night") is no time now: it spoils the time cue only.
HABITUAL: tuple[str, ...] = (
    "(hver|every|alle) (nat|natten|night|aften|nætter|nights|evening|evenings|aftener)",
    "((i går)|igår|(i forgårs)) (nat|natten|aftes)",  # "blev banket i går nat": last night, past
)

# Asked as a question of safety: an acute sign that allows it ("asked") is only worrying.
ASKING: tuple[str, ...] = (
    "(er det farligt|is it dangerous|is it safe|er det sikkert|kan man dø|can you die|hvor mange kan man|how many can"
    "|how much can|is it ok to|er det ok at)",
)

NEGATORS = "ikke|ik|ikk|ike|aldrig|not|never|dont|wont|isnt|didnt|doesnt|hverken"
NEGATION: tuple[str, ...] = (NEGATORS, "(don t|won t|do not|will not|is not)")

# Told of as years past ("for 10 år siden", "i 2019"): any acute sign in the clause is only worrying, even
# those a "yesterday" leaves acute (an overdose last night is still now).
YEARS = "|".join(f"={year}" for year in range(1900, 2026))
LONG_PAST: tuple[str, ...] = (
    "for ~2 år siden",
    "years ago",
    "(det var|det er|it was|its been|it s been) ~2 (år|years) (siden|ago)",
    f"(i|in|siden|since|fra|from|back in|tilbage i|sommeren|summer|vinteren|winter) ({YEARS})",
    "(er fortid|det er fortid|is the past|in the past|long ago|længe siden)",
    "((for lang tid siden)|(another life)|(et andet liv)|(et helt andet liv))",
)

# A year or more ago, but not so long that a time now in the clause is outweighed ("sidste år … og nu vil jeg
# også"): told of as over ("…har det godt nu"), a crisis this long ago is nothing (assess.py).
YEAR_PAST: tuple[str, ...] = (
    "((a year ago)|(one year ago)|(sidste år)|(last year)|(i fjor)|(i 90 erne)|(i 80 erne)|(i 90erne)|(i 80erne)|(in the 90s)|(in the 80s)|(for længst))",
    "((sidste vinter)|(last winter)|(sidste efterår)|(last autumn)|(last fall))",
)

# Told of as long past: an acute sign is then only worrying.
PAST: tuple[str, ...] = (
    "(i sidste|sidste) uge|måned|år|weekend|sommer",
    "i mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags|forgårs",
    "(last|(this past)) monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "(the other) day|night",
    "last week|month|year|weekend|summer",
    "for ~2 år|måneder|uger siden",
    "years|months|weeks ago",
    "(da jeg var|when i was) ~1 yngre|lille|barn|young|younger|kid|little|teenager|teen",
    "(as a|som) (teenager|teen|barn|child|kid|ung|teenage)",
    "=før|tidligere|engang|dengang|yesterday|(før i tiden|in the past|used to|i går|som barn|as a child)",
    "(i weekenden)|(i denne uge)|(this week)|(over the weekend)|(at the weekend)|(on the weekend)",
    "(on|=friday) monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "(sidste|last) (vinter|winter|efterår|autumn|forår|spring)",
)
