/**
 * Reduces a word to the form the search index uses: folded (see foldText) and stemmed for its language.
 * Swedish and English use the Snowball algorithms: Swedish through nlp.js's port (@nlpjs/lang-sv), English through
 * porter2 (Snowball's English, "Porter2"). Both give the same stems as snowball-stemmers, which the tests keep as the
 * reference (test/language/stemWord.test.ts), at a fraction of its cost: building the index of a large base meets
 * tens of thousands of new words, and snowball-stemmers took 8 µs per Swedish and 16 µs per English word, these
 * 3 and 2 µs (docs/benchmarks-history.md). Northern Sami has no stemmer that runs offline, so it gets the light suffix
 * stripping described in shared/SAMI.md (hand-written for that reason), after mapping the attested inflected forms
 * whose stem changes by consonant gradation (beana → beatnaga) to their base form.
 */
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv.js';
import { stem as porter2Stem } from 'porter2';
import type { Lang } from '../knowledge/schema.js';
import { foldText } from './normalizeText.js';

const swedishProgram = new StemmerSv();
/** One Swedish word through the Snowball program. (Its `stemWord` would keep every word in a cache without bound.) */
function swedishStem(word: string): string {
  swedishProgram.setCurrent(word);
  swedishProgram.innerStem();
  return swedishProgram.getCurrent();
}

/** Attested forms whose stem differs from the base form (shared/SAMI.md), folded. */
// A Map, not an object: "constructor" must not find Object's own property.
const SAMI_FORMS = new Map(Object.entries({
  beatnaga: 'beana', beatnagii: 'beana', beatnagis: 'beana', beatnagiin: 'beana', beatnagat: 'beana', beatnagiid: 'beana',
  jagi: 'jahki', jahkai: 'jahki', jagis: 'jahki', jagiin: 'jahki', jagiid: 'jahki',
  nuora: 'nuorra', nuorain: 'nuorra', nuorat: 'nuorra', nuoraid: 'nuorra', nuoraide: 'nuorra', nuoraiguin: 'nuorra',
  skuvlla: 'skuvla', skuvlii: 'skuvla', skuvllas: 'skuvla', skuvllain: 'skuvla', skuvllat: 'skuvla', skuvllaid: 'skuvla', skuvllaide: 'skuvla',
  gazaldaga: 'gazaldat', gazaldagas: 'gazaldat', gazaldagain: 'gazaldat', gazaldagat: 'gazaldat',
  rihkkosa: 'rihkus', vasi: 'vassi', aitagat: 'aitta', aitagiid: 'aitta', veahki: 'veahkki', diedut: 'diehtu',
  girona: 'giron', gironis: 'giron', gironii: 'giron',
}));

const SAMI_PARTICLES = ['han', 'nai', 'go', 'ge'];
// Longest first, as SAMI.md recommends.
const SAMI_ENDINGS = ['aiguin', 'iiguin', 'uiguin', 'iidda', 'aide', 'iide', 'uide', 'aid', 'iid', 'uid', 'ain', 'iin', 'uin',
  'ii', 'ai', 'ui', 'as', 'is', 'us', 't', 'n'];
