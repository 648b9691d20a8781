/**
 * Folds a message to plain lower-case ASCII-ish words so that patterns written once match text typed without a
 * Swedish or Sami keyboard ("hjalp", "aita mu", "sihko"). Pure: used by safety, commands and small talk alike.
 */
const LETTERS: Record<string, string> = { đ: 'd', ŋ: 'n', ŧ: 't', ø: 'o', æ: 'ae', ß: 'ss' };

/** Diacritics and apostrophes away, the letters Unicode does not decompose spelled out ("Ráđđi" → "Raddi"). */
function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đŋŧøæß]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’]/g, '');
}

/** The definition, applied to a whole text: what foldText returns, and what it does itself for unusual text. */
export function foldTextByRegex(text: string): string {
  return stripMarks(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// What each UTF-16 code unit of lower-cased text becomes: its folded letters, REMOVED (a mark or an apostrophe),
// SEPARATOR, or MIXED (letters and other things: only the regex path is sure to get such text right). Decided once per
// code unit with the definition above, then reused: every message passes through here several times per turn
// (safety, commands, cues), and six Unicode regex passes over it cost more than the rest of those checks.
// Hand-written for that reason; the test compares it with foldTextByRegex on arbitrary text.
const REMOVED = '';
const SEPARATOR = ' ';
const MIXED = '\u0000';
const foldTable: Array<string | undefined> = new Array(0x10000);
const ONLY_WORD_CHARS = /^[\p{L}\p{N}]+$/u;

function foldCodeUnit(code: number): string {
  let folded = foldTable[code];
  if (folded === undefined) {
    const decomposed = stripMarks(String.fromCharCode(code));
    folded = decomposed === '' ? REMOVED : ONLY_WORD_CHARS.test(decomposed) ? decomposed : /^[^\p{L}\p{N}]+$/u.test(decomposed) ? SEPARATOR : MIXED;
    foldTable[code] = folded;
  }
  return folded;
}

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let isSpacePending = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let folded: string;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) folded = lower[i]!;
    else if (code >= 0xd800 && code <= 0xdfff) return foldTextByRegex(text); // Outside the BMP (emoji): the regex path.
    else folded = foldCodeUnit(code);
    if (folded === REMOVED) continue;
    if (folded === SEPARATOR) {
      isSpacePending = out.length > 0;
      continue;
    }
    if (folded === MIXED) return foldTextByRegex(text);
    if (isSpacePending) {
      out += ' ';
      isSpacePending = false;
    }
    out += folded;
  }
  return out;
}

/**
 * Norwegian and Danish spellings of words the safety check knows in Swedish, for visitors from Narvik, Tromsø or
 * Copenhagen (review64: "jeg vil ikke leve lenger", "kompisen min ligger bevisstløs"). Words that are Swedish words too
 * are left out ("deg", dough; "sit", "er"), except three whose Swedish sense is rare and harmless to the rules ("seg",
 * slow; "redd", prepared; "leve", a cheer). Hand-written: no maintained package maps these.
 */
