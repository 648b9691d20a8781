/**
 * Decides, before anything else, whether a message may be about an emergency or a crime to report.
 * Pure and table-driven. The cues are first-person, present-tense and urgency phrases ("han slår mig",
 * "I am being threatened", "áitá mu"), never topic words, so that questions about the promises on violence,
 * threats or drugs are answered normally instead of raising a false alarm.
 */
import type { Lang } from '../knowledge/schema.js';
import { isWordMatch, splitWords } from './foldText.js';
import { CueTable, type CueRule } from './cueTable.js';

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
}

const SV_CLOSE = 'man|make|maken|pojkvan|pojkvannen|kille|killen|sambo|partner|fru|frun|flickvan|tjej|pappa|mamma|styvpappa|styvmamma|bror|syster|ex|exet|expojkvan|foralder|foraldrar|son|dotter|familj';
const SV_HARM = 'strypgrepp|struptag|slar|slog|slagit|misshandl*|hotar|hotade|hotat|sparkar|sparkade|stryper|strypte|kvaver|valdtar|valdtog|knuffar|skadar|forfoljer|tvingar|lasar';
const EN_CLOSE = 'husband|wife|boyfriend|girlfriend|partner|dad|father|mom|mum|mother|stepdad|stepfather|stepmother|ex|brother|sister|parents|son|daughter|spouse|fiance|fiancee|family';
const EN_HARM = 'shoved|slapped|punched|strangled|hits|hit|hitting|beats|beat|beating|threatens|threatened|threatening|hurts|hurt|hurting|abuses|abused|abusing|attacks|attacked|attacking|chokes|choked|choking|strangles|rapes|raped|kicks|kicked|kicking|forces|forced|stalks|stalking';
const SE_CLOSE = 'boadnji|boadnjin|isit|isida|moarsi|irgi|guoibmi|ahcci|eadni|viellja|oabba|bearas';
const SE_HARM = 'cabma|cabme|capmii|cabmet|aita|aitet|aitii|aitiba|caska|caskka|caskii';
/** People at home, written without "min" ("pappa slår mamma"). */
const SV_HOME = 'pappa|mamma|styvpappa|styvmamma|farsan|morsan|bror|brorsan|syster|systern|lillebror|lillasyster|storebror|storasyster';
const EN_HOME = 'dad|father|mom|mum|mother|stepdad|stepfather|stepmother|brother|sister';
/** Who may be seen harming someone else ("grannen slår…", "he is hitting…"). */
const SV_OTHER = 'han|hon|nagon|nan|de|dom|grannen|granne|grannarna|killen|tjejen|mannen|kvinnan|killar|gubben|pojken|flickan';
const SV_VICTIM = 'henne|honom|dem|en|nagon|kvinnan|mannen|killen|tjejen|barnet|barnen|pojken|flickan|grannen|hunden';
const EN_OTHER = 'he|she|someone|somebody|they|guy|guys|kids|boys|teens|man|woman|neighbour|neighbor|neighbours|neighbors|people|men';
const EN_VICTIM = 'her|him|them|a|someone|somebody|his|their';
/** Close people who can go missing ("min son är borta"); not "man", which is also "one" ("man saknar…"). */
const SV_MISSING = 'son|sonen|dotter|dottern|barn|barnet|barnen|pojke|flicka|pappa|mamma|bror|syster|sambo|fru|frun|maken|pojkvan|flickvan';
/**
 * A message that asks about the work or about what happens in general ("Vad gör ni när en man slår sin fru?", "How
 * do you help women who are beaten?") is a question about the promises, not an alarm: the cues about someone else's
 * danger skip it. Phrases of asking, not relative clauses: a real report has them too ("en man som slår sin fru").
 */
