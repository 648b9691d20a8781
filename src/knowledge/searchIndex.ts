/**
 * The search index of one language: the knowledge base's vocabulary (folded, stemmed terms) with an inverted index
 * from terms to entries, and a forward index from each entry to its terms and example phrases (titles, questions,
 * keywords, labels).
 *
 * Why not fuse.js over whole sentences: that scans every entry for every question (≈18 ms at 60 entries, seconds at
 * 10,000). Here a question's words are looked up exactly, then — only for words the vocabulary does not know —
 * fuzzily with fuse.js over a few candidate terms that share letter trigrams with the word. Only entries that contain
 * one of the question's distinctive words are scored, so the cost grows with the matches, not with the base.
 */
import Fuse from 'fuse.js';
import type { Entry, Lang } from './schema.js';
import { GENERAL_WORDS, isFinnishFunctionWord, isFunctionWord, isOnlyFinnish, NEGATION_WORDS, QUESTION_WORDS } from '../language/stopwords.js';
import { isLocalPlaceName } from '../language/places.js';
import { beginningKey, samiStemKeepsBeginning, stemWord } from '../language/stemWord.js';
import { AnalyzedWords, analyzeWord, forgetAnalysedWords, lexiconFor, MAX_SHORT_STEM, NEGATED, NumberList, trimLexicon, WORD_CACHE_LIMIT, type AnalyzedWord, type EntryPhrases, type PhraseLexicon } from './phraseLexicon.js';
import { tokenize } from '../language/normalizeText.js';

/** Each part of a compound typed apart must be at least this long ("polis anmälan", not "i dag"). */
const MIN_COMPOUND_PART = 3;

/**
 * Titles, example questions, keywords and labels say what an entry is about, and they are what the index holds.
 * Answers are not indexed: measured on the golden tables they add no accuracy, they let off-topic questions match
 * on incidental words ("open", "hours"), and they are half the text to index.
 */

const MIN_PART = 4;
const FUZZY_MIN_LENGTH = 5;
const FUZZY_MAX_LENGTH = 40;
/** Words at least this long may match a known word by a shared beginning of PREFIX_MIN - 1 letters or more. */
const PREFIX_MIN = 8;
const FUZZY_THRESHOLD = 0.34;
const LOOKUP_CACHE_LIMIT = 5000;
const COMPOUND_LANGS: ReadonlySet<Lang> = new Set<Lang>(['sv', 'se']);
/** A word in more entries than this (and than COMMON_SHARE of them) is common; see score(). */
const COMMON_MIN = 50;
const COMMON_SHARE = 0.05;
/** Entries scoring below this are irrelevant even as runners-up. */
const RELEVANT_SCORE = 0.3;
/** Swedish forms of "söka" (to search), and the index form "söka till" (to apply for) is read as ("ansöka"). */
const SEARCH_VERB = /^s[öo]k(a|er|te|t|s)?$/;
const APPLY_TERM = 'ansok';
const TO = new Set(['till', 't']);
/**
 * What one applies for, right after "söka" or one word on ("söker pass", "söka jobb", "söker man bygglov"): "Var söker
 * jag pass? Hos polisen?" is no question about the drug dog's search. Lower-case, as tokenize gives words.
 */
const APPLIED_FOR = new Set([
  'pass', 'passet', 'jobb', 'jobbet', 'tjanst', 'tjänst', 'tjansten', 'tjänsten', 'bidrag', 'bidraget', 'bygglov', 'bygglovet',
  'tillstand', 'tillstånd', 'tillstandet', 'tillståndet', 'licens', 'licensen', 'vapenlicens', 'korkort', 'körkort', 'id',
  'idkort', 'bostad', 'lagenhet', 'lägenhet', 'bistand', 'bistånd', 'forsorjningsstod',
  'försörjningsstöd', 'praktik', 'sommarjobb', 'feriejobb',
]);

/**
 * "till" (or "t") within the next three words: "söka till", "söker man till", "sökte min son till"; not "till och
 * med" (even: "söker till och med i skåpen"). Or what one applies for, within the next two words (APPLIED_FOR).
 */
function isApplying(raw: readonly string[], next: number): boolean {
  for (let i = next; i < Math.min(raw.length, next + 3); i++) {
    if (TO.has(raw[i]!)) return !(raw[i + 1] === 'och' && raw[i + 2] === 'med');
  }
  for (let i = next; i < Math.min(raw.length, next + 2); i++) if (APPLIED_FOR.has(raw[i]!)) return true;
  return false;
}

/**
 * At most this many entries get the phrase pass for one question (see score). Only a base with hundreds of
 * near-identical entries reaches it (the real base has 28; a question there never needs more). It was 300 until the
 * twenty-fourth session. Measured on the synthetic bases of `npm run bench:search` (265 questions): at 10,000 entries
 * 15 answers name another entry with 100, but all the same topic (a base entry's copy for another municipality) but
 * one, a clarification among three copies of one topic that became that topic's answer; at 3,000 and 5,000 entries 2
 * and 8 answers changed topic, 7 of them for the better (a clarification among copies of one topic, or with an
 * unrelated runner-up, became the answer the golden table expects) and one from one clarification to another. The
 * phrase pass was a third of a question's time at 10,000 entries: warm p99 1.87 against 2.81 ms in the bench.
 */
const MAX_PHRASE_PASSES = 100;
/**
 * A base with at most this many phrase terms (Kiruna's has about 3,000 a language; the synthetic base of 1,000 entries
 * 71,000 in Swedish) also lists each term's phrases, so that a question marks the phrases that have any of its terms
 * and the phrase pass reads only those (precisionOf): the others overlap the question by nothing, so the scores are
 * the same. The phrase pass was most of scoring in Kiruna's base, more so under load, when the phrases are out of the
 * processor's caches. Scoring the Swedish bench questions, µs a question (warm, alternating with and without): 4.2
 * against 6.5 on Kiruna's base, 8 against 10 at 100 entries, 31.5 against 33 at 1,000, but 75 against 72 at 3,000,
 * where a common word is in thousands of phrases and marking them costs more than it spares; larger bases go without
 * (and their build without the lists).
 */
const PHRASE_LISTS_MAX_TERMS = 80_000;
/**
 * What an unknown village or district of the municipality weighs against an entry, of an unknown word's weight
 * (places.ts): a resident who names where they live ("Jag bor i Vittangi", "out towards Karesuando") asks the same
 * question, but a named place also often asks something local the promises do not cover ("When is the next bus to
 * Abisko?"). On all golden and resident sets (forty-first session): skipped altogether, 10 more answered right and 16
 * more off-topic questions answered; at a quarter 13 and 9; at a half 9 and 5 (and 5 more right of residents82's
 * questions, which name a place each); at three quarters 4 and 2.
 */
const PLACE_WEIGHT = 0.5;

export interface TermMatch {
  term: number;
  /** 0..1: 1 exact, less for a part of a compound or a fuzzy (typo) match. */
  quality: number;
  how: 'exact' | 'part' | 'stem' | 'split' | 'prefix' | 'fuzzy';
}

