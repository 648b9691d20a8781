/**
 * Commands and small talk, recognised only when the whole (short) message is one of the phrases below, so that a
 * real question such as "Hur går det med medborgarlöftena?" is never swallowed by "hur går det?". Four kinds are also
 * found by cues, because residents phrase them too freely for a list: a language asked for ("och på engelska?"),
 * what the bot stores ("Sparas mina frågor?"), deleting it, and whether a person answers ("is this a real person?").
 * Pure.
 */
import { LANGS, type Lang } from '../knowledge/schema.js';
import { firstLettersToMatch, isWordMatch, splitWords } from '../safety/foldText.js';
import { CueTable } from '../safety/cueTable.js';

export type IntentKind =
  | 'language'
  | 'start'
  | 'help'
  | 'topics'
  | 'privacy'
  | 'delete'
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'robot'
  | 'whatCanYouDo'
  | 'howAreYou';

export interface Intent {
  kind: IntentKind;
  /** The language of the words used; for `language`, the language chosen. */
  lang: Lang;
}

/** [kind, language of the phrases, phrases folded to lower-case ASCII]. */
const PHRASES: Array<[IntentKind, Lang, string[]]> = [
  ['language', 'sv', ['svenska', 'pa svenska', 'svenska tack', 'pa svenska tack', 'pa svenska snalla', 'svara pa svenska', 'swedish', 'in swedish', 'ruotagillii', 'ruotagiella']],
  ['language', 'en', ['english', 'in english', 'english please', 'in english please', 'answer in english', 'engelska', 'pa engelska', 'engelasgillii', 'engelasgiella']],
  ['language', 'se', ['samiska', 'pa samiska', 'nordsamiska', 'pa nordsamiska', 'samegillii', 'davvisamegillii', 'davvisamegiella', 'samegiella', 'sami', 'northern sami', 'in sami', 'in northern sami']],
  ['start', 'sv', ['borja', 'borja om', 'starta', 'starta om']],
  ['start', 'en', ['start', 'get started', 'restart']],
  ['start', 'se', ['algge', 'algit']],
  ['help', 'sv', ['hjalptext', 'instruktioner']],
  ['help', 'en', ['instructions']],
  ['topics', 'sv', ['amnen', 'meny', 'visa amnen', 'alla amnen']],
  ['topics', 'en', ['topics', 'menu', 'show topics', 'all topics']],
  ['topics', 'se', ['fattat', 'fadda']],
  ['privacy', 'sv', ['integritet', 'persondata', 'sekretess', 'personuppgifter', 'dataskydd', 'gdpr', 'vad sparar du', 'vad sparar ni']],
  ['privacy', 'en', ['privacy', 'data protection', 'privacy policy', 'what do you store', 'what data do you store', 'personal data']],
  ['privacy', 'se', ['privahtavuohta', 'persovnnalas diedut']],
  ['greeting', 'sv', ['hej', 'hejsan', 'hej hej', 'halla', 'tjena', 'tjenare', 'tja', 'tjabba', 'god morgon', 'god dag', 'god kvall', 'godmorgon', 'morsning', 'hej bot']],
  ['greeting', 'en', ['hello', 'hi', 'hey', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'howdy']],
  ['greeting', 'se', ['bures', 'buorre beaivi', 'buorre idit', 'buorre eahket', 'bures bures']],
  ['thanks', 'sv', ['tack', 'tack sa mycket', 'tackar', 'tack tack', 'tusen tack', 'tack for hjalpen', 'tack sa mycket for hjalpen', 'toppen tack']],
  ['thanks', 'en', ['thanks', 'thank you', 'thank you very much', 'thanks a lot', 'thx', 'cheers', 'many thanks', 'thanks for the help', 'thanks for your help']],
  ['thanks', 'se', ['giitu', 'giittus', 'giittos', 'giitu giitu', 'giittos eatnat', 'giitu veahki ovddas']],
  ['goodbye', 'sv', ['hej da', 'hejda', 'adjo', 'vi ses', 'ha det', 'ha det bra']],
  ['goodbye', 'en', ['bye', 'goodbye', 'bye bye', 'see you', 'see ya', 'good bye']],
  ['goodbye', 'se', ['baze dearvan', 'mana dearvan', 'oaidnaleapmai']],
  ['robot', 'sv', ['ar du en robot', 'ar du en bot', 'ar du en chattbot', 'ar du en manniska', 'ar du en riktig manniska', 'ar du ai', 'pratar jag med en manniska', 'pratar jag med en robot', 'ar det en robot']],
  ['robot', 'en', ['are you a bot', 'are you a robot', 'are you human', 'are you a human', 'are you a real person', 'are you a person', 'am i talking to a person', 'am i talking to a bot', 'are you ai', 'is this a bot']],
  ['robot', 'se', ['leat go don robohtta', 'leatgo don robohtta', 'leat go don olmmos', 'leatgo don olmmos']],
  ['whatCanYouDo', 'sv', ['vad kan du', 'vad kan du gora', 'vad kan jag fraga', 'vad kan jag fraga om', 'vad kan du svara pa', 'vad gor du', 'vad ar du', 'vem ar du', 'vad ar det har', 'vad ar det har for chatt']],
  ['whatCanYouDo', 'en', ['what can you do', 'what can i ask', 'what can i ask about', 'what do you do', 'what are you', 'what do you know', 'who are you', 'what is this', 'what is this chat']],
  ['whatCanYouDo', 'se', ['maid don mahtat', 'maid sahtan jearrat', 'maid don dagat', 'gii don leat', 'mii don leat']],
  ['howAreYou', 'sv', ['hur gar det', 'hur mar du', 'hur ar det', 'laget', 'hur ar laget', 'allt bra']],
  ['howAreYou', 'en', ['how is it going', 'hows it going', 'how are you', 'how are u', 'how r u', 'how are you doing', 'whats up', 'how are things']],
  ['howAreYou', 'se', ['mo manna', 'movt manna', 'mot manna']],
];