const SV_GENERAL = [
  'vad gor ni', 'vad gor polisen', 'vad gor kommunen', 'vad gor man', 'vad hander', 'hur arbetar', 'hur jobbar', 'hur hjalper',
  'hur manga', 'hur vanligt', 'hur ofta', 'vilket straff', 'for att', 'om nagon', 'om nan', 'om en', 'om man', 'ifall',
  'nar nagon', 'nar nan', 'nar en', 'nar man', 'kvinnor som', 'barn som', 'varfor', 'far man', 'ar det lagligt',
  'ar det tillatet',
];
const EN_GENERAL = [
  'what do you', 'what does', 'what are you', 'what is done', 'what happens', 'how do you', 'how does', 'how are', 'how many',
  'how common', 'how often', 'if someone', 'if somebody', 'if a', 'if he', 'if she', 'if they', 'if there', 'when someone',
  'when a', 'when people', 'what if', 'men who', 'people who', 'those who', 'women who', 'children who', 'does the', 'do the',
  'is there', 'are there', 'why do', 'why does', 'why are', 'why would', 'why is', 'is it legal', 'is it allowed',
  'allowed to', 'legal to',
];
const SE_GENERAL = ['maid dahkabehtet', 'maid dahkat', 'maid politiija', 'maid suohkan', 'mo dii', 'mo politiija', 'mo suohkan', 'man galle', 'jus'];