const MIN_SAMI_STEM = 4;
/** The endings by their last letter, each list still longest first: a word is only tried against its own letter's. */
const SAMI_ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of SAMI_ENDINGS) {
  const last = ending[ending.length - 1]!;
  SAMI_ENDINGS_BY_LAST.set(last, [...(SAMI_ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

function samiEndingOf(word: string): string | undefined {
  const endings = SAMI_ENDINGS_BY_LAST.get(word[word.length - 1] ?? '');
  if (!endings) return undefined;
  for (const ending of endings) if (word.length - ending.length >= MIN_SAMI_STEM && word.endsWith(ending)) return ending;
  return undefined;
}

/** Derivational families with gradation (-vuohta : -vuođa, -eapmi : -eami), folded, mapped to their base suffix. */
const SAMI_DERIVATIONS: Array<[endings: string[], base: string]> = [
  [['vuoda', 'vuodas', 'vuodain', 'vuhtii'], 'vuohta'],
  [['eami', 'eapmai', 'eamis'], 'eapmi'],
];

/**
 * The first three code units of a text from `start` as one small integer. Exact for code units below 1024 (every
 * folded letter); beyond, two beginnings may share a number, which only makes the checks that use it say "maybe"
 * more often, never wrongly "no".
 */
export function beginningKey(text: string, start: number): number {
  return ((text.charCodeAt(start) & 0x3ff) << 20) | ((text.charCodeAt(start + 1) & 0x3ff) << 10) | (text.charCodeAt(start + 2) & 0x3ff);
}

/** How the attested forms (SAMI_FORMS) begin: a word that begins so may be mapped to a form that begins otherwise. */
const SAMI_FORM_BEGINNINGS = new Set([...SAMI_FORMS.keys()].map((form) => beginningKey(form, 0)));
const SAMI_DERIVATION_ENDINGS = SAMI_DERIVATIONS.flatMap(([endings]) => endings);
const LONGEST_DERIVATION_ENDING = Math.max(...SAMI_DERIVATION_ENDINGS.map((ending) => ending.length));

/**
 * Whether the Sami stem of text[start ..] (folded, as a term's piece is) surely begins with the same three letters, so
 * that a piece of a word can be a known term, or stem to one, only if it begins like some term (see SearchIndex,
 * compounds). stemSami only strips endings and never below four letters, so the beginning changes only where this
 * says no: a word shorter than three letters, a doubled consonant among the first three (collapsed), a word that
 * begins like an attested form (mapped whole), or a derivational ending that reaches into the first three letters.
 * test/language/stemWord.test.ts holds stemSami to this.
 */
export function samiStemKeepsBeginning(text: string, start = 0): boolean {
  const length = text.length - start;
  if (length < 3) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if ((second === first && isCollapsible(first)) || (text.charCodeAt(start + 2) === second && isCollapsible(second))) return false;
  if (SAMI_FORM_BEGINNINGS.has(beginningKey(text, start))) return false;
  if (length < 3 + LONGEST_DERIVATION_ENDING) {
    for (const ending of SAMI_DERIVATION_ENDINGS) if (length - ending.length < 3 && text.endsWith(ending)) return false;
  }
  return true;
}

/** Letters whose doubling Sami stems undo (consonants: b–z without the vowels). */
function isCollapsible(code: number): boolean {
  return code >= 0x62 && code <= 0x7a && code !== 0x65 && code !== 0x69 && code !== 0x6f && code !== 0x75;
}

/** A run of the same consonant written once: "skuvll" → "skuvl". */
function collapseDoubles(word: string): string {
  let i = 1;
  while (i < word.length && !(word.charCodeAt(i) === word.charCodeAt(i - 1) && isCollapsible(word.charCodeAt(i)))) i++;
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!(code === word.charCodeAt(i - 1) && isCollapsible(code))) out += word[i];
  }
  return out;
}

// The stemmer is string tests and slices rather than regular expressions: building the index of a large base stems
// tens of thousands of Sami words and pieces of words (compounds), and the regex version took about 3 µs a word.
function stemSami(folded: string): string {
  let word = SAMI_FORMS.get(folded) ?? folded;
  for (const [endings, base] of SAMI_DERIVATIONS) {
    const ending = endings.find((e) => word.endsWith(e));
    if (ending) word = word.slice(0, -ending.length) + base;
  }
  for (const particle of SAMI_PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= MIN_SAMI_STEM + 1) {
      word = SAMI_FORMS.get(word.slice(0, -particle.length)) ?? word.slice(0, -particle.length);
      break;
    }
  }
  // Strip at most three endings or final vowels, never below four letters, then collapse doubled consonants,
  // so that skuvla, skuvllas, skuvlii and skuvllain all meet at "skuvl".
  for (let i = 0; i < 3; i++) {
    const ending = samiEndingOf(word);
    if (ending) word = word.slice(0, -ending.length);
    else if (word.length - 1 >= MIN_SAMI_STEM && 'aeiou'.includes(word[word.length - 1]!)) word = word.slice(0, -1);
    else break;
  }
  return collapseDoubles(word);
}

/**
 * Snowball's Swedish stemmer leaves the definite -et and some stacked endings ("löftet", "löftena" → "löften"):
 * strip a final -et and run it once more, so löfte, löften, löftena and löftet meet at "löft".
 */
function stemSwedish(token: string): string {
  let stem = swedishStem(token);
  if (stem.endsWith('et') && stem.length >= 6) stem = stem.slice(0, -2);
  stem = swedishStem(stem);
  // Adjectives in -sam keep their double m and neuter t ("gemensamma" → "gemensamm", "gemensamt"): all forms meet at
  // "gemensam", as "verksamhet" does already (residents60: "Vad innebär 'en gemensam lägesbild'?" missed the entry
  // that says "den gemensamma lägesbilden").
  if ((stem.endsWith('samm') || stem.endsWith('samt')) && stem.length >= 6) stem = stem.slice(0, -1);
  return stem;
}

function isNumber(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * stemWord for English and Sami of a token already folded (foldText), which they stem folded: the phrase lexicon has
 * folded each new word already, and folding it again was about a fifth of analysing a new Sami word (8 of 38 ms for
 * the 25,000 new Sami words of a first build at 10,000 entries).
 */
export function stemFoldedWord(lang: 'en' | 'se', folded: string): string {
  if (isNumber(folded)) return folded;
  return lang === 'en' ? porter2Stem(folded) : stemSami(folded);
}

/** The index form of one token (already lower-cased) in the given language. */
export function stemWord(lang: Lang, token: string): string {
  if (isNumber(token)) return token;
  switch (lang) {
    case 'sv':
      return foldText(stemSwedish(token));
    case 'en':
      return porter2Stem(foldText(token));
    case 'se':
      return stemSami(foldText(token));
  }
}
