/**
 * Word analysis for the search index, and what it remembers between builds of the index.
 *
 * Analysing the knowledge base's phrases (cutting them into words, stemming each new word, numbering the terms) was
 * most of building the index: at 10,000 entries, about 450,000 example phrases per language. A reload after a staff
 * edit meets the same entries again, so each language keeps a lexicon across builds: the phrases already seen, as the
 * numbers of the words they index, and for each entry of the last build (entries are never changed once loaded; the
 * loader reuses the entries of files that did not change) the numbers of its phrases. A build then only numbers what
 * its own entries use (see SearchIndex), and analyses only phrases it has not seen before.
 */
import type { Entry, Lang } from './schema.js';
import { foldText, LOWER_WORD_UNITS, lowerWordUnit, NEEDS_TOKENIZE, NOT_WORD, tokenize } from '../language/normalizeText.js';
import { isStopword, NEGATORS } from '../language/stopwords.js';
import { stemFoldedWord, stemWord } from '../language/stemWord.js';
import { standardWord } from '../language/slang.js';

const MAX_WORD_LENGTH = 64;
/** A stem this short is not a word's index form; the word keeps its full form (see analyzeWord). */
export const MAX_SHORT_STEM = 3;
export const WORD_CACHE_LIMIT = 200_000;

/**
 * A word said not to be so ("not an emergency", "inte akut", "non-urgent", "ii leat heahtedilli"): the index and the
 * question have, besides the word itself, the word with this mark in front. A question that says "not an emergency"
 * then finds the entry that says so before the entry about emergencies; a question without the negation finds both
 * as before. The mark is no word character, so no typed word can be such a term.
 */
export const NEGATED = '¬';
/** wordId: a stop word that negates the next word ("not", "inte", "ii"). */
const NEGATING_STOPWORD = -2;

export interface AnalyzedWord {
  /** Folded surface form. */
  token: string;
  /** Index form: stemmed and folded. */
  term: string;
}

// Stemming dominates analysing new words: each distinct word is analysed once per language. Bounded, because
// questions pass through here too.
const wordCache: Record<Lang, Map<string, AnalyzedWord | null>> = { sv: new Map(), en: new Map(), se: new Map() };

/** One token (as `tokenize` gives it): its analysis, or null for a stop word. */
export function analyzeWord(lang: Lang, raw: string): AnalyzedWord | null {
  const cache = wordCache[lang];
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const result = analyzeNewWord(lang, raw);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(raw, result);
  return result;
}