const COMPILED = PHRASES.flatMap(([kind, lang, phrases]) => phrases.map((phrase) => ({ kind, lang, words: phrase.split(' ') })))
  .map((phrase, order) => ({ ...phrase, order }));
/**
 * The phrases by their number of words and the first letter of their first word, in table order: a message is compared
 * only with phrases of its length that can begin with its first word (firstLettersToMatch). A map by length, then one
 * by letter: no string key made per look-up.
 */
const COMPILED_BY_START = new Map<number, Map<string, typeof COMPILED>>();
for (const phrase of COMPILED) {
  const byLetter = COMPILED_BY_START.get(phrase.words.length) ?? new Map<string, typeof COMPILED>();
  COMPILED_BY_START.set(phrase.words.length, byLetter);
  const letter = phrase.words[0]![0]!;
  byLetter.set(letter, [...(byLetter.get(letter) ?? []), phrase]);
}

const DELETE_VERBS = new Map<string, Lang>(Object.entries({ radera: 'sv', glom: 'sv', delete: 'en', erase: 'en', remove: 'en', forget: 'en', sihko: 'se', sihku: 'se', sihkut: 'se' }) as Array<[string, Lang]>);
const DELETE_OBJECTS = new Set(['uppgifter', 'uppgifterna', 'personuppgifter', 'data', 'datan', 'mig', 'me', 'info', 'information', 'allt', 'everything', 'historik', 'history', 'dieduid', 'diedut', 'diehtu']);

/**
 * "Is this a real person?", "pratar jag med en robot?", "can I talk to a human?": asking who answers, or for a person
 * instead. Phrasings vary too much for whole phrases, so these are cues (see CueTable): slots that must occur in
 * this order with at most two words between them (typos allowed per word), and end the message (see ROBOT_TRAILING).
 * Each cue is about who answers here ("du", "this", "svarar", "talk to"), so "Är det en person från polisen som följer
 * upp löftena?" stays a question about the promises.
 */
