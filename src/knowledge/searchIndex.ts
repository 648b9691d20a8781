/**
 * The search index of one language: the knowledge base's vocabulary (folded, stemmed terms) with an inverted index
 * from terms to entries and to the example phrases (titles, questions, keywords, labels) they occur in.
 *
 * Why not fuse.js over whole sentences: that scans every entry for every question (≈18 ms at 60 entries, seconds at
 * 10,000). Here a question's words are looked up exactly, then — only for words the vocabulary does not know —
 * fuzzily with fuse.js over a few candidate terms that share letter trigrams with the word. Entries are then scored
 * from the posting lists of the matched terms, which costs microseconds and grows with the matches, not the base.
 */
import Fuse from 'fuse.js';
import type { Entry, Lang } from './schema.js';
import { foldText, tokenize } from '../language/normalizeText.js';
import { isStopword, QUESTION_WORDS } from '../language/stopwords.js';
import { stemWord } from '../language/stemWord.js';

/** How much an occurrence counts, by field: titles, questions, keywords and labels say what an entry is about. */
const FIELD_WEIGHT = { title: 1, question: 1, keyword: 1, label: 1, answer: 0.4 } as const;
type Field = keyof typeof FIELD_WEIGHT;

const MIN_PART = 4;
const FUZZY_MIN_LENGTH = 5;
const FUZZY_THRESHOLD = 0.34;
const CACHE_LIMIT = 5000;
const COMPOUND_LANGS: ReadonlySet<Lang> = new Set<Lang>(['sv', 'se']);

export interface TermMatch {
  term: number;
  /** 0..1: 1 exact, less for a part of a compound or a fuzzy (typo) match. */
  quality: number;
  how: 'exact' | 'part' | 'split' | 'fuzzy';
}

export interface QueryTerm {
  token: string;
  weight: number;
  matches: TermMatch[];
}

export interface Scored {
  entry: number;
  score: number;
  coverage: number;
  precision: number;
}

interface Phrase {
  entry: number;
  idfSum: number;
}

/** Word-level analysis shared by indexing and querying: tokens → stop words dropped → stemmed, folded terms. */
export function analyze(lang: Lang, text: string): Array<{ token: string; term: string }> {
  const out: Array<{ token: string; term: string }> = [];
  for (const token of tokenize(text)) {
    const folded = foldText(token);
    if (isStopword(lang, folded)) continue;
    if (folded.length < 2 && !/^\d$/.test(folded)) continue;
    // Stems of three letters or fewer collide too easily ("lediga" → "led"): such words keep their full form.
    const stem = stemWord(lang, token);
    out.push({ token: folded, term: stem.length <= 3 && folded.length > 3 ? folded : stem });
  }
  return out;
}

