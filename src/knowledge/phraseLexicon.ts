/**
 * Word analysis for the search index, and what it remembers between builds of the index.
 *
 * Analysing the knowledge base's phrases (cutting them into words, stemming each new word, numbering the terms) was
 * most of building the index: at 10,000 entries, about 450,000 example phrases per language. A reload after a staff
 * edit meets the same entries again, so each language keeps a lexicon across builds: every distinct phrase already
 * seen, as the numbers of the words it indexes, and for each entry object of the last build (entries are never
 * changed once loaded; the loader reuses the entries of files that did not change) the numbers of its phrases. A
 * build then only numbers what its own entries use (see SearchIndex), and analyses only phrases it has not seen
 * before.
 */
import type { Entry, Lang } from './schema.js';
import { foldText, tokenize } from '../language/normalizeText.js';
import { isStopword } from '../language/stopwords.js';
import { stemWord } from '../language/stemWord.js';

const MAX_WORD_LENGTH = 64;
export const WORD_CACHE_LIMIT = 200_000;

export interface AnalyzedWord {
  /** Folded surface form. */
  token: string;
  /** Index form: stemmed and folded. */
  term: string;
}

// Stemming dominates analysing new words: each distinct word is analysed once per language. Bounded, because
// questions pass through here too.
const wordCache: Record<Lang, Map<string, AnalyzedWord | null>> = { sv: new Map(), en: new Map(), se: new Map() };