const RULES: Rule[] = [
  // Suicide and self-harm.
  { kind: 'suicide', lang: 'sv', cue: 'jag vill|ska|tanker|kommer|orkar do', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|orkar|kan inte leva', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar livet av mig', gap: 1, unless: ['hotar med att', 'hotade med att'] },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville do', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte mer|langre', gap: 0, unless: ['mer med', 'langre med', 'mer att', 'langre att'] },
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte livet', gap: 2 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ville inte finnas|existera', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'vill bara|helst forsvinna', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'ingen skulle sakna mig', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'ingen mening med livet|nanting|nagonting', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'jag|har|hade skar|skurit|skadar mig', gap: 1, unless: ['i fingret', 'i handen', 'pa kniven', 'pa glaset', 'pa papperet'] },
  // Someone else: "min kompis säger att hon ska ta livet av sig".
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|tagit livet av sig', gap: 1, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'ta|tar|avsluta mitt liv', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'jag|mig sjalvmord|sjalvmordstankar|sjalvmordsbenagen|sjalvmordstanker', gap: 4 },
  { kind: 'suicide', lang: 'sv', cue: 'skada|skadar|skar|skara mig sjalv', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'kill|killing|hurt|hurting|harm|harming|cut|cutting myself', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'want|wants|wanted|wanna|going|gonna|wish|wishes to|i die', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'end|take|ending|taking my|own life', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'suicidal' },
  { kind: 'suicide', lang: 'en', cue: 'self harm', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|not want|wanna to live', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'cant go on', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'wanna|gonna die', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'end|ending it all', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'want|wanna|going|gonna end it', gap: 1, unless: [...EN_GENERAL, 'end it with'] },
  { kind: 'suicide', lang: 'en', cue: 'better off without me', gap: 0 },
  { kind: 'suicide', lang: 'en', cue: 'kms' },
  { kind: 'suicide', lang: 'en', cue: 'giving|give|given up on everything|life|living', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'dont|not|no want|wanna alive|exist|existing|living', gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'dont|not want|wanna here anymore', gap: 3 },
  { kind: 'suicide', lang: 'en', cue: 'kill|killing|hurt|harm himself|herself|themselves|themself', gap: 0, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'thinking|thoughts|considering|planning|contemplating about|of suicide|killing', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'haliidan|aiggun|hallan japmit', gap: 2 },
  { kind: 'suicide', lang: 'se', cue: 'goddit|goddet|godda|goddin iezan', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'in halit|haliid eallit', gap: 1 },
  { kind: 'suicide', lang: 'se', cue: 'in nagot sat|eallit', gap: 0 },
  { kind: 'suicide', lang: 'se', cue: 'mun|mus|lean|haliidan|jurddasan iessorbm*|iessoard*', gap: 4 },
  { kind: 'suicide', lang: 'se', cue: 'valdit|valdan|valda iezas|iezan hega', gap: 1 },

  // Said another way: "orkar inte längre med nånting", "vill inte vakna", "no reason to live", "better off if I was gone".
  { kind: 'suicide', lang: 'sv', cue: 'orkar inte mer|langre med allt|nanting|nagonting|livet|mig', gap: 1 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|ska inte|aldrig vakna', gap: 2, unless: ['vakna tidigt', 'vakna i tid'] },
  { kind: 'suicide', lang: 'sv', cue: 'om jag dog|dor|forsvann|forsvinner', gap: 0, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'om jag inte fanns|levde|existerade', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'hoppa|hoppar fran|framfor|ut bron|taket|tag|taget|balkongen|fonstret', gap: 2, unless: SV_GENERAL },
  { kind: 'suicide', lang: 'sv', cue: 'gora|gor slut pa allt|livet|mig', gap: 0 },
  { kind: 'suicide', lang: 'sv', cue: 'vill|onskar det|allt|livet ska ta|tar slut', gap: 2, unless: ['slut med', 'slut pa'] },
  { kind: 'suicide', lang: 'en', cue: 'dont|cant|no see|find the|any point anymore|living|life|trying', gap: 1 },
  { kind: 'suicide', lang: 'en', cue: 'no|any reason|point to|in live|living|exist|existing', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'better off if|when i|im am|was|were|gone|dead', gap: 2 },
  { kind: 'suicide', lang: 'en', cue: 'i|and never|not wake up|again', gap: 1, unless: ['on time', 'in time', 'early'] },
  { kind: 'suicide', lang: 'en', cue: 'jump|jumping off|from the bridge|roof|building|balcony', gap: 2, unless: EN_GENERAL },
  { kind: 'suicide', lang: 'en', cue: 'pills|tablets|meds take|taking|swallow them|all', gap: 4, unless: EN_GENERAL },

  // Violence or threats from someone close.
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina|var ${SV_CLOSE} ${SV_HARM}`, gap: 3 },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|valdtagen|inlast|slagit|misshandlat|hotat|radd av|for min|mitt|mina ${SV_CLOSE}`, gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'jag|mig|vi|oss utsatts|utsatt|drabbas|drabbad|slagen|misshandlad|hotad vald|hemma|hemmet', gap: 4 },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} ${EN_HARM}`, gap: 3, unless: ['beat me at', 'beats me at', 'beat me in', 'beat us at', 'hit me up', 'hits me up'] },
  { kind: 'domestic', lang: 'en', cue: `hit|beaten|abused|threatened|attacked|raped|hurt|afraid|scared|frightened by|of my ${EN_CLOSE}`, gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'i|im victim|experiencing|suffering|suffer abuse|violence', gap: 4 },
  { kind: 'domestic', lang: 'se', cue: `mu|mun ${SE_CLOSE} ${SE_HARM}`, gap: 2 },
  // Violence at home seen by the one writing: "pappa slår mamma", "mamma blir slagen av pappa", "dad hits mom".
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME} ${SV_HARM} ${SV_HOME}|mig|oss`, gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `${SV_HOME} skriker|brakar|brak pa|med ${SV_HOME}|mig|oss`, gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|slagna|misshandlade|hotade av ${SV_HOME}`, gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `min|mitt|mina ${SV_CLOSE}|${SV_HOME} blir|ar|har|blev slagen|misshandlad|hotad|slagit|misshandlat`, gap: 2, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'sv', cue: `slagen|misshandlad|hotad|slagna|misshandlade|hotade av sin|sina|hennes|hans ${SV_CLOSE}`, gap: 1, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `${EN_HOME} ${EN_HARM} ${EN_HOME}|me|us`, gap: 2, unless: [...EN_GENERAL, 'beat me at', 'beats me at', 'beat us at', 'beats us at', 'hit me up', 'hits me up'] },
  { kind: 'domestic', lang: 'en', cue: `hit|beaten|abused|threatened|attacked|raped|hurt by|from his|her|their ${EN_CLOSE}`, gap: 1, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} is|gets|can violent|abusive|aggressive`, gap: 2 },
  { kind: 'domestic', lang: 'en', cue: `my ${EN_CLOSE} is|are|gets|got|was|being|been beaten|abused|hit|attacked|threatened|hurt`, gap: 2, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'se', cue: `${SE_CLOSE} ${SE_HARM}`, gap: 3, unless: SE_GENERAL },

  // Fear and control at home: "jag vågar inte gå hem", "he won't let me see my friends", "han tar mina pengar".
  { kind: 'domestic', lang: 'sv', cue: 'vagar inte ga|aka|komma hem', gap: 2, unless: ['fran stan', 'fran krogen', 'fran centrum', 'pa natten'] },
  { kind: 'domestic', lang: 'en', cue: 'scared|afraid|terrified|frightened to|of go|going home', gap: 1, unless: ['from town', 'at night', 'from the centre', 'from the center'] },
  { kind: 'domestic', lang: 'se', cue: 'ballan mannat|vuolgit ruoktot', gap: 2 },
  { kind: 'domestic', lang: 'sv', cue: 'later|lat mig inte traffa|ga|prata|jobba', gap: 1, unless: [...SV_GENERAL, 'polisen', 'kommunen', 'skolan'] },
  { kind: 'domestic', lang: 'en', cue: 'husband|wife|boyfriend|bf|girlfriend|gf|partner|he|she doesnt|dont|wont|never let me', gap: 2 },
  { kind: 'domestic', lang: 'se', cue: 'ii divtte mu|min', gap: 0 },
  { kind: 'domestic', lang: 'sv', cue: `${SV_CLOSE}|pojkvannen|han|hon tar|tog|tagit|kollar|kontrollerar|styr mobil|mobilen|telefon|telefonen|pengar|pengarna|pass|passet|nycklar|lon|bankkort|konto`, gap: 3, unless: SV_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'husband|wife|boyfriend|bf|girlfriend|gf|partner|he|she controls|checks|takes|took|take|keeps|hides my money|phone|passport|keys|card|documents|id', gap: 3, unless: EN_GENERAL },
  { kind: 'domestic', lang: 'en', cue: 'pushed|shoved|threw me down|into|against|over|across', gap: 1 },
  { kind: 'domestic', lang: 'sv', cue: 'kontaktforbud|tilltradesforbud' },
  { kind: 'domestic', lang: 'sv', cue: 'om jag lamnar|lamnade honom|henne|dig', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'if i leave|left|try him|her', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: 'kill|hurt|find me|us if i leave|left|go|tell', gap: 1 },
  { kind: 'domestic', lang: 'en', cue: `${EN_HOME}|stepdad screaming|yelling|shouting at ${EN_HOME}|me|us`, gap: 3, unless: EN_GENERAL },

  // Danger now: violence, threats, break-in, accident, fire, weapons.
  { kind: 'emergency', lang: 'sv', cue: `${SV_HARM}|attackerar|ranar|ranade|knivhugger|skjuter|jagar mig|oss`, gap: 1, unless: ['slar mig att', 'slog mig att'] },
  { kind: 'emergency', lang: 'sv', cue: 'jag|vi blir|blev|ar|har|bli slagen|slagna|misshandlad|misshandlade|hotad|hotade|forfoljd|attackerad|ranad|knivhuggen|skjuten|valdtagen|jagad|overfallen', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'bryter|brot|bryta|brutit|forsoker sig in', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'inbrott pagar|nu|hemma|hos', gap: 3 },
  { kind: 'emergency', lang: 'sv', cue: 'pagar|ar|hander inbrott|slagsmal|brak|brand', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'det|huset|lagenheten|bilen|skogen|villan|huset|garaget|nagot|hos brinner', gap: 2, unless: ['i knutarna'] },
  { kind: 'emergency', lang: 'sv', cue: 'brinner nu|hos|i', gap: 1, unless: ['i knutarna'] },
  { kind: 'emergency', lang: 'sv', cue: 'hant|skett|hande|sett olycka*|bilolycka*|trafikolycka*|krock*', gap: 3 },
  { kind: 'emergency', lang: 'sv', cue: 'olycka|bilolycka|trafikolycka|krock|krocken pa|vid|har|hant|nu', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'krockat|krockade|voltat|voltade' },
  { kind: 'emergency', lang: 'sv', cue: 'ar|blev|ligger skadad|skadade|medvetslos|blodar', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'andas inte', gap: 0 },
  { kind: 'emergency', lang: 'sv', cue: 'jag|vi|hon|han|nagon|mitt|min i fara', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|nagon|nan|de|dom|killen|kille|mannen|grannen|gubben|snubben har kniv|pistol|vapen|gevar|yxa|machete', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'skottlossning' },
  { kind: 'emergency', lang: 'sv', cue: 'med kniv|pistol|gevar|yxa|machete|kniven|pistolen', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|de|dom|han skjuter', gap: 1 },
  // Someone else harmed, seen or heard now: "min granne misshandlar sin fru", "han slår henne", "killen slår tjejen".
  { kind: 'emergency', lang: 'sv', cue: `${SV_HARM} sin|sina|sitt ${SV_CLOSE}|barn|barnen|hund|hunden`, gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: `${SV_OTHER} ${SV_HARM}|attackerar|ranar|knivhugger|sparkar ${SV_VICTIM}`, gap: 2, unless: [...SV_GENERAL, 'slar honom att', 'slar henne att', 'slog honom att', 'slog henne att', 'slar en signal', 'slog en signal'] },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|en|kvinna|man|han|hon|kille|tjej blir|ar|har slagen|misshandlad|attackerad|knivhuggen|overfallen|ranad', gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'blev|blivit slagen|misshandlad|attackerad|knivhuggen|overfallen|ranad', gap: 0, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|de|dom|folk|killar|grannarna slass|brakar', gap: 1, unless: SV_GENERAL },
  // A child or someone close missing, a smell of fire or gas.
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} forsvunnen|forsvunnet|forsvunna|forsvunnit|borta`, gap: 3, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: `min|mitt|mina|var ${SV_MISSING} inte kommit|kommer hem`, gap: 2, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: `hittar inte min|mitt|mina|var ${SV_MISSING}`, gap: 0 },
  { kind: 'emergency', lang: 'sv', cue: 'luktar|kanner brandrok|rok|brant|gas', gap: 2 },
  { kind: 'emergency', lang: 'sv', cue: 'det ryker', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: `${EN_HARM}|robbing|robbed|stabbing|stabbed|shooting|chasing|following me|us`, gap: 1, unless: ['beat me at', 'beats me at', 'beat me in', 'beat us at', 'hit me up', 'hits me up'] },
  { kind: 'emergency', lang: 'en', cue: 'i|im|we|were|ive|weve am|was|being|been|getting|got|are|were|keep hit|beaten|attacked|threatened|followed|stalked|robbed|stabbed|shot|raped|assaulted|abused|hurt|chased', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'breaking|broke|broken|break in|into', gap: 1, unless: ['break ins'] },
  { kind: 'emergency', lang: 'en', cue: 'on fire', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'there|theres|its is|a fire', gap: 1, unless: ['fire station', 'fire brigade', 'fire department', 'fire safety'] },
  { kind: 'emergency', lang: 'en', cue: 'house|home|car|building|forest|apartment|flat|something|it is|are burning', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'its burning', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'been|theres|there|had|saw|see an|a accident|crash', gap: 2, unless: [...EN_GENERAL, 'has there been', 'have there been', 'this year', 'last year'] },
  { kind: 'emergency', lang: 'en', cue: 'crashed' },
  { kind: 'emergency', lang: 'en', cue: 'is|are|im|am unconscious|bleeding|injured', gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'not|isnt|doesnt|cant breathing|breathe', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'i|we|im|am|she|he|someone in danger', gap: 2 },
  { kind: 'emergency', lang: 'en', cue: 'he|she|someone|somebody|they|man|guy has|have|got a knife|gun|weapon|pistol|rifle|axe', gap: 2 },
  { kind: 'emergency', lang: 'en', cue: 'shots fired', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'with|holding|carrying knife|gun|pistol|rifle|axe|machete', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'trying|tries to get|break|climb|force in|into', gap: 1, unless: EN_GENERAL },
  // Someone else harmed, seen or heard now: "my neighbour is beating his wife", "he is hitting her".
  { kind: 'emergency', lang: 'en', cue: `${EN_HARM} his|her|their ${EN_CLOSE}|kids|children|child|dog`, gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: `${EN_OTHER} ${EN_HARM}|robbing|stabbing|shooting|kicking ${EN_VICTIM}`, gap: 2, unless: [...EN_GENERAL, 'hit the road', 'hit the jackpot', 'hit the news'] },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|a|woman|man|he|she|kid|child is|are being|getting|been beaten|attacked|stabbed|hit|assaulted|robbed', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'fighting outside|now|here|right|in|on|at|near', gap: 0, unless: [...EN_GENERAL, 'about', 'at school'] },
  { kind: 'emergency', lang: 'en', cue: 'a fight outside|at|in|on|near', gap: 0, unless: [...EN_GENERAL, 'about'] },
  // A child or someone close missing, a smell of fire or gas.
  { kind: 'emergency', lang: 'en', cue: `my|our ${EN_CLOSE}|child|kid|kids|children|boy|girl|old missing|disappeared|vanished`, gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: `my|our ${EN_CLOSE}|child|kid hasnt|didnt|not|never come|came|returned home|back`, gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: `cant|cannot find my|our ${EN_CLOSE}|child|kid|kids|children`, gap: 1 },
  { kind: 'emergency', lang: 'en', cue: 'cant|cannot find him|her|them anywhere', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'smell|smells|smelling smoke|burning|gas', gap: 2 },
  { kind: 'emergency', lang: 'en', cue: 'smoke coming|from', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: `${SE_HARM} mu|min|munnje|midjiide`, gap: 1 },
  { kind: 'emergency', lang: 'se', cue: 'buolla' },
  { kind: 'emergency', lang: 'se', cue: 'mun|lean varas', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: 'caskojuvvo|caskojuvvon|cabmojuvvo dal|dalan', gap: 1 },
  { kind: 'emergency', lang: 'se', cue: `mu|min manna|manat|${SE_CLOSE} javkan|javkkai|javkan`, gap: 3, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'ii boahtan ruoktot', gap: 1, unless: SE_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'mun|lean heahtedil*', gap: 2 },
  { kind: 'emergency', lang: 'se', cue: 'dahpahuvvan|dahpahuvai|dahpahuvva lihkuhisvuoht*|lihkuhisvuod*', gap: 2 },
  { kind: 'emergency', lang: 'se', cue: 'lihkuhisvuoht* dahpahuvvan|dahpahuvai|dal', gap: 2 },
  { kind: 'emergency', lang: 'se', cue: 'sisabahkk* dal|dalan', gap: 3 },
  { kind: 'emergency', lang: 'se', cue: 'dal|dalan sisabahkk*', gap: 3 },

  // More danger now: a car swerving, someone not moving, followed, threatened with death, an intruder, fire, ice.
  { kind: 'emergency', lang: 'sv', cue: 'vinglar|vinglade|vingligt|sicksackar', unless: SV_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'vaknar inte', gap: 0, unless: [...SV_GENERAL, 'i tid', 'pa morgonen', 'av larmet', 'jag vaknar'] },
  { kind: 'emergency', lang: 'en', cue: 'swerving|weaving|zigzagging all|across|over', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'han|hon|hen|pappa|mamma|barnet|personen|killen|tjejen|kompisen vaknar|ror|andas inte', gap: 2, unless: [...SV_GENERAL, 'i tid'] },
  { kind: 'emergency', lang: 'en', cue: 'wont|cant|doesnt|not|isnt wake|waking|moving', gap: 1, unless: [...EN_GENERAL, 'on time', 'in time', 'traffic', 'queue', 'line', 'car', 'cars', 'bus'] },
  { kind: 'emergency', lang: 'en', cue: 'passed out', gap: 0 },
  { kind: 'emergency', lang: 'en', cue: 'people|someone|somebody|persons|kids are|is|got hurt|injured|bleeding|trapped', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'people|persons hurt|injured|trapped', gap: 0, unless: [...EN_GENERAL, 'last year', 'this year', 'were people'] },
  { kind: 'emergency', lang: 'sv', cue: 'foljer|foljde|forfoljer efter mig|oss', gap: 1 },
  { kind: 'emergency', lang: 'sv', cue: 'doda|dodar|morda|mordar|skjuta|knivhugga|branna|spranga mig|oss|mitt|min|vart', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'he|she|they|someone|somebody|hes|shes will|gonna|going|wants|said|threatens|threatened kill|shoot|stab me|us', gap: 3, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'nagon|nan|tjuv|tjuvar|inbrottstjuv|inbrottstjuvar inne|innanfor', gap: 2, unless: [...SV_GENERAL, 'finns det', 'inne pa stan', 'inne i stan'] },
  { kind: 'emergency', lang: 'en', cue: 'someone|somebody|stranger|intruder|man|guy|people in|inside my|our house|flat|apartment|home|room|basement|garage|cabin', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'trying|tries to open|unlock my|our|the door|car|window', gap: 1, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'sv', cue: 'brand|eldsvada i|pa|hos', gap: 0, unless: [...SV_GENERAL, 'vid brand', 'brand i knutarna', 'forebygga brand', 'forebygger brand', 'risk for brand', 'hur forebygger', 'forebyggande'] },
  { kind: 'emergency', lang: 'sv', cue: 'gatt|gick|gar|ramlat|ramlade genom|igenom isen', gap: 1, unless: SV_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'through the ice', gap: 0, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'en', cue: 'hasnt|didnt|not come|came|returned home', gap: 1, unless: [...EN_GENERAL, 'when'] },
  { kind: 'emergency', lang: 'en', cue: 'hit|hits|hitting|beat|beats|beating|attacking|kicking my|our wife|husband|girlfriend|boyfriend|kid|kids|child|children|friend|mom|dad', gap: 1, unless: [...EN_GENERAL, 'beat me at', 'hit me up'] },
  { kind: 'emergency', lang: 'en', cue: 'hear|hearing screaming|screams|yelling|banging|fighting', gap: 2, unless: EN_GENERAL },
  { kind: 'emergency', lang: 'se', cue: 'muhtun|olmmos cabma|caska|aita', gap: 1, unless: SE_GENERAL },

  // Wanting to report a crime or give the police a tip.
  { kind: 'report', lang: 'sv', cue: 'vill|ska|maste|behover|vilja|skulle anmala|polisanmala|anmalan|polisanmalan|tipsa|tips|rapportera', gap: 3, unless: ['fler ska', 'fler skulle', 'fler vagar', 'folk ska', 'vaga anmala'] },
  { kind: 'report', lang: 'sv', cue: 'anmala|anmaler|polisanmala ett|en brott|brottet|inbrott|inbrottet|stold|stolden|misshandel|misshandeln|skadegorelse', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'tipsa|tips polisen', gap: 2 },
  // A crime that has happened: "någon har stulit min cykel", "min bil är stulen".
  { kind: 'report', lang: 'sv', cue: 'stulit|stal|snott|snodde min|mitt|mina', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'nagon|nan|dom|de|tjuven|tjuvar|tjuvarna tog|tagit min|mitt|mina', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'ar|har|blev|blivit|fatt|fick stulen|stulet|stulna|snodd|snott|snodda|vandaliserad|vandaliserat|sonderslagen|sonderslaget', gap: 2, unless: [...SV_GENERAL, 'var ar', 'var finns', 'var hittar'] },
  { kind: 'report', lang: 'sv', cue: 'repat|repade|krossat|krossade|punkterat|punkterade|sprayat|sprayade|klottrat|klottrade|sonder min|mitt|mina|vart|vara', gap: 3, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'klottrat|klottrade|sprayat|sprayade pa', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'haft|hade inbrott', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'utsatt|utsatts|drabbad|drabbats|offer brott|brottet|inbrott|stold|bedrageri', gap: 2, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'jag|vi har|blev|blivit bestulen|bestulna|lurad|lurade|bedragen', gap: 2 },
  { kind: 'report', lang: 'sv', cue: 'jag|vi fatt|fick|far|blir|blev|blivit hot|hotelser|dodshot|hotbrev|hotfulla|trakasserad|trakasserade|utpressad', gap: 1 },
  { kind: 'report', lang: 'sv', cue: 'skickar|skickade|skickat hot|hotelser|dodshot|hotfulla', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'en', cue: 'want|wanna|need|like|wish|going|have to report', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'report crime|theft|burglary|assault|robbery|crimes|vandalism', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'tip off|to|for police|cops', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'have|got|give|anonymous a|an tip', gap: 1 },
  // A crime that has happened: "someone stole my bike", "my car was stolen".
  { kind: 'report', lang: 'en', cue: 'stole|steal|steals|nicked|took|smashed|vandalised|vandalized|wrecked my|our', gap: 1, unless: [...EN_GENERAL, 'store', 'stores', 'stored', 'took my kids', 'took my child', 'took my son', 'took my daughter', 'took my time', 'took my advice'] },
  { kind: 'report', lang: 'en', cue: 'my|our was|got|has|have|is|been stolen|nicked|vandalised|vandalized|smashed|burgled|burglarized', gap: 3, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'i|we|ive|weve was|were|been|got scammed|defrauded|conned', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'i|we|ive|weve|im got|get|received|receive|getting|keep|sent threat|threats|death|threatening|hate', gap: 2, unless: ['get that', 'get why'] },
  { kind: 'report', lang: 'en', cue: 'i|we|im|ive am|are|being|been|was|were harassed|blackmailed|extorted|burgled|burglarized', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'sent|sends|sending me|us threat|threats|death|threatening|hate', gap: 1 },
  { kind: 'report', lang: 'en', cue: 'victim crime|burglary|theft|fraud|scam', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'se', cue: 'haliidan|ferten|galggan|aiggun|sahtan|hallan vaidit|dieditit', gap: 2, unless: ['valdit', 'diehtit'] },
  { kind: 'report', lang: 'se', cue: 'vaidit|vaidet|vaidin politiij*', gap: 2, unless: ['valdit'] },
  { kind: 'report', lang: 'se', cue: 'vasihan|oazzun|ozzon aitag*|aitta', gap: 2, unless: SE_GENERAL },
  { kind: 'report', lang: 'se', cue: 'suoladuvv*' },
  { kind: 'report', lang: 'se', cue: 'suolai|suoladii|suoladan mu|min', gap: 1 },
  // More crimes that have happened: "nån slog sönder bilrutan", "de länsade mitt konto", "someone keyed my car".
  { kind: 'report', lang: 'sv', cue: 'slog|slagit|sparkade|sparkat sonder', gap: 0, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'tomt|tomde|lansat|lansade mitt|mina|vart|vara', gap: 1, unless: SV_GENERAL },
  { kind: 'report', lang: 'sv', cue: 'jag|vi har|blev|blivit blast|scammad|scammade|bedragna', gap: 2 },
  { kind: 'report', lang: 'en', cue: 'tell|inform|alert|notify the police|cops', gap: 1, unless: [...EN_GENERAL, 'municipality', 'council'] },
  { kind: 'report', lang: 'en', cue: 'someone|somebody|they|kids spray|sprayed|painted|graffitied|scratched|keyed|slashed|smashed|hacked', gap: 2, unless: EN_GENERAL },
  { kind: 'report', lang: 'en', cue: 'blackmailing|blackmails|extorting|sextorting me|us', gap: 0 },
  { kind: 'report', lang: 'se', cue: 'suolai|suoladii', unless: SE_GENERAL },
];

/** Words that together make nothing more than a cry for help ("Hjälp!", "help me please", "Veahket!"). */
const HELP_CORE: Record<string, Lang> = { hjalp: 'sv', hjaalp: 'sv', help: 'en', sos: 'en', veahket: 'se', veahkehehket: 'se', veahkki: 'se', veahki: 'se' };
const HELP_CORE_FUZZY = Object.entries(HELP_CORE).filter(([pattern]) => pattern.length >= 5);
const HELP_FILLER = new Set(['mig', 'oss', 'snalla', 'jag', 'behover', 'vill', 'ha', 'me', 'us', 'please', 'i', 'need', 'want', 'mun', 'darbbasan', 'dal']);

/** The rules, in the order they are tried: most serious first. */
const TABLE = new CueTable(RULES, { gap: 3, wordCacheLimit: 20_000 });

function detectHelpCry(words: readonly string[]): SafetyMatch | null {
  if (words.length === 0 || words.length > 5) return null;
  let lang: Lang | undefined;
  for (const word of words) {
    const core = HELP_CORE[word] ?? HELP_CORE_FUZZY.find(([pattern]) => isWordMatch(word, pattern))?.[1];
    if (core) lang ??= core;
    else if (!HELP_FILLER.has(word)) return null;
  }
  return lang ? { kind: 'help', lang } : null;
}

/** Returns the most serious safety route the message calls for, or null for an ordinary message. */
export function detectSafety(text: string, words: readonly string[] = splitWords(text)): SafetyMatch | null {
  if (words.length === 0) return null;
  // RULES are ordered by severity, so the first rule that matches is the route.
  const rule = TABLE.find(words);
  return rule ? { kind: rule.kind, lang: rule.lang } : detectHelpCry(words);
}