export interface QueryTerm {
  token: string;
  /** The word's index form (stemmed, folded); absent where a caller builds a term by hand. */
  term?: string;
  weight: number;
  matches: TermMatch[];
}

export interface Scored {
  entry: number;
  score: number;
  coverage: number;
  precision: number;
}

// The stems of word pieces (compound halves), shared by every build: a rebuild after an edit meets the same pieces.
const pieceCache: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map(), se: new Map() };

/** As in a new process (see forgetAnalysedWords): the analysed words, the lexicons and the stems of word pieces. */
export function forgetWordsAndPieces(): void {
  forgetAnalysedWords();
  for (const cache of Object.values(pieceCache)) cache.clear();
}

function stemPiece(lang: Lang, piece: string): string {
  const cache = pieceCache[lang];
  let stem = cache.get(piece);
  if (stem === undefined) {
    stem = stemWord(lang, piece);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(piece, stem);
  }
  return stem;
}

/** The size of the table of term beginnings (SearchIndex.mayBeKnown), as bits of a beginning's hash. */
const BEGINNING_BITS = 17;

function beginningSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - BEGINNING_BITS);
}

/** The first `length` numbers of a list: a view of it when that is most of it, else a copy (so the rest is freed). */
function fitted(list: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  return length >= 0.75 * list.length ? list.subarray(0, length) : list.slice(0, length);
}

/** The score an entry must beat to enter a full top list. */
function floorOf(top: Scored[], limit: number): number {
  return top.length >= limit ? top[top.length - 1]!.score : -1;
}

function isBetter(a: Scored, b: Scored): boolean {
  return a.score !== b.score ? a.score > b.score : a.precision !== b.precision ? a.precision > b.precision : a.entry < b.entry;
}

function createScratch(n: number) {
  return {
    credit: new Float64Array(n),
    central: new Float64Array(n),
    best: new Float64Array(n),
    bestTf: new Float64Array(n),
    /** 0 untouched, 1 touched by the question, 2 also among the first candidates (the head). */
    isTouched: new Uint8Array(n),
    bound: new Float64Array(n),
    /** Entries in the order the question first touched them: touched[0 .. touchedCount). */
    touched: new Int32Array(n),
    /** Entries one query term reached, before they are credited. */
    seen: new Int32Array(n),
    /** The candidates left after the head, as a heap. */
    heap: new Int32Array(n),
  };
}

/**
 * A max-heap of entries by key (ties: the lower entry number first) in a reused array, for taking candidates best
 * first and stopping early: building it is linear, and only the entries actually taken pay log n, where sorting them
 * all would pay for every one of thousands of entries a common word touches. (Hand-written: a dozen lines, no
 * dependency needed.)
 */
class EntryHeap {
  size: number;
  constructor(private readonly items: Int32Array, size: number, private readonly key: Float64Array) {
    this.size = size;
    for (let i = (size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }
  private before(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka > kb || (ka === kb && a < b);
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    this.size--;
    if (this.size > 0) {
      items[0] = items[this.size]!;
      this.siftDown(0);
    }
    return top;
  }
  private siftDown(start: number): void {
    const items = this.items;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.before(items[right]!, items[left]!) ? right : left;
      if (!this.before(items[child]!, items[i]!)) return;
      const swap = items[i]!;
      items[i] = items[child]!;
      items[child] = swap;
      i = child;
    }
  }
}

export class SearchIndex {
  readonly terms: string[] = [];
  /** The lexicon's term number → this index's, or -1 for a term this index does not have. */
  private ownTerms = new Int32Array(0);
  private idf = new Float64Array(0);
  /**
   * Posting lists, stored flat (built once every phrase is known, see buildPostings): the entries that contain term t
   * are postingEntries[postingStart[t] .. postingStart[t + 1]), ascending, and postingTf says in how many of that
   * entry's phrases the term occurs. The length of a list is the term's document frequency.
   */
  private postingStart = new Int32Array(1);
  private postingEntries = new Int32Array(0);
  private postingTf = new Int32Array(0);

  /**
   * Distinct phrases, stored flat: the terms of phrase p are phraseTerms[phraseStart[p] .. phraseStart[p + 1]).
   * A phrase used by many entries (the same example question in many municipalities' bases) is stored once; entries
   * refer to it by number.
   */
  private phraseTerms = new Int32Array(0);
  private phraseStarts = new Int32Array(1);
  private phraseIdf = new Float64Array(0);
  /** In a small base (PHRASE_LISTS_MAX_TERMS), term t's phrases: termPhrases[termPhraseStart[t] .. termPhraseStart[t + 1]). */
  private termPhraseStart: Int32Array | undefined;
  private termPhrases = new Int32Array(0);
  /** entry → its phrase numbers entryPhrases[entryPhraseStart[e] .. entryPhraseStart[e + 1]). */
  private entryPhrases = new Int32Array(0);
  private entryPhraseStart = new Int32Array(1);
  /** A stem that is the first or last part of longer terms (compounds): part → those terms. */
  private readonly parts = new Map<string, number[]>();
  /**
   * Letter trigrams of the vocabulary, for typo matching (see fuzzyMatches), stored flat like the posting lists: the
   * terms filed under key g are gramTerms[gramStart[g] .. gramStart[g + 1]), ascending. A key is a term's first letter
   * followed by one trigram of "^term$", numbered by the lexicon (keys it numbered after this build are not here).
   * Flat arrays rather than a list per key: at 10,000 entries that is hundreds of thousands fewer objects to build,
   * and for the garbage collector to copy after every (re)build.
   */
  private gramKeyCount = 0;
  private gramStart = new Int32Array(1);
  private gramTerms = new Int32Array(0);
  /** The length of each term (capped at 255), and a reused counter per term, for typo matching. */
  private termLengths = new Uint8Array(0);
  private gramCounts = new Int32Array(0);
  private readonly lookupCache = new Map<string, TermMatch[]>();
  /** Folded surface words of this language's knowledge: evidence for language detection. */
  readonly surfaceWords: { has(token: string): boolean } = { has: (token) => this.hasSurfaceWord(token) };
  /** The lexicon's token number → 1 if this index's phrases have the token. */
  private ownTokens = new Uint8Array(0);
  private unknownWeight = 1;
  /** GENERAL_WORDS of this language in index form: each term's group. */
  private readonly generalTerms: ReadonlyMap<string, number>;

  /** The lexicon this index was numbered from, and each term's number there. */
  private readonly lexicon: PhraseLexicon;
  private readonly lexiconTerms = new NumberList();