/** analyzeWord without the cache: for the lexicon, which analyses each word it reads once and keeps the result. */
function analyzeNewWord(lang: Lang, raw: string): AnalyzedWord | null {
  // English possessives: "police's" is "police".
  const possessive = lang === 'en' ? raw.replace(/['’]s$/, '') : raw;
  // Slang read as the standard word ("snuten" is "polisen"), which is then stemmed as that word.
  const folded = foldText(possessive);
  const standard = standardWord(lang, folded);
  const word = standard === folded ? possessive : standard;
  const token = standard;
  if (token.length > MAX_WORD_LENGTH) {
    // Not a word of any language: kept as an unknown token (it counts against every entry) without stemming it.
    return { token, term: token.slice(0, MAX_WORD_LENGTH) };
  }
  if (isStopword(lang, token, word) || (token.length < 2 && !/^\d$/.test(token))) return null;
  // Stems of three letters or fewer collide too easily ("lediga" → "led"): such words keep their full form. Swedish is
  // stemmed as written (with å, ä, ö), English and Sami folded (as stemWord does).
  const stem = lang === 'sv' ? stemWord(lang, word) : stemFoldedWord(lang, standard === folded ? folded : foldText(standard));
  return { token, term: stem.length <= MAX_SHORT_STEM && token.length > MAX_SHORT_STEM ? token : stem };
}

/**
 * The analysed words of a text, token by token: stop words dropped, and after a negation (only stop words between)
 * the next word a second time, negated (see NEGATED). The one rule for questions; PhraseLexicon indexes the same.
 */
export class AnalyzedWords {
  readonly words: AnalyzedWord[] = [];
  private isNegating = false;

  constructor(private readonly lang: Lang) {}

  /** The next token (as tokenize gives it) and its analysis (analyzeWord; null for a stop word). */
  add(raw: string, word: AnalyzedWord | null): void {
    const negates = NEGATORS[this.lang].has(raw);
    if (!word) {
      if (negates) this.isNegating = true;
      return;
    }
    this.words.push(word);
    if (this.isNegating) this.words.push({ token: NEGATED + word.token, term: NEGATED + word.term });
    this.isNegating = negates;
  }
}

/** Word-level analysis shared by indexing and querying: tokens → stop words dropped → stemmed, folded terms. */
export function analyze(lang: Lang, text: string): AnalyzedWord[] {
  const out = new AnalyzedWords(lang);
  for (const raw of tokenize(text)) out.add(raw, analyzeWord(lang, raw));
  return out.words;
}

/** The phrase numbers of entry e (PhraseLexicon.phrasesOf): phrases[starts[e] .. starts[e + 1]). */
export interface EntryPhrases {
  phrases: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
}

/** The phrase numbers of one entry of an EntryPhrases. */
export function phrasesOfEntry(list: EntryPhrases, entry: number): Int32Array<ArrayBuffer> {
  return list.phrases.subarray(list.starts[entry]!, list.starts[entry + 1]!);
}

/** A growable list of numbers (posting lists), cheaper than arrays of objects at 10,000 entries. */
export class NumberList {
  data = new Int32Array(4);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** Code unit i of "^term$", without building that string. */
function paddedUnit(term: string, i: number): number {
  return i === 0 ? 0x5e : i > term.length ? 0x24 : term.charCodeAt(i - 1);
}

/** The first slot of a table of mask + 1 slots to look in for a hash; then the next, until an empty one. */
function slotOf(hash: number, mask: number): number {
  // The hashes' low bits, which pick the slot, are mixed with their high bits first: FNV-1a over a 32-bit step (the
  // typo keys) leaves the low bits depending on the step's low half only, and the look-ups ran long.
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) & mask;
}

/**
 * The slots of an open-addressing hash table (linear probing) from 32-bit hashes to key numbers; the keys themselves
 * are kept, and compared, by the caller. Hand-written (no maintained package does this): a Map can only look up a
 * whole string, so finding the words of a phrase through one means cutting a new string out of the phrase for each
 * word and hashing it, and a typo-matching key needs a string built for it. At 10,000 entries (about 900,000 words
 * per language) reading phrases and terms through these tables instead of Maps made the first build of the index
 * about a fifth faster (median of five side-by-side runs 3.53 → 2.83 s, see docs/benchmarks-history.md).
 */
class HashSlots {
  /** Slot s holds a key's hash at 2s and its number + 1 at 2s + 1 (0: empty), so a look-up reads one place. */
  private slots = new Int32Array(2048);
  private mask = 1023;
  private count = 0;

  /** The first slot to look in for a hash; then next(slot) until keyAt gives -1 (an empty slot). */
  first(hash: number): number {
    return slotOf(hash, this.mask);
  }

  next(slot: number): number {
    return (slot + 1) & this.mask;
  }

  /** The key number in a slot, or -1 for an empty slot. */
  keyAt(slot: number): number {
    return this.slots[2 * slot + 1]! - 1;
  }

  hashAt(slot: number): number {
    return this.slots[2 * slot]!;
  }

  /** Files the next key number under its hash, in the empty slot where the look-up ended; returns the key number. */
  add(emptySlot: number, hash: number): number {
    const key = this.count++;
    this.slots[2 * emptySlot] = hash;
    this.slots[2 * emptySlot + 1] = key + 1;
    // At most half full, so that a look-up stays short.
    if (2 * this.count > this.mask + 1) {
      const old = this.slots;
      this.slots = new Int32Array(2 * old.length);
      this.mask = 2 * this.mask + 1;
      for (let at = 0; at < old.length; at += 2) {
        if (old[at + 1] === 0) continue;
        let slot = this.first(old[at]!);
        while (this.slots[2 * slot + 1] !== 0) slot = this.next(slot);
        this.slots[2 * slot] = old[at]!;
        this.slots[2 * slot + 1] = old[at + 1]!;
      }
    }
    return key;
  }
}

/** FNV-1a over UTF-16 code units: one step of the hash, and its start. */
const HASH_START = 0x811c9dc5;
function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/**
 * Strings numbered in the order they are added, found by their hash in HashSlots: for the terms and surface words of
 * the lexicon, which a build meets as new, short strings (tens of thousands at 10,000 entries), where a Map would
 * hash each of them in the engine before looking it up.
 */
class StringNumbers {
  readonly strings: string[] = [];
  private readonly slots = new HashSlots();

  /** The number of a string, or -1 if it has none; with `add`, a new string is numbered. */
  find(text: string, add: boolean): number {
    let hash = HASH_START;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const slots = this.slots;
    let slot = slots.first(hash);
    for (let key = slots.keyAt(slot); key >= 0; key = slots.keyAt((slot = slots.next(slot)))) {
      if (slots.hashAt(slot) === hash && this.strings[key] === text) return key;
    }
    if (!add) return -1;
    this.strings.push(text);
    return slots.add(slot, hash);
  }
}

/**
 * One language's phrases, words and terms as numbered so far in this process. The numbers are the lexicon's own; an
 * index numbers its terms and phrases afresh, in the order its entries use them, so that what it holds and how it
 * ranks do not depend on what was built before it.
 */
export class PhraseLexicon {
  /** Term number → term (stemmed, folded). */
  private readonly termNumbers = new StringNumbers();
  readonly terms: readonly string[] = this.termNumbers.strings;
  /** Word number → its term number, and the number of its folded surface form (token). */
  readonly wordTerms = new NumberList();
  readonly wordTokens = new NumberList();
  /** Folded surface word (token) → its number. */
  private readonly tokenNumbers = new StringNumbers();
  /**
   * Swedish: a folded surface word (token number) → the term of the first word written with å, ä or ö that folds to
   * it ("omraden" → the term of "områden"), for questions typed without those letters (SearchIndex.restoredTerm).
   */
  readonly writtenTerms = new Map<number, number>();
  /**
   * The labels and keywords read so far, found by hash in phraseSlots: key k is the text phraseTexts[k], whose phrase
   * number is slotPhrases[k]. (Titles and example questions are not filed here, see ownPhrase.)
   */
  private readonly phraseTexts: string[] = [];
  private readonly phraseSlots = new HashSlots();
  private readonly slotPhrases = new NumberList();
  /**
   * Every word read so far (lower-cased, as tokenize cuts it out), found by the hash of its code units without cutting
   * it out of its phrase (see tokenizeInPlace), in an open-addressing table like HashSlots whose slot s holds four
   * numbers: the word's hash at 4s, its length at 4s + 1 (0: an empty slot), where its code units begin in wordChars
   * at 4s + 2, and its word number at 4s + 3 (-1 for a stop word, NEGATING_STOPWORD for one that negates the next
   * word). All in one slot, so that a word met again (most of the 2.8 million words of a first build at 10,000
   * entries) costs one read of the table and one of its letters: through HashSlots and two lists beside it the phrase
   * analysis took 3–5 % longer.
   */
  private wordSlots = new Int32Array(4 * 1024);
  private wordMask = 1023;
  private wordCount = 0;
  private wordChars = new Uint16Array(1 << 16);
  private wordCharsUsed = 0;
  /** The indexed words of phrase p, in the order written: phraseWords[phraseStarts[p] .. phraseStarts[p + 1]). */
  readonly phraseWords = new NumberList();
  readonly phraseStarts = new NumberList();
  /**
   * Typo-matching keys (see SearchIndex.fuzzyMatches): a term's first letter followed by one trigram of "^term$",
   * numbered; the keys of term t are termGrams[termGramStarts[t] .. termGramStarts[t + 1]). The first letter is part
   * of the key because a typo match must share it, and it keeps each key's list short in a vocabulary of tens of
   * thousands of words. Key k's four code units are packed two by two in gramUnits[2k], gramUnits[2k + 1], and it is
   * found by their hash in gramSlots (no string is built for a key: about ten per term).
   */
  private readonly gramSlots = new HashSlots();
  private readonly gramUnits = new NumberList();
  readonly termGrams = new NumberList();
  readonly termGramStarts = new NumberList();

  constructor(readonly lang: Lang) {
    this.phraseStarts.push(0);
    this.termGramStarts.push(0);
  }

  /** Finds the typo-matching keys of the terms added since the last call (each term's keys are found once). */
  numberGrams(): void {
    // As gramKeysOf, with each new key numbered, written straight into termGrams: no arrays per term (tens of thousands
    // of terms in a first build; 3–5 % of it at 10,000 entries). A trigram met twice in a term has the same key, so the
    // key is what is kept once.
    const grams = this.termGrams;
    for (let id = this.termGramStarts.length - 1; id < this.terms.length; id++) {
      const word = this.terms[id]!;
      const from = grams.length;
      const first = word.charCodeAt(0);
      for (let i = 0; i + 3 <= word.length + 2; i++) {
        const key = this.gramKey((first << 16) | paddedUnit(word, i), (paddedUnit(word, i + 1) << 16) | paddedUnit(word, i + 2), true);
        let seen = false;
        for (let k = from; k < grams.length && !seen; k++) seen = grams.data[k] === key;
        if (!seen) grams.push(key);
      }
      this.termGramStarts.push(grams.length);
    }
  }

  /** How many typo-matching keys are numbered. */
  get gramKeyCount(): number {
    return this.gramUnits.length / 2;
  }

  /**
   * The typo-matching keys of a word (a question's): its first letter with each distinct trigram of "^word$", in order,
   * as numbers; -1 for a key no term has.
   */
  gramKeysOf(word: string): number[] {
    const first = word.charCodeAt(0);
    const highs: number[] = [];
    const lows: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i + 3 <= word.length + 2; i++) {
      const high = (first << 16) | paddedUnit(word, i);
      const low = (paddedUnit(word, i + 1) << 16) | paddedUnit(word, i + 2);
      // Each distinct trigram once (a word can repeat one: "banana").
      let seen = false;
      for (let k = 0; k < highs.length && !seen; k++) seen = highs[k] === high && lows[k] === low;
      if (seen) continue;
      highs.push(high);
      lows.push(low);
      keys.push(this.gramKey(high, low, false));
    }
    return keys;
  }

  /** The number of the key whose four code units are packed in `high` and `low`, or -1 (see gramKeysOf). */
  private gramKey(high: number, low: number, add: boolean): number {
    const hash = hashStep(hashStep(HASH_START, high), low);
    const slots = this.gramSlots;
    let slot = slots.first(hash);
    for (let key = slots.keyAt(slot); key >= 0; key = slots.keyAt((slot = slots.next(slot)))) {
      if (slots.hashAt(slot) === hash && this.gramUnits.data[2 * key] === high && this.gramUnits.data[2 * key + 1] === low) return key;
    }
    if (!add) return -1;
    this.gramUnits.push(high);
    this.gramUnits.push(low);
    return slots.add(slot, hash);
  }

  get phraseCount(): number {
    return this.phraseStarts.length - 1;
  }

  /**
   * Each entry's phrases (title, label, questions, keywords) as phrase numbers, analysing the phrases not seen before.
   * The entries of the last call are known by object, so an unchanged entry costs one look-up, and by id, so that an
   * entry read again from its file keeps the phrases of its unchanged texts; only this call's entries are kept for the
   * next. The numbers of all entries are in one list (no array per entry: at 10,000 entries
   * the arrays alone were a noticeable part of the build).
   */
  phrasesOf(entries: readonly Entry[]): EntryPhrases {
    const lang = this.lang;
    const previous = this.lastEntries;
    const before = this.lastPhrases;
    const next = new Map<Entry, number>();
    const starts = new Int32Array(entries.length + 1);
    let total = 0;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      starts[e] = total;
      total += 2 + entry.questions[lang].length + (entry.keywords?.[lang]?.length ?? 0);
    }
    starts[entries.length] = total;
    const phrases = new Int32Array(total);
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      let at = starts[e]!;
      const known = previous.get(entry);
      const again = known === undefined ? next.get(entry) : undefined;
      if (known !== undefined) {
        phrases.set(before.phrases.subarray(before.starts[known]!, before.starts[known + 1]!), at);
      } else if (again !== undefined) {
        phrases.copyWithin(at, starts[again]!, starts[again + 1]!);
      } else {
        const earlier = previous.size > 0 ? this.earlierById(previous).get(entry.id) : undefined;
        // In the index's order: title, label, example questions, keywords. (Indexed loops: for-of here allocated an
        // iterator result per phrase, 60 MB a build at 10,000 entries.)
        phrases[at++] = this.ownPhrase(entry.title[lang], earlier, before);
        phrases[at++] = this.internPhrase(entry.label[lang]);
        const questions = entry.questions[lang];
        for (let q = 0; q < questions.length; q++) phrases[at++] = this.ownPhrase(questions[q]!, earlier, before);
        const keywords = entry.keywords?.[lang];
        if (keywords) for (let k = 0; k < keywords.length; k++) phrases[at++] = this.internPhrase(keywords[k]!);
      }
      if (again === undefined) next.set(entry, e);
    }
    const out = { phrases, starts };
    this.lastEntries = next;
    this.lastPhrases = out;
    this.lastById = undefined;
    return out;
  }

  /** The entries of the last call by id (made when an entry of this call is new: a file was read again). */
  private earlierById(previous: Map<Entry, number>): Map<string, { entry: Entry; at: number }> {
    if (!this.lastById) {
      this.lastById = new Map();
      for (const [entry, at] of previous) this.lastById.set(entry.id, { entry, at });
    }
    return this.lastById;
  }

  private lastById: Map<string, { entry: Entry; at: number }> | undefined;

  /**
   * The phrase of an entry's own text (its title or an example question): the phrase the same entry had for the same
   * text in the last call, or a new one. These texts are not looked up among all phrases by their text as labels and
   * keywords are: they are mostly different from entry to entry (at 10,000 entries 129,000 of 170,000 questions in a
   * language), and hashing and filing each of them was about a tenth of a first build. The same text in two entries is
   * two phrases with the same words, which rank alike.
   */
  private ownPhrase(text: string, earlier: { entry: Entry; at: number } | undefined, before: EntryPhrases): number {
    if (earlier) {
      const lang = this.lang;
      const was = earlier.entry;
      const from = before.starts[earlier.at]!;
      if (was.title[lang] === text) return before.phrases[from]!;
      const questions = was.questions[lang];
      for (let q = 0; q < questions.length; q++) if (questions[q] === text) return before.phrases[from + 2 + q]!;
    }
    return this.addPhrase(text);
  }

  /** The entries of the last phrasesOf, each with its place there, and what it returned. */
  private lastEntries = new Map<Entry, number>();
  private lastPhrases: EntryPhrases = { phrases: new Int32Array(0), starts: new Int32Array(1) };

  private internPhrase(text: string): number {
    // The same look-up as StringNumbers.find, kept apart on purpose: phrases through that shared method (one hash loop
    // for phrases, terms and words of every string shape) made the first build at 10,000 entries about a quarter
    // slower (two runs of 16–24 alternating rounds, ratios 1.24 and 1.36).
    let hash = HASH_START;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const slots = this.phraseSlots;
    let slot = slots.first(hash);
    for (let key = slots.keyAt(slot); key >= 0; key = slots.keyAt((slot = slots.next(slot)))) {
      if (slots.hashAt(slot) === hash && this.phraseTexts[key] === text) return this.slotPhrases.data[key]!;
    }
    const phrase = this.addPhrase(text);
    this.phraseTexts.push(text);
    this.slotPhrases.push(phrase);
    slots.add(slot, hash);
    return phrase;
  }

  /** A new phrase: its words read and added to phraseWords. */
  private addPhrase(text: string): number {
    if (!this.tokenizeInPlace(text)) {
      this.isNegating = false;
      for (const raw of tokenize(text)) this.addPhraseWord(this.wordOfToken(raw));
    }
    this.phraseStarts.push(this.phraseWords.length);
    return this.phraseStarts.length - 2;
  }

  /**
   * Adds the indexed words of a phrase to phraseWords, as tokenize would cut them out (see lowerWordUnit), reading
   * the phrase code unit by code unit. Returns false, having added nothing, for a text that needs tokenize.
   */
  private tokenizeInPlace(text: string): boolean {
    const mark = this.phraseWords.length;
    let units: Uint16Array = this.wordUnits;
    this.isNegating = false;
    let start = -1;
    let hash = HASH_START;
    const table = LOWER_WORD_UNITS;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 0x20;
      let unit = table[code]!;
      if (unit === 0) unit = lowerWordUnit(code);
      if (unit === NEEDS_TOKENIZE) {
        this.phraseWords.length = mark;
        return false;
      }
      if (unit !== NOT_WORD) {
        if (start < 0) {
          start = i;
          hash = HASH_START;
        }
        hash = hashStep(hash, unit);
        if (i - start === units.length) units = this.growWordUnits();
        units[i - start] = unit;
      } else if (start >= 0 && (code === 0x27 || code === 0x2019) && i + 1 < text.length && lowerWordUnit(text.charCodeAt(i + 1)) !== NOT_WORD) {
        // An apostrophe inside a word, as in tokenize. (A following NEEDS_TOKENIZE ends the whole pass next.)
        hash = hashStep(hash, code);
        if (i - start === units.length) units = this.growWordUnits();
        units[i - start] = code;
      } else if (start >= 0) {
        this.addPhraseWord(this.wordAt(text, start, i, hash));
        start = -1;
      }
    }
    return true;
  }

  /** Whether the words read so far in the current phrase end in a negation, with only stop words after it. */
  private isNegating = false;
  /** Word number → the number of the same word negated (see NEGATED), made when a phrase first negates it. */
  private readonly negatedWords = new Map<number, number>();
  /** Word number → 1 for an indexed word that negates the next ("non", "ej"). */
  private readonly wordNegates = new NumberList();

  /** The next word of a phrase (a word number from wordId): its indexed word, and the negated word after a negation. */
  private addPhraseWord(word: number): void {
    if (word === NEGATING_STOPWORD) {
      this.isNegating = true;
      return;
    }
    if (word < 0) return;
    this.phraseWords.push(word);
    if (this.isNegating) this.phraseWords.push(this.negatedWord(word));
    this.isNegating = this.wordNegates.data[word] === 1;
  }

  private negatedWord(word: number): number {
    let negated = this.negatedWords.get(word);
    if (negated === undefined) {
      negated = this.wordTerms.length;
      this.wordTerms.push(this.termId(NEGATED + this.terms[this.wordTerms.data[word]!]!));
      // The same surface word: the negation adds no word of the language (see tokenIdOf).
      this.wordTokens.push(this.wordTokens.data[word]!);
      this.wordNegates.push(0);
      this.negatedWords.set(word, negated);
    }
    return negated;
  }

  /** The lower-cased code units of the word tokenizeInPlace is reading, for wordAt to compare. */
  private wordUnits: Uint16Array = new Uint16Array(64);

  private growWordUnits(): Uint16Array {
    const grown = new Uint16Array(2 * this.wordUnits.length);
    grown.set(this.wordUnits);
    this.wordUnits = grown;
    return grown;
  }

  /** The word number of a token as tokenize cut it out (lower-case already), found as tokenizeInPlace finds words. */
  private wordOfToken(raw: string): number {
    let units = this.wordUnits;
    let hash = HASH_START;
    for (let j = 0; j < raw.length; j++) {
      const unit = raw.charCodeAt(j);
      hash = hashStep(hash, unit);
      if (j === units.length) units = this.growWordUnits();
      units[j] = unit;
    }
    return this.wordAt(raw, 0, raw.length, hash);
  }

  /**
   * The word number of text[start .. end) lower-cased, known by the hash of its lower-cased code units (which are in
   * wordUnits). Every word is numbered here, so each is analysed once (analyzeNewWord).
   */
  private wordAt(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.wordSlots;
    const mask = this.wordMask;
    let slot = slotOf(hash, mask);
    for (let at = 4 * slot; slots[at + 1] !== 0; at = 4 * (slot = (slot + 1) & mask)) {
      if (slots[at] !== hash || slots[at + 1] !== length) continue;
      // Compared as tokenizeInPlace kept the word's code units (lower-cased), not read from the phrase again.
      const from = slots[at + 2]!;
      let same = true;
      for (let j = 0; j < length && same; j++) same = this.wordChars[from + j] === this.wordUnits[j];
      if (same) return slots[at + 3]!;
    }
    const raw = text.slice(start, end).toLowerCase();
    const word = this.wordId(raw);
    const from = this.wordCharsUsed;
    if (from + length > this.wordChars.length) {
      const grown = new Uint16Array(Math.max(2 * this.wordChars.length, from + length));
      grown.set(this.wordChars);
      this.wordChars = grown;
    }
    for (let j = 0; j < length; j++) this.wordChars[from + j] = raw.charCodeAt(j);
    this.wordCharsUsed = from + length;
    const at = 4 * slot;
    slots[at] = hash;
    slots[at + 1] = length;
    slots[at + 2] = from;
    slots[at + 3] = word;
    if (2 * ++this.wordCount > mask + 1) this.growWordSlots();
    return word;
  }

  /** The word table twice as large, at most half full again (as HashSlots.add). */
  private growWordSlots(): void {
    const old = this.wordSlots;
    const mask = 2 * this.wordMask + 1;
    const slots = new Int32Array(4 * (mask + 1));
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 1] === 0) continue;
      let slot = slotOf(old[from]!, mask);
      while (slots[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
      // Four numbers copied one by one: a view per word to copy from (subarray) was 9 MB of garbage a first build at
      // 10,000 entries.
      const to = 4 * slot;
      slots[to] = old[from]!;
      slots[to + 1] = old[from + 1]!;
      slots[to + 2] = old[from + 2]!;
      slots[to + 3] = old[from + 3]!;
    }
    this.wordSlots = slots;
    this.wordMask = mask;
  }

  private wordId(raw: string): number {
    const word = analyzeNewWord(this.lang, raw);
    const negates = NEGATORS[this.lang].has(raw);
    if (!word) return negates ? NEGATING_STOPWORD : -1;
    const id = this.wordTerms.length;
    this.wordNegates.push(negates ? 1 : 0);
    const term = this.termId(word.term);
    const token = this.tokenNumbers.find(word.token, true);
    this.wordTerms.push(term);
    this.wordTokens.push(token);
    if (this.lang === 'sv' && !this.writtenTerms.has(token) && /[åäö]/.test(raw)) this.writtenTerms.set(token, term);
    return id;
  }

  get tokenCount(): number {
    return this.tokenNumbers.strings.length;
  }

  /** The number of a folded surface word (token), if a phrase of the lexicon has it. */
  tokenIdOf(token: string): number | undefined {
    const id = this.tokenNumbers.find(token, false);
    return id >= 0 ? id : undefined;
  }

  /** The number of a term, if a phrase of the lexicon has it. */
  termIdOf(term: string): number | undefined {
    const id = this.termNumbers.find(term, false);
    return id >= 0 ? id : undefined;
  }

  private termId(term: string): number {
    return this.termNumbers.find(term, true);
  }
}

/**
 * The lexicon of each language. One that holds far more phrases than the last build used (entries edited away, or
 * other bases built in the same process) is dropped after that build, so it does not grow without bound: the next
 * build starts a new one and analyses its phrases again.
 */
const lexicons: Partial<Record<Lang, PhraseLexicon>> = {};
const SPARE_PHRASES = 20_000;

export function lexiconFor(lang: Lang): PhraseLexicon {
  return (lexicons[lang] ??= new PhraseLexicon(lang));
}

/** Called after a build that used `usedPhrases` distinct phrases of the lexicon. */
export function trimLexicon(lexicon: PhraseLexicon, usedPhrases: number): void {
  if (lexicon.phraseCount > 2 * usedPhrases + SPARE_PHRASES && lexicons[lexicon.lang] === lexicon) delete lexicons[lexicon.lang];
}

/**
 * Forgets every word analysed and every lexicon, as in a new process: for benchmarks that measure the first build of
 * an index more than once in one process (the bot itself never calls it).
 */
export function forgetAnalysedWords(): void {
  for (const lang of Object.keys(wordCache) as Lang[]) {
    wordCache[lang].clear();
    delete lexicons[lang];
  }
}
