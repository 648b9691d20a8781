/**
 * Cue words that change what an answer means, per language, folded to lower-case ASCII (foldText). Pure.
 * - A follow-up cue ("hur går det med", "results", "čuovvuleapmi") turns a question the engine matched to a
 *   commitment into a question about how that commitment is going.
 * - A question for figures ("hur många", "how many") about a commitment gets the commitment with a note that the
 *   promises give no figures, and a button to its follow-up.
 * - A question about rules, limits or penalties ("böterna", "the fine for", "promillegränsen") gets its answer after a
 *   note that the promises set none.
 * - A suggestion request ("jag vill lämna en synpunkt", "I want to leave a suggestion") starts the suggestion step.
 * - A cancel word ends the suggestion step without storing anything.
 */
import type { Lang } from '../knowledge/schema.js';
import { firstLettersToMatch, isWordMatch, splitWords } from '../safety/foldText.js';

/** Phrases; `…` stands for up to four words in between ("how are the promises going"), `*` ends a prefix. */
const FOLLOWUP_CUES: Record<Lang, string[]> = {
  sv: [
    'hur gar det', 'hur … gar det', 'hur har det gatt', 'hur gick det', 'hur … gick det', 'hur har … gatt', 'resultat*',
    'uppfoljning*', 'folj* upp', 'har ni gjort', 'har ni genomfort', 'blev det', 'framsteg*', 'status', 'lagesrapport*',
    'har ni hallit', 'har … hallit', 'har det blivit',
  ],
  en: [
    'how is it going', 'hows it going', 'how … going', 'how did … go', 'how has … gone', 'result*', 'progress', 'follow up',
    'followup', 'followed up', 'status', 'update on', 'have you done', 'did you do', 'did it happen', 'kept', 'deliver*',
  ],
  se: [
    'mo manna', 'movt manna', 'mot manna', 'mo … manna', 'movt … manna', 'movt … mannan', 'cuovvul*', 'boadus*', 'bohtos*',
    'lea go dahkkon', 'dahkkon', 'doallojuvvon',
  ],
};

/**
 * Questions for figures ("hur många", "how many", "statistik"). The promises give no figures: asked of a commitment,
 * the answer says so and points to the follow-up. Not questions about how often something is done ("hur många gånger
 * om året kommer hunden?"): the commitment itself answers those. Not "numbers" either: it asks for phone numbers as
 * often as for figures. The Sami words are drafts (docs/sami-review.md).
 */
const FIGURE_CUES: Record<Lang, string[]> = {
  sv: ['hur manga', 'hur mycket', 'statistik*', 'siffr*', 'procent*', 'hur stor andel'],
  en: ['how many', 'how much', 'number of', 'statistic*', 'stats', 'figures', 'percent*'],
  se: ['logut', 'loguid', 'statistihk*', 'proseanta*'],
};
/**
 * Short words for figures, compared exactly: a typo away, "antal" is "anmäl" (report: "anmäl rattfylleri" asks for no
 * figure) and the Sami "galle" (how many) is the Swedish "gäller" ("när är det 112 som gäller?").
 */
const EXACT_FIGURE_WORDS = new Map<string, Lang>([['antal', 'sv'], ['antalet', 'sv'], ['galle', 'se']]);
const FREQUENCY_WORDS: Record<Lang, string[]> = {
  sv: ['ganger', 'gang', 'hur ofta', 'per ar', 'om aret', 'varje ar'],
  en: ['times', 'how often', 'per year', 'a year', 'every year', 'each year'],
  se: ['gearddi*', 'juohke jagi'],
};

/**
 * Questions about jobs or the training for one ("hur blir man polis", "lediga jobb på kommunen", "is LKAB hiring",
 * "Movt šaddat politiijan?"). The promises say nothing of jobs, but such questions share words with them ("söker"
 * with the drug dog's search, "polis" with the non-urgent number), and were answered with those entries. Not a job
 * someone has or moved here for ("I moved here for a job at the mine", "jag jobbar på kommunen", "ett jobb på LKAB"):
 * that is context, not the question. The Sami phrases are drafts.
 */