  constructor(
    readonly lang: Lang,
    private readonly entries: readonly Entry[],
    /** Whether to list each term's phrases (see PHRASE_LISTS_MAX_TERMS); by default only for a small base. */
    options: { listPhrases?: boolean } = {},
  ) {
    const lexicon = lexiconFor(lang);
    this.lexicon = lexicon;
    this.generalTerms = new Map(GENERAL_WORDS[lang].flatMap((group, groupIndex) =>
      group.flatMap((word) => { const term = analyzeWord(lang, word)?.term; return term === undefined ? [] : [[term, groupIndex] as const]; })));
    const entryPhrases = lexicon.phrasesOf(entries);
    this.numberPhrases(lexicon, entryPhrases);
    trimLexicon(lexicon, this.phraseStarts.length - 1);
    this.buildPostings();
    this.finish();
    // The per-question scratch space, sized once (the entries and the vocabulary do not change after the build) and
    // reused between questions: allocating it per question costs more in garbage collection than the scoring itself
    // at 10,000 entries. Only what a question touched is reset after it.
    this.scratch = createScratch(entries.length);
    this.markQi = new Int32Array(this.terms.length);
    this.markQuality = new Float64Array(this.terms.length);
    this.phraseDice = new Float64Array(this.phraseIdf.length);
    this.phraseSeen = new Int32Array(this.phraseIdf.length);
    if (options.listPhrases ?? this.phraseTerms.length <= PHRASE_LISTS_MAX_TERMS) this.listPhrasesOfTerms();
  }