const SV_BEING = 'robot|bot|botten|chattbot|chatbot|chattrobot|manniska|person|ai|maskin|automatisk|dator|chatgpt';
const EN_BEING = 'bot|robot|chatbot|human|person|real|ai|machine|automated|computer|chatgpt|gpt';
const SE_BEING = 'robohtta|bohtta|olmmos|dihtor|automahtalas';
/**
 * A cue's last word must end the message, but for these: "är du en riktig människa eller en robot?", "can I talk to a
 * real person please". So "Jag vill prata med någon om våld i min relation" and "Is it real that…" are questions.
 */
const ROBOT_TRAILING = new Set([
  ...`${SV_BEING}|${EN_BEING}|${SE_BEING}`.split('|'),
  'or', 'a', 'an', 'en', 'ett', 'eller', 'right', 'now', 'nu', 'please', 'pls', 'snalla', 'tack', 'egentligen', 'actually',
  'really', 'verkligen', 'da', 'then', 'instead', 'istallet', 'i', 'stallet', 'here', 'har', 'riktig', 'riktigt',
  'dal', 'go', 'gal', 'som', 'svarar', 'skriver', 'who', 'answers', 'answering', 'writing',
]);
const robotCue = (lang: Lang, cue: string) => ({ lang, cue, trailing: ROBOT_TRAILING });
const ROBOT_CUES = new CueTable(
  [
    robotCue('sv', `ar|e du|detta ${SV_BEING}`),
    robotCue('sv', 'ar det har|harna en|ett robot|bot|chattbot|chatbot|manniska|maskin|ai'),
    robotCue('sv', 'ar det en|ett robot|bot|chattbot|chatbot|manniska|maskin'),
    robotCue('sv', 'ar|e du pa riktigt'),
    robotCue('sv', `pratar|chattar|skriver|talar jag|vi med ${SV_BEING}`),
    robotCue('sv', 'prata|tala|chatta med manniska|person|handlaggare|nagon'),
    robotCue('sv', 'svarar|skriver en|nagon manniska|person|robot|bot|dator|maskin'),
    robotCue('en', `are|r you|u ${EN_BEING}`),
    robotCue('en', `is this|it ${EN_BEING}`),
    robotCue('en', `am|are i|we talking|chatting|speaking|writing to|with ${EN_BEING}`),
    robotCue('en', 'who am|are i|we talking|chatting|speaking|writing to|with'),
    robotCue('en', 'talk|speak|chat to|with human|person|someone|somebody|agent|operator|real'),
    robotCue('se', `leat|leatgo|leago|lea don|dat ${SE_BEING}`),
    robotCue('se', 'haliidan|sahtan|sahttago|sahtango hallat|humat|hupmat|sagastit olbmuin|olmmoin'),
  ],
  { gap: 2, wordCacheLimit: 10_000 },
);
/** A person who speaks a given language is a question for the knowledge base (service in Sami, Finnish, Meänkieli). */
const LANGUAGE_WORDS = ['samiska', 'sami', 'samegillii', 'samegiella', 'nordsamiska', 'finska', 'finnish', 'meankieli', 'svenska', 'swedish', 'engelska', 'english'];
const ROBOT_MAX_WORDS = 12;

function detectRobotQuestion(words: readonly string[]): Intent | null {
  if (words.length > ROBOT_MAX_WORDS || words.some((word) => LANGUAGE_WORDS.includes(word))) return null;
  const found = ROBOT_CUES.find(words);
  return found ? { kind: 'robot', lang: found.lang } : null;
}