const JOB_CUES: Record<Lang, string[]> = {
  sv: [
    'lediga jobb', 'lediga tjanster', 'soka jobb', 'soker jobb', 'sokte jobb', 'soka till polis*', 'soker man till', 'bli polis',
    'blir man polis', 'jobba som polis', 'jobb som polis', 'sommarjobb*', 'polisutbildning*', 'tjanar en polis', 'lon som polis',
    'praktik pa', 'praktik hos',
  ],
  en: [
    'jobs at', 'job openings', 'job vacancies', 'job listings', 'apply for a job', 'apply for jobs', 'summer job*', 'become a police',
    'become a cop', 'police academy', 'police training', 'work for the police', 'work for the swedish police', 'police jobs',
    'jobs with the police', 'jobs with the municipality', 'job at the police', 'job at the municipality', 'job with the municipality', 'internship*',
  ],
  se: ['saddat politiijan', 'ohcan barggu', 'ohcat barggu', 'oaccun barggu', 'bargat politiijan', 'geassebarg*', 'politiijaoahpp*', 'praktihka*'],
};
/**
 * Questions about rules, limits and penalties ("vad är böterna för rattfylla", "what's the fine for drink-driving",
 * "promillegränsen", "speed limits for snowmobiles"): the promises set none. The search answers them with the
 * commitment they name (the police's traffic checks), which is about the topic but not the question, so the answer
 * says first that the promises say nothing of rules or penalties. Phrases, not "fine" or "bot" alone ("I'm fine",
 * "är du en bot"). The Sami words are drafts (docs/sami-review.md).
 */
const RULES_CUES: Record<Lang, string[]> = {
  sv: ['botesbelopp*', 'fortkorningsbot*', 'parkeringsbot*', 'straffet for', 'straffen for', 'straffskala*', 'promillegrans*', 'hastighetsgrans*'],
  en: ['the fine for', 'a fine for', 'fines for', 'fine is for', 'get fined', 'fined for', 'penalty for', 'penalties for', 'speed limit', 'speed limits', 'legal limit', 'alcohol limit', 'drink driving limit'],
  se: ['sahkku', 'sahku', 'rangastus*'],
};

/** Single words for jobs, compared exactly ("hiring" is a typo away from "hiking"). */
const EXACT_JOB_WORDS = new Map<string, Lang>([['hiring', 'en'], ['vacancies', 'en'], ['rekryterar', 'sv'], ['polislon', 'sv'], ['polislonen', 'sv']]);

const SUGGESTION_NOUNS: Record<Lang, string[]> = {
  sv: ['synpunkt*', 'forslag*', 'tyck* till', 'tycka till', 'klagomal*', 'atergivning'],
  en: ['suggestion*', 'feedback', 'opinion', 'complaint*', 'comment', 'comments', 'idea', 'ideas'],
  se: ['evttohus*', 'oaivil*', 'cealkamus*'],
};

const SUGGESTION_VERBS: Record<Lang, string[]> = {
  sv: ['lamna*', 'ge', 'skicka', 'har', 'vill', 'kan', 'tycka', 'tyck', 'skriva'],
  en: ['leave', 'give', 'send', 'have', 'make', 'want', 'like', 'submit', 'share', 'can'],
  se: ['addit', 'buktit', 'haliidan', 'lea', 'sattan', 'cealkit', 'mus'],
};

/** Short words that mean the same, compared exactly: with a typo allowed, "klaga" would be "klara". */
const SUGGESTION_WORDS = new Map<string, Lang>([['klaga', 'sv'], ['klagar', 'sv'], ['suggest', 'en']]);

/** Questions about suggestions ("Vilka förslag finns?") are questions, not requests to leave one. */
const QUESTION_WORDS = new Set(['vilka', 'vilket', 'vad', 'what', 'which', 'mii', 'makkar', 'maid']);

const CANCEL: Record<Lang, string[]> = {
  sv: ['avbryt', 'nej', 'nej tack', 'glom det', 'strunta i det', 'inget'],
  en: ['cancel', 'no', 'no thanks', 'never mind', 'nevermind', 'nothing', 'stop'],
  se: ['gaskkalduhte', 'heaitte', 'ii', 'ii giitu'],
};