  /** Each term's phrases (termPhrases), for a small base (see PHRASE_LISTS_MAX_TERMS). */
  private listPhrasesOfTerms(): void {
    const { phraseStarts, phraseTerms } = this;
    const termCount = this.terms.length;
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < phraseTerms.length; i++) start[phraseTerms[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const cursor = start.slice(0, termCount);
    const phrases = new Int32Array(phraseTerms.length);
    for (let p = 0; p + 1 < phraseStarts.length; p++) {
      for (let i = phraseStarts[p]!, end = phraseStarts[p + 1]!; i < end; i++) phrases[cursor[phraseTerms[i]!]!++] = p;
    }
    this.termPhraseStart = start;
    this.termPhrases = phrases;
    this.phraseMarked = new Int32Array(phraseStarts.length - 1);
  }

  /**
   * This index's phrases and terms, numbered in the order its entries use them (the lexicon's numbers cover every
   * build in the process), each phrase listing each of its terms once; and the surface words of the knowledge.
   */
  private numberPhrases(lexicon: PhraseLexicon, entryPhrases: EntryPhrases): void {
    const known = entryPhrases.phrases;
    const refs = known.length;
    const ownPhrase = new Int32Array(lexicon.phraseCount).fill(-1);
    const ownTerm = new Int32Array(lexicon.terms.length).fill(-1);
    /** phrase number + 1 at which each term was last added to a phrase. */
    const termStamp = new Int32Array(lexicon.terms.length);
    const ownTokens = new Uint8Array(lexicon.tokenCount);
    const wordTokens = lexicon.wordTokens.data;
    const starts = lexicon.phraseStarts.data;
    const words = lexicon.phraseWords.data;
    const wordTerms = lexicon.wordTerms.data;
    const entryList = new Int32Array(refs);
    // Sized for the most there can be (every phrase of the lexicon), and cut to size below.
    const phraseStart = new Int32Array(Math.min(refs, lexicon.phraseCount) + 1);
    const termList = new Int32Array(lexicon.phraseWords.length);
    let phraseCount = 0;
    let termCount = 0;
    for (let ref = 0; ref < refs; ref++) {
      const knownPhrase = known[ref]!;
      let phrase = ownPhrase[knownPhrase]!;
      if (phrase < 0) {
        phrase = phraseCount++;
        ownPhrase[knownPhrase] = phrase;
        phraseStart[phrase] = termCount;
        for (let i = starts[knownPhrase]!, end = starts[knownPhrase + 1]!; i < end; i++) {
          const word = words[i]!;
          ownTokens[wordTokens[word]!] = 1;
          const lexiconTerm = wordTerms[word]!;
          let term = ownTerm[lexiconTerm]!;
          if (term < 0) {
            term = this.terms.length;
            ownTerm[lexiconTerm] = term;
            this.terms.push(lexicon.terms[lexiconTerm]!);
            this.lexiconTerms.push(lexiconTerm);
          }
          if (termStamp[lexiconTerm] !== phrase + 1) {
            termStamp[lexiconTerm] = phrase + 1;
            termList[termCount++] = term;
          }
        }
      }
      entryList[ref] = phrase;
    }
    phraseStart[phraseCount] = termCount;
    this.entryPhrases = entryList;
    this.entryPhraseStart = entryPhrases.starts;
    // Views, not copies, when most of the room is used (a first build: copying a million numbers is a few ms).
    this.phraseStarts = fitted(phraseStart, phraseCount + 1);
    this.phraseTerms = fitted(termList, termCount);
    this.ownTerms = ownTerm;
    this.ownTokens = ownTokens;
  }

  /** This index's number for a term, if it has the term. */
  private termIdOf(term: string): number | undefined {
    const known = this.lexicon.termIdOf(term);
    // A term the lexicon numbered after this build is not this index's.
    if (known === undefined || known >= this.ownTerms.length) return undefined;
    const own = this.ownTerms[known]!;
    return own >= 0 ? own : undefined;
  }

  private hasSurfaceWord(token: string): boolean {
    return this.ownTokenIdOf(token) !== undefined;
  }

  /** The lexicon's number of a folded surface word this index's phrases have, or undefined. */
  private ownTokenIdOf(token: string): number | undefined {
    const known = this.lexicon.tokenIdOf(token);
    return known !== undefined && known < this.ownTokens.length && this.ownTokens[known] === 1 ? known : undefined;
  }

  /**
   * The posting lists from the entries' phrases, in one pass over them: each entry's distinct terms with their
   * frequency (in how many of the entry's phrases the term occurs; a phrase lists each of its terms once), then those
   * pairs sorted into the lists by counting (entry by entry, so each list is ascending). No per-term objects: at
   * 10,000 entries this is a large part of the build.
   */
  private buildPostings(): void {
    const termCount = this.terms.length;
    const phraseStarts = this.phraseStarts;
    const phraseTerms = this.phraseTerms;
    const entryPhrases = this.entryPhrases;
    const entryPhraseStart = this.entryPhraseStart;
    const entryCount = this.entries.length;
    /** entry + 1 at which each term was last met, and where its pair is. */
    const lastEntry = new Int32Array(termCount);
    const pairOf = new Int32Array(termCount);
    const df = new Int32Array(termCount);
    const pairTerms = new NumberList();
    const pairTfs = new NumberList();
    /** The pairs of entry e are pairTerms[pairStart[e] .. pairStart[e + 1]). */
    const pairStart = new Int32Array(entryCount + 1);
    for (let entry = 0; entry < entryCount; entry++) {
      pairStart[entry] = pairTerms.length;
      for (let k = entryPhraseStart[entry]!, lastPhrase = entryPhraseStart[entry + 1]!; k < lastPhrase; k++) {
        const phrase = entryPhrases[k]!;
        for (let i = phraseStarts[phrase]!, end = phraseStarts[phrase + 1]!; i < end; i++) {
          const term = phraseTerms[i]!;
          if (lastEntry[term] !== entry + 1) {
            lastEntry[term] = entry + 1;
            pairOf[term] = pairTerms.length;
            pairTerms.push(term);
            pairTfs.push(1);
            df[term]!++;
          } else {
            pairTfs.data[pairOf[term]!]!++;
          }
        }
      }
    }
    pairStart[entryCount] = pairTerms.length;
    const start = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + df[t]!;
    const postingEntries = new Int32Array(start[termCount]!);
    const postingTf = new Int32Array(start[termCount]!);
    const cursor = start.slice(0, termCount);
    const terms = pairTerms.data;
    const tfs = pairTfs.data;
    for (let entry = 0; entry < entryCount; entry++) {
      for (let p = pairStart[entry]!, end = pairStart[entry + 1]!; p < end; p++) {
        const at = cursor[terms[p]!]!++;
        postingEntries[at] = entry;
        postingTf[at] = tfs[p]!;
      }
    }
    this.postingStart = start;
    this.postingEntries = postingEntries;
    this.postingTf = postingTf;
  }

  /** How many entries contain the term. */
  private documentFrequency(term: number): number {
    return this.postingStart[term + 1]! - this.postingStart[term]!;
  }

  private finish(): void {
    const n = Math.max(this.entries.length, 1);
    this.idf = new Float64Array(this.terms.length);
    for (let term = 0; term < this.terms.length; term++) this.idf[term] = Math.log(1 + n / Math.max(this.documentFrequency(term), 1));
    // An unknown word in a question is evidence against every entry, weighed like a fairly rare term.
    this.unknownWeight = 0.8 * Math.log(1 + n);
    const starts = this.phraseStarts;
    const terms = this.phraseTerms;
    const phraseCount = this.phraseStarts.length - 1;
    this.phraseIdf = new Float64Array(phraseCount);
    for (let p = 0; p < phraseCount; p++) {
      let sum = 0;
      for (let i = starts[p]!; i < starts[p + 1]!; i++) sum += this.idf[terms[i]!]!;
      this.phraseIdf[p] = sum;
    }
    this.buildTrigrams();
    if (COMPOUND_LANGS.has(this.lang)) {
      this.terms.forEach((term, id) => {
        if (term.length >= 2 * MIN_PART && !term.startsWith(NEGATED)) this.registerCompound(term, id);
      });
    }
    this.groupByPrefix();
  }

  /**
   * The trigram lists, in two passes like the posting lists: first each key's count, then the lists filled in place.
   * The keys of each term come from the lexicon, found once per term for every build.
   */
  private buildTrigrams(): void {
    const lexicon = this.lexicon;
    lexicon.numberGrams();
    const keyCount = lexicon.gramKeyCount;
    const termCount = this.terms.length;
    const lexiconTerms = this.lexiconTerms.data;
    const starts = lexicon.termGramStarts.data;
    const keys = lexicon.termGrams.data;
    const start = new Int32Array(keyCount + 1);
    this.termLengths = new Uint8Array(termCount);
    this.gramCounts = new Int32Array(termCount);
    for (let id = 0; id < termCount; id++) {
      this.termLengths[id] = Math.min(this.terms[id]!.length, 255);
      const own = lexiconTerms[id]!;
      for (let k = starts[own]!, end = starts[own + 1]!; k < end; k++) start[keys[k]! + 1]!++;
    }
    for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
    const gramTerms = new Int32Array(start[keyCount]!);
    const cursor = start.slice(0, keyCount);
    for (let id = 0; id < termCount; id++) {
      const own = lexiconTerms[id]!;
      for (let k = starts[own]!, end = starts[own + 1]!; k < end; k++) gramTerms[cursor[keys[k]!]!++] = id;
    }
    this.gramKeyCount = keyCount;
    this.gramStart = start;
    this.gramTerms = gramTerms;
  }

  /**
   * "narkotikahund" is a compound of two known words, so a question with "hund" also finds it. A word is split only
   * where both halves are themselves words of the vocabulary (after stemming, with an optional linking s), so that
   * "kommunikation" does not count as a compound of "kommun".
   */
  private registerCompound(term: string, id: number): void {
    for (let cut = MIN_PART; cut <= term.length - MIN_PART; cut++) {
      if (!this.mayBeKnown(term, cut)) continue;
      const tail = this.knownStem(term.slice(cut), true);
      if (tail === undefined) continue;
      const head = this.knownStem(term.slice(0, cut)) ?? (term[cut - 1] === 's' ? this.knownStem(term.slice(0, cut - 1)) : undefined);
      if (head === undefined) continue;
      this.addPart(head, id);
      this.addPart(tail, id);
    }
  }

  /**
   * The first three letters of every term, as small integers (beginningKey). Snowball's Swedish stemmer only removes
   * endings and always leaves at least three letters, so a piece of a word can be a known term, or stem to one, only
   * if it begins like some term. Checking that first spares most look-ups and stemmings when compounds are found (a
   * fifth of building a large index). The Sami stemmer keeps the first three letters too, except where
   * samiStemKeepsBeginning says no.
   */
  private termBeginnings: Uint8Array | undefined;

  /**
   * Whether text from start may be a known term or stem to one (see termBeginnings). The beginnings are kept as a
   * table of one byte per hash of a beginning (a beginning that shares a hash with a term's passes too, which only
   * costs a look-up): with a Set of the numbers, finding the compounds at 10,000 entries took about 7 % longer.
   */
  private mayBeKnown(text: string, start: number): boolean {
    if (this.lang === 'se' ? !samiStemKeepsBeginning(text, start) : this.lang !== 'sv') return true;
    if (!this.termBeginnings) {
      this.termBeginnings = new Uint8Array(1 << BEGINNING_BITS);
      for (const term of this.terms) if (term.length >= 3) this.termBeginnings[beginningSlot(beginningKey(term, 0))] = 1;
    }
    return text.length - start < 3 || this.termBeginnings[beginningSlot(beginningKey(text, start))] === 1;
  }

  /**
   * The vocabulary term for a piece of a word, if the piece (or its stem) is a known term. `begins`: the caller has
   * asked mayBeKnown of the same letters already.
   */
  private knownStem(piece: string, begins = false): string | undefined {
    if (piece.length < 3 || (!begins && !this.mayBeKnown(piece, 0))) return undefined;
    if (this.termIdOf(piece) !== undefined) return piece;
    const stem = stemPiece(this.lang, piece);
    return this.termIdOf(stem) !== undefined ? stem : undefined;
  }

  private addPart(part: string, term: number): void {
    const list = this.parts.get(part);
    if (!list) this.parts.set(part, [term]);
    else if (list.at(-1) !== term) list.push(term);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The vocabulary terms a (stemmed, folded) query term stands for, with how well each matches. */
  lookupTerm(term: string): TermMatch[] {
    const cached = this.lookupCache.get(term);
    if (cached) return cached;
    const matches = this.findTermMatches(term);
    if (this.lookupCache.size >= LOOKUP_CACHE_LIMIT) this.lookupCache.delete(this.lookupCache.keys().next().value as string);
    this.lookupCache.set(term, matches);
    return matches;
  }

  private findTermMatches(term: string): TermMatch[] {
    const exact = this.termIdOf(term);
    const matches: TermMatch[] = [];
    if (exact !== undefined) matches.push({ term: exact, quality: 1, how: 'exact' });
    // "hund" also finds "narkotikahund"; a few compounds at most, so one short word cannot match half the base.
    const compounds = this.parts.get(term);
    if (compounds && compounds.length <= 12) {
      for (const id of compounds) if (id !== exact) matches.push({ term: id, quality: 0.75, how: 'part' });
    }
    if (matches.length > 0) return matches;
    // A word whose stem is too short to index it by ("hatet" → "hat", "hoten" → "hot"; see analyzeWord) still finds
    // that short word where the knowledge has it, a little weaker than an exact match.
    const stem = stemPiece(this.lang, term);
    const short = stem !== term && stem.length <= MAX_SHORT_STEM ? this.termIdOf(stem) : undefined;
    if (short !== undefined) return [{ term: short, quality: 0.85, how: 'stem' }];
    const split = this.splitCompound(term);
    if (split.length > 0) return split;
    // A typo of a known word is the likelier reading; failing that, a different ending of a known stem.
    const fuzzy = this.fuzzyMatches(term);
    return fuzzy.length > 0 ? fuzzy : this.prefixMatches(term);
  }

  /**
   * Long words that share a long beginning with a known word: Sami and Swedish inflect and derive by endings the
   * stemmers do not know ("prioriterejuvvon" : "prioriterejit"), so a shared stem of seven letters or more, and most
   * of the shorter word, counts as a weaker match.
   */
  private prefixMatches(term: string): TermMatch[] {
    if (term.length < PREFIX_MIN || term.length > FUZZY_MAX_LENGTH || /^\d+$/.test(term)) return [];
    const group = this.prefixGroups.get(term.slice(0, PREFIX_MIN - 1));
    if (!group) return [];
    if (!this.sortedGroups.has(group)) {
      // In the order of the terms (UTF-16, as `<` compares), so that which five are tried does not depend on the order
      // the entries use them; sorted the first time a question needs the group.
      group.sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
      this.sortedGroups.add(group);
    }
    const out: TermMatch[] = [];
    for (let i = 0; i < group.length && out.length < 5; i++) {
      const candidate = this.terms[group[i]!]!;
      let shared = PREFIX_MIN - 1;
      while (shared < term.length && shared < candidate.length && term[shared] === candidate[shared]) shared++;
      if (shared >= 0.7 * Math.min(term.length, candidate.length)) out.push({ term: group[i]!, quality: 0.7, how: 'prefix' });
    }
    return out;
  }

  /**
   * The terms by their first PREFIX_MIN - 1 letters, for prefixMatches. Grouping is a few milliseconds where sorting
   * the whole vocabulary was a tenth of building a large index; a group is sorted only when a question needs it.
   */
  private readonly prefixGroups = new Map<string, number[]>();
  private readonly sortedGroups = new WeakSet<number[]>();

  private groupByPrefix(): void {
    const length = PREFIX_MIN - 1;
    this.terms.forEach((term, id) => {
      if (term.length < length) return;
      const head = term.slice(0, length);
      const group = this.prefixGroups.get(head);
      if (group) group.push(id);
      else this.prefixGroups.set(head, [id]);
    });
  }

  /** "drogsök" → "drog" + "sök" when both halves are known words (Swedish and Sami compounds). */
  private splitCompound(term: string): TermMatch[] {
    if (!COMPOUND_LANGS.has(this.lang) || term.length < 2 * 3 + 1 || term.length > FUZZY_MAX_LENGTH) return [];
    for (let cut = term.length - 3; cut >= 3; cut--) {
      const tail = this.knownStem(term.slice(cut));
      if (tail === undefined) continue;
      const head = this.knownStem(term.slice(0, cut)) ?? (term[cut - 1] === 's' ? this.knownStem(term.slice(0, cut - 1)) : undefined);
      if (head === undefined) continue;
      return [
        { term: this.termIdOf(head)!, quality: 0.85, how: 'split' },
        { term: this.termIdOf(tail)!, quality: 0.85, how: 'split' },
      ];
    }
    return [];
  }

  /** Typos: fuse.js over the few terms that share trigrams with the word, never over the whole vocabulary. */
  private fuzzyMatches(term: string): TermMatch[] {
    // No word of our languages is longer than this; a longer one is noise, and fuzzy matching grows with its square.
    if (term.length < FUZZY_MIN_LENGTH || term.length > FUZZY_MAX_LENGTH || /^\d+$/.test(term)) return [];
    const keys = this.lexicon.gramKeysOf(term);
    const maxLengthGap = term.length >= 8 ? 2 : 1;
    const minShared = Math.max(1, Math.floor(keys.length / 4));
    // How many trigrams each term of a fitting length shares with the word, counted in a reused array (a list can
    // hold thousands of terms in a large base); `reached` keeps the order in which terms were first met.
    const counts = this.gramCounts;
    const lengths = this.termLengths;
    const reached: number[] = [];
    for (const key of keys) {
      // A key no term has, or one the lexicon numbered after this build.
      if (key < 0 || key >= this.gramKeyCount) continue;
      for (let i = this.gramStart[key]!, end = this.gramStart[key + 1]!; i < end; i++) {
        const id = this.gramTerms[i]!;
        if (Math.abs(lengths[id]! - term.length) > maxLengthGap) continue;
        if (counts[id]!++ === 0) reached.push(id);
      }
    }
    // Typos rarely hit the first letter; requiring it keeps "duohken" from turning into "suohkan" (every term filed
    // under the word's keys begins with its first letter).
    const shared: Array<[id: number, count: number]> = [];
    for (const id of reached) {
      if (counts[id]! >= minShared) shared.push([id, counts[id]!]);
      counts[id] = 0;
    }
    const candidates = shared
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([id]) => id);
    if (candidates.length === 0) return [];
    // fuse.js scores a word by its errors per letter: allow one typo in a short word, two in a long one.
    const maxErrors = term.length >= 8 ? 2 : 1;
    const fuse = new Fuse(candidates.map((id) => this.terms[id]!), {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: Math.min(FUZZY_THRESHOLD, (maxErrors + 0.5) / term.length),
    });
    return fuse
      .search(term, { limit: 3 })
      .map((r) => ({ term: candidates[r.refIndex]!, quality: Math.max(0.6, 0.9 - (r.score ?? 0)), how: 'fuzzy' as const }));
  }

  /**
   * The question's words, with a compound typed apart joined again when the knowledge has the whole word
   * ("medborgar löfte", "polis anmälan", "trafik säkerhet", "förvaltnings område"): residents often split compounds.
   * In English two parts only, for what voice typing splits ("face book", residents42: 4 more right on all golden and
   * resident sets, none lost; English writes its compounds apart anyway). Not in Sami: its stemmer's cuts are too
   * rough to tell a compound from a word and its ending.
   */
  private analyzeQueryWords(text: string): AnalyzedWord[] {
    const raw = tokenize(text);
    const words = raw.map((token) => analyzeWord(this.lang, token));
    const out = new AnalyzedWords(this.lang);
    for (let i = 0; i < raw.length; i++) {
      const first = words[i];
      // Three parts first ("kvinno frids linjen"), so that two of them joined do not leave the third on its own.
      const parts = this.lang === 'sv' ? (this.joinedCompound(raw, words, i, 3) ?? this.joinedCompound(raw, words, i, 2)) : this.lang === 'en' ? this.joinedCompound(raw, words, i, 2) : undefined;
      if (parts) {
        out.add(raw[i + parts.count - 1]!, parts.joined);
        i += parts.count - 1;
        continue;
      }
      // "söka till" is to apply for ("söka till gymnasiet"), not the drug dog's search: read as "ansöka" (to apply),
      // a word no entry of the promises uses.
      if (this.lang === 'sv' && first && SEARCH_VERB.test(raw[i]!) && isApplying(raw, i + 1)) {
        out.add(raw[i]!, { token: first.token, term: APPLY_TERM });
        continue;
      }
      out.add(raw[i]!, first ?? null);
    }
    return out.words;
  }

  /**
   * The Swedish compound typed apart that starts at raw[i], in `count` parts, when the knowledge has the whole word.
   * The first part may be a stop word on its own ("själv mords tankar", as voice typing splits "självmordstankar"); the
   * last may not (it is a word of its own then). The whole word must be more than its first part (a stemmer may cut
   * the last part off again) and not the last part itself.
   */
  private joinedCompound(raw: readonly string[], words: ReadonlyArray<AnalyzedWord | null>, i: number, count: number): { joined: AnalyzedWord; count: number } | undefined {
    const last = words[i + count - 1];
    if (!last || i + count > raw.length) return undefined;
    let text = '';
    for (let k = i; k < i + count; k++) {
      if (raw[k]!.length < MIN_COMPOUND_PART || /\d/.test(raw[k]!)) return undefined;
      text += raw[k]!;
    }
    const joined = analyzeWord(this.lang, text);
    const firstTerm = words[i]?.term ?? raw[i]!;
    if (!joined || joined.term.length <= firstTerm.length + 1 || joined.term === last.term || this.termIdOf(joined.term) === undefined) return undefined;
    return { joined, count };
  }

  /**
   * Analyses a question into weighted query terms with their vocabulary matches. `asked` is the question's own
   * language. An English question searched in the Swedish or Sami index leaves out the English function words, as that
   * index leaves out its own: residents who write English borrow Swedish words for what is local
   * ("trafiksäkerhet, what do the police do?", "whats the number to polisen when its not akut"), and those words were
   * outweighed by "what", "do", "the" counted as unknown. On the golden and resident sets (about 2,860 questions): 3 more
   * answered right, none lost, no off-topic one answered. Not for Swedish or Sami questions searched elsewhere: there
   * the same made 4 off-topic questions answer from a word or two ("kommunalskatten i Kiruna" → where to follow the
   * work). Since the twentieth session also the English function words the other index does know: there they are
   * another language's words spelt alike, "do" folded as "dö" (die), so "how do I get a personnummer" was answered with
   * the suicide helpline; on the sets, 2 more right and 1 off-topic question less answered, none lost. Since the
   * thirty-sixth session the Swedish and Sami indexes also leave out an English function word they do not know in a
   * question of any language: a Swedish question with English filler ("vad är medborgarlöften? never heard of it förrän
   * idag", "is there a uppföljning? vill se om nåt faktiskt blivit bättre") had "never", "heard", "of", "it" counted as
   * unknown words. On all golden and resident sets: 8 more right, none lost, no off-topic question answered.
   */
  analyzeQuery(text: string, asked?: Lang): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    const words = this.analyzeQueryWords(text);
    // A phrase of Finnish or Meänkieli in the question ("onko se mahdollista?"): its function words are left out.
    const saysFinnish = words.some(({ token }) => isOnlyFinnish(token));
    for (const { token, term } of words) {
      if (seen.has(term)) continue;
      seen.add(term);
      if (term.startsWith(NEGATED)) {
        // A negated word counts only where the knowledge negates it too; elsewhere it says nothing of the topic.
        const id = this.termIdOf(term);
        if (id !== undefined) out.push({ token, term, weight: this.idf[id]!, matches: [{ term: id, quality: 1, how: 'exact' }] });
        continue;
      }
      if (QUESTION_WORDS[this.lang].has(token)) {
        // A question word helps only when entries use it ("vem" → who signed); an unused one is no evidence.
        const id = this.termIdOf(term);
        if (id !== undefined) out.push({ token, term, weight: 0.5 * this.idf[id]!, matches: [{ term: id, quality: 1, how: 'exact' }] });
        continue;
      }
      if (NEGATION_WORDS[this.lang].has(token) && this.termIdOf(term) === undefined) continue;
      if (this.lang !== 'en' && isFunctionWord('en', token) && (asked === 'en' || (!isFunctionWord(this.lang, token) && this.termIdOf(term) === undefined))) continue;
      // A word shared with our languages ("se") is left out beside such a phrase even where the vocabulary has it.
      if (saysFinnish && isFinnishFunctionWord(token) && (!isOnlyFinnish(token) || this.termIdOf(term) === undefined)) continue;
      // A Swedish word with no exact match is first looked for as the knowledge spells it, before any typo matching.
      const restored = this.lang === 'sv' && term !== APPLY_TERM && this.termIdOf(term) === undefined ? this.restoredTerm(token) : undefined;
      const matches = this.lookupTerm(restored ?? term);
      // A known word weighs what it weighs itself: the compounds it is part of ("polis" in "polisanmälan") bring in
      // their entries, but must not lend a common word their rarity.
      const exact = matches.find((m) => m.how === 'exact');
      const best = exact ? this.idf[exact.term]! : matches.reduce((m, x) => Math.max(m, this.idf[x.term]! * x.quality), 0);
      out.push({ token, term: restored ?? term, weight: matches.length > 0 ? Math.max(best, 0.3) : this.unknownWordWeight(token), matches });
    }
    return out;
  }