/** The three languages by name, as a resident asks for one ("på engelska", "in Sami", "sámegillii"). */
// A Map, not an object: a resident's word is the key, and "constructor" must not find Object's own property.
const LANGUAGE_NAMES = new Map<string, Lang>(Object.entries({
  svenska: 'sv', swedish: 'sv', ruotagillii: 'sv', ruotagiella: 'sv',
  engelska: 'en', english: 'en', engelasgillii: 'en', engelasgiella: 'en',
  samiska: 'se', nordsamiska: 'se', sami: 'se', samegillii: 'se', davvisamegillii: 'se', samegiella: 'se', davvisamegiella: 'se',
}) as Array<[string, Lang]>);
/** Words that may go with a language name in a request to switch ("och på engelska?", "can you answer in Sami please"). */
const LANGUAGE_REQUEST_WORDS = new Set([
  // sv
  'och', 'pa', 'kan', 'du', 'ni', 'svara', 'svarar', 'skriv', 'skriva', 'skriver', 'prata', 'pratar', 'tala', 'talar', 'snalla',
  'tack', 'garna', 'helst', 'hellre', 'istallet', 'i', 'stallet', 'nu', 'byt', 'byta', 'till', 'sprak', 'jag', 'vill', 'ha', 'det',
  // en
  'and', 'in', 'please', 'answer', 'reply', 'write', 'speak', 'talk', 'can', 'could', 'you', 'instead', 'now', 'want', 'switch',
  'change', 'to', 'language', 'do', 'would', 'like', 'prefer', 'rather', 'it', 'again', 'northern',
  // se
  'ja', 'dal', 'vastit', 'vastid', 'vastidit', 'vastidat', 'cale', 'cala', 'halla', 'hallat', 'sahtat', 'sahtatgo', 'go', 'don',
  'leat', 'haliidan', 'mun', 'sahtan', 'giitu', 'da', 'fa', 'svar', 'ta', 'pls', 'plz',
]);

/** "och på engelska?", "kan du svara på samiska", "Do you speak English?": a language name and words that ask for it. */
function detectLanguageRequest(words: readonly string[]): Intent | null {
  if (words.length > 7) return null;
  let lang: Lang | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const named = LANGUAGE_NAMES.get(word);
    if (named) {
      if (lang && lang !== named) return null;
      lang = named;
    } else if (!LANGUAGE_REQUEST_WORDS.has(word)) return null;
  }
  return lang ? { kind: 'language', lang } : null;
}

/**
 * "Vad sparar ni om mig?", "Are my messages stored?", "Maid don vurket?": a word for storing and one for the resident
 * or the bot, in a short message. Exact forms: a typo allowance turns "lägga" and "stort" into storing.
 */
const PRIVACY_STORE: Record<Lang, ReadonlySet<string>> = {
  sv: new Set(['spara', 'sparar', 'sparas', 'sparat', 'sparats', 'sparade', 'sparad', 'lagra', 'lagrar', 'lagras', 'lagrat', 'lagrats', 'lagrade', 'lagrad', 'laser', 'lases', 'loggar', 'loggas', 'hanterar', 'hanteras']),
  en: new Set(['store', 'stores', 'stored', 'storing', 'save', 'saves', 'saved', 'saving', 'logged', 'logging', 'retain', 'retained', 'recorded']),
  se: new Set(['vurket', 'vurke', 'vurken', 'vurkejit', 'vurkejuvvo', 'vurkejuvvojit', 'vurkejuvvon', 'vurkii']),
};
const PRIVACY_WHO = new Set([
  'du', 'ni', 'boten', 'chatten', 'mig', 'mina', 'min', 'mitt', 'skriver', 'meddelanden', 'fragor', 'fragorna', 'uppgifter', 'uppgifterna', 'samtalet', 'konversationen', 'detta',
  'you', 'bot', 'chat', 'chats', 'conversation', 'my', 'me', 'messages', 'questions', 'data', 'information', 'this', 'history',
  'don', 'dii', 'mu', 'mun', 'dieduid', 'diedut', 'gazaldagaid',
]);
/** Storing money or lives, a day saved, kept promises, and what the police or the municipality store are other questions. */
const PRIVACY_NOT = new Set([
  'pengar', 'liv', 'money', 'life', 'lives', 'promise', 'promises', 'lohpadusaid', 'lohpadusat',
  'polisen', 'kommunen', 'police', 'municipality', 'council', 'politiija', 'suohkan', 'drugs', 'narkotika', 'seized', 'beslag',
  // "The bus driver saved my day" (everyday1).
  'day', 'dagen',
]);
const PRIVACY_MAX_WORDS = 10;