/** Does the pattern, from its part `from` on, match the words from `start` on? */
function matchesAt(words: readonly string[], start: number, pattern: string[], from = 0): boolean {
  let i = start;
  for (let p = from; p < pattern.length; p++) {
    const part = pattern[p]!;
    if (part === '…') {
      const rest = pattern.slice(p + 1);
      for (let gap = 1; gap <= 4 && i + gap <= words.length; gap++) if (matchesAt(words, i + gap, rest)) return true;
      return false;
    }
    if (i >= words.length || !isWordMatch(words[i]!, part)) return false;
    i += 1;
  }
  return true;
}

// Phrases split into words once, not on every message, and filed under the first letter of their first word, so each
// word of a message is compared only with the phrases that can begin there (firstLettersToMatch). Each table is searched on every
// turn, and comparing every phrase at every word was a tenth of the bot's own work per turn.
interface CompiledTable {
  /** First letter → the phrases that begin with it, in table order, with the index of their language in `langs`. */
  byLetter: Map<string, Phrase[]>;
  langs: Lang[];
  /** The table's place in each word's entry of STARTING_WITH. */
  number: number;
}
type Phrase = [langIndex: number, pattern: string[]];
const WORD_CACHE_LIMIT = 5_000;
/** Longer words are not kept in the cache (no word of a cue is that long; such a word is matched each time). */
const CACHED_WORD_MAX = 40;
const compiledTables = new WeakMap<Record<Lang, string[]>, CompiledTable>();
let tableCount = 0;
/**
 * A message word → per table (by its number), the phrases whose first word it matches (isWordMatch), in table order:
 * found once per word, since residents use the same words again and again and typo matching is most of the work here.
 * One map for all the tables: a turn reads each word in five or six of them, and under load, when a turn's tables are
 * mostly out of the processor's caches, the word's entry read for the first table is at hand for the others. Bounded:
 * emptied when full. It holds single folded words, never a message.
 */
const STARTING_WITH = new Map<string, Array<readonly Phrase[] | undefined>>();

function compileTable(table: Record<Lang, string[]>): CompiledTable {
  let compiled = compiledTables.get(table);
  if (!compiled) {
    const langs = Object.keys(table) as Lang[];
    const byLetter = new Map<string, Phrase[]>();
    langs.forEach((lang, langIndex) => {
      for (const phrase of table[lang]) {
        const pattern = phrase.split(' ');
        const letter = pattern[0]![0]!;
        byLetter.set(letter, [...(byLetter.get(letter) ?? []), [langIndex, pattern]]);
      }
    });
    compiled = { byLetter, langs, number: tableCount++ };
    compiledTables.set(table, compiled);
  }
  return compiled;
}

/** The phrases of a table whose first word matches a word (see STARTING_WITH). */
function phrasesStartingWith(compiled: CompiledTable, word: string): readonly Phrase[] {
  let perTable = STARTING_WITH.get(word);
  const known = perTable?.[compiled.number];
  if (known) return known;
  const found: Phrase[] = [];
  for (const letter of firstLettersToMatch(word)) {
    for (const phrase of compiled.byLetter.get(letter) ?? []) if (isWordMatch(word, phrase[1][0]!)) found.push(phrase);
  }
  if (word.length <= CACHED_WORD_MAX) {
    if (!perTable) {
      if (STARTING_WITH.size >= WORD_CACHE_LIMIT) STARTING_WITH.clear();
      perTable = [];
      STARTING_WITH.set(word, perTable);
    }
    perTable[compiled.number] = found;
  }
  return found;
}

/** The first language, in the table's order, with a phrase anywhere in the words. */
function findLang(words: readonly string[], table: Record<Lang, string[]>): Lang | undefined {
  const compiled = compileTable(table);
  let found = compiled.langs.length;
  for (let start = 0; start < words.length; start++) {
    const phrases = phrasesStartingWith(compiled, words[start]!);
    for (let k = 0; k < phrases.length; k++) {
      const [langIndex, pattern] = phrases[k]!;
      if (langIndex < found && start + pattern.length <= words.length && matchesAt(words, start + 1, pattern, 1)) found = langIndex;
    }
    if (found === 0) break;
  }
  return compiled.langs[found];
}