  /**
   * What a question word the vocabulary lacks weighs against an entry. An unknown long word is most likely a content
   * word of another topic ("registrerar", "körkort"); an unknown short one is as likely a filler or a clipped word; a
   * village of the municipality says where the asker lives (PLACE_WEIGHT).
   */
  private unknownWordWeight(token: string): number {
    return this.unknownWeight * (isLocalPlaceName(token) ? PLACE_WEIGHT : token.length >= 7 ? 1.25 : token.length <= 4 ? 0.7 : 1);
  }

  /**
   * The index form of a Swedish word typed without å, ä or ö, when the knowledge has the word with them: "omraden" is
   * "områden", "enkaten" is "enkäten". Folding the letters away after stemming is not enough, because the stemmer
   * cuts endings by the letters it sees ("områd" keeps its "åd", "omrad" loses its "ad"; "vårdslös" keeps its s,
   * "vardslos" does not): before this, such words found nothing. Only the spellings the knowledge itself has are put
   * back (the surface words of its phrases), so that a word the knowledge lacks is not read as another one.
   */
  private restoredTerm(token: string): string | undefined {
    const tokenId = this.ownTokenIdOf(token);
    const term = tokenId === undefined ? undefined : this.lexicon.writtenTerms.get(tokenId);
    return term === undefined ? undefined : this.lexicon.terms[term];
  }

