/**
 * Decides, before anything else, whether a message may be about an emergency or a crime to report.
 * Pure and table-driven. The cues are first-person, present-tense and urgency phrases ("han slår mig",
 * "I am being threatened", "áitá mu"), never topic words, so that questions about the promises on violence,
 * threats or drugs are answered normally instead of raising a false alarm.
 */
import type { Lang } from '../knowledge/schema.js';
import { hasFirstLetterIn, hasRepeat, isWordMatch, splitWords } from './foldText.js';
import { CueTable, type CueRule } from './cueTable.js';
import { guessSafety } from './guessSafety.js';

/**
 * - `suicide`: thoughts of suicide or self-harm → 112 and Självmordslinjen.
 * - `domestic`: violence or threats from someone close → 112 and Kvinnofridslinjen.
 * - `emergency`: danger now, violence, threats, break-in, accident, fire → 112.
 * - `report`: wants to report a crime or tip off the police → polisen.se, 114 14; the bot takes no reports.
 * - `help`: only a cry for help ("Hjälp!", "help me") → the 112 line and what the bot can do.
 */
export type SafetyKind = 'suicide' | 'domestic' | 'emergency' | 'report' | 'help';

export interface SafetyMatch {
  kind: SafetyKind;
  /** The language of the phrase that matched. */
  lang: Lang;
}

/** A cue (see CueTable; the gap is 3 words unless given) and the route it calls for. */
interface Rule extends CueRule {
  kind: SafetyKind;
  lang: Lang;
  /**
   * A crime that is the report route when it is told as over ("i lördags", "last night"), as online ("på snap"), or
   * with a wish to report it, and nothing in the message says it is still going on (see isToldAsOver).
   */
  reportWhenOver?: boolean;
  /** Said in jest ("…om jag inte äter upp kalvdansen 😂"): not an alarm with a laughing emoji (nor, where JOKING is in `unless`, with "lol"). */
  jokeable?: boolean;
  /**
   * What happens in a game's chat as well as anywhere (an adult asking a child for pictures "in fortnite voice chat",
   * review86): the play idioms (SV_PLAY, EN_PLAY), which otherwise rule a match out, do not apply.
   */
  inGames?: boolean;
}

/** An ex-partner ("mitt ex står utanför", "my ex keeps following me"). */
const SV_EX = 'ex|exet|expojkvan|expojkvannen|exflickvan|exman|exmaken|exmake|exfru|exfrun|exsambo|exkille|exkillen|extjej';
/** Where or with whom one lives: "not want to live" then speaks of a place or a household, not of dying. */
const EN_LIVE_WHERE = ['live in', 'live with him', 'live with her', 'live with them', 'live with my', 'live with our', 'live with his', 'live near', 'live next to', 'live at', 'live there', 'live so far', 'live up here', 'live together'];
const EN_EX = 'ex|exboyfriend|exgirlfriend|exhusband|exwife|expartner';
const SV_CLOSE = `boyfriend|girlfriend|bf|gf|husband|man|make|maken|pojkvan|pojkvannen|kille|killen|sambo|sambon|partner|partnern|fru|frun|flickvan|flickvannen|tjej|pappa|mamma|styvpappa|styvmamma|bror|broder|broderna|brorsan|syster|foralder|foraldrar|son|dotter|familj|familjen|farbror|morbror|kusin|barnbarn|barnbarnet|brorson|brorsonen|systerson|systersonen|brorsdotter|systerdotter|svarmor|svarfar|svagern|svagrarna|${SV_EX}`;
// (Not "låser": folded it is "laser", as "läser" is; the lock-in cues say "in".)
/** A child or pupil, with a determiner or none (the cue slots of a child lured towards a car). */
/** An adult or a stranger who asks a child for something (the cue slots of grooming). */
const EN_AN_ADULT = 'adult|man|guy|older|grown|stranger|creep';
const EN_A_STRANGER = 'guy|man|adult|stranger|creep|dude|older';
const SV_A_STRANGER = 'kille|man|snubbe|gubbe|vuxen|okand|aldre';
/** After a visitor left, whose things were missing, and which (a false workman, review87). */
const SV_VISITOR_LEFT = 'nar|efter+att han|hon|de|dom gatt|gick|hade+gatt|lamnat|hade+lamnat';
const SV_WHOSE = 'min|mina|hans|hennes|vara|pappas|mammas';
const SV_OWN_THINGS = 'planbok|planboken|mobil|mobilen|pengar|pengarna|kontanter|smycken|smyckena|mediciner|medicinerna|bankkort|bankkortet|kort|korten|nycklar|nycklarna|klocka|klockan|dator|datorn';
const SV_A_CHILD = '?min|mitt|var|vart|en|ett|tva|nagra son|sonen|dotter|dottern|barn|barnen|barnet|pojke|pojken|flicka|flickan|tjej|elev|elever|barnbarn';
const SV_HARM = 'strypgrepp|struptag|slar|slog|slagit|misshandl*|hotar|hotade|hotat|sparkar|sparkade|stryper|strypte|kvaver|valdtar|valdtog|knuffar|knuffade|knuffat|skadar|forfoljer|tvingar';
const EN_CLOSE = 'husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|father|mom|mum|mother|stepdad|stepfather|stepmother|stepmom|stepmum|stepbrother|stepsister|grandson|granddaughter|grandpa|grandma|dads|moms|mums|husbands|boyfriends|ex|brother|brothers|sister|parents|son|daughter|spouse|fiance|fiancee|family|uncle|uncles|aunt|cousin|cousins|relatives|exboyfriend|exhusband|exgirlfriend|exwife';
const EN_HARM = 'shoved|shoving|shoves|slapped|punched|punching|punches|slapping|slaps|strangled|hits|hit|hitting|beats|beat|beating|threatens|threatened|threatening|hurts|hurt|hurting|abuses|abused|abusing|attacks|attacked|attacking|chokes|choked|choking|strangles|rapes|raped|kicks|kicked|kicking|forces|forced|stalks|stalking';
const SE_CLOSE = 'ahkkubardni|ahkkubartni|ahkkunieida|adjubardni|adjubartni|adjunieida|mu+olmmai|ovddes+olmmai|eamit|eamida|eamidan|eamidis|bardni|bartni|nieida|nieidda|boadnji|boadnjin|isit|isida|moarsi|irgi|guoibmi|ahcci|eadni|viellja|vieljat|oabba|oappat|ahccan|eadnan|vieljan|oabban|vahnemat|bearas|ahkku|addja|rahkis|rahkkis|ovddes+boadnji|ovddes+rahkis|ovddes+moarsi|sambo|sambon|eks';
const SE_HARM = 'cabma|cabme|capmii|cabmet|capman|capma|dearpa|dearpan|darpii|dearpat|dearpet|aita|aitet|aitii|aitiba|caska|caskka|caskii|caskiba|casket|caske|cuovvu|cuovvo|cuohca|cuohcca|cuzii|cuohcat|cuhcet|cuogga|cuggii|cuoggat|cuoggan';
/** People at home, written without "min" ("pappa slår mamma"). */
const SV_HOME = 'pappa|mamma|styvpappa|styvmamma|styvfarsa|styvfarsan|styvmorsa|styvmorsan|farsan|morsan|storebrorsan|syrran|bror|brorsan|syster|systern|lillebror|lillasyster|storebror|storasyster';
/** A partner or a parent: those whose scratching or biting is abuse (a toddler's is not). */
const EN_PARTNER_OR_PARENT = 'husband|wife|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|spouse|dad|father|mom|mum|mother|stepdad|stepfather|stepmother|stepmom|stepmum';
const EN_HOME = 'dad|father|mom|mum|mother|stepdad|stepfather|stepmother|brother|sister';
/** Who may be seen harming someone else ("grannen slår…", "he is hitting…"). */
const SV_OTHER = 'han|hon|nagon|nan|de|dom|grannen|granne|grannarna|killen|tjejen|mannen|kvinnan|killar|gubben|pojken|flickan';
const SV_VICTIM = 'henne|honom|dem|en|nagon|kvinnan|mannen|killen|tjejen|barnet|barnen|pojken|flickan|grannen|hunden';
const EN_OTHER = 'he|she|someone|somebody|they|guy|guys|dude|dudes|bloke|kids|boys|teens|man|woman|neighbour|neighbor|neighbours|neighbors|people|men';
const EN_VICTIM = 'her|him|them|a|someone|somebody|his|their';
/**
 * Those who give care or assistance (review91): not close people. As exceptions to the domestic rules that do not name
 * who ("jag sitter inlåst i badrummet"), and as the subject of their own rules (see the rules after the boss's).
 */
const SV_CARERS = ['assistent', 'assistenten', 'assistenterna', 'personalen', 'nattpersonalen', 'vardaren', 'vardarna', 'hemtjansten', 'boendepersonalen', 'underskoterskan'];
const SV_CARERS_CUE = `${SV_CARERS.join('|')}|personlig+assistent|vardare|skotaren`;
/** An "overdose" of food or drink (everyday24: "känns som jag tagit en överdos sill och janssons 😂"), in the last net too. */
const SV_FOOD_OVERDOSE = [
  ...['kaffe', 'socker', 'godis', 'julgodis', 'knack', 'choklad', 'julmat', 'sol', 'sill', 'janssons', 'julbord', 'lussebullar', 'julmust',
    'skinka', 'semlor', 'pepparkakor'].flatMap((food) => [`overdos ${food}`, `overdos av ${food}`]),
  // everyday33: "overdose of christmas sweets again, my dentist is gonna kill me".
  ...['christmas', 'sweets', 'candy', 'chocolate', 'sugar', 'coffee', 'cake'].map((food) => `overdose of ${food}`),
];
/** Cooking, where the classifier's guess is not taken (everyday24: "he'll burn the sausages like every summer"). */
const COOKING = ['the grill', 'on the grill', 'bbq', 'barbecue', 'sausages', 'the burgers', 'the pancakes', 'grillen', 'korvarna'];
/**
 * Animals and friends that follow one home (everyday25: "a cat followed me home from the bus stop", Sami "beana čuovui
 * mu ruoktot"). As the doer only: "a man followed me home, my dog barked at him" is still an alarm.
 */
const FOLLOWED_HOME_HARMLESS = [
  ...['a cat', 'a dog', 'the cat', 'the dog', 'my dog', 'my cat', 'a puppy', 'a kitten', 'my friend'].map((who) => `${who} followed`),
  ...['en katt', 'en hund', 'katten', 'hunden', 'min hund', 'min katt', 'en valp', 'en kattunge'].map((who) => `${who} foljde`),
  'beana cuovui', 'bussa cuovui',
  // A little sister who tags along when one's friends are over (review105).
  ...['lillasyster', 'lillasystern', 'lillebror', 'lillebrorsan'].map((who) => `${who} foljer`),
];
/** Candles lit in the windows (review95: "det brinner ljus i varenda fönster på vår gata, så mysigt"), in the last net too. */
const CANDLES_LIT = ['brinner ljus', 'brinner levande ljus', 'ljus i fonstren', 'ljus i varenda fonster', 'stearinljus', 'adventsljus', 'adventsljusstake'];
/** Strangers who push someone into a car or a van: no one close ("two men pushed her into a van"; the rule of someone loaded into a car answers it). */
const EN_STRANGERS = ['two men', 'three men', 'some men', 'two guys', 'some guys', 'a stranger', 'strangers', 'unknown men', 'masked men'];
/** One's own carer, for the rule of someone loaded into a car ("my assistant is lifting me into the car"); not any staff who saw it. */
const EN_CARERS = ['my assistant', 'my assistants', 'my personal assistant', 'my carer', 'my carers', 'my caregiver', 'my home care'];
/** Those who give care or assistance, as the subject of their own rules (see SV_CARERS_CUE). */
const EN_CARERS_CUE = 'assistant|assistants|carer|carers|caregiver|caregivers|staff|aide|aides|nurse|nurses';
/**
 * Someone not close to the writer who says or threatens (review92: "my landlord … says he will hurt me if i dont leave by
 * friday"): no violence at home (the rules for threats still answer it).
 */
const EN_NOT_CLOSE_SAYS = ['landlord', 'neighbour', 'neighbor', 'boss', 'coworker', 'colleague'].flatMap((who) => [`${who} says`, `${who} said`, `${who} threatens`, `${who} threatened`]);
/** Gone once, as a small child: an anecdote, not someone missing now ("my son is autistic and went missing once as a toddler"). */
const SV_AS_A_CHILD = ['nar han var liten', 'nar hon var liten', 'som liten', 'for flera ar sen', 'for flera ar sedan', 'en gang for'];
const EN_AS_A_CHILD = ['as a toddler', 'as a kid', 'as a child', 'when he was little', 'when she was little', 'years ago'];
/** Medicine stopped by a doctor, or taken by oneself: no medicine withheld (everyday23). */
const SV_MEDICINE_STOPPED = ['doktorn', 'doktor', 'lakaren', 'lakare', 'sjalv', 'sjalva', 'utsatt', 'utsatta', 'tog bort'];
const EN_MEDICINE_STOPPED = ['the doctor', 'my doctor', 'doctor stopped', 'took me off', 'myself', 'by myself'];
/** Drunk on something that is no drink (everyday23: "my nurse says she is drunk on coffee by 10am"). */
const EN_NOT_DRUNK = ['drunk on coffee', 'drunk on love', 'drunk on sugar', 'drunk on happiness', 'drunk on the northern lights', 'drunk on sleep', 'drunk with joy'];
/** Close people who can go missing ("min son är borta"); not "man", which is also "one" ("man saknar…"). */
const SV_MISSING = 'lillasyster|lillebror|lillebrorsan|son|sonen|dotter|dottern|barn|barnet|barnen|pojke|flicka|pappa|mamma|bror|syster|sambo|fru|frun|maken|pojkvan|flickvan|unge|ungen|mormor|morfar|farmor|farfar|aring|aringen|ettaring|tvaaring|trearing|fyraaring|femaring|sexaring|sjuaring|attaaring|nioaring|tioaring|tonaring|tonaringen';
/** Drunk or drugged, of a driver ("rattfull förare på E10 nu"); not the topic word "rattfylleri". */
const SV_DRUNK = 'rattfull|rattfulla|rattfyllerist|rattfylleristen|berusad|onykter|packad|drogad|paverkad';
const EN_DRUNK = 'drunk|drunken|intoxicated|wasted|impaired';
/**
 * A message that asks about the work or about what happens in general ("Vad gör ni när en man slår sin fru?", "How
 * do you help women who are beaten?") is a question about the promises, not an alarm: the cues about someone else's
 * danger skip it. Phrases of asking, not relative clauses: a real report has them too ("en man som slår sin fru").
 */
/**
 * Said to be about what applies in general ("Vad gäller rent allmänt om en passagerare hotar mig?"): also on the cues
 * about oneself, which do not take the whole of SV_GENERAL ("om en", "för att" are in real alarms too).
 */
const SV_IN_GENERAL = ['rent allmant', 'i allmanhet', 'generellt', 'vad galler', 'hypotetiskt', 'vad sager',
  // review88: "Hur tipsar man polisen om man ser något misstänkt? Allmänt alltså, jag har inget just nu."
  'allmant alltsa', 'allmant sett', 'jag har inget just nu'];
const EN_IN_GENERAL = ['in general', 'generally', 'hypothetically', 'in theory'];
const SV_GENERAL = [
  'vad gor ni', 'vad gor polisen', 'vad gor kommunen', 'vad gor man', 'vad hander', 'va gor ni', 'va gor polisen', 'va gor kommunen', 'va gor man', 'hur arbetar', 'hur jobbar', 'hur hjalper', 'hur vet man',
  'hur manga', 'hur vanligt', 'hur ofta', 'vilket straff', 'for att', 'om nagon', 'om nan', 'om en', 'om man', 'ifall',
  'nar nagon', 'nar nan', 'nar en', 'nar man', 'kvinnor som', 'barn som', 'varfor', 'far man', 'ar det lagligt',
  'om polisen far tips', 'nar polisen far tips', 'om polisen far ett tips', 'nar polisen far ett tips', 'kanna igen',
  'ar det risk att', 'finns det risk att', 'vad raknas som',
  'hlr kurs', 'hlr kursen', 'hlrkurs', 'hlrkursen', 'forsta hjalpen kurs', 'forsta hjalpenkurs', 'kurs i forsta hjalpen', 'utbildning i forsta hjalpen',
  // Learners' Swedish without the article (residents32: "om kvinna blir slagen av man hemma, var kan hon ringa").
  'om kvinna', 'om barn',
  'nyheterna sa', 'enligt nyheterna', 'i nyheterna', 'ar det tillatet', 'stammer det', 'ar det sant', 'pa svt', 'sag pa svt', 'vad ska man gora om', 'vad man gor om', 'vad man gor nar', 'vad man ska gora om', 'straffet for', 'straff for', 'boten for', 'om jag ser', 'om jag skulle', 'vad ska jag gora om', 'laste i', 'laste om', 'i tidningen', 'pa nyheterna',
  ...SV_IN_GENERAL,
];
const EN_GENERAL = [
  'what do you', 'what do u', 'how do u', 'what r u', 'wat do u', 'what does', 'what are you', 'what is done', 'what happens', 'how do you', 'how does', 'how are', 'how many',
  'how common', 'how often', 'if someone', 'if somebody', 'if a', 'if he', 'if she', 'if they', 'if there', 'when someone',
  'when a', 'when people', 'what if', 'men who', 'people who', 'those who', 'women who', 'children who', 'does the', 'do the',
  // A group asked about (review150: "Can the municipality support politicians who get threats?").
  'politicians who', 'journalists who', 'residents who', 'victims who',
  // Learners' English without the article (residents32: "If something big happen …").
  'if something', 'if anything',
  'is there', 'are there', 'supposed to do if', 'not now', 'be prepared', 'to be prepared', 'why do', 'why does', 'why are', 'why would', 'why is', 'is it legal', 'is it allowed',
  // What the law does to one, asked in general (review61: "Can you get done for drink-driving a snowmobile in Sweden?").
  'get done for', 'get charged for', 'get prosecuted for', 'get nicked for',
  'allowed to', 'legal to', 'is that a crime', 'is it a crime', 'is that actually a crime', 'is that illegal', 'the law', 'law on', 'swedish law', 'in law', 'legally', 'treated the same', 'in the news', 'on the news', 'read about', 'if you hit', 'if you see', 'laws on', 'rules on', 'rules for', 'what should i do if', 'what do i do if', 'what to do if', 'if i see', 'if i saw',
  // A comment on the municipality's post (residents29: "The post mentions 'violence, hate and threats' – what will you do?").
  'the post mentions', 'the post says', 'your post says', 'your post mentions', 'the post talks about',
  // A course or a drill (review66: "What should you do if someone collapses … doing a first aid course").
  'first aid course', 'first aid class', 'first aid training', 'cpr course', 'cpr class',
  'just curious', 'is it true', 'is that right', 'is that correct', 'when it comes to', 'something you work on', 'something you work with', 'something the police work on', 'something you are working on', 'when that happens', 'if that happens', 'supposed to call', 'the penalty', 'penalty for', 'penalties for', 'punishment for', 'fine for', ...EN_IN_GENERAL,
];

/**
 * SV_GENERAL but "för att" (in order to, because): the cues where it is part of what happened ("bror min hotar mamma för
 * att få hennes bankid-kod", "chefen har hennes pass sen hon kom hit för att jobba", review97).
 */
const SV_GENERAL_BUT_REASON = SV_GENERAL.filter((phrase) => phrase !== 'for att');
/**
 * SV_GENERAL but "när man" (when one): the cues where it tells what happens ("svarar inte ordentligt när man pratar",
 * "prickar som inte försvinner när man trycker").
 */
const SV_GENERAL_BUT_WHEN_ONE = SV_GENERAL.filter((phrase) => phrase !== 'nar man');
/** SV_GENERAL but "ifall" (if): the cues where a condition is part of the threat ("… lägger ut bilder på mig ifall"). */
const SV_GENERAL_BUT_IF = SV_GENERAL.filter((phrase) => phrase !== 'ifall');
/**
 * SV_GENERAL but "om en", which is also "in an", a time ahead: "sa att det ska smälla här om en timme" (review104), "en
 * kollega kommer och hämtar dom om en kvart" (review137).
 */
const SV_GENERAL_BUT_SOON = SV_GENERAL.filter((phrase) => phrase !== 'om en');
/**
 * SV_GENERAL but "för att" and "när en/någon/nån": the cues where they tell what happened ("filmade när en tjej blev
 * sparkad i huvudet", review205).
 */
const SV_GENERAL_BUT_REASON_OR_WHEN = SV_GENERAL.filter((phrase) => !['for att', 'nar en', 'nar nagon', 'nar nan'].includes(phrase));
/** Asking whether something is a crime: of a real person on the cues that name one (review97: "is it a crime if my boss keeps my passport"). */
const EN_ASKS_IF_CRIME = ['is that a crime', 'is it a crime', 'is that actually a crime', 'is that illegal'];
const EN_GENERAL_BUT_ASKING = EN_GENERAL.filter((phrase) => !EN_ASKS_IF_CRIME.includes(phrase));
/**
 * SV_GENERAL and EN_GENERAL but asking whether something is a crime "if someone …": for the cues that name the one
 * harmed ("mig", "my daughter"), where the question tells of a real case (review109: "är det brott om nån filmade mig i
 * duschen efter gympan och la ut det på snap?", "is it a crime if a classmate filmed my daughter changing …").
 */
const SV_GENERAL_BUT_NAMED = SV_GENERAL.filter((phrase) => !['om nagon', 'om nan', 'om en', 'ifall'].includes(phrase));
const EN_GENERAL_BUT_NAMED = EN_GENERAL_BUT_ASKING.filter((phrase) => !['if a', 'if someone', 'if somebody'].includes(phrase));
/** A condition on a threat, not a question in general (review97: "they said they'll stab him if he doesnt pay by tonight"). */
const EN_IF_THIRD = ['if he', 'if she', 'if they'];
/** What one might do: for the cues about one's own card, which take only the words of asking in general otherwise. */
const SV_ASKS_WHAT_IF = ['vad hander om', 'vad gor man om', 'vad ska man gora om', 'vad ska jag gora om', 'om jag skulle', 'hur skyddar'];
/** A sale that "fooled" one into buying more (review97: "jag blev 'lurad' att köpa tre tröjor på rean"). */
const SV_SALE = ['pa rean', 'pa reat', 'pa rea', 'rean', 'extrapris', 'tre for tva'];
/**
 * Pain that goes away with medicine, medicine that ran out, vitamins eaten fast: no theft (for review96's rules of
 * medicine taken; everyday26: "ungarnas vitamintabletter försvinner snabbare än godis").
 */
const SV_MEDICINE_HARMLESS = ['forsvinner med', 'forsvann med', 'forsvinner av', 'forsvann av', 'gick over', 'tog slut', 'slut pa', 'har slut',
  // Wanting to disappear is no theft (review55: "orkar int mer vill bara försvinna har tabletterna framför mej").
  'vill forsvinna', 'vill bara forsvinna', 'bara forsvinna', 'orkar inte', 'orkar int',
  'snabbare an', 'vitamintabletter', 'vitaminer', 'vitamin'];
/** Following that is no danger: accounts, advice, a pet at one's heels (for review97's rule of a child followed now). */
const EN_FOLLOWING_HARMLESS = ['instagram', 'tiktok', 'snapchat', 'twitter', 'facebook', 'youtube', 'account', 'the rules', 'the advice',
  'the recipe', 'the instructions', 'the map', 'the trail', 'the news', 'the dog', 'our dog', 'my dog', 'the cat', 'our cat', 'my cat',
  'the puppy', 'the kitten', 'footsteps', 'lead', 'example'];
/** One's own family that treats one "like a money mule" (everyday26). */
const MULE_JOKES = ['like a money mule', 'treat me like', 'treats me like', 'som en penningmula', 'som en pengamula', 'ser mig som', 'ser mej som'];
/** A fault in a flat reported to the landlord (review98: "hur ska jag anmäla ett fel i lägenheten till hyresvärden"). */
const SV_FAULT_REPORT = ['anmala ett fel', 'anmaler ett fel', 'felanmala', 'felanmalan', 'till hyresvarden', 'till vicevarden', 'till fastighetsagaren', 'till bostadsbolaget', 'kirunabostader'];
/**
 * A relative with dementia whose wandering is being prevented, or was, briefly (review148: "har gått ut ensam förut.
 * Finns det GPS-larm man kan få via kommunen?", "got lost at the shopping centre yesterday but security found him in
 * 15 minutes. Any tips for ID bracelets?"). Not "förut", "before" or a GPS alone: "han har gjort det förut" and "the
 * GPS shows him by the river" are said of someone missing now.
 */
const WANDERING_PREVENTED = ['gps larm', 'gpslarm', 'id armband', 'id bracelet', 'id bracelets', 'security found him',
  'security found her', 'staff found him', 'staff found her'];
/**
 * Someone not seen for days who is known to be well (review148: "men jag kollade, hon är hos dottern i Luleå över jul";
 * "hadn't seen him all week, but he's out there shovelling right now lol").
 */
const SV_CHECKED_ON = ['hon ar hos', 'han ar hos', 'ar hos dottern', 'ar hos sonen', 'ar hos sin dotter', 'ar hos sin son', 'ar hos barnen'];
const EN_CHECKED_ON = ['but hes fine', 'but shes fine', 'out there shovelling', 'out there shoveling', 'staying with her daughter', 'staying with his daughter', 'staying with her son', 'staying with his son'];
/** Neighbours away on a journey, and the sun in the polar night: not seen for weeks, and no one missing (everyday27). */
const SV_AWAY_OR_SUNLESS = ['skulle till', 'pa semester', 'semestrar', 'bortrest', 'bortresta', 'reste till', 'ar pa resa', 'pa stugan', 'i stugan', 'solen', 'norrskenet', 'morkertiden'];
/**
 * One's own partner or former partner, named as such (not "en kille", a guy): rape by one is for the rules of violence
 * in close relationships (review101).
 */
const SV_OWN_PARTNER = ['min pojkvan', 'pojkvannen', 'min sambo', 'sambon', 'min man', 'maken', 'min fru', 'frun', 'min flickvan', 'flickvannen',
  'min partner', 'partnern', 'mitt ex', 'exet', 'min expojkvan', 'min kille', 'min tjej'];
/** A grandmother asleep or at bingo when she does not answer (everyday28). */
const SV_ASLEEP_OR_AT_BINGO = ['sover alltid', 'sover middag', 'ringer igen sen', 'bingo', 'bingon', 'pa sondagar'];
/** A toddler or a pet at the bathroom door, a three-year-old with sweets (everyday28). */
const SV_LITTLE_ONES = ['aring', 'aringen', 'aringar', 'trearingar', 'mammalivet', 'pappalivet', 'hunden', 'katten', 'badrumsdorren'];
/** Carers of an old or disabled person: bruises they leave are a crime to report, not violence at home (review100). */
const EN_CARER_WORDS = ['carer', 'carers', 'the carer', 'care worker', 'home care', 'care home', 'nurse', 'the staff'];
/** A former or present partner: following by one is violence in a close relationship, for the rules of that (review98). */
const EN_FORMER_PARTNERS = ['my ex', 'ex boyfriend', 'ex girlfriend', 'ex husband', 'ex wife', 'exboyfriend', 'exgirlfriend', 'exhusband', 'exwife', 'my husband', 'my boyfriend', 'my wife', 'my girlfriend', 'my partner'];
/** Children lying in the snow making snow angels (everyday34): no one lying still. */
const SNOW_ANGELS = ['snoanglar', 'snoangel', 'snow angels', 'snow angel'];
/** Everyday matters beside which the classifier's guess is not taken: tax on a summer job (review97), and more below. */
const EVERYDAY_NOT_GUESSED = ['betala skatt', 'betalar skatt', 'betalade skatt', 'skatt om', 'pay tax', 'pay taxes',
  // A friend who will not play or talk any more, a fall through the ice that ended well last winter, an alarm that went
  // off with nothing happening, a book read (review160, review162, review163, everyday57; the Sami lines are drafts).
  'ii sat speala', 'ii sat hala', 'son birgii', 'nothing happened', 'everyones fine', 'everyone is fine', 'lohken girjji',
  // A fall last week now mended, a question about bank calls asked for a mother, glögg that boiled over, laundry one
  // "drowns" in (review191, everyday70).
  'in a cast now', 'doing ok', 'fragar at min mamma', 'fragar at mamma', 'fragar at min pappa', 'nothing caught fire', 'boiled over',
  'drowning in laundry', 'drowning in homework', 'drowning in work',
  // A brother who ate one's pizza (review193).
  'so annoying', 'ate my pizza',
  // A boyfriend "död för mig" until he brings flowers, a wife who will "kill" one over her chocolate (everyday73).
  'dod for mig', 'dead to me', 'chocolate stash', 'secret chocolate',
  // An ex who still has one's kitchen machine; reindeer on the road most days (review166, review167).
  'hur far ja tbx', 'hur far jag tillbaka den', 'almost every day', 'who owns them',
  // A purchase from a stranger that went well, a double charge paid back (everyday26).
  'precis som pa bilderna', 'betalade tillbaka', 'fick tillbaka pengarna', 'picked it up', 'its perfect', 'refunded it', 'paid it back',
  // Out of breath on a ski slope (everyday26: "orkade knappt andas i backen men hon älskade det").
  'andas i backen', 'men hon alskade det', 'men han alskade det',
  // A tired morning in the polar night, a pet that died (review103).
  'orkar knappt ga upp pa morgonen', 'ar det bara jag', 'my cat died', 'my dog died', 'katten dog', 'hunden dog',
  // A day off everyone would be better off with (everyday29).
  'with a day off', 'av en ledig dag',
  // Plants that will not grow (review100: "farfar säger att han ska ta livet av sina tomatplantor").
  'tomatplantor', 'tomatplantorna', 'krukvaxter', 'krukvaxterna', 'plantorna',
  // everyday28: a wheelchair pushed uphill, a slip on the ice, the bathroom door, a jacket grabbed for a card left at the
  // bar, wood chopped in the cold, a friendly former partner (Sami, a draft).
  'i rullstolen', 'rullstolen uppfor', 'halka pa isen', 'inte skulle halka', 'badrumsdorren', 'toa ifred', 'grabbed my jacket',
  'left my card', 'chopping wood', 'keeps him young', 'ustitlaccat', 'ovttasbargu', 'cuolla muoraid', 'diehta gos',
  // A heated council meeting where no one was in danger, a shop asked about hunting knives, a citizens' dialogue, a
  // cousin's wedding abroad (review104, everyday30, review105).
  'nobody was in danger', 'no one was in danger', 'do you sell', 'saljer ni', 'medborgardialog', 'medborgardialogen',
  'hela slakten aker', 'hon ar sa glad',
  // Ice that held, a storm warning, a snowstorm spent baking indoors (everyday31; the Sami is a draft).
  // Homework checked, the dishes shared, snow angels (everyday34).
  'laxor', 'laxorna', 'mina laxor', 'disken', 'hushallet', ...SNOW_ANGELS,
  'typisk farmor', 'typisk mormor', 'portioner', 'sauna chimney', 'platsdelning', 'massive party', 'having a party', 'bass through',
  // A card that had run out, a snowmobile sold (review116).
  'hade bara gatt ut', 'kortet hade gatt ut', 'sold my',
  // A card declined, a fire lit in the goahti stove, a proper break at the cabin, prices "like robbery" (everyday35).
  'blev nekat', 'kort blev nekat', 'salde skotern', 'dahken dola', 'dola uvnnas', 'proper break', 'break at the cabin', 'kr for en', 'rena stolden',
  // Cooking no one would miss (everyday32: "everyone would be better off without my cooking").
  'without my cooking', 'without my singing', 'utan min matlagning',
  'isen holl', 'isen haller', 'the ice held', 'ice held', 'the ice holds', 'smhi', 'storm warning', 'threat of a storm', 'stormvarning',
  'stormvarningen', 'orrut siste', 'laibut'];

/**
 * A stranger at home who is expected after all: home care, a tradesman, "relax, it's the nurse" (everyday17, written
 * blind to probe the rules for a stranger in someone close's home).
 */
const EN_EXPECTED_VISITOR = ['relax', 'its the', 'its just the', 'its only the', 'home care', 'homecare', 'nurse', 'plumber', 'carpenter', 'electrician', 'cleaner'];
const SV_EXPECTED_VISITOR = ['det ar bara', 'hemtjansten', 'rormokaren', 'snickaren', 'elektrikern', 'stadaren', 'hantverkare', 'hantverkaren'];

/** Board games, where one threatens to block roads or win (everyday8: "In Catan my brother threatened to block all my roads"). */
const EN_BOARD_GAMES = ['catan', 'monopoly', 'board game', 'boardgame', 'uno', 'chess', 'scrabble', 'in the game'];
/** Police seen armed ("Why were there police with rifles at the airport?"): not a person with a weapon to fear. */
const EN_ARMED_POLICE = ['police with', 'officers with', 'cops with', 'police carrying', 'officers carrying', 'police had', 'police have'];
/**
 * Words a typo away from one of EN_HARM, right after a person ("my dads hunting rifle": hurting; "my sister showed me":
 * shoved), so that the harm cues skip them and still see "dad threatened mom with his hunting rifle".
 */
/** Hit in play or sport: "hits me with snowballs", "got hit by a puck". */
const EN_PLAY_HITS = [
  'with snowballs', 'with a snowball', 'with a pillow', 'with pillows', 'by a snowball', 'by snowballs', 'by a ball', 'by a puck',
  'with a ball', 'with a puck',
  // A ball hit far (review188: "My brother hit the ball over the fence").
  'hit the ball', 'hits the ball', 'the ball over', 'the ball into',
  // A tackle in a match (everyday27: "Another boy kicked my son during the football game, he was going for the ball").
  'going for the ball', 'during the game', 'during the match', 'football game', 'hockey game',
];
const EN_HARM_LOOKALIKES = [
  ...[...new Set(`${EN_CLOSE}|${EN_HOME}|${EN_OTHER}`.split('|'))].flatMap((who) => [`${who} hunting`, `${who} showed`, `${who} slipped`, `${who} snapped`]),
  // Play: "my little brother hits me with snowballs".
  ...EN_PLAY_HITS,
  // A grandmother who "threatens to disown me" when one skips her food, in jest (everyday32); a sister who "threatened
  // to tell mom" (review114).
  'to disown', 'disown me', 'threatened to tell', 'threatens to tell', 'threatening to tell',
  'threatened to bring', 'threatens to bring', 'accordion',
  // Carpets beaten (everyday22: "The neighbour beats her carpets on the rack every Saturday morning").
  'beats her carpets', 'beats the carpets', 'beats carpets', 'beating carpets', 'beats her rugs', 'beats the rugs',
  // Wildlife on the road (everyday20: "My husband almost hit a moose on E10 last winter").
  ...['moose', 'reindeer', 'deer', 'elk'].flatMap((animal) => [`hit a ${animal}`, `hit the ${animal}`, `hit an ${animal}`]),
  // "hit the jackpot", "hit the slopes".
  'hit the jackpot', 'hits the jackpot', 'hit the road', 'hit the slopes', 'hit the gym', 'hit the shops', 'hit the sack',
  // review63: "My wife threatens to divorce me if I buy another snowmobile 😂".
  'threatens to divorce', 'threatened to divorce', 'threatening to divorce', 'threatens to sell', 'threatened to sell',
  // Pain told: "my daughter says her head hurts".
  ...['head', 'stomach', 'tummy', 'leg', 'arm', 'back', 'ear', 'tooth', 'throat', 'foot', 'knee', 'neck', 'shoulder', 'wrist', 'hand', 'hip', 'ankle'].flatMap((part) => [`${part} hurts`, `${part} hurt`]),
  // Sport: "my son got punched in the face at boxing practice".
  'boxing practice', 'boxing class', 'at boxing', 'sparring', 'karate class', 'at karate', 'judo class', 'at judo',
  // Hunting, a typo away from "hurting": "my husband goes moose hunting".
  'moose hunting', 'elk hunting', 'deer hunting', 'bird hunting', 'grouse hunting', 'ptarmigan hunting', 'goes hunting',
  'go hunting', 'went hunting', 'hunting season', 'hunting trip', 'hunting rifle', 'hunting licence', 'hunting license',
];
/** A head knocked in a fall ('slipped and hit her head'), not a blow. */
const EN_HEAD_KNOCKS = ['hit her head', 'hit his head', 'hit my head', 'hit their head', 'hits her head', 'hits his head'];
/**
 * A crime or an illness named as a topic ("Vad är sextortion?", "How common is identity theft?", "hur skyddar jag mig
 * mot romansbedrägerier"): for the cues that are one such word.
 */
const ABOUT_THE_TOPIC = [
  // News from elsewhere asked about (review186: "Saw the news about the flag burning in Stockholm. Would that count as a
  // hate crime in Sweden?").
  'saw the news about', 'would that count as', 'does that count as', 'raknas det som', 'skulle det rakna som',
  'vad ar', 'vad betyder', 'skydda', 'skyddar', 'undvika', 'forebygga', 'forebygger', 'risk', 'risken', 'what is', 'what are',
  'what does', 'protect', 'avoid', 'prevent', 'risk of', 'signs of', 'symtom', 'symtomen', 'symptoms', 'symptom',
  // Read about, asked how common, or to be talked about (review160: "Is sextortion common in Sweden? Just read an article
  // about it", "Jag läste om att barn blir utpressade …", "Kan polisen komma till skolan och prata om … sextortion?").
  'common in', 'vanligt i', 'dabalas', 'laste om att', 'read an article', 'an article', 'artikel om', 'artihkkala',
  'komma och prata', 'och prata om', 'en kvall om', 'hur pratar jag', 'how do i talk',
];
/** Told as over and unharmed ("tur att inget hände", "no one hurt", "förra vintern"): an accident that is not one now. */
/** Pulled out already (everyday9: "en traktor drog upp oss på fem minuter", "a neighbour pulled us out in 5 min"). */
const PULLED_OUT = ['drog upp oss', 'drog loss oss', 'drog ut oss', 'pulled us out', 'towed us out', 'got us out', 'dug us out', 'pulled me out', 'towed me out', 'dug me out'];
const NO_HARM_NOW = [
  'mar bra', 'mar hon bra', 'mar han bra', 'mar dom bra', 'mar de bra', 'is fine now', 'is okay now', 'is ok now', 'gick bra', 'inget hande', 'ingen skadades', 'tur att', 'forra aret', 'forra vintern', 'i fjol', 'ersattning',
  'forsakring', 'forsakringen', 'no one hurt', 'nobody hurt', 'no one was hurt', 'nobody was hurt', 'all fine', 'luckily',
  'last winter', 'last year', 'insurance', 'i hostas', 'i vintras', 'bargningen', 'bargning', 'fick upp den', 'fick upp honom', 'fick upp henne', 'got it out', 'pulled it out',
  // everyday9: "bara blöt sko, inget farligt".
  ...PULLED_OUT, 'inget farligt', 'bara blot',
  // review118: "Drove into a snowbank yesterday, totally fine just embarrassing".
  'totally fine',
];
/** "When it is not urgent", said as "när det inte brinner i knuten" (residents38): no fire. */
const NOT_URGENT = ['inte brinner i knuten', 'brinner inte i knuten', 'inte brinner i knutarna', 'brinner inte i knutarna'];
/** A fire where it belongs ("elden spred sig i brasan", "spreading warmth"). */
const FIRE_KEPT = ['brasan', 'brasa', 'kaminen', 'spisen', 'grillen', 'bastun', 'eldstaden', 'warmth', 'heat', 'fireplace', 'stove', 'campfire', 'sauna'];
/** A parent who says no to a party ("mamma låter mig inte åka på festen") is not control. */
const SV_NIGHTS_OUT = ['festen', 'fest', 'kalaset', 'partyt', 'discot', 'bio', 'konserten', 'efter tio', 'efter elva', 'sa sent'];
/** A story, not a sighting ("the kidnapping movie"). */
const FICTION = [
  // A dream told (review182: "Hade en mardröm om att nån följde efter mig hem").
  'hade en mardrom', 'en mardrom om', 'dromde att', 'dromde om', 'drommen om', 'had a nightmare', 'dreamt that', 'dreamed that', 'nightmare about',
  'roman', 'romanen', 'novel', 'pjas', 'pjasen', 'teater', 'teatern', 'manus', 'manuset', 'actionfilmen', 'skrackfilmen', 'pa bion', 'pa tiktok', 'on tiktok', 'pa youtube', 'on youtube', 'movie', 'film', 'filmen', 'kortfilm', 'kortfilmen', 'short film', 'serien', 'boken', 'book', 'series', 'plot', 'episode', 'podd', 'podden', 'podcast', 'thriller', 'novel', 'crime novel', 'deckare', 'deckaren', 'documentary', 'dokumentar', 'dokumentaren'];
/** A warning that someone could get hurt, not harm done: "someone's gonna get hit by a car" (a dark street). */
const EN_MIGHT_GET_HIT = ['gonna get hit', 'going to get hit', 'will get hit', 'could get hit', 'might get hit', 'get hit by a car', 'gets hit by a car'];
/** Said by the writer of a small mishap: "skar mig i tummen … inget farligt", "alla överlevde". */
const SV_NO_HARM_DONE = ['inget farligt', 'ingen fara', 'alla overlevde', 'ingen blev skadad', 'blev sams', 'sams igen', 'sams direkt'];
/** Medicine taken as prescribed: "takes 12 pills a day, all prescribed by her doctor". */
const EN_PRESCRIBED = ['a day', 'per day', 'prescribed by', 'as prescribed', 'on prescription'];
/** What happens every weekend is a complaint about the town, not a fight going on ("det är slagsmål på stan varenda helg"). */
/** One's own slaughter and where its waste goes ("vi ska slakta ren i höst, var slänger man slaktavfallet"). */
/** Hurt by others outside the home ("sparkad av äldre elever på skolgården"): a crime to report, not violence at home. */
const SV_OUT_OF_HOME = ['av aldre', 'av elever', 'av nagra', 'pa skolgarden', 'i skolan', 'efter skolan', 'pa rasten', 'pa stan', 'i stan'];
const SV_OWN_SLAUGHTER = ['ska slakta', 'var slanger', 'vart slanger', 'var lamnar', 'vart lamnar', 'bli av med'];
const SV_HABITUAL = ['varenda helg', 'varje helg', 'varenda dag', 'varje dag', 'varenda natt', 'varje natt', 'varje vecka', 'varenda vecka', 'pa rasterna',
  // residents47: "ser ofta bråk på krogen – vad lovar polisen och kommunen när det gäller våld?"
  'ser ofta', 'ofta brak', 'ofta slagsmal'];
/**
 * Things residents "anmäler" or "report" that are not crimes: a broken streetlight, a pothole, interest in an event, an
 * entry to a competition (the municipality's fault reporting, not 114 14).
 */
const SV_NOT_A_CRIME_REPORT = [
  'anmala intresse', 'intresseanmalan', 'till tavlingen', 'till kursen', 'till loppet', 'till turneringen', 'felanmala',
  'felanmalan', 'felparkerade', 'felparkering', 'felparkerad', 'gatlampa', 'gatlampan', 'gatlyset', 'gatlysen', 'gatubelysningen', 'potthal', 'hal i vagen',
  'anmala min dotter till', 'anmala min son till', 'anmala mitt barn till', 'anmala barnen till',
  // Advice wanted, and a new stove announced to the chimney sweep (everyday6).
  'vill ha tips', 'ha tips pa', 'ha tips om', 'anmala en ny kamin', 'anmala kamin', 'anmala kaminen', 'anmala en kamin',
  'anmala braskamin', 'anmala en braskamin', 'anmala eldstad', 'anmala en eldstad', 'anmala en ny eldstad',
  // Asked to recommend something ("Skulle ni kunna tipsa om vilka sidor man kan följa?", residents27).
  'kunna tipsa', 'ni tipsa', 'tipsa mig', 'tipsa oss', 'tipsa om vilka', 'tipsa om var',
  // A wish not to report is no report (review58: "Hon vill inte anmäla men behöver någon att prata med").
  'vill inte anmala', 'vill inte polisanmala', 'vill int anmala', 'vagar inte anmala',
];
const EN_NOT_A_CRIME_REPORT = [
  'streetlight', 'streetlights', 'street light', 'street lights', 'pothole', 'potholes', 'school project', 'a fault',
  'water leak', 'broken light', 'broken lamp', 'bin collection', 'missed bin', 'broken swing', 'broken bench',
  // A hunter's own kill is reported to the hunting team and the county, not the police (everyday5).
  'my moose', 'moose kill', 'my elk', 'elk kill',
];
/** Violence in a video someone has shared: "lagt ut en video där dom misshandlar en kille". */
const SV_FILMED = ['lagt ut', 'lade ut', 'video dar', 'videon dar', 'film dar', 'filmen dar', 'klipp dar', 'klippet dar'];
/** English "smaller", a typo away from the Swedish "smällen" (the bang): "the smaller streets". */
const EN_SMALLER = ['the smaller', 'a smaller', 'smaller than', 'much smaller'];
/** Something lost, not stolen: "tror inte den e stulen, bara slarv". */
const LOST_NOT_STOLEN = [
  'inte stulen', 'inte stulet', 'int stulen', 'int stulet', 'int stulna', 'int snott', 'tror inte den', 'tror inte det', 'bara slarv', 'slarvat bort', 'tappat bort',
  // In English too ("It wasn't stolen, I'm just clumsy": "stolen" is a typo away from "stulen").
  'wasnt stolen', 'not stolen', 'isnt stolen', 'lost my', 'i lost',
  // Found again (everyday45: "Mobilen var borta hela morgonen, hittade den i frysen").
  'hittade den', 'hittade den i', 'hittade jag den', 'found it', 'found it again',
];
/** Getting a gun or a knife out for the hunt or the slaughter ("tog fram geväret inför älgjakten"). */
const SV_HUNTING = [
  'jakt', 'jakten', 'algjakt', 'algjakten', 'jaktlaget', 'skjutbanan', 'rensa', 'rengora', 'putsa', 'slipa', 'slipar', 'slakta', 'slaktar',
  'ripa', 'ripor', 'ripjakt', 'ripjakten', 'jaktkort', 'jaktkortet', 'jaktlicens', 'vapenlicens', 'jaktstuga', 'jaktstugan',
  // everyday7: protective hunting of crows, a reindeer slaughtered at home.
  'skyddsjakt', 'skyddsjakten', 'slaktade', 'renslakt', 'renslakten',
];
/**
 * "Skjuter ni upp skolstarten i höst?", "vi sköt upp flytten": put off, not shot; and a snowplough that "skjuter upp en
 * vall". (Not times such as "i sommar" or "en vecka": "de sköt mot folk vid torget i sommar" is shooting.)
 */
/** "We know where you live" said kindly (everyday9: the pizzeria that saved the address, a friend coming with semlor). */
const KNOWS_THE_ADDRESS_KINDLY = ['pizza', 'pizzan', 'pizzerian', 'pizzeria', 'pizza guy', 'semlor', 'tarta', 'blommor', 'present', 'saved the address', 'sparat adressen',
  // A friend, the postman, a grandparent (everyday21: "Min kompis vet var jag bor, så han kommer förbi med släpkärran").
  ...['kompis', 'kompisen', 'van', 'vannen', 'brevbararen', 'budet', 'mormor', 'farmor', 'morfar', 'farfar', 'hemtjansten'].map((who) => `${who} vet var`),
  ...['my friend', 'the postman', 'postman', 'the mailman', 'mailman', 'the courier', 'delivery guy', 'grandma', 'grandpa'].flatMap((who) => [`${who} knows where`, `${who} know where`]),
];
/** An accident asked about afterwards (review63: "Skoterolyckan vid Nikkaluokta förra mars, kom det nånsin fram vad som hände?"). */
const ACCIDENT_ASKED_AFTER = ['vad som hande', 'kom det fram', 'nansin fram', 'nagonsin fram', 'forra mars', 'forra vintern', 'forra aret', 'i fjol'];
/**
 * A quarrel or an evening that "exploded" (everyday49: "Söndagsmiddagen hos farsan exploderade totalt igen, morbror och
 * pappa om invandringspolitik", "Family dinner exploded again … on immigration policy", "after last year's explosion";
 * everyday54: a school disco): the explosion rules do not read a row over politics, a debate, one told as last year's
 * or a night of joy as a blast. Phrases match whole words anywhere ("politik" also finds "om politik").
 */
const QUARREL_EXPLODED = [
  // … and an evening that "exploded" with joy (everyday54: "Skoldiscot i fredags EXPLODERADE alltså, bästa kvällen ever").
  'basta kvallen', 'skoldiscot', 'discot', 'best night', 'school disco', 'the disco',
  'politik', 'politiken', 'invandringspolitik', 'valet', 'diskussionen', 'diskussion',
  'debatten', 'debatt', 'stamningen', 'familjechatten', 'exploderade om', 'exploderade det om', 'exploderar om',
  'forra arets explosion', 'sams',
  'politics', 'political', 'policy', 'debate', 'discussion', 'the argument', 'family chat',
  'exploded over', 'exploded about', 'last years explosion', 'calmed down',
];
const SV_POSTPONED = [
  'skjuter ni upp', 'skjuter vi upp', 'skot ni upp', 'skot vi upp', 'skjuts upp', 'upp motet', 'upp flytten',
  'upp skolstarten', 'upp resan', 'upp beslutet', 'upp bygget', 'upp till nasta', 'plogbilen', 'plogbil', 'snovall',
  'snovallen', 'jattevall',
  // review62: "Jag måste skjuta upp min tid på polisstationen för passet".
  'skjuta upp min', 'skjuta upp mitt', 'skjuta upp var', 'skjuta upp tiden', 'skjuta upp besoket',
  // everyday9: "Jag sköt upp tandläkartiden tre gånger nu".
  'jag skot upp', 'vi skot upp', 'skot upp min', 'skot upp mitt', 'skot upp tiden',
];
/** Games, where "döda honom!" is shouted at the screen. */
const SV_GAMING = ['spelar', 'spelade', 'spelet', 'spel', 'fortnite', 'minecraft', 'roblox', 'gamear', 'gamade', 'cs', 'headset', 'headsetet', 'call of duty'];
/** "jag kommer dö i kemin": failing a subject, not dying. */
const SV_SCHOOL_SUBJECT_DEATH = ['do i kemin', 'do i matten', 'do i fysiken', 'do pa provet', 'do pa kemiprovet', 'do pa matteprovet', 'do i biologin'];
/** A lesson or a talk about the subject (review52: school shootings in a social studies lesson, a talk on scam calls). */
const SV_TEACHING = ['lektion', 'lektionen', 'so lektionen', 'material', 'prata om', 'lara oss om', 'foreningen', 'forelasning'];
/** Everything one owns, not one thing ("kommer inte behöva nåt av det där jag ska", not "behöver inte jacka där"). */
const SV_THINGS_ALL = 'nat|nagot|nagonting|nanting|det|dem|dom|allt|alltihop|grejerna|sakerna|prylarna|pengarna';
/** Scars hidden for other reasons than self-injury ("hur döljer man ärr efter operationen"). */
const SCARS_OF_OTHER_THINGS = ['operation', 'operationen', 'akne', 'finnar', 'kejsarsnitt', 'tatuering', 'tatueringen', 'surgery', 'acne', 'tattoo', 'c section', 'pimples'];
/** "tänker inte leva på bidrag": living in some way, not ending life. */
const SV_LIVING_SO = ['inte finns', 'leva pa', 'leva med', 'leva i', 'leva som', 'leva utan', 'leva ett', 'leva upp', 'vakna tidigt', 'vakna i tid'];
/** On a roof or a bridge for work or the view ("står på taket och skottar snö", "on the roof shovelling"). */
const ON_A_ROOF_FOR_WORK = [
  'taget', 'tagen', // "sitter på tåget" is a typo away from "taket".
  'skottar', 'skotta', 'skottat', 'skottade', 'sno', 'snon', 'snoras', 'norrsken', 'norrskenet', 'laga', 'lagar', 'antennen',
  'shovel', 'shovelling', 'shoveling', 'snow', 'repair', 'repairing', 'fixing', 'aurora', 'northern lights', 'view', 'photo',
  'photos', 'traffic', 'edge of my seat',
];
/** On the roof of a car or a bus, in the water or on the ice: an accident, not a jump. */
const ON_A_VEHICLE = ['bilen', 'bilens', 'bussen', 'foraren', 'vatten', 'vattnet', 'isvagen', 'isen', 'car', 'bus', 'driver', 'water', 'ice'];
/** "nån har tagit bort sidan": taking that is not stealing. */
const SV_TAKEN_OTHERWISE = [
  'tagit bort', 'tagit hand', 'tagit fram', 'tagit upp', 'tagit emot', 'tagit beslut', 'tagit initiativ', 'tagit kontakt', 'tagit en bild',
  'tagit bilder', 'tagit ansvar', 'tagit tag', 'tagit del', 'tagit reda', 'tagit over',
];
/** Tablets taken as the doctor said ("jag har tagit alla mina tabletter idag som doktorn sa"). */
const SV_AS_PRESCRIBED = ['som doktorn sa', 'som lakaren sa', 'doktorn sa', 'lakaren sa', 'enligt receptet', 'enligt recept', 'som vanligt', 'mina vanliga', 'som ordinerat', 'ordinerade'];
/** A parent's rules, not control: "Mamma tog min mobil för att jag inte gjorde läxan". */
const SV_PARENTS_RULES = ['laxan', 'laxa', 'laxorna', 'skarmtid', 'skarmtiden', 'straff', 'utegangsforbud', 'for att jag inte',
  // review62: "mina föräldrar tog min mobil för att jag spelade för länge".
  'for att jag spelade', 'spelade for lange', 'spelar for mycket'];
/** "my husband took my car keys to work by mistake". */
const EN_BY_MISTAKE = ['by mistake', 'by accident', 'accidentally', 'borrowed'];
/** Bruises from sport or a fall ("fick blåmärken på benen efter skidåkningen"). */
const SV_SPORTS_AND_FALLS = [
  'skidakningen', 'skidakning', 'traningen', 'traning', 'fotbollen', 'fotboll', 'hockeyn', 'hockey', 'innebandyn', 'innebandy',
  'matchen', 'ridningen', 'slalom', 'slalomen', 'pulkan', 'pulkaakning', 'ramlade', 'ramlat', 'halkade', 'halkat', 'vurpade', 'vurpa',
];
/** About the police's checks, not a sighting: "gör polisen fler trafikkontroller för rattfulla nu?" */
const SV_CHECKS = ['for rattfulla', 'mot rattfulla', 'gor polisen', 'kontroller', 'trafikkontroller', 'kontrollerar'];
/** A sister who "snodde min tröja" borrowed it; family squabbles over things are not reports. */
const SV_FAMILY_TOOK = SV_HOME.split('|').flatMap((who) => [`${who} snodde`, `${who} har snott`, `${who} snott`]);
const SV_DRUGS = 'knark|droger|narkotika|gras|gront|hasch|tjack|kokain|amfetamin|knarket|spice|ecstasy|mdma|hembrant|smuggelsprit|sprit|piller|tabletter|lugnande|xanax|tramadol|oxy|oxikodon|benso';
/** Asking about dealing, not telling of it: "Hur jobbar polisen mot dem som säljer knark?", "om jag vet var det säljs". */
const SV_DRUG_QUESTION = ['mot dem', 'mot de', 'mot dom', 'som langar', 'som saljer', 'att det', 'att man', 'hur', 'om jag', 'vart vander'];
/** Asking whether something has happened (statistics), not telling that it has: "Has there been an accident at…?" */
const EN_STATISTICS = ['has there been', 'have there been', 'were there', 'this year', 'last year', 'this winter'];
/** Said in jest ("han ska slå ihjäl mig om jag spoilar slutet lol"): only for the threats to kill among siblings and friends. */
const JOKING = ['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'hahah', 'xd', 'jk', 'skojar', 'skamtar', 'skamt', 'skamtsamt', 'assa', 'just kidding', 'kidding'];
/** JOKING without "asså", which in Swedish speech is a filler, not a joke. */
const JOKING_WORDS = JOKING.filter((word) => word !== 'assa');
/** Someone else who will or tries to kill: "han ska ta livet av mig", "hon hotar att ta livet av mig". */
const SV_SOMEONE_ELSE_WILL = ['han ska', 'hon ska', 'han vill', 'hon vill', 'de ska', 'dom ska', 'han kommer', 'hon kommer', 'hotar med att', 'hotade med att', 'hotar att', 'hotade att', 'forsoker', 'forsokte'];
/** "den här läxan tar livet av mig": things that "kill" one in Swedish idiom. */
/**
 * Well again long since (review64: "Pappa fick en stroke för två år sen men är helt återställd nu", "svimmade på
 * bussen i går men … jag mår bra nu"). Not "år sen" alone: folded it is also "är sen" ("ambulansen är sen"); not
 * "back in" ("he's back in bed").
 */
const RECOVERED = [
  'aterstalld', 'helt aterstalld', 'har hamtat sig', 'mar bra nu', 'ett ar sen', 'ett ar sedan', 'tva ar sen', 'tva ar sedan',
  'tre ar sen', 'tre ar sedan', 'manga ar sen', 'manga ar sedan', 'recovered', 'fully recovered', 'years ago',
];
/** Herders at work: reindeer driven into the corral are not chased as a crime (everyday32). */
const HERDING = ['in i hagen', 'i hagen', 'in renarna', 'into the corral', 'the corral', 'herders', 'renskotarna', 'skiljningen', 'renskiljningen', 'round up', 'roundup'];
/** Harm done by someone outside the family, though one's child is named (review111: "min dotter blev knuffad … av en lärare"). */
const SV_BY_OTHERS_AT_SCHOOL = ['av aldre killar', 'av nagra aldre', 'av killarna', 'av tjejerna', 'av en larare', 'av lararen', 'av en tranare', 'av tranaren', 'av en elev', 'av eleverna', 'av ett gang', 'av ganget', 'av nagra i'];
/** A threat written in a chat or a message: to report, not danger now (review109; see the report rule in R104_LAST). */
const WRITTEN_THREAT = ['skrev', 'skrivit', 'skriva', 'skickade', 'smsade', 'gruppchatt', 'gruppchatten', 'i chatten'];
/** Something broken to be mended, not a crime (review109: "skärmen på mobilen är helt sönderslagen, var lagar man sånt i kiruna?"). */
const SV_TO_MEND = ['var lagar man', 'vem lagar', 'laga den', 'laga skarmen', 'lagar skarmar', 'byta skarm', 'reparera', 'reparerar'];
/**
 * Killed with kindness (review148: "Farmor håller på att ta livet av mig med kaffe", "mormor kommer döda oss med sina
 * kanelbullar"): what a grandmother or a friend plies one with is no weapon.
 */
const SV_KILLS_WITH_TREATS = ['kaffe', 'kaffet', 'fika', 'mat', 'maten', 'bullar', 'bullarna', 'kanelbullar', 'kakor', 'kakorna',
  'bakverk', 'godis', 'tarta', 'tartor', 'omtanke', 'karlek', 'skamt', 'fragor', 'matlagning', 'snarkningar', 'snarkande',
  // … or a teacher with homework (everyday54: "Vår svensklärare kommer mörda oss med alla läxor den här veckan").
  'laxor', 'laxorna', 'alla laxor', 'prov', 'proven', 'inlamningar']
  .flatMap((treat) => [`med ${treat}`, `med sitt ${treat}`, `med sin ${treat}`, `med sina ${treat}`]);
const SV_KILLS_ME = [
  'laxan', 'laxa', 'laxor', 'laxorna', 'mattelaxan', 'jobbet', 'skolan', 'plugget', 'tentan', 'provet',
  // everyday32: "matteprovet imorgon kommer döda mig", "Nationella proven tar livet av mig".
  'matteprovet', 'proven', 'tentorna', 'engelskaprovet', 'svenskaprovet', 'trafiken',
  'kemin', 'matten', 'fysiken', 'biologin', 'engelskan', 'svenskan', 'historian', 'nationella',
  'veckan', 'dagen', 'helgen', 'manaden', 'julen', 'december', 'decembern',
  'vintern', 'kylan', 'morkret', 'morkertiden', 'snon', 'snoskottningen', 'myggen', 'mygget', 'katten', 'katt', 'chef', 'chefen', 'extrapassen', 'ungarna', 'barnen', 'kidsen', 'varmen', 'den har', 'det har', 'assa', 'motet', 'moten', 'stadsflytten', 'flytten', 'bastun', 'bastu', 'svarfar', 'svarmor',
  // review59, everyday7: "kön på coop tar livet av mig", "fötterna tar livet av mig".
  'kon', 'koerna', 'coop', 'ica', 'fotterna', 'ryggen', 'knana', 'huvudvarken', 'tristessen', 'vantan', 'vantandet',
  // review64: "Min pollenallergi tar livet av mig i år haha".
  'pollenallergi', 'pollenallergin', 'allergin', 'pollen', 'pollenet',
  // review87: "Det här med datorer tar livet av mig".
  'datorer', 'datorn', 'datorerna', 'tekniken', 'mobilen', 'appen', 'apparna', 'blanketterna',
  // everyday22: "Mitt barnbarn tar livet av mig med sina skämt".
  'barnbarn', 'barnbarnet', 'barnbarnen',
];
/** A threat written in a chat ("fick hot i en spelchatt … han ska komma hit med kniv"): to report, nothing happens yet. */
const SV_THREAT_WRITTEN = ['spelchatt', 'spelchatten', 'chatten', 'i chatt', 'skrev att', 'skriver att', 'pa discord', 'pa snap'];
/** Writing or studying about crime, not telling of one. */
const EN_STUDYING_IT = ['journalist', 'statistics', 'article', 'research', 'thesis', 'essay', 'student', 'project'];
/** A stranger met online ("some guy on discord … knows where I live"): a threat to report, not someone close. */
/** A child hurt by others outside the home ("my son got beaten up after school"): a crime to report, not violence at home. */
/** The same in Swedish (review86: "Blev attackerad av en ren vid Abisko lol, den ville bara ha min macka"). */
const SV_ANIMAL_ATTACKS = ['av en ren', 'av renen', 'av renar', 'av en fiskmas', 'av fiskmasen', 'av masar', 'av en mas', 'av en gas'];
/** "Attacked" by an animal that does not hurt (review85: "we got 'attacked' by a reindeer on the way to school lmao"). */
/** Searching for how to kill weeds or dye one's hair, or how plants die (everyday21). */
const EN_SEARCHED_HARMLESS = ['kill weeds', 'kill the weeds', 'kill mold', 'kill mould', 'kill bacteria', 'kill lice', 'kill ants', 'kill moss', 'die my hair', 'die your hair', 'plants die', 'in minecraft', 'minecraft hardcore'];
/** A thing missed and found again (everyday22: "My wallet was gone this morning, turns out my son borrowed it"). */
const EN_FOUND_AGAIN = ['turns out', 'turned out', 'by mistake', 'borrowed it', 'it turned up', 'found it again'];
const EN_ANIMAL_ATTACKS = ['by a reindeer', 'by the reindeer', 'by reindeer', 'by a seagull', 'by seagulls', 'by mosquitoes', 'by mosquitos', 'by a goose'];
const EN_OUT_OF_HOME = ['after school', 'at school', 'in school', 'outside school', 'by some', 'by older', 'by a group', 'by a gang', 'by kids', 'by boys', 'in town'];
/** "ex" as in a former colleague or boss, not a former partner. */
const EN_EX_AT_WORK = ['ex colleague', 'ex coworker', 'ex co worker', 'ex boss', 'ex manager', 'ex employee'];
const EN_ONLINE_STRANGER = ['discord', 'online', 'snapchat', 'on snap', 'instagram', 'tiktok', 'twitch', 'facebook', 'a message', 'dm', 'dms', 'some guy', 'a guy', 'stranger', 'random',
  // review86: "a player on a minecraft server says he knows where i live".
  'a player', 'player on', 'server', 'in the chat', 'game chat'];
/** A stranger ("en man står utanför"), not "min man". */
const SV_STRANGER = ['en man', 'nan man', 'nagon man', 'okand man', 'en okand', 'en kille', 'nan kille', 'nagon kille'];
/** What someone else writes or says ("de skriver att jag ska dö") is a threat, not the writer's wish. */
const SV_TOLD_BY_OTHERS = ['skriver att', 'skrev att', 'sager att', 'skriker att', 'skrek att', 'hotar', 'hotade', 'hotfulla', 'hotfullt', 'meddelanden'];
/** Hearsay about an event ("enligt Facebook", "vet ni vad som hände?"): a question, not a report. */
const SV_HEARSAY = ['enligt', 'vet ni vad', 'vad som hande', 'hort att', 'hort om', 'berattar om', 'berattade om', 'lasa om', 'ryktet', 'ryktas', 'visst', 'tydligen', 'sa mamma', 'sa pappa', 'sager folk', 'sa nan'];
/** A question about a situation that has not happened ("if I ever hit a reindeer"). */
const EN_IF_EVER = ['if i ever', 'if we ever', 'what number', 'which number', 'should i call if'];
/** A question on what the law asks ("do we need to tell the police when …"). */
const EN_DUTY_QUESTION = ['do we need to', 'do i need to', 'do i have to', 'do we have to', 'need to tell', 'have to tell', 'required to'];
/** A partner or a former one: pictures threatened by one are violence in a close relationship, for the rules of that (review65, review86). */
const SE_FORMER_PARTNERS = ['ovddes', 'irgi', 'guoibmi', 'moarsi', 'boadnji', 'isit', 'rahkis', 'rahkkis', 'eks', 'sambo'];
const SE_GENERAL = ['maid dahket politiijat', 'lea go dat stuorra rihkus', 'romana', 'romanas', 'dahpahuvva go', 'dahpahuvvago', 'maid dahkabehtet', 'maid dahkat', 'maid politiija', 'maid suohkan', 'mii dahka politiija', 'mii dahka suohkan', 'mii dahkabehtet', 'mo dii', 'mo politiija', 'mo suohkan', 'man galle', 'jus',
  // everyday7, review59: "may I keep a knife in the car when I go fishing", hunting ptarmigan, a shooting sport.
  'sahtan go', 'guolastit', 'guolastan', 'bivdit', 'bivddus', 'skyttesport',
  // A school project, statistics, a film (review74; drafts).
  'statistihka', 'statistihkka', 'statistihkat', 'skuvlaproseakta', 'skuvlabargu', 'filmma', 'filbma'];
/** SE_GENERAL but "jus" (if): the cues where a condition is part of the threat ("áitá … jus in mávsse", review97). */
const SE_GENERAL_BUT_IF = SE_GENERAL.filter((phrase) => phrase !== 'jus');
/** SE_GENERAL without "maid dahkat" (what to do): in a message of danger it asks for help, not about the work. */
const SE_GENERAL_BUT_WHAT_TO_DO = SE_GENERAL.filter((phrase) => phrase !== 'maid dahkat');
/** Both: "mii diehtit gos don orut … in diede maid dahkat", "gáibida ruđa … jus in mávsse" (review203). */
const SE_GENERAL_BUT_WHAT_TO_DO_OR_IF = SE_GENERAL_BUT_WHAT_TO_DO.filter((phrase) => phrase !== 'jus');
/** Predators that kill reindeer (everyday20: "Geatki goddá min bohccuid"): a loss to report to the Sami village, not a crime. Drafts. */
/** Snow or ice that fell, not a person (everyday21: "Snö föll från taket precis framför mig"). */
const SNOW_FELL = ['sno foll', 'snon foll', 'is foll', 'isen foll', 'istappar foll', 'istappen foll'];
/** Predators that kill reindeer, in English (review86: "Wolves killed several of our reindeer"). */
const EN_PREDATORS = ['wolves', 'wolf', 'bear', 'bears', 'lynx', 'wolverine', 'wolverines', 'eagle', 'eagles', 'predators'];
const SE_PREDATORS = ['geatki', 'geatkkit', 'gumpe', 'gumppet', 'gumpet', 'guovza', 'guovzza', 'albbas', 'albbasat', 'goaskin', 'goaskinat'];
/**
 * Beaten in a match ("slaget med 7–1", "i första omgången"), or struck by a thought ("slagen av tanken"): everyday18,
 * everyday19. Phrases, not the match itself: "slagen av supportrar efter matchen" is an assault.
 */
const SV_BEATEN_IN_A_GAME = ['av tanken', 'av hur', 'slagna med', 'slaget med', 'slagen med', 'i finalen', 'forsta omgangen', 'fragesport',
  'fragesporten'];
/** Playing a game (everyday8: "Mu oabbá áitá álo vuoitit go mii spealalit lávdespealu"); the Sami words are drafts. */
/** Boxing and its like, where hitting hard is praise (everyday20, review86: "Dottern tränar boxning och slår hårdare än mig nu"). */
/** Someone else's parent (review89: a teacher threatened by "en pappa" at a parents' meeting). */
const SV_SOMEONES_PARENT = ['en pappa', 'en mamma', 'en foralder', 'nan pappa', 'nagon pappa', 'nan mamma', 'nagon mamma', 'en elevs pappa', 'en elevs mamma'];
const SV_SPARRING = ['tranar boxning', 'tranar kampsport', 'tranar karate', 'tranar judo', 'slar hardare an', 'slog hardare an', 'pa boxningen'];
/** A team beaten in a match, "sönderslaget" (everyday68: "mitt lag blev sönderslaget i volleyboll men vi hade kul"). */
const SV_TEAM_BEATEN = ['mitt lag', 'vart lag', 'laget blev', 'i volleyboll', 'i fotboll', 'i hockey', 'i innebandy'];
/**
 * Someone suspected of a tracker who is not close to the writer (review187: "hur man anmäler att nån satt en gps-sändare
 * på ens bil … misstänker grannen som jag har bråk med"): a crime to report (the rule last in R104_LAST), not violence in
 * a close relationship.
 */
const SV_NOT_CLOSE_SUSPECTS = ['grannen', 'grannarna', 'en granne', 'kollegan', 'chefen', 'hyresvarden'];
/**
 * Exceptions that two rules share (the forty-second session's blind sets): "attackerade av en flock renar" (everyday69),
 * budgets "bleeding the schools dry" (everyday71), a neighbour's cat "kidnapped" (everyday70), a dog that "killed" its
 * toy (everyday70, drafts), a question about drunk driving and a tip about a neighbour's empty house (review191), a
 * fireplace hard to light (everyday70).
 */
const SV_BY_REINDEER = ['av en ren', 'av renen', 'av renar', 'av en flock', 'flock renar'];
const EN_BLEEDING_DRY = ['bleeding the schools', 'bleeding us dry', 'bleeding the town', 'bleeding them dry', 'bleeding it dry', 'bled dry', 'schools dry'];
const CAT_KIDNAPPED = ['grannens katt', 'ar det har kidnappning', 'gulligt'];
const SE_DOG_TOY = ['beana', 'stoahkanbierggasa', 'stoahkanbiergasa'];
const SV_ASKS_ABOUT_DRUNK_DRIVING = ['gor polisen nat mot folk som', 'man ser ofta vingliga', 'gor polisen nagot at det'];
const SV_HOUSE_LEFT_EMPTY = ['ska man tipsa', 'ta in tidningarna', 'star tomt'];
const SV_FIRE_HARD_TO_LIGHT = ['tandstickor innan den tog', 'veden ar for blot'];
/** A scam warning passed on to others (review197: "VARNING till alla i Kiruna! … Dela till era föräldrar"). */
const SV_SCAM_WARNING = ['varning till', 'dela till', 'dela detta', 'dela vidare'];
const EN_SCAM_WARNING = ['psa', 'a warning to', 'warning to all'];
/** Someone gone who is back (review191: a mother with Alzheimer's gone without her coat; two rules, either order). */
const EN_GONE_BUT_BACK = ['found her', 'found him', 'is back', 'came back', 'shes home', 'hes home', 'shes fine', 'hes fine'];
/**
 * Following on social media, which "čuovvu" (follows, one of SE_HARM) also says (review187: "haha mu eadni čuovvu mu
 * Instagram juohke beaivvi, son liiko buot govaide"); as EN_FOLLOWING_HARMLESS, but said with the following or liking
 * (drafts): a threat on Instagram or Snapchat ("áitá mu Snapchatas") is no less one.
 */
const SE_FOLLOWING_HARMLESS = ['liiko buot', 'liiko mu', 'liikot buot', ...['instagram', 'instagramas', 'tiktok', 'tiktokas', 'snapchatas', 'facebookas']
  .flatMap((site) => [`cuovvu mu ${site}`, `cuvvo mu ${site}`, `cuovvu mu dan ${site}`])];
const SE_PLAY = ['spappa', 'spabba', 'boksema', 'harjehalla boksema', 'ranu', 'goavddisa', 'goavddis', 'stoahkanbiila', 'stoahkanbiillain', 'spealalit', 'spealla', 'speallat', 'speallan', 'spealu', 'spealus', 'lavdespealu', 'vuoitit'];
/**
 * Handicraft and the work of a knife: duodji, making it, a course or school of it, wood and meat to cut (drafts). No
 * verb of cutting: that would also silence "Son čuohppá mu niibbiin" (he cuts me with a knife).
 */
const SE_CRAFT = ['duodji', 'duoji', 'duojis', 'duddjot', 'duddjon', 'duddjojit', 'duodjeskuvla', 'duodjeskuvllas', 'duodjekurssas',
  'muoraid', 'muora', 'muorra', 'bierggu', 'biergu', 'guliide', 'bivdolohpi'];
/**
 * Carving, a craft lesson, fish and birch bark: knife work that the knife rule (with SE_CRAFT) and the last net for
 * danger now (DANGER_NOW_SKIP) both let through (drafts).
 */
const SE_KNIFE_WORK = ['cuollat', 'cuollan', 'guliid', 'duodjekursa', 'duodjediimmus', 'soahkebarkku', 'duddjon', 'duddjot', 'duddjojit', 'duodji'];
/** The hunt, and being taught it (a draft: "bivdu" is hunting and fishing, "oahpaha" teaches; not in ../shared/SAMI.md). */
const SE_HUNTING = ['bivdu', 'bivdui', 'bivddus', 'bivdit', 'bivddan', 'oahpaha', 'oahpahii', 'oahpahit', 'guoli', 'guolli', 'guolastit'];

// From the fourteenth review set. Each group is spread into RULES at the head of its route's section, so that it is
// tried in severity order with the rest.
/** Pills, named or not: for a count taken at once. */
/** Old medicines taken back to the pharmacy ("samlat på mig gamla mediciner, var lämnar jag dom?"). */
const SV_PILLS_RETURNED = ['gamla mediciner', 'gamla tabletter', 'lamna in', 'lamnar in', 'var lamnar', 'apoteket', 'utgangna'];
const SV_PILLS = 'alvedon|panodil|ipren|paracetamol|tabletter|tabletterna|piller|pillren|somntabletter|somnpiller|sobril|lugnande|mediciner|medicinerna|imovane|propavan|atarax|treo|antidepressiva|sertralin|citalopram|escitalopram|fluoxetin|mirtazapin|somnmedel|morfin|insulin';
const EN_PILLS = 'pills|tablets|paracetamol|tylenol|panadol|ibuprofen|advil|painkillers|sleeping|meds|medication|xanax|oxy|benzos|zopiclone|zolpidem|antidepressants|insulin|morphine';
/** A count that is no dose: "tog 20 alvedon", "took the whole bottle". */
const MANY = '10|12|14|15|16|18|20|24|25|30|35|40|45|50|60|100|hela|hel|massa|flera|burken|burk|kartan|karta|kartongen|kartong|paketet|paket|whole|entire|bottle|box|packet';
/** Partners (not parents, whose "took my phone" is raising a teenager). */
const EN_PARTNERS = `husband|wife|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|spouse|${EN_EX}`;
const SV_PARTNERS = `man|make|maken|pojkvan|pojkvannen|kille|killen|sambo|sambon|partner|fru|frun|flickvan|tjej|tjejen|${SV_EX}`;
/** Not the harm: swimming, the hunt, the fireworks, a movie. */
const SV_NOT_HARM = ['badar', 'badade', 'simmar', 'simmade', 'fyrverkeri', 'fyrverkerier', 'raketer', 'raketerna', 'nyar', 'nyarsafton', 'salut', 'nyarsraketer', 'nyarsraketerna', ...FICTION];
const EN_NOT_HARM = ['swim', 'swimming', 'swam', 'fireworks', 'new year', 'salute', 'lipstick', 'makeup', 'popsicle', ...FICTION];

const R14_SUICIDE: Rule[] = [
  // A weapon kept by the bed by someone who says they are done; a planned "accident"; sleep under the ice; a rope
  // bought; not waking up; after I am gone; pills taken in a number or hoarded; skin torn until it bleeds as a
  // punishment; "snart slipper ni mig"; disappearing into the fells; searches on how long one survives in the cold; not
  // coming back; medicines stopped with a wish to join the dead; in Sami medicines gathered and "no one would notice".
  { kind: 'suicide', lang: 'en', cue: 'sleeps|sleeping|slept|keeps|keeping|lies with|by|beside|next|under his|her|my|a|the shotgun|gun|rifle|pistol|revolver', gap: 2, unless: [...EN_GENERAL, 'safe', 'locked', 'cabinet', 'hunting trip'] },
  { kind: 'suicide', lang: 'en', cue: 'shotgun|gun|rifle|pistol|revolver beside|next|by|under the|his|her|my bed|pillow', gap: 2, unless: [...EN_GENERAL, 'safe', 'locked', 'cabinet', 'if i leave', 'if i left', 'see the kids', 'take the kids'] },
  { kind: 'suicide', lang: 'sv', cue: 'sover|sov|ligger med|bredvid|under gevar*|bossan|pistolen|vapnet|hagelbossan|kniven', gap: 3, unless: [...SV_GENERAL, 'vapenskap', 'vapenskapet', 'last'] },
  { kind: 'suicide', lang: 'en', cue: 'time|chance|way|opportunity|moment to have|stage|fake|arrange an|my accident', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'insurance', 'how to avoid', 'to avoid', 'prevent'] },
  { kind: 'suicide', lang: 'en', cue: 'nobody|one would|will|could know|notice|tell it|that wasnt|was|werent|isnt', gap: 2, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'ingen skulle|kommer veta|marka|fatta|forsta olycka|olyckshandelse', gap: 6, unless: [...SV_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'se ut som|likt en olycka', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'quiet|peaceful|calm|nice|sleep|sleeping|rest|lie|lying|be under|beneath the ice|water|snow|lake|ground', gap: 3, unless: [...EN_GENERAL, 'fish', 'frogs', 'bears', 'bulbs', 'seeds', 'plants', 'cables', 'pipes', 'sauna', 'ice fishing'] },
  { kind: 'suicide', lang: 'sv', cue: 'sova|somna|vila|ligga|tyst|stilla under isen|snon|vattnet|jorden|marken', gap: 2, unless: [...SV_GENERAL, 'fisk', 'fiskar', 'fiskarna', 'grodor', 'bjorn', 'bjornar', 'lokar', 'frona', 'ledningar', 'ror', 'roren', 'isfiske', 'pimpla'] },
  { kind: 'suicide', lang: 'sv', cue: 'sova|somna|vila for alltid', gap: 1, unless: ['kunde', 'kunna', 'skulle kunna', 'helgen', 'hela helgen', 'typ'] },
  { kind: 'suicide', lang: 'en', cue: 'bought|buying|got|ordered|buy a|some rope|noose', gap: 1, unless: [...EN_GENERAL, 'tow', 'towing', 'boat', 'climbing', 'dog', 'tent', 'sled', 'clothes', 'washing', 'tarp', 'trailer', 'tie', 'skipping', 'jump rope', 'bloody nose', 'nosebleed'] },
  { kind: 'suicide', lang: 'en', cue: 'before|until|till|so you|i|one|u just|simply|would|dont|never|wont dont|wont|never|not wake', gap: 2, unless: ['baby', 'kids', 'the kids', 'neighbours', 'neighbors', 'alarm'] },
  { kind: 'suicide', lang: 'en', cue: 'after|when|once im|iam|am gone|dead', gap: 1, unless: ['on holiday', 'on vacation', 'on leave', 'away', 'summer', 'winter', 'for a while', 'for the', 'for the weekend', 'at work', 'on a trip', 'for a week', 'for a month', 'out of town', 'back home', 'abroad'] },
  { kind: 'suicide', lang: 'sv', cue: 'efter|nar jag ar|har dod|dott|doende', gap: 1, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'nar|efter jag inte finns kvar|langre', gap: 1, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: `tog|svalde|tagit|svalt|atit|at ${MANY} ${SV_PILLS}`, gap: 1, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: `took|swallowed|taken|ate|downed ${MANY} ${EN_PILLS}`, gap: 1, unless: [...EN_IN_GENERAL, ...EN_PRESCRIBED] },
  { kind: 'suicide', lang: 'sv', cue: `samlat|samlar|sparat|sparar|gomt|gommer|hamstrar|hamstrat pa ${SV_PILLS}`, gap: 2, unless: [...SV_GENERAL, ...SV_PILLS_RETURNED] },
  { kind: 'suicide', lang: 'en', cue: `saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting up ${EN_PILLS}`, gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'sova|somna bort|ifran allt|alltihop|livet|allting', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'river|rev|rivit|klor|klost|skrapar|skrapade|kliar|nyper|biter upp|sonder huden|skinnet|armen|armarna|laren|handlederna|mig bloder|blodar|blodde|blor', gap: 7, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'scratch|scratching|scratched|pick|picking|tear|tearing|dig|digging my|the skin|arms|wrists|thighs|arm until|till|til it|they bleeds|bleed|bled', gap: 3, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'straffa|straffar|straffade mig sjalv', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'punish|punishing|punished myself', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'snart|forevigt|alltid|aldrig slipper|slippa ni|du|alla|folk|de|dom mig', gap: 2, unless: ['semester', 'ledig', 'sommarlov', 'flyttar', 'flytta', 'jobb', 'jobbet', 'praktik', 'resa', ...JOKING] },
  { kind: 'suicide', lang: 'en', cue: 'wont|not|never have to deal|put+up+with|see me', gap: 3, unless: ['holiday', 'vacation', 'moving', 'leave', 'trip', ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'bara|kommer|ska|dag forsvinna|forsvinner i|ut|pa fjallet|fjallen|skogen|isen|sjon|snon|morkret|kylan', gap: 3, unless: [...SV_GENERAL, 'helg', 'helgen', 'semester', 'ledig', 'ledigheten', 'vecka', 'veckan', 'fiska', 'fiske', 'jakt', 'jaga', 'turister', 'vandra', 'sparen'] },
  { kind: 'suicide', lang: 'en', cue: 'just|gonna|will|day|simply disappear|vanish|walk into|in|out fells|mountains|woods|forest|snow|ice|lake|dark|cold', gap: 3, unless: [...EN_GENERAL, 'weekend', 'holiday', 'vacation', 'week', 'fishing', 'hunting', 'tourists', 'hike', 'hiking', 'trail', 'tracks'] },
  { kind: 'suicide', lang: 'sv', cue: 'sokt|sokte|soker|googlat|googlar|googlade hur lange man|jag|en overlever|overleva|klarar|fryser|frysa|ihjal', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'kurs', 'skolan', 'uppsats'] },
  { kind: 'suicide', lang: 'en', cue: 'searched|searching|googled|googling how long you|one|i|someone|a survive|survives|last|lasts|freeze', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'course', 'school', 'essay'] },
  { kind: 'suicide', lang: 'sv', cue: 'tanker|ska|planerar|vill|tankte|ville och|o|for inte|aldrig komma|kommer|aterkomma|atervanda tillbaka|hem|tebax', gap: 8, unless: [...SV_IN_GENERAL, ...JOKING, 'semester', 'flytta', 'flyttar', 'utomlands', 'spanien', 'thailand', 'jobbet', 'dit', 'forran', 'innan', 'pa ett tag', 'i tid', 'sent'] },
  { kind: 'suicide', lang: 'en', cue: 'gonna|going|plan|planning|want|wanna|will and|to not|never come|coming|go back|home', gap: 8, unless: [...EN_GENERAL, ...JOKING, 'holiday', 'vacation', 'moving', 'abroad', 'there', 'that place', 'that job', 'until', 'till', 'before', 'late', 'for a while'] },
  { kind: 'suicide', lang: 'sv', cue: 'en jaksa enaa|enaan', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'slutat|slutar|vagrar|vagrat|inte ta|ata sina|sin|mina|min|hennes|hans mediciner|medicin|medicinerna|tabletter|tabletterna|insulin', gap: 2, unless: [...SV_GENERAL, 'biverkning', 'biverkningar', 'lakaren', 'lakare', 'doktorn', 'ordinerat', 'sa at', 'utsattning', 'trappa ner'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville|langtar|langtade fa komma|ga|fara till|hos farfar|farmor|mormor|morfar|maken|frun|gud|himlen', gap: 2, unless: [...SV_GENERAL, 'sommar', 'helgen', 'jul', 'julen', 'lov', 'lovet', 'sportlovet', 'pask', 'barnen', 'besoka', 'halsa pa', 'stugan', 'bo hos', 'sova hos'] },
  { kind: 'suicide', lang: 'se', cue: 'cohkken|cohkkejin|cohkkemin|cohkkan|vurken|vurkkodan|vurkkodin dalkkas*|dalkas*|tablehta*|pillar*', gap: 2 },
  { kind: 'suicide', lang: 'se', cue: 'ii|iige oktage fuomas*|fuomaso*|fuomasivcc* jus|go mun|mu', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'better|easier this way', gap: 0, unless: [...EN_GENERAL, 'breakup', 'broke up', 'break up', 'divorce', 'route', 'road', 'drive', 'bus', 'way round'] },
];

const R14_DOMESTIC: Rule[] = [
  // Answering for an injured old parent; a protected address or a tracker from which one fled; things hidden or taken
  // so that one cannot leave; an old parent's bank card taken and threatened with a home; sent abroad to be "fixed" or
  // married; dead to the family; a relative waiting outside one's work; if I divorce they will hurt me; bruises again;
  // a grip round the throat; and in Sami not allowed to marry, phone and passport taken.
  { kind: 'domestic', lang: 'en', cue: 'answered|answers|answering|answer|talked|talks|spoke|speaks every|all|each|the question|questions for her|him|them', gap: 2, unless: [...EN_GENERAL, 'survey', 'form', 'forms', 'application', 'quiz', 'homework', 'exam'] },
  { kind: 'domestic', lang: 'sv', cue: 'svarade|svarar|pratade|pratar pa|for alla|varje fragor|fraga at|for henne|honom', gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'protected|secret|hidden|confidential address|identity|personal', gap: 1, unless: [...EN_GENERAL, 'how do', 'how can', 'apply', 'get a', 'get one'] },
  { kind: 'domestic', lang: 'sv', cue: 'skyddad|skyddade|hemlig|sekretessmarkt|sekretessmarkta adress|identitet|personuppgifter', gap: 1, unless: [...SV_GENERAL, 'hur', 'ansoka', 'ansoker', 'soka', 'far man', 'kan man'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX}|husband|he|she where|find we|i|us|me live|lives|are|moved|stay|went`, gap: 8, unless: ['on insta', 'insta', 'says hes 16', ...EN_GENERAL, ...EN_ONLINE_STRANGER, ...EN_EX_AT_WORK] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} var|hitta vi|jag|oss|mig bor|ar|flyttat|flyttade`, gap: 8, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'so|and he|she|they cant|couldnt|wont|wouldnt|doesnt find us|me', gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'flydde|flytt|rymde|flyttade|gomde|gommer att|for|sa han|hon|de|dom inte|aldrig skulle|ska|kan hitta oss|mig', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'airtag|airtags|tracker|trackers|gps in|on|under my|our|the|kids|childrens|daughters|sons bag|bags|backpack|car|jacket|coat|stroller|pram', gap: 3, unless: [...EN_GENERAL, 'lost', 'keys', 'my own', 'i put', 'i bought', 'our shared', 'shared car', 'family car', 'unknown airtag'] },
  { kind: 'domestic', lang: 'sv', cue: 'lagt|satt|gomt|gomde|placerat|hittade|hittat en|ett airtag|airtag*|gps*|sparsandare|sparare', gap: 2, unless: [...SV_IN_GENERAL, 'nycklar', 'nycklarna', 'tappat', 'tappade', 'kopte', 'kopt', 'hur'] },
  // A card borrowed for tickets (review156: "my girlfriend took my bank card to buy the concert tickets").
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} hides|hid|hiding|hidden|locks|locked|confiscates|confiscated|withholds|took|takes my|our jacket|coat|boots|shoes|clothes|keys|passport|phone|wallet|card|id|money`, gap: 2, unless: ['to buy the', 'concert tickets', 'the tickets', 'because i asked', 'birthday', 'to buy me', 'because i asked', 'i asked him', 'i asked her', ...EN_GENERAL, 'by mistake', 'borrowed', 'borrow', 'to work', 'repair'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_PARTNERS} gommer|gomde|gomt|tar|tog|tagit|laser ifran|in min|mitt|mina|mig jacka|jackan|skor|skorna|klader|nycklar|nycklarna|pass|passet|mobil|mobilen|telefon|telefonen|pengar|bankkort|kort`, gap: 3, unless: [...SV_GENERAL, 'av misstag', 'lanade', 'lana', 'till jobbet', 'laga', 'lagar'] },
  { kind: 'domestic', lang: 'en', cue: 'so i|we cant|cannot|couldnt leave|go|get|out|outside', gap: 1, unless: [...EN_GENERAL, 'snow', 'storm', 'blizzard', 'sick', 'fever', 'covid', 'work', 'kids', 'baby', 'broken', 'car'] },
  { kind: 'domestic', lang: 'sv', cue: 'svarson|svarsonen|svardottern|sonen|son|dottern|dotter|barnbarnet|barnbarn|brorson|systerson|sambo|maken tagit|tog|tar|lagt|beslagtagit over|beslag|ifran min|mitt|mina|mig bankkort|kort|pengar|pension|pensionen|konto|kontot|bankid|ekonomi', gap: 3, unless: [...SV_GENERAL, 'hjalper', 'hjalpa', 'hand om'] },
  { kind: 'domestic', lang: 'sv', cue: 'hamnar|hamna|skickar|skicka|satter|satta|stanga|laser pa|in|i hem|hemmet|aldreboende|aldreboendet|boende om jag|du klagar|berattar|sager|skvallrar|anmaler', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'put|send|sending|lock|locked me|her|him in|into a|the home|care|nursing if i|she|he complain|complains|tell|tells|say', gap: 3, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'send|sending|sent|take|taking|ship|shipping her|him|me|us|them back|away|abroad|to fix|marry|married|cure|straighten|correct|punish|marriage', gap: 6, unless: [...EN_GENERAL, 'school', 'camp', 'college', 'university'] },
  { kind: 'domestic', lang: 'sv', cue: 'skicka|skickar|skickade|ska|tar|ta|tvinga|tvingar henne|honom|mig|oss|dem hem|tillbaka|till|utomlands gifta|giftas|gift|laga|fixa|uppfostra|rata|ratta|straffa|aktenskap', gap: 6, unless: [...SV_GENERAL, 'skola', 'skolan', 'lager', 'lagret', 'universitet', 'folkhogskola'] },
  { kind: 'domestic', lang: 'sv', cue: 'ar|blir|vara jag|du|hon|han|hen|vi dod|doda for familjen|slakten|oss|dem|mig|pappa|mamma', gap: 2, unless: [...SV_GENERAL, ...JOKING], jokeable: true },
  { kind: 'domestic', lang: 'en', cue: 'dead|disowned to|by the|my|our|us|them|family|parents', gap: 1, unless: ['dead animals', 'dead animal', 'roadkill', 'dead reindeer', 'dead moose', 'by the road', ...EN_GENERAL, ...JOKING, 'dead to the world'], jokeable: true },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|kusinen|kusiner|brorsor|broder|svagern|bror borjat|brukar|star|stod|sta|vantar|vantade|vaktar|sitter|satt|dyker utanfor|vid mitt|min|vart|var|mina jobb|jobbet|hus|huset|dorr|dorren|port|porten|skola|skolan|lagenhet|jobbet`, gap: 4, unless: [...SV_GENERAL, 'hamtar', 'hamta', 'skjuts', 'skjutsar', 'kaffe', 'lunch', 'overraska', 'overraskade', ...SV_STRANGER] },
  { kind: 'domestic', lang: 'en', cue: 'if|when i|we divorce|divorced|leave|left|separate|separated will|would|gonna|going hurt|kill|take|harm|beat', gap: 6, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'om|nar jag|vi skiljer|skiljs|lamnar|separerar ska|kommer|skulle skada|doda|ta|sla|mord', gap: 6, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'blamarken|blamarke|blatt igen|larna|laren|halsen|armarna|ryggen|ansiktet|overallt|runt', gap: 2, unless: ['skidlektionen', 'skidskola', 'efter traningen', 'hockeyn', 'fotbollen', 'innebandyn', 'i backen', 'i personalen', 'personalen', 'en boende', 'vara boende', 'underskoterska', ...SV_GENERAL, 'hockey', 'innebandy', 'fotboll', 'traning', 'traningen', 'ramlade', 'ramlat', 'trillade', 'cykel', 'cykeln', 'blodfortunnande', 'waran', 'lattare', 'brannboll', 'brannbollen', 'paintball', 'dodgeball', 'spokboll', 'hockeytraningen', 'efter hockeyn', 'efter matchen', 'hockeytraning'] },
  { kind: 'domestic', lang: 'en', cue: 'bruises|bruising|bruised again|arms|legs|thighs|neck|back|face|everywhere', gap: 3, unless: [...EN_CARER_WORDS, ...EN_GENERAL, 'hockey', 'football', 'training', 'practice', 'fell', 'bike', 'blood thinners', 'easily'] },
  { kind: 'domestic', lang: 'sv', cue: 'tag|grepp|tog|tar|holl|haller|kramer|kramde|trycker|tryckte runt|om|kring min|hennes|hans|mammas|mors hals|halsen|strupen', gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'hands|hand|grabbed|grabs|squeezed|squeezes|grip|grips around|round|on my|her|his|mums|moms throat|neck', gap: 2, unless: [...EN_GENERAL, 'scarf', 'massage', 'necklace'] },
  { kind: 'domestic', lang: 'sv', cue: 'far|fick inte gifta|giftas|vara|ha|traffa|valja mig|oss|pojkvan|flickvan|med|sjalv', gap: 1, unless: [...SV_GENERAL, 'fore', 'innan', 'under 18', 'forran'] },
  { kind: 'domestic', lang: 'en', cue: 'not|never allowed|let to|me marry|date|see|have|choose a|my|who boyfriend|girlfriend|partner|husband|wife|marry', gap: 2, unless: [...EN_GENERAL, 'until', 'before', 'under 18', 'school night'] },
  { kind: 'domestic', lang: 'se', cue: 'in|it|ii oacco|oaccu|oaccut naitalit|naitalan|naitaluvvot|naitalit', gap: 1, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'valdan|valdde|valdii|valdet mu|min telefovnna|telefovdna|passa|pass|rudaid|boaldu*', gap: 2, unless: ['mun goddan su', 'goddan su', 'goarttaid', 'speallamis', 'spealus', ...SE_GENERAL, 'soames', 'muhtun', 'bankid', 'vaidit', 'vaidin', 'godman', 'skuvllas', 'skuvlla'] },
];

const R14_EMERGENCY: Rule[] = [
  // Missing: friends back and he is not, a phone straight to voicemail; left in the cold and a fire going out; lying
  // there and not answering, slumped over the wheel; a gun shown in a waistband; lips going blue and snoring breath;
  // men outside with friends over a debt; things loaded onto a trailer or diesel drained right now; someone jumped
  // off a bridge; locked in the bathroom and not answering; cannot feel one's legs, run over; shooting into the air;
  // a threat with a bat in a picture; without a jacket and shaking; and in Sami a car in the water with the driver
  // still inside, a woman who cannot walk in the snow, a man bleeding from the head who does not answer.
  { kind: 'emergency', lang: 'en', cue: 'came|come|got|returned|are back|home he|she|they|dad|mum|son|daughter|hes|shes didnt|hasnt|havent|never|isnt|wasnt|not', gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kom|kommit|ar|kommer tillbaka|hem men|utom|forutom inte|han|hon|hen', gap: 2, unless: [...SV_GENERAL, 'forsakring', 'paket', 'paketet', 'svar', 'besked'] },
  { kind: 'emergency', lang: 'en', cue: 'his|her|their|dads|mums|moms|sons|daughters|husbands|wifes phone|mobile|cell goes|went|going|is straight|directly|right voicemail', gap: 2, unless: [...EN_GENERAL, 'battery', 'bill', 'contract', 'work phone', 'customer'] },
  { kind: 'emergency', lang: 'sv', cue: 'hans|hennes|deras|pappas|mammas|sonens|dotterns|mannens|fruns|barnens mobil|mobilen|telefon|telefonen gar|gick direkt|rakt|bara rostbrevlada|rostbrevladan|svararen', gap: 3, unless: [...SV_GENERAL, 'batteri', 'batteriet', 'laddare', 'abonnemang', 'kundtjanst', 'jobbmobil'] },
  // Left on read (everyday54: "He left me on read for 3 hours. I'm dead inside").
  { kind: 'emergency', lang: 'en', cue: 'dropped|left|abandoned us|me|them ago|hour|hours', gap: 14, unless: ['left me on read', 'on read', 'dead inside', ...EN_GENERAL, 'pick us up', 'airport', 'hotel', 'school', 'review', 'comment', 'message', 'voicemail'] },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|a|he|she|man|woman|guy|person|someones|hes|shes|kid|child is|lying|laying|lies|lay there|motionless|still|on|in the|floor|ground|road|snow|ice|street', gap: 2, unless: ['is that really', 'is that true', 'in the promises', 'snow angels', 'turned out to be', ...EN_GENERAL, ...FICTION, 'lying to', 'lying about', 'lying that', 'lies about', 'sunbathing', 'beach', 'sofa', 'couch', 'bed', 'yoga', 'carpet', 'pool',
    // A question about words (everyday18: "is 'violence in close relationships' the same thing as domestic violence").
    'the same thing as', 'same thing as', 'newsletter', 'translating'] },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|lag|legat kvar|fortfarande|stilla|ororlig pa|i golvet|marken|backen|isen|snon|vagen|gatan|badrummet|trappan|diket', gap: 2, unless: ['flyttat till aldreboende', 'flyttat till ett aldreboende', ...SV_GENERAL, ...NO_HARM_NOW, 'snon ligger', 'snon ligger kvar', 'slangen', 'slang', 'cykeln', 'skrapet',
    // A cut lock left in the snow (review83: "vajern låg avklippt kvar i snön").
    'vajern', 'vajer', 'kedjan', 'laset', 'reste sig', 'spelade klart', 'spelade vidare'] },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|sitter och|o stonar|kvider|jamrar|skriker|bloder|krampar', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'soffan', 'sangen'] },
  { kind: 'emergency', lang: 'en', cue: 'slumped|slumping|hunched|collapsed|passed over|out the|at|on|behind wheel|steering|table|counter', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'desk', 'posture', 'homework'] },
  { kind: 'emergency', lang: 'sv', cue: 'hanger|ligger|sitter|sjunkit|hopsjunken|ihopsjunken|livlos over|mot ratten|styret', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'gun|handgun|pistol|revolver|knife|machete in|under|tucked his|her|the|a waistband|belt|pocket|jacket|coat|sleeve', gap: 2, unless: [...EN_GENERAL, ...EN_ARMED_POLICE, 'hunting', 'licence', 'license', 'toy', 'nerf', 'water gun', 'pocket knife', 'pocketknife', 'multitool', 'kitchen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'pistol|pistolen|revolver|kniv|kniven|vapen|vapnet|machete i|under|innanfor byxlinningen|linningen|byxorna|fickan|jackan|baltet|armen', gap: 2, unless: [...SV_GENERAL, ...SV_HUNTING, 'fickkniv', 'leksak', 'leksaks', 'kok', 'koket'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'lips|lip|face|skin|fingers|fingertips|nails going|turning|are|is|gone|turned|went|look blue|grey|gray|purple', gap: 2, unless: [...EN_GENERAL, ...EN_NOT_HARM, 'raynaud', 'paint', 'dye', 'hair'] },
  { kind: 'emergency', lang: 'sv', cue: 'lapparna|lappar|ansiktet|huden|naglarna|fingrarna ar|blir|blev|har+blivit|borjar+bli bla|blaa|gra|lila|vita', gap: 2, unless: [...SV_GENERAL, ...SV_NOT_HARM, 'harfarg', 'malar', 'farg'] },
  { kind: 'emergency', lang: 'en', cue: 'snoring|gurgling|rattling|gasping|wheezing sound|sounds|noise|noises|breath|breathing|breaths', gap: 2, unless: [...EN_GENERAL, 'every night', 'at night', 'apnea', 'apnoea', 'cpap', 'asthma', 'cold', 'husband', 'wife'] },
  { kind: 'emergency', lang: 'sv', cue: 'snarkar|snarkande|rosslar|rosslande|rosslig|gurglar|gurglande|kippar|flamtar konstigt|ljud|andning|andas|efter', gap: 2, unless: [...SV_GENERAL, 'varje natt', 'pa natten', 'apne', 'astma', 'forkyld', 'maken', 'frun'] },
  { kind: 'emergency', lang: 'en', cue: 'shot|shooting|injected|injecting something|heroin|drugs|fentanyl up|and|now', gap: 1, unless: [...EN_GENERAL, 'prices', 'price', 'rent', 'costs'] },
  { kind: 'emergency', lang: 'en', cue: 'outside|downstairs|at with two|three|four|five|his|her|their|some friends|mates|guys|buddies|boys|a knife|gun|bat', gap: 5, unless: [...EN_GENERAL, 'playing', 'smoking', 'party', 'bbq', 'barbecue'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'owe|owed|owes money|him|them|debt come|coming|hurt|beat|kill|break|find|outside|up', gap: 12, unless: [...EN_GENERAL, 'bank', 'loan', 'csn', 'tax'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skyldig|skuld|skulder|skyldiga pengar|honom|dem|er kommer|komma|skada|sla|doda|hitta|utanfor|hit|ga|upp', gap: 12, unless: [...SV_GENERAL, 'banken', 'lanet', 'csn', 'skatteverket', 'kronofogden', 'inkasso'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'guys|men|people|someone|somebody|two|three|strangers|kids|boys|teens is|are|were|just loading|taking|carrying|pushing|lifting|stealing|towing|dragging|draining my|our|the|neighbours|neighbors|his|her', gap: 2, unless: [...EN_GENERAL, 'movers', 'moving company', 'helping', 'help'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'loading|loaded|load|lifting|lifted|pushing|pushed|towing|towed onto|into|on a|the|their trailer|van|truck|pickup|car', gap: 3, unless: [...EN_GENERAL, 'my dad', 'we', 'i', 'my husband', 'my wife', 'dealer', ...EN_CARERS, 'wheelchair'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'tankar|tankat|tappar|tappat|tappade|tommer|tomt|tomde|sifonerar|sifonerat|pumpar|pumpat|stjal|stulit|snott|tar|tagit|tog ur|ut|all diesel*|bensin*|bransle*|dieseln|bensinen|tanken', gap: 3, unless: [...SV_GENERAL, 'sjalv', 'jag tankar', 'vi tankar', 'macken', 'kallt'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'draining|drained|siphoning|siphoned|stealing|stole|stolen diesel|fuel|petrol|gas|gasoline', gap: 2, unless: [...EN_GENERAL, 'price', 'prices'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'jumped|jumps|jumping|fell|fallen|thrown|pushed off|from the|a|that bridge|footbridge|overpass|roof|balcony|building|viaduct', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'into the lake', 'into the water', 'swim', 'swimming', 'summer', 'for fun', 'snow pile', 'into the snow'] },
  { kind: 'emergency', lang: 'sv', cue: 'hoppade|hoppat|foll|fallit|ramlade|ramlat|knuffades|knuffats fran|av|ner+fran bron|gangbron|viadukten|taket|balkongen|huset|bron', gap: 2, unless: [...SV_GENERAL, ...SV_NOT_HARM, 'i vattnet', 'i sjon', 'i alven', 'sommar', 'snohogen', 'snodrivan', 'pa skoj', 'sno', 'snon', 'nara att', 'nastan'] },
  { kind: 'emergency', lang: 'en', cue: 'locked|locks himself|herself|themselves|in|into the|bathroom|toilet|room|bedroom wont|doesnt|isnt|not|hasnt answer|answering|respond|responding|open|opening|come', gap: 14, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'last|lasit|stangt|stangde in sig|badrummet|toaletten|rummet svarar|oppnar|svarat|oppnat inte', gap: 14, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kanner|kande inte|ingenting|ej benen|benet|armarna|armen|kroppen|nacken|ansiktet', gap: 2, unless: [...SV_GENERAL, ...JOKING, 'kallt', 'kylan', 'trott', 'trotta'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt|doesnt|dont feel his|her|my|their legs|leg|arms|arm|body|neck|face', gap: 1, unless: ['workout', 'leg day', 'at the gym', ...EN_GENERAL, ...JOKING, 'cold', 'tired', 'workout', 'gym'] },
  { kind: 'emergency', lang: 'sv', cue: 'korde|kort|kor pa|over|ner en|ett|min|mitt|var|mina skidakare|fotgangare|cyklist|barn|barnet|skoterakare|person|kvinna|man|kille|tjej|pojke|flicka|hund|skolbarn|aldre', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'pa en ren', 'pa ett djur'], reportWhenOver: true },
  // Hit by a sledge or a shopping trolley, no harm at all (everyday19); "av en" so that a car that hits a child on a
  // sledge is still 112.
  { kind: 'emergency', lang: 'sv', cue: 'blev|blivit|bli|blitt pakord|pakorda|pakort|omkord', gap: 1, unless: ['kommer bli pakord', 'kommer att bli pakord', 'statistik over', 'statistik pa', 'har polisen statistik', 'polisen statistik', ...SV_GENERAL, ...NO_HARM_NOW, 'nastan', 'holl pa att', 'holl pa', 'av en pulka', 'av pulkan', 'av en kundvagn', 'av kundvagnen', 'ingen skada alls',
    // Hit by a snowball, not a car (review82), nobody hit ("Ingen har blivit påkörd", everyday18).
    'av en snoboll', 'av snobollen', 'av snobollar', 'ingen har blivit', 'ingen har bli'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skjuter|skot|skjutit|skjuta|avlossar|avlossade|pangar upp|rakt|vilt|mot i|luften|folk|fonster|hus|husen', gap: 2, unless: [...SV_GENERAL, ...SV_NOT_HARM, ...SV_HUNTING, 'ar', 'priser', 'priserna', 'hyran', ...SV_POSTPONED, 'boll', 'bollen', 'puck', 'pucken', 'snoboll', 'snobollar'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'shooting|firing|shot|shoots into|in|at the|air|people|houses|windows', gap: 2, unless: ['themselves in the foot', 'ourselves in the foot', 'doing shots', 'shots at the pub', 'pub quiz', 'hangover', 'moose hunt', 'the hunt', 'way off', 'in the hills', ...EN_GENERAL, ...EN_NOT_HARM, 'prices', 'range', 'hunting', 'photos', 'pictures', 'video', 'film', 'movie', 'hoops', 'basketball', 'pool', 'target shooting', 'shooting club', 'skeet', 'clay', 'shots of', 'vodka', 'tequila', 'photo shoot', 'drone shots', 'great shots', 'nice shots', 'good shots', 'some shots'] },
  { kind: 'emergency', lang: 'sv', cue: `full|packad|berusad|drogad|paverkad|aspackad ${'gevar*|jaktgevar*|bossan|kniv|kniven|vapen|vapnet|pistol|pistolen|yxa|yxan'}`, gap: 8, unless: [...SV_GENERAL, ...SV_HUNTING] },
  { kind: 'emergency', lang: 'en', cue: 'drunk|wasted|high|hammered with|waving|holding|has a|his|her|the gun|rifle|shotgun|knife|axe|pistol', gap: 4, unless: [...EN_GENERAL, 'hunting', 'licence', 'license'] },
  { kind: 'emergency', lang: 'sv', cue: 'bild|foto|video|bilder|filmklipp pa|av|med ett|en|sitt|sin basebolltra*|slagtra*|kofot*|kniv|kniven|machete|vapen|pistol*|gevar*|yxa|yxan|jarnror', gap: 3, unless: [...SV_GENERAL, ...SV_HUNTING, 'kopa', 'salja', 'saljes', 'blocket', 'slojd'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'picture|photo|pic|video|selfie of|with a|his|her baseball|bat|knife|machete|gun|pistol|rifle|axe|crowbar', gap: 3, unless: [...EN_GENERAL, 'hunting', 'sell', 'selling', 'buy', 'museum'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'utan|ingen|inga jacka|jackan|ytterklader|klader|skor|mossa|vantar|overdel skakar|huttrar|fryser|stel|stela|svarar|sager|pratar|ror|bla', gap: 8, unless: [...SV_GENERAL, 'hur', 'ska man', 'klar', 'kla', 'pa sig', 'skolan'] },
  { kind: 'emergency', lang: 'en', cue: 'without|no a|jacket|coat|shoes|clothes|gloves|hat shaking|shivering|freezing|frozen|stiff|unresponsive|talk|talking|answer|answering|blue', gap: 8, unless: [...EN_GENERAL, 'how', 'should', 'school', 'kids go out'] },
  { kind: 'emergency', lang: 'se', cue: 'manai|vujii|vuojai|gahcai|gahccai|vulggii cahcai|cazzai', gap: 2, unless: [...SE_GENERAL, 'bussa'] },
  { kind: 'emergency', lang: 'se', cue: 'vuoddji|olmmos|olmmai|nisu|manna|manat lea|leat ain|vel|gitta biillas|cazis|cahces|jiena', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii|in nagot|nagat|sahte|satte|gievat|ahte vazzit|vazzi|cuozzilit|lihkadit|vastidit|vastit|vuoignat', gap: 1, unless: ['harjehallat', 'manan harjehallat', 'suohtas', 'harjehallan', 'gym', ...SE_GENERAL, 'telefovdna', 'telefovdnas', 'telefovdnii', 'telefovnna', 'e poasta', 'e poastta', 'e poasttas', 'poasta', 'poastta', 'poasttas', 'poasttaid', 'iddedis', 'idedis', 'juolgebeaivi', 'goddii mu', 'harjehallan'] },
  { kind: 'emergency', lang: 'se', cue: 'son|olmmai|nisu|manna|ahkku|addja ii vastit|vastida|vastidit|vuoigna|lihkat|lihka', gap: 1, unless: ['ii oktage vastit 114', 'vastit 114 14', 'dadja ahte ii', 'sparkkaide', 'ghosted', 'dieduide', ...SE_GENERAL, 'telefovdna', 'telefovdnas', 'telefovdnii', 'telefovnna', 'e poasta', 'e poastta', 'e poasttas', 'poasttaid'] },
  { kind: 'emergency', lang: 'se', cue: 'varda|vardda|vardet|varddai|vardagoahta oaivvis|oaivvi|njunis|giedas|ruamas|ollu|garrasit|hirbmadit', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'vealla|veallaga|vealla eatnamis|eatnamiin|muohttagis|geainnus|olggobealde|jienas|jiena', gap: 2, unless: SE_GENERAL },
];

const R14_REPORT: Rule[] = [
  // Spiked drinks; someone had been inside and things gone; a drone over the herd; a dog thrown out and left; a hit and
  // run; diesel drained; a debt-and-deport threat at work; a loan taken in one's name; sugar in the tank and cables cut;
  // Nazi stickers; pictures posted of someone; and in Sami a car hit and left, windows broken, alcohol sold to the
  // young, hateful comments.
  { kind: 'emergency', lang: 'en', cue: 'put|slipped|spiked|dropped|added something|drugs|pills|stuff|roofies in|into my|her|his|our|their drink|drinks|glass|beer', gap: 2, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|he|she|they|guy spiked|drugged|roofied me|my|her|him|us|drink', gap: 1, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hallde|hallt|la|lagt|stoppade|stoppat|droppade|blandade nat|nagot|droger|piller|tabletter|pulver i min|mitt|hennes|hans|var|deras drink|drinken|glas|glaset|ol|olen|dricka|drickan', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|people|they had|has|have been inside|in our|my|the cabin|house|flat|apartment|car|room|garage|shed|home|place|cottage', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'laptop|laptops|camera|cameras|wallet|tools|bike|bikes|skis|jewellery|jewelry|tv|passport|passports|snowmobile|generator are|is|were|was|all gone|missing|stolen', gap: 2, unless: [...EN_FOUND_AGAIN, ...EN_GENERAL, 'lost', 'forgot', 'left it', 'battery', 'lost and found'] },
  { kind: 'report', lang: 'en', cue: 'drone|drones over|above|near|around our|my|the reindeer|herd|corral|house|garden|yard|window|windows|horses|farm|kids', gap: 4, unless: [...EN_GENERAL, 'allowed', 'rules', 'can i', 'permit', 'licence', 'license', 'my drone'] },
  { kind: 'report', lang: 'sv', cue: 'dronare|dronaren|dronarna|dronare over|ovanfor|vid|runt var|vara|min|mina|renarna|renhagen|hagen|garden|huset|fonstret|hastarna|hjorden', gap: 4, unless: [...SV_GENERAL, 'tillstand', 'regler', 'far jag', 'min dronare', 'min egen'] },
  { kind: 'emergency', lang: 'en', cue: 'threw|throw|throws|dumped|dumping|dump|left|abandoned|kicked a|the|his|her|their dog|cat|puppy|kitten|dogs|cats|puppies|kittens out|in|into|on|by', gap: 3, unless: [...EN_GENERAL, 'ball', 'toy', 'sitter', 'kennel', 'with', 'at home', 'vet', 'in her will', 'in his will', 'left everything to', 'inheritance'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'slangde|slanger|slangt|dumpade|dumpar|dumpat|overgav|overger|lamnade|lamnat|sparkade ut en|sin|hunden|katten|hund|katt|valp|valpen|kattunge|kattungar|hundar|katter', gap: 2, unless: [...SV_GENERAL, 'hundvakt', 'hunddagis', 'pensionat', 'veterinar', 'hos', 'boll', 'bollen'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'migrationsverket|utvisad|utvisa|utvisar|utvisade|deportera*|uppehallstillstand* om|ifall vi|jag klagar|sager|protesterar|berattar|slutar|anmaler', gap: 4, unless: SV_IN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'deport|deported|immigration|migration|visa|permit if|unless we|i complain|say|quit|tell|report|protest', gap: 4, unless: [...EN_IN_GENERAL, 'mother in law', 'father in law', 'in laws', 'husband', 'wife', 'boyfriend', 'girlfriend', 'her son', 'his family', 'her family'] },
  { kind: 'report', lang: 'sv', cue: 'betalar|betalade|betalat|ger oss|mig|er|dem svart|under', gap: 8, unless: [...SV_GENERAL, 'hur', 'skatt', 'skatteverket'] },
  { kind: 'report', lang: 'en', cue: 'pays|paid|paying us|me|them cash|under|off|table|books', gap: 6, unless: [...EN_GENERAL, 'how', 'tax'] },
  { kind: 'report', lang: 'sv', cue: 'lan|smslan|kredit|kreditkort|abonnemang|konto|*konto|foretag|mobilabonnemang|avbetalning|kop|bestallning i|pa|med mitt|min|mina|hennes|hans|vart|pappas|mammas|farmors|mormors namn|personnummer|bankid', gap: 4, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'hur', 'eget', 'egna', 'sjalv', 'betalt', 'betald', 'avbetalt'] },
  { kind: 'report', lang: 'en', cue: 'loan|loans|credit|account|subscription|contract in|under|with my|her|his|our|mums|moms|dads name|names|personal|identity', gap: 2, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'how', 'own', 'myself'] },
  { kind: 'report', lang: 'sv', cue: 'hallt|hallde|hallit socker|sand|vatten|nat|nagot|salt|sirap i tanken|bensintanken|dieseltanken', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'skurit|skar|klippt|klippte|kapat|kapade|slitit|slet av|sonder|upp motorvarmar*|sladd*|kabel*|slang*|dack*|bromsslang*|bromsar*', gap: 3, unless: [...SV_GENERAL, 'jag klippte', 'jag skar', 'jag kapade', 'jag har klippt', 'jag har skurit', 'sjalv', 'elektriker', 'elektrikern'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|they|kids cut|slashed|punctured|sliced|poured|put my|our|the|sugar|sand tires|tyres|cable|cables|cord|brake|tank|lines', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nazist*|hakkors*|naziststymbol*|vitmakt*|nmr|nordiska klistermarken|klistermarke|affischer|lappar|klotter|klottrat|sprayat|malat|satt|symboler|flygblad|dekaler', gap: 6, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'historia', 'varldskriget', 'lektion', 'museum'] },
  { kind: 'report', lang: 'sv', cue: 'klistermarken|klistermarke|affischer|lappar|klotter|klottrat|sprayat|malat|dekaler|flygblad med|om nazist*|hakkors*|rasist*|hatiska|hot', gap: 3, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'swastika|swastikas|nazi|nazis|neonazi|neonazis|racist|hate stickers|graffiti|posters|flyers|painted|sprayed|symbols|leaflets', gap: 6, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'history', 'museum', 'ww2', 'world war'] },
  { kind: 'report', lang: 'sv', cue: 'lagger|lagt|la|postar|postat|publicerar|publicerat|delar|delat upp|ut bilder|bild|foton|filmer|videos|klipp pa|av mig|oss|henne|honom', gap: 2, unless: [...SV_GENERAL, 'med lov', 'fick lov', 'tillstand'] },
  { kind: 'report', lang: 'en', cue: 'posting|posted|posts|sharing|shared|shares|putting|put pictures|photos|pics|videos of me|us|her|him', gap: 3, unless: [...EN_GENERAL, 'permission', 'consent', 'with my',
    // The writer who posted it (review150: "my sister said she'd kill me for posting that photo of her").
    'for posting', 'i posted', 'for sharing'] },
  { kind: 'report', lang: 'se', cue: 'vujii|vuojai|vujiidii mu|min|su|du biilla|biila|biilii vuosta|vuostai|sisa', gap: 2, unless: SE_GENERAL },
  // Breaking a door or a window now (review126, a draft: "Sádde politiija deike, soames cuvke uvssa"); told with "cuvken", "cuvkii" it is over, below.
  { kind: 'emergency', lang: 'se', cue: 'cuvke|cuvket|cuvkeba uvssa|uksa|lasa|lase|lasiid|biilla', gap: 1, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'cuvken|cuvkii|cuvkkii|cuvkejedje|cuvkeje|cuvkke lasiid|lasi|lasa|uvssa|biilla|lasaid', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'vuovda|vuovdet|vuvddii|vuvde alkohol*|juhkamus*|viinni|garrenmirkk*|narkotihk* nuoraide|manaide|nuorra|nuorain|*jahkasaccaide', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'vasalas|vashalas|vasalacc* kommentar*|cal*|sag*|diea*|viesttai*', gap: 1, unless: SE_GENERAL },
];

/**
 * From the fifteenth review set (a natural mix of plain and indirect messages). Someone who cannot be woken is danger
 * now, and comes before the suicide cues that pills or drink would match ("…tagit mammas sömntabletter, hon går inte
 * att väcka"): the emergency reply is the plainer one for it.
 */
const R15_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'gar|gick inte att vacka|vackas', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'pa morgonen', 'pa morgnarna', 'till skolan', 'i tid', 'pa helgerna', 'helgerna', 'tonaring', 'tonaringen'] },
  { kind: 'emergency', lang: 'sv', cue: 'kan|kunde|lyckas inte vacka honom|henne|hen|pappa|mamma|dem|dom', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'pa morgonen', 'pa morgnarna', 'till skolan', 'i tid', 'pa helgerna', 'helgerna', 'tonaring', 'tonaringen'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt|unable wake|rouse him|her|them|dad|mum|mom|he|she', gap: 2, unless: [...EN_GENERAL, ...JOKING, 'for school', 'in the morning', 'mornings', 'on time', 'alarm', 'weekends'] },
];

const R15_SUICIDE: Rule[] = [
  // Better off with the life insurance; cutting or burning one's arms or thighs, or oneself with cigarettes; searches
  // on freezing to death; a goodbye texted and a phone off; walking out on the ice and going on; "har inte velat
  // leva"; "så slipper ni mig"; jumping into the mine shaft; a picture of a rope posted.
  { kind: 'suicide', lang: 'en', cue: 'better off insurance|insurance', gap: 4, unless: [...EN_GENERAL, 'cheaper', 'quote', 'quotes', 'premium', 'policy for', 'car', 'home insurance'] },
  { kind: 'suicide', lang: 'sv', cue: 'battre livforsakring*|forsakringspeng*|forsakringen', gap: 5, unless: [...SV_GENERAL, 'billigare', 'premie', 'premien', 'bilen', 'hemforsakring', 'hemforsakringen'] },
  { kind: 'suicide', lang: 'en', cue: 'cuts|cutting|burns|burning|scratches|scratching|carves|carving her|his|their|my thighs|arms|wrists|legs|stomach|skin|belly', gap: 1, unless: [...EN_GENERAL, 'cooking', 'shaving', 'accident', 'by accident', 'oven', 'stove', 'sun', 'sunburn', 'cat', 'kitten'] },
  { kind: 'suicide', lang: 'sv', cue: 'skurit|skar|skar|rispat|rispar|rispade|brant|branner|brande sig|mig pa|i armarna|armen|laren|handlederna|handleden|benen|magen|huden', gap: 2, unless: [...SV_GENERAL, 'av misstag', 'kniven', 'glaset', 'spisen', 'ugnen', 'solen', 'spik', 'spiken', 'taggtrad', 'katten', 'motorsagen', 'motorsag', 'sagen', 'yxan', 'glaset', 'pa jobbet', 'olycka', 'han skar sig', 'hon skar sig'] },
  { kind: 'suicide', lang: 'sv', cue: 'branner|brande|brant|brann mig|sig med cigg|ciggen|cigaretter|cigarett|cigaretten|tandare|tandaren|strykjarn|strykjarnet', gap: 2, unless: [...SV_GENERAL, 'av misstag', 'rakade'] },
  { kind: 'suicide', lang: 'en', cue: 'burn|burns|burned|burnt|burning myself|herself|himself|themselves with cigarettes|cigarette|cigs|lighter|lighters|iron', gap: 2, unless: [...EN_GENERAL, ...EN_BY_MISTAKE] },
  { kind: 'suicide', lang: 'en', cue: 'looked|searched|googled|checked freeze|froze|freezing to death', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'pipes', 'plants', 'reindeer', 'dog', 'dogs', 'animals', 'cows', 'birds'] },
  { kind: 'suicide', lang: 'sv', cue: 'googlade|googlat|kollade|kollat|sokte|sokt|laste frysa|fryser|frose|fros ihjal', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'ror', 'roren', 'vattenledningen', 'plantor', 'renar', 'hunden', 'djur', 'faglar'] },
  // A goodbye to everyone posted, and no answer since (review79: "just posted 'goodbye everyone, it's done' on Snapchat.
  // She's not answering").
  { kind: 'suicide', lang: 'en', cue: 'goodbye|bye everyone|everybody|all not|isnt|wont|doesnt answering|answer|responding|picking', gap: 8, unless: [...EN_GENERAL, 'last day', 'retire', 'retired', 'leaving', 'new job', 'moving', 'party', 'holiday', 'vacation'] },
  { kind: 'suicide', lang: 'en', cue: 'texted|wrote|sent|messaged|posted|said thank|thanks|goodbye|bye for|to everything|everyone|all', gap: 3, unless: [...EN_GENERAL, 'last day', 'retire', 'retired', 'retirement', 'leaving', 'new job', 'moving', 'party', 'wedding', 'birthday', 'gift', 'present', 'dinner', 'help', 'card'] },
  { kind: 'suicide', lang: 'sv', cue: 'skrev|smsade|messade|skickade|sa|postade tack|hejda|farval for|till allt|alla', gap: 3, unless: [...SV_GENERAL, 'sista dag', 'sista dagen', 'pension', 'pensionen', 'slutar', 'flyttar', 'nytt jobb', 'festen', 'fest', 'brollop', 'brollopet', 'kalas', 'kalaset', 'present', 'presenten', 'middag', 'middagen', 'hjalpen', 'kort'] },
  { kind: 'suicide', lang: 'en', cue: 'walk|walking|go|going|ski|skiing out|onto|into lake|ice|fell|fells|mountains|snow|tornetrask keep|keeps|never|not walking|going|skiing|coming|come', gap: 6, unless: [...EN_GENERAL, 'tour', 'guide', 'trip', 'hike', 'hiking', 'fishing', 'safe', 'thick', 'lights', 'aurora', 'island', 'back to the car'] },
  { kind: 'suicide', lang: 'sv', cue: 'isen|sjon|fjallet|tornetrask|vidderna fortsatta|fortsatter|aldrig ga|gaende|komma|tillbaka', gap: 5, unless: [...SV_GENERAL, 'tur', 'guide', 'guiden', 'fiska', 'pimpla', 'saker', 'tjock', 'norrsken', 'norrskenet', 'skoterleden'] },
  { kind: 'suicide', lang: 'sv', cue: 'velat|orkat|ville|orkade inte leva|finnas', gap: 1, unless: [...SV_IN_GENERAL, 'leva i kiruna', 'bo i kiruna', 'flyttar', 'utan kaffe', 'utan kaffet', 'utan choklad', 'utan godis', 'utan mobilen', 'utan min mobil', 'utan wifi', 'utan internet', 'utan netflix', 'utan snus'] },
  { kind: 'suicide', lang: 'sv', cue: 'inte velat|orkat leva|finnas', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'sa slipper ni|du|alla|folk|dom|de mig', gap: 1, unless: ['semester', 'ledig', 'sommarlov', 'flyttar', 'flytta', 'jobb', 'jobbet', 'praktik', 'resa', ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'hoppa|hoppar|hoppade|kasta|kastar|slanga schaktet|gruvhalet|stupet|schakt|forsen|raset', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'sommar', 'badar', 'bada'] },
  { kind: 'suicide', lang: 'sv', cue: 'bild|foto|story|storyn|video|bilden|fotot pa|av ett|en rep|repet|snara|snaran|rakblad', gap: 2, unless: [...SV_GENERAL, 'klattring', 'klattra', 'segling', 'bat', 'baten', 'hund', 'hunden', 'saljes', 'kopa', 'blocket'] },
  { kind: 'suicide', lang: 'en', cue: 'picture|photo|pic|story|video|post of|with a|the rope|noose|razor|razors', gap: 2, unless: [...EN_GENERAL, 'climbing', 'sailing', 'boat', 'dog', 'sale', 'buy', 'knot', 'knots'] },
];

const R15_DOMESTIC: Rule[] = [
  // Screams and thuds from a neighbour's flat, a woman crying "stop"; afraid to go home; shame brought on the family;
  // and in Sami a GPS put on one's car by an ex, "he always knows where I am".
  { kind: 'domestic', lang: 'sv', cue: 'skriks|skrik|skrikande|skriker|brak|brakar dunsar|dunsande|duns|smallar|small|slag|krasch|kraschar|grater', gap: 4, unless: ['call of duty', 'med headset', 'spelar', 'visade sig att grannen', ...SV_GENERAL, ...FICTION, 'fest', 'festen', 'fotboll', 'matchen', 'leker', 'renoverar', 'renovera', 'borrar', 'bebis', 'bebisen', 'lkab', 'det small', 'sprangningen'] },
  { kind: 'domestic', lang: 'sv', cue: 'kvinna|kvinnan|tjej|tjejen|hon|barn|barnet|grannen|frun grater|skriker|ropar|sager|skrek|ropade sluta|slapp', gap: 4, unless: ['fake news', 'sluta med trafikkontroller', ...SV_GENERAL, ...FICTION, 'leker', 'lek', 'trotsaldern'] },
  { kind: 'domestic', lang: 'en', cue: 'screaming|yelling|shouting|crying thuds|thumping|banging|crashing|crashes|bangs|thud', gap: 4, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'all day', 'my kids', 'kids are', 'party', 'football', 'game', 'playing', 'renovating', 'drilling', 'baby'] },
  { kind: 'domestic', lang: 'en', cue: 'woman|she|girl|child|kid|wife crying|screaming|yelling|saying|shouting|say|says stop|let', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'playing', 'tantrum'] },
  { kind: 'domestic', lang: 'sv', cue: 'radd|radda att|for ga|aka|komma hem', gap: 2, unless: ['fran stan', 'fran krogen', 'fran centrum', 'pa natten', 'i morkret', 'ensam'] },
  { kind: 'domestic', lang: 'en', cue: 'scared|afraid|frightened|terrified to|of go|going|come|coming home', gap: 2, unless: [...EN_GENERAL, 'from the pub', 'in the dark', 'at night', 'alone at night', 'from town'] },
  { kind: 'domestic', lang: 'sv', cue: 'dragit|drar|drog|dra|fort|forde|bringat skam|vanara|vanheder over|pa|for', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, ...FICTION, 'historia'] },
  { kind: 'domestic', lang: 'en', cue: 'brought|bringing|brings|bring shame|dishonour|dishonor on|to|upon', gap: 2, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, ...FICTION, 'history'] },
  { kind: 'domestic', lang: 'se', cue: 'bidjan|biddii|bidja|bidjame gps|airtag*', gap: 3, unless: [...SE_GENERAL, 'sahttago', 'sahttagos', 'bohccuide', 'bohccuid', 'bohccui', 'beatnagii', 'beatnaga', 'njuolggadusat', 'leago lobalas'] },
  { kind: 'domestic', lang: 'se', cue: 'diehta|dihtet|diehtet alo|agibeaivve|eara gos', gap: 1, unless: SE_GENERAL },
];

const R15_EMERGENCY: Rule[] = [
  // Not answering for hours, or on the radio; a car in the river, lights under the water; a fire that spreads; a break-
  // in heard or someone in the storeroom now; carbon monoxide with dizziness; a child who ate pills; and in Sami an
  // accident where a person ("olmmoš") does not answer.
  { kind: 'emergency', lang: 'en', cue: 'hours|hrs|hour ago isnt|not|hasnt|havent|wont|arent answering|answered|responding|responded|replying|picking|picked', gap: 8, unless: [...EN_GENERAL, 'email', 'emailed', 'mail', 'municipality', 'council', 'office', 'customer', 'support', 'shop', 'store', 'landlord', 'company', 'message', 'form', 'application', 'booking', 'chat'] },
  { kind: 'emergency', lang: 'en', cue: 'isnt|not|hasnt|stopped answering|responding the|his|her|their radio', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'timmar|timme sen|sedan svarar|svarat inte', gap: 8, unless: [...SV_GENERAL, 'mejl', 'mejlet', 'mail', 'kommunen', 'kundtjanst', 'butiken', 'hyresvarden', 'foretaget', 'arende', 'arendet', 'ansokan', 'chatten'] },
  { kind: 'emergency', lang: 'en', cue: 'car|bus|truck|van|snowmobile|vehicle went|drove|slid|crashed|plunged|rolled|fell into|in|through river|lake|water|sea|ice|harbour|harbor', gap: 4, unless: [...EN_GENERAL, ...NO_HARM_NOW, 'car wash'] },
  { kind: 'emergency', lang: 'en', cue: 'headlights|taillights|lights|car|roof|vehicle|van under water|ice', gap: 2, unless: [...EN_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: 'fire|flames|blaze|smoke spreading|spreads|spread|reaching|reached|jumped|jumping to|towards|into', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'rumour', 'rumor', 'news', 'word', 'disease', 'virus', 'flu', 'warmth', 'heat', 'fireplace', 'stove'] },
  { kind: 'emergency', lang: 'sv', cue: 'branden|elden|lagorna|roken|brand|eld sprider|spred|sprids|spritt|tar|tog sig|till|mot', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'brasan', 'brasa', 'kaminen', 'spisen', 'grillen', 'eldstaden', 'varme', 'rykte', 'ryktet', 'smitta'] },
  { kind: 'emergency', lang: 'sv', cue: 'bryter|bander|brakar|sparkar|rycker|borrar|borrade|forsoker pa|upp|in laset|hanglaset|*dorren|*dorr|*fonstret|porten|dorrarna', gap: 3, unless: [...SV_GENERAL, 'nyckel', 'nyckeln', 'nycklarna', 'utelast', 'lassmed', 'lasmed', 'lasmeden', 'jag bryter', 'vi bryter', 'jag forsoker', 'frusit', 'fastfruset', 'fastfrusen', 'karvar'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'nan|nagon|nagra|folk|tjuvar i|inne|inni *forrad|*forradet|kallaren|kallarn|garaget|stugan|huset|lagenheten|vinden|boden nu', gap: 4, unless: [...SV_GENERAL, 'hantverkare', 'hantverkarna', 'rormokare', 'rormokaren', 'elektriker', 'elektrikern', 'stadar', 'stadaren', 'hyresvarden'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'hear|hearing|heard someone|somebody|them|people|guys breaking|forcing|prying|kicking|smashing|trying', gap: 3, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kolmonoxid*|koloxid* yr|yra|yrsel|krakts|kraks|kraktes|spyr|spytt|huvudvark|illamaende|illa|svimmat|svimmade|tjuter|piper|larmar|larmat|ljuder', gap: 8, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'batteri', 'batteriet', 'byta', 'testa', 'testar', 'kopa', 'koper'] },
  { kind: 'emergency', lang: 'en', cue: 'monoxide dizzy|vomiting|vomited|threw|headache|headaches|going|beeping|sounding|passed|sick|nauseous|confused', gap: 8, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'battery', 'batteries', 'test', 'testing', 'buy', 'install'] },
  { kind: 'emergency', lang: 'sv', cue: 'son|sonen|dotter|dottern|barnet|barn|bebisen|ungen|lillebror|lillasyster|*aring|*aringen atit|at|svalt|svalde|slukat|slukade|druckit|drack *tabletter|*tabletterna|piller|pillren|medicin*|tvattmedel|diskmedel|tvattkaps*|lampolja|rengoringsmedel', gap: 4, unless: [...SV_IN_GENERAL, ...SV_AS_PRESCRIBED, 'vad gor ni', 'om nagon', 'om ett barn', 'ifall', 'far man', 'hur manga barn', 'hur manga ungar', 'hur vanligt', 'hur ofta', 'statistik', 'vitaminer', 'vitamin'] },
  { kind: 'emergency', lang: 'en', cue: 'son|daughter|kid|child|toddler|baby|boy|girl|grandson|granddaughter|old ate|swallowed|eaten|drank|chewed pills|tablets|meds|medicine|medication|detergent|pods|bleach|batteries|battery', gap: 4, unless: [...EN_GENERAL, 'as prescribed', 'doctor said', 'vitamins', 'vitamin'] },
  { kind: 'emergency', lang: 'se', cue: 'olmmos|olbmos ii vastit|vastida|vastidit|vuoigna|lihkat|lihka', gap: 1, unless: ['harjehalaimet', 'kurssas', 'vuosttasveahki', ...SE_GENERAL, 'telefovdna', 'telefovdnas', 'telefovdnii', 'telefovnna', 'e poasta', 'e poastta', 'e poasttas', 'poasttaid'] },
];

const R15_REPORT: Rule[] = [
  // Things taken ("my kicksled … got taken", "sparken norpades"); dogs left with no shelter or food; a fake rental ad;
  // snus and vodka sold to children; an adult asking a child for pictures; driving through a reindeer corral; "we know
  // who did it"; and in Sami hate written on one's door.
  { kind: 'report', lang: 'en', cue: 'kicksled|sled|sledge|bike|bicycle|bag|bags|wallet|purse|phone|skis|snowmobile|stroller|pram|jacket|scooter got|was|were|been|gets taken|nicked|swiped|pinched|snatched|grabbed', gap: 3, unless: [...EN_GENERAL, ...EN_BY_MISTAKE, 'to the', 'to be', 'for repair', 'towed', 'lost and found', 'care'] },
  { kind: 'report', lang: 'sv', cue: '*sparken|sparkstotting*|cykel*|vaskan|vaska|planbok*|mobil*|skidor*|skoter*|barnvagn*|jacka|jackan|kassen|kassarna|matkassarna togs|tagits|norpades|norpad|norpat|pallades|pallad|pallat|knyckt|knycktes|knyckte', gap: 3, unless: [...SV_GENERAL, 'av misstag', 'hittegods', 'bogserad', 'bargad', 'verkstaden', 'omhand'] },
  { kind: 'report', lang: 'en', cue: 'dog|dogs|horse|horses|cat|cats|puppy|puppies|animals|huskies no|without|never|any shelter|food|water|heat', gap: 10, unless: [...EN_GENERAL, 'how long can', 'can a dog', 'can dogs', 'can i leave', 'is it ok', 'should i', 'my dog', 'my dogs', 'dog shelter', 'animal shelter'] },
  { kind: 'report', lang: 'sv', cue: 'hund|hundar|hundarna|hunden|hastar|hastarna|katter|katterna|djuren utan|inget|ingen|aldrig mat|vatten|skydd|tak|varme|foder', gap: 10, unless: ['pa fotterna', 'under tacket', 'katten attackerade', ...SV_GENERAL, 'min hund', 'mina hundar', 'hur lange', 'kan man', 'hundpensionat'] },
  { kind: 'report', lang: 'sv', cue: 'vanskott*|vanvard*|djurplag*|misskott*', unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'neglected|neglecting|neglects|starving|starved|mistreated|mistreating|mistreats dog|dogs|horse|horses|cat|cats|animals|puppy|puppies', gap: 3, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'fake|scam|fraudulent|bogus rental|listing|listings|ad|ads|advert|site|website|booking|bookings|profile|account|invoice|invoices', gap: 1, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'how to spot', 'how do i know', 'how can i tell'] },
  { kind: 'report', lang: 'sv', cue: 'falsk|falska|fejk|fejkad|fejkade|bluff annons|annonsen|annonser|sajt|sajten|hemsida|hemsidan|bokning|bokningar|konto|kontot|profil|profilen|faktura|fakturor', gap: 1, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'kanna igen', 'hur vet', 'hur ser'] },
  { kind: 'report', lang: 'en', cue: 'selling|sells|sold|giving|gives|gave|handing|buying|buys|bought snus|vodka|booze|alcohol|beer|cigarettes|cigs|vapes|vape|weed|drugs|liquor|spirits|moonshine to|for kids|minors|teens|teenagers|students|children|underage|olds|schoolkids|youngsters', gap: 4, unless: [...EN_GENERAL, 'age limit', 'how old'] },
  { kind: 'report', lang: 'en', cue: `${EN_AN_ADULT} asking|asked|asks|begging|pressuring|pressured|pestering|keeps for|her|him|my|them nudes|pics|pictures|photos|nude`, gap: 4, unless: [...EN_GENERAL, 'passport', 'insurance', 'damage', 'school photos'], inGames: true },
  // review86: "some adult in fortnite voice chat keeps asking my little brother (11) to send pics".
  { kind: 'report', lang: 'en', cue: `${EN_AN_ADULT} asking|asked|asks|begging|pressuring|pressured|pestering|keeps|telling my|her|him|them|me to send|share pics|pictures|photos|nudes|selfies`, gap: 6, unless: [...EN_GENERAL, 'passport', 'insurance', 'damage', 'school photos'], inGames: true },
  // An older stranger asking a child whether they are home alone (review85: "a guy like 25 keeps adding me on snap and
  // asking if im home alone. im 13").
  // review86: "A man we don't know messaged my 9 year old on her tablet asking if she was home alone and what she was wearing"
  // (EN_GENERAL's "if she" would rule it out).
  // review86: "En kille i Roblox som säger att han är 25 vill att min son ska skicka bilder på sig själv".
  { kind: 'report', lang: 'sv', cue: `${SV_A_STRANGER} vill|ber|bad|tjatar|lovar skicka|skickar bilder|nakenbilder|nudes|foton`, gap: 8, unless: SV_GENERAL, inGames: true },
  { kind: 'report', lang: 'en', cue: `${EN_A_STRANGER} asking|asks|asked if|whether im|i+am|i+was|she+was|he+was|she+is|he+is|they+were|they+are home+alone|alone+at+home`, gap: 12, unless: EN_IN_GENERAL, inGames: true },
  { kind: 'report', lang: 'en', cue: `${EN_A_STRANGER} asking|asks|asked what+she|what+he|what+im|what+i|what+they wearing|was+wearing|is+wearing|were+wearing|has+on|had+on`, gap: 12, unless: EN_IN_GENERAL, inGames: true },
  { kind: 'report', lang: 'sv', cue: `${SV_A_STRANGER} fragar|fragade|fraga om jag|hon|han|du ar|var ensam+hemma|sjalv+hemma|hemma+ensam|hemma+sjalv`, gap: 12, unless: SV_GENERAL, inGames: true },
  // Sami (review86, drafts): an adult online who asked a child whether she is alone at home, or for pictures.
  { kind: 'report', lang: 'se', cue: 'ravesolmmos|ravis+olmmos|olmmai|albmai jearai|jearra|jearrat okto+ruovttus|ruovttus+okto', gap: 8, unless: SE_GENERAL, inGames: true },
  { kind: 'report', lang: 'se', cue: 'ravesolmmos|ravis+olmmos|olmmai|albmai bivddii|bivdda|jearai|jearra saddet|saddegoahtit govaid|gova|govaid', gap: 6, unless: SE_GENERAL, inGames: true },
  { kind: 'report', lang: 'sv', cue: 'tjatat|tjatar|tjatade om|efter|pa bilder|bild|nakenbilder|nudes|nakenbild|foton', gap: 2, unless: [...SV_GENERAL, 'jag tjatar', 'jag tjatade'] },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kort|akte|aker|jagar|jagade|jagat|skrammer|skramde genom|igenom|i|over rengarde*|renhag*|hjord*|renarna|vajorna|betesmark*', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'know|knows|knew who did|stole|took|broke|sprayed|sold|sells|hit|robbed|dumped', gap: 1, unless: [...EN_GENERAL, 'dont know', 'do you know', 'not know', 'no one knows', 'nobody knows', 'anyone know', 'want to know', 'if you know'] },
  { kind: 'report', lang: 'sv', cue: 'vet vem|vilka som|det gjorde|gjort|snodde|snott|stal|stulit|tog|sprayade|klottrade|klottrat|slog|salde|langar|kor', gap: 2, unless: [...SV_GENERAL, 'vet ni', 'vet du', 'vet inte', 'vet nan', 'vet nagon', 'inte vet', 'undrar'] },
  { kind: 'report', lang: 'se', cue: 'callan|callii|callen|calai|callet uksii|uksa|uvssa|seaini|seainni|biilii|biilla|lasii', gap: 4, unless: SE_GENERAL },
];

/**
 * From the sixteenth review set (a natural mix; first sight 67 of 110 alarms on the rules written from review15 and
 * before). Plain plans and means said in words no rule had: all the sleeping pills tonight, a lethal dose for my
 * weight, sure not to survive, an empty pill bottle, affairs in order, a better life with a different mum, "låta isen ta
 * mig", better off without him said by a father now locked in with a rifle; and in Sami better if I disappeared.
 */
const R16_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: `tar|ta|tanker ${MANY}|alla|allt ${SV_PILLS}|sovtabletter|somntabletterna`, gap: 1, unless: [...SV_IN_GENERAL, ...SV_AS_PRESCRIBED, 'varje dag', 'varje morgon', 'varje kvall', 'pa morgonen', 'frukost', 'till frukost', 'med maten', 'middag', 'middagen', 'lunch', 'lunchen', 'kvallsmedicin', 'kvallsmedicinen', 'apoteket'] },
  { kind: 'suicide', lang: 'en', cue: `take|taking|swallow|swallowing ${MANY}|all|every|the ${EN_PILLS}|pill`, gap: 2, unless: [...EN_IN_GENERAL, 'as prescribed', 'doctor said', 'every day', 'every morning', 'in the morning', 'with food', 'breakfast', 'lunch', 'dinner', 'meal', 'meals', 'pharmacy', 'vitamins', 'on holiday', 'on the trip'] },
  { kind: 'suicide', lang: 'en', cue: 'lethal|deadly|fatal my|me|i|im weight|weigh|size|kg|kilos', gap: 3, unless: [...EN_IN_GENERAL, 'dog', 'cat', 'child', 'toddler', 'baby'] },
  { kind: 'suicide', lang: 'sv', cue: 'dodlig|dodliga|dodligt min|jag vikt|vager|storlek|kg|kilo', gap: 3, unless: [...SV_IN_GENERAL, 'hund', 'hunden', 'katt', 'katten', 'barn', 'barnet', 'bebis'] },
  { kind: 'suicide', lang: 'sv', cue: 'sakert|saker att man|jag inte overlever|overleva|klarar', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'olyckan', 'olycka', 'fallskarm', 'sager att jag', 'sager att man', 'sa att jag'] },
  { kind: 'suicide', lang: 'en', cue: 'sure|certain|guarantee i|you|one|it dont|wont|not|doesnt survive|wake', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, 'accident', 'crash', 'plants', 'fish'] },
  { kind: 'suicide', lang: 'en', cue: 'empty pill|pills|medicine|medication|tablet|tablets bottle|bottles|jar|packet|packets|box|blister', gap: 1, unless: [...EN_GENERAL, 'recycle', 'recycling', 'pharmacy', 'return', 'refill'] },
  { kind: 'suicide', lang: 'sv', cue: 'tom|tomma|tomt tablettburk*|pillerburk*|medicinburk*|burk|burken|burkar|forpackning*|kartor|kartorna|kartan', gap: 2, unless: [...SV_GENERAL, 'apoteket', 'atervinning', 'atervinningen', 'lamna tillbaka', 'pant', 'panta', 'fylla pa'] },
  { kind: 'suicide', lang: 'en', cue: 'put|putting|got|getting|sorted|sorting my affairs|things|papers in|into order', gap: 2, unless: [...EN_GENERAL, 'move', 'moving', 'tax', 'taxes', 'new job', 'before the trip', 'holiday'] },
  { kind: 'suicide', lang: 'en', cue: 'better|happier life|lives|off with|without a|another different|new mum|mom|dad|mother|father|parent', gap: 3, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'battre|lyckligare med|utan en annan|ny mamma|pappa|foralder', gap: 3, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'lata|later|lat isen|den|kylan|vattnet|alven|sjon|snon|fjallet|havet ta mig', gap: 2, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'let the ice|cold|water|lake|river|snow|sea take me', gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'sa|sager|skrev|tycker|tror battre|lattare utan honom|henne|mig', gap: 6, unless: [...SV_GENERAL, 'jobbet', 'bilen'] },
  { kind: 'suicide', lang: 'sv', cue: 'last|lasit|stangt|stangde in sig|mig gevar*|jaktgevar*|bossan|vapnet|vapen|pistolen|kniven|tabletterna', gap: 6, unless: [...SV_GENERAL, ...SV_HUNTING, 'vapenskap', 'vapenskapet'] },
  // (Not SE_GENERAL: its "jus" (if) is this cue's own word.)
  { kind: 'suicide', lang: 'se', cue: 'buoret jus|go mun|in javk*|jam*', gap: 2 },
];

const R16_DOMESTIC: Rule[] = [
  // An ex who waits outside one's work since the break-up; in broken Swedish "min man slå mig"; in Sami an ex-husband
  // who threatens and comes to the door.
  { kind: 'domestic', lang: 'en', cue: 'broke|split up waits|waiting|follows|following|shows|turns|stands|watching|stalks|stalking|parks|texts|calls', gap: 8, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'gjorde|gjort|tog slut vantar|star|foljer|dyker|dok|ringer|smsar|bevakar', gap: 8, unless: SV_GENERAL },
  // Not a pupil's parent (review89: "En pappa hotade att slå ihjäl mig på utvecklingssamtalet igår").
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE} sla|slaa mig|oss|barnen`, gap: 2, unless: ['ihjal mig nar hon ser', 'ihjal mig nar han ser', 'ihjal mej nar hon ser', ...SV_GENERAL, 'inte sla', 'far inte', 'sla i', ...SV_SOMEONES_PARENT] },
  { kind: 'domestic', lang: 'se', cue: 'ovdde* olmmai|boadnji|eamit|moarsi|irgi|ustit|ustibat aita|aitii|cabma|capmii|boahta|cuovvu', gap: 3, unless: SE_GENERAL },
];

const R16_EMERGENCY: Rule[] = [
  // A head knocked and confusion; a drunk about to start a snowmobile; a child someone tried to get into a van; a van
  // rolled over with someone screaming inside; masked men going in; glass heard breaking; soaked and shaking after
  // the ice broke; a child lost in a crowd; ice cold to the touch; nobody getting out of a car in the ditch; stomping on
  // someone; no contact with a teen on the floor; someone trying to force a window, breaking into storage cages; an
  // old man lying oddly after a fall; no answer to a knock; a school attack announced; and in Sami a man outside who
  // shouts he will kill them all, someone coming in now, youths fighting and one has a knife.
  { kind: 'emergency', lang: 'en', cue: 'hit|banged|bumped|knocked|smashed his|her|their|my head confused|asking|repeating|vomiting|vomited|dizzy|drowsy|sleepy|unconscious|blacked|remember', gap: 8, unless: [...EN_GENERAL, ...NO_HARM_NOW, 'lol', 'haha', 'for a second', 'shelf', 'cupboard'] },
  { kind: 'emergency', lang: 'sv', cue: 'slog|slagit|bankade|dunkade i huvudet|skallen forvirrad|fragar|fragor|kraks|krakts|kraktes|yr|minns|dasig|medvetslos|somnig', gap: 8, unless: [...SV_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: `${EN_DRUNK}|hammered|plastered guy|man|woman|driver|dad|he|she trying|about|going|getting start|drive|behind|into`, gap: 3, unless: [...EN_GENERAL, 'taxi', 'uber'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'tried|trying|wanted get|make|lure|persuade daughter|son|kid|kids|child|children|girl|boy get|come|go in|into|with|inside', gap: 3, unless: [...EN_GENERAL, 'bed', 'bath', 'homework', 'school bus', 'car seat'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'forsokte|forsoker|ville fa|locka|lura dottern|sonen|barnet|barnen|min|mitt|flickan|pojken|tjejen hoppa|folja|kliva|satta|ga in|med', gap: 3, unless: [...SV_GENERAL, 'sangen', 'badet', 'laxan', 'skolbussen', 'bilbarnstolen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'car|van|bus|truck|vehicle|snowmobile|it rolled|flipped|overturned over|onto|on', gap: 3, unless: [...EN_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|he|she|people|they|kids inside|trapped is|are screaming|yelling|crying|moaning|stuck', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'game'] },
  { kind: 'emergency', lang: 'sv', cue: 'voltade|voltat|rullade|valte|valtes|valt|ligger|lade pa|over taket|sidan|runt', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'katten', 'hunden', 'sangen', 'soffan'] },
  { kind: 'emergency', lang: 'en', cue: 'masked|masks|balaclava|balaclavas went|going|broke|breaking|in|into|inside|outside', gap: 4, unless: [...EN_GENERAL, 'halloween', 'party', 'costume', 'hockey'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'heard|hear|hearing glass|window|windows shatter|shattered|shattering|smash|smashed|smashing|break|breaking', gap: 3, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hor|horde|hors glas|fonster|rutan|ruta|fonstret krossas|krossades|splittras|krasar|sonder', gap: 3, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'soaked|wet|drenched shaking|shivering|freezing|blue', gap: 4, unless: ['scarf', 'the one freezing', ...EN_GENERAL, ...FICTION, 'dog', 'laundry', 'rain', 'clothes'] },
  { kind: 'emergency', lang: 'en', cue: 'ice cracked|broke|gave under|way', gap: 2, unless: [...EN_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt find our|my daughter|son|kid|child|boy|girl|toddler|grandma|grandpa|dad|mum|mom', gap: 2, unless: [...EN_GENERAL, 'phone', 'keys', 'jacket', 'school', 'number'] },
  { kind: 'emergency', lang: 'en', cue: 'lost our|my daughter|son|kid|child|boy|girl|toddler|grandma|grandpa|dad|mum|mom', gap: 2, unless: [...EN_GENERAL, ...NO_HARM_NOW, 'passed away', 'died', 'cancer', 'custody', 'years ago', 'lost touch', 'lost my daughter to', 'lost my son to', 'phone', 'keys', 'funeral', 'grief', 'grieving', 'widower', 'widow', ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((month) => [`mum in ${month}`, `mom in ${month}`, `dad in ${month}`]), 'for like 5 minutes', 'for 5 minutes', 'five minutes', 'heart attack mode', 'found her', 'found him'] },
  { kind: 'emergency', lang: 'sv', cue: 'tappat|tappade bort var|vart|min|mitt dotter|dottern|son|sonen|barnet|lillebror|lillasyster|mormor|morfar|farmor|farfar', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'kontakten', 'dog', 'gick bort', 'nycklar', 'mobilen'] },
  { kind: 'emergency', lang: 'sv', cue: 'hittar|ser inte var|vart|min|mitt dotter|dottern|son|sonen|barnet|lillebror|lillasyster|mormor|morfar|farmor|farfar', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'kontakten', 'dog', 'gick bort', 'nycklar', 'mobilen'] },
  { kind: 'emergency', lang: 'sv', cue: 'kan|kunde inte hitta var|vart|min|mitt dotter|dottern|son|sonen|barnet|lillebror|lillasyster|mormor|morfar|farmor|farfar', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'kontakten', 'dog', 'gick bort', 'nycklar', 'mobilen'] },
  { kind: 'emergency', lang: 'en', cue: 'cold to|the touch', gap: 1, unless: [...EN_GENERAL, 'drink', 'beer', 'water', 'radiator', 'food', 'window', 'coffee', 'tea'] },
  { kind: 'emergency', lang: 'sv', cue: 'iskall|iskalla|kall|kalla att|vid ta|pa', gap: 1, unless: [...SV_GENERAL, 'olen', 'drickan', 'elementet', 'maten', 'kaffet', 'fonstret'] },
  { kind: 'emergency', lang: 'en', cue: 'nobody|noone getting|got|came|coming|moving|climbing out|moving', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'no one getting|got|came|coming|moving|climbing', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'ingen kommer|kliver|gar|tar|tog sig|ut|ur', gap: 2, unless: [...SV_GENERAL, 'ingen kommer ut med', 'information'] },
  { kind: 'emergency', lang: 'en', cue: 'stomping|stomped|stamping|stamped|jumping on someone|somebody|some|a|him|her|his|the kid|guy|man|head|face|boy|girl', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'snow', 'boots'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'far|fick ingen kontakt', gap: 1, unless: [...SV_GENERAL, 'kommunen', 'myndigheten', 'handlaggaren', 'skolan', 'mejl', 'hyresvarden', 'kundtjanst', 'forsakringskassan'] },
  { kind: 'emergency', lang: 'sv', cue: 'forsoker|forsokte|forsokt dra|bryta|banda|peta|oppna|ta upp|in|sig mitt|vart|fonstret|fonster|dorren|dorr|altandorren', gap: 3, unless: ['jag forsoker', 'vi forsoker', 'nyckel', 'nyckeln', 'fastnat', 'fruset', 'frusen', 'ratt'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bryter|bander|bande|brakar|sparkar upp|in|pa *burarna|*buren|*forrad|*forradet|*forraden|skapet|skapen|bilen|bildorren', gap: 3, unless: [...SV_GENERAL, 'jag bryter', 'vi bryter', 'nyckel', 'nyckeln'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ligger konstigt|snett|vridet', gap: 2, unless: [...SV_GENERAL, 'sover', 'soffan', 'sangen', 'tavlan', 'bilden', 'mattan', 'skylten'] },
  { kind: 'emergency', lang: 'sv', cue: 'svarar|oppnar|reagerar inte nar|pa jag|vi knackar|bankar|ropar|skakar', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'doesnt|isnt|not|wont answer|answering|respond|responding|open|opening when|to i|we knock|knocked|knocking|bang|banging|shout|shouting|shake', gap: 2, unless: EN_GENERAL },
  // The office printer (everyday52: "I'm about to shoot the office printer").
  { kind: 'emergency', lang: 'en', cue: 'shoot|bomb|blow|attack up|the|a|our|my school|highschool|mall|church|mosque|synagogue|concert|office|high', gap: 3, unless: ['printer', 'skrivaren', ...EN_GENERAL, ...FICTION, 'short', 'horror', 'school project', 'game', 'photos', 'video', 'photo', 'pictures', 'film', 'basketball', 'hoops', 'shot'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skjuta|spranga|attackera|bomba|skjuter|spranger skolan|gymnasiet|skola|kopcentrum|kopcentret|kyrkan|mosken', gap: 3, unless: [...SV_GENERAL, ...SV_HUNTING, ...FICTION, 'bilder', 'foto', 'film', 'spelet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'godda|goddit|goddet|goddan min|buohkaid|du|su|sin', gap: 2, unless: ['busehtta', 'busehta', 'gavpoga', 'luoikkasin', 'skohtera', ...SE_GENERAL, ...SE_HUNTING, 'bohccuid', 'bohcco', 'boazu', 'beatnaga', 'misiid', 'gumpe', 'gumpet', 'geatki', 'bierdna', 'goaskin', 'finalas', 'finala', 'speallus', 'spealus', 'dalki', 'dat dalki', 'juovlaplana', 'aigemearri', 'ovdanbuktima', 'hoavda goddii', 'cs', 'minecraft', 'minecraftas', 'fortnite', 'fortniteas', 'boahtte vuorus', 'oahpaheaddji godda', 'ruovttubarggu', 'ruovttubargguid', 'albbas', 'leanastivra'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'se', cue: 'muhtun|soames|olmmos|olbmot|olmmai boahta|bohtet|manai|mannet|bodii sisa|dallui|viesu', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'lea|leat niibi|bissu|akssu', gap: 1, unless: [...SE_GENERAL, ...SE_HUNTING, 'biebmu', 'borran', 'mielde meahcis', ...SE_CRAFT, ...SE_KNIFE_WORK, 'njuovvat', 'njuovvan', 'njuovvama', 'odda niibi', 'bivddu', 'bivdui', 'bivddus', 'bivddu varas'] },
  // Someone threatening people now: "áitá olbmuid" (review81: "Olmmoš lea nibiin guovddážis ja áitá olbmuid"). A draft.
  // A person, not the cold, a flood or a disease ("Buolaš áitá buohkaid", "Influeansa áitá olbmuid": everyday19).
  { kind: 'emergency', lang: 'se', cue: 'olmmos|olmmai|nisu|muhtun|soames|son|sii|olbmot|bardni|nieida|guoibmi aita|aitet olbmuid|buohkaid|manaid', gap: 4, unless: [...SE_GENERAL, ...SE_PLAY], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'casket|caskaba|caskkadit|doarrut|doarrumat|casket nubbi|nuppi', gap: 1, unless: SE_GENERAL, reportWhenOver: true },
];

const R16_REPORT: Rule[] = [
  // A slur written on one's door; "I have the plate"; hate written about one in a Facebook group; drink sold to the
  // young from a flat; and in Sami hateful statements and threats online, youths buying drugs, things stolen.
  { kind: 'report', lang: 'en', cue: 'wrote|written|painted|sprayed|scratched|carved|drew|keyed on|onto our|my|the door|car|wall|house|mailbox|fence|garage|window', gap: 6, unless: [...EN_GENERAL, 'i wrote', 'we wrote', 'note', 'notes', 'chalk', 'birthday', 'welcome', 'christmas', 'my name'] },
  { kind: 'report', lang: 'sv', cue: 'skrev|skrivit|sprayade|sprayat|malade|malat|ristade|ristat|klottrade|klottrat pa dorr|dorren|ytterdorren|bil|bilen|vagg|vaggen|husvaggen|huset|brevladan|garaget|fonstret', gap: 6, unless: [...SV_GENERAL, 'jag skrev', 'vi skrev', 'lapp', 'lappen', 'krita', 'kritor', 'grattis', 'valkommen', 'mitt namn', 'vem bestammer', 'far malas', 'skateparken', 'lagliga vaggen'] },
  { kind: 'report', lang: 'en', cue: 'have|got|took|wrote|noted the|his|her|their|a plate|plates|registration|regnr|reg', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'har|tog|skrev|noterade regnr|registreringsnummer*|regnumret|reg|skylten|nummerplaten', gap: 2, unless: ['bjorn pa', 'sa sot', 'satt upp skylten', ...SV_GENERAL] },
  { kind: 'report', lang: 'sv', cue: 'skrivs|skrevs|sprids|postas|laggs hot|hat|hatiska|lognar|rykten mot|om mig|oss|min|mina', gap: 2, unless: [...SV_IN_GENERAL, ...ABOUT_THE_TOPIC] },
  // Not a rumour no one has seen anything of (review81).
  { kind: 'report', lang: 'sv', cue: 'saljs|langas|langs|salts sprit|alkohol|ol|knark|droger|narkotika|hasch|gras|tabletter|cigg|snus', gap: 1, unless: ['rykten', 'rykte', 'ryktas', 'ingen har sett', ...SV_GENERAL, ...SV_DRUG_QUESTION.filter((phrase) => phrase !== 'att det'), 'var saljs', 'systembolaget', 'systemet', 'butiken', 'affaren'] },
  { kind: 'report', lang: 'se', cue: 'vassicealkamus*|vashicealkamus*|aitagat|aitagiid|aitagiin min|mu|munnje|midjiide|siidii|minguin', gap: 3, unless: [...SE_GENERAL, 'birra'] },
  { kind: 'report', lang: 'se', cue: 'oastet|ostet|oasta|oste|osttii narkotihk*|garrenmirkk*', gap: 2, unless: [...SE_GENERAL, 'geat', 'sin vuosta'] },
  // A grandmother with dementia who believes something stolen (review84; a draft).
  { kind: 'report', lang: 'se', cue: 'leat|lea suoladan|suoladit|suoladedje', gap: 1, unless: [...SE_GENERAL, 'jahkka ahte'] },
];

/**
 * From the seventeenth review set (first sight: 67 of 109 alarms on the rules written from review16 and before).
 * Suicide said in other words: a burden to everyone, does anyone care if I die tonight, a pupil who plans to die on
 * Friday and "no one will miss her", farewell letters on the kitchen table, going out on the ice to lie down, a father
 * in the garage with the engine running who does not answer, "no point anymore … sorry mum", and in Sami "váldit iežan
 * heakka", "ii háliit eallit".
 */
const R17_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'jag|ja ar|e bara|en borda', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'im|am|feel just|only|like|such a burden', gap: 2, unless: [...EN_GENERAL, 'tax', 'financial', 'admin', 'paperwork'] },
  { kind: 'suicide', lang: 'sv', cue: 'bryr|brydde sig|nan om|ifall jag|ja dor|do|forsvinner|dog', gap: 2, unless: [...SV_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'jag|ja dor|do|somnar ikvall|inatt|natt', gap: 2, unless: [...SV_GENERAL, ...JOKING, 'av skratt', 'av tristess', 'av trotthet', 'av hunger', 'av langtan'] },
  { kind: 'suicide', lang: 'en', cue: 'care|cares|notice|miss if|when i die|disappear|was|were|died|gone', gap: 2, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'planerar|planera|planerat|planerade att do', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'rollen', 'karaktaren', 'boken', 'semester', 'resa'] },
  { kind: 'suicide', lang: 'en', cue: 'planning|plans|planned to die', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'character', 'game', 'trip', 'holiday'] },
  { kind: 'suicide', lang: 'sv', cue: 'ingen|inte kommer|skulle sakna mig|henne|honom', gap: 2, unless: [...SV_GENERAL, ...JOKING, 'jobbet', 'skolan', 'bilen'] },
  { kind: 'suicide', lang: 'en', cue: 'nobody|noone|one will|would miss me|her|him', gap: 2, unless: [...EN_GENERAL, ...JOKING, 'party', 'work', 'meeting', 'school'] },
  { kind: 'suicide', lang: 'sv', cue: 'skrivit|skrev|lamnat|lagt brev|avskedsbrev|ett till alla|familjen|er|koksbordet', gap: 3, unless: [...SV_GENERAL, 'kommunen', 'tidningen', 'politikerna', 'julbrev', 'jultomten', 'tomten'] },
  { kind: 'suicide', lang: 'sv', cue: 'isen|sjon|snon|fjallet|kylan lagga|somna mig', gap: 4, unless: [...SV_GENERAL, 'nat', 'naten', 'pimpla', 'talt'] },
  { kind: 'suicide', lang: 'sv', cue: 'garaget|garage motorn|bilen igang|gar|pa svarar|oppnar|reagerar inte', gap: 10, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'garage engine|car running|on not|isnt|doesnt|wont answering|answer|responding|open', gap: 10, unless: EN_GENERAL },
  // No point driving somewhere to shop (review158: "there's no point anymore driving to Luleå to shop").
  { kind: 'suicide', lang: 'en', cue: 'no point anymore|living|trying|existing|left', gap: 1, unless: ['no point anymore driving', 'no point anymore going', 'to shop', ...EN_GENERAL, 'asking', 'complaining', 'calling', 'emailing', 'voting', 'council', 'municipality', 'police', 'bus', 'waiting', 'arguing'] },
  { kind: 'suicide', lang: 'en', cue: 'sorry mum|mom|mother|dad|father|everyone|everybody', gap: 0, trailing: new Set<string>() },
  { kind: 'suicide', lang: 'se', cue: 'valdit|valdan|valddan|valda iezan heakka|hega', gap: 1, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'ii|in|im haliit|haliida|haliidan eallit', gap: 1, unless: SE_GENERAL },
];

const R17_DOMESTIC: Rule[] = [
  // A stepfather who grabs one by the throat; a fiancé who will break one's arm; a father who threw a chair at mother;
  // bruises again and "she says she fell"; in Sami "in duostta mannat ruoktot" (I don't dare go home).
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} grabs|grabbed|grab|holds|held|squeezes|squeezed|pins|pinned me|her|him|us by|against the throat|neck|hair|wall`, gap: 3, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} break|breaking|smash my|her|your|his arm|arms|legs|leg|neck|nose|fingers|jaw|face`, gap: 12, unless: [...EN_GENERAL, ...JOKING, 'phone', 'skiing', 'hockey'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} threw|throws|throwing|hurled a|the|things|stuff|chair|plates|bottle|glass|knife at|towards my|her|him|us|me|mum|mom`, gap: 4, unless: [...EN_GENERAL, 'ball', 'snowball', 'party', 'birthday'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE} kastade|kastar|kasta|slangde|slanger en|ett|saker|stol|stolen|tallrik|tallrikar|flaska|glas|kniv pa|mot|efter mig|mamma|pappa|henne|honom|oss`, gap: 4, unless: [...SV_GENERAL, 'boll', 'bollen', 'snoboll', 'snobollar', 'kalas'] },
  { kind: 'domestic', lang: 'sv', cue: 'blamarken|blamarke|skador|bula sager|pastar|sa|sade', gap: 4, unless: ['i personalen', 'personalen', 'en boende', 'vara boende', 'underskoterska', ...SV_GENERAL, 'doktorn', 'lakaren', 'hockey', 'innebandy', 'fotboll'] },
  { kind: 'domestic', lang: 'en', cue: 'bruises|bruise|injuries|black says|claims|said|claimed', gap: 4, unless: [...EN_GENERAL, 'doctor', 'hockey', 'football'] },
  { kind: 'domestic', lang: 'se', cue: 'in|ii duostta|duosttan mannat|vuolgit|boahtit ruoktot|ruovttoluotta|sisa', gap: 2, unless: SE_GENERAL },
];

const R17_EMERGENCY: Rule[] = [
  // A threat to come back and shoot us all; someone punched and kicked on the floor; a door handle tried at night;
  // lost in the cold; stopped shivering; rocks thrown at buses (a report when told as over); a man under snow from a
  // roof; a teen hours late, not answering, in the cold; barely answering; a car through the ice road and people still
  // inside; the ice creaking with a child on it; filmed through the window, "he knows I'm alone"; and in Sami a
  // daughter not back in the cold, people in the water, a fire with children inside, a drunk driver, a threat online
  // to shoot the reindeer.
  { kind: 'emergency', lang: 'en', cue: 'shoot|kill|stab|murder us|them|everyone|everybody|you all|everyone|everybody', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'game', 'zombies', 'bugs', 'mosquitoes', 'mosquitos', 'weeds', 'photos', 'pictures'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: `${EN_OTHER}|just ${EN_HARM}|stomping|stomped the|a|some bartender|guard|driver|bouncer|waiter|kid|man|woman|girl|boy|guy|cashier|staff|teen|student`, gap: 2, unless: [...EN_GENERAL, ...FICTION, 'hit the road', 'hit the jackpot', 'hit the news', ...EN_HARM_LOOKALIKES], reportWhenOver: true },
  // A grandchild who threatens an old relative (review87: "My grandson uses amphetamine and last night he said he would
  // kill me if I didn't give him my pension"): violence in a close relationship. Not sons or siblings, whose "will kill
  // me" is mostly a family joke.
  { kind: 'domestic', lang: 'en', cue: 'my grandson|granddaughter|grandchild|grandkid|nephew said|says|threatened|threatens|swore|screamed|shouted kill|hurt|beat|stab|shoot|strangle me|us', gap: 8, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'threatened|threatens|threatening|threaten|said|says|swore to|hed|he|shed|she|theyd|ll|will stab|kill|shoot|hurt|beat|cut|knife me|us', gap: 3, unless: ['when we forgot', 'forgot his birthday', 'forgot her birthday', ...EN_GENERAL, ...JOKING, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'kicking|punching|beating|hitting|stomping him|her|someone|them on|in the floor|ground|head|face', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'game'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'trying|tried|tries|rattling|rattled|jiggling|pulling|pulled at|on|my|the|our|her|his front|back|door|doorhandle|handle|lock|window', gap: 2, unless: [...EN_GENERAL, 'i tried', 'i was trying', 'frozen', 'key', 'keys', 'my key', 'the blast', 'blasting', 'lkab', 'the mine', 'the wind', 'the storm'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kanner|drar|rycker|kande|drog|ryckte|kanns pa|i dorren|dorr|ytterdorr|ytterdorren|entredorren|altandorren|balkongdorren|handtaget|dorrhandtaget|laset|fonstret', gap: 2, unless: [...SV_GENERAL, 'jag drar', 'jag kanner', 'fastfrusen', 'fast', 'nyckel', 'nyckeln'], reportWhenOver: true },
  // A story from decades ago (review152: "My grandfather got lost in a whiteout in the 70s … told that story every Christmas").
  { kind: 'emergency', lang: 'en', cue: 'lost|stranded shivering|freezing|hypothermia|cold|dark|snowstorm|blizzard|whiteout', gap: 12, unless: ['in the 60s', 'in the 70s', 'in the 80s', 'told me how he', 'got home safe', 'everyone got home', 'reflectors', 'lost theirs', 'in the 60s', 'in the 70s', 'in the 80s', 'in the 90s', 'told that story', 'that story', ...EN_GENERAL, 'lost and found', 'lost my', 'lost our', 'lost property', 'lost his', 'lost her', 'used to tell', 'used to say', 'crazy story', 'game', 'playing', 'lol', 'survival game'] },
  { kind: 'emergency', lang: 'sv', cue: 'vilse kallt|fryser|huttrar|morkt|storm|snostorm|kylan|minusgrader', gap: 12, unless: [...SV_GENERAL, 'hittegods', 'forra vintern', 'i fjol', 'haha'] },
  { kind: 'emergency', lang: 'en', cue: 'stopped|stops|quit shivering', gap: 1, unless: EN_GENERAL },
  // Thrown: told as over, so a report (before the present cues, which a typo away would match: 'kastat', 'kastar').
  { kind: 'report', lang: 'en', cue: '*threw|*thrown rocks|stones|bottles|eggs|ice at|on', gap: 2, unless: [...EN_GENERAL, 'lake', 'water', 'river', 'skipping'] },
  { kind: 'report', lang: 'sv', cue: '*kastade|*kastat|*kastats sten|stenar|flaskor|agg|is|isbitar pa|mot', gap: 2, unless: [...SV_GENERAL, 'sjon', 'vattnet', 'alven', 'smorgas'] },
  { kind: 'emergency', lang: 'en', cue: 'throwing|throw|throws rocks|stones|bottles|eggs|ice at|on', gap: 2, unless: [...EN_GENERAL, 'lake', 'water', 'river', 'skipping'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kastar|kasta sten|stenar|flaskor|agg|is|isbitar pa|mot', gap: 2, unless: [...SV_GENERAL, 'sjon', 'vattnet', 'alven', 'smorgas'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'rasat|rasade|ras|lavin|lavinen|snoras ligger|fast|begravd|begravda|under', gap: 12, unless: ['nara att hamna under', 'nastan hamnade under', 'holl pa att hamna under', ...SV_GENERAL, ...NO_HARM_NOW, 'ingen', 'novell', 'novellen', 'har skrivit'] },
  { kind: 'emergency', lang: 'sv', cue: 'graver|gravde fram|efter honom|henne|nan|nagon|dem', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'skulle vara|komma hem|hemma svarar|kommit|hort|synts inte', gap: 14, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'supposed was|be|to home|back|be not|isnt|hasnt|wont answering|answered|replying|picked', gap: 14, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'svarar|andas|reagerar knappt', gap: 1, unless: [...SV_GENERAL, 'mejl', 'kommunen', 'sms'] },
  { kind: 'emergency', lang: 'en', cue: 'barely|hardly responding|breathing|responsive|conscious|answering', gap: 1, unless: [...EN_GENERAL, 'emails', 'council', 'texts'] },
  { kind: 'emergency', lang: 'sv', cue: 'sitter|ar kvar i bilen|den|vattnet|vraket', gap: 2, unless: [...SV_GENERAL, 'parkerad', 'vantar', 'garaget'] },
  { kind: 'emergency', lang: 'sv', cue: 'isen knakar|spricker|brister|sviktar ute|pa sjon|isen|alven|den', gap: 8, unless: [...SV_GENERAL, 'ar det farligt', 'farligt att', 'varen'] },
  { kind: 'emergency', lang: 'sv', cue: 'filmar|fotar|tittar|stirrar|kikar mig|in genom|i fonstret|fonstren', gap: 2, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'filming|watching|staring|looking|peeping me|in through|in the|my window|windows', gap: 3, unless: [...EN_GENERAL, 'aurora', 'northern lights', 'snow'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'vet att jag|ja ar|e ensam|sjalv', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'knows|know im|i alone|home', gap: 2, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'ii|eai leat mahccan|maccan|boahtan', gap: 1, unless: ['boahta ihkku', 'nugo alo', ...SE_GENERAL, 'juovllat eai leat vel'] },
  { kind: 'emergency', lang: 'se', cue: 'olbmo|olbmot|olmmos|olmmai|nisu|manna|manat|mana leat|lea cazis|cahces', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'veahket|veahkki dolla|buolla', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'vujii|vuojai garrenoaivvis|garremis|juhkan', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'aigu|aiggun|aiggot bahcit|goddit|cuohppat buot|min|bohccuid|olbmuid|du|mu|su|sin', gap: 2, unless: ['manas', ...SE_GENERAL, ...SE_HUNTING], reportWhenOver: true },
];

const R17_REPORT: Rule[] = [
  // Dealing from a flat; small bags handed to teenagers; pills from an older boy to a 14-year-old; a guide who drives
  // after drinking, a mechanic who drives drunk; pictures to be spread unless one pays; reindeer chased to death.
  { kind: 'report', lang: 'en', cue: 'dealing|selling|deal from|out|at|in a|the|their flat|apartment|house|car|garage|school', gap: 2, unless: [...EN_GENERAL, 'card', 'cards', 'tickets', 'tours', 'crafts'] },
  { kind: 'report', lang: 'sv', cue: 'ungdomar|unga|elever|barn|kids|killar|tjejer|tonaringar far|kopar|hamtar|tar sma|pasar|pase|pasen', gap: 6, unless: [...SV_GENERAL, 'godis', 'chips', 'lordagsgodis'] },
  { kind: 'report', lang: 'sv', cue: 'fa|fick|kopa|kopte|tog piller|tabletter|knark|droger|gras|pasar|pulver av|fran', gap: 2, unless: [...SV_GENERAL, ...SV_AS_PRESCRIBED, 'doktorn', 'lakaren', 'apoteket', 'skolskoterskan', 'sjukskoterskan', 'mamma', 'pappa'] },
  { kind: 'report', lang: 'en', cue: 'drive|driving|drives|drove after|while drinking|drunk', gap: 6, unless: [...EN_GENERAL, 'how long', 'how many', 'never', 'best way', 'handle', 'guests who', 'customers who', 'who want'] },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora efter druckit|supit|festat', gap: 6, unless: [...SV_GENERAL, ...SV_CHECKS, 'hur lange', 'aldrig'] },
  { kind: 'report', lang: 'sv', cue: `${SV_DRUNK}|aspackad kor|korde|kora|kort|firmabilen|bilen|skotern`, gap: 6, unless: [...SV_GENERAL, ...SV_CHECKS, 'kor aldrig', 'kor inte', 'taxi', 'pratar ni', 'med ungdomarna om'] },
  { kind: 'report', lang: 'sv', cue: 'annars sprider|lagger|publicerar|skickar|delar bilder|bilderna|filmen|videon|bild', gap: 4, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'or|otherwise|else share|post|send|leak|spread|publish pictures|photos|pics|video|nudes', gap: 4, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'jagats|jagades|jagas|drevs|drivits med|av skoter|skotrar|bil|hund|hundar', gap: 1, unless: SV_GENERAL },
];

/**
 * From the eighteenth review set (plain messages half of it; first sight 82 of 111 alarms and 6 of 89 false alarms on
 * the rules written from review17 and before). Plain words no cue had: "I'm done with life", "whats the point
 * anymore", a rope ready, a goodbye and a phone off, "better off if I … didn't come back", "försvinna för gott", a cut
 * deeper than meant, "sista gången ni hör från mig"; a slap ("örfil") from a partner, living with someone who threatens,
 * a chair thrown, "skicka mig hem till mitt land", not allowed to leave the house, locked out on the balcony; choking
 * and turning blue, someone in the garage now, a gang chasing someone with a knife ("m kniv"), a leg that looks wrong,
 * "han … inte vakna", snowmobile tracks into a hole in the ice; snowmobiles at full speed through a housing area, a
 * dealer behind the youth centre; and in Sami "dearpá" (hits), "rihkku uvssa" (breaks the door), the ice broke under
 * him, family violence at home, drunk driving seen and "mus lea biilanummir".
 */
const R18_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'en', cue: 'done with life|living|everything', gap: 1, unless: [...EN_GENERAL, ...JOKING, 'school', 'work', 'this job', 'winter', 'snow'] },
  { kind: 'suicide', lang: 'en', cue: 'see|find a|any|no reason|point to keep|live|living|go|going', gap: 2, unless: [...EN_GENERAL, 'council', 'complaining', 'voting', 'asking'] },
  { kind: 'suicide', lang: 'en', cue: 'whats|what the point anymore', gap: 1, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'en', cue: 'rope|noose|pills|gun is|are|s ready', gap: 1, unless: [...EN_GENERAL, 'climbing', 'boat', 'tow', 'dinner', 'pharmacy', 'prescription', 'pick up', 'collect', 'hunting'] },
  { kind: 'suicide', lang: 'en', cue: 'goodbye|bye phone|mobile|cell off|dead|switched|voicemail', gap: 12, unless: ['holiday', 'holidays', 'vacation', 'two weeks of', ...EN_GENERAL, 'battery', 'charger'] },
  { kind: 'suicide', lang: 'en', cue: 'better off if|without i|me|im', gap: 1, unless: [...EN_GENERAL, ...JOKING, 'quit', 'moved', 'left the job'] },
  { kind: 'suicide', lang: 'en', cue: 'last time you|anyone|youll hear|see from|of me', gap: 2, unless: [...EN_GENERAL, ...JOKING, 'moving', 'holiday', 'trip'] },
  { kind: 'suicide', lang: 'sv', cue: 'sista gangen ni|du|nagon|nan hor|ser fran|av mig', gap: 2, unless: [...SV_GENERAL, ...JOKING, 'flyttar', 'semester', 'resa'] },
  { kind: 'suicide', lang: 'sv', cue: 'forsvinna|forsvinner for gott|alltid', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'semester', 'flytta', 'flyttar', 'jobbet', 'harifran', 'soderut'] },
  { kind: 'suicide', lang: 'sv', cue: 'snittet|snitten|saret|saren|skarsaret djup|djupare|djupt', gap: 4, unless: [...SV_GENERAL, 'operation', 'operationen', 'kniven', 'kok'] },
];

const R18_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE} gav|ger|gett mig|henne|mamma|oss en|ett orfil|small|kaftsmall|lavett`, gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'nasta gang blir det|ska varre', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'vadret', 'snon', 'kon', 'trafiken'] },
  { kind: 'domestic', lang: 'sv', cue: 'bor|lever tillsammans|med nagon|nan|en|honom|henne som hotar|slar|misshandlar|kontrollerar|skadar', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'live|living with someone|somebody|a|him|her who threatens|hits|beats|hurts|controls', gap: 3, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'kastat|kastade|kastar|slangde|slangt en|ett stol|stolen|tallrik|flaska|glas|kniv|saker pa|mot|efter mig|oss|henne|mamma', gap: 3, unless: [...SV_GENERAL, 'boll', 'snoboll', 'snobollar', 'en av dom', 'en av dem'] },
  { kind: 'domestic', lang: 'sv', cue: 'skicka|skickar|skickat mig|oss hem|tillbaka till mitt|vart land|hemlandet', gap: 3, unless: [...SV_GENERAL, 'migrationsverket', 'posten', 'paket'] },
  { kind: 'domestic', lang: 'en', cue: 'not|never allowed|let to leave|go house|home|flat|outside|out', gap: 2, unless: [...EN_IN_GENERAL, 'is it', 'are we', 'are you', 'am i', 'quarantine', 'covid', 'sick', 'grounded', 'storm', 'blizzard'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} locked|shut|kicked me|us|her out on|in|of the|balcony|cold|snow|house`, gap: 4, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'se', cue: '*veahkavaldi min|mu ruovttus|dalus|viesus', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'in duostta muitalit|dadjat', gap: 1, unless: SE_GENERAL },
];

const R18_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'choking|chokes on', gap: 0, unless: ['on my coffee', 'coffee', 'on my drink', 'laughing', 'reading', ...EN_GENERAL, 'hazard', 'laughing', 'joke', 'lol'] },
  { kind: 'emergency', lang: 'en', cue: 'is|hes|shes|toddler|baby|he|she turning|going|turned blue', gap: 1, unless: [...EN_GENERAL, 'paint', 'hair', 'lips from the', 'blueberries', 'sky', 'lake', 'water', 'ice', 'light', 'aurora', 'northern lights', 'screen'] },
  { kind: 'emergency', lang: 'sv', cue: 'fastnat|satt|sitter|nat|nagot i halsen', gap: 2, unless: [...SV_GENERAL, 'hjartat', 'orden', 'skrattet', 'fisk', 'kurs', 'kurser', 'kursen', 'lara mig'] },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|some1|stranger|people|guys|man in|inside our|my|the garage|house|cabin|shed|basement|flat|apartment|home|yard|car rn|now|right', gap: 3, unless: [...EN_GENERAL, ...EN_EXPECTED_VISITOR, 'builder'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'woman|she|girl|child|kid|wife say|says|said|scream|screams|cry|cries stop|help|let', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'playing', 'tantrum'] },
  { kind: 'emergency', lang: 'sv', cue: 'jagar|jagade|efter en|nan|nagon|honom|henne|kille|killen|tjej|tjejen|man|mannen med|m kniv|kniven|vapen|machete|pistol|yxa|kniva', gap: 3, unless: [...SV_GENERAL, ...SV_HUNTING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'benet|armen|foten|handleden|axeln ser|star|pekar|ar|sitter|hanger helt|konstigt|fel|snett|knackt', gap: 3, unless: ['helt doda', 'korde slut', 'slut pa oss', ...SV_GENERAL, ...NO_HARM_NOW, 'igar', 'forra veckan', 'helt slut', 'efter 30 km', 'klassiskt', 'i soffan'] },
  { kind: 'emergency', lang: 'sv', cue: 'vaknar|vakna|vaknade inte', gap: 1, unless: [...SV_GENERAL, 'datorn', 'mobilen', 'skarmen', 'vilolage', 'vilolaget', 'pa morgonen', 'pa morgnarna', 'i tid', 'pa natten', 'natterna', 'av vackarklockan', 'vackarklockan', 'alarmet'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte vakna|vaknar', gap: 0, unless: ['tidigt', 'vakna tidigt', ...SV_GENERAL, 'datorn', 'mobilen', 'skarmen', 'vilolage', 'vilolaget', 'pa morgonen', 'pa morgnarna', 'i tid', 'pa natten', 'natterna', 'av vackarklockan', 'vackarklockan', 'alarmet', 'vill'] },
  { kind: 'emergency', lang: 'sv', cue: 'skoterspar*|sparen|spar gar|leder ner|in|ut', gap: 3, unless: ['stulit', 'stulna', 'snodde', 'stal', 'stals', 'stulen', 'stulits', 'snodd', 'snott', 'anmala stold', 'vill anmala', ...SV_GENERAL] },
  { kind: 'emergency', lang: 'sv', cue: 'genomblot|genomblott|dyblot|dyngblot av blod', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'rihkku|rihkkot uvssa|lasa|lasi|uksa', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'haliida|haliidit sisa', gap: 1, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'jiekna|jiegna|jiena doddj*|cuovk*', gap: 1, unless: SE_GENERAL },
];

const R18_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'skoter|skotrar|mopeder|moped|bilar|crossar i|med full|hog fart genom|igenom|forbi|pa', gap: 3, unless: [...SV_GENERAL, 'skoterleden', 'leden'] },
  { kind: 'report', lang: 'sv', cue: 'snubbe|snubben|kille|killen|gubbe|gubben|man|mannen|tjej|nan|nagon|folk|dom|de|killar|nagra langar|langade', gap: 6, unless: [...SV_GENERAL, ...SV_DRUG_QUESTION] },
  { kind: 'report', lang: 'se', cue: 'oidnen|oidnet|oinnen garrenvuodjim*|garrenvuoddji*', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'mus|mis lea biilanummir*|registarnummir*|nummir*', gap: 1, unless: SE_GENERAL },
];

/**
 * From the nineteenth review set (real-traffic style, like review18; first sight 87 of 110 alarms and 4 of 90 false
 * alarms on the eleventh session's last rules). Hints of suicide: "jag kommer inte vara kvar ändå", a lethal dose
 * asked "before tonight", "in livčče šat dáppe"; bruises to hide and moving without a partner knowing, nowhere to go
 * home to; a break-in told as it happens ("bänder på balkongdörren", found by an older cue once it took any door, "climbed in through the window"), a snowmobile
 * into a hole in the ice, a child walking out towards open water, a teenager not home in the cold, an old woman who
 * has not answered since yesterday; and crimes to report: a code given to a fake bank, money gone, threats of
 * violence for telling, drunk driving as a habit, speeding through a school zone, a hidden camera, hate and threats
 * received in Sami ("oaččun vaši").
 */
const R19_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'kommer|ska inte vara|va|finnas kvar anda|dess', gap: 2, unless: [...SV_GENERAL, 'flyttar', 'flytta', 'semester', 'jobbet', 'tjansten', 'motet', 'i kiruna'] },
  { kind: 'suicide', lang: 'en', cue: 'lethal|fatal|deadly|killing dose|amount|overdose', gap: 1, unless: [...EN_GENERAL, 'dog', 'dogs', 'cat', 'cats', 'pet', 'nurse', 'nursing', 'course', 'exam', 'study', 'studying', 'homework', 'lecture'] },
  { kind: 'suicide', lang: 'sv', cue: 'dodlig|dodliga dos|mangd|overdos', gap: 1, unless: [...SV_GENERAL, 'hunden', 'hund', 'katten', 'katt', 'kursen', 'tentan', 'provet', 'plugga', 'pluggar'] },
  // "jus" (if) is one of SE_GENERAL's words, and here it is the hint itself: "buoret livččii jus mun in livčče šat dáppe".
  { kind: 'suicide', lang: 'se', cue: 'in livcce|livce sat dappe|eallime|eallimis', gap: 1 },
];

const R19_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: 'blamarken|blamarke|blamarkena|markena dolja|gomma|skyla|tacka|sminka', gap: 4, unless: [...SV_GENERAL, ...SV_SPORTS_AND_FALLS] },
  { kind: 'domestic', lang: 'sv', cue: `flytta|flyttar|flytt|fly|gomma|gomda|ga utan att ${SV_PARTNERS}|han|hon|pappa|mamma far|ska|kan veta|reda`, gap: 2, unless: SV_IN_GENERAL },
  // Not EN_GENERAL: "a woman … if she can't go home" is how a resident asks for a safe place.
  { kind: 'domestic', lang: 'en', cue: 'cant|cannot|dare|darent go|goin|return|going home|back', gap: 1, unless: [...EN_IN_GENERAL, 'locked out', 'keys', 'key', 'storm', 'blizzard', 'road', 'roads', 'closed', 'bus', 'flight', 'train', 'covid', 'sick', 'work', 'shift', 'party', 'country', 'visa', 'asylum', 'e10', 'snow'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} ${SE_HARM}`, gap: 4, unless: ['dalkkasiid', 'dalkasiid', 'borrat', 'gahkuid', 'gahku', ...SE_GENERAL, ...SE_PLAY, ...SE_FOLLOWING_HARMLESS, 'skuvllas', 'skuvlla', 'festas', 'billistan su eallima', 'vuovda mu skohtera', 'corge latnja'] },
];

const R19_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'climbed|climbing|climbs|crawled|broke|breaking|got in|into through|via window|windows|balcony|door', gap: 2, unless: [...EN_GENERAL, 'cat', 'kitten', 'locked out', 'my keys', 'forgot', 'lost my key', 'my own'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'he|hes|she|shes|they|theyre|someone|somebody|guy|man|intruder|burglar|burglars|thief|thieves still inside|hiding', gap: 2, unless: [...EN_GENERAL, 'cat', 'dog', 'plumber', 'electrician', 'cleaner', 'builder', 'asleep', 'sleeping', 'doctor', 'storm', 'cold', 'blizzard', 'weather', 'rain'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kora|korde|kor|gick|akte|aka|ramlade|foll ner|ut|rakt|igenom|genom|i vaken|vak|vakar|raken', gap: 2, unless: [...SV_GENERAL, 'nastan', 'for lange sen', 'nar jag var'] },
  { kind: 'emergency', lang: 'sv', cue: 'ut|ute|pa *isen mot|till|nara|vid oppna|oppet|vaken|vak|raken', gap: 2, unless: [...SV_GENERAL, 'farligt att', 'skoter', 'skotrar', 'watercross'] },
  // Not home when promised, and something that says it is worrying now ("nu är klockan ett", "svarar inte").
  { kind: 'emergency', lang: 'sv', cue: `${SV_MISSING} skulle|borde|lovade vara|komma hemma|hem|tillbaka nu|svarar|fortfarande|klockan|ingen|inte|borta|saknas|forsvunnen`, gap: 6, unless: [...SV_GENERAL, ...JOKING, 'kom hem', 'kommit hem', 'ar hemma nu', 'skolskjuts', 'skolskjutsen', 'tidtabell', 'lov', 'lovet', 'fritids'] },
  { kind: 'emergency', lang: 'sv', cue: 'svarar|svarat|svarade|inte inte|svarar|svarat|svarade igar|imorse|morse|timmar|dagar|dygn|helgen', gap: 5, unless: [...SV_GENERAL, ...SV_ASLEEP_OR_AT_BINGO, 'kommunen', 'mejl', 'mail', 'mejlet', 'mailet', 'kundtjanst', 'kundtjansten', 'handlaggaren', 'ni', 'er', 'polisen', 'socialtjansten', 'chatten', 'vaxeln', 'forsakringskassan', 'skolan', 'hyresvarden', 'skolresa', 'pa skolresa', 'daligt tackning', 'dalig tackning', 'ingen tackning'] },
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahccai|gahcan|gahccan|gahcce|gahccii varra|varada|varrada|varret|varda', gap: 5, unless: SE_GENERAL },
];

const R19_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'gav|gett|lamnade|lamnat|uppgav|sa|laste|lasa dem|honom|henne|till|ut|bort|upp koden|koderna|koder|bankid|kortnumret|kortuppgifterna|pinkoden|pin|personnumret', gap: 2, unless: ['lamna aldrig', 'paminnelse', ...SV_GENERAL, 'barnen', 'mamma', 'pappa', 'min sambo', 'wifi', 'portkoden', 'larmkoden'] },
  { kind: 'report', lang: 'en', cue: 'gave|told|sent|read them|him|her|out code|codes|pin|bankid|password|passcode', gap: 2, unless: [...EN_GENERAL, 'wifi', 'kids', 'door', 'gate', 'alarm', 'my wife', 'my husband'] },
  { kind: 'report', lang: 'sv', cue: 'kr|kronor|pengar|pengarna|lonen|sparpengarna borta|forsvunna|dragna', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'ska|kommer sla|spoa|doda|skada henne|honom|mig|dig|oss om|ifall hon|han|jag|du|vi skvallrar|berattar|golar|sager|anmaler', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'theyll|hell|shell|will|gonna find me|us and finish|kill|hurt|end|beat|stab|shoot', gap: 1, unless: [...EN_GENERAL, 'rescue', 'search', 'lost', 'gps', 'hope', 'hopefully', 'job', 'work'] },
  { kind: 'report', lang: 'en', cue: 'drives|drive|driving|drove|takes|took|goes|rides|riding|out drunk|wasted|high|intoxicated|hammered|plastered|smashed|pissed every|each|most night|nights|day|days|weekend|evening|time|friday|saturday', gap: 4, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'doing|going|drives|driving|speeding like|about|around|over|almost 60|70|80|90|100|110|120|130 every|each|most|all', gap: 3, unless: [...EN_GENERAL, 'speed limit'] },
  { kind: 'report', lang: 'en', cue: 'speeding|speeds|races|racing through|past|by|around school|residential|housing|playground|kindergarten|preschool|daycare', gap: 3, unless: [...EN_GENERAL, 'speed limit', 'what is', 'going to do anything about', 'are the police going to'] },
  { kind: 'report', lang: 'en', cue: 'camera|cameras|webcam pointed|hidden|filming|aimed|facing bed|bedroom|bathroom|shower|toilet|changing', gap: 3, unless: [...EN_GENERAL, 'baby', 'monitor', 'security', 'doorbell'] },
  { kind: 'report', lang: 'en', cue: 'file|report that|this|it|something|one with|to police|cops', gap: 2, unless: [...EN_IN_GENERAL, ...EN_DUTY_QUESTION, 'do i need', 'do you need', 'personal number', 'is that true', 'is it true', 'you have to', 'if you'] },
  { kind: 'report', lang: 'se', cue: 'oaccun|ozzon|oazzun|oazzu|oaccui|oacco|oazzut vasi|vassi|aitagiid|aitagat|aittaid', gap: 3, unless: SE_GENERAL },
];

/**
 * From the twentieth review set (real-traffic style; first sight 82 of 108 alarms and 3 of 92 false alarms, on the rules
 * written from review19 as before them). Thoughts of dying said plainly ("tänker på att dö", "vore skönt att slippa
 * allt"), a pupil who searched how many tablets are needed, "everyone would be better off without him" and things given
 * away, "I don't think I'll be around much longer", a goodbye text; a forced marriage, being taken to the home country
 * and left there, fear of a partner or a parent, an old mother beaten by her partner, a father who drinks and hits;
 * someone gone through the ice, a weapon waved (a pistol, a broken bottle), a car being emptied right now, and in
 * Sami a drunk driver on the road, a fall in the snow and not getting up; crimes told as over: a hijacked account,
 * vandalism, reindeer shot, a phone taken by older boys, and in Sami hate written on a door and a fraud online.
 */
const R20_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'tanker|tankt|tankte|funderar|funderat pa att do', gap: 1, unless: [...SV_GENERAL, 'doden', 'do ut'] },
  { kind: 'suicide', lang: 'sv', cue: 'skont|basta|enklast|lattast att slippa allt|allting|livet|leva', gap: 2, unless: [...SV_GENERAL, ...JOKING], trailing: new Set(['nu', 'bara', 'typ', 'snart', 'assa', 'ibland']) },
  { kind: 'suicide', lang: 'sv', cue: `manga|mycket ${SV_PILLS} behovs|kravs|dodlig|dor|do`, gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'everyone|everybody|world|family|theyd|all better off without him|her|me|them|us', gap: 3, unless: [...EN_GENERAL, 'dump', 'break up', 'breakup', 'divorce'] },
  { kind: 'suicide', lang: 'en', cue: 'giving|gave|gives|given away his|her|my|all|their gear|stuff|things|belongings|guitar|games|possessions|clothes|cat|dog', gap: 2, unless: [...EN_GENERAL, 'moving', 'move', 'moved', 'sale', 'sell', 'selling', 'free', 'charity', 'donate', 'donating', 'outgrew', 'grew out', 'decluttering', 'christmas'] },
  { kind: 'suicide', lang: 'en', cue: 'wont|ill|not be around|here much|long|longer|anymore', gap: 1, unless: [...EN_GENERAL, 'flight', 'holiday', 'trip', 'visit', 'visiting', 'tourist', 'leaving', 'moving', 'train', 'bus', 'shift', 'meeting', 'week', 'weekend', 'summer', 'christmas', 'tomorrow'] },
  { kind: 'suicide', lang: 'en', cue: 'texted|wrote|sent|messaged|says|said|posted|posts|tweeted sorry for everything', gap: 3, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'suicide', lang: 'sv', cue: 'skrev|smsade|sms|skickade|messade|textade forlat for|om allt|allting', gap: 3, unless: [...SV_GENERAL, ...JOKING] },
];

const R20_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|familjen|slakten|foraldrarna|farsan|morsan|brorsan bestamt|bestammer|bestamde|tvingar|tvingade|planerar|lovat|lovade|vill|sager|sa|kraver gifta|gifte|bortgift|forlovad|forlova`, gap: 6, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'ta|tar|lamna|lamnar|skicka|skickar|skickat|gifta|gifter mig|oss|henne|bort hemlandet|hemland', gap: 3, unless: [...SV_GENERAL, 'semester', 'resa', 'sommarlovet', 'sommaren', 'halsa pa', 'besoka', 'brollop'] },
  { kind: 'domestic', lang: 'sv', cue: `livradd|radd|skrackslagen for sin|min|hennes|hans|mamma|mammas ${SV_PARTNERS}|pappa|styvpappa|mamma|son|sonen`, gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS, 'spindlar', 'mork', 'morkret', 'hundar'] },
  // The definite form is "my" in speech: "sambon slog mig".
  { kind: 'domestic', lang: 'sv', cue: `sambon|maken|pojkvannen|frun|flickvannen|exet|partnern|exmaken|exsambon ${SV_HARM} mig|oss|barnen`, gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `blir|blev|har|blivit slagen|misshandlad|hotad|sparkad av sin|hennes|hans|min ${SV_PARTNERS}|pappa|son|sonen|barnbarn|barnbarnet|dotter|dottern`, gap: 2, unless: [...SV_IN_GENERAL, 'om man', 'vart vander', 'vem vander', 'kvinnor som', 'barn som'] },
  { kind: 'domestic', lang: 'en', cue: 'drinks|drunk|drinking and hits|beats|hurts|slaps|kicks|chokes', gap: 2, unless: [...EN_GENERAL, 'ball', 'game'] },
  { kind: 'domestic', lang: 'en', cue: 'hits|beats|slaps|kicks|chokes|punches my little|younger|baby|big|older brother|sister|mom|mum|mother|brothers|sisters', gap: 1, unless: [...EN_GENERAL, 'ball', 'game', 'snowball', 'pillow', 'tail'] },
];

const R20_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'ner sig i|genom isen|vaken|vak|sjon|alven', gap: 1, unless: [...SV_GENERAL, 'nastan', 'nar jag var'] },
  { kind: 'emergency', lang: 'sv', cue: 'viftar|viftade|siktar|siktade|hotar|hotade|viftandes kniv|kniven|pistol|pistolen|vapen|vapnet|gevar|gevaret|yxa|yxan|machete|flaska|flaskan|batong|slagtra|pangare|pangaren|puffra|puffran', gap: 7, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'spel', 'spelet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'threatening|threatens|threatened|waving|pointing|swinging|brandishing|aiming|aims|aimed knife|gun|pistol|rifle|bottle|axe|machete|bat|weapon|shotgun', gap: 5, unless: ['water pistols', 'water pistol', 'water guns', 'water gun', ...EN_GENERAL, ...FICTION, 'game', 'hunting trip', 'went hunting', 'go hunting', 'hunting season', 'range'], reportWhenOver: true },
  // A neighbour heard hitting or threatening his partner (review88: "We hear the neighbours fight almost every weekend.
  // Last Saturday he was shouting he'd kill her").
  { kind: 'domestic', lang: 'en', cue: 'neighbours|neighbors|neighbour|neighbor he|hes|hed kill|hit|hits|hitting|beat|beats|beating|hurt|hurting|choking her', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'grabbing|stealing|emptying|robbing|looting|breaking rn|now|right', gap: 6, unless: [...EN_GENERAL, 'game', 'gta', 'fortnite', 'minecraft', 'the show', 'hearts'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'juhkan|garremis|garrin|juhkkan vuoddja|vuodja|vuoddje|vuojii|vuoddjimin', gap: 3, unless: [...SE_GENERAL, 'man olu', 'ovdal go', 'sahtta juhkat'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahccai|gahcan|gahccan iige|ii|in|eai sahte|sahtan|nagot cuozzilit|cuozzut|lihkadit|vazzit|bajas', gap: 3, unless: SE_GENERAL },
];

const R20_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'hackat|hackade|kapat|kapade|hackad|kapad min|mitt|mina|hans|hennes fb|facebook|instagram|insta|konto|kontot|snap|snapchat|mejl|mail|tiktok', gap: 2, unless: [...SV_GENERAL, 'skydda', 'skyddar', 'undvika'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|kids|they|people|vandals vandalised|vandalized|trashed|wrecked|destroyed', gap: 2, unless: ['gingerbread house', 'gingerbread', ...EN_GENERAL, ...FICTION, 'game', 'debate', 'each other'] },
  { kind: 'report', lang: 'en', cue: 'reindeer|dog|dogs|cat|horse|sheep|calf were|was|been|got shot|poisoned|stolen|slaughtered', gap: 2, unless: [...EN_GENERAL, 'hunting season', 'licensed'] },
  { kind: 'report', lang: 'sv', cue: 'renar|renarna|ren|renen|hund|hunden|katt|katten skjutna|skjuten|skjutits|forgiftad|forgiftade|stulen|stulna', gap: 3, unless: [...SV_GENERAL, 'jakt', 'licensjakt', 'slakt', 'slakten'] },
  { kind: 'report', lang: 'en', cue: 'got|had his|her|my|their phone|bike|jacket|wallet|money|bag taken|stolen|snatched', gap: 2, unless: [...EN_GENERAL, 'teacher', 'confiscated', 'parents', 'mum', 'mom', 'dad', 'school rules'] },
  { kind: 'report', lang: 'se', cue: 'calii|calle|calai|calligot|callan|callen vasalas|vasalaccat|vasalas|vassi|vasi|heahpanas|heahpanis|bilkes|rasisttalas', gap: 2, unless: [...SE_GENERAL, 'vasi birra', 'barggu', 'skuvlii'] },
  { kind: 'report', lang: 'se', cue: 'beahttojuvvon|beahttojuvvui|beahttojuvvojin|beahttojuvvot|beahtii|beahttii', gap: 0, unless: [...SE_GENERAL, 'mo', 'movt', 'eastadit'] },
];

/**
 * From the twenty-first review set (real-traffic style, people of all ages; first sight 84 of 107 alarms and 4 of 93
 * false alarms on the rules written from review20). A driver who can hardly stand starting a car, someone trapped under
 * a snowmobile, foam at the mouth after a party, lost in a storm, a smell of gas; an ex who texts all day, a threat
 * from a neighbour ("ska ta hand om mig om jag klagar"); thoughts of driving into the river, an old man giving away his
 * rifles because "ingen behöver honom längre", pills ready in a drawer, "asking for reasons", in Sami "his last
 * night"; money gone to a fake company, racist messages, tyres slashed and a car keyed.
 */
const R21_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'funderat|funderar|tankt|tanker|overvagt pa att kora|hoppa|ga|kasta ner|rakt|in|framfor|av *alven|bron|taget|stupet|klippan|vattnet|vaken|vak', gap: 4, unless: [...SV_GENERAL, 'fiska', 'fiske', 'bada', 'simma', 'campa', 'grilla', 'titta', 'fota'] },
  { kind: 'suicide', lang: 'sv', cue: 'ingen behover|vill|saknar mig|honom|henne langre|mer', gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS, 'jobbet', 'jobb', 'tjansten', 'laget', 'foreningen'] },
  { kind: 'suicide', lang: 'sv', cue: 'ge|ger|gav|gett|borjat bort sina|sin|mina|min|allt|alla gevar|jaktgevar|vapen|saker|grejer|prylar|agodelar|gitarr|gitarren|katt|katten|hund|hunden|skoter|skotern|dator|datorn', gap: 2, unless: [...SV_GENERAL, 'flytt', 'flyttar', 'flytta', 'loppis', 'rensar', 'rensa', 'barnbarnen', 'arv', 'jul'] },
  { kind: 'suicide', lang: 'en', cue: 'have|got|keep the|my pills|rope|noose|gun|tablets ready|lined|counted|saved|hidden', gap: 2, unless: [...EN_GENERAL, 'trip', 'travel', 'flight', 'camping', 'hike', 'hiking'] },
  { kind: 'suicide', lang: 'en', cue: 'want|wish|need everything|all to stop|end', gap: 2, unless: [...EN_GENERAL, 'construction', 'noise', 'music', 'party', 'roadworks', 'drilling', 'rain', 'snow', 'winter', 'pain', 'war', 'fighting'] },
  { kind: 'suicide', lang: 'en', cue: 'asking|ask for reasons', gap: 1, unless: JOKING_WORDS },
  { kind: 'suicide', lang: 'se', cue: 'manimus|manemus ija|idja|beaivi|geardde', gap: 1, unless: [...SE_GENERAL, 'ohcat', 'ohcan', 'geassebarggu', 'goas lea manimus beaivi'] },
];

const R21_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} skickar|smsar|ringer|messar|skriver|snappar dagen|dan|tiden|natten|natterna|dygnet|timme|timmen|ganger|gang`, gap: 6, unless: SV_GENERAL },
];

const R21_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'bilen|bil|skotern|ratten|kora|kor|startar|korde knappt|inte sta|ga|prata|halla', gap: 6, unless: [...SV_GENERAL, 'parkering', 'parkera', 'orkar inte ga in', 'utanfor jobbet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'valte|voltade|rullade|ramlade over|pa min|honom|henne|mig|kompis|kompisen|barnet|pappa|sonen', gap: 2, unless: [...SV_GENERAL, 'nastan', 'forra vintern', 'i fjol', 'ifjol'], reportWhenOver: true },
  // Snowed in and well (everyday53: "Kommer inte ut genom ytterdörren haha … Vi har det bra med ved och mat").
  { kind: 'emergency', lang: 'sv', cue: 'kommer|kan|far inte loss|ut|fram', gap: 1, unless: ['vi har det bra', 'via altanen', 'ont i knat', 'fullmakt', 'hjalpa till', ...SV_GENERAL, 'med bilen', 'plogas', 'jobbet', 'fran jobbet', 'motet', 'tid', 'ledigt', 'ur sangen', 'parkeringen', 'garaget', 'appen', 'sidan', 'kontot', 'bilen ur', 'skotern ur', 'frusit', 'fastfrusen', 'frusen', 'fastfrusit', 'bussen', 'bussarna', 'plogar', 'plogat', 'plogningen', 'igensnoat', 'snoovadret', 'plogats', 'plogas', 'ploga', 'plogbil', 'plogbilen', 'plogning', 'snororjning', 'snororjningen'] },
  { kind: 'emergency', lang: 'sv', cue: 'fradgar|fradgade|fradga|skummar|skum ur|om|runt|kring munnen', gap: 1, unless: [...SV_GENERAL, 'hunden', 'tandkram'] },
  { kind: 'emergency', lang: 'sv', cue: 'vilse|villse pa|i fjallet|fjallen|kalfjallet|storm|stormen|snostorm|snostormen|skogen|morkret|ovadret', gap: 3, unless: ['halva charmen', 'varje gang', ...SV_GENERAL, 'nastan', 'forra', 'som liten', 'som barn', 'nar jag var liten', 'frivilliga', 'sokgrupper', ...JOKING, 'hittade hem', 'hittade tillbaka'] },
  // Lost for a while and home again (everyday53: "then spotted the streetlights and walked home").
  // Lost in fog last summer and the trail found (review159).
  { kind: 'emergency', lang: 'en', cue: 'stuck|lost|stranded|trapped|separated storm|blizzard|whiteout|snowstorm|fog|freezing', gap: 8, unless: ['winters ago', 'last summer', 'found the trail', 'found our way', 'walked home', 'made it home', 'got home', 'found the road', 'found my way', 'last winter', 'everyone was fine', 'this year', ...EN_GENERAL, 'airport', 'flight', 'hotel', 'train', 'station', 'bus', 'indoors', 'inside', 'cabin', 'movie', 'game', 'everyone fine', 'everyone is fine', 'made it to'] },
  { kind: 'emergency', lang: 'en', cue: 'gas smell|leak|leaking', gap: 0, unless: [...EN_GENERAL, 'car', 'tank', 'refuel', 'petrol', 'station'] },
];

const R21_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'fick|far|fatt|har hot|hotmeddelanden|dodshot i|pa|via chatt|chatten|spelchatt|spelchatten|discord|snap|insta|tiktok', gap: 3 },
  { kind: 'report', lang: 'sv', cue: 'han|hon|grannen|de|dom ska ta hand om mig|dig|oss om|ifall jag|vi|du klagar|sager|anmaler|berattar|ringer|gar', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'sonderskurn*|sonderskuren|uppskurn*|sonderslag*|sonderstuck*', unless: [...SV_GENERAL, ...SV_TO_MEND, ...SV_TEAM_BEATEN] },
  { kind: 'report', lang: 'en', cue: 'kr|sek|euros|euro|dollars|money|savings|deposit gone|stolen|vanished', gap: 2, unless: [...EN_GENERAL, 'spent', 'shopping', 'christmas'] },
  { kind: 'report', lang: 'en', cue: 'racist|hateful|threatening|abusive|nasty dms|messages|comments|texts|emails|calls', gap: 2, unless: [...EN_GENERAL, ...EN_STUDYING_IT, 'how do i', 'block'] },
  { kind: 'report', lang: 'sv', cue: 'rasistiska|hatiska|hotfulla|hotande meddelanden|kommentarer|sms|dm|mejl|samtal', gap: 2, unless: [...SV_GENERAL, 'hur blockerar'] },
  // Not "slashed" here: a typo away from "smashed" (drunk).
  { kind: 'report', lang: 'en', cue: 'got|was|were|been|get keyed|vandalised|vandalized|egged', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'tyres|tires|tire|tyre slashed|punctured|cut', gap: 2, unless: [...EN_GENERAL, 'winter tyres', 'change'] },
];

/**
 * From the twenty-second review set (the reviewer asked for hints and descriptions over plain words; first sight 68 of
 * 109 alarms and 3 of 91 false alarms on the rules written from review21). Someone out in a storm who does not answer,
 * a confused old woman in the snow, a guide in the river, a snowmobile through the ice, a car that rolled, a thud and
 * moaning behind a neighbour's door, a child hanging from a gutter, someone running out of a house with a TV, and in
 * Sami a smell of gas and an accident on the E10; a partner who decides whom one meets, keeps the papers or tracks the
 * phone, an ex who sends photos of the house at night, threats to take the children; things not needed "där jag ska",
 * lying down in the snow, letting go of the wheel, being a burden, letters to everyone, pills enough, not seeing
 * oneself around by Christmas, and in Sami wanting to disappear and a last letter; dealing through a car window,
 * "ska hitta mig", paying "skatt" to older boys, a fake bank man, vandalism with a car, nude pictures of a child, a
 * drinker who drives home, eggs and a rock through a window, and in Sami drugs sold near the school.
 */
const R22_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'behover|behova inte dar jag ska|hamnar', gap: 2, unless: [...SV_GENERAL, 'flyttar', 'flytt', 'flytta', 'utomlands', 'resa', 'semester', 'varmare', 'soderut'] },
  { kind: 'suicide', lang: 'sv', cue: 'bara lagger|lagga mig|sig i snon|kylan', gap: 2, unless: [...SV_IN_GENERAL, ...JOKING_WORDS, 'snoangel', 'snoanglar', 'barnen', 'hunden'] },
  { kind: 'suicide', lang: 'sv', cue: 'slappa|slapper|slappte ratten|styret', gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS] },
  { kind: 'suicide', lang: 'sv', cue: 'ar|kanner|kande|kanns en|som borda|belastning', gap: 2, unless: [...SV_GENERAL, 'kommunen', 'ekonomin', 'samhallet', 'skatt', 'budget', 'for foretaget'] },
  { kind: 'suicide', lang: 'en', cue: 'wrote|written|writing|left letters|notes|goodbyes to|for everyone|everybody|family|all|kids|parents', gap: 2, unless: [...EN_GENERAL, 'christmas', 'santa', 'cards', 'pen pal', 'applications', 'thank you', 'complaint', 'council'] },
  { kind: 'suicide', lang: 'en', cue: `many|much ${EN_PILLS} would|does it take`, gap: 3, unless: [...EN_STUDYING_IT, 'my dog', 'my cat', 'headache', 'cold', 'fever', 'pain', 'to work', 'to kick in'] },
  { kind: 'suicide', lang: 'en', cue: `many|much ${EN_PILLS} enough|needed|lethal|kill`, gap: 4, unless: [...EN_STUDYING_IT, 'my dog', 'my cat', 'for a dog', 'for dogs', 'nurse', 'course'] },
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|cannot|never|not see|imagine|picture myself still|alive|around', gap: 2, unless: [...EN_GENERAL, 'working', 'job', 'living in', 'kiruna in', 'town', 'city', 'married'] },
  { kind: 'suicide', lang: 'en', cue: `took|taken|swallowed|ate|downed all|whole|lots|bunch|handful|box|bottle|packet ${EN_PILLS}`, gap: 3, unless: [...EN_GENERAL, 'dog', 'cat', 'by mistake', 'accidentally', 'mixed up', 'by mistake', 'accidentally', 'pill organiser', 'pill organizer', 'organiser', 'organizer'] },
  { kind: 'suicide', lang: 'se', cue: 'haliidan|halidan dusse|duse|dusse javkat|javkkat', gap: 1, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'in sat nagot|nagodan|gierdda|ceavzze', gap: 1, unless: ['vuodjanhalla', 'vuodjat', 'muohttagiin', 'goaivvuhan', 'goaivvuhit', ...SE_GENERAL, 'matematihka', 'eksamen'] },
  { kind: 'suicide', lang: 'se', cue: 'ii oktage|oktage darbbas|darbas mu', gap: 1, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'manimus|manemus reivve|reive|reivvet|diedu', gap: 1, unless: SE_GENERAL },
];

const R22_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_PARTNERS}|han|hon bestammer|bestamde|kontrollerar|styr vilka|vem|var|vart|nar jag|vi|man|en far|kan|ska traffa|ga|umgas|prata|ha|klader`, gap: 5, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'later|lat|tillater|inte mig|en|oss|henne|honom|inte|later ha|fa egna|eget|egen|pengar|konto|bankkort|mobil|telefon|nycklar', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'hotar|hotade|hotat att ta|fa barnen|ungarna|dottern|sonen|barnet', gap: 2, unless: [...SV_IN_GENERAL, 'socialen', 'socialtjansten', 'soc'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} keeps|kept|took|hides|hid|has|locked my|our passport|passports|papers|permit|documents|id|residence`, gap: 3, unless: EN_IN_GENERAL },
  // Both read each other's (review156: "My wife reads my texts sometimes and I read hers, we have no secrets").
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} tracks|tracked|tracking|monitors|checks|reads my phone|location|messages|texts|emails`, gap: 2, unless: ['and i read hers', 'and i read his', 'no secrets', ...EN_IN_GENERAL] },
  { kind: 'domestic', lang: 'en', cue: 'turns|shows|turned|showed up wherever|everywhere i|we go|went', gap: 2, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} keeps|kept sending|texting|calling|messaging|following|watching|showing`, gap: 2, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE}|son ciehka|ciehkai|ciehkkii|valdi|valda|valdiba|valdet mu telefovnna|telefovdna|rudaid|ruttaid`, gap: 3, unless: [...SE_GENERAL, 'guokte bartni', 'haliidan vaidit'] },
];

const R22_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'storm|stormen|snostorm|snostormen|ovader|ovadret|whiteout svarar|svarat inte', gap: 8, unless: SV_IN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'och|som|hon|han vet|hittar|minns inte var|vart|hem hon|han bor|ar', gap: 2, unless: [...SV_GENERAL, 'nyckel', 'nycklarna', 'adress', 'adressen', 'paketet', 'brevet'] },
  { kind: 'emergency', lang: 'en', cue: 'slipped|fell|fallen|went|pulled into|in|under the river|lake|water|ice|rapids|current', gap: 2, unless: [...EN_GENERAL, 'almost', 'nearly', 'last year', 'phone', 'keys', 'wallet', 'love'] },
  { kind: 'emergency', lang: 'en', cue: 'went|gone|fell|broke|crashed|sank thru|through|into ice|water|lake', gap: 2, unless: ['last winter', 'last year', 'totally fine', 'fine now', ...EN_GENERAL, 'almost', 'nearly', 'last year', 'phone', 'keys', 'plans', 'deal', 'fell through the cracks'] },
  // A bin lid crushed by the bin lorry (everyday55).
  { kind: 'emergency', lang: 'en', cue: 'car|truck|bus|vehicle|suv|snowmobile|van rolled|flipped|overturned|crashed', gap: 6, unless: ['bin lid', 'not a crime scene', ...EN_GENERAL, 'last year', 'years ago', 'video', 'film', 'game', 'rolled in', 'rolled out', 'rolled up', 'rolled down', 'app', 'website', 'i mean', 'crashing', 'walked away fine', 'all walked away'] },
  { kind: 'emergency', lang: 'en', cue: 'trapped|stuck|hanging in|from the|his|her seatbelt|car|wreck|gutter|roof|edge|ledge|balcony|railing', gap: 2, unless: [...EN_GENERAL, 'traffic', 'jam', 'snow', 'parking'] },
  { kind: 'emergency', lang: 'en', cue: 'not|isnt|wont|doesnt|hasnt answering|answer|answered|open the|his|her door', gap: 2, unless: [...EN_GENERAL, 'delivery', 'package', 'parcel', 'landlord', 'plumber', 'appointment', 'salesman', 'at work', 'maybe', 'probably', 'asleep', 'sleeping'] },
  { kind: 'emergency', lang: 'sv', cue: 'sprang|springer|smet|rusade ut fran|ur grannens|huset|lagenheten|villan|butiken|affaren|kiosken', gap: 2, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'gassa|gasa|gass hadja|haja', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: '*lihkohisvuohta|*lihkuhisvuohta dal|bavccas|bavcas|varra', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'olbmo|olmmos|olbmot leat|lea bavccas|bavcas|lapmasan|lapmasuvvan', gap: 2, unless: SE_GENERAL },
];

const R22_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'koper|kopte|kopa|saljer|salde|langar nat|nagot|grejer|pase|pasar|paket genom|via rutan|fonstret|bilrutan', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'de|dom|han|hon|dem|nan|nagon ska|kommer hitta mig|oss', gap: 1, unless: [...SV_GENERAL, 'polisen', 'raddningen'] },
  { kind: 'report', lang: 'sv', cue: 'maste|tvingas|tvingar|tvingade betala|ge|swisha skatt|pengar|avgift till', gap: 3, unless: [...SV_IN_GENERAL, 'kommunen', 'skatteverket', 'hyra', 'hyran', 'medlemsavgift', 'csn', 'staten', 'forsakringskassan'] },
  { kind: 'report', lang: 'sv', cue: 'de|dom|killarna|nagra|nan|nagon tog|snodde|stal min|mina|hans|hennes jacka|mobil|mobilen|cykel|cykeln|pengar|planbok|planboken|skor|vaska|vaskan', gap: 2, unless: [...SV_GENERAL, 'pa skoj', 'lanade'] },
  { kind: 'report', lang: 'sv', cue: 'falsk|falska|fejk|fake|bluff bankman|banken|bankmannen|polis|polisen|poliser', gap: 1, unless: [...SV_SCAM_WARNING, 'dela garna', ...SV_GENERAL, 'skydda', 'skyddar', 'varna', 'undvika', 'tipset om', 'tips om', 'anslagstavlan', 'sag en film', 'en film', 'hander det har'] },
  { kind: 'report', lang: 'sv', cue: 'nan|nagon|ungdomar|folk|de|dom korde|slog|sparkade|krossade sonder', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'nude|nudes|naked|sexual|intimate pics|pictures|photos|images|video|videos', gap: 2, unless: [...EN_GENERAL, ...EN_STUDYING_IT, 'art', 'museum', 'painting'] },
  { kind: 'report', lang: 'en', cue: 'drinks|drinking|beers|beer|shots|drunk driving|drives|drive|drove home|every|each|always|kids|children|school|work', gap: 5, unless: ['was great', 'police talk on', ...EN_GENERAL, 'could the police', 'could you do', 'alcohol checks', 'sobriety checks', 'taxi', 'sober', 'designated', 'never', 'i read', 'they stop every car', 'big problem', 'too many before', 'argued at dinner', 'whether two'] },
  { kind: 'report', lang: 'en', cue: 'threw|thrown|throwing eggs|rock|rocks|stone|stones|brick|bottle|paint', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'snowball', 'snowballs', 'lake', 'river'] },
  // "geat vuvdet narkotihka" (those who sell) is how the questions about the work say it.
  { kind: 'report', lang: 'se', cue: 'vuovdet|vuovda|vuovddii|vuovdimin garrenavnnas*|narkotihka*|garrenavnnasiid|garrenmirkk*|*mirkkuid|pillerid|pilleriid|tableahtaid|dalkasiid', gap: 2, unless: [...SE_GENERAL, 'geat vuvdet', 'sin vuosta', 'sin geat'] },
];

/**
 * From the twenty-third review set (a natural mix; first sight 72 of 109 alarms and 9 of 91 false alarms on the rules
 * written from review22). A fall down the stairs and no answer, through the ice after the dog, an avalanche and skiers
 * gone, a small child missing now, a hand to the chest and no air, a leg bent the wrong way, a driver who swerves, and
 * in Sami a driver bleeding; a brother who reads the messages and threatens over boys, afraid at home ("det smäller i
 * väggarna"), food withheld, in Sami locked in and an ex who threatens every night; a friend giving things away and "vi
 * ses inte mer", a husband who talks of driving onto the ice and not coming back, a rope "just in case", in Sami not
 * wanting to be in this world; dealing seen, slurs ("n-ordet", "jävla lapp"), diesel stolen, "they know where I live",
 * a flat that does not exist, a drinker who drives home, in Sami a snowmobile stolen. Figures of speech let through: a
 * game's overdose, "benen är döda", "ni är bäst", an app that crashed, a grandfather's story from 1970.
 */
const R23_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'inte ses|hors|traffas mer|igen', gap: 1, unless: [...SV_GENERAL, 'flyttar', 'flytt', 'sommaren', 'jobbet', 'skolan', 'slutar', 'gor slut', 'gjorde slut', 'har slutat', 'om jag inte', 'om du inte', 'om vi inte'] },
  { kind: 'suicide', lang: 'sv', cue: 'pratat|pratar|pratade|sagt|sager|skrivit|skriver|funderar|tanker inte komma|aterkomma|vakna tillbaka|igen|upp', gap: 8, unless: [...SV_IN_GENERAL, 'jobbet', 'kiruna', 'hit', 'skolan', 'semester', 'resan', 'flyttar', 'flytta', 'sverige'] },
  { kind: 'suicide', lang: 'en', cue: 'rope|noose|pills|gun|shotgun just in case', gap: 6, unless: [...EN_GENERAL, 'towing', 'tow', 'climbing', 'boat', 'camping', 'hunting', 'first aid', 'bear'] },
  { kind: 'suicide', lang: 'se', cue: 'in sat haliit|halit leat|eallit dan|mailmmis|dappe|eallimis', gap: 2, unless: SE_GENERAL },
];

const R23_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `brorsan|bror|brodern|broder|storebror|storebrorsan|han|hon|${SV_PARTNERS} kollar|laser|genomsoker|snokar|gar|gick alla|mina|min|igenom meddelanden|sms|mobil|mobilen|telefon`, gap: 3, unless: [...SV_IN_GENERAL, 'jag ber henne', 'jag bad henne', 'jag ber honom', 'jag bad honom', 'svara at mig', 'laser upp', 'nar jag kor', 'slipper titta'] },
  { kind: 'domestic', lang: 'sv', cue: 'om jag pratar|traffar|umgas|ses|snackar med killar|tjejer|pojkar|svenskar|kompisar', gap: 3, unless: [...SV_IN_GENERAL, 'far jag', 'ar det okej', 'ar det ok'] },
  { kind: 'domestic', lang: 'sv', cue: 'smaller|dunkar|slar|bankar i vaggarna|vaggen|dorrarna', gap: 2, unless: [...SV_GENERAL, 'grannen', 'grannarna', 'renoverar', 'renovera', 'borrar', 'bygger', 'hantverkare'] },
  { kind: 'domestic', lang: 'sv', cue: 'vill|vagar|orkar|inte helst|inte|vagar|vill|orkar vara|va|ga|sova|bo|inte hem|hemma', gap: 2, unless: [...SV_IN_GENERAL, 'vad gor man om', 'hur manga', 'ensam', 'nyar', 'jul', 'trakig', 'trakigt', 'sjuk', 'jobba', 'i sommar', 'pa semestern'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_HOME}|stepmom|stepmum|stepdad wont|doesnt|dont|wouldnt give|let me food|eat|eating`, gap: 3, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'locks|locked|lock fridge|food|kitchen|pantry', gap: 2, unless: [...EN_GENERAL, 'dog', 'cat', 'diet', 'toddler', 'baby', 'childproof'] },
  { kind: 'domestic', lang: 'se', cue: 'lohkkada|lohkkadii|lohkada|lohkadii mu|min|lanjas|latnjii', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE}|ovddes godda|goddit|goddet|goddan mu|min`, gap: 10, unless: ['fortniteas', 'fortnite', 'jietna ijas', 'jienain ijas', 'ii duodas', 'mario', 'kartas', ...SE_GENERAL, 'fortnite', 'spealan', 'spelan', 'speallu', 'spealus', 'minecraft', 'game', 'borren', 'gahku', 'gahkku', 'muohta godda', 'muohtta godda', 'sattuid', 'sattut', 'vuodjimiin', 'vitsaiguin', 'arvosaniid', 'go oaidna'] },
];

const R23_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'foll|ramlade|trillade|damp nerfor|ner|nedfor|utfor|fran|av *trappan|*trappa|stegen|taket|balkongen', gap: 2, unless: [...SNOW_FELL, ...SV_GENERAL, 'igar', 'forra veckan', 'forra aret', 'i fjol', 'ifjol', 'i somras', 'i vintras', 'nastan', 'ersattning'] },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|sitter sager|svarar|reagerar inte|ingenting', gap: 6, unless: [...SV_GENERAL, 'sms', 'mejl', 'telefon', 'sangen', 'soffan', 'lappen', 'datorn', 'kommunen'] },
  { kind: 'emergency', lang: 'sv', cue: 'is|isen|isens gatt|gick|ramlat|ramlade|trillat|akt|gar igenom|genom', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'ras|raset|lavin|laviner|lavinen|snoskred|snoraset|snoras|skred|skredet syns|hittas|svarar|kommer inte', gap: 6, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'lavin|lavinen|snoskred|ras gick|har|precis|just', gap: 2, unless: [...SV_GENERAL, 'risk', 'fara', 'kurs', 'lavinkurs'] },
  { kind: 'emergency', lang: 'sv', cue: 'gatt|gick|kommit ett|en ras|lavin|snoskred', gap: 1, unless: [...SV_GENERAL, 'risk', 'fara', 'kurs', 'lavinkurs', 'forra vintern', 'i fjol'] },
  { kind: 'emergency', lang: 'sv', cue: 'nu ar|e hon|han borta|forsvunnen|forsvunnet', gap: 1, unless: [...SV_GENERAL, 'dog', 'dott', 'gick bort', 'saknar', 'begravning', 'begravningen', 'flyttat', 'flyttade'] },
  { kind: 'emergency', lang: 'en', cue: 'still not|isnt|hasnt|not back|home|returned|come', gap: 2, unless: [...EN_GENERAL, 'bus', 'parcel', 'package', 'refund', 'money', 'results', 'email', 'reply', 'power', 'electricity', 'internet', 'wifi'] },
  { kind: 'emergency', lang: 'sv', cue: 'far|fick|inte inte|far|fick luft', gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS, 'varmen', 'masken', 'munskydd', 'bilen', 'dacket', 'dacken', 'cykeln'] },
  { kind: 'emergency', lang: 'sv', cue: 'tar|tog sig for brostet|hjartat', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'leg|arm|foot|ankle|wrist|knee|shoulder|neck bent|twisted|pointing|facing|looks wrong|weird|backwards', gap: 3, unless: [...EN_GENERAL, 'last year', 'healed', 'yoga'] },
  { kind: 'emergency', lang: 'en', cue: 'swerving|weaving|zigzagging|swerves|weaves|drifting drunk|wasted|hammered|high|intoxicated|asleep', gap: 12, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'vuoddji|olmmos|ustit|manna|oaivi varda|varada|varrada', gap: 1, unless: [...SE_GENERAL, 'vaida', 'vaidit', 'vaidaga'] },
];

const R23_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'saljer|salja|salde|langar|langa grejer|nat|nagot|piller|pase|pasar', gap: 2, unless: [...SV_GENERAL, ...SV_DRUG_QUESTION, 'loppis', 'blocket', 'tradera', 'marknad', 'julmarknad', 'kakor', 'lotter'] },
  { kind: 'report', lang: 'sv', cue: 'saljs|langas|dealas piller|knark|gras|droger|tabletter|hasch|tjack|narkotika', gap: 1, unless: ['rykten', 'rykte', 'ryktas', 'ingen har sett', ...SV_GENERAL, 'som saljer', 'mot dem', 'mot de', 'mot dom', 'hur', 'om jag vet', 'vart vander', 'var det'] },
  { kind: 'report', lang: 'sv', cue: 'n ordet', gap: 0, unless: [...SV_GENERAL, 'vad betyder', 'far man saga', 'sager man', 'boken', 'laten', ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'javla lapp|lappar|blatte|blattar|svartskalle|svartskallar|neger|negrer|invandrare|muslim|muslimer|jude|judar|bog|bogar', gap: 0, unless: [...SV_GENERAL, 'vad betyder', 'far man saga', 'ar det olagligt'] },
  { kind: 'report', lang: 'sv', cue: '*forrad|*forradet|*tank|*tanken|kassan|kontot|*bod|*boden tomts|tomdes|lansats|lansades|lansad', gap: 6, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'know|knows where i|we live|stay', gap: 1, unless: [...EN_GENERAL, ...KNOWS_THE_ADDRESS_KINDLY] },
  { kind: 'report', lang: 'en', cue: 'hand|handing|hands|handed out|over bags|baggies|packets|pills|baggie', gap: 3, unless: [...EN_GENERAL, 'candy', 'sweets', 'flyers', 'leaflets', 'santa'] },
  { kind: 'report', lang: 'en', cue: 'apartment|flat|company|house|listing|seller|cabin|shop|website|tour|trip|booking|hotel|ad doesnt|didnt|not exist|exists|existed', gap: 2, unless: [...EN_GENERAL, 'anymore', 'any more'] },
  { kind: 'report', lang: 'en', cue: 'drives|drive|driving|drove home after|with beers|beer|drinks|shots|pints', gap: 4, unless: [...EN_GENERAL, 'taxi', 'sober', 'designated', 'never', 'is it legal'] },
  { kind: 'report', lang: 'se', cue: 'suoladedje|suoladii|suoladan|suolade|suoladuvvon|suoladuvvui', unless: ['dego', 'dego suoladuvvon', 'dal', ...SE_GENERAL, 'ovdal', 'davja', 'leago dal', 'biegga'] },
];

/**
 * From the twenty-fourth review set (a natural mix; first sight 78 of 107 alarms and 4 of 93 false alarms on the rules
 * written from review23). Lost on the fell with the trail gone in a snowstorm, blue lips and shaking after a party,
 * a forest fire with big flames, a grandmother who fell and cannot get up, someone through an ice hole who cannot be
 * pulled up, smoke seeping from a flat, a drunk man who drove off, "ska ha ihjäl mig" while hiding locked in, and in
 * Sami a moose collision and a driver who does not answer; told not to tell the school, a sister's boyfriend who will
 * kill her if she leaves, a son who keeps his old mother's bank card; steering off the road, a farewell posted, "if I
 * wasn't around", antifreeze drunk on purpose, in Sami not meaning to live; a cabin burgled over the winter, letter
 * boxes blown up, growing something under lamps, nude pictures shared, vapes sold at school, slurs over a hijab, a
 * neighbour who drinks and drives the children, in Sami drugs sold near the school and a threat online.
 */
const R24_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'katt|katten|hund|hunden|djuren|barnen om|nar jag|man inte finns|lever mer|kvar|langre', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'om|nar jag inte finns|lever mer|kvar|langre', gap: 1, unless: [...SV_GENERAL, 'i kiruna', 'pa jobbet', 'i sverige', 'flyttat'] },
  { kind: 'suicide', lang: 'en', cue: 'thinking|think|thought|fantasize|fantasizing about|of steering|driving|swerving|veering|crashing off road|bridge|cliff|edge|mountain', gap: 3, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'if i wasnt|werent|not around|here|alive', gap: 2, unless: [...EN_GENERAL, 'at home', 'to cook', 'to help', 'at work'] },
  { kind: 'suicide', lang: 'en', cue: 'drank|swallowed|drunk|ate|took antifreeze|bleach|poison|glycol|weedkiller|drano', gap: 5, unless: [...EN_GENERAL, 'dog', 'cat', 'toddler', 'baby', 'by mistake', 'accidentally'] },
  { kind: 'suicide', lang: 'sv', cue: 'druckit|drack|svalt|svalde|atit|at kylarvatska|glykol|rattgift|rottgift|blekmedel|klorin|propplosare', gap: 5, unless: [...SV_GENERAL, 'hunden', 'katten', 'barnet', 'bebisen', 'av misstag', 'rakade'] },
  { kind: 'suicide', lang: 'se', cue: 'in aiggo|haliit|hali sat eallit|leat', gap: 1, unless: SE_GENERAL },
];

const R24_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: 'inte far|fick|ska beratta|saga for|till skolan|lararen|lararna|kuratorn|polisen|socialen|soc|skolskoterskan', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'sitter|gomt|gommer|lasat|lasst in|mig|inlast pa|i toan|toaletten|badrummet|garderoben|forradet', gap: 2, unless: ['banda upp', 'forsoker banda', 'bryta sig in', 'bryter sig in', 'med kniv', 'kniv', 'vapen', 'korridoren', ...SV_GENERAL, 'jobbet', 'lol', 'kontoret', 'chefen', 'kollegan', 'kunden', 'kunderna', 'butiken', 'ranarna', 'ranaren', ...SV_CARERS, 'ran pa', 'macken', 'pistol', 'luvor', 'kastat sten', 'kastar sten', 'ropar'] },
  { kind: 'domestic', lang: 'en', cue: 'kill|hurt|beat|end her|me|him|you if she|i|he|you breaks|break|leave|leaves|tell|tells|goes|go', gap: 1, unless: [...EN_IN_GENERAL, ...JOKING_WORDS, 'fries', 'chocolate', 'spoil', 'spoiler', 'spoilers', ...EN_NOT_CLOSE_SAYS] },
  // Someone close who threatens to burn the home (review93: "my ex comes by drunk at night and says he'll burn the house
  // down if I dont let him see the kids"): the help for violence in close relationships, not the reporting reply.
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} says|said|threatens|threatened|screams|screamed|yells|yelled burn|torch house|home|flat|apartment|place|cabin|car`, gap: 6, unless: [...EN_IN_GENERAL, ...FICTION, ...JOKING] },
  // Someone at home who threatens to kill another of the family (review95: "dad was drunk at dinner and said he'd shoot
  // my brother if he ever comes home again. he has hunting rifles in the house").
  { kind: 'domestic', lang: 'en', cue: 'dad|father|mom|mum|mother|stepdad|stepfather|husband|wife said|says|threatened|threatens|swore hed|he+would|he+will|she+will|shed|to shoot|kill|stab my|our brother|sister|mom|mum|dad|son|daughter|wife|husband|kids|family', gap: 5, unless: [...EN_IN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} keeps|took|takes|has|controls my bank|card|cards|pension|money|savings|keys|phone|passport`, gap: 4, unless: [...EN_GENERAL, 'birthday card', 'christmas card', 'take out cash', 'take out money', 'borrowed', 'for me', 'helps', 'helping', 'shopping', 'by mistake', 'accidentally', 'to work'] },
];

const R24_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'tappat|tappade|tappar leden|skoterleden|sparet|vagen|orienteringen|riktningen', gap: 2, unless: [...SV_GENERAL, 'appen', 'kartan', 'gps', 'forra'] },
  { kind: 'emergency', lang: 'sv', cue: 'ser|syns inget|ingenting|inte i snostormen|stormen|dimman|yran|morkret', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'lapparna|lappar|lapparna ar|e|blir|blev|har bla|blaa|blablek', gap: 1, unless: [...SV_GENERAL, 'kylan', 'badet', 'badade', 'simmade', 'blabar', 'blabarssoppa', 'lappstift'] },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|sitter och skakar|krampar|rycker|kramper', gap: 1, unless: [...SV_GENERAL, 'kylan', 'fryser', 'frysa', 'kallt', 'skrattar', 'av skratt'] },
  { kind: 'emergency', lang: 'sv', cue: 'eld|brand|brinner i skogen|skog|terrangen|marken|fjallet', gap: 1, unless: [...SV_GENERAL, ...FIRE_KEPT, 'eldningsforbud', 'eldningsforbudet', 'far man'] },
  { kind: 'emergency', lang: 'sv', cue: 'stora|hoga|enorma lagor|flammor', gap: 0, unless: [...SV_GENERAL, ...FIRE_KEPT, 'majbrasan', 'valborg'] },
  { kind: 'emergency', lang: 'sv', cue: 'ramlat|ramlade|fallit|foll|trillat kommer|kan|orkar|far inte|int|ej upp', gap: 6, unless: [...SV_GENERAL, 'igar', 'forra veckan'] },
  { kind: 'emergency', lang: 'sv', cue: 'ska|kommer|vill ha ihjal mig|oss|henne|dig|honom', gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt pull|get|reach him|her|them|it|up|out', gap: 2, unless: ['video game', 'come to dinner', ...EN_GENERAL, 'car', 'truck', 'snowmobile', 'boat', 'splinter', 'stain', 'app', 'file', 'wheelchair', 'snow wall', 'snow walls', 'plow', 'plows', 'plough', 'ploughs', 'snowplow', 'snowplows', 'in the mornings', 'in the morning', 'mornings', 'crossword', 'a word out of'] },
  { kind: 'emergency', lang: 'en', cue: 'smoke seeping|coming|pouring|billowing|rising from|out|under', gap: 1, unless: [...EN_GENERAL, ...FIRE_KEPT, 'chimney'] },
  { kind: 'emergency', lang: 'en', cue: 'wasted|drunk|hammered|intoxicated guy|man|woman|dude|bloke|person|someone|driver drove|climbed|got|just|is|getting', gap: 3, unless: [...EN_GENERAL, 'taxi', 'sober', 'passenger', 'bus', 'if i ever', 'what number', 'saved in my phone', 'which number', 'watch out for', 'is that really a problem', 'told me to watch'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'deaividii|deaivvadii ealgga|ealgga|bohcco|bohccuid|boazu', gap: 1, unless: [...SE_GENERAL, 'measta deaividin', 'measta deaividii', 'measta deaivvadin', 'buot manai bures'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'vuoddji|olmmos ii vastit|lihkat', gap: 1, unless: SE_GENERAL },
];

const R24_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'inbrott i|pa var|min|stugan|stuga|huset|bilen|forradet|garaget|boden', gap: 2, unless: [...SV_GENERAL, 'enligt loftena', 'hur jobbar ni', 'hur arbetar ni'] },
  { kind: 'report', lang: 'sv', cue: '*ladorna|*ladan|*lador|brevlad*|postlad*|soptunn*|busskur*|skylt* sprangts|sprangdes|sprangt|sprangde|forstorts', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'odlar|odlade|odla gras|cannabis|nat|nagot|hampa|marijuana', gap: 2, unless: [...SV_GENERAL, 'tomater', 'gronsaker', 'kryddor', 'vaxthus', 'vaxthuset', 'far man'] },
  { kind: 'report', lang: 'sv', cue: 'luktar skunk|gras|cannabis|marijuana|hasch', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nakenbilder|nakenbild|nakenfilm|nakenfilmer|nakenbilderna', unless: ['hur pratar man', 'foraldramote', 'ar det olagligt', 'i klassen', 'diskussion', ...SV_GENERAL, 'hur skyddar', 'skydda', 'prata med', 'lektion', 'ar det brott', 'ar det ett brott', 'diskuterade', 'hur pratar jag', 'finns det material', 'som foralder', 'forelasning', 'forelasa', 'for ungdomarna', 'for eleverna', 'informera'] },
  { kind: 'report', lang: 'en', cue: 'are|is|keeps|keep|been|was|were selling|dealing vapes|weed|pills|drugs|coke|edibles|molly|ecstasy', gap: 2, unless: [...EN_GENERAL, 'shop', 'store', 'legal', 'age limit', 'pharmacy'] },
  { kind: 'report', lang: 'en', cue: 'shouted|yelled|screamed|called slurs|racist|names|insults', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'football', 'game', 'match'] },
  { kind: 'report', lang: 'en', cue: 'because of her|his|my|their hijab|skin|religion|accent|race|colour|color', gap: 1, unless: [...EN_GENERAL, ...EN_STUDYING_IT] },
  { kind: 'report', lang: 'en', cue: 'smelled|smell|smells|smelt booze|alcohol|liquor on him|her|his|their|breath|driver|the', gap: 2, unless: EN_GENERAL },
];

/**
 * From the twenty-fifth review set (a natural mix; first sight 81 of 110 alarms and 3 of 90 false alarms on the rules
 * written from review24; then kept unseen while review26 was written). Plain words no cue had: "han slår mamma",
 * antidepressants taken, a friend on the railway bridge who says he will jump, "čuohcá mu" (hits me); a fire in the
 * stairwell and smoke under the door, purple lips and a chest that does not move, "slutat andas", a slope that let go,
 * skiers no longer seen, someone who fell into the river, a car on its roof, a friend in a crevasse, a child lost at the
 * ice hotel, a head knock and vomiting, in Sami blood flowing; a brother who takes the money and threatens, a boyfriend
 * who decides the clothes, a sister guarded at home for "shaming the family", "if I leave him … never see the kids",
 * in Sami a boyfriend who forbids leaving; "alla skulle ha det bättre utan henne", "spelar ingen roll … inte vara kvar",
 * "nobody would notice if I …", lying down in the snow; diesel drained, a host who threatens to post photos.
 */
const R25_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'battre|lattare utan mig|henne|honom', gap: 1, unless: [...SV_GENERAL, 'gjorde slut', 'skilsmassa', 'separerade', 'exet', 'ex', 'snon', 'bilen', 'skilsmassan', 'separationen', 'sen vi'] },
  { kind: 'suicide', lang: 'sv', cue: 'spelar ingen roll inte vara|va|finnas kvar', gap: 6, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'sager|hotar|skriver|skrev|sa att han|hon|jag ska|vill|tanker hoppa', gap: 2, unless: [...SV_GENERAL, 'fallskarm', 'bungy', 'bungee', 'hopprep', 'studsmatta', 'hoppa av', 'hoppa over', 'hoppa in', 'hoppa pa', 'hoppa hage', 'hoppar av', 'simhopp', 'hoppbacken', 'skidhopp'] },
  { kind: 'suicide', lang: 'en', cue: 'nobody|noone|no would notice|care|miss if i|me', gap: 2, unless: [...EN_GENERAL, ...JOKING_WORDS, 'party', 'meeting', 'class', 'work'] },
  { kind: 'suicide', lang: 'en', cue: 'lay|lie|lying|laid down in the snow', gap: 2, unless: [...EN_GENERAL, 'angel', 'angels', 'kids', 'photo', 'picture', 'aurora'] },
];

const R25_DOMESTIC: Rule[] = [
  // Who hits is "han" or someone at home, and who is hit is family ("han slår mamma i köket nu").
  { kind: 'domestic', lang: 'sv', cue: `han|hon|${SV_HOME}|man|maken|pojkvannen|sambon|frun|flickvannen|styvfarsan|exet slar|slog|sparkar|sparkade|misshandlar|misshandlade|stryper|knuffar|knuffade|drammer|drammde mamma|pappa|syster|systern|bror|brorsan|lillebror|lillasyster|mormor|farmor|barnen`, gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME}|storebror|storebrorsan|brodern|broderna tar|tog|snor|snodde alla|mina|min pengar|pension|lon|csn|bidrag`, gap: 3, unless: ['poker', 'pa poker', 'kortspel', 'skamt asido', ...SV_IN_GENERAL, 'han lanar', 'hon lanar', 'han lanade', 'hon lanade'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME}|storebror|storebrorsan|brodern|broderna|${SV_PARTNERS} hotar|hotade att sla|doda|skada mig|oss`, gap: 8, unless: [...SV_IN_GENERAL, ...SV_SOMEONES_PARENT] },
  { kind: 'domestic', lang: 'sv', cue: 'skamt|skammat|vanarat ut familjen|slakten|oss|hedern', gap: 1, unless: [...SV_GENERAL, ...JOKING_WORDS] },
  { kind: 'domestic', lang: 'sv', cue: 'broderna|bror|brorsan|pappa|familjen|mamma|slakten vaktar|bevakar|kontrollerar henne|mig|oss|systern', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'never see|take|get the|my kids|children|son|daughter again|away', gap: 2, unless: [...EN_IN_GENERAL, 'court', 'custody hearing'] },
  { kind: 'domestic', lang: 'en', cue: 'if i leave|left him|her|them', gap: 1, unless: [...EN_IN_GENERAL, 'alone', 'baby', 'dog', 'cat', 'daycare', 'with you', 'at home', 'husky', 'puppy', 'home all day'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} in|ii oacco|ozzo vuolgit|mannat|lavket`, gap: 6, unless: SE_GENERAL },
];

const R25_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'eld|brand|brinner i trapphuset|trappuppgangen|kallaren|hallen|lagenheten|huset|vinden|garaget', gap: 1, unless: ['det var en brand', 'var en brand i', ...SV_GENERAL, ...FIRE_KEPT, 'ovning', 'brandovning', 'film', 'filmen', 'serien', 'boken', 'spelet', 'luktade brant', 'luktar brant', 'kanelbullar'] },
  { kind: 'emergency', lang: 'sv', cue: 'roken|rok tranger|kommer|valler|sipprar in|under|ut', gap: 1, unless: [...SV_GENERAL, ...FIRE_KEPT, 'skorstenen', 'grillen', 'bastun', 'roker pa balkongen', 'granne roker'] },
  { kind: 'emergency', lang: 'sv', cue: 'lila|bla|blaa|gra lappar|lapparna|ansiktet', gap: 0, unless: [...SV_GENERAL, 'kylan', 'badet', 'lappstift', 'blabar', 'smink'] },
  { kind: 'emergency', lang: 'sv', cue: 'ser|kanner inte att brostet|han|hon ror|andas|hojs', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'slutat|slutar andas', gap: 0, unless: [...SV_GENERAL, ...JOKING_WORDS, 'genom nasan', 'snarkar', 'snarkning', 'apne', 'somnapne'] },
  { kind: 'emergency', lang: 'sv', cue: 'sluttningen|hangen|snotacket|flaket|fjallsidan slappte|rasade|gick|kom', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'skidakare|skoterakare|personer|de|dom|barnet|barnen|han|hon|kompisen syns|hors inte langre|nagonstans', gap: 2, unless: [...SV_GENERAL, 'konserten', 'scenen', 'tv', 'appen'] },
  { kind: 'emergency', lang: 'sv', cue: 'ramlade|foll|trillade|halkade i *alven|sjon|vattnet|forsen|alv|ana', gap: 2, unless: [...SV_GENERAL, 'nastan', 'forra', 'igar', 'i somras', 'nar jag var'] },
  { kind: 'emergency', lang: 'sv', cue: 'strommen tar|drar|forde honom|henne|dem|barnet', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'car|truck|van|bus|vehicle|snowmobile|suv on its roof|side', gap: 2, unless: [...EN_GENERAL, 'parked', 'toy', 'lego', 'picture', 'photo'] },
  // A leg in the ice-fishing hole, laughed at (review155).
  { kind: 'emergency', lang: 'en', cue: 'slid|fell|slipped|fallen|falled|fall into|in a|the crack|crevasse|hole|gap', gap: 3, unless: ['we laughed', 'laughed so much', 'with one leg', ...EN_GENERAL, 'if you fall', 'if i fall', 'if we fall', 'if they fall', 'dont fall', 'do not fall', 'never fall', 'can fall', 'could fall', 'might fall', 'phone', 'keys', 'wallet', 'ring', 'almost', 'nearly', 'last year'] },
  { kind: 'emergency', lang: 'en', cue: 'lost|find our|my|one kid|kids|son|daughter|child|boy|girl|toddler', gap: 3, unless: ['found them both', 'find out', 'which school', ...EN_GENERAL, 'custody', 'years ago', 'last year', 'passed', 'died', 'cancer', 'grief', 'grieving', 'funeral', 'miscarriage', 'shoe', 'shoes', 'glove', 'gloves', 'mitten', 'mittens', 'hat', 'hats', 'phone', 'jacket', 'toys', 'homework', 'keys', 'for like 5 minutes', 'for 5 minutes', 'five minutes', 'heart attack mode', 'found her', 'found him', 'she was petting'] },
  { kind: 'emergency', lang: 'en', cue: 'hit|banged|bumped|struck her|his|my head throwing|vomiting|vomit|puking|confused|unconscious|bleeding|passed|dizzy', gap: 6, unless: [...EN_GENERAL, 'last week', 'yesterday', 'doctor said', 'lol', 'haha', 'for a second', 'shelf', 'cupboard'] },
  { kind: 'emergency', lang: 'se', cue: 'varra golga|golggii|golgagoahta', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: '*roasmmohus dal|varra|bavccas|bavcas', gap: 6, unless: SE_GENERAL },
];

const R25_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'tappat|tappade|tappar|tomt|tomde|stulit|snott diesel|dieseln|bensin|bensinen|drivmedel|brannolja', gap: 1, unless: [...SV_GENERAL, 'pris', 'priset', 'kostar'] },
  { kind: 'report', lang: 'en', cue: 'threatens|threatening|threatened|threaten to post|share|publish|leak|send photos|pictures|pics|videos|nudes', gap: 3, unless: EN_IN_GENERAL },
];

/**
 * From the twenty-sixth review set (a natural mix with situations not usually thought of; first sight 78 of 110 alarms
 * and 7 of 90 false alarms on the rules written from review24, the same on those from review25). A swallowed button
 * battery, a rifle aimed at people, a smell of rotten eggs, a husky attacking a child, a slow pulse, a snowmobile driven
 * off from the yard; a partner who threatens to post nudes, a father who keeps his daughter in until she agrees to
 * marry, walking on eggshells and a phone gone through every night, "pappa drämmer mamma", in Sami afraid at home and an
 * ex who says he will come; "hejdå allihopa", swerving into a lorry, fresh cuts on a sister's thighs, "no point getting
 * help … made up my mind", someone outside the railing; reindeer slaughtered by the road (in Sami the skins found),
 * a landlord who will "hälsa på med några polare" or break legs, a drunk who drives home from the pub, dealing behind
 * the ice rink, a card used without the owner, things taken out of a rental car, threats to burn a house, vodka sold
 * to a 14-year-old, a card emptied, pills given to a teen to sell, in Sami hate written on a hut.
 */
const R26_SUICIDE: Rule[] = [
  // A goodbye to the boss on quitting (review158: "skickade 'hejdå för alltid' till chefen när jag slutade idag 😂 frihet!!").
  { kind: 'suicide', lang: 'sv', cue: 'hejda|hejdaa allihopa|alla|allihop|forevigt|for', gap: 1, unless: ['nar jag slutade', 'sa upp mig', 'till chefen', 'frihet', 'semester', 'semestern', ...SV_GENERAL, 'vi ses', 'imorgon', 'trevlig', 'god natt', 'sov gott', 'ha det bra', 'pa mandag', 'efter jul'] },
  { kind: 'suicide', lang: 'sv', cue: 'svanga|svanger|kora|styra rakt|in|framfor langtradare|langtradaren|lastbil|lastbilen|trad|tradet|motande|bergvaggen', gap: 3, unless: [...SV_GENERAL, 'parkera', 'backa', 'garaget', 'han holl pa', 'hon holl pa', 'sicksack', 'full', 'rattfull', 'berusad'] },
  { kind: 'suicide', lang: 'en', cue: 'fresh|new cuts|scars|marks arms|thighs|wrists|legs|arm|wrist|stomach', gap: 4, unless: [...EN_GENERAL, 'cat', 'shaving', 'surgery', 'hockey', 'skates', 'bike'] },
  { kind: 'suicide', lang: 'en', cue: 'no point made up my mind', gap: 8, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'outside|over|beyond the railing|railings|barrier|fence', gap: 2, unless: [...EN_GENERAL, 'dog', 'ball', 'plants', 'garden', 'football'] },
];

const R26_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} says|said|threatens|threatened|will|ll post|share|leak|send|spread nudes|photos|pics|pictures|videos`, gap: 4, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'agree|agreed|forced|forcing|force|make|made me|us|her to marry|wed', gap: 3, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'cant|cannot|not leave|go the|my house|home|room until', gap: 2, unless: [...EN_IN_GENERAL, 'storm', 'snow', 'sick', 'homework', 'quarantine'] },
  { kind: 'domestic', lang: 'en', cue: 'walking|walk on eggshells', gap: 1, unless: [...EN_IN_GENERAL, 'at work', 'boss', 'manager', 'colleague', 'coworker', 'teacher'] },
  { kind: 'domestic', lang: 'en', cue: `he|she|${EN_PARTNERS} goes|went|going|checks|checked through|my phone|messages|texts|emails`, gap: 2, unless: [...EN_IN_GENERAL, 'police', 'customs', 'airport', 'security'] },
  { kind: 'domestic', lang: 'se', cue: 'balan|ballan|balat ruovttus|ruoktot|ruktui|dalus', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE}|ovddes boahta|bohtet|boadan mu|min|du viessui|lusa|ruktui|ruovttu`, gap: 8, unless: SE_GENERAL },
];

const R26_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'svalde|svalt|svaljt|atit|at batteri|batteriet|knappcellsbatteri|knappcell|magnet|magneter|spik', gap: 6, unless: [...SV_GENERAL, 'hunden', 'forra'] },
  { kind: 'emergency', lang: 'en', cue: 'smells|smell|smelling like|of rotten|sulphur|sulfur', gap: 2, unless: [...EN_GENERAL, 'egg salad', 'hot spring', 'water', 'fart', 'sandwich'] },
  { kind: 'emergency', lang: 'en', cue: 'dog|dogs|husky|huskies attacking|attacks|attacked|biting|bit|bites|mauling', gap: 2, unless: ['attack mode', 'the vacuum', 'the hoover', 'attacked the post', 'attacked the mail', 'cushion', 'the sofa', 'crime scene', 'pillow', 'the couch', ...EN_GENERAL, 'toy', 'ball', 'bone', 'last year', 'police dog', 'police dogs', 'asking if', 'asked if', 'drug dog', 'drug dogs', 'sniffer dog', 'do they', 'does it', 'a bit', 'bit of', 'christmas tree', 'my dog attacked the'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hund|hunden|hundar|hundarna|husky angriper|angrep|biter|bet|attackerar|attackerade', gap: 2, unless: ['attackerar snon', 'skosnoren', 'skosnorena', 'leksaker', 'leksakerna', 'sina leksaker', 'dammsugaren', 'dammsugare', 'robotdammsugaren', 'leksaken', 'bollen', ...SV_GENERAL, 'leksak', 'leksaken', 'bollen', 'kopplet', 'koppel', 'bet sonder', 'benet', 'i fjol', 'undrar om', 'knarkhund', 'narkotikahund', 'polisen', 'stammer det', 'julklapparna', 'julklappar', 'julgranen', 'granen', 'kudden', 'kuddarna', 'tofflorna', 'snogubben', 'pappret', 'ar det sant', 'soker med hund', 'radd for hundar', 'for tva ar sen', 'for tva ar sedan', 'min hund blev attackerad'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'en', cue: 'pulse|heartbeat super|very|really|so|is slow|weak|faint|racing', gap: 2, unless: [...EN_GENERAL, 'watch', 'fitness', 'workout', 'resting', 'athlete'] },
  { kind: 'emergency', lang: 'sv', cue: 'kor|kora|korde|drar|drog|stjal|sticker ivag pa|med min|mitt|var|vart skoter|skotern|bil|bilen|cykel|cykeln|fyrhjuling|baten', gap: 2, unless: SV_GENERAL, reportWhenOver: true },
];

const R26_REPORT: Rule[] = [
  { kind: 'report', lang: 'en', cue: 'gives|gave|giving|hands|handed|pays|paid to sell|deal|push', gap: 6, unless: [...EN_GENERAL, 'cookies', 'raffle', 'tickets', 'lottery', 'bake sale', 'calendars'] },
  { kind: 'report', lang: 'sv', cue: 'renar|renarna|ren|renen slaktrester|slaktavfall|skinn|skinnen|hudar|hudarna|huvuden', gap: 8, unless: [...SV_GENERAL, ...SV_OWN_SLAUGHTER, 'slakteriet', 'slakten'] },
  { kind: 'report', lang: 'sv', cue: 'halsa pa med nagra|sina|ett polare|kompisar|kumpaner|gang|ganget', gap: 2 },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora|kort hem full|packad|berusad|onykter|dragen|salongsberusad', gap: 6, unless: [...SV_GENERAL, 'nar hon ar full', 'nar han ar full', 'skjutsar', 'nykter', 'jag kor', 'jag korde'] },
  { kind: 'report', lang: 'sv', cue: 'kort|kortet|konto|kontot|swish|bankid utan att jag', gap: 8, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'took|stole|taken|stolen|nicked|swiped out|from of|our|my car|cabin|boat|shed|garage|truck|van|snowmobile', gap: 6, unless: [...EN_GENERAL, 'mechanic', 'tow', 'towed'] },
  { kind: 'report', lang: 'en', cue: 'theyll|hell|shell|will|gonna burn|torch|firebomb our|my|your|the house|home|car|cabin', gap: 2, unless: [...EN_GENERAL, 'sauna', 'candle', 'food', 'dinner', 'cookies'] },
  { kind: 'report', lang: 'en', cue: 'sold|sells|selling|gave|gives|bought|buys my|our|to|kids|teens|minors|13|14|15|16|17 vodka|booze|beer|alcohol|liquor|spirits|cider|snus|cigarettes|vape|vapes', gap: 6, unless: [...EN_GENERAL, 'restaurant', 'birthday', 'legal age', 'age limit'] },
  { kind: 'report', lang: 'en', cue: 'card|account|bank emptied|drained|cleaned|cleared|maxed', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'offering|offers|offered them|girls|boys|kids|teens|minors vodka|alcohol|booze|drugs|weed', gap: 3, unless: [...EN_IN_GENERAL, 'school', 'club', 'council', 'municipality', 'is it legal', 'is that allowed'] },
  { kind: 'report', lang: 'en', cue: 'adult|grown|older guy|man|men|woman messaging|texting|contacting|grooming|dming girls|boys|kids|minors|teens|children', gap: 2, unless: [...EN_IN_GENERAL, 'is it legal', 'is that allowed', 'how do i'] },
  { kind: 'report', lang: 'en', cue: 'hell|will|gonna|going break my|your|his|her legs|arms|neck|face', gap: 2, unless: [...EN_GENERAL, ...JOKING_WORDS, 'ice', 'stairs', 'slippery', 'skiing', 'snowboard'] },
  { kind: 'report', lang: 'se', cue: 'bohcco|bohccuid|bohccot|boazu nahkiid|nahkit|nahki|oivviid|oaivvit|bahcojuvvon|bahcojuvvot|bahcojuvvui|bahcon', gap: 8, unless: SE_GENERAL },
];

/**
 * From the twenty-seventh review set (a natural mix; first sight 87 of 110 alarms and 6 of 90 false alarms on the rules
 * written from review26). Someone under the snow after a slide, a grandmother who cannot be got out of the bath, "ingen
 * brandkår här än", a bus on its side and a driver who does not answer, "lol not a joke … caught fire" (a laugh no
 * longer makes it a joke when the writer says so), a father who shoves the mother into walls, "han går igenom min
 * telefon"; the highest bridge "frågar inte för att fota", "ingen mening med nåt längre" and a letter the little brother
 * will get later, stepping in front of the ore train, "I already know how I'd do it", in Sami "buoret jus mun in
 * livčče"; a text that knows which school the daughter goes to, a cellar store broken open, codes read out to a fake
 * bank and 30 000 gone, pushed and called names for wearing a veil, a driver who can barely walk to his pickup every
 * night, a fake tour, a jacket and phone taken by older boys, in Sami shameful words on a school wall; "snälla nån".
 * Told as over: "för tio år sen".
 */
const R27_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'hogst|hogsta|hogre fragar|undrar inte', gap: 6, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'ingen mening m|med nat|nagot|nagonting|livet|nanting|allt', gap: 1, unless: [...SV_GENERAL, 'att ringa', 'att fraga', 'att vanta'] },
  { kind: 'suicide', lang: 'sv', cue: 'brev|brevet|lapp|lappen ska|kommer fa|hitta|lasa sen|efterat|senare|nar', gap: 5, unless: [...SV_GENERAL, 'tomten', 'jul', 'julklapp', 'posten', 'kommunen', 'skolan'] },
  { kind: 'suicide', lang: 'en', cue: 'thinking|think|thought|fantasize|fantasizing about|of stepping|jumping|walking|lying|lie|driving|crashing in|under|into front|train|tracks|truck|bus|river|lake|water|wall|tree', gap: 3, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'know|decided|planned|figured how id|i|ill do it', gap: 1, unless: [...EN_GENERAL, 'differently', 'better', 'again', 'next time'] },
  { kind: 'suicide', lang: 'en', cue: 'whats|what the point of anything|living|life|going+on', gap: 2, unless: [...EN_GENERAL, 'meeting', 'promises', 'council', 'law', 'rule', 'rules'] },
  { kind: 'suicide', lang: 'se', cue: 'buoret jus mun|mu in livcce|livce', gap: 1 },
];

const R27_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'ligger|ar|begravd|begravda|fast under snon|raset|lavinen|massorna|skredet', gap: 2, unless: ['brunnslock', 'brunnslocket', 'cykelstall', 'cykelstallen', 'gatuskyltarna', 'skyltarna', 'skylten', 'soptunnan', 'soptunnorna', 'staketet', 'plogas', 'plogar', 'bilen ar', 'parkeringen', 'trottoaren', 'gangvagen', ...SV_GENERAL, 'bilen', 'cykeln', 'skotern', 'tomat', 'tomater', 'lokor', 'blommor'] },
  { kind: 'emergency', lang: 'sv', cue: 'ingen brandkar|brandbil|brandkaren|ambulans|ambulansen kommit|syns|an|annu', gap: 2, unless: [...SV_GENERAL, 'i byn', 'frivilliga', 'deltid'] },
  { kind: 'emergency', lang: 'en', cue: 'car|bus|truck|van|vehicle|snowmobile|suv|sled|coach lying|is|lies|its on its roof|side', gap: 6, unless: [...EN_GENERAL, 'parked', 'toy', 'picture', 'photo', 'boat', 'canoe', 'cabinet', 'shelf'] },
  { kind: 'emergency', lang: 'en', cue: 'driver|he|she|passenger isnt|not|wont|doesnt answering|responding|moving|waking', gap: 2, unless: [...EN_GENERAL, 'phone', 'emails', 'texts', 'messages', 'calls'] },
];

const R27_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'de|dom|dem|han|hon|nan|nagon vet var|vilken|vart du|jag|ni|hon|han|dottern|sonen|min bor|gar|jobbar', gap: 3, unless: [...SV_GENERAL, 'vet ni', 'vet du', 'vet inte'] },
  { kind: 'report', lang: 'sv', cue: 'uppbrutet|uppbruten|uppbrutna|inbrutet|uppbrutits', unless: [...SV_GENERAL, 'raddningstjansten', 'brandkaren', 'branner vid', 'brant vid'] },
  { kind: 'report', lang: 'sv', cue: '000|tusen borta|forsvunna|dragna', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'for att jag|vi|hon|han bar|ar|har|pratar sloja|slojan|hijab|kippa|samisk|same|muslim|svart|invandrare|gay|trans|kolt|kolten', gap: 2, unless: [...SV_IN_GENERAL, 'pjas', 'pjasen', 'novell', 'jag skriver en', 'for realismens skull'] },
  { kind: 'report', lang: 'en', cue: 'every|each night|day|weekend|friday|time driver|pickup|car|truck barely|hardly walk|stand', gap: 8, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'took|charged|stole|drew kr|sek|euros|money|000 off|from my card|account', gap: 3, unless: [...EN_GENERAL, 'fee', 'deposit back', 'refund'] },
  { kind: 'report', lang: 'en', cue: 'boys|guys|kids|teens|men took|stole|grabbed|snatched them|his|her|my', gap: 2, unless: [...EN_GENERAL, 'as a joke', 'joke', 'prank', 'turns', 'photos', 'pictures', 'selfies', 'class'] },
  { kind: 'report', lang: 'en', cue: 'came|come home without his|her|their jacket|phone|bike|shoes|money', gap: 2, unless: [...EN_GENERAL, 'forgot', 'left it', 'lost it'] },
];

/**
 * From the twenty-eighth review set (a natural mix; first sight 81 of 110 alarms and 1 of 90 false alarms on the rules
 * written from review27). A drunk who just drove off ("en full typ körde precis"), a "pangare" waved, stuck on the
 * fell in a storm, a chainsaw cut far in the forest, foam round the mouth, a partner who stops making sense in the cold,
 * a bag snatched and the thief followed; a brother who locks the writer in, "ska giftas bort", a son who threatens
 * his old mother for the pension, a father who "tar livet av mig" over a boyfriend, "gubben puttar en", "shoved mum",
 * in Sami an ex who will come; cutting again, the quickest way not to wake up, how high the old mine tower is, "skriver
 * ifall nåt händer", cuts and long sleeves, "disappear for good"; spat at and called names over skin colour, a
 * stranger's punch "on record", in Sami a hut damaged and reindeer shot; cries: "h e l p", "ååå hjälp", "HJÄLP svara då".
 */
const R28_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'snabbaste|enklaste|smartfriaste|basta|sakraste sattet|vagen|metoden|satt att inte|do|forsvinna', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'borjat|borja|borjar skara|skada|rispa|branna mig', gap: 1, unless: [...SV_IN_GENERAL, 'frisyr', 'luggen', 'haret'] },
  { kind: 'suicide', lang: 'sv', cue: 'hogt|hogst|hojd|hojden tankte|tror|borde racker|racka', gap: 8, unless: [...SV_IN_GENERAL, 'stegen', 'stege', 'taket', 'snon', 'bussen', 'lastbilen'] },
  { kind: 'suicide', lang: 'sv', cue: 'skriver|skrev|sager ifall|om nat|nagot hander', gap: 1, unless: [...SV_IN_GENERAL, 'i skolan', 'pa jobbet', 'pa festen'] },
  { kind: 'suicide', lang: 'en', cue: 'cuts|scars|marks|burns all|on over|her|his|my|their arms|wrists|thighs|legs', gap: 3, unless: [...EN_GENERAL, 'cat', 'surgery', 'hockey', 'bike', 'fell', 'accident', 'budget', 'funding'] },
  { kind: 'suicide', lang: 'en', cue: 'wears|wearing|wear long sleeves even|in summer|july|august|heat', gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'disappear|vanish for+good|forever', gap: 1, unless: [...EN_GENERAL, ...JOKING_WORDS, 'trip', 'holiday', 'move'] },
];

const R28_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: 'son|sonen|dottern|barnbarnet|barnbarn hotar|hotade|slar|slog mig|oss|mamma|pappa', gap: 4, unless: [...SV_IN_GENERAL, ...SV_SPARRING] },
  { kind: 'domestic', lang: 'sv', cue: 'tills|innan jag ger|ger honom|henne|dem pengar|pengarna|pensionen|kortet|lonen', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME}|${SV_PARTNERS}|storebror tar|ta livet av mig|oss|henne|dig`, gap: 6, unless: [...SV_IN_GENERAL, 'jobbet', 'skolan'] },
  { kind: 'domestic', lang: 'sv', cue: 'giftas|gifta|gifts bort', gap: 0, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'gubbe|gubben|karl|karlen|kille|killen|sambo|sambon|man|maken puttar|puttade|knuffar|knuffade|nyper|drar en|mig|henne|oss', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_HARM}|pushed|pushes mum|mom|mother|dad|father|stepmom|stepmum|grandma|grandpa`, gap: 0, unless: [...EN_GENERAL, 'ball', 'snowball', 'pillow'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE}|ovddes diehta gos mun|mii orun|orut|lean`, gap: 8, unless: SE_GENERAL },
];

const R28_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'full|packad|berusad|onykter|dragen typ|kille|snubbe|gubbe|man|tjej|kvinna|forare korde|kor|drog|startade', gap: 2, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sitter|satt|kort|fastnat fast|pa|i fjallet|fjallen|leden|snostorm|snostormen|stormen', gap: 2, unless: [...SV_GENERAL, 'plog', 'plogbil', 'plogbilen', 'bargning', 'bargare', 'bilen i snon', 'inget farligt', 'inte farligt', 'ingen fara', 'bara trogt', 'fast hemma i snostormen', 'har tid att'] },
  { kind: 'emergency', lang: 'sv', cue: 'skar|skurit|hogg|huggit sig med motorsagen|motorsag|yxan|yxa|sagen', gap: 4, unless: [...SV_GENERAL, 'igar', 'forra'] },
  { kind: 'emergency', lang: 'en', cue: 'he|she|partner|friend|dad|mom|husband|wife|wifes|husbands stopped|isnt|not|stops making|talking sense', gap: 2, unless: [...EN_GENERAL, 'of the', 'of it', 'rules', 'of this'] },
  // Kicked by an animal (review152: "got kicked by a bull and laughed all day").
  { kind: 'emergency', lang: 'en', cue: 'got|was|were|been punched|beaten|attacked|assaulted|mugged|jumped|robbed|stabbed|kicked by', gap: 1, unless: ['kicked by a bull', 'kicked by a reindeer', 'kicked by a horse', 'kicked by a cow', ...EN_GENERAL, ...FICTION, 'game', ...EN_ANIMAL_ATTACKS], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'grabbed|snatched|stole my|her|his bag|purse|phone|wallet|handbag and|then ran|run|drove|sped', gap: 2, unless: EN_GENERAL, reportWhenOver: true },
];

const R28_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'spottad|spottade|spottat pa', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'om|for|pga min|hans|hennes|var hudfarg|harkomst|religion|sexualitet', gap: 1, unless: SV_IN_GENERAL },
  // Not the weather ("dálki áitá fas billistit", everyday18; a draft).
  { kind: 'report', lang: 'se', cue: 'billistii|billistedje|billistan|billistuvvon|billahuvvan', unless: ['ruvke', 'guohtumiid', 'boares ja billasuvvan', 'skuvla lea boares', ...SE_GENERAL, 'dalki', 'dalkki', 'biegga', 'dulvi', 'kaffemasiidna', 'gahtacuovga', 'gahtacuovgga', 'cuovga', 'lampa'] },
];

/**
 * From the twenty-ninth review set (a natural mix; first sight 91 of 108 alarms and 1 of 92 false alarms on the rules
 * written from review28). A knife drawn at people in a queue, a man lying in the snow without a jacket, "big fire in wood
 * house … people inside"; an adult son who empties the pension account and pushes his mother against the wall, a partner
 * who locks the door and takes the key, an adult daughter who will not let her mother see friends; "jag har bestämt
 * mig … sista gången", driving into the river, searches for ways to end it, a bridge high enough not to survive;
 * dealing behind the youth centre, windows smashed again, card details used, in Sami a snowmobile taken from the yard
 * and reindeer shot. Let through: "anmäla sig" (to sign up), a hose left on the ground.
 */
const R29_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'sista gangen nan|nagon|ni|du behover|kommer|ska', gap: 2, unless: [...SV_GENERAL, 'kopa', 'betala', 'bussen', 'tag', 'taget'] },
  { kind: 'suicide', lang: 'en', cue: 'ways|way|methods|how to end it', gap: 1, unless: [...EN_GENERAL, 'with', 'relationship', 'contract', 'subscription', 'lease', 'game', 'call', 'argument', 'meeting'] },
  { kind: 'suicide', lang: 'en', cue: 'ways|way|methods|how to kill himself|herself|myself|yourself|themselves', gap: 1, unless: EN_STUDYING_IT },
  { kind: 'suicide', lang: 'en', cue: 'high|tall|deep|far enough to|not survive|die|kill', gap: 2, unless: [...EN_GENERAL, 'jump over', 'ski', 'snowboard'] },
];

const R29_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} wont|doesnt|dont|wouldnt let me see|go|leave|visit|meet`, gap: 4, unless: ['until i promise', 'not to sing', ...EN_IN_GENERAL, 'movie', 'film', 'concert', 'party', 'game'] },
  { kind: 'domestic', lang: 'sv', cue: `han|hon|sonen|dottern|grabben|barnen|${SV_PARTNERS} tommer|tomde|tomt|tar|snor mitt|min|mina *konto|*kontot|pension|pensionen|sparpengar|sparpengarna`, gap: 3, unless: SV_IN_GENERAL },
  // A boss, a colleague or a customer who grabs or pushes one (review89: "min chef tog tag i mig i halsen och tryckte upp mig
  // mot väggen … förra veckan"): no one close.
  { kind: 'emergency', lang: 'sv', cue: 'chef|chefen|kollega|kollegan|kund|kunden|passagerare|passageraren|arbetsledaren|formannen tog+tag+i|slog|knuffade|tryckte|sparkade|hotade|spottade+pa mig', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  // Those who give care or assistance, who hit or are drunk at work (review91: "min assistent slår mig just nu. jag sitter
  // inlåst i badrummet", "the night staff at my brothers group home is drunk"; the Sami ones drafts). Not close
  // people: 112, or the report when told as over.
  { kind: 'emergency', lang: 'sv', cue: `${SV_CARERS_CUE} slar|slog|sparkar|sparkade|nyper|nop|hotar|hotade|spottar|spottade mig|honom|henne|oss|mamma|pappa`, gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `${SV_CARERS_CUE} ar|var full|packad|berusad|onykter|aspackad|plakat|dragen|paverkad`, gap: 3, unless: [...SV_GENERAL, ...FICTION, 'full av', 'full fart', 'full gang', 'full koll', 'full kontroll', 'fullt', 'packad med', 'julfesten', 'personalfesten', 'efter jobbet', 'ledig'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: `${EN_CARERS_CUE} is|are|was|were|got drunk|wasted|hammered|intoxicated`, gap: 6, unless: [...EN_GENERAL, ...FICTION, 'christmas party', 'staff party', 'after work', 'day off', 'off duty', ...EN_NOT_DRUNK], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'assisteanta|assisteantta|bargi|bargit|divssar lea|leat|lei garrenoaivvis|garremis|juhkan', gap: 3, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'domestic', lang: 'sv', cue: 'foser|knuffar|knuffade|trycker|tryckte|slanger|slangde|kastar|kastade mig|henne|oss mot|i|in vaggen|vaggarna|golvet', gap: 3, unless: [...SV_GENERAL, 'hockey', 'matchen', 'traningen', 'chefen', 'min chef', 'kunden', 'kollegan'] },
  { kind: 'domestic', lang: 'sv', cue: 'nyckeln|nycklarna|dorren|ytterdorren kommer|kan inte ut', gap: 8, unless: [...SV_GENERAL, 'snon', 'is', 'isen', 'frusit', 'fastfrusen', 'lasmed', 'lasmeden', 'tappat'] },
];

const R29_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'dragit|drog|drar|tagit|tog|plockat|plockade fram en|ett kniv|kniven|vapen|vapnet|pistol|pistolen|yxa|yxan|machete', gap: 2, unless: [...SV_GENERAL, ...SV_HUNTING, 'tarta', 'tartan', 'brodet', 'kaka', 'kok', 'koket', 'kottet', 'smorgastarta'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|legat en|nan|nagon man|kvinna|person|kille|tjej|gubbe|tant|unge|barn i|pa snon|marken|gatan|isen|vagen|diket', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'big|huge|large|massive fire', gap: 1, unless: [...EN_GENERAL, ...FIRE_KEPT, 'bonfire', 'campfire', 'festival', 'last year', 'history', 'heard', 'last week', 'last month', 'yesterday', 'news', 'show', 'museum', 'exhibition', 'film'] },
  { kind: 'emergency', lang: 'en', cue: 'fire|burning|smoke people|someone|somebody|kids|children inside|trapped', gap: 8, unless: [...EN_GENERAL, ...FIRE_KEPT, 'drill', 'movie'] },
];

const R29_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'det langas|dealas|knarkas bakom|vid|pa|utanfor|i', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'rutorna|rutan|fonstren|fonstret|dorren|glaset ar|har|blev krossade|krossad|sonderslagna|sonderslagen|sonder', gap: 4, unless: [...SV_GENERAL, 'stormen', 'ovadret', 'hagel'] },
  { kind: 'report', lang: 'en', cue: 'used|using my card|account|identity|details|name', gap: 2, unless: [...EN_GENERAL, 'to pay', 'to book', 'to log', 'to sign', 'bankid'] },
  { kind: 'report', lang: 'en', cue: 'need|needs a|the police report|reference', gap: 2, unless: EN_IN_GENERAL },
  { kind: 'report', lang: 'se', cue: 'valddii|valde|valdan|valdet mu|min skohtera|biilla|skohter|sabehiid', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'bahcce|bahce|bahcii|bahcet|bahcan bohcco|bohccuid|bohccot|ealggaid', gap: 2, unless: [...SE_GENERAL, 'garddis', 'njuovahahkii', 'njuovvat', 'njuovvan'] },
];

/**
 * From the thirtieth review set (a natural mix; first sight 87 of 108 alarms and 4 of 92 false alarms on the rules
 * written from review29). A driver "stupfull" or drinking from a bottle, all over the road; a father who turns the key
 * of the child's room from outside, an ex who rings forty times a day ("om dan"), a mother who will kill the child for
 * telling the school, parents planning to marry a 17-year-old to a cousin; a farewell from the railway bridge ("sista
 * kvällen"), the razor out again, a whole strip of sleeping pills "and stay asleep forever", in Sami a plan to eat all the
 * medicines tomorrow and "buoret livččii jus in livččii šat"; called racist things, a shoplifter, a bike nicked and
 * something to file, a tour paid for and nobody came, a friend who drives home hammered every Friday, in Sami a drunk
 * driver ("vuodjá gárremis"), pills sold behind the school and a fraud online. Let through: a role-play kidnapping,
 * attacked by mosquitoes, "skjuter mig själv i foten", a survival game.
 */
const R30_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'en', cue: 'razor|razors|blade|blades come|came|s out|back again', gap: 2, unless: [...EN_GENERAL, 'shaving', 'shave', 'beard', 'legs smooth', 'stores', 'shop', 'sale'] },
  { kind: 'suicide', lang: 'en', cue: 'couldnt|cant|could+not stop myself|hurting|cutting', gap: 2, unless: [...EN_GENERAL, 'eating', 'laughing', 'buying', 'cake', 'chocolate', 'watching', 'crying'] },
  { kind: 'suicide', lang: 'en', cue: 'stay|sleep|fall|be asleep|sleeping forever|permanently', gap: 2, unless: [...EN_GENERAL, ...JOKING_WORDS, 'weekend', 'holiday', 'movie', 'book', 'cat', 'dog'] },
  { kind: 'suicide', lang: 'se', cue: 'aiggun|aigon|haliidan|aigu borrat|valdit|njiellat buot|olu dalkasiid|pilleriid|tableahtaid|dalkkasiid', gap: 2, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'jus in livccii|livcce|livce sat', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'eallin lea nu|hui|menddo lossat|lossa|garas|varas', gap: 2, unless: SE_GENERAL },
];

const R30_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME}|${SV_PARTNERS}|storebror ska|kommer doda|dodar|morda|sla+ihjal|slar+ihjal mig|oss|dig`, gap: 6, unless: [...SV_IN_GENERAL, ...JOKING_WORDS, 'betyg', 'betygen', 'nar hon ser', 'nar han ser', 'om jag glommer', 'rummet ser ut'], jokeable: true },
  { kind: 'domestic', lang: 'sv', cue: 'mitt|vart rum|rummet utsidan|utifran', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'planning|plan|want|wants|going|arranged|arranging to marry me|her|us', gap: 3, unless: EN_IN_GENERAL },
];

const R30_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'foraren|chaufforen|han|hon verkar|ar|e stupfull|stupfulla|full|packad|berusad|onykter|dragen|pulvriserad', gap: 2, unless: [...SV_GENERAL, 'igar', 'forra', 'alltid', 'brukar', 'full av', 'full fart', 'full koll'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'truck|car|van|driver|pickup|he|she is|s|driving all over the road|lane', gap: 3, unless: [...EN_GENERAL, 'last week', 'yesterday'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'driver drinking|swigging|drinks from|out bottle|can|flask', gap: 3, unless: [...EN_GENERAL, 'water', 'coffee', 'soda', 'energy'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'vuoddja|vuodja|vuojii garremis|garrin|juhkan', gap: 1, unless: SE_GENERAL, reportWhenOver: true },
];

const R30_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'kallad|kallade|kallat rasistiska|fula|grova|hemska saker|namn|ord|glosor', gap: 1, unless: ['svt', 'serie', 'serien', 'avsnittet', 'avsnitt', ...SV_GENERAL] },
  { kind: 'report', lang: 'sv', cue: 'snattare|snattade|snattat|snattning|snattaren', unless: [...SV_GENERAL, 'hur mycket', 'straffet', 'jobbar polisen', 'gor polisen', 'elever som', 'alls'] },
  { kind: 'report', lang: 'en', cue: 'had|got my bike|car|phone|wallet|bag|purse nicked|stolen|taken|robbed|pinched', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'paid nobody|noone|no came|showed|turned', gap: 8, unless: [...EN_GENERAL, 'parking', 'to check', 'meeting'] },
  { kind: 'report', lang: 'en', cue: 'website|site|page|listing is|was|has gone|disappeared|deleted|vanished', gap: 2, unless: [...EN_GENERAL, 'down', 'maintenance', 'your', 'the council', 'kommun'] },
];

/**
 * From the thirty-first review set (a natural mix; first sight 87 of 109 alarms and 4 of 91 false alarms on the rules
 * written from review30). A lock drilled out right now, a little sister gone from the playground for twenty minutes, a
 * 3-year-old who ate blood-pressure pills, a man with a bat smashing windscreens, a corridor full of smoke and a hot door
 * handle; an ex at the fence every morning sending photos of the front door, "vågar inte sova hemma", a marriage to a
 * cousin, a stepfather who locks the child in, an adult son who demands money and pushes his mother against the wall, a
 * father who takes every krona of a summer job, a sister's boyfriend who hurts her, a stepmother who will send the
 * child back to the home country, in Sami parents who take the money and phone and keep the child in; "om jag bara
 * slutade finnas", sleeping pills saved in a jar, "on the bridge … thinking about it", in Sami a sister who sold all her
 * things and needs nothing more; a drunk who drives home from the pub every Friday, a wallet lifted at the bar. Let
 * through: "mörda min väckarklocka", a phone "stulen … skojar 🙈", a story from the 1960s, a joke about the dog.
 */
const R31_SUICIDE: Rule[] = [
  // Quitting a habit ("Hur gör jag om jag vill sluta dricka, finns det hjälp", review153).
  { kind: 'suicide', lang: 'sv', cue: 'slutade|sluta|slutar finnas|existera', gap: 1, unless: ['sluta dricka', 'sluta roka', 'sluta snusa', 'sluta spela', 'sluta med alkohol', ...SV_GENERAL, 'instagram', 'facebook', 'snap', 'tiktok', 'natet', 'sociala medier', 'butiken', 'affaren', 'cafeet', 'tidningen', 'bussen', 'linjen', 'vill sluta', 'beroendemottagning', 'dricker for mycket'] },
  // Not going on, with a weapon or a rope at hand (review152: "can't do this anymore. lost half the herd this winter.
  // sitting in the hut with the rifle"): with the suicide rules, before a weapon's rules read it as a threat.
  { kind: 'suicide', lang: 'en', cue: 'cant+do+this+anymore|cant+go+on|cant+take+it+anymore|cannot+go+on rifle|gun|shotgun|rope|pills', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'hunting season', 'the hunt'] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar+inte+mer|orkar+inte+langre|klarar+inte+mer gevaret|bossan|vapnet|repet|tabletterna', gap: 12, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING] },
  { kind: 'suicide', lang: 'sv', cue: `sparat|samlat|samlar|sparar|gommer|gomt|hamstrat alla|mina|en|massa ${SV_PILLS}`, gap: 3, unless: [...SV_IN_GENERAL, 'resan', 'resa', 'semester', 'semestern', ...SV_PILLS_RETURNED] },
  { kind: 'suicide', lang: 'en', cue: 'bridge|edge|tracks|railway|roof|cliff thinking|think about it', gap: 6, unless: [...EN_GENERAL, 'photo', 'photos', 'aurora', 'view'] },
  { kind: 'suicide', lang: 'se', cue: 'ii darbbas|darbas maidege|mihkkege|maide sat', gap: 1, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'vuovdan|addan|attii|vuvddii buot iezas|su dinggaid|opmodaga', gap: 2, unless: SE_GENERAL },
];

const R31_DOMESTIC: Rule[] = [
  // An ex met everywhere in a small town (review156: "Exet dyker upp på varenda fest i Kiruna, stan är för liten").
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} star|stod|vantar|dyker|sitter vid|utanfor|pa`, gap: 2, unless: ['varenda fest', 'pa varenda', 'stan ar for liten', ...SV_IN_GENERAL] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} skickar|skickade|skickat bilder|foton|filmer`, gap: 2, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'gifta|giftas|gifter kusin|kusinen', gap: 6, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'son|sonen|dottern|barnbarn|barnbarnet kraver|kravde pengar|pengarna', gap: 6, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'marry|married|wed cousin', gap: 4, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} takes|took|keeps every|all krona|kronor|penny|cent|salary|wages|paycheck|money`, gap: 2, unless: [...EN_IN_GENERAL, 'saves', 'saving', 'for me'] },
  { kind: 'domestic', lang: 'en', cue: `her|his ${EN_PARTNERS} is|s|keeps ${EN_HARM}|hurting her|him`, gap: 2, unless: [...EN_IN_GENERAL, 'feelings'] },
  { kind: 'domestic', lang: 'en', cue: 'send|sent|put|ship me|us back|home|plane to|back my|our country|homeland', gap: 4, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} in|ii beasa olggos|eret|ruoktot`, gap: 8, unless: SE_GENERAL },
];

const R31_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'letat|sokt|letar i|efter|overallt min|minuter|timme|timmar|halvtimme|halvtimmen', gap: 3, unless: [...SV_GENERAL, 'nycklar', 'nycklarna', 'mobilen', 'planboken', 'vanten', 'mossan', 'katten', 'jobb', 'lagenhet', 'parkering', 'kiruna se', 'blanketten', 'pa hemsidan', 'pa natet'] },
  { kind: 'emergency', lang: 'sv', cue: 'atit|svalt|svalde|druckit|tagit *mediciner|*medicinerna|*tabletter|*tabletterna|*piller|*medicin han|hon|e|ar 1|2|3|4|5|ett|tva|tre|fyra', gap: 4, unless: [...SV_GENERAL, 'sina tabletter', 'sina mediciner', 'sin medicin', 'aldre', 'yngre'] },
  { kind: 'emergency', lang: 'en', cue: 'bashing|smashing|smashes|bashes|breaking|kicking car|cars|windscreen|windscreens|windows|windshields', gap: 4, unless: [...EN_GENERAL, 'game', 'ice', 'record'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'full|filled of|with smoke', gap: 1, unless: ['pancakes', 'burnt the', 'burned the', 'toast', 'vent filter', ...EN_GENERAL, ...FIRE_KEPT] },
  { kind: 'emergency', lang: 'en', cue: 'door|handle|doorknob|wall is|feels hot', gap: 2, unless: [...EN_GENERAL, ...FIRE_KEPT, 'sun', 'radiator', 'heating'] },
];

const R31_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora hem fran krogen|puben|baren|festen|pubben varje|varenda|alla|hela|alltid', gap: 2, unless: [...SV_GENERAL, 'jag kor', 'nykter', 'taxi', 'chauffor', 'skjutsar'] },
  { kind: 'report', lang: 'en', cue: 'wallet|phone|purse|bag was|got lifted|pinched|nicked|swiped', gap: 2, unless: EN_GENERAL },
];

/**
 * From the thirty-fourth review set (fourteenth session): an ex who has sat or stood outside for an hour, threats sent
 * every day about the children "med våld", a threat to burn the house if she leaves; a friend's goodbye on Snapchat,
 * how many pills "för att inte vakna", the quickest way to die, a man who keeps looking at his rifle; the ice cracking
 * under the snowmobile with water coming up, exhaust in the cabin with dizzy children, a fire in the stairwell, lost on
 * the fell; a mother who does not answer and sounded strange; card fraud, a fake phone sold online, a stolen identity,
 * parcels taken from the mailbox, threats posted on a business page. In Sami: an ex outside for an hour, a friend who
 * says she will die tonight.
 */
/** "I don't know what to do anymore" about a thing, not about one's life. */
const EN_STUCK_ON_A_TASK = [...EN_GENERAL, 'with my', 'with the', 'with this', 'about the', 'about my'];
/** Exhaust, fumes and headaches asked about, not felt now. */
const EN_FUMES_AS_A_TOPIC = [...EN_GENERAL, 'symptoms of', 'signs of', 'course', 'what are the signs', 'prices', 'price', 'bill', 'noise'];

const R34_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'sista gangen vi|ni hors|ses|pratas', gap: 1, unless: [...SV_GENERAL, 'innan', 'semester', 'semestern', 'flyttar', 'flytten', 'resan', 'sommaren', 'jul', 'julen', 'skolan', 'terminen'] },
  { kind: 'suicide', lang: 'sv', cue: 'ledsen|forlat for allt', gap: 1, unless: [...SV_GENERAL, 'krangel', 'besvaret', 'strulet', 'vantan', 'forseningen', 'sent', 'svar'] },
  { kind: 'suicide', lang: 'sv', cue: `${SV_PILLS} inte vakna`, gap: 8, unless: [...SV_IN_GENERAL, ...FICTION, 'mitt i natten', 'pa natten', 'for tidigt', 'pa morgonen'] },
  { kind: 'suicide', lang: 'en', cue: 'quickest|fastest|easiest|painless|best way to die', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'game', 'minecraft', 'in the game', 'character', 'plants', 'battery'] },
  { kind: 'suicide', lang: 'en', cue: 'keep|kept|been looking|staring at my|the rifle|gun|shotgun|pistol|revolver', gap: 3, unless: [...EN_GENERAL, 'buy', 'buying', 'sell', 'selling', 'clean', 'cleaning', 'hunting season', 'licence', 'license'] },
  { kind: 'suicide', lang: 'en', cue: 'dont know what to do anymore', gap: 0, unless: EN_STUCK_ON_A_TASK },
  { kind: 'suicide', lang: 'en', cue: 'idk what to do anymore', gap: 0, unless: EN_STUCK_ON_A_TASK },
  { kind: 'suicide', lang: 'se', cue: 'aigu|aiggun|aigo|aigot japmit|jamit', gap: 1, unless: SE_GENERAL },
];

const R34_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} har statt|suttit|vantat|stat|sitter utanfor|vid|pa`, gap: 2, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} med vald`, gap: 14, unless: [...SV_IN_GENERAL, 'anmalde', 'anmalt', 'domd', 'domdes'] },
  { kind: 'domestic', lang: 'sv', cue: 'tog|tar|tagit henne|mig|honom|mamma om halsen|strupen', gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'sitting|standing|waiting|parked outside ex', gap: 12, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} sitting|standing|waiting|parked outside`, gap: 3, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: 'says|said|threatens|threatened if i leave', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'boss', 'manager', 'my job', 'the job', 'company', 'landlord', 'teacher', 'coach'] },
  { kind: 'domestic', lang: 'se', cue: 'ovddes olmmai|isit|irgi|moarsi|guoibmi cuozzu|cuozzo|lea|orru olggobealde|uksa|uvssa', gap: 3, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'aita|aitii|aitet|dearpa|dearpai mu ovddes', gap: 10, unless: SE_GENERAL },
];

const R34_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'isen knakar|spricker|sviktar|brakar|brister under|runt', gap: 4, unless: [...SV_GENERAL, 'varen', 'varsolen', 'snart', 'islossning', 'islossningen', 'forr', 'forra vintern', 'i vintras', 'hor man', 'later det', 'ljud fran isen'] },
  { kind: 'emergency', lang: 'en', cue: 'ice cracking|creaking|breaking|noises|groaning', gap: 3, unless: [...EN_GENERAL, 'spring', 'in spring', 'used to', 'years ago', 'last winter', 'sound of', 'yet', 'is the ice', 'when does', 'when will', 'ice road', 'skating', 'safe to', 'breaking up', 'beautiful'] },
  { kind: 'emergency', lang: 'en', cue: 'water coming|seeping up|through around|under', gap: 2, unless: [...EN_GENERAL, 'basement', 'pipe', 'pipes', 'drain', 'roof', 'sink', 'toilet'] },
  { kind: 'emergency', lang: 'en', cue: 'exhaust|fumes|generator|gas headache|headaches|dizzy|nauseous|sleepy', gap: 12, unless: EN_FUMES_AS_A_TOPIC },
  { kind: 'emergency', lang: 'en', cue: 'headache|headaches|dizzy|nauseous exhaust|fumes|generator|gas', gap: 12, unless: EN_FUMES_AS_A_TOPIC },
  { kind: 'emergency', lang: 'sv', cue: 'avgaser|avgaslukt|avgasroret|avgasror|kolos|generatorn|generator yr|yra|huvudvark|illamaende', gap: 12, unless: [...SV_GENERAL, 'symtom pa', 'tecken pa', 'kurs', 'kursen'] },
  { kind: 'emergency', lang: 'en', cue: 'fire|smoke in the stairwell|stairs|corridor|hallway|basement|attic', gap: 2, unless: [...EN_GENERAL, 'drill', 'alarm', 'last year', 'years ago', 'extinguisher', 'exit', 'escape', 'door', 'safety', 'blanket', ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'smoke everywhere', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'sauna', 'bbq', 'barbecue', 'grill', 'smokers', 'cigarette'] },
  { kind: 'emergency', lang: 'se', cue: 'lean|leat|lea lahppon duoddaris|meahcis|vuovdai|vuvddis|duoddarii', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: `${SV_MISSING} svarar|svarade inte konstig|orolig|ensam|sjalv|fallit|ramlat|sjuk`, gap: 12, unless: [...SV_GENERAL, 'mejl', 'mejlet', 'sms et', 'kommunen', 'polisen'] },
];

/** A cry for help in a few more words than detectHelpCry allows: not knowing whom to ask, asking to be called. */
const R34_HELP: Rule[] = [
  { kind: 'help', lang: 'en', cue: 'need help dont know who|where', gap: 3, unless: [...EN_GENERAL, 'help with', 'help finding', 'help getting', 'homework', 'form', 'application', 'permit'] },
  { kind: 'help', lang: 'en', cue: 'someone|somebody|anyone call me', gap: 2, trailing: new Set(['please', 'pls', 'plz', 'asap', 'now', 'quickly', 'fast', 'urgently']) },
  { kind: 'help', lang: 'sv', cue: 'behover hjalp vet inte vem|vart', gap: 3, unless: [...SV_GENERAL, 'hjalp med', 'blankett', 'ansokan', 'lexan', 'laxan'] },
  { kind: 'help', lang: 'sv', cue: 'nagon|nan ringa mig', gap: 2, unless: ['vill du', 'ska jag', 'kan jag', 'vill ni'], trailing: new Set(['snalla', 'nu', 'fort', 'asap', 'direkt']) },
];

const R34_REPORT: Rule[] = [
  { kind: 'report', lang: 'en', cue: 'sold|selling me a fake|counterfeit|stolen', gap: 3, unless: [...EN_GENERAL, 'is it legal', 'allowed'] },
  { kind: 'report', lang: 'en', cue: 'cloned|skimmed|copied|hacked my|our|her|his card|bankcard|creditcard', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'purchases|charges|payments i|we|she|he didnt|didn make', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'taking|stealing|stole|took|takes my|our parcels|packages|mail|post|deliveries', gap: 3, unless: [...EN_GENERAL, 'postnord', 'delay', 'delayed'] },
  { kind: 'report', lang: 'en', cue: 'posting|posts|posted|commenting|writing smash|burn|kill|hurt|beat', gap: 10, unless: [...EN_IN_GENERAL, ...FICTION, 'game', 'lyrics', 'song', 'what do you', 'is it legal', 'allowed'] },
  { kind: 'report', lang: 'sv', cue: 'anvander|anvant|anvande|tagit|stulit mitt|min|hennes|hans|farmors|mormors|pappas|mammas personnummer|identitet|bankid', gap: 2, unless: [...SV_GENERAL, 'min sambo', 'min man', 'min fru', 'min pojkvan', 'min kille', 'mitt ex', 'min make'] },
  { kind: 'report', lang: 'sv', cue: 'fakturor|rakningar for saker|grejer jag|hon|han|vi aldrig', gap: 4, unless: SV_GENERAL },
];

/**
 * From the thirty-fifth review set (fourteenth session; situations not usually thought of first): an oxygen machine in a
 * power cut, a horse loose on the E10, a dog that bit a child and is still loose, a child with autism run off in the
 * cold, a spiked drink, a worker fallen down a shaft and "need an ambulance", a drunk guide about to drive; grooming, a
 * boss who keeps the passports, a "bank" visitor who took the cards, home-care staff taking money, groping at a care
 * home, an account emptied under a power of attorney, a photo of one's house from a stranger; an ex who keeps making new
 * accounts and turns up at work, not being allowed to have friends; "lättare om jag bara försvann", a lot of pills an
 * hour ago; fear with nothing more ("Jag är så rädd, vet inte vad jag ska göra"). In Sami: a fire in the house, a
 * horse loose, a plea with "he is coming now".
 */
/** Bleeding that stops on its own. */
const SV_SMALL_BLEEDS = [...SV_GENERAL, 'naset', 'nasblod', 'tandkottet'];

/** Bleeding that will not stop, whatever caused it: 112 first (before the self-harm cues, which say the same less urgently). */
const R35_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'slutar inte|aldrig bloda', gap: 1, unless: SV_SMALL_BLEEDS },
  { kind: 'emergency', lang: 'sv', cue: 'vill inte sluta bloda', gap: 1, unless: SV_SMALL_BLEEDS },
  { kind: 'emergency', lang: 'en', cue: 'wont|doesnt|cant|isnt stop|stopping bleeding', gap: 1, unless: [...EN_GENERAL, 'nose', 'nosebleed', 'gums'] },
  { kind: 'emergency', lang: 'se', cue: 'varra golga|golgga|golgo', gap: 1, unless: SE_GENERAL },
];

const R35_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'lattare om jag bara|inte forsvann|forsvinner|fanns|dog', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'took|taken|swallowed|ate lot|many|loads pills|tablets|meds|painkillers|paracetamol', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'vitamin', 'vitamins'] },
];

/** Friends not allowed by a hospital, a school or house rules, or asked about in general. */
const EN_FRIENDS_RULES = [...EN_IN_GENERAL, ...FICTION, 'hospital', 'quarantine', 'is it legal', 'is that legal', 'can parents', 'at school', 'in class', 'friends over', 'dorm', 'rules'];

const R35_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} keeps|kept making|creating|opening new accounts|profiles`, gap: 3, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} showed|turned up|up at my`, gap: 3, unless: [...EN_IN_GENERAL, ...JOKING, 'party', 'wedding', 'funeral', 'president', 'minister', 'champion'] },
  { kind: 'domestic', lang: 'en', cue: 'im not allowed to have|see|meet friends', gap: 2, unless: EN_FRIENDS_RULES },
  { kind: 'domestic', lang: 'en', cue: 'i am not allowed to have|see|meet friends', gap: 2, unless: EN_FRIENDS_RULES },
];

const R35_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'syrgasapparat|syrgasapparaten|syrgas|syrgasen|respirator|respiratorn|andningsapparat|andningsapparaten piper|stannat|slutat|batteriet|strommen', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'strommen|batteriet syrgasapparat|syrgasapparaten|syrgas|syrgasen|respirator|respiratorn|andningsapparat|andningsapparaten', gap: 8, unless: [...SV_GENERAL, 'planerat', 'planerad', 'nasta vecka'] },
  { kind: 'emergency', lang: 'en', cue: 'oxygen|ventilator|respirator concentrator|machine|tank|stopped|empty|beeping|running', gap: 4, unless: [...EN_GENERAL, 'planned', 'next week', 'how long'] },
  { kind: 'emergency', lang: 'sv', cue: 'hast|hasten|hastar|ko|kor|tjur los|losa|lost|springer|springa pa|vid|over e10|vagen|vagbanan|riksvagen', gap: 3, unless: [...SV_GENERAL, 'igar', 'forra'] },
  { kind: 'emergency', lang: 'en', cue: 'horse|horses|cow|cows|bull running|loose|wandering on|along|near the|e10|road|highway', gap: 3, unless: [...EN_GENERAL, 'yesterday', 'last week'] },
  { kind: 'emergency', lang: 'se', cue: 'heasta|heasttat|gussa luovos|luovus', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'hund|hunden|hundar bitit|bet|biter min|mitt|var son|dotter|barn|pojke|flicka|mig', gap: 3, unless: [...SV_GENERAL, 'i fjol', 'forra aret', 'som liten'] },
  { kind: 'emergency', lang: 'sv', cue: 'sprungit|rymt|stuckit|forsvunnit hemifran', gap: 1, unless: [...SV_GENERAL, 'katt', 'katten', 'hund', 'hunden', 'som liten', 'som ung', 'forr', 'till mormor', 'till farmor', 'till morfar', 'till farfar', 'till grannen', 'tva hus bort'] },
  { kind: 'emergency', lang: 'sv', cue: 'haft|hallt|lagt|stoppat|blandat nat|nagot|grejer i min|mitt drink|drinken|glas|glaset|ol|olen', gap: 3, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'blev|blivit drogad|drogade|drogat', gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'drink|drinks was|got|been|were spiked|drugged', gap: 2, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'i|we|she|he was|were|got|been drugged|roofied', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'drugged up', 'so drugged', 'drugged on'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'need|needs|send an|a ambulance', gap: 1, unless: [...EN_GENERAL, 'number for', 'what number', 'how do i', 'how to'] },
  { kind: 'emergency', lang: 'en', cue: 'fell down|into a|the shaft|mineshaft|cliff|crevasse|well', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'years ago', 'last year'] },
  { kind: 'emergency', lang: 'en', cue: 'drunk|wasted|high|hammered about+to|going+to|gonna drive', gap: 3, unless: [...EN_GENERAL, 'yesterday', 'last night'] },
  { kind: 'emergency', lang: 'se', cue: 'dolla lea|buolla viesus|lanjas|goadis|stobus|garddis', gap: 2, unless: [...SE_GENERAL, 'gaffe', 'kaffe', 'nu bures', 'buorre eallin'] },
  { kind: 'emergency', lang: 'se', cue: 'veahki|veahket son|sii boahta|bohtet dal', gap: 3, unless: SE_GENERAL },
];

const R35_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'visar sig vara vuxen|vuxna', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'egentligen vuxen|vuxna', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'tagit|tog|tar|har|behallit mitt|allas|vara|deras|hans|hennes pass|passet|passen', gap: 2, unless: [...SV_GENERAL_BUT_REASON, 'forlorat', 'tappat', 'fornya', 'forlanga'] },
  { kind: 'report', lang: 'sv', cue: 'tagit|tar|tog|stulit|stjal|snott pengar ur|fran', gap: 2, unless: [...SV_GENERAL, 'med lov', 'med mitt lov', 'med min tillatelse', 'gemensamt kort'] },
  { kind: 'report', lang: 'sv', cue: 'tafsat|tafsar|tafsade pa henne|honom|mig|min|hans|hennes', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'fran banken kort|koder|koden|bankid|pinkod', gap: 10, unless: [...SV_GENERAL, 'nya', 'nytt'] },
  { kind: 'report', lang: 'en', cue: 'get|have me deported', gap: 0, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'if i tell anyone|anybody|someone|police hurt|kill|deport|deported', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'emptying|emptied|draining|drained her|his|my|their|grandmas|grandpas account|accounts|savings', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'sent me a photo|picture|pic of my house|home|door|car|kids', gap: 3, unless: [...EN_GENERAL, 'estate agent', 'insurance', 'for sale'] },
];

const R35_HELP: Rule[] = [
  { kind: 'help', lang: 'sv', cue: 'sa+radd|jatte+radd|vansinnigt+radd|jatteradd vet inte vad', gap: 3, unless: [...SV_GENERAL, 'for tandlakaren', 'for provet', 'for att flyga', 'for spindlar', 'for hundar'] },
  { kind: 'help', lang: 'en', cue: 'please|pls|plz dont know what to do', gap: 2, trailing: new Set(['now', 'anymore', 'pls', 'please', 'help']) },
  { kind: 'help', lang: 'sv', cue: 'snalla vet inte vad jag ska gora', gap: 2, trailing: new Set(['nu', 'langre', 'hjalp', 'snalla']) },
];

/**
 * From the two sets kept outside the test until the sixteenth session (review32, review33; so they are no longer
 * blind): only phrasings common in real messages, not the sets' own words. Despair said plainly ("vill inte vara här
 * längre", "I can't do this anymore" with nothing after it but a plea, "in sáhte šat", "nu orkar jag inte … jag har
 * bestämt mig", sleeping "för gott"), pills in front of one, a goodbye and a decision, "if I just disappeared would
 * anyone notice"; a threat quoted ("så dödar jag dig", "you won't see tomorrow"); someone lying on the ground who does
 * not answer, ice cracked around us, someone gone through the ice, smoke coming in under the door, a person who cannot
 * be woken or has blue lips, a knife waved at people, a dog biting a child, things breaking while someone screams,
 * people beating someone "står och slår"; in Sami someone hitting now, a life to be taken written "hegga", an ex who
 * threatens.
 */
const R36_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'vill inte vara har langre|mer', gap: 0, unless: [...SV_GENERAL, 'i kiruna', 'i stan', 'i staden', 'pa jobbet', 'i skolan', 'i sverige', 'i landet', 'flytta', 'flyttar', 'bo har'] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte bestamt mig', gap: 4, trailing: new Set(['nu', 'tyvarr', 'forlat', 'hejda', 'hej']) },
  { kind: 'suicide', lang: 'sv', cue: 'somna|somnar|sova for gott', gap: 0, unless: [...SV_IN_GENERAL, ...FICTION, 'katten', 'hunden', 'djuret', 'hasten', 'veterinar', 'veterinaren'] },
  { kind: 'suicide', lang: 'en', cue: 'cant|cannot do this|it anymore', gap: 1, trailing: new Set(['help', 'please', 'pls', 'plz', 'sorry', 'really', 'honestly']) },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|meds|medication|painkillers in front of me', gap: 2, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|meds|medication|painkillers take|taking|swallow|swallowing them all', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'vitamin', 'vitamins', 'antibiotics', 'course'] },
  { kind: 'suicide', lang: 'en', cue: 'goodbye|farewell made|taken my decision', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'if i disappear|disappeared|vanish|vanished would|will anyone|anybody|people notice|care', gap: 3, unless: [...EN_IN_GENERAL, ...JOKING, 'facebook', 'account', 'register', 'list', 'group chat'] },
  { kind: 'suicide', lang: 'se', cue: 'in sahte sat', gap: 0, trailing: new Set(['veahket', 'veahkki', 'veahkehehkot']) },
  { kind: 'suicide', lang: 'se', cue: 'valdit|valdan|valda iezas|iezan hegga|heakka', gap: 1 },
];

const R36_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|bor sa|sade|sager|skrev|hotade dodar|mordar jag dig`, gap: 10, unless: [...SV_IN_GENERAL, ...JOKING_WORDS, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: `her|his|their ${EN_CLOSE} ${EN_HARM} her|him|them`, gap: 2, unless: [...EN_GENERAL, ...FICTION, 'if her', 'if his', 'if their', 'where can'] },
  { kind: 'domestic', lang: 'se', cue: 'exa|exan aita|aitta|aitii|dearpa|cabma', gap: 2, unless: SE_GENERAL },
];

/** A teenager hard to wake in the morning, not someone who cannot be woken now. */
const SV_HARD_TO_WAKE = [...SV_IN_GENERAL, 'pa morgonen', 'pa morgnarna', 'tonaring', 'tonaringen', 'pa helgerna'];

const R36_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'dodar|mordar jag dig', gap: 0, unless: [...SV_IN_GENERAL, ...JOKING_WORDS, ...FICTION], jokeable: true, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'inte ska|kommer leva till|tills imorgon|morgondagen', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'wont|not see tomorrow|morning', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'wont|not live to see tomorrow|morning', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'sv', cue: 'ligger marken|golvet|isen|vagen|gatan|trottoaren|snon svarar|andas|reagerar|vaknar inte', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'spruckit|sprucket|spricker|brister runt|omkring oss|mig', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'gatt|gick|ramlat|trillat|fallit ner+i isen', gap: 1, unless: [...SV_GENERAL, 'i fjol', 'forra vintern', 'forra aret'] },
  { kind: 'emergency', lang: 'sv', cue: 'rok|roken kommer|tranger in under|genom dorren|dorr', gap: 6, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'smoke in hotel|corridor|hallway|stairwell|stairs|building|flat|apartment', gap: 2, unless: [...EN_GENERAL, 'smoke alarm', 'smoke detector', 'smoking', 'no smoking', 'cigarette', 'cigarettes', 'vape', 'vaping', 'smell of smoke from'] },
  { kind: 'emergency', lang: 'sv', cue: 'gar|gick inte att vacka', gap: 0, unless: SV_HARD_TO_WAKE },
  { kind: 'emergency', lang: 'sv', cue: 'inte gar|gick att vacka', gap: 0, unless: SV_HARD_TO_WAKE },
  { kind: 'emergency', lang: 'sv', cue: 'lappar|lapparna ser|ar bla', gap: 1, unless: [...SV_IN_GENERAL, 'lappstift', 'smink', 'kyla', 'badat'] },
  { kind: 'emergency', lang: 'sv', cue: 'hotar|hotade|viftar|viftade folk|nagon|oss|mig|alla med *kniv|yxa|machete|pistol|vapen', gap: 3, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'star|haller och|pa slar|sparkar|misshandlar pa|en|nagon|killen|tjejen|honom|henne|mannen|kvinnan', gap: 2, unless: [...SV_GENERAL, 'trumma', 'trumman', 'trummor', 'trummorna', 'trummar', 'larm', 'rekord', 'takten'] },
  { kind: 'emergency', lang: 'en', cue: 'dog|dogs biting|attacking|mauling kid|child|boy|girl|baby|toddler', gap: 5, unless: [...EN_GENERAL, 'yesterday', 'last week', 'last year', 'toy'] },
  { kind: 'emergency', lang: 'en', cue: 'screaming|yelling|shouting things|stuff|glass breaking|smashing', gap: 6, unless: [...EN_IN_GENERAL, ...FICTION, 'party', 'game', 'match'] },
  { kind: 'emergency', lang: 'se', cue: 'dearpa|dearpaba|dearpet|cabma|capma|caska dal', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'under den|skotern|bilen|traktorn|fyrhjulingen skriker|fast|klamd', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'fast|klamd under den|skotern|bilen|traktorn|fyrhjulingen', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'tranger|kommer|sipprar|valler in rok|roken', gap: 1, unless: SV_GENERAL },
];

/**
 * From the two sets kept outside the test until the eighteenth session (review37, review38; so they are no longer
 * blind): only phrasings common in real messages. Blue lips or chest pain first, as danger (before a grandparent reads
 * as family); gunshots heard, a smell of gas, people kicking someone who lies on the ground, shouting at one's wife and
 * then thuds; weary of existing, a goodbye and a letter left, a "last message" in Sami; a drunk driver in Sami; a
 * threat that tomorrow will be worse; a beating never reported, a bike someone "ta" (a newcomer's Swedish), someone who
 * "varit i förrådet och tagit", racist notes in the letterboxes, a car window smashed and a bag gone, a caller who
 * says a grandchild needs money and money sent, violence in a video someone shared.
 */
const R37_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'lips|lip look|looks|are|is|turning|turned|went|gone blue', gap: 1, unless: [...EN_IN_GENERAL, 'cold', 'swimming', 'swim', 'lipstick', 'makeup'] },
  { kind: 'emergency', lang: 'en', cue: 'chest hurts|hurting|pain|pains|tight really|so|very bad|badly', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'yesterday', 'last week', 'last year', 'gym', 'workout', 'coughing', 'cough'] },
];

const R37_SUICIDE: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'trott|less|tratt pa att finnas|existera', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION], trailing: new Set(['langre', 'mer', 'nu', 'typ', 'assa', 'ens', 'alls']) },
  { kind: 'suicide', lang: 'en', cue: 'tired of existing', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION], trailing: new Set(['anymore', 'now', 'honestly', 'really', 'tbh', 'at', 'all']) },
  { kind: 'suicide', lang: 'en', cue: 'goodbye left|wrote|written a|my letter|note|notes|letters', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'recommendation', 'reference', 'resignation'] },
  { kind: 'suicide', lang: 'se', cue: 'mu manimus dieahus|diedahus|sadni|sadnit', gap: 1, unless: ['odne', 'ovdal juovllaid', 'giitu vastadusain'] },
];

const R37_DOMESTIC: Rule[] = [
  { kind: 'domestic', lang: 'sv', cue: 'skriker|skrikit|skrek|gapar|gapat|vralar|vralat pa sin|sina|hans|hennes dunsar|dunsande|smallar|smallande|krossas|skrik', gap: 10, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: 'tomorrow|tonight|later will be worse for me', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'weather', 'storm', 'snow', 'traffic', 'queue', 'exam', 'test'] },
];

const R37_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'small|smaller|smallde|smallt|hors|hor|horde|hordes skott|skotten|flera+skott|pistolskott|gevarsskott', gap: 2, unless: ['isen la sig', 'isen sjunger', 'isen sprack', 'isen smaller', 'baktander', 'baktande', 'baktandning', 'inget farligt', ...SV_GENERAL, ...SV_HUNTING, ...FICTION, 'nyar', 'nyarsafton', 'nyarsnatten', 'raketer', 'fyrverkeri', 'fyrverkerier', 'skyttebanan', 'mal', 'malet', 'matchen', 'hockey', 'innebandy', 'som ett skott', 'i mikron', 'fyrverkerier', 'det var fyrverkerier', 'raketer', 'smallare'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'gaslukt|gaslukten|gasollukt', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'sparkar|slar|trampar|stampar pa nan|nagon|en|honom|henne|killen|tjejen|mannen|kvinnan som ligger', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'vuodja|vuoddje|vuodjet|vuoddjet garrenoaivvis|garrenoaivi', gap: 3, unless: [...SE_GENERAL, 'gos lea lohpadus'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'garrenoaivvis|garrenoaivi vuodja|vuoddje|vuodjet|vuoddjet', gap: 3, unless: SE_GENERAL, reportWhenOver: true },
];

/** Violence filmed and shared: a video to report, not a fight going on (before the rules on violence at home and now). */
const R37_SHARED: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'lagt|lade|delat|delar|spridit|postat ut|upp en|ett|den video|videon|film|filmen|klipp|klippet', gap: 1, unless: SV_GENERAL },
];

const R37_REPORT: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'blev|vart slagen|misshandlad|ranad|hotad|antastad|nerslagen|overfallen anmalde|polisanmalde aldrig|inte', gap: 8, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|nagra ta min|mitt|mina cykel|cykeln|mobil|mobilen|planbok|planboken|vaska|vaskan|jacka|jackan|bil|bilen igar|inatt|forrgar|forra', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'varit|brutit|gatt *forradet|*forrad|*forraden|kallaren|garaget|stugan|bilen och tagit|snott|stulit|tog|snodde', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'rasistiska|nazistiska|hatiska lappar|lapp|flygblad|klistermarken|klistermarke|klotter', gap: 1, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'window|windows|windscreen|windshield smashed|broken|shattered gone|stolen|taken|missing', gap: 6, unless: [...EN_GENERAL, 'insurance'] },
  // A caller who says a grandchild needs money, and money sent: fraud, to report.
  { kind: 'report', lang: 'sv', cue: 'ringt|ringde|ringer|smsat|smsade|skrev behover|behovde pengar skickade|swishade|overforde|betalade', gap: 12, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'called|rang|phoned|texted|messaged needs|needed money sent|paid|transferred|wired', gap: 12, unless: EN_GENERAL },
];

/**
 * From review39 (kept outside the test until the nineteenth session) and review40 (written blind in that session;
 * both read before these rules were written, so neither is blind for them): blue lips in Swedish and a person lying
 * face down, as danger before the rules on pills and on lying in the snow; hurt after a crash, as danger before the
 * rules on family (a mother's neck that hurts after a reindeer ran into the car).
 */
const R39_FIRST: Rule[] = [
  // Pills or drink and then someone who does not wake up (review42, written blind at the end of that session).
  { kind: 'emergency', lang: 'en', cue: `${EN_PILLS}|vodka|alcohol|booze|drank|drinking dont|doesnt|wont|cant|cannot wake|waking`, gap: 8, unless: [...EN_IN_GENERAL, ...FICTION, 'would it take', 'would i', 'if i', 'for school', 'for work', 'in the morning', 'on time'] },
  { kind: 'emergency', lang: 'sv', cue: 'lapparna|lappar|lapparna bla|blaa|blalila', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'kallt', 'kall', 'badat', 'badade', 'bada', 'lappstift', 'smink'] },
  { kind: 'emergency', lang: 'en', cue: 'lying|lies|lay face down', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION, 'yoga', 'massage', 'sleeps', 'sleeping', 'baby'] },
  { kind: 'emergency', lang: 'en', cue: 'crashed|crash|collided|collision hurts|hurt|injured|bleeding|cant', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'last year', 'years ago', 'last month', 'computer', 'app', 'website', 'server', 'game'] },
  { kind: 'emergency', lang: 'sv', cue: 'krockade|krock|krockat|voltade|kolliderade ont|skadad|skadade|bloder|blodar', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'forra aret', 'for ett ar sedan', 'for flera ar sedan', 'datorn', 'appen', 'spelet'] },
];

/**
 * Also from review39 and review40: a robbery or a break-in going on; a drunk on a snowmobile or in a car (a report
 * when told as over); a bank card skimmed, someone who used one's name or identity number; a quoted threat ("du ska
 * få se vad som händer"). From review41 (written blind later in the nineteenth session, read before this rule): a
 * fire that will not go out ("vi får inte släckt"). Its false alarms gave exceptions elsewhere: the wind that "blåste"
 * (a typo away from a slur), blasting in the mine, a game's "döda honom!", grouse hunting, moose hunting (a typo away
 * from "hurting"), stories of people through the ice, ice fishing in Sami.
 */
const R39_EMERGENCY: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'spreading|spreads to|towards the|our forest|woods|trees|house|houses|cabin|barn|garage', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'rumour', 'rumours', 'news', 'word', 'flu', 'virus', 'cold'] },
  { kind: 'emergency', lang: 'sv', cue: 'sprider|spred sig till|mot skogen|huset|husen|stugan|ladan|garaget', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'ryktet', 'ryktena', 'viruset', 'influensan', 'forkylningen', 'magsjukan'] },
  { kind: 'emergency', lang: 'sv', cue: 'far|kan|lyckas inte slackt|slacka|slacker|slackning', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'lampan', 'lamporna', 'ljuset', 'ljusen', 'belysningen', 'skarmen', 'tv', 'tvn', 'datorn', 'torsten', 'torst'] },
  { kind: 'emergency', lang: 'sv', cue: 'ran|ranet|inbrott|inbrottet pagar', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'ran|ranet|inbrott|inbrottet pa gang', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'fyllo|fyllot|fyllon|packad|berusad|onykter korde|kor|kom|kommer', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...SV_HABITUAL, 'flera ggr', 'flera ganger', 'manga ganger', 'brukar', 'ibland'], reportWhenOver: true },
];

const R39_REPORT: Rule[] = [
  { kind: 'report', lang: 'en', cue: 'card|cards was|got|been|is|were skimmed|cloned|copied', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|nagra|dom|bedragare har|hade anvant|anvande|utnyttjat|utnyttjade mitt|mina namn|personnummer|bankid|identitet|kort|kortet|kortuppgifter', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'om nagon', 'om nan', 'ifall', 'hur skyddar', 'hur vet'] },
  { kind: 'report', lang: 'sv', cue: 'du|ni ska|kommer fa se vad som hander', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
];

/**
 * From review43 (written blind at the start of the twentieth session, its misses read before these rules): signs of a
 * heart attack (chest pain and a numb arm) before the cue that reads "won't let me call anyone" as control; a baby who
 * is floppy; a fire that has reached a wall; children on thin ice in Sami; a threat on a note ("… annars brinner
 * kåtan"), a report, not a fire; a partner who forbids money of one's own, before the cue that reads "slagit mig"
 * (here "han har aldrig slagit mig") as danger.
 */
const R43_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'chest hurts|hurting|pain|pains|pressure|tightness|tight|aches|ache arm|jaw|shoulder numb|tingling|hurts|weak|dead|heavy', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'gym', 'workout', 'push ups', 'pushups', 'slept on', 'sleeping on'] },
  { kind: 'emergency', lang: 'sv', cue: 'ont|tryck|smarta|smartor|tryckande|kramp i brostet arm|*armen|kaken|axeln domnar|domnad|domnade|domnat|stickar|ont|svag|bortdomnad|tung', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'gymmet', 'traningen', 'armhavningar', 'sovit pa', 'sov pa'] },
  { kind: 'emergency', lang: 'en', cue: 'baby|babys|infant|newborn|toddler|son|daughter|kid|child|boy|girl floppy|lifeless|unresponsive', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'floppy disk', 'floppy ears', 'doll', 'teddy', 'toy', 'plush', 'hat'] },
  { kind: 'emergency', lang: 'sv', cue: 'bebis|bebisen|bebin|baby|spadbarn|spadbarnet|barnet|dottern|sonen|ungen slapp|slak|livlos|orkeslos', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'docka', 'dockan', 'nalle', 'nallen', 'gosedjur', 'gosedjuret', 'leksak'] },
  { kind: 'emergency', lang: 'sv', cue: 'eldat|eldar|eldade|elden|eld|brasan|branden|lagorna|gloden|gnistor|gnistorna tagit|tar|tog sig', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'tog sig in i matchen', 'tog sig hem', 'tagit sig hem', 'brasan tar livet av mig', ...SV_FIRE_HARD_TO_LIGHT] },
  { kind: 'emergency', lang: 'se', cue: 'jiena|jienas|jiekna alde|nalde asehas|asehaccat', gap: 5 },
  { kind: 'report', lang: 'sv', cue: 'lapp|lappen|lappar|brev|brevet|meddelande|meddelandet|sms|skrivit|skrev|klottrat|klotter annars brinner|branner|smaller|dor|dodar|doda|skjuter|slar|sprangs|tander', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'far|fick inte ha|behalla|rora egna|mina pengar|lon|lonen|kort|bankkort|konto', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'barnen far inte', 'eleverna far inte', 'man far inte'] },
];

/** Also from review43: crimes told without a crime word, signs of control, and signs of suicide (see R43_FIRST). */
const R43_LATE: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'ringer|ringt|ringde|ringa dolt|hemligt|okant|privat nummer ganger|ggr|gang|hela|varje|hallit|pagar|pagatt|flera|manga', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'calls|calling|called|rings|ringing private|hidden|unknown|blocked number|numbers times|every|all|again|constantly|nonstop|for', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'fatt|fick|har|hade alla|hela *fonster|*fonstren|*rutor|*rutorna|rutan krossade|krossat|sonderslagna|inslagna', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'stormen', 'ovadret', 'hagel', 'snon', 'isen', 'stenskott'] },
  { kind: 'report', lang: 'en', cue: 'window|windows|windscreen|windshield|door|doors is|are|was|were|got|been smashed|shattered|kicked|forced|jimmied|pried', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'storm', 'wind', 'hail', 'ball', 'tree', 'branch'] },
  { kind: 'report', lang: 'sv', cue: 'dragits|dragit|dras|debiterats|debiterat kr|kronor|pengar bolag|foretag|firma aldrig|inte', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'invest|invested|investing|investment crypto|bitcoin|trading|platform gone|disappeared|vanished|blocked|ghosted|deleted', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'market', 'price', 'crash', 'crashed'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|they|thieves had|has|have taken|took|stolen|stole|nicked|removed wheels|tyres|tires|catalytic|battery|fuel|diesel|petrol|plates', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'salja|saljer|salde|saljs|langar|langa|langade hembrant|sprit|alkohol|snus|cigg|cigaretter|vapen till ungdomar|barn|minderariga|kids|ungar|unga|elever|tonaringar', gap: 2, unless: ['hur jobbar polisen', 'hur jobbar', 'hur arbetar polisen', ...SV_IN_GENERAL, ...FICTION, 'straff', 'straffet', 'boten', 'hur mycket', 'ar det lagligt', 'ar det olagligt', 'aldersgrans', 'aldersgransen'] },
  { kind: 'report', lang: 'se', cue: 'lohkka|lohka|lahkka lei|lea cuhppon|cuhpojuvvon|cuhppojuvvon|cuhpon', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'dorren|dorr|fonstret|laset|haspen|locket|luckan|tanklocket|tanklocken ar|var band|uppbruten|uppbrutet|uppbrutna|uppbanda|uppbandt|bortbruten', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'kille|killen|man|maken|sambo|sambon|pojkvan|pojkvannen|partner|partnern|fru|frun|flickvan|flickvannen|tjej|tjejen svarar|svarade|laser|kollar|kontrollerar hennes|hans|mina|sina|min meddelanden|sms|mejl|mobil|mobilen|telefon|telefonen', gap: 2, unless: ['jag ber henne', 'jag ber honom', 'svara at mig', ...SV_GENERAL, ...FICTION, 'laser upp', 'nar jag kor', 'slipper titta'] },
  { kind: 'domestic', lang: 'sv', cue: 'skriker|skrik|skrek|brakar|brak|braket|brakade|gapar blatt|blamarken|blamarke|blaslagen|blaslaget', gap: 12, unless: ['skolbusschaufforen', 'busschaufforen', 'chaufforen', 'skolbusschauffor', ...SV_GENERAL, ...FICTION, 'hockey', 'hockeyn', 'matchen', 'traningen', 'ramlade', 'ramlat', 'trillade', 'halkade'] },
  { kind: 'suicide', lang: 'sv', cue: `sparat|samlat|sparar|samlar|gomt|gommer ihop|pa|undan *tabletter|*tabletterna|${SV_PILLS}`, gap: 3, unless: [...SV_GENERAL, ...FICTION, 'resan', 'semestern', ...SV_PILLS_RETURNED] },
  { kind: 'suicide', lang: 'en', cue: `saved|saving|stockpiled|stockpiling|hoarding|hoarded|collected|collecting|hiding|stashed|stashing ${EN_PILLS}`, gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: `googlat|googlar|googlade|kollat|kollade|sokt|sokte hur manga *tabletter|${SV_PILLS}`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'per dag', 'om dagen', 'max', 'far man ta', 'far jag ta', 'kan man ta', 'kan jag ta', 'feber', 'huvudvark'] },
  { kind: 'suicide', lang: 'en', cue: `googled|googling|searched|looked|checked how many ${EN_PILLS}`, gap: 3, unless: [...EN_GENERAL, 'per day', 'a day', 'max', 'can i take', 'can you take', 'fever', 'headache'] },
  { kind: 'suicide', lang: 'sv', cue: 'bestamt|bestamde mig inte finnas|leva|vakna', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'leva pa', 'leva med', 'leva som', 'leva utan'] },
];

/**
 * People at work and in public roles whom residents see threatened (review104): school and care staff, drivers, case
 * workers, shop and library staff, politicians and journalists. Definite forms: "läraren blir hotad", "hotar chauffören".
 */
const SV_PUBLIC_ROLES = 'lararen|lararna|forskollararen|rektorn|chaufforen|busschaufforen|bussforaren|chaffisen|personalen|handlaggaren|handlaggarna|socialsekreteraren|kuratorn|kassorskan|kassoren|expediten|bibliotekarien|bibliotekspersonalen|vakten|vakterna|badvakten|sjukskoterskan|lakaren|politikern|politikerna|kommunalradet|ordforanden|journalisten|journalisterna|reportern|tjanstemannen|kollegan|min+kollega';
/** Threatened by one's own partner: violence at home, not a threat at work ("hotad av sin sambo", residents8). */
const SV_BY_OWN_PARTNER = SV_PARTNERS.split('|').flatMap((who) => [`av sin ${who}`, `av hennes ${who}`, `av hans ${who}`]);
/** Asked about the promises' work, with threats at a workplace as the reason ("jobbar polisen och kommunen nåt mot sånt här"). */
const SV_ASKS_ABOUT_THE_WORK = ['jobbar polisen', 'jobbar kommunen', 'gor polis och kommun', 'gor polisen och kommunen', 'era loften', 'i loftena', 'nat mot', 'nagot mot', 'overhuvudtaget'];
/** A bomb threat read about elsewhere (everyday11, review63). */
const BOMB_THREAT_NEWS = ['skrev om', 'nsd', 'tidningen', 'nyheterna', 'om det hande', 'hur skulle', 'saw there was', 'read there was', 'down south', 'affect', 'news', 'article'];
const EN_PUBLIC_ROLES = 'teacher|teachers|driver|drivers|bus+driver|caseworker|case+worker|social+worker|librarian|librarians|nurse|nurses|doctor|cashier|staff|politician|politicians|councillor|councilor|mayor|journalist|journalists|reporter|lifeguard|colleague|coworker';
/**
 * From review44 (written blind later in the twentieth session, as real traffic; its misses read before these rules):
 * things thrown at cars from a bridge, before the cue that reads "står på bron" as suicide; a threat to shoot told of
 * someone else ("han ska skjuta mig"), before the cue that reads "ska skjuta mig" as one's own plan; a wish not to
 * wake up, before the cue that reads "inte vakna" as someone unconscious; an employer who keeps a passport, before
 * the cue that reads "keeps my passport" as a partner's control.
 */
const R44_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'kastar|kastade|slanger|slangde|vraker|vrakte|slapper|slappte is|isklumpar|isbitar|stenar|flaskor|saker *bilarna|bilar|bilen|bussen|bussarna|tagen|taget|folk', gap: 5, unless: [...SV_GENERAL, ...FICTION, 'ofarligt', 'ofarliga'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'throwing|threw|throw|dropping|dropped rocks|stones|ice|chunks|bottles|things cars|traffic|buses|train|trains|vehicles|people', gap: 5, unless: [...EN_GENERAL, ...FICTION, 'harmless'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|de|dom|killen|grannen|mannen|exet ska|kommer|tanker|hotar|hotade|lovar|lovade skjuta|knivhugga|hugga mig|oss|dig', gap: 3, unless: ['om jag inte kommer pa slakten', ...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'suicide', lang: 'sv', cue: 'skont|basta|helst|onskar att|om|bara inte vakna|vaknar', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'tidigt', 'alarmet', 'klockan', 'vackarklockan', 'morgonen', 'pa morgonen'] },
  { kind: 'suicide', lang: 'en', cue: 'nice|good|better|wish|rather|want not|never wake|waking', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, 'early', 'alarm', 'morning', 'on time', 'in time', 'the baby', 'the kids'] },
  { kind: 'report', lang: 'en', cue: 'employer|boss|agency passport|passports', gap: 14, unless: ['our leaflet', 'should our leaflet', 'is this allowed', 'before i sign', 'in my country', ...EN_GENERAL_BUT_ASKING, ...FICTION, 'if an employer', 'if employers', 'can an employer', 'can employers', 'renew', 'apply', 'copy', 'expired', 'new passport', 'need my passport for'] },
  { kind: 'report', lang: 'sv', cue: 'bil|bilen|bilar|cykel|cykeln|skotern blev|har|hade|var pakord|pakort|pakorda', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'skadad', 'skadade', 'bloder', 'ont', 'ambulans', 'medvetslos', 'fast', 'sitter fast', 'nu'] },
  { kind: 'report', lang: 'sv', cue: 'arbetsgivaren|arbetsgivare|chefen|foretaget|bemanningsforetaget har|tagit|tog|behaller|haller mitt|mina|vart|vara|hans|hennes pass|passet|id|legitimation', gap: 2, unless: [...SV_GENERAL_BUT_REASON, ...FICTION] },
  // Crimes against people who live with care or assistance, and hate told as over (review91, review92; the Sami ones
  // drafts): medicine withheld, a carer or a guardian who takes money, a resident locked in, a wheelchair knocked over,
  // reindeer run down on purpose (FICTION is no exception there: the driver put it "på tiktok"), a house or an address
  // put online, a hate crime asked about.
  { kind: 'report', lang: 'sv', cue: `${SV_CARERS_CUE}|boendet ger+inte|gav+inte|inte+ger|inte+gav|slutat+ge|vagrar+ge|undanhaller *medicin|*medicinen|*mediciner|*medicinerna|*tabletter|*tabletterna`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_MEDICINE_STOPPED] },
  { kind: 'report', lang: 'en', cue: `${EN_CARERS_CUE} withhold|withholds|withheld|wont+give|doesnt+give|dont+give|didnt+give|stopped+giving|refuses+to+give|refused+to+give *medicine|*medication|*medications|*meds|*pills|*painkillers`, gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, ...EN_MEDICINE_STOPPED] },
  { kind: 'report', lang: 'sv', cue: `${SV_CARERS_CUE}|godman|godmannen|godemannen|forvaltaren|forvaltare tagit|tog|tar|salt|salde|behallit|behaller|anvant|anvander|tomt|tommer|stulit|stal|snott|snodde mina|hennes|hans|vara|deras|min|mitt pengar|pengarna|stuga|stugan|hus|huset|sparpengar|sparpengarna|pension|pensionen|konto|kontot|bankkort|bankkortet|kort|kortet|smycken|smyckena|lagenhet|lagenheten`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'kvitto', 'kvittot', 'vaxel', 'vaxeln', 'till affaren', 'till handlingen', 'at mig', 'som vi kom overens', 'som vanligt', 'tar hand om', 'tog hand om', 'skoter om', 'skoter mina', 'betalar'] },
  { kind: 'report', lang: 'en', cue: `${EN_CARERS_CUE}|guardian|trustee|godman uses|used|took|takes|has+been+using|stole|steals|spent|spends|sold|kept|emptied my|her|his|our|their bank+card|money|pension|savings|account|cabin|house|apartment|flat|jewellery|jewelry`, gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, 'receipt', 'the change', 'for my shopping', 'for me', 'to the shop', 'to the store', 'with my permission', 'as agreed', 'as usual', 'care of', 'manages', 'handles', 'pays my', 'i said yes', 'when i ask', 'i ask them', 'set it up', 'safe', 'house key', 'house keys'] },
  { kind: 'report', lang: 'se', cue: 'godman|assisteanta|assisteantta|bargi lea|leat|lei valdan|valdde|valdii|suoladan|suoladii rudaid|ruhta|ruhtan|bankkoartta', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'giddejit|giddii|giddejedje|giddet mu|su|min|eatni|ahci lanjas|lanjai|lanjaide|siste', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'rullstol|rullstolen|permobil|permobilen|rullator|rullatorn|rollator|rollatorn blev|har+blivit valt|vald|knuffad|sparkad|omkullknuffad|omkullvalt|sonder', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'vinden', 'blasten', 'snon', 'halkan', 'isen', 'trottoarkanten', 'kanten', 'gropen', 'sjalv', 'jag valte'] },
  { kind: 'report', lang: 'en', cue: 'knocked|pushed|tipped|kicked|shoved over|at my|her|his wheelchair|walker|rollator', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION, 'the wind', 'wind knocked', 'the ice', 'the curb', 'myself', 'i tipped'] },
  { kind: 'report', lang: 'sv', cue: 'kort|korde|jagat|jagade ihjal renar|renen|renarna|en+ren|vara+renar|hans+renar|deras+renar', gap: 1, unless: [...SV_IN_GENERAL, 'filmen', 'serien', 'boken', 'pjasen', 'taget', 'viltolycka', 'viltolyckan', 'anmalt', 'anmald', 'anmalde', 'vi har kort', 'jag har kort', 'vi korde', 'jag korde', 'rovdjur', 'rovdjuren', 'jarv', 'jarven', 'lodjur', 'lodjuret', 'varg', 'vargen', 'vargar', 'bjorn', 'bjornen', 'orn', 'ornen'] },
  { kind: 'report', lang: 'sv', cue: 'nan|nagon|nagra|dom|de lagt+ut|la+ut|lade+ut|publicerat|publicerade|spridit|spred|delat|delade|lagt+upp|la+upp bilder|bild|foton|foto|adressen|adress mitt|min|vart|vara|mina hus|huset|hem|hemmet|lagenhet|adress|personnummer', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'blocket', 'hemnet', 'till salu', 'maklaren', 'maklare', 'salja', 'saljer', 'renoveringen', 'grattis', 'fint', 'snyggt'] },
  { kind: 'report', lang: 'en', cue: 'hate+crime|hatecrime if|when someone|somebody|they|he|she|people|a+guy|a+man|kids|a+kid called|yelled|shouted|said|wrote|painted|sprayed|spat', gap: 5, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'hatbrott om|nar nan|nagon|dom|de|han|hon|en kallade|skrek|sa|skrev|sprayade|spottade|malade', gap: 5, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Self-harm wanted (review91: "today it bled and i wanted it to"); the sentence must end there (not "… it to stop").
  { kind: 'suicide', lang: 'en', cue: 'bled|bleed|bleeding|hurt and i wanted|want it to', gap: 0, unless: FICTION, trailing: new Set(['too', 'so', 'again', 'today', 'honestly']) },
  // Alcohol and drugs (review93; the Sami one a draft): drugs ordered from a group, sleeping pills saved to take all at
  // once, a friend who says she will take an overdose, a drunk on a snowmobile among children, booze sold to teenagers,
  // a driver still drunk from the night before, drugs found in a child's room. "is it a crime if my neighbour … sells it
  // to teenagers" asks about a real person, so that rule names a seller and takes only the words of asking in general
  // (EN_IN_GENERAL) as exceptions, not "is it a crime".
  { kind: 'report', lang: 'sv', cue: 'bestaller|bestalla|bestallt|bestallde|koper|kopa|kopte|kopt knark|droger|narkotika|kokain|hasch|amfetamin|tjack', gap: 1, unless: ['hur kan jag som foralder', 'som foralder veta', ...SV_GENERAL, ...FICTION, 'har hort att', 'jag har hort'] },
  { kind: 'suicide', lang: 'sv', cue: 'sparat|samlat|sparar|samlar|gomt *tabletter|*tabletterna|piller|pillren|*mediciner|*medicinerna tanker|ska|kommer ta alla', gap: 3, unless: [...SV_PILLS_RETURNED, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'ska|tanker|vill|planerar|kommer ta+en+overdos|overdosera|ta+overdos', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_FOOD_OVERDOSE] },
  { kind: 'emergency', lang: 'en', cue: 'drunk|wasted|hammered|intoxicated guy|man|dude|driver|person|kid|teen|teens|guys on+a|on+the|driving|riding snowmobile|skidoo|snowmobiles|car|truck|atv|quad|scooter|moped', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...EN_NOT_DRUNK, 'snowmobile tour', 'snowmobile safari', 'with the guide'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'he|she|they|neighbour|neighbor|someone|somebody|guy|man|woman|dealer|dealers|people sells|selling|sold booze|alcohol|liquor|moonshine|drugs|weed|it|beer|vodka|snus to teenagers|teens|kids|minors|children|underage|students|youngsters', gap: 5, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'drives|drove|driving|drive the|his|her|a bus|car|truck|taxi|van|loader|lorry|snowmobile still+drunk|drunk|wasted', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'i drive', 'i drove', 'i always drive', 'im driving', 'sober driver', 'designated driver', 'drive drunk people', 'drunk people home', 'when im drunk', 'when i am drunk', 'when were drunk', 'when we are drunk', 'i was drunk', 'we were drunk', 'used to', 'years ago', 'sober now'] },
  { kind: 'report', lang: 'se', cue: 'gavdnen|gavdnii|gavdnaimet|gavdnet narkotihka|narkotihkka|garrenmirkku|garrenmirkkuid', gap: 3, unless: [...SE_GENERAL, 'jos', 'jearan dusse'] },
  // Traffic (review94; the Sami one a draft): a child hit at a crossing, a hit-and-run told after, a car that followed
  // one home and waits outside, an ex who tailgates and follows (violence in close relationships).
  { kind: 'emergency', lang: 'en', cue: 'kid|child|boy|girl|pedestrian|cyclist|someone|somebody got|was|been|gets hit|run+over|struck|knocked+down crosswalk|crossing|car|bus|truck|van|road|street|snowmobile|moped|tractor', gap: 4, unless: [...EN_GENERAL, ...EN_MIGHT_GET_HIT, ...FICTION, 'snowball', 'ball', 'puck', 'in the game', 'hit on'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'var+med+om|rakade+ut+for|blev+utsatt+for|utsatt+for en|for smitningsolycka|smitning|smitningsolyckan', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A driver who throws someone off the bus or hits them (review94: "stadsbussens chaffis … knuffade ut henne ur bussen"):
  // no one close.
  { kind: 'emergency', lang: 'sv', cue: 'chaffis|chaffisen|chauffor|chauffoeren|chauffisen|busschauffor|busschauffoeren|foraren knuffade|slog|sparkade|kastade+ut|drog+ut|tog+tag+i|hotade|spottade+pa mig|oss|henne|honom|min|mitt|vart|var', gap: 5, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'korde|backade|backat|kort in+i|pa mig|oss|min+bil|var+bil|bilen och drog|smet|stack|drog+ivag|korde+vidare|akte+vidare', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'jag korde', 'vi korde'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'cuovui|cuovvu|cuovuiga mu|min ruoktot|ruoktut|gitta', gap: 2, unless: [...SE_GENERAL, ...FOLLOWED_HOME_HARMLESS, 'mun cuovun', 'cuovun alo'], reportWhenOver: true },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} keeps|kept|has+been|is|started following|followed|tailgating|stalking|watching me|my`, gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, 'on instagram', 'on tiktok', 'on twitter'] },
  // The holidays (review95; the Sami one a draft): a firecracker in the letterbox (things only: rockets shot at people
  // are for the rules of danger now, review38), fireworks sold to a child, someone not seen since a party in the cold,
  // "is it even worth waking up", money gone after a parcel text.
  { kind: 'report', lang: 'sv', cue: 'stoppade|stoppat|kastade|kastat|skot|skjutit|tande|satte smallare|smallaren|raket|raketer|raketen brevlada|brevladan|dorren|ytterdorren|fonstret|bilen|bilar', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'vi skot', 'jag skot', 'fran balkongen'] },
  { kind: 'report', lang: 'sv', cue: 'salde|saljer|salt smallare|raketer|fyrverkerier|pjaser till aring|aringen|aringar|barn|barnen|ungar|minderariga|tonaringar|ungdomar', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'shop|store|kiosk|guy|he|she|they|someone sold|sells|selling fireworks|firecrackers|rockets|a+box to kids|kid|children|child|son|daughter|minors|teenagers|teens|12|13|14|15', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'ens|inte vart att vakna|leva|finnas|fortsatta', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'tidigt', 'norrsken', 'norrskenet', 'for att se', 'klockan'] },
  { kind: 'emergency', lang: 'en', cue: 'nobody|no+one|noone has+seen|has+heard|knows+where him|her|them since', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'since the', 'in years', 'for years', 'years ago', 'since school', 'since high school'], reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'ruhta|rudat javkan|javkkai|lea+javkan mu|min kontos|kontus|bankkontos', gap: 2, unless: SE_GENERAL },
  // Money and fraud (review97; the Sami ones drafts): medicine taken from a care home or by home care, a stranger who
  // never met the writer's neighbour and got her savings, a caller who has a grandmother take out money for someone to
  // collect, a card used far away while it is in one's wallet, a partner who makes one take loans (violence in close
  // relationships), a money mule, a man following a child now, in Sami a code given to a caller from "the bank", a man
  // at the door who demands money, pictures threatened to be spread unless one pays; men at the door who will beat one
  // up unless one pays ("eller så slår dom sönder mig": 112 when they are there now); and from review96 (drafts) a child
  // who cannot breathe, strong pain in the chest, poison drunk (the last three rules of this block).
  { kind: 'report', lang: 'sv', cue: 'forsvinner|forsvann|forsvunnit|forsvunnet|saknas *tabletter|*tabletterna|*mediciner|*medicinerna|*plaster|*plastren|morfin|morfinet|piller|pillren|sprutor', gap: 4, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_MEDICINE_HARMLESS] },
  { kind: 'report', lang: 'sv', cue: '*tabletter|*tabletterna|*mediciner|*medicinerna|*plaster|*plastren|morfin|morfinet|piller|pillren forsvinner|forsvann|forsvunnit|saknas|stjals|snos', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_MEDICINE_HARMLESS] },
  { kind: 'report', lang: 'en', cue: `${EN_CARERS_CUE}|home+care|care+home takes|took|taking|steals|stole|stealing|has+been+taking his|her|my|their|our morphine|medication|medicine|meds|pills|painkillers|patches|tablets`, gap: 4, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'aldrig+traffat|aldrig+traffats|aldrig+sett|aldrig+mott skickat|skickade|skickar|swishat|swishade|overfort|overforde|lanat+ut|gett pengar|pengarna|kr|kronor|000|tusen|lax|sparpengar|sparpengarna', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'never+met|never+seen sent|wired|transferred|gave|lent|paid money|dollars|euros|kr|sek|000|thousand|grand|savings', gap: 8, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'ringer|ringde|ringt ta+ut|tar+ut|tog+ut|tagit+ut|plocka+ut pengar|pengarna|kontanter|sparpengarna hamta+dom|hamta+dem|hamtar+dom|hamtar+dem|hamta+pengarna|hamtar+pengarna|hamta+kortet|hamtar+kortet|hamta+kontanterna|hamta+upp+dom|hamtas+av|komma+och+hamta|kommer+och+hamtar|komma+hem+och+hamta', gap: 12, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'card|cards|bankcard|account was|got|been|is|has+been used|charged|debited|emptied in+my+wallet|in+my+pocket|in+my+purse|wasnt+me|was+not+me|didnt+make|did+not+make|dont+recognise|dont+recognize|do+not+recognise|do+not+recognize|never+made', gap: 12, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} makes|made|forces|forced|pressures|pressured|pushes me take|sign|borrow|get loans|loan|credit`, gap: 1, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_PARTNERS} tvingar|tvingade|pressar|pressade mig att+ta|ta|att+teckna|teckna|att+skriva+pa|skriva+pa lan|smslan|kredit|krediter|lanet|lanen`, gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'money+mule|money+mules|money+muling', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, ...MULE_JOKES, 'what is a', 'whats a'] },
  { kind: 'report', lang: 'sv', cue: 'pengamula|pengamulor|penningmula|penningmulor|pengamulan', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, ...MULE_JOKES] },
  { kind: 'emergency', lang: 'en', cue: 'is|are|keeps|has+been|have+been following|chasing|stalking my|our daughter|son|kid|kids|child|children|girl|boy|wife|mom|mum|sister|brother|grandma|grandpa|granddaughter|grandson', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...EN_FOLLOWING_HARMLESS], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'slar|ska+sla|kommer+sla|kommer+att+sla dom|de|han|hon|vi sonder|ihjal mig|dig|oss|henne|honom', gap: 1, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'se', cue: 'bankkus|bankkas|banka|bankka|politiija|politiijas adda|addet|addime|lohka|lohkka bankid|koda|*koda|pin|pinkoda', gap: 6, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'bankkus|bankkas|banka|bankka|politiija|politiijas attii|addii|attiiga|logai bankid|koda|*koda|pin|pinkoda', gap: 6, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'attii|addii|attiiga|logai bankid|koda|*koda|pin|pinkoda bankkus|bankkas|banka|bankka|politiija|politiijas', gap: 8, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'uvssa|uvsa|uksa|uvssas gaibida|gaibidii|gaibidit|gaibideaba|bealkkasta', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'aita|aitii|aitet|aitaba bidjat|almmuhit|juohkit|bidja|almmuha govaid|gova|govat|videoid|filmmaid', gap: 2, unless: [...SE_GENERAL_BUT_IF, ...SE_FORMER_PARTNERS] },
  { kind: 'emergency', lang: 'se', cue: 'ii+sahte|ii+sahtte|ii+nagot|ii+beasa|in+sahte|in+nagot vuoignat|vuoinnat|vuoinnahit|vuoingat|vuoignahit|vuoinnadit', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: 'garra|hirbmat|hirbmos|stuora bavccas|bakcas rattis|ratti|rattes|vaibmus', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'juhkkui|juhkai|borai|zievai|niellai mirkku|mirko|mirkkoid|*mirkku', gap: 3 },
  // Visitors (review102; the Sami one a draft): a guide's hand on a guest's thigh, a partner who grabbed one by the throat
  // on holiday (violence at home), "one last time before I end it", a child cold and only wanting to sleep after a tour,
  // a paid safari that does not exist, a friend who wandered off from an aurora tour and cannot be found.
  { kind: 'report', lang: 'en', cue: 'kept+putting|keeps+putting|put|puts|putting his|her hand|hands on my|her thigh|leg|knee|butt|ass|breast|breasts|chest', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...EN_FORMER_PARTNERS, 'the fit', 'measure', 'measuring', 'size', 'doctor', 'physio', 'massage', 'to comfort'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} grabbed|choked|strangled|squeezed|held by+the+throat|by+the+neck|my+throat|my+neck`, gap: 14, unless: ['neck pillow', 'pillow', 'scarf', ...EN_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'before+i+end+it|before+i+end+my+life|before+i+end+everything|before+i+kill+myself', gap: 0, unless: ['season', 'the show', 'series', 'subscription', 'watching', 'the call', 'the meeting', ...EN_IN_GENERAL, ...FICTION, 'on the ice', 'studded'] },
  { kind: 'emergency', lang: 'sv', cue: 'kall|nedkyld|genomfrusen|iskall|vita+kinder vill+bara+sova|somnar|sager+knappt|svarar+knappt|gar+inte+att+vacka vad+gor+jag|vad+ska+jag+gora|hjalp|ambulans', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'betalade|betalat|swishade|swishat|bokade|bokat som+inte+finns|som+inte+fanns|finns+inte|fanns+inte', gap: 6, unless: [...SV_IN_GENERAL, ...FICTION, 'hotellet', 'rummet', 'bord'] },
  { kind: 'emergency', lang: 'se', cue: 'eat+gavnna|in+gavnna|eai+gavnna|ii+gavdno su|sin|ustit|mu+ustit|manna|mana', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'vadjolii+eret', gap: 0, unless: SE_GENERAL },
  // Mental health (review103; the Sami ones drafts): a last message, self-harm cuts found, days without food or drink, a
  // panic attack "like I'm dying", someone with a knife who hears voices while the family is locked in, someone online
  // who tells another to kill themselves (a crime to report), too many sleeping pills, "everyone would be better off
  // without me".
  { kind: 'suicide', lang: 'sv', cue: 'mitt+sista+meddelande|mitt+sista+sms|mina+sista+ord', gap: 0, unless: ['i gruppchatten', 'i chatten', 'hjartan', 'gillningar', ...SV_IN_GENERAL, ...FICTION, 'idag', 'ikvall', 'for idag', 'for ikvall', 'innan', 'i den har fragan', 'om detta'] },
  { kind: 'suicide', lang: 'en', cue: 'my+last+message|my+last+words|my+final+message', gap: 0, unless: ['got sent', 'sent twice', 'typo', 'autocorrect', ...EN_IN_GENERAL, ...FICTION, 'did you get', 'did you see', 'did you read', 'today', 'tonight', 'for today', 'before', 'on this', 'about this', 'in this thread'] },
  { kind: 'suicide', lang: 'sv', cue: 'skarsar|skarsaren|snittsar', gap: 0, unless: ['skavsar', 'kangorna', 'skorna', 'pjaxorna', ...SV_IN_GENERAL, ...FICTION, 'kniven', 'kokskniven', 'slojden', 'olycka', 'olyckan', 'glaset', 'glas', 'katten', 'kattklor'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte+atit|inte+druckit|slutat+ata|slutat+dricka dagar|dygn', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'godis', 'kott', 'socker', 'snabbmat', 'chips', 'fasta', 'fastar', 'ramadan', 'detox', 'alkohol', 'sprit', 'ol', 'kaffe'] },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|havent|has+not|have+not|not eaten|drunk|eaten+or+drunk days', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'been drunk', 'sweets', 'candy', 'meat', 'sugar', 'junk food', 'fasting', 'ramadan', 'alcohol', 'coffee', 'beer'] },
  { kind: 'emergency', lang: 'en', cue: 'feel+like+im+dying|feels+like+im+dying|feel+like+i+am+dying|think+im+dying|think+i+am+dying', gap: 0, unless: ['leg day', 'after the gym', 'workout', 'after training', ...EN_IN_GENERAL, ...FICTION, 'of boredom', 'laughing', 'of embarrassment', 'haha', 'lol', 'hangover', 'the heat'] },
  { kind: 'emergency', lang: 'sv', cue: 'med+kniven|med+en+kniv|har+en+kniv|har+kniven last+in+oss|lasta+in+oss|last+in+mig|gomt+oss|gommer+oss|gomde+oss', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'telling|told|tells|urging|urged|keeps+telling my|her|his sister|brother|daughter|son|friend|kid|child to+kill+herself|to+kill+himself|to+hurt+herself|to+hurt+himself|to+kill+themselves', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'uppmanar|uppmanade|sager+at|sa+at|tjatar+pa min|mitt|hans|hennes|var dotter|son|syster|bror|kompis|barn att+skada+sig|att+ta+livet+av+sig|att+doda+sig|skada+sig', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'se', cue: 'calii|callii|dajai|celkkii munnje|sutnje galggan+goddit+iezan|galgat+goddit+iezat|galga+goddit+iezas|goddit+iezan', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'menddo+ollu|ila+ollu *dalkkasiid|tablehtaid|pilleriid', gap: 2, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'se', cue: 'buorebut+mu+haga|buoret+mu+haga', gap: 0, unless: SE_GENERAL },
  // Older people and nightlife (review100, review101; the Sami ones drafts): a carer or a nurse who hits, pinches or
  // threatens an old person (a crime to report, no one close), an old mother who lives alone and does not answer, an old
  // man outside in the cold who does not know where he lives, a man who will not leave the door of a toilet one is in,
  // rape or sexual remarks told after ("jag sa sluta men han fortsatte", "är det våldtäkt om jag sov"), groping by a
  // bouncer, a former partner who threatens (Sami: violence at home, not 112).
  { kind: 'report', lang: 'sv', cue: `${SV_CARERS_CUE}|underskoterska|hemtjanstpersonal|hemtjanstpersonalen|vardbitradet|vardbitrade nyper|nop|misshandlar|misshandlade|orfilar|orfilade|hotar+att+inte+ge|vagrar+ge+mat|later+bli+att+ge+mat`, gap: 10, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: `${SV_CARERS_CUE}|underskoterska|hemtjanstpersonal|hemtjanstpersonalen|vardbitradet|vardbitrade slar|slog|knuffar|knuffade|sparkar|sparkade|rycker|ryckte|hotar|hotade en+gammal|gamla|mormor|farmor|morfar|farfar|brukaren|brukarna|patienten|patienterna|de+boende|de+aldre`, gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: `${EN_CARERS_CUE}|home+care|care+worker|careworker hits|hit|slaps|slapped|pinches|pinched|shoves|shoved|pushes|pushed|threatens|threatened|hurts|hurt|kicks|kicked my|her|his|the|our father|mother|dad|mum|mom|grandma|grandpa|gran|residents|patients`, gap: 6, unless: [...EN_IN_GENERAL, ...FICTION, 'the alarm', 'the button'] },
  { kind: 'emergency', lang: 'en', cue: 'nobody|no+one|noone|she|he|mom|mum|dad|grandma|grandpa answers|answered|is+answering|doesnt+answer|isnt+answering|hasnt+answered|not+answering|picks+up lives+alone|lives+on+her+own|lives+on+his+own', gap: 12, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'ii+vastit|ii+vastida|ii+leat+vastidan orru+okto|assa+okto|ossa+okto', gap: 8, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'olgun|galmmas|buolas ii+diede+gos|ii+muitte+gos|ii+gavnna+ruoktot', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'star|stod|vantar utanfor+dorren|utanfor+toaletten|vid+dorren inte+gar|gar+inte|vagrar+ga|slapper+inte+ut', gap: 8, unless: [...SV_GENERAL, ...FICTION, ...SV_LITTLE_ONES, 'ingen fara', 'skamtade'] },
  { kind: 'report', lang: 'sv', cue: 'sa+sluta|sa+nej|sade+nej|sade+sluta|sa+att+jag+inte+ville men+han+fortsatte|men+hon+fortsatte|men+han+slutade+inte|men+han+lyssnade+inte|men+han+brydde+sig+inte', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_OWN_PARTNER, ...SV_LITTLE_ONES, 'ata godis', 'fortsatte ata', 'anda ata', 'sjunga', 'leka'] },
  { kind: 'report', lang: 'sv', cue: 'ar+det|e+det|var+det valdtakt|overgrepp|sexuellt+overgrepp om+jag|nar+jag|fast+jag|aven+om+jag', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_OWN_PARTNER] },
  { kind: 'report', lang: 'en', cue: 'is+it|is+this|was+it|was+this rape|sexual+assault if+i|when+i|even+if+i|though+i', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION, ...EN_FORMER_PARTNERS] },
  { kind: 'report', lang: 'sv', cue: 'betala+med+kroppen|sexuella+grejer|sexuella+kommentarer|sexuella+saker|sexuella+fragor', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'asked+about+my+sex+life|sexual+comments|said+sexual+things|sexual+remarks|made+sexual', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'grabbing|grabbed|grabs|touching|touched|touches|groping|groped|gropes my|her waist|ass|butt|bum|breasts|boobs|chest|thigh|thighs|crotch', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...EN_FORMER_PARTNERS] },
  { kind: 'report', lang: 'se', cue: 'celkkii|dajai|calii|callii seksualalas', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'veagalvalddii|veagalvaldii|veagalvaldan|veagalvaldui mu|munnje|su|min', gap: 2, unless: [...SE_GENERAL, ...SE_FORMER_PARTNERS] },
  { kind: 'domestic', lang: 'se', cue: 'ovddes+rahkkasas|ovddes+rahkis|ovddes+irgi|ovddes+guoibmi|ovddes+isit|ovddes+moarsi|ovddes+boadnji|mu+irgi|mu+guoibmi|mu+isit|mu+moarsi|mu+boadnji|mu+rahkis|mu+rahkkasas aita|aitii|caska|caskii|cabma|capmii mu|munnje', gap: 3, unless: SE_GENERAL },
  // Neighbours, housing and children (review98, review99; the Sami ones drafts): a landlord who lets himself in, an old
  // neighbour not seen for days, a neighbour who follows and films, a threat to set fire to a door, a teacher who shoves
  // a child (no one close), children alone for days or not picked up in the cold, a drunk parent about to drive the
  // children or gone with one, a stranger who offers a child a ride, a schoolmate who kicks one's son, an adult who
  // writes to a ten-year-old.
  { kind: 'report', lang: 'sv', cue: 'hyresvarden|hyresvard|vicevarden|vicevard|husvarden|fastighetsagaren utan+att+fraga|utan+lov|utan+tillatelse|utan+att+saga+till|utan+forvarning|nar+jag+inte+ar+hemma|nar+jag+var+pa+jobbet|nar+jag+inte+var+hemma', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_FAULT_REPORT, 'far hyresvarden', 'far vicevarden', 'brandvarnare', 'brandvarnaren'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNERS} follows|followed|following|films|filmed|filming|stalks|stalked|stalking|watches|watching me|us`, gap: 10, unless: [...EN_IN_GENERAL, ...FICTION, 'instagram', 'tiktok', 'snapchat', 'account'] },
  { kind: 'report', lang: 'en', cue: 'landlord|landlady|caretaker keeps+coming+into|comes+into|came+into|enters|entered|went+into|goes+into|let+himself+into|let+herself+into|has+been+coming+into|keeps+entering my|our flat|apartment|room|home|place', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION, 'is it legal', 'legal for', 'allowed to'] },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|hasent|has+not|havent|have+not been+seen|seen+him|seen+her|heard+from+him|heard+from+her for|in days|weeks', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'the sun', 'sun', 'aurora', 'northern lights', 'cat', 'dog', 'moose', 'bear', 'wolf', 'reindeer', 'fox', 'lynx', 'wolverine'] },
  { kind: 'report', lang: 'se', cue: 'cuovvu|cuovui|cuovvo|cuovvot filbme|filbmii|filmme|filmmii|govve|govvii|govvida', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'ska|kommer|tanker tanda+eld+pa|satta+eld+pa|brinna+upp|branna+upp min|mitt|var|vart|din|ditt dorr|dorren|hus|huset|lagenhet|lagenheten|bil|bilen|forrad|forradet|stuga|stugan', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...SV_HOME.split('|'), ...SV_PARTNERS.split('|')] },
  { kind: 'report', lang: 'en', cue: 'teacher|teachers|coach|staff|principal|driver|guard|bouncer|janitor grabbed|grabs|shoved|shoves|pushed|pushes|hit|hits|slapped|slaps|kicked|kicks|yanked my|our|a kid|child|son|daughter|boy|girl|student|kids|children', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, ...EN_PLAY_HITS, 'the ball', 'the puck', 'the sled', 'to show'] },
  { kind: 'emergency', lang: 'en', cue: 'kids|children|kid|child|baby|toddler|siblings alone|home+alone|left+alone|on+their+own days|nights', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'sleepover', 'camp', 'grandma', 'grandparents', 'hours'] },
  { kind: 'emergency', lang: 'se', cue: 'manat|manna|mana|unnamanat okto|oktonas beaivvi|beaivve|beaivvit|ija|ijat', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'nobody|no+one|noone picked+up|came+for|has+picked+up|collected my|our|the|her|his|their|neighbours|neighbors kid|child|son|daughter|girl|boy|kids|children', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'phone', 'parcel', 'package', 'call'] },
  { kind: 'emergency', lang: 'se', cue: 'ii+oktage|ii+okta|ii+giige leat+viezzan|viezzai|viezzan|boahtan+viezzat manaid|mana|manas|manaidgarddis', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'full|packad|berusad|onykter|paverkad|dragen ska+kora|tanker+kora|ska+kora+hem|ska+kora+barnen|sitter+i+bilen|hon+i+bilen|han+i+bilen|bakom+ratten|startar+bilen|startade+bilen|kor+ivag|korde+ivag', gap: 10, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, 'inte full', 'nykter', 'taxi', 'ska inte kora', 'jag sitter i bilen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'drunk|wasted|hammered|intoxicated drove+off+with|drove+away+with|is+driving+with|and+driving+with|driving+with+me|driving+with+us|driving+the+kids|took+the+kids|about+to+drive+the+kids|going+to+drive+the+kids|in+the+car+with+the+kids', gap: 10, unless: [...EN_GENERAL, ...FICTION, 'taxi', 'uber', 'sober', 'didnt drive', 'did not drive', 'wasnt driving'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'juhkan|juhkkan|garrenoaivvis aigu+vuodjit|aigu+vuoddjit|vulggii+biillain', gap: 6, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'stranger|strange+man|unknown+man|man|guy|adult|someone offered|offering|offers|tried+to+give|wanted+to+give my|our|the|a kid|child|son|daughter|kids|children|boy|girl ride|lift|candy|sweets|a+ride|a+lift', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'our neighbour', 'our neighbor', 'teacher', 'coach', 'grandpa', 'grandma', 'uncle', 'aunt', 'carpool', 'friends dad', 'friends mom', 'friends mum'] },
  { kind: 'report', lang: 'sv', cue: 'okand|okant|okanda|framling|framlingen|en+man|en+kille|nan+vuxen|en+vuxen erbjod|erbjuder|ville+ge|forsokte+ge min|mitt|var|vart|ett|en son|dotter|barn|unge|pojke|flicka|grabb|tjej skjuts|godis|lift|att+folja+med|folja+med', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'grannen', 'lararen', 'tranaren', 'farfar', 'morfar', 'farmor', 'mormor'] },
  { kind: 'report', lang: 'sv', cue: 'sparkade|sparkat|slog|slagit|knuffade|misshandlade min|mitt|var|vart son|dotter|barn|pojke|flicka|grabb|tjej i+huvudet|i+magen|blodig|pa+rasten|pa+skolgarden|pa+bussen', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_HOME.split('|'), ...SV_PARTNERS.split('|'), 'bollen', 'pucken'] },
  { kind: 'report', lang: 'se', cue: 'ravesolmmos|ravesolbmot|ravis+olmmos calla|callii|calii|sadde|saddii|sadda mu|min manas|manai|nieidii|bardnai|nieidda|bartnii', gap: 2, unless: SE_GENERAL },
  // People at work and in public roles, honour and stalking, weapons, fire and animals (review104–review107; the Sami
  // ones drafts): a teacher, a bus driver, a case worker, a politician or a journalist threatened, a bomb threat, a
  // client who names one's children, a house to be burnt down, "we know where you live"; a stranger who follows one for
  // weeks or calls every night, nude pictures put online by an ex, a marriage abroad against one's will; shots by the
  // school, a shotgun among the houses, someone shot by mistake, cats shot with an air gun, a dog left in a freezing
  // car, a dog poisoned, a moose hit and still alive.
  { kind: 'emergency', lang: 'sv', cue: `hotar|trakasserar|spottar+pa|attackerar|misshandlar|slar ${SV_PUBLIC_ROLES}`, gap: 2, unless: ['ar aldrig ok', 'ar aldrig okej', ...SV_GENERAL, ...FICTION, ...SV_ASKS_ABOUT_THE_WORK, 'att sluta', 'att saga upp sig', 'med strejk', 'att klaga', 'att anmala'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bombhot|bombhotet|bombhoten', gap: 0, unless: ['var ju ett fejk', 'forra veckans bombhot', 'ova utrymning', 'om det skulle komma', ...SV_GENERAL, ...FICTION, ...BOMB_THREAT_NEWS, 'ovning', 'ovningen', 'utbildning', 'for ett tag sen', 'vad hande med'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'bomb+threat|bomb+threats|bombthreat', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...BOMB_THREAT_NEWS, 'drill', 'training', 'exercise', 'a while back', 'what happened with', 'did anyone get caught'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'bombaaitta|bombaaitu|bomba+aitta|bomba+aitu', gap: 0, unless: [...SE_GENERAL, 'mii dahpahuvai'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sa|sade|skrev|ringde|hotade|hotar det+ska+smalla|det+kommer+smalla|ska+spranga|ska+sprangas|ska+explodera', gap: 8, unless: [...SV_GENERAL_BUT_SOON, ...FICTION, 'nyar', 'nyarsafton', 'fyrverkeri', 'fyrverkerier', 'raketer', 'festen', 'fest', 'kalas', 'party', 'gruvan', 'salvan', 'sprangning', 'sprangningen'], reportWhenOver: true },
  { kind: 'suicide', lang: 'en', cue: 'doesnt|does+not|dont|didnt|do+not want+to+wake+up|wanna+wake+up|want+to+live|want+to+be+alive anymore|any+more', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION, 'on mondays', 'on monday', 'for school', 'for work', 'early', 'alarm', 'tomorrow morning', 'this early'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_PARTNERS} la+ut|lade+ut|lagt+ut|delade|delat|spred|spridit|skickade+runt|skickat+runt nakenbilder|nakenbild|nakna+bilder|sexbilder`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'se', cue: 'aigot|aigu|aiggui|bakket|bakke naitit+mu|naitit+su|naitet+mu|naitet+su', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'bearas|bearrasa|bearrasis|eadni|ahcci|vanhemat|vanhemiid lea+naitan|leat+naitan|naitii|naitte su|mu olgoriikkas|olgoriikii', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'shots|gunshots|bangs|gunfire near|by|outside|behind the+school|the+houses|the+shop|the+station|our+house|my+house', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'photo', 'photos', 'pictures', 'hunting', 'fireworks', 'new year', 'film', 'camera', 'vaccine', 'flu', 'tequila', 'vodka', 'drone'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'got|was|has+been|just+got|been shot', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'photo', 'photos', 'pictures', 'video', 'scene', 'music video', 'camera', 'paintball', 'airsoft', 'laser tag', 'nerf', 'in the game', 'in fortnite', 'in cod', 'my shot', 'his shot', 'her shot', 'shot down', 'idea', 'proposal', 'shot at the title', 'shot at'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skjuter|skjuts med+hagelbossa|med+hagelgevar|med+gevar|med+gevaret|med+pistol bakom+husen|mellan+husen|i+bostadsomradet|vid+husen|vid+skolan|vid+skidsparet', gap: 4, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'skjutbana', 'skjutbanan', 'skyttefest', 'skytte', 'tavlan', 'pa burkar', 'burkar'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'help|please+help|pls+help he+found+me|she+found+me|they+found+me|he+found+us|they+found+us|he+tracked+me+down|hes+found+me|he+has+found+me', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'a job', 'a flat', 'a place', 'an apartment', 'a room', 'a seat', 'on facebook', 'online', 'a ticket'] },
  { kind: 'emergency', lang: 'sv', cue: 'hjalp|snalla+hjalp han+hittade+mig|han+har+hittat+mig|han+hittat+mig|dom+hittade+mig|de+hittade+mig|han+hittade+oss|han+har+hittat+oss', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'ett jobb', 'en lagenhet', 'en plats', 'pa facebook', 'pa natet', 'en biljett'] },
  { kind: 'emergency', lang: 'se', cue: 'veahkki|veahket son+gavnnai+mu|sii+gavnne+mu|son+lea+gavdnan+mu', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'olmmai|olmmos|soames|muhtin ii+mana+eret|ii+vuolgga|caggala|lea uvssa+olggobealde|uvssa+guoras|mu+uvssa', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ealga|ealgga|boazu|bohccot|bohcco deaivideimmet|deaividii|deaividin|vuddjiimet|vuddjii ii+leat+japman|ain+ealla|ii+leat+jabmin', gap: 8, unless: SE_GENERAL },
];

/** Also from review44: a suitcase or a bag taken, a car hit by a driver who drove off. */
const R44_LATE: Rule[] = [
  { kind: 'report', lang: 'en', cue: 'suitcase|luggage|bag|bags|backpack|wallet|purse|phone|skis|bike|laptop was|were|got|been taken|snatched|swiped|nicked|grabbed', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'by mistake', 'wrong', 'to the', 'back to', 'care of'] },
  { kind: 'report', lang: 'sv', cue: 'bil|bilen|bilar|cykel|cykeln|skotern blev|har|hade|var bucklig|repad|repat|skadad', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'i kylan', 'av kylan', 'av isen', 'av stenskott'] },
  { kind: 'report', lang: 'sv', cue: 'pakord|pakorde|krockade|backade akte|korde|stack|smet darifran', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  // Someone hit by a driver who drove off, told on the way to a question about the promises (review81: "a white
  // pickup … clipped my daughter on her bike and just drove off … Are there more speed checks planned?"): 112 now, a
  // crime to report when over. "Smitningsolycka" is the Swedish word for it.
  { kind: 'emergency', lang: 'en', cue: 'clipped|hit|struck|knocked|ran+over my|our|her|his|a|the son|daughter|kid|child|boy|girl|cyclist|pedestrian|friend|wife|husband|mother|father|mom|mum|dad drove|sped|took off|away', gap: 6, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'smitningsolycka|smitningsolyckan|smitolycka|smitolyckan', unless: [...SV_GENERAL, ...FICTION] },
];

/**
 * From review45 (written blind at the end of the twentieth session, its misses read before these rules): a car running
 * in a closed garage where no one answers; a phone or money taken by force ("tvingade honom att lämna den"); a sexual
 * assault told afterwards; blackmail with pictures; a wish not to wake up told as "om jag bara int vaknade"; a search
 * for how one hangs oneself; a Sami "áigu jápmit". A worry played down ("probably overreacting lol") is no joke.
 */
/** A bill and its reminder, not blackmail ("they want 500 kr or they send it to debt collection"). */
const BILLS = ['bill', 'invoice', 'reminder', 'debt collection', 'faktura', 'fakturan', 'rakning', 'rakningen', 'paminnelse', 'inkasso', 'kronofogden'];

const R45_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'car|engine|motor running|on garage nobody|noone|no answers|answering|opens|responds|responding', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'tvingade|tvingat|tvingar honom|henne|mig|oss|dom|dem att lamna|ge', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'utsatt|utsattes|utsatts|utsattes for *overgrepp|ofredande|valdtakt|sexuellt', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'wants|demands|demanding|asks|asking|want *kr|money|sek|euros|dollars|bitcoin|crypto or|otherwise send|sends|post|posts|share|shares|publish|leak|leaks|show|shows', gap: 3, unless: [...EN_GENERAL, ...FICTION, ...BILLS] },
  { kind: 'report', lang: 'sv', cue: 'vill|kraver|kravde|kraver *kr|kronor|pengar|swish annars|eller skickar|sprider|lagger|publicerar|visar', gap: 3, unless: [...SV_GENERAL, ...FICTION, ...BILLS] },
  { kind: 'suicide', lang: 'sv', cue: 'om|ifall jag bara inte|int vaknade|vaknar|fanns|existerade', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'i tid', 'klockan', 'larmet', 'alarmet', 'jobbet', 'skolan', 'bussen'] },
  { kind: 'suicide', lang: 'se', cue: 'aigu|aiggun|aigo|haliida|haliidan japmit|jamit', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'googlat|googlar|googlade|sokt|sokte|soker|kollat|kollade hur hanger|hanga|do|dor', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'hanger upp', 'hanga upp', 'hanger ihop', 'hanga med', 'hanger med', 'vaxter', 'blommor', 'fiskar', 'batteriet'] },
];

/**
 * From review47 (written blind at the start of the twenty-first session: messages as the bot gets them in a Kiruna
 * winter; its misses read before these rules). Danger: a child who drank something poisonous, a roof bending under
 * the snow with people inside, cold that has gone too far (shaking that will not stop, talk that makes no sense: not
 * a wish to lie down in the snow), someone who says he will stab the next person, shouting by open water, a Sami
 * message of someone lying outside who does not answer. Crimes to report: a neighbourhood's post stolen, a computer
 * taken (in a newcomer's Swedish), a facade covered in graffiti, a threat to "make me regret it", a driver seen
 * drinking first, a robbery told in broken English, car parts "nicked", tyres cut, small bags handed out of a car, in
 * Sami drunk driving and shot reindeer. Violence at home: a shelter asked about "for myself", a marriage one may not
 * choose. Suicide: a gun taken out and "if it is time", one step from an edge, "tired of being alive".
 */
const SV_POISONS = 'spolarvatska|spolarvatskan|tandvatska|tandvatskan|lampolja|lampoljan|glykol|glykolen|kylarvatska|kylarvatskan|rengoringsmedel|diskmedel|diskmedlet|maskindiskmedel|tvattmedel|tvattmedlet|klorin|frostskyddsvatska|rodsprit|ograsmedel|rattgift|diskmaskinstablett*|tvattkapsel*|tvattkapslar|knappcellsbatteri|lacknafta|terpentin|fotogen|ammoniak|avloppsrens*|propplosare';
const EN_POISONS = 'washer|antifreeze|bleach|detergent|dishwasher|laundry|pods|coolant|glycol|lye|paraffin|kerosene|turpentine|drano|poison|rat|lamp|cleaner';
/** Hunting and the care of guns, when a gun is taken out ("tog fram geväret inför jakten"). */
const SV_GUN_CARE = ['jakt', 'jakten', 'algjakt', 'algjakten', 'jaga', 'skytte', 'skyttebanan', 'licens', 'vapenlicens', 'rensa', 'putsa', 'vapenskap', 'vapenskapet', 'inskjutning', 'saljer'];
const EN_GUN_CARE = ['hunt', 'hunting', 'season', 'moose', 'range', 'clean', 'cleaning', 'licence', 'license', 'sell', 'selling'];
const R47_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: `druckit|drack|svalt|svalde|atit|slickat ${SV_POISONS}`, gap: 3, unless: [...SV_GENERAL, 'farligt om', 'med flit', 'medvetet', 'avsiktligt', 'for att do'] },
  { kind: 'emergency', lang: 'en', cue: `drank|swallowed|ate|eaten|licked|swallow ${EN_POISONS}`, gap: 3, unless: [...EN_GENERAL, 'dangerous if', 'rat race', 'cleaner than', 'on purpose', 'deliberately', 'to die', 'to end'] },
  // A roof that "will collapse soon" with snow, asked of a firm (everyday53).
  { kind: 'emergency', lang: 'sv', cue: 'taket|taken|innertaket bagnar|bagna|buktar|bukta|sviktar|svikta|rasar|rasade|rasat|rasa', gap: 8, unless: ['rasar snart', ...SV_GENERAL, ...NO_HARM_NOW, 'innan', 'risk', 'risken', 'snolast', 'hur mycket sno', 'pepparkakshus', 'pepparkakshuset', 'snogrottor', 'sa taket inte rasar'] },
  { kind: 'emergency', lang: 'en', cue: 'roof|ceiling sagging|buckling|bending|bowing|caving|collapsing|collapsed', gap: 3, unless: [...EN_GENERAL, ...NO_HARM_NOW, 'before', 'risk', 'snow load', 'how much snow'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|wont stop shaking|shivering', gap: 1, unless: [...EN_GENERAL, 'nervous', 'exam', 'anxiety', 'coffee', 'excited', 'laughing', 'laughter', 'giggling', 'movie'] },
  { kind: 'emergency', lang: 'en', cue: 'talking|talks|speaking|mumbling nonsense|gibberish', gap: 1, unless: [...EN_GENERAL, 'politicians', 'politics', 'lol', 'haha', 'drunk again'] },
  { kind: 'emergency', lang: 'sv', cue: 'slutar|sluta inte skaka|darra|huttra', gap: 1, unless: [...SV_GENERAL, 'nervos', 'tentan', 'provet', 'kaffe', 'skratt', 'skratta'] },
  { kind: 'emergency', lang: 'sv', cue: 'pratar|babblar|mumlar osammanhangande|nonsens|sluddrigt|obegripligt', gap: 1, unless: [...SV_GENERAL, 'politiker', 'politikerna', 'haha', 'lol'] },
  { kind: 'emergency', lang: 'en', cue: 'stab|kill|shoot|hurt|knife|attack|cut next person|one|guy|man|woman|kid|who|that|to', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'game', 'zombie', 'zombies'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'knivhugga|doda|skjuta|skada|hugga nasta person|som|man|kvinna|kille|tjej', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'spelet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'shouting|screaming|yelling|crying|calling open water', gap: 4, unless: [...EN_GENERAL, 'playing', 'skating', 'hockey', 'fun', 'party', 'swimming', 'sauna'] },
  { kind: 'emergency', lang: 'sv', cue: 'skriker|ropar|skrek|ropade|hojtar *vak|*vaken|raken|oppet|oppna|isen', gap: 4, unless: [...SV_GENERAL, 'leker', 'lekte', 'lek', 'skridskor', 'skridsko', 'hockey', 'bandy', 'gladje', 'kul', 'bastu', 'bastun', 'badar', 'vinterbad'] },
  { kind: 'emergency', lang: 'se', cue: 'vellada|vealla|veallaga|gahcai|gahccan ii|eai vastit|vasta|vastida|lihkat|lihka', gap: 6, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'brevladetomte|brevladstjuv*|paketstold|paketstolder|postnapp*', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'saknar|saknat|forsvunnit bankkort|bankkortet|paket|paketen|posten|breven', gap: 3, unless: [...SV_GENERAL, 'postnord', 'forsenat', 'forsenad', 'forsenade', 'leverans', 'leveransen'] },
  { kind: 'report', lang: 'sv', cue: 'nan|nagon|nagra ta|tar|tagit|tog min|mina|var dator|datorn|planbok|planboken|laptop|laptopen|mobil|mobilen|vaska|vaskan', gap: 1, unless: [...SV_GENERAL, 'kan nan', 'kan nagon', 'kunde nan', 'kunde nagon', 'far nan', 'far nagon', 'skulle nan', 'skulle nagon', 'till verkstan', 'till reparation', 'lana'] },
  { kind: 'report', lang: 'sv', cue: 'nerklottrad|nerklottrat|nerklottrade|nedklottrad|nedklottrat|nedklottrade|nersprayad|nersprayat|nersprayade', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'hell|shell|theyll|hed|shed|he|she|they make|making me|us regret|pay', gap: 1, unless: [...EN_GENERAL, 'taxes', 'tax', 'bill', 'fee', 'rent', 'the difference', 'my ex', 'ex', 'my husband', 'my boyfriend', 'my wife', 'my girlfriend', 'my partner', 'my dad', 'my father', 'my mom', 'my mum', 'my brother', 'leaving him', 'leaving her', 'leave him', 'leave her'] },
  { kind: 'report', lang: 'sv', cue: 'fa mig|oss att angra', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'vodka|beer|beers|whisky|whiskey|booze|bottle|bottles|wine|shots drive|drove|driving|drives', gap: 8, unless: ['how long until i can drive', 'rule of thumb', 'board game', 'boardgame', 'pretend', 'the game', ...EN_GENERAL, 'didnt drive', 'not drive', 'wont drive', 'taxi', 'walked', 'sober', 'who drives', 'designated', 'bus', 'big problem', 'too many before', 'argued at dinner'] },
  { kind: 'report', lang: 'se', cue: 'jugai|jugii|juhkii viinni|vina|alkohola|vuola vujii|vuojii|vuoji|vuojai', gap: 4, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'wallet|phone|bag|purse|handbag|backpack take|taken|took|stolen|grabbed by', gap: 3, unless: [...EN_FOUND_AGAIN, ...EN_GENERAL, 'taken by surprise'] },
  { kind: 'emergency', lang: 'en', cue: 'they|man|men|guys|someone|somebody push|pushed|shoved|knocked me|us down|over', gap: 1, unless: [...EN_GENERAL, ...JOKING, 'brother', 'sister', 'playing', 'snow', 'snowball', 'hockey', 'skiing', 'sledding', 'sled'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'nicked|pinched|swiped|nabbed|stole|stolen|took|taken catalytic|converter|cat|wheels|tyres|tires|rims|battery|exhaust|catalyst|fuel|diesel|petrol|gas', gap: 4, unless: [...EN_GENERAL, 'took my car to', 'took the car to', 'gas station', 'cat food', 'the cat', 'my cat'] },
  { kind: 'report', lang: 'en', cue: 'tyres|tires|tyre|tire slashed|cuts|knifed|punctured|stabbed', gap: 6, unless: [...EN_GENERAL, 'glass', 'nail', 'nails', 'pothole', 'potholes', 'screw', 'gravel'] },
  { kind: 'report', lang: 'sv', cue: 'dack|dacken|dacket uppskurna|sonderskurna|skurna|punkterade|punkterat|uppskurit|skurit|sonderstuckna|stuckit', gap: 4, unless: [...SV_GENERAL, 'spik', 'glas', 'potthal', 'grus', 'skruv'] },
  { kind: 'report', lang: 'en', cue: 'hands|handing|handed|gives|giving|gave|passes|passing small|little|tiny bags|baggies|packets|bags', gap: 3, unless: [...EN_GENERAL, 'candy', 'sweets', 'flyers', 'leaflets', 'samples', 'groceries', 'food', 'bread', 'coffee'] },
  { kind: 'report', lang: 'se', cue: 'bahccojuvvon|bahccon|goddon|goddojuvvon|bahcci boazu|bohcco|bohccot|bohccuid|bohccuiguin', gap: 2, unless: [...SE_GENERAL, ...SE_PREDATORS] },
  { kind: 'domestic', lang: 'en', cue: 'shelter|shelters|refuge myself', gap: 6, unless: [...EN_IN_GENERAL, 'if someone', 'if a', 'for a friend', 'project', 'bus shelter', 'animal shelter', 'dog shelter', 'cat shelter', 'wind shelter', 'homeless shelter', 'storm'] },
  { kind: 'domestic', lang: 'en', cue: 'shelter|shelters|refuge for|take me|us', gap: 0, unless: [...EN_GENERAL, 'bus shelter', 'animal shelter', 'dog shelter', 'cat shelter', 'homeless shelter'] },
  { kind: 'domestic', lang: 'sv', cue: 'kvinnojour|kvinnojouren|tjejjour|tjejjouren mig|sjalv', gap: 6, unless: [...SV_GENERAL, 'jobbar pa', 'jobbar som', 'volontar', 'praktik'] },
  { kind: 'domestic', lang: 'sv', cue: 'skyddat|skyddade boende mig|sjalv', gap: 6, unless: [...SV_GENERAL, 'jobbar pa', 'jobbar som', 'volontar', 'praktik'] },
  { kind: 'domestic', lang: 'sv', cue: 'far|fick valja|bestamma vem gifta', gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'tvangsgift*|tvangsaktenskap*', gap: 0, unless: [...SV_GENERAL, 'lagen', 'statistik'] },
  { kind: 'domestic', lang: 'en', cue: 'forced|forcing|force|make|making|pressuring marry|marriage', gap: 3, unless: ['is forced marriage covered', 'are honour related violence and', ...EN_GENERAL, 'illegal', 'statistics', 'documentary'] },
  { kind: 'suicide', lang: 'sv', cue: 'gevaret|gevar|bossan|vapnet|pistolen|repet|tabletterna|pillren dags|slut|sista', gap: 8, unless: [...SV_GENERAL, ...SV_GUN_CARE, 'tog slut', 'tagit slut', 'har slut pa'] },
  { kind: 'suicide', lang: 'en', cue: 'rifle|gun|shotgun|pistol|rope|pills its|is time', gap: 8, unless: [...EN_GENERAL, ...EN_GUN_CARE] },
  { kind: 'suicide', lang: 'sv', cue: 'kanten|stupet|racket|balkongen|stupkanten ett|bara steg|hoppa', gap: 4, unless: [...SV_GENERAL, 'klattra', 'klattrar', 'klattring', 'skidor', 'aka skidor', 'hoppbacken', 'fallskarm'] },
  { kind: 'suicide', lang: 'en', cue: 'edge|ledge|railing one|just step', gap: 4, unless: [...EN_GENERAL, 'climbing', 'ski', 'skiing', 'dance'] },
  { kind: 'suicide', lang: 'en', cue: 'tired|sick|done of|with being alive', gap: 1, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'trott|less|fardig pa|med att leva', gap: 1, unless: [...SV_GENERAL, 'i morkret', 'har uppe', 'i kiruna', 'sa har'] },
];

/**
 * From review50 (written blind at the start of the twenty-second session as a mix of plain and hard cases; run once as
 * it came, then these rules from the misses that got no route at all): shots heard and someone screaming, in Sami
 * someone through the ice and still in the water, a break-in found in a storeroom with things gone, graffiti on a
 * bus shelter, a man exposing himself, boys filming a classmate in the changing room, drugs found in a playground, a
 * woman who fled her husband and is searched for, a relative touching a child "strangely", an ex who still has a key,
 * "a plan and a date".
 */
/** Break-ins asked about, not told of: figures, rumours, one reported long ago, the promises' work on them. */
const SV_ABOUT_BREAK_INS = [...ABOUT_THE_TOPIC, 'hur manga', 'fler inbrott', 'om inbrott', 'anmalde', 'jobbar med', 'i loftena', 'rykten', 'ar sen'];
/**
 * From review54 (written blind in the twenty-third session: newcomers writing learner's Swedish or simple English,
 * older people, messages for someone else; as it came 112 of 126 alarms right, as with the session's start rules).
 * Words for things that no cue had, not its wordings: smoke seen under a door, not deserving to live, burning oneself
 * with cigarettes, hateful words written on a wall. (A fire "in kitchen", without "the", is the fire rule's: it no
 * longer asks for an article, which learners leave out.)
 */
const R54_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'smoke under|from+under door|doors', gap: 2, unless: [...EN_GENERAL, ...FIRE_KEPT, 'drill'] },
  { kind: 'suicide', lang: 'sv', cue: 'fortjanar inte att leva|finnas|existera', gap: 0, unless: SV_TOLD_BY_OTHERS },
  { kind: 'suicide', lang: 'en', cue: 'dont|do+not|never deserve to live|exist|be+alive', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'branner|brande|brant mig cigarett*|tandare*|strykjarn*', gap: 2, unless: [...SV_GENERAL, 'rakt', 'rakade', 'av misstag', 'rakade brant'] },
  { kind: 'suicide', lang: 'en', cue: 'burn|burning|burned|burnt myself cigarette*|lighter|lighters', gap: 2, unless: [...EN_GENERAL, 'by accident', 'accidentally'] },
  { kind: 'report', lang: 'sv', cue: 'skrivit|skrev|klottrat|klottrade|sprayat|sprayade|malat|malade hatord|hatbudskap|hakkors|rasistiska|nazistiska', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'wrote|written|painted|sprayed hate|hateful|racist|nazi|swastika|swastikas', gap: 4, unless: [...EN_GENERAL, ...FICTION] },
  // review55 (typed in a hurry): a gun and "avsluta allt" in one breath ("tänker på att ta geväret i hallen o avsluta allt").
  { kind: 'suicide', lang: 'sv', cue: 'gevar*|bossan|hagelbossan|pistolen|vapnet|jaktgevaret avsluta|avslutar|avsluta+det allt|alltihop|alltihopa|livet', gap: 5, unless: SV_TOLD_BY_OTHERS },
];

/**
 * From review52 (written blind at the end of the twenty-second session: young people and old people, and those who
 * worry about them; as it came it scored exactly what the rules of the session's start give, 95 of 112 alarms right;
 * then these rules from its misses): a stranger trying to get small children into his car, a toddler who drank vape
 * liquid, a leg bent after a fall and screaming, older pupils taking phones and money from younger ones, "du e död"
 * written on Snapchat, a caller who says he is the police and asks for cash in the letterbox, a grown man asking a
 * child to keep their chats secret, a video of a girl changing filmed in secret, a relative who touches a child, a
 * daughter withholding an old parent's medication and money, "disappearing forever sounds nice", in Sami violence at
 * home and a child who does not want to go home.
 */
const R52_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'forsoker|forsokte|ville|vill fa|lura|locka|dra|ta barn|barnen|smabarn|smabarnen|ungar|ungarna|flickan|pojken|eleverna|tjejerna|killarna bil|bilen', gap: 4, unless: [...SV_GENERAL, 'hamtar', 'skjutsar', 'pappa', 'mamma'] },
  // Not a rumour passed on (review81: "a false rumour that started in another country").
  { kind: 'emergency', lang: 'en', cue: 'trying|tried|try to get|lure|grab|take kids|children|child|girl|boy|girls|boys into|in his|car|van', gap: 3, unless: ['rumour', 'rumours', 'rumor', 'rumors', 'hoax', 'facebook posts', ...EN_GENERAL, 'school run', 'car seat', 'their dad', 'their mom', 'their mum'] },
  // A child who got hold of something poisonous (someone who took it on purpose is the suicide rules' case).
  { kind: 'emergency', lang: 'sv', cue: 'son|sonen|dotter|dottern|barnet|bebisen|bebis|lillebror|lillasyster|ungen|grabben|lillen|lillan druckit|drack|svalt|svalde|atit|at vatska|vejpvatska|vape|nikotin|nikotinvatska|tabletter|medicin|rengoringsmedel|klorin|diskmedel|tandlack|lampolja|frostskyddsvatska', gap: 6, unless: [...SV_GENERAL, 'kafe', 'vatten', 'safta', 'med flit', 'medvetet', 'med avsikt'] },
  { kind: 'emergency', lang: 'en', cue: 'son|daughter|toddler|baby|sister|brother|kid|child|boy|girl drank|drunk|swallowed|ate vape|liquid|nicotine|pills|medicine|bleach|detergent|antifreeze|lamp', gap: 6, unless: [...EN_GENERAL, 'water', 'juice', 'on purpose', 'deliberately'] },
  { kind: 'emergency', lang: 'en', cue: 'leg|arm|ankle|foot|neck is|looks bent|broken|twisted screaming|crying|cant|wont|unconscious', gap: 6, unless: [...EN_GENERAL, 'last year', 'last month', 'recovering'] },
  { kind: 'report', lang: 'sv', cue: 'tar|tog|ranar|ranade|snor|snodde mobiler|mobilen|mobilerna|pengar|pengarna|horlurar|jackor av|fran de|yngre|elever|eleverna|barn|barnen', gap: 4, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'lamna|lamnat|lamnade ifran sig', gap: 1, unless: [...SV_GENERAL, 'paket', 'paketet', 'nyckeln', 'nycklarna', 'bilen'] },
  { kind: 'report', lang: 'sv', cue: 'skrev|skrivit|sa|sade|skickade|messade|snappade du e|ar dod|doden', gap: 4, unless: [...SV_GENERAL, ...SV_GAMING, ...JOKING] },
  { kind: 'report', lang: 'sv', cue: 'sagt|sa|sade|pastod ar|e|var polis|polisen kontanter|pengar|pengarna|smycken|bankkort|bankkortet|kortet|koden|bankid|bankdosan', gap: 8, unless: [...SV_GENERAL, 'hamta', 'hamtar'] },
  { kind: 'report', lang: 'en', cue: 'keep|keeping|kept secret|secrets', gap: 3, unless: [...EN_GENERAL, 'surprise', 'party', 'birthday', 'present'] },
  { kind: 'report', lang: 'sv', cue: 'halla|haller|holl hemligt|hemlig|hemliga', gap: 3, unless: [...SV_GENERAL, 'overraskning', 'overraskningen', 'kalas', 'kalaset', 'present'] },
  { kind: 'report', lang: 'en', cue: 'video|videos|photo|photos|pictures|film changed|changing|locker|shower|naked|undressed', gap: 8, unless: [...EN_GENERAL, 'how to protect'] },
  { kind: 'report', lang: 'en', cue: 'filmed|recorded|photographed secretly|without', gap: 1, unless: [...EN_GENERAL, 'permission to film'] },
  { kind: 'report', lang: 'en', cue: 'punched|beaten|kicked|attacked|assaulted|robbed|threatened|mugged at|after|outside|in school', gap: 1, unless: [...EN_GENERAL, 'is being', 'are being', 'right now', 'rn'] },
  { kind: 'report', lang: 'sv', cue: 'kille|killen|tjej|tjejen|nan|nagon|grannen|gang|gaget saljer|salde|langar|langade thc|knark|narkotika|hasch|cannabis|spice', gap: 4, unless: [...SV_GENERAL, 'om polisen', 'dom som', 'de som', 'alla vet'] },
  { kind: 'report', lang: 'sv', cue: 'snaps|snap|sms|meddelande|meddelanden|messar ska|kommer hugga|knivhugga|doda|skjuta|misshandla|sla', gap: 8, unless: [...SV_GENERAL, ...SV_GAMING, ...JOKING] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} touches|touched|touching|gropes|groped her|him|me`, gap: 8, unless: ['the kitchen', 'touches the', ...EN_GENERAL, 'cheek', 'hand', 'shoulder'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} withholding|withholds|withheld|withhold|hides|hiding|hid|refuses my|her|his medication|medicine|pills|insulin|money|pension|food`, gap: 8, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'dotter|son|sonen|dottern|svardottern|svagerska|svager|mannen|frun|maken undanhaller|gommer|tar min|mina|hennes|hans medicin|mediciner|tabletter|pengar|pension', gap: 4, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'disappear|disappearing|vanish|vanishing forever|permanently', gap: 1, unless: [...EN_GENERAL, 'holiday', 'trip', 'move', 'moving', 'off grid', 'cabin', 'phone'] },
  { kind: 'suicide', lang: 'en', cue: 'disappear|disappearing|vanish|vanishing for good', gap: 0, unless: [...EN_GENERAL, 'holiday', 'trip', 'move', 'moving', 'off grid', 'cabin', 'phone'] },
  { kind: 'domestic', lang: 'se', cue: 'ruovttus veahkavaldi', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'in|ii haliit|haliidit|hal mannat|vuolgit ruoktot', gap: 1, unless: SE_GENERAL },
];

/**
 * From review51 (written blind in the twenty-second session after R50_FIRST: late nights and weekends, people writing
 * for someone else, a question first and the situation after it, danger played down; run once as it came, then these
 * rules from its misses): a false police officer on his way to collect a grandmother's jewellery, a car window smashed
 * in the night, hair pulled, cutting oneself "to get through the night", "ska avsluta alltihop", a grandfather who has
 * been hitting the grandmother for years, "I think she meant die", in Sami a father who hits the children.
 */
const R51_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'polis|polisen|poliser hamta|hamtar smycken|pengar|pengarna|kontanter|kortet|korten|bankkort|bankkortet|bankdosan|klockor', gap: 6, unless: [...SV_GENERAL, 'hittegods'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'police|officer|cop|policeman collect|pick|take|fetch jewellery|jewelry|cash|money|cards|card|valuables', gap: 6, unless: ['would the police ever', 'do the police ever', 'does the police ever', 'would police ever', 'never send', ...EN_GENERAL, 'lost property'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'krossa|krossade|krossat rutan|rutor|rutorna|fonstret|bilrutan|sidorutan', gap: 3, unless: [...SV_GENERAL, 'av misstag', 'rakade', 'olycka'] },
  { kind: 'report', lang: 'sv', cue: 'slog|slagit sonder rutan|rutor|rutorna|fonstret|bilrutan|sidorutan', gap: 3, unless: [...SV_GENERAL, 'av misstag', 'rakade', 'olycka'] },
  { kind: 'domestic', lang: 'sv', cue: 'drog|drar|slet|sliter|rycker|ryckte mig|henne|oss i haret', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'pulled|pulls|pulling|dragged|drags|yanked me|her|us by hair', gap: 2, unless: [...EN_IN_GENERAL, 'hair salon', 'hairdresser'] },
  { kind: 'suicide', lang: 'sv', cue: 'skar|skurit|skara mig|sig for att klara|orka|sta|kanna|somna|ta', gap: 2, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'cut|cutting|cuts myself|herself|himself to cope|get|feel|sleep|numb', gap: 2, unless: EN_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'ska|vill|tanker|tankte|kommer avsluta alltihop|alltihopa|livet', gap: 2, unless: [...SV_IN_GENERAL, 'kontraktet', 'abonnemanget', 'medlemskapet', 'kursen', 'projektet', 'alltihop med', 'alltihopa med'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} been hitting|beating|hurting|abusing|choking|kicking|punching|slapping her|him|them|me`, gap: 2, unless: [...EN_GENERAL, ...EN_PLAY_HITS] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE} keeps|kept hitting|beating|hurting|abusing|choking|kicking|punching|slapping her|him|them|me`, gap: 1, unless: [...EN_GENERAL, ...EN_PLAY_HITS] },
  { kind: 'suicide', lang: 'en', cue: 'meant|means|mean die|dying|suicide', gap: 1, unless: [...EN_GENERAL, 'die hard', 'literal', 'literally', 'word', 'translate', 'translation', 'teacher', 'swedish'] },
  { kind: 'domestic', lang: 'se', cue: `ahcci*|eadni* ${SE_HARM} sin|mu|su|manaid`, gap: 3, unless: [...SE_GENERAL, 'vuovdit mu skohtera', 'skohtera', 'borrat', 'gahkuid', 'instagram', 'liiko', 'haha', 'tiktok'] },
];

/** Relatives a child may be left with (review50: "farfar rör min lillasyster konstigt"). */
const SV_CHILD_RELATIVE = 'farfar|morfar|pappa|styvpappa|farbror|morbror|kusin|bror|brorsan|styvbror';
const R50_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'skott|skottlossning|skjuter|skjutit|skotten skriker|skrek|skrik|ropar|ropade|vralar|vralade', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'spelet', 'leker'] },
  { kind: 'emergency', lang: 'en', cue: 'shots|gunshots|gunfire|gunshot screaming|scream|screams|screamed|yelling|shouting', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'game', 'range', 'hunting', 'fireworks'] },
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahccai|manai|vujii jieknii', gap: 3, unless: [...SE_GENERAL, 'cuozzilii dalan', 'bijai moala', 'mannan jagi', 'dal dearvvas'] },
  { kind: 'emergency', lang: 'se', cue: 'ain cazis|cahcis', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'inbrott|inbrottet i|pa *forradet|*forrad|*garaget|*garage|*boden|*kallaren|*stugan|*vinden', gap: 1, unless: [...SV_GENERAL, ...SV_ABOUT_BREAK_INS] },
  { kind: 'report', lang: 'sv', cue: 'inbrott|inbrottet borta|stulen|stulet|stulna|snott|snodd|snodda|forsvunnen|forsvunnet|forsvunna', gap: 8, unless: [...SV_GENERAL, ...SV_ABOUT_BREAK_INS] },
  { kind: 'report', lang: 'sv', cue: 'nan|nagon|nagra|folk|ungdomar|ungar|nagra har|hade klottrat|klottrade|sprayat|sprayade|taggat|taggade|vandaliserat|vandaliserade', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|kids|people|teens sprayed|tagged|vandalised|vandalized|graffitied', gap: 2, unless: [...EN_GENERAL, 'by accident', 'accidentally'] },
  { kind: 'report', lang: 'sv', cue: 'blottade|blottat|blottar|blottare', gap: 1, unless: [...SV_GENERAL, 'hur manga'] },
  { kind: 'report', lang: 'sv', cue: 'visade|visat|visar sig naken|naket', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'exposed|exposing|flashed|flashing himself|themselves|his', gap: 1, unless: [...EN_GENERAL, 'his lights', 'the lights', 'headlights', 'high beams', 'his headlights'] },
  { kind: 'report', lang: 'sv', cue: 'filmade|filmat|filmar|fotade|fotat|fotar|smygfilmade|smygfilmat omkladningsrummet|duschen|duschrummet|toaletten|naken|nakna', gap: 5, unless: [...SV_GENERAL, 'hur skyddar', 'skydda'] },
  { kind: 'report', lang: 'en', cue: 'filmed|filming|photographed|recorded changing|locker|shower|showers|toilet|naked', gap: 5, unless: [...EN_GENERAL, 'how to protect'] },
  { kind: 'report', lang: 'sv', cue: 'hittade|hittat|hittar *pase|pasar|knark|narkotika|hasch|sprutor|sprutan|kanyler|kokain|amfetamin', gap: 4, unless: [...SV_GENERAL, 'polisen hittade', 'hittade polisen', 'de hittade', 'hitta', 'hunden', 'hundarna', 'hundar', 'hundsoket', 'narkotikahundar', 'laste', 'hur manga', 'hur mycket', 'godispapper', 'godis', 'lordagsgodis', 'godispase', 'godispasar', 'chipspase', 'hur slanger', 'slanga', 'slanger man'] },
  { kind: 'report', lang: 'en', cue: 'found|find bag|baggie|baggies|drugs|weed|pills|needles|syringes|cocaine', gap: 3, unless: [...EN_GENERAL, 'police found', 'dog found', 'did the', 'how many', 'how much'] },
  { kind: 'domestic', lang: 'sv', cue: 'flytt|flydde|rymt|rymde fran min|mannen|maken|sambon|pojkvannen|exet|honom', gap: 5, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'han|mannen|maken|sambon|exet|pojkvannen letar|letade|soker|sokte efter mig', gap: 1, unless: [...SV_GENERAL, 'affaren', 'butiken', 'tappat bort'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CHILD_RELATIVE} tafsar|tafsade|tafsat|tafsa`, gap: 4, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CHILD_RELATIVE} ror|rorde konstigt|olampligt|obehagligt|mellan|underlivet|brosten|rumpan`, gap: 4, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'ror|rorde|tafsar|tafsade|tafsat konstigt|olampligt|obehagligt|underlivet', gap: 4, unless: [...SV_GENERAL, 'hur pratar', 'prata med'] },
  { kind: 'report', lang: 'sv', cue: 'ror|rorde|tafsar|tafsade|tafsat mellan benen', gap: 4, unless: [...SV_GENERAL, 'hur pratar', 'prata med'] },
  { kind: 'report', lang: 'en', cue: 'touches|touched|touching|groped|groping inappropriately|weird|strangely|private|privates', gap: 4, unless: [...EN_GENERAL, 'how to talk', 'talk to kids'] },
  { kind: 'domestic', lang: 'en', cue: 'left|leaving him|her still|keeps|kept key|keys|follows|following|shows|turns|texting|calling|watching', gap: 6, unless: [...EN_GENERAL, 'landlord'] },
  { kind: 'domestic', lang: 'sv', cue: 'lamnade|lamnat|gjorde honom|slut fortfarande|jamt|alltid nyckel|nycklar|nyckeln|foljer|dyker|ringer|smsar|bevakar', gap: 6, unless: [...SV_GENERAL, 'hyresvarden'] },
  { kind: 'suicide', lang: 'en', cue: 'plan|plans and|with a date|day', gap: 1, unless: [...EN_GENERAL, 'wedding', 'party', 'trip', 'move', 'moving', 'meeting', 'event', 'project', 'course', 'holiday', 'vacation', 'birthday', 'launch', 'opening', 'for the', 'for our', 'for my', 'for a'] },
  { kind: 'suicide', lang: 'sv', cue: 'plan och|med datum|dag', gap: 2, unless: [...SV_GENERAL, 'brollop', 'brollopet', 'fest', 'festen', 'resa', 'resan', 'flytt', 'flytten', 'mote', 'motet', 'kalas', 'for', 'projekt', 'projektet'] },
];

/**
 * From review49 (written blind at the end of the twenty-first session as the first months of real traffic; run once
 * as it came, then these rules from the misses that got no route at all): a neighbour heard screaming for help, a dog
 * tied up outside and starving, a car keyed again and again, loans taken in one's name, "I won't be around to see
 * 2027".
 */
const R49_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'skriker|skrek|ropar|ropade|vralar pa|efter hjalp', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'leker', 'lek', 'filmen', 'spelet'] },
  { kind: 'report', lang: 'sv', cue: 'hund|hunden|katt|katten|hundar fastbunden|fastbundna|bunden|svalter|skinn', gap: 6, unless: [...SV_GENERAL, 'kopplet', 'kopplad', 'hundrastgard', 'i en minut'] },
  { kind: 'report', lang: 'en', cue: 'keying|keyed|scratching|scratched|slashing my|our|the car|cars|tyres', gap: 1, unless: [...EN_GENERAL, 'gravel', 'branch', 'accident', 'by accident'] },
  { kind: 'report', lang: 'en', cue: 'id|identity|name|details used|stolen to|for take|taking|took|loans|loan|credit', gap: 4, unless: [...EN_GENERAL, 'how to', 'protect'] },
  { kind: 'report', lang: 'sv', cue: 'tagit|tagits|tog|tecknat|tecknats|tagna|ansokt|ansokts|startat *lan|lanen|kredit|krediter|abonnemang i mitt namn', gap: 3, unless: [...SV_GENERAL, 'hur skyddar', 'skydda', 'lamnar honom', 'lamnar henne', 'lamna honom', 'lamna henne', 'min man', 'min sambo', 'barnen'] },
  { kind: 'suicide', lang: 'en', cue: 'wont|not|never be around|here|alive to see|for', gap: 1, unless: [...EN_GENERAL, 'holiday', 'vacation', 'moving', 'abroad', 'trip', 'work', 'away'] },
  { kind: 'suicide', lang: 'sv', cue: 'inte|aldrig finnas|leva kvar|har till|nar|och se', gap: 1, unless: [...SV_GENERAL, 'semester', 'flyttar', 'flytta', 'resa', 'utomlands', 'jobbet'] },
];

/**
 * From review48 (written blind in the twenty-first session: people unsure whether it is serious, often at work —
 * home care, a taxi, A&E, a school, a hotel; its misses read before these rules). Danger: a client who has not opened
 * for days (newspapers in the letterbox), a car that keeps following, a colleague who will bring his gun and "fix"
 * the boss, shouting and a blow against the wall, in Sami tourists out on thin ice who can no longer be seen. Crimes
 * to report: an account emptied, valuables gone from a client's home, notes of hate about a people, parcels taken,
 * reindeer chased on purpose. Violence at home: a partner who answers for her, marks explained away, a child afraid to
 * go home. Suicide: a question of how many pills are "too many", a son who has started to cut himself, "tired of
 * living", someone who is "done" and has a plan.
 */
const R48_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'oppnar|oppnat|svarar|svarat inte|ej tidningar|tidningarna|posten|brevinkastet', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'newspapers|mail|post piling|piled|stacking|stacked', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|havent|hadnt|nobody answered|opened|seen door|her|him|them days|weeks', gap: 4, unless: [...EN_GENERAL, 'municipality', 'kommun', 'email', 'application', 'reply', 'support', ...EN_CHECKED_ON] },
  { kind: 'emergency', lang: 'sv', cue: 'hangt|hanger|foljt|foljer|kort|kor efter oss|mig', gap: 3, unless: [...SV_GENERAL, 'i skolan', 'med skolan', 'med jobbet', 'bussen', 'till skolan', 'broder', 'bror', 'brorsan', 'pappa', 'mamma', 'ex', 'exet', 'pojkvan', 'pojkvannen', 'sambon', 'familjen', ...FOLLOWED_HOME_HARMLESS], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bossan|gevaret|vapnet|pistolen|kniven fixa|doda|skjuta|straffa|ta|visa chefen|honom|henne|dem|alla|personalen|laget|lararen|grannen', gap: 3, unless: [...SV_GENERAL, ...SV_GUN_CARE], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'shouting|screaming|yelling hit|slammed|thud|thuds|bang|crash|smashed wall', gap: 6, unless: [...EN_GENERAL, 'party', 'game', 'football', 'hockey', 'renovating', 'drilling', 'most weekends', 'every weekend', 'every night', 'often', 'husband', 'wife', 'boyfriend', 'girlfriend'] },
  { kind: 'emergency', lang: 'se', cue: 'jiena|jiekna|jienat ala in|ii|eai oainne|oaidnit|oainnat', gap: 8, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'konto|kontot|kontona|sparkonto|sparkontot|kortet minskat|lansats|lansat|tomt|tomts|tommts|forsvunnit|dragits', gap: 6, unless: [...SV_GENERAL, 'rantan', 'elrakningen', 'rakningar', 'avgift', 'avgiften'] },
  { kind: 'report', lang: 'sv', cue: 'smycken|kontanter|pengar|pengarna|planboken forsvunnit|forsvinner|forsvann|borta', gap: 4, unless: [...SV_GENERAL, 'hittade', 'hittat', 'tappat', 'tappade'] },
  { kind: 'report', lang: 'sv', cue: 'samer|samerna|invandrare|invandrarna|judar|judarna|muslimer|muslimerna|svarta|bogar borde|ska|maste flytta|aka|dra|forsvinna|ut|ga', gap: 1, unless: [...SV_GENERAL, 'renarna', 'hjorden', 'fjallet pa sommaren'] },
  { kind: 'report', lang: 'en', cue: 'taking|taken|stealing|stole|stolen|nicking|nicked parcels|packages|deliveries', gap: 2, unless: [...EN_IN_GENERAL, 'postnord', 'return', 'returns'] },
  { kind: 'report', lang: 'en', cue: 'chased|chasing|harassed|harassing|ran|drove into herd|reindeer|reindeers', gap: 3, unless: [...EN_IN_GENERAL, 'dog', 'dogs', 'herding', 'sled'] },
  // A child told of as heard now ("barn som" is otherwise a question about children in general).
  { kind: 'emergency', lang: 'sv', cue: 'barn|barnet|unge|ungen skriker|grater|ropar|skrek sluta|hjalp|aj', gap: 4, unless: [...SV_IN_GENERAL, ...FICTION, 'leker', 'lek', 'trotsaldern', 'trotsig', 'busar'] },
  { kind: 'report', lang: 'sv', cue: 'jagade|jagat|jagar|trakasserade|korde in renarna|renar|hjorden|vajorna', gap: 3, unless: [...SV_GENERAL, 'hundarna', ...HERDING] },
  { kind: 'domestic', lang: 'sv', cue: 'mannen|maken|pojkvannen|sambon|killen svarar|pratar at|for henne', gap: 5, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'husband|boyfriend|partner answers|speaks|talks for her', gap: 3, unless: EN_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'marken|blamarken|skador pa halsen|armarna|armen|ryggen|ansiktet', gap: 1, unless: [...SV_GENERAL, 'i personalen', 'personalen', 'vara boende', 'en boende', 'underskoterska', 'hemtjansten', 'hockey', 'hockeyn', 'traningen', 'fotbollen', 'myggbett', 'skidor', 'ramlade', 'ramlat', 'trillade', 'trillat', 'allt ar lugnt', 'vill do', 'skar sig', 'skadar sig', 'skolgarden', 'pa skolgarden', 'av tre killar', 'av nagra killar'] },
  { kind: 'domestic', lang: 'en', cue: 'bruises|marks|bruising on her|his back|neck|arms|face', gap: 1, unless: [...EN_CARER_WORDS, ...EN_GENERAL, 'hockey', 'training', 'mosquito', 'bites', 'skiing', 'football', 'fell', 'wants to die', 'cuts herself', 'cuts himself', 'self harm'] },
  { kind: 'domestic', lang: 'sv', cue: 'radd|radda|radder for att ga|aka|komma hem', gap: 2, unless: [...SV_GENERAL, 'morkret', 'i morkret', 'ensam', 'sjalv'] },
  { kind: 'domestic', lang: 'en', cue: 'afraid|scared|terrified to go home', gap: 1, unless: [...EN_GENERAL, 'dark', 'alone', 'in the dark'] },
  { kind: 'domestic', lang: 'se', cue: 'balus|balla|ballat mannat|vuolgit ruoktot|ruovttus', gap: 2, unless: SE_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'hur manga tabletter|somntabletter|piller|alvedon|tabletter for|dodlig|dodligt', gap: 4, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'how many pills|tablets|sleeping too|lethal|deadly', gap: 4, unless: EN_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'borjat|borjar|borjade skara|skada sig|sig', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'tired|sick of living|life', gap: 0, unless: [...EN_GENERAL, 'living in', 'living here', 'living with', 'living like', 'living off', 'life in'] },
  { kind: 'suicide', lang: 'en', cue: 'done plan', gap: 3, unless: [...EN_GENERAL, 'project', 'business', 'lesson', 'training', 'workout', 'trip', 'school', 'homework'] },
];

/**
 * From review46 (written blind at the end of the twentieth session as the first months of real traffic; its misses
 * read before these rules): someone else's plan to "ta sitt liv"; "slagen hemma" told of oneself (not asked in
 * general: then the engine's answer, Kvinnofridslinjen, is the reply); money taken by a firm that then vanished; in
 * Sami, someone who has fallen and neither speaks nor moves, and hate speech about oneself.
 */
const R46_FIRST: Rule[] = [
  // Not a loss years ago told by someone who wants to help now (review63: "Min kusin tog sitt liv för tio år sedan … Jag
  // vill engagera mig som volontär").
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|tagit|tog sitt|mitt|ditt liv', gap: 0, unless: [...SV_IN_GENERAL, ...FICTION, 'tillbaka', 'volontar', 'engagera mig', 'suicidprevention', 'suicidpreventivt', 'efterlevande'] },
  { kind: 'domestic', lang: 'sv', cue: 'slagen|misshandlad|hotad|sparkad hemma', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'hur vet man', 'om ett barn', 'foraldramote', 'foraldramotet', 'lektion', 'lektionen', 'som larare'] },
  { kind: 'report', lang: 'en', cue: 'took|taken|stole our|my|the|all money|deposit|payment disappeared|vanished|ghosted|gone|stopped', gap: 4, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'gahccan|gahcai|gahccat ii|eai hala|lihkat|lihka|vasta|vuoigna|vuoinna', gap: 4, unless: [...SE_GENERAL, 'mannan jagi', 'dal dearvvas'] },
  { kind: 'report', lang: 'se', cue: 'vassicealkamus*', gap: 0, unless: SE_GENERAL },
];

/**
 * From review56 (written blind in the twenty-fourth session: voice typing, the alarm in the middle of an ordinary
 * question, messages for someone else; as it came 116 of 126 alarms right, as with the session's start rules): pills
 * named first and then all of them taken at once, without the word again ("I've been using pills … thinking of taking
 * them all at once"; in Swedish too).
 */
const EN_PILLS_TAKEN_AS_MEANT = ['as prescribed', 'prescribed', 'doctor', 'every day', 'every morning', 'in the morning', 'with food', 'breakfast', 'lunch', 'dinner', 'meal', 'meals', 'vitamins', 'pharmacy'];
const R56_FIRST: Rule[] = [
  { kind: 'suicide', lang: 'en', cue: `${EN_PILLS}|pill take|taking|swallow|swallowing|down them|those all at+once|together|in+one+go`, gap: 12, unless: [...EN_GENERAL, ...FICTION, ...EN_PILLS_TAKEN_AS_MEANT] },
  { kind: 'suicide', lang: 'sv', cue: `${SV_PILLS} ta|tar|svalja|svaljer alla|allihop pa+en+gang|samtidigt`, gap: 12, unless: [...SV_GENERAL, ...FICTION, 'som ordinerat', 'ordinerade', 'lakaren', 'varje dag', 'varje morgon', 'pa morgonen', 'till frukost', 'vitaminer', 'apoteket'] },
];

/**
 * From review57 (written blind in the twenty-fourth session: very short messages, messages that refer back to an
 * earlier one, Kiruna life; as it came 105 of 126 alarms right, as with the session's start rules): the short forms of
 * things no cue had in so few words — a knife fight or a drunk driver "nu", a wallet "nicked", graffiti on one's own
 * door, a grandmother beaten by her husband, a mother's boyfriend who hits her, a husband who pushes one around,
 * thinking of death all the time, petrol poured round a house.
 */
const R57_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'sv', cue: 'knivbrak|knivslagsmal|knivhot|knivman|knivmannen|knivhugg nu|just+nu|pagar', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'full|rattfull|berusad|packad chauffor|forare|bilforare|forarn|chaufforen|bilist pa|i|vid nu|just+nu', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'varje helg', 'varje fredag', 'inte nu'] },
  { kind: 'emergency', lang: 'sv', cue: 'hallt|hallde|haller|halla bensin|tandvatska|diesel runt|pa|over huset|bilen|dorren|trappan|mig|honom|henne|oss', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'grasklipparen', 'snoslungan', 'tanken', 'dunken'] },
  { kind: 'emergency', lang: 'en', cue: 'poured|pouring|poured+out petrol|gasoline|gas|lighter+fluid around|on|over the|my|our house|car|door|stairs|me|him|her|us', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'lawnmower', 'tank', 'can'] },
  { kind: 'report', lang: 'en', cue: 'wallet|phone|bike|bag|purse|laptop|handbag|car|skis|snowmobile nicked|pinched|swiped|jacked', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'graffiti|tags|tagging|spray+paint all+over|on my|our shop|door|house|car|wall|fence|garage|store', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'mural', 'art', 'legal wall', 'festival'] },
  // The person named without a word that is also anyone's ("en kille", "en man" is a stranger).
  { kind: 'domestic', lang: 'sv', cue: `blir|blev|har+blivit slagen|misshandlad|hotad|sparkad|knuffad av ${SV_HOME}|${SV_EX}|morfar|farfar|mormor|farmor|make|maken|sambo|sambon|pojkvan|pojkvannen|flickvan|flickvannen|frun|min+man|sin+man|hennes+man|min+fru|sin+fru|hans+fru|svarmor|svarfar|foraldrarna|familjen`, gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: `mums|moms|mothers|dads|fathers|sisters|brothers|grandmas|grandpas ${EN_PARTNERS}|boyfriend|girlfriend ${EN_HARM}|pushes|pushed her|him|them`, gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} pushes|pushed|pushing|shoves|shoved me around|down|over|against|into`, gap: 1, unless: [...EN_GENERAL, 'to study', 'to work', 'to do'] },
  { kind: 'suicide', lang: 'sv', cue: 'tanker|tankt|tanka pa doden|att+do hela+tiden|jamt|konstant|varje+dag|hela+dagarna', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'think|thinking|thought about death|dying all+the+time|constantly|every+day|nonstop', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION] },
  // Someone who no longer answers when spoken to, told in a follow-up ("… har slutat svara när vi pratar med henne").
  { kind: 'emergency', lang: 'sv', cue: 'har|hon|han slutat svara|reagera nar|fast', gap: 3, unless: [...SV_GENERAL, ...SV_ASLEEP_OR_AT_BINGO, 'i telefon', 'telefonen', 'sms', 'mejl', 'mejlen', 'mail', 'meddelanden', 'snap', 'kommunen', 'polisen', 'chatten'] },
];

/**
 * From review58 (written blind at the twenty-fourth session's end: professionals and volunteers writing calmly for
 * someone, visitors; as it came 111 of 126 alarms right and 3 false alarms of 114, as with the session's start rules):
 * words for ending one's life that no cue had — "bättre om jag inte lever", "sista gången ni ser mig", "ta sig av
 * daga", "cutting herself", how long it takes to freeze to death, wanting to follow a dead spouse — and two dangers
 * about to happen: a threat to come to a school with a weapon, a drunk driver about to drive off.
 */
/** Her partner named without "min" ("sambon slog henne", "hennes man"): violence at home told of someone else. */
const SV_HER_PARTNER = 'sambon|maken|exmannen|pojkvannen|hennes+sambo|hennes+man|hennes+exman|sin+man|sin+sambo';
/** "If someone …": a question about what happens in general, for the rules on someone else's violence at home. */
const SV_IF = ['om nagon', 'om en', 'om man', 'ifall'];
const EN_IF = ['if someone', 'if a', 'what if'];
const SV_IF_SOMEONE = [...SV_IF, 'nar en', 'nar nagon', 'nar man'];
const R58_FIRST: Rule[] = [
  { kind: 'suicide', lang: 'sv', cue: 'battre om jag|hon|han inte lever|levde|finns|fanns|var+kvar', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'sista gangen ni|du|dom|ni+nagonsin ser|far+se mig', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'i butiken', 'pa jobbet', 'innan flytten', 'innan semestern', 'har jobbat', 'slutar', 'flyttar'] },
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|ska+ta|vill+ta sig|mig|livet av daga', gap: 0, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Not bleeding now, which is the 112 rules' ("she cut herself really deep and it won't stop bleeding").
  { kind: 'suicide', lang: 'en', cue: 'cutting|cuts|cut herself|himself|themselves|myself', gap: 0, unless: [...EN_IN_GENERAL, ...FICTION, 'shaving', 'cooking', 'by accident', 'accidentally', 'on paper', 'on a knife', 'kitchen', 'bleeding', 'blood', 'wont stop', 'deep'] },
  { kind: 'suicide', lang: 'en', cue: 'long take|takes to freeze to+death|die', gap: 2, unless: [...EN_IN_GENERAL, 'reindeer', 'dog', 'plants', 'pipes', 'fish'] },
  { kind: 'suicide', lang: 'sv', cue: 'dog|dott|doden|begravningen vill|ska folja+efter|komma+till henne|honom|dem|mamma|pappa', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Violence at home told of someone else: now is 112 ("sambon slår henne just nu"), told as over the help for violence
  // in close relationships ("sa till slut att sambon slog henne förra veckan").
  { kind: 'emergency', lang: 'sv', cue: `${SV_HER_PARTNER} ${SV_HARM} henne|honom nu|just+nu`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_IF_SOMEONE] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HER_PARTNER} ${SV_HARM} henne`, gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_IF_SOMEONE, 'nu', 'just nu', 'pagar', 'hjalp', 'hor allt', 'skriker'] },
  { kind: 'emergency', lang: 'sv', cue: 'komma|kommer|ta+med med vapen|kniv|gevar|pistol till skolan|gymnasiet|jobbet', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'ovning', 'ovningen', 'forbjudet'] },
  { kind: 'emergency', lang: 'sv', cue: 'luktar|stinker|luktade|berusad|full|packad sprit|alkohol|fylla|ska+precis|pa+vag+att|ska kora|aka|kora+ivag', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'taxi', 'buss', 'bussen', 'ta taxi', 'inte kora', 'varenda morgon', 'varje morgon', 'vill tipsa om'] },
];

/**
 * From review59 and review60 (written blind in the twenty-fifth session: older writers and their relatives, an alarm
 * after an unrelated lead-in, fast phone typing; work and school, neighbours and strangers, short messages of a feeling
 * and a fact; as they came 110 and 113 of 126 alarms right, as with the session's start rules): a stranger inside
 * someone's home, pills kept for a plan, a jump from a lookout told in a group chat, a tip about drugs sold ("jag tror
 * det är knark som säljs", THC vapes bought of a man at the skate park), a tip the writer wants the police to have,
 * an insurance claim that needs a police report, money gone from a grandmother's bank after a call (Sami), footsteps in
 * the house where no one should be.
 */
const R59_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'en', cue: 'stranger|intruder|strange+man|unknown+man|strange+person in her|his|my|our|their kitchen|house|home|apartment|flat|bedroom|cabin|basement|hallway', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'airbnb', 'guest', 'guests', ...EN_EXPECTED_VISITOR] },
  { kind: 'emergency', lang: 'sv', cue: 'framling|framlingen|inkraktare|okand+man|okand+person|okand+kille i|inne+i hennes|hans|mitt|vart|deras|min kok|koket|hus|huset|lagenhet|lagenheten|sovrum|sovrummet|stuga|stugan|kallare|kallaren|hall|hallen', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'airbnb', 'gast', 'gaster'] },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|meds|painkillers saved|saved+up|stashed|stockpiled|hoarded|hidden|hiding', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION, 'expired', 'pharmacy', 'dispose', 'get rid', 'throw away', 'for the trip', 'from the kids', 'from my kids'] },
  { kind: 'suicide', lang: 'sv', cue: 'ska|vill|tanker|kommer+att hoppa fran|ner+fran|av utsiktsplatsen|utsikten|viadukten|kanten|klippan|berget|gruvkanten|hoppbacken', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'skidor', 'skidorna', 'fallskarm', 'bungy', 'badar', 'bada', 'sommar'] },
  { kind: 'report', lang: 'sv', cue: 'knark|narkotika|droger|hasch|gras|kokain|tabletter som saljs|langas|saljes|deals|saljer', gap: 1, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'hur mycket', 'hur vanligt'] },
  { kind: 'report', lang: 'sv', cue: 'koper|kopte|kopa|handlar|fixar thc*|knark|droger|hasch|gras|vapes|piller|tabletter|kokain av|fran en|nan|nagon|den kille|killen|tjej|tjejen|snubbe|man|mannen', gap: 3, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'vill|vill+bara att polisen|snuten kanner+till|ska+veta|far+veta|vet+om det|detta|det+har', gap: 1, unless: [...SV_GENERAL, ...SV_IN_GENERAL] },
  { kind: 'report', lang: 'en', cue: 'want|wanted the police to know|be+aware|know+about', gap: 1, unless: [...EN_GENERAL, ...EN_IN_GENERAL] },
  { kind: 'report', lang: 'sv', cue: 'behover|behovs|maste+ha|vill+ha|behover+fa ett diarienummer|polisanmalan|anmalan till|for forsakringen|forsakringsbolaget', gap: 3, unless: [...SV_GENERAL, ...SV_IN_GENERAL] },
  { kind: 'report', lang: 'se', cue: 'ruvnnu|ruvnnut|ruvdnu|ruvnno|ruvnnuid javkan|javke|javkkai|suoladuvvon|suoladuvvui', gap: 3, unless: SE_GENERAL },
  // Someone in the house who should not be there ("nu hör jag steg på övervåningen fast ingen ska vara där").
  { kind: 'emergency', lang: 'sv', cue: 'steg|fotsteg|ljud|roster|nagon ingen ska|borde|bor vara|dar|har', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'hantverkare', 'hemtjansten', 'grannen'] },
  { kind: 'emergency', lang: 'en', cue: 'footsteps|noises|sounds|voices nobody|no+one should|supposed|lives be|to+be|there|here|upstairs|downstairs', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'plumber', 'home care', 'neighbour', 'neighbor'] },
  // Missed by every rule before, in the earlier sets (review28 to review58): goodbyes ("sista dagen idag. tack för allt",
  // "thanks for everything kiruna, won't be around", "tell my mum i'm sorry"), driving out on the ice and on, the
  // biggest drop "not for sightseeing", nobody noticing if one disappeared, insurance money after an "accident", a
  // player who wants to hurt herself; a child out in a t-shirt in the cold, a driver in the ditch back and forth now,
  // a drunk man walking in the road, a man who will wait for one after closing.
  { kind: 'suicide', lang: 'sv', cue: 'sista dagen|natten|kvallen idag|ikvall tack for+allt', gap: 3, unless: [...SV_GENERAL, 'jobbet', 'pa jobbet', 'kontoret', 'praktiken', 'kursen', 'skolan', 'terminen', 'kollegor', 'kollegorna', 'semester', 'semestern', 'sasongen', 'innan', 'tack for allt alla'] },
  { kind: 'suicide', lang: 'en', cue: 'thanks|thank+you for everything wont|will+not be around|here', gap: 5, unless: [...EN_GENERAL, 'moving', 'move', 'leaving town', 'new job', 'holiday', 'vacation', 'season', 'next week', 'next month', 'for a while', 'until', 'back on', 'back in'] },
  { kind: 'suicide', lang: 'en', cue: 'tell my mum|mom|mother|dad|father|family|wife|husband|kids|sister|brother im+sorry|i+am+sorry|i+love+them|i+love+her|i+love+him', gap: 1, unless: [...EN_GENERAL, 'late', 'running late', 'for being late', 'dinner', 'missed', 'forgot', 'call', 'meeting', 'cant make it', 'couldnt make it'] },
  { kind: 'suicide', lang: 'sv', cue: 'kora|aka ut+pa isen|sjon|vattnet o+bara|och+bara|bara fortsatta|kora+vidare', gap: 3, unless: [...SV_GENERAL, 'isvagen', 'plogad', 'plogade', 'skoter', 'skotern', 'fiske', 'pimpla'] },
  { kind: 'suicide', lang: 'en', cue: 'biggest|highest|longest drop|fall not for sightseeing|photos|pictures|the+view|fun', gap: 4, unless: [...EN_IN_GENERAL, 'bungee', 'bungy', 'climbing', 'zipline'] },
  { kind: 'suicide', lang: 'en', cue: 'anyone|anybody|people|someone even notice|care|miss+me if i disappeared|disappear|vanished|was+gone|were+gone', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'insurance+money|life+insurance|the+insurance if he|she|i|they had|has|have an accident', gap: 3, unless: [...EN_IN_GENERAL, 'claim'] },
  { kind: 'suicide', lang: 'sv', cue: 'hon|han|hen|dom|de|son|sonen|dotter|dottern|barnet|ungen|kompisen|vannen vill|ska|tanker skada sig', gap: 5, unless: [...SV_GENERAL, ...FICTION, 'vill inte skada', 'inte skada'] },
  { kind: 'emergency', lang: 'en', cue: 'kid|child|baby|toddler|boy|girl outside|out in just|only a|his|her t+shirt|tshirt|pyjamas|pajamas|diaper|nappy|underwear|socks', gap: 4, unless: [...EN_GENERAL, 'summer', 'warm', 'sunny', 'photo', 'picture'] },
  { kind: 'emergency', lang: 'sv', cue: 'kor|korde|aker i diket|sicksack|fram+och+tillbaka|fram+o+tillbaka nu|just+nu', gap: 6, unless: [...SV_IN_GENERAL, ...FICTION, 'igar', 'i natt', 'inatt', 'forra veckan'] },
  { kind: 'emergency', lang: 'sv', cue: 'full|berusad|jattefull|packad|aspackad man|kille|person|gubbe gar|ligger|star|raglar mitt+i|i|pa korbanan|vagen|gatan|e10', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i natt', 'forra veckan', 'varje helg'] },
  { kind: 'emergency', lang: 'sv', cue: 'gar|ligger|star|raglar en full|berusad|jattefull|packad|aspackad man|kille|person|gubbe mitt+i|i|pa korbanan|vagen|gatan|e10', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'igar', 'i natt', 'forra veckan', 'varje helg'] },
  { kind: 'emergency', lang: 'sv', cue: 'vanta|vantar pa mig efter|utanfor|vid ta|sla|doda|skada|hugga|knivhugga mig', gap: 5, unless: [...SV_GENERAL, ...FICTION, 'skjuts', 'skjutsa', 'hamta mig', 'aka hem', 'ihop'], reportWhenOver: true },
  // Silent before in the earlier sets too: what he does to one at home, told as not in danger now; a threat to burn a
  // shop down unless one pays; jewellery missing after two "from the municipality" were let in; a tour company that
  // took the money and vanished; a neighbour who is dealing; a plate number for the police; screenshots of a threat;
  // a pickpocketed wallet; diesel taken from machines.
  { kind: 'domestic', lang: 'sv', cue: 'det|vad|allt han|hon gor|gjort mot mig hemma', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'burn|torch|smash my|our|the shop|store|business|restaurant|house down|up if i|we dont|do+not pay', gap: 4, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'saknas|saknades|forsvann|forsvunnit|borta mina|hennes|hans|vara smycken|pengar|planbok|planboken|kort|bankkort', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'hittade', 'hittat', 'glomt', 'tappat', 'tappade'] },
  { kind: 'report', lang: 'en', cue: 'took|taken|stole our|my|the money|deposit|payment and disappeared|vanished|ran|stopped+answering', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'refund', 'refunded', 'got it back'] },
  { kind: 'report', lang: 'en', cue: 'think|know|suspect|sure|pretty+sure guy|man|neighbour|neighbor|woman|someone|he|she is|hes|shes|been dealing', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'dealing with', 'deal with', 'dealing well', 'cards', 'dealership'] },
  { kind: 'report', lang: 'en', cue: 'want|wanted the police to know|have|get the|his|her|their plate|reg|registration', gap: 2, unless: [...EN_GENERAL, ...EN_IN_GENERAL] },
  { kind: 'report', lang: 'sv', cue: 'skarmdumpar|skarmdumparna|skarmdump|skarmdumpen|bevisen|bevis pa hotet|hoten|hotelserna', gap: 1, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'wallet|phone|purse|bag got|was pickpocketed|snatched', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'tar|tog|stjal|snor|tappar diesel|bensin|drivmedel ur', gap: 1, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'tanka', 'tankar', 'dunken', 'dunkarna', 'var egen', 'vara egna'] },
  // An ex who will not leave one alone: the help for violence in close relationships, not only the reporting reply
  // (review59: "min exman fortsätter dyka upp på mitt jobb och skicka hotfulla sms", "mitt ex har delat min position").
  { kind: 'domestic', lang: 'sv', cue: 'mitt|min ex|exet|exman|exmannen|expojkvan|exkille|exflickvan|exfru|exsambo fortsatter|dyker|foljer|forfoljer|skickar|delat|delar dyka+upp|upp|efter|hotfulla|min+position|mig', gap: 4, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION] },
  // Sami: threats written by an ex ("Mu ovddeš boadnji čállá áitagiid munnje juohke eahket").
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} calla|callet|calii|cale aitagiid|aitagat|aitagiin`, gap: 2, unless: SE_GENERAL },
  // Sami: people hitting someone now ("dál guokte olbmá čuhcet nuora").
  { kind: 'emergency', lang: 'se', cue: `dal ${SE_HARM}`, gap: 3, unless: SE_GENERAL },
];

/**
 * From review61 (written blind in the twenty-sixth session: visitors and seasonal workers, messages written for someone
 * else, danger played down, code-switching, Kiruna's winter; as it came 98 of 121 alarms right, 11 raising nothing): a
 * stranger come into someone's house (Sami), a hose and tape in the car, nobody knowing where someone went, a threat
 * with a weapon going on, petrol poured by a house, an armed man still there, a woman dragged by the hair (the help for
 * violence in close relationships, which names 112 first), a car dead in the cold with children in it, pills smuggled
 * and sold, money gone with a seller (Sami), cash taken from a room; and from review59, a partner who threatens to kill
 * himself and the writer; and the first-placed rules of review62 to review65 (see the comments in the block). First in
 * RULES, before the older rules that would read some of these as a report.
 */
/** Walking out into the snow, the cold or the forest (review62), for the two rules of what one then does there. */
const EN_WALK_OUT_INTO = 'walk|walking|go|going|wander|wandering into|out+into|out+in';
const EN_THE_WILD = 'the+snow|snow|the+cold|the+forest|the+woods|the+mountains';
const SV_WEAPON = 'kniv|kniven|yxa|yxan|pistol|pistolen|vapen|vapnet|gevar|gevaret|jarnror|jarnroret|jarnstang|jarnstangen|slagtra|basebollstra|balltra|machete|kofot|kofoten|hammare|hammaren';
const R61_TO_65_FIRST: Rule[] = [
  { kind: 'emergency', lang: 'se', cue: 'dovdda|dovdan|dovdat boahtan|bodii|boahta|bohte sisa', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'suicide', lang: 'sv', cue: 'slang|slangen|tradgardsslang|tradgardsslangen silvertejp|silvertejpen|tejp|eltejp|avgasroret|avgasror', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'byta', 'bytte', 'laga', 'lagade', 'verkstad', 'verkstaden', 'dammsugare', 'dammsugaren', 'vattna', 'lacker', 'lackte', 'lagat', 'lagar', 'tejpa', 'tejpade', 'tejpat', 'med silvertejp', 'med tejp', 'med eltejp'] },
  { kind: 'suicide', lang: 'en', cue: 'hose|hosepipe|tube duct+tape|tape|exhaust|tailpipe', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'fix', 'fixed', 'repair', 'repaired', 'garden', 'water', 'vacuum', 'leak', 'leaking', 'mechanic', 'taped', 'patched', 'with duct tape', 'with tape'] },
  { kind: 'emergency', lang: 'en', cue: 'nobody|noone|no+one knows|knew where he|she|they|hes|shes|theyre', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'is from', 'comes from', 'came from', 'lives', 'works', 'buried', 'hid'] },
  { kind: 'emergency', lang: 'sv', cue: 'ingen vet var han|hon|hen|de|dom ar|finns|tog|gick', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'kommer ifran', 'bor', 'jobbar', 'begravd', 'gomde'] },
  { kind: 'emergency', lang: 'sv', cue: `hotar dem|oss|mig|honom|henne|folk|personalen|alla med ${SV_WEAPON}`, gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, 'hotat', 'hotade'] },
  { kind: 'emergency', lang: 'sv', cue: 'haller|stanker bensin|diesel|tandvatska|brannbart pa|vid|runt|over|ut', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'grillen', 'grill', 'grasklipparen', 'snoslungan', 'skotern', 'dunken', 'tanken', 'motorsagen', 'brasan', 'elden'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'pouring|pours petrol|gasoline|gas|lighter+fluid by|at|near|around|on|over', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'grill', 'bbq', 'barbecue', 'lawnmower', 'tank', 'can', 'generator', 'snowmobile', 'bonfire', 'campfire'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `med ${SV_WEAPON} star+kvar|ar+kvar|sitter+kvar|star+utanfor|ar+fortfarande`, gap: 8, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING] },
  { kind: 'domestic', lang: 'sv', cue: 'slapade|slapar|drog|drar|slet|sliter henne|sin+fru|sin+sambo|sin+tjej|sin+flickvan|frun|kvinnan|tjejen|barnet i|efter haret', gap: 4, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'domestic', lang: 'en', cue: 'dragged|dragging|pulled|pulling her|a+woman|his+wife|his+girlfriend|his+partner|the+girl|the+woman by the+hair|her+hair', gap: 3, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'motorn|bilen|batteriet dog|dott|stannade|stannat|startar+inte|har+lagt+av barn|barnen|ungarna|bebisen|bebis', gap: 5, unless: [...SV_GENERAL, 'sommar', 'varmt', 'verkstad', 'verkstaden', 'igar', 'forra veckan', 'forra vintern', 'i fjol'] },
  { kind: 'emergency', lang: 'en', cue: 'engine|car|battery died|dead|quit|broke+down|wont+start kids|children|baby|toddler|kid', gap: 5, unless: [...EN_GENERAL, 'summer', 'garage', 'mechanic', 'last week', 'yesterday', 'last year', 'last winter'] },
  { kind: 'report', lang: 'en', cue: 'selling|sells|sold|dealing pills|drugs|tablets|weed|coke|cocaine|thc|vapes to', gap: 1, unless: [...EN_GENERAL, ...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'bringing|smuggling|smuggles pills|drugs|tablets|weed|coke|cocaine back|over|in|from', gap: 2, unless: [...EN_GENERAL, ...EN_IN_GENERAL, ...FICTION, 'prescription', 'prescribed', 'my own', 'can i bring', 'allowed'] },
  { kind: 'report', lang: 'se', cue: 'javkkai|javkan|javke|javkai rudaiguin|ruhtan|ruhtain', gap: 1, unless: SE_GENERAL },
  // From review62 (written blind in the same session: long messages with the danger in the middle, young teenagers,
  // questions about the promises that tell the writer's own case, very short messages, threats online and by phone):
  // walking out into the snow to lie down (the rest of review62's rules are R62_TO_65_LAST).
  { kind: 'suicide', lang: 'en', cue: `${EN_WALK_OUT_INTO} ${EN_THE_WILD}|the+lake and+just|just|and lie|lying|lay|laying down`, gap: 3, unless: [...EN_GENERAL, ...FICTION, 'snow angel', 'snow angels', 'sunbathe', 'sunbathing', 'picnic', 'nap'] },
  { kind: 'suicide', lang: 'en', cue: `${EN_WALK_OUT_INTO} ${EN_THE_WILD} and+not|and+never come|coming back|home`, gap: 3, unless: [...EN_GENERAL, ...FICTION, 'until', 'till', 'before'] },
  { kind: 'suicide', lang: 'sv', cue: 'ga|gar|vandra ut+i|ut+pa|upp+pa|ut+pa+isen snon|kylan|fjallet|skogen|isen och+lagga+mig|och+bara+lagga+mig|och+inte+komma|och+aldrig+komma', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'vila', 'sola', 'fika', 'tills', 'innan'] },
  // review62: "i cant live with that, ill jump before they do it" (after a sextortion threat): before the reporting rules.
  { kind: 'suicide', lang: 'en', cue: 'cant|cannot|couldnt live with this|that|it anymore|any+more|any+longer', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'ill|i+will|im+gonna|im+going+to jump before|tonight', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'lake', 'pool', 'sauna', 'swim', 'swimming', 'parachute', 'bungee', 'trampoline'] },
  // A partner who threatens to kill himself and the writer (review59: "says hell kill himself and me if i leave"): a
  // threat of violence in a close relationship first, not only the suicide line.
  { kind: 'domestic', lang: 'en', cue: 'kill|hurt|shoot himself|herself and+me|and+us|and+the+kids|and+my+kids|and+the+children|and+our+kids', gap: 1 },
  { kind: 'domestic', lang: 'sv', cue: 'ta+livet+av|doda|skjuta|skada sig+sjalv|sig och+mig|och+oss|och+barnen|och+ungarna', gap: 1 },
  // From review63 (written blind in the same session: northern dialect, professionals telling of someone else,
  // messages to "a bot", emoji, Kiruna's seasons): a farewell "tack för allt, nu är det slut", someone close who
  // threatens or forces an old woman for money, "han slog mig igen" (the rest of review63's rules are in R62_TO_65_LAST).
  { kind: 'suicide', lang: 'sv', cue: 'tack for allt nu+ar+det+slut|nu+ar+det+over|farval|hej+da+for+alltid', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'jobbet', 'pa jobbet', 'terminen', 'sasongen', 'kursen', 'semestern'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|barnbarn som hotar|tvingar|pressar|slar|utnyttjar henne|honom|mig|oss`, gap: 1, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'han|hon slog|slar|sparkade|knuffade mig igen|jamt|hela+tiden', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'i spelet', 'schack', 'kortspel', 'tennis', 'pingis', 'badminton'] },
  // From review65 (written blind in the same session: accidents at work, fire, cold and floods, children online,
  // code-switching, formal letters): a plan for "how I'll do it", "färdig med livet", a gun loaded by a father who lives
  // alone, a decision made and "at peace" (the rest of review65's rules are in R62_TO_65_LAST).
  { kind: 'suicide', lang: 'sv', cue: 'bestamt|bestamde|planerat|planerar hur|nar jag ska gora+det|ta+livet+av+mig', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'flytten', 'renoveringen', 'resan', 'festen', 'projektet', 'uppsatsen', 'presentationen', 'bytet', 'kalaset'] },
  { kind: 'suicide', lang: 'sv', cue: 'fardig|klar med livet', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'har|hade laddat|laddade gevaret|jaktgevaret|bossan|vapnet|pistolen', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'jakten', 'jaktsasongen', 'skjutbana', 'skjutbanan'] },
  { kind: 'suicide', lang: 'en', cue: 'made|have+made|has+made my|her|his decision at+peace|after+shes+gone|after+hes+gone|after+im+gone|when+im+gone', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'took|taken|stole|nicked cash|money|savings from her|his|my|our|their', gap: 2, unless: [...EN_GENERAL, ...EN_IN_GENERAL, ...FICTION, 'atm', 'the bank', 'withdrew'], reportWhenOver: true },
];

/**
 * From review62 to review65, and last in RULES: messages that raised nothing before, so that a rule about
 * violence at home or danger now goes first when both match ("my ex posted my address online and says he's coming
 * over" is the help for violence in close relationships).
 */
const R62_TO_65_LAST: Rule[] = [
  { kind: 'report', lang: 'sv', cue: 'okand|okanda|frammande|konstig|konstiga bil|bilar|man|personer|person|kille|killar star|sitter|vantar|ar+parkerade|star+parkerade utanfor|vid huset|dorren|porten|lagenheten|stugan', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'hantverkare', 'hemtjansten', 'taxi', 'taxin', 'budbil', 'postbilen'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'lagt|lade|lagger|publicerat|publicerade|delat|delade ut+min|ut+hennes|ut+hans|ut+var|min|hennes|hans|var adress|adressen|hemadress|telefonnummer', gap: 2, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'kommunen', 'blocket', 'annonsen', 'loppis', 'loppisen', 'jag lagger', 'lagger ut min adress har', 'valkomna'] },
  { kind: 'report', lang: 'en', cue: 'posted|shared|leaked|published my|her|his|our home+address|address|phone+number', gap: 2, unless: [...EN_GENERAL, ...EN_IN_GENERAL, ...FICTION, 'by mistake', 'myself'] },
  { kind: 'emergency', lang: 'sv', cue: 'blev|har+blivit|fick jag|hon|han|vi|min+son|min+dotter nedslagen|misshandlad|misshandlade|ranad|ranade|knivhuggen|overfallen|overfallna|sparkad|stryk', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'i spelet'], reportWhenOver: true },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} broke|fractured|cracked|dislocated my wrist|arm|nose|jaw|ribs|rib|finger|fingers|leg|collarbone|tooth|teeth`, gap: 2, unless: [...EN_GENERAL, ...FICTION, 'accident', 'by accident', 'accidentally', 'playing', 'skiing', 'football', 'hockey'] },
  { kind: 'domestic', lang: 'sv', cue: `min|mitt ${SV_CLOSE} brot|knackte|skadade min|mitt|mina handled|arm|armen|nasa|nasan|kake|kaken|revben|finger|fingrar|ben|tand|tander`, gap: 2, unless: [...SV_GENERAL, ...FICTION, 'olycka', 'av misstag', 'rakade', 'lekte', 'spelade', 'skidor', 'hockey', 'fotboll'] },
  { kind: 'emergency', lang: 'en', cue: 'we|i|they|he know|knows where you|u live', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...KNOWS_THE_ADDRESS_KINDLY, 'joke', 'lol', 'lmao', 'haha'], reportWhenOver: true, jokeable: true },
  { kind: 'report', lang: 'sv', cue: 'knark|narkotika|droger|hasch|gras|kokain|tabletter saljs|langas|sals|saljes', gap: 0, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'var saljs', 'var langas', 'hur mycket'] },
  { kind: 'report', lang: 'sv', cue: 'lamna|lamnar|ge|ger|hamta|hamtar|skicka sina|mina|hans|hennes|vara bankkort|kort|kontanter|smycken|pengar till+en|till kurir|kuriren|bud|budet|budbil', gap: 2, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'posten', 'kontoret'] },
  { kind: 'report', lang: 'en', cue: 'hand|give|handing|giving|hand+over|send his|her|my|their bank+cards|cards|cash|jewellery|jewelry|money to a|the courier', gap: 2, unless: [...EN_GENERAL, ...EN_IN_GENERAL, ...FICTION] },
  // review60: "Någon har kört sönder vår brevlåda och staketet med bil inatt … Ingen är skadad".
  { kind: 'report', lang: 'sv', cue: 'kort|korde sonder|ner var|vart|vara|min|mitt|mina|deras|grannens', gap: 1, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'jag har kort', 'jag korde', 'vi korde', 'vi har kort', 'kort ner till', 'korde ner till', 'kort ner mig', 'kort ner oss', 'snoplogen', 'plogbilen', 'plogen', 'sopbilen', 'vem ersatter'] },
  // From review63: a guest who left without paying, someone stabbing people near the bus now, a grandmother cheated by
  // phone and her money taken (Sami drafts).
  { kind: 'report', lang: 'sv', cue: 'stack|gick|checkade+ut|korde|akte|smet utan att betala', gap: 3, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'cuogga|cuggii|cuoggat|cuoggan dal', gap: 4, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'bettiledje|bettilii|bettilan|bettilit', unless: SE_GENERAL },
  // From review64 (written blind in the same session: sudden illness, animals and nature, Norwegian and Danish
  // visitors, low literacy, old crimes found now): a bear around the cabin now, a boat or a snowmobile gone when the snow
  // melted, a chain cut, people who drive home drunk every weekend, charges one never made, in Sami a dog that bit a
  // child, a car lock broken, someone close who takes a mother's money and does not let her out (Sami drafts).
  { kind: 'emergency', lang: 'sv', cue: 'bjorn|bjornen|varg|vargen|vargar gar|star|ar|springer|stryker runt|vid|utanfor|pa stugan|huset|garden|tomten|skolan|husvagnen|taltet', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'nyheterna', 'sag pa', 'filmade', 'igar', 'forra', 'i somras'] },
  { kind: 'emergency', lang: 'en', cue: 'bear|wolf|wolves is|are|was walking|prowling outside|around|near|by our|the cabin|house|yard|school|tent|caravan', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'news', 'last summer', 'last year', 'yesterday', 'photo', 'photos'] },
  { kind: 'report', lang: 'sv', cue: 'baten|batmotorn|utombordaren|skotern|snoskotern|slapvagnen|kajaken ar|var borta|forsvunnen|forsvunnit|stulen|snodd', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...LOST_NOT_STOLEN, 'hittegods', 'salt', 'salde', 'till salu', 'pa service', 'pa verkstan', 'pa verkstaden', 'lanat', 'lanade'] },
  { kind: 'report', lang: 'en', cue: 'chain|chains|lock|padlock cut|was+cut|has+been+cut|snapped|broken+off', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'bike chain', 'chain saw', 'chainsaw', 'my hair', 'haircut'] },
  { kind: 'report', lang: 'sv', cue: 'kor|korde hem|runt|omkring fulla|berusade|onyktra|packade|dragna', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'hur manga', 'statistik'] },
  { kind: 'report', lang: 'en', cue: 'charges|transactions|payments|purchases|withdrawals never|didnt|did+not|dont+recognise|dont+recognize|not+mine', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'refund', 'refunded', 'the bank fixed', 'got the money back'] },
  { kind: 'emergency', lang: 'se', cue: 'beana|bena|beatnagat gaskkii|gaskii|gaskka', gap: 1, unless: [...SE_GENERAL, 'gamaid', 'mu gamaid'], reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'rihkui|rihkkui|rihkkon|rihkkuii mu|min|su biilla|biila|lase|uksa|ulkouksa', gap: 2, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} valda|valdii|valdet eatni|ahku|ahkku|addja|su|mu|min rudaid`, gap: 2, unless: [...SE_GENERAL, ...SE_PLAY] },
  { kind: 'domestic', lang: 'se', cue: 'ii|eai divtte su|mu mannat|vuolgit|deaivvadit|olggos', gap: 1, unless: [...SE_GENERAL, ...SE_PLAY] },
  // From review65: a cave-in with people shut in, a child about to meet an adult from the internet, someone who cannot
  // get out of bed in a cold house, children perhaps buried in snow, explosives found, an adult asking a child for
  // pictures, fake nude pictures, money lost to a fake mail, "I think that's criminal", in Sami a fall from a roof.
  { kind: 'emergency', lang: 'sv', cue: 'instangd|instangda|innestangd|innestangda|fastklamd|fastklamda|begravd|begravda bakom|under|i raset|rasmassorna|gruvan|snon', gap: 2, unless: ['cykelstallen', 'cykelstall', 'plogas', 'plogar', 'skyltarna', 'brunnslock', ...SV_GENERAL, ...FICTION, 'ovning', 'ovningen'] },
  { kind: 'emergency', lang: 'sv', cue: 'ras|raset i|pa gruvan|orten|tunneln|schaktet|niva', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'risk', 'ovning', 'ovningen', 'i fjol', 'forra aret'] },
  { kind: 'emergency', lang: 'sv', cue: 'vuxen|vuxna man|mannen hamtar|ska+hamta|moter|ska+mota|ska+traffa henne|honom|dottern|sonen', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'trying|tries|wants get|make|convince her|him to leave|go|come with', gap: 2, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'kan|kommer inte ta+sig|komma ur|upp+ur sangen', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...JOKING_WORDS, 'pa morgonen', 'pa morgnarna', 'mandagar'] },
  { kind: 'emergency', lang: 'sv', cue: 'vet inte om nagon|nan|barnen|nagon+av+dem|nan+av+dom var|ar darinne|inne|kvar|under', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'hittat|hittade|hittar dynamit*|sprangkapsl*|sprangamne*|handgranat*|granat*', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'asking|asked|asks|begging|pressuring my|her|him|our for photos|pictures|pics|nudes|selfies', gap: 4, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'ber|bad|tjatar|tjatade om|efter bilder|nakenbilder|nakna+bilder', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'polisen', 'prata om', 'forelasning'] },
  { kind: 'report', lang: 'se', cue: 'anuhii|anuha|bivdii govaid', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'fake nude|nudes|nude+edits|deepfake|deepfakes', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'lost|has+lost|had+lost kr|kronor|sek|money|savings', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'bet', 'betting', 'stock', 'stocks', 'poker', 'casino', 'my wallet', 'lost my'] },
  { kind: 'report', lang: 'sv', cue: 'forlorat|forlorade|blivit+av+med pengar|kronor|sparpengar', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'aktier', 'spel', 'poker', 'casino', 'borsen', 'pa bolaget'] },
  { kind: 'report', lang: 'en', cue: 'think|believe thats|its|this+is|that+is criminal|a+crime|illegal', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'cooking', 'prices', 'price', 'haircut'] },
  { kind: 'report', lang: 'sv', cue: 'chefen|arbetsgivaren sager+at+oss|sa+at+oss|sager+till+oss att halla tyst', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahccai|gahcan dahkis|dahki', gap: 2, unless: [...SE_GENERAL, 'muohta gahcca', 'muohta gahcai', 'muohta gahccai', 'jiekna gahcca', 'jiekna gahcai'] },
  // Not money taken by someone close: that is violence in close relationships ("Mu oabbá boadnji … váldá su ruđaid").
  { kind: 'report', lang: 'se', cue: 'valde|valdii|valdet su|mu|min|sin rudaid', gap: 1, unless: [...SE_GENERAL, ...SE_CLOSE.split('|').filter((word) => !word.includes('+'))] },
];

/**
 * From review66 (written blind in the twenty-seventh session: jokes and figures of speech beside real cases written as
 * casually, past against ongoing, hypotheticals and "asking for a friend", messages forwarded or pasted, hate and
 * threats; as it came 63 of 76 alarms right, 6 false alarms of 44): someone close "knivhuggen" while the ambulance is
 * on its way; a joke about dying that the writer says is sometimes meant ("skjut mig nu säger jag på skämt … men ibland
 * menar jag det", "kill me now. no but seriously … I think about it"); animals killed as a threat; a threatening
 * anonymous letter. First in RULES.
 */
const R66_FIRST: Rule[] = [
  // From review68 (short plain messages, written blind): bleeding in pregnancy and a birth under way, before the rules
  // that would read bleeding as harm done by someone.
  { kind: 'emergency', lang: 'sv', cue: 'gravid|gravida|havande|graviditet|graviditeten bloder|blodning|blodningar|varkar|vattnet+har+gatt|vattnet+gick', gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'pregnant|pregnancy bleeding|bleed|contractions|waters+broke|water+broke', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'contractions min+apart|minutes+apart|mins+apart', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'varkar|varkarna minuters+mellanrum|min+mellanrum|minuter+mellan|tata', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  // From review67 (short plain messages, written blind): choking on food is no strangling; violence or stalking by
  // someone one has broken up with is violence in a close relationship; forced sex by a boyfriend.
  { kind: 'emergency', lang: 'en', cue: 'choking|chokes|choked on', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'choking on my words', 'choked on my coffee', 'choked on his coffee', 'choked on her coffee'] },
  { kind: 'domestic', lang: 'sv', cue: `han|hon ${SV_HARM}|forfoljer|foljer+efter mig gjorde+slut|gjort+slut|separerade|skildes|separationen`, gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'pojkvan|pojkvannen|sambo|sambon|man|maken|partner|partnern|exet|kille|killen|flickvan|flickvannen tvingade|tvingar|tvingat mig till+sex|att+ha+sex', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'bror|brorsan|syster|systern|kompis|kompisen|vannen|pappa|mamma|grannen|mannen|frun|sambon|pojkvannen|flickvannen|kollegan|sonen|dottern ar|har+blivit|blev knivhuggen|skjuten|nedslagen|overkord|paakt', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'i spelet'], reportWhenOver: true },
  { kind: 'suicide', lang: 'sv', cue: 'skjut+mig|doda+mig|dodar+mig|do|dor|ta+livet+av+mig skamt|skamtar|skamtade|skoj menar+jag+det|menar+det', gap: 8, unless: ['menar det inte', 'menar jag det inte', 'menar inte'] },
  { kind: 'suicide', lang: 'sv', cue: 'skamt|skamtar|skamtade|skoj do|dor|doda+mig|ta+livet+av+mig menar+jag+det|menar+det', gap: 8, unless: ['menar det inte', 'menar jag det inte', 'menar inte'] },
  { kind: 'suicide', lang: 'en', cue: 'kill+me|kill+myself|shoot+me|end+it|die seriously|for+real|honestly|jokes+aside think+about+it|think+about+dying|mean+it|want+to+die|wanna+die', gap: 10, unless: ['dont mean it', 'do not mean it', 'not for real'] },
  { kind: 'report', lang: 'en', cue: 'reindeer|reindeers|calves|calf|dog|dogs|cat|sheep throats+cut|throat+cut|slaughtered|mutilated|poisoned|shot', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'slaughter', 'slaughter day', 'hunting', 'hunter', 'hunters', 'licence', 'license', 'vet', 'by a car', 'on the road'] },
  { kind: 'report', lang: 'en', cue: 'got|received|found anonymous|threatening letter|note|message|letter+saying|note+saying', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'love letter', 'thank you note', 'thank you letter', 'from the municipality', 'from the council', 'from school'] },
];

/**
 * Last in RULES, so that violence at home goes first: danger told plainly that raised nothing before the twenty-seventh
 * session — a threat to kill someone else (a mother, a sister, the children), not only "me" ("he will kill her", "han
 * kommer döda henne"; found while checking review66), what four rounds of short probes found, and what review67 and
 * review68 still missed (comments below).
 */
const R66_LAST: Rule[] = [
  // Found by plain probes in the twenty-seventh session: an armed man at a place (Swedish), a fight with knives
  // (English), "han ströp mig".
  { kind: 'emergency', lang: 'sv', cue: 'man|kille|killar|person|nagon|nan|folk|en+man|en+kille star|gar|springer|ar|sitter|vankar med vapen|kniv|kniven|pistol|gevar|yxa|machete', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'lagade mat', 'lagar mat', 'grillar', 'grillade', 'skar', 'skalar', 'taljer', 'taljde', 'jakt', 'jaktlag', 'jaktlaget', 'jagare', 'algjakt', 'slojd', 'slojden', 'fiske', 'fiskekniv', 'kok', 'koket', 'smor'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'det|dar|har star|gar|springer|ar|sitter en+man|en+kille|nagon|nan|folk|personer|killar med vapen|kniv|kniven|pistol|gevar|yxa|machete', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'jakt', 'jaktlag', 'jaktlaget', 'jagare', 'algjakt', 'slojd', 'slojden', 'fiske', 'fiskekniv', 'kok', 'koket', 'smor'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'fighting|attacking|stabbing|threatening|chasing with knives|knife|a+knife|guns|a+gun|bats|a+bat|machetes|a+machete', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'movie', 'game', 'fortnite', 'in the game'], reportWhenOver: true },
  { kind: 'domestic', lang: 'sv', cue: 'han|hon|exet|sambon|mannen|killen|pojkvannen|maken strop|stryper|strypte|strypt|strypgrepp mig', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  // Plain short messages a second round of probes found silent (twenty-seventh session): someone in one's house, a
  // woman screaming outside, a collapse, a child who swallowed something, a car driven into people, a daughter not
  // home, someone who seems dead, an account hacked, pills to take all of, a threat to burn a house, a stone through
  // the window, shots outside.
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|en+man|en+kille|folk|personer|inbrottstjuvar i|inne+i mitt+hus|huset|lagenheten|min+lagenhet|stugan|vart+hus|var+lagenhet|mitt+rum|garaget|kallaren', gap: 2, jokeable: true, unless: [...SV_GENERAL, ...FICTION, 'finns det', 'som har', 'som snarkar', 'snarkar', 'katt', 'katten', 'hund', 'hunden', 'mus', 'moss', 'tvattbjorn', 'hantverkare', 'hantverkaren', 'stadare', 'stadaren', 'hemtjansten', 'som kan', 'som vet', 'som bor', 'bor', 'hyr', 'jobbar', 'sjuk', 'covid', 'forkyld', 'flyttat', 'renoverar', 'renovera', 'vem'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'woman|man|girl|boy|child|kid|someone|somebody|neighbour|neighbor|people is|are|keeps|keep screaming|yelling+for+help|crying+for+help|screams', gap: 2, jokeable: true, unless: [...EN_GENERAL, ...FICTION, 'screaming at', 'yelling at', 'with joy', 'with delight', 'playing', 'laughing', 'party', 'game', 'concert', 'match', 'baby', 'toddler', 'tantrum', 'karaoke', 'when they play', 'always screaming', 'drives me crazy'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kvinna|en+kvinna|man|en+man|tjej|kille|barn|nagon|nan|grannen skriker|skrek|vralar|gallskriker', gap: 2, jokeable: true, unless: ['pa hockeymatcher', 'pa hockey matcher', 'tror vi brakar', 'skriver man', 'skriver under', 'skriva under', ...SV_GENERAL, ...FICTION, 'pa sin hund', 'pa hunden', 'pa katten', 'pa sina barn', 'pa barnen', 'skriker at', 'skrek at', 'av fortjusning', 'av gladje', 'fortjusning', 'leker', 'lek', 'fest', 'festen', 'skrattar', 'spelar', 'match', 'matchen', 'bebis', 'bebisen', 'trotsar', 'karaoke', 'konsert', 'pratat ut', 'hur vet man'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'foll|faller|fallit|segnade|segnat ihop', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'av skratt', 'i soffan', 'somnade', 'och somnade', 'taltet', 'taket', 'snogubben', 'snolyktan', 'korthuset', 'kakan', 'sufflen', 'planen', 'ekonomin', 'allt', 'affaren', 'projektet', 'laget', 'forhandlingarna', 'mobilen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'swallowed|has+swallowed something|a+battery|batteries|pills|a+magnet|magnets|bleach|poison|detergent|a+coin|a+button', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'gum', 'a fly', 'pride', 'my pride', 'hard to swallow'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'svalt|svalde|svaljt nagot|nat|ett+batteri|batteri|batterier|tabletter|en+magnet|magnet|gift|rengoringsmedel|klorin|diskmedel|ett+mynt|en+knapp', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'tuggummi', 'tuggummit', 'en fluga', 'stoltheten'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'drove|driving|drives|plowed|ploughed into|through a+crowd|the+crowd|people|pedestrians|a+group|some+people|a+bunch', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'ran into people i know', 'ran into an old', 'ran into a friend', 'ran into friends'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'korde|kor|har+kort in+i|rakt+in+i folk|folkmassan|manniskor|en+folkmassa|fotgangare|en+grupp|nagra', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'skjutsa', 'skjutsar', 'korde barnen', 'kor barnen', 'kora barnen', 'kor in barnen', 'korde in barnen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'dotter|dottern|son|sonen|barnet|mamma|pappa|man|fru|sambo|sambon|pojkvan|flickvan|tonaring kom|har+inte+kommit inte hem', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'sov hos', 'sover hos', 'till middagen', 'hos en kompis', 'hos kompisen', 'kom inte hem forran', 'sover over', 'sov over', 'svarar nu', 'har kommit hem', 'kom hem sen'] },
  { kind: 'emergency', lang: 'en', cue: 'my|our mom|mum|dad|husband|wife|friend|grandma|grandpa|neighbour|neighbor|son|daughter|brother|sister|partner is|might+be|looks|seems dead|not+moving|lifeless', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'dead tired', 'dead on', 'dead set', 'dead serious', 'phone', 'battery', 'plant', 'brain dead', 'deadline'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'mamma|pappa|mormor|morfar|farmor|farfar|min+man|min+fru|grannen|kompisen|sonen|dottern|min+bror|min+syster ar|verkar|ser+ut+att+vara dod|livlos', gap: 2, jokeable: true, unless: [...SV_GENERAL, ...FICTION, 'i huvudet', 'dod i huvudet', 'dod trott', 'dodstrott', 'dod sedan', 'dod sen', 'dog for', 'gick bort', 'ar dod nu', 'dog i'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'hackat|hackade|kapat|kapade mitt|min bankkonto|konto|kontot|bank|bankid|instagram|facebook|mejl|swish', gap: 2, unless: ['spel', 'spelkonto', 'minecraft', 'roblox', 'steam', 'fortnite', 'supporten', ...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'tabletter|piller|tabletterna|pillren ta+alla|svalja+alla|ta+allihop|ta+hela+burken|ta+alla+pa+en+gang', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'kan jag ta', 'far man ta', 'far jag ta', 'kan man ta', 'mot huvudvark', 'mot varken', 'alvedon', 'ipren', 'treo', 'vitaminer', 'vitamintabletter', 'receptet', 'apoteket', 'doktorn', 'lakaren', 'ordinerat', 'kuren'] },
  { kind: 'emergency', lang: 'en', cue: 'would|will|gonna|going+to|threatened+to|threatens+to burn|torch|set+fire+to our|my|the|your house|home|car|flat|apartment|cabin', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'calories', 'the candle', 'a candle'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'kastade|kastar|slangde|slanger sten|en+sten|stenar|en+flaska|flaskor genom|in+genom|mot|pa fonstret|rutan|fonster|rutorna|fonstren|bilen', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'barnen lekte', 'snoboll', 'snobollar'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'shots|gunshots|shooting|gunfire outside|nearby|in+the+street|next+door|in+the+stairwell|fired', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'photo', 'photos', 'pictures', 'hunting', 'hunters', 'fireworks', 'new year', 'new years', 'film', 'shots of', 'vodka', 'tequila', 'flu', 'vaccine', 'booster', 'range', 'basketball', 'hockey', 'football', 'camera'], reportWhenOver: true },
  // A third round of probes: smoke from a flat, a car in the ditch with people in it, a son not answering with his
  // snowmobile on the ice, a shop robbed now, a grandmother who gave her codes to a fake bank, too many pills (Swedish),
  // "wants to end his life", a friend who talks of suicide, "help fire", a child lost in the forest.
  { kind: 'emergency', lang: 'sv', cue: 'rok|roken|ryker|brandrok fran|ur|i|pa lagenhet*|huset|hus|fonstret|taket|garaget|bilen|kallaren|vinden|stugan|grannens|trapphuset', gap: 2, unless: ['bastuskorstenen', 'skorstenen', 'helt normalt', ...SV_GENERAL, ...FICTION, 'grillen', 'bastun', 'bastu', 'skorstenen', 'kaminen', 'brasan', 'rokning', 'rokare', 'rokfritt', 'rokeri', 'rokt', 'rokig', 'matlagning', 'vedeldning', 'eldar', 'trodde det brann', 'ingen brandkar behovdes'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'diket|dike|voltat|voltade|pa+taket med+folk|med+barn|med+personer|folk+i|nagon+i|nan+i|barn+i|foraren+kvar|personer+i|folk+kvar|personer+kvar|kvar+inne|fastklamd|fastklamda|instangda', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'ingen', 'tom', 'bargning', 'bargas', 'bogsera', 'bogseras'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'ditch|overturned|upside+down|flipped|rolled with+people|with+kids|people+inside|someone+inside|people+in+it|driver+inside|passengers|someone+trapped|people+trapped|still+inside|people+still+inside|trapped|stuck+inside', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'nobody', 'no one', 'empty', 'tow', 'towed', 'towing'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'svarar|svarat inte isen|pa+isen|vid+isen|sjon|pa+sjon|pa+fjallet|i+skogen|i+snostormen|ute+i+kylan', gap: 6, jokeable: true, unless: [...SV_GENERAL, ...FICTION, 'fiskar', 'pimplar', 'isfiske', 'i telefon pa jobbet', 'svarar nu', 'har svarat', 'svarade sen'] },
  { kind: 'emergency', lang: 'en', cue: 'not+answering|isnt+answering|hasnt+come+back|isnt+back|not+back ice|the+ice|lake|the+lake|mountain|the+mountains|forest|the+woods|snowstorm|blizzard', gap: 6, jokeable: true, unless: [...EN_GENERAL, ...FICTION, 'swimming', 'fishing', 'skiing', 'playing', 'summer', 'answering now', 'came back', 'is back'] },
  { kind: 'emergency', lang: 'sv', cue: 'de|nan|nagon|tva|killar|en+man|nagra ranar|ranade affaren|butiken|banken|kiosken|macken|affarn|ica|coop|konsum|systemet', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'priserna', 'pa pengar', 'kunderna pa pengar'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'gett|gav|lamnat|lamnade|uppgett|uppgav|sagt|sa sina|mina|hennes|hans|var|sin koder|koden|koderna|bankkoder|bankid|kortnummer|pinkod|pinkoden|bankuppgifter|kortuppgifter', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'ska man inte', 'aldrig', 'inte ge', 'inte lamna', 'banken sager'] },
  { kind: 'emergency', lang: 'sv', cue: 'tagit|tog|svalt|svalde for+manga|massa|en+massa|hela+burken|hela+kartan|alla tabletter|piller|tabletterna|pillren|somntabletter|alvedon|panodil|sobril', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'vitaminer', 'mot huvudvark', 'doktorn', 'lakaren', 'ordinerat', 'ordinerade', 'receptet', 'dosetten', 'som jag ska'], reportWhenOver: true },
  { kind: 'suicide', lang: 'en', cue: 'wants|want|going|gonna|plans|planning|trying|tried|talks+about|talking+about|thinking+about to+end|ending|end his|her|their|my|your life|it+all', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'the book', 'the film', 'the character'] },
  { kind: 'suicide', lang: 'sv', cue: 'kompis|kompisen|van|vannen|son|sonen|dotter|dottern|bror|syster|mamma|pappa|han|hon|klasskompis pratar|snackar|skriver|talar|tjatar|pratade|skrev om sjalvmord|att+ta+sitt+liv|att+do|att+inte+vilja+leva', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'lektion', 'lektionen', 'kurs', 'kursen', 'utbildning', 'temadag', 'forelasning', 'podd', 'podden', 'bok', 'boken', 'skolarbete'] },
  { kind: 'emergency', lang: 'en', cue: 'help|helpp|heeelp fire|smoke|burning', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'fire alarm', 'smoke alarm', 'smoke detector', 'beeping', 'fire drill', 'fire safety', 'fireplace', 'fire alarm test', 'with the fire', 'light a fire', 'start a fire', 'the campfire', 'bonfire'] },
  { kind: 'emergency', lang: 'sv', cue: 'barn|barnet|ett+barn|min+son|min+dotter|sonen|dottern|pojken|flickan|mamma|pappa|mormor|morfar|farmor|farfar|grannen|kompisen ar|har borta+i+skogen|borta+pa+fjallet|borta+pa+isen|borta+i+snostormen|vilse|gatt+vilse', gap: 2, jokeable: true, unless: ['i spelet', 'i sitt', 'nya spel', 'spel', 'spelet', ...SV_GENERAL, ...FICTION, 'lager', 'scoutlager', 'pa lager', 'hela veckan', 'utflykt', 'skolresa', 'hittat', 'hittade', 'ar hemma', 'kom hem', 'vilse i stan', 'vilse i appen'] },
  // From review67 (short plain messages, written blind in the twenty-seventh session).
  { kind: 'emergency', lang: 'en', cue: 'never+came+back|didnt+come+back|hasnt+come+back|never+returned|didnt+return|hasnt+returned|not+come+home|never+came+home|didnt+come+home', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'back to me', 'came back to me', 'with an answer', 'refund', 'the money', 'my money', 'the package', 'the parcel', 'the book', 'the email', 'called back',
    // Workmen paid who never came back (review87: "… he pay 25 000 and they do nothing, never came back. Is this crime?").
    'is this crime', 'is this a crime', 'is that a crime', 'is it a crime', 'they do nothing', 'they did nothing', 'did no work', 'where to tell'] },
  { kind: 'emergency', lang: 'en', cue: 'kid|kids|child|baby|toddler|son|daughter drank|ate|swallowed|has+eaten|got+into something|bleach|detergent|pills|chemicals|cleaning|medicine|from+under+the+sink|a+battery', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'gum', 'a fly', 'veggies', 'vegetables', 'dinner', 'lunch', 'breakfast', 'cake'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'barnet|barn|bebisen|sonen|dottern|min+son|min+dotter|lillen|ungen har+atit|at|atit+upp|druckit|drack|svalt|svalde tablett*|tabletter|piller|rengoringsmedel|diskmedel|klorin|nagot+fran|medicin|mediciner', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'middag', 'lunch', 'frukost', 'godis', 'tarta', 'glass', 'vitaminer'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'guy|man|woman|someone|somebody|person|kid|boy|girl|teenager stabbed|knifed|shot|beaten+up|run+over', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'filming', 'prop', 'student short', 'photo', 'photos', 'a photo', 'shot of', 'film', 'movie'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'tagit|tog|druckit|drack for+mycket|en+overdos|overdos somnar|somnar+hela+tiden|vaknar+inte|svarar+inte|andas+konstigt|kraks|kraker|ar+blek', gap: 4, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'worker|miner|someone|somebody|people|man|woman|person|kid|child|driver|workers|miners trapped|pinned|buried|stuck+under', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'in traffic', 'in a meeting', 'at work', 'in the elevator for'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'store|shop|bank|kiosk|gas+station|petrol+station|the+store|the+shop being+robbed|is+being+robbed|getting+robbed|robbed+right+now', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'prices'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'gunshots|shots|shooting on+my+street|on+our+street|on+the+street|in+my+street|in+our+area|near+my+house|near+us|in+the+building', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'photo', 'photos', 'hunting', 'fireworks', 'new year', 'film', 'camera'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'svullnar|svullen|svullnat|svullnade i+halsen|halsen|tungan|lapparna|ansiktet', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'forkyld', 'forkylning', 'halsont', 'tandlakaren', 'i gar'], reportWhenOver: true },
  // Sami (SAMI.md's words: "Veahket!", heahtedilli, veahkaváldi, bearašveahkaváldi, gárrenvuodjin, dál): help, an
  // emergency, violence or drunk driving now.
  // (A bare "veahket dál" is a cry for help, answered as one; see detectHelpCry.)
  { kind: 'emergency', lang: 'se', cue: 'heahtedilli|veahkavaldi|bearasveahkavaldi|garrenvuodjin|garrenvuoddji dal', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'dal heahtedilli|veahkavaldi|bearasveahkavaldi|garrenvuodjin|garrenvuoddji', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'veahket ringe|ringet|ringen politiijaide|politiija|112', gap: 3, unless: [...SE_GENERAL, 'mii dahpahuvva jos'] },
  // A fourth round of probes (twenty-seventh session): a neighbour not seen with a smell, an old person confused
  // outside, a goodbye and a phone turned off, a door kicked in, a car that hit a child, bullied and beaten at school,
  // sniffing gas, a bear at the school, a gun pointed at one, a teacher who touched one, not wanting to wake up, a
  // friend who harms herself.
  { kind: 'emergency', lang: 'en', cue: 'not+been+seen|hasnt+been+seen|havent+seen|not+seen smell|smells|a+smell|stench', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'yet', 'paint', 'fresh paint', 'rented out', 'holiday', 'vacation', 'smells good', 'smells nice'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte+synts|inte+setts|inte+sett|inte+synts+till luktar|lukt|stank|stanker', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'semester', 'pa semester', 'luktar gott', 'bageriet', 'farg', 'malarfarg', 'ar nog'] },
  { kind: 'emergency', lang: 'en', cue: 'confused|disoriented|wandering|in+pyjamas|in+his+pyjamas|in+her+pyjamas cant+find|cannot+find|outside|in+the+snow|in+the+cold|on+the+road', gap: 6, unless: ['gps', 'my phone says', ...EN_GENERAL, ...FICTION, 'fire drill', 'fire alarm', 'the form', 'the website', 'the app', 'the rules', 'the bus'] },
  { kind: 'emergency', lang: 'sv', cue: 'forvirrad|forvirrade|desorienterad|irrar|i+pyjamas hittar+inte+hem|ute|i+snon|i+kylan|pa+vagen', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'blanketten', 'sidan', 'appen', 'reglerna', 'bussen'] },
  { kind: 'suicide', lang: 'en', cue: 'said+goodbye|says+goodbye|texted+goodbye|wrote+goodbye turned+off|switched+off|phone+off|not+answering|wont+answer', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'the team', 'colleagues', 'holiday', 'holidays', 'vacation', 'for the weekend', 'for the night', 'my phone'] },
  { kind: 'suicide', lang: 'sv', cue: 'sa+hejda|skrev+hejda|sade+hejda|sa+hej+da stangde+av|stangt+av|svarar+inte|mobilen+av', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'kollegorna', 'semester', 'semestern', 'ledigheten', 'helgen', 'natten', 'jobbet'] },
  { kind: 'emergency', lang: 'en', cue: 'kicked|kicking|broke|smashed|busted in|down our|my|the door|front+door', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'shoes', 'habit'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sparkade|sparkat|sparkar|slog|bankade in|upp|sonder var|min|dorren|ytterdorren', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'skorna'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'car|truck|bus|driver|snowmobile hit|ran+over|knocked+down|has+hit a+kid|a+child|kid|child|a+boy|a+girl|a+pedestrian|someone|my+son|my+daughter|a+cyclist', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'speed bump', 'will there be'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'bullied|being+bullied|beaten|beat+up at+school|in+school|on+the+bus|at+the+school', gap: 4, unless: ['its been sorted', 'been sorted', 'sorted with', 'in the 90s', 'in the 80s', 'when i was', 'volunteer', 'years ago', ...EN_GENERAL, ...FICTION, 'anti bullying', 'antibullying', 'bullying plan', 'game', 'as a kid', 'as a child', 'writes', 'books'] },
  { kind: 'emergency', lang: 'en', cue: 'sniffing|huffing|inhaling gas|glue|lighter+gas|butane|lighter+fluid', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'sniffar|sniffade|sniffat gas|lim|tandargas|butan|gasol', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'bear|bears|wolf|wolves at|near|outside|by the+school|the+daycare|the+playground|our+house|my+house|the+kindergarten', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'teddy', 'costume', 'mascot', 'statue', 'museum', 'bear in mind', 'last year', 'tracks'] },
  { kind: 'emergency', lang: 'sv', cue: 'bjorn|bjornen|varg vid|utanfor|pa|nara skolan|forskolan|lekplatsen|huset|dagis|vart+hus', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'nallebjorn', 'nalle', 'maskot', 'maskoten', 'staty', 'statyn', 'museum', 'spar', 'sparen', 'forra aret'] },
  { kind: 'emergency', lang: 'en', cue: 'pointed|pointing|aimed|aiming a+gun|a+rifle|a+knife|a+weapon|gun|rifle|knife|his+gun at me|us|my', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'water gun', 'nerf', 'toy gun', 'camera', 'finger'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'riktade|riktar|siktade|siktar ett+vapen|vapen|vapnet|pistol|en+pistol|pistolen|gevaret|gevar|ett+gevar|kniv|en+kniv|kniven mot mig|oss|min', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'vattenpistol', 'leksakspistol', 'kameran', 'fingret'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'teacher|coach|uncle|stepdad|boss|neighbour|neighbor|man|guy|stranger touched|groped|touches|gropes|keeps+touching me|my', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'touched my heart', 'touched me deeply', 'base'] },
  { kind: 'report', lang: 'sv', cue: 'lararen|laraen|tranaren|traneren|chefen|grannen|morbror|farbror|styvpappa|en+man|killen|en+okand tog+pa|tafsade+pa|tafsar+pa|rorde+vid|tar+pa mig|min|mina', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'troja', 'trojan', 'jacka', 'jackan', 'fel'] },
  { kind: 'suicide', lang: 'en', cue: 'dont+want+to+wake+up|do+not+want+to+wake+up|hope+i+dont+wake+up|never+want+to+wake+up', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'early', 'so early', 'for work', 'for school', 'at 5', 'at six'] },
  { kind: 'suicide', lang: 'sv', cue: 'skadar|skadat|skadade|skar|skurit sig+sjalv|sig+sjalva', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'pa tassen', 'av misstag', 'i traningen', 'pa jobbet', 'ramlade', 'pa glaset', 'pa kniven nar', 'mar mycket battre', 'mar battre nu', 'gar pa bup'] },
  // From review68 (short plain messages, written blind in the twenty-seventh session): a fit, carbon monoxide from a
  // stove, someone trapped under a machine, a sting and a tight throat, a breathing machine on battery in a power cut,
  // a train that hit someone, hiding from a man with a knife, "I cut again", drugs sold to children, a reindeer shot
  // and left, one's BankID used, a daughter raped.
  { kind: 'emergency', lang: 'sv', cue: 'ramlat|ramlade|rasat|rasade ihop', gap: 0, jokeable: true, unless: [...SV_GENERAL, ...FICTION, 'taltet', 'snogubben', 'snolyktan', 'snolykta', 'snolyktor', 'bygget', 'lego', 'korthuset', 'kakan', 'i soffan', 'av skratt', 'somnade', 'pepparkakshuset', 'kristyr', 'innan vi hann fa pa taket'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ligger|ramlat|ramlade|foll och skakar|krampar|rycker|har+kramper', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'av skratt', 'i somnen', 'hunden', 'katten', 'av kyla', 'fryser'] },
  { kind: 'emergency', lang: 'en', cue: 'fell|collapsed|is|lying jerking|convulsing|shaking+all+over|having+a+seizure', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'laughing', 'with laughter', 'cold', 'the cold', 'asleep', 'in his sleep', 'in her sleep', 'dog', 'cat'] },
  { kind: 'emergency', lang: 'sv', cue: 'huvudvark|mar+illa|yr|yra|illamaende kaminen|spisen|vedspisen|braskaminen|eldade|eldat|kolmonoxid|kolos|aggregatet', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'headache|headaches|dizzy|nauseous|feel+sick|feeling+sick|throwing+up stove|heater|fireplace|generator|carbon+monoxide|wood+burner', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'fixed', 'repair', 'repaired', 'broken', 'library', 'office'] },
  { kind: 'emergency', lang: 'sv', cue: 'fastnat|klamd|klamt|klamts|sitter+fast under|mellan', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'jobb', 'tva jobb', 'stolarna', 'tva stolar', 'pappershogen', 'sangen', 'soffan', 'skrivbordet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'trapped|stuck|pinned under|beneath', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'pile', 'paperwork', 'homework', 'emails', 'work', 'the bed', 'the sofa', 'the couch', 'the desk', 'a blanket', 'the covers'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'stung|bitten|ate+nuts|ate+peanuts|ate+shrimp throat|tongue|lips|face tight|swelling|closing|swollen|swells', gap: 6, jokeable: true, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'mosquito', 'last week', 'yesterday'] },
  { kind: 'emergency', lang: 'en', cue: 'throat+feels+tight|throat+is+closing|throat+is+swelling|cant+swallow', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'cold', 'flu', 'sore'] },
  { kind: 'emergency', lang: 'sv', cue: 'stack|stacks|stucken|getingstick|bistick|at+notter|at+rakor halsen|tungan|lapparna|svullnar|svullen|svalget', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'forra veckan', 'i gar'] },
  { kind: 'emergency', lang: 'en', cue: 'breathing+machine|oxygen|respirator|ventilator|dialysis|oxygen+machine battery|power|powers+out|power+cut|outage|no+power', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'syrgas|syrgasen|respirator|respiratorn|andningsapparat|andningsapparaten|andningsmaskin|dialys strom|stromavbrott|batteri|batteriet|strommen', gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'train|the+train hit|struck|ran+over something|someone|a+person|a+man|a+woman|a+kid|a+child', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'a moose', 'a reindeer', 'a deer'] },
  { kind: 'emergency', lang: 'sv', cue: 'taget|tag korde+pa|har+kort+pa|krockade+med nagon|nan|en+person|en+manniska|nat|nagot', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'en alg', 'en ren'] },
  { kind: 'emergency', lang: 'en', cue: 'hiding|hid|im+hiding|were+hiding|locked+myself|locked+ourselves in the+bathroom|the+closet|a+closet|the+toilet|the+bedroom|my+room|the+basement|the+car', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'playing', 'games', 'all weekend', 'studying', 'hide and seek', 'game', 'homework', 'from the cold', 'surprise', 'presents', 'from my siblings'] },
  { kind: 'suicide', lang: 'en', cue: 'i+cut|ive+cut|i+have+cut|cutting again|myself|tonight|deep|deeper', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'cooking', 'shaving', 'knife slipped', 'by accident', 'accidentally', 'paper cut', 'on paper', 'hair', 'my hair', 'the grass', 'the lawn', 'the cake', 'the bread'] },
  { kind: 'report', lang: 'sv', cue: 'saljer|salde|langar|langade knark|droger|narkotika|gras|hasch|piller till|at barn|kids|unga|elever|hogstadie*|ungdomar|mellanstadie*', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|de|dom skot|har+skjutit|dodade|har+dodat|skadskot|skadeskot en+ren|renen|var+ren|vara+renar|renar|hunden|var+hund|katten|var+katt|en+alg|algen', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'licensjakt', 'skyddsjakt', 'jaktlaget'] },
  { kind: 'report', lang: 'sv', cue: 'anvander|anvant|anvande mitt|mina|min bankid|kort|kortet|bankkort|bankkortet|konto|kontot|swish utan+lov|utan+att+fraga|utan+tillatelse|kop+jag+inte+gjort', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_ASKS_WHAT_IF] },
  { kind: 'report', lang: 'sv', cue: 'dotter|dottern|son|sonen|syster|systern|kompis|kompisen|van|vannen|flickvan blev|har+blivit valdtagen|utnyttjad|sexuellt+utnyttjad|antastad|tafsad+pa', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'skjuts|skjuter|skott|skottlossning|skjutit utanfor|i+trapphuset|pa+gatan|bredvid|pa+garden|i+omradet', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'nyar', 'nyarsafton', 'fyrverkeri', 'fyrverkerier', 'smallare', 'jakt', 'algjakt', 'skjutbana', 'skjutbanan', 'skytte', 'skyttefest', 'foto', 'bilder', 'hockey', 'fotboll', 'bollen', 'puck', 'pucken', 'upp', 'skjuts till', 'skjutsa'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'he|she|they|hes|shes|theyre will|gonna|going|wants|threatens|threatened kill|shoot|stab|hurt her|him|them|my+mom|my+mum|my+sister|my+brother|my+dad|the+kids|my+kids|the+baby|the+dog|my+dog|our+dog|the+cat|my+cat', gap: 3, unless: [...EN_GENERAL.filter((phrase) => !EN_IF_THIRD.includes(phrase)), ...JOKING, 'when she finds out', 'when he finds out', 'when she sees', 'when he sees', 'for this'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|de|dom kommer|ska|tanker|hotar|hotade|vill doda|morda|skjuta|knivhugga|skada henne|honom|dem|mamma|barnen|min+mamma|min+syster|min+bror|bebisen', gap: 2, unless: [...SV_GENERAL, ...JOKING, 'nar hon far veta', 'nar han far veta', 'nar hon ser', 'nar han ser', 'for det har'], reportWhenOver: true, jokeable: true },
];

const R69_LAST: Rule[] = [
  // Written blind in the twenty-eighth session (review69, review70), each a message the rules and the classifier missed.
  // A brother or friend who cuts himself (self-harm told by someone close: "min lillebror skär sig, jag såg hans armar").
  { kind: 'suicide', lang: 'sv', cue: 'lillebror|lillasyster|brorsan|syrran|storebror|storasyster|bror|syster|dottern|sonen|kompisen|van|vannen|vaninnan|flickvannen|pojkvannen|tjejen|killen skar|rispar|skadar sig', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'pa kniven', 'av misstag', 'pa glas', 'pa glaset', 'pa burken', 'i fingret', 'i tummen', 'fingret', 'tummen', 'potatis', 'potatisen', 'nar han lagade', 'nar hon lagade', 'det skar sig', 'mellan', 'fargerna', 'pa skidorna', 'pa plat'] },
  // "It would be better if I were not here any more" (Sami).
  { kind: 'suicide', lang: 'se', cue: 'buoret|buorre|buorebut livccii|livcce jos mun|mon in livcce sat|dappe|eallimis|eallime', gap: 1, unless: SE_GENERAL },
  // Pictures put out unless one pays (sextortion): "han lägger ut bilder på mej om jag int swishar 2000".
  { kind: 'report', lang: 'sv', cue: 'lagger|lagga|sprider|sprida|publicerar|publicera|skickar|skicka|visar ?ut bilder|bild|bilderna|nakenbilder|nakenbild|filmer|filmen|videon|klippet pa|av mig|mej|oss om|ifall|annars', gap: 3, unless: [...SV_GENERAL_BUT_IF, ...FICTION, 'om jag vill', 'om du vill', 'instagram konto'] },
  // A car scratched or sprayed by someone: "nån har repat hela bilen".
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|nagra|folk ?har repat|repade|rispat|rispade|sprayat|sprayade|sprejat|sprejade|klottrat|klottrade|buckla+i|sabbat|sabbade|punkterat|punkterade bilen|min+bil|hela+bilen|bilarna|dacken|lacken|cykeln|skotern|mopeden|fasaden|dorren', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'snon', 'isen', 'grus', 'gruset', 'plogbilen', 'snoplogen'], reportWhenOver: true },
  // A fake payment for something sold: "fick en falsk swish".
  { kind: 'report', lang: 'sv', cue: 'fick|fatt|far ?en falsk|falska|fejk|fejkad|fejkade|fake|fusk swish|swishen|betalning|betalningen|kvitto|sedel|sedlar|kvittot', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'kanner igen', 'hur ser'] },
  // Control by a partner's family with a threat of deportation ("mother in law says she will get me deported").
  { kind: 'domestic', lang: 'en', cue: 'husband|wife|boyfriend|girlfriend|partner|mother+in+law|father+in+law|in+laws|his+family|her+family|his+mother|his+mom says|said|threatens|threatened|will|would|gonna get|have|make me deported|sent+back|deport+me', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  // On a roof or a bridge and "done": "on the roof of the parking garage and im done".
  { kind: 'suicide', lang: 'en', cue: 'roof|rooftop|ledge|bridge|top+floor im+done|i+am+done|im+so+done|im+finished|im+ready|this+is+it|goodbye', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'for today', 'for the day', 'with work', 'shoveling', 'shovelling', 'snow', 'fixing', 'repair', 'repairing', 'cleaning', 'gutter', 'gutters', 'antenna', 'solar', 'painting', 'the view', 'photos'] },
];

const R71_FIRST: Rule[] = [
  // From review208 (dictated or hurried phone messages): thrown out of the car by a partner far from town in the cold
  // without a jacket (violence at home; the reply names 112 first).
  { kind: 'domestic', lang: 'sv', cue: 'kastat+ut+mig|kastade+ut+mig|slangt+ut+mig|lamnat+mig|lamnade+mig kort+ivag|ingen+jacka|utan+jacka|sa+kallt|jattekallt', gap: 20, unless: [...SV_IN_GENERAL, ...FICTION, 'fran laget', 'ur laget', 'fran jobbet', 'fran festen', 'haha', 'lol'] },
  // From review206 (Northern Sami, 90 of 150; drafts), first because no rule read them: on the bridge saying thanks to
  // everyone (suicide), someone coming into the house now; and in English a roommate who cut herself deep with a lot
  // of blood (112), a father who keeps pushing the mother around when drunk (violence at home).
  { kind: 'suicide', lang: 'se', cue: 'lean+salddi+alde|lean+saldi+alde|cuoccun+salddi+alde haliidan+dusse+dadjat|giitu+buohkaide|buresbeaivvi|hyvasti', gap: 10, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'boahtimin+sisa|lea+boahtimin+sisa', gap: 0, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'guossit', 'guossi', 'mannat'] },
  { kind: 'emergency', lang: 'en', cue: 'cut+herself|cut+himself|cut+themselves deep|a+lot+of+blood|bleeding|wont+stop+bleeding', gap: 10, unless: [...EN_IN_GENERAL, ...FICTION, 'shaving', 'kitchen knife while', 'cooking', 'on a can', 'on the glass', 'paper'] },
  { kind: 'domestic', lang: 'en', cue: 'pushing+mum+around|pushing+mom+around|pushes+mum+around|pushes+mom+around|pushing+my+mum+around|pushing+my+mom+around|shoving+mum+around|shoving+mom+around', gap: 0, unless: [...EN_IN_GENERAL, ...FICTION] },
  // From review207 (newcomers writing in learner Swedish or English), first because other rules read them as a crime to
  // report, as an emergency or not at all: workers locked in a room by the boss now, rope bought after "so tired of
  // everything" (suicide), an ex who comes to the workplace and says he will kill the writer, a cousin the writer
  // lives with who takes the salary and the ID card and hits, a Sami husband who has taken the passport and the pay
  // (violence by someone close); a boss who threatens with the Migration Agency, an assault last Saturday asked to be
  // reported (a crime to report).
  { kind: 'emergency', lang: 'sv', cue: 'vi+ar+inlasta|jag+ar+inlast|vi+e+inlasta|lasta+in+oss|laste+in+oss|lasta+in+oss+i|har+last+in+oss', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'escape room', 'escaperoom', 'haha', 'lol'] },
  { kind: 'suicide', lang: 'en', cue: 'bought+rope|bought+a+rope|bought+some+rope|got+a+rope|have+a+rope+ready|have+the+rope', gap: 0, unless: [...EN_IN_GENERAL, ...FICTION, 'climbing', 'for the boat', 'tent', 'camping', 'the dog', 'skipping', 'jump rope', 'tow'] },
  { kind: 'domestic', lang: 'sv', cue: 'exman|exmannen|mitt+ex|exet|min+expojkvan|min+exfru|min+exsambo ska+doda+mig|dodar+mig|ska+ta+livet+av+mig|ska+morda+mig', gap: 14, unless: [...SV_IN_GENERAL, ...FICTION, 'haha', 'lol', 'skamt'] },
  { kind: 'domestic', lang: 'en', cue: 'who+i+live+with|i+live+with|we+live+together take+my+salary|takes+my+salary|took+my+salary|my+id+card|my+passport|my+papers', gap: 10, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'se', cue: 'boadnji|isit|guoibmi valdan+mu+passa|valdan+mu+balkka|valda+mu+passa|valda+mu+balkka', gap: 4, unless: SE_GENERAL_BUT_IF },
  { kind: 'report', lang: 'sv', cue: 'ringer+han+migrationsverket|ringer+migrationsverket|hotar+med+migrationsverket|hotar+att+ringa+migrationsverket', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'i+lordags|i+fredags|i+sondags|forra+helgen|i+torsdags|i+onsdags|i+tisdags|i+mandags kan+jag+anmala|vill+anmala|hur+anmaler+jag|vill+polisanmala', gap: 25, unless: [...SV_GENERAL, ...FICTION] },
  // From review204 (Tornedalen and Meänkieli- or Finnish-speaking families), first because other rules read them as a
  // crime to report, as an emergency or not at all: "anteeksi kaikki" (forgive me for everything) before the phone is
  // switched off, a father pulling the mother's hair now, a parent who controls everything and forbids going out.
  { kind: 'suicide', lang: 'sv', cue: 'anteeksi+kaikki|anteeks+kaikki|forlat+mig+for+allt|sorry+for+everything', gap: 0, unless: [...SV_IN_GENERAL, ...FICTION, 'haha', 'lol'] },
  { kind: 'domestic', lang: 'sv', cue: 'drar+i+mammas+har|drar+mamma+i+haret|drar+henne+i+haret|drar+i+hennes+har|drar+i+pappas+har|drar+honom+i+haret', gap: 0, unless: [...SV_IN_GENERAL, ...FICTION, 'haha', 'lol', 'lekte', 'leker'] },
  { kind: 'domestic', lang: 'sv', cue: 'kontrollerar+allt|kontrollerar+min+telefon|kontrollerar+mina+pengar|tar+min+telefon+och+mina+pengar far+inte+ga+ut|far+inte+traffa|far+inte+prata+med|straffar+mig', gap: 20, unless: [...SV_IN_GENERAL, ...FICTION, 'haha', 'lol', 'skoltid', 'laxorna'] },
  // From review205 (adults writing about school-age young people), first because other rules read them as violence by
  // someone close, as an emergency or not at all: a pupil who will bring a knife tomorrow, "shoot up the class", a
  // girl kicked in the head on Tuesday with the film spread, a boy beaten up by the boys who bully him (112, or the
  // reporting reply when it is over); weeks of threats from a pupil's father, a teacher or a coach who touched or
  // texted a pupil, an adult who gives a 14-year-old snus and spirits (a crime to report). "för att" and "när en" are
  // no question about the work here ("ska ta med kniv imorrn för att hämnas", "filmade när en tjej blev sparkad").
  { kind: 'emergency', lang: 'sv', cue: 'ska+ta+med+kniv|ska+ta+med+en+kniv|tar+med+kniv|tar+med+en+kniv|ska+ha+med+kniv', gap: 0, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, 'smorkniv', 'kniven till', 'slojden', 'pa utflykten', 'till lagret', 'till fisket', 'till jakten'] },
  { kind: 'emergency', lang: 'en', cue: 'shoot+up+the+class|shoot+up+the+school|shoot+up+school|shoot+everyone+at|shoot+up+my+class', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'the movie', 'the news'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sparkad+i+huvudet|sparkade+henne+i+huvudet|sparkade+honom+i+huvudet', gap: 0, unless: [...SV_GENERAL_BUT_REASON_OR_WHEN, 'i filmen', 'i serien', 'fotboll', 'matchen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'was+beaten+up+by+the|was+beaten+up+by+some|was+beaten+up+by+older|beaten+up+by+boys|beaten+up+by+kids|beaten+up+by+the+same', gap: 0, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'hotat+mig+i+flera+veckor|hotat+mig+i+veckor|hotat+mig+i+manader|har+hotat+mig+lange', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'star utanfor', 'ar har nu'] },
  { kind: 'report', lang: 'sv', cue: 'larare+har+tagit+pa|lararen+har+tagit+pa|tranaren+har+tagit+pa|ledaren+har+tagit+pa', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'ger+henne+snus|ger+henne+sprit|ger+henne+alkohol|ger+honom+sprit|ger+honom+snus|kopt+ut+till+henne', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'come+to+his+place+alone|to+his+place+alone|texting+her+late+at+night|texting+him+late+at+night|come+to+her+place+alone', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  // From review202 (danger mixed with an ordinary question, taken back, or told through a film, a game or a book), first
  // because other rules read them as a question about the promises, as fiction or not at all: a father with a rifle
  // out yelling at the mother, a farewell letter written and "ska göra det ikväll" after game talk, "that's what I
  // want to do" about a bridge, a friend's "goodbye, this is the end" with pills, Sami own thoughts after a film, an ex
  // who will "finish it like in the film" and sent a photo of the front door (Sami drafts); a man following girls home
  // from the bus stop (112, or the reporting reply when it is over).
  { kind: 'emergency', lang: 'en', cue: 'has+a+rifle+out|has+his+rifle+out|has+a+gun+out|has+his+gun+out|got+his+gun+out|got+a+gun+out|has+a+knife+out|pulled+a+knife|pulled+a+gun', gap: 0, unless: [...FICTION, 'in the game', 'in the movie', 'in the film', 'for hunting', 'cleaning'] },
  { kind: 'suicide', lang: 'sv', cue: 'skrivit+ett+brev+till|skrivit+ett+avskedsbrev|skrivit+avskedsbrev|skrivit+brev+till|orkar+int+mer|orkar+inte+mer ska+gora+det+ikvall|gor+det+ikvall|ska+gora+det+inatt|ska+gora+slut+ikvall', gap: 14, unless: [...SV_IN_GENERAL, ...FICTION, 'laxan', 'laxorna', 'provet', 'uppsatsen'] },
  { kind: 'suicide', lang: 'en', cue: 'thats+what+i+want+to+do|i+want+to+do+that+too|been+thinking+about+it+all+week|been+thinking+about+it+for+weeks bridge|jump|pills|rope|the+edge', gap: 20, unless: [...EN_IN_GENERAL, 'bungee', 'diving', 'dive', 'the pool', 'trampoline', 'parachute'] },
  { kind: 'suicide', lang: 'en', cue: 'photo+of+pills|picture+of+pills|pic+of+pills|this+is+the+end+with|goodbye+this+is+the+end', gap: 0, unless: [...EN_IN_GENERAL, 'season finale', 'the series', 'the show', 'the movie', 'the book', 'last day of school', 'graduation'] },
  { kind: 'suicide', lang: 'se', cue: 'mun+maid+jurddasan+dan|jurddasan+dan+juohke+ija|jurddasan+goddit+iezan|jurddasan+iezan+goddima|mun+maid+haliidan+jamit', gap: 0, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'mitt+ex|exet|min+exman|min+expojkvan|min+exkille|min+exfru|min+exflickvan bild+pa+min+ytterdorr|bild+pa+mitt+hus|bild+pa+min+dorr|bild+pa+var+dorr|vet+var+jag+bor|vet+var+vi+bor', gap: 30, unless: [...SV_IN_GENERAL, 'haha', 'lol'] },
  { kind: 'emergency', lang: 'en', cue: 'following+girls|follows+girls|following+children|following+kids|follows+kids|followed+my+daughter+home|followed+my+son+home', gap: 0, unless: [...EN_IN_GENERAL, 'on instagram', 'on tiktok', 'online'], reportWhenOver: true },
  // From review203 (violence, hate and threats outside the home), first because other rules read them as violence by
  // someone close, as a crime to report or not at all: an adult from an online game who knows the child's school and
  // writes that he is coming, stones thrown from the footbridge at more cars now, armed men shouting slurs outside the
  // hut, "nu slår han en ung kille", still followed down the street after the bar, a fan who punched the writer's
  // uncle (112); a wish to have it on record or documented, a report for someone else, older boys taking a son's
  // money or phone, a threatening note and a burned flag, "mii diehtit gos don orut", a gang demanding money (Sami
  // drafts; a crime to report).
  { kind: 'emergency', lang: 'sv', cue: 'blev+hotad|hotar+mig|hotade+mig|hotat+mig|skriver+att+han|skrev+att+han kommer+hit|ar+pa+vag+hit|e+pa+vag+hit|e+i+kiruna|ar+i+kiruna|star+utanfor', gap: 30, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'haha'] },
  { kind: 'emergency', lang: 'sv', cue: 'kastar+sten|kastar+stenar|kastar+is|kastar+flaskor fran|pa+bilar|pa+fler|star+kvar', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'snobollar', 'i sjon', 'i vattnet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'en+har+gevar|de+har+gevar|dom+har+gevar|en+av+dem+har+gevar|en+av+dom+har+gevar', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'jakten', 'algjakt', 'algjakten', 'jaktlaget', 'skyttet', 'skytteforeningen', 'licens', 'vapenlicens'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'nu+slar+han|nu+slar+hon|nu+slar+de|nu+slar+dom|och+nu+slar', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'i filmen', 'i serien', 'i spelet'] },
  { kind: 'emergency', lang: 'en', cue: 'still+following+us|still+following+me|theyre+following+us|are+following+us|keep+following+us', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'on instagram', 'on tiktok', 'on twitter', 'online', 'on social'] },
  { kind: 'emergency', lang: 'en', cue: 'punched+my|beat+up+my|attacked+my|headbutted+my|kicked+my uncle|dad|father|brother|sister|friend|son|daughter|mum|mom|mother|grandpa|grandma|cousin', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'in the game', 'playfully', 'going for the ball', 'during the game', 'during the match'], reportWhenOver: true, jokeable: true },
  { kind: 'report', lang: 'en', cue: 'want+it+on+record|want+this+on+record|want+it+recorded|want+it+documented|want+this+documented|like+it+on+record', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'vill+att+det+finns+dokumenterat|vill+att+det+ska+finnas+dokumenterat|vill+ha+det+dokumenterat|vill+att+det+dokumenteras|vill+ha+det+pa+papper', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'har+gatt+nu|har+stuckit|har+gatt+darifran|ar+borta+nu vill+anmala|vill+gora+en+anmalan|vill+polisanmala', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'report+it+for+him|report+it+for+her|report+it+for+them|report+on+his+behalf|report+on+her+behalf|report+it+on+his+behalf', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'older+boys|some+boys|older+kids|boys+from|girls+from|older+girls taking+his+money|took+his+money|taking+her+money|took+her+money|took+his+phone|took+her+phone|taking+his+phone', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'killar+fran|killarna+fran|nagra+killar|tre+killar|tva+killar|aldre+killar|tjejer+fran|nagra+tjejer tagit+hans|tog+hans|tar+hans|tagit+hennes|tog+hennes|tar+hennes', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'tog hans plats', 'tagit hans plats'] },
  { kind: 'report', lang: 'en', cue: 'note+threatening|threatening+note|left+a+note+threatening|flag+was+burned|flag+was+burnt|burned+the+flag|burnt+the+flag|burned+our+flag', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'se', cue: 'mii+diehtit+gos+don+orut|diehtit+gos+don+orut|mii+dihtet+gos+don+orut', gap: 0, unless: SE_GENERAL_BUT_WHAT_TO_DO_OR_IF },
  { kind: 'emergency', lang: 'se', cue: 'gaibida+ruda|gaibidit+ruda|gaibidedje+ruda|gaibidit+rudaid', gap: 0, unless: SE_GENERAL_BUT_WHAT_TO_DO_OR_IF, reportWhenOver: true },
  // From review200 (suicide and self-harm told indirectly in the dark season) and review201 (the outdoors in winter),
  // first because other rules read them as an emergency, as violence by someone close or not at all: a father who has
  // stopped eating, says he is a burden and has "sorted everything out", methods looked up, standing on the ice by open
  // water wanting it all to end (Sami; suicide); lost aurora tourists who cannot feel their fingers (Sami), a wife who
  // cannot feel her feet after the group lost the snowmobile guide (112); "we want him reported" (a crime to report).
  { kind: 'suicide', lang: 'en', cue: 'just+a+burden|only+a+burden|a+burden+to+everyone|a+burden+on sorted+everything|sorted+it+all|put+his+affairs|put+her+affairs|affairs+in+order|given+away|giving+away|the+lawyer|said+goodbye', gap: 20, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'bara+en+borda|bara+till+besvar|en+borda+for ordnat+allt|fixat+allt|gett+bort|ger+bort|advokaten|sagt+hejda|tagit+farval', gap: 20, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'looking+up+methods|looked+up+methods|researching+methods|googling+methods|googled+methods|reading+about+methods', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'teaching', 'study', 'studying', 'research methods', 'for my thesis', 'for my essay', 'methods for'] },
  { kind: 'suicide', lang: 'se', cue: 'haliidan+dusse+ahte+buot+nohka|haliidan+ahte+buot+nohka|buot+galga+nohkat|haliidan+jamit|in+haliit+eallit', gap: 0, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'eai+dovdda+suorpmaid|in+dovdda+suorpmaid|ii+dovdda+suorpmaid|eai+dovdda+julggiid|in+dovdda+julggiid|ii+dovdda+julggiid', gap: 0, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'ikte', 'haha', 'vaiban', 'valastallama'] },
  { kind: 'emergency', lang: 'sv', cue: 'ser+inga+spar|hittar+inte+tillbaka|gatt+vilse|har+gatt+vilse|kom+efter|tappat+bort+guiden|tappade+bort+guiden inte+kanner+fotterna|kanner+inte+fotterna|inte+kanner+fingrarna|kanner+inte+fingrarna|inte+kanner+handerna|kanner+inte+handerna|slutat+prata', gap: 30, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i fjol', 'forra vintern', 'haha'] },
  { kind: 'report', lang: 'en', cue: 'want+him+reported|want+her+reported|want+them+reported|want+it+reported|want+to+have+him+reported', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  // From review198 (neighbours and housing) and review199 (events and crowds), first because other rules read them as
  // violence by someone close or not at all: a bomb to be brought to the school dance tonight or under the stage (Sami
  // drafts too), people lying under a crowd pushing on the stairs, a drunk man punching people at random, two drunk men
  // who follow and touch (Sami), a CO alarm sounding with headaches, an old neighbour whose newspapers have piled up
  // since Saturday, someone trying the door now (Sami), a neighbour with a hunting rifle who said the writer is next;
  // car doors and door handles tried last night and a note saying "next time it's your face" (a crime to report).
  { kind: 'emergency', lang: 'sv', cue: 'ta+med+en+bomb|tar+med+en+bomb|har+en+bomb|en+bomb+under|placerat+en+bomb|lagt+en+bomb|spranga+skolan|spranga+dansen|spranga+konserten|spranga+hallen', gap: 0, unless: [...SV_GENERAL, ...FICTION, ...BOMB_THREAT_NEWS, 'ovning', 'ovningen', 'forra aret', 'i fjol', 'i filmen', 'en riktig bomb', 'smaker som en bomb', 'som en bomb', 'forra veckan', 'for ett tag sen'] },
  { kind: 'emergency', lang: 'en', cue: 'bring+a+bomb|bringing+a+bomb|a+bomb+under|a+bomb+in|planted+a+bomb|plant+a+bomb|blow+up+the+school|blow+up+the+venue|blow+up+the+dance', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...BOMB_THREAT_NEWS, 'drill', 'training', 'last year', 'the movie', 'the film', 'the game', 'da bomb', 'was a bomb', 'was the bomb', 'a bomb of', 'last week', 'a while back'] },
  { kind: 'emergency', lang: 'se', cue: 'bomba+bavkkiha|bomba+bavkkihit|bomba+bavkke|bavkkihit+skuvlla|bavkkiha+skuvlla', gap: 0, unless: [...SE_GENERAL, 'diibma', 'mii dahpahuvai', 'harjehallan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ligger+folk+under|folk+ligger+under|ligger+manniskor+under|trycks+ihjal|knuffar+bakifran|kan+inte+andas+i+trangseln|folk+trampas|trampar+pa+folk', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'i fjol', 'forra aret', 'haha'] },
  { kind: 'emergency', lang: 'en', cue: 'is+punching+people|punching+people|is+hitting+people|hitting+people|attacking+people|is+attacking+people|beating+people+up|headbutting+people', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'in the game', 'boxing', 'last year', 'yesterday', 'last night'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'cuvvot+min|cuvvot+mu|cuovvu+mu|cuovvu+min|cuvvo+mu guoskkahit|guoskkaha|guoskkahedje|veahket|ballan', gap: 10, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'boadnji', 'isit', 'eamit', 'telefovnna', 'telefuvnna'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'co+larm|colarm|co+larmet|colarmet|kolmonoxidlarm|kolmonoxidlarmet|brandvarnaren+och+co ont+i+huvudet|huvudvark|yr|yra|illamaende|mar+illa|jattetrotta|vill+bara+sova|svimmat', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'batteri', 'batteriet', 'testade', 'testat', 'igar', 'forra veckan'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte+tagit+in+tidningen|inte+tagit+in+tidningarna|inte+tagit+in+posten|tidningarna+har+samlats|tidningarna+ligger+kvar|ligger+fem+tidningar|ligger+flera+tidningar sen+i|sedan+i|pa+flera+dagar|i+flera+dagar|dagar|gardinen|svarar+inte|oppnar+inte', gap: 20, unless: [...SV_GENERAL, ...FICTION, 'flyttat', 'aldreboende', 'bortrest', 'pa semester', 'pa resa', 'hos sin dotter', 'hos sin son', 'pa sjukhus'] },
  { kind: 'emergency', lang: 'se', cue: 'geahccala+rahpat|geahcala+rahpat|geahccalit+rahpat|geahccalii+rahpat min+uvssa|mu+uvssa|uvssa|uvsa', gap: 3, unless: SE_GENERAL_BUT_WHAT_TO_DO, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'grannen|granne|grannarna jaktgevar|gevar|gevaret|vapen|bossa jag+ar+nasta|du+ar+nasta|ska+skjuta|skjuter+mig|skjuta+mig', gap: 20, unless: [...SV_GENERAL, ...FICTION, 'haha', 'lol'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'tried+all+the+car+doors|tried+all+the+door+handles|someone+tried+the+car+doors|someone+tried+the+door+handles|someone+tried+door+handles|someone+trying+door+handles|someone+trying+car+doors|someone+is+trying+the+door|someone+is+trying+car+doors', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'before i realized', 'before i realised', 'training cars', 'my toddler', 'mine was'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'next+time+its+your+face|next+time+it+will+be+your+face|your+face+is+next', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'haha', 'lol'], reportWhenOver: true },
  // From review195 (alcohol and drugs) and review196 (roads and travel in winter), first because other rules read them
  // as violence by someone close, as suicide, or not at all: a sister drunk who cannot be woken, shaking and seeing
  // bugs two days after stopping drinking, opioids mixed with alcohol and eyes that will not stay open, a school-bus
  // driver who smelled of alcohol and is driving the children now, a head injury after the car went into the ditch with
  // vomiting, a partner driving like a madman to scare, a sister who left six hours ago in bad weather and does not
  // answer (Sami drafts); engine running and a hose in (suicide); "háliidan addit dieđu / váidit" (a tip or a report).
  { kind: 'emergency', lang: 'se', cue: 'in+sahte+su+morihit|in+nagot+su+morihit|in+sahte+morihit|ii+moriha|ii+morihuvvo|ii+gavnna+morihit', gap: 0, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'en', cue: 'cold+turkey|stopped+drinking|quit+drinking seeing+bugs|seeing+things|hallucinating|shaking+so+hard|having+a+seizure|had+a+seizure|cant+stop+shaking', gap: 30, unless: [...EN_GENERAL, ...FICTION, 'years ago', 'last year', 'was shaking', 'the first days'] },
  { kind: 'emergency', lang: 'en', cue: 'oxy|oxycodone|opioids|opiates|pills|benzos|xanax|fentanyl|tramadol|methadone|heroin barely+keep+my+eyes+open|cant+keep+my+eyes+open|cant+stay+awake|keep+nodding+off|keeps+nodding+off|barely+breathing|can+barely+breathe', gap: 20, unless: [...EN_GENERAL, ...FICTION, 'boring', 'the movie', 'lecture'] },
  { kind: 'emergency', lang: 'sv', cue: 'luktade+sprit|luktar+sprit|luktade+alkohol|luktar+alkohol|var+full|verkar+full|verkade+full|ar+full|var+packad|var+helt+packad|helt+packad bussen+ar+pa+vag|ar+pa+vag+nu|kor+nu|kor+just+nu|pa+vag+till+skolan+nu|kor+barnen|kor+han+barnen|kor+hon+barnen|nu+kor+han|nu+kor+hon|nu+aker+han|nu+aker+hon|barn+i+bilen|barnen+i+bilen', gap: 20, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, 'igar', 'forra veckan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'slog+i+huvudet|slagit+i+huvudet|slog+huvudet|slagit+huvudet yr|jatteyr|krakts|kraks|spytt|spyr|medvetslos|forvirrad|minns+inget', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'igar', 'forra veckan', 'forra aret', 'haha', 'i fredags', 'i lordags', 'i sondags', 'for nagra dagar sen', 'vardcentralen', '1177'] },
  { kind: 'domestic', lang: 'sv', cue: 'min+sambo|sambon|min+man|min+kille|min+pojkvan|min+fru|min+flickvan kor+som+en+galning|ska+kora+in+i|kor+rakt+mot|hotar+att+kora+in+i|gasar+och+skriker', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'haha', 'lol'] },
  { kind: 'suicide', lang: 'en', cue: 'engine+running|motor+running|car+running hose+in|the+hose|a+hose|hose+from+the+exhaust|pipe+from+the+exhaust', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'garden hose', 'car wash', 'washing'] },
  { kind: 'suicide', lang: 'sv', cue: 'slangen+i+avgasroret|slang+i+avgasroret|slang+fran+avgasroret|slangen+fran+avgasroret', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'ii+vastit+telefovdnii|ii+vastit+telefuvdnii|ii+vastit+telefovnnii|ii+vastit|ii+vastte dalki|heittot|galmmas|bissu|seavdnjat|borga|borggas', gap: 10, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'report', lang: 'se', cue: 'haliidan+addit+diedu|hallan+addit+diedu|haliidan+vaidit|hallan+vaidit|haliidan+vaiddit', gap: 0, unless: [...SE_GENERAL, 'dal son', 'dal sii', 'dal okta', 'veahkki', 'veahket', 'vaidit suohkanii', 'vaidit suohkana', 'addit diedu suohkanii'] },
  // From review197 (fraud, scams and money), first because other rules read them as a crime to report, as violence by
  // someone close or not at all: a fake bank or police courier on the way or at the door to fetch a parent's cards, a
  // parent still on the phone with a "fraud team", "åklagare" or "säkerhetsavdelning" and about to move the money, a
  // mother on her way to the bank to take out money "they" will keep safe (112: the crime is going on); a man who said
  // he would set fire to the car on Friday and whose car is outside now; "I have the pills here" after a scam (Sami
  // drafts). An ex who will post nude pictures unless paid, a partner who takes the pay and threatens (violence by
  // someone close); pictures to be sent unless a teenager pays, money gone after a call "from the bank", "háliidan
  // dieđihit" (a crime to report).
  { kind: 'emergency', lang: 'en', cue: 'courier+is+coming|courier+coming|courier+is+on+the+way|courier+will+come|courier+is+at|courier+at+the+door|someone+is+coming|man+is+coming to+pick+up|to+collect|to+fetch|pick+up|collect|fetch her+cards|his+cards|my+cards|the+cards|bank+cards|cards|bankid', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'would the police ever', 'do the police ever', 'never send', ...EN_SCAM_WARNING, 'share this', 'please share', 'from the post office', 'postnord', 'new cards', 'new card', 'birthday cards', 'christmas cards', 'i gave them', 'i realise now', 'i realize now'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bud+fran+banken|bud+fran+polisen|ar+bud|ett+bud|budet|en+kurir|kuriren|nan+som|nagon+som ska+hamta|kommer+och+hamtar|kommer+for+att+hamta|hamtar|vill+hamta hennes+kort|hans+kort|mina+kort|kort|korten|kortet|bankkort|bankkorten', gap: 3, unless: [...SV_GENERAL, ...FICTION, ...SV_SCAM_WARNING, 'falska poliser ringer runt', 'skulle polisen', 'hamtar aldrig', 'aldrig hamta', 'julkort', 'julkorten', 'paketet', 'postnord', 'nytt kort', 'nya kort', 'spelkort'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'boahta+viezzat|bohtet+viezzat|boahta+vieccat bankkoarttaid|koarttaid|bankkoartta|koartta|bankid', gap: 3, unless: SE_GENERAL_BUT_WHAT_TO_DO, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'on+the+phone|still+on+the+line|still+on+the+phone|on+the+line fraud+team|security+team|security+department|safe+account|courier|move+her+money|move+his+money|move+the+money|transfer+her+money|transfer+his+money|transfer+the+money', gap: 14, unless: ['i gave them', 'i realise now', 'i realize now', ...EN_GENERAL, ...FICTION, 'hung up', ...EN_SCAM_WARNING, 'share this', 'please share', 'would the police ever'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'i+telefon|i+telefonen|i+luren pa+ett+sakert+konto|till+ett+sakert+konto|sakert+konto|sakerhetsavdelning|sakerhetsavdelningen|fora+over+sina+pengar|for+over+sina+pengar|flytta+sina+pengar|flytta+pengarna|sina+pengar+inte+ar+sakra', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'lade pa', 'la pa', ...SV_SCAM_WARNING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sakerhetsavdelning|sakerhetsavdelningen|sakert+konto|bankid|aklagare|polis kvar+i+luren|kvar+i+telefonen|fortfarande+i+telefonen|fortfarande+kvar|kvar+i+telefon|e+kvar+i+luren', gap: 20, unless: [...SV_GENERAL, ...FICTION, 'lade pa', 'la pa', ...SV_SCAM_WARNING], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'lea+telefuvnnas+dal|leat+telefuvnnas+dal|lea+telefovnnas+dal rudat|ruda|ruhtadat|bankkoartta|bankkoarttaid|sirdit|oadjebasat', gap: 14, unless: SE_GENERAL_BUT_WHAT_TO_DO, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'pa+vag+till+banken|pa+vag+till+bankomaten|ivag+till+banken ska+forvara|skulle+forvara|forvara+dem|forvara+at|forvaras|sakert+konto|for+att+skydda', gap: 14, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, ...SV_SCAM_WARNING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'kvar+i+luren|kvar+i+telefonen|fortfarande+i+telefonen|fortfarande+i+luren maste+gora+det|stoppa+en+betalning|stoppa+betalningen|logga+in|loggat+in|bankid|sakert+konto', gap: 14, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, ...SV_SCAM_WARNING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'tander+han+pa|tander+de+pa|tander+dom+pa|tanda+eld+pa|satter+eld+pa|branner+han+upp|han+ska+tanda+pa star+en+bil+utanfor|star+det+en+bil+utanfor|star+han+utanfor|star+dom+utanfor|star+de+utanfor|ar+har+nu', gap: 30, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'i+have+the+pills+here|ive+got+the+pills+here|the+pills+are+right+here|i+have+the+pills+ready|i+have+pills+here|got+the+pills+here', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'for my headache', 'vitamin', 'vitamins', 'the dog'] },
  { kind: 'domestic', lang: 'sv', cue: 'mitt+ex|mitt+x|exet|min+expojkvan|min+exflickvan|min+exkille|min+extjej|min+exman|min+exfru lagger+ut|lagga+ut|sprider|sprida|skickar|skicka|publicerar nakenbilder|nakenbild|nakenfilm|bilder+pa+mig|filmer+pa+mig', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'sambo|sambon|min+man|min+kille|min+pojkvan|min+fru|min+flickvan|min+partner ska+fa+se+vad+som+hander|far+se+vad+som+hander|ska+fa+angra+mig|kommer+att+fa+angra', gap: 40, unless: [...SV_GENERAL, ...FICTION, 'haha', 'lol', 'julklapp', 'julklappen', 'overraskning', 'overraskningen'] },
  { kind: 'report', lang: 'en', cue: 'send+them+to|post+them|share+them|send+it+to|post+it|spread+them|send+the+pics|send+the+pictures|post+the+pics if+i+dont+pay|unless+i+pay|if+i+dont+send|if+i+dont+give', gap: 10, unless: [...EN_GENERAL, ...FICTION, 'the bill', 'the rent'] },
  { kind: 'report', lang: 'en', cue: 'from+the+bank|from+my+bank|from+the+police|from+her+bank|from+his+bank all+gone|its+gone|money+is+gone|took+everything|emptied+my|emptied+her|emptied+his|drained+my', gap: 20, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'se', cue: 'haliidan+diedihit|hallan+diedihit|haliidan+dieddihit', gap: 0, unless: SE_GENERAL },
  // From review194 (violence and control in close relationships told indirectly; the Sami drafts): "sa att nästa gång
  // går det illa", a woman screaming and something breaking behind the wall with children there, a friend who texted
  // "he's back" about the man she has a restraining order against and no longer answers, locked in by a drunk partner.
  { kind: 'domestic', lang: 'sv', cue: 'sa+att|sager+att|hotade+med+att nasta+gang+gar+det+illa|nasta+gang+blir+det+varre|da+gar+det+illa', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'lararen', 'chefen', 'tranaren', 'provet', 'matchen', 'grannen', 'grannarna'] },
  { kind: 'emergency', lang: 'se', cue: 'gulan|gullen|gullat seainni+duohken|seinni+duohken curvo|cuorvu|cuorvot|cuvkkii|cuvke|bieru', gap: 8, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'filbma', 'filmma', 'haha', 'hockey', 'vuoita', 'ciekca', 'spealu'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'hes+back|he+is+back|shes+back|doesnt+answer|not+answering restraining+order|contact+ban|no+contact+order', gap: 20, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'restraining+order|contact+ban|no+contact+order hes+back|he+is+back|shes+back|doesnt+answer|not+answering|is+outside|is+here', gap: 20, unless: [...EN_GENERAL, ...FICTION, 'how do i get', 'how do you get', 'apply for'] },
  { kind: 'emergency', lang: 'se', cue: 'lohkadii+uvssa|lohkkadii+uvssa|lohkai+uvssa in+beasa+olggos|in+sahte+vuolgit|in+beasa', gap: 4, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  // From review193 (children writing themselves): a man in a van who asked a child to get in at the school (a crime to
  // report when the child is home), a father with the knife who has locked the mother out on the balcony now.
  { kind: 'emergency', lang: 'en', cue: 'asked+me+to+get+in|tried+to+get+me+in|wanted+me+to+get+in|told+me+to+get+in|tried+to+get+me+into', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'the taxi', 'uber', 'my mum', 'my mom', 'my dad', 'the bus driver'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'han+har+kniven|han+har+en+kniv|hon+har+kniven|hon+har+en+kniv|har+kniven+i+handen|har+en+kniv+i+handen', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'i koket', 'lagar mat', 'potatis', 'brodet', 'julskinkan', 'tartan', 'smoret', 'skar upp', 'slojd', 'slojden', 'tappade', 'om jag berattar'], reportWhenOver: true },
  // From review192 (workplaces), first because other rules read them as violence by someone close or not at all: a
  // robbery at the shop just now with no one hurt, a man who threatened to cut the writer's throat waiting outside the
  // kiosk now, a cook whose skin comes off after a burn, a worker locked in the freezer by the boss, a hotel cleaner
  // hiding in the bathroom from a guest banging on the door; a supervisor who keeps touching a worker and a boss who
  // lets people drive forklifts drunk (crimes to report).
  { kind: 'emergency', lang: 'sv', cue: 'ran|ranet|ranad|ranade|ranat nyss|just+nu|alldeles+nyss|precis', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i helgen', 'forra veckan', 'pa skattepengar', 'ranade pa'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skara+halsen+av|skar+halsen+av|skara+halsen|skar+halsen nu|utanfor|vantar|star+utanfor|sitter', gap: 16, unless: [...SV_GENERAL, ...FICTION, 'fisken', 'kycklingen', 'i filmen', 'i serien'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'huden+lossnar|huden+slapper|huden+gar+av|skinnet+lossnar|skinnet+slapper|huden+lossnade', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'solbrand', 'solbrann', 'efter solen', 'flagnar', 'fotterna', 'handkram', 'torr hud'] },
  { kind: 'emergency', lang: 'sv', cue: 'last+in+mig|laste+in+mig|stangt+in+mig|stangde+in+mig i+frysrummet|i+frysen|i+kylrummet|i+kylen|jattekallt|iskallt', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'escape room', 'escaperoom', 'haha', 'lol'] },
  { kind: 'report', lang: 'sv', cue: 'anmala+anonymt|tipsa+anonymt|anmaler+anonymt|anonymt+tips kora+truck|kor+truck|kora+bil|fulla|berusade|onyktra|dricker|dricka|pa+jobbet', gap: 14, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'im+in+the+bathroom|im+hiding|locked+myself+in|im+locked+in he+is+banging|hes+banging|banging+on+it|banging+on+the+door|trying+to+get+in', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'the kids', 'my kids', 'my son', 'my daughter', 'toddler', 'the dog', 'haha', 'lol', 'my husband', 'my boyfriend', 'my wife'] },
  { kind: 'report', lang: 'en', cue: 'supervisor|boss|manager|coworker|colleague|foreman keeps+touching|touching+me|touched+me|groping|groped|keeps+cornering+me|cornered+me', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'touching base', 'touched base', 'touching on'], reportWhenOver: true },
  // From review191 (older residents in the dark and icy season), first because other rules read them as a crime to
  // report or not at all: a mother with Alzheimer's gone from the house without her coat, a father scared of the son
  // who drains his account, a grandfather who fell yesterday and today understands nothing and cannot speak properly,
  // "In dáhto šat eallit" (Sami, drafts), two men who knock on old people's doors saying they are from the power company
  // (a tip to the police).
  { kind: 'emergency', lang: 'en', cue: 'alzheimers|alzheimer|dementia shes+gone|hes+gone|is+gone|is+missing|went+out|wandered+off|wandered+out|left+her+coat|left+his+coat|without+her+coat|without+his+coat|without+a+coat|door+was+open', gap: 14, unless: [...EN_GENERAL, ...FICTION, ...WANDERING_PREVENTED, ...EN_GONE_BUT_BACK] },
  { kind: 'emergency', lang: 'en', cue: 'shes+gone|hes+gone|is+gone|is+missing|wandered+off|wandered+out|left+her+coat|left+his+coat|without+her+coat|without+his+coat alzheimers|alzheimer|dementia', gap: 14, unless: [...EN_GENERAL, ...FICTION, ...WANDERING_PREVENTED, ...EN_GONE_BUT_BACK] },
  { kind: 'domestic', lang: 'en', cue: 'dad+is|mum+is|mom+is|mother+is|father+is|grandma+is|grandpa+is|gran+is|nan+is scared+of+him|scared+of+her|afraid+of+him|afraid+of+her|terrified+of+him|terrified+of+her', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'dog', 'the dog', 'spider', 'santa', 'the cat', 'horse', 'the vacuum', 'haha', 'lol'] },
  { kind: 'emergency', lang: 'se', cue: 'ii+sahte+hallat+riekta|ii+sahte+hupmat+riekta|ii+nagat+hallat|ii+adde+maidege|ii+ade+maidege', gap: 0, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'gillii', 'giela', 'gielas', 'matematihka', 'ruovttubargu', 'ruovttubarggu', 'haha'] },
  { kind: 'suicide', lang: 'se', cue: 'in+dahto+sat+eallit|in+dato+sat+eallit|in+dahto+eallit|in+haliit+sat+eallit|in+hallit+sat+eallit|in+halit+sat+eallit', gap: 0, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'knackar+dorr|knackade+dorr|knackar+pa|ringer+pa+hos|gar+runt och+sager+att+de+ar+fran|och+sager+sig+vara|och+utger+sig|utger+sig+for|och+pastar+att+de+ar+fran|sager+att+de+ar+fran', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'scouterna', 'lussetaget', 'lucia', 'julkort', 'insamling', 'valarbetare', 'hemtjansten', 'hemtjanst'] },
  // From review190 (Sami life and reindeer herding in winter), first because other rules read them as a crime to report,
  // as violence by someone close or not at all: men outside the hut who have smashed the car's window, the writer alone
  // with the children; a father on the railway embankment with the next train due; a brother gone to the reindeer since
  // last night at −35 who does not answer; alone on the fell with a broken snowmobile, lost and cold, a brother with a
  // rifle who says he will shoot himself, drunk men who threaten to burn the hut, a child told on Snapchat that they
  // will kill her dog (Sami, drafts); men who followed a daughter home every day this week, a tourist who hit a son with
  // a ski pole this morning (crimes to report).
  { kind: 'emergency', lang: 'sv', cue: 'slagit+sonder|slar+sonder|slog+sonder|krossat|krossar|krossade rutan|rutorna|fonstret|fonstren|bilen|min+bil ensam+har|ensam+hemma|med+ungarna|med+barnen|med+barna', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i natt', 'i helgen', 'forra veckan', 'forsakringen'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'pa+banvallen|pa+sparet|pa+ralsen|pa+jarnvagen nasta+tag|ett+tag+kommer|tag+kommer|taget+kommer|malmtaget+kommer', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'tidtabell', 'tidtabellen', 'forsenat', 'forsenad', 'installt', 'enklast', 'tanker att', 'orkar inte', 'vill do'] },
  { kind: 'emergency', lang: 'sv', cue: 'har+inte+hort+av+sig|har+int+hort+av+sig|hor+inte+av+sig|har+inte+kommit+hem|har+int+kommit+hem|har+inte+kommit+tillbaka svararen|svarar+inte|svarar+int|minus|kallt|iskallt|grader|kylan|35|40|30', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'minuter', 'kronor', 'procent', 'forsakringskassan', 'hyresvarden', 'handlaggaren', 'kommunen', 'banken', 'jobbet', 'skolan har', 'paketet', 'brevet'] },
  { kind: 'emergency', lang: 'se', cue: 'in+diede+gos+lean|in+diede+gos+mun+lean|lean+okto+duoddaris|okto+duoddaris galmmas|galbma|galbmon|galmmiid|unnan+fapmu|fapmu+nohka|billasuvvan|billasuvai', gap: 12, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'suicide', lang: 'se', cue: 'aigu+bahcit+iezas|aiggu+bahcit+iezas|aigu+goddit+iezas|aiggu+goddit+iezas|bahcit+iezas|goddit+iezas|bahcca+iezas', gap: 0, unless: [...SE_GENERAL, 'calii munnje', 'cale munnje', 'ahte galggan', 'ahte galggat', 'ahte don galggat', ...SE_DOG_TOY] },
  { kind: 'emergency', lang: 'se', cue: 'aitet|aita|aitaba|aitiba|aitte boaldit|boaldime|boaldin', gap: 2, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'spealus', 'speallu', 'haha'], reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'calii|calle|calai|calaje|calii+snapchattas|calii+snapchatas ahte+sii+gottet|ahte+sii+goddet|ahte+son+godda|ahte+gottet|ahte+goddet', gap: 4, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'report', lang: 'en', cue: 'have+followed|has+followed|followed|have+been+following|has+been+following my+daughter|my+son|our+daughter|our+son|my+kid|my+kids|my+girl|my+boy home|from+school|to+school', gap: 3, unless: [...EN_GENERAL, ...FICTION, ...EN_FOLLOWING_HARMLESS, 'the dog', 'our dog', 'a cat', 'the cat', 'a puppy', 'a reindeer'] },
  { kind: 'emergency', lang: 'sv', cue: 'slog|sparkade|knuffade en+av+dom|en+av+dem|turisten|en+turist|foraren honom|henne|min+son|min+dotter', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'i matchen', 'pa tennis', 'i schack', 'i kortspel'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'en+av+dom|en+av+dem|turisten|turisterna|en+turist|foraren slog|sparkade|knuffade honom|henne|min+son|min+dotter', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'i matchen', 'pa tennis', 'i schack', 'i kortspel'], reportWhenOver: true },
  // From review189 (nightlife in December), first because other rules read them as violence by someone close or not at
  // all: a video of a friend passed out and half-naked being shared, a friend too drunk to say no pulled into a room, a
  // man who has locked the car doors and will not let the writer out, a man standing in the door so that the writer
  // cannot leave a party (someone close there: the rules for that), friends who walked home from a party in the night
  // and do not answer.
  { kind: 'report', lang: 'en', cue: 'naked|nude|top+off|topless|undressed|passed+out sharing|spreading|posting|shared|spread|posted|sent+around|sending+it', gap: 12, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'art class', 'painting', 'statue', 'baby', 'toddler', 'sauna', 'not breathing', 'wont wake', 'cant wake', 'unconscious'] },
  { kind: 'emergency', lang: 'sv', cue: 'for+full+for+att+saga+nej|for+full+att+saga+nej|for+packad+for+att+saga+nej|kan+inte+saga+nej|orkar+inte+saga+nej|for+full+for+att+sta|for+full+for+att+ga', gap: 0, unless: [...SV_GENERAL.filter((phrase) => phrase !== 'for att'), ...FICTION, 'sista kakan', 'kakan', 'godis', 'glass', 'pizza', 'tarta', 'tartan', 'jobb', 'jobbet', 'extrapass', 'pass'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'drar|drog|bar|knuffar|knuffade henne|honom|min+kompis|kompisen|mig in+i+ett+rum|i+ett+rum|in+i+sovrummet|till+ett+rum|in+pa+toa|in+pa+toaletten|ut+pa+baksidan', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'blojan', 'blojbyte', 'sova', 'somna', 'vila', 'spy', 'spydde', 'mamma', 'pappa', 'sjukskoterskan', 'vakterna', 'vakten'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'har+last+dorrarna|lastt+dorrarna|laste+dorrarna|vill+inte+slappa+av+mig|slapper+inte+av+mig|slapper+inte+ut+mig|vill+inte+slappa+ut+mig|kor+inte+dit+han+sa|kor+inte+dit+jag+sa', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'bussen', 'busschauffor', 'busschaufforen', 'chaufforen', 'hallplatsen', 'barnlas', 'barnlaset', 'katten', 'hunden', 'motorn', 'garaget', 'avgaserna'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'is+blocking+the+door|blocking+the+doorway|standing+in+the+door|standing+in+the+doorway|standing+in+the+kitchen+door', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...EN_FORMER_PARTNERS, 'my dad', 'my father', 'my stepdad', 'my mother', 'my brother', 'toddler', 'baby', 'my son', 'my daughter', 'the kids', 'my kids', 'dog', 'puppy', 'cat', 'kitten', 'boss', 'grandma', 'grandpa', 'my mum', 'my mom', 'haha', 'lol', 'snow', 'storm'] },
  { kind: 'emergency', lang: 'en', cue: 'left|walked|went after+party|afterparty|party|the+party|the+pub|the+bar|the+club no+answer|phones+off|phones+are+off|phone+is+off|phone+off|not+answering|cant+reach', gap: 24, unless: [...EN_GENERAL, ...FICTION, 'found them', 'they got home', 'she got home', 'he got home', 'just texted', 'all good', 'theyre fine', 'hes fine', 'shes fine', 'asleep at'] },
  // From review187 (digital control and stalking), first because other rules read them as a crime to report or as
  // someone close: someone standing outside the window or the door now, who knew where the writer had been or has
  // moved (Sami, drafts); an ex who has just walked into the shop; a photo of one's front door and someone heard now;
  // "has he a tracker on me?"; a child's location sent to a stranger (Sami, a draft); a partner who threatens to share
  // nude pictures if one leaves (a draft). (A grown man online who has a child's location: last in R104_LAST.)
  { kind: 'emergency', lang: 'sv', cue: 'star|stod nan|nagon|en+man|en+kille|han|hon utanfor mitt+fonster|fonstret|min+dorr|dorren|mitt+hus|huset', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...SV_EXPECTED_VISITOR, 'lucia', 'luciataget', 'lussetaget', 'sjunger', 'julsanger', 'skottar', 'snogubbe', 'renen', 'renar', 'algen', 'raven', 'katten', 'hunden', 'budet', 'postbudet', 'grannen', 'taxin', 'och vantar pa', 'hamtar mig', 'skjuts'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hjalp han+ar+har|hon+ar+har|dom+ar+har|de+ar+har|han+ar+utanfor|hon+ar+utanfor', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'haha', 'tomten', 'julklapparna', 'paketet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'olggobealde lea+olmmos|lea+olbmo|lea+muhtin|lea+okta+olmmai|lea+olmmai dal', gap: 1, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'boazu', 'bohccot', 'beana', 'gahtu', 'juovlastallu', 'juovllat'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'cuozzu|cuzzo mu+uvssa|uvssa+lahka|mu+uvssa+olggobealde|mu+glasa|glasa+olggobealde', gap: 2, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'boazu', 'bohccot', 'beana', 'gahtu', 'juovlastallu'], reportWhenOver: true },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} just+walked+in|just+came+in|just+showed+up|is+here|is+outside|is+by+the+entrance|is+at+the+door|turned+up`, gap: 2, unless: [...EN_GENERAL, ...FICTION, 'and we', 'were friends', 'were still friends', 'to pick up', 'pick up the kids', 'to get the kids', 'to fetch', 'his stuff', 'her stuff', 'drunk', 'drove off', 'drove away', 'took our', 'took my', 'to collect'] },
  { kind: 'emergency', lang: 'en', cue: 'i+think+i+hear+someone|i+can+hear+someone|i+hear+someone|someone+is+trying+to+get+in|someone+trying+to+get+in|someone+is+in+my+house|someone+in+my+house', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'neighbour', 'neighbor', 'upstairs', 'singing', 'snoring', 'on the phone', 'on tv', 'in the movie', 'in the game', 'my husband', 'my wife', 'my kids', 'the kids', 'santa', 'haha'] },
  { kind: 'domestic', lang: 'sv', cue: 'har+han|har+hon|har+mitt+ex|har+exet|har+min+sambo|har+min+kille|har+min+man nan|nagon|en|ett sparning|sparare|sparsandare|gps|gpssandare|airtag|sparapp|sparprogram pa+mig|pa+min|i+min|pa+mitt|i+mitt', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'pa hunden', 'pa katten', 'vi kom overens', 'kom overens om'] },
  { kind: 'report', lang: 'se', cue: 'sadden|saddii|sadde|lea+sadden iezas+baikki|su+baikki|baikki amas+olbmui|amasii|amas+olmmoi', gap: 1, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'aita|aitta|aitii|aitaba juohkit|almmustit|bidjat|biddjat|vuosehit govaid|alas+govaid|mu+govaid jus+mun+guodan|jus+guodan|jus+mun+earan|jus+earan|jus+mun+vuolggan', gap: 6, unless: SE_GENERAL_BUT_IF },
  // From review185 (school before the Christmas holidays), first because other rules read them as a crime to report or
  // as someone close: a friend's thanks for everything and "förlåt" and no answer, pills at a party and throwing up, a
  // gang that will "ta" a son tonight and sends pictures of knives, a planned fight with a knife (Sami, a draft).
  { kind: 'suicide', lang: 'sv', cue: 'tackade+for+allt|tack+for+allt|tackar+for+allt ta+hand+om|katten|hennes+katt|hans+katt|forlat|svarar+inte|svarar+hon+inte|svarar+han+inte|laser+inte|laser+hon+inte', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'julkort', 'avtackning', 'pension', 'pensionen', 'sista arbetsdagen', 'kollegor', 'kollegorna', 'flyttar', 'flyttade', 'festen', 'maten', 'presenten', 'tack for allt kiruna', 'ta hand om er'] },
  { kind: 'emergency', lang: 'en', cue: 'a+bunch+of+pills|a+whole+bunch+of+pills|a+handful+of+pills|lots+of+pills|loads+of+pills throwing+up|can+barely|cant+wake|wont+wake|at+this+party|at+the+party|at+a+party', gap: 8, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'vitamins', 'last year', 'years ago'] },
  { kind: 'emergency', lang: 'sv', cue: 'ett+gang+pa+skolan|ganget+pa+skolan|ett+gang|ganget|killarna ska+ta+honom|ska+ta+henne|ska+ta+mig|ska+ge+sig+pa+honom|ska+ge+sig+pa+mig', gap: 4, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'i helgen', 'forra veckan', 'i fotboll', 'matchen', 'i spelet', 'pa bio', 'simhallen', 'bussen'] },
  { kind: 'emergency', lang: 'se', cue: 'aigot+doarrut|aigot+doarrudit|aigu+doarrut|doarrut|doarrudit niibi|niibbi|nibi', gap: 10, unless: SE_GENERAL },
  // From review186 (hate and threats against groups), first because the rules for someone close or for a crime to report
  // read them otherwise: an attack on a bus going on now, stones thrown at the window now, a fire in the letterbox.
  { kind: 'emergency', lang: 'sv', cue: 'bussen|pa+bussen|i+bussen|bussen+mot skriker+at|skriker+ut|knuffa|knuffar|borjat+knuffa|slar|sparkar|tar+tag+i|drar+i', gap: 14, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'igar', 'i helgen', 'forra veckan', 'busskort', 'busstider'] },
  { kind: 'emergency', lang: 'en', cue: 'on+the+bus|on+a+bus|the+airport+bus|bus+1|bus+2|bus+3|on+bus screaming+at|yelling+at|just+grabbed|grabbed+the|is+being+kicked|being+kicked|kicking|punching|hitting+a|shoving|attacking', gap: 10, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'yesterday', 'last week', 'last night', 'the news', 'bus pass', 'timetable'] },
  { kind: 'emergency', lang: 'se', cue: 'bussas|bussa|bussii olmmai|olbmot|nuorat|bardni cabma|caska|casket|cabme|coarvu|cuorvu', gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kastar+sten|kastar+stenar|kastar+snoboll|kastar+isbitar pa+vart+fonster|pa+fonstret|pa+vara+fonster|mot+fonstret|mot+vart+fonster|pa+huset', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i helgen', 'forra veckan', 'i veckan', 'hande i', 'vill anmala', 'kastat sten'] },
  { kind: 'emergency', lang: 'sv', cue: 'det+brinner|brinner|nan+har+tant+eld|nagon+har+tant+eld i+brevinkastet|brevinkastet|i+dorren|vid+dorren|i+trapphuset', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i helgen', 'forra veckan', 'ljus', 'ljuset'] },
  // From review182, first because the groping rules read them as a crime to report: someone dragged away who says no.
  { kind: 'emergency', lang: 'sv', cue: 'sager+nej|sa+nej|skriker+nej|vill+inte drar|slapar|drog+ut|drar+ut|slapar+ut|drar+ivag|slapar+ivag', gap: 4, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'hunden', 'vagnen', 'pulkan', 'tanden', 'kalkon'] },
  { kind: 'emergency', lang: 'en', cue: 'says+no|said+no|screaming+no|saying+no dragging|pulling+her|pulling+him|drags|dragged+her|dragged+him', gap: 4, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'the dog', 'sled', 'tooth', 'wagon', 'should she have', 'should he have', 'should i have', 'should have done', 'what would you do'] },

  // From review176 (worries about someone else), first because the rules for someone close read them otherwise: a
  // classmate who cut herself again and swore one to silence, a friend's self-harm shown tonight ("next time he'll go
  // deeper"), "om jag inte svarar imorgon så vet ni varför", a colleague grateful for everything who asks that her cat be
  // looked after, a classmate who will bring his father's rifle to school, a friend who has nothing left and is
  // "sorting it out", a story with pills and "nu räcker det".
  { kind: 'suicide', lang: 'sv', cue: 'har+skurit+sig|skar+sig+igen|skurit+sig+igen|skadar+sig+igen inte+far+saga|far+inte+saga|inte+saga+nat|sa+att+jag+inte', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'self+harming|self+harm|cutting showed+me+the+cuts|go+deeper|cut+deeper', gap: 12, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'sa+vet+ni+varfor|da+vet+ni+varfor|sa+vet+du+varfor|da+vet+du+varfor', gap: 0, unless: FICTION },
  { kind: 'suicide', lang: 'sv', cue: 'tacksam+for+allt|tackar+for+allt ta+hand+om+hennes|ta+hand+om+hans|ta+hand+om+min|svarar+inte', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'flyttar', 'slutar', 'pension'] },
  { kind: 'emergency', lang: 'sv', cue: 'ta+med|tar+med|ska+ta+med jaktgevar|gevar|gevaret|vapen|vapnet|pistol|kniv|kniven|bossan till+skolan|till+skolan+imorgon', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'luciatag', 'skolavslutning', 'slojden', 'slojd', 'hemkunskapen', 'matlagning'] },
  { kind: 'suicide', lang: 'en', cue: 'has+nothing+left|have+nothing+left sorting+it+out|end+it|ending+it', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'in the fridge', 'in the bank', 'to lose'] },
  { kind: 'suicide', lang: 'sv', cue: 'en+massa+tabletter|massa+tabletter|massa+piller|alla+tabletter|alla+piller|burk+med+tabletter nu+racker+det|orkar+inte+mer', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  // From review177 (men who say little), first because the emergency rules read a rifle as danger to others: a father
  // with the moose rifle in his lap, "Bössan är kvar", "how easy it would be", the life insurance checked, the rifle
  // cleaned tonight after losing job and wife, affairs put in order and a goodbye.
  { kind: 'suicide', lang: 'sv', cue: 'algstudsaren|studsaren|bossan|gevaret|vapnet|hagelbossan i+knat|i+handen|framfor+sig|mot+sig+sjalv', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'putsar', 'rengor', 'jakten', 'jaktlaget', 'jakt', 'algen', 'passet', 'pa passet', 'skjutbanan'] },
  { kind: 'suicide', lang: 'sv', cue: 'bossan+ar+kvar|bossan+finns+kvar|gevaret+ar+kvar|vapnet+ar+kvar|studsaren+ar+kvar', gap: 0, unless: FICTION },
  { kind: 'suicide', lang: 'sv', cue: 'hur+latt+det+vore|hur+latt+ha+vore|hur+latt+he+vore|hur+enkelt+det+vore|hur+latt+det+skulle+vara', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'om kommunen', 'om polisen', 'om ni'] },
  { kind: 'suicide', lang: 'sv', cue: 'kollat+att+livforsakringen|kollat+livforsakringen|livforsakringen+galler', gap: 0, unless: FICTION },
  { kind: 'suicide', lang: 'en', cue: 'cleaned+the+rifle|cleaned+my+rifle|cleaned+the+gun|cleaned+my+gun|loaded+the+rifle|loaded+the+gun|loaded+my+gun tonight|just+wanted+someone+to+know|nobody+will+miss|goodbye', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'for the hunt', 'hunting season', 'range'] },
  { kind: 'suicide', lang: 'en', cue: 'wont+need+much+where|wont+need+it+where|wont+need+them+where', gap: 0, unless: FICTION },
  { kind: 'suicide', lang: 'sv', cue: 'stallt+i+ordning+allt|ordnat+med+allt ha+det+bra|hej+da|hejda|farval|tack+for+allt', gap: 20, unless: [...SV_GENERAL, ...FICTION, 'flytten', 'flyttar', 'semester', 'resan'] },
  // From review172 and review173, first because the rules for hate crimes and threats read them as reports: someone
  // beaten now with "ring polisen!!", a mob beating at the door now (Sami draft), a man who waits in his car after
  // threatening a cashier, the men of last week's slur who "just stopped outside", a father who locked his gay son in,
  // a relative living in the home who threatens to hurt, two men in an old father's hall who will not leave.
  { kind: 'emergency', lang: 'sv', cue: 'ring+polisen|ring+112 slar|sparkar|misshandlar|attackerar|jagar', gap: 6, unless: [...SV_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'se', cue: 'capmet|cabmet|cabma|capma uvssa|uvssaid dal', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'sitter+kvar+i+bilen|sitter+kvar+pa+parkeringen|star+kvar+utanfor|vantar+utanfor+nu', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'taxi', 'taxin', 'bussen'] },
  { kind: 'emergency', lang: 'en', cue: 'just+stopped+outside|stopped+outside+and+got+out', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'taxi', 'uber', 'delivery', 'the bus'] },
  { kind: 'domestic', lang: 'en', cue: 'locked+me+in+my+room|locks+me+in+my+room|locked+me+in+the', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'by accident', 'accidentally', 'escape room'] },
  { kind: 'domestic', lang: 'en', cue: 'lives+with+us|lives+with+me|living+with+us hell+hurt+me|he+will+hurt+me|she+will+hurt+me|make+me+regret|hurt+me+because|kill+me+because|will+kill+me+if', gap: 12, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'sv', cue: 'star|sitter|ar i+farsans+hall|i+hallen|i+hans+hall|i+hennes+hall|i+lagenheten vagrar+ga|vill+inte+ga|gar+inte+harifran|gar+inte+darifran', gap: 6, unless: [...SV_GENERAL, ...FICTION, 'hemtjansten', 'barnbarnen'] },
  { kind: 'emergency', lang: 'se', cue: 'leat+ahku+viesus|leat+ahkku+viesus|leat+ahci+viesus|leat+eatni+viesus eai+vuolgge|eai+vuolge', gap: 4, unless: SE_GENERAL },
  // From review174, first because the suicide and close-relationship rules read them otherwise: painkillers taken by the
  // handful against toothache (an accidental overdose: 112), a woman screaming at a party that he must let go of her.
  { kind: 'emergency', lang: 'sv', cue: 'atit|tagit|tog|at alvedon|panodil|ipren|tabletter|piller for+att+han+hade|for+att+hon+hade|for+att+jag+hade|mot+tandvark|mot+huvudvarken|mot+huvudvark', gap: 6, unless: [...SV_GENERAL_BUT_REASON, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'skriker+att+han+ska+slappa|skrek+att+han+ska+slappa|skriker+slapp+mig|skrek+slapp+mig', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  // From review170 and review171, first because later rules read them otherwise: groping or exposure that is still going
  // on, a father who takes all one's money and will not let one out, an ex's daily threats and waiting at one's work.
  { kind: 'emergency', lang: 'sv', cue: 'tafsat|tafsar|tafsade nu+satte+han|nu+sitter+han|satte+sig+bredvid|sitter+bredvid|bredvid+mig+igen|bredvid+igen', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'forra veckan', 'i fjol', 'igar'] },
  { kind: 'emergency', lang: 'sv', cue: 'visar+sig+naken|visade+sig+naken|blottar+sig|blottade+sig kvar|nu|just+nu', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'forra veckan', 'i fjol', 'igar'] },
  { kind: 'domestic', lang: 'sv', cue: 'tar+alla+mina+pengar|tar+mina+pengar jag+far+inte|far+inte+ga+ut', gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: 'my+ex|ex+boyfriend|ex+girlfriend|ex+husband|ex+wife messages+every+day|waits+by+my|waits+outside|waiting+outside|will+burn|will+kill|will+hurt', gap: 8, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  // From review168 and review169, first because later rules read them otherwise: an overdose planned "so she doesn't
  // wake up"; a push excused as one's own fault, a kick asked about as an injury, a hold-down asked about as "normal".
  { kind: 'suicide', lang: 'en', cue: 'so+she+doesnt+wake+up|so+he+doesnt+wake+up|so+i+dont+wake+up|so+she+wont+wake+up|so+he+wont+wake+up|so+i+wont+wake+up|and+never+wake+up', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'knuffade|slog|sparkade|knuffar|slar|sparkar mig det+var+mitt+fel|mitt+eget+fel|jag+tjatade|jag+provocerade', gap: 14, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'efter+en+spark|efter+sparken|efter+slaget|efter+en+small sambon|sambo|min+man|min+kille|pojkvannen|maken|min+fru|min+tjej', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'traningen', 'matchen', 'fotbollen', 'innebandyn', 'karate', 'hastarna', 'hasten'] },
  { kind: 'domestic', lang: 'en', cue: 'hold+you+down|holds+me+down|held+me+down|holding+me+down|pins+me+down|pinned+me+down|hold+me+down', gap: 0, unless: [...FICTION, 'wrestling', 'judo', 'tickle', 'tickling', 'play fight', 'play fighting'] },
  { kind: 'domestic', lang: 'en', cue: 'leave+marks|left+marks|leaves+marks|leaving+marks|left+bruises|leaves+bruises', gap: 0, unless: [...FICTION, 'hickey', 'hickeys', 'tattoo', 'paint', 'the wall', 'the floor', 'skis', 'boots', 'the ice', 'strap', 'straps', 'sock', 'socks', 'glasses'] },
  { kind: 'domestic', lang: 'sv', cue: 'gubben|gubbn|karln|min+man|sambon|maken blev|blei|var hardhant|hardhandt', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'med snoskyffeln', 'med verktygen'] },
  { kind: 'domestic', lang: 'sv', cue: 'ska+han+se+till+att+jag+aldrig|ska+hon+se+till+att+jag+aldrig|se+till+att+jag+aldrig+kan', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'se', cue: 'alit+mearkkat|alit+mearkka|alit+mearkkaid', gap: 0, unless: SE_GENERAL },
  // From review164 and review165, first because later rules read them otherwise: an ex who will post pictures unless
  // paid, a stepfather who controls the money and the messages, a father who will kill the mother if the child tells,
  // a friend's new deep cuts she will not let anyone know of.
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} lagger+ut+bilder|lagga+ut+bilder|sprider+bilder|sprida+bilder|skickar+bilderna|skicka+bilderna`, gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'en', cue: 'stepdad|stepfather|stepmom|stepmum|stepmother controls+everything|takes+my+money|took+my+money|reads+my+messages|reads+my+phone', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'pappa|styvpappa|mamma|styvmamma|farsan|morsan dodar+han+mamma|dodar+hon+pappa|doda+mamma|doda+pappa|dodar+mamma|dodar+pappa', gap: 10, unless: [...SV_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'suicide', lang: 'en', cue: 'self+harming|selfharming|self+harm|cutting+herself|cutting+himself|cutting+themselves new+cuts|deep+cuts|really+deep|cuts+that', gap: 14, unless: [...EN_GENERAL, ...FICTION, 'used to', 'years ago'] },
  // A goodbye that hands over a pet (review166: "my sister texted me im done take care of my cat and now her phone is
  // off"): the suicide line, before the rules for someone close.
  { kind: 'suicide', lang: 'en', cue: 'im+done|i+am+done|im+finished|goodbye take+care+of+my|look+after+my', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'while im away', 'while i am away', 'this weekend', 'on holiday', 'vacation', 'trip', 'travel', 'travelling', 'with work', 'for today', ...JOKING] },
  // Someone one lives with who hits (review166: "my roommate hits me when hes angry"): violence at home.
  { kind: 'domestic', lang: 'en', cue: 'my+roommate|my+flatmate|my+housemate hits|hit|beats|beat|kicks|chokes|choked|pushes|slaps|slapped me', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'hits me up', 'hit me up', 'beat me at', 'beats me at'] },
  // An ex who posts pictures of one and says he knows where one lives now (review160): control in a close relationship,
  // before the report rule for pictures posted.
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} vet+var+jag+bor|vet+var+jag+finns|hittat+min+adress|vet+min+adress`, gap: 14, unless: [...SV_GENERAL, ...FICTION] },
  // Sitting with the pills while the world goes on (review161: "sitting in the empty flat with the pills, thinking maybe
  // I won't be moving anywhere"): the suicide line, before the emergency rules that read "won't be moving" as collapse.
  { kind: 'suicide', lang: 'en', cue: 'with+the+pills|with+my+pills|with+all+the+pills|with+all+my+pills|pills+in+front+of+me|the+pills+in+front', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'prescribed', 'doctor', 'pharmacy', 'organiser', 'organizer', 'help with', 'helps with', 'needs help'] },
  // From the sets written blind in the twenty-eighth session (review71, review73, residents34), first in the rules
  // because later, more general rules would route these otherwise. A partner who threatens to kill himself if the
  // writer leaves is control in a close relationship, the help for which is Kvinnofridslinjen (not the suicide line).
  { kind: 'domestic', lang: 'en', cue: 'kill|hurt himself|herself|themselves if+i+leave|if+i+left|if+i+break+up|if+i+go', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'sv', cue: 'tar|ta|tanker+ta livet+av+sig|livet+av+sej|sitt+liv om|ifall jag lamnar|gor+slut|gar', gap: 1, unless: [...SV_GENERAL_BUT_IF, ...FICTION, 'star pa bron', 'pa bron', 'pa taket', 'svarar inte'] },
  // An ex ("killen ja va ihop me") who follows one everywhere (review73).
  { kind: 'domestic', lang: 'sv', cue: 'var|va ihop|tillsammans med|me|mej foljer|forfoljer|star|bevakar|vaktar|dyker', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  // A husband named without "mu" who hits (review73: "boadnji cábmá mu").
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} ${SE_HARM} mu|munnje`, gap: 1, unless: ['skuvllas', 'skuvlla', ...SE_GENERAL_BUT_WHAT_TO_DO, 'spealus', 'leaikkas', 'borrat', 'gahkuid', 'balkestit', 'raigai', 'arbevierru', 'vuovdit mu skohtera', 'instagram', 'liiko', 'haha', 'tiktok'] },
  // A partner named without "my", in a search-box phrase (residents34: "partner hits me help").
  { kind: 'domestic', lang: 'en', cue: `boyfriend|girlfriend|husband|wife|partner|bf|gf|fiance ${EN_HARM} me`, gap: 1, unless: [...EN_GENERAL, ...FICTION, 'at chess', 'at cards', 'in the game', 'with a pillow', 'snowball', 'beat me in', 'beat me at', 'snapped me', 'race', 'game'] },
];

const R77_LAST: Rule[] = [
  // From the sets written blind in the twenty-ninth session (review77: life online and young people's lives), each a
  // message the rules and the classifier missed. Cuts on the arms of someone close ("Min dotter har skärsår på armarna").
  { kind: 'suicide', lang: 'sv', cue: 'skarsar|skarsaren|rispor|risporna|snitt pa armarna|armen|handlederna|handleden|laren|benen|magen', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, ...SCARS_OF_OTHER_THINGS, 'kniven', 'glas', 'glaset', 'katten', 'katt', 'hunden', 'taggtrad', 'taggtraden', 'busken', 'buskarna', 'olyckan', 'av misstag', 'ramlade', 'cykeln'] },
  // An adult met online whom a child is to meet ("… träffa en vuxen man hon pratat med på nätet, de ska ses … ikväll").
  { kind: 'emergency', lang: 'sv', cue: 'vuxen|aldre|okand man|karl|kille|person som|hon|han pratat|chattat|skrivit|snackat med pa+natet|pa+snap|pa+snapchat|pa+discord|pa+tiktok|pa+instagram|online|i+ett+spel', gap: 2, reportWhenOver: true, unless: [...SV_IN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'vad gor', 'hur vanligt', 'hur ofta', 'hur manga', 'om en', 'om nagon', 'om nan', 'om ett barn', 'om barn'] },
  { kind: 'report', lang: 'en', cue: 'man|guy|adult|stranger|someone|person from|on discord|snapchat|roblox|instagram|tiktok|online|internet|server|game keeps+asking|asking|asks|asked|wants|is+asking|pressuring|begging my|our|her|his', gap: 3, unless: [...EN_GENERAL, ...FICTION] },
  // Hit now, told with the time after the harm ("Guokte olbmá časkiba nuora dál Kupolen olggobealde"; a draft).
  { kind: 'emergency', lang: 'se', cue: `${SE_HARM} dal`, gap: 3, unless: SE_GENERAL },
  // A video of someone close being beaten, spread online ("posted a video of my daughter getting beaten up").
  { kind: 'report', lang: 'en', cue: 'posted|shared|spread|uploaded|spreading|sharing a+video|video|videos|clip|clips|film of my|our daughter|son|kid|child|brother|sister|friend getting|being beaten|hit|attacked|bullied|kicked|assaulted|humiliated', gap: 2, unless: [...EN_GENERAL, ...FICTION] },
];

/**
 * From review104–review107: crimes to report that no earlier rule takes (a threat against someone at work, a house to be
 * burnt down, someone followed or called every night, cats shot with an air gun, a dog left in a freezing car, a dog
 * poisoned; the Sami ones drafts). Last, so that a threat going on now, violence at home or 112 comes first.
 */
const R104_LAST: Rule[] = [
  // From review207: a landlord's text that he will hurt the writer (a crime to report, or 112 when it is not over); last,
  // so that the same words from a partner or a brother get the help for violence in close relationships.
  { kind: 'emergency', lang: 'sv', cue: 'ska+gora+mig+illa|kommer+gora+mig+illa|ska+skada+mig|kommer+skada+mig', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'haha', 'lol', 'traningen', 'passet'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: `hotade|hotat|trakasserade|trakasserat|spottade+pa|attackerade|misshandlade ${SV_PUBLIC_ROLES}`, gap: 2, unless: ['vad hande efter att', 'ar aldrig ok', 'ar aldrig okej', ...SV_GENERAL, ...FICTION, ...SV_ASKS_ABOUT_THE_WORK, 'att sluta', 'att saga upp sig', 'med strejk', 'att klaga', 'att anmala'] },
  { kind: 'report', lang: 'sv', cue: `${SV_PUBLIC_ROLES} blir|blev|har+blivit|har+blitt|har+fatt|fick|far hotad|hotade|hotat|trakasserad|trakasserade|hatbrev|hotbrev|mordhot|dodshot|spottad|misshandlad|slagen|attackerad`, gap: 5, unless: ['undrar hur polisen', 'hur polisen och kommunen samarbetar', ...SV_GENERAL, ...FICTION, ...SV_ASKS_ABOUT_THE_WORK, ...SV_BY_OWN_PARTNER, 'pa jobbet', 'varsel', 'nedlaggning', 'nedskarningar', 'uppsagning', 'uppsagningar', 'besparingar'] },
  { kind: 'report', lang: 'sv', cue: 'raknade+upp|namnde|visste|vet|kan|sa|skrev mina|hennes|hans|vara|deras|dina barns+namn|barnens+namn|barns+skola|barnens+skola|barns+forskola', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'inte'] },
  { kind: 'report', lang: 'sv', cue: `lagt+ut|la+ut|lade+ut|publicerat|publicerade|spridit|spred|delat|delade adressen+till|adress+till|hemadressen+till|bilder+pa+huset+till ${SV_PUBLIC_ROLES}|en+reporter|en+journalist|en+politiker`, gap: 4, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'ska|kommer|tanker|vill branna+ner|tanda+pa|satta+eld+pa hennes|hans|deras|ert|er|vart|ditt|din hus|huset|bil|bilen|lagenhet|lagenheten|kontor|kontoret', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'brasan', 'grillen', 'ljus', 'ljusen', 'sopor', 'loven', 'skrap'] },
  { kind: 'report', lang: 'en', cue: 'threatened|threatens|threatening|threaten to+burn+down|to+burn|to+set+fire+to|to+torch|to+smash her|his|their|our|the car|house|home|office|flat|apartment|windows', gap: 1, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION] },
  { kind: 'report', lang: 'en', cue: `threatened|threatens|threaten to+kill|to+beat+up|to+hurt|to+rape|to+stab|to+shoot the|a|our|my ${EN_PUBLIC_ROLES}`, gap: 1, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION] },
  { kind: 'report', lang: 'en', cue: `${EN_PUBLIC_ROLES} gets|got|get|is+getting|was|is|has+been|have+been|are+getting|keeps+getting|received threatened|threats|death+threats|hate+mail|threatening+messages|spat+on|assaulted|attacked|harassed`, gap: 3, unless: ['saw on tv', 'on tv that', 'in the news that', ...EN_GENERAL_BUT_ASKING, ...FICTION, 'with closure', 'by cuts', 'budget cuts', 'layoffs', 'redundancy'] },
  { kind: 'report', lang: 'en', cue: 'emails|emailed|wrote|writes|texted|texts|messaged|told|tells|says|said|sent|got we+know+where+you+live|we+know+where+she+lives|we+know+where+he+lives|we+know+where+they+live|i+know+where+you+live|we+know+where+your+kids', gap: 6, unless: [...EN_IN_GENERAL, ...FICTION, 'joke', 'joking', 'pizza', 'delivery'] },
  { kind: 'report', lang: 'en', cue: 'he+will|he+is+going+to|they+will|she+will|gonna finish+us|finish+you|finish+me|finish+her|finish+him', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'the job', 'the work', 'the project', 'the game', 'the race', 'on time', 'the season', 'homework', 'the report', 'the book', 'in time', 'first', 'the bottle', 'the cake', 'dinner', 'his food', 'her food', 'the food', 'the painting', 'the floor', 'the course'] },
  { kind: 'report', lang: 'se', cue: 'galga|galget|galggat|galggai goddojuvvot|goddojuvvo', gap: 2, unless: [...SE_GENERAL_BUT_IF, 'spealus', 'spealu', 'spealla'] },
  { kind: 'report', lang: 'se', cue: 'aitii|aitiba|aitte|aitet|aita bargi|barggi|bargiid|oahpaheaddji|oahpaheaddjis|politihkkar|politihkkara|journalista|journalistta|vuoddji|vuoddjis|bussavuoddji', gap: 3, unless: [...SE_GENERAL, 'ruotagillii'] },
  { kind: 'report', lang: 'sv', cue: 'foljer|foljt|foljde|gar|gatt|gick efter+mig|efter+henne|efter+honom', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_LITTLE_ONES, ...FOLLOWED_HOME_HARMLESS, 'broder', 'brorsan', 'min bror', 'pappa', 'familjen', 'kusiner', 'hunden', 'katten', 'valpen', 'lillasyster', 'lillebror', 'instagram', 'tiktok', 'insta', 'snap', 'pa listan', 'i listan', 'i tur', 'i kon', 'i talarlistan'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'ringer|ringt|ringde varje+natt|hela+natten|mitt+i+natten|pa+natterna och+andas|och+lagger+pa|och+sager+ingenting|och+sager+inget|och+ar+tyst|fran+dolt+nummer', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION, 'mormor', 'farmor', 'mamma', 'jobbet', 'kunder', 'telefonforsaljare'] },
  { kind: 'report', lang: 'sv', cue: 'dolt+nummer och+andas|och+ar+tyst|och+sager+inget|och+sager+ingenting', gap: 4, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'skjuter|skjutit|skot med+luftgevar|med+luftgevaret|med+gevar|med+hagelbossa pa+katterna|pa+katter|pa+var+katt|pa+min+katt|pa+hundar|pa+hunden|pa+faglar|pa+djur', gap: 4, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'burkar', 'tavlan'] },
  { kind: 'report', lang: 'en', cue: 'leave|leaves|left|leaving|keeps a+dog|his+dog|her+dog|the+dog|their+dog|dogs in+a+car|in+the+car|in+his+car|outside|on+the+balcony all+day|all+night|for+hours|at+30|at+minus|in+the+cold|every+day', gap: 3, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'for a minute', 'two minutes', 'five minutes', 'heated', 'heater', 'engine running'] },
  { kind: 'report', lang: 'se', cue: 'beana|beatnagis|bussa|bussat|gahtu lea|leat|lei mirkkuhuvvon|mirkkuhuvvo|mirkkohuvvon', gap: 2, unless: SE_GENERAL },
  // From the sets written blind in the thirty-sixth session (review108: accidents and danger outdoors, in traffic and at
  // work; review109: the internet and phones), each a message the rules missed or routed wrongly.
  // A child who chatted with an adult who wanted to meet ("har chattat m nån vuxen man i fortnite som ville träffa henne").
  { kind: 'emergency', lang: 'sv', cue: 'vuxen man|karl|kille|snubbe|gubbe|person som ville|vill|ska traffa|ses|mota', gap: 3, reportWhenOver: true, inGames: true, unless: [...SV_IN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  // Filmed or photographed naked or undressing, and spread ("nån filmade mig i duschen efter gympan och la ut det på snap").
  { kind: 'report', lang: 'sv', cue: 'filmade|filmat|filmar|fotade|fotat|fotar mig|henne|honom|dottern|sonen|oss ?naken|nakna i+duschen|i+omkladningsrummet|nar+jag+bytte|nar+hon+bytte|nar+han+bytte|nar+vi+bytte', gap: 1, unless: SV_GENERAL_BUT_NAMED },
  { kind: 'report', lang: 'en', cue: 'filmed|filming|films|recorded|photographed me|her|him|us|my+daughter|my+son ?getting changing|undressing|naked|in+the+shower|in+the+showers|in+the+locker+room|in+the+changing+room', gap: 1, unless: EN_GENERAL_BUT_NAMED },
  // A hidden camera in someone's room ("my stepdad put a camera in my room").
  { kind: 'report', lang: 'en', cue: 'put|hid|hidden|installed|placed|found a ?hidden camera|cameras in+my|in+her|in+his|in+the room|bedroom|bathroom|shower', gap: 2, unless: [...EN_GENERAL_BUT_ASKING, 'baby', 'baby monitor', 'babymonitor', 'the dog', 'pet', 'pets', 'security', 'doorbell', 'nanny cam'] },
  // An attack planned in a group chat ("they plan to jump a kid from 9th grade after school today").
  { kind: 'report', lang: 'en', cue: 'plan+to|planning+to|plans+to|going+to|gonna|want+to jump|beat+up|attack a+kid|him|her|a+boy|a+girl|someone|this+kid|that+kid|a+student', gap: 2, unless: [...EN_GENERAL, ...FICTION] },
  // Pictures threatened to be spread for money (sextortion: "nu kräver dom pengar och hotar att lägga ut den").
  { kind: 'report', lang: 'sv', cue: 'hotar|hotade|hotat att+lagga+ut|att+sprida|att+skicka|att+publicera|att+visa den|bilden|bilderna|bilder|dom|filmen|videon|nakenbilder|nakenbilderna', gap: 2, unless: [...SV_GENERAL_BUT_IF, ...FICTION] },
  // A threat written down is a crime to report, not danger now ("skriva 'jag vet var du bor' till nån i en gruppchatt").
  { kind: 'report', lang: 'sv', cue: 'skrev|skrivit|skriva|skriver|skickade|skickat|smsade|messade vet+var+du+bor|vet+var+ni+bor|vet+var+hon+bor|vet+var+han+bor|vet+var+jag+bor|vet+var+vi+bor', gap: 4, unless: [...SV_GENERAL, ...KNOWS_THE_ADDRESS_KINDLY] },
  // Seen drinking, then driving off ("såg min granne dricka och sen köra iväg igår kväll").
  { kind: 'emergency', lang: 'sv', cue: 'dricka|drack|druckit|supa|sup och+sen+kora|och+sen+korde|och+sedan+kora|och+korde|och+kora|och+sen+kor|och+kor|och+satte+sig+i+bilen', gap: 3, reportWhenOver: true, unless: [...SV_IN_GENERAL, ...FICTION, 'inte', 'aldrig', 'ingen', 'taxi'] },
  // Driving still drunk, every day ("my roommate drives to work every morning still drunk from the night before").
  { kind: 'report', lang: 'en', cue: 'drives|drove|driving|drive to+work|to+school|home|to+the+mine still|totally|completely|clearly|obviously drunk|wasted|hammered|high', gap: 5, unless: [...EN_IN_GENERAL, ...FICTION, 'taxi', 'sober', 'not drunk', 'never'] },
  // An adult who wrote to a child and wants pictures (a draft: "Ollesolmmoš lea čállán sutnje Snapchatas ja dáhttu govaid").
  { kind: 'report', lang: 'se', cue: 'ollesolmmos|ollesolbmot|amas+olmmai|boares+olmmai dahttu|gaibida|bivda govaid|gova|govva|govvii', gap: 8, unless: SE_GENERAL },
  // review110 (Sami life and reindeer herding) and review111 (school and young people), written blind later in the
  // session. Reindeer run over or chased on purpose or for fun ("är det brott att köra på en ren med flit?", "chase
  // reindeer with a snowmobile for fun"); herders at work are not (HERDING).
  { kind: 'report', lang: 'sv', cue: 'kora+pa|korde+pa|kor+pa|kort+pa|kora+over|korde+over|kort+over|kor+over en+ren|renen|renar|renarna|vara+renar med+flit|medvetet|avsiktligt|pa+flit|for+skoj', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'ran+over|run+over|running+over|drove+into|hit|hits|chase|chased|chasing|chases|harass|harassed|harassing reindeer|the+reindeer|a+reindeer|the+herd on+purpose|deliberately|for+fun|for+kicks|for+a+laugh|for+views', gap: 5, unless: [...EN_IN_GENERAL, ...FICTION, ...HERDING] },
  { kind: 'report', lang: 'sv', cue: 'jaga|jagar|jagade|jagat|stressa|stressar|stressade renar|renarna|ren|renen|hjorden for+skoj|pa+skoj|for+att+det+ar+kul|for+att+det+var+kul', gap: 5, unless: [...SV_IN_GENERAL, ...FICTION, ...HERDING] },
  // Ears cut off reindeer so the owner's mark cannot be read ("nån skurit av öronen på renar … hittade två sånna igår").
  { kind: 'report', lang: 'sv', cue: 'skurit+av|skar+av|klippt+av|klippte+av|skuret+av oronen|oron|oronmarket|market pa+renar|pa+renarna|pa+en+ren|pa+renen|pa+vara+renar', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'cut|cutting|sliced|chopped the+ears|ears|earmarks|ear+marks off+reindeer|of+reindeer|on+reindeer|off+our+reindeer|of+our+reindeer|off+the+reindeer', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION] },
  // Hate against Sami people: the slur said to someone, or written ("dom kallade honom lapp", "'lappar ut' på vår kåta").
  { kind: 'report', lang: 'sv', cue: 'kallade|kallar|kallat|ropade|ropar|skrek|skriker honom|henne|mig|oss|min+son|min+dotter|hen ?for ?en lapp|lappjavel|lappdjavel|lappjavlar|smutsiga+lapp|javla+lapp', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'calls|called|calling|yelled|shouted me|her|him|us|my+son|my+daughter ?a dirty+lapp|filthy+lapp|lapp', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'se', cue: 'callan|callon|callui|callojuvvon|callojuvvo|callet|callii lappar+ut|lappjavlar|lappdjavlar', gap: 4, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'lappar+ut|lappjavlar|lappdjavlar', unless: [...SV_IN_GENERAL, ...FICTION] },
  // A knife shown to someone ("en kille visade en kniv för min far förra helgen och sa att han kommer ångra sig").
  { kind: 'emergency', lang: 'sv', cue: 'visade|viftade+med|drog|tog+fram|holl+upp en+kniv|kniven|kniv|ett+vapen|en+pistol|pistolen|en+yxa for|mot|at min|mig|oss|honom|henne|var|pappa|mamma', gap: 2, reportWhenOver: true, unless: [...SV_GENERAL_BUT_REASON, ...FICTION, ...SV_HUNTING, 'slojden', 'slojd', 'kursen', 'jaktkursen', 'koket', 'matlagning', 'butiken', 'affaren'] },
  // A veiled threat against one's animals or family ("we know where your reindeer are, shame if something happened to them").
  { kind: 'report', lang: 'en', cue: 'we+know+where|i+know+where|they+know+where your|his|her|their|our reindeer|kids|children|house|car|dog|dogs shame|pity|if+something|if+anything|careful|watch+out|watch+your', gap: 8, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'vi+vet+var|jag+vet+var|dom+vet+var|de+vet+var dina|era|hans|hennes|deras|vara renar|renarna|barn|barnen|bil|bilen|hus|huset|hund|hunden synd+om|trakigt+om|akta|passa+dig|passa+er|om+nat+hander|om+nagot+hander|om+nat+hande|om+nagot+hande|tank+pa+det', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A threat of a shooting or a stabbing at school ("posted on snapchat that he's going to shoot people at school tomorrow").
  { kind: 'emergency', lang: 'en', cue: 'going+to|gonna|will|wants+to|plans+to|planning+to|threatened+to|threatens+to shoot|stab|kill|bomb|blow+up people|everyone|students|kids|the+school|up+the+school|at+school|at+the+school|teachers', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'kill it', 'killing it', 'smash it', 'nail it', 'rock it', 'photo', 'photos', 'pictures', 'video', 'a video', 'film'] },
  // Money taken and a child hit, every day after school ("big boys take his money every day after school and hit him").
  { kind: 'report', lang: 'en', cue: 'older+boys|big+boys|bigger+boys|older+kids|older+guys|some+boys|a+gang|the+gang take|took|takes|steal|steals|stole|taking|stealing his|her|my money|phone|jacket|lunch+money|things|stuff', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  // Something put in a drink ("nån gav henne nåt i drinken på festen, hon mår jättedåligt och kräks"): 112 while the
  // one who drank it is ill, else the report.
  { kind: 'emergency', lang: 'sv', cue: 'nat|nagot|nagonting|droger|tablett|piller i+drinken|i+glaset|i+drickan|i+olen mar+jattedaligt|mar+sa+daligt|kraks|kraker|svimmar|andas+konstigt|gar+inte+att+vacka|ar+helt+borta', gap: 6, unless: [...SV_IN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'sv', cue: 'gav|gett|hallt|hallde|lagt|lade|la|stoppat|stoppade henne|honom|mig|oss|dig nat|nagot|nagonting|droger|en+tablett i+drinken|i+glaset|i+drickan|i+olen', gap: 2, reportWhenOver: true, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A young person forced to carry or sell for others ("blir tvingad av äldre killar att bära paket och pengar åt dom").
  { kind: 'report', lang: 'sv', cue: 'tvingad|tvingas|tvingades|pressad|pressas|tvingar|tvingade att+bara|att+salja|att+langa|att+gomma|att+forvara|att+frakta|att+leverera|att+springa+med paket|pengar|knark|droger|grejer|saker|vaskor', gap: 5, unless: [...SV_IN_GENERAL, ...FICTION, 'posten', 'postombudet'] },
  { kind: 'report', lang: 'se', cue: 'baggejit|bagget|baggejedje|baggii|baggiba|baggen mu|su|min|sin guoddit|vuovdit|doalvut|ciegat narkotihka*|narko*|rudaid|pakkaid', gap: 2, unless: SE_GENERAL },
  // Waited for outside, afraid to leave ("de står utanför just nu och väntar på mig … vågar inte gå ut").
  { kind: 'emergency', lang: 'sv', cue: 'star+utanfor|vantar+utanfor|star+och+vantar|vantar+pa+mig vagar+inte+ga+ut|vagar+inte+ga+hem|vagar+inte+lamna|vagar+inte+ga+harifran', gap: 10, unless: [...SV_IN_GENERAL, ...FICTION] },
  // An adult at school or in sport who touches or hurts a pupil ("tränaren i laget tar på tjejerna på ett sätt som inte är
  // okej", "blev knuffad in i väggen av en lärare").
  { kind: 'report', lang: 'sv', cue: 'tranaren|tranare|lararen|larare|ledaren|fritidsledaren|coachen tar+pa|tog+pa|tafsar+pa|tafsade+pa|tafsat+pa|ror+vid|rorde+vid|smeker|smekte tjejerna|killarna|barnen|eleverna|flickorna|pojkarna|spelarna|henne|honom|min+dotter|min+son', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'troja', 'trojan', 'trojor', 'trojorna', 'jackan', 'hjalmen', 'skorna', 'vastarna', 'overallen'] },
  { kind: 'report', lang: 'sv', cue: 'knuffad|slagen|sparkad|misshandlad|knuffades|slogs|sparkades|misshandlades|luggad|nypt av+en+larare|av+lararen|av+en+tranare|av+tranaren|av+fritidsledaren|av+rektorn|av+en+vuxen|av+aldre+killar|av+nagra+aldre', gap: 5, unless: [...SV_GENERAL_BUT_REASON, ...FICTION] },
  // One's lent or lost thing for sale by someone else (review64: "GPS-halsbandet jag lånade ut … ligger ute på Blocket
  // av någon helt annan"; found before only because "lånade" read as "lämnade").
  { kind: 'report', lang: 'sv', cue: 'blocket|tradera|marketplace av+nagon+annan|av+nan+annan|av+nagon+helt+annan|av+nan+helt+annan|av+en+okand', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A debt one is said to owe, with the threat that they know where one lives ("… är skyldig dom 5000 och att dom vet var jag bor").
  { kind: 'report', lang: 'sv', cue: 'ar+skyldig vet+var+jag+bor|vet+var+vi+bor|vet+var+du+bor', gap: 10, unless: [...SV_IN_GENERAL, ...FICTION, ...JOKING] },
  // review112 (hate crimes and harassment) and review113 (alcohol and drugs in everyday life), written blind last in the
  // session.
  // Someone hit or a headscarf pulled in front of others, now ("en kille drar i slöjan på en tjej på bussen och slår henne").
  { kind: 'emergency', lang: 'sv', cue: 'slar|sparkar|misshandlar|drar+i|river+av henne|honom|en+tjej|en+kille|slojan|hijaben ingen+gor+nat|ingen+gor+nagot|ingen+hjalper|pa+bussen|pa+taget|just+nu', gap: 6, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Slurs said to someone (see also the Sami slur above): "chefen kallar mig apa varje dag inför alla".
  { kind: 'report', lang: 'sv', cue: 'kallar|kallade|kallat mig|honom|henne|oss|min+son|min+dotter apa|apor|svartskalle|svartskallar|blatte|blattar|neger|negrer|bog|bogjavel|flata', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, ...JOKING] },
  // Notes or shouts that one should go back where one came from ("notes saying 'go back to Africa' under my door").
  { kind: 'report', lang: 'en', cue: 'saying|says|said|wrote|written|writes|yelled|shouted|telling|told go+back+to|go+back+home|back+to+your+country|back+where+you+came+from', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION, 'drunk'] },
  { kind: 'report', lang: 'sv', cue: 'skrev|skriver|sa|sager|ropade|ropar|skrek|lappar|lapp|klotter akta+hem|aka+hem+till|tillbaka+till+ditt+land|tillbaka+dit+du+kom', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A written threat of violence ("we got a letter saying 'next year we bring guns'").
  { kind: 'report', lang: 'en', cue: 'letter|note|message|messages|email|post|comment|comments saying|that+said|said|says|wrote we+bring+guns|we+will+bring+guns|bring+guns|we+will+kill|you+will+die|will+be+shot|we+will+burn', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION] },
  // Pushed down the stairs ("my deaf brother was mocked and pushed down the stairs at the station last week").
  { kind: 'emergency', lang: 'en', cue: 'was|got|been|were pushed|shoved|kicked|thrown down|off the+stairs|the+steps|the+platform|the+escalator', gap: 2, reportWhenOver: true, unless: [...EN_IN_GENERAL, ...FICTION, ...JOKING] },
  // A pig's head left at a place of worship.
  { kind: 'report', lang: 'en', cue: 'pigs+head|pig+head|pigs+heads left|outside|door|mosque|prayer|synagogue|church', gap: 6, unless: [...EN_IN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'grishuvud|grishuvuden|grisahuvud', unless: [...SV_IN_GENERAL, ...FICTION, 'julbord', 'julbordet', 'slakt', 'slakten', 'recept'] },
  // Refused a home or service for who one is ("my landlord says he doesnt rent to 'your kind'").
  { kind: 'report', lang: 'en', cue: 'dont|doesnt|wont|will+not|does+not|refuse+to|refused+to rent+to|serve|hire|let+in your+kind|people+like+you|your+sort|immigrants|muslims|gays|sami|foreigners', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION] },
  // Threatened every week for being Sami (a draft: "Mu ránnjá áitá mu juohke vahku go mun lean sápmelaš").
  { kind: 'report', lang: 'se', cue: `${SE_HARM} mu|min|munnje juohke+vahku|juohke+beaivvi|juohke+geardde|go+mun+lean+sapmelas|go+lean+sapmelas`, gap: 4, unless: [...SE_GENERAL, ...SE_FOLLOWING_HARMLESS] },
  // Someone drunk in charge of small children, now ("grannen e så full att hon inte kan stå o hennes småbarn springer runt
  // ensamma i trapphuset", "my wife is too drunk to stand and our 1 and 3 year old are home alone with her").
  { kind: 'emergency', lang: 'sv', cue: 'full|packad|berusad|dragen|aspackad|stupfull smabarn|sma+barn|barnen|ungarna|bebisen|barn ensamma|ensam|sjalva|utan+tillsyn|i+trapphuset', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'full fart', 'full gas', 'fullt upp'] },
  { kind: 'emergency', lang: 'en', cue: 'too+drunk|so+drunk|wasted|hammered|passed+out|blackout+drunk kids|children|toddler|toddlers|baby|babies|year+old|year+olds home+alone|alone+with+her|alone+with+him|alone|on+their+own', gap: 10, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'se', cue: 'garrenoaivvis|juhkan|juhkkan ii+sahte+gozihit|ii+nagot+gozihit|unna+manaid|manaid+okto|manat+leat+okto', gap: 8, unless: SE_GENERAL },
  // Driving drunk on a snowmobile or a car now ("nån kör skoter helt packad ute på sjön och det är barn som åker pulka där").
  { kind: 'emergency', lang: 'sv', cue: 'kor|korde|akar skoter|skotern|bil|bilen|moped|mopeden|fyrhjuling ?helt packad|berusad|dragen|aspackad|onykter|stupfull|plakat', gap: 2, reportWhenOver: true, unless: [...SV_IN_GENERAL, ...FICTION, 'om man', 'straffet', 'straff', 'far man', 'boten', 'ar det lagligt', 'ar det olagligt'] },
  // Something put in one's drink, told as over ("är det brott om nån lägger nåt i ens drink? hände mig på en fest i helgen").
  { kind: 'report', lang: 'sv', cue: 'nat|nagot|droger i+min+drink|i+ens+drink|i+drinken|i+mitt+glas hande+mig|minns+ingenting|minns+inget|kommer+inte+ihag|minnesluckor', gap: 10, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Drugs sold to children ("someone is dealing to kids at the bus station almost every day after school").
  { kind: 'report', lang: 'en', cue: 'dealing|deals|pushing|selling+drugs|sells+drugs|selling+weed|sells+weed|selling+pills|sells+pills to kids|children|teens|teenagers|minors|students|schoolkids', gap: 2, unless: [...EN_GENERAL, ...FICTION] },
  // A threat about where one's family can be found ("the guy I owe money for weed said he knows where my little sister goes to school").
  { kind: 'report', lang: 'en', cue: 'knows|know where my|your|our sister|brother|kids|children|daughter|son|family|mom|mum|little+sister|little+brother goes+to+school|go+to+school|lives|live|works', gap: 2, unless: [...EN_IN_GENERAL, ...FICTION, 'pick up', 'picks up', 'lift'] },
  // review114 (violence and control in close relationships, in less obvious forms) and review115 (witnesses and
  // bystanders), written blind last in the session. Nude pictures shared by a partner or an ex.
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} shares|shared|posted|sent|spread|is+sharing|is+posting|put|uploaded naked|nude|nudes|intimate|sexual`, gap: 3, unless: EN_GENERAL_BUT_NAMED },
  // A break-in seen ("såg i natt hur två killar bröt upp förrådet hos grannen").
  { kind: 'emergency', lang: 'sv', cue: 'brot+upp|bryter+upp|brutit+upp|brot+sig+in|bryter+sig+in|bryter+sig+in+i forradet|dorren|bilen|laset|garaget|kallaren|boden|i+forradet|i+bilen|i+garaget|hos+grannen|hos+grannarna', gap: 2, reportWhenOver: true, unless: ['frusit', 'fastfrusen', 'frusen', 'nyckeln', 'nycklarna', 'vi brot', 'jag brot', 'lasa upp', ...SV_IN_GENERAL, ...FICTION] },
  // Hate symbols painted ("är det brott om man ser nån klottra hakkors på skolan? såg det förra veckan").
  { kind: 'report', lang: 'sv', cue: 'klottra|klottrar|klottrade|klottrat|sprayade|sprayar|malade|malat|ritade hakkors|nazistsymboler|nazisymboler|hatklotter', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'historia', 'historielektionen', 'museum'] },
  // A partner heard threatening to kill ("hennes sambo skrek att han skulle döda henne om hon gick").
  { kind: 'domestic', lang: 'sv', cue: `hennes|hans ${SV_PARTNERS} skrek|sa|hotade|sager|skriker|hotar doda|morda|sla+ihjal|skada henne|honom`, gap: 4, unless: [...SV_IN_GENERAL, ...FICTION] },
  // A child beaten by a parent, heard ("hör varje natt hur grannpojken får stryk av sin pappa").
  { kind: 'domestic', lang: 'sv', cue: 'far|fick|fatt stryk|smisk|spo av+sin|av+sina|av+hans|av+hennes pappa|mamma|foraldrar|styvpappa|styvmamma|farsa|morsa|pappan|mamman', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Someone pulled into a car ("såg en man ta tag hårt i en tjej o dra in henne i en bil utanför skolan").
  { kind: 'emergency', lang: 'sv', cue: 'dra+in|drog+in|drar+in|slet+in|tvingade+in|knuffade+in henne|honom|en+tjej|en+kille|ett+barn|barnet|en+kvinna|flickan|pojken i+en+bil|i+bilen|i+en+skapbil', gap: 2, unless: ['regnet', 'regnade', 'kylan', 'bilbaltet', ...SV_IN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'pulled|pulling|dragged|dragging|forced|pushed|shoved her|him|a+girl|a+boy|a+kid|a+child|a+woman into a+car|the+car|a+van|his+car', gap: 2, unless: ['out of the rain', 'from the rain', 'out of the cold', 'seatbelt', ...EN_IN_GENERAL, ...FICTION] },
  // Someone old and confused out in the cold ("en äldre dam har suttit på en bänk ute i flera timmar i kylan, verkar förvirrad").
  { kind: 'emergency', lang: 'sv', cue: 'kylan|i+kylan|utan+vantar|inga+vantar|utan+jacka|ingen+jacka|minusgrader|fryser forvirrad|forvirrade|desorienterad|vet+inte+var+hon+ar|vet+inte+var+han+ar', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'forvirrad|forvirrade|desorienterad kylan|i+kylan|utan+vantar|inga+vantar|utan+jacka|ingen+jacka|minusgrader|fryser', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  // A small child alone at night ("small kid alone at the bus stop, its past midnight and freezing").
  { kind: 'emergency', lang: 'en', cue: 'small+kid|little+kid|a+kid|a+child|toddler|little+boy|little+girl|young+child|kid alone|by+himself|by+herself|on+their+own midnight|past+midnight|freezing|no+parents|no+adults|in+the+cold|at+night', gap: 8, unless: ['home alone', 'is it ok', 'how old', 'what age', 'first time', 'leave my', ...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'litet+barn|ett+barn|en+unge|en+liten+kille|en+liten+tjej|en+liten+pojke|en+liten+flicka ensam|alldeles+ensam|sjalv midnatt|mitt+i+natten|i+kylan|inga+foraldrar|ingen+vuxen', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'manna|unna+manna|manas okto gaskaija|ija|ii+oktage+ravisolmmos|galmmas|buolas', gap: 8, unless: SE_GENERAL },
  // A neighbour who threatens his wife every night (a draft: "ránnjá olmmái áitá su nissona juohke ija").
  { kind: 'domestic', lang: 'se', cue: `${SE_HARM} su+nissona|nissonis|isidis|eamidis|su+eamida|su+isida`, gap: 2, unless: SE_GENERAL },
  // review116 (property crime and fraud in everyday life), written blind last in the session. Locks cut ("ser nån
  // klippa lås i cykelstället vid stationen, pågår nu").
  { kind: 'report', lang: 'sv', cue: 'klipper|klippa|klippte|bryter|bryta|bende+upp las|laset|lasen|kedjan|kedjor|cykellas|cykellaset', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'mitt eget', 'min egen', 'tappat nyckeln', 'tappade nyckeln'] },
  // Money moved to a "safe account" at a caller's word ("nån som säger han är polis o att jag ska flytta pengarna till ett säkert konto").
  { kind: 'report', lang: 'sv', cue: 'polis|polisen|banken|bank|sakerhetsavdelningen sakert+konto|saker+konto|sakra+konto|flytta+pengarna|flytta+pengar|flytta+mina+pengar', gap: 12, unless: [...SV_IN_GENERAL, ...FICTION, 'hur vet man', 'hur kanner man igen'] },
  { kind: 'report', lang: 'en', cue: 'police|bank|fraud+team|security+team safe+account|move+the+money|move+my+money|transfer+my+money|transfer+the+money', gap: 12, unless: [...EN_IN_GENERAL, ...FICTION, 'how do i know', 'how to spot'] },
  // A deposit paid to a landlord who vanished ("betalade deposition 12000 till en 'hyresvärd' som nu inte svarar").
  { kind: 'report', lang: 'sv', cue: 'deposition|depositionen|handpenning|forskott|hyran svarar+inte|inte+svarar|finns+inte|forsvunnit|forsvann|bedrageri|blockerat+mig', gap: 12, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Fuel drained, told in the passive ("dieseln tappad ur traktorn under natten").
  { kind: 'report', lang: 'sv', cue: 'diesel|dieseln|bensin|bensinen|tanken tappad|tappades|tappats|tappat|lanst|lanstes|stulen|stulits', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION, 'frusit', 'frusen', 'fryser'] },
  // Loans or accounts opened in one's name ("nån har tagit lån i mitt namn").
  { kind: 'report', lang: 'sv', cue: 'tagit|tog|tecknat|tecknade|startat|startade lan|ett+lan|krediter|kredit|abonnemang|skulder|avbetalning i+mitt+namn|pa+mitt+namn|pa+mitt+personnummer|i+min+mammas+namn|i+min+pappas+namn', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  // One's stolen thing for sale ("hittade min gamla skoter till salu på blocket, den som försvann i mars").
  { kind: 'report', lang: 'sv', cue: 'skoter|cykel|bil|motorsag|snoskoter|skotern|cykeln|bilen|motorsagen till+salu|saljs|ute+pa+blocket|pa+blocket forsvann|stals|stulen|stulet|stulna|som+forsvann|som+stals|som+blev+stulen', gap: 8, unless: [...SV_IN_GENERAL, ...FICTION] },
  // An ex who got into one's home ("exet tog sig in i min lägenhet när jag jobbade").
  { kind: 'domestic', lang: 'sv', cue: 'exet|mitt+ex|min+exsambo|min+expojkvan|min+exman|min+exfru tog+sig+in|brot+sig+in|har+varit+inne|var+inne|gick+in', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Money taken from one's wallet by someone one lives with ("my roommate takes money from my wallet").
  { kind: 'report', lang: 'en', cue: 'takes|took|stole|steals|keeps+taking|taking money|cash from+my+wallet|from+my+purse|from+my+account|from+my+card', gap: 2, unless: EN_GENERAL_BUT_NAMED },
  // An ex's threat after damage ("my ex smashed my car windows … he texts that next time it will be me").
  { kind: 'domestic', lang: 'en', cue: `ex|exboyfriend|exhusband|exgirlfriend|exwife|boyfriend|husband|girlfriend|wife next+time+it+will+be+me|next+time+its+me|next+time+it+will+be+you|next+time+its+you`, gap: 20, unless: [...EN_IN_GENERAL, ...FICTION] },
  // Theft or break-in going on now, in Sami (drafts: "Muhtun suoláda mu skohtera dál!", "Guokte olbmo cuvkejit biillaid
  // láse … dál", "Muhtun lea mu geasseviesus dál").
  { kind: 'emergency', lang: 'se', cue: 'suolada|suoladit|suoladeaba|cuvke|cuvkejit|cuvkeba|bahkke|bahkket dal', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'muhtun|muhtin|olbmot lea|leat mu|min geasseviesus|viesus|garazas|stobus|goadis|lanjas dal', gap: 2, unless: SE_GENERAL },
  // A break-in or a card used, told as over, in Sami (drafts).
  { kind: 'report', lang: 'se', cue: 'bahkken|bahkkii|bahkket|bahkkejedje sisa', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'geavahan|geavahii|geavahedje mu|min bankugoartta|bankgoartta|goartta|kortta', gap: 2, unless: SE_GENERAL },
  // review117 (mostly in Sami; drafts). A last message before going off with a gun ("Mu viellja lea vuolgán bissuin
  // duoddarii ja čálii ahte dát lea maŋimuš háve").
  { kind: 'suicide', lang: 'se', cue: 'bissu|bissuin|bissu+mielde manimus+have|manimus+geardde|manimus+diedahus', gap: 10, unless: SE_GENERAL },
  // A threat to burn one's goahti or home ("Ránnjá čálii munnje ahte son boaldá min goađi jus bohccot vel bohtet").
  { kind: 'report', lang: 'se', cue: 'boalda|boaldit|boaldan|boaldet|boaldaba min|mu|du goadi|goahti|viesu|stobu|biilla|skohtera', gap: 1, unless: SE_GENERAL_BUT_IF },
  // Beaten up and told of afterwards ("my mate got beaten up last night by some guys over a drug debt").
  { kind: 'report', lang: 'en', cue: 'my+mate|my+friend|my+buddy|my+brother|my+son|my+cousin|my+boyfriend|my+husband|a+friend got|was|been beaten+up|jumped|assaulted|mugged|stabbed|robbed', gap: 1, unless: [...EN_IN_GENERAL, ...FICTION, ...JOKING, 'in the game', 'in my game'] },
  // review118 and review119 (winter; children and teenagers), written blind in the thirty-seventh session. A child or
  // someone close not home, or gone, with the cold said further on ("Min dotter 9 år skulle gå hem från kompisen kl 16.
  // Hon är inte hemma nu … Det är trettio minus", "my sister is 15 and has been gone since yesterday … just a thin jacket
  // and its -25").
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} inte+hemma|inte+kommit+hem|inte+kommit+tillbaka|stack|sprang+ut|sprang+hemifran|rymt|rymde kallt|kylan|minus|minusgrader|snostorm|morkt|morkret|fryser|jacka|jackan`, gap: 20, unless: [...SV_GENERAL, 'traning', 'traningen', 'hockeytraning', 'hos kompisen', 'hos mormor', 'hos farmor', 'pa jobbet', 'skolresa', 'skolresan'] },
  { kind: 'emergency', lang: 'en', cue: `my|our ${EN_CLOSE}|child|kid|kids|daughter|son|boy|girl been+gone|gone+since|not+home|isnt+home|hasnt+come+home|didnt+come+home|not+back|ran+out|ran+off|ran+away|run+away freezing|cold|minus|below|jacket|coat|snowstorm|blizzard|dark`, gap: 12, unless: EN_GENERAL },
  // An adult who sends a child sexual pictures, or wants pictures ("some random number keeps texting me pics of his junk
  // and asking for mine. im 14", "he wants pics and wants to meet me at the bus station tonight … im 12", and in a draft
  // "Okta rávesolmmoš Snapchatas dáhttu govaid mus").
  { kind: 'report', lang: 'en', cue: 'sends|sent|sending|texting|texts|keeps+sending|keeps+texting me pics|pictures|photos|videos of+his|of+him junk|dick|penis|privates|body|naked', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'he|guy|man|adult|stranger wants|wanted pics|nudes', gap: 1, unless: [...EN_GENERAL, 'boyfriend', 'girlfriend', 'husband', 'wife', 'partner', 'of the', 'northern lights', 'aurora', 'photographer', 'wedding'] },
  { kind: 'report', lang: 'se', cue: 'ravesolmmos|ravesolbmot|ravis+olmmos dahttu|gaibida|bivda|bivddii govaid|gova|govva', gap: 8, unless: SE_GENERAL },
  // review120 (older people and those who care for them), written blind in the same session. Someone with dementia gone
  // from the care home ("morfar har smitit från boendet igen … bara skjorta på sig och det snöar").
  { kind: 'emergency', lang: 'sv', cue: `${SV_MISSING}|han|hon smitit|smet|rymt|rymde|gatt|forsvunnit|forsvann fran|ifran boendet|aldreboendet|demensboendet|avdelningen|sjukhuset`, gap: 3, unless: SV_GENERAL },
  // A caller who says he is the police or the bank, now ("har en man i telefon som säger att han är polis och att hon ska
  // lägga smycken … utanför dörren, han kommer och hämtar nu"; told as over, it is for the report).
  { kind: 'emergency', lang: 'sv', cue: 'telefon|telefonen|ringer|ringde|luren sager|pastar att+han+ar|att+hon+ar|han+ar|hon+ar|att+de+ar|att+dom+ar polis|polisen|fran+polisen|fran+banken|bankman', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'kanner man igen', 'kanna igen', 'tipsa', 'varna'], reportWhenOver: true },
  // A widower who says he will follow his wife soon, and gives his things away ("sa på begravningen att han ska gå efter
  // Greta snart", "gave away his watch and said he won't need it where he's going").
  { kind: 'suicide', lang: 'sv', cue: 'begravningen|begravning|gick+bort|bortgang ska|vill ga+efter|folja+efter', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'kaffe', 'fika', 'maten', 'valp'] },
  { kind: 'suicide', lang: 'en', cue: 'wont|will+not|doesnt|does+not need it|them|that where+hes+going|where+shes+going|where+im+going', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'holiday', 'vacation', 'trip', 'warm', 'sunny', 'beach'] },
  // Not seen for a week, the papers piling up at the door (a draft: "Ránnjá ii leat oidnon vahkku. Aviissat leat
  // čoahkkanan uvssa ovdii"), and the bank on the phone now asking for BankID ("Báŋku lea telefuvnnas dál ja dáhttu
  // áhkkon BankID").
  { kind: 'emergency', lang: 'se', cue: 'ii+leat+oidnon|in+leat+oaidnan|eat+leat+oaidnan vahkku|vahku|beivviid|guokte+beaivvi|golbma+beaivvi|moadde+beaivvi', gap: 3, unless: [...SE_GENERAL, 'guovssahas', 'guovssahasat', 'beaivvas', 'matkkis', 'reisuin', 'beaivvaza', 'beaivvas'] },
  { kind: 'emergency', lang: 'se', cue: 'telefuvnnas|telefovnnas|telefonas dal dahttu|gaibida|bivda bankid|koda|kodaid|pinkoda|rudaid|ruhtaid', gap: 3, unless: SE_GENERAL, reportWhenOver: true },
  // Lying on the floor after a fall, the "can't get up" told further on ("ramlade när jag skulle gå på toa. ligger i
  // hallen o når telefonen men kommer int upp").
  { kind: 'emergency', lang: 'sv', cue: 'ligger|sitter|ramlade|ramlat|foll kommer|kan|orkar|far inte|int|ej upp', gap: 8, unless: [...SV_GENERAL, 'igar', 'forra veckan', 'ur sangen', 'pa morgonen', 'pa morgnarna', 'pa mornarna', 'sova'] },
  // review124 (mental health and crisis), written blind in the same session. A goodbye after "orkar inte" ("Orkar
  // inte. Snart ses vi inte mer. Puss på er alla"), "see you on the other side" from someone low, a method asked and
  // dropped ("whats the quickest way to... never mind"), a note left and the rifle gone, pills already taken ("kan man
  // dö av 40 alvedon? … han har redan tagit dom"), a friend who does not wake (a draft: "ii morit, vuoigŋá hui heajut"),
  // and pills sold to one's child, to report.
  { kind: 'suicide', lang: 'sv', cue: 'orkar+inte|orkar+int|klarar+inte ses+vi+inte+mer|vi+ses+inte+mer|ses+aldrig+mer|vi+ses+aldrig+mer', gap: 6, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'see you on the other side', gap: 0, unless: [...EN_GENERAL, ...JOKING, 'other side of'] },
  { kind: 'suicide', lang: 'en', cue: 'quickest|easiest|fastest|painless way+to never+mind|nevermind|nvm', gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'note|letter|goodbye rifle|gun|shotgun|pistol|guns gone|missing', gap: 14, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'alvedon|panodil|ipren|tabletter|tabletterna|piller|somntabletter redan+tagit|har+tagit+dom|har+tagit+alla|tagit+dom|tog+dom|tog+alla', gap: 10, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii+morit|ii+mora|ii+morihuvvo', gap: 0, unless: [...SE_GENERAL, 'iddedis', 'idedis'] },
  { kind: 'emergency', lang: 'se', cue: 'vuoigna|vuoignna|vuoignnat hui+heajut|heajut|unnan', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'sold|selling|sells|gave|giving my+daughter|my+son|my+kid|my+child|our+son|our+daughter pills|drugs|weed|cocaine|narcotics', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'salja|saljer|salde|langa|langar|langade tabletter|piller|knark|knarket|droger|narkotika|hasch|tjack|kokain|amfetamin|cannabis|alkohol|sprit|vapen till', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  // review122 and review123 (violence in public; traffic), written blind in the same session: grabbed and threatened on
  // the bus now, someone "pucklar på" (beats up) a man now, hands put on one (a draft: "bidjet gieđaid mu ala"); and
  // tip-offs about driving without a licence or mopeds racing every night.
  { kind: 'emergency', lang: 'sv', cue: 'tagit+tag+i|tar+tag+i|tog+tag+i|haller+fast min|mig|mej arm|armen|arm+flera', gap: 1, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'puckla|pucklar|pucklade|puckel pa', gap: 0, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'bidjet|bidja|bidje giedaid|giedat mu+ala|mu+nala|munnje', gap: 1, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora utan+korkort|korkortet+indraget|indraget+korkort|fast+han+fatt+korkortet+indraget', gap: 6, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'who+can+i|who+do+i|who+should+i|where+can+i|how+do+i tip+off|tip+the+police', gap: 0, unless: EN_GENERAL_BUT_ASKING },
  { kind: 'report', lang: 'se', cue: 'gii+sahtta|gosa+sahtan|mo+sahtan dan+vaidit', gap: 0, unless: SE_GENERAL },
  // review125 (70 of 150 in Sami, villages around Kiruna), written blind in the same session (drafts): someone in the
  // garage now ("Muhtun lea dál min garášas ja váldimin skohtera"), a child gone from the yard for an hour by thin ice
  // ("mii leat ohcan diimmu"), a goahti broken into over Christmas; and a car window smashed last night, to report.
  { kind: 'emergency', lang: 'se', cue: 'muhtun|muhtin|olbmot lea|leat dal min|mu geasseviesus|viesus|garasas|garazas|stobus|goadis|lanjas', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'leat|lean ohcan|ohcame|ohcan+su|ohcan+sin diimmu|diimmuid|guokte+diimmu|moadde+diimmu', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'muhtun|olbmot|olmmos lea|leat boahtan|mannan|bahkken+sisa min|mu goahtai|viessui|stohpui|garasii|geasseviessui', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'smashed|broke|shattered my|our|the ?rental car|cars|van|truck window|windows|windscreen|windshield', gap: 1, unless: [...FICTION, 'in general', 'statistics'] },
  // review127 to review129 (visitors and seasonal workers; threats and harassment online; alcohol and drugs), written
  // blind in the same session. Cold that one no longer feels, a car on its side, someone at the window or the gate now
  // after threats, police asked for, a threat from a game that is here now; pills taken and vomiting or confused, a
  // drunk mother who cannot look after the children (a draft), a drunk driver with children now, fights heard now.
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|can+not feel|really+feel my toes|feet|fingers|hands|legs', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'car|truck|van|bus is|s on+its+side|upside+down', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'last year', 'years ago'] },
  { kind: 'emergency', lang: 'en', cue: 'address|threat|threats|threatened|threatening|tonight|scared|afraid just knocked|banged|heard|tried on|at ?the|my window|door|gate', gap: 20, unless: [...EN_GENERAL, ...FICTION, 'delivery', 'parcel', 'package', 'neighbour', 'neighbor'] },
  { kind: 'emergency', lang: 'sv', cue: 'hjalp vi|jag behover polis|ambulans', gap: 1, unless: [...SV_GENERAL, 'telefonnummer', 'nummer', 'for ett', 'for att'] },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|dom|de|nan|nagon star nere+pa+gatan|utanfor|pa+gatan|vid+huset|i+tradgarden nu', gap: 3, unless: SV_GENERAL, inGames: true },
  { kind: 'emergency', lang: 'sv', cue: 'adress|adressen|adressen+ute ringt+pa|ringer+pa|knackat|knackar|bankar|bankat', gap: 20, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'kill|hurt|get me hes+here|he+is+here|shes+here|she+is+here', gap: 25, unless: EN_GENERAL, inGames: true },
  { kind: 'emergency', lang: 'en', cue: 'took|taken|swallowed|ate pills|pill|tablets|something throwing+up|vomiting|confused|doesnt+know+where|cant+stand|wont+wake', gap: 12, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'tog|tagit|svalde|at ett+piller|piller|tabletter|nagot spyr|kraks|forvirrad|vaknar+inte', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'valdan|valddii|borran tableahtaid|tableahta|pilliid vuovssada|vuovssadit|ii+diede+gos', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'garrenoaivvis|garremis ii+sahte+fuolahit|ii+sahte+gozihit|oadda+lahttis', gap: 8, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'sa+full|asfull|packad|aspackad nu+kor+hon|nu+kor+han|korde+ivag', gap: 14, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'nu+hors|nu+hor|hors+nu skrik|dunsar|skrik+o+dunsar|skrik+och+dunsar', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  // Threats to report: a stalker back again, a threat that ends "or we burn your house", a cartridge in an envelope, a
  // note "jag ser dig", a threat by mail naming one's children's school, photos taken of one on the way to school, one's
  // address posted with a threat, a threat from a game aimed at one's family, sextortion of an adult.
  { kind: 'report', lang: 'sv', cue: 'vill+att+polisen+vet|vill+att+polisen+ska+veta|vill+att+det+finns+nedskrivet', gap: 0, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'sv', cue: 'skriver|skrivit|skrev annars+branner|annars+brinner|annars+tander', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'kuvert|kuvertet|brev|brevet|lapp patron|patroner|patronen|en+kula', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'lapp|lappar|lappen|brev|meddelande jag+ser+dig|vi+ser+dig|jag+vet+var+du+bor|vi+vet+var+du+bor', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'mejl|mail|meddelande|meddelanden|sms|brev vet vilken+skola|var+mina+barn|var+dina+barn', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'skicka|skickar|skickat|skickade foton|bilder|bild pa+mig|av+mig nar+jag|nar+jag+gar', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'skickar|skicka|sprider|lagger+ut dom|dem|bilderna|bilder till om+jag+inte+swishar|om+jag+inte+betalar|om+jag+inte+skickar|om+jag+inte+ger', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'posted|shared|leaked|put my|our ?home address', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'tell+her|tell+him|tell+them|you+better|you+should to+watch+out|watch+out|watch+your+back', gap: 1, unless: EN_GENERAL, inGames: true },
  // review130 (the home), written blind last in the same session: a stove fire that reaches the fan, a child who
  // swallowed a battery or magnets (in a draft: "mánná lea njiellan batteriija"), gas that smells in the kitchen (a
  // draft: "gassa hapsa"), and a break-in in the night told after (a draft: "Ihkku muhtun bođii min viessui").
  { kind: 'emergency', lang: 'sv', cue: 'tar+det+i|tog+det+i|brinner+i|tagit+eld+i flakten|koksflakten|gardinen|gardinerna|skapen|vaggen|taket', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'swallowed|swallow|ate battery|batteries|button+battery|magnet|magnets|magnet+balls|little+magnet+balls', gap: 5, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'svalt|svalde|svalja|atit|at batteri|batteriet|knappcell|knappcellsbatteri|magnet|magneter|magneterna', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'njiellan|njielai|njiellat batteriija|batteria|magnehta|magnehtaid', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'gassa|gasa hapsa|haksa|hapsat', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'muhtun|olbmot|olmmos bodii|bohte|bahkkii+sisa min|mu viessui|goahtai|stohpui|garasii', gap: 1, unless: SE_GENERAL },
  // review132 (second-language Swedish and English), written blind last in the same session: "jag vill döda mig själv
  // inte mer leva", and a wish to report in few words ("i want make report" after a robbery last night).
  { kind: 'suicide', lang: 'sv', cue: 'doda|dodar|skada|skadar mig+sjalv|mej+sjalv', gap: 0, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'want|wanna|need|like make|do|file ?a report|police+report', gap: 1, unless: [...EN_GENERAL_BUT_ASKING, 'streetlight', 'street light', 'pothole', 'road', 'snow', 'bins', 'garbage', 'noise', 'about a broken'] },
  // review131 (workplaces): a rockfall in the mine and contact lost (a draft: "Geađggit gahčče ruvkkes, guokte olbmo
  // leat vuolde"), a colleague who says he will drive off the road on the way home, a resident hitting another now.
  { kind: 'emergency', lang: 'en', cue: 'lost contact with', gap: 0, unless: [...EN_GENERAL, 'old friends', 'friends', 'school', 'years'] },
  { kind: 'emergency', lang: 'en', cue: 'rockfall|rock+fall|cave+in|cavein underground|in+the+mine|trapped|lost', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'geadggit|geadgi gahcce|gahcai|gahccet', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'olbmo|olbmot|olmmos leat|lea vuolde', gap: 1, unless: [...SE_GENERAL, 'jagi', 'jahki', 'jagis', 'ahki', 'ahkasas'] },
  { kind: 'suicide', lang: 'sv', cue: 'tanker|ska|vill|planerar kora+av+vagen|kora+in+i|kora+ihjal+sig|kora+ut+i', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'halka', 'halkan'] },
  { kind: 'emergency', lang: 'en', cue: 'hitting|beating|attacking|punching another|a|the resident|patient|colleague|customer|guest', gap: 1, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  // review133 (violence in close relationships and suicide; 80 of 150 in Sami drafts): thrown against the wall after a
  // quarrel ("son bálkestii mu seaidnái"), a daughter's boyfriend who hits her, told by a parent who does not know what
  // to do ("in dieđe maid dahkat" is no general question).
  { kind: 'domestic', lang: 'se', cue: 'balkestii|balkesta|balkestit|cuvkii mu seaidnai|seidnii|eatnamii|lahtti', gap: 1, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'irgi|moarsi|boadnji|isit|eamit cabma|caska|dearpa|cabmii|caskii su|mu', gap: 1, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  // review137 (money, fraud and extortion), written blind in the thirty-eighth session: a false policeman or bank
  // employee on the phone or at the door now, who wants cards, codes or valuables ("en man i telefon nu som säger han är
  // från polisen och att hon ska lägga sina kort i ett kuvert"), a card fetched at the door, a false workman back for
  // more money now, a threat to stab from those one owes money, a web shop that took the money and sent nothing, a
  // parent's savings sent to someone met online. Told as over, the report route.
  { kind: 'emergency', lang: 'sv', cue: 'sager+att|sager+han|sager+hon|sager+de|sager+dom|sa+att|sa+han|sa+hon|sade|pastar|pastod polis|polisen|polisman|banken|bankman|bankmannen|bankens kort|korten|kortet|bankkort|bankkorten|kod|koden|koderna|pinkod|pinkoden|bankid|smycken|smyckena|kontanter|kontanterna', gap: 12, unless: [...SV_GENERAL_BUT_SOON, ...FICTION, 'hur vet man', 'hur vet jag', 'tipset om', 'tips om', 'la pa', 'lade pa', 'lagt pa', 'det var banken', 'det var polisen', 'pa riktigt', 'ar sen', 'ar sedan', 'polisanmalan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'says|said|claims|claimed|claiming|saying police|policeman|officer|bank|banks cards|card|pin|pins|code|codes|bankid|jewellery|jewelry|cash|savings|valuables', gap: 10, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'how do i know', 'how can i tell', 'would never', 'hung up', 'i hung up', 'she hung up', 'he hung up', 'it was the bank', 'it really was'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'gave|handed|given card|cards|pin|code|bankid|jewellery|jewelry|cash bank+employee|policeman|police+officer|fake+officer|courier|stranger|man+who+came|guy+who+came|woman+who+came', gap: 6, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hamtade|hamtar|hamtat|hamta hennes|hans|mitt|mina|pappas|mammas|farmors|mormors|farfars|morfars bankkort|kort|kortet|korten|bankkortet|smycken|smyckena|kontanter', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'pa posten', 'posten', 'banken'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'igen+nu|nu+igen|dar+nu|har+nu vill+ha|kraver|tjatar+om mer+pengar|pengarna|betalt', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'ska|kommer+att|tanker sticka|knivhugga mig|mej|honom|henne', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'troja', 'trojan', 'vantar', 'mossa', 'sockor', 'halsduk'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'tog|tagit|tar betalt aldrig|inte skickade|skickat|levererade|levererat|kom', gap: 6, unless: [...SV_GENERAL, 'for mycket', 'dyrt', 'for dyrt'] },
  // review134 (nights out), review135 (outdoors), review136 (relayed), written blind in the same session: lost and cold
  // in the night ("vet inte var ja e.. e så kallt"), something put in one's drink, a robbery told by a son who is home
  // now, a bear at the tent, a hunter's dog home alone, someone overdue from the ice and unreachable, shots at reindeer
  // seen, a colleague selling cocaine, a daughter who sent "hjälp mig" and her position.
  { kind: 'emergency', lang: 'sv', cue: 'vet+inte+var+jag+ar|vet+inte+var+ja+e|vet+inte+var+jag+e|vet+int+var+ja+e|vet+inte+var+ja+ar kallt|fryser|kyla|minus|mobilen', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'kartan', 'hur', 'oversikt'] },
  { kind: 'emergency', lang: 'sv', cue: 'lagt|lade|la|hallt|hallde|hallit nat|nagot|nagonting|nanting|grejer|droger i glaset|i+min+drink|i+drinken|i+olen|i+mitt+glas', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'med is', 'isbitar', 'citron', 'socker'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'bidjan|bijai|bidje|bidjet juoga|maidege mu juhkamussii|juhkamussii|glassii|mu+glassii', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'ranade|ranat|misshandlade|slog+ner|ranad|misshandlad honom|henne|mig|oss|dom|dem|min+son|min+dotter', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'pa pengar', 'priserna', 'i spelet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bjorn|bjornen|en+bjorn star|gar|kommer|ar+pa+vag mot|vid|nara|utanfor|fran|meter', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'sag', 'sett', 'forra', 'i somras', 'bilder', 'bild', 'film', 'jakt', 'jakten', 'licensjakt', 'nallebjorn', 'filmade'] },
  { kind: 'emergency', lang: 'sv', cue: 'hunden|hundarna|hunden+hans|hunden+hennes kom+hem+sjalv|kom+hem+ensam|kom+tillbaka+sjalv|kom+tillbaka+ensam|kom+hem+utan', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'supposed+to+be+back|should+have+been+back|should+be+back+by|was+due+back|were+due+back|due+home phone+is+off|phone+off|not+answering|no+answer|hasnt+called|isnt+answering|cant+reach|cannot+reach|cant+get+hold', gap: 14, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'shoot|shot|shooting|shoots at+a+reindeer|at+reindeer|at+the+reindeer|a+reindeer|reindeer', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'photo', 'photos', 'camera', 'pictures'] },
  { kind: 'report', lang: 'sv', cue: 'salt|salde|langat|langade kokain|knark|narkotika|droger|hasch|amfetamin|tjack|tabletter|piller|gras|weed', gap: 3, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, ...FICTION, 'de som', 'dom som', 'dem som', 'den som', 'folk som'] },
  { kind: 'emergency', lang: 'sv', cue: 'skickade|skrev|smsade|messade hjalp+mig|sos|sin+position|sin+plats', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'med laxan', 'med laxorna', 'med flytten'] },
  // review138 (children writing themselves) and review139 (dictated, autocorrected, second-language), written blind
  // last in the same session: "han ska skjuta nån på stationen", "två man bryta in granne hus nu", a knife at school now
  // in a draft ("skuvllas lea bárdni geas lea niibi dál"), a boy who said he's gonna stab a classmate after lunch, a
  // cousin who posted that tonight is the night, an adult in a game who says not to tell mum, a mother not home since
  // yesterday.
  { kind: 'emergency', lang: 'sv', cue: 'ska|kommer+att|tanker|vill skjuta|knivhugga|skjuta+ihjal nan|nagon|folk|alla|oss|honom|henne', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'alg', 'algen', 'ripa', 'ripor', 'i spelet', 'spelet', 'fortnite', 'paintball'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'bryta+in|bryta+sig+in|bryt+in|bryter+in nu|hus|huset|granne|grannen|hos', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'hur', 'svart', 'skydda', 'larm', 'larmet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'geas+lea|sus+lea|sis+leat|geas+leat niibi|niibbi', gap: 1, unless: [...SE_GENERAL, 'duddjon', 'duddjo', 'rahkadii', 'odda', 'biebmu', 'guollai'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'gonna|going+to|will|wants+to|wanna stab|knife|shoot ?a|the his|her|ali|someone|somebody|him|a+kid|a+classmate|after+lunch|after+school|today|tomorrow', gap: 2, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'in the game', 'fortnite', 'minecraft', 'roblox', 'paintball', 'photos', 'pictures', 'a photo', 'the film', 'a film', 'a video', 'bow', 'arrows', 'archery', 'club', 'range', 'target', 'targets'], reportWhenOver: true },
  { kind: 'suicide', lang: 'en', cue: 'tonight+is+the+night|today+is+the+day done|over|goodbye|bye|end|gone', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'wedding', 'party', 'concert', 'game', 'match', 'exam', 'date'] },
  { kind: 'report', lang: 'sv', cue: 'inte+far+saga|inte+ska+saga|far+inte+saga|ska+inte+saga|inte+saga till+mamma|till+pappa|till+nan|till+nagon|till+foraldrarna|till+dina+foraldrar', gap: 1, unless: [...SV_GENERAL, 'present', 'presenten', 'overraskning', 'overraskningen', 'julklapp', 'julklappen', 'fodelsedag', 'kalaset', 'festen', 'skar sig', 'skadar sig', 'skar mig', 'bastis'], inGames: true },
  { kind: 'report', lang: 'en', cue: 'pics|pictures|photos|pic|photo|selfies underwear|naked|nude|nudes|topless', gap: 5, unless: [...EN_GENERAL, 'shop', 'store', 'sale', 'catalog', 'catalogue', 'ad', 'advert'], inGames: true },
  { kind: 'emergency', lang: 'sv', cue: 'har+inte+kommit+hem|inte+kommit+hem|har+int+kommit+hem sen|sedan|pa+hela|hela+natten', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'posten', 'paketet', 'paket', 'brevet', 'katt', 'katten', 'kattungen', 'hund', 'hunden', 'valpen'] },
  // review140 (travel and public places) and review141 (storms and the dark season), written blind last in the same
  // session: thinking of stepping down onto the track when the ore train comes.
  // A roof giving way under snow with people inside, a child who does not wake after a generator ran by the door (drafts:
  // "Dáhkki lea gahččamin muohttaga deattu dihte", "nuorimus mánná ii morihuva"), a grandmother who no longer answers
  // properly in a cold house.
  { kind: 'emergency', lang: 'se', cue: 'dahkki|dahki|dahkke lea+gahccamin|gahccamin|gahcca|gahccagoahta|gahcai', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii+morihuva|eai+morihuva|ii+moriha|ii+morihan', gap: 0, unless: [...SE_GENERAL, 'skuvlii', 'iddedis', 'bargui', 'vahkkoloahpa'] },
  { kind: 'emergency', lang: 'sv', cue: 'slutat+svara|svarar+inte|svarar+knappt|svarar+int ordentligt|nar+man+pratar|nar+jag+pratar|pa+tilltal', gap: 3, unless: [...SV_GENERAL_BUT_WHEN_ONE, ...FICTION, 'demens', 'dement', 'alzheimer', 'dagverksamhet', 'hemtjansten', 'sms', 'mejl', 'mail', 'pa facebook', 'i telefon', 'kundtjanst'] },
  { kind: 'suicide', lang: 'sv', cue: 'tanker|vill|ska|enklast|lattast|funderar ga+ner+pa|hoppa+ner+pa|kliva+ner+pa|hoppa+framfor|lagga+mig+pa|lagga+mig+framfor|ga+ut+pa sparet|ralsen|taget|malmtaget', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'far inte', 'inte ga', 'forbjudet', 'farligt att'] },
  // review142 (neighbours and the building) and review143 (Sami life; 80 of 150 in Sami drafts), written blind last in
  // the same session: small children or a baby alone for hours or days, a dog left alone for days, an old neighbour
  // who has not taken in the post for a week, a gas smell in the stairwell, someone prising the front door open now
  // with the writer locked in the bathroom, a father who smashed the door of his teenager's room, a neighbour who said
  // he will kill the writer, a brother who locks the writer in; and in drafts a child crying for hours behind a door
  // no one opens, a friend who has taken all her mother's medicines, an uncle driving drunk on the ice with children.
  { kind: 'emergency', lang: 'en', cue: 'kids|children|baby|child|toddler|kid|boy|girl been|left|home|are|is|were alone|on+their+own|by+themselves|by+itself since|for+days|for+hours|all+weekend|all+night|overnight', gap: 8, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'home alone movie', 'at what age', 'how old', 'what age', 'allowed to'] },
  { kind: 'emergency', lang: 'en', cue: 'crying|screaming|wailing no+answer|nobody+answers|no+one+answers|no+one+opens|nobody+opens|not+answering|anyone+is+home|nobody+home|no+one+home', gap: 12, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'colic', 'teething'] },
  { kind: 'report', lang: 'sv', cue: 'hunden|katten|hundarna|valpen ylat|ylar|skallat|skallar|gnyr|jamat|jamar|lamnad|ensam|sjalv sen|sedan|i+dagar|pa+dagar|i+flera+dagar|ingen+har+varit|ingen+hemma', gap: 6, unless: [...SV_GENERAL, 'nar vi', 'medan vi', 'pa jobbet'] },
  { kind: 'report', lang: 'se', cue: 'beana|beatnaga|beatnagat okto|oktonas beaivvi|beaivve|beaivvit|jandora|vahku|diimmu', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii+leat+viezzan|ii+viezzan|eai+leat+viezzan poastta|posttas|poasta', gap: 2, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'se', cue: 'gassa|gasa hadja|haddja|haja', gap: 1, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'se', cue: 'manna|manat|unnamanna|nuorra cierron|cierru|cierrot|cierrumin ii+oktage|diimmu|diimmuid|raba', gap: 6, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'sv', cue: 'forsoker|forsokte|haller+pa+att banda+upp|bryta+upp|bryta+sig+in|ta+sig+in|sparka+in dorren|ytterdorren|fonstret|altandorren|in', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'nyckeln', 'nycklarna', 'lasa upp', 'las', 'laset', 'fruset'], reportWhenOver: true },
  { kind: 'domestic', lang: 'sv', cue: 'pappa|mamma|styvpappa|styvmamma|farsan|morsan|sambon|maken|pojkvannen|brorsan|bror slog+sonder|slog+han+sonder|slog+hon+sonder|sparkade+sonder|sparkade+in|slar+sonder|sparkar+in|krossade|krossar dorren|dorrn|mitt+rum|lagenheten|fonstret', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'rekord', 'av misstag', 'rakade'] },
  { kind: 'emergency', lang: 'sv', cue: 'ska|skulle|tanker ha+ihjal|morda|doda mig|mej|oss', gap: 1, unless: [...SV_GENERAL_BUT_SOON.filter((phrase) => phrase !== 'for att'), ...FICTION, ...JOKING, 'betyg', 'betyget', 'nar hon ser', 'nar han ser', 'om hon far veta', 'om han far veta', 'nar de ser', 'nar dom ser', 'om jag glommer', 'fodelsedag', 'fodelsedagen'], reportWhenOver: true, jokeable: true },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME} laser+in+mig|laste+in+mig|laser+in+oss|laste+in+oss|stanger+in+mig|stangde+in+mig`, gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'valdan|valdii|valdime buot|ollu dalkkasiid|dalkasiid|tableahtaid|pillaid', gap: 3, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'se', cue: 'vuodja|vuoddje|vujii|vuodjet|vuodjime garremis|juhkan', gap: 4, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'cuohppan|cuohpai|cuohppe boazoaiddi|aiddi|aidi|aiddiid', gap: 3, unless: SE_GENERAL },
  // review144 (sports clubs and youth activities) and review145 (foreign workers and visitors, mostly in learners'
  // English), written blind last in the same session: CPR going on, a boy locked in the sauna by older team-mates now,
  // a drunk coach about to drive the children, a leader who says it stays between them; a colleague fallen from the
  // scaffolding who does not move, "i not want live anymore", the robber back again, a man walking behind one for 20
  // minutes, men with bats coming to the camp, a boss who beat a worker.
  { kind: 'emergency', lang: 'sv', cue: 'gor+hlr|ger+hlr|borjat+med+hlr|haller+pa+med+hlr|gor+hjartlungraddning', gap: 0, unless: [...SV_GENERAL, 'innan man', 'ska man', 'ovade', 'kurs', 'kursen', 'ova', 'ovning', 'docka', 'dockan', 'lara sig'], inGames: true },
  { kind: 'emergency', lang: 'sv', cue: 'lasat+in|laste+in|last+in|stangt+in|stangde+in vagrar+oppna|vagrar+slappa+ut|skriker|slapper+inte+ut|kommer+inte+ut', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'nycklarna', 'nyckeln', 'katten', 'hunden'], reportWhenOver: true, inGames: true },
  { kind: 'emergency', lang: 'en', cue: 'drinking|drunk|been+drinking|wasted|hammered about+to+drive|going+to+drive|gonna+drive|is+driving|will+drive|wants+to+drive', gap: 8, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'not drive', 'never drive', 'taxi', 'uber', 'bus home'], inGames: true },
  { kind: 'report', lang: 'sv', cue: 'ledaren|ledare|tranaren|tranare|lararen|larare|coachen|en+vuxen|fritidsledaren|ungdomsledaren inte+beratta|inte+saga|deras+hemlighet|var+hemlighet|deras+hemlis|hemlis|mellan+oss|mellan+dom', gap: 8, unless: [...SV_GENERAL, 'present', 'presenten', 'overraskning', 'overraskningen', 'julklapp', 'fodelsedag', 'kalas', 'taktik', 'taktiken'], inGames: true },
  { kind: 'report', lang: 'en', cue: 'coach|leader|youth+leader|teacher|instructor|trainer|adult stays+between+us|our+secret|our+little+secret|dont+tell|not+to+tell|between+you+and+me', gap: 10, unless: [...EN_GENERAL, 'surprise', 'birthday', 'present', 'gift', 'tactics', 'playbook'], inGames: true },
  { kind: 'emergency', lang: 'en', cue: 'fall|fell|falled|fallen from|off the|a scaffolding|scaffold|roof|ladder|lift|crane', gap: 2, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'he|she|him|her|they not+move|no+move|not+wake|not+breath|not+breathe|no+breathing', gap: 0, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'not+want+live|dont+want+live|no+want+live|not+want+to+live|want+no+live|not+wanna+live', gap: 0, unless: [...EN_GENERAL, ...EN_LIVE_WHERE, 'live here', 'live there', 'live in', 'live with'] },
  { kind: 'emergency', lang: 'en', cue: 'who+rob+me|who+robbed+me|who+hit+me|who+attacked+me|who+beat+me|who+threatened+me here+again|is+here|is+back|came+back|again+here', gap: 6, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'walking|been+walking|walks|walked|following behind+me|after+me', gap: 1, unless: [...EN_GENERAL_BUT_ASKING.filter((phrase) => phrase !== 'is there'), ...FICTION, 'dog', 'my dog', 'puppy', 'cat', 'reindeer'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'they|men|guys|two+men|2+men have|with|carrying bats|baseball+bats|knives|machetes|guns', gap: 2, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'cricket', 'baseball', 'game', 'hunting', 'fishing'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'boss|manager|team+leader|employer|foreman|supervisor beat|beats|hit|hits|push|pushed|punched|kicked|slapped', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'hit the deadline', 'hits the deadline', 'hit the target', 'hits the target', 'hit the road', 'hit the gym', 'hits the roof', 'hit the roof'], reportWhenOver: true },
  // review146 (dating apps and meeting strangers) and review147 (relatives in crisis), written blind last in the same
  // session: a drink left on the table and now everything spins, a daughter of 15 on her way to an adult met in an
  // app, a date who found the address and stands outside now, a date who left one on a forest road at 25 below, a
  // parked car outside for an hour; calls from a hidden number after a date, an address found, and in drafts a spiked
  // drink, a match at the door now, a romance scam.
  { kind: 'emergency', lang: 'sv', cue: 'glaset|drinken|min+drink|olen|mitt+glas konstigt|snurrigt|snurrar|dasig|benen+bar+inte|kan+inte+sta', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'med is', 'isbitar', 'citron'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'juhkamus|juhkamusa|glassa imas|in+sahte+cuozzut|jorra|jorrala', gap: 14, unless: SE_GENERAL_BUT_WHAT_TO_DO, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'vuxen+man|aldre+man|vuxen|en+man pa+vag+till+honom|pa+vag+dit|ska+traffa+honom|skickat+en+taxi', gap: 10, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'pa+vag+till|ska+traffa|ska+till|aker+till en+vuxen+man|en+aldre+man|en+vuxen', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'hittat|hittade|vet|tagit+reda+pa|aldrig+sagt min+adress|var+jag+bor star|sitter|vantar|ar+utanfor|parkerad', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'hemtjansten', 'brevbararen', 'budet', 'paketet'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'star+han|star+hon|vantar+han|vantar+hon utanfor+toan|utanfor+toaletten|utanfor+damtoan', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'parked|waiting|standing|sitting|watching outside+my+building|outside+my+house|outside+my+door|outside+my+flat|outside+my+place right+now|for+an+hour|for+hours|now', gap: 6, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'taxi', 'uber', 'delivery', 'plough', 'plow', 'snow'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'cuozzu|cuozzo|vuordda|vuorda mu+uvssa|uvssa olggobealde|olggobealde', gap: 3, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'beana', 'beatnagat', 'bussa', 'taxi', 'kafeas'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'star|ar|gar pa+en+skogsvag|pa+skogsvagen|mitt+i+skogen|vid+vagen minus|kallt|batteriet|mobilen', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'i fjol'] },
  { kind: 'report', lang: 'sv', cue: 'hittat|hittade|tagit+reda+pa min+adress|var+jag+bor', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'brevbararen', 'budet', 'paketet', 'hittade min adress pa'] },
  { kind: 'report', lang: 'sv', cue: 'ringer|ringde fran+dolt+nummer|hundratals+meddelanden|hundratals+sms', gap: 2, unless: [...SV_GENERAL, 'telefonforsaljare', 'saljare', 'foretag', 'banken', 'hemtjanst', 'hemtjansten', 'vardcentralen', 'svarar aldrig'] },
  // From review147 (relatives in crisis): a son on the balcony railing who talks of jumping, a husband off his
  // medication who said he is driving into the lake, a father's texts thanking for everything, a brother in psychosis
  // gone into the forest in a T-shirt, a father barricaded with petrol cans, a son with a razor blade, a gun cabinet key.
  { kind: 'suicide', lang: 'sv', cue: 'pratar+om+att+hoppa|hotar+att+hoppa|hotade+att+hoppa|vill+hoppa+ner|ska+hoppa+ner|tanker+hoppa+ner', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'fallskarm', 'bungee', 'hopprep', 'trampolin', 'badhuset', 'simhallen', 'hoppa av'] },
  { kind: 'suicide', lang: 'sv', cue: 'sitter|star|klattrat balkongracket|balkongkanten|fonsterkarmen|takkanten hoppa', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'fallskarm', 'bungee', 'trampolin', 'badhuset', 'simhallen', 'hopprep'] },
  { kind: 'suicide', lang: 'en', cue: 'driving|gonna+drive|going+to+drive|will+drive|wants+to+drive into+the+lake|off+the+road|into+a+tree|off+a+bridge|into+the+river|off+a+cliff|into+the+sea', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'accident', 'almost', 'nearly', 'game', 'video', 'movie'] },
  { kind: 'suicide', lang: 'sv', cue: 'tackar|tackade|tacka for+allt klara+oss+utan|klara+er+utan|klara+dig+utan|utan+honom|utan+henne|utan+mig', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'flyttar', 'pension', 'pensionen'] },
  { kind: 'emergency', lang: 'sv', cue: 'i+bara+tshirt|i+bara+t+shirt|i+bara+strumplasten|i+bara+kalsonger|utan+jacka|utan+skor|utan+ytterklader kallt|minus|morkt|mork|fryser|skogen', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'bastu', 'bastun', 'i somras', 'sommar'] },
  { kind: 'emergency', lang: 'sv', cue: 'barrikaderat|barrikaderar|barrikaderade sig', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'spelet'] },
  { kind: 'suicide', lang: 'sv', cue: 'skara+sig|skara+mig|skada+sig|skar+sig rakblad|rakbladet|rakblad+i+handen|kniven+i+handen', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'kokkniv', 'fisken', 'tomaten'] },
  { kind: 'emergency', lang: 'en', cue: 'gun+cabinet|gun+safe|the+gun|the+rifle|the+guns|the+shotgun key|keys|gone|missing|took|taken|left', gap: 8, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'for the hunt', 'licence', 'license'] },
  { kind: 'report', lang: 'en', cue: 'sent|transferred|wired|gave all+his|all+her|his+whole|her+whole|their+whole|all+our|all+my|his+entire|her+entire savings|pension|money|inheritance', gap: 4, unless: [...EN_GENERAL, 'fund', 'funds', 'account', 'stocks', 'shares', 'into', 'charity'] },
  // From review148 (older people and their carers): a grandmother with a heart condition who does not answer, a man at
  // an old neighbour's door getting aggressive, a care home's staff who hit a grandmother.
  { kind: 'emergency', lang: 'sv', cue: 'svarar|svarat|svarade inte hjartfel|hjartsjuk|hjartproblem|diabetes|diabetiker|epilepsi|dement|demens', gap: 4, unless: [...SV_GENERAL, ...SV_ASLEEP_OR_AT_BINGO, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'hjartfel|hjartsjuk|hjartproblem|diabetes|diabetiker|epilepsi|dement|demens svarar|svarat|svarade inte', gap: 6, unless: [...SV_GENERAL, ...SV_ASLEEP_OR_AT_BINGO, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'not+answering|isnt+answering|wont+answer|doesnt+answer|not+picking+up|isnt+picking+up heart+condition|heart+problems|diabetic|diabetes|epilepsy|dementia', gap: 8, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'door|doorstep getting|is|hes|became aggressive|violent|threatening', gap: 20, unless: [...EN_GENERAL, ...FICTION, 'last week', 'yesterday', 'left', 'went away'] },
  { kind: 'emergency', lang: 'sv', cue: 'dorren blir|ar|blev aggressiv|hotfull|hotfulla|aggressiva', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'forra veckan', 'igar', 'gick sin vag', 'gick darifran'] },
  { kind: 'report', lang: 'sv', cue: 'personalen|personal|vardare|vardaren|vardarna|hemtjansten|assistenten|underskoterskan|underskoterska har+slagit|slog|har+knuffat|knuffade|har+nypt|nop|har+sparkat henne|honom|mormor|farmor|morfar|farfar|mamma|pappa', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  // From review151 (school, youth and parents in winter): a man handing out small bags at the bus stop, older boys waiting
  // outside the school to beat a son up, a cousin giving away his things on "the last night".
  { kind: 'report', lang: 'sv', cue: 'delar+ut|dela+ut|delade+ut pasar|knark|droger|piller', gap: 8, unless: [...SV_GENERAL, ...SV_IN_GENERAL, ...FICTION, 'om man', 'hur', 'skolan har', 'lektion', 'foredrag'] },
  { kind: 'emergency', lang: 'sv', cue: 'star|vantar utanfor spoa|sla|misshandla|banka honom|henne|mig|oss', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'matchen', 'finalen', 'i spelet', 'i fifa', 'i schack'] },
  { kind: 'suicide', lang: 'en', cue: 'the+last+night|tonights+the+last|tonight+is+the+last gave|given|giving', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'of the', 'of our', 'borrow', 'for christmas'] },
  // From review152 and review154 (herders on the fells, people with disabilities): a man with a petrol can who will
  // burn the trailers, a fence cut and sugar in the tank, a wheelchair stuck in the snow at night with a dying phone, a
  // seizure with a head struck.
  { kind: 'emergency', lang: 'en', cue: 'burn|torch petrol|gasoline|jerrycan|jerry+can|gas+can', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'prices', 'price', 'a hole', 'generator', 'the stove', 'snowmobile fuel'] },
  { kind: 'emergency', lang: 'en', cue: 'petrol|gasoline|jerrycan|jerry+can|gas+can burn|torch|set+fire', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'generator', 'the stove'] },
  { kind: 'report', lang: 'sv', cue: 'klippt|klippte|skurit|skar+sonder|klippt+sonder stangslet|stangsel|hagnaden', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'laga', 'lagar'] },
  { kind: 'report', lang: 'sv', cue: 'hallt|hallde|hallit socker|sand i+tanken', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'wheelchair|rollator|walker stuck|trapped|tipped|cant+move|cannot+move', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'every day', 'every time', 'always', 'the ramp', 'clear the', 'plow', 'plough', 'shovel', 'last winter', 'yesterday', 'complaint', 'snow clearing', 'who do i contact', 'who should i contact', 'snow walls', 'snow wall', 'snowbank', 'snowbanks'] },
  { kind: 'emergency', lang: 'en', cue: 'phone+almost+dead|phone+is+almost+dead|phone+is+dying|battery+almost+dead cant+move|cannot+move|stuck|freezing', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'airport', 'at work', 'in traffic', 'queue', 'train', 'on the bus'] },
  { kind: 'emergency', lang: 'sv', cue: 'epilepsi|epilepsianfall|anfall|kramper|krampanfall slog|slagit huvudet', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'for flera ar sedan', 'for manga ar sedan', 'forra aret'] },
  // From review153 and review155 (nightlife, visitors in winter): sleeping pills in front of one after drinking, a last
  // sight of the aurora before walking out into the cold, a partner who locked one out in the cold.
  { kind: 'suicide', lang: 'sv', cue: 'somntabletter|tabletter|piller|tablettburk|tablettburken|tablettkarta framfor+mig', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'lakaren', 'recept', 'hur manga ska jag ta', 'dosen', 'dospasen'] },
  { kind: 'suicide', lang: 'en', cue: 'one+last+time walk+out|walk+into|disappear|end+it|freeze', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'concert', 'the band', 'tour', 'before we move', 'before moving'] },
  { kind: 'emergency', lang: 'sv', cue: 'laste+ut+mig|laste+ut+oss|laste+ut+barnen|har+last+ut+mig minus|kallt|strumporna|strumplasten|kylan|oppnar+inte', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'ut mig sjalv', 'jag laste ut mig', 'nyckeln', 'nycklarna', 'lassmed', 'lassmeden'] },
  // From review157 (roads and traffic in winter): a man with a bat walking towards one's car, a friend who drank and
  // took the car now, a partner who says he will drive off the road with the children in the car, an ex tailgating.
  { kind: 'emergency', lang: 'en', cue: 'bat|crowbar|knife|axe|hammer walking+towards|coming+towards|walking+toward|coming+at|walking+up+to', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'druckit|full|berusad|packad|fyllecirkus tog+bilen|tagit+bilen|korde+ivag|kor+ivag|satte+sig+bakom+ratten|satter+sig+bakom+ratten', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'full av', 'fullt', 'fulltankad', 'full tank', 'igar', 'forra', 'i fjol', 'taxi', 'om man'] },
  { kind: 'emergency', lang: 'sv', cue: 'ska|kommer|hotar+att|sager+att+han+ska kora+av+vagen|kora+ihjal+oss|krocka+med+flit', gap: 3, unless: [...SV_GENERAL, ...FICTION, ...JOKING, 'pa traningen', 'traningen', 'tranaren', 'matchen', 'om vi inte vinner'] },
  { kind: 'emergency', lang: 'en', cue: `${EN_EX} behind+me|tailgating|following+me|chasing+me|trying+to+push+me`, gap: 6, unless: [...EN_GENERAL, ...FICTION, 'instagram', 'on insta', 'on tiktok', 'on twitter', 'on facebook', 'on snap', 'online', 'spotify', 'in the queue', 'in line', 'at the shop'] },
  // From review158 (adults in a mental crisis): a sister on an eighth-floor balcony whose call was cut off, goodbye
  // messages to everyone and no answer, a husband in the car in the garage with the engine running, a husband missing
  // after a funeral who said life is over, a flatmate behind a locked door for days, an ex's "last night".
  { kind: 'suicide', lang: 'sv', cue: 'stod|star|sitter|stog pa+balkongen|pa+taket|pa+bron|pa+broracket brots|svarar+inte|hoppa', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'grillar', 'grillade', 'roker', 'rokte', 'solar', 'solade', 'fikar', 'kaffe'] },
  { kind: 'suicide', lang: 'sv', cue: 'hejda+meddelanden|hejdameddelanden|hejda+meddelande|hejdameddelande|avskedsmeddelanden|tack+for+allt svarar+inte|stangt+av|avstangd', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'flyttar', 'flytta', 'slutar jobbet', 'gar i pension'] },
  { kind: 'suicide', lang: 'en', cue: 'in+the+garage|in+his+garage|in+her+garage|garage engine+running|motor+running|engine+on', gap: 10, unless: [...EN_GENERAL, ...FICTION, 'warming up', 'warm up', 'to warm', 'defrost'] },
  { kind: 'suicide', lang: 'sv', cue: 'borta|forsvunnen|forsvann|saknas|hittades livet+ar+slut|vill+inte+leva|inte+leva+utan|vill+do', gap: 20, unless: [...SV_GENERAL, ...FICTION, ...JOKING, 'mobilen ar borta', 'min mobil ar borta', 'telefonen ar borta', 'laddaren ar borta', 'wifi', 'wifit', 'internet', 'netflix', 'kaffe', 'kaffet', 'morgonkaffe'] },
  { kind: 'emergency', lang: 'en', cue: 'wont+answer|doesnt+answer|not+answering|isnt+answering door+is+locked|locked+door|locked+in', gap: 10, unless: [...EN_GENERAL, ...FICTION, 'email', 'emails', 'municipality', 'landlord', 'customer service'] },
  { kind: 'suicide', lang: 'en', cue: 'is+her+last+night|is+his+last+night|is+my+last+night', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'last night in', 'last night at', 'last night of', 'last night before', 'last night here', 'shift', 'trip', 'holiday', 'vacation'] },
  // From review159 (Sami life in Kiruna and the villages): a man who just punched one's brother at the Easter festival
  // and is still there, a child who says an adult "gör illa" her.
  { kind: 'emergency', lang: 'en', cue: 'just+punched|just+hit|just+attacked|just+kicked|just+stabbed|just+beat me|my|him|her|us|someone|somebody|his', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'my target', 'my goal', 'my limit', 'my record', 'my stride', 'my inbox', 'the ball', 'a ball', 'the puck', 'in the game', 'a home run', 'a wall', 'the wall', 'a deer', 'a reindeer', 'a moose'], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'dotter|son|dottern|sonen|barnet|barn gor+illa+henne|gor+illa+honom|gor+illa+mig|gjort+illa+henne|gjort+illa+honom|gjorde+illa+henne|gjorde+illa+honom', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'av misstag', 'i leken', 'nar de lekte', 'i fotbollen', 'pa traningen'] },
  // From review160 (online life): a list of pupils who will be beaten up after school today, a video call to be sent to
  // one's family unless one pays, someone heard at the door after a doxxing, money leaving one's account now, "ur dead
  // tomorrow at lunch", a car parked outside for an hour after a chat.
  { kind: 'emergency', lang: 'sv', cue: 'ska+fa+stryk|ska+fa+spo|ska+spoas|ska+misshandlas|ska+slas+ner efter+skolan|idag|ikvall|i+kvall|imorgon|i+morgon', gap: 2, unless: [...SV_GENERAL_BUT_SOON, ...FICTION, ...JOKING, 'i schack', 'i spelet', 'matchen', 'i fifa', 'pa planen'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'send+it|post+it|share+it|send+the+video|post+the+video|send+the+pictures|share+the+pictures|send+the+photos to+my+family|to+my+work|to+my+parents|to+my+friends|to+everyone|online unless|if+i+dont', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'christmas card', 'the holiday', 'the trip'] },
  { kind: 'emergency', lang: 'sv', cue: 'horde+nan|horde+nagon|hor+nan|hor+nagon|horde+jag+nan|horde+jag+nagon|hor+jag+nan|hor+jag+nagon|nan+star|nagon+star vid+dorren|vid+ytterdorren|utanfor+dorren|i+trappan|vid+fonstret|pa+balkongen', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'grannen', 'brevbararen', 'hemtjansten', 'budet', 'tomten', 'katten', 'hunden'] },
  { kind: 'report', lang: 'en', cue: 'money+is+leaving|money+leaving|draining+my+account|emptying+my+account|using+my+bankid|logged+into+my+bank|using+my+card', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'my husband', 'my wife', 'my partner', 'my son', 'my daughter'] },
  { kind: 'report', lang: 'en', cue: 'ur+dead|youre+dead|you+are+dead|your+dead tomorrow|at+school|at+lunch|after+school|tonight', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...JOKING, 'game', 'match', 'fortnite', 'minecraft', 'if you eat', 'if you dont clean', 'mum', 'mom', 'dad'] },
  { kind: 'emergency', lang: 'en', cue: 'parked+outside|parked+out+front|sitting+outside|waiting+outside|standing+outside home+alone|im+alone|i+am+alone|nice+curtains', gap: 8, unless: [...EN_GENERAL_BUT_ASKING, ...FICTION, 'taxi', 'uber', 'delivery', 'plough', 'plow', 'snow', 'the bus', 'for the bus'], reportWhenOver: true },
  // From review161 (neighbours and housing; the Sami lines are drafts): a man behind the door trying to get in now, an
  // old neighbour who has not opened her door for three days.
  { kind: 'emergency', lang: 'se', cue: 'geahccala|geahccalii|geahccalit|bahkke|bahkkemin boahtit+sisa|sisa', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii+leat+rahpan+uvssa|ii+raba+uvssa|ii+leat+vastidan beaivvi|beaivve|beaivvit|vahku', gap: 2, unless: SE_GENERAL },
  // From review162 (sports and the outdoors): a fire at a ski cabin that is spreading.
  { kind: 'emergency', lang: 'sv', cue: 'brinner|branden|elden|lagorna sprider+sig|har+tagit+sig', gap: 14, unless: [...SV_GENERAL, ...FICTION, 'i spelet', 'ryktet', 'rykten', 'viruset', 'smittan', 'droger', 'knark', 'i kanada', 'i australien', 'skogsbranderna'] },
  // From review163 (work and shift work): a tip about dealing from a back door, a shift worker who has been looking at the
  // bridge over the railway all week, a former boss who says he knows which school one's children go to, a fire in the
  // mine (Sami draft).
  { kind: 'report', lang: 'en', cue: 'dealing+from|dealing+out+of|selling+drugs+from|selling+drugs+out+of|dealing+drugs+from', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'suicide', lang: 'sv', cue: 'langre|langer|orkar+inte|orkar+int kollat|kollar|tittat|tittar|stirrat|stirrar pa+bron|pa+jarnvagen|pa+ralsen|pa+tagen|ner+fran+bron', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'nya bron', 'bygget', 'renoveringen', 'vagarbetet', 'bilder', 'fota'] },
  { kind: 'report', lang: 'en', cue: 'knows+which+school|knows+where+my+kids|knows+where+my+children|knows+where+my+daughter|knows+where+my+son', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'my ex', 'ex husband', 'ex wife', 'my husband', 'my wife', 'my partner', 'teacher'] },
  { kind: 'emergency', lang: 'se', cue: 'ruvkkes|viesus|goadis|stobus|lanjas|biillas|skuvllas lea+dolla|buolla', gap: 1, unless: SE_GENERAL },
  // From review166 and review167 (messages typed in a hurry; the villages and the roads between them): the number to
  // report that someone took one's bike, stuck on the road with children and no fuel, a father with a crushing chest
  // while the ambulance does not come, an ex who drives past the house and stops at the mailbox.
  { kind: 'report', lang: 'sv', cue: 'anmala|polisanmala att+nan|att+nagon|att+min|att+mitt snott|stulit|stal|snodde|tagit|tog|krossat|sabbat', gap: 3, unless: [...SV_GENERAL_BUT_REASON, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'kort+fast|korde+fast|sitter+fast|fastnat ingen+tackning|bensinen+slut|soppan+slut|barn+i+bilen|barnen+i+bilen', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'igar', 'forra vintern', 'i fjol', ...PULLED_OUT] },
  { kind: 'emergency', lang: 'en', cue: 'chest+is+crushing|crushing+chest|crushing+pain|chest+pain|pain+in+his+chest|pain+in+her+chest|pain+in+my+chest', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'workout', 'the gym', 'last year', 'years ago', 'heartburn'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} kor+forbi|aker+forbi|star+utanfor|stannar+vid|hanger+utanfor`, gap: 4, unless: [...SV_GENERAL, ...FICTION, 'hamta barnen', 'lamna barnen', 'hamtar barnen', 'lamnar barnen'] },
  // From review164 (money and fraud; the Sami lines are drafts): a caller who says he is the police or the bank while a
  // grandmother or father logs in or moves the money now, a courier on his way for the cards, a young man who claims to
  // be a grandson in an old neighbour's home, a skimmer on the cash machine, "vi vet var din dotter går i skolan", a
  // friend's "ándagassii buot" and no answer.
  { kind: 'emergency', lang: 'sv', cue: 'sitter+i+telefon|sitter+i+telefonen|pratar+i+telefon|i+telefon+med|ringer+just+nu sakert+konto|logga+in+med+bankid|loggar+in+med+bankid|flytta+pengarna|flyttar+pengarna|bankid', gap: 30, unless: [...SV_GENERAL, ...FICTION, 'i filmen', 'nansin', 'nagonsin'] },
  { kind: 'emergency', lang: 'sv', cue: 'kurir|kuriren|ett+bud|budet hamta+hans+bankkort|hamta+hennes+bankkort|hamta+bankkortet|hamta+korten|hamta+kortet|hamta+bankkorten', gap: 6, unless: ['ringer runt', 'varning till', ...SV_GENERAL_BUT_REASON, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'emergency', lang: 'se', cue: 'halla|hala telefuvnnas|telefovnnas bankid', gap: 20, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'pastar+att+han+ar|pastar+han+ar|utger+sig+for+att+vara|sager+sig+vara hennes+barnbarn|hans+barnbarn|barnbarn', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'konstig+grej|nagot+konstigt|nat+konstigt|en+skimmer|skimmer pa+kortlasaren|pa+bankomaten|i+kortlasaren|pa+kortterminalen|i+bankomaten', gap: 4, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'vi+vet+var+din|vi+vet+var+du|vet+var+din+dotter|vet+var+din+son betala|betalar|swisha|swishar|pengar|skuld|skulden|30k|annars|till+fredag', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'se', cue: 'andagassii+buot|giitu+buot+ovddas ii+vastit|ii+vastte|ii+vastid', gap: 8, unless: SE_GENERAL },
  // From review165 (children and teenagers writing themselves): older boys who make one carry drugs, boys waiting
  // outside the youth centre to beat one up when one goes out, a 13-year-old an adult wants to meet tonight.
  { kind: 'report', lang: 'en', cue: 'making+me+carry|make+me+carry|made+me+carry|making+me+sell|make+me+sell|forcing+me+to+carry|forcing+me+to+sell', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'ska+fa+stryk|ska+fa+spo|ska+spoas|ska+misshandlas nar+jag+gar+ut|nar+jag+kommer+ut|nar+jag+gar+hem', gap: 2, unless: [...SV_GENERAL_BUT_SOON, ...FICTION, ...JOKING, 'i schack', 'i spelet', 'matchen', 'i fifa'] },
  { kind: 'emergency', lang: 'en', cue: 'says+hes|says+he+is|hes+18|hes+19|hes+20|hes+21|hes+25|an+adult|a+grown+man|an+older+guy wants+to+meet|meet+tonight|meet+me+tonight|meet+up+tonight', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'class', 'teacher', 'coach'] },
  // From review168 (health emergencies; the Sami lines are drafts): a tip about who sells the pills that sent a son to
  // intensive care, a grandmother whose speech is slurred and mouth droops, a man who clipped a mother on the crossing and
  // drove off, a toddler with a high fever and spots that stay under a glass, a baby floppy after a fit, a pregnant woman
  // with a headache and blurry vision, a grandmother found on the floor, chest and left arm pain far from the road.
  { kind: 'report', lang: 'sv', cue: 'tipsa+polisen+om|vill+tipsa+om vem+som+saljer|som+saljer|som+langar|vem+som+langar', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'njalmmi+nubbi+bealli|ii+hala+cielgasit|hala+sat+cielgasit|hala+shat+cielgasit', gap: 0, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'clipped|hit|struck|knocked+down|ran+over my+mum|my+mom|my+dad|my+son|my+daughter|my+wife|my+husband|my+dog|me|a+pedestrian|a+child|a+kid|a+cyclist|a+woman|a+man|someone drove+off|drove+away|didnt+stop|did+not+stop', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'deer', 'reindeer', 'moose', 'mailbox', 'a pole', 'the curb'] },
  { kind: 'emergency', lang: 'sv', cue: 'prickar|utslag|flackar inte+forsvinner|forsvinner+inte|bleknar+inte nar+jag+trycker|nar+man+trycker|under+glaset|med+ett+glas|glaset|glas', gap: 4, unless: [...SV_GENERAL_BUT_WHEN_ONE, ...FICTION, ...ABOUT_THE_TOPIC, 'finnar', 'acne'] },
  { kind: 'emergency', lang: 'sv', cue: 'feber svarvackt|gar+inte+att+vacka|gick+inte+att+vacka', gap: 6, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'igar', 'forra veckan', 'i somras', 'mar bra', 'battre nu'] },
  { kind: 'emergency', lang: 'en', cue: 'shes+floppy|hes+floppy|is+floppy|gone+floppy|is+limp|gone+limp|had+a+seizure|having+a+seizure', gap: 0, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'doll', 'plant', 'lettuce', 'noodles', 'hair', 'my hair', 'last year', 'years ago', 'when he was', 'when she was'] },
  { kind: 'emergency', lang: 'en', cue: 'pregnant blurry+vision|swollen+hands|swollen+face|heavy+bleeding|bleeding+a+lot|waters+broke|water+broke|severe+pain|terrible+pain', gap: 12, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'last time', 'last pregnancy', 'years ago'] },
  { kind: 'emergency', lang: 'en', cue: 'found+her+on|found+him+on|been+lying+on|has+been+lying+on her+bedroom+floor|his+bedroom+floor|the+bathroom+floor|the+kitchen+floor|the+floor', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'lego', 'the dog', 'the cat', 'yoga'] },
  { kind: 'emergency', lang: 'se', cue: 'bavccagit|bavcca rattat|ratti|gurut+giehta', gap: 3, unless: SE_GENERAL },
  // From review170 and review171 (public places and events; mixed-language and learners' messages; the Sami lines are
  // drafts): kicks to the head of someone on the ground, a shopping centre evacuated over a bomb threat with a child
  // inside, a young man outside the railing of the bridge, a bag said to hold a bomb, a man who touches one on the train,
  // a friend gone two hours in minus 30 without her jacket, "finish with myself".
  { kind: 'emergency', lang: 'se', cue: 'ciekcet|ciekca|ciekcalit|ciekcaba su+oaivvi|oaivvi', gap: 2, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'utryms|utrymt|utrymning|evakuerar|evakueras|evakuerat bomb|bombhot|hot+om+bomb|svarar+inte', gap: 12, unless: ['ova utrymning', 'om det skulle komma', ...SV_GENERAL_BUT_SOON, ...FICTION, 'ovning', 'brandovning', 'i fjol', 'forra aret'] },
  { kind: 'suicide', lang: 'sv', cue: 'utanpa+racket|utanfor+racket|over+racket|pa+fel+sida+om+racket pa+bron|bron|pa+taket|pa+balkongen', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'katten', 'hunden', 'bollen', 'blomman', 'tvatten', 'snon'] },
  { kind: 'emergency', lang: 'se', cue: 'das+lea+bomba|lea+bomba|bomba+das', gap: 0, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'guoskkaha+mu|ii+guode+mu+rafis', gap: 0, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'jacket+is+still+here|jacket+still+here|left+without+her+jacket|left+without+his+jacket|went+out+without+her+jacket|went+out+without+his+jacket minus|outside|cold|freezing', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'last year', 'yesterday'] },
  { kind: 'suicide', lang: 'en', cue: 'finish+with+myself|finish+myself|end+with+myself|make+an+end+of+myself', gap: 0, unless: [...EN_GENERAL, ...FICTION] },
  // From review174 (drugs and alcohol; the Sami line a draft): moonshine sold to 14-year-olds, wanting to die in
  // withdrawal with a razor at hand, a father shaking all over after stopping drinking, homemade liquor and blurred sight,
  // wanting to report one's own drunk driving.
  { kind: 'report', lang: 'sv', cue: 'saljer|langar|salde|langade hembrant|sprit|alkohol|ol|knark|droger|snus till+14+aringar|till+13+aringar|till+15+aringar|till+16+aringar|till+barn|till+ungdomar|till+minderariga|till+unga', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'straffet', 'straff for', 'hur mycket straff', 'en butik som'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill+bara+do|vill+do|vill+inte+leva har+en+rakhyvel|rakhyvel|rakblad|rakbladet|har+en+kniv|har+tabletter|har+piller', gap: 12, unless: FICTION },
  { kind: 'emergency', lang: 'se', cue: 'doarggista|doarggistii|doarggistit olles+rumasiin|rumasiin|ii+dovdda', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'homemade+liquor|moonshine|homemade+alcohol|home+brew|homebrew blurry|cant+see|throwing+up|vomiting|keeps+throwing+up', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'last year', 'how to make', 'recipe'] },
  { kind: 'report', lang: 'sv', cue: 'ange+mig+sjalv|anmala+mig+sjalv|polisanmala+mig+sjalv|anger+mig+sjalv', gap: 0, unless: FICTION },
  // From review172 and review173 (older people living alone; hate crimes; the Sami lines are drafts): a mother whose
  // door is locked from inside and who does not answer, bruises on a mother in a care home, slurs painted or sprayed, a
  // threat letter that a hut will be burnt, a group beating a man now.
  { kind: 'emergency', lang: 'en', cue: 'locked+from+inside|locked+from+the+inside nobody+answers|no+one+answers|doesnt+answer|not+answering|hasnt+picked+up', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'blamarken|blamarke personalen|i+personalen|vardaren|vardarna|hardhant|hardhand', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'ramlade', 'foll', 'trillade'] },
  { kind: 'report', lang: 'en', cue: 'painted|sprayed|wrote|scratched|carved jews+out|go+home|nazi|swastika|lapp|slur|slurs|the+n+word', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'mural', 'art wall'] },
  { kind: 'report', lang: 'sv', cue: 'klotter|klottrat|graffiti|sprayat hatbudskap|rasistiska|nazistiska|hakkors|mot+samer', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'vem bestammer', 'lagliga'] },
  { kind: 'emergency', lang: 'se', cue: 'capmet|cabmet|ciekcet ovtta+olbma|ovtta+nuora|su', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'reivve|reive|reivves boldojuvvo|boldet|boaldit|goddit', gap: 8, unless: SE_GENERAL },
  // From review175 (the Arctic winter; the Sami lines are drafts): an oxygen machine whose battery runs out in a power
  // cut, people buried by snow on the fell, stuck in a lift with asthma and no alarm, an old mother who has not answered
  // all day with the power gone.
  { kind: 'emergency', lang: 'se', cue: 'oksygenmasiinna|oksygenmasiidna|oksygena|oksygen nohka|nogai|ii+doaimma|lea+nohkame', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'muohta+gokcai|gokcai+olbmo|gokcai+guokte|gokcai+su', gap: 0, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'fastnat+i+hissen|sitter+fast+i+hissen|fast+i+hissen andas|astma|panik|larmknappen', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'igar', 'forra veckan', 'i fjol'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte+svarat|svarar+inte|inte+svarar strommen+har+varit+borta|strommen+ar+borta|stromavbrott|stromlost|elen+ar+borta', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'strommen+har+varit+borta|strommen+ar+borta|stromavbrott|elen+ar+borta inte+svarat|svarar+inte|inte+svarar', gap: 12, unless: [...SV_GENERAL, ...FICTION, 'kundtjanst', 'vattenfall', 'elbolaget', 'kommunen svarar inte', 'telefonen'] },
  // From review177 (men who say little; the Sami lines are drafts): "i could kill my foreman. not joking", "going over
  // there now with the bat", a hunting rifle stolen from the garage, "Mun dearpen mu guoimmi", a knife fight now, a
  // friend not home from a snowmobile trip at minus 32.
  { kind: 'emergency', lang: 'en', cue: 'could+kill|going+to+kill|gonna+kill|going+to+end|gonna+end|will+end+him|will+kill+him not+joking|right+now|parked+outside|know+where+he', gap: 12, unless: [...EN_GENERAL, ...FICTION, 'game', 'fortnite', 'chess', 'kill for a', 'could kill for', 'kill it', 'killing it', 'workout', 'exam', 'presentation'] },
  { kind: 'emergency', lang: 'en', cue: 'going+over+there|going+over+now|heading+over|going+there+now with+the+bat|with+a+bat|with+the+knife|with+a+knife|with+the+rifle|with+the+gun|with+an+axe', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'baseball', 'cricket', 'the bread', 'cake'] },
  { kind: 'report', lang: 'en', cue: 'took|stole|stolen my+hunting+rifle|my+rifle|my+gun|my+guns|my+shotgun', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'domestic', lang: 'se', cue: 'mun+dearpen|mun+capmen|mun+cabmen|mun+darpen mu', gap: 0, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'doarrudit|doarrumat|doarrot nibi|niibi|niibbi|varda', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'inte+hemma|int+hemma|inte+kommit+hem|har+inte+kommit minus|mobilen+dod|mobilen+ar+dod|svarar+inte|demens|dement|morkt+ute', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'forra vintern', 'i fjol'] },
  // From review176: a 30-year-old man who sends a 14-year-old money and wants to meet her alone, a classmate bringing a
  // knife tomorrow, a friend who says it is not worth it any more and is home alone.
  { kind: 'report', lang: 'en', cue: 'year+old+man|year+old+guy|grown+man|adult+man sends+her+money|sends+him+money|wants+to+meet+her|wants+to+meet+him|sends+her+gifts', gap: 6, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'en', cue: 'bringing+a+knife|bring+a+knife|bringing+a+gun|bring+a+gun|bringing+his+dads+gun tomorrow|to+school|for+the', gap: 6, unless: [...EN_GENERAL, ...FICTION, 'cake', 'bread', 'butter', 'camping', 'fishing', 'hunting', 'cooking', 'woodwork', 'craft'] },
  // From review179: "not going to make it to christmas. already wrote the letters."
  { kind: 'suicide', lang: 'en', cue: 'not+going+to+make+it|wont+make+it wrote+the+letters|wrote+letters|goodbye+letters|letters+are+written|wrote+my+letters', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'santa', 'christmas cards'] },
  // From review180 (the danger told last): hit by a car just now.
  { kind: 'emergency', lang: 'sv', cue: 'precis+pakord|pakord+nyss|nyss+pakord|blev+precis+pakord', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'igar', 'forra veckan'] },
  { kind: 'suicide', lang: 'sv', cue: 'inte+ar+vart+det+langre|inte+vart+det+langre|ar+inte+vart+det+langre|done+with+life ensam+hemma|ensam+nu|ikvall', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  // From review182 (nights out): feeling strange since drinking what a stranger offered, someone dragged away who says
  // no, a taxi driver who locks the doors and drives the wrong way, a sexual assault an hour ago (Sami, a draft).
  { kind: 'emergency', lang: 'sv', cue: 'kanner+mig+konstig|kanner+mig+jattekonstig|kanner+mig+yr|kanner+mig+snurrig|mar+konstigt sen+jag+drack+ur+glaset|drack+ur+glaset|sen+drinken|efter+drinken|drinken+som|glaset+som|shoten+som', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i helgen', 'forra helgen'] },
  { kind: 'emergency', lang: 'en', cue: 'feel+weird|feel+strange|feel+dizzy|feel+really+weird|feel+so+weird|feeling+weird|feeling+strange since+the+drink|after+the+drink|after+that+drink|since+that+drink|the+drink+he|the+drink+she|the+drink+a|the+drink+that|the+drink+some', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'yesterday', 'last weekend', 'hangover'] },
  { kind: 'emergency', lang: 'sv', cue: 'taxin|taxi|taxichauffor|chauffor|chaufforen|foraren last+dorrarna|laste+dorrarna|laser+dorrarna|lat+dorrarna|kort+fel|kor+fel|kort+fel+vag', gap: 8, unless: [...SV_GENERAL, ...FICTION, 'igar', 'forra veckan', 'barnlas'] },
  { kind: 'emergency', lang: 'en', cue: 'taxi|cab|uber|driver locked+the+doors|locked+the+door|wont+let+me+out|driving+the+wrong+way|drove+the+wrong+way', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'yesterday', 'last week', 'child lock'] },
  // From review181 (visitors in winter): a last look at the northern lights and a walk out on the ice to stay there, a
  // friend overdue from a solo ski tour with no answer.
  { kind: 'suicide', lang: 'sv', cue: 'ut+pa+isen|ut+i+snon|ut+i+kylan|ut+pa+fjallet|ut+pa+sjon bara+stanna+kvar|och+stanna+kvar|stanna+kvar+dar|och+somna|lagga+mig+och|och+lagga+mig|ligga+kvar|aldrig+komma+tillbaka', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'fiska', 'pimpla', 'pimpel', 'skoter', 'tills norrskenet', 'och titta'] },
  { kind: 'suicide', lang: 'sv', cue: 'sista+gangen+jag+ser|sista+gangen+jag+far+se|sista+gang+jag+ser norrskenet|solen|fjallen|barnen|min+familj|mina+barn', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'i ar', 'i vinter', 'innan jag flyttar', 'innan vi aker', 'pa den har resan', 'den har sasongen', 'pa ett tag'] },
  { kind: 'suicide', lang: 'en', cue: 'walk+out+on+the+ice|walk+out+onto+the+ice|go+out+on+the+ice|walk+out+into+the+snow|walk+into+the+snow|walk+out+into+the+cold just+stay|and+stay+there|and+lie+down|never+come+back|and+fall+asleep', gap: 4, unless: [...EN_GENERAL, ...FICTION, 'fishing', 'ice fishing', 'snowmobile', 'photos', 'aurora photos'] },
  { kind: 'suicide', lang: 'en', cue: 'last+time+i+see|last+time+ill+see|last+time+i+will+see the+aurora|the+northern+lights|the+mountains|my+kids|my+family', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'this trip', 'this year', 'this season', 'before we fly', 'before i move', 'for a while'] },
  { kind: 'emergency', lang: 'en', cue: 'said+back+by|said+hed+be+back|said+shed+be+back|was+due+back|supposed+to+be+back|should+have+been+back no+answer|not+back|hasnt+come+back|still+not+back|pitch+dark|not+answering|no+reply', gap: 14, unless: [...EN_GENERAL.filter((phrase) => phrase !== 'is there'), ...FICTION, 'turned up', 'showed up', 'got back', 'is back', 'came back', 'phone died'] },
  // From review183 (roads now): rear-ended and the other driver gone, a hit-and-run to report.
  { kind: 'report', lang: 'en', cue: 'rear+ended|hit+us|hit+our+car|crashed+into+us|backed+into+us|smashed+my+parked+car|hit+my+parked+car took+off|drove+off|drove+away|fled|didnt+stop|and+left', gap: 10, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'like+to+report|want+to+report|need+to+report|wanna+report a+hit+and+run|hit+and+run|a+hit+n+run', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  // From review184 (money, control and family): a carer who pushed a father, a tip about a man who takes old people's
  // pensions (Sami, a draft), a husband's grip that left a bruise (a draft), an ex who used one's BankID.
  { kind: 'emergency', lang: 'en', cue: 'carer|caregiver|home+help|care+worker|aide|nurse pushed+him|pushed+her|hit+him|hit+her|slapped+him|slapped+her|shoved+him|shoved+her|grabbed+him|grabbed+her', gap: 3, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'wheelchair', 'pushed him in his', 'pushed her in her', 'pushed him around the', 'pushed her around the', 'swing'], reportWhenOver: true },
  { kind: 'report', lang: 'se', cue: 'haliidan+addit+diedu|haliidit+addit+diedu|hallidan+addit+diedu politiijaide|politiijii|politiijai', gap: 0, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'isit|boadnji|guoibmi|irgi|ovddes+boadnji doalai+mu|doalai+mu+giedas|cabmi+mu|capmi+mu|dearpai+mu|darpii+mu', gap: 4, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: 'doalai+mu|dollii+mu|doalai+mu+giedas nu+garrasit|garrasit|alit|alihin', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'used|took|uses|had|stole my+bankid|my+bank+id|my+bank+card|loans+in+my+name|a+loan+in+my+name', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'with permission', 'with my permission', 'allowed', 'we share', 'power of attorney'] },
  // From review188 (plain-language writers and group-home staff): "I want to be dead" said plainly (and its Swedish and
  // Sami forms, drafts), a resident lost in town and freezing now, a "boyfriend" on Facebook who takes money the staff
  // call fraud.
  { kind: 'suicide', lang: 'en', cue: 'i+want+to+be+dead|i+wanna+be+dead|i+just+want+to+be+dead|i+wish+i+was+dead|i+wish+i+were+dead|id+rather+be+dead|i+would+rather+be+dead', unless: [...EN_GENERAL, ...FICTION, 'dead tired', 'hangover', 'monday', 'exam', 'homework', 'embarrassing', 'cringe', 'than go', 'than do', 'than listen', 'than watch', 'than sit'], jokeable: true },
  { kind: 'suicide', lang: 'sv', cue: 'jag+vill+vara+dod|jag+vill+va+dod|vill+bara+vara+dod|jag+onskar+att+jag+var+dod|jag+onskar+jag+var+dod|hellre+vara+dod', unless: [...SV_GENERAL, ...FICTION, 'bakfull', 'bakfylla', 'mandag', 'provet', 'pinsamt', 'an att ga', 'an att sitta', 'an att lyssna'], jokeable: true },
  { kind: 'suicide', lang: 'se', cue: 'haliidan+leat+japman|hallidan+leat+japman|haliidan+leat+jamas', unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'mun+lean+lahppon|lean+lahppon|lean+lahpon galbmon|galmmas|galbma|in+diede+gos', gap: 8, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  { kind: 'emergency', lang: 'sv', cue: 'hittar+inte+hem|hittar+inte+min+buss|hittar+inte+bussen|har+gatt+vilse|gatt+vilse|vet+inte+var+jag+ar|vet+inte+vilket+hall fryser|morkt|kallt|iskallt', gap: 10, unless: [...SV_GENERAL, ...FICTION, 'igar', 'i helgen', 'nu ar jag hemma', 'i affaren', 'i skogen med hunden'] },
  { kind: 'report', lang: 'sv', cue: 'sager|sa|tror|misstanker det+ar+bedrageri|att+det+ar+bedrageri|det+var+bedrageri|det+ar+ett+bedrageri', gap: 2, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'inte tror', 'hur gor vi', 'hur gor man'] },
  // From review185: a fight planned after the Lucia celebration today, boys waiting outside the school now, a teacher
  // who saw a knife in a pupil's bag just now (Sami, a draft).
  { kind: 'emergency', lang: 'en', cue: 'gonna+be+a+fight|going+to+be+a+fight|theres+gonna+be+a+fight|theres+going+to+be+a+fight today|tonight|after+school|after+the|behind+the', gap: 6, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'snowball', 'pillow', 'food fight', 'debate', 'in the game'] },
  { kind: 'emergency', lang: 'sv', cue: 'dom+vantar+pa+mig|de+vantar+pa+mig|dom+vantar+pa+oss|de+vantar+pa+oss|killarna+vantar+pa+mig|ganget+vantar+pa+mig utanfor|nu|vid+porten|vid+skolan', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'mamma', 'pappa', 'taxin', 'bussen', 'maten', 'julklapparna', 'presenterna'] },
  { kind: 'emergency', lang: 'se', cue: 'oidnen|oidnet|oidnii niibbi|niibi|nibi|bissu|bissui', gap: 2, unless: SE_GENERAL_BUT_WHAT_TO_DO },
  // From review186: a threat letter to an imam, reindeer killed by people, a son who "can't anymore" and does not answer
  // after months of racist messages, the Sami family's threats ("boahtte háve …"), snowmobiles hunting reindeer now
  // (drafts), a herder's pills after hate online.
  { kind: 'report', lang: 'sv', cue: 'brev|brevet|hotbrev|lapp|lappen|mejl|sms ska+brannas|ska+brannas+ner|ska+sattas+eld+pa|ska+sprangas|ska+do|ska+mordas|kommer+att+do', gap: 8, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'reindeer|calves cut+with+knives|cut+with|stabbed|slashed|mutilated|killed+by+people|shot+and+left|beaten+to+death', gap: 6, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'train', 'by a car', 'slaughter', 'slaughtering'] },
  { kind: 'report', lang: 'sv', cue: 'renkalvar|renkalvarna|renarna|renar|kalvarna|var+hund|hunden ihjalslagna|ihjalslagen|forgiftades|forgiftad|skurna|knivskurna|lemlastade', gap: 3, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'varg', 'vargen', 'jarv', 'jarven', 'rovdjur', 'taget', 'malmtaget', 'slakt', 'slakten'] },
  { kind: 'suicide', lang: 'en', cue: 'cant+anymore|cant+do+this+anymore|cant+go+on|cant+take+it+anymore not+answering|isnt+answering|wont+answer|no+answer|phone+is+off', gap: 10, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar+jag+inte+mer|orkar+inte+mer|enklast+om+jag+bara+forsvann|enklast+om+jag+forsvann har+tabletter|tabletter+hemma|piller+hemma|bara+forsvann|forsvinna', gap: 12, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'se', cue: 'boahtte+have|nubbi+have eai+leat+dusse|bahcit|bahcet|goddit', gap: 6, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'skohterat|skuhterat|skohteriin|skuhteriin bivdet|baldet|baldejit|vuojehit|vuojihit', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'gillan|gillat|vasihuvvon seksuala+veahkavaldi|seksuala+veahkavalddi|seksuala+veahkavaldima|seksualalas+veahkavaldi|seksuala+veahkavalddalasvuoda', gap: 1, unless: [...SE_GENERAL_BUT_WHAT_TO_DO, 'maid dahka politiija', 'go olmmos lea', 'jus olmmos lea'] },
  // From review187: a grown man online who has a child's location or will fetch a girl after school: a crime to report
  // (after the rules that make a meeting tonight a danger now).
  { kind: 'report', lang: 'sv', cue: 'vuxen+man|vuxen+kille|vuxen+person|aldre+man|aldre+kille|okand+man|okand+vuxen|vuxen+karl hon|han|som lart+kanna|traffat|kanner|pratat+med|chattat+med pa+natet|pa+snap|pa+snapchat|via+natet|pa+discord|pa+tiktok|pa+instagram|i+ett+spel', gap: 3, unless: [...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'hur skyddar', 'skydda', 'prata med', 'lektion', 'forelasning', 'som foralder'], reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'grown+man|adult+man|older+man|grown+up+man|an+adult|adult+stranger|a+grown+man online|on+snapchat|on+snap|on+discord|on+roblox|on+fortnite|on+tiktok|on+instagram|in+a+game', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'how to protect', 'how can i protect', 'talk to my kids', 'talk to our kids', 'lecture', 'workshop'], reportWhenOver: true },
  // From review187: a tracker found on one's car, suspected to be a neighbour's: a crime to report (after the rules for
  // someone close, which route a partner's tracker to the help for violence in close relationships).
  { kind: 'report', lang: 'sv', cue: 'gps|gpssandare|sparsandare|sparare|airtag|spionapp pa|i|under ens|min|mitt|var|vart bil|bilen|mobil|mobilen|telefon|telefonen|skoter|skotern', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'pa hunden', 'vi kom overens', 'kom overens om', 'rekommenderar'], reportWhenOver: true },
];

const R71_LAST: Rule[] = [
  // From the sets written blind later in the twenty-eighth session (review71 to review73, residents35), each a message
  // the rules and the classifier missed. At work: a resident, customer or passenger hitting someone ("en boende slår en annan i huvudet med sin käpp").
  // A mosquito swatted (everyday52: "Kollegan slog ihjäl en mygga mitt i teamsmötet").
  { kind: 'emergency', lang: 'sv', cue: `boende|boenden|en+boende|patient|patienten|kund|kunden|en+kund|passagerare|passageraren|elev|eleven|kollega|kollegan ${SV_HARM}|attackerar|sparkar ${SV_VICTIM}|en+annan|personalen`, gap: 2, unless: ['en mygga', 'myggan', 'en fluga', 'flugan', 'en geting', ...SV_GENERAL, ...FICTION, ...SV_FILMED], reportWhenOver: true },
  // Short of breath, lips numb ("Jag har svårt att få luft och läpparna känns domnade").
  { kind: 'emergency', lang: 'sv', cue: 'svart|svarare att+fa|att+andas luft|in', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'traningen', 'efter traningen', 'i backen', 'springa', 'sprang', 'pollen', 'rummet', 'sammantradesrummet', 'klassrummet', 'lokalen', 'bastun', 'bastu', 'bussen', 'ventilationen', 'ventilation', 'varmt', 'kvavt', 'instangt', 'haha', 'allergi', 'forkyld', 'forkylning', 'astma', 'sprayen', 'medicin'] },
  { kind: 'emergency', lang: 'sv', cue: 'far|fick inte luft', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'av skratt', 'skrattade'] },
  // A partner who calls every ten minutes and comes to the writer's work shouting.
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_EX} ringer|smsar|messar|skriver|kollar var+tionde|var+femte|var+tjugonde|hela+tiden|hundra+ganger|konstant|oavbrutet`, gap: 2, unless: [...SV_GENERAL, ...FICTION, 'vad betyder', 'vad menar', 'om jobbet', 'om middagen', 'saknar mig', 'pa semester', 'pa resa'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_EX}|han|hon kommer|dyker+upp till|pa jobbet|butiken|skolan|arbetet och skriker|brakar|hotar|gapar`, gap: 3, unless: [...SV_GENERAL, ...FICTION, 'kunden', 'en kund', 'chefen'] },
  // Held by the throat ("grabbed my colleague by the throat … He's still here").
  { kind: 'emergency', lang: 'en', cue: 'grabbed|grabs|grabbing|held|holding|had|has by+the+throat|by+the+neck|round+the+neck|around+the+neck', gap: 4, unless: ['this cold', 'the cold', 'the flu', 'cold has', 'sore throat', ...EN_GENERAL, ...FICTION, 'by the scruff', 'father', 'mother', 'dad', 'mom', 'mum', 'stepdad', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'host family', 'brother', 'sister', 'my ex', 'her ex', 'his ex'], reportWhenOver: true },
  // Bank cards handed to a fake police officer or courier; a client's card used by a carer.
  { kind: 'report', lang: 'en', cue: 'courier|someone|a+man|a+woman|a+guy came+to|sent+to|to collect|pick+up|picked+up|take my|our|her|his bank+cards|cards|card|bankcard|bankcards|pin', gap: 3, unless: ['would the police ever', 'do the police ever', 'never send', ...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'using|uses|used|taking|took|stealing|steals a+clients|clients|the+clients|a+residents|residents|patients|a+patients|my+mums|my+moms|my+dads|my+grandmas|my+grandpas card|bank+card|cards|money|pension|savings', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  // Sami: a colleague under a rock in the mine; hurting oneself every night.
  { kind: 'emergency', lang: 'se', cue: 'geadggi|geadgge|geadgi|biilla|biila|skohtera|skohter|masiinna vuolde', gap: 1, unless: [...SE_GENERAL, 'gavdnen', 'telefovnna', 'telefovdna'] },
  { kind: 'suicide', lang: 'se', cue: 'vahagahtan|vahagahttan|vahagahttit|vahagahtii|vahagahttet iezan|iezas|alccesan', gap: 1, unless: SE_GENERAL },
  // Review72: a video or photo to hand to the police; a neighbour threatening his partner (Sami); talk of dying (Sami).
  { kind: 'report', lang: 'sv', cue: 'lamna|lamnar|skicka|skickar|ge|visa filmen|bilden|bilderna|videon|inspelningen|klippet till+polisen', gap: 2, unless: [...SV_GENERAL, 'pa bion', 'serien', 'boken', 'pa skolavslutningen', 'fran lucia'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_HARM} su|sin guoimmi|guoibmi|isida|eamida|irggi|moarsi|mana|manaid`, gap: 1, unless: [...SE_GENERAL, 'spealus', 'leaikkas'] },
  { kind: 'suicide', lang: 'se', cue: 'hallan|halla|hallat|humai|hupma|hubmat japmima|japmin|jamima|jamin|iessorbmema|iessorbmen|iessoardima birra', gap: 1, unless: [...SE_GENERAL, 'girji', 'girjjis', 'filmmas', 'boazu', 'bohccuid'] },
  // Someone close with thoughts of suicide (residents35: "Min venn har selvmordstanker", read as Swedish).
  { kind: 'suicide', lang: 'sv', cue: 'han|hon|van|vannen|vaninnan|kompis|kompisen|son|sonen|dotter|dottern|bror|brorsan|syster|mamma|pappa|man|fru|sambo|sambon|pojkvan|flickvan har|hade|pratar+om|talar+om sjalvmordstankar|sjalvmordstanker|sjalvmordstanke|tankar+pa+sjalvmord', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'manga', 'unga som', 'den som', 'personer som', 'hur vanligt', 'statistik'] },
  // Review73 (written blind: phonetic spelling, the villages, animals). A wolf or bear at a school or a house now.
  { kind: 'emergency', lang: 'sv', cue: 'varg|vargen|vargar|bjorn|bjornen|bjornar pa|vid|utanfor|ute+pa skolgarden|skolan|forskolan|lekplatsen|garden|tomten|stugan|huset', gap: 2, unless: [...SV_GENERAL, ...FICTION, 'nyheterna', 'sag pa', 'spar', 'sparen', 'igar', 'forra veckan', 'i somras', 'jakt', 'licensjakt', 'skyddsjakt', 'nallen', 'gosedjur'] },
  { kind: 'emergency', lang: 'se', cue: 'guovza|gumpe|gumpet|guovzza lea ?dal goadi|viesu|skuvlla|stobu olggobealde|lahka|guoras', gap: 1, unless: SE_GENERAL },
  // Dogs that killed one's sheep or hens; a pickpocket.
  { kind: 'report', lang: 'sv', cue: 'hundar|hundarna|hunden dodade|dodat|bet+ihjal|rev|slet|har+dodat vara|min|mina|tva+av+vara|tre+av+vara far|faren|lamm|lammen|hons|honsen|hons', gap: 3, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'pickpocketed|pickpocket|pick+pocketed', gap: 0, unless: ['a problem', 'are pickpockets', 'problem in', ...EN_GENERAL, ...FICTION, 'beware', 'watch out', 'last year', 'years ago', 'any pickpocket', 'problems in', 'paranoid'] },
  // Suicidal thoughts written apart ("självmords tankar").
  { kind: 'suicide', lang: 'sv', cue: 'sjalvmords|sjalvmord tankar|tanke|tanken|planer', gap: 0, unless: [...SV_GENERAL, ...FICTION, 'manga', 'unga som', 'statistik'] },
  // Sami: an emergency named with what is in it ("heahtedilli biila lea gitta muohtagis").
  { kind: 'emergency', lang: 'se', cue: 'heahtedilli|heahtedilis ?dal biila|biilla|skohter|skohtera|olmmos|manat|mana|mun|mii|son', gap: 1, unless: [...SE_GENERAL, 'ii leat', 'tv', 'stivrejeami', 'ii gavdnan'] },
  // Review74 (written blind: Sami families and herders; the Sami words are drafts). A child or a person in a hole in the
  // ice; thinking of walking onto thin ice; reindeer slaughtered by another siida, or found dead by a road unreported.
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahcca|gahccan raigai|raigge|cahcai|jaurri', gap: 2, unless: ['bussa', ...SE_GENERAL, 'dal lea buorre', 'beana'] },
  { kind: 'suicide', lang: 'se', cue: 'jurddasan|jurddasit|jurddasan+ahte vazzit|mannat|vazzit+olggos jiena|cahcai|jokkii|jaurri', gap: 2, unless: [...SE_GENERAL, 'guolastit', 'bivdit', 'cuoigat', 'skohteriin'] },
  { kind: 'report', lang: 'se', cue: 'lea|leat njuovvan|suoladan|valdan|goddan min|mu bohccuid|bohcco|bohccot', gap: 1, unless: [...SE_GENERAL, 'mii leat', 'mun lean'] },
  { kind: 'report', lang: 'se', cue: 'vuoddji|biila|olmmos ii+lean|ii+leat|eai+leat diedihan|diedihan', gap: 2, unless: SE_GENERAL },
  // A fever with cramps far from town; a drunk driver among children; a fence cut, a dead reindeer left at the gate;
  // threats and hate against Sami to report; "everyone would be happier if she were dead".
  { kind: 'emergency', lang: 'sv', cue: 'borjat|borjar|har+borjat krampa|krampas|krampar|skaka|rycka', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'i benen', 'i vaden', 'efter traningen', 'traningen', 'magen', 'mensvark'] },
  { kind: 'emergency', lang: 'sv', cue: 'kor|korde runt+bland|bland|in+bland|rakt+mot barnen|barn|folk|manniskor', gap: 3, unless: [...SV_GENERAL, ...FICTION, 'skjutsar', 'skjutsa', 'skolskjuts', 'i somras', 'forra vintern'] },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan ?har klippt|skurit|rivit|forstort|sabbat ?upp|sonder|ner renstangslet|stangslet|stangsel|renhagen|hagen|grinden', gap: 2, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'lagts|lagt|lade ?en dod ren|renkalv|katt|hund|fagel', gap: 1, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'hot|hat|hatiska|rasistiska|krankande|hatkommentarer mot|om samer|samerna|oss+samer vem|var|hur anmaler|anmala|polisanmala', gap: 4, unless: [...SV_GENERAL, ...FICTION, 'statistik', 'uppsats', 'skolarbete', 'vad gor', 'hur jobbar'] },
  { kind: 'suicide', lang: 'sv', cue: 'vore|skulle+vara gladare|battre|lattare om|ifall jag|hon|han var|vore dod|borta', gap: 2, unless: [...FICTION, 'om hon var borta pa', 'om han var borta pa', 'resa', 'semester', 'flyttade'] },
  { kind: 'suicide', lang: 'en', cue: 'better|happier ?off if|without i|me|she|he|him|her was|were|am dead|gone', gap: 2, unless: [...FICTION, 'on holiday', 'on vacation', 'on a trip', 'moved away', 'the project', 'the team'] },
  // Review75 (replies in the middle of a chat): the rope ready; "I took them all already. the whole bottle".
  { kind: 'suicide', lang: 'sv', cue: 'repet|snaran ligger|hanger|ar+redo|ar+uppsatt ?redan', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'batrep', 'tvattlina', 'hoppa', 'hopprep', 'klattring', 'klattringen', 'tavling'] },
  { kind: 'suicide', lang: 'en', cue: 'took|swallowed|have+taken|ive+taken the+whole+bottle|the+whole+pack|the+whole+packet|them+all|all+of+them|all+my+pills', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'brochures', 'leaflets', 'photos', 'pictures', 'courses', 'exams', 'classes', 'the prescribed', 'as prescribed', 'the course'] },
  // English: hate against Sami posted online; a reindeer shot and left.
  { kind: 'report', lang: 'en', cue: 'mocking|threatening|hating|attacking|harassing sami|saami', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'statistics', 'essay', 'school project'] },
  { kind: 'report', lang: 'en', cue: 'calling|called|call her|him|me|us ?a dirty|lapp|lapps|lappjavel', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'en', cue: 'reindeer|a+reindeer|elk|moose ?had ?been|was|were shot|killed|poached and+left|left', gap: 3, unless: [...EN_GENERAL, ...FICTION, 'slaughter', 'slaughtered', 'hunting season', 'licence'] },
  // A reindeer found with a bullet hole (review80: "Found a dead reindeer by the road … with a clear bullet hole, it
  // wasn't hit by a car. Who should I tell?"), a shot reindeer found ("en skjuten ren"): someone's animal, killed.
  { kind: 'report', lang: 'en', cue: 'reindeer|reindeers bullet|bullets|bullethole', gap: 8, unless: [...EN_GENERAL, ...FICTION, 'hunting season', 'licence', 'license'] },
  { kind: 'report', lang: 'sv', cue: 'ren|renen|renar|renarna|renkalv skotthal|skotthalet|skotthalen|kulhal', gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'report', lang: 'sv', cue: 'skjuten|skjutna|tjuvskjuten|tjuvskjutna ren|renen|renar|renarna|renkalv', gap: 1, unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING] },
];

const RULES: Rule[] = [
  ...R71_FIRST,
  ...R66_FIRST,
  ...R61_TO_65_FIRST,
  ...R59_FIRST,
  ...R58_FIRST,
  ...R57_FIRST,
  ...R56_FIRST,
  ...R54_FIRST,
  ...R52_FIRST,
  ...R51_FIRST,
  ...R50_FIRST,
  ...R49_FIRST,
  ...R48_FIRST,
  ...R47_FIRST,
  ...R46_FIRST,
  ...R45_FIRST,
  ...R44_FIRST,
  ...R43_FIRST,
  ...R35_FIRST,
  ...R37_FIRST,
  ...R39_FIRST,
  // Suicide and self-harm.
  ...R15_FIRST,
  ...R14_SUICIDE,
  ...R15_SUICIDE,
  ...R16_SUICIDE,
  ...R17_SUICIDE,
  ...R18_SUICIDE,
  ...R19_SUICIDE,
  ...R20_SUICIDE,
  ...R21_SUICIDE,
  ...R22_SUICIDE,
  ...R23_SUICIDE,
  ...R24_SUICIDE,
  ...R25_SUICIDE,
  ...R26_SUICIDE,
  ...R27_SUICIDE,
  ...R28_SUICIDE,
  ...R29_SUICIDE,
  ...R30_SUICIDE,
  ...R31_SUICIDE,
  ...R34_SUICIDE,
  ...R35_SUICIDE,
  ...R36_SUICIDE,
  ...R37_SUICIDE,
  { kind: 'suicide', lang: 'sv', cue: 'jag vill|ska|tanker|kommer|orkar do', gap: 2, unless: ['prov att ratta', 'sa jag nar jag sag', ...SV_TOLD_BY_OTHERS, 'sa kallt', 'kallt idag', 'kallt ute', 'av kylan', ...SV_SCHOOL_SUBJECT_DEATH, 'do av stress', 'dor av stress', 'do av tristess', 'prov imorgon', 'provet imorgon', 'prov i morgon', 'nar vackarklockan', 'mandagar'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|orkar|kan inte leva', gap: 1, unless: ['utan kaffe', 'utan kaffet', 'utan choklad', 'utan mobilen', 'utan wifi', 'utan internet', 'utan netflix', 'utan snus'] },
  // Oneself ("ska ta livet av mig", "jag tar livet av mig"); someone else who tries to kill is danger (below), and a
  // cat or the homework that "tar livet av mig" is an idiom.
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar livet av mig', gap: 1, unless: ['snarkning', 'snarkar', 'brasan tar livet', ...SV_FIRE_HARD_TO_LIGHT, 'tar livet av mig varje morgon', 'tar livet av mig varje dag', ...SV_SOMEONE_ELSE_WILL, ...SV_KILLS_ME.map((thing) => `${thing} tar`), 'lkab tar', 'skift tar', 'skiftet tar', 'nattskift tar', 'nattskiften tar', 'nattskiftet tar', 'han tar livet av', 'hon tar livet av', 'sa att han tar', 'sa att hon tar', 'tar livet av mig om', ...SV_KILLS_WITH_TREATS, 'kommer ta livet av mig', 'ungarna kommer', 'mina ungar'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville do', gap: 0, unless: ['sa jag nar jag sag', 'sa kallt', 'kallt idag', 'kallt ute', 'av kylan', 'do lite infor', 'infor provveckan', 'infor provet'] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte mer|langre', gap: 0, unless: ['mer med', 'langre med', 'mer att', 'langre att', 'mer sno', 'snon', 'plogar', 'ploga', 'plogning', 'skotta', 'skottar', 'i kanten', 'haller sig i'] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte livet', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville inte finnas|existera', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'vill bara|helst forsvinna', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'ingen skulle sakna mig', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'tanker|tankt|tankte|funderar|funderat pa sjalvmord|sjalvmordet', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'garaget motorn igang', gap: 4 },
  { kind: 'suicide', lang: 'sv', cue: 'ingen skulle marka|markt|bry|sakna', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'slippa vakna|leva|finnas|existera', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'kliva|kliver|ga|springa ut framfor *taget|bussen|bilen|lastbilen', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville forsvinna for alltid', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'hittade|hittat rakblad|rakbladen|rakblad', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'bro|bron|*bron sista gangen|kvallen|natten|dagen', gap: 6 },
  { kind: 'suicide', lang: 'sv', cue: 'forlat for allt', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'to end things|everything', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'bridge|railway|tracks|train|trains easy it would be', gap: 6 },
  { kind: 'suicide', lang: 'en', cue: 'burning|burns|burned|burnt himself|herself|myself|themselves', gap: 0, unless: ['burned myself on the', 'burnt myself on the', 'coffee machine', 'ill live', 'tiny blister'] },
  { kind: 'suicide', lang: 'en', cue: 'being|im|am a burden', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'not gonna|going be around|here much|long|longer', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'ingen mening med livet|nanting|nagonting', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'ser|finns nagon|nan|ingen mening med nat|nagot|nanting|nagonting|livet|langre', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'kopt|kopte|har ett rep|repet', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'easier|better if i just|simply drove|drive|crashed|disappeared|died|jumped|ended', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'bridge|railing|roof|edge|ledge|balcony jump|jumping', gap: 6, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'jag|har|hade skar|skurit|skadar mig', gap: 1, unless: ['pa en konservburk', 'racker det med plaster', 'i fingret', 'i fingrarna', 'i tummen', 'i handen', 'pa kniven', 'pa glaset', 'pa papperet', 'nastan skar', 'nastan skurit', 'pepparkaksformen', 'hemkunskap', 'hemkunskapen', 'blodde som en gris'] },
  { kind: 'suicide', lang: 'sv', cue: 'skar|skadar|skurit mig igen|hela|varje|fortfarande', gap: 0, unless: ['nastan skar', 'nastan skurit'] },
  // Someone else: "min kompis säger att hon ska ta livet av sig".
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|tagit livet av sig', gap: 1, unless: ['forlorar igen', ...SV_GENERAL_BUT_REASON, 'om jag lamnar henne', 'om jag lamnar honom', 'om jag gar', 'for tva ar sen', 'for tva ar sedan', 'mar bra nu', 'han mar bra nu', 'hon mar bra nu'] },
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|avsluta mitt liv', gap: 1, unless: ['tillbaka mitt liv', 'ta tillbaka', 'ta hand om mitt liv', 'ta kontroll'] },
  { kind: 'suicide', lang: 'sv', cue: 'jag|mig sjalvmord|sjalvmordstankar|sjalvmordsbenagen|sjalvmordstanker', gap: 4 },
  { kind: 'suicide', lang: 'sv', cue: 'skada|skadar|skar|skara mig sjalv', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'kill|killing|hurt|hurting|harm|harming|cut|cutting myself', gap: 1, unless: ['in the book the', 'while cooking', 'shaving', 'by accident', 'accidentally', 'at the gym', 'pulled a muscle', 'nothing serious'] },
  { kind: 'suicide', lang: 'en', cue: 'want|wants|wanted|wanna|going|gonna|wish|wishes to|i die', gap: 1, unless: ['out celebrating', 'of embarrassment', 'of shame', 'of boredom', 'of laughter', 'laughing', 'dont want to die', 'do not want to die', 'dont wanna die', 'if a friend ever says', 'what should i do if', 'first aid course'] },
  { kind: 'suicide', lang: 'en', cue: 'end|take|ending|taking my|own life', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'suicidal|suicide', unless: ['lost someone to suicide', 'driving in', 'cycling in', 'suicide prevention', 'prevention line', 'prevention lines', ...['battery', 'phone', 'laptop', 'computer', 'car', 'printer'].flatMap((thing) => [`${thing} committed suicide`, `${thing} just committed suicide`]), 'lost a friend to suicide', 'lost my friend to suicide', 'lost my brother to suicide', 'lost my sister to suicide', 'im okay now', 'i am okay now', 'poster', 'for people with suicidal thoughts', 'student union', 'ive been fine', 'been fine for a long time', 'blog about recovery', 'statistics', 'statistik', 'research', 'assignment', 'murder suicides', 'murder suicide', 'info sheet'] },
  { kind: 'suicide', lang: 'en', cue: 'self harm', gap: 0, unless: ['awareness', 'presentation', 'school project', 'campaign', 'lecture', 'prevention', 'used to self harm', 'doing great', 'for two years'] },
  // Where or with whom one lives is no wish to die ("we don't want to live near the mine", "he didn't want to live in Kiruna").
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|not|doesnt|didnt want|wanna to live', gap: 1, unless: EN_LIVE_WHERE },
  { kind: 'suicide', lang: 'en', cue: 'dont|not|doesnt|didnt wanna live', gap: 1, unless: EN_LIVE_WHERE },
  { kind: 'suicide', lang: 'en', cue: 'cant go on', gap: 0, unless: ['with the snow', 'shovelled', 'shoveled', 'shovelling', 'shoveling', 'the driveway'] },
  { kind: 'suicide', lang: 'en', cue: 'wanna|gonna die', gap: 0, unless: ['sauna', 'would recommend', 'ski race', 'the race', 'signed up'] },
  { kind: 'suicide', lang: 'en', cue: 'end|ending it all', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'want|wanna|wanting|going|gonna end it', gap: 1, unless: [...EN_GENERAL, 'end it with'] },
  { kind: 'suicide', lang: 'en', cue: 'better off without me', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'kms' },
  { kind: 'suicide', lang: 'en', cue: 'giving|give|given up on everything|life|living', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'dont|not|no|doesnt|didnt want|wanna alive|exist|existing|living', gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'dont|not|doesnt|didnt want|wanna here anymore', gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'kill|killing|hurt|harm himself|herself|themselves|themself', gap: 0, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'thinking|thoughts|considering|planning|contemplating|think|thought|thinks about|of suicide|killing', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'haliidan|aiggun|hallan japmit', gap: 2 },
  { kind: 'suicide', lang: 'se', cue: 'goddit|goddet|godda|goddin iezan', gap: 1, unless: ['girjjis', 'filmmas', 'jus mun vuolggan', ...SE_DOG_TOY] },
  { kind: 'suicide', lang: 'se', cue: 'in halit|haliid eallit', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'in nagot sat|eallit', gap: 0, unless: ['muohttaga', 'muohtaga', 'muohta', 'geainnuid', 'corge'] },
  { kind: 'suicide', lang: 'se', cue: 'mun|mus|lean|haliidan|jurddasan iessorbm*|iessoard*', gap: 4, unless: ['eastadeami', 'eastadeapmi', 'ovdanbuktima'] },
  { kind: 'suicide', lang: 'se', cue: 'valdit|valdan|valda iezas|iezan hega', gap: 1 },

  // Said another way: "orkar inte längre med nånting", "vill inte vakna", "no reason to live", "better off if I was gone".
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte mer|langre med allt|nanting|nagonting|livet|mig', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ska inte|aldrig vakna', gap: 2, unless: ['vakna tidigt', 'vakna i tid'] },
  { kind: 'suicide', lang: 'sv', cue: 'om jag dog|dor|forsvann|forsvinner', gap: 0, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'om jag inte fanns|levde|existerade', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'hoppa|hoppar fran|framfor|ut bron|taket|tag|taget|balkongen|fonstret', gap: 2, unless: [...SV_GENERAL, 'om skrivaren', 'skrivaren kranglar'] },
  { kind: 'suicide', lang: 'sv', cue: 'gora|gor slut pa allt|livet|mig', gap: 0, unless: ['komma hit och gora slut', 'ska komma och gora slut', 'han ska gora slut pa mig', 'hon ska gora slut pa mig', 'att han ska komma hit och gora'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|onskar det|allt|livet ska ta|tar slut', gap: 2, unless: ['slut med', 'slut pa'] },
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|no see|find the|any point anymore|living|life|trying', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'no|any reason|point to|in live|living|exist|existing', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'better off if|when i|im am|was|were|gone|dead|wasnt|werent|died', gap: 2 },
  // Not someone else who does not wake up (review76: "hit head, much blood and he not wake up"): that is an emergency.
  { kind: 'suicide', lang: 'en', cue: 'i|and|to never|not wake up|again', gap: 1, unless: ['on time', 'in time', 'early', 'he not wake', 'she not wake', 'they not wake', 'he does not wake', 'she does not wake', 'he doesnt wake', 'she doesnt wake', 'he wont wake', 'she wont wake'] },
  { kind: 'suicide', lang: 'en', cue: 'jump|jumping off|from the bridge|roof|building|balcony', gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|meds take|taking|swallow them|all', gap: 4, unless: EN_GENERAL },
  // Pills, a goodbye, a plan: "ska ta alla sina tabletter", "how many paracetamol does it take to die", "texted me
  // goodbye", "thinking about ending it tonight", "står på bron o tänker hoppa", "han ska skjuta sig".
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|tagit|tog|svalja|svalt|svalde alla|hela|massa tabletter|tabletterna|piller|pillren|medicin|medicinerna|burken', gap: 2, unless: ['skrev ut', 'kuren', 'kuren ar klar', 'antibiotika', ...SV_AS_PRESCRIBED] },
  { kind: 'suicide', lang: 'sv', cue: 'tabletter|piller|alvedon|paracetamol|ipren|somntabletter|medicin do|dor|dod|doda|overdos', gap: 5 },
  { kind: 'suicide', lang: 'en', cue: 'take|taking|took|swallow|swallowed all|whole|bunch pills|tablets|meds|bottle', gap: 2, unless: ['as prescribed', 'with breakfast', 'with lunch', 'with dinner', 'with a meal', 'with meals', 'with food'] },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|paracetamol|tylenol|ibuprofen|meds|painkillers die|dead|kill|overdose|od', gap: 5 },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|rope|razor|blade in my hand|hands', gap: 0 },
  // Not a class's or a workplace's farewell letters (review151: "Nioorna har en tradition att skriva avskedsbrev till varandra").
  { kind: 'suicide', lang: 'sv', cue: 'avskedsbrev|avskedsbrevet|avskedsmeddelande|avskedsmess|avskedsvideo', unless: ['tradition', 'traditionen', 'till varandra', 'till klassen', 'till lararen', 'till kollegorna', 'gar i pension', 'grat av gladje'] },
  { kind: 'suicide', lang: 'en', cue: 'texted|sent|wrote|posted|messaged|left me|us|a goodbye|farewell', gap: 2 },
  // Goodbyes before a move abroad (review158: "sent goodbye messages to everyone tonight because she's leaving for Australia").
  { kind: 'suicide', lang: 'en', cue: 'goodbye|farewell|suicide note|notes|letter|letters|message|messages|video|videos', gap: 0, unless: ['leaving for', 'moving to', 'moves to', 'going to miss', 'flyttar till', 'flyttar'] },
  { kind: 'suicide', lang: 'en', cue: 'thinking|think|plan|planning|decided about|of|on|to ending|end it', gap: 1, unless: ['it with', 'the call', 'the meeting'] },
  { kind: 'suicide', lang: 'en', cue: 'end|ending|finish|finishing it tonight|today|now|soon', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'tonight|today im|i|ill ending|end|finishing|finish it', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'jag borde do', gap: 1, unless: ['skrev att', 'sa att', 'sager att', 'tycker att', 'skriver att', 'kommenterade'] },
  { kind: 'suicide', lang: 'sv', cue: 'inget|ingenting|inte kvar att leva|vanta', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'hoppas|onskar jag|att inte vaknar|vakna', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'sluta existera|finnas|leva', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'varfor finns|lever jag', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'aldrig komma|kommer tillbaka|hem', gap: 0, unless: [...SV_GENERAL, 'pengarna', 'paketet'] },
  { kind: 'suicide', lang: 'sv', cue: 'hon|han|hen|de|dom|eleven|kompisen skar|skadar|skurit sig', gap: 1, unless: [...SV_GENERAL, 'pa kniven', 'i fingret', 'pa glaset', 'i handen', 'motorsagen', 'motorsag', 'sagen', 'yxan', 'olycka', 'pa jobbet'] },
  { kind: 'suicide', lang: 'en', cue: 'nothing|no left to live', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'cut|cuts|slit|slashed arms|wrists|wrist', gap: 1, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'standing|sitting on the|a bridge|ledge|railing|edge', gap: 1, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'want|wanting|urge|urges to hurt|harm|cut|kill yourself|myself', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'steer|steering|swerve|swerving|drive into truck|trucks|traffic|tree|wall|lorry|train|bus|oncoming', gap: 2, unless: ['the truck ahead', 'ahead of me', 'in front of me', 'the driver', 'driver is', 'has been swerving', 'is swerving', 'keeps swerving',
    // Someone else's driving (review83: "Drunk driver right now on the E10 …, swerving into the oncoming lane"). Not "a
    // car" or "a driver": "Sometimes I want to steer a car into a tree", "I work as a driver and …" are the writer's.
    'drunk driver', 'drunk driving', 'another driver'] },
  { kind: 'suicide', lang: 'sv', cue: 'jag borde inte leva|finnas|existera', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'fortsatta|fortsatter leva', gap: 0, unless: ['som vanligt', 'som forut', 'leva har', 'leva i', 'leva med', 'leva ett', 'leva pa'] },
  { kind: 'suicide', lang: 'sv', cue: 'ska|vill|tanker|hotar|kommer|planerar skjuta|hanga|drunkna|drana sig|mig', gap: 2, unless: ['hanga med', 'hanga pa', 'hanga upp', 'skjuta upp', 'hotat att', 'har hotat', 'hotade att', 'hotat med att', 'han ska skjuta mig', 'hon ska skjuta mig', 'dom ska skjuta mig', 'de ska skjuta mig'] },
  { kind: 'suicide', lang: 'sv', cue: '*bron|taket|kanten|stupet|balkongen|raset tanker|ska|vill|kommer hoppa', gap: 3, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'inte vill|orkar leva|finnas', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'battre|lattare utan mig', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'sparat|samlat|samlar|sparar|hamstrat tabletter|piller|medicin|mediciner', gap: 2, unless: ['resan', 'resa', 'semester', 'semestern'] },
  { kind: 'suicide', lang: 'sv', cue: 'somna|sova och|o aldrig|inte vakna', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'funderar|tanker|ska|vill|bestamt|bestamde pa|att avsluta alltihop|allt|livet', gap: 3 },
  // Not firewood or the lawn (everyday6: "I'm cutting firewood").
  { kind: 'suicide', lang: 'en', cue: 'been|started|keep|still|im cutting|harming', gap: 0, unless: ['fence', 'reindeer fence', 'the fence', 'cutting firewood', 'cutting wood', 'cutting trees', 'cutting the grass', 'cutting grass', 'cutting the lawn', 'cutting hair', 'cutting down on', 'cutting down trees', 'cutting the tree', 'cutting the trees'] },
  { kind: 'suicide', lang: 'en', cue: 'cutting again', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'talking|talks|talked|talk about ending|killing|suicide|dying', gap: 1, unless: [...EN_GENERAL, 'suicide prevention', 'awareness'] },
  { kind: 'suicide', lang: 'en', cue: 'gave|giving|given away his|her|my|all stuff|things|belongings|possessions|guns|rifles|rifle|gun|tools|dogs|dog|pets|cat', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'saving|saved|stockpiling|hoarding|collecting up pills|tablets|meds', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'be better without me', gap: 1 },

  // Signs told without the words: self-injury ("slår huvudet i väggen tills det blöder", "I hit myself until I bruise",
  // "čuohppan iežan"), scars hidden, pets, guns and tools given away, "won't need it where I'm going", standing
  // on a roof, "the only way out … not waking up", "won't be a problem for much longer", "att få dö", "inte komma ner
  // igen", "in boađe šat ruoktot".
  { kind: 'suicide', lang: 'sv', cue: 'slar|slog|slagit|dunkar|dunkade|bankar|bankade|river|rev|branner|brande sig|mig|huvudet|skallen|armarna|armen tills blodar|blod|blamarken|blamarke|ont', gap: 4 },
  { kind: 'suicide', lang: 'en', cue: 'hit|hits|hitting|punch|punches|punching|bang|bangs|banging|slap|slaps|slapping|scratch|scratches|scratching|pinch|pinches|pinching|bite|bites|biting|burn|burns|burning myself|himself|herself|head|arms|arm|legs|skin|wrists|thighs until|till|til bruise|bruises|bruised|bleed|bleeds|bled|bleeding|hurts', gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'hitting|punching|starving myself|himself|herself', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'dolja|doljer|dolde|gomma|gommer|gomde|skyla|skyler arr|arren|arret|skarsar|skarsaren|snitten', gap: 3, unless: [...SCARS_OF_OTHER_THINGS, 'julklapparna', 'strypa honom om han glommer'] },
  { kind: 'suicide', lang: 'en', cue: 'hide|hiding|hid|conceal|concealing|covering scars|cuts|scar', gap: 3, unless: SCARS_OF_OTHER_THINGS },
  { kind: 'suicide', lang: 'sv', cue: 'ge|gett|gav|ger|givit|skankt|skankte|skanker bort gevar|gevaren|bossor|bossorna|vapen|vapnen|verktyg|verktygen|agodelar|hund|hundar|hundarna|hunden|katt|katter|katten|katterna|djur|djuren', gap: 2, unless: ['flyttar', 'flytta', 'allergi', 'allergisk', 'roda korset', 'myrorna', 'loppis', 'loppisen', 'second hand', 'valpar', 'valparna', 'kattungar', 'kattungarna'] },
  { kind: 'suicide', lang: 'sv', cue: `inte behova|behover|behovs ${SV_THINGS_ALL} dar|dit jag ska|hamnar|kommer`, gap: 4 },
  { kind: 'suicide', lang: 'sv', cue: `behover|behovs|behovde inte ${SV_THINGS_ALL} dar|dit jag ska|hamnar|kommer`, gap: 4 },
  { kind: 'suicide', lang: 'en', cue: 'wont|not|never|longer need|needed any|anything|it|them|this|that|stuff|things|money where|wherever im|i|am going|headed|heading', gap: 4 },
  { kind: 'suicide', lang: 'sv', cue: 'tankar|tanker|tankt|tankte|funderar|funderingar|tanken inte finnas|leva|existera|vakna', gap: 3, unless: SV_LIVING_SO },
  { kind: 'suicide', lang: 'sv', cue: 'inte tanker|tankte|planerar leva|finnas|existera', gap: 0, unless: SV_LIVING_SO },
  { kind: 'suicide', lang: 'sv', cue: 'att|vill|ville fa do', gap: 0, unless: ['ratt att'] },
  { kind: 'suicide', lang: 'sv', cue: 'inte|aldrig komma ner|tillbaka|hem igen|nagonsin|mer', gap: 1, unless: [...SV_GENERAL, 'forran', 'innan'] },
  { kind: 'suicide', lang: 'sv', cue: 'enda utvagen|utvag|vagen do|doden|vakna|sjalvmord|livet', gap: 8 },
  { kind: 'suicide', lang: 'sv', cue: 'imorgon|igen eller nagonsin|nansin', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'star|sitter|stod|satt|statt|suttit|klattrat|klattrade uppe|pa|ovanpa taket|*bron|kanten|stupet|racket|broracket', gap: 2, unless: [...SV_GENERAL, ...ON_A_ROOF_FOR_WORK, ...ON_A_VEHICLE] },
  { kind: 'suicide', lang: 'en', cue: 'im|standing|sitting|stood|sat|climbed|climbing on|onto|atop the|a roof|rooftop|ledge|bridge|railing', gap: 2, unless: [...EN_GENERAL, ...ON_A_ROOF_FOR_WORK, 'kids', 'children', 'boys', 'girls', 'teens', 'cat', 'gutter'] },
  { kind: 'suicide', lang: 'en', cue: 'roof|rooftop|bridge|ledge|railing wanted|want|needed someone|somebody|anyone to know', gap: 10 },
  { kind: 'suicide', lang: 'en', cue: 'only|one way out waking|wake|die|dying|dead|death|kill|killing|suicide|ending|end', gap: 8 },
  { kind: 'suicide', lang: 'en', cue: 'about|of|wish|hope|hoping not|never waking|wake up', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'wont|not|wouldnt|no be a|an|any problem|burden|bother|trouble much|any longer', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'dont|not|no|never plan|planning|planned|intend|intending|expect|expecting on|to be|being around|alive much|long|longer', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'hes|shes|feels|feel|feeling|theyre a|such|just burden', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'tomorrow or ever', gap: 0 },
  { kind: 'suicide', lang: 'se', cue: 'in halit sat leat dappe', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'buoret|buorre mu|munnje haga', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'eallin|eallima|eallimis ii|in|iige veara|avki|mearkkas*|ulbmil*', gap: 4 },
  { kind: 'suicide', lang: 'se', cue: 'cuohpp*|cuohpa*|bavccagaht*|vahagaht* iezan|iezas|iezaset', gap: 1, unless: ['ii oktage', 'ii okta', 'in bavccagahttan', 'in bavccagahttan iezan', 'sus manna bures', 'manga jagi dassai'] },
  { kind: 'suicide', lang: 'se', cue: 'in boade sat ruoktot|ruovttoluotta', gap: 1 },


  // From the thirteenth review set: a means that "would solve everything", a life lived "klart", a last winter, a plan
  // to steer into the ore trucks or onto thin ice, searches for painless ways, "so quick from here", "won't need a
  // return ticket", scratching and carving oneself, scheduled goodbyes, pills with drink, and in Sami "buoret livččii
  // jápmit", "eallán doarvái", "in leat šat dáppe", "iige boađe ruoktot", a rifle taken to the fells.
  { kind: 'suicide', lang: 'sv', cue: 'gevar*|bossan|bossa|vapnet|pistolen|repet|tabletterna|pillren skulle|ska|kan|kunde losa|fixa allt|alltihop|problemen|allting', gap: 4, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'levt|levat klart|fardigt|fardig|nog|fardigt', gap: 1, unless: ['i kiruna', 'har uppe', 'i stan', 'i gruvan', 'i stugan', 'med sin gamla', 'med sin mobil', 'med mobilen', 'med telefonen', 'med datorn', 'med bilen'] },
  { kind: 'suicide', lang: 'sv', cue: 'blir|ar|bli min|mitt sista vinter|jul|julen|sommar|dag|natt|helg|ar|manad|vecka', gap: 1, unless: [...SV_IN_GENERAL, 'i kiruna', 'har uppe', 'i stan', 'flyttar', 'flytta', 'pa jobbet', 'i gruvan', 'pension', 'pensionen', 'innan', 'som', 'i skolan', 'i klassen', 'i laget'] },
  { kind: 'suicide', lang: 'en', cue: 'be|is|will my last winter|christmas|summer|day|night|birthday', gap: 1, unless: [...EN_GENERAL, 'in kiruna', 'up here', 'here', 'moving', 'job', 'at work', 'before', 'retire', 'retirement', 'school', 'contract', 'season'] },
  { kind: 'suicide', lang: 'sv', cue: 'funderat|funderar|funderade|tanker|tankt|tankte|vill|ville|lust|planerar|frestad|frestande styra|kora|svanga|gira|kliva|hoppa|ga in|rakt|ut framfor|i malmbil*|lastbil*|motande|malmtag*|taget|bergvaggen|bergvagg|tradet|ett', gap: 4, unless: SV_IN_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'planerar|tanker|ska|bestamt|vill kora|ga|aka ut pa|i|over sjon|isen|alven|vaken|vakar tunn|tunna|svag|oppet|oppen', gap: 5, unless: [...SV_GENERAL, 'inte tunn', 'for tunn', 'tjock', 'tjockt', 'saker', 'sakert', 'bar'] },
  { kind: 'suicide', lang: 'en', cue: 'planning|plan|planned|decided|gonna|going|want|wanna|intend drive|walk|go|ride|ski onto|into|out the|lake|ice|river|water thin|open|weak|cracking', gap: 5, unless: [...EN_GENERAL, 'not thin', 'too thin', 'thick', 'safe', 'is it'] },
  { kind: 'suicide', lang: 'sv', cue: 'sokt|sokte|soker|googlat|googlar|googlade|sokhistorik* pa|efter|om ihjal|do|dor|smartfritt|smartfria|sjalvmord|overdos|hanga|hanger', gap: 8, unless: [...SV_GENERAL, ...FICTION] },
  { kind: 'suicide', lang: 'en', cue: 'searched|searching|searches|googled|googling|googles|looked|looking|history painless|die|dying|suicide|overdose|kill|killing|hang', gap: 8, unless: [...EN_SEARCHED_HARMLESS, ...EN_GENERAL, ...FICTION, 'movie', 'game'] },
  { kind: 'suicide', lang: 'en', cue: 'painless|painful|quickest|easiest way|ways|method|methods to|of die|dying|go|end+it|do+it', gap: 1, unless: [...EN_GENERAL, 'way out of the', 'way to go to', 'go to the'] },
  { kind: 'suicide', lang: 'en', cue: 'least|most painful|painless way|ways|method', gap: 0, unless: ['way to', 'way of', 'method to', 'method for', 'way for', 'ways to', 'ways of', 'vaccine', 'injection', 'tattoo'] },
  { kind: 'suicide', lang: 'sv', cue: 'smartfritt|smartfriaste|enklaste|snabbaste satt|sattet|vag|sattet att do|ta|avsluta|forsvinna', gap: 2, unless: [...SV_GENERAL, 'ta sig', 'ta bort', 'ta korkort'] },
  { kind: 'suicide', lang: 'en', cue: 'would|itd|could be so|very|really quick|quickly|easy|fast|simple from|up here', gap: 1, unless: ['to the', 'to get', 'to drive', 'to walk', 'to go', 'to reach', 'to take', 'to ski', 'by car', 'by bus', 'by train'] },
  { kind: 'suicide', lang: 'sv', cue: 'skulle ga sa fort|snabbt|latt harifran|haruppe|harufran', gap: 1, unless: ['till', 'med bil', 'med bussen', 'med taget'] },
  { kind: 'suicide', lang: 'en', cue: 'said|says|told|joked|laughed|saying wont|not|never|no need|needing a|any return|way ticket|back', gap: 3, unless: ['since', 'because', 'fly', 'flying', 'flight', 'train back', 'bus back', 'ride back'] },
  { kind: 'suicide', lang: 'sv', cue: 'sa|sager|skamtade|skrev behover|behova|behovs ingen|inte returbiljett|returbiljetten|hembiljett|hemresa', gap: 3 },
  { kind: 'suicide', lang: 'sv', cue: 'rispa|rispar|rispat|rispade|rista|ristar|ristat|ristade|karva|karvar|karvat|karvade mig|sig|armarna|armen|handlederna|handleden|laren|benen', gap: 1, unless: ['pa taggtraden', 'pa en gren', 'pa grenen', 'pa spiken', 'pa kniven', 'pa glaset', 'av misstag', 'katten', 'i tra', 'i traet', 'initialer'] },
  { kind: 'suicide', lang: 'sv', cue: 'meddelanden|meddelande|brev|mejl|mail|mess|sms|video|videon skickas|skickar|gar|ut automatiskt|schemalagt|schemalagda|tidsinstallt|tidsinstallda', gap: 5, unless: [...SV_GENERAL, 'paminnelse', 'paminnelser', 'faktura', 'fakturor', 'kan man', 'kan jag', 'kan ni', 'fran er', 'fran kommunen', 'nyhetsbrev'] },
  { kind: 'suicide', lang: 'en', cue: 'messages|message|letters|letter|emails|email|texts|video scheduled|schedule|send|sent|go out automatically|scheduled|timed', gap: 5, unless: [...EN_GENERAL, 'reminder', 'reminders', 'newsletter', 'invoice', 'can i', 'can you', 'from you'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|orkar|kan int|inge|ej leva|finnas|existera', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'tagit|tog|svalt|svalde mammas|pappas|hans|hennes|alla|massa|flera|en|ett lugnande|somntabletter|sovtabletter|sobril|imovane|zopiklon|oxascand|stesolid|tramadol|oxikodon|antidepressiva|sertralin|citalopram|somnmedel|morfin|insulin', gap: 1, unless: [...SV_IN_GENERAL, 'brot sig in', 'inbrott', 'stal', 'stulit', 'snodde'] },
  { kind: 'suicide', lang: 'se', cue: 'in|mun leat|lea sat dappe', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'iige|ii|in boade|boadan|boahte sat ruoktot|ruovttoluotta', gap: 1, unless: [...SE_GENERAL_BUT_IF, 'ozzon barggu', 'barggu', 'gaffestallama'] },
  { kind: 'suicide', lang: 'se', cue: 'valda|valdii|valdan|valdit bissu|bissus|bissuid|gevara duoddarii|meahccai|vuovdai', gap: 6 },
  { kind: 'suicide', lang: 'se', cue: 'buoret|buorre|alkit|alki livcci|lea japmit|jamit', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'jurddasan|jurddasit|jurddasa japmit|japmima|japmin', gap: 4 },
  { kind: 'suicide', lang: 'se', cue: 'eallan|eallime doarvai', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'ii|in haliit|halit|haliid sat borrat|eallit|juhkat', gap: 1 },

  // Violence or threats from someone close.
  ...R37_SHARED,
  ...R14_DOMESTIC,
  ...R15_DOMESTIC,
  ...R16_DOMESTIC,
  ...R17_DOMESTIC,
  ...R18_DOMESTIC,
  ...R19_DOMESTIC,
  ...R20_DOMESTIC,
  ...R21_DOMESTIC,
  ...R22_DOMESTIC,
  ...R23_DOMESTIC,
  ...R24_DOMESTIC,
  ...R25_DOMESTIC,
  ...R26_DOMESTIC,
  ...R28_DOMESTIC,
  ...R29_DOMESTIC,
  ...R30_DOMESTIC,
  ...R31_DOMESTIC,
  ...R34_DOMESTIC,
  ...R35_DOMESTIC,
  ...R36_DOMESTIC,
  ...R37_DOMESTIC,
  // Hurt by his own fall, not by the writer's partner (review154: "Epilepsi anfall. Min man. Nu. Han slog huvudet i bordet").
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina|var|my ${SV_CLOSE} ${SV_HARM}`, gap: 4, unless: ['i skidsparet', 'i skid sparet', 'ar snabb for att', 'slog sig', 'slagit sig', 'slagit en kompis', 'slog en kompis', 'pa rasten', 'slog huvudet i bordet', 'slog huvudet i golvet', 'slog huvudet nar han foll', 'slog huvudet nar hon foll', 'halsa pa', 'komma och halsa', ...SV_SPARRING, 'en kille slog', 'en kille som slog', 'slog i knat', 'slog i knaet', 'slog i benet', 'slog i armen', 'slog i armbagen', 'slog i tan', 'slog i hakan', 'var man', 'var kan man', 'var ska man', 'var far man', 'hotar att flytta', 'hotar att sluta', 'hotar att skilja', 'hotade att skilja', 'hotar med skilsmassa', 'hotar att ga', 'hotade att flytta', 'skolgarden', 'i skolan', 'pa stan', 'pa bussen', 'av nagra', 'av en kille', 'av killar', 'av nan', 'av en som', 'av nagon som', 'av en man', 'av en kvinna', 'av en okand', 'av nagon okand', ...SV_BY_OTHERS_AT_SCHOOL, 'chaffis', 'chaffisen', 'chauffor', 'chauffoeren', 'chauffisen', 'busschauffor', 'busschaufforen', 'stadsbussens', 'fragade vad', 'vad misshandel betyder', 'skvallra', 'hotar att skvallra', 'hotar att salja', 'hotar att komma', 'stanna hela julen'] },
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina|var ${SV_CLOSE}|${SV_HOME} doda|dodar mig|oss`, gap: 4, unless: [...JOKING, 'var man', 'var kan man'], jokeable: true },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|valdtagen|inlast|slagit|misshandlat|hotat|radd av|for min|mitt|mina ${SV_CLOSE}`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'jag|mig|vi|oss utsatts|utsatt|drabbas|drabbad|slagen|misshandlad|hotad vald|hemma|hemmet', gap: 4 },
  // review86: "a player on a minecraft server says he knows where i live and will come find me" — a stranger online.
  { kind: 'report', lang: 'en', cue: 'player|gamer|stranger|account|user|guy|kid on|in a|the server|game|chat|discord|minecraft|fortnite|roblox says|said|wrote|writes|posted knows|know|found where i|we live', gap: 6, unless: [...EN_GENERAL, ...FICTION], inGames: true },
  // review85: "my brothers say they will hurt me if i keep seeing my swedish boyfriend, they follow me after school" —
  // the family's control of whom one sees (EN_OUT_OF_HOME's "after school" rules out the rule after this one).
  { kind: 'domestic', lang: 'en', cue: 'brother|brothers|uncle|uncles|cousin|cousins|family|relatives|father|dad|parents hurt|kill|beat|punish|harm me if+i keep|continue|start|ever seeing|dating|meeting|texting|see|date|meet', gap: 3, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} ${EN_HARM}`, gap: 3, unless: ['christmas light', 'christmas lights', 'threatened to leave me if', 'charger', 'were fine now', 'we are fine now', 'were good now', 'hits the gym', 'hit the gym', 'hits the slopes', 'hit the slopes', 'hits the road', 'hits the hay', ...EN_OUT_OF_HOME, 'beat me at', 'beats me at', 'beat me in', 'beat us at', 'hit me up', 'hits me up', ...EN_HARM_LOOKALIKES, ...EN_HEAD_KNOCKS, ...EN_BOARD_GAMES, 'family tradition', 'ice hole', 'after sauna', 'in my country', 'swedish law', 'what is domestic violence', 'confiscate', 'my grades', 'eat my last', 'my last cookie', 'cookie', 'make me go', 'ice fishing', 'heart attack', 'is that normal', 'at his age', 'at her age', 'slams doors', 'throw out my', 'hockey jerseys'] },
  { kind: 'domestic', lang: 'en', cue: `hit|beaten|abused|threatened|attacked|raped|hurt|afraid|scared|frightened by|of my ${EN_CLOSE}`, gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'i|im victim|experiencing|suffering|suffer abuse|violence', gap: 4 },
  { kind: 'domestic', lang: 'se', cue: `mu|mun ${SE_CLOSE} ${SE_HARM}`, gap: 2, unless: ['ii mana sat skuvlii', 'samegiela oahpaheaddji', ...SE_PLAY, ...SE_FOLLOWING_HARMLESS, 'borrat', 'gahkuid', 'balkestit', 'raigai', 'arbevierru', 'skohtera', 'odda telefuvnna', 'jus mii eat oastte', 'ii sat hala', 'ii sat speala'] },
  // Violence at home seen by the one writing: "pappa slår mamma", "mamma blir slagen av pappa", "dad hits mom".
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME} ${SV_HARM} ${SV_HOME}|mig|oss|henne|honom`, gap: 2, unless: [...SV_GENERAL_BUT_REASON, 'skotta', 'skottar', 'diska', 'diskar', 'stada', 'stadar', 'plugga', 'pluggar', 'barnarbete', 'nej hon borjade', 'nej han borjade', 'vardag i var soffa', 'snoboll', 'med en snoboll', 'snobollen'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME} skriker|brakar|brak pa|med ${SV_HOME}|mig|oss`, gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|slagna|misshandlade|hotade av ${SV_HOME}`, gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina ${SV_CLOSE}|${SV_HOME} blir|ar|har|blev slagen|misshandlad|hotad|slagit|misshandlat`, gap: 2, unless: [...SV_GENERAL, 'skolgarden', 'i skolan', 'pa stan', 'pa bussen', 'av nagra', 'av en kille', 'av killar', 'av nan', 'hockeymatchen', 'matchen', 'traningen', 'i hockey', 'i fotboll'] },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|slagna|misshandlade|hotade av sin|sina|hennes|hans ${SV_CLOSE}`, gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_HOME} ${EN_HARM} ${EN_HOME}|me|us`, gap: 2, unless: [...EN_GENERAL, 'beat me at', 'beats me at', 'beat us at', 'beats us at', 'hit me up', 'hits me up', ...EN_HARM_LOOKALIKES, ...EN_HEAD_KNOCKS] },
  { kind: 'domestic', lang: 'en', cue: `hit|beaten|abused|threatened|attacked|raped|hurt by|from his|her|their ${EN_CLOSE}`, gap: 1, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} is|gets|can violent|abusive|aggressive`, gap: 2 },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} is|are|gets|got|was|being|been beaten|abused|hit|attacked|threatened|hurt`, gap: 2, unless: [...EN_GENERAL, ...EN_PLAY_HITS, ...EN_OUT_OF_HOME] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} ${SE_HARM}`, gap: 3, unless: ['borrat', 'gahkuid', 'gahku', ...SE_GENERAL, ...SE_PLAY, ...SE_FOLLOWING_HARMLESS, 'skuvllas', 'skuvlla'] },

  // Fear and control at home: "jag vågar inte gå hem", "he won't let me see my friends", "han tar mina pengar".
  { kind: 'domestic', lang: 'sv', cue: 'vagar inte ga|aka|komma hem', gap: 2, unless: ['fran stan', 'fran krogen', 'fran centrum', 'pa natten'] },
  { kind: 'domestic', lang: 'en', cue: 'scared|afraid|terrified|frightened to|of go|going home', gap: 1, unless: ['from town', 'at night', 'from the centre', 'from the center'] },
  { kind: 'domestic', lang: 'se', cue: 'ballan mannat|vuolgit ruoktot', gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'inte later|lat mig lara|ga|traffa|prata|jobba|ringa|aka|kora|lamna|svara|umgas', gap: 1, unless: [...SV_GENERAL, ...SV_NIGHTS_OUT] },
  { kind: 'domestic', lang: 'sv', cue: 'later|lat mig inte traffa|ga|prata|jobba|lara|aka|kora|lamna|svara|umgas|ringa', gap: 1, unless: ['ga och lagga mig', 'lagga mig innan', 'portioner', 'farmor', 'mormor', ...SV_GENERAL, ...SV_NIGHTS_OUT, 'polisen', 'kommunen', 'skolan'] },
  { kind: 'domestic', lang: 'en', cue: 'husband|wife|boyfriend|bf|girlfriend|gf|partner|he|she doesnt|dont|wont|never let me|her|him', gap: 2, unless: ['the movie', 'the film', 'the game', 'the match', 'the show', 'the concert'] },
  { kind: 'domestic', lang: 'se', cue: 'ii divtte mu|min', gap: 0, unless: ['girji'] },
  // The card with the bonus (review156: "Min fru tar alltid mitt bankkort när hon handlar, det är ju mitt som har bonus på Coop").
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|pojkvannen|han|hon tar|tog|tagit|kollar|kontrollerar|styr|laser|laste|gommer|gomde mobil|mobilen|telefon|telefonen|pengar|pension|pensionen|pengarna|pass|passet|nycklar|lon|bankkort|konto`, gap: 3, unless: ['spellistan', 'styra spellistan', 'musiken', 'bonus', 'lektionen', 'pa lektionen', 'larare', 'lararen', 'lektion', 'pokerkvallen', 'pa poker', 'i poker', 'spela mot', 'ranad', 'blev ranad', 'ranade', ...SV_GENERAL_BUT_REASON, ...SV_PARENTS_RULES, 'falsk', 'falska', 'bedragare', 'bedragaren', 'bluff', 'bluffare', 'lurad', 'lurade', 'hemtjansten', 'personalen', 'vardaren', 'assistenten', 'i personalen', 'blev lurad', 'han va polis', 'han var polis', 'sa han var', 'sa han va', 'han lanar', 'hon lanar', 'han lanade', 'hon lanade'] },
  // A bill a parent pays (review156: "My mum checks my phone bill every month because she pays it").
  { kind: 'domestic', lang: 'en', cue: `husband|wife|boyfriend|bf|girlfriend|gf|partner|he|she|${EN_HOME} controls|checks|takes|took|take|keeps|hides my|her|his|their|our money|pension|phone|passport|keys|card|documents|id`, gap: 3, unless: ['phone bill', 'because she pays', 'because he pays', 'birthday', 'to buy me', 'cake', 'because i asked him', 'because i asked her', 'because i asked', ...EN_GENERAL, ...EN_BY_MISTAKE, 'saves it', 'saving it', 'for me', 'helps me'] },
  // Attacked at work by a passenger, a customer, a boss (review89: "taxi driver here, drunk passenger grabbed my neck from
  // behind … he's still in the back seat"; "min chef tog tag i mig i halsen … förra veckan").
  { kind: 'emergency', lang: 'en', cue: 'passenger|customer|guest|client|patient grabbed|grabs|attacked|attacks|hit|hits|punched|choked|strangled me|my', gap: 3, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'domestic', lang: 'en', cue: 'grabbed|grabbing|squeezed|squeezing|held|holding|choked|pulled|pulling|pulls my|her|his neck|throat|hair', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she is|keeps|keep controlling|controls me|her|him`, gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'if i leave|left|tell|report kill|hurt|find|hit', gap: 5 },
  { kind: 'domestic', lang: 'sv', cue: 'skyddat|skyddad|skyddade boende|adress|identitet', gap: 0, unless: [...SV_GENERAL, 'vad ar', 'vad betyder', 'hur far man', 'finns det'] },
  { kind: 'domestic', lang: 'sv', cue: 'jag inte far|fick ga|traffa|jobba|prata|ringa', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'pushed|shoved|threw me|her|him down|into|against|over|across', gap: 1, unless: ['a guest', 'guest', 'a customer', 'customer', 'client', 'a patient', 'at school', 'kids at', 'classmates', 'at my daughters school', 'at my sons school', ...EN_STRANGERS] },
  { kind: 'domestic', lang: 'en', cue: 'comes|coming|came into my|our room|bedroom at night', gap: 2, unless: ['airbnb host'] },
  { kind: 'domestic', lang: 'en', cue: 'bruises on her|his|my neck|arms|face|back', gap: 1, unless: [...EN_CARER_WORDS, ...EN_GENERAL] },
  { kind: 'domestic', lang: 'sv', cue: 'blamarken|blamarke pa halsen|armarna|ryggen|kroppen|ansiktet|benen', gap: 1, unless: [...SV_GENERAL, ...SV_SPORTS_AND_FALLS, ...SV_OUT_OF_HOME, 'hockeytraningen', 'efter hockeyn', 'efter matchen', 'efter traningen'] },
  { kind: 'domestic', lang: 'sv', cue: 'skickar|skicka mig tillbaka', gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: 'kontaktforbud|tilltradesforbud', unless: [...ABOUT_THE_TOPIC, 'forklara', 'innebar', 'samhallskunskap', 'samhallskunskapen', 'lektionen', 'laxan', 'inga problem', 'inga problem alls'] },
  { kind: 'domestic', lang: 'sv', cue: 'om jag lamnar|lamnade honom|henne|dig', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'if i leave|left|try him|her', gap: 1, unless: ['alone', 'baby', 'daycare', 'at home', 'dog', 'cat', 'husky', 'puppy', 'home all day'] },
  { kind: 'domestic', lang: 'en', cue: 'kill|hurt|find me|us if i leave|left|go|tell', gap: 1, unless: EN_NOT_CLOSE_SAYS },
  { kind: 'domestic', lang: 'en', cue: `${EN_HOME}|stepdad screaming|yelling|shouting at ${EN_HOME}|me|us`, gap: 3, unless: [...EN_GENERAL, ...JOKING_WORDS, 'clean my room', 'clean up', 'do my homework', 'do the dishes'], jokeable: true },
  // Forced marriage, honour, an ex who will not stop, a partner who locks in or touches against one's will.
  { kind: 'domestic', lang: 'sv', cue: 'tvinga|tvingar|tvingas|tvingade|tvingat gifta|gifte|forlova', gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: 'gifta|gifter|gifte bort mig', gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: 'skicka|skickar|skickas mig|barnen|oss till hemlandet|utomlands|utlandet', gap: 3 },
  // Word order after "då", "sen": "då slår han mamma".
  { kind: 'domestic', lang: 'sv', cue: `${SV_HARM} han|hon ${SV_HOME}|mig|oss`, gap: 0, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} skickar|lagt|lade|sprider|spridit|spred|delat|delade hot|hotelser|nakenbilder|nakenbild|nudes|bilder|filmer`, gap: 3 },
  // Not the writer who locked themselves in to hide (review89: "det står en kille med kniv vid kassan … NU jag har låst in mig på lagret").
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME}|han|hon last|lasat|laste|laser|lasa|stangde|stangt|stanger|stanga in mig|oss`, gap: 3, unless: ['jag har last in mig', 'jag last in mig', 'vi har last in oss', 'vi last in oss', 'jag har lasat in mig', 'jag lasade in mig'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME}|han|hon kastade|kastar|kastat pa|mot mig|oss|${SV_HOME}`, gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME}|styvfarsan|farsan|morsan|han|hon slanger|slangde|kastar|kastade|krossar|sparkar|slar|sla|slog sonder|saker|grejer|mobler|porslin|tallrikar|tallrikarna|glas|koppar`, gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'bestammer|bestamt|bestamde vad|vem|hur|allt jag|for|over', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'ar det har vald|misshandel|valdtakt', gap: 1, unless: [...SV_GENERAL, 'som loftena'] },
  { kind: 'domestic', lang: 'sv', cue: 'ar detta vald|misshandel|valdtakt', gap: 0, unless: [...SV_GENERAL, 'som loftena'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she threw|throws|throwing at me|us`, gap: 3 },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she|hes|shes screaming|smashing|breaking|throwing|wrecking things|stuff|everything|furniture|dishes|chairs|plates|glasses|bottles`, gap: 3, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'decides|controls|chooses what|who i wear|see|eat|meet|talk', gap: 2 },
  { kind: 'domestic', lang: 'en', cue: 'checks|tracks|monitors|reads my location|texts|messages', gap: 1, unless: ['sweet but', 'made it over', 'so he knows i made it'] },
  { kind: 'domestic', lang: 'en', cue: 'is this|it abuse|abusive|rape', gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: 'tvangsgift*|tvangsaktenskap*|bortgift*', unless: [...SV_GENERAL, 'vad ar', 'vad betyder'] },
  { kind: 'domestic', lang: 'sv', cue: 'familjens|familjen|slaktens|var heder|hedern', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'forcing|force|forced|forces|making|pressuring|pressure me to marry|married|wed', gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} forfoljer|forfoljde|trakasserar|trakasserade|bevakar|vaktar|spionerar`, gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} star|stod|vantar|vantade|hanger|smyger utanfor`, gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} dyker|dok upp`, gap: 8 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} slutar inte`, gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} skickar|smsar|ringer|messar hundra|massa|tusen|tusentals|hundratals|konstant|jamt`, gap: 3 },
  // An ex in the recommendations (review156: "my ex keeps turning up... in my Spotify recommendations").
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} following|turning|turns|turned|follows|followed|stalking|stalks|stalked|harassing|harasses|harassed|watching|outside|showing|showed|shows|waiting|parked|spying|tracking|tracked`, gap: 3, unless: ['recommendations', 'spotify', 'algorithm', 'in my feed', 'we just laughed', 'awkward but', 'what do you', 'how do you', 'what happens'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX} posted|shared|leaked|spreading|spread my|our|nude|nudes|private`, gap: 3 },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she|bf|gf locked|locks|locking me|us|her|him|them in|inside`, gap: 5 },
  { kind: 'domestic', lang: 'en', cue: 'he|she choked|chokes|choking|strangled|strangles|strangling her|him|me', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'what he|she does|did|doing to me', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'cant have me no|nobody', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'regret leaving him|her|me', gap: 0 },
  { kind: 'domestic', lang: 'en', cue: 'tracker|gps|airtag on|in my car|bag|phone|jacket', gap: 1, unless: ['can i put', 'can we put', 'should i put', 'should we put', 'is it legal to put', 'is it ok to put', 'is it okay to put'] },
  { kind: 'domestic', lang: 'sv', cue: 'tar|tog|tagit strypgrepp|struptag pa mig|henne', gap: 1 },
  { kind: 'domestic', lang: 'sv', cue: 'satt|installerat|lagt|gomt en|ett gps|sparsandare|sparare|spionapp', gap: 2, unless: SV_NOT_CLOSE_SUSPECTS },
  { kind: 'domestic', lang: 'sv', cue: 'gps|sparsandare|sparare|sandare pa|i|under min|mitt|bilen|mobilen|telefonen', gap: 1, unless: SV_NOT_CLOSE_SUSPECTS },
  { kind: 'domestic', lang: 'sv', cue: `slog|slar|misshandlade|sparkade min|mitt ${SV_CLOSE}|${SV_HOME} mig|oss`, gap: 4, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'om jag begar|vill|ansoker skilsmassa|skilja', gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'tar|tog|ror|rorde pa|vid mig inte vill|ville', gap: 4 },
  { kind: 'domestic', lang: 'en', cue: 'touches|touched|touching|groping|groped me inappropriately|without|sexually|against|there', gap: 2, unless: ['a guy', 'some guy', 'a man', 'some man', 'a stranger', 'random guy', 'a random', 'at the party', 'at a party'] },
  // Harm and control told in other words: "har börjat slå mamma", "mamma drar mig i håret", "han ska göra mamma illa",
  // "hon får inte svara när vi ringer", locked out on the balcony in the cold, made to sleep in the car, an ex who logs
  // in as one, "my wife scratched my face", a wedding planned for a sixteen-year-old, brothers who threaten
  // ("vieljat áitet mu"), an ex-husband who turns up, a drunk husband breaking things.
  { kind: 'domestic', lang: 'sv', cue: `borjat|borjade|borja|brukar sla|misshandla|hota|sparka|knuffa|lugga|strypa ${SV_HOME}|mig|oss|henne|honom|barnen|barnet`, gap: 1, unless: [...SV_GENERAL, 'sla oss ner', 'sla mig ner', 'sla oss ihop', 'sla mig ihop'] },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME} drar|drog|rycker|ryckte|slet|sliter mig|oss|henne|honom i haret|armen|oronen`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME} luggar|luggade|luggat mig|oss|henne|honom`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: `gora|gor|gjorde ${SV_HOME}|barnen|barnet illa`, gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: 'hon|han|hen far|fick inte traffa|prata|ringa|umgas|lamna|aka|ga', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'hon|han|hen far|fick inte svara nar|telefon|telefonen|mobilen|oss|mig', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME}|han|hon laser|last|laste|lasat|lasa|stanger|stangde|stangt ute|utanfor mig|oss|barnen|barnet|henne|honom|dem|dom|ungarna`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|${SV_HOME}|han|hon laser|last|laste|lasat|lasa|stanger|stangde|stangt mig|oss|barnen|barnet|henne|honom|dem|dom|ungarna ute|utanfor`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} loggar|loggade|loggat|gar|gick|hackar|hackade|hackat in|i pa|mitt|min|mina`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'vet|ser|kollar|sparar|foljer var jag ar|befinner|gar hela|jamt|alltid', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNER_OR_PARENT} scratched|scratches|clawed|claws|bit|bites|spat|spits|burned|burnt|scalded me|us|my|her|him`, gap: 2, unless: [...EN_GENERAL, 'my back', 'his back', 'her back'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she locked|locks|locking|lock|shut|shuts|kicked|kicks|threw|throws me|us|her|him|them out|outside`, gap: 2, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she threw|throws|thrown|tossed my|our|his|her clothes|things|stuff|belongings out|outside|snow`, gap: 3 },
  { kind: 'domestic', lang: 'en', cue: `${EN_PARTNER_OR_PARENT} threw|throws|smashed|smashes|destroyed|destroys my|our|her|his phone|phones|laptop|passport`, gap: 3, unless: JOKING },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she|stepdad makes|made|make|forces|forced|force me|us|her|him|them sleep|sleeping|kneel|kneeling|sit|stay|wait|lie|stand|spend outside|car|balcony|snow|cold|garage|shed|porch|outdoors`, gap: 3 },
  { kind: 'domestic', lang: 'en', cue: 'my wedding|marriage|engagement|husband im|am|only|just|turned 12|13|14|15|16|17', gap: 8 },
  { kind: 'domestic', lang: 'en', cue: 'im|am|only|just 12|13|14|15|16|17 my wedding|marriage|engagement|husband', gap: 8 },
  { kind: 'domestic', lang: 'en', cue: 'dont|not|never want|wanna marry|married him|her|my|this|that|someone|anyone|cousin', gap: 3 },
  { kind: 'domestic', lang: 'en', cue: 'marry|married me|her|him off', gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: 'mitt|hennes|hans brollop|giftermal|forlovning ar|bara 12|13|14|15|16|17', gap: 8 },
  { kind: 'domestic', lang: 'se', cue: `ovddes ${SE_CLOSE} boahta|boahtan|cuovvu|vuorda mu|min|munnje`, gap: 2, unless: ['borrat', 'ilus', 'sotnabeaivve'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} cuvke|cuvket|cuvkkii|cuvkii davvir*|buot|lasa|lasaid|uvssa|uvssaid`, gap: 4 },


  // From the thirteenth review set: medicines or money locked away and "senil" shouted at an old parent, someone kept
  // in a room, a relative coming into one's room at night, a knife held up by a spouse, afraid and not allowed out,
  // the children threatened away, sleeping in the car because he gets dangerous, a tracker found, food locked away,
  // a door locked on a daughter, honour and brothers who watch, an ex who sends a photo of one's new home, a parent's
  // threat in Sami with "jus" (if), a son who takes money, a drunk husband with a knife.
  { kind: 'domestic', lang: 'sv', cue: 'laser|laste|lasat|lasa|gommer|gomde in|undan mina|mitt|min mediciner|medicin|medicinen|pengar|pengarna|mat|maten|telefon|mobil|mobilen|pass|passet', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'skriker|skrek|kallar|kallade|sager|sa jag|mig ar|e senil|dement|vardelos|odugling', gap: 3, unless: [...SV_IN_GENERAL, ...JOKING] },
  { kind: 'domestic', lang: 'en', cue: 'takes|took|taking|keeps|kept|controls|controlling|steals|stole|spends her|his|my|their pension|benefits|allowance|savings', gap: 1, unless: [...EN_GENERAL, 'tax', 'taxes', 'government', 'state', 'agency', 'fund'] },
  { kind: 'domestic', lang: 'en', cue: 'keeps|kept|locks|locked|shuts|shut|keeping her|him|me|us|them in|inside her|his|my|their|the room|bedroom|basement|cellar', gap: 1, unless: ['supervisor', 'my boss', 'manager', 'coworker', 'colleague', 'foreman', ...EN_GENERAL, 'keeps me in the loop', 'in the room with'] },
  { kind: 'domestic', lang: 'sv', cue: 'kommer|kom|smyger|smog|gar|gick in pa|i mitt|vart|min rum|rummet|sovrum|sovrummet|sang|sangen natten|natterna|natt|kvallarna', gap: 3, unless: [...SV_IN_GENERAL, 'katten', 'hunden'] },
  { kind: 'domestic', lang: 'sv', cue: 'inte att han|hon|hen ror|rorde|tar|tafsar|kladdar|kommer mig|pa|in', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'holl|haller|viftade|viftar|pekade|pekar|riktade|riktar|hotade upp|mot|med kniven|kniv|yxan|gevaret|bossan|pistolen gifta|gift|ihop|sambo|sambos|tillsammans|maken|frun', gap: 12 },
  { kind: 'domestic', lang: 'sv', cue: 'radd|radda|livradd|livradda inte far|fick|tillats|tillater ga|lamna|traffa|prata|ringa', gap: 3, unless: [...SV_IN_GENERAL, ...SV_NIGHTS_OUT, 'rasten', 'kylan', 'minus'] },
  { kind: 'domestic', lang: 'sv', cue: 'stanna|stannar|kvar|lamnas|gifta hos|i slakten|hemlandet radd|radda|inte', gap: 12, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'om jag han|hon tar|ta|tar barnen|ungarna|barnet|dottern|sonen', gap: 5, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'om jag inget|inte|forlorar|mister|far uppehallstillstand*|uppehallstillstandet|permanent', gap: 12, unless: [...SV_GENERAL, 'hur', 'migrationsverket'] },
  { kind: 'domestic', lang: 'sv', cue: `sover|sov|sovit|sova jag|vi|barnen|oss i bilen|garaget|trapphuset|tvattstugan|forradet for|nar han|hon|${SV_CLOSE}`, gap: 3, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|han|hon blir|ar|kan farlig|valdsam|aggressiv|hotfull`, gap: 2, unless: ['kollar hockey', 'farligt for honom', 'farligt for henne', 'ar det farligt for', 'e det farligt for', ...SV_IN_GENERAL, 'for trafiken', 'i trafiken', 'for sig sjalv'] },
  { kind: 'domestic', lang: 'en', cue: `${EN_CLOSE}|he|she gets|is|becomes|can dangerous|violent|aggressive`, gap: 2, unless: [...EN_GENERAL, 'where can', 'if their', 'if your', 'support'] },
  { kind: 'domestic', lang: 'sv', cue: 'hittade|hittat|hitta|upptackte|fanns|satt en|ett|nan airtag|airtags|gps|sparare|sparsandare|tracker|sandare', gap: 1, unless: [...SV_GENERAL, ...SV_NOT_CLOSE_SUSPECTS, 'hittegods', 'parkbank', 'pa marken', 'i snon', 'lamnar man in', 'lamna in', 'hunden', 'for hunden', 'till hunden', 'pa hunden', 'katten', 'rekommenderar'] },
  { kind: 'domestic', lang: 'en', cue: 'found|find|discovered|noticed a|an airtag|tracker|gps|tile', gap: 1, unless: [...EN_GENERAL, 'someones airtag', 'someones tracker', 'in the snow', 'on the ground', 'on a bench', 'hand it in', 'lost property', 'lost and found'] },
  { kind: 'domestic', lang: 'sv', cue: 'las|hanglas|kedja|kedjor pa|for kylen|kylskapet|skafferiet|frysen|skafferi|maten', gap: 1, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `far|fick bara|inte ata|dricka nar|om han|hon|${SV_HOME} sager|vill|bestammer|tillater`, gap: 2, unless: [...SV_IN_GENERAL, 'godis', 'lordagsgodis', 'glass'] },
  { kind: 'domestic', lang: 'en', cue: 'lock|locks|locked|padlock on the fridge|food|cupboard|pantry', gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'han|hon har last|laste|lasat dorren|ytterdorren|dorrarna|in', gap: 1, unless: [...SV_IN_GENERAL, 'butiken', 'affaren', 'kontoret'] },
  { kind: 'domestic', lang: 'sv', cue: 'skammer|skamde|vanarar|vanarade ut|over familjen|slakten|oss', gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'shames|shamed|shaming|dishonours|dishonors|dishonoured|dishonored|shame the|our|my|his|her|on family', gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'brothers|brother|cousins|uncle|uncles|father|dad|family|relatives follow|follows|watch|watches|spy|spies|report me|everything|on', gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'broder|brorsor|brorsorna|bror|kusiner|farbror|morbror|pappa|slakten|familjen foljer|bevakar|vaktar|spionerar|rapporterar|skvallrar mig|allt|pa', gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'moved|move|moving|fled|flee|escaped|ran|relocated get|got|getting|be away|far from him|her|them|my', gap: 3, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'flyttade|flytta|flytt|flydde|flytit|komma|fly bort|undan|fran|ifran honom|henne|exet|dem|dom|han', gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_EX}|exs sent|texted|posted|sends|texts photo|photos|picture|pic|video of my|our car|house|place|door|window|home|apartment|flat`, gap: 4 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} skickade|skickar|skickat|postade|messade bild|bilder|foto|film pa|av min|mitt|mina bil|bilen|hus|huset|lagenhet|lagenheten|dorr|dorren|fonster|nya`, gap: 4 },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} ${SE_HARM} mu|min|munnje|midjiide`, gap: 5, unless: ['spealus', 'speallu', 'dusse speallu', ...SE_GENERAL_BUT_IF, ...SE_FOLLOWING_HARMLESS, 'borrat', 'gahkuid', 'raigai', 'arbevierru', 'vuovdit mu skohtera', 'corge latnja', 'vuovda mu skohtera'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} valda|valdii|lohka|lohkka|dollet|doalla mu|min rudaid|ruda|telefovnna|pensuvnna`, gap: 3, unless: ['goarttaid', 'speallamis', 'spealus', 'speallu'] },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} niibbi|niibbiin|niibi|bissu|bissuin|akssu|akssuin`, gap: 5, unless: ['manimus have', 'manimus geardde', ...SE_GENERAL, ...SE_HUNTING, 'njuovvan', 'njuovahat', 'njuovahaga', 'njuovahagas', 'njuovvamis', 'njuovadit', 'boares bissut', 'addit daid politiijaide', 'jamii'] },

  // Danger now: violence, threats, break-in, accident, fire, weapons.
  ...R14_EMERGENCY,
  ...R15_EMERGENCY,
  ...R16_EMERGENCY,
  ...R17_EMERGENCY,
  ...R18_EMERGENCY,
  ...R19_EMERGENCY,
  ...R20_EMERGENCY,
  ...R21_EMERGENCY,
  ...R22_EMERGENCY,
  ...R23_EMERGENCY,
  ...R24_EMERGENCY,
  ...R25_EMERGENCY,
  ...R26_EMERGENCY,
  ...R27_EMERGENCY,
  ...R28_EMERGENCY,
  ...R29_EMERGENCY,
  ...R30_EMERGENCY,
  ...R31_EMERGENCY,
  ...R34_EMERGENCY,
  ...R35_EMERGENCY,
  ...R36_EMERGENCY,
  ...R37_EMERGENCY,
  ...R39_EMERGENCY,
  // Overtime (review153: "Chefen slog ihjäl oss med övertid idag, behöver en öl").
  { kind: 'emergency', lang: 'sv', cue: `${SV_HARM}|attackerar|ranar|ranade|knivhugger|skjuter|jagar mig|oss`, gap: 1, unless: ['jag slog mig pa isen', 'slog mig pa isen', 'influensan slog ut mig', 'slog ut mig', 'som ett lik', 'med overtid', 'med overtiden', 'skotta', 'diska', 'stada', 'plugga', 'barnarbete', 'valpen', 'valp', 'hunden', 'katten', 'kattungen', 'pa tummen', 'i tummen', 'hammaren', 'hammarn', 'med hammaren', 'slar mig att', 'slog mig att', ...SV_IN_GENERAL, 'i foten', 'sjalv i foten', 'aldrig slagit', 'aldrig slog', 'inte slagit', 'aldrig hotat', 'i hissen', 'knuffar in mig', 'ingen skada', 'funkar fint', 'sta i mal', 'i mal', 'pa rasten', 'myggen', 'myggorna', 'knotten'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'jag|vi blir|blev|ar|har|bli slagen|slagna|misshandlad|misshandlade|hotad|hotade|forfoljd|attackerad|ranad|knivhuggen|skjuten|valdtagen|jagad|overfallen', gap: 2, reportWhenOver: true, unless: ['inte i fara', 'skattepengar', 'degen', 'misshandlat degen', 'saffransdeg', ...SV_BY_REINDEER, 'pa blocket', 'for billigt', 'mygg', 'myggen', 'knott', 'knotten', 'broms', 'fortnite', 'minecraft', 'roblox', 'warzone', 'call of duty', 'valorant', 'pubg', 'counter strike', 'i spelet', ...SV_BEATEN_IN_A_GAME, 'pa min sista', 'kanelbulle', 'kanelbullen', 'kr litern', 'litern', 'bensinpriset', 'dieselpriset', 'parkeringsautomaten', 'automaten'] },
  // The same with the verb first, as a Swedish sentence puts it after a time ("I tisdags blev jag hotad av en kund",
  // review81; "Igår blev min son hotad"): the one harmed named after the verb, not "man".
  { kind: 'emergency', lang: 'sv', cue: 'blir|blev jag|vi|min|mitt|mina|han|hon slagen|slagna|misshandlad|misshandlade|hotad|hotade|forfoljd|attackerad|ranad|knivhuggen|skjuten|valdtagen|jagad|overfallen', gap: 2, reportWhenOver: true, unless: ['av en ren', 'av renen', ...SV_GENERAL, ...FICTION, ...SV_BEATEN_IN_A_GAME, 'mygg', 'myggen', 'knott', 'knotten', 'broms', 'fortnite', 'minecraft', 'roblox', 'warzone', 'call of duty', 'valorant', 'pubg', 'counter strike', 'i spelet'] },
  { kind: 'emergency', lang: 'sv', cue: 'bryter|brot|bryta|brutit|forsoker sig in', gap: 1, unless: ['rollspel', 'rollspelet', 'i spelet', 'spelet', 'min karaktar', ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'inbrott pagar|nu|hemma|hos', gap: 3, unless: ['kommer det bli', 'blir det fler', 'fler inbrott', 'orolig for inbrott', 'nagra tips', 'har ni nagra tips'], reportWhenOver: true },
  // Not a question whether the promises cover it ("Vilka områden fokuserar ni på? Är inbrott med?", residents25).
  { kind: 'emergency', lang: 'sv', cue: 'pagar|ar|hander inbrott|slagsmal|brak|brand', gap: 2, unless: ['brand att slacka', 'brander att slacka', 'bland', 'mycket brak', 'massa brak', 'mycket slagsmal', 'massa slagsmal', ...SV_HABITUAL, 'vilka omraden', 'fokuserar', 'fokuserar pa', 'prioriterar', 'prioriterat', 'prioriteringar', 'loftena', 'medborgarloftena', 'medborgarloften', 'ar inbrott med', 'prioriterade', 'prioriterad', 'prioriteringarna', 'hur vanligt', 'hur vanliga', 'mord och brand'] },
  { kind: 'emergency', lang: 'sv', cue: 'det|huset|lagenheten|bilen|skogen|villan|garaget|nagot|hos|bastun|bastu|stugan|ladan|vedboden|forradet|uthuset|friggeboden|kojan|katan|skolan brinner', gap: 2, unless: ['brinner for lasning', 'brinner for att', 'brinner fint', 'i kaminen', 'kaminen', 'i brasan', 'mysigt', 'ingen tror att det brinner', 'ingen ska tro att det brinner', 'brandovning', 'brandovningen', 'utrymningsovning', 'i knutarna', ...NOT_URGENT, ...CANDLES_LIT] },
  { kind: 'emergency', lang: 'sv', cue: 'brinner nu|hos|i', gap: 1, unless: ['brinner fint', 'mysigt', 'grillar korv', 'branner ris', 'branner lov', 'branner gras', 'branner sopor', 'i knutarna', ...NOT_URGENT, 'hur ofta', 'hur manga', 'hur vanligt', 'varfor', 'skolarbete', 'skolarbetet', 'i tidningen', 'pa nyheterna', ...SV_IN_GENERAL, ...CANDLES_LIT] },
  { kind: 'emergency', lang: 'sv', cue: 'hant|skett|hande|sett olycka*|bilolycka*|trafikolycka*|krock*', gap: 3, unless: ['trodde det hant', 'trodde att det hant'] },
  { kind: 'emergency', lang: 'sv', cue: 'olycka|bilolycka|trafikolycka|krock|krocken pa|vid|har|hant|nu', gap: 2, unless: ['enligt radion', 'vagen ar oppen igen', 'i vintras', 'jag minns', ...SV_GENERAL, 'vilka tider', 'mest', 'statistik', 'siffror', 'uppsats', 'uppsatsen', 'skolarbete', 'examensarbete', 'med kaffet', 'med kaffe', 'liten olycka med', ...ACCIDENT_ASKED_AFTER, 'krock av asikter', 'asiktskrock', 'kulturkrock'] },
  // (Not "krossade": a typo away from "krockade", and what a team does to another.)
  { kind: 'emergency', lang: 'sv', cue: 'krockat|krockade|voltat|voltade', unless: ['holl pa att', 'holl jag pa att', 'krossade', 'krossat', 'allt ordnades', 'allt ordnade sig', 'det ordnade sig', 'krockar med', 'foraldramotet', 'motet', 'pulkabacken', 'pulkabacke', 'pulka', 'nu ar allt bra', 'krockade nastan', 'nastan krockade', 'holl pa att krocka', 'schemat', 'radiobilar', 'radiobilarna', 'med varandra i', 'reste sig', 'skoterracet', 'i kurvan men', 'bada reste'], reportWhenOver: true },
  // Dogs after reindeer or sheep: 112 while it goes on, a report when it is over ("jagade våra renar i söndags, två vajor
  // är skadade"); before the injury cue, which would make the hurt animals an emergency.
  { kind: 'emergency', lang: 'sv', cue: 'hundar|hundarna|hund|hunden jagade|jagar|jagat|jaga|bet|biter|rev|river|dodade|dodat|skadade|skadat|slet renar|renarna|ren|renen|vajor|vajorna|vaja|kalvar|kalvarna|djur|djuren|faren', gap: 3, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'dog|dogs|huskies|husky chased|chasing|chase|chases|attacked|attacking|killed|bit|biting|mauled reindeer|sheep|deer|animals|calves|moose', gap: 3, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ar|blev|ligger skadad|skadade|medvetslos|blodar', gap: 1, unless: ['fragar for min', 'vad ska man gora om man hittar', 'rutan', 'bilen', 'bil', 'dorren', 'av snoplogen', 'av plogen', 'av rost', 'rost', 'buckla', 'lacken', 'stenskott', 'ingen blev', 'ingen ar', 'ingen skadad', 'slackte', 'slackt', 'inte skadad', 'int skadad', 'inte skadade', 'ej skadad', 'inte blodar', 'inte medvetslos'] },
  { kind: 'emergency', lang: 'sv', cue: 'andas inte', gap: 0 },
  { kind: 'emergency', lang: 'sv', cue: 'jag|vi|hon|han|nagon|mitt|min i fara', gap: 2, unless: ['inte i fara', 'int i fara', 'ej i fara', 'inte i nagon fara', 'inte i fara just nu', 'ingen fara', 'min konto ar i fara', 'mitt konto ar i fara', 'kontot ar i fara'] },
  // Not children's play (review79: a school bus where "ungarna leker polis och tjuv och skriker 'han har en pistol!'").
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|nagon|nan|de|dom|killen|kille|mannen|grannen|gubben|snubben har kniv|pistol|vapen|gevar|yxa|machete', gap: 2, unless: ['leker', 'lekte', 'polis och tjuv'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'skottlossning', unless: [...SV_GENERAL, ...FICTION, ...SV_HUNTING, 'hander sant', 'nyheterna', 'tidningen', 'film', 'spelet', 'inspelad'] },
  { kind: 'emergency', lang: 'sv', cue: 'med kniv|pistol|gevar|yxa|machete|kniven|pistolen|spruta|sprutan', gap: 1, unless: ['kurragomma', 'renskav', 'filear', 'grytan', 'skar kott', 'kills', ...SV_GENERAL, 'slaktar', 'slakta', 'vass', 'slipa', 'slipar', 'ta med min', 'ta med en', 'tar med min', 'ha med mig', 'ha med min', 'pa fisket', 'pa fiske', 'rensade', 'rensa', 'rensar', 'filea', 'fisken', 'rodingen', 'abborren', 'gaddan', 'pimpla', 'pimpeltavlingar', ...FICTION, ...SV_THREAT_WRITTEN, ...SV_NO_HARM_DONE, 'slakten', 'slakt', 'slaktar', 'renslakt', 'renslakten', 'slakta'], reportWhenOver: true },
  // Not game, a hunt, or a question about the law (review61: "utreder polisen om någon skjuter rovdjur olagligt?"; review63:
  // "Min 5-åring frågar om poliserna har pistol och om de skjuter folk").
  { kind: 'emergency', lang: 'sv', cue: 'nagon|de|dom|han skjuter', gap: 1, unless: [...SV_HUNTING, ...SV_POSTPONED, 'alltid upp', 'jamt upp', 'hela tiden upp', 'rovdjur', 'rovdjuren', 'varg', 'vargen', 'lodjur', 'jarv', 'jarven', 'bjorn', 'bjornen', 'alg', 'algen', 'om nagon', 'om nan', 'ifall', 'olagligt', 'fragar om', 'undrar om'] },
  // Someone else harmed, seen or heard now: "min granne misshandlar sin fru", "han slår henne", "killen slår tjejen".
  { kind: 'emergency', lang: 'sv', cue: `${SV_HARM} sin|sina|sitt ${SV_CLOSE}|barn|barnen|hund|hunden`, gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `${SV_OTHER} ${SV_HARM}|attackerar|ranar|knivhugger|sparkar ${SV_VICTIM}`, gap: 2, unless: ['filttomte', 'julgranen', ...SV_GENERAL, 'slar honom att', 'slar henne att', 'slog honom att', 'slog henne att', 'slar en signal', 'slog en signal', 'sag en film', 'sag film', 'i filmen', 'i serien', 'i boken', ...SV_FILMED], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|en|kvinna|man|han|hon|kille|tjej|barn|barnet|son|sonen|dotter|dottern blir|ar|har slagen|misshandlad|attackerad|knivhuggen|overfallen|ranad|hotad|hotat|nerslagen|nedslagen', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  // Not a team beaten in a match, nor one struck by a thought (everyday18: "Vårt lag blev slaget med 7–1", "blev slagen
  // av tanken").
  // Hit by a snowball (everyday54: "Blev attackerad av en snöboll på väg till skolan").
  // A car "assaulted" by the snow plough (everyday55).
  { kind: 'emergency', lang: 'sv', cue: 'blev|blivit slagen|misshandlad|attackerad|knivhuggen|overfallen|ranad|nerslagen|nedslagen', gap: 0, unless: ['av en alg', 'av en ren', 'av en maskin', 'av automaten', 'armen kanns som', 'som den blivit', 'ser ut som jag blivit', 'vaccinet', 'visdomstanden', 'tandlakaren sa', 'plogbilen', 'en snoboll', 'snobollar', 'laste att', 'laste om', 'i tidningen', 'kr for ett', 'for ett paket', 'rena ranet', 'priserna', 'kostar skjortan', ...SV_ANIMAL_ATTACKS, ...SV_GENERAL, ...FICTION, ...SV_BEATEN_IN_A_GAME, 'mygg', 'myggen', 'knott', 'knotten', 'broms', 'kr for en', 'souvenirbutiken', 'souvenir', 'ljusstaken', 'adventsljusstaken', 'julgranen', 'granen', 'kr litern', 'litern', 'bensinpriset', 'parkeringsautomaten', 'automaten', ...SV_BY_REINDEER], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|de|dom|det|folk|killar|grannarna slass|brakar', gap: 1, unless: ['om vem som ska skotta', 'skratar alltid', 'skrattar alltid', 'i gruppchatten', 'gruppchatten',
    // A heated thread (review150: "folk slåss ju nästan i kommentarerna 😂").
    'kommentarerna', 'kommentarsfaltet', 'traden', 'slass ju nastan', 'slass nastan', 'tjafs', 'brakar om', 'brakade om', 'brak om', ...SV_GENERAL, 'otrygg', 'otrygga', 'samarbetar', 'i skolan', 'pa skolan', 'jamt', 'brakar om', 'parkeringsplatserna', 'parkeringen', 'polisfraga'], reportWhenOver: true },
  // A child or someone close missing, a smell of fire or gas.
  // (Not "börja": a typo away from "borta".)
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} forsvunnen|forsvunnet|forsvunna|forsvunnit|borta|vilse`, gap: 3, unless: [...SV_GENERAL, 'kanner sig lite vilse', 'kanner sig vilse', 'kanner mig vilse', 'borta pa lager', 'borta pa kollo', 'borta pa resa', 'borja', 'tappat bort', 'tappade bort', 'hittegods'] },
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} inte kommit|kommer hem`, gap: 4, unless: SV_GENERAL },
  // Told further on, as now ("vår tonåring ville sjunka genom jorden av skam och nu har han försvunnit"; before, only
  // "ville" read as a typo of "vilse" caught it).
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} nu+har+han|nu+har+hon|nu+ar+han|nu+ar+hon forsvunnit|forsvunnen`, gap: 8, unless: [...SV_GENERAL, 'borja', 'tappat bort', 'tappade bort', 'hittegods'] },
  { kind: 'emergency', lang: 'sv', cue: `hittar inte min|mitt|mina|var ${SV_MISSING}`, gap: 0 },
  // Not when the smell is denied: "brandvarnaren piper … det luktar ingen rök" (review56).
  { kind: 'emergency', lang: 'sv', cue: 'luktar|kanner brandrok|rok|brant|gas|gasol|gaslukt|brandlukt', gap: 2, unless: ['kaffebryggaren', 'bryggaren', 'brande vid', 'brant vid', 'vidbrant', 'vidbranda', 'allt ar lugnt', 'bastun', 'eldar i bastun', 'varje lordag', 'grillar', 'ingen rok', 'inte rok', 'int rok', 'ingen brandrok', 'inte brandrok', 'luktar inte', 'luktar int', 'kanner inte', 'ingen lukt', 'ingen gaslukt', 'ingen brandlukt', 'inget brant', 'inte brant', 'popcornen', 'popcorn', 'det var bara jag', 'ingen panik', 'branner vid', 'brant vid', 'brande vid', 'det gjorde det inte', 'luktar rok fortfarande', 'allt gick bra', 'lussekatter'] },
  { kind: 'emergency', lang: 'sv', cue: 'det ryker', gap: 0, unless: ['bastuskorstenen', 'skorstenen', 'bastun', 'varje lordag', 'helt normalt', 'receptet', 'sockret', 'pannan', 'stekpannan', 'ugnen', 'bastun', 'grillen', 'lol', 'skorstenen', 'ar det normalt'] },
  { kind: 'emergency', lang: 'en', cue: `${EN_HARM}|robbing|robbed|stabbing|stabbed|shooting|chasing|following me|us`, gap: 1, unless: ['only one road', 'nobodys threatening me', 'nobody is threatening me', 'no one is threatening me', 'noones threatening me', 'germs', 'daycare germs', 'on strava', 'strava', 'doesnt hit', 'dont hit', 'never hit', 'hasnt hit', 'didnt hit', 'doesnt hit me', 'if someone', 'if somebody', 'is that a crime', 'is it a crime', 'beat me at', 'beats me at', 'beat me in', 'beat us at', 'hit me up', 'hits me up', ...EN_IN_GENERAL, 'with snowballs', 'with a snowball', 'with a pillow', 'with pillows', 'showed me', 'showed us', 'shows me', 'show me', 'hit us hard', 'hit me hard', 'hit hard', 'interest rates', 'the mortgage', 'spam accounts', 'spam account', 'bot accounts', 'fake accounts following'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'en', cue: 'i|im|we|were|ive|weve am|was|being|been|getting|got|are|were|keep hit|punched|kicked|slapped|mugged|jumped|beaten|attacked|threatened|followed|stalked|robbed|stabbed|shot|raped|assaulted|abused|hurt|chased', gap: 1, unless: ['by a reindeer', 'by the reindeer', 'by a moose', 'by a goose', 'by a seagull', 'by mosquitoes', 'by mosquitos', 'kicked out', 'kicked out of', 'mosquitoes', 'mosquito', 'midges', 'souvenir', 'souvenir shop', 'kr for a', 'fingers are dying', 'toes are dying', 'phone is dying', 'battery is dying', 'got the shot', 'the shot of', 'a shot of'], reportWhenOver: true },
  // A mother with dementia who thinks her own child is breaking in (review84).
  { kind: 'emergency', lang: 'en', cue: 'breaking|broke|broken|break in|into', gap: 1, unless: ['turned out to be', 'would my insurance', 'break in scare', 'boots', 'new shoes', 'winter boots', 'his own car', 'my own car', 'her own car', 'own house', 'coat hanger', 'locked out', 'locked myself out', 'locked himself out', 'break ins', 'rule breaking', 'law breaking', 'record breaking', 'breaking news', 'thinks im a stranger', 'thinks i am a stranger', 'broken bench', 'bench', 'streetlight', 'street light', 'playground', 'it was the snow', 'but it was the', 'snow sliding', 'thought someone broke in', 'dealt with it', 'the police dealt'], reportWhenOver: true },
  // Work "on fire" (everyday52: "Everything's on fire at work, it's all due Friday").
  { kind: 'emergency', lang: 'en', cue: 'on fire', gap: 0, unless: ['on fire all day', 'our goalie', 'absolutely murdered', 'in the good way', 'in a good way', 'every dish', 'on fire at work', 'everythings on fire', 'work is on fire', 'crushed them', 'were on fire tonight', 'sauna chimney', 'thinking the house', 'thought the house', 'on fire about', 'on fire for', 'honestly on fire', 'sky is on fire', 'aurora', 'northern lights', 'norrsken', 'on fire safety', 'fire drill', 'in the best way', 'in a good way', 'nearly set', 'almost set', 'all good', 'best sales', 'sales day', 'black friday', 'candle crown', 'battery candles', 'group chat is on fire', 'groupchat is on fire', 'chat is on fire', 'sky on fire', 'not actual flames', 'oven is on fire again'] },
  { kind: 'emergency', lang: 'en', cue: 'there|theres|its is|a fire', gap: 1, unless: ['i dreamt', 'i dreamed', 'dreamt there was', ...EN_GENERAL, ...NO_HARM_NOW, 'last week', 'anyone hurt', 'anybody hurt', 'anyone injured', 'fire station', 'fire brigade', 'fire department', 'fire safety', 'fire ban'] },
  { kind: 'emergency', lang: 'en', cue: 'house|home|car|building|forest|apartment|flat|something|it is|are burning', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'its burning', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'been|theres|there|had|saw|see an|a accident|crash', gap: 2, unless: [...EN_GENERAL, ...EN_STATISTICS, 'sledding', 'sledding hill', 'sledge', 'sled'] },
  { kind: 'emergency', lang: 'en', cue: 'crashed', unless: ['nobody crashed', 'no one crashed', 'system crashed', 'the system', 'shift was murder', 'fewer crashes', 'more crashes', 'the numbers', ...FICTION, 'app', 'website', 'site', 'computer', 'laptop', 'game', 'server', 'i mean', 'crashing', 'program', 'phone crashed', 'team', 'hockey', 'football', 'match', 'lol', 'crushed', 'blood sugar', 'sugar crashes', 'sugar crashed', 'how many', 'how often', 'how common', 'statistics', 'number of', 'bumper cars', 'bumper car', 'radiobilar', 'came up laughing', 'cross country race', 'the race', 'crashed and burned', 'driving test'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'is|are|im|am unconscious|bleeding|injured', gap: 1, unless: [...EN_BLEEDING_DRY] },
  { kind: 'emergency', lang: 'en', cue: 'not|isnt|doesnt|cant breathing|breathe', gap: 0, unless: ['first aid course', 'first aid class', 'first aid training', 'cpr course', 'cpr class'] },
  // Not when said not to be (residents41: "I'm not in danger, I just need to talk with the police about something").
  { kind: 'emergency', lang: 'en', cue: 'i|we|im|am|she|he|someone in danger', gap: 2, unless: ['not in danger', 'nobody is in danger', 'no one is in danger', 'not in any danger', 'if someone is ever', 'is ever in danger', 'should they write'] },
  { kind: 'emergency', lang: 'en', cue: 'he|she|someone|somebody|they|man|guy has|have|got a knife|gun|weapon|pistol|rifle|axe', gap: 2, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'shots fired', gap: 0, unless: ['nobody panic', 'tequila'] },
  { kind: 'emergency', lang: 'en', cue: 'with|holding|carrying|waving|pointing|brandishing knife|gun|pistol|rifle|axe|machete', gap: 2, unless: ['hide and seek', 'school play', 'cardboard', 'plays the', 'carving', 'chopping', 'the roast', ...EN_GENERAL, ...EN_ARMED_POLICE, ...FICTION, 'prop', 'props', 'filming', 'toy', 'fake', 'nerf', 'nerf gun', 'water gun', 'water pistol'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'trying|tries to get|break|climb|force in|into', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  // Someone else harmed, seen or heard now: "my neighbour is beating his wife", "he is hitting her".
  { kind: 'emergency', lang: 'en', cue: `${EN_HARM} his|her|their ${EN_CLOSE}|kids|children|child|dog`, gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: `${EN_OTHER} ${EN_HARM}|robbing|stabbing|shooting|kicking|chasing ${EN_VICTIM}`, gap: 2, unless: ['flu shot', 'feels like someone', 'my arm feels', ...EN_GENERAL, ...EN_MIGHT_GET_HIT, 'hit the road', 'hit the jackpot', 'hit the news', 'hit reindeer', 'hit a reindeer', 'hit moose', 'hit a moose', 'hit one', ...EN_HARM_LOOKALIKES], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|a|woman|man|he|she|kid|child is|are being|getting|been beaten|attacked|stabbed|hit|assaulted|robbed', gap: 2, unless: EN_GENERAL, reportWhenOver: true },
  // The same said short or contracted (residents30: "if someones getting beaten up rn do i call 112"; "he's" folds to "hes").
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|someones|somebodys|hes|shes|theyre getting|being beaten|attacked|stabbed|assaulted|robbed|mugged|jumped', gap: 1, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'fighting outside|now|here|right|in|on|at|near', gap: 0, unless: [...EN_GENERAL, 'about', 'at school', 'back seat', 'backseat', 'kids fighting', 'siblings'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'a fight outside|at|in|on|near', gap: 0, unless: ['last year', 'just wanted to say thanks', 'say thanks', 'is it illegal', 'is it legal', 'snowball fight', 'pillow fight', 'food fight', 'water fight', 'was a debate', 'a debate', 'for fun', 'play fight', 'play fighting', 'they are friends', 'theyre friends', 'just playing', ...EN_GENERAL, 'about', 'sorted it out', 'police came and'], reportWhenOver: true },
  // A child or someone close missing, a smell of fire or gas.
  { kind: 'emergency', lang: 'en', cue: `my|our ${EN_CLOSE}|child|kid|kids|children|boy|girl|old missing|disappeared|vanished`, gap: 3, unless: ['hide and seek', 'asleep in the closet', 'crossword', 'into her crossword', 'into his crossword', 'a word out of', 'buried in comics', 'buried in books', 'buried in a book', ...EN_GENERAL, 'planning ahead', 'one day', 'if she ever', 'if he ever', 'into the garage', 'into the snow fort', 'into his room', 'into her room', 'missing in action', 'on a cruise'] },
  { kind: 'emergency', lang: 'en', cue: `my|our ${EN_CLOSE}|child|kid hasnt|didnt|not|never come|came|returned home|back`, gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: `cant|cannot find my|our ${EN_CLOSE}|child|kid|kids|children`, gap: 1, unless: ['gloves', 'mittens', 'shoes', 'hat', 'hats', 'jacket', 'toys', 'keys', 'phone', 'glasses', 'wallet'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot find him|her|them anywhere', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'smell|smells|smelling smoke|burning|gas', gap: 2, unless: ['the car', 'my car', 'refuel', 'refuelled', 'refueled', 'petrol station', 'gas station', 'bonfire', 'sauna', 'fireplace', 'campfire', 'bbq', 'barbecue', 'burnt the', 'burned the', 'buns', 'cookies', 'bake sale', 'baking', 'popcorn'] },
  { kind: 'emergency', lang: 'en', cue: 'smoke coming|pouring|billowing|rising from|out', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: `${SE_HARM} mu|min|munnje|midjiide`, gap: 1, unless: [...SE_FOLLOWING_HARMLESS, 'beanas', 'beana', 'dalki', 'heaittihit', 'spealus', 'speallus', 'leaikkastallan', 'leaikkas', 'dusse leaikkas', 'ruovttubargguid', 'ruovttubarggu', 'juohke vahku', 'juohke beaivvi', 'jus muhtun', 'ii leat dahpahuvvan', 'dusse jearan', 'mavsse su kafe', 'kafe', 'haha', 'aita vuovdit', 'karaokei'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'buolla', unless: ['lamppat eai buolle', 'eai buolle', 'gaffe', 'kaffe', 'uvnnas', 'goadis', 'buolla ain', 'liekkas', 'ii buola', 'cuovga', 'lampa', 'arran', 'arrans', 'arranis', 'arrangis', 'gintalat', 'gintaliid', 'dolla show', 'dat lei dusse', 'uhca bulla', 'bulla'] },
  { kind: 'emergency', lang: 'se', cue: 'mun|lean varas', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: 'caskojuvvo|caskojuvvon|cabmojuvvo dal|dalan', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: `mu|min manna|manat|${SE_CLOSE} javkan|javkkai|lahppon|lahppui|lahppan`, gap: 3, unless: ['gavnnaimet su', 'nu ilus', 'girjjiid gaskii', 'girjeradjosii', ...SE_GENERAL, 'garasii', 'muohtagoahtai'] },
  { kind: 'emergency', lang: 'se', cue: 'ii boahtan ruoktot', gap: 1, unless: ['bussa', 'bussat', 'heasta', ...SE_GENERAL] },
  { kind: 'emergency', lang: 'se', cue: 'mun|lean heahtedil*', gap: 2, unless: ['ii lean heahtedilli'] },
  { kind: 'emergency', lang: 'se', cue: 'dahpahuvvan|dahpahuvai|dahpahuvva lihkuhisvuoht*|lihkuhisvuod*', gap: 2 },
  { kind: 'emergency', lang: 'se', cue: 'lihkuhisvuoht* dahpahuvvan|dahpahuvai|dal', gap: 2 },
  { kind: 'emergency', lang: 'se', cue: 'sisabahkk* dal|dalan', gap: 3 },
  { kind: 'emergency', lang: 'se', cue: 'dal|dalan sisabahkk*', gap: 3 },

  // More danger now: a car swerving, someone not moving, followed, threatened with death, an intruder, fire, ice.
  // A pet wobbling after an operation (review86: "Katten är helt drogad efter kastreringen, vinglar runt"), a toddler, a
  // newborn calf (everyday21).
  { kind: 'emergency', lang: 'sv', cue: 'vinglar|vinglade|vingligt|sicksackar', unless: [...SV_GENERAL, 'katten', 'hunden', 'kastreringen', 'narkosen', 'borjat ga', 'kalven', 'kalvarna', 'i hagen', 'folet', 'lillan', ...SV_ASKS_ABOUT_DRUNK_DRIVING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'vaknar inte', gap: 0, unless: [...SV_GENERAL, 'i tid', 'pa morgonen', 'av larmet', 'jag vaknar', 'datorn', 'mobilen', 'skarmen', 'vilolage', 'vilolaget'] },
  { kind: 'emergency', lang: 'en', cue: 'swerving|weaving|zigzagging all|across|over', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|hen|pappa|mamma|barnet|personen|killen|tjejen|kompisen vaknar|ror|andas inte', gap: 2, unless: [...SV_GENERAL, 'i tid'] },
  { kind: 'emergency', lang: 'en', cue: 'wont|cant|doesnt|not|isnt wake|waking|moving|responding|responsive|conscious|reacting', gap: 1, unless: ['snow angels', 'snow angel', ...EN_GENERAL, 'on time', 'in time', 'traffic', 'queue', 'line', 'car isnt', 'car wont', 'car doesnt', 'cars arent', 'bus isnt', 'bus wont', 'responding to', 'website', 'site', 'app', 'page'] },
  { kind: 'emergency', lang: 'en', cue: 'passed out', gap: 0, unless: ['just in case', 'what should i do if i see', 'nothings happening', 'recovery position', 'lightweight', 'fell asleep', 'on the couch after', 'on the sofa after', 'night shift', 'after my shift', 'nearly passed out', 'almost passed out', 'passed out laughing', 'on the sofa', 'drew a moustache', 'drew on his face', 'drew on her face', 'sharing it', 'posted it'] },
  { kind: 'emergency', lang: 'en', cue: 'people|someone|somebody|persons|kids are|is|got hurt|injured|bleeding|trapped', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'people|persons hurt|injured|trapped', gap: 0, unless: [...EN_GENERAL, 'last year', 'this year', 'were people'] },
  // Brothers who follow a sister to school to control her are violence at home (review49), not a stranger in pursuit.
  { kind: 'emergency', lang: 'sv', cue: 'foljer|foljde|foljt|forfoljer efter mig|oss', gap: 1, unless: ['det var bara', 'var bara grannen', 'broder', 'brorsan', 'mina broder', 'min bror', 'pappa', 'familjen', 'kusiner', 'kusinerna', ...FOLLOWED_HOME_HARMLESS, 'hade en mardrom', 'en mardrom om', 'dromde att', 'dromde om'], reportWhenOver: true },
  // Family hyperbole (review84: "mamma kommer döda mig om jag glömmer hennes födelsedag").
  // Sleep "killed" by the midnight sun (everyday53: "Midnattssolen dödar min sömn").
  { kind: 'emergency', lang: 'sv', cue: 'doda|dodar|morda|mordar|skjuta|knivhugga|hugga|branna|spranga mig|oss|mitt|min|vart', gap: 1, unless: ['dodar mig om den ar borta', 'om den ar borta', 'med blicken', 'dodar mig med blicken', 'nar hon ser vad jag kopt', 'vad jag kopt', 'forkylningen', 'influensan', 'langsamt men sakert', 'huvudet dodar mig', 'huvudet dodar', 'min somn', 'midnattssolen', ...SV_GENERAL, ...JOKING, ...SV_POSTPONED, ...SV_KILLS_WITH_TREATS, 'mattetestet', 'testet', 'tentan', 'provet', 'laxan', 'laxorna', ...SV_KILLS_ME.flatMap((thing) => [`${thing} kommer`, `${thing} ska`, `${thing} dodar`]), 'skulle kunna', 'vackarklocka', 'vackarklockan', 'matteprovet imorgon', 'provet imorgon', 'proven imorgon', 'tentan imorgon', 'datorn', 'dator', 'mobilen', 'telefonen', 'routern', 'wifi', 'wifit', 'wifin', 'uppkopplingen', 'sa segt', 'skrivaren', 'tradgard', 'tradgarden', 'blommor', 'blommorna', 'buskar', 'buskarna', 'grasmattan', 'plantor', 'plantorna', 'vaxter', 'vaxterna', 'dodar mig varje', 'dodar mig varenda', 'dodar mig varje dag', 'fodelsedag', 'fodelsedagen', 'doda mig sjalv', 'dodar mig sjalv', 'skidskyttebana', 'skidskytte', 'testa att skjuta', 'deadlinen', 'deadline', 'hela tartan', 'tartan', 'borrmaskin', 'borrmaskinen', 'borrar', 'musiken', 'med sin musik', 'oljud', 'oljudet', 'kanelbullen', 'sista kanelbullen', 'stressen dodar', 'julklappsstressen', 'stressen', 'matteprov', 'matteprov imorgon', 'prov imorgon', 'provveckan', 'lararen kommer', 'labbrapporten', 'glomde lamna in'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'en', cue: 'he|she|they|someone|somebody|hes|shes will|gonna|going|wants|said|threatens|threatened kill|shoot|stab me|us', gap: 3, unless: [...EN_GENERAL, ...JOKING, 'if i dont have', 'a plan', 'opening hours'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|tjuv|tjuvar|inbrottstjuv|inbrottstjuvar inne|innanfor', gap: 2, unless: [...SV_GENERAL, 'finns det', 'inne pa stan', 'inne i stan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|stranger|intruder|man|guy|people in|inside my|our house|flat|apartment|home|room|basement|garage|cabin', gap: 1, unless: [...EN_GENERAL, ...EN_EXPECTED_VISITOR], reportWhenOver: true },
  // Said further apart, and of someone close's home, when it is now (review78: "a man she does not know is in her room
  // at this moment going through her wardrobe", a mother in a care home). Not reportWhenOver: they say it is now, and
  // a later sentence may say who it is ("… men lugn, det är bara hemtjänsten", see isExceptedLater).
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|stranger|intruder|man|guy|woman in|inside my|our|her|his|mums|moms|mothers|dads|fathers room|house|flat|apartment|home right+now|at+this+moment|now|rn', gap: 5, unless: [...EN_GENERAL, ...EN_EXPECTED_VISITOR] },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|framling|frammande|okand|inkraktare|tjuv|tjuvar i|inne+i mitt|vart|hennes|hans|mammas|pappas|mormors|farmors rum|hus|lagenhet|hem just+nu|precis+nu|nu', gap: 5, unless: [...SV_GENERAL, ...SV_EXPECTED_VISITOR] },
  { kind: 'emergency', lang: 'en', cue: 'trying|tries to open|unlock my|our|the door|car|window', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  // Burnt by a project (everyday52: "blev bränd på förra projektet").
  { kind: 'emergency', lang: 'sv', cue: 'brand|eldsvada i|pa|hos', gap: 0, unless: ['det var en brand', 'var en brand i', 'blev brand', 'bli brand', 'brand pa forra', 'forra vintern', 'forra aret', 'i fjol', 'samlar in', 'insamling', ...SV_GENERAL, 'vid brand', 'brand i knutarna', 'brann i knutarna', 'i knutarna', 'forebygga brand', 'forebygger brand', 'risk for brand', 'hur forebygger', 'forebyggande', 'film', 'filmen', 'serien', 'boken', 'spelet', 'i helgen', 'forra helgen', 'vill gora en anmalan'] },
  // Meant to look like an accident (review90: "… om skotern bara gick igenom isen med mig på. ingen skulle fatta att det var med flit").
  { kind: 'suicide', lang: 'sv', cue: 'ingen skulle fatta|forsta|marka|veta att det var med+flit|avsiktligt|meningen', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'gatt|gick|gar|ramlat|ramlade genom|igenom isen|isvagen|isvag', gap: 2, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'kurs', 'kursen', 'forsta hjalpen', 'ovning', 'ovningen', 'nastan gick', 'nastan gatt', 'nastan ramlade', 'holl pa att ga', 'pa den tiden', 'simmade i land'] },
  { kind: 'emergency', lang: 'en', cue: 'through the ice', gap: 0, unless: [...EN_GENERAL, 'first aid', 'course', 'training', 'stories', 'story', 'is it safe', 'will i', 'safe to', 'what should you do', 'if you fall', 'what to do', 'ice fishing next', 'series', 'serien', 'movie', 'film', 'does that actually happen', 'happen a lot', 'got himself out', 'got herself out', 'got themselves out', 'got out', 'last winter'] },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|didnt|not|never come|came|returned home', gap: 1, unless: [...EN_GENERAL, 'when'] },
  // A black eye again and the partner who waits outside (review79: a cashier about a regular customer).
  { kind: 'domestic', lang: 'en', cue: 'black+eye|black+eyes|bruises her|his partner|boyfriend|husband|girlfriend|wife', gap: 6, unless: [...EN_GENERAL, 'hockey', 'football', 'training', 'match', 'game', 'fell', 'fall'] },
  { kind: 'emergency', lang: 'en', cue: 'hit|hits|hitting|beat|beats|beating|attacking|kicking my|our wife|husband|girlfriend|boyfriend|kid|kids|child|children|friend|mom|dad', gap: 1, unless: [...EN_GENERAL, 'beat me at', 'hit me up', 'a hit with', 'is a hit', 'was a hit', 'big hit', 'huge hit'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'hear|hearing screaming|screams|yelling|banging|fighting', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'muhtun|olmmos cabma|caska|aita', gap: 1, unless: SE_GENERAL, reportWhenOver: true },

  // Accidents, injuries and people missing, in other words: "skoterolycka på sjön", "car crash on the E10", "someones
  // bleeding", "föraren sitter fast", "hes not responding", "mormor har demens o har gått hemifrån", "lost contact 3 hrs
  // ago". Fights and attacks on others, drunk drivers seen now, someone in the house, heavy smoke.
  // Not an accident asked about afterwards (ACCIDENT_ASKED_AFTER).
  { kind: 'emergency', lang: 'sv', cue: '*olycka|*olyckan pa|vid|har|nu|utanfor|mellan|ute', gap: 1, unless: ['enligt radion', 'vagen ar oppen igen', 'i vintras', 'jag minns', ...SV_GENERAL, ...ACCIDENT_ASKED_AFTER] },
  { kind: 'emergency', lang: 'sv', cue: 'blodar|medvetslos|medvetslosa|livlos|livlost', unless: ['slog sig medvetslos', ...SV_GENERAL, 'nasblod', 'naseblod', 'tandkott', 'tandkottet', 'hjarta bloder', 'hjartat bloder', 'hjarta blor', 'hjartat blor', 'nasan bloder', 'nasan blor', 'bloder lite'] },
  { kind: 'emergency', lang: 'sv', cue: 'foraren|personen|han|hon|nan|nagon|barnet|nagra|en sitter|ar|blev|satt fast|fastklamd|fastklamda|instangd|instangda', gap: 2, unless: [...SV_GENERAL, 'i trafiken', 'i kon', 'i telefon', 'i mote', 'i ett mote', 'pa jobbet', 'fast besluten', 'fast bestamd'] },
  // Not in a rescue drill (review149: "Vi hade räddningsövning i gruvan idag, låtsades att en var fastklämd").
  { kind: 'emergency', lang: 'sv', cue: 'fastklamd|fastklamda|fastklamt', unless: [...SV_GENERAL, 'ovning', 'ovningen', 'raddningsovning', 'raddningsovningen', 'latsades', 'latsas'] },
  { kind: 'emergency', lang: 'sv', cue: 'demens|dement|dementa|alzheimer gatt|gick|forsvunnit|forsvunnen|borta|vilse|hemifran|rymt', gap: 5, unless: [...SV_GENERAL, ...WANDERING_PREVENTED] },
  // Someone with an intellectual disability or autism gone (review91: "min bror som har utvecklingsstörning har varit
  // borta sen igår kväll, han har ingen jacka och det är -25 ute").
  { kind: 'emergency', lang: 'sv', cue: 'utvecklingsstorning|utvecklingsstord|autism|autistisk|funktionsnedsattning forsvunnit|forsvunnen|borta+sen|borta+sedan|borta+i+natt|gatt+vilse|gick+vilse|hemifran|rymt|rymde', gap: 5, unless: [...SV_GENERAL, ...SV_AS_A_CHILD, 'i huvudet', 'borta i tanken'] },
  { kind: 'emergency', lang: 'sv', cue: 'hittar honom|henne|dem|barnet|barnen|sonen|dottern inte', gap: 1, unless: ['pa facebook', 'pa fb', 'pa insta', 'pa listan', 'i listan', 'pa kartan', 'pa natet'] },
  { kind: 'emergency', lang: 'sv', cue: 'tappat|tappade|forlorat|forlorade|ingen kontakten|kontakt timmar|timme|morkt|fjallet|fjallen|skogen|skoter|skotern|turen|isen|jakten|ute|fjallturen|skidturen|vandringen', gap: 6 },
  // Fights of the old days (review152: "Förr kunde det bli bråk på skiljningarna, säger de gamla").
  { kind: 'emergency', lang: 'sv', cue: 'slagsmal|brak|brakigt|knivslagsmal utanfor|vid|pa|nu|har', gap: 0, unless: ['tvaaringen vinner alla brak', 'vinner alla brak', 'foraldrakurs', 'forr', 'forr i tiden', 'sager de gamla', 'har det blivit battre', 'blivit battre sen', 'forra vintern', 'verkar vara vanligt', 'ar vanligt', 'vanligt pa helgerna', 'snobollskrig', 'kuddkrig', 'for ett ar sen', 'for ett ar sedan', 'for nagra ar sen', 'for nagra ar sedan', 'for manga ar sen', 'for manga ar sedan', ...SV_GENERAL, 'om brak', 'mycket brak', 'massa brak', 'mycket slagsmal', 'massa slagsmal', 'pa natet', ...SV_HEARSAY, ...SV_NO_HARM_DONE, ...SV_HABITUAL, ...JOKING_WORDS, 'om politik', 'domaren', 'domarna', 'perioden', 'forra sasongen', 'forra sasong'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hotar|hotade|slar|misshandlar|attackerar|ranar|knivhugger|jagar personalen|kassoren|kassorskan|expediten|chaufforen|busschaufforen|vakten|vakterna|kunder|kunderna|forbipasserande', gap: 1, unless: [...SV_GENERAL, 'vad hande efter att'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `jagar|hotar|slar|misshandlar|attackerar|ranar|knivhugger|sparkar min|mitt|mina|var ${SV_MISSING}|kompis|kompisen|van|vannen|vanner`, gap: 0, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'med slagtra|basebolltra|balltra|jarnror|tillhygge|batong', gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ar|star nagon|nan|nagra|en i|inne|utanfor huset|lagenheten|stugan|garaget|kallaren|forradet|hallen|sovrummet|fonstret|dorren|rummet', gap: 1, unless: [...SV_GENERAL, 'ar det nagon', 'ar det nan', 'ar nagon hemma', ...SV_EXPECTED_VISITOR], reportWhenOver: true },
  // review86: "Exmannen skickar sms varje natt om att han vet var jag och barnen bor nu och att jag ska få ångra att jag
  // lämnade honom" — an ex-partner's threat, not a stranger's.
  { kind: 'domestic', lang: 'sv', cue: `${SV_EX} vet var jag|vi|barnen|du bor|ar|jobbar|gar`, gap: 8, unless: SV_IN_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: 'ska|kommer fa angra att jag|du lamnade|lamnat|gjorde+slut|flyttade', gap: 2, unless: [...SV_IN_GENERAL, ...FICTION] },
  // Searching for ways to die (review86: "jag googlar sätt att dö varje kväll innan jag somnar").
  { kind: 'suicide', lang: 'sv', cue: 'googlar|googlade|googlat|soker|sokte|kollar|kollade|laser+om satt+att+do|satt+att+ta+livet|hur+man+dor|hur+man+tar+livet|metoder+att+do|smartfria+satt', gap: 3, unless: [...SV_IN_GENERAL, ...FICTION, ...SV_GAMING, 'sims'] },
  { kind: 'suicide', lang: 'en', cue: 'googling|googled|google|searching|searched|looking+up|looked+up|researching|researched ways+to+die|ways+to+kill+myself|how+to+kill+myself|how+to+die|painless+ways|ways+to+end+it|how+to+end+it', gap: 3, unless: [...EN_IN_GENERAL, ...FICTION, ...EN_SEARCHED_HARMLESS, 'minecraft', 'fortnite', 'roblox', 'the game', 'in game', 'sims', 'my character'] },
  // Sami, a draft (review86: "Mun jáhkán ahte muhtun bijai juoidá mu juhkamuššii").
  // Someone, not a grandmother who put sugar in the tea (everyday21: "Áhkku bijai juoidá juhkamuššii: sohkara ja sitrovnna").
  { kind: 'emergency', lang: 'se', cue: 'muhtun|soames|olmmai|albmai|nubbi bijai|bijaiga|bidjan juoida|maidege ?mu|su juhkamussii|juhkamussai', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  // The last night one has to suffer (review61: "Hon skriver på Snap att 'det här är sista natten jag behöver frysa' och
  // skickar bilder från isen på sjön utan jacka"), which the reporting route caught only through "skickas" misread.
  { kind: 'suicide', lang: 'sv', cue: 'det+har+ar|detta+ar|det+ar sista natten|dagen jag|hon|han behover|ska|maste frysa|lida|plagas', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'talt', 'taltet', 'imorgon', 'i morgon', 'operation', 'operationen', 'hemresa', 'aker hem'] },
  // No reason to go on (review87: "I don't really see why I should keep going. Nobody visits anymore"); not going on with
  // something ("keep going to the course", "fortsätta betala"). (A message with "why" is not split into sentences, so
  // these say what they exclude rather than ask for the end of a sentence.)
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|cannot|do+not see why i should|would keep+going|go+on|carry+on|live|bother|continue', gap: 2, unless: [...EN_IN_GENERAL, ...EN_LIVE_WHERE, 'keep going to', 'keep going with', 'keep going there', 'go on with', 'go on the', 'go on a', 'carry on with', 'continue with', 'continue to pay', 'continue paying', 'bother with', 'bother to'] },
  { kind: 'suicide', lang: 'sv', cue: 'ser|forstar inte varfor jag ska|skulle fortsatta|leva|orka', gap: 2, unless: [...SV_IN_GENERAL, 'fortsatta med', 'fortsatta pa', 'fortsatta betala', 'fortsatta jobba', 'fortsatta ga', 'fortsatta plugga', 'fortsatta folja', 'fortsatta att betala', 'fortsatta att jobba', 'fortsatta att ga', 'fortsatta att plugga', 'leva i', 'leva har', 'leva med', 'orka med'] },
  // Seen drinking, then driving off (review87: "i see a man drinking from a bottle then getting in his car … he is
  // driving away now").
  { kind: 'emergency', lang: 'en', cue: 'drinking|drank|drinks|downing ?from ?a bottle|beer|beers|alcohol|vodka|wine|booze getting+in|got+in|gets+in|getting+into|got+into|driving|drives|drove his|her|the|a car|truck|van|snowmobile', gap: 3, unless: [...EN_GENERAL, ...EN_STATISTICS, 'never', 'dont drink', 'doesnt drink', 'didnt drink'] },
  { kind: 'emergency', lang: 'sv', cue: 'dricker|drack|halsar|halsade ?ur ?en flaska|ol|sprit|vodka|vin|brannvin satter+sig|satte+sig|hoppar+in|hoppade+in|kor|korde i|ivag bilen|bil|skotern', gap: 3, unless: [...SV_GENERAL, 'aldrig', 'dricker inte', 'drack inte'] },
  // review88: "pappa har sagt att det inte är nån ide längre sen mamma dog. idag såg jag att han tagit fram jaktgevaret".
  { kind: 'suicide', lang: 'sv', cue: 'inte|ingen ?ar nan|nagon|ingen ide|mening langre', gap: 1, unless: [...SV_IN_GENERAL, ...FICTION, 'ide langre att', 'mening langre att', 'ide langre med', 'mening langre med', 'ide att', 'mening att'] },
  // Online hate against a family (review88: "Nån skrev i en facebookgrupp att han ska 'ta' den samiska familjen på vår gata").
  { kind: 'report', lang: 'sv', cue: 'skrev|skriver|skrivit|postade|postat|hotade ska|kommer ta|skada|sla|doda|ga+pa|hamnas+pa familjen|familjerna|samerna|invandrarna|judarna|muslimerna|grannarna', gap: 6, unless: [...SV_IN_GENERAL, 'familjen till', 'familjen med', 'familjen pa semester', 'familjen pa bio', 'familjen pa utflykt', 'familjen pa resa', 'familjen och'] },
  // Theft of the residents' medicines at a care home (review88: "Min kollega på äldreboendet tar tabletter från de boende").
  { kind: 'report', lang: 'sv', cue: 'tar|stjal|snor|snodde|tog|tagit tabletter|mediciner|medicin|pengar|smycken fran de+boende|boende|patienterna|patienter|de+aldre|brukarna|vardtagarna', gap: 3, unless: SV_IN_GENERAL },
  // Sami, drafts (review88): a car gone into the river, a girl on a bridge who means to jump, a neighbour who beats his wife.
  { kind: 'emergency', lang: 'se', cue: 'biila|biilla manai|vulgii|gahcai|gahccai johkii|javrai|cahcai', gap: 2, unless: [...SE_GENERAL, ...SE_PLAY, 'stoahka'] },
  { kind: 'suicide', lang: 'se', cue: 'saldi|saldis|saldi+alde|saldi+ala njuiket|njuikestit', gap: 5, unless: SE_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_HARM} iezas|su ahka|ahkka|eamida|isida|boadnja|guoimmi`, gap: 1, unless: SE_GENERAL },
  // review89: a colleague over the limit on the alcolock who means to drive the loader anyway.
  { kind: 'emergency', lang: 'sv', cue: 'blaste|blaser|blast|blast+over alkolaset|alkolas|alkobommen|alkomataren|alkometern tanker|ska|vill|tanker+han|tanker+hon kora|kor|ta', gap: 12, unless: SV_GENERAL },
  // Groped at work, told to ask whether it is a crime (review89: "En äldre kollega på hotellet tar mig på rumpan").
  { kind: 'report', lang: 'sv', cue: 'tar|tog|tafsar|tafsade|klammer|klamde|nyper|nop|tar+pa ?mig pa|i rumpan|baken|brosten|brostet|skrevet|laret|rovan', gap: 2, unless: SV_IN_GENERAL },
  // Sami (review89, a draft): "Hoavda váldii min pássaid" — the boss took our passports.
  { kind: 'report', lang: 'se', cue: 'valdii|valdet|valda|dolla min|mu|su|sin passaid|passa|passat|passaset', gap: 2, unless: SE_GENERAL },
  // review90 (outdoors): lost in a snowstorm with a child who is freezing and wants to sleep; a stranger who hit one's
  // child; a threat to "make sure I don't come back"; suicide meant to look like an accident; a partner who left one at
  // the cabin without a car (Sami, a draft).
  { kind: 'emergency', lang: 'sv', cue: 'tappat+bort+oss|tappat+bort+mig|gatt+vilse|gick+vilse|kort+vilse|hittar+inte+tillbaka|hittar+inte+vagen snostormen|stormen|fjallet|kalfjallet|dimman|morkret|skogen|ute|fryser', gap: 8, unless: [...SV_GENERAL, ...NO_HARM_NOW, 'men hittade', 'hittade till', 'hittade tillbaka', 'hittade stugan', 'hittade vagen', 'allt gick bra', 'alla ar ok', 'i fjol', 'forra aret', 'nar jag var liten', 'som liten', 'som barn', 'nar jag var barn', ...JOKING_WORDS] },
  { kind: 'emergency', lang: 'sv', cue: 'hon|han|dottern|sonen|barnet|barnen|dotter|son|kompisen|kompis|vannen fryser|frusen|nedkyld|nedkylda vill+bara+sova|vill+sova|somnar|vill+somna|slutat+huttra', gap: 3, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'man|guy|someone|somebody|stranger|boy|kid|player|coach|adult punched|hit|kicked|attacked|assaulted|beat|slapped|shoved my son|daughter|kid|child|boy|girl', gap: 2, unless: [...EN_GENERAL, ...FICTION, ...EN_PLAY_HITS], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'make+sure i|you|we|she|he dont|never|doesnt|wont come+back|walk+again|wake+up', gap: 1, unless: [...EN_GENERAL, ...FICTION, ...JOKING], reportWhenOver: true },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} gudii mu|min bartii|bartai|meahccai|duoddarii`, gap: 3, unless: SE_GENERAL },
  // A threat to kill with its reason ("skriker att dom ska slå ihjäl mig för att jag snitchade", review85): "för att jag"
  // is no general question's "för att" (SV_GENERAL), which the rule after this one keeps.
  { kind: 'emergency', lang: 'sv', cue: 'ska|kommer sla|skjuta|hugga|knivhugga|doda ?ihjal mig|oss for+att+jag|for+att+vi|for+att+du', gap: 2, unless: [...SV_IN_GENERAL, ...JOKING, ...FICTION], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'sla|slar|slog|slagit|skjuta|hugga|sparka|knivhugga|kora|kor ihjal mig|oss|dig|henne|honom', gap: 1, unless: ['kora ihjal oss pa traningen', 'pa traningen', 'om vi inte vinner', ...SV_GENERAL, ...JOKING, 'jag holl pa att sla ihjal mig', 'holl jag pa att sla ihjal mig', 'var nara att', 'holl pa att', 'nastan'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'mycket|massa|tjock|svart|kraftig rok', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'kom|kommit aldrig ner|hem|tillbaka|fram', gap: 1, unless: [...SV_GENERAL, 'paketet', 'paket', 'brevet', 'svaret', 'beskedet', 'bussen', 'pengarna', 'varan', 'leveransen'] },
  { kind: 'emergency', lang: 'sv', cue: 'inte kommit|kommer|komma|kom ner|tillbaka', gap: 1, unless: [...SV_GENERAL, 'om jag', 'om du', 'om vi', 'paketet', 'svaret', 'beskedet', 'bussen', 'pengarna', 'forran', 'innan', 'forran pa', 'pratat om', 'pratar om', 'sagt att', 'skrattar bort'] },
  { kind: 'emergency', lang: 'sv', cue: 'andas konstigt|jattekonstigt|knappt|daligt|svagt|tungt', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'ingen kontakt med honom|henne|dem|barnet', gap: 0, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'overdos|overdoserat|overdoserade|overdoserar', unless: ['what are the signs', 'want to be prepared', 'forra julen', 'drogfri', 'jobbar pa akuten', 'manga overdoser', ...SV_GENERAL, 'for nagra ar sen', 'for nagra ar sedan', 'for manga ar sen', 'for manga ar sedan', 'risk', 'om man', 'spel', 'spelet', 'mitt spel', 'karaktar', 'karaktaren', 'lol', 'thesis', 'deaths', 'statistics', 'numbers', 'research', 'statistik', 'uppsats', 'studie', 'julmust', 'godis', 'kaffe', 'socker', 'choklad', 'pepparkakor', 'glogg', 'lussekatter', 'serier', ...SV_FOOD_OVERDOSE, 'awareness', 'awareness day', 'naloxon', 'naloxone', 'rutinparm', 'i varas', 'pratade rektorn', 'foraldramotet', 'forra aret', 'dog av en overdos'] },
  { kind: 'emergency', lang: 'sv', cue: 'jattesmall|smallen|explosion|exploderade|exploderat', unless: ['en riktig bomb', 'hela hallen exploderade', 'publiken exploderade', 'kaffebryggaren', 'bryggaren', 'snon som rasade', 'snon rasade', 'fran taket', 'visade sig va', 'visade sig vara', 'baktander', 'baktande', 'baktandning', 'inget farligt', ...SV_GENERAL, ...EN_SMALLER, 'nastan', 'arg', 'ilska', 'holl pa att', 'huvud', 'huvudet', 'skallen', 'hjarnan', 'sprangning', 'sprangningen', 'varje natt', 'skjutningen', 'gruvan', 'gruva', 'lkab', 'mine', 'blasting',
    // A chat or a comment field that "exploded" (review109: "gruppchatten med grannarna om snöskottningen exploderade idag haha").
    'chatten', 'gruppchatten', 'gruppchatt', 'kommentarerna', 'kommentarsfaltet', 'inkorgen', 'jaktstart', 'jaktstarten', 'jakten', 'i mikron', 'diskmaskinen', 'skum', 'diskmedel', 'rivningarna', 'rivningen', 'hela dagarna', ...QUARREL_EXPLODED, 'like an explosion', 'som en explosion', 'christmas lights', 'julbelysning', 'skjutbanan', 'pa skjutbanan', 'smaller i dorrar', 'tonaringar', 'himlen exploderade', 'himlen bara exploderade', 'norrskenet', 'av lycka'] },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|nan|nagon|de|dom|mannen|killen forsoker|forsokte|ska|vill|hotar|hotade ta livet av mig|oss', gap: 2, unless: [...SV_GENERAL, ...JOKING, ...SV_KILLS_ME], reportWhenOver: true, jokeable: true },
  // Not a board game's avalanche (review80).
  { kind: 'emergency', lang: 'sv', cue: 'lavin|lavinen|snoskred|snoskredet|laviner', unless: ['en dokumentar om', 'dokumentar om laviner', 'bradspel', 'bradspelet', 'board game', ...SV_GENERAL, 'risk', 'risken', 'varning', 'prognos', 'lavinfara', 'lavin av', 'laviner av'] },
  { kind: 'emergency', lang: 'sv', cue: 'isen brast|brustit|sprack|spruckit|gick', gap: 1, unless: [...SV_GENERAL, 'skoterleden', 'skoterleder', 'nar tas', 'tas bort', 'i varas', 'i vintras', 'forra vintern', 'hur vet man'] },
  { kind: 'emergency', lang: 'sv', cue: 'ar|hamnat|hamnade|ramlat|ramlade|fallit|foll|ligger i vattnet|alven|sjon|isvaken|vaken', gap: 1, unless: [...SV_GENERAL, 'holl pa att ramla', 'av ren gladje', 'nastan ramlade'] },
  { kind: 'emergency', lang: 'sv', cue: 'atit|at|svalt|svalde|druckit|drack tabletter|piller|medicin|mediciner|diskmedel|tvattmedel|rengoringsmedel|lampolja', gap: 2, unless: ['om man', 'far man', 'kan man', 'nar man', 'hur manga barn', 'hur vanligt', 'hur ofta', 'statistik'] },
  { kind: 'emergency', lang: 'sv', cue: 'ingen|inte ror|rora|rorde|rort sig', gap: 1, unless: [...SV_GENERAL, 'puben var', 'packad att man', 'sa packat', 'sa packad', 'svettades', 'dansgolvet'] },
  { kind: 'emergency', lang: 'sv', cue: 'far|fick inte|inget liv i', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'bla om lapparna|munnen', gap: 0 },
  // (Not "segnade" alone: a typo away from "signade".)
  { kind: 'emergency', lang: 'sv', cue: 'kollapsade|svimmade|medvetslos|kramper', unless: [...SV_GENERAL, ...RECOVERED, 'om man', 'nar man', 'svimmade nastan', 'nastan svimmade', 'av ren gladje', 'personbasta', 'pepparkakshuset', 'taket kollapsade', 'tarta', 'tartan'] },
  { kind: 'emergency', lang: 'sv', cue: 'segnade|segnat ihop|ner', gap: 0 },
  { kind: 'emergency', lang: 'sv', cue: `har ni|du sett min|mitt|var ${SV_MISSING}`, gap: 0 },
  { kind: 'emergency', lang: 'sv', cue: 'ska|tanker|hotar|skriker|sa|sager doda|skjuta|knivhugga|skara|morda chefen|honom|henne|alla|oss|dem|personalen|chaufforen|lararen|grannen', gap: 2, unless: ['irriterande', 'typ morda', 'typ doda', ...SV_GENERAL, ...JOKING, ...SV_GAMING], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'jag|vi har last|gomt in mig|oss', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'ramlat|ramlade|fallit|foll|trillat svarar|vaknar|ror inte', gap: 5, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'rok|roken kommer|stiger|valler fran|ur|ut', gap: 1, unless: ['skorstenen', 'skorsten', 'bastun', 'grillen', 'eldstaden', 'kaminen'] },
  { kind: 'emergency', lang: 'sv', cue: 'klamts|klamdes|klamd|klamda|klamt under|fast', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'behover|skicka|ring ambulans|ambulansen', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'foraren|chaufforen ar|verkar full|berusad|packad|drogad|paverkad', gap: 1, unless: [...SV_GENERAL, 'full av', 'full fart', 'full koll'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'motande fil|korfalt', gap: 0, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'rasade|foll|ramlade|kom sno|snon|is|isen|istappar fran taket', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|nagon|nan|gubben|gubbe|barnet|personen ligger|hamnat|begravd under', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kom|kommit tillbaka|hem utan foraren|honom|henne|pappa|mamma', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'roklukt|brandlukt', unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'skoter|skotern|fjallet|fjalltur|skidtur|turen|jakt|jakten|fisket svarar|svarade inte', gap: 20, unless: ['lurad', 'lurade', 'salde', 'kopte', 'natet', 'blocket', 'annons'] },
  // "… på en vecka" too ("Grannen har inte synts på en vecka och hon öppnar inte" had no alarm).
  // Nobody in particular not seen (everyday53: "Har inte sett nån på E10 i veckan", of traffic checks).
  { kind: 'emergency', lang: 'sv', cue: 'inte synts|setts|horts pa|sedan dagar|veckor|flera|vecka|dygn', gap: 3, unless: ['sett nan', 'sett nagon', 'sett nagra', ...SV_GENERAL, ...SV_AWAY_OR_SUNLESS, ...SV_CHECKED_ON, 'plogbilen', 'plogbil', 'plogningen', 'plogat', 'bussen', 'sopbilen', 'soporna',
    // The post that has not come, not the post piling up at a neighbour's ("inte synts på flera dagar och posten ligger kvar").
    'posten har inte', 'har posten inte', 'posten kommit', 'posten kom', 'brevbararen', 'paketet', 'leveransen'] },
  { kind: 'emergency', lang: 'sv', cue: 'blod i|pa trappan|trapphuset|golvet|marken|snon|dorren|overallt', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'slar|sparkar|krossar sonder bilrutor|rutor|fonster|bilar|rutan', gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'brandlarmet|brandvarnaren tjuter|piper|gar|lat', gap: 1, unless: [...SV_GENERAL, 'receptet', 'sockret', 'pannan', 'lol', 'testar', 'test', 'varje gang', 'steker', 'lagar mat', 'batteriet', 'batteri', 'byta batteri', 'stanger man av', 'stanga av', 'hela tiden', 'ingen rok', 'ingen brand', 'bara batteriet', 'batteriet'] },
  { kind: 'emergency', lang: 'sv', cue: 'forsoker|forsokte oppna|bryta|ta min|mitt|var|dorren|fonstret|in', gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sag|ser|horde|hor sla|sparka|misshandla|rana|knivhugga|strypa en|henne|honom|nagon|nan|kvinnan|mannen|barnet|kvinna|barn', gap: 5, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'ligger det en|nagon|nan man|kvinna|person|kille|tjej|gubbe|tant|barn i|pa snon|marken|gatan|isen|golvet|diket|vattnet', gap: 1 },
  // Not a frozen lock broken by the owners themselves (everyday18: "Låset till förrådet hade frusit så vi fick bryta upp
  // dörren själva").
  { kind: 'emergency', lang: 'sv', cue: 'banda|bander|bande|bryta upp dorren|ytterdorren|fonstret|laset|altandorren', gap: 1, reportWhenOver: true, unless: ['frusit', 'fastfrusen', 'fastfruset', 'fick bryta upp', 'sjalva', 'tappat nyckeln', 'tappade nyckeln', 'lasta ute'] },
  { kind: 'emergency', lang: 'sv', cue: 'spottade|spottar|spottat pa mig|oss', gap: 0, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'vet var hon|han|du|jag|vi|ni bor', gap: 0, unless: [...SV_GENERAL, ...KNOWS_THE_ADDRESS_KINDLY, ...WRITTEN_THREAT, 'ar skyldig'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'knappt|inte kan ga|sta bil|bilen|kor|korde|ratten', gap: 6, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kort|korde in|pa i|en renhjord|ren|renen|renar|alg|algen|vilt', gap: 2, unless: [...SV_GENERAL, 'ordnat', 'ordnade', 'forsakring', 'forsakringen', 'forra veckan', 'forra aret', 'forra vintern', 'i vintras', 'inget hande', 'korde nastan', 'bromsade i tid', 'ar sen', 'ar sedan', 'ringde polisen da'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'svarar|svarade inte timmar|timme|morkt|storm|stormen|fjallet|kallt|minus', gap: 8 },
  { kind: 'emergency', lang: 'sv', cue: 'har bossan|gevaret|vapnet|pistolen framme|laddad|laddat', gap: 1 },
  // Lost in a building (review155: "Gick totalt vilse i nya stadshuset").
  { kind: 'emergency', lang: 'sv', cue: 'gatt|gick|ar|kort|akt vilse', gap: 1, unless: ['hittade inte kristallen', 'i stadshuset', 'i nya stadshuset', 'i affaren', 'i kopcentret', 'pa ikea', 'i huset', 'men hittade', 'hittade stugan', 'hittade tillbaka', 'hittade vagen', 'allt gick bra', ...SV_GENERAL, ...JOKING_WORDS, 'pa sidan', 'pa hemsidan', 'i blanketten', 'i systemet', 'i stan', 'i centrum', 'i affaren', 'pa ikea', 'ville', 'webbplats', 'webbplatsen', 'hemsidan', 'sajten', 'appen', 'i mattelaxan', 'i laxan', 'i laxorna', 'i matten', 'pa fritids', 'hittade leden', 'vilken buss', 'forra vintern', 'flera ganger', 'hittar hem', 'hittar alltid hem', 'pa basta sattet', 'vilse pa basta', 'vafflor'] },
  { kind: 'emergency', lang: 'sv', cue: 'man|mannen|kvinna|kvinnan|granne|grannen|han|hon|nagon|nan|person|personen|pappa|mamma|mormor|morfar|farmor|farfar|gubbe|gubben|tant|tanten|kille|killen|tjej|barn|barnet ligger pa|i|vid|bredvid golvet|golv|marken|backen|gatan|trottoaren|isen|snon|diket', gap: 3, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'hittade|hittat|hitta ett|en gevar|pistol|vapen|handgranat|granat|sprangmedel|dynamit', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'hor|horde henne|honom|dem|barnen|nagon|nan|en|kvinna|kvinnan|barn|barnet|grannen|grannarna skrika|skriker|skrik|grata|grater', gap: 2, unless: [...SV_GENERAL, 'det var bara ungdomar', 'som lekte'] },
  { kind: 'emergency', lang: 'sv', cue: 'gommer|gomde mig|oss', gap: 0, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'blev|blir|ar|blivit tafsad|antastad|ofredad|tafsade|antastade|ofredade', gap: 2, reportWhenOver: true, unless: ['skillnaden mellan', 'vad ar skillnaden', 'vad betyder', 'vad innebar'] },
  { kind: 'emergency', lang: 'sv', cue: 'drog|drar|tog|tar fram|upp kniv|kniven|pistol|pistolen|vapen', gap: 2, unless: [...SV_GENERAL, 'fisk', 'gadda', 'gaddan', 'kniv fisk'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'en|nan|nagon|nagra|killen|mannen har|hade kniv|kniven|pistol|vapen|yxa', gap: 1, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `${SV_DRUNK} nu|just|precis|framfor|bakom`, gap: 4, unless: [...SV_GENERAL, ...SV_CHECKS] },
  { kind: 'emergency', lang: 'sv', cue: `nu ${SV_DRUNK}`, gap: 4, unless: [...SV_GENERAL, ...SV_CHECKS] },
  { kind: 'emergency', lang: 'en', cue: 'crash|collision|pileup|wreck on|at|near|outside|by', gap: 0, unless: [...EN_GENERAL, ...EN_STATISTICS, 'crash course', 'crush on', 'crushes on'] },
  { kind: 'emergency', lang: 'en', cue: 'a|an accident on|at|near|outside', gap: 0, unless: [...EN_GENERAL, ...EN_STATISTICS] },
  { kind: 'emergency', lang: 'en', cue: 'fire in|at|next|behind|across building|house|apartment|flat|school|garage|store|shop|street|neighbours|neighbors|kitchen|car|forest|woods|cabin|basement', gap: 2, unless: ['i dreamt', 'i dreamed', ...EN_GENERAL, 'fire drill', 'fire alarm test', 'make a', 'light a', 'start a', 'build a', 'making a', 'lighting a', 'allowed', 'ban', 'can i', 'can we', 'fireplace', 'fire place', 'stove', 'fire extinguisher', 'fire extinguishers', 'fire exit', 'fire escape', 'fire door', 'fire blanket', 'last year', 'all ok'] },
  { kind: 'emergency', lang: 'en', cue: 'lots|lot|thick|black|heavy smoke', gap: 1, unless: ['chimney sweep', 'the stove', 'light the stove', 'fireplace', 'sauna'] },
  { kind: 'emergency', lang: 'en', cue: 'never|didnt|havent|hasnt|not made|make it back|home|down', gap: 1, unless: [...EN_GENERAL, 'got there in the end', 'in the end'] },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|havent|didnt come|came back', gap: 1, unless: [...EN_GENERAL, 'package', 'parcel', 'results', 'answer', 'reply', 'money'] },
  { kind: 'emergency', lang: 'en', cue: 'dementia|alzheimers|alzheimer missing|wandered|gone|lost|disappeared|walked+out|walked+off|left+the+house', gap: 5, unless: [...EN_GENERAL, 'planning ahead', 'one day', 'if she ever', 'if he ever', 'in case', 'lost in conversation', 'lost in conversations', 'lost in thought', ...WANDERING_PREVENTED] },
  { kind: 'emergency', lang: 'en', cue: 'autism|autistic|intellectual+disability|learning+disability|disabilities missing|wandered+off|disappeared', gap: 5, unless: [...EN_GENERAL, ...EN_AS_A_CHILD] },
  { kind: 'emergency', lang: 'en', cue: 'pulled|pulls|pulling|drew a|his|her knife|gun|weapon|pistol', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'grabbing|grabbed|grabs|groping|groped|gropes|touching me|us', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  // Someone trying car doors, a thief at work (review82: "guy trying car doors at Camp Ripan parking right now").
  // Someone else doing it: "Spent five minutes trying car doors … mine was the other grey Volvo" is not (everyday19).
  { kind: 'emergency', lang: 'en', cue: 'guy|guys|man|men|someone|somebody|people|kids|teens|teenagers|person|thief|thieves trying|tries|tried|checking|checked|testing|pulling car|cars doors|handles', gap: 1, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|killar|tjuvar|tjuven|ungdomar|folk|typ|snubbe kanner|kande|provar|provade|drar|drog pa|i bildorrar|bildorrarna|bilarnas', gap: 3, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  // Sexual abuse, "förgrep sig på" (review84: "Min farbror förgrep sig på mig när jag var liten … Går det fortfarande att
  // anmäla?"): 112 while it goes on, a crime to report when told as over.
  // On a person: Gustav Vasa "förgrep sig på kyrkans silver" is history (everyday19).
  { kind: 'emergency', lang: 'sv', cue: 'forgrep|forgriper|forgripit|forgripa|forgrips sig pa mig|henne|honom|dig|oss|barn|barnen|barnet|min|mitt|mina|hans|hennes|sin|sina|en|ett|flickan|pojken|dottern|sonen', gap: 0, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  // A child lured towards a car (review82: "i tisdags försökte en man i en vit skåpbil få med sig min son på väg hem
  // från skolan"): 112 now, a crime to report when over.
  // "Lura med sig", and "få" or "locka med sig" only after "försökte": "vi fick med oss barnen" is a family outing,
  // "Biblioteket lockade med sig hela sonens klass" a reading challenge (everyday19).
  { kind: 'emergency', lang: 'sv', cue: `lura|lurade|lurar|lurat med sig|in ${SV_A_CHILD}`, gap: 1, unless: [...SV_GENERAL, ...FICTION, 'hunden', 'katten', 'pa semester', 'pa resan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: `forsokte|forsoker fa|locka|lura med sig ${SV_A_CHILD}`, gap: 6, unless: [...SV_GENERAL, ...FICTION, 'hunden', 'katten', 'pa semester', 'pa resan', 'pa bio', 'mormor', 'farmor', 'morfar', 'farfar'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'lure|lured|luring|entice|enticed my|our|a|the|some|two son|daughter|kid|kids|child|children|boy|girl|pupils|students into|to a|his|their car|van|truck', gap: 1, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  // Drugged and not remembering (review82: "gave her pills at a party and she woke up at his place not remembering
  // anything"): a crime to report, 112 while it goes on.
  { kind: 'emergency', lang: 'en', cue: 'woke|wake|waking up at|in his|their|someones|a+strangers|a+guys|a+mans place|flat|apartment|house|bed|room', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'hotel', 'hostel', 'cabin'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'hade|hallt|hallde|lagt|la|lade|stoppat|stoppade|blandat|blandade nagot|nat|nanting|droger|tabletter i min|hennes|hans|var drink|drinken|glas|glaset|olen', gap: 1, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  // Sexual assault said in other words (review80: "tried to force a kiss on her two nights ago"): forcing oneself or a
  // kiss on someone, touching or kissing against their will, "tvingade sig på". Now 112, told as over a crime to report.
  { kind: 'emergency', lang: 'en', cue: 'force|forced|forces|forcing himself|herself|themselves|themself on|onto', gap: 0, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'force|forced|forces|forcing a|his|her kiss|kisses', gap: 0, unless: [...EN_GENERAL, ...FICTION, 'kiss of the ring', 'of the ring'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'kissed|kissing|kisses|touched|touching|touches|undressed against her|his|my|their|our will', gap: 1, unless: [...EN_GENERAL, ...FICTION], reportWhenOver: true },
  // On someone: "Förkylningen har tvingat sig på hela familjen", "Vintern tvingar sig på" are no assault (everyday19).
  { kind: 'emergency', lang: 'sv', cue: 'tvingade|tvingar|tvingat sig pa mig|henne|honom|dig|oss|min|mitt|hans|hennes|var|en|ett', gap: 0, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'breathing weird|weirdly|strange|strangely|funny|badly|slow|slowly|heavily', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'overdosed|overdosing|oded', unless: ['hur manga', 'years ago', 'what are the signs', 'years ago and survived', 'peer supporter', ...EN_GENERAL, 'about overdoses', 'stand', 'awareness', 'prevention', 'campaign', 'information', 'course', 'thesis', 'deaths', 'statistics', 'numbers', 'research', 'student', 'article', 'buns', 'cinnamon', 'candy', 'sugar', 'chocolate', 'coffee', 'caffeine', 'cake', 'cookies', 'netflix', 'sweets', 'christmas food', 'naloxon', 'naloxone', 'rutinparm', 'regionen'] },
  // Not what it only seemed, a film, or the mine's blasting (review81).
  { kind: 'emergency', lang: 'en', cue: 'explosion|exploded', unless: ['floor exploded', 'crowd exploded', 'dance floor', 'banger', 'we thought', 'i thought', 'trodde jag', 'trodde vi', 'documentary', 'footage', 'sprangningarna', 'sprangningar', 'flare', 'fireworks', ...EN_GENERAL, ...EN_STATISTICS, 'exposed', 'explored', 'explained', 'the mine', 'blasting', 'schedule',
    // The mine's blasting told in Swedish, a group chat that "exploded" (everyday31, review109).
    'trodde det var', 'sprangning', 'sprangningen', 'lkab', 'gruvan', 'group chat', 'groupchat', 'the chat', 'dishwasher', 'foam', ...QUARREL_EXPLODED, 'ill explode', 'i will explode', 'gonna explode', 'one more time', 'not exploded', 'the ham', 'foil bag', 'in the oven', 'going to explode', 'gonna explode', 'about to explode', 'sky exploded', 'the sky exploded'] },
  { kind: 'emergency', lang: 'en', cue: 'im|i|were|we|kids|children|they hiding|locked in|inside', gap: 2, unless: ['hide and seek', ...EN_GENERAL, 'locked out'] },
  { kind: 'emergency', lang: 'en', cue: 'lost one|a|our person|member|child|kid|guest', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'been gone|missing hours|hour|min|minutes|hrs', gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'smashing|breaking|vandalising|vandalizing|slashing car|cars|windows|tyres|tires', gap: 2, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'kid|child|toddler|baby|boy|girl walking|wandering|alone along|on|by the|road|e10|highway', gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'followed me|us', gap: 1, unless: [...EN_GENERAL, 'followed me on', 'followed me back', ...FOLLOWED_HOME_HARMLESS], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'follow|follows me|us from|home|everywhere|around|all', gap: 0, unless: ['puppy', 'the dog', 'my dog', 'kitten', 'the cat', 'my cat', ...EN_GENERAL, ...EN_FORMER_PARTNERS], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'foaming|convulsing', unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'need|send|call an|a ambulance', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'was|got|been|were groped|molested|fondled', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'groping|grabbing|molesting|touching my|her|his|a daughter|son|kid|child|girl|boy|woman', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'wandered|wondered off', gap: 0, unless: [...EN_GENERAL, 'thanks for', 'thank you for', 'last winter', 'last year', 'doing well', 'doing fine'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot move her|his|my|their leg|legs|arm|arms|neck', gap: 0, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'im|i|were|we|kids|children|they hiding', gap: 1, unless: ['drill', 'lockdown drill', 'practise hiding', 'practice hiding', 'hide and seek', ...EN_GENERAL, 'from my homework'] },
  { kind: 'emergency', lang: 'en', cue: 'avalanche|avalanches', unless: ['takes what it wants', 'avalanche warning', 'avalanche sign', ...EN_GENERAL, 'avalanche danger', 'avalanche of', 'warns about', 'risk', 'warning', 'warnings', 'forecast', 'forecasts', 'bulletin', 'danger level', 'course', 'rescue course', 'training', 'drill', 'beacon', 'documentary', 'dokumentar', 'watched', 'movie', 'mini avalanche', 'from my own roof', 'totally fine'] },
  // Seizures years ago (review154: "I had seizures years ago and lost my licence. I'm seizure-free now").
  { kind: 'emergency', lang: 'en', cue: 'collapsed|fainted|seizure|convulsing', unless: ['years ago', 'seizure free', 'seizurefree', 'on the sofa', 'on the couch', 'into bed', 'ski race', ...EN_GENERAL, 'market', 'economy', 'prices', 'roof', 'it collapsed', 'reindeer', 'last summer', 'last year', 'first aid courses', 'were great', 'last week', 'doctor says', 'hes fine', 'shes fine', 'finish line', 'then got up', 'got up and'] },
  { kind: 'emergency', lang: 'en', cue: 'upside down', gap: 0, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|people|person|kids|driver|he|she is|are still inside|trapped|stuck', gap: 2, unless: EN_GENERAL },
  // Not a mountain of paperwork, a game, or lost as a child (review90's rules, read again).
  // Asked before a trip (review155: "If tourist get lost in mountains, who we call, 112? Just asking").
  { kind: 'emergency', lang: 'en', cue: 'lost on|in the|a trail|mountain|mountains|forest|woods|snowstorm|storm|dark|fells|tundra|lake|ice|blizzard|whiteout|fjell', gap: 2, unless: ['got home safe', 'everyone got home', 'just asking', 'before our trip', 'if tourist', 'if tourists', ...EN_GENERAL, ...JOKING_WORDS, 'of paperwork', 'of emails', 'of work', 'game', 'playing', 'but found', 'found the cabin', 'found our way', 'all fine', 'as a kid', 'as a child', 'years ago', 'last year', 'ended fine', 'it ended fine', 'last winter', 'found me', 'who pays'] },
  { kind: 'emergency', lang: 'en', cue: 'grabbed|grabbing|twisted my|her arm|wrist', gap: 1, unless: [...EN_GENERAL, 'on the ice', 'slipped', 'from falling', 'stopped me from'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'hit|struck|ran|killed a|the|into reindeer|moose|deer|elk', gap: 2, unless: ['killed it at', 'absolutely killed it', ...EN_GENERAL, 'if you', 'a lot', 'nearly', 'almost', 'it was fine', ...EN_IF_EVER, 'sorted', 'insurance', 'last week', 'last winter', 'last year'] },
  { kind: 'emergency', lang: 'en', cue: 'isnt|not|wont|hasnt|doesnt|havent answering|answered|responding|picking dark|storm|hours|hrs|cold|25|30|mountain|mountains|alone', gap: 8 },
  { kind: 'emergency', lang: 'en', cue: 'ate|swallowed|drank|eaten pills|tablets|medicine|meds|detergent|bleach', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'bleeding|unconscious|unresponsive', unless: [...EN_BLEEDING_DRY, ...EN_GENERAL, 'nose', 'gums', 'bias', 'heart', 'edge', 'nosebleed', 'breeding', 'blending', 'blessing', 'exam', 'first aid', 'full marks', 'certificate'] },
  // Not harm feared ("who fixes the pothole before someone really gets hurt", review78).
  { kind: 'emergency', lang: 'en', cue: 'someones|somebodys|hes|shes|theyre|people hurt|injured|trapped|stuck', gap: 1, unless: ['bad knee', 'power of attorney', 'on behalf of', ...EN_GENERAL, 'in traffic', 'in a meeting', 'at work', 'on the phone', 'feelings', 'before someone', 'before somebody', 'before anyone', 'before anybody', 'stuck in stockholm', 'for work', 'stuck at work', 'stuck in traffic'] },
  { kind: 'emergency', lang: 'en', cue: 'car|truck|bus|snowmobile|vehicle|it|scooter flipped|overturned', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'lost contact hours|hrs|hour|ago|dark|mountain|mountains|fell|skiing|hiking|snowmobiling|woods|forest|lake|ice|trip', gap: 6 },
  { kind: 'emergency', lang: 'en', cue: `${EN_DRUNK} driver|drivers|driving|drives|car now|rn|right|currently|ahead|front|behind|just`, gap: 4, unless: [...EN_GENERAL, 'if i ever', 'what number', 'saved in my phone', 'which number'] },
  { kind: 'emergency', lang: 'en', cue: `now|rn|currently ${EN_DRUNK} driver|driving`, gap: 4, unless: EN_GENERAL },
  // Sami words not in ../shared/SAMI.md (drafts like all Sami cues; a native speaker should check them): láhppon (lost),
  // viesus (in the house), suovva (smoke), roasmmohuvvan (injured), vuoddji (driver), doarrut (fight), jieŋa čađa
  // (through the ice), geainnus eret (off the road), čuovvu mu (follows me), ii vuoiŋŋa (does not breathe), áhkku and
  // áddjá (grandmother, grandfather), massán ruđaid (lost money), vásihin vaši (met with hate), ráhkis (partner), dolla
  // viesus (fire in the house), niibbiin and bissuin (with a knife, a gun), báhčán bohccuid (shot reindeer), veallá (lies),
  // vuovdá narkotihka (sells drugs), oaččun áitagiid (I get threats), cuvkkii lása (broke the window), gárremis (drunk),
  // dálus (in the house); from the twelfth review set: vieljat, oappát, váhnemat (brothers, sisters, parents), ovddeš
  // (former), boahtá, vuordá (comes, waits), cuvke dávviriid (breaks things), čiehkádan (I hide), dáppe (here), buoret mu
  // haga (better without me), eallin … veara, ávki, mearkkašupmi, ulbmil (life … worth, use, meaning, purpose), čuohppat,
  // bávččagahttit, vahágahttit iežan (cut, hurt, harm myself), in boađe šat ruoktot (I won't come home anymore),
  // doarridit, gáskit (chase, bite), misiid, miessi (calves); from the thirteenth review set: bárdni, nieida (son,
  // daughter), in leat šat dáppe (I am not here anymore), iige boađe ruoktot, váldá bissu … duoddarii (takes the rifle
  // to the fells), buoret livččii jápmit, jurddašan jápmit, eallán doarvái, ii háliit šat borrat, váldá mu ruđaid, doallá
  // niibbi (holds a knife), váldii ollu pilleriid, ii vástit … vuoigŋá, muohtaluovvi, muohta vuolde (avalanche, under the
  // snow), ratti bávččaga (chest hurts), máksen … in ožžon maidege (paid, got nothing), ruđat leat jávkan (money is gone),
  // dajai ahte son lea báŋkkus, galget jápmit (should die), vahkkoloahpas, mannan vahkus (at the weekend, last week).
  { kind: 'emergency', lang: 'se', cue: 'soames|olmmos|muhtun lea mu|min viesus|stobus|lanjas|goadis|dalus', gap: 1, unless: ['billistan', 'valdan', 'suoladan', 'cuvken', 'boaldan'], reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'suovva', unless: ['suovastit', 'suovastan', 'bierggu', 'suovasbiergu', 'savdnji', 'muoraid', 'savdni', 'savnnjis', 'savnnis', 'savnni', 'uvdna', 'lavvus', 'dolla ii buola', 'grillet', 'grillen', 'dat lea dabalas', 'dusse gazaldat', ...SE_GENERAL, 'ii saddan mihkkege', 'dusse suovva', 'biebmu buolai'] },
  { kind: 'emergency', lang: 'se', cue: '*lihkuhisvuohta|*lihkuhisvuoda alde|dal|dalan|lahka', gap: 3, unless: SE_GENERAL },
  // Nobody injured, "ii oktage roasmmohuvvan" (review84; a draft).
  { kind: 'emergency', lang: 'se', cue: 'roasmmohuvvan|roasmmohuvai|roasmmohuvvon', unless: [...SE_GENERAL, 'ii oktage roasmmohuvvan', 'oktage ii roasmmohuvvan'] },
  { kind: 'emergency', lang: 'se', cue: 'garrenoaivvis vuoddji|vuodja|vuoddje|biila|biilla', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'doarrot|doarrumin|doarrut|doarru dal|dalan|olggobealde', gap: 2, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'jiena cada', gap: 0, unless: ['diibma', 'dal dearvvas', 'lea dearvvas', 'dal lea buorre', 'lea buorre dal', 'oaccuimet', ...SE_GENERAL, ...SE_HUNTING, 'galle', 'juohke jagi', 'muitala', 'logus', 'ravddu', 'raiggi', 'borravin', 'boravin', 'guolastit'] },
  { kind: 'emergency', lang: 'se', cue: 'geainnus eret', gap: 0 },
  { kind: 'emergency', lang: 'se', cue: 'dolla viesus|stobus|lanjas|biillas', gap: 0 },
  // "Movt oaččun lobi bissui?" (a gun licence): "bissui" is a typo away from "bissuin". The knife is also the tool of
  // Sami handicraft (duodji) and of the forest: cutting wood or meat with one is no danger (drafts).
  { kind: 'emergency', lang: 'se', cue: 'niibbiin|bissuin', unless: [...SE_GENERAL, ...SE_HUNTING, ...SE_CRAFT, ...SE_KNIFE_WORK, 'lobi', 'movt oaccun', 'njuovvan', 'cakcanjuovvan', 'niibbiid ortnegii', 'ortnegii'], jokeable: true },
  { kind: 'emergency', lang: 'se', cue: 'garremis|garrenoaivvis vuodja|vuoddja|vuojan|biila|biillain', gap: 3, unless: SE_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'se', cue: 'vealla|vellet ii vastit|liiko|vuoinna', gap: 5, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'manna|manat|ahkku|addja lea|leat lahppon|javkan', gap: 1, unless: [...SE_GENERAL, 'rudat', 'rudaid', 'ruhta', 'muohtagoahtai', 'garasii'] },
  { kind: 'emergency', lang: 'se', cue: 'gahcai|gahccan ii vastit|vastte|vuoinna|liiko', gap: 4, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'cuovvu|cuovvot|cuovvumin mu|munnje', gap: 1, unless: [...SE_GENERAL, ...SE_FOLLOWING_HARMLESS] },
  { kind: 'emergency', lang: 'se', cue: 'ii vuoinna|vuoinnat', gap: 0, unless: SE_GENERAL },

  // More danger now, from the twelfth review set. Bodies: chest pain, a grey face, blood coughed up, no air, swelling
  // lips, a diabetic who is confused, someone who cannot get up after a fall or lies still, speech that makes no sense.
  { kind: 'emergency', lang: 'sv', cue: 'ont|vont|jatteont|jattevont|smartor|smarta|tryck i|over brostet|brostkorgen', gap: 1, unless: ['bankpress', 'bankpressen', 'traningen', 'traningsvark', 'efter gymmet', 'nar jag trycker', ...SV_GENERAL, ...JOKING] },
  // Nearly a heart attack over a late bus (everyday54).
  { kind: 'emergency', lang: 'sv', cue: 'hjartattack|hjartinfarkt|infarkt|hjartstopp', unless: ['nastan fick en hjartattack', 'fick nastan en hjartattack', 'nastan en hjartattack', ...SV_GENERAL, ...ABOUT_THE_TOPIC, 'hjartstartare', 'haha', 'lol', 'varje gang', 'nar jag ser', 'nar jag sag', 'pa tallrik', 'nej skojar', 'skojar bara'] },
  { kind: 'emergency', lang: 'sv', cue: 'fatt|fick|har en stroke', gap: 0, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, ...RECOVERED] },
  { kind: 'emergency', lang: 'sv', cue: 'gra|blagra|askgra i ansiktet', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'hostar|hostade|kraks|kraktes|kraker|spyr|spydde|kraks blod', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'far|fick|kan|kunde inte|ingen luft|andas', gap: 1, unless: JOKING },
  { kind: 'emergency', lang: 'sv', cue: 'lappar|lapparna|tunga|tungan|halsen|ansiktet svullnar|svullnade|svaller', gap: 2, unless: ['visdomstanden', 'tandlakaren sa att det gar over', ...SV_GENERAL, ...JOKING, 'ar svullna', 'ar svullen', 'ar svullet', 'alltid'] },
  { kind: 'emergency', lang: 'sv', cue: 'notter|jordnotter|allergi|allergisk|allergiska|stack|stacken|geting|bi svullen|svullna|svullet|svullnar|andas|andningen', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'allergichock|anafylaxi|anafylaktisk', unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'osammanhangande|sluddrar|sluddrig|sluddrigt|sluddrade', unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'diabetiker|diabetes|insulin|blodsocker|blodsockret skakar|svettas|forvirrad|svarar|medvetslos|kramper|pratar|vaknar', gap: 8, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'kan|orkar|klarar|lyckas inte resa|stalla sig|mig|upp', gap: 1, unless: ['kan ni inte stalla', 'stalla upp en', ...SV_GENERAL, 'ur sangen', 'ur soffan'] },
  { kind: 'emergency', lang: 'sv', cue: 'still|stilla|ororlig svarar|reagerar|andas|vaknar inte', gap: 3, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'foll|fallit|ramlat|ramlade|trillat|trillade|ramla ner|ned|fran|av stallningen|stegen|taket|balkongen|trappan|trapporna|stupet|hasten|hastryggen|klippan', gap: 2, unless: [...SNOW_FELL, ...SV_GENERAL, ...NO_HARM_NOW, 'katten', 'katt', 'nara att', 'nastan'] },
  { kind: 'emergency', lang: 'en', cue: 'chest pain|pains|hurts|pressure|tightness', gap: 1, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'pain|pains|pressure|tightness in his|her|my|the chest', gap: 1, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'heart|cardiac attack|arrest', gap: 0, unless: ['mini heart attack', 'mini heart', ...EN_GENERAL, ...ABOUT_THE_TOPIC, ...RECOVERED, 'gave me a heart attack', 'give me a heart attack', 'giving me a heart attack', 'heart attack moment', 'all good', 'found it', 'doing great'] },
  { kind: 'emergency', lang: 'en', cue: 'having|had|has a stroke', gap: 1, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, ...RECOVERED, 'stroke of'] },
  { kind: 'emergency', lang: 'en', cue: 'coughing|vomiting|throwing|puking|coughs|vomits|vomited|coughed blood', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'lips|throat|tongue|face swelling|swells|closing', gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'peanut|peanuts|nuts|allergic|allergy|stung|sting|bee|wasp swelling|swollen|swelled|breathe|breathing|wheezing', gap: 8, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'hes|shes|is|im|started|keeps wheezing', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'anaphylaxis|anaphylactic|epipen', unless: [...EN_GENERAL, 'carry', 'prescription', 'where can i get', 'moving here'] },
  { kind: 'emergency', lang: 'en', cue: 'allergic reaction|shock', gap: 0, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'diabetic|diabetes|insulin|sugar shaking|sweating|confused|nonsense|unconscious|collapsed|fainted|unresponsive|seizure|fitting|shaky|slurring', gap: 8, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'fell|fallen|slipped|tripped|fall cant|cannot|unable|couldnt get|stand up', gap: 6, unless: [...EN_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: 'confused|disoriented|drunk|wasted|hammered|dizzy falling|collapsing|fell|collapsed', gap: 4, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'slurring|slurred', unless: EN_GENERAL },
  // Cold and water: hypothermia, a baby left in a car, a person in the water or a boat capsized, a car in a snowbank,
  // out in the snow in underwear.
  { kind: 'emergency', lang: 'sv', cue: 'bebis|bebisen|baby|barn|barnet|spadbarn|smabarn|unge|ungen|hund|hunden|hundar ensam|ensamt|ensamma|kvar|lamnad|lamnat|lamnade bil|bilen|bilar', gap: 4, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'regler', 'reglerna', 'lagen'] },
  { kind: 'emergency', lang: 'en', cue: 'baby|child|kid|toddler|infant|kids|children|dog|dogs alone|left|locked in car|vehicle', gap: 3, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'laws', 'rules'] },
  { kind: 'emergency', lang: 'sv', cue: 'nedkyld|nedkylda|underkyld|underkylda|nedkylning|underkylning', unless: [...SV_GENERAL, 'undvika', 'forebygga', 'risk', 'tecken', 'forra vintern', 'klarade sig'] },
  { kind: 'emergency', lang: 'en', cue: 'hypothermia|hypothermic|frostbite|frostbitten', unless: ['fine today', 'car battery', ...EN_GENERAL, 'avoid', 'prevent', 'risk', 'tips', 'signs', 'thriller', 'writing a'] },
  { kind: 'emergency', lang: 'sv', cue: 'snon|kylan|ute|utomhus|minus bara|barfota kalsonger|strumplasten|underklader|trosor|pyjamas|linne', gap: 4 },
  { kind: 'emergency', lang: 'sv', cue: 'bara kalsonger|strumplasten|underklader|trosor|pyjamas|linne snon|kylan|ute|utomhus|minus', gap: 4 },
  { kind: 'emergency', lang: 'sv', cue: 'kajak|kajaken|kanot|kanoten|bat|baten|flotte|flotten kantrade|kantrat|kapsejsade|kapsejsat|sjonk|sjunker|vande', gap: 3, unless: [...SV_GENERAL, ...NO_HARM_NOW] },
  // Not a worry for later ("orolig att de ska drunkna vid sjön om de inte kan simma"), the plants, or a joke (everyday11).
  { kind: 'emergency', lang: 'sv', cue: 'drunknar|drunknade', unless: ['holl pa att drunkna', ...SV_GENERAL, 'djupa anden', 'simskola', 'simskolan', 'orolig att', 'radd att', 'pelargoner', 'pelargonerna', 'blommor', 'blommorna', 'plantor', 'plantorna', 'krukvaxter', 'krukvaxterna', 'i jobb', 'i mejl', 'i papper', 'drunknar man', 'drunknar i bestallningar', 'i bestallningar', 'drunknar i jobb', 'drunknar i mejl', 'drunknar i disk'], jokeable: true },
  { kind: 'emergency', lang: 'en', cue: 'kayak|canoe|boat|raft|dinghy|quad|atv flipped|capsized|overturned|sank|sinking|tipped', gap: 2, unless: [...EN_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'en', cue: 'jackknifed|jackknifing', unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'friend|he|she|someone|somebody|man|woman|child|kid|son|daughter|dog|people|person|husband|wife|boy|girl|kids|guy|dad|mom is|are|fell|went|fallen|gone|stuck|still in|into|through water|river|lake|rapids|sea|hole', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'is|are|hes|shes|someone|kid|child|man|woman drowning', gap: 1, unless: [...EN_GENERAL, 'drowning in'] },
  // Said laughing is no accident to fear (review63: "mummu försökte backa skotern … och hamna i snödrivan 😂😂").
  { kind: 'emergency', lang: 'sv', cue: 'sladdade|sladdat|kanade|kanat|hamnade|hamnat|fastnat|kort|korde ner|av|i diket|snovallen|snodrivan|snodriva', gap: 2, unless: ['jag dog nar jag sag', 'polisbilen fastna', 'dor av skratt', 'dog av skratt', 'framfor hela byn', 'ingen skada', 'bargaren', 'bargningen', 'har hamtat', ...SV_GENERAL, ...NO_HARM_NOW, ...FICTION, 'verkligen kort i diket', 'systemet har'], jokeable: true },
  { kind: 'emergency', lang: 'en', cue: 'slid|skidded|drove|went|spun|ended|stuck|stranded off|into|in snowbank|ditch|snowdrift|drift', gap: 2, unless: [...EN_GENERAL, ...EN_STATISTICS, ...NO_HARM_NOW, 'push it out', 'pushed it out', 'helped me push', 'dug it out', 'towed it out', 'got out', 'snowbank laughing', 'all ended up in a snowbank', 'not hurt', 'pulled me out', 'im home now', 'nearly got stuck', 'almost got stuck', 'all good', 'nobodys hurt', 'headlight'], jokeable: true },
  // Fire spreading, power lines down, someone on the railway, a child pulled into a car, a driver who will not stop,
  // shooting from a car, a gun taken out or brought to school.
  { kind: 'emergency', lang: 'sv', cue: 'skogsbrand|skogsbranden|grasbrand|grasbranden|markbrand|markbranden', unless: [...SV_GENERAL, 'risk', 'risken', 'brandrisk', 'eldningsforbud', 'forebygga', 'varning'] },
  { kind: 'emergency', lang: 'sv', cue: 'elden|branden|roken|lagorna sprider|spred|spridit sig', gap: 1, unless: [...SV_GENERAL, ...FIRE_KEPT, 'hur'] },
  { kind: 'emergency', lang: 'en', cue: 'forest|brush|grass|bush|wild fire|fires', gap: 0, unless: [...EN_GENERAL, 'risk', 'ban', 'danger', 'warning', 'season', 'prevent', 'prevention', 'allowed', 'last summer', 'last year', 'next time'] },
  { kind: 'emergency', lang: 'en', cue: 'wildfire', unless: [...EN_GENERAL, 'risk', 'ban', 'danger', 'warning', 'season', 'prevent', 'prevention', 'allowed'] },
  { kind: 'emergency', lang: 'en', cue: 'fire|flames|blaze|its spreading|spreads|spread', gap: 3, unless: [...EN_GENERAL, ...FIRE_KEPT, 'rumour', 'rumor', 'word', 'ban'] },
  { kind: 'emergency', lang: 'sv', cue: 'elledning*|kraftledning*|elkabel*|elstolpe* ramlat|ramlade|fallit|foll|nere|gnistrar|brinner', gap: 3, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'elledning*|kraftledning*|elkabel*|elstolpe* ligger|hanger over|pa|tvars', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'power|electric|electricity|electrical line|lines|cable|cables|pole|wire|wires down|fell|fallen|sparking|sparks', gap: 2, unless: [...EN_GENERAL, ...EN_STATISTICS] },
  { kind: 'emergency', lang: 'sv', cue: 'gar|star|sitter|leker|ligger|springer|cyklar|gick|stod|satt|sprang pa|vid|over|langs jarnvagsspar*|ralsen|banvallen|tagsparet|tagsparen', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'gar|star|sitter|leker|ligger|springer|cyklar|gick|stod|satt|sprang pa jarnvagen|malmbanan', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'sparet|sparen|ralsen|jarnvagen tag|taget|tagen|malmtaget|malmtag', gap: 8, unless: [...SV_GENERAL, 'vore enklast', 'enklast att', 'tanker att', 'lattast att'] },
  { kind: 'emergency', lang: 'en', cue: 'walking|playing|standing|sitting|lying|running|wandering|walks|plays|stands|sits|lies on|onto|along|across railway|railroad|tracks|rails', gap: 2, unless: [...EN_GENERAL, 'ski', 'skiing', 'snowmobile'] },
  { kind: 'emergency', lang: 'sv', cue: 'slet|drog|tvingade|knuffade|slangde|drar|sliter|tvingar|knuffar|slanger in henne|honom|barnet|barn|tjej|tjejen|kille|killen|flicka|flickan|pojke|pojken|kvinna|kvinnan|mannen|nagon|nan|dem|dom|mig|oss bil|bilen|skapbil|skapbilen|baksatet|bagageutrymmet|bakluckan', gap: 4 },
  // Headphones "kidnapped" by a sister (everyday54).
  { kind: 'emergency', lang: 'sv', cue: 'kidnappad|kidnappade|kidnappar|kidnappat|kidnappning|bortford|bortrovad', unless: [...CAT_KIDNAPPED, 'horlurar', 'horlurarna', 'laddare', 'laddaren', 'headphones', 'charger', 'my hoodie', ...SV_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'trenden', 'tiktoktrenden', 'tiktok trenden', 'rollspel', 'rollspelet', 'min karaktar', 'spelet', 'haha', 'film', 'filmen', 'serien', 'boken', 'overraskning', 'overraskningsresa', 'overraskningsfest', 'fodelsedag', 'fodelsedagen', 'arsdag', 'kalas', 'tomten', 'jultomten', 'my bike', 'bike got', 'jk', 'just kidding', 'lunchrast', 'min lunch', 'av aliens', 'aliens', 'utomjordingar', 'grannens katt', 'katten', 'hunden'] },
  { kind: 'emergency', lang: 'en', cue: 'dragged|pulled|forced|pushed|shoved|bundled|threw|grabbed|dragging|pulling|forcing her|him|a|kid|child|girl|boy|woman|man|someone|me|us into|in car|van|vehicle|truck|trunk|trees|woods|forest|bushes|alley|basement', gap: 3, unless: [...EN_GENERAL, ...FICTION, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'kidnapped|abducted|kidnapping|abducting|abduction', unless: [...CAT_KIDNAPPED, 'the cat', 'our cat', 'neighbours cat', ...EN_GENERAL, ...FICTION, ...ABOUT_THE_TOPIC, 'rollspel', 'min karaktar', 'haha', 'game', 'roleplay', 'role play', 'movie', 'series', 'abducted and replaced', 'by aliens', 'aliens'] },
  { kind: 'emergency', lang: 'en', cue: 'driver|taxi|cab|uber|chauffeur wont|wouldnt|refuses|refusing stop|let', gap: 8, unless: [...EN_GENERAL, 'stop at', 'dropped', 'let me pay', 'let us pay'] },
  { kind: 'emergency', lang: 'en', cue: 'guys|someone|somebody|people|they|he|man|kids|men|teens|guy shooting|firing|fired at|from|into|out|guns|rifles|randomly', gap: 2, unless: [...EN_GENERAL, 'photos', 'pictures', 'video', 'film', 'hoops', 'baskets', 'range', 'target', 'goal', 'stars', 'fire evacuation', 'fire drill', 'evacuation drill', 'practised', 'practiced'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'tagit|tog|tar|plockat|plockade|hamtat|hamtade fram|ut|upp bossan|bossa|gevar|gevaret|gevaren|hagelbossan|vapnet|vapen|pistolen|pistol|kniven|kniv|yxan', gap: 2, unless: [...SV_GENERAL, ...SV_HUNTING], reportWhenOver: true },
  // Not a drill planned with the police (review81: "en krisövning där vi övar på att någon med vapen tar sig in i skolan").
  { kind: 'emergency', lang: 'sv', cue: 'med gevar|gevaret|vapen|vapnet|vapnen|pistol|pistolen|kniv|kniven|bomb|bomben|sprangmedel|bossan|bossa|hagelbossan till|pa|i skolan|skola|jobbet|lektionen|klassen|skolgarden', gap: 3, unless: ['krisovning', 'krisovningen', 'ovningen', 'ovar pa', 'drill', 'lockdown drill', ...SV_GENERAL, 'slojden', 'slojd'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'dodslista|dodslistan|hitlista|hitlistan|skolskjutning', unless: [...SV_GENERAL, ...SV_TEACHING], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'gun|guns|rifle|rifles|knife|bomb|weapon|weapons|shotgun|pistol to|into|at school|class|work|campus', gap: 2, unless: [...EN_GENERAL, 'water gun', 'nerf', 'allowed', 'can i'], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'rifle|gun|shotgun|pistol|revolver|guns|rifles in|on my|the|his|her room|bedroom|lap|hand|hands|bed', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ciehkadan|ciehkadeimmet|ciehkadit', unless: [...SE_GENERAL, 'juovllaide', 'gitta juovllaide', 'massimet'], jokeable: true },


  // From the thirteenth review set: fallen and cannot get up, a threat to come with friends, rock fall and speech that
  // makes no sense, a roof that collapsed on someone, off the road and cannot move one's legs, a face that droops, blood
  // spurting, a robbery heard ("öppna kassan"), a car through the ice road, frozen white fingers, a threat to shoot
  // whoever, a drunk about to drive, cannot feel one's legs, a door kicked in, screaming "no", and in Sami many pills,
  // an avalanche, chest pain, a knife held.
  { kind: 'emergency', lang: 'sv', cue: 'ramlat|ramlade|fallit|foll|trillat|trillade|halkade|halkat|snubblade kommer|kan|orkar|klarar|tar upp|resa|sig', gap: 6, unless: [...SV_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'sv', cue: 'skrivit|skrev|skriver|sagt|sa|hotar|hotat|messat|smsat kommer|akte|aker hit|hem polare|kompisar|gang|gaddet|pengarna|satt|kniv|vapen|brorsor', gap: 8, unless: [...SV_GENERAL, ...JOKING], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'pratar|pratade|snackar|snackade|sager sludder|strunt|konstigt|nonsens|obegripligt|goja', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'politiker', 'politikerna', 'kommunen', 'kommunens', 'om', 'ni', 'chefen', 'lararen'] },
  { kind: 'emergency', lang: 'sv', cue: 'fick|fatt ett|en stenras|ras|sten|stenblock|block|trad|tradet|lasset over sig|honom|henne|huvudet', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'taket|tak|ladan|huset|garaget|tunneln|grottan|stallningen|balkongen|snograven|snokojan rasade|rasat|rasar|storta|stortade|stortat', gap: 3, unless: [...SV_GENERAL, ...NO_HARM_NOW, ...ABOUT_THE_TOPIC, 'inga skadade', 'ingen skadad', 'ingen var', 'tomt', 'aktien', 'priserna', 'borsen', 'innan det rasar', 'innan taket rasar', 'innan de rasar', 'sa det inte rasar', 'sa att det inte rasar', 'sa att taket inte rasar', 'pepparkakshus', 'pepparkakshuset', 'minns ni', 'skrattar vi at det', 'i maj 2020'] },
  { kind: 'emergency', lang: 'sv', cue: 'kan|kunde|klarar inte rora|kanna|lyfta benen|benet|armarna|armen|nacken|kroppen|fotterna|tarna|fingrarna', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'kallt', 'kylan'] },
  { kind: 'emergency', lang: 'sv', cue: 'kort|korde|akt|akte|aker|kor av vagen', gap: 1, unless: [...SV_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'sv', cue: 'munnen|mungipan|mungipa|ansiktet|ansiktshalvan|ogat|ogonlocket hanger|sned|snett|slapp|slappt|domnat|domnad|bortdomnad|sluttar', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, ...JOKING] },
  { kind: 'emergency', lang: 'sv', cue: 'ena|halva sidan|kroppen|ansiktet domnad|bortdomnad|slapp|forlamad|tung|hanger|kraftlos', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'emergency', lang: 'sv', cue: 'kan|kunde inte prata|tala ratt|ordentligt|tydligt|normalt|klart|vanligt', gap: 2, unless: [...SV_GENERAL, 'med', 'om', 'svenska', 'engelska', 'samiska', 'finska', 'spraket', 'sfi', 'i telefon'] },
  { kind: 'emergency', lang: 'en', cue: 'face|mouth|smile|side|eye|eyelid drooping|droopy|droops|drooped|sagging|numb|slack', gap: 3, unless: ['dentist', 'fillings', ...EN_GENERAL, ...ABOUT_THE_TOPIC, ...JOKING, 'dentist'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt|isnt speak|talk|speaking|talking properly|right|clearly|normally|straight', gap: 1, unless: [...EN_GENERAL, 'swedish', 'english', 'sami', 'language', 'to', 'with', 'about'] },
  { kind: 'emergency', lang: 'sv', cue: 'sprutar|forsar|pumpar|fosar|rinner blod', gap: 1, unless: [...SV_GENERAL, 'nasblod', 'naseblod'] },
  { kind: 'emergency', lang: 'sv', cue: 'skar|skurit|hogg|huggit|sagade|sagat sig|honom|henne blod|blodar|sprutar|blodet', gap: 6, unless: [...SV_GENERAL, 'i fingret', 'pa papperet', 'plaster', 'plastret'] },
  { kind: 'emergency', lang: 'en', cue: 'blood spurting|gushing|pouring|squirting|everywhere', gap: 1, unless: [...EN_GENERAL, ...FICTION, 'fake blood', 'horror', 'slaughter', 'reindeer slaughter', 'amazing day'] },
  { kind: 'emergency', lang: 'en', cue: 'spurting|gushing|pouring|squirting blood', gap: 1, unless: [...EN_GENERAL, ...FICTION] },
  { kind: 'emergency', lang: 'sv', cue: 'oppna|oppnar|ge|tom|toem|lamna hit kassan|kassaskapet|kassaladan|kassalador|kassorna', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'glas|ruta|rutan|rutor|fonster|fonstret|dorren som|nar krossas|slas|krossar|bryts|sparkas', gap: 2, unless: SV_GENERAL, reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'isvagen|isvag|isen|sjon|alven|tornetrask gick|gatt|brot|rasade|sjonk igenom|ner', gap: 4, unless: [...SV_GENERAL, ...NO_HARM_NOW] },
  { kind: 'emergency', lang: 'sv', cue: 'fingrarna|tarna|fotterna|handerna|kinderna|nasan|oronen ar|blivit|blir vita|harda|gravita|svarta|vaxartade|kanslolosa', gap: 2, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'emergency', lang: 'en', cue: 'fingers|toes|feet|hands|nose|ears|cheeks are|turned|turning|gone|look|looking white|grey|gray|hard|waxy|black', gap: 2, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC, 'flour', 'paint', 'chalk'] },
  { kind: 'emergency', lang: 'en', cue: 'shaking|shivering|trembling and|but mumbling|confused|slurring|drowsy|incoherent', gap: 3, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'emergency', lang: 'sv', cue: 'skakar|darrar|huttrar och|men mumlar|sluddrar|forvirrad|yr', gap: 3, unless: [...SV_GENERAL, ...JOKING] },
  { kind: 'emergency', lang: 'en', cue: 'shoot|kill|stab|hurt|knife whoever|anyone|anybody|everyone|everybody', gap: 1, unless: [...EN_GENERAL, ...JOKING, ...FICTION, 'game', 'photo', 'photos', 'pictures', 'hoops', 'kill anyone for', 'moose', 'elk', 'deer', 'hunt', 'hunting'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'sv', cue: 'skjuta|skjuter|doda|dodar|knivhugga|skada vem+som+helst|den+som|alla', gap: 2, unless: [...SV_GENERAL, ...JOKING, ...FICTION, 'spelet'], reportWhenOver: true, jokeable: true },
  { kind: 'emergency', lang: 'en', cue: `${EN_DRUNK}|hammered|plastered|trashed|legless taking|take|takes|getting|gets|drive|driving|drives|got car|wheel|keys|truck|van|snowmobile`, gap: 3, unless: [...EN_GENERAL, 'not drive', 'never drive', 'taxi', 'uber', 'bus home', 'same law', 'the law', 'is it legal', 'is it illegal', 'driving checks', 'drink driving checks', 'do you do', 'checks on'] },
  { kind: 'emergency', lang: 'sv', cue: `${SV_DRUNK}|dyngrak|plakat|asfull|stupfull|aspackad tar|satter|kor|hoppar|kliver sig|in|bilen|ratten|skotern|bakom|bilnycklarna`, gap: 4, unless: [...SV_GENERAL, ...SV_CHECKS, 'taxi', 'bussen'] },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot|couldnt feel his|her|my|their legs|arms|feet|hands|body|face|leg|arm', gap: 1, unless: [...EN_GENERAL, ...JOKING, 'cold', 'sitting', 'gym', 'workout'] },
  { kind: 'emergency', lang: 'sv', cue: 'kanner|kande inte|ingenting i benen|armarna|fotterna|kroppen|benet|armen', gap: 1, unless: [...SV_GENERAL, ...JOKING, 'kallt', 'kylan', 'traningen', 'gymmet'] },
  { kind: 'emergency', lang: 'en', cue: 'kicking|kicks|banging|bangs|pounding|pounds|smashing|hammering|breaking|ramming the|my|our|bathroom|bedroom|front|down door|doors', gap: 2, unless: [...EN_GENERAL, ...FICTION, 'opportunity', 'open door', 'doors open'], reportWhenOver: true },
  { kind: 'emergency', lang: 'sv', cue: 'sparkar|bankar|slar|drammer|bryter pa|in|upp|sonder dorren|badrumsdorren|ytterdorren|dorrarna', gap: 2, unless: [...SV_GENERAL, ...FICTION], reportWhenOver: true },
  { kind: 'emergency', lang: 'en', cue: 'screaming|screams|yelling|shouting no|help|stop', gap: 1, unless: ['crime drama', 'neighbours tv', 'was on tv', 'it was the tv', ...EN_GENERAL, ...JOKING, ...FICTION] },
  { kind: 'emergency', lang: 'se', cue: 'valdii|valdan|borai|borran|zuoskkai ollu|buot|maid|olu pilleriid|pillariid|tableahtaid|dalkasiid|dalkkasiid', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii|iige vastit|vaste vuoigna|vuoinna', gap: 4, unless: SE_GENERAL },
  // Not the Snow Festival's snow sculptures (review83: "muohtagovvagilvvu Muohtafestiválas"; drafts).
  { kind: 'emergency', lang: 'se', cue: 'muohtaluov*|muohtaluovvi', unless: [...SE_GENERAL, 'varra', 'muohtafestivalas', 'muohtafestivala', 'muohtagovvagilvvu', 'muohtagovva', 'muohtagovvat'] },
  // Not a car snowed in ("Biila lea olles muohta vuolde", everyday6; a draft).
  { kind: 'emergency', lang: 'se', cue: 'muohta|muohtaga vuolde|vuollai', gap: 0, unless: ['lohken girjji', 'girjji mas', 'raigi', 'raigi geainnus', ...SE_GENERAL, 'biila lea', 'biilla lea', 'biillat leat'] },
  // Not a heart broken by a parting (everyday8: "Mu váibmu lea bávččas maŋŋel go mii earuimet").
  { kind: 'emergency', lang: 'se', cue: 'ratti|rattis|vaibmu bavccag*|bavcas|bavcca*', gap: 2, unless: [...SE_GENERAL, 'earuimet', 'earuheimmet', 'earui', 'earuhuvvon', 'earuheapmi'] },
  { kind: 'emergency', lang: 'se', cue: 'doalla|dollet|dolai|dollii niibbi|niibbiin|bissu|bissuin|akssu|akssuin', gap: 1, unless: [...SE_GENERAL, 'lea go lohpi', 'leago lohpi', 'gavttiin', 'gakti'] },

  // Wanting to report a crime or give the police a tip.
  ...R14_REPORT,
  ...R15_REPORT,
  ...R16_REPORT,
  ...R17_REPORT,
  ...R18_REPORT,
  ...R19_REPORT,
  ...R20_REPORT,
  ...R21_REPORT,
  ...R22_REPORT,
  ...R23_REPORT,
  ...R24_REPORT,
  ...R25_REPORT,
  ...R26_REPORT,
  ...R27_REPORT,
  ...R28_REPORT,
  ...R29_REPORT,
  ...R30_REPORT,
  ...R31_REPORT,
  ...R34_REPORT,
  ...R35_REPORT,
  ...R37_REPORT,
  ...R39_REPORT,
  ...R43_LATE,
  ...R44_LATE,
  ...R34_HELP,
  ...R35_HELP,
  // Asking for it to be investigated (review78: a mother's ring, watch and money gone from her room, "Jag vill att detta utreds").
  { kind: 'report', lang: 'sv', cue: 'vill|onskar att detta|det|saken|stolden|stolderna utreds|utredas|undersoks|polisutreds', gap: 1, unless: [...SV_GENERAL, 'klagomal', 'klagomalet', 'synpunkt', 'synpunkten', 'synpunkter', 'pa kommunen', 'kommunen tar'] },
  { kind: 'report', lang: 'en', cue: 'want|like this|it|the+theft|the+thefts investigated', gap: 1, unless: EN_GENERAL },
  // "Can I still report it and how?" after a passenger ran off without paying (review79).
  { kind: 'report', lang: 'en', cue: 'can|could|should i|we still report|file', gap: 0, unless: EN_GENERAL },
  // Not an elk shot in the hunt, to be reported as the hunting rules say (review80), nor a workplace's policy (review79).
  { kind: 'report', lang: 'sv', cue: 'vill|ska|maste|behover|vilja|skulle|borde anmala|polisanmala|anmalan|polisanmalan|tipsa|tips|rapportera', gap: 3, unless: ['om man vill anmala', 'om jag vill anmala', 'belysning', ...SV_HOUSE_LEFT_EMPTY, 'om man skulle behova', 'nan gang', ...SV_FAULT_REPORT, 'tipsa om en ide', 'ide till', 'forslag till', 'skot en alg', 'fallde en alg', 'fallt en alg', 'skjutit en alg', 'under algjakten', 'stammer det', 'policy', 'policyn', 'rutin', 'rutinen', 'anmala personalen', 'inte polisanmala', 'inte anmala', 'anmala oss till', 'anmala mig till', 'anmala barnen till', 'fagelinfluensa', 'dod fagel', 'doda faglar', 'maste jag', 'maste man', 'behover jag', 'behover man', 'fler ska', 'fler skulle', 'fler vagar', 'folk ska', 'vaga anmala', 'nar nat hander', 'nar nagot hander', 'jobbar som', 'ingen blev skadad', 'slackte direkt', 'anmala sig', 'anmaler sig', 'anmala mig till', 'anmala sig till', 'maste vi', 'behover vi', 'behover battre', 'battre belysning', 'mer belysning', 'forslag', 'anmala mig och', 'anmala oss', 'tipsa farmor', 'tipsa mormor', 'tipsa min', 'tipsa mina', 'hur kanner man igen', ...SV_NOT_A_CRIME_REPORT, 'korpenturneringen', 'turneringen', 'tavlingen', 'cupen', 'vart lag', 'laget', 'anmala mitt intresse', 'anmala intresse', 'intresseanmalan', 'kanelbullen', 'borde polisanmala honom', 'sista bullen', 'sista kakan', 'gymnasieprogram', 'valja'] },
  { kind: 'report', lang: 'sv', cue: 'anmala|anmaler|polisanmala ett|en brott|brottet|inbrott|inbrottet|stold|stolden|misshandel|misshandeln|skadegorelse', gap: 1, unless: ['bara undrar', 'undrar bara', 'om man skulle behova', 'ifall man skulle behova'] },
  { kind: 'report', lang: 'sv', cue: 'tipsa|tips polisen', gap: 2, unless: ['om trafikproblem', 'trafikproblem', 'dalig belysning', ...SV_HOUSE_LEFT_EMPTY, ...SV_IN_GENERAL, 'vill bara fraga', 'kan man vara anonym', 'inget akut'] },
  // A crime that has happened: "någon har stulit min cykel", "min bil är stulen".
  { kind: 'report', lang: 'sv', cue: 'stulit|stal|snott|snodde min|mitt|mina', gap: 1, unless: [...SV_GENERAL, 'stal mitt hjarta', 'stal hennes hjarta', 'stal hans hjarta', 'stulit hela familjens hjartan', 'vinden stal', 'vinden snodde', 'blasten tog'] },
  // Someone stole the thing, named without "my" (review82: "Någon stal skotern ur garaget i Jukkasjärvi i natt").
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|tjuvar|tjuvarna|tjuven stal|stulit|snodde|snott', gap: 1, unless: [...SV_GENERAL, ...FICTION, 'showen', 'iden', 'ideen', 'hjartat', 'poangen', 'bollen', 'pucken', 'spelet', 'sista'] },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|dom|de|tjuven|tjuvar|tjuvarna tog|tagit min|mitt|mina', gap: 2, unless: ['tvattid', 'tvattiden', 'tvattstugan', ...SV_GENERAL, 'parkeringsplats', 'parkeringsplatsen', 'min plats', 'mitt bord'] },
  { kind: 'report', lang: 'sv', cue: 'ar|har|blev|blivit|fatt|fick stulen|stulet|stulna|snodd|snott|snodda|vandaliserad|vandaliserat|sonderslagen|sonderslaget', gap: 2, unless: [...SV_GENERAL, 'var ar', 'var finns', 'var hittar', ...LOST_NOT_STOLEN, ...SV_TO_MEND, 'den anmaldes', 'utredningen lades ner', 'stulit solen', 'morkret', ...SV_TEAM_BEATEN] },
  { kind: 'report', lang: 'sv', cue: 'repat|repade|krossat|krossade|punkterat|punkterade|sprayat|sprayade|klottrat|klottrade|sonder min|mitt|mina|vart|vara', gap: 3, unless: [...SV_GENERAL, 'simulatorn', 'i simulatorn', 'i spelet', 'personbasta', 'personbastan', 'rekord', 'rekordet'] },
  { kind: 'report', lang: 'sv', cue: 'klottrat|klottrade|sprayat|sprayade pa', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'haft|hade|varit inbrott', gap: 1, unless: [...SV_GENERAL, 'ingen har haft inbrott', 'grannsamverkan', 'senaste aren', 'de senaste aren', 'ingar det'] },
  { kind: 'report', lang: 'sv', cue: 'utsatt|utsatts|drabbad|drabbats|offer brott|brottet|inbrott|stold|bedrageri', gap: 2, unless: SV_GENERAL },
  // Robbed of an hour by a late bus (everyday55: "Jag har blivit bestulen på en timme av mitt liv").
  { kind: 'report', lang: 'sv', cue: 'jag|vi har|blev|blivit bestulen|bestulna|lurad|lurade|bedragen', gap: 2, unless: ['en timme av mitt liv', 'timme av mitt liv', 'timmar av mitt liv', ...SV_SALE] },
  { kind: 'report', lang: 'sv', cue: 'jag|vi fatt|fick|far|blir|blev|blivit hot|hotelser|dodshot|hotbrev|hotfulla|trakasserad|trakasserade|utpressad', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'skickar|skickade|skickat hot|hotelser|dodshot|hotfulla', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'want|wants|wanted|wanna|need|needs|like|wish|going|have|has to report', gap: 1, unless: ['if i ever', 'if you', 'do you have to', 'do i have to', 'is that true', ...EN_NOT_A_CRIME_REPORT, 'my first moose', 'shot my first', 'moose'] },
  { kind: 'report', lang: 'en', cue: 'report crime|theft|burglary|assault|robbery|crimes|vandalism', gap: 2, unless: ['you can report', 'in english', 'just asking', 'for the future', 'in the future', 'in case i ever', 'nothing happen now', 'nothing happened', 'for future', 'for the future', 'if it happens', 'how would i', 'want to be prepared'] },
  { kind: 'report', lang: 'en', cue: 'tip off|to|for|the police|cops', gap: 2, unless: ['anonymously', 'how does that work'] },
  { kind: 'report', lang: 'en', cue: 'have|got|give a|an|anonymous tip', gap: 1 },
  // A crime that has happened: "someone stole my bike", "my car was stolen".
  { kind: 'report', lang: 'en', cue: 'my|our wallet|phone|bag|bike|purse|car|laptop|keys|passport was|got|been taken|stolen|nicked', gap: 2, unless: [...EN_GENERAL, 'just borrowed', 'borrowed it', 'thought my', 'if my', 'like if', 'ever got'] },
  { kind: 'report', lang: 'en', cue: 'took|taken|stole some|all of my|our', gap: 1, unless: EN_GENERAL },
  // A partner who controls (review89: "My husband calls my work 30 times a day, checks my phone … and took my bank card").
  { kind: 'domestic', lang: 'en', cue: `my ${EN_PARTNERS} took|takes|keeps|kept|has+taken|checks|checked|reads|goes+through|went+through|controls my bank+card|cards|passport|salary|wages|money|phone|messages|texts`, gap: 8, unless: [...EN_GENERAL, ...FICTION] },
  // A charger taken by a brother, "daylight robbery" (everyday54).
  // A Saturday "stolen" by early closing (everyday55).
  { kind: 'report', lang: 'en', cue: 'stole|steal|steals|nicked|took|smashed|vandalised|vandalized|wrecked my|our', gap: 1, unless: ['whole saturday', 'my saturday', 'my weekend', 'daylight robbery', 'highway robbery', 'my charger', 'not stolen', 'just my mistake', 'he asked first', 'she asked first', 'not really stealing', ...EN_GENERAL, 'store', 'stores', 'stored', 'nicked our answer', 'nicked our answers', 'pub quiz', 'took my kids', 'took my child', 'took my son', 'took my daughter', 'took my time', 'took my advice', 'parking spot', 'parking space', 'my spot', 'my seat', 'my heart', 'my idea', 'my breath', ...EN_BY_MISTAKE, 'took my money to the shop', 'took my money to the store', 'brings the receipt'] },
  { kind: 'report', lang: 'en', cue: 'my|our was|got|has|have|is|been stolen|nicked|vandalised|vandalized|smashed|burgled|burglarized', gap: 3, unless: [...EN_GENERAL, 'if my', 'like if', 'ever got'] },
  { kind: 'report', lang: 'en', cue: 'i|we|ive|weve was|were|been|got scammed|defrauded|conned', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'i|we|ive|weve|im got|get|received|receive|getting|keep|sent threat|threats|death|threatening|hate', gap: 2, unless: ['get that', 'get why', 'death certificate', 'death notice'] },
  { kind: 'report', lang: 'en', cue: 'i|we|im|ive am|are|being|been|was|were harassed|blackmailed|extorted|burgled|burglarized', gap: 1, unless: ['costs so much', 'extorted every winter'] },
  { kind: 'report', lang: 'en', cue: 'sent|sends|sending me|us threat|threats|death|threatening|hate', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'victim crime|burglary|theft|fraud|scam', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'se', cue: 'haliidan|ferten|galggan|aiggun|sahtan|hallan vaidit|dieditit', gap: 2, unless: ['mo sahtan vaidit', 'interneahtas', 'vaidit suohkanii', 'vaidit suohkana', 'buohkat leat dearvvasat', 'valdit', 'diehtit', 'laigoeaiggat', 'laigoeaiggada', 'galmmas', 'vazzii meahccai', 'vazzii eret', 'busse', 'bussa', 'bolva', 'bolvva', 'mannonan'] },
  { kind: 'report', lang: 'se', cue: 'vaidit|vaidet|vaidin politiij*', gap: 2, unless: ['valdit', 'studeanta', 'oahppobarggu', 'oahppobargu', 'skuvlabarggu'] },
  { kind: 'report', lang: 'se', cue: 'vasihan|oazzun|ozzon|oaccun|oazzu aitag*|aitta', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'vuvde|vuovdet|vuovda|vuvdet|vuvdii narkotihk*', gap: 2, unless: [...SE_GENERAL, 'geat vuvdet', 'geat vuovdet', 'sin vuosta', 'movt politiija', 'maid politiijat', 'valda go'] },
  { kind: 'report', lang: 'se', cue: 'suoladuvv*', unless: ['dego', 'dego suoladuvvon', 'jus dat suoladuvvo', 'jus suoladuvvo', 'jus dat suoladuvvet'] },
  { kind: 'report', lang: 'se', cue: 'suolai|suoladii|suoladan mu|min', gap: 1, unless: ['vaimmu', 'mu vaimmu'] },
  // More crimes that have happened: "nån slog sönder bilrutan", "de länsade mitt konto", "someone keyed my car".
  { kind: 'report', lang: 'sv', cue: 'slog|slagit|sparkade|sparkat sonder', gap: 0, unless: [...SV_GENERAL, 'isen', 'is', 'istappar', 'istapparna', 'vattenpolarna', 'pinata', 'pinatan', 'rekord', 'rekordet'] },
  { kind: 'report', lang: 'sv', cue: 'tomt|tomde|lansat|lansade mitt|mina|vart|vara', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'jag|vi har|blev|blivit blast|scammad|scammade|bedragna', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'tell|inform|alert|notify the police|cops', gap: 1, unless: ['feel unsafe', 'makes them feel', 'how can older people', 'how can people', ...EN_GENERAL, 'municipality', 'council', ...EN_DUTY_QUESTION, 'hunting', ...FICTION, 'prop', 'filming', 'should we tell', 'should i tell', 'gone for a month', 'on holiday', 'on vacation', 'keeping an eye on the house', 'its empty', 'it is empty'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|they|kids spray|sprayed|painted|graffitied|scratched|keyed|slashed|smashed|hacked', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'blackmailing|blackmails|extorting|sextorting me|us', gap: 0, unless: ['rent', 'rents', 'prices', 'hikes', 'fees', 'basically', 'lol'] },
  // Not a computer game's thieves (review81, a draft).
  { kind: 'report', lang: 'se', cue: 'suolai|suoladii', unless: [...SE_GENERAL, 'dihtorspealu', 'dihtorspealus', 'speallan', 'biegga'] },
  // Threats and hate online, scams, nude pictures, passive tellings ("bilfönstret krossades"), tips on dealing and on
  // drunk driving, exposure.
  { kind: 'report', lang: 'sv', cue: 'far|fa|fatt|fick hotfulla|hotelser|hot|dodshot|hatmeddelanden|hatbrev|hatkommentarer|hatmejl|trakasserier', gap: 2, unless: ['statistik', 'uppsats', 'uppdelat', ...SV_GENERAL] },
  { kind: 'report', lang: 'sv', cue: 'blev|blivit|ar lurad|lurade|lurat|blast|bestulen|bestulna|scammad|scammade|bedragen|bedragna|hackad|hackat|kapad|kapat', gap: 1, unless: [...SV_SALE, 'spelkonto', 'minecraft', 'roblox', 'steam', 'fortnite', 'supporten', ...SV_GENERAL, 'ar bast', 'ni ar bast'] },
  // Not a warning passed on from the news (everyday17: "Såg på nyheterna att det är mycket bluffsamtal där folk låtsas vara polisen").
  { kind: 'report', lang: 'sv', cue: 'latsades|latsas|utgav|utger|pastod|pastar va|vara|var|fran polis|polisen|banken|skatteverket|kronofogden', gap: 2, unless: [...SV_GENERAL, 'laser att', 'laste att', 'las att', 'inget hande'] },
  { kind: 'report', lang: 'sv', cue: 'ville|bad|fragade|lurade bankid|bankkoder|kortnummer|kortuppgifter|pinkod|pinkoden', gap: 4 },
  { kind: 'report', lang: 'sv', cue: 'bluffsamtal|bluffsms|bluffmejl|telefonbedragare|telefonbedragarna', unless: ['ett program om', 'programmet om', 'lappar om', 'affischer', 'en dokumentar', ...SV_GENERAL, ...SV_TEACHING, 'skydda', 'skyddar', 'undvika', 'varna', 'tips'] },
  { kind: 'report', lang: 'sv', cue: 'falsk|falska polis|poliser|polisen', gap: 0, unless: ['varning till', 'ringer runt', 'dela till', 'dela detta', ...SV_GENERAL, 'tipset om', 'tips om', 'anslagstavlan', 'sag en film', 'en film', 'hander det har'] },
  { kind: 'report', lang: 'sv', cue: 'krossades|krossats|stulits|snoddes|repades|sprayades|klottrades|vandaliserades|forstordes|sabbades|punkterades', unless: [...SV_GENERAL, ...FICTION, 'krossade', 'traningen', 'traning', 'helt forstord', 'benen', 'trott', 'riktig tjuv', 'hunden snodde', 'katten snodde', 'hund snodde', 'tappade telefonen', 'tappade mobilen', 'skarmen', 'stulit solen', 'solen', 'morkret', 'som rivs', 'ska krossas', 'ska rivas'] },
  // ("stals" only before a when or a where: alone it is a typo away from "stal", "stall", "stats".)
  { kind: 'report', lang: 'sv', cue: 'stals i|fran|ur|under|nar|igar|inatt|utanfor|vid', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'stulen|stulet|stulna|bortstulen|bortstulet', unless: ['skrattade ihjal mig', 'skrattade ihjal', 'would my insurance', 'insurance cover', 'forsakringen', 'trodde den var stulen', 'trodde cykeln var stulen', 'hade lanat den', 'do people get', 'safe place to live', ...SV_GENERAL, 'om min', 'om mitt', 'om mina', 'om man', 'om nagon', 'var ar', 'var finns', 'var hittar', 'hittegods', 'kastade stolen', 'kastar stolen', 'kastat stolen', 'pa stolen', 'stolen i', ...LOST_NOT_STOLEN] },
  { kind: 'report', lang: 'sv', cue: 'nakenbilder|nakenbild|nakenbilderna|nakenfilm|nakenfilmer|nudes pa|av|om mig|henne|honom|en|tjej|kille', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'lagt|lade|lagger|spridit|sprider|spred|delat|delade bilder|bild|filmer|film|video|adress|adressen|nummer|numret pa|av|om mig', gap: 3, unless: SV_GENERAL },
  // "alla X borde dö": hate (fuzzy word matching rules out "ska skjutas", which would also match "ska skjuta upp").
  { kind: 'report', lang: 'sv', cue: 'borde do|dodas|utrotas|avrattas|gasas', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'skrev|skriver|skrivit|kommenterade|kommenterar|postade|postar hat|rasistiska|rasistiskt|rasistisk|hotfullt|hotfulla|kranande|hatiska', gap: 3, unless: [...SV_GENERAL, 'i loftena', 'menar ni', 'ni skriver'] },
  // Dealing seen, as a tip: "det langas knark vid skolan", "grannen säljer gräs" (not the topic words alone).
  { kind: 'report', lang: 'sv', cue: `langas|saljs|dealas ${SV_DRUGS}`, gap: 2, unless: [...SV_GENERAL, ...SV_DRUG_QUESTION] },
  { kind: 'report', lang: 'sv', cue: `nagon|nan|han|hon|de|dom|folk|killar|granne|grannen|grannarna|kille|killen|ungdomar|gang|gubben langar|saljer|salde|dealar|langade ${SV_DRUGS}`, gap: 2, unless: [...SV_GENERAL, ...SV_DRUG_QUESTION] },
  { kind: 'report', lang: 'sv', cue: 'blottade|blottar|blottat sig', gap: 0 },
  { kind: 'report', lang: 'sv', cue: `kor|korde|kora|kort full|${SV_DRUNK}`, gap: 1, unless: ['ar det olagligt', 'galler det bara', ...SV_ASKS_ABOUT_DRUNK_DRIVING, ...SV_GENERAL, 'om man kor', 'far man kora', 'full fart', 'full gas', 'full koll'] },
  { kind: 'report', lang: 'en', cue: 'getting|receiving|receive|get|got|keep threatening|threats|hate|hateful|death|abusive|racist', gap: 2, unless: ['saw on tv', 'on tv that', 'in the news that', ...EN_GENERAL, 'get that', 'get why', 'get it', 'got it', 'sometimes get', 'what you work against', 'part of what you', 'part of your work', 'writing a novel', 'im writing a', 'novel', 'feel real'] },
  { kind: 'report', lang: 'en', cue: 'racist|hateful|hate|threatening|nude|nudes|naked|private|lies|rumours|rumors stuff|things|comments|messages|pictures|photos|pics|videos|posts about|of me', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'posted|shared|leaked|spread|spreading my|our address|number|nudes|pictures|photos|pics|videos|details', gap: 2, unless: EN_GENERAL },
  // Not tips to avoid it (review150: "I'm selling my car on Blocket. Any tips to avoid getting scammed?").
  { kind: 'report', lang: 'en', cue: 'got|been|was|were|get|getting scammed|conned|defrauded|hacked|phished', gap: 1, unless: [...EN_GENERAL, 'avoid getting', 'avoid being', 'to avoid', 'how not to get'] },
  { kind: 'report', lang: 'en', cue: 'scam|fraud|fake|phishing call|calls|text|texts|sms|email|mail|caller|message', gap: 1, unless: [...EN_GENERAL, 'going around', 'what scams', 'hung up',
    // A talk for a group (review148: "Would the police come and talk to our seniors' group about fake police calls?").
    'come and talk', 'talk to our', 'give a talk', 'a talk about', 'psa', 'please share', 'pls share', 'share this', 'share with'] },
  { kind: 'report', lang: 'en', cue: 'pretending|pretended|pretends|claiming|claimed|posing to|as police|cop|cops|bank|from', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'asking|asked|wanted for|my bank|card|bankid|password|pin|details|code', gap: 2, unless: ['psa', 'please share', 'pls share', 'share this', 'share with', 'would the police ever'] },
  { kind: 'report', lang: 'en', cue: 'exposed himself|herself|themselves', gap: 0 },
  { kind: 'report', lang: 'en', cue: 'flashed me|my|us', gap: 1 },
  // (Not "stolen" alone: it is also Swedish "the chair", and a typo away from "solen".)
  { kind: 'report', lang: 'en', cue: 'its|was|is|been|got|probably|a|the|are|were stolen', gap: 1, unless: [...EN_GENERAL, 'stolen goods', 'stole the', 'steal the', 'solen'] },
  { kind: 'report', lang: 'en', cue: 'stolen car|bike|cars|bikes|snowmobile|phone|wallet|bag|vehicle|boat|skis', gap: 0, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: `drives|driving|drove|drive ${EN_DRUNK}|high`, gap: 4, unless: [...EN_GENERAL, 'if you', 'dont drive', 'never drive', 'high school', 'swerving', 'weaving', 'ahead of me', 'in front of me', 'do police', 'does police', 'police check', 'check for', 'checks for'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|he|she|they|guy|guys|people|kids|neighbour|neighbor|man|dealers|who dealing|selling|sells|deals|sold coke|drugs|weed|meth|cocaine|pills|speed|hash|narcotics', gap: 3, unless: [...EN_GENERAL_BUT_ASKING, 'those who', 'people who', 'who sell', 'who deal', 'against'] },
  { kind: 'report', lang: 'se', cue: 'callan|callii|calla|callet|calle aitag*|aitta', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'massan|massii rudaid|ruda', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'vasihin|vasihan|vasihit vasi|vasa', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'en', cue: 'hit and run', gap: 0, unless: [...EN_GENERAL, 'saw the news', 'on the news', 'in the news', 'happen much'] },
  // The writer slipping away from a meeting or out of bed (everyday19: "jag smet från städdagen").
  { kind: 'report', lang: 'sv', cue: 'smet|smitit|smita|smitande', unless: ['smitta', 'smitta ner', 'feber', ...SV_GENERAL, 'smet till', 'smeten', 'pannkakssmet', 'jag smet', 'vi smet', 'smet ur', 'fran boendet', 'fran aldreboendet', 'fran demensboendet', 'fran avdelningen', 'fran sjukhuset', 'slita ut', 'slita av', 'eget har'] },
  { kind: 'report', lang: 'sv', cue: 'har|vet|fick regnumret|registreringsnumret|regnr|registreringsnummer', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'skjutit|dodat|kort|korde|plagat|jagat|jagade pa|en|vara|av ren|renar|renen|renarna|hund|hunden', gap: 3, unless: ['skamt asido', 'ar det kort for', ...SV_GENERAL, 'har ordnat', 'ordnat allt', 'ordnade allt', 'tack for', 'korde nastan', 'inget hande', 'bromsade i tid'] },
  // Predators (review86: "Wolves killed several of our reindeer near Vittangi this winter"): no crime.
  // The cold that "almost killed us" on a dog sled tour (review155).
  { kind: 'report', lang: 'en', cue: 'shot|killed|chased|chasing|hurt|injured|ran reindeer|deer|dog', gap: 3, unless: ['dog sled', 'dogsled', 'almost killed us', 'nearly killed us', ...EN_GENERAL, ...HERDING, ...EN_PREDATORS.flatMap((animal) => [`${animal} killed`, `killed by ${animal}`, `killed by a ${animal}`, `killed by the ${animal}`])] },
  { kind: 'report', lang: 'sv', cue: 'lappjavel|lappjaveln|lappjavlar|lappjavla|svartskalle|svartskallar|blatte|blattar', unless: ['var ett ord', 'fick hora hela livet', ...SV_GENERAL, 'blatt', 'blaste', 'blast', 'blasten'] }, // 'blått' (blue) and 'blåste' (blew) are a typo away
  { kind: 'report', lang: 'sv', cue: 'vill att polisen ska vet|veta', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'called|calls|calling me|us slurs|slur|racist', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'racist|hateful|nazi graffiti|tags|symbols|symbol', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'license|licence|number plate|plates', gap: 0 },
  { kind: 'report', lang: 'en', cue: 'plate number|numbers', gap: 0 },
  { kind: 'report', lang: 'en', cue: 'should|must be shot|killed|hanged|gassed|exterminated', gap: 0, unless: JOKING },
  { kind: 'report', lang: 'en', cue: 'hidden|secret|concealed|spy camera|cameras|cam|webcam', gap: 1, unless: [...EN_GENERAL, 'baby monitor', 'my shop', 'my store', 'youtube', 'tricks', 'prank', 'pranks', 'show', 'funny', 'tv show', 'wildlife', 'birds'] },
  { kind: 'report', lang: 'en', cue: 'camera|cameras|webcam hidden|concealed', gap: 1, unless: [...EN_GENERAL, 'where can', 'how to'] },
  { kind: 'report', lang: 'en', cue: 'stole|steals|nicked from our|my|us|me', gap: 5, unless: [...EN_GENERAL, 'stole the show'] },
  { kind: 'report', lang: 'en', cue: 'damaging|damaged|destroying|destroyed|ruining|wrecking|through our|my fence|property|garden|car|door|mailbox|reindeer', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'sells|selling|sold|deals|dealing drugs|booze|alcohol|beer|liquor|weed|coke|meth|cocaine|pills|speed|hash|narcotics to|behind|at|outside|near|from', gap: 4, unless: [...EN_GENERAL, 'who sell', 'those who', 'people who', 'against', 'stop', 'licence to', 'license to', 'permit to', 'allowed to sell'] },
  { kind: 'report', lang: 'sv', cue: 'dold|dolda kamera|kameror', gap: 0 },
  { kind: 'report', lang: 'sv', cue: 'sprids|spreds|delas|skickas nakenbilder|nakenbild|nakenfilm|nudes|bilder', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'pengarna|pengar|sparpengarna ar|blev borta|forsvunna|tagna', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'loggade|loggat in med bankid at|for dom|dem|nan|nagon', gap: 2 },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora i|typ|som|over 80|90|100|110|120|130|140|150', gap: 2, unless: ['kontrollerar polisen', 'forra helgen och sag', ...SV_GENERAL, 'far man'] },
  { kind: 'report', lang: 'sv', cue: 'kastat|kastar|kastade sten|stenar|agg|smallare|raketer pa|mot mitt|min|mina|vart|vara|fonster|fonstret|huset|bilen', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'hittade|hittat sprutor|spruta|kanyler|kanyl|pulver', gap: 4, unless: [...SV_GENERAL, 'hur slanger', 'slanga', 'slanger man', 'kasta'] },
  { kind: 'report', lang: 'sv', cue: 'kallad|kallade|kallar mig|oss javla|jvla|fucking', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'kallade|kallar|kallat mig|oss rasistisk|rasistiska|rasistiskt', gap: 4 },
  { kind: 'report', lang: 'sv', cue: 'koper|kopte|kopt ut alkohol|ol|sprit|vin|cider|till|at|dem|dom', gap: 2, unless: [...SV_GENERAL, 'vad raknas som', 'ar det langning'] },
  { kind: 'report', lang: 'sv', cue: 'vet vem som gjorde|gjort|stal|snodde|tog|langar|saljer|bryter', gap: 0, unless: ['alla vet vem som'] },
  // Not curiosity about who stands behind something (review87: "I'm dying to know who is actually behind the promises").
  // Things gone from an old person's room, or after a visitor left (review87: "Det har försvunnit smycken och en guldklocka
  // från pappas rum på äldreboendet", a "rörmokare": "när han gått saknades min plånbok och mina mediciner").
  { kind: 'report', lang: 'sv', cue: 'har|hade forsvunnit|forsvann smycken|guldklocka|guldklockan|kontanter|pengar|ringar|ringen|halsband|halsbandet|mediciner|medicinerna', gap: 4, unless: [...SV_GENERAL, 'hittade', 'hittat', 'hittades', 'tappade', 'tappat', 'glomde', 'glomt'] },
  { kind: 'report', lang: 'sv', cue: 'smycken|smyckena|guldklocka|guldklockan|kontanter|pengar|pengarna|ringar|ringen|halsband|halsbandet har|hade forsvunnit|forsvann fran', gap: 4, unless: [...SV_GENERAL, 'hittade', 'hittat', 'hittades', 'tappade', 'tappat', 'glomde', 'glomt'] },
  // What a visitor left without: one's things, not a person missed ("när hon gick i pension saknades hon").
  { kind: 'report', lang: 'sv', cue: `${SV_VISITOR_LEFT} saknades|saknas|forsvann ?${SV_WHOSE} ${SV_OWN_THINGS}`, gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: `${SV_VISITOR_LEFT} var ${SV_WHOSE} ${SV_OWN_THINGS} borta|forsvunnen|forsvunna|forsvunnet`, gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'know who did|stole|broke|is|sells|deals', gap: 1, unless: [...EN_GENERAL, 'dying to know', 'want to know who is', 'like to know who is', 'know who is behind', 'know who is actually behind', 'know who is responsible'] },
  { kind: 'report', lang: 'sv', cue: 'tipsar|tipsa man|anonymt', gap: 0 },
  { kind: 'report', lang: 'en', cue: 'sending|sent|sends threatening|threat|threats|hate messages|texts|dms', gap: 5, unless: EN_GENERAL },
  { kind: 'report', lang: 'se', cue: 'cuvkkii|cuvkii|cuvkken mu|min biilla|lasa|uvssa', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'tar|tog|stjal|snor|snodde pengar fran min|mitt|mina planbok|planboken|konto|kontot|rum', gap: 2, unless: [...SV_GENERAL, 'med lov', 'med mitt lov', 'med min tillatelse', 'gemensamt kort'] },
  { kind: 'report', lang: 'sv', cue: 'gor|gora jag|vi en polisanmalan|anmalan', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'snattar|snattade|snattat film|filmen|kamera|kameran|overvakning|overvakningen|igen|varje', gap: 6, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'hund|hunden|katt|katten|hastar|hasten|djur|djuren fastkedjad|kedjad|vanskott|vanvardad|vanvardade|svalter|misskott|plagad|plagas', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'renar|ren|renen|hund|hunden|katt|katten skjuten|skjutna|dodad|dodade|overkord|overkorda', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'borde|ska skjutas', gap: 0, unless: ['skjutas i foten', 'i foten', 'renarna ska skjutas', 'slakten', 'slakteriet', 'renslakt', 'renslakten', ...SV_GENERAL, ...SV_HUNTING, 'skjuta in', 'skjutbana', 'skjutbanan', 'skjuta upp', 'skjutas upp', 'skjuta pa', 'skjutas pa', 'jaktlag', 'jaktlaget', 'alg', 'algjakt', 'transporterar', 'fyrverkerier', 'fyrverkeri', 'raketer', 'smallare', 'bilder', 'foton', 'kameran', 'norrskenet'] },
  { kind: 'report', lang: 'se', cue: 'bahcan|bahcii|bahcen|goddan|goddii mu|min bohccuid|bohcco|bohccot|boazu', gap: 2, unless: [...SE_GENERAL, ...SE_PREDATORS, 'gumpe', 'gumpet', 'geatki', 'albmoriebi', 'juohke dalvvi', 'juohke jagi', 'juohke cakca'] },
  { kind: 'report', lang: 'sv', cue: 'borta|forsvunnit|forsvann|dragits|dragna|tagits fran kontot|kontot|konto|banken', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'klickade|klickat|tryckte|tryckt pa lanken|en', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'anmala|polisanmala|anmaler det|detta|honom|henne|dem|dom', gap: 0, unless: ['gatlyset', 'gatlampan', 'gatubelysningen', 'belysningen', 'potthalet', 'ett hal i vagen', 'behover man', 'maste man', 'behover jag', 'maste jag', 'kanelbullen', 'sista bullen', 'sista kakan', 'sista biten'] },
  { kind: 'report', lang: 'sv', cue: 'snuskiga|sexuella|olampliga|snuskig|ackliga|kladdiga meddelanden|bilder|fragor|sms|mess|bild', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'odlar|odlade cannabis|marijuana|gras|hampa|weed|hasch', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'snodd|snodda', unless: [...SV_GENERAL, ...SV_FAMILY_TOOK, 'riktig tjuv', 'hunden snodde', 'katten snodde', 'hund snodde'] },
  { kind: 'report', lang: 'sv', cue: 'hakkors', unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'gone|missing|taken|stolen|withdrawn from my|our|the account|bank|card', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'clicked|pressed|opened the|a link', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'report that|this|him|her|them', gap: 0, unless: ['will there be a report', 'a report this year', 'followed up', 'santa', 'father christmas', 'the elves'] },
  { kind: 'report', lang: 'en', cue: 'know his|her|the plate|registration|reg', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'posting|posted|posts|writing|wrote|spreading racist|hateful|hate|threats|threatening', gap: 2, unless: [...EN_GENERAL, ...EN_STUDYING_IT] },
  { kind: 'report', lang: 'en', cue: 'spraypainted|spraypaint|swastika|swastikas', unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'sexual|inappropriate|dirty|creepy messages|pictures|pics|texts|photos', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'growing|grows|grow weed|cannabis|marijuana', gap: 2, unless: EN_GENERAL },
  // Crimes told in other words, from the twelfth review set: blackmail with pictures, things ordered in one's name, a
  // landlord who vanished with the deposit, money sent to someone met online, filming in a changing room, theft from a
  // cabin or a stall ("nån har tagit kassaskrinet"), alcohol sold or offered to minors, poaching from a snowmobile,
  // dumping oil, a burned flag, "we have it on CCTV", what looks like drugs, dogs that chased reindeer (Sami).
  { kind: 'report', lang: 'sv', cue: 'blir|blev|blivit|ar|har utpressad|utpressade|utpressat|utpressas', gap: 1, unless: [...ABOUT_THE_TOPIC, 'hur manga', 'hur vanligt', 'hur ofta', ...JOKING, ...FICTION, 'novell', 'novellen', 'huvudpersonen', 'om nan', 'om nagon', 'lektion om', 'lektion'] },
  { kind: 'report', lang: 'sv', cue: 'utpressar|utpressade|utpressat mig|oss|honom|henne|min|mitt', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'bilder|bild|bilderna|nakenbilder|film|filmer|filmen|video kraver|kravde|swisha|swishar|betala|betalt|pengar', gap: 6, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'blackmail|blackmailed|blackmailing|extort|extorted|extorting|sextortion|sextorted', unless: ['work on together', 'school forum', 'in the promises', 'costs so much', 'extorted every winter', ...EN_GENERAL, ...ABOUT_THE_TOPIC, 'tips', 'prata med', 'om sextortion', 'about sextortion', 'theme week', 'material', 'students', 'lesson', 'vad sextortion ar', 'foraldramote', 'foraldramotet', 'lektioner', 'lektion', 'talk about', 'part of the promises', 'jobbar med', 'rent hikes', 'price hikes', 'prices', 'the rent', 'new rent', 'common in', 'an article', 'artihkkala', 'dabalas', 'och prata om', 'en kvall om', 'sextortion birra', 'oahpaheaddji', 'forelasning om', 'vad gor polisen', 'en forelasning'] },
  { kind: 'report', lang: 'sv', cue: 'gjort|gjorde|skapat|skapade|startat|startade|bestallt|bestallde|handlat|handlade|lanat|lanade|tagit|tog|oppnat|oppnade|kopt|kopte|tecknat|tecknade|ansokt|ansokte|registrerat i mitt|vart|hennes|hans namn', gap: 4, unless: [...SV_GENERAL, 'kan jag', 'vad kostar', 'hur'] },
  { kind: 'report', lang: 'sv', cue: 'fakturor|faktura|fakturan|inkasso|inkassokrav inte bestallt|bestallde|handlat|kopt|kopte', gap: 6, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'identitetsstold|identitetskapning', unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, ...FICTION, 'hur'] },
  { kind: 'report', lang: 'sv', cue: 'kapad|kapat|kapade|stulit|stal|stulen|stulna identitet|identiteten', gap: 1, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'ordered|opened|took|taken|bought|applied|registered|borrowed|signed|loans|loan|credit|accounts in my|our|his|her name', gap: 4, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'identity theft|stolen|fraud', gap: 0, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'stole|stolen my|his|her identity', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'betalat|betalade|swishat|swishade|forskott|handpenning|deposition|depositionen|pengar|kr hyresvarden|hyresvard|saljaren|uthyraren|forsaljaren forsvann|forsvunnen|forsvunnit|blockerade|blockat|blockade|raderade|raderat', gap: 20, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'forsvann|forsvunnen|blockerade|blockat|blockade med|efter pengarna|depositionen|handpenningen|betalningen|swishen|swishat|betalat|att', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'paid|payed|deposit|money|kr|sek|transferred|sent landlord|seller|owner|renter|host vanished|disappeared|ghosted|blocked|deleted', gap: 20, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'vanished|disappeared|ghosted|blocked|deleted with|after my|our|the|i deposit|money|payment|paid|transferred', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'skickat|skickar|skickade|swishat|swishar|swishade|overfort|gett|gav pengar|kr|kronor|tusentals|tusenlappar traffat|traffade|natet|online|dejting|aldrig', gap: 5, unless: [...SV_GENERAL, ...JOKING] },
  { kind: 'report', lang: 'en', cue: 'sending|sent|send|sends|transferred|wired|given|giving money|cash|thousands|kr|sek|euros|dollars|giftcards met|online|internet|dating|never', gap: 5, unless: [...EN_GENERAL, ...JOKING] },
  { kind: 'report', lang: 'sv', cue: 'romansbedrageri|karleksbedrageri|romansbedragare|karleksbedragare', unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'uppdrag granskning', 'dokumentar', 'hander det mycket', 'hander det ofta'] },
  { kind: 'report', lang: 'en', cue: 'romance scam|scammer|scammers|fraud', gap: 0, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'sv', cue: 'filmade|filmat|filmar|fotade|fotat|fotar|smygfilmade|smygfilmat|smygfotade|smygfotat mig|oss|henne|honom|tjejer|killar|folk omkladningsrummet|duschen|duscharna|toaletten|toan|badrummet|sovrummet|provrummet', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'smygfilmat|smygfilmade|smygfilmar|smygfotat|smygfotade|smygfotar', unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'filmed|filming|films|recorded|recording|photographed|photos|pictures|videos me|us|her|him|girls|people in|inside changing|shower|showers|toilet|toilets|bathroom|locker|fitting', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|tjuven|tjuvar|tjuvarna har|hade tagit|stulit|snott|lansat', gap: 0, unless: ['tvattid', 'tvattiden', 'tvattstugan', ...SV_GENERAL, ...SV_TAKEN_OTHERWISE, ...JOKING] },
  { kind: 'report', lang: 'sv', cue: 'forsvunnit|forsvann|forsvunna|forsvunnen|borta|saknas|stulits|tagits fran|ur *stugan|*stuga|garaget|forradet|boden|bodan|kallaren|batten|baten|slapet|skotern|kontoret|bilen', gap: 3, unless: [...SV_GENERAL, ...SV_MISSING.split('|')] },
  { kind: 'report', lang: 'sv', cue: 'saljer|salde|salt|langar|langade|langat|serverar|serverade|erbjuder|erbjod ol|sprit|alkohol|vin|cider|snus|cigg|cigaretter|folkol|starkol|vodka|alkoholen till|at *aringar|*aringarna|*aring|minderariga|ungdomar|ungar|barn|kids|tonaringar|elever|unga', gap: 3, unless: [...SV_GENERAL, ...SV_DRUG_QUESTION, 'saljer ni', 'salde ni', 'serverar ni'] },
  { kind: 'report', lang: 'sv', cue: 'vuxen|vuxna|aldre|gubbe|gubben|man|mannen|kille|killen|karl|snubbe|snubben skriver|skickar|messar|kontaktar|raggar|snapar|chattar|skrev|skickade tjejer|flickor|*aringar|elever|minderariga', gap: 4, unless: [...SV_GENERAL, 'hur'] },
  { kind: 'report', lang: 'en', cue: 'messaging|texting|contacting|dming|chatting|grooming girls|boys|kids|children|minors|teens|teenagers|schoolgirls|underage', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'offering|offered|offers|promising|promised them|her|him|girls|kids|teens alcohol|vodka|booze|drugs|money|cigarettes|weed|beer|snus', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'skjuta|skjuter|skot|skjutit|jaga|jagar|jagade|jagat fran|ifran skotern|skoter|skotrar|skotrarna|bilen|bil|bilar|fyrhjulingen|fyrhjuling|helikopter|helikoptern|vagen', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'tjuvjakt|tjuvjagar|tjuvjagade|tjuvjagat|tjuvskytt|tjuvskyttar', unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'poaching|poached|poacher|poachers', unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'sv', cue: 'tomt|tomde|tommer|dumpat|dumpade|dumpar|hallt|hallde|haller|slangt|slangde|slanger|gravt|gravde spillolja|olja|oljan|diesel|bensin|kemikalier|avfall|skrot|batterier|dack|asbest|miljofarligt|gifter', gap: 3, unless: [...SV_GENERAL, 'full av', 'grannens tomt', 'pa tomten', 'var kan', 'var lamnar', 'var slanger', 'var tommer', 'var ska', 'ska man', 'kan man', 'atervinning', 'atervinningscentralen', 'miljostationen'] },
  { kind: 'report', lang: 'en', cue: 'dumped|dumping|dumps|poured|pouring|tipped|tipping oil|diesel|petrol|chemicals|waste|rubbish|trash|garbage|tyres|tires|paint|sewage|scrap', gap: 3, unless: [...EN_GENERAL, 'where can', 'where do', 'where to', 'recycling'] },
  { kind: 'report', lang: 'sv', cue: 'brande|brant|slet|rev|stal|stulit|vandaliserade|forstorde|skar prideflaggan|prideflagga|regnbagsflaggan|regnbagsflagga|flaggan|sameflaggan|flaggor|flaggorna', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'burned|burnt|burning|tore|torn|ripped|stole|stolen|vandalised|vandalized|destroyed|damaged|cut|defaced pride|rainbow|sami flag|flags', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'har|fick|fangade det|honom|henne|dem|dom|allt|hela pa overvakning*|dashcam*|bilkameran', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'have|got|caught|has it|him|her|them|everything|this on cctv|surveillance|dashcam|doorbell', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'har|fick|fangade honom|henne|dem|dom|tjuven|tjuvarna pa film|kamera|video', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'have|got|caught|has him|her|them|thief|thieves|guy on camera|video|film|tape', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'ser|sag|sett ut som knark|narkotika|droger|kokain|amfetamin|tabletter|piller|pulver|hasch', gap: 3, unless: [...SV_GENERAL, ...JOKING] },
  { kind: 'report', lang: 'en', cue: 'looks|look|looked|looking|seems|seemed like pills|drugs|cocaine|weed|meth|heroin|amphetamine', gap: 3, unless: EN_GENERAL },
  // Drunk at the wheel, told as a tip ("köra skoter över sjön helt packad", "the other driver smelled of alcohol"); a
  // drunk driver "nu" is an emergency by the cues above.
  { kind: 'report', lang: 'sv', cue: `kor|korde|kora|kort ${SV_DRUNK}`, gap: 4, unless: ['ar det olagligt', 'galler det bara', ...SV_GENERAL, ...SV_CHECKS] },
  { kind: 'report', lang: 'sv', cue: 'foraren|chaufforen|busschaufforen|taxichaufforen|skoterforaren luktade|luktar|stank|stinker sprit|alkohol|fylla|hasch', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'luktade|luktar|stank|stinker sprit|alkohol|fylla|hasch kor|korde|kora|ratten|bilen|skotern', gap: 6, unless: [...SV_GENERAL, 'kor aldrig', 'kor inte', 'korde inte', 'aldrig kor'] },
  { kind: 'report', lang: 'en', cue: 'driver|drivers|chauffeur|cabbie|he|she smelled|smelt|smells|smelling|reeked|reeks of|like alcohol|booze|beer|liquor|drink|weed', gap: 3, unless: [...EN_GENERAL, 'never drives', 'doesnt drive'] },
  { kind: 'report', lang: 'se', cue: 'beatnag*|beana doarrid*|gaski*|gaskki* bohcc*|boazu|misiid|miess*', gap: 3, unless: SE_GENERAL },
  // From the thirteenth review set: a threat online to "find me", being spat on, someone who cut a lock or broke into a
  // site container, a driver seen drunk, dealing from an unlicensed taxi, an animal found shot, reindeer slaughtered by
  // others, a crypto scam, a stolen phone seen on a map, a fake account in one's name, and in Sami money gone after a
  // call, paid online and got nothing, hate that says a people should die.
  { kind: 'report', lang: 'en', cue: 'hell|shell|theyll|will|gonna|going|said find|hunt|track me|us down|in|at|where|home', gap: 1, unless: [...EN_GENERAL, 'you will', 'youll', 'can find', 'help me', 'help us'] },
  { kind: 'emergency', lang: 'en', cue: 'spat|spit|spits|spitting on|at me|us|her|him', gap: 1, unless: EN_GENERAL, reportWhenOver: true },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|they|thieves|thief|guys|kids cut|broke|forced|picked|smashed|snapped the|a|our|my lock|locks|padlock|chain', gap: 3, unless: [...EN_GENERAL, 'key', 'keys'] },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|tjuvar|tjuven|tjuvarna|de|dom|nagra har|hade brutit|brot|bryter upp|sonder', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'klippt|klippte|kapat|kapade|sagat|sagade|brutit|brot laset|lasen|hanglaset|kattingen|kedjan|laset', gap: 2, unless: [...SV_GENERAL, 'nyckel', 'nyckeln', 'nycklarna'] },
  { kind: 'emergency', lang: 'en', cue: 'driver|drivers|he|she was|is|seemed|looked drunk|intoxicated|wasted|hammered', gap: 3, unless: [...EN_GENERAL, ...EN_NOT_DRUNK], reportWhenOver: true },
  { kind: 'report', lang: 'sv', cue: 'kor|korde|kora svarttaxi|svarttaxin|svarttaxa', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'den|hunden|katten|renen|renarna|djuret|djuren|hundarna har|hade|blivit|ar|blev skjuten|skjutet|skjutna|dodad|dodade|forgiftad|forgiftade|ihjalslagen|plagad', gap: 2, unless: ['budgeten dodar', 'dodar stan', ...SV_GENERAL, 'upp', 'framat', 'pa framtiden', 'dodar mig', 'dodar mej'] },
  { kind: 'report', lang: 'sv', cue: 'slaktrester|slaktavfall|kadaver|kadavret|kadavren|skinnen|huvudena efter|av|fran vara|mina|var|renar|ren|renarna', gap: 4, unless: [...SV_GENERAL, ...SV_OWN_SLAUGHTER] },
  { kind: 'report', lang: 'sv', cue: 'krypto|kryptovaluta|bitcoin|investering|investerat|investerade|plattformen ta|tas|fa ut', gap: 14, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'crypto|bitcoin|investment|invested|platform cant|cannot|unable|wont withdraw|get', gap: 8, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'sv', cue: 'hitta|spara|sparar|sparade min|mitt iphone|mobil|telefon|enhet|enheter', gap: 1, unless: ['jag bad honom om det', 'jag bad henne om det', 'pga vadret', ...SV_GENERAL, 'hur', 'efterfest', 'efterfesten', 'i nan soffa', 'i soffan', 'ligger val'] },
  { kind: 'report', lang: 'en', cue: 'find|track|tracking|tracked my iphone|phone|device', gap: 1, unless: [...EN_GENERAL, 'how to', 'how do'] },
  { kind: 'report', lang: 'sv', cue: 'mobil|mobilen|telefon|telefonen|planboken|planbok|vaska|vaskan|cykel|cykeln|dator|datorn forsvann|forsvunnen|forsvunnit|borta|stulen|stals', gap: 3, unless: [...SV_GENERAL, 'tappade', 'tappat', 'glomde', 'glomt', 'hittegods', 'var hittar', 'laddare', ...LOST_NOT_STOLEN, 'svarar inte i telefon', 'svarar han inte i telefon', 'svarar hon inte i telefon', 'svarar inte pa telefon', 'svarar inte i telefonen'] },
  { kind: 'report', lang: 'sv', cue: 'fejkkonto|fakekonto|fejkprofil|fakeprofil|fejkkonton', unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'hur'] },
  { kind: 'report', lang: 'sv', cue: 'falskt konto', gap: 0, unless: [...SV_GENERAL, ...ABOUT_THE_TOPIC, 'hur'] },
  { kind: 'report', lang: 'en', cue: 'made|created|set|opened|started|making a|an fake account|profile|page', gap: 2, unless: [...EN_GENERAL, ...ABOUT_THE_TOPIC] },
  { kind: 'report', lang: 'en', cue: 'pretending+to+be|pretends+to+be|posing+as|impersonating me|us', gap: 1, unless: EN_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'betalade|betalat|swishade|swishat|overforde|skickade pengar|kr|kronor|for inte|aldrig|fick|fatt fatt|fick|aldrig|inget|ingenting|nat', gap: 10, unless: [...SV_GENERAL, 'svar', 'svaret', 'besked', 'beslut', 'kvitto', 'faktura', 'ranta'] },
  { kind: 'report', lang: 'en', cue: 'paid|transferred never|didnt|not got|get|received|receive|arrived nothing|anything|it|item|the', gap: 10, unless: [...EN_GENERAL, 'reply', 'answer', 'response', 'receipt', 'confirmation', 'invoice', 'ticket', 'job', 'application'] },
  { kind: 'report', lang: 'se', cue: 'maksen|maksimet|maksan|maksii ozzon|oaccun|ozzo|ozzon maidege|mihkkege|dan', gap: 10, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'rudat|ruhta|rudaid lea|leat javkan|massan|manname', gap: 1, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'dajai|dadja|celkkii ahte son lea bankkus|bankka|politiijas|politiija', gap: 3, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'galget|galga|berrejit|berre|fertejit japmit|goddojuvvot|javkat', gap: 0, unless: SE_GENERAL },
  // Hit and the driver gone, told without "därifrån" ("Blev påkörd på parkeringen vid gruvan, föraren stack. Ingen
  // skadad", review57): last, so that someone still lying hurt is the 112 rules' first.
  { kind: 'report', lang: 'sv', cue: 'pakord|pakorde|pakorda|pakordes|pakorning foraren|forarn|bilisten|bilen|han|hon|den|personen stack|smet|forsvann|korde+vidare|drog', gap: 6, unless: [...SV_GENERAL, ...FICTION] },
  ...R62_TO_65_LAST,
  ...R66_LAST,
  ...R69_LAST,
  ...R71_LAST,
  ...R77_LAST,
  ...R104_LAST,
];

/** Words that together make nothing more than a cry for help ("Hjälp!", "help me please", "Veahket!"). */
const HELP_CORE = new Map<string, Lang>(Object.entries({ mayday: 'en', hjalp: 'sv', hjaalp: 'sv', hjalpa: 'sv', hjelp: 'sv', hjlp: 'sv', apua: 'sv', auttakaa: 'sv', auta: 'sv', pomocy: 'en', pomoc: 'en', hilfe: 'en', ayuda: 'en', socorro: 'en', help: 'en', hlep: 'en', halp: 'en', hepl: 'en', sos: 'en', veahket: 'se', veahkehe: 'se', veahkehehket: 'se', veahkehit: 'se', veahkehiehket: 'se', veahkki: 'se', veahki: 'se' }) as Array<[string, Lang]>);
const HELP_CORE_FUZZY = [...HELP_CORE].filter(([pattern]) => pattern.length >= 5);
const HELP_FILLER = new Set([
  'mig', 'oss', 'snalla', 'jag', 'behover', 'vill', 'ha', 'kan', 'nagon', 'nan', 'nu', 'me', 'us', 'please', 'pls', 'plz', 'plez',
  'i', 'need', 'want', 'can', 'someone', 'somebody', 'anyone', 'now', 'mun', 'mu', 'munnje', 'darbbasan', 'dal',
  // Afraid: "Veahket mu, mun lean balus", "help I'm scared", "hjälp jag är rädd".
  'lean', 'balus', 'im', 'am', 'scared', 'afraid', 'ar', 'radd',
  // Haste: "HJÄLP fort!!", "help quick".
  'fort', 'snabbt', 'quick', 'quickly', 'fast', 'asap', 'akut', 'jodanit', 'jodanis',
  // Fillers and texting forms: 'hjälp asså', 'plz sum1 help'.
  'assa', 'typ', 'sum1', 'some1', 'any1', 'plzz', 'plss', 'svara', 'answer', 'soames', 'gii', 'beare', 'to', 'hurry', 'och',
  'ta', 'over', 'chatten', 'sahtta', 'darbbasuvvo', 'darbbasan', 'beg', 'begging', 'u', 'reply', 'respond', 'kom', 'hit',
  'oaccun', 'vastidehket', 'vastit', 'vem', 'som', 'helst', 'komma', 'oktage', 'gula', 'gulla', 'hello', 'hallo', 'halla',
  'anybody', 'read', 'this', 'there', 'is', 'direkt', 'genast', 'omedelbart', 'immediately', 'oaccosingo', 'oaccosin', 'ii',
  'aaa', 'ahh', 'da', 'ar', 'det', 'laser', 'detta', 'real', 'person', 'reading', 'badly', 'a', 'sahtasii', 'sahtasit', 'out',
  'dont', 'know', 'who', 'else', 'write', 'what', 'do',
  // Asking it of you ('kan ni hjälpa mej', 'snälla ni måste', 'need some help', 'Ii go oktage sáhte veahkehit mu').
  'ni', 'mej', 'maste', 'some', 'you', 'could', 'would', 'must', 'ii', 'go', 'sahte', 'vastit', 'bures',
  // Fear said with it: 'hjälp ja e så rädd', 'help im so scared'.
  'ja', 'sa', 'radd', 'radda', 'so', 'scared', 'afraid', 'im', 'muhtun',
  // Saying where one is: 'vi e på …', 'we're at …' (see HELP_WHERE).
  'vi', 'we', 'were', 'are', 'the',
  // Asking whether anyone is there: "hjälp är nån där??", "is anyone there i need help", "Gullágo soames? Veahket!".
  'ar', 'dar', 'det', 'is', 'there', 'anybody', 'rn', 'answer', 'svara', 'behova', 'gullago', 'soames', 'gullat',
  // Hello, haste, someone reading, and not knowing what to do: "hallå?? e det nån som läser", "hjälp, det är bråttom",
  // "please help i dont know what to do", "Veahket, in dieđe maid dagan", "Sáhttágo soames veahkehit mu dál?".
  'halla', 'hallo', 'hallaa', 'hello', 'hej', 'e', 'som', 'laser', 'har', 'brattom', 'vet', 'inte',
  'vad', 'ska', 'gora', 'dont', 'know', 'what', 'to', 'do', 'reading', 'this', 'in', 'diede', 'maid', 'dagan', 'sahttago',
  'sahttet', 'mu', 'oktage', 'dahkat', 'bures',
  // Spoken "int" for "inte" (review69: "hjälp jag vet int vad jag ska göra").
  'int', 'idk', 'va',
  // An apology first (review71: "Förlåt men jag behöver hjälp nu").
  'forlat', 'ursakta', 'men', 'sorry',
  // "call an ambulance" (see HELP_SERVICES).
  'an',
]);

/**
 * Games and sports: "lillebror slog mig i schack", "she beat me at fifa" are not violence. Added to the `unless` of
 * every rule but the suicide ones.
 */
const SV_PLAY = [
  // A ball hit far (review188: "Min bror slog bollen jättehögt").
  'slog bollen', 'slar bollen', 'sparkade bollen',
  'i schack', 'i fifa', 'pa fifa', 'i kort', 'i tennis', 'i pingis', 'i badminton', 'i spelet', 'i monopol', 'i uno', 'i fortnite',
  'i minecraft', 'i matchen', 'i loppet', 'i armbrytning', 'i yatzy', 'i poker', 'i golf', 'i bowling', 'i padel', 'i hockey',
  'i fotboll', 'i innebandy', 'i finalen', 'i derbyt', 'i gta', 'pa gta', 'i mario kart', 'i mario',
  'spelar fortnite', 'spelade fortnite', 'spelar minecraft', 'spelar roblox', 'spelar gta', 'schackturneringen',
  'pa turneringen', 'i turneringen',
  // review87: "Farmor slog oss alla i bingo igår".
  'i bingo', 'pa bingo', 'i bingon', 'pa bingon',
  // review109, everyday31: "skjuter ihjäl hela motståndarlaget i cs", "körde av vägen tio gånger i Forza", "sabbade hela raiden".
  'i cs', 'i counter strike', 'i counterstrike', 'i warzone', 'i forza', 'i apex', 'i valorant', 'i cod', 'i call of duty',
  'i raiden', 'hela raiden', 'motstandarlaget',
  // review125: "Min fru slår mig alltid i Alfapet".
  'i alfapet', 'i scrabble', 'i kortspel', 'i fia', 'i memory',
  // review119: a pillow fight with a little sister, and games named as what one plays tonight ("ikväll kör vi cod", "gta e så sjukt").
  'med kudden', 'med en kudde', 'med kudde', 'med kuddar', 'med kuddarna', 'kor vi cod', 'kor cod', 'kor vi gta', 'gta e', 'gta ar',
  // everyday37: "min kompis blev 'skjuten' typ 20 gånger i paintball".
  'i paintball', 'pa paintball', 'paintballbana', 'paintballbanan',
];
const EN_PLAY = [
  'at chess', 'in chess', 'at fifa', 'in fifa', 'at cards', 'at tennis', 'at poker', 'at pool', 'at golf', 'at ping pong',
  'in the game', 'at monopoly', 'at uno', 'in fortnite', 'at fortnite', 'in minecraft', 'at hockey', 'at football', 'at soccer',
  'in the final', 'in the match', 'in gta', 'on gta', 'at gta',
  'playing fortnite', 'plays fortnite', 'playing minecraft', 'playing roblox', 'at the tournament', 'in the tournament',
  'at bingo', 'in bingo',
  // review109, everyday31: "got shot like 12 times in warzone", "Crashed my car like 15 times playing Mario Kart".
  'in warzone', 'in cs', 'in counter strike', 'in counterstrike', 'in cod', 'in call of duty', 'in apex', 'in valorant',
  'in forza', 'in mario kart', 'at mario kart', 'playing mario kart', 'playing forza', 'playing warzone', 'playing cs',
  'playing apex', 'playing valorant', 'playing cod',
  'in paintball', 'at paintball', 'playing paintball', 'paintball field',
];

/**
 * Everyday idioms with a word of danger in them, found with unseen sets of ordinary messages written to probe the check
 * (`test/golden/safety/unseen/everyday1.jsonl` and `everyday2.jsonl`, nineteenth session): "slog sig ner" (sat down),
 * "slog personligt rekord", "drunknar i papper", "kidnappa med en vän" (bring along), "attackerade av mygg", "ville
 * sjunka genom jorden", "nearly had a heart attack when I saw the bill", "drowning in paperwork", "died of
 * embarrassment", "is there a fire ban". Each phrase holds the word that looked like danger, and the phrase is taken out
 * of the message's words before any rule, the last net or the classifier reads them (withoutIdioms): what else the
 * message says still counts ("… sjunka genom jorden, och nu har han försvunnit"). Not kept, as danger in the same words:
 * "slog mig ner på marken", "hit me with the belt", a knife "i slöjden", a stabbing pain in the chest.
 */
const IDIOMS: readonly (readonly string[])[] = [
  // When one dared to tell, not when it happened (review162: "blev rånad … förra torsdagen. han vågade inte säga nåt
  // förrän ikväll").
  'forran ikvall', 'forran i kvall', 'forran idag', 'forran i dag', 'forran nu', 'until tonight', 'until today', 'until now',
  // A sky that "burns" with the aurora (review175: "Kolla norrskenet nu!! himlen brinner helt galet").
  'himlen brinner', 'himmelen brinner',
  // Coffee as one's blood in exam week (everyday62: "Tentaveckan är ett slagfält. Kaffe är mitt blod nu").
  'kaffe ar mitt blod',
  // Anger that will "explode" (everyday63: "Jag håller på att explodera", "Jag exploderar snart på grannarna").
  'haller pa att explodera', 'jag exploderar snart', 'exploderar snart pa',
  // A loan that "shot him in the foot" (review177).
  'shot himself in the foot', 'shot herself in the foot', 'shot myself in the foot', 'shoot myself in the foot',
  // Politicians who are doing themselves harm (everyday71).
  'shooting themselves in the foot', 'shoot themselves in the foot', 'shot themselves in the foot', 'shooting ourselves in the foot',
  // A shooting star, a heart that "burns" with worry (review171).
  'shooting star', 'shooting stars', 'my heart is burning', 'heart is burning',
  // No one hurt yet is no harm over (review162: "ingen skadad än men det sprider sig"): the words are not read, so that
  // RESOLVED's "ingen skadad" does not end the alarm.
  'ingen skadad an', 'ingen ar skadad an', 'no one hurt yet', 'nobody hurt yet', 'no one is hurt yet', 'nobody is hurt yet',
  'forkylningen tar livet av mig', 'snarkar ihjal mig', 'killing themselves driving', 'killing ourselves driving',
  'duopmar goddii min', 'skjuter mig om jag', 'doing suicides', 'dead after practice', 'japman harjehallama',
  'renovering tar livet av mig', 'renoveringen tar livet av mig', 'dat godda mu',
  'shot in the dark', 'a shot in the dark', 'shot my shot', 'shoot my shot', 'shoot your shot', 'shot his shot', 'shot her shot',
  'sjunka genom jorden', 'sjonk genom jorden', 'slog sig ner', 'slar sig ner', 'slog mig ner pa en bank',
  'slog mig ner pa banken', 'slog sitt rekord', 'slog sitt personliga rekord', 'vadret tar livet av mig', 'slog personligt rekord', 'slagit personligt rekord', 'slog rekord', 'slagit rekord',
  'drunknar i jobb', 'drunknar i papper', 'drunknar i arbete', 'drunknar i mejl', 'drunknar i rakningar', 'kidnappa med en',
  'attackerade av mygg', 'attackerad av mygg', 'attackerades av mygg', 'attackerade av knott',
  'nearly had a heart attack', 'almost had a heart attack', 'drowning in bills', 'drowning in paperwork', 'drowning in work',
  'drowning in emails', 'shoot me an', 'die of embarrassment', 'died of embarrassment', 'dying of embarrassment', 'fire ban',
  'burn ban',
  // The boss "will kill me" if a permit is late (review46).
  'chefen kommer doda mig', 'chefen kommer att doda mig', 'chefen dodar mig', 'my boss will kill me', 'my boss is going to kill me',
  // The same of a manager, and a grandmother's (review79, everyday8: "My grandma says she'll kill me if I don't wear a hat",
  // read as "she will" since the thirty-third session).
  'my manager will kill me', 'my manager is going to kill me', 'late one more time he will kill me', 'my grandma says she will kill me',
  'grandma will kill me', 'my granny says she will kill me', 'granny will kill me',
  // A mother or father who "will kill me" over a grade (review119: "mamma kommer döda mig, fick F på matteprovet").
  'mamma kommer doda mig', 'mamma kommer att doda mig', 'pappa kommer doda mig', 'pappa kommer att doda mig',
  'morsan kommer doda mig', 'farsan kommer doda mig',
  // Aching knees "take the life out of me" (review120: "Mina knän tar livet av mig när jag skottar").
  'knan tar livet av mig', 'knana tar livet av mig', 'knaet tar livet av mig', 'knan tar livet av mej', 'ryggen tar livet av mig', 'hoften tar livet av mig', 'hoften tar livet av mej',
  'knana tar livet av mej', 'ryggen tar livet av mej',
  // Frustration and joy that "explode", and the weather that "is trying to kill us" (everyday37).
  'kommer explodera om', 'kommer att explodera om', 'explode with excitement', 'exploding with excitement',
  'weather is trying to kill us', 'weather is trying to kill me', 'weather is going to kill us',
  // review131: "Bygget … är en olycka som väntar på att hända".
  'en olycka som vantar pa att handa', 'an accident waiting to happen',
  // Falling for a hobby or a cat, and an exam one "killed" (everyday38, everyday39).
  'fallen for', 'fell for', 'fell hard for', 'falling for', 'i killed it', 'killed it in',
  // Snoring "like a murderer", and a partner who "takes the life out of me" with photos (review127).
  'snores like a murderer', 'like a murderer', 'tar livet av mig med sina', 'tar livet av mig med sitt', 'tar livet av mig med sin',
  // An exclamation, and things that "died" (review47's everyday set: "Skjut mig, har glömt lösenordet", "Bilen dog på Malmvägen").
  'skjut mig', 'bilen dog', 'batteriet dog', 'mobilen dog', 'telefonen dog', 'datorn dog', 'motorn dog', 'skotern dog',
  'my phone died', 'the battery died', 'my battery died', 'my car died', 'the car died',
  // Settled in a place; money put towards something (review57: "slog mig ner i Kiruna", "skjuta till mer pengar").
  'slog mig ner i kiruna', 'slog oss ner i kiruna', 'slagit mig ner i kiruna', 'slagit oss ner i kiruna',
  'slog mig ner i sverige', 'slog oss ner i sverige', 'slog mig ner har', 'slog oss ner har', 'skjuta till', 'skjuter till',
  'skjutit till', 'skjuta till mer',
  // Breaking rules, not a door (residents29: "norm-breaking behaviour in the school environment").
  'norm breaking', 'rule breaking', 'record breaking', 'ground breaking', 'heart breaking',
  // Laughing (review59: "ja dog av skratt när polisbilen körde in i snövallen på tiktok").
  'dog av skratt', 'dor av skratt', 'do av skratt', 'dog nastan av skratt', 'died laughing', 'dying laughing',
  'fick inte luft av skratt', 'far inte luft av skratt', 'fick knappt luft av skratt',
  // Drowning in paperwork, burning for a cause (everyday15).
  'drunknar i pappersarbete', 'drunknar i blanketter', 'drunknade i blanketter', 'att jag drunknade i blanketter', 'jag brinner for',
  'vi brinner for', 'brinner verkligen for',
  // An intensifier, and a fear told as a fear (everyday7: "våldsamt fint norrsken", "terrified of drowning").
  'valdsamt fint', 'valdsamt vackert', 'valdsamt bra', 'valdsamt roligt', 'valdsamt gott',
  'terrified of drowning', 'scared of drowning', 'afraid of drowning', 'radd for att drunkna', 'radd att drunkna',
  // Asking what something is about ("whats the deal w the drug dog").
  'whats the deal', 'what is the deal',
  // everyday20: an e-mail sent off, a shock at a bill, a car's battery, a hopeless task.
  ...['mejl', 'mail', 'mejlet', 'mailet', 'sms', 'meddelande', 'fraga', 'brev'].flatMap((thing) => [`skjuta ivag ett ${thing}`, `skjuta ivag en ${thing}`, `skjuter ivag ett ${thing}`, `skjuta ivag ${thing}`]),
  'fick nastan hjartstopp', 'fick typ hjartstopp', 'fick nastan en hjartattack', 'fick typ en hjartattack',
  'dead battery', 'battery is dead', 'battery was dead', 'flat battery', 'dott batteri', 'batteriet ar dott',
  // review97, review96: a referee or a quiz that "robbed" a team, an attack "on fire" in a match, rain that "threatens"
  // (Sami, drafts).
  'domaren ranade', 'domarna ranade', 'domaren snodde', 'ranade pa poangen', 'ranade oss pa poangen', 'ref robbed',
  'refs robbed', 'referee robbed', 'ref absolutely robbed', 'robbed by the ref', 'robbed by the referee', 'duopmar suoladii',
  'attack was on fire', 'attack is on fire', 'offense was on fire', 'offence was on fire', 'powerplay was on fire',
  'on fire in the third period', 'on fire in the second period', 'arvi aita', 'muohta aita', 'bieggi aita',
  // everyday26: a walk one is "forced" to take, a record smashed, a dog that follows a boy everywhere (Sami, a draft).
  'tvingar mig att ga en promenad', 'tvingade mig att ga en promenad', 'tvingar mig ut pa promenad', 'tvingar mig att trana',
  'slog sonder sitt eget rekord', 'slog sonder rekordet', 'slagit sonder rekordet', 'smashed my personal best', 'smashed my pb',
  'smashed my record', 'beana cuovvu', 'beana cuovui', 'beana cuvvo',
  // review98, review99: a fire in the stove, a fire sale, boots to break in, a neighbour who knocked to borrow sugar and a
  // fire that burns well in the kota (Sami, drafts), a child's dash that gave one "a heart attack for nothing".
  'brinner i kaminen', 'brinner i braskaminen', 'brinner i spisen', 'brinner i vedspisen', 'brinner i kakelugnen', 'brinner i oppna spisen',
  'fire sale', 'break in my new', 'break in new', 'break in my boots', 'break in the boots', 'breaking in my new', 'breaking in new',
  // review100, review101: exhausted after bingo, nearly falling off the chair at news, a moose shot, shots at the bar, a
  // floor that "exploded" to a DJ's banger.
  // everyday29 (Sami, a draft): cutting meat while the children play hide and seek.
  'niibbiin ja cuohppa bierggu', 'cuohppa bierggu', 'manat ciehkadit',
  'aita boahtit', 'ar helt dod efter', 'helt dod efter', 'ramlade nastan av stolen', 'ramlade av stolen', 'trillade av stolen', 'shot a moose',
  'shot an elk', 'shot a deer', 'tog shots', 'ta shots', 'floor exploded', 'crowd exploded', 'dropped a banger',
  // everyday27: a puck or a ball kicked into the goal, a fire in the lavvu or the hut's hearth (Sami, drafts).
  'sparkade in pucken', 'sparkade in bollen', 'sparkade pucken', 'kicked the puck', 'kicked the ball', 'dolla buolla lavvus',
  'dolla buolla goadis', 'dolla buolla arrans', 'dearpai mu uksii', 'dearpai uksii', 'dearpa uksii', 'dearpa mu uksii', 'buolla bures', 'heart attack for nothing',
  'gave me a heart attack', 'almost gave me a heart attack',
  'suicide mission', 'suicide missions', 'political suicide', 'social suicide', 'politiskt sjalvmord', 'socialt sjalvmord', 'ekonomiskt sjalvmord',
].map((phrase) => phrase.split(' '));
/**
 * IDIOMS by their first word, in IDIOMS' order: a message's word is compared only with the idioms that begin with it.
 * Several idioms begin with common words ("i killed it", "en olycka som väntar …", "tar livet av mig med sina"), and a
 * scan of every idiom at each such word cost more than the rest of the idiom check.
 */
const IDIOMS_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = IDIOMS.reduce((byFirst, idiom) => {
  const first = idiom[0]!;
  byFirst.set(first, [...(byFirst.get(first) ?? []), idiom]);
  return byFirst;
}, new Map<string, Array<readonly string[]>>());

/** A piece of a message (a sentence, a clause) as words, without the everyday idioms in IDIOMS. */
function plainWords(text: string): readonly string[] {
  return withoutIdioms(splitWords(text));
}

/** Said to be meant, after a joke or an idiom. */
const MEANT_SERIOUSLY = asWholeWords([
  'menar jag det', 'menar det faktiskt', 'menar det pa riktigt', 'menar jag allvar', 'i mean it', 'i actually mean it', 'no but seriously', 'jokes aside',
]);

/** The idiom of IDIOMS that begins at words[at], if one does (the first in IDIOMS' order). */
function idiomAt(words: readonly string[], at: number): readonly string[] | undefined {
  for (const idiom of IDIOMS_BY_FIRST_WORD.get(words[at]!) ?? []) if (isPhraseAt(words, at, idiom)) return idiom;
  return undefined;
}

/** The message's words without the everyday idioms in IDIOMS (the same array when there are none, as in most). */
function withoutIdioms(words: readonly string[]): readonly string[] {
  if (!words.some((word) => IDIOMS_BY_FIRST_WORD.has(word))) return words;
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const idiom = idiomAt(words, i);
    if (idiom) i += idiom.length - 1;
    else kept.push(words[i]!);
  }
  return kept;
}
/** A scare the writer takes back in the same message: what it was instead, or that nothing was wrong. */
const RETRACTED = [
  'it was just their', 'it was just the', 'it was only the', 'it was only their', 'turned out to be just', 'turned out to be only',
  'turned out to be his', 'turned out to be her',
  'visade sig bara vara', 'det var bara grannen', 'det var grannens', 'men det var grannen', 'men det var bara', 'eller det var',
  'ingen rok ingen brand', 'it was the heating',
  'ii lean dolla', 'muhto dat lei', 'dat lei dusse',
];
/**
 * Someone or something the writer only thought was there ("Woke up to banging … and thought someone was trying to get
 * in. It was the heating pipes", "Trodde att nån tagit mitt barns pulka … men den stod bara bakom förrådet"), or a
 * false alarm: no harm now (RESOLVED) and nothing to report (NOTHING_HAPPENED).
 */
const MISTAKEN = [
  'thought someone', 'thought somebody', 'thought something', 'trodde att nan', 'trodde att nagon', 'trodde nan', 'trodde nagon',
  'ballen ahte muhtin', 'false alarm', 'falsklarm', 'nothing wrong obviously',
  // A belief the writer tells as mistaken (everyday60: "I thought I was being followed home … Turned out to be my
  // flatmate", "trodde min bil var stulen!!! … den stod på andra sidan").
  'i thought i was', 'thought my', 'thought the', 'thought there was', 'thought a bear', 'i genuinely thought', 'i honestly thought',
  'honestly thought', 'for a second i thought', 'trodde min', 'trodde det var', 'trodde jag skulle', 'trodde jag blev', 'jag trodde att min',
  'trodde nycklarna', 'was convinced',
];
/** RETRACTED and MISTAKEN as whole words, for routeOf. */
const TAKEN_BACK = asWholeWords([...RETRACTED, ...MISTAKEN]);
/** What was thought harmless turned real after all (review: "Trodde det var snack men nu står han utanför min dörr"). */
const BUT_NOW = asWholeWords(['men nu', 'but now', 'muhto dal', 'and now', 'och nu',
  // review202: "thought it was a false alarm but the smoke in the stairwell is getting thicker and the alarm started again".
  'getting thicker', 'started again', 'blir tjockare', 'borjade igen', 'tjuter igen']);
/**
 * "Now" of the question after a scare taken back, not of danger (everyday58: "Det var grannens stora svarta hund 🙄 Men
 * nu undrar jag: vem ska man kontakta …").
 */
const BUT_NOW_ASKS = asWholeWords(['men nu undrar', 'men nu vill jag veta', 'men nu funderar', 'och nu undrar', 'but now i wonder',
  'but now im wondering', 'and now i wonder', 'and now im wondering', 'muhto dal jearan']);
/** A mishap told as over and mended: "försäkringen har betalat och allt är lagat", "we put it out ourselves, long fixed". */
const RESOLVED = [
  'allt ar lagat', 'ingen skadades', 'slackte sjalva', 'slackte den sjalva', 'vi skrattade mest', 'long fixed',
  'its sorted now', 'put out ourselves', 'put it out ourselves',
  // No one hurt, said outright (review47's everyday set: a roof that fell in on a shed, a water leak, a car in the ditch).
  'ingen skadad', 'ingen ar skadad', 'ingen blev skadad', 'ingen kom till skada', 'nobody is hurt', 'no one is hurt',
  'polisen har skott allt', 'polisen har skott det',
  // Over and healing (review52: a nosebleed in floorball that "har slutat nu", a grandfather "recovering now").
  'har slutat nu', 'slutat bloda', 'recovering now', 'hes recovering', 'shes recovering', 'is recovering', 'aterhamtar sig',
  // A smoke alarm that beeps although nothing burns.
  'inget brinner', 'det brinner inte', 'nothing is burning', 'nothing is on fire', 'nothings on fire', 'nothings burning',
  // Luck that no one was there or hurt (review14: snow that fell from a shop's roof "igår, tur att ingen stod där").
  'tur att ingen', 'luckily no one', 'luckily nobody',
  // A scare taken back at once (everyday58: "Jag hörde skott i natt!! Eller... det var fyrverkerier") is RETRACTED,
  // which routeOf asks first (TAKEN_BACK).
];

const EN_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * In an English cue, a slot of articles only may be left out: people writing English as a second language, and in a
 * hurry, drop them ("fire in kitchen", "need ambulance", "jump off bridge"; review54). Not the first slot: "a fight
 * outside" is one happening, "fights at school" are not.
 */
function withOptionalArticles(rule: Rule): Rule {
  if (rule.lang !== 'en') return rule;
  const slots = rule.cue.split(' ');
  const isArticles = (slot: string, index: number): boolean => index > 0 && slot.split('|').every((word) => EN_ARTICLES.has(word));
  if (!slots.some(isArticles)) return rule;
  return { ...rule, cue: slots.map((slot, index) => (isArticles(slot, index) ? `?${slot}` : slot)).join(' ') };
}

function withIdioms(rule: Rule): Rule {
  if (rule.kind === 'suicide') return rule;
  const play = rule.inGames ? [] : rule.lang === 'sv' ? [...SV_PLAY, ...EN_PLAY] : rule.lang === 'en' ? [...EN_PLAY, ...SV_PLAY] : [];
  const idioms = rule.lang === 'sv' ? [...play, ...(rule.kind === 'report' ? SV_FAMILY_TOOK : [])] : [...play];
  if (rule.kind === 'emergency') idioms.push(...RESOLVED);
  return idioms.length > 0 ? { ...rule, unless: [...(rule.unless ?? []), ...idioms] } : rule;
}

/** The rules, in the order they are tried: most serious first. */
/**
 * Everyday words a typo away from a cue word, read only as themselves: "kan du skjutsa mig" (give me a lift) is not
 * "skjuta mig", and "det blåste" (the wind blew) is not a slur.
 */
const NOT_TYPOS: ReadonlySet<string> = new Set([
  // "spots" is no typo of "shots" (everyday58: "Any spots outside town with less street lighting?"), nor a quarrel
  // ("tjafsat") a groping ("tafsat").
  'spots', 'spot', 'tjafsat', 'tjafsar', 'tjafsade', 'tjafsa',
  // Nor a climb ("katten klättrade över räcket") graffiti ("klottrade").
  'klattrade', 'klattrat', 'klattrar',
  // Possessives and past participles no typos of the cue words (everyday48: "tappat bort min dotters hjälm"; review144:
  // "ungarna var helt förstörda" is no "förstördes").
  'dotters', 'dotterns', 'sonens', 'forstorda',
  // "having" is no typo of "hating", nor "hundarna" (the dogs) of "hudarna" (the hides; review152: "Thank you for having
  // Sami on the site", "renarna springer, hundarna skäller").
  'having', 'hundar', 'hundarna',
  // "waited" is no typo of "wasted" (everyday47: "driver was super nice and waited till I was inside").
  'waited',
  // "skjuta" (to shoot) is no typo of "skjutas" (to be shot, of a decision put off: "borde skjutas upp"; review139: "sa
  // att han ska skjuta nån på stationen").
  'skjuta',
  // "sniped" (shot in a game) is no typo of "swiped", nor "times" of "tires" (review85: "just got sniped in apex 3 times").
  'sniped', 'times',
  // "marken" (the ground) is no typo of "maken" (the husband; review119: "har tryckt ner min kompis på marken o sparkar på honom").
  'marken',
  // "sålde" (sold) is no typo of "svalde" (swallowed; review124: "Nån sålde tabletter till min son").
  'salde', 'saljer', 'salja',
  // "váldit" (to take: "váldit oktavuođa", to get in touch) is no typo of "váidit" (to report).
  'valdit',
  // "čuoigá" (skis) is no typo of "čuogga" (stabs; review125: "Mu áhkku čuoigá Kurravaara jávrri rastá juohke iđđes").
  'cuoiga', 'cuoigat', 'cuoigan', 'cuoigga',
  // "lagar" (mends; laws) is no typo of "langar" (deals; everyday40: "kan ni skicka nån som lagar gatlampan").
  'lagar', 'laga', 'lagade',
  // "cuvken", "cuvkii" (has broken, broke) are no typos of "cuvke" (breaks, now), which is 112's (review126).
  'cuvken', 'cuvkii',
  // "snores" is no typo of "snöras" (the snowslide's; review127: "Someone in my dorm snores like a murderer").
  'snores', 'snoring',
  // A blast in the mine ("sen är det salva", review89) is no typo of "sälja".
  'salva', 'salvan', 'salvor',
  // "packningen" (the luggage) is no typo of "packad" (drunk; review90: "kör skoter till fjällen med öl i packningen").
  'packning', 'packningen',
  // "skicka bilder" (send pictures, to a grandmother or a club) is no typo of "skickas bilder" (pictures sent around; everyday21).
  'skicka', 'skickar',
  // "smida" (to forge: "smida yxor") is no typo of "smita" (everyday18); Sami "áittis" (in the storehouse) none of
  // "áitta" (a threat).
  'smida', 'smider', 'smidde', 'aittis', 'aiti', 'aitti',
  // "lånar" (borrows) is no typo of "langar" (sells drugs): "behöver man ha egen kniv till kursen eller lånar man?"
  // (everyday32); nor "killer" (a killer view) of "killed".
  'lana', 'lanar', 'lanade', 'lanat', 'killer',
  // "spårar" (tracks) and "sparar" (saves) are no typo of "sparkar" (kicks): "pappa spårar mig med hitta-min-iphone …
  // jag bad honom om det" (everyday34); nor Sami "beanaš" (the dog) of "bearaš" (family).
  'spara', 'sparar', 'sparade', 'sparat', 'beanas', 'beana',
  // "fixing his car" is no typo of "firing" (review115); "rena rånet" (daylight robbery, of a price) none of "raset" (review116).
  'fixing', 'ranet',
  // "byta lås" (change the lock) is no typo of "bryta" (break; review116's lock rule).
  'byta', 'byter', 'bytte',
  // "röstar" (votes) is no typo of "ristar" (cuts): "min morbror röstar tvärtemot mig i allt" (review112).
  'rosta', 'rostar', 'rostade', 'rostat',
  // "riktar sig mot" (is aimed at) is no typo of "ristar sig" (cuts oneself): "Är det sant att drogarbetet särskilt riktar
  // sig mot ungdomar?" (residents46); the promises' own words are "riktade insatser".
  'rikta', 'riktar', 'riktat', 'riktade', 'riktas',
  // "skakad" (shaken) is no typo of "skadad" (hurt): "Jag är fortfarande skakad efter slagsmålet i helgen" (residents44).
  'skakad', 'skakade', 'skakat',
  // "confusing" is no typo of "convulsing" (everyday13).
  'confusing', 'confused',
  // "skadat" (a thing damaged) is no typo of "skadad" (a person hurt): "staketet är skadat" (review72).
  'skadat',
  // "throat" is no typo of "threat" (everyday15: "I've got a sore throat").
  'throat', 'throats',
  // Sami "čuovga" (light) is no typo of "čuogga" (stabs).
  'cuovga', 'cuovgga', 'cuovggat', 'cuovggas',
  // Snowed in is not stolen ("snödd", "snott"): "vägen e igen snöad" (review73).
  'snoad', 'snoat', 'igensnoad', 'insnoad',
  // "vägen" (the road) is no typo of "vargen" (the wolf).
  'vagen', 'vagar', 'vagarna', 'vagens',
  // Sami "bártnit" (boys) is no typo of "bártni" (a son).
  'bartnit', 'bartniid',
  // "bäst" is no typo of "blåst" (scammed); Sami "ovddas" (for) none of "ovddeš" (former) (review75).
  'bast', 'basta', 'ovddas',
  'skjutsa', 'skjutsar', 'skjutsade', 'skjutsat', 'skjuts', 'skjutsen', 'blaste', 'blasten', 'jattevall', 'jattevallen',
  // "springa" (run) is no typo of "spränga" (blow up): "alla barn fick springa ut" at a fire drill (review78); nor is
  // "brann" (burned, told as over) of "brand".
  'springa', 'springer', 'sprang', 'sprungit', 'brann',
  // "ville" (wanted) is no typo of "vilse" (lost): "jag ville ge rätt svar" (everyday17); nor "lång" (long) of
  // "langa" (sell drugs): "resan till Karesuando är ju mördande lång" (review80).
  'ville', 'lang', 'langt', 'langre',
  // "block him" is not "black" (eye), "marked delivered" not "masked", "dörren är bänd" not "brand" (review43).
  'block', 'blocks', 'blocked', 'blocking', 'marked', 'band', 'bande',
  // "ställen" (places) is not "smällen" or "skallen" (everyday7: "Finns det ställen i stan där gatubelysningen släcks?").
  'stallen', 'stallena',
  // "vår infart" (a driveway) is not "infarkt"; "a smashed mirror" is not someone "smashes" (everyday3).
  'infart', 'infarten', 'infarter', 'smashed',
  // "polisen har skött allt" (handled) is not "snott" (stolen; review47's everyday set).
  'skott', 'skotte', 'skotts',
  // "the police wrote" is not "screamed", "40 tries" not "tires" (review47's rules).
  'skrev', 'tries',
  // "starting as a dog sled guide" is not "starving" (review44).
  'starting', 'started',
  // Sami "oahppat" (to learn) is not "oappat" (sisters; everyday5).
  'oahppat',
  // "knockade alla på schackturneringen" is not "krockade", "stuck behind a reindeer herd" not "struck" (review57).
  'knockade', 'knockat', 'knockar', 'stuck',
  // "från början till slut finns dom på nätet" is not "sluta finnas" (residents30); "när det händer" is not "hänger"
  // (everyday9: "Får föräldrar veta i förväg när det händer?").
  'slut', 'hander',
  // "my boyfriend's cooking" is not "choking", "we're hiking" not "hiding" (review64).
  'cooking', 'hiking',
  // "doing" is no typo of "dying": "slicing reindeer meat thin? doing suovas for a dinner party" (review92); "a place"
  // none of "a plate" ("can the library have a place inside to park it?"), Sami "attii" (gave) none of "áitii"
  // (threatened: "Áhkku attii munnje ruđaid riegádanbeaivái", everyday23), nor "snett" (crooked) of "snott" (stolen),
  // nor "granen" (the Christmas tree) of "grannen" (everyday25).
  // "baren" (the bar) none of "baken" (the bottom); "waist" none of "wrist" (review101, a groping rule of its own).
  'baren', 'waist',
  // "skärmar" (screens) none of "skärsår" (cuts): "barnen försvann in i sina skärmar" (review99).
  'skarmar', 'skarmarna', 'skarmen',
  'doing', 'place', 'places', 'snett', 'granen', 'granar', 'granarna', 'julgranen', 'attii', 'addii', 'attiiga', 'addit', 'attit',
  // "snäll" (kind) none of "smäll" (a bang): "Kassörskan på coop var jättesnäll idag" (review104); "slammed" (criticised)
  // none of "scammed": "the new library manager is getting slammed in the comments".
  'snall', 'jattesnall', 'slammed',
  // "hatar" (hates) none of "hotar" (threatens): "dottern hatar skolan, finns kurator?" (everyday2).
  'hatar',
]);
/**
 * A crime said to go on as the writer writes ("det är inbrott i förrådet just nu, jag hör dom bära ut grejer",
 * review56): 112, not the reporting reply. Only these plain words of now; "inte just nu", "not right now" say the
 * opposite.
 */
const VIOLENCE_GOING_ON_PHRASES = [
  'skriker pa hjalp', 'screaming for help', 'pagar fortfarande', 'haller fortfarande pa', 'still going on', 'for an hour now', 'for hours now',
];
/**
 * Shut in from someone as one writes (review62: "har precis slagit sönder dörren till badrummet där jag sitter inlåst
 * med vår son"): going on now, so a crime told with a past verb is not over. (Not "skriker att han ska …", often a
 * threat told as what he does, nor "har gömt mig hos en väninna".)
 */
const SHUT_IN_NOW = ['sitter inlast', 'sitter inlasta', 'locked in the', 'locked in my', 'locked myself', 'hiding in the'];
const CRIME_NOW = asWholeWords([
  'just nu', 'precis nu', 'i detta nu', 'right now', 'as we speak', 'hor dom', 'hor dem', 'i can hear them',
  // The doer still there (review59, review60: "theyre still outside yelling", "sitter och rotar i handskfacket nu").
  'theyre still', 'they are still', 'hes still outside', 'hes still here', 'hes still there', 'still outside', 'rotar i', 'rotar runt',
  'ar fortfarande kvar', 'fortfarande kvar', 'pagar nu', 'hander nu', 'happening now',
  // Seen from the window, or the writer still on the phone with the caller (review116).
  'ser dom fran fonstret', 'ser dem fran fonstret', 'ser honom fran fonstret', 'jag pratar i telefon', 'im on the phone with', 'i am on the phone with',
  // Police asked to come (review112: "kan ni skicka polis?? ngn sprayar hakkors på kyrkan nu").
  'skicka polis', 'skicka hit polis', 'skicka polisen', 'send the police', 'send police', ...VIOLENCE_GOING_ON_PHRASES, ...SHUT_IN_NOW,
  // Outside the house and shouting as one writes (review147: "står utanför vårt hus och skriker").
  'star utanfor vart hus', 'star utanfor huset och', 'star utanfor och skriker',
  // In the car with the drunk driver (review94: "pappa kör hem fulll från krogen nu … jag sitter bak").
  'jag sitter bak', 'jag sitter i bilen', 'vi sitter i bilen', 'sitter i baksatet', 'im in the car', 'i am in the car', 'im in the back seat',
  // On the bus with the drunk driver (review140: "Bussföraren … luktar sprit och kör över mittlinjen hela tiden, vi är typ
  // 15 pers på bussen").
  // … or with children on the back of the snowmobile (review143: "kör skoter full som en kastrull nu med två ungar bakpå").
  'nu med tva', 'nu med ungarna', 'nu med barnen', 'bakpa ut pa isen',
  'pers pa bussen', 'personer pa bussen', 'vi ar pa bussen', 'jag ar pa bussen', 'vi sitter pa bussen', 'jag sitter pa bussen',
  'were on the bus', 'im on the bus', 'i am on the bus', 'we are on the bus',
  // Someone at the door now ("… från banken och ska hämta mitt bankkort … Ska jag öppna?", review59).
  'ska jag oppna', 'should i open',
  // On the phone with the caller as one writes (review97: "mormor sitter i telefon med nån som säger han e från banken").
  'sitter i telefon med', 'pratar i telefon med', 'is on the phone with', 'on the phone with them now', 'on the phone with him now',
  // Still there as one writes (review65: "Min dotters pojkvän är här nu, han skriker och har slagit sönder dörren").
  'ar har nu', 'is here now', 'are here now',
  // Just done, and the doers or a weapon still near (review150: "nån slog precis sönder vårt köksfönster med en sten …
  // barnen skriker", "Nu lyser nån med ficklampa in genom fönstret", "en har nåt som ser ut som en kniv. vi har låst
  // dörren", "han står vid min bil på parkeringen och väntar", "he'll beat it out of me when everyone's asleep").
  'slog precis', 'precis sonder', 'krossade precis', 'har precis krossat', 'har precis slagit', 'just smashed', 'just broke',
  'barnen skriker', 'the kids are screaming', 'nu lyser', 'lyser in genom fonstret', 'vi har last dorren', 'jag har last dorren',
  'weve locked the door', 'we locked the door', 'ive locked the door', 'star vid min bil', 'nar alla sover', 'when everyones asleep',
  // The attacker still there, or lying in wait (review153: "im bleeding a lot and the guy is still standing there shouting";
  // review155: "nu står han ute på parkeringen och väntar på mig när jag slutar").
  'still standing there', 'im bleeding', 'i am bleeding', 'star ute pa parkeringen', 'vantar pa mig nar jag slutar',
  // Turning to do it again (review152: "a pickup drive straight into a group of reindeer … its turning around to do it
  // again", "han vänder och kör igen!!!").
  'turning around to do it again', 'turns around to do it again', 'vander och kor igen', 'vander och kor in igen',
  // A driver all over the road ahead, a car that just slid into people (review157).
  'car in front of me', 'the car in front of me', 'just slid into', 'at least 2 hurt', 'at least two hurt', 'nu satter han sig bakom ratten',
]);
const CRIME_NOT_NOW = asWholeWords([
  'inte just nu', 'int just nu', 'inget jag vet just nu', 'not right now', 'not happening right now', 'isnt happening right now',
  'inget som pagar', 'ingenting som pagar', 'nothing going on', 'nothing is going on', 'nothing happening',
  // The telling is now, not the crime: "kan jag anmäla det just nu på nätet?"
  'anmala just nu', 'anmala det just nu', 'polisanmala just nu', 'polisanmala det just nu', 'report it right now',
  'report this right now', 'file a report right now', 'just nu pa natet', 'right now online',
]);
/**
 * Violence at home heard going on and on, through a wall or from a stairwell (review60: a neighbour "skriker på hjälp",
 * "det har hållit på en halvtimme och pågår fortfarande", "screaming and banging through the wall for an hour now"):
 * 112, not the help for violence in close relationships. ("Right now" alone is not enough: the help for violence at
 * home names 112 first, and the sets accept either there.)
 */
const VIOLENCE_GOING_ON = asWholeWords(VIOLENCE_GOING_ON_PHRASES);

/** Whether the message says, in one of these phrases, that it goes on now, and nothing says it does not. */
function isGoingOnNow(joined: string, saysNow: readonly string[]): boolean {
  return hasAny(joined, saysNow) && !hasAny(joined, CRIME_NOT_NOW) && !hasAny(joined, NO_LONGER_GOING_ON);
}

/**
 * Someone close to the writer (a possessive, then a partner or family member) who harmed the writer, with up to eight
 * words between each part ("min styvpappa kallar mig värdelös varje dag och slog mig med ett bälte i julas", review56).
 * Only asked of a violence told as over (see routeOf), where it decides between the help for violence in close
 * relationships and the reporting reply.
 */
const CLOSE_HARM_TABLE = new CueTable([
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina ${SV_CLOSE}|${SV_HOME} ${SV_HARM} mig|oss`, gap: 8, unless: [...SV_IN_GENERAL, ...SV_PLAY, ...SV_IF] },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} ${EN_HARM} me|us`, gap: 8, unless: [...EN_IN_GENERAL, ...EN_PLAY, ...EN_IF, 'to disown', 'disown me'] },
  // Told of someone else by a professional or a friend (review58: "sa till slut att sambon slog henne förra veckan").
  { kind: 'domestic', lang: 'sv', cue: `${SV_HER_PARTNER}|exet|flickvannen|frun|hans+fru|hans+sambo|sin+fru ${SV_HARM} henne|honom`, gap: 8, unless: [...SV_IN_GENERAL, ...SV_PLAY, ...SV_IF] },
  { kind: 'domestic', lang: 'en', cue: `her|his|their ${EN_CLOSE} ${EN_HARM} her|him|them`, gap: 8, unless: [...EN_IN_GENERAL, ...EN_PLAY, ...EN_IF] },
  { kind: 'domestic', lang: 'en', cue: `wife|husband|girlfriend|boyfriend|partner he|she ${EN_HARM} her|him`, gap: 8, unless: [...EN_IN_GENERAL, ...EN_PLAY, ...EN_IF, ...EN_HEAD_KNOCKS] },
  // A partner named without "my" (review67: "boyfriend hit me last night").
  { kind: 'domestic', lang: 'en', cue: `boyfriend|girlfriend|husband|wife|partner|ex|bf|gf|fiance ${EN_HARM} me|us`, gap: 8, unless: [...EN_IN_GENERAL, ...EN_PLAY, ...EN_IF] },
  // Hit again and again by "him", said as a partner's promise or a count (review66: "last night he hit me. he says it
  // won't happen again. it's the third time").
  { kind: 'domestic', lang: 'en', cue: `he|she ${EN_HARM} me again|third+time|second+time|every+time|wont+happen+again|never+happen+again`, gap: 12, unless: [...EN_IN_GENERAL, ...EN_PLAY, ...EN_IF] },
  { kind: 'domestic', lang: 'sv', cue: `han|hon ${SV_HARM} mig igen|tredje+gangen|andra+gangen|tva+ganger|flera+ganger|manga+ganger|varje+gang|inte+ska+handa+igen|aldrig+ska+handa+igen`, gap: 12, unless: [...SV_IN_GENERAL, ...SV_PLAY, ...SV_IF] },
  // Sami (review63: "Mu ex áitá mu juohke ija sms:iin"; a draft).
  { kind: 'domestic', lang: 'se', cue: `mu ${SE_CLOSE}|ex ${SE_HARM} mu|munnje`, gap: 3, unless: [...SE_GENERAL, ...SE_PLAY, ...SE_FOLLOWING_HARMLESS] },
], { gap: 8, wordCacheLimit: 2_000, notTypos: NOT_TYPOS });

const TABLE = new CueTable(RULES.map((rule) => withOptionalArticles(withIdioms(rule))), { gap: 3, wordCacheLimit: 20_000, notTypos: NOT_TYPOS });
/**
 * The suicide rules alone, asked again when a message's first match is a crime to report: a life at risk comes before
 * the crime told with it, wherever the two rules stand in RULES (review112: "min kompis skrev att hon ska ta livet av
 * sig ikväll efter allt hat hon fått på tiktok för att hon e same" matched the rule on hate for being Sami first).
 */
/** Told by someone else to kill oneself: a crime to report, not the writer's or a friend's own wish (review103). */
const TOLD_TO_KILL_ONESELF = asWholeWords(['sa at', 'sade at', 'sager at', 'skrev at', 'skrev till', 'att jag borde', 'att hon borde', 'att han borde',
  'att du borde', 'att jag ska', 'told me to', 'told her to', 'told him to', 'told them to', 'tells me to', 'said i should', 'said she should',
  'said he should', 'wrote that i should', 'ahte galggan', 'ahte galgat', 'ahte galgga']);
const SUICIDE_TABLE = new CueTable(RULES.filter((rule) => rule.kind === 'suicide').map((rule) => withOptionalArticles(withIdioms(rule))), { gap: 3, wordCacheLimit: 2_000, notTypos: NOT_TYPOS });

/** The first letters of the typo-matched cries: a word that cannot match them (firstLettersToMatch) needs no comparison. */
const HELP_CORE_FUZZY_LETTERS = new Set(HELP_CORE_FUZZY.map(([pattern]) => pattern[0]!));

function findHelpCore(word: string): Lang | undefined {
  const exact = HELP_CORE.get(word);
  if (exact || !hasFirstLetterIn(word, HELP_CORE_FUZZY_LETTERS)) return exact;
  for (let i = 0; i < HELP_CORE_FUZZY.length; i++) if (isWordMatch(word, HELP_CORE_FUZZY[i]![0])) return HELP_CORE_FUZZY[i]![1];
  return undefined;
}

/**
 * The emergency services, said with a cry for help ("hjälp polis", "help police!") or after a word of calling ("ring
 * polisen", "call an ambulance", "riŋge 112"). A service alone ("polisen?") is a search for the police's entry.
 */
const HELP_SERVICES = new Set(['polis', 'polisen', 'snuten', 'police', 'cops', 'ambulans', 'ambulansen', 'ambulance', 'brandkaren',
  'raddningstjansten', 'fire', 'brigade', 'politiija', 'politiijat', 'politiijaid', 'politiijaide', 'ambulansa', '112']);
/** Calling, as one tells someone else to ("ring", "call"; Sami "riŋge", a draft). */
const CALL_VERBS = new Map<string, Lang>([['ring', 'sv'], ['call', 'en'], ['phone', 'en'], ['get', 'en'], ['ringe', 'se'], ['ringet', 'se']]);
/** Fillers that make a call the writer's own question: "can I call the police", "ska jag ringa", "kan man". */
const ASKING_WHO_CALLS = new Set(['i', 'jag', 'ja', 'can', 'kan', 'should', 'ska', 'to', 'do', 'we', 'vi', 'could', 'would', 'must', 'maste', 'need', 'behover', 'vill', 'want']);

/** A cry for help with a few more words around it ("is anyone there i need help"). */
const HELP_CRY_MAX_WORDS = 12;

/** Words that say where ("HJÄLP vi e på Lombolo", "help!! we're at the campsite in Abisko"): a place may follow them. */
const HELP_WHERE = new Set(['pa', 'vid', 'utanfor', 'nara', 'at', 'near', 'outside', 'lahka']);
/** Not a place: asking for help in a language or with homework ("hjälp på svenska", "help at maths"). */
const HELP_NOT_PLACE = new Set(['svenska', 'engelska', 'samiska', 'finska', 'english', 'swedish', 'sami', 'finnish', 'samegillii', 'matte', 'math', 'maths', 'laxan', 'laxorna', 'homework']);
const HELP_PLACE_MAX_WORDS = 3;

/** Runs of single letters joined into one word: "s o s", "h j ä l p". The words themselves when none is one letter. */
function joinSpeltLetters(words: readonly string[]): readonly string[] {
  let hasLetter = false;
  for (let i = 0; i < words.length && !hasLetter; i++) hasLetter = words[i]!.length === 1;
  if (!hasLetter) return words;
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    // splitWords reads a lone "o" as "och" (chat for "and"); between single letters it is the letter.
    // splitWords also reads a lone "e" as "är".
    if ((word.length === 1 && /\p{L}/u.test(word)) || ((word === 'och' || word === 'ar') && run.length > 0)) {
      run += word === 'och' ? 'o' : word === 'ar' ? 'e' : word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Whole messages of panic with no word of help (review126: "kom fort", "han e här", "come quick", "hes here", and in
 * drafts "boade jodanit", "son lea dáppe"): the line for a cry for help, which names 112 first. Only the message as a
 * whole, with at most a "nu", "snälla" or "please" after it, so that "svaret kom fort" or "han är här på besök" is not one.
 */
const PANIC_MESSAGES: ReadonlyMap<string, Lang> = new Map([
  ...['kom fort', 'kom hit fort', 'kom snabbt', 'kom hit snabbt', 'han ar har', 'hon ar har', 'dom ar har', 'de ar har', 'han ar har igen'].map((phrase) => [phrase, 'sv'] as const),
  ...['come quick', 'come quickly', 'come fast', 'hes here', 'he is here', 'shes here', 'she is here', 'theyre here', 'they are here', 'hes here again'].map((phrase) => [phrase, 'en'] as const),
  ...['boade jodanit', 'boade johtilit', 'boahte jodanit', 'boahte johtilit', 'son lea dappe', 'sii leat dappe'].map((phrase) => [phrase, 'se'] as const),
]);
const PANIC_TRAILING = new Set(['nu', 'snalla', 'please', 'pls', 'plz', 'now', 'dal', 'hjalp', 'help', 'veahket']);

function panicMessageLang(words: readonly string[]): Lang | undefined {
  let end = words.length;
  while (end > 0 && PANIC_TRAILING.has(words[end - 1]!)) end--;
  return end > 0 && end <= 5 ? PANIC_MESSAGES.get(words.slice(0, end).join(' ')) : undefined;
}

function detectHelpCry(allWords: readonly string[]): SafetyMatch | null {
  if (allWords.length === 0) return null;
  const words = joinSpeltLetters(allWords);
  if (words.length > HELP_CRY_MAX_WORDS) return null;
  const panic = panicMessageLang(words);
  if (panic) return { kind: 'help', lang: panic };
  let lang: Lang | undefined;
  let placeWords = -1; // -1 until a word of where; then the place's words so far
  let service = false;
  let callLang: Lang | undefined;
  let asking = false;
  for (const typed of words) {
    // A letter held down: "HJÄLPPP", "heeelp"; for the cry itself also a letter typed twice and one left out ("hjlpp").
    const word = hasRepeat(typed, 3) ? typed.replace(/(.)\1{2,}/g, '$1') : typed;
    const core = findHelpCore(word) ?? (hasRepeat(word, 2) ? findHelpCore(word.replace(/(.)\1/g, '$1')) : undefined);
    if (core) lang ??= core;
    else if (HELP_SERVICES.has(word)) service = true;
    else if (CALL_VERBS.has(word)) callLang ??= asking ? undefined : CALL_VERBS.get(word);
    else if (HELP_WHERE.has(word)) placeWords = 0;
    else if (HELP_FILLER.has(word)) asking ||= ASKING_WHO_CALLS.has(word);
    else if (placeWords >= 0 && placeWords < HELP_PLACE_MAX_WORDS && !HELP_NOT_PLACE.has(word)) placeWords++;
    else return null;
  }
  // "ring polisen!", "someone call an ambulance", "hjälp ring 112": a call for the police or an ambulance, told to
  // whoever reads it, is 112's (not "can I call the police", where the writer asks).
  if (service && callLang) return { kind: 'emergency', lang: lang ?? callLang };
  if (lang) return { kind: 'help', lang };
  // A plea with no word of help, only fillers: "snälla nån", "please someone".
  const plea = PLEAS.find(([pleading, someone]) => words.includes(pleading) && words.some((word) => someone.has(word)));
  return plea && words.every((word) => HELP_FILLER.has(word)) ? { kind: 'help', lang: plea[2] } : null;
}

const PLEAS: ReadonlyArray<readonly [string, ReadonlySet<string>, Lang]> = [
  ['snalla', new Set(['nan', 'nagon']), 'sv'],
  ['please', new Set(['someone', 'somebody', 'anyone', 'anybody']), 'en'],
];

/**
 * Returns the most serious safety route the message calls for, or null for an ordinary message: the rules first, then,
 * when no rule matched, the classifier's second opinion (guessSafety.ts).
 */
export function detectSafety(text: string, given: readonly string[] = splitWords(text)): SafetyMatch | null {
  return check(text, given, true);
}

/** The rules alone, without the classifier: for the tests that hold the rules to their own cases. */
export function detectSafetyByRules(text: string, given: readonly string[] = splitWords(text)): SafetyMatch | null {
  return check(text, given, false);
}

function check(text: string, given: readonly string[], mayGuess: boolean): SafetyMatch | null {
  if (given.length === 0) return null;
  // "lol not a joke, the pan caught fire": a nervous laugh; the words and emoji of joking do not count then.
  const givenJoined = ` ${given.join(' ')} `;
  const notJoking = hasAny(givenJoined, NOT_JOKING) || isThreatToLife(given);
  // An idiom the writer says is meant is read as said (review66: "skjut mig nu säger jag ju på skämt hela tiden men
  // ibland menar jag det faktiskt").
  const idiomFree = withoutIdioms(given);
  const plain = hasAny(givenJoined, MEANT_SERIOUSLY) ? given : idiomFree;
  if (plain.length === 0) return null;
  const words = notJoking ? plain.filter((word) => !JOKING_SINGLE_WORDS.has(word)) : plain;
  // The words searched for phrases, joined once for the checks below.
  const joined = words === given ? givenJoined : ` ${words.join(' ')} `;
  // RULES are ordered by severity, so the first rule that matches is the route.
  const first = TABLE.find(words) ?? findInParts(text, idiomFree, words, joined) ?? findBeforeQuestion(text) ?? findAfterWorkQuestion(text) ?? findAfterQuestion(text, joined);
  const rule = first?.kind === 'report' && !hasAny(joined, TOLD_TO_KILL_ONESELF) ? SUICIDE_TABLE.find(words) ?? first : first;
  if (rule) return routeOf(rule, text, words, notJoking);
  const found = detectHelpCry(words) ?? detectDangerNow(notJoking ? words.join(' ') : text, words, joined);
  if (found) return found;
  if (!mayGuess) return null;
  // No rule matched: the classifier's second opinion, held to the same checks as a rule's match (a laughing emoji, a
  // crime long ago, a question about a word), and, as a weaker sign than a rule, not said in jest ("lol", "haha").
  const guess = guessSafety(words);
  if (!guess || (!notJoking && words.some((word) => JOKING_WORD_SET.has(word))) || hasAny(joined, NOT_YET_HARM) || hasAny(joined, NO_GUESS_BESIDE)) return null;
  return routeOf({ ...guess, jokeable: true }, text, words, notJoking);
}

/** The route for a match, unless what the message says of jest, time or wording rules it out. */
function routeOf(
  rule: Pick<Rule, 'kind' | 'lang' | 'jokeable' | 'reportWhenOver'>,
  text: string,
  words: readonly string[],
  notJoking: boolean,
): SafetyMatch | null {
  if ((rule.jokeable || rule.kind === 'report') && !notJoking && LAUGHING.test(text)) return null;
  // Someone close who "will kill" or "threatens" one, told with tears of laughter (everyday61: "Mu eamit goddá mu 😂 go
  // fas vajálduhtten bidjat ruskalihti olggos", "My partner threatens to lock me out if I track snow in one more time
  // 😂"). Only these emoji: an upside-down smile (🙃) often hides what is real ("lol my gf threw a plate at me again 🙃").
  if (rule.kind === 'domestic' && !notJoking && LAUGHING_OUT_LOUD.test(text)) return null;
  if (rule.jokeable && rule.kind !== 'report' && !notJoking && EYE_ROLL.test(text)) return null;
  // The message as one string of whole words, searched for the phrases below (built once, and only for a match).
  const joined = ` ${words.join(' ')} `;
  // Nothing happened (yet), unless the writer wants to report it all the same (review150: a journalist whose address was
  // posted with "här bor förrädaren": "Inget har hänt än men jag vill göra en anmälan").
  if (rule.kind === 'report' && hasAny(joined, NOTHING_HAPPENED) && !hasAny(joined, WANTS_TO_REPORT_MYSELF)) return null;
  // A scare the writer takes back, in any sentence of the message (everyday58: "Jag hörde skott i natt!! Eller... det var
  // fyrverkerier"): not for suicide, as everywhere.
  if (rule.kind !== 'suicide' && hasAny(joined, TAKEN_BACK) && !(hasAny(joined, BUT_NOW) && !hasAny(joined, BUT_NOW_ASKS))) return null;
  const over = rule.reportWhenOver && isToldAsOver(joined);
  // Violence told as over by someone close to the writer, said further apart than the domestic cues allow: the help for
  // violence in close relationships, not the reporting reply (unless the writer asks to report it).
  const asksToReport = hasAny(joined, TOLD_TO_REPORT_WORDS) && !hasAny(joined, NOT_TO_REPORT);
  const isCloseHarm = over && !asksToReport && CLOSE_HARM_TABLE.find(words) !== undefined;
  // A crime to report going on now, or violence at home heard going on and on: 112 first.
  const isNow = rule.kind === 'report' ? isGoingOnNow(joined, CRIME_NOW) : rule.kind === 'domestic' && isGoingOnNow(joined, VIOLENCE_GOING_ON);
  // Harm by someone close to the writer, matched first by a rule for harm by anyone, with nothing said to go on now: the
  // help for violence at home, whose reply names 112 first ("Min sambo kontrollerar allt jag gör och har slagit mig. Vem
  // kan jag prata med?", residents49; 11 labelled messages better, none worse).
  const byClose = !over && rule.kind === 'emergency' && !isGoingOnNow(joined, CRIME_NOW) && CLOSE_HARM_TABLE.find(words) !== undefined;
  const kind = over ? (isCloseHarm ? 'domestic' : 'report') : isNow ? 'emergency' : byClose ? 'domestic' : rule.kind;
  // Reported already, and over ("det är anmält och polisen har varit här"): the question is about something else.
  if (kind === 'report' && hasAny(joined, ALREADY_REPORTED) && !hasAny(joined, KEEPS_ON) && !hasAny(joined, MORE_TO_TELL)) return null;
  // A matter told as closed (thanks for help given, the thieves caught, everyone fine, all legal), and nothing said to
  // go on: no alarm. Not for suicide, where "I'm fine now" is no reason to hold back a helpline.
  // A collision with game or reindeer is to be reported even when no one was hurt; a near miss is not a collision.
  // Unless the writer asks to report it all the same (review65: "jag har fått tillbaka kontot men vill göra en polisanmälan").
  if (kind !== 'suicide' && hasAny(joined, CLOSED_MATTER) && !hasAny(joined, KEEPS_ON) && !hasAny(joined, OPEN_NOW) && !(kind === 'report' && hasAny(joined, WANTS_TO_REPORT_STILL)) && (!hasAny(joined, GAME_HIT) || hasAny(joined, NEAR_MISS))) return null;
  // A near miss with nobody hurt, nothing said to go on now ("höll på att krocka igen i dag. Ingen skadades.").
  if (kind !== 'suicide' && hasAny(joined, NEAR_MISS) && hasAny(joined, NO_ONE_HURT) && !hasAny(joined, STILL_GOING_ON) && !hasAny(joined, OPEN_NOW)) return null;
  // A crime decades back told as history ("på 1960-talet stals många renar"): no reply about reporting, unless asked.
  if (rule.kind === 'report' && isLongOver(joined) && !hasAny(joined, TOLD_TO_REPORT_WORDS)) return null;
  if ((rule.kind === 'domestic' || rule.kind === 'emergency') && isLongOver(joined)) {
    // Violence or an accident decades ago: no alarm, or the reporting reply when the resident asks to report it.
    return hasAny(joined, TOLD_TO_REPORT_WORDS) ? { kind: 'report', lang: rule.lang } : null;
  }
  if (isAboutWording(joined)) return null;
  return { kind, lang: rule.lang };
}

/**
 * Danger told in passing after something else ("what time does the aurora bus leave? also theres a guy lying in the
 * snow…"): the cues' `unless` phrases that mark a question about the work ("does the", "hur många") belong to the
 * sentence they are in, so each sentence of a longer message is also tried on its own. What the whole message says
 * of time ("last week", "nu") still decides the route afterwards.
 */
const PART_BREAK = /[!?;\n]+|[.:]+(?=\s|$)|,?\s+(?:also|btw|by the way|förresten|forresten|dessutom|och så|men|but)\s+/iu;

/** A question about the work or about how often, anywhere in the message, keeps it whole ("Hur många olyckor …? Känns som det smäller där varje vecka"). */
const PARTS_KEPT_WHOLE = asWholeWords([
  // What a promise covers, asked across an "also" (review148: "Does the citizen promise on violence in close
  // relationships also cover elderly people abused by their children?").
  'also cover', 'also covers', 'also include', 'also includes', 'also apply to', 'also applies to',
  // Play, told after a word of fighting (review88: "there was a 'fight' at school but it was two boys wrestling for fun").
  'wrestling for fun', 'play fight', 'play fighting', 'play wrestling',
  'hur manga', 'hur vanligt', 'hur ofta', 'statistik', 'varfor', 'how many', 'how common', 'how often', 'statistics', 'why',
  // What a first-aid course teaches (review79: "a first aid course for our tour guides: hypothermia, avalanche burial,
  // someone going through the ice").
  'first aid course', 'first aid training', 'forsta hjalpen kurs', 'kurs i forsta hjalpen',
  // A correction in the next sentence ("My snowmobile crashed... the app, I mean").
  'i mean', 'jag menar', 'menar jag',
  // No harm done, said of the whole mishap ("blev bråk på middagen men alla överlevde").
  ...SV_NO_HARM_DONE,
  // A question about the work ("Hur jobbar ni med stugor nu enligt löftena?").
  'hur jobbar ni', 'hur arbetar ni', 'enligt loftena', 'i loftena', 'jobbar polisen', 'arbetar polisen', 'jobbar kommunen',
  // The mine's nightly blasting, told in one sentence and asked about in the next.
  'lkab', 'gruvan', 'sprangningar', 'sprangningarna', 'sprangningen',
  'does the police', 'do the police', 'do police',
  ...ABOUT_THE_TOPIC, ...FICTION, ...SE_GENERAL,
]);

/** A sentence that names the promises is about the work ("Ni skriver om hat och hot i medborgarlöftet."). */
function isAboutThePromises(word: string): boolean {
  return /^(medborgarloft|loftet|loftena|promise|lohpadus)/.test(word);
}

const PART_BREAKS = new RegExp(PART_BREAK.source, 'giu');
/** Sticky: tried at a part's end (lastIndex), without cutting the rest of the message out of it. */
const QUESTION_MARK_NEXT = /[^\p{L}\p{N}]*\?/uy;

interface Part {
  text: string;
  /** Whether a question mark comes after the part before any letter or digit: the part is (the end of) a question. */
  isQuestion: boolean;
}

/** The length of a message without the breaks (see PART_BREAK) and white space it ends with. */
function lengthWithoutEndingBreaks(text: string): number {
  let end = text.length;
  while (end > 0 && ENDING_BREAK.test(text[end - 1]!)) end--;
  return end;
}
const ENDING_BREAK = /^[\s!?;.:]$/u;

/** The message cut at PART_BREAK, each part with whether it is asked as a question. */
function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const found of text.matchAll(PART_BREAKS)) {
    QUESTION_MARK_NEXT.lastIndex = found.index;
    parts.push({ text: text.slice(from, found.index), isQuestion: QUESTION_MARK_NEXT.test(text) });
    from = found.index + found[0].length;
  }
  parts.push({ text: text.slice(from), isQuestion: false });
  return parts;
}

/**
 * `idiomFree`: the message's words without idioms (plainWords of the whole text); `words`: as the rules read them
 * (check); `joined`: `words` joined and padded (see hasAny).
 */
function findInParts(text: string, idiomFree: readonly string[], words: readonly string[], joined: string): Rule | undefined {
  const firstBreak = PART_BREAK.exec(text);
  if (!firstBreak) return undefined;
  // One part and only breaks after it ("Vad gör polisen?", most messages): the part has the message's words, and a
  // part with all the words is not tried again (below). Spares cutting the message and splitting its part again.
  if (firstBreak.index >= lengthWithoutEndingBreaks(text) && idiomFree.length === words.length) return undefined;
  const parts = splitParts(text);
  if (hasAny(joined, PARTS_KEPT_WHOLE)) return undefined;
  const givesReason = hasAny(joined, ASKING_FOR_MYSELF);
  for (let i = 0; i < parts.length; i++) {
    const written = plainWords(parts[i]!.text);
    // "Jag frågar för att …": what follows is the situation (see ASKING_FOR_MYSELF).
    const partWords = (givesReason ? wordsAfterReason(written) : undefined) ?? written;
    if (partWords.length === 0 || written.length === words.length || partWords.some(isAboutThePromises)) continue;
    const rule = TABLE.find(partWords);
    if (rule && !isExceptedLater(rule, parts, i)) return rule;
  }
  return undefined;
}

/**
 * Whether a statement after a part says what the part's rule makes an exception for (everyday9: "Vi körde fast med
 * bilen i snödrivan men en traktor drog upp oss på fem minuter"): a rule's exceptions are otherwise only asked of the
 * part it matched. Not for suicide (as in routeOf), nor for a crime that is still one to report when over ("… kört
 * sönder vår brevlåda … Ingen är skadad", review60), and not from a question after it ("Vart vänder jag mig med det?",
 * "Anyway, is there any support in town?"): a question is what the resident asks about the danger, not that it is over.
 */
function isExceptedLater(rule: Rule, parts: readonly Part[], index: number): boolean {
  if (!rule.unless || rule.kind === 'suicide' || rule.reportWhenOver || index + 1 >= parts.length) return false;
  const statements = parts.slice(index + 1).filter((part) => !part.isQuestion).map((part) => plainWords(part.text).join(' '));
  const later = ` ${statements.join(' ')} `;
  return rule.unless.some((phrase) => later.includes(` ${phrase} `));
}

/**
 * A question first and what is happening after it (review51: "hur funkar de me medborgarlöften egentligen? å förresten
 * nån krossa rutan på bilen i natt", "what does the promise say about hate crime? asking bc someone spray painted a slur
 * on our sami flag last night", "kan man ringa 112 om nån kör rattfull? han kör i diket … typ nu"). The question's
 * words keep the whole message from an alarm, and findInParts keeps such a message whole, so a later part is also tried
 * on its own — only when it says when: now or in the last day ("nu", "i natt", "igår", "last night"), and it is not
 * itself about the promises or how often something happens ("Hur många olyckor …? Det smäller där varje vecka" stays
 * a question). The whole message still decides afterwards what is over or a joke.
 */
const NOW_OR_LAST_DAY = asWholeWords([
  'nu', 'just nu', 'nyss', 'precis nu', 'i natt', 'inatt', 'i kvall', 'ikvall', 'igar', 'i gar', 'i morse', 'idag', 'i dag', 'pavag', 'pa vag',
  'now', 'right now', 'rn', 'just now', 'tonight', 'last night', 'yesterday', 'this morning', 'today', 'has just', 'have just', 'just been',
  'dal', 'ikte', 'otne',
]);

/**
 * The writer says the question is asked for their own situation (review54: "What does the police do about violence in
 * close relationships? I ask because my partner pushes me and broke my phone two times this month"): what follows is
 * tried on its own, as a part that says when is, and with the classifier too.
 */
const ASKING_FOR_MYSELF = asWholeWords([
  'i ask because', 'im asking because', 'i am asking because', 'asking because', 'the reason i ask', 'reason i am asking',
  'jag fragar for att', 'jag fragar eftersom', 'fragar for att', 'fragar eftersom', 'anledningen till att jag fragar',
  'jag undrar for att', 'jag undrar eftersom',
]);

const ASKING_FOR_MYSELF_WORDS = ASKING_FOR_MYSELF.map((phrase) => phrase.trim().split(' '));

/** The words after the first ASKING_FOR_MYSELF phrase, or undefined when there is none. */
function wordsAfterReason(words: readonly string[]): readonly string[] | undefined {
  for (const wanted of ASKING_FOR_MYSELF_WORDS) {
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (isPhraseAt(words, i, wanted)) return words.slice(i + wanted.length);
    }
  }
  return undefined;
}

/** Whether the words from position `at` on begin with the phrase's words. */
function isPhraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** `whole`: the message's words as the rules read them, joined and padded (see hasAny). */
function findAfterQuestion(text: string, whole: string): Rule | undefined {
  // Most messages say no such time: they are not cut into parts at all. And a message findInParts did not keep whole
  // has had each of its parts tried already.
  if (!(hasAny(whole, NOW_OR_LAST_DAY) || hasAny(whole, ASKING_FOR_MYSELF)) || !hasAny(whole, PARTS_KEPT_WHOLE)) return undefined;
  const parts = splitParts(text);
  for (let i = 1; i < parts.length; i++) {
    const written = plainWords(parts[i]!.text);
    if (written.length === 0) continue;
    // "jag frågar för att …" itself reads as a general question to the cues' exceptions: only what follows it counts.
    const after = wordsAfterReason(written);
    const part = after ?? written;
    const joined = ` ${part.join(' ')} `;
    const saysWhen = hasAny(joined, NOW_OR_LAST_DAY) || after !== undefined;
    if (part.length === 0 || !saysWhen || hasAny(joined, PARTS_KEPT_WHOLE) || part.some(isAboutThePromises)) continue;
    const rule = TABLE.find(part);
    if (rule) return rule;
    // Told as one's own reason for asking, the situation also gets the classifier's opinion, as a message of its own
    // would (the rules above are not told that the words before them were a question), held to the same checks as
    // there: not said in jest, not harm that has not happened yet.
    const guess = after === undefined || part.some((word) => JOKING_WORD_SET.has(word)) || hasAny(joined, NOT_YET_HARM) ? null : guessSafety(part);
    if (guess) return { ...guess, cue: '', jokeable: true };
  }
  return undefined;
}

/**
 * Danger told first and a question about the work after it, in anger or despair: "han hotar att döda mig, vad gör ni",
 * "my neighbour is beating his wife right now, what do you do about that". The question's words ("vad gör ni", "what
 * do you") are what marks a general question elsewhere, and they kept the whole message from an alarm. When the last
 * clause (after the last comma or sentence end) asks such a question and what comes before it is, on its own, danger,
 * violence at home or suicide, that is the route. Only those kinds: a crime to report told so ("cykeln blev stulen,
 * vad gör ni åt sånt?") is as often a complaint about the work. What the words before say themselves ("om någon
 * slår…", "igår") still counts, and the whole message still decides what is over or a joke afterwards.
 */
const WORK_QUESTIONS = asWholeWords([
  'vad gor ni', 'vad gor polisen', 'vad gor kommunen', 'vad gor man', 'vad tanker ni gora', 'vad ska ni gora', 'varfor gor ni inget',
  'what do you', 'what are you', 'what does the', 'what do the', 'what will you', 'what is being done', 'why dont you',
  'maid dii dahkabehtet', 'maid politiija dahka',
]);
const URGENT_KINDS: ReadonlySet<SafetyKind> = new Set<SafetyKind>(['emergency', 'domestic', 'suicide']);

const CLAUSE_BREAKS = /[,.!?;:\n]+/g;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function findBeforeQuestion(text: string): Rule | undefined {
  // The last comma or sentence end with words after it.
  let lastLetter = text.length - 1;
  while (lastLetter >= 0 && !LETTER_OR_DIGIT.test(text[lastLetter]!)) lastLetter--;
  let cut = -1;
  let after = -1;
  for (const found of text.matchAll(CLAUSE_BREAKS)) {
    const end = found.index + found[0].length;
    if (end > lastLetter) break;
    cut = found.index;
    after = end;
  }
  if (cut < 0) return undefined;
  const question = plainWords(text.slice(after));
  if (question.length === 0 || !hasAny(` ${question.join(' ')} `, WORK_QUESTIONS)) return undefined;
  const told = plainWords(text.slice(0, cut));
  if (told.length === 0) return undefined;
  const rule = TABLE.find(told);
  return rule && URGENT_KINDS.has(rule.kind) ? rule : undefined;
}

/**
 * The mirror of findBeforeQuestion: a short question about the work first and danger after the first comma ("vad gör
 * polisen, min granne slår sin fru just nu"). The question's words kept the whole message from an alarm, and a comma is
 * no PART_BREAK. Only urgent kinds, as there; the whole message still decides afterwards what is over or a joke.
 */
function findAfterWorkQuestion(text: string): Rule | undefined {
  const comma = text.indexOf(',');
  if (comma < 0) return undefined;
  const asked = plainWords(text.slice(0, comma));
  if (asked.length === 0 || asked.length > 6 || !hasAny(` ${asked.join(' ')} `, WORK_QUESTIONS)) return undefined;
  const told = plainWords(text.slice(comma + 1));
  if (told.length < 3) return undefined;
  const rule = TABLE.find(told);
  return rule && URGENT_KINDS.has(rule.kind) ? rule : undefined;
}

/**
 * The last net, for danger told in words no rule has: a word of serious harm (blood, a knife, fire, not breathing,
 * can't move) together with a word that places it now ("nu", "precis", "right now", "still", "dál"), in a message
 * that is not a question about the work, a story, a joke or told as over. Cues are ordered word pairs; this is two
 * kinds of word anywhere in a short message, so it catches more and is held back more (see DANGER_NOW_SKIP). Only
 * reached when no rule matched.
 */
const DANGER_WORDS = {
  sv: wordMatcher([
  'blod', 'blodet', 'bloder', 'blodar', 'blodde', 'sprutar', 'medvetslos*', 'andas', 'andning*', 'kniv', 'kniven', 'knivar',
  'pistol*', 'gevar*', 'bossa', 'bossan', 'vapen', 'vapnet', 'skjuter', 'skot', 'skott', 'skotten', 'brinner', 'brinna',
  'brann', 'brand', 'branden', 'lagor', 'lagorna', 'roken', 'drunknar', 'drunkna', 'sjunker', 'rasade', 'rasat', 'raset',
  'klamd', 'fastklamd', 'krakts', 'kraks', 'krakas', 'kramp*', 'vacka', 'vaken', 'rora', 'ror sig', 'luft', 'sludder',
  'overdos*', 'ramlat', 'ramlade', 'ramlar', 'foll', 'fallit', 'kommer inte upp', 'kan inte resa', 'svimmat', 'svimmade',
  'hjartat', 'brostet', 'blaljus', 'spricker', 'spricka', 'sprack', 'spruckit', 'brister', 'isflak', 'isflaket',
  ]),
  en: wordMatcher([
  'blood', 'bleeding', 'bleeds', 'unconscious', 'breathing', 'breathe', 'knife', 'knives', 'gun', 'guns', 'pistol',
  'rifle', 'shotgun', 'shot', 'shooting', 'shoots', 'fired', 'fire', 'flames', 'smoke', 'smoking', 'burning', 'drowning',
  'drown', 'sinking', 'cracking', 'collapsed', 'collapse', 'trapped', 'crushed', 'vomiting', 'vomit', 'seizure', 'overdose',
  'overdosed', 'fell', 'fallen', 'slurring', 'droopy', 'numb', 'unresponsive', 'frostbite', 'hypothermia', 'passed out',
  'wont wake', 'cant feel', 'cant move', 'cant breathe', 'chest',
  ]),
  se: wordMatcher([
  'varra', 'varrugoahta', 'buolla', 'niibi', 'niibbiin', 'bissu', 'bissuin', 'gahcai', 'ii lihkat', 'vuoigna',
  'vuoinna', 'heaggavaralas',
  ]),
};
/** Harm told in the present, which is itself "now": "det sprutar blod", "the ice is cracking", "buollá". */
const ONGOING_DANGER = wordMatcher([
  'bloder', 'blodar', 'sprutar', 'brinner', 'drunknar', 'sjunker', 'kraks', 'krampar', 'andas inte', 'ror sig inte',
  'svarar inte', 'spricker', 'brister', 'borjat spricka', 'bleeding', 'burning', 'drowning', 'sinking', 'cracking', 'vomiting', 'not breathing', 'isnt breathing',
  'not moving', 'isnt moving', 'not responding', 'buolla', 'ii vuoigna', 'ii lihkat',
]);
const NOW_WORDS = wordMatcher([
  'nu', 'just nu', 'precis', 'pagar', 'kvar', 'fortfarande', 'pa vag', 'snabbt', 'fort', 'now', 'rn', 'right now', 'just',
  'still', 'currently', 'hurry', 'quick', 'asap', 'dal', 'dal juste', 'johtilit', 'jodanis',
]);
/** Nobody hurt, said outright (with NEAR_MISS: no alarm, see routeOf). */
const NO_ONE_HURT = asWholeWords([
  'nobody hurt', 'no one hurt', 'nobody got hurt', 'no one got hurt', 'nobody was hurt', 'no one was hurt', 'ingen skadades',
  'ingen skadad', 'ingen ar skadad', 'ingen blev skadad', 'gick bra', 'det gick bra',
]);
/** No collision, only nearly (with GAME_HIT: nothing to report, see routeOf). */
const NEAR_MISS = asWholeWords(['almost hit', 'nearly hit', 'almost crashed', 'nearly crashed', 'holl pa att krocka', 'holl pa att kora pa', 'nastan krockade', 'nastan korde pa', 'korde nastan pa', 'var nara att krocka', 'nara att kora pa']);
/** The writer, in the first person, wants to report (not "hur gör man om man vill anmäla", asked in general). */
const WANTS_TO_REPORT_MYSELF = asWholeWords([
  'jag vill gora en anmalan', 'jag vill gora en polisanmalan', 'jag vill anmala', 'vi vill anmala', 'vi vill gora en anmalan',
  'i want to report', 'i still want to report', 'i want to file a report', 'i want to make a report', 'we want to report',
  // review183: "I'd like to report a hit and run from last Saturday … Nobody was hurt."
  'id like to report', 'i would like to report', 'wed like to report', 'we would like to report',
  // Sami drafts (review196: "Dát ii leat heahtedilli, muhto mun háliidan váidit.").
  'haliidan vaidit', 'hallan vaidit', 'haliidan addit diedu',
  // A wish to have it documented (review203: "Inget har hänt än men jag vill att det finns dokumenterat").
  'vill att det finns dokumenterat', 'vill ha det dokumenterat', 'want it on record', 'want this on record',
]);
/** A wish to report said outright, which a matter told as closed does not cancel ("… men vill göra en polisanmälan"). */
const WANTS_TO_REPORT_STILL = asWholeWords([
  'vill gora en polisanmalan', 'vill gora en anmalan', 'vill polisanmala', 'vill anmala det', 'vill anmala', 'want to report it',
  'want to file a report', 'want to make a report', 'still want to report',
  // Sami drafts (review206: "dál lea buorre, muhto háliidan váidit").
  'haliidan vaidit', 'hallan vaidit',
  // Asking how to report what happened (review71: "Nobody got hurt. What's the process to report it?").
  'process to report it', 'how do i report it', 'how do i report this', 'how to report it', 'hur anmaler jag det', 'hur gor jag en anmalan',
  // review112: "nobody was hurt but we are scared. how do we report".
  'how do we report', 'how do we report it', 'hur anmaler vi',
  // review84: "Nobody was hurt, it's just annoying. I'd like to report it for the insurance."
  'id like to report it', 'i would like to report it', 'id like to report this', 'i would like to report this', 'skulle vilja anmala det',
  // review183: "I'd like to report a hit and run from last Saturday … Nobody was hurt."
  'id like to report a', 'i would like to report a', 'id like to report an', 'i would like to report an',
]);
/**
 * Said to be closed (review53, long messages from residents: "Ville bara säga tack … Ärendet är avslutat", "the police
 * were brilliant, the guys were caught", "She's fine now and we've set up extra support", "Nobody got hurt", "All legal,
 * all licensed", "Probably not stolen, just lost", "Han har inte blivit lurad", in Sami "no one hurt themselves").
 */
const CLOSED_MATTER_PHRASES = [
  // Well now, in Sami (review74: "… muhto mii oaččuimet su bajás ja dál lea buorre").
  'dal lea buorre', 'lea buorre dal',
  // An account hacked and given back the same day (review62).
  'fick tillbaka kontot', 'fatt tillbaka kontot', 'got the account back', 'got my account back', 'got her account back', 'got his account back',
  // The doer convicted (review63).
  'garningsmannen domdes', 'garningsmannen blev domd', 'han domdes', 'hon domdes', 'de domdes', 'dom domdes', 'the attacker was convicted', 'he was convicted',
  // The case closed (review64), or "polisen tog hand om det då" (review65).
  'redan utrett', 'lagt ner', 'lade ner', 'lagt ned', 'closed the case', 'case was closed', 'case is closed',
  'polisen tog hand om det', 'police took care of it', 'police dealt with it',
  'arendet ar avslutat', 'arendet avslutat', 'ville bara saga tack', 'vill bara saga tack', 'bra jobbat', 'har lugnat sig',
  'lugnat sig nu', 'inte blivit lurad', 'aldrig blivit lurad', 'det ar inget jag vet', 'han mar bra nu', 'hon mar bra nu',
  'shout out', 'shoutout', 'thank you so much', 'were caught', 'shes fine now', 'hes fine now', 'theyre fine now',
  'nobody got hurt', 'no one got hurt', 'nobody was hurt', 'no one was hurt', 'all legal', 'all licensed', 'probably not stolen',
  'never had anything stolen', 'case is closed', 'case closed',
  // Ended well, built again (review56: a son lost in town "förra vintern, allt slutade bra", a fire "2019 men allt är
  // återuppbyggt nu").
  'allt slutade bra', 'slutade lyckligt', 'all ended well', 'it ended well', 'ended happily', 'ar ateruppbyggt',
  'ar ateruppbyggd', 'byggt upp igen', 'been rebuilt', 'was rebuilt',
  // Investigated and settled (everyday6: a break-in two years ago "det är utrett och klart med försäkringen").
  'det ar utrett', 'ar utrett och klart', 'klart med forsakringen', 'police sorted it', 'the police sorted',
  // Nobody hurt, said in so many words (review59: a near miss with a reindeer; see NEAR_MISS).
  'nobody hurt', 'no one hurt', 'ingen skadades',
  // review59, review60: a wallet "handed in with everything still inside", "polisen tog tjuven och vi fick tillbaka allt",
  // a fight "rektorn löste det och de är kompisar nu", "the case was closed and insurance paid".
  'was handed in', 'handed it in', 'got it back', 'fick tillbaka allt', 'fick tillbaka den', 'fick tillbaka det', 'polisen tog tjuven',
  'rektorn loste det', 'skolan loste det', 'ar kompisar nu', 'are friends now', 'insurance paid', 'case was closed', 'forsakringen har betalat', 'forsakringen betalade',
  'anmalan ar gjord', 'anmalan gjord', 'allt ar lugnt', 'det ar bearbetat', 'ar bearbetat',
  'ii oktage bavccagahttan',
  // Told by older residents as over and well (review78): a fire long ago that "alla klarade sig" from, money got back
  // after a scam, a neighbour hit by a car "helt återställd nu", a forest fire "som släcktes snabbt", a grandmother who
  // fell on the ice and "ii bávččas mihkkege" (nothing hurts).
  'alla klarade sig', 'vi klarade oss', 'han klarade sig', 'hon klarade sig', 'klarade sig forstas', 'everyone made it out', 'everybody made it out', 'everyone got out', 'everybody got out',
  'fick tillbaka pengarna', 'fick tillbaka alla pengar', 'fick tillbaka nastan alla pengar', 'fick jag tillbaka pengarna',
  'fick jag tillbaka alla pengar', 'fick jag tillbaka nastan alla pengar', 'got my money back', 'got the money back', 'got all the money back',
  'helt aterstalld', 'helt aterstalld nu', 'ar aterstalld', 'fully recovered', 'has recovered', 'have recovered',
  'som slacktes', 'slacktes snabbt', 'slacktes ju', 'slacktes till slut', 'blev slackt', 'blev slackt direkt', 'was put out', 'were put out', 'was quickly put out',
  'ii bavccas mihkkege', 'ii bavcca mihkkege',
  // Sorted out then, pulled out fine (review81: a fight "in 7th grade … sorted out at school", a tourist through the
  // ice "pulled out fine").
  'sorted out', 'was sorted out', 'pulled out fine', 'was pulled out fine', 'got out fine',
  // A scam tried and failed, passed on as a warning (review78): the one called lost nothing. (Not "hung up": a threat
  // by telephone ends so too.)
  'almost got scammed', 'nearly got scammed', 'was almost scammed', 'was nearly scammed', 'nara att bli lurad', 'holl pa att bli lurad',
  'nothing was lost', 'lost nothing', 'didnt lose anything', 'inte forlorat nagot', 'inte forlorat nat', 'forlorade inget',
  'ii addan maidege',
  // Things a parent with dementia thinks stolen and that turn up (review78).
  'i fel lada', 'pa fel stalle', 'misplaced them', 'misplaced it', 'in the wrong drawer',
  // Reported and thanked for (review79: "vi har anmält och fått diarienummer. Vill bara tacka för insatsen!"); a
  // snowmobile the police found, the case closed ("ášši lea loahpahuvvon", a draft).
  'vill bara tacka', 'ville bara tacka', 'fatt diarienummer', 'fatt ett diarienummer', 'assi lea loahpahuvvon', 'politiija gavnnai',
];
const CLOSED_MATTER = asWholeWords(CLOSED_MATTER_PHRASES);
/** The mine's blasting shaking the house at night (review53): told of as a nuisance, not a danger. */
const MINE_BLASTING = ['spranger i gruvan', 'nar de spranger', 'sprangningar', 'sprangningarna'];
/** Not a sighting: a question about the work or about what one should do in general, a story, a joke, a drill. */
const DANGER_NOW_SKIP = asWholeWords([
  ...CLOSED_MATTER_PHRASES, ...MINE_BLASTING,
  ...ABOUT_THE_TOPIC, ...FICTION, ...NO_HARM_NOW, ...FIRE_KEPT, ...SV_HUNTING, ...SV_IN_GENERAL, ...EN_IN_GENERAL,
  ...JOKING_WORDS, ...RESOLVED, ...SV_POSTPONED, ...SNOW_FELL, ...SV_FOOD_OVERDOSE, ...CANDLES_LIT,
  // A knife asked for in a shop (everyday30: "knife? do you sell hunting knives here or just kitchen ones").
  'do you sell', 'saljer ni',
  // A cooking class's knife (review151: "I hemkunskapen har de lärt sig hålla kniven rätt, nu vill han skära upp allt hemma").
  'hemkunskapen', 'hemkunskap', 'skara upp allt',
  // Ideas "shot down" (everyday49: "Min pojkvän sköt ner alla mina förslag på namn till katten 😤 nu heter hon Tjorven").
  'forslag', 'forslagen', 'ideer', 'ideerna', 'shot down my', 'shot down every', 'shot down all',
  // Children making snow angels, not lying still (everyday34).
  ...SNOW_ANGELS,
  // Nearly fainted from tiredness after a night shift (everyday32).
  'svimmade nastan', 'nastan svimmade',
  // Well again, or sore after training (review71: "bröt handleden i mars, nu är hon bra igen", "chest so sore after the pushup challenge").
  'bra igen', 'frisk igen', 'fine again', 'hand it in', 'hand them in', 'lamna in vapnet', 'harjehalaimet', 'vuosttasveahki', 'keep asking', 'what should i tell', 'vad ska jag svara',
  // A scrape (review78: "fell off my bike … just a scraped knee, all good").
  'scraped knee', 'scraped my knee', 'scraped his knee', 'scraped her knee', 'all good now', 'fire drill', 'cuolla muoraid', 'diehta gos', 'chopping wood', 'just a scratch', 'just a scrape', 'skrubbsar', 'bara ett skrubbsar', 'skrapsar', 'bara ett skrapsar', 'andas battre', 'mar battre nu', 'breathing better', 'brandovning', 'brandovningen', 'lockdown drill', 'sore after', 'after the pushup', 'after training', 'after the gym', 'efter traningen',
  ...NOT_URGENT,
  'vad gor ni', 'vad gor polisen', 'vad gor kommunen', 'vad hander', 'hur manga', 'hur ofta', 'hur vanligt', 'varfor',
  'far man', 'far jag', 'far han', 'far hon', 'ar det lagligt', 'ar det tillatet', 'om nagon', 'om nan', 'om man', 'ifall',
  'vad ska man', 'hur gor man', 'hur ska man', 'i tidningen', 'pa nyheterna', 'ovning', 'ovningen', 'kurs', 'kursen',
  // The car stuck behind the snow ("när plogas Bolagsområdet? kommer inte ut med bilen", everyday11).
  'ut med bilen', 'ut ur garaget', 'nar plogas', 'inte plogat', 'inte plogats',
  // A campaign against knives at school is no knife now (everyday11).
  'campaign', 'kampanj', 'kampanjen',
  'forsta hjalpen', 'hlr', 'spel', 'spelet', 'what do you', 'what does', 'what happens', 'how many', 'how often',
  'how common', 'why do', 'why does', 'why is', 'why are', 'is it legal', 'is it allowed', 'allowed to', 'if someone',
  'if somebody', 'what if', 'what should i do if', 'what do i do if', 'what to do if', 'what should you', 'in the news',
  'on the news', 'drill', 'course', 'first aid', 'cpr', 'game', 'minecraft', 'fortnite', 'roblox', ...SE_GENERAL,
  // Games and being "dead tired"; a heart that bleeds for someone.
  'cs', 'spelade', 'spelar', 'gamear', 'gamade', 'dod trott', 'dodtrott', 'dead tired', 'hjarta bloder', 'hjartat bloder',
  // A knife for the meat (Sami draft: "bierggu čuohppat"), or for fishing (everyday8: "Just bought a fishing knife").
  'biergu', 'bierggu', 'fishing knife', 'fiskekniv', 'fiskekniven', 'ice fishing', 'pimpla', 'pimpelfiske',
  // Carving and handicraft, fish to clean (everyday19; drafts): "čuollat guvssi niibbiin", "čuohppat guoli niibbiin".
  ...SE_KNIFE_WORK, 'guoli',
  // The ice breaking up in spring; how one can tell.
  'varen', 'islossning', 'islossningen', 'hur vet', 'how do you know', 'how do i know', 'how can you tell', 'how can i tell',
  // Burning for something, in Swedish idiom; a fire in the hearth (árran).
  'brinner for', 'brann for', 'i knutarna', 'brinner av', 'arran', 'arrans', 'arranis', 'arrangis',
  // Wood burnt at home ("a rule about burning wood in fireplaces").
  'burning wood', 'wood burning', 'fireplaces',
  // Places and things named after the harm.
  'fire station', 'fire department', 'fire brigade', 'fire safety', 'fire alarm', 'smoke alarm', 'smoke detector',
  'smoke detectors', 'gun licence', 'gun license', 'gun shop', 'gun club', 'blood donation', 'give blood', 'blood test',
]);
/** A message longer than this tells a story or asks several things; the last net stays out of it. */
const DANGER_NOW_MAX_WORDS = 60;

/** `joined`: the words joined and padded (see hasAny). */
function detectDangerNow(text: string, words: readonly string[], joined: string): SafetyMatch | null {
  if (words.length > DANGER_NOW_MAX_WORDS || LAUGHING.test(text)) return null;
  const lang = (['sv', 'en', 'se'] as const).find((l) => DANGER_WORDS[l](words, joined));
  if (!lang || !(NOW_WORDS(words, joined) || ONGOING_DANGER(words, joined))) return null;
  // Harm feared, not told ("… before someone really gets hurt", review78), as for the classifier's guesses.
  if (hasAny(joined, DANGER_NOW_SKIP) || hasAny(joined, NOT_YET_HARM) || isToldAsOver(joined) || isAboutWording(joined)) return null;
  return { kind: 'emergency', lang };
}

/**
 * Whether a message has any word of a list: whole words, phrases of several words, or word beginnings written
 * "prefix*" (all folded). Hand-written: the cue table matches words in order; this only asks whether any occurs.
 */
function wordMatcher(list: readonly string[]): (words: readonly string[], joined: string) => boolean {
  const single = new Set(list.filter((w) => !w.includes(' ') && !w.endsWith('*')));
  const phrases = asWholeWords(list.filter((w) => w.includes(' ')));
  // The prefixes by their first letter: each word is compared only with those that begin like it.
  const prefixes = new Map<string, string[]>();
  for (const word of list) {
    if (!word.endsWith('*')) continue;
    const prefix = word.slice(0, -1);
    prefixes.set(prefix[0] ?? '', [...(prefixes.get(prefix[0] ?? '') ?? []), prefix]);
  }
  const emptyPrefix = prefixes.get('') ?? [];
  // Plain loops: this runs for every word of a message in several lists, and a closure per call was most of what
  // the safety check allocated.
  const hasPrefix = (w: string): boolean => {
    if (emptyPrefix.length > 0) return true;
    const candidates = prefixes.get(w[0] ?? '');
    if (candidates) for (let i = 0; i < candidates.length; i++) if (w.startsWith(candidates[i]!)) return true;
    return false;
  };
  return (words, joined) => {
    for (let i = 0; i < words.length; i++) if (single.has(words[i]!) || hasPrefix(words[i]!)) return true;
    return hasAny(joined, phrases);
  };
}

/**
 * Asking about words, not telling: "Can you translate 'I was attacked' into Swedish? It's for my SFI homework", "hur
 * säger man … på engelska". Both a word of translating and a language or homework must be there: someone in danger
 * who mentions a word should still get 112.
 */
const ABOUT_WORDING = asWholeWords(['translate', 'translation', 'oversatt', 'oversatta', 'how do you say', 'hur sager man']);
const WORDING_FOR = asWholeWords([
  'into swedish', 'into english', 'pa samiska', 'pa nordsamiska', 'pa finska', 'in sami', 'into sami', 'to sami', 'in finnish', 'samegillii', 'samegielas', 'to swedish', 'to english', 'in swedish', 'in english', 'pa svenska', 'pa engelska', 'homework',
  'laxa', 'laxan', 'sfi',
]);

/** `joined`: the folded words with a space before, between and after them. */
function isAboutWording(joined: string): boolean {
  return hasAny(joined, ABOUT_WORDING) && hasAny(joined, WORDING_FOR);
}

/** Phrases padded with spaces, so that a search of the padded message finds them only as whole words. */
function asWholeWords(phrases: readonly string[]): string[] {
  return phrases.map((phrase) => ` ${phrase} `);
}

/**
 * A list of phrases, each padded with spaces (asWholeWords), filed by the two letters after the leading space: a padded
 * phrase can only occur where a space of the message is followed by those two letters, so a message is searched at
 * its few spaces instead of once per phrase (some lists hold hundreds; every message is searched with them). Phrases
 * without a leading space are searched for as they are.
 */
class PhraseList {
  private readonly byStart = new Map<number, string[]>();
  private readonly others: string[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      if (phrase.length < 3 || phrase[0] !== ' ') {
        this.others.push(phrase);
        continue;
      }
      const key = phrase.charCodeAt(1) * 0x10000 + phrase.charCodeAt(2);
      const list = this.byStart.get(key);
      if (list) list.push(phrase);
      else this.byStart.set(key, [phrase]);
    }
  }

  isIn(joined: string): boolean {
    for (let at = joined.indexOf(' '); at >= 0 && at + 2 < joined.length; at = joined.indexOf(' ', at + 1)) {
      const candidates = this.byStart.get(joined.charCodeAt(at + 1) * 0x10000 + joined.charCodeAt(at + 2));
      if (candidates) for (let i = 0; i < candidates.length; i++) if (joined.startsWith(candidates[i]!, at)) return true;
    }
    const others = this.others;
    for (let i = 0; i < others.length; i++) if (joined.includes(others[i]!)) return true;
    return false;
  }
}

/** Lists this short are searched phrase by phrase: filing them costs more than it saves. */
const SHORT_LIST = 8;
const phraseLists = new WeakMap<readonly string[], PhraseList>();

/** Does the message (its words joined, padded with spaces) contain any of the phrases? The same as `includes` for each. */
function hasAny(joined: string, phrases: readonly string[]): boolean {
  if (phrases.length <= SHORT_LIST) {
    for (let i = 0; i < phrases.length; i++) if (joined.includes(phrases[i]!)) return true;
    return false;
  }
  let list = phraseLists.get(phrases);
  if (!list) {
    list = new PhraseList(phrases);
    phraseLists.set(phrases, list);
  }
  return list.isIn(joined);
}

/**
 * Asking how to report with nothing to report ("Mo sáhtán váidit politiijaide? Dušše háliidan diehtit, ii leat mihkkege
 * dáhpáhuvvan."): a question, not the report route.
 */
const NOTHING_HAPPENED = asWholeWords([
  ...MISTAKEN,
  // A wallet found and handed in, a heart "stolen", a bargain "like theft", checking a purchase (everyday35).
  'lamnade in den', 'handed it in', 'stal mitt hjarta', 'stulit mitt hjarta', 'familjens hjartan', 'stole my heart',
  'stolen my heart', 'kandes som stold', 'som en stold', 'inte ar stulen', 'borrowed it for',
  // Taken by someone at home after all (review116: "trodde cykeln var stulen men lillebrorsan hade lånat den").
  'hade lanat den', 'hade bara lanat', 'hade lant den', 'just borrowed it', 'had borrowed it', 'only borrowed it',
  'inget har hant', 'ingenting har hant', 'det har inte hant nagot', 'vill bara veta', 'nothing has happened', 'nothing happened yet',
  // review152: "Hur lång tid brukar det ta för polisen att utreda när renar har skjutits? Undrar allmänt".
  'undrar allmant', 'fragar allmant',
  'just want to know', 'ii leat mihkkege dahpahuvvan', 'dusse haliidan diehtit', 'bara nyfiken', 'i allmanhet', 'in general',
  // review80: "Inte att det hänt nu, jag undrar bara hur det funkar."
  'inte att det hant', 'undrar bara hur det funkar', 'undrar bara hur det fungerar',
  'dusse jearan', 'ii leat heahtedilli', 'oppalaccat', 'skoluppgift', 'skolarbete', 'school project',
  'inte klickade', 'klickade inte', 'har inte klickat', 'inte klickat', 'didnt click', 'did not click', 'havent clicked', 'have not clicked', 'lost and found', 'lost property', 'hittegods',
  // A duty to tell the municipality ("Vi har skyddsjakt på kråkor … Måste den anmälas till kommunen?").
  'anmalas till kommunen', 'anmala till kommunen', 'anmala det till kommunen',
  'vaidit suohkanii', 'jus juoga dahpahuvva', ...SV_IN_GENERAL, ...EN_IN_GENERAL,
  // review97 (a draft): "Jearan dušše, ii leat dáhpáhuvvan mihkkege."
  'ii leat dahpahuvvan mihkkege', 'jearan dusse',
  // review102: "how would a tourist report a crime here if it ever happened? nothing happened, just curious".
  'nothing happened just curious', 'if it ever happened',
  // How to know a fraud (everyday14: "Hur känner man igen bedragare som ringer …? Vill tipsa farmor").
  'hur kanner man igen', 'how do i recognise', 'how do you recognise', 'how do i spot', 'how to spot',
]);

/**
 * Violence at home told as long over, a story of one's childhood or of a grandparent's ("back in the 90s my dad used
 * to hit us", "hennes pappa slog henne på 50-talet"): no alarm unless something says it still goes on or help is
 * wanted (STILL_GOING_ON: "nu", "still", "help").
 */
const LONG_AGO = asWholeWords([
  'decades ago', 'for decades', 'years ago', 'back in the', 'when i was little', 'when i was a child', 'when i was a kid',
  'as a child', 'growing up', 'long ago', 'long time ago', '50s', '60s', '70s', '80s', '90s', 'passed away', 'is dead now',
  '30 talet', '40 talet', '50 talet', '60 talet', '70 talet', '80 talet', '90 talet', '30s', '40s', 'for manga ar sedan', 'for manga ar sen', 'for lange sedan',
  'for lange sen', 'nar jag var liten', 'nar jag var barn', 'nar hon var liten', 'nar han var liten', 'som barn',
  'i min barndom', 'gick bort', 'ar dod nu', 'trettiotalet', 'fyrtiotalet', 'femtiotalet', 'sextiotalet', 'sjuttiotalet',
  'attiotalet', 'nittiotalet', 'brukar beratta', 'brukade beratta', 'tva ar sen', 'tre ar sen', 'fyra ar sen', 'fem ar sen',
  'tva ar sedan', 'tre ar sedan', 'fyra ar sedan', 'fem ar sedan',
  'go son lei manna', 'go mun ledjen manna', 'go mun ledje manna', '1930 logus', '1940 logus', '1950 logus', '1960 logus', '1970 logus', '1980 logus', '1990 logus',
]);

/** A year two or more years back ("i 1970", "2019"): as long over as "years ago". */
function hasPastYear(joined: string): boolean {
  const thisYear = new Date().getFullYear();
  // Not an amount or a count: "2000 ruvnno", "1500 kr", "om jag inte swishar 2000" (review69).
  for (const match of joined.matchAll(/(?<! (?:swisha|swishar|swishat|betala|betalar|betalat|skicka|skickar|ge|ger|kraver|pay|send|give|wants|transfer)) (19\d\d|20\d\d) (?!(?:kr|kronor|sek|ruvnno|ruvdno|euro|euros|dollars|spann|m|meter|km|st|stycken|personer|people|shares|views|likes|followers|delningar|visningar|gillningar|foljare) )/g)) {
    const year = Number(match[1]);
    if (year >= 1900 && year <= thisYear - 2) return true;
  }
  return false;
}

/** "för tio år sen", "for 3 years ago": some years back. */
const YEARS_AGO = / for (?:typ |ungefar |cirka |ca |nastan |runt |drygt |over )?(?:\d+|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio) ar (?:sen|sedan) | (?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) years ago /;

/** Told as decades over, and nothing says it still goes on (see LONG_AGO). */
function isLongOver(joined: string): boolean {
  return ((hasAny(joined, LONG_AGO) && !hasAny(joined, DUE_LONG_AGO)) || hasPastYear(joined) || YEARS_AGO.test(joined)) && isNoLongerGoingOn(joined);
}

/**
 * Someone who should have been back "long ago" (review157: "min bror åkte skoter över sjön … skulle vara hemma för länge
 * sen. svarar inte i telefon och det är -30"): "för länge sen" then says how late, not that it is over.
 */
const DUE_LONG_AGO = asWholeWords([
  'hemma for lange sen', 'hemma for lange sedan', 'hem for lange sen', 'tillbaka for lange sen', 'tillbaka for lange sedan',
  'framme for lange sen', 'framme for lange sedan', 'home long ago', 'back long ago',
]);

/**
 * Well now, calm now, or no longer in touch (review51: "mitt ex slog mig för 15 år sen … ja mår bra nu"; a break-in in
 * 2019, "police sorted it, all good, just wondering if burglaries are still common"; review52: "lugnt nu"): over,
 * unless the message also says something goes on now ("… men nu står han utanför dörren", OPEN_NOW).
 */
const WELL_NOW = asWholeWords([
  'lugnt nu', 'ar lugnt nu', 'e lugnt nu', 'mar bra nu', 'ingen kontakt', 'is fine now', 'im fine now', 'all good', 'sorted it',
  'har det bra nu', 'dod sedan lange', 'dod sen lange',
  // The same with the verb first (review62's rules: "för tio år sedan blev jag misshandlad, nu mår jag bra").
  'nu mar jag bra', 'nu mar hon bra', 'nu mar han bra', 'nu mar vi bra', 'nu ar det lugnt', 'nu ar allt bra',
  // Home and safe (review82: "She's home with me now and safe. How do we go about reporting this?").
  'home with me now and safe', 'home now and safe', 'shes safe now', 'she is safe now', 'hes safe now', 'he is safe now',
  'hemma hos mig nu och', 'ar i sakerhet nu', 'hemma och trygg nu', 'hemma och saker nu',
]);

/** Nothing says it still goes on, or something says it no longer does (see STILL_GOING_ON, NO_LONGER_GOING_ON). */
function isNoLongerGoingOn(joined: string): boolean {
  if (hasAny(joined, NO_LONGER_GOING_ON)) return true;
  if (hasAny(joined, WELL_NOW) && !hasAny(joined, OPEN_NOW)) return true;
  // "på väg hem" is where it happened when a past day is named ("rånad på väg hem i fredags", review69): then it does
  // not say that something goes on.
  // "nu" in asking whether it can be reported now ("… anmälde aldrig. Går det att göra nu?", review37), and "still"
  // of the writer's shock afterwards ("Jag är fortfarande skakad efter slagsmålet … i helgen", residents44), say
  // nothing of what goes on.
  let told = joined;
  for (const phrase of NOT_OF_WHAT_GOES_ON) if (told.includes(phrase)) told = told.split(phrase).join(' ');
  const stillGoingOn = hasAny(told, STILL_GOING_ON) && (!hasAny(told, ON_A_PAST_DAY) || hasAny(told.replace(' pa vag hem ', ' '), STILL_GOING_ON));
  if (stillGoingOn) return false;
  // "Outside" is someone at the door now ("han står utanför"), or only where it happened when a past day is named
  // ("nedslagen utanför puben i lördags", review44) or the resident asks to report it ("… i natt, ska jag anmäla?").
  return !hasAny(joined, AT_THE_DOOR) || hasAny(joined, ON_A_PAST_DAY) || hasAny(joined, TOLD_TO_REPORT_WORDS);
}

const AT_THE_DOOR = asWholeWords(['utanfor', 'outside']);
const NOT_OF_WHAT_GOES_ON = [
  // review122: safe at home now, or the one who threatened gone, after a threat last night ("en kille hotade att
  // knivhugga mig i kön … i natt. jag är hemma nu …", "Han är inte här nu", a draft: "Mun lean ruovttus dál"); a robbery's
  // film found now ("nu har vi fått fram filmen").
  ' jag ar hemma nu ', ' ar hemma nu ', ' han ar inte har nu ', ' hon ar inte har nu ', ' lean ruovttus dal ', ' nu har vi fatt fram ',
  // review181 and review183: safe now after a night out or a robbery ("han har checkat ut nu", "Jag är på hotellet nu och mår
  // okej", a draft: "Dál lean dearvvas"), a tip "inget akut just nu".
  ' har checkat ut nu ', ' ar pa hotellet nu ', ' dal lean dearvvas ', ' inget akut just nu ', ' inte akut just nu ',
  // review193: a child robbed after school who is "home now" and asks to report it.
  ' im home now ', ' i am home now ', ' im safe now ', ' i am safe now ',
  // review189: a rape at a party last month, "men nu vill jag anmäla": "nu" of the wish to report.
  ' nu vill jag anmala ', ' nu vill jag polisanmala ', ' nu vill jag gora en anmalan ', ' now i want to report ',
  // review86: a break-in in the night "upptäckte det nu på morgonen".
  ' upptackte det nu ', ' upptackte nu ', ' marker det nu ', ' noticed it now ', ' discovered it now ',
  // review85: "blev rånad … i helgen vid centrum, vad gör jag nu".
  ' vad gor jag nu ', ' va gor jag nu ', ' vad ska jag gora nu ', ' what do i do now ', ' what should i do now ', ' what do we do now ', ' vad gor vi nu ',
  // review92, a second-language writer: "it was friday. what i do now".
  ' what i do now ', ' what i should do now ', ' what can i do now ',
  ' gar det att gora nu ', ' gar det att anmala nu ', ' anmala nu i efterhand ', ' nu i efterhand ', ' gar det att anmala det nu ', ' kan jag anmala nu ', ' kan jag anmala det nu ',
  ' kan jag gora det nu ', ' can i report it now ', ' can i still report it now ', ' can i do it now ',
  ' ar fortfarande skakad ', ' ar fortfarande skakade ', ' ar fortfarande chockad ', ' im still shaken ', ' i am still shaken ',
  ' were still shaken ', ' we are still shaken ',
];
/** Told to the police already (review47's everyday set: a burglary "anmält" in October, a scratched car "anmälde det då"). */
const ALREADY_REPORTED = asWholeWords([
  'det ar anmalt', 'ar redan anmalt', 'och anmalt det', 'redan anmalt', 'anmalde det da', 'anmalde det direkt', 'har anmalt det', 'har redan anmalt',
  'polisen har varit har', 'polisen har redan varit', 'already reported', 'reported it already', 'ive reported it', 'we reported it',
  'have reported it', 'police already came', 'police have been here', 'i reported it then', 'reported it then',
  // review137, drafts: "Mii leat juo váidán politiijaide" (we have already reported it to the police).
  'juo vaidan', 'juo vaidame', 'leat juo vaidan', 'leat juo vaidan politiijaide',
]);
const GAME_HIT = asWholeWords(['reindeer', 'ren', 'renen', 'moose', 'elk', 'deer', 'alg', 'algen', 'viltolycka', 'rentjur', 'vajan']);
/**
 * Something more to tell the police after they came (review89: "Police already came but I remembered the car he left
 * in. Who do I tell?"): the reporting route, which says how to add to a report.
 */
const MORE_TO_TELL = asWholeWords([
  'i remembered', 'i just remembered', 'who do i tell', 'who should i tell', 'add to the report', 'more information', 'new information',
  'jag kom ihag', 'kom just ihag', 'vem ska jag beratta for', 'vem berattar jag for', 'komplettera', 'lagga till', 'mer information', 'ny information',
]);
/** It goes on after the report ("anmält men han fortsätter"). */
const KEEPS_ON = asWholeWords(['fortsatter', 'igen', 'again', 'keeps', 'still', 'kvar', 'fortfarande', 'hela tiden', 'varje dag', 'varje natt', 'varje kvall', 'every day', 'every night',
  // Calm only to those outside (review142: "grannarna tror allt är lugnt hos oss").
  'tror allt ar lugnt', 'tror att allt ar lugnt']);
/** A named day or night before today; also part of TOLD_AS_PAST. */
const PAST_DAYS = [
  'igar', 'i gar', 'forrgar', 'i lordags', 'i sondags', 'i fredags', 'i torsdags', 'i onsdags', 'i tisdags', 'i mandags',
  'forra veckan', 'forra helgen', 'yesterday', 'last night', 'last week', 'last weekend', 'last monday', 'last tuesday',
  'last wednesday', 'last thursday', 'last friday', 'last saturday', 'last sunday', 'ago',
  // "man on bus spit on me and say go home terrorist. it was friday" (review92).
  'it was monday', 'it was tuesday', 'it was wednesday', 'it was thursday', 'it was friday', 'it was saturday', 'it was sunday',
];
const ON_A_PAST_DAY = asWholeWords(PAST_DAYS);

/** Said to be no joke ("lol not a joke"): joking words and emoji then do not make the message a joke. */
const NOT_JOKING = asWholeWords([
  'not a joke', 'no joke', 'not joking', 'im not joking', 'no but seriously', 'nah but seriously', 'inget skamt', 'inte ett skamt', 'skojar inte', 'skamtar inte', 'jag skojar inte',
  // "Jag tror inte att han skämtar", "I don't think she's joking" (review60).
  'inte att han skamtar', 'inte att hon skamtar', 'inte att hen skamtar', 'inte han skamtar', 'inte hon skamtar', 'inte hen skamtar',
  'dont think hes joking', 'dont think shes joking', 'dont think theyre joking', 'not kidding',
  // Signs of a serious head injury, told with a nervous "lol" (review57).
  'keeps throwing up', 'keeps vomiting', 'doesnt know what day', 'cant wake him', 'cant wake her', 'spyr hela tiden', 'vet inte vilken dag',
  // A worry played down, not a joke (review45: "probably overreacting lol but there's a car running inside a closed garage").
  'overreacting', 'overreagerar', 'overreagerar nog', 'overreagerar kanske',
  // Hiding from someone (review47: "lol my roommate is chasing me around with a knife … I'm in the bathroom 😅").
  'im hiding', 'hiding in', 'hiding from', 'locked myself in', 'locked in the bathroom', 'im in the bathroom',
  'gommer mig', 'har last in mig', 'last in mig pa', 'lasst in mig',
]);
/**
 * A threat to kill or harm told with the word for threatening ("han hotar att döda mig 😂", "he threatened to kill me
 * lol", "áitá mu"): a laugh then is taken as nervous, not as jest, since a support line shown for a joke costs little
 * and one not shown for a real threat can cost a life. (An idiom without the word, "mamma dödar mig om jag kommer sent
 * haha", stays a joke.)
 */
function isThreatToLife(words: readonly string[]): boolean {
  const threatens = words.some((word) => THREAT_WORDS.has(word));
  return threatens && words.some((word) => word === 'aita' || word === 'aitii' || THREATENED_HARM.has(word));
}
/** Words of threatening, whole (a set: every message's every word is looked up here). */
const THREAT_WORDS = new Set(['hota', 'hotar', 'hotade', 'hotat', 'hotas', 'hotades', 'threaten', 'threatens', 'threatened', 'threatening', 'aita', 'aitii', 'aitet']);
const THREATENED_HARM = new Set([
  'doda', 'dodar', 'ihjal', 'morda', 'skjuta', 'knivhugga', 'skada', 'misshandla', 'sla', 'branna',
  'kill', 'murder', 'stab', 'shoot', 'hurt', 'beat', 'burn', 'rape',
]);
/**
 * Where the classifier's guess is not taken: a game or a sport named (review85: "my little brother screams HELP every
 * time he loses in minecraft"), and the harmless senses the rules know of searching and of snow falling (everyday21:
 * "googling ways to die my hair purple"), and cooking (COOKING). A rule still matches beside them, unless its own
 * exceptions say otherwise.
 */
const NO_GUESS_BESIDE = asWholeWords([...SV_PLAY, ...EN_PLAY, ...EN_SEARCHED_HARMLESS, ...SNOW_FELL, ...COOKING, ...EVERYDAY_NOT_GUESSED, ...SV_SALE]);
const JOKING_SINGLE_WORDS = new Set(JOKING.filter((word) => !word.includes(' ')));
/** The one-word signs of jest, without "asså" (a filler in Swedish speech). */
const JOKING_WORD_SET = new Set(JOKING_WORDS.filter((word) => !word.includes(' ')));

/** Harm feared, not told, for the classifier's guesses: "a kid is gonna get hit by a car" (a dark street), "innan nån blir påkörd". */
const NOT_YET_HARM = asWholeWords([
  // A warning to others (review88: "Reindeer standing in the middle of the E10 …, just a heads-up to drivers").
  'just a heads up', 'heads up to', 'drive slow', 'drive slowly', 'drive carefully', 'kor forsiktigt', 'kor sakta',
  // The mine's blasting shaking the house (review53).
  ...MINE_BLASTING,
  // Better off without a thing (everyday16: "stan vore bättre utan alla elsparkcyklar", "better off without that app").
  'better off without that', 'better off without the', 'better off without those', 'battre utan alla', 'battre utan de', 'battre utan dom',
  // A car left in the snow, to be towed: the car's night out, not a person's (review47's everyday set).
  'bogseras', 'bogsera', 'bogserad', 'bogserar', 'bargas', 'bargad',
  ...EN_MIGHT_GET_HIT, 'before someone gets', 'before somebody gets', 'innan nagon blir', 'innan nan blir', 'innan nagon skadas',
  'innan nan skadas',
  // A worry for later (everyday11: "orolig att de ska drunkna"), and a dead bird to be reported for bird flu.
  'orolig att de ska', 'radd att de ska', 'fagelinfluensa', 'dod fagel', 'doda faglar',
  // A car in the ditch already towed, or empty (everyday12).
  'tow truck', 'bargningen', 'bargaren', 'no one in it', 'nobody in it', 'ingen i bilen', 'abandoned',
  ...RESOLVED, ...SV_NOT_A_CRIME_REPORT, ...EN_NOT_A_CRIME_REPORT,
  // Kind words about others: "people here have been really kind to me as an immigrant. just wanted to say that" (review92).
  'kind to me', 'kind to us', 'snalla mot mig', 'snalla mot oss',
  // Alone and glad of it, a near miss (review95: "ensam i jul med katten o ärligt talat älskar jag det").
  'alskar jag det', 'lugn och ro', 'holl pa att krocka', 'nastan krockade',
  // Someone said to be well: "hon bor ensam men klarar sig bra" (the classifier alone; a rule's words still count).
  'klarar sig bra', 'klarar sig fint', 'mar bra', 'is doing fine', 'is doing well', 'were fine', 'we are fine', ...PULLED_OUT,
  // The dark winter that soon turns (everyday8: "så trött på mörkret nu 😩 men snart vänder det!"). Not the northern
  // lights: a friend out to see them and not back is an alarm (review37).
  'snart vander det', 'solen kommer tillbaka', 'the sun comes back',
]);

/** Laughing or ironic emoji (🙃; folding drops emoji, so the text as written is searched). */
/**
 * Rolling one's eyes (🙄): exasperation. With a threat among people who live together it is hyperbole ("Ska döda min
 * lillebror, han tog min nya tröja … 🙄", everyday2 and everyday20); with a theft it is weariness at one more ("snodde
 * nån all julbelysning … igen 🙄", review28), so it does not silence a report.
 */
const EYE_ROLL = /\u{1F644}/u;
/** Tears of laughter and a grin: LAUGHING without the smiles that may hide pain. */
const LAUGHING_OUT_LOUD = /[\u{1F602}\u{1F923}\u{1F606}]/u;
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F61D}\u{1F61C}\u{1F643}\u{1F648}\u{1F604}]/u;

/** Words that place a crime in the past: "i lördags", "förra veckan", "last night", "a week ago", "ikte" (yesterday). */
const TOLD_AS_PAST = [
  // review89: "grabbed me at the christmas party".
  'at the christmas party', 'at the staff party', 'at the work party', 'pa julfesten', 'pa personalfesten', 'pa julbordet',
  ...PAST_DAYS, 'forra',
  'i vintras', 'i somras', 'i hostas', 'i varas', 'i julas', 'sedan', 'nagon gang', 'tidigare idag', 'i morse', 'kom hem',
  // "för två veckor sen" (review79), as "sedan".
  'dagar sen', 'vecka sen', 'veckor sen', 'manad sen', 'manader sen',
  'upptackte', 'markte', 'hittade', 'nar jag kom', 'under helgen', 'over helgen', 'i helgen',
  // Found on coming back: "broken into while we were out".
  'while we were out', 'while i was out', 'while we were away', 'while i was away', 'when we got back', 'when we came back',
  'when i got home', 'when we got home', 'medan vi var borta', 'medan vi var ute', 'medan jag var borta', 'nar vi kom hem',
  'last month', 'last year', 'last winter', 'last summer',
  'earlier today', 'sometime', 'some time', 'a while back', 'back in', 'found out', 'just found', 'came home', 'came back',
  'woke up to', 'discovered', 'noticed', 'over the weekend', 'over the summer', 'over the winter', 'this winter',
  'this summer', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
  'varje dag', 'varje natt', 'varje helg', 'every day', 'every night', 'every weekend', 'juohke beaivve', 'juohke beaivvi',
  'overnight', 'during the night', 'over christmas', 'while i was away', 'when i was away', 'medan jag var borta',
  'ikte', 'ihkku', 'this morning', 'its over', 'vahkkoloahpas', 'mannan vahku', 'mannan vahkus',
  'under veckan', 'i veckan', 'during the week', 'got broken into', 'was broken into', 'were broken into', 'been broken into',
  // Found gone or forced afterwards (review43): "vinterdäcken är borta", "tanklocken var uppbända", "aren't there anymore".
  'ar borta', 'var borta', 'is gone', 'are gone', 'was gone', 'were gone', 'arent there', 'var uppbanda', 'var uppbrutna',
  'var uppbrutet', 'var uppbruten',
  // Week after week (review44: "tar hans pengar varje fredag").
  'varje vecka', 'varje mandag', 'varje tisdag', 'varje onsdag', 'varje torsdag', 'varje fredag', 'varje lordag', 'varje sondag',
  'every week', 'every monday', 'every tuesday', 'every wednesday', 'every thursday', 'every friday', 'every saturday',
  'every sunday',
  // Again this year, or a break-in told in the past tense (review45: "tredje gången i år", "someone broke into our car").
  'gangen i ar', 'time this year', 'times this year', 'someone broke into', 'somebody broke into', 'broke into our',
  'broke into my', 'they broke into',
];
/** Online: "hotar mig på snap", "threatening me on instagram", "áitá mu Snapchatas". Short words only whole. */
const TOLD_AS_ONLINE = [
  'snap', 'snapen', 'insta', 'fb', 'kik', 'natet', 'sms', 'dm', 'dms', 'chatten', 'spel', 'spelet', 'game', 'kommentarer',
  'mejl', 'mail', 'email', 'neahtas', 'interneahtas',
];
/** Platform names, also as the beginning of a word ("snapchatgrupp", "instagramkonto", "Snapchatas"). */
const ONLINE_PLATFORMS = [
  'snapchat', 'instagram', 'facebook', 'tiktok', 'discord', 'messenger', 'whatsapp', 'twitter', 'youtube', 'telegram',
  'online', 'internet',
];
/** A wish to report: "vill polisanmäla", "how do I file a report", "váidit". */
const TOLD_TO_REPORT = ['tip off', 'tipsa', 'i efterhand', 'afterwards', 'too late', 'anmala', 'polisanmala', 'anmalan', 'polisanmalan', 'anmaler', 'report', 'file a', 'press charges', 'vaidit', 'dieditit', 'diedihit', 'on record', 'go to the police', 'tell the police about'];
/** Words that say it is still going on, or that help is needed now: these keep the 112 route. */
const STILL_GOING_ON_PHRASES = [
  // Followed as one writes (review146: "han går efter mig fortfarande. svänger när jag svänger", "20 m bakom mig nu").
  'efter mig fortfarande', 'svanger nar jag svanger', 'bakom mig nu',
  // How long it has gone on, now (review134: "en man har gått efter mig sen busstationen, typ 10 min nu").
  'min nu', 'minuter nu', 'mins now', 'minutes now',
  'nu', 'fortfarande', 'pagar', 'pa vag', 'ar har', 'ikvall', 'i kvall', 'hjalp', 'kom hit', 'kommer hit', 'now', 'rn',
  'still here', 'still there', 'still outside', 'still inside', 'still going', 'still happening', 'is still', 'are still',
  'hes still', 'shes still', 'theyre still', 'is here', 'are here', 'currently', 'on his way', 'on her way', 'on their way', 'tonight', 'coming back',
  // review131: "My ex husband just walked into the restaurant where I work … he broke my arm last year".
  'just walked into', 'just walked in', 'just showed up', 'just turned up',
  'coming over', 'help', 'happening', 'asap', 'dal', 'dalan', 'veahket', 'at this moment', 'i detta ogonblick',
  // At the door now, whatever day the story began (review47: "Han står utanför dörren och bankar … Vi gjorde slut igår").
  'star utanfor', 'bankar pa', 'bultar pa', 'star och bankar', 'is outside my', 'banging on', 'pounding on', 'standing outside',
  // Minutes ago is now.
  'min ago', 'mins ago', 'minutes ago', 'minute ago', 'minuter sedan', 'minuter sen', 'minut sedan', 'minut sen',
  // It keeps on (review53: an ex who "keeps turning up" after breaking her nose two years ago).
  'keeps turning up', 'keeps showing up', 'keeps coming', 'dyker upp hela tiden', 'fortsatter dyka upp',
  // Felt as one writes (review182: a drink spiked at the pub, "allt snurrar o ja kan int stå upp"), or done as one
  // writes ("is smashing things and threatening to hurt me").
  'allt snurrar', 'kan inte sta', 'kan int sta', 'kan knappt sta', 'kan knappt ga', 'everything is spinning', 'can barely stand',
  'cant stand up', 'is smashing', 'are smashing',
  ...VIOLENCE_GOING_ON_PHRASES, ...SHUT_IN_NOW,
];
const STILL_GOING_ON = asWholeWords(STILL_GOING_ON_PHRASES);
/**
 * Going on now, said more than by a bare "nu" or "now" (which also says that someone is fine now): what keeps a
 * message told as closed from being let through ("Bra jobbat polisen, men min granne misshandlar sin fru just nu").
 */
const OPEN_NOW = asWholeWords([
  ...STILL_GOING_ON_PHRASES.filter((phrase) => !['nu', 'now', 'dal', 'dalan', 'is still', 'are still'].includes(phrase)),
  'just nu', 'right now', 'precis nu', 'i detta nu', 'trying to', 'forsoker',
  // "… men nu står han utanför dörren": a turn to now, someone at the door.
  'men nu', 'but now', 'nu star', 'nu ar han', 'nu ar hon', 'utanfor dorren', 'outside my door', 'outside the door', 'bankar', 'banging',
  // Stranded in the cold though nobody is hurt (review127: "nobody hurt but the car is on its side … -30 and no cars for
  // 40 min").
  'no cars for', 'inga bilar pa', 'ingen bil pa',
]);
/** Said to be over despite a "now": "Nothing is happening now, I just want to file it", "vill anmäla nu". */
const NO_LONGER_GOING_ON = asWholeWords([
  // Quiet now, told with a tip (review169: "the guy in flat 3 beats his wife, I've heard it several times this autumn,
  // it's quiet now").
  'its quiet now', 'it is quiet now', 'det ar lugnt nu', 'lugnt just nu',
  // Not now but again and again (review141: "… föraren verkar påverkad. inte nu men varje kväll").
  'inte nu men', 'inte nu utan', 'not now but',
  // Home now, in a draft (review134: "Soames časkkii mu … lávvordaga ija. Dál lean ruovttus").
  'dal lean ruovttus', 'lean ruovttus dal',
  'avslutat sen lange', 'sen lange', 'long over', 'over long ago', 'ancient history', 'gammal historia',
  // Whether it is too late to report (review79: "Blev rånad i taxin för två veckor sen … Är det för sent nu?"); the
  // one who threatened gone home now ("Dál son lea vuolgán ruoktot", a draft).
  'for sent nu', 'for sent att anmala', 'too late now', 'lea vuolgan ruoktot', 'dal lea jaska',
  // Nothing going on now, in a draft (review121: "Okta olmmoš áitii mu Facebookas ikte. Dál ii leat mihkkege, muhto háliidan
  // váidit"), and not afraid now (review121: "… skrev under mitt inlägg på Facebook igår … Jag är inte rädd just nu").
  'dal ii leat mihkkege', 'ii leat mihkkege dal', 'lea dal buoret', 'dal lea buoret', 'inte radd just nu', 'inte radd nu', 'not scared right now', 'not afraid right now',
  // "now" as this season, in a question after a story long over (everyday17: "… för många år sedan släcktes ju till
  // slut, men … regler för grillning nu på sommaren").
  'nu pa sommaren', 'nu i sommar', 'nu till sommaren', 'nu pa vintern', 'nu i vinter', 'this summer', 'this winter',
  // Asking whether it can still be reported, or turning to a question of today (review72: "Går det fortfarande att
  // anmäla?", "Nu undrar jag bara …", "it's all settled").
  'fortfarande att anmala', 'fortfarande anmala', 'anmala i efterhand', 'i efterhand', 'sa har lange efterat', 'can i still report',
  'too late to report', 'nu undrar jag', 'nu undrar', 'nu vill hon', 'nu vill vi', 'now im wondering', 'now i wonder', 'were moving to',
  'dal mus lea gazaldat', 'all settled', 'its all settled', 'det ar lange sedan', 'nu ar det lange sedan',
  // "I haven't told anyone until now": the now of the telling.
  'until now', 'till now', 'tills nu', 'fram till nu',
  // A question whether it still happens ("Händer det fortfarande ofta?") says it is not happening now.
  'hander det fortfarande', 'hander sant fortfarande', 'does it still happen', 'does that still happen', 'still happen',
  'still common', 'fortfarande vanligt',
  // Whether the police do more now than then (review66: "my car got broken into back in 2019 … do the police patrol more now?").
  'patrol more now', 'more patrols now', 'patrullerar mer nu', 'patrullerar polisen mer nu', 'fler patruller nu',
  'leago dat ain', 'leago ain',
  'nothing is happening', 'nothing happening', 'not happening now', 'its over', 'no danger now', 'safe now', 'want to now',
  'report it now', 'still report', 'inget pagar', 'pagar inte', 'det ar over', 'ar trygg nu', 'anmala nu', 'anmala det nu',
  'fortfarande anmala', 'anmala fortfarande', 'fortfarande ont', 'still hurts', 'still sore', 'told us now', 'told me now',
  'berattade nu', 'okej nu', 'ok nu', 'trygg nu', 'sakert nu', 'ok now', 'okay now', 'fine now', 'sorted now', 'its sorted',
  'all sorted', 'resolved now', 'over now', 'lost nu', 'ordnat nu', 'ar sedan nu', 'ar sen nu', 'years ago now', 'dal son lea buorre', 'son lea buorre', 'dal lea buorre', 'lea buorre dal',
  // Calm now, the one who did it away at work (review58: "Det är lugnt nu", "He's at work now").
  'det ar lugnt nu', 'ar lugnt nu', 'han ar pa jobbet nu', 'hon ar pa jobbet nu', 'hes at work now', 'shes at work now',
  'he is at work now', 'she is at work now', 'its calm now',
  // review60: "Nu är det tyst", "Är det för sent nu?" (to report).
  'nu ar det tyst', 'det ar tyst nu', 'its quiet now', 'for sent nu', 'too late now',
]);
const TOLD_AS_OVER = asWholeWords([...TOLD_AS_PAST, ...TOLD_AS_ONLINE, ...TOLD_TO_REPORT]);
/** A wish not to report ("Hon vill inte anmäla men behöver någon att prata med", review58). */
const NOT_TO_REPORT = asWholeWords([
  'vill inte anmala', 'vill inte polisanmala', 'inte anmala', 'inte polisanmala', 'vagar inte anmala', 'int anmala',
  'doesnt want to report', 'dont want to report', 'not want to report', 'wont report', 'not report it',
]);
const TOLD_TO_REPORT_WORDS = asWholeWords(TOLD_TO_REPORT);
const ONLINE_BEGINNINGS = ONLINE_PLATFORMS.map((word) => ` ${word}`);

/**
 * A crime told as over, online or with a wish to report it, and with no word that it is still going on: "blev rånad
 * förra veckan", "i was assaulted last saturday, how do I file a report", "han hotar mig på snap". The report reply
 * still says to call 112 if it is happening now.
 */
function isToldAsOver(joined: string): boolean {
  if (!hasAny(joined, TOLD_AS_OVER) && !hasAny(joined, ONLINE_BEGINNINGS)) return false;
  return isNoLongerGoingOn(joined);
}