function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export class SearchIndex {
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private idf: number[] = [];
  /** term → (entry → best field weight) */
  private readonly postings: Array<Map<number, number>> = [];
  /** term → phrases it occurs in */
  private readonly phrasePostings: number[][] = [];
  private readonly phrases: Phrase[] = [];
  /** A stem that is the first or last part of longer terms (compounds): part → those terms. */
  private readonly parts = new Map<string, number[]>();
  private readonly trigrams = new Map<string, number[]>();
  private readonly cache = new Map<string, TermMatch[]>();
  /** Folded surface words of this language's knowledge and its stop words: evidence for language detection. */
  readonly surfaceWords = new Set<string>();
  private unknownWeight = 1;

  constructor(
    readonly lang: Lang,
    private readonly entries: readonly Entry[],
  ) {
    entries.forEach((entry, index) => this.addEntry(entry, index));
    this.finish();
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.postings.push(new Map());
      this.phrasePostings.push([]);
    }
    return id;
  }

  private addText(entry: number, field: Field, text: string, isPhrase: boolean): void {
    const phraseId = isPhrase ? this.phrases.push({ entry, idfSum: 0 }) - 1 : -1;
    const seen = new Set<number>();
    for (const { token, term } of analyze(this.lang, text)) {
      this.surfaceWords.add(token);
      const id = this.termId(term);
      const posting = this.postings[id]!;
      posting.set(entry, Math.max(posting.get(entry) ?? 0, FIELD_WEIGHT[field]));
      if (phraseId >= 0 && !seen.has(id)) this.phrasePostings[id]!.push(phraseId);
      seen.add(id);
    }
  }

  private addEntry(entry: Entry, index: number): void {
    const lang = this.lang;
    this.addText(index, 'title', entry.title[lang], true);
    this.addText(index, 'label', entry.label[lang], true);
    for (const q of entry.questions[lang]) this.addText(index, 'question', q, true);
    for (const k of entry.keywords?.[lang] ?? []) this.addText(index, 'keyword', k, true);
    this.addText(index, 'answer', entry.answer[lang], false);
  }

  private finish(): void {
    const n = Math.max(this.entries.length, 1);
    // Document frequency counts the entries that are about a word (title, questions, keywords, label); an answer
    // that merely mentions it (a referral to Kvinnofridslinjen, say) does not make it a common word.
    this.idf = this.postings.map((p) => {
      let about = 0;
      for (const w of p.values()) if (w === 1) about++;
      return Math.log(1 + n / Math.max(about || p.size, 1));
    });
    // An unknown word in a question is evidence against every entry, weighed like a fairly rare term.
    this.unknownWeight = 0.8 * Math.log(1 + n);
    const phraseTerms: number[][] = this.phrases.map(() => []);
    this.phrasePostings.forEach((list, term) => list.forEach((p) => phraseTerms[p]!.push(term)));
    phraseTerms.forEach((terms, p) => {
      this.phrases[p]!.idfSum = terms.reduce((sum, t) => sum + this.idf[t]!, 0);
    });
    this.terms.forEach((term, id) => {
      for (const gram of trigramsOf(term)) {
        const list = this.trigrams.get(gram);
        if (list) list.push(id);
        else this.trigrams.set(gram, [id]);
      }
      if (COMPOUND_LANGS.has(this.lang) && term.length >= 2 * MIN_PART) this.registerCompound(term, id);
    });
  }

  /**
   * "narkotikahund" is a compound of two known words, so a question with "hund" also finds it. A word is split only
   * where both halves are themselves words of the vocabulary (after stemming, with an optional linking s), so that
   * "kommunikation" does not count as a compound of "kommun".
   */
  private registerCompound(term: string, id: number): void {
    for (let cut = MIN_PART; cut <= term.length - MIN_PART; cut++) {
      const tail = this.knownStem(term.slice(cut));
      if (tail === undefined) continue;
      const head = this.knownStem(term.slice(0, cut)) ?? (term[cut - 1] === 's' ? this.knownStem(term.slice(0, cut - 1)) : undefined);
      if (head === undefined) continue;
      this.addPart(head, id);
      this.addPart(tail, id);
    }
  }

  /** The vocabulary term for a piece of a word, if the piece (or its stem) is a known term. */
  private knownStem(piece: string): string | undefined {
    if (piece.length < 3) return undefined;
    if (this.termIds.has(piece)) return piece;
    const stem = stemWord(this.lang, piece);
    return this.termIds.has(stem) ? stem : undefined;
  }

  private addPart(part: string, term: number): void {
    const list = this.parts.get(part);
    if (!list) this.parts.set(part, [term]);
    else if (list.at(-1) !== term) list.push(term);
  }

  get size(): number {
    return this.entries.length;
  }

  hasTerm(term: string): boolean {
    return this.termIds.has(term);
  }

  /** The vocabulary terms a (stemmed, folded) query term stands for, with how well each matches. */
  lookupTerm(term: string): TermMatch[] {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const matches = this.findTermMatches(term);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(term, matches);
    return matches;
  }

  private findTermMatches(term: string): TermMatch[] {
    const exact = this.termIds.get(term);
    const matches: TermMatch[] = [];
    if (exact !== undefined) matches.push({ term: exact, quality: 1, how: 'exact' });
    // "hund" also finds "narkotikahund"; a few compounds at most, so one short word cannot match half the base.
    const compounds = this.parts.get(term);
    if (compounds && compounds.length <= 12) {
      for (const id of compounds) if (id !== exact) matches.push({ term: id, quality: 0.75, how: 'part' });
    }
    if (matches.length > 0) return matches;
    const split = this.splitCompound(term);
    if (split.length > 0) return split;
    return this.fuzzyMatches(term);
  }

  /** "drogsök" → "drog" + "sök" when both halves are known words (Swedish and Sami compounds). */
  private splitCompound(term: string): TermMatch[] {
    if (!COMPOUND_LANGS.has(this.lang) || term.length < 2 * 3 + 1) return [];
    for (let cut = term.length - 3; cut >= 3; cut--) {
      const tail = this.knownStem(term.slice(cut));
      if (tail === undefined) continue;
      const head = this.knownStem(term.slice(0, cut)) ?? (term[cut - 1] === 's' ? this.knownStem(term.slice(0, cut - 1)) : undefined);
      if (head === undefined) continue;
      return [
        { term: this.termIds.get(head)!, quality: 0.85, how: 'split' },
        { term: this.termIds.get(tail)!, quality: 0.85, how: 'split' },
      ];
    }
    return [];
  }

  /** Typos: fuse.js over the few terms that share trigrams with the word, never over the whole vocabulary. */
  private fuzzyMatches(term: string): TermMatch[] {
    if (term.length < FUZZY_MIN_LENGTH || /^\d+$/.test(term)) return [];
    const grams = trigramsOf(term);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.trigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const maxLengthGap = term.length >= 8 ? 2 : 1;
    const minShared = Math.max(1, Math.floor(grams.length / 4));
    // Typos rarely hit the first letter; requiring it keeps "duohken" from turning into "suohkan".
    const candidates = [...shared]
      .filter(([id, count]) => {
        const candidate = this.terms[id]!;
        return count >= minShared && candidate[0] === term[0] && Math.abs(candidate.length - term.length) <= maxLengthGap;
      })
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

  /** Analyses a question into weighted query terms with their vocabulary matches. */
  analyzeQuery(text: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const { token, term } of analyze(this.lang, text)) {
      if (seen.has(term)) continue;
      seen.add(term);
      if (QUESTION_WORDS[this.lang].has(token)) {
        // A question word helps only when entries use it ("vem" → who signed); an unused one is no evidence.
        const id = this.termIds.get(term);
        if (id !== undefined) out.push({ token, weight: 0.5 * this.idf[id]!, matches: [{ term: id, quality: 1, how: 'exact' }] });
        continue;
      }
      const matches = this.lookupTerm(term);
      const best = matches.reduce((m, x) => Math.max(m, this.idf[x.term]! * x.quality), 0);
      out.push({ token, weight: matches.length > 0 ? Math.max(best, 0.3) : this.unknownWeight, matches });
    }
    return out;
  }

  /** Scores entries for analysed query terms; best first. */
  score(query: QueryTerm[], limit = 5): Scored[] {
    const totalWeight = query.reduce((s, q) => s + q.weight, 0);
    if (totalWeight === 0) return [];
    const credit = new Map<number, number>();
    const central = new Map<number, number>();
    const phraseHits = new Map<number, number>();
    for (const q of query) {
      const perEntry = new Map<number, number>();
      // How many of an entry's phrases use the word: a word an entry keeps coming back to is what it is about.
      const phrasesPerEntry = new Map<number, number>();
      for (const m of q.matches) {
        for (const [entry, fieldWeight] of this.postings[m.term]!) {
          perEntry.set(entry, Math.max(perEntry.get(entry) ?? 0, m.quality * fieldWeight));
        }
        const termIdf = this.idf[m.term]!;
        for (const p of this.phrasePostings[m.term]!) {
          phraseHits.set(p, (phraseHits.get(p) ?? 0) + termIdf * m.quality);
          const entry = this.phrases[p]!.entry;
          phrasesPerEntry.set(entry, (phrasesPerEntry.get(entry) ?? 0) + m.quality);
        }
      }
      for (const [entry, c] of perEntry) credit.set(entry, (credit.get(entry) ?? 0) + q.weight * c);
      for (const [entry, tf] of phrasesPerEntry) central.set(entry, (central.get(entry) ?? 0) + (q.weight * tf) / (tf + 1));
    }
    const precision = new Map<number, number>();
    for (const [p, hit] of phraseHits) {
      const phrase = this.phrases[p]!;
      // Dice overlap of question and phrase: a one-word keyword does not fully explain a five-word question.
      const ratio = Math.min(1, (2 * hit) / (phrase.idfSum + totalWeight));
      if (ratio > (precision.get(phrase.entry) ?? 0)) precision.set(phrase.entry, ratio);
    }
    const scored: Scored[] = [];
    for (const [entry, c] of credit) {
      const coverage = Math.min(1, c / totalWeight);
      const prec = precision.get(entry) ?? 0;
      const centrality = Math.min(1, (central.get(entry) ?? 0) / totalWeight);
      scored.push({ entry, coverage, precision: prec, score: 0.6 * coverage + 0.3 * prec + 0.1 * centrality });
    }
    scored.sort((a, b) => b.score - a.score || b.precision - a.precision);
    return scored.slice(0, limit);
  }
}