const NORDIC_FORMS = {
  ikke: 'inte', ikkje: 'inte', jeg: 'jag', meg: 'mig', seg: 'sig', hjelp: 'hjalp', hjaelp: 'hjalp', vil: 'vill',
  leve: 'leva', lenger: 'langre', laengere: 'langre', puste: 'andas', bevisstlos: 'medvetslos', bevidstlos: 'medvetslos',
  kjaereste: 'partner', kjaeresten: 'partnern', kaereste: 'partner', kaeresten: 'partnern', kone: 'fru', konen: 'frun',
  mand: 'man', manden: 'mannen', eksen: 'exet', drepe: 'doda', drept: 'dodad', draebe: 'doda', draebt: 'dodad',
  selvmord: 'sjalvmord', politiet: 'polisen', anmelde: 'anmala', stjalet: 'stulen', reinsdyr: 'ren', reinsdyret: 'renen',
  elg: 'alg', elgen: 'algen', vondt: 'ont', hvor: 'var', redd: 'radd', kjorte: 'korde', kjore: 'kora', kjorer: 'kor',
  blor: 'bloder', truer: 'hotar', truet: 'hotat', tage: 'ta', meldinger: 'meddelanden', pillene: 'pillren',
  selvmordstanker: 'sjalvmordstankar', selvmordstanke: 'sjalvmordstanke', venn: 'van', venninne: 'vaninna',
};
/** Spoken and texting forms, read as the written word ("slår mej", "tack så mkt", "det e nån i huset", "o"), and NORDIC_FORMS. */
const SPOKEN_FORMS = new Map(Object.entries({ mej: 'mig', dej: 'dig', sej: 'sig', mkt: 'mycket', ngn: 'nagon', e: 'ar', o: 'och', ...NORDIC_FORMS }));
/** A number written together with a word ("5-åring" is already two words; "5åring", "4yo", "3hrs" are made so). */
const NUMBER_THEN_LETTERS = /^(\d+)([a-z]+)$/;
/**
 * A letter drawn out, three times or more ("hjäääälp", "pleeeease", "heeelp"): read as one. No word needs three. A
 * consonant that Swedish doubles at a word's end or before another consonant is read as two ("kör hem fulll från
 * krogen", review94; "alllvarligt"), since one would make another word ("ful", ugly).
 */
const DRAWN_OUT = /([a-z])\1{2,}/g;
const DOUBLED = new Set(['l', 'n', 'm', 's', 't']);
/** Does the word have the same letter twice in a row (`times` = 2), or three times (3)? */
export function hasRepeat(word: string, times: 2 | 3): boolean {
  for (let i = times - 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && (times === 2 || word.charCodeAt(i) === word.charCodeAt(i - 2))) return true;
  }
  return false;
}
function undrawn(_run: string, letter: string): string {
  return DOUBLED.has(letter) ? letter + letter : letter;
}

/**
 * A guardian ("god man", "gode mannen", also in Sami texts) is one word, "godman": its "man" is no husband to the rules
 * of violence at home ("min god man tar hand om mina pengar", review91).
 */
const GUARDIAN_FIRST = new Set(['god', 'gode']);
const GUARDIAN_SECOND = new Set(['man', 'mannen']);

/**
 * "he'll", "she’ll", "they'll": read as "he will" (folding alone makes "he'll" the word "hell": "my husband says he'll
 * kill me", review93). Not "we'll", "you'll", "I'll": "we don't know where we'll live" is no "know where we live".
 */