function detectPrivacyQuestion(words: readonly string[]): Intent | null {
  if (words.length > PRIVACY_MAX_WORDS || !words.some((word) => PRIVACY_WHO.has(word)) || words.some((word) => PRIVACY_NOT.has(word))) return null;
  for (const lang of LANGS) {
    // "spara på skolan", "spara in på fritidsgårdar": saving money.
    if (words.some((word, i) => PRIVACY_STORE[lang].has(word) && words[i + 1] !== 'pa' && words[i + 1] !== 'in')) return { kind: 'privacy', lang };
  }
  return null;
}

/** The intent whose phrase is exactly words[start..end) (typos allowed per word), compared in place. */
function matchPhrase(words: readonly string[], start = 0, end = words.length): Intent | null {
  const length = end - start;
  // The first match in table order: each letter's list is in it, so the earliest of their first matches.
  let found: (typeof COMPILED)[number] | undefined;
  // Indexed loops: a for-of allocated an iterator result per letter and per phrase on every message.
  const letters = firstLettersToMatch(words[start]!);
  const byLetter = COMPILED_BY_START.get(length);
  for (let l = 0; l < letters.length && byLetter; l++) {
    const phrases = byLetter.get(letters[l]!) ?? [];
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (found && phrase.order > found.order) break;
      let i = 0;
      while (i < length && isWordMatch(words[start + i]!, phrase.words[i]!)) i++;
      if (i === length) {
        found = phrase;
        break;
      }
    }
  }
  return found ? { kind: found.kind, lang: found.lang } : null;
}

/** "radera mina uppgifter", "ta bort min data", "delete my data", "sihko mu dieđuid" and their variants. */
function detectDelete(words: readonly string[]): Intent | null {
  if (words.length > 7) return null;
  let lang: Lang | undefined;
  words.forEach((word, i) => {
    const verb = DELETE_VERBS.get(word) ?? (word === 'ta' && words[i + 1] === 'bort' ? 'sv' : undefined);
    lang ??= verb;
  });
  return lang && words.some((word) => DELETE_OBJECTS.has(word)) ? { kind: 'delete', lang } : null;
}

/** Words of time at the end of small talk ("hur mår du idag?", "how are you today", "Mo manná odne?"). */
const TRAILING_TIME = new Set(['idag', 'ikvall', 'nu', 'today', 'tonight', 'now', 'odne', 'dal']);

export function detectIntent(text: string, allWords: readonly string[] = splitWords(text)): Intent | null {
  let end = allWords.length;
  while (end > 1 && TRAILING_TIME.has(allWords[end - 1]!)) end--;
  const words = end === allWords.length ? allWords : allWords.slice(0, end);
  if (words.length === 0) return null;
  if (words.length > 8) return detectPrivacyQuestion(words) ?? detectRobotQuestion(words);
  const whole = matchPhrase(words) ?? detectByCues(words);
  if (whole) return whole;
  // "Hej! Vad kan du?", "Hej, can you answer in English?" — a greeting in front of another short request: it decides.
  for (let length = 1; length <= 2 && length < words.length; length++) {
    if (matchPhrase(words, 0, length)?.kind === 'greeting') {
      const rest = matchPhrase(words, length) ?? detectByCues(words.slice(length));
      if (rest) return rest;
    }
  }
  return null;
}

function detectByCues(words: readonly string[]): Intent | null {
  return detectDelete(words) ?? detectLanguageRequest(words) ?? detectPrivacyQuestion(words) ?? detectRobotQuestion(words);
}