function analyzeWord(lang: Lang, raw: string): AnalyzedWord | null {
  const cache = wordCache[lang];
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  // English possessives: "police's" is "police".
  const word = lang === 'en' ? raw.replace(/['’]s$/, '') : raw;
  const token = foldText(word);
  let result: AnalyzedWord | null = null;
  if (token.length > MAX_WORD_LENGTH) {
    // Not a word of any language: kept as an unknown token (it counts against every entry) without stemming it.
    result = { token, term: token.slice(0, MAX_WORD_LENGTH) };
  } else if (!isStopword(lang, token, word) && (token.length >= 2 || /^\d$/.test(token))) {
    // Stems of three letters or fewer collide too easily ("lediga" → "led"): such words keep their full form.
    const stem = stemWord(lang, word);
    result = { token, term: stem.length <= 3 && token.length > 3 ? token : stem };
  }
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(raw, result);
  return result;
}

/** Word-level analysis shared by indexing and querying: tokens → stop words dropped → stemmed, folded terms. */
export function analyze(lang: Lang, text: string): AnalyzedWord[] {
  const out: AnalyzedWord[] = [];
  for (const raw of tokenize(text)) {
    const word = analyzeWord(lang, raw);
    if (word) out.push(word);
  }
  return out;
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

/** The distinct letter trigrams of "^term$". */
export function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/** The texts of an entry that the index holds, in the index's order: title, label, example questions, keywords. */
function phraseTextsOf(entry: Entry, lang: Lang): string[] {
  return [entry.title[lang], entry.label[lang], ...entry.questions[lang], ...(entry.keywords?.[lang] ?? [])];
}

/**
 * One language's phrases, words and terms as numbered so far in this process. The numbers are the lexicon's own; an
 * index numbers its terms and phrases afresh, in the order its entries use them, so that what it holds and how it
 * ranks do not depend on what was built before it.
 */
export class PhraseLexicon {
  /** Term number → term (stemmed, folded). */
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** Word as written (tokenized) → word number, or -1 for a word that is not indexed (a stop word). */
  private readonly wordIds = new Map<string, number>();
  /** Word number → its term number, and the number of its folded surface form (token). */
  readonly wordTerms = new NumberList();
  readonly wordTokens = new NumberList();
  private readonly tokenIds = new Map<string, number>();
  private readonly phraseIds = new Map<string, number>();
  /** The indexed words of phrase p, in the order written: phraseWords[phraseStarts[p] .. phraseStarts[p + 1]). */
  readonly phraseWords = new NumberList();
  readonly phraseStarts = new NumberList();
  private entryPhrases = new Map<Entry, Int32Array>();
  /**
   * Typo-matching keys (see SearchIndex.fuzzyMatches): a term's first letter followed by one trigram of "^term$",
   * numbered; the keys of term t are termGrams[termGramStarts[t] .. termGramStarts[t + 1]). The first letter is part
   * of the key because a typo match must share it, and it keeps each key's list short in a vocabulary of tens of
   * thousands of words.
   */
  readonly gramIds = new Map<string, number>();
  readonly termGrams = new NumberList();
  readonly termGramStarts = new NumberList();

  constructor(readonly lang: Lang) {
    this.phraseStarts.push(0);
    this.termGramStarts.push(0);
  }

  private sorted = new Int32Array(0);

  /**
   * Every term number, in the order of the terms (UTF-16, as `<` compares). Terms added since the last call are sorted
   * on their own and merged in, so a rebuild after an edit does not sort the whole vocabulary again.
   */
  sortedTerms(): Int32Array {
    const known = this.sorted.length;
    if (known === this.terms.length) return this.sorted;
    // The native string sort is several times faster than sorting numbers by a comparator.
    const added = Int32Array.from(this.terms.slice(known).sort(), (term) => this.termIds.get(term)!);
    const merged = new Int32Array(this.terms.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < known && j < added.length) {
      merged[k++] = this.terms[this.sorted[i]!]! < this.terms[added[j]!]! ? this.sorted[i++]! : added[j++]!;
    }
    while (i < known) merged[k++] = this.sorted[i++]!;
    while (j < added.length) merged[k++] = added[j++]!;
    this.sorted = merged;
    return merged;
  }

  /** Finds the typo-matching keys of the terms added since the last call (each term's keys are found once). */
  numberGrams(): void {
    for (let id = this.termGramStarts.length - 1; id < this.terms.length; id++) {
      const term = this.terms[id]!;
      for (const gram of trigramsOf(term)) {
        const key = term[0] + gram;
        let keyId = this.gramIds.get(key);
        if (keyId === undefined) {
          keyId = this.gramIds.size;
          this.gramIds.set(key, keyId);
        }
        this.termGrams.push(keyId);
      }
      this.termGramStarts.push(this.termGrams.length);
    }
  }

  get phraseCount(): number {
    return this.phraseStarts.length - 1;
  }

  /**
   * Each entry's phrases (title, label, questions, keywords) as phrase numbers, analysing the phrases not seen before.
   * The entries of the last call are known by object, so an unchanged entry costs one look-up; only this call's
   * entries are kept for the next.
   */
  phrasesOf(entries: readonly Entry[]): Int32Array[] {
    const previous = this.entryPhrases;
    const next = new Map<Entry, Int32Array>();
    const out = entries.map((entry) => {
      let phrases = previous.get(entry) ?? next.get(entry);
      if (!phrases) {
        const texts = phraseTextsOf(entry, this.lang);
        phrases = new Int32Array(texts.length);
        for (let i = 0; i < texts.length; i++) phrases[i] = this.internPhrase(texts[i]!);
      }
      next.set(entry, phrases);
      return phrases;
    });
    this.entryPhrases = next;
    return out;
  }

  private internPhrase(text: string): number {
    const known = this.phraseIds.get(text);
    if (known !== undefined) return known;
    for (const raw of tokenize(text)) {
      const word = this.wordId(raw);
      if (word >= 0) this.phraseWords.push(word);
    }
    const phrase = this.phraseCount;
    this.phraseStarts.push(this.phraseWords.length);
    this.phraseIds.set(text, phrase);
    return phrase;
  }

  private wordId(raw: string): number {
    let id = this.wordIds.get(raw);
    if (id === undefined) {
      const word = analyzeWord(this.lang, raw);
      id = -1;
      if (word) {
        id = this.wordTerms.length;
        this.wordTerms.push(this.termId(word.term));
        let token = this.tokenIds.get(word.token);
        if (token === undefined) {
          token = this.tokenIds.size;
          this.tokenIds.set(word.token, token);
        }
        this.wordTokens.push(token);
      }
      this.wordIds.set(raw, id);
    }
    return id;
  }

  get tokenCount(): number {
    return this.tokenIds.size;
  }

  /** The number of a folded surface word (token), if a phrase of the lexicon has it. */
  tokenIdOf(token: string): number | undefined {
    return this.tokenIds.get(token);
  }

  /** The number of a term, if a phrase of the lexicon has it. */
  termIdOf(term: string): number | undefined {
    return this.termIds.get(term);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
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