/** The language of the first word found, as spelt, in a table of short words compared exactly. */
function findExact(words: readonly string[], table: ReadonlyMap<string, Lang>): Lang | undefined {
  for (let i = 0; i < words.length; i++) {
    const lang = table.get(words[i]!);
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** The language of the first follow-up cue in the text, or undefined when there is none. */
export function detectFollowupCue(text: string, words: readonly string[] = splitWords(text)): Lang | undefined {
  return findLang(withoutFutureOrPossibility(words), FOLLOWUP_CUES);
}

/**
 * "going to" is the future ("How often is that going to happen?") and "går det att" asks whether something can be done
 * ("hur gör man en polisanmälan, går det att göra på nätet?"): neither asks how the work is going, so the verb is
 * taken out before the follow-up cues are read.
 */
function withoutFutureOrPossibility(words: readonly string[]): readonly string[] {
  if (!words.includes('going') && !words.includes('gar')) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if ((words[i] === 'going' && next === 'to') || (words[i] === 'gar' && next === 'det' && words[i + 2] === 'att')) continue;
    out.push(words[i]!);
  }
  return out;
}

/** The language of a question for figures, or undefined (see FIGURE_CUES). */
export function detectFigureQuestion(words: readonly string[]): Lang | undefined {
  const lang = findLang(withoutFigureOut(words), FIGURE_CUES) ?? findExact(words, EXACT_FIGURE_WORDS);
  return lang && !findLang(words, FREQUENCY_WORDS) ? lang : undefined;
}

/**
 * "How did they figure out what the problems are?" asks how something was found out, not for figures; a typo away,
 * "figure" is "figures", so the verb is taken out before the figure cues are read.
 */
function withoutFigureOut(words: readonly string[]): readonly string[] {
  if (!words.includes('out')) return words;
  return words.filter((word, i) => !(/^figur(e|es|ed|ing)$/.test(word) && words[i + 1] === 'out'));
}

/** The language of a question about jobs or the training for one, or undefined (see JOB_CUES). */
export function detectJobQuestion(words: readonly string[]): Lang | undefined {
  return findLang(words, JOB_CUES) ?? findExact(words, EXACT_JOB_WORDS);
}

/** Words for fines compared exactly: a typo away, "böter" is "beter" ("beter sig illa") and "bother". */
const EXACT_RULES_WORDS = new Map<string, Lang>([['boter', 'sv'], ['boterna', 'sv'], ['botes', 'sv']]);

/** The language of a question about rules, limits or penalties, or undefined (see RULES_CUES). */
export function detectRulesQuestion(words: readonly string[]): Lang | undefined {
  return findLang(words, RULES_CUES) ?? findExact(words, EXACT_RULES_WORDS);
}

/** "jag vill lämna en synpunkt", "I have a suggestion", "Mun háliidan addit evttohusa", or the bare noun. */
export function detectSuggestionRequest(text: string, words: readonly string[] = splitWords(text)): Lang | undefined {
  if (words.length === 0 || words.length > 10 || QUESTION_WORDS.has(words[0]!)) return undefined;
  const lang = findLang(words, SUGGESTION_NOUNS) ?? findExact(words, SUGGESTION_WORDS);
  if (!lang) return undefined;
  const hasVerb = (Object.keys(SUGGESTION_VERBS) as Lang[]).some((verbLang) => SUGGESTION_VERBS[verbLang].some((verb) => words.some((word) => isWordMatch(word, verb))));
  return hasVerb || words.length <= 3 ? lang : undefined;
}

/** True when the whole message is a cancel word ("avbryt", "cancel", "gaskkalduhte"). */
const CANCEL_PATTERNS = Object.values(CANCEL).flat().map((phrase) => phrase.split(' '));

export function isCancel(text: string): boolean {
  const words = splitWords(text);
  return CANCEL_PATTERNS.some((pattern) => pattern.length === words.length && matchesAt(words, 0, pattern));
}