const WILL_CONTRACTION = /\b(he|she|they|someone|somebody)['’]ll\b/gi;

/**
 * The folded words of a message. One turn checks the same message several times (safety, commands, cues): PromiseBot
 * splits it once and passes the words to each check (their `words` parameter), frozen because they are shared.
 */
export function splitWords(text: string): readonly string[] {
  const folded = foldText(/['’]ll\b/i.test(text) ? text.replace(WILL_CONTRACTION, '$1 will') : text);
  if (!folded) return Object.freeze([]);
  const words: string[] = [];
  for (const word of folded.split(' ')) {
    // The regexes run only on words that may need them (a digit first; a letter three times in a row): most words pass
    // untouched, and a regex per word was a noticeable part of a turn under load.
    const first = word.charCodeAt(0);
    const split = first >= 0x30 && first <= 0x39 ? NUMBER_THEN_LETTERS.exec(word) : null;
    if (split) words.push(split[1]!, split[2]!);
    else {
      const plain = hasRepeat(word, 3) ? word.replace(DRAWN_OUT, undrawn) : word;
      if (GUARDIAN_SECOND.has(plain) && words.length > 0 && GUARDIAN_FIRST.has(words[words.length - 1]!)) words[words.length - 1] += plain;
      else words.push(SPOKEN_FORMS.get(plain) ?? plain);
    }
  }
  return Object.freeze(words);
}

/** Optimal string alignment distance (Levenshtein plus one swap of neighbours), stopping early above `max`. */
// Three reused rows (the one before last is needed for transpositions): safety checks compare every word of every
// message with every pattern, and allocating a matrix per comparison made this the bot's hottest function.
let rowBeforeLast = new Int32Array(32);
let lastRow = new Int32Array(32);
let row = new Int32Array(32);

export function measureEditDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > row.length) {
    rowBeforeLast = new Int32Array(2 * n + 2);
    lastRow = new Int32Array(2 * n + 2);
    row = new Int32Array(2 * n + 2);
  }
  for (let j = 0; j <= n; j++) lastRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(lastRow[j]! + 1, row[j - 1]! + 1, lastRow[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, rowBeforeLast[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = rowBeforeLast;
    rowBeforeLast = lastRow;
    lastRow = row;
    row = oldest;
  }
  return lastRow[n]!;
}

/**
 * The first letters a pattern word must begin with to match `word` (isWordMatch): the word's own first letter, or its
 * second when the two are swapped. Tables of patterns are filed by first letter so that a word meets only these.
 */
export function firstLettersToMatch(word: string): string[] {
  return word.length > 1 && word[1] !== word[0] ? [word[0]!, word[1]!] : [word[0] ?? ''];
}

/** Whether one of firstLettersToMatch(word) is in `letters`, without making the list (for a check on every word). */
export function hasFirstLetterIn(word: string, letters: ReadonlySet<string>): boolean {
  return letters.has(word[0] ?? '') || (word.length > 1 && word[1] !== word[0] && letters.has(word[1]!));
}

/**
 * Does a typed word match a pattern word? `stem*` matches by prefix; words of five letters or more (stems: six) also
 * match with one typo (ten or more: two), the way people type on a phone in a hurry.
 */
export function isWordMatch(word: string, pattern: string): boolean {
  const isPrefix = pattern.charCodeAt(pattern.length - 1) === 42; // '*'
  if (!isPrefix && word === pattern) return true;
  const targetLength = isPrefix ? pattern.length - 1 : pattern.length;
  // Hurried typing rarely gets the first letter wrong (a swap of the first two is still allowed); checking that first
  // spares most edit-distance computations. (Characters compared in place: this runs for every word and pattern.)
  const first = word.charCodeAt(0);
  const isSameStart = first === pattern.charCodeAt(0);
  if (isPrefix && isSameStart && word.length >= targetLength) {
    let i = 1;
    while (i < targetLength && word.charCodeAt(i) === pattern.charCodeAt(i)) i++;
    if (i === targetLength) return true;
  }
  // A beginning of five letters with a typo, followed by anything, is too loose: "klocktornet", "klockan" read as
  // "krock*" (a crash). Such a stem matches only as spelt; a whole word of five letters still allows one typo.
  if (targetLength < (isPrefix ? 6 : 5)) return false;
  if (!isSameStart && !(first === pattern.charCodeAt(1) && word.charCodeAt(1) === pattern.charCodeAt(0))) return false;
  const target = isPrefix ? pattern.slice(0, -1) : pattern;
  // Two typos only in a long word: at eight letters, two edits make other words ("krossade" → "krockade", "exposed" →
  // "exploded", "follow" → "followup", "suicide" → "suicidal").
  const allowed = target.length >= 10 ? 2 : 1;
  if (isPrefix) {
    // Compare the typed word's beginning (a little longer or shorter, for a missing or extra letter) with the stem.
    for (const length of [target.length - 1, target.length, target.length + 1]) {
      if (length <= word.length && measureEditDistance(word.slice(0, length), target, allowed) <= allowed) return true;
    }
    return false;
  }
  return measureEditDistance(word, target, allowed) <= allowed;
}
