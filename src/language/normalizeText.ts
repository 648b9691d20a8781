/**
 * Normalisation for matching: case, punctuation and the letters many residents cannot type.
 * Swedish å ä ö and Sami á č đ ŋ š ŧ ž are folded to plain Latin letters (people often write "a" for "å" or "á",
 * "s" for "š"), on both the knowledge side and the question side, so either spelling finds the other.
 */

// Letters that Unicode does not decompose into base letter + mark.
const EXTRA_FOLDS: Record<string, string> = { đ: 'd', ŋ: 'n', ŧ: 't', ø: 'o', æ: 'a', ß: 'ss', ı: 'i', ł: 'l' };
const COMBINING_MARKS = /\p{M}+/gu;

/** The definition of foldText: lower-cased, diacritics stripped ("Gymnasieskolan Ráđđi" → "gymnasieskolan raddi"). */
export function foldTextByRegex(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đŋŧøæßıł]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

// What each UTF-16 code unit becomes under that definition, decided once per code unit with the definition itself.
// Folding is per character except where lower-casing depends on the neighbours (a final "Σ") and for surrogate pairs:
// those texts take the definition's path. Hand-written because every new word of the knowledge base is folded two or
// three times when the index is built (tens of thousands at 10,000 entries), and the four Unicode passes cost about
// 1 µs a word; a text of plain lower-case letters and digits, most words, is returned as it is.
const FOLD_BY_DEFINITION = '\u0000';
const foldTable: Array<string | undefined> = new Array(0x10000);

function foldCodeUnit(code: number): string {
  let folded = foldTable[code];
  if (folded === undefined) {
    folded = code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) ? FOLD_BY_DEFINITION : foldTextByRegex(String.fromCharCode(code));
    foldTable[code] = folded;
  }
  return folded;
}

/** Lower-cases and strips diacritics: "Gymnasieskolan Ráđđi" → "gymnasieskolan raddi" (see foldTextByRegex). */
export function foldText(text: string): string {
  let plain = 0;
  while (plain < text.length) {
    const code = text.charCodeAt(plain);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) break;
    plain++;
  }
  if (plain === text.length) return text;
  // The units that fold to themselves are copied a run at a time (a string per unit was most of what folding a
  // message allocated).
  let out = '';
  let run = 0;
  for (let i = plain; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    const folded = foldCodeUnit(code);
    if (folded === FOLD_BY_DEFINITION) return foldTextByRegex(text);
    if (folded.length === 1 && folded.charCodeAt(0) === code) continue;
    out += text.slice(run, i) + folded;
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

// Which UTF-16 code units are letters or digits, decided once per code unit with a Unicode-aware regex: tokenizing is
// the hottest loop when a large knowledge base is indexed, and a regex over every text is several times slower.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordCharCache = new Int8Array(0x10000);
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let known = isWordCharCache[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : -1;
    isWordCharCache[code] = known;
  }
  return known === 1;
}
const COMBINING = /[\u0300-\u036f]/;

/** lowerWordUnit: the code unit is not part of a word (it separates words, or is an apostrophe, see tokenize). */
export const NOT_WORD = 1;
/** lowerWordUnit: what tokenize makes of the code unit depends on the rest of the text; tokenize the whole text. */
export const NEEDS_TOKENIZE = 0xffff;
const lowerWordCache = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) lowerWordCache[code] = lowerWordUnit(code);
/**
 * lowerWordUnit of each code unit met so far, 0 for one not yet met (ASCII from the start): a loop over a long text
 * reads this first and calls lowerWordUnit only for a 0. At 10,000 entries the phrase lexicon reads about 20 million
 * code units a build; a loop over them that reads the table took two thirds of the time of one that calls
 * lowerWordUnit (95 against 150 ms).
 */
export const LOWER_WORD_UNITS: Readonly<Uint16Array> = lowerWordCache;

/**
 * What tokenize makes of one code unit of a text, for the code units where that does not depend on the rest of the
 * text: the lower-case code unit if it is a word character, else NOT_WORD. NEEDS_TOKENIZE for the others: "Σ"
 * lower-cases by its place in the word, "İ" to two code units, surrogates as pairs, and a combining mark makes
 * tokenize normalise the whole text. A text without those is tokenized code unit by code unit (see PhraseLexicon).
 */
export function lowerWordUnit(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : NOT_WORD;
  }
  let known = lowerWordCache[code]!;
  if (known === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    const unit = lower.charCodeAt(0);
    if (code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) || lower.length !== 1 || COMBINING.test(lower)) known = NEEDS_TOKENIZE;
    else known = isWordChar(unit) ? unit : NOT_WORD;
    lowerWordCache[code] = known;
  }
  return known;
}

/** Splits text into word tokens (lower-cased, diacritics kept): punctuation and symbols are dropped. */
export function tokenize(text: string): string[] {
  let lower = text.toLowerCase();
  if (COMBINING.test(lower)) lower = lower.normalize('NFC');
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0 && (code === 0x27 || code === 0x2019) && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1))) {
      // An apostrophe inside a word ("police's", "don't") keeps the word together.
    } else if (start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

/** Letters that occur in Northern Sami but never in Swedish or English words. */
export function hasSamiOnlyLetters(text: string): boolean {
  return /[čđŋšŧž]/i.test(text) || (/á/i.test(text) && !/[åäö]/i.test(text));
}

/** Letters that occur in Swedish but not in Northern Sami or English. */
export function hasSwedishOnlyLetters(text: string): boolean {
  return /[åäö]/i.test(text);
}

/** C0/C1 controls except tab and newlines, bidi embeddings/overrides/isolates, zero-width and BOM characters. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Characters that carry no meaning for the search and only serve to disguise words. */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Removes control characters and bidirectional overrides, collapses white space. */
export function cleanInput(text: string): string {
  const visible = removeInvisibleCharacters(text);
  // Only white space other than single spaces is collapsed: the replace would copy every text with a space in it.
  return (NOT_SINGLE_SPACE.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim();
}
const NOT_SINGLE_SPACE = /[^\S ]|\s{2,}/;