  /**
   * Whether the question reaches the entry only through question words and words of one kind that is too general to
   * name a topic (GENERAL_WORDS), while it also has a word of four letters or more, or a number, that the entry does
   * not have: then it asks about that other thing ("Hur ofta kommer sopbilen?" shares only "hur ofta" with the drug
   * dog's searches, "Får man ha hund i lägenheten?" only the dog). Only for the entry a question ranks first, so a
   * binary search per posting list is enough.
   */
  isReachedOnlyThroughGeneralWords(query: QueryTerm[], entry: number): boolean {
    let kind: number | undefined;
    let hasOtherWord = false;
    for (const q of query) {
      if (QUESTION_WORDS[this.lang].has(q.token)) continue;
      const group = q.term === undefined ? undefined : this.generalTerms.get(q.term.startsWith(NEGATED) ? q.term.slice(NEGATED.length) : q.term);
      if (!q.matches.some((m) => this.postingHas(m.term, entry))) {
        if (group === undefined && (q.token.length >= 4 || /\d/.test(q.token))) hasOtherWord = true;
        continue;
      }
      if (group === undefined || (kind !== undefined && kind !== group)) return false;
      kind = group;
    }
    return hasOtherWord;
  }

  /** Whether the entry is in the term's posting list (ascending). */
  private postingHas(term: number, entry: number): boolean {
    let lo = this.postingStart[term]!;
    let hi = this.postingStart[term + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.postingEntries[mid]!;
      if (at === entry) return true;
      if (at < entry) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Scores entries for analysed query terms; best first.
   *
   * Coverage (the share of the question's weight an entry contains) is summed from the posting lists of the matched
   * terms. The costlier phrase pass (precision, centrality) then runs on entries in order of coverage, and stops as
   * soon as no remaining entry could enter the top `limit` even with perfect phrase scores.
   */
  score(query: QueryTerm[], limit = 5): Scored[] {
    let totalWeight = 0;
    for (const q of query) totalWeight += q.weight;
    if (totalWeight === 0) return [];
    // The work is split into small methods: each is compiled quickly and on its own, so that a question that takes a
    // path the earlier ones did not (thousands of matching entries after a reload) does not wait in slow code while
    // one large function is recompiled.
    const touchedCount = this.collectCoverage(query, totalWeight);
    this.markQuery(query);
    const top = this.rankTouched(touchedCount, totalWeight, limit);
    this.unmarkQuery(query);
    const { credit, central, isTouched, touched } = this.scratch;
    for (let i = 0; i < touchedCount; i++) {
      const entry = touched[i]!;
      credit[entry] = 0;
      central[entry] = 0;
      isTouched[entry] = 0;
    }
    return top;
  }

  private commonFlags = new Uint8Array(16);

  private isCommon(q: QueryTerm, commonDf: number): boolean {
    if (q.matches.length === 0) return false;
    for (const m of q.matches) if (this.documentFrequency(m.term) <= commonDf) return false;
    return true;
  }

  /** Credits every entry a query term reaches (coverage and centrality); returns how many entries were touched. */
  private collectCoverage(query: QueryTerm[], totalWeight: number): number {
    // Words found in most entries ("polisen" in a base of many municipalities) would make every question score the
    // whole base. When such words carry too little of the question for an entry to matter on them alone, they only
    // add to entries that a more distinctive word already brought in.
    const commonDf = Math.max(COMMON_MIN, this.entries.length * COMMON_SHARE);
    // Which query terms are common, in a flag array kept between questions (indexed loops: a question allocates none).
    if (this.commonFlags.length < query.length) this.commonFlags = new Uint8Array(2 * query.length);
    const isCommon = this.commonFlags;
    let commonWeight = 0;
    for (let i = 0; i < query.length; i++) {
      isCommon[i] = this.isCommon(query[i]!, commonDf) ? 1 : 0;
      if (isCommon[i] === 1) commonWeight += query[i]!.weight;
    }
    const commonShare = commonWeight / totalWeight;
    const commonOnlyMatters = 0.7 * commonShare + 0.3 * Math.min(1, 2.5 * commonShare) >= RELEVANT_SCORE;
    let touchedCount = 0;
    // Distinctive words first, then the common ones (each group in the question's order).
    for (let pass = 0; pass < 2; pass++) {
      const common = pass === 1;
      for (let i = 0; i < query.length; i++) {
        const q = query[i]!;
        if ((isCommon[i] === 1) !== common) continue;
        const mayAdd = !common || commonOnlyMatters;
        if (q.matches.length === 1) {
          touchedCount = this.creditOneMatch(q.matches[0]!, q.weight, mayAdd, touchedCount);
          continue;
        }
        let seenCount = 0;
        for (const m of q.matches) seenCount = this.reachEntries(m, mayAdd, seenCount);
        touchedCount = this.creditSeen(q.weight, seenCount, touchedCount);
      }
    }
    return touchedCount;
  }

  /**
   * A query term with one match (most are): its posting list credited in one pass, as reachEntries and creditSeen
   * would (the entry's best quality and term frequency are this match's), without noting the entries first.
   */
  private creditOneMatch(m: TermMatch, weight: number, mayAdd: boolean, touchedCount: number): number {
    const { credit, central, isTouched, touched } = this.scratch;
    const entries = this.postingEntries;
    const tfs = this.postingTf;
    const quality = m.quality;
    const gain = weight * quality;
    for (let i = this.postingStart[m.term]!, end = this.postingStart[m.term + 1]!; i < end; i++) {
      const entry = entries[i]!;
      if (isTouched[entry] === 0) {
        if (!mayAdd) continue;
        isTouched[entry] = 1;
        touched[touchedCount++] = entry;
      }
      credit[entry]! += gain;
      const tf = tfs[i]! * quality;
      if (tf > 0) central[entry]! += (weight * tf) / (tf + 1);
    }
    return touchedCount;
  }

  /** One matched term's posting list: each entry's best match quality and term frequency for the current query term. */
  private reachEntries(m: TermMatch, mayAdd: boolean, seenCount: number): number {
    const { best, bestTf, isTouched, seen } = this.scratch;
    const entries = this.postingEntries;
    const tfs = this.postingTf;
    const quality = m.quality;
    for (let i = this.postingStart[m.term]!, end = this.postingStart[m.term + 1]!; i < end; i++) {
      const entry = entries[i]!;
      if (!mayAdd && isTouched[entry] === 0) continue;
      if (best[entry] === 0) seen[seenCount++] = entry;
      if (quality > best[entry]!) best[entry] = quality;
      // How many of the entry's phrases use the word: a word an entry keeps coming back to is what it is about.
      const tf = tfs[i]! * quality;
      if (tf > bestTf[entry]!) bestTf[entry] = tf;
    }
    return seenCount;
  }

  private creditSeen(weight: number, seenCount: number, touchedCount: number): number {
    const { credit, central, best, bestTf, isTouched, seen, touched } = this.scratch;
    for (let i = 0; i < seenCount; i++) {
      const entry = seen[i]!;
      credit[entry]! += weight * best[entry]!;
      central[entry]! += (weight * bestTf[entry]!) / (bestTf[entry]! + 1);
      best[entry] = 0;
      bestTf[entry] = 0;
      if (isTouched[entry] === 0) {
        isTouched[entry] = 1;
        touched[touchedCount++] = entry;
      }
    }
    return touchedCount;
  }

  /** Coverage and centrality's part of an entry's score (0.7 of it at most). */
  private partialScore(entry: number, totalWeight: number): number {
    const { credit, central } = this.scratch;
    return 0.6 * Math.min(1, credit[entry]! / totalWeight) + 0.1 * Math.min(1, central[entry]! / totalWeight);
  }

  /**
   * The phrase pass over the touched entries, best bound first. Precision (the phrase pass) cannot exceed
   * 2.5 × coverage, so most entries are ruled out without it: score the likeliest first to set the bar, then only
   * those whose bound clears it — at most MAX_PHRASE_PASSES, which only questions matching thousands of
   * near-identical entries reach.
   */
  private rankTouched(touchedCount: number, totalWeight: number, limit: number): Scored[] {
    const { bound, touched, isTouched, heap } = this.scratch;
    const head = this.boundAndSelectHead(touchedCount, totalWeight, 3 * limit);
    const top: Scored[] = [];
    for (const entry of head) {
      // Best first: once an entry's bound cannot beat the fifth best score, no later one can.
      if (bound[entry]! <= floorOf(top, limit)) break;
      this.consider(entry, totalWeight, top, limit);
    }
    for (const entry of head) isTouched[entry] = 2;
    const bar = floorOf(top, limit);
    let restCount = 0;
    for (let i = 0; i < touchedCount; i++) {
      const entry = touched[i]!;
      if (bound[entry]! > bar && isTouched[entry] === 1) heap[restCount++] = entry;
    }
    const rest = new EntryHeap(heap, restCount, bound);
    let passes = head.length;
    while (rest.size > 0) {
      const entry = rest.pop();
      if (bound[entry]! <= floorOf(top, limit) || passes++ >= MAX_PHRASE_PASSES) break;
      this.consider(entry, totalWeight, top, limit);
    }
    return top;
  }

  /**
   * Each touched entry's bound, and in the same pass the k touched entries with the highest bound, best first (ties:
   * the one touched first).
   */
  private boundAndSelectHead(touchedCount: number, totalWeight: number, k: number): number[] {
    const { credit, bound, touched } = this.scratch;
    const head: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const entry = touched[t]!;
      const value = this.partialScore(entry, totalWeight) + 0.3 * Math.min(1, (2.5 * credit[entry]!) / totalWeight);
      bound[entry] = value;
      if (head.length === k && value <= bound[head[k - 1]!]!) continue;
      // Inserted in its place, the last one dropped when the head is full (no splice: it allocates an array a call).
      let i = head.length < k ? head.length : k - 1;
      if (head.length < k) head.push(entry);
      while (i > 0 && bound[head[i - 1]!]! < value) {
        head[i] = head[i - 1]!;
        i--;
      }
      head[i] = entry;
    }
    return head;
  }

  /** Scores one entry with its phrase pass and puts it into its place in the (short) top list if it belongs there. */
  private consider(entry: number, totalWeight: number, top: Scored[], limit: number): void {
    const coverage = Math.min(1, this.scratch.credit[entry]! / totalWeight);
    const precision = this.precisionOf(entry, totalWeight);
    const score = this.partialScore(entry, totalWeight) + 0.3 * precision;
    if (score <= floorOf(top, limit)) return;
    const scored: Scored = { entry, coverage, precision, score };
    // By score, then precision, then entry number.
    let at = top.length;
    top.push(scored);
    while (at > 0 && isBetter(scored, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = scored;
    if (top.length > limit) top.pop();
  }

  private scratch = createScratch(0);

  /** term id → 1 + index of the query term it matches, and the quality of that match; reused between questions. */
  private markQi = new Int32Array(0);
  private markQuality = new Float64Array(0);

  private markQuery(query: QueryTerm[]): void {
    // A new question: the phrase overlaps of the last one no longer hold (the counter wraps long before it overflows).
    this.questionNumber = this.questionNumber >= 0x3fffffff ? 1 : this.questionNumber + 1;
    if (this.questionNumber === 1) {
      this.phraseSeen.fill(0);
      this.phraseMarked.fill(0);
    }
    query.forEach((q, qi) => {
      for (const m of q.matches) {
        if (this.markQi[m.term] === 0 || this.markQuality[m.term]! < m.quality) {
          this.markQi[m.term] = qi + 1;
          this.markQuality[m.term] = m.quality;
        }
      }
    });
    const start = this.termPhraseStart;
    if (start === undefined) return;
    const { termPhrases, phraseMarked, questionNumber } = this;
    for (const q of query) {
      for (const m of q.matches) for (let k = start[m.term]!, end = start[m.term + 1]!; k < end; k++) phraseMarked[termPhrases[k]!] = questionNumber;
    }
  }

  private unmarkQuery(query: QueryTerm[]): void {
    for (const q of query) for (const m of q.matches) this.markQi[m.term] = 0;
  }

  /** Per question: the Dice overlap of each phrase already computed (phraseSeen[p] === question number). */
  private phraseDice = new Float64Array(0);
  private phraseSeen = new Int32Array(0);
  /** In a small base, the phrases that have a term of the question (phraseMarked[p] === question number; see markQuery). */
  private phraseMarked = new Int32Array(0);
  private questionNumber = 0;

  /**
   * The best overlap of the question with one of the entry's example phrases (Dice over idf weights). A phrase shared
   * by many entries (they are stored once) is computed once per question.
   */
  private precisionOf(entry: number, totalWeight: number): number {
    const starts = this.phraseStarts;
    const terms = this.phraseTerms;
    const phrases = this.entryPhrases;
    const { phraseSeen, phraseDice, phraseIdf, markQi, markQuality, idf } = this;
    const question = this.questionNumber;
    const marked = this.termPhraseStart === undefined ? undefined : this.phraseMarked;
    let precision = 0;
    for (let k = this.entryPhraseStart[entry]!, end = this.entryPhraseStart[entry + 1]!; k < end; k++) {
      const p = phrases[k]!;
      // In a small base, a phrase with none of the question's terms overlaps it by nothing (see PHRASE_LISTS_MAX_TERMS).
      if (marked !== undefined && marked[p] !== question) continue;
      let dice: number;
      if (phraseSeen[p] === question) {
        dice = phraseDice[p]!;
      } else if (2 * phraseIdf[p]! <= precision * (phraseIdf[p]! + totalWeight)) {
        // The phrase's overlap cannot beat the best so far: it is at most its own weight (phraseIdf), since it sums
        // the idf of the phrase's terms the question has, times a quality of at most 1. Spared reading its terms.
        continue;
      } else {
        let hit = 0;
        for (let i = starts[p]!, last = starts[p + 1]!; i < last; i++) {
          const term = terms[i]!;
          if (markQi[term] !== 0) hit += idf[term]! * markQuality[term]!;
        }
        // Dice overlap of question and phrase: a one-word keyword does not fully explain a five-word question.
        dice = hit > 0 ? Math.min(1, (2 * hit) / (phraseIdf[p]! + totalWeight)) : 0;
        phraseDice[p] = dice;
        phraseSeen[p] = question;
      }
      if (dice > precision) precision = dice;
    }
    return precision;
  }
}
