/**
 * Normalisation for matching: case, punctuation and the letters many residents cannot type.
 * Swedish å ä ö and Sami á č đ ŋ š ŧ ž are folded to plain Latin letters (people often write "a" for "å" or "á",
 * "s" for "š"), on both the knowledge side and the question side, so either spelling finds the other.
 */

// Letters that Unicode does not decompose into base letter + mark.
const EXTRA_FOLDS: Record<string, string> = { đ: 'd', ŋ: 'n', ŧ: 't', ø: 'o', æ: 'a', ß: 'ss', ı: 'i', ł: 'l' };
const COMBINING_MARKS = /\p{M}+/gu;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cases and strips diacritics: "Gymnasieskolan Ráđđi" → "gymnasieskolan raddi". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đŋŧøæßıł]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** Splits text into word tokens (lower-cased, diacritics kept): punctuation and symbols are dropped. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(TOKEN) ?? [];
}

/** Letters that occur in Northern Sami but never in Swedish or English words. */
export function hasSamiOnlyLetters(text: string): boolean {
  return /[čđŋšŧž]/i.test(text) || (/á/i.test(text) && !/[åäö]/i.test(text));
}

/** Letters that occur in Swedish but not in Northern Sami or English. */
export function hasSwedishOnlyLetters(text: string): boolean {
  return /[åäö]/i.test(text);
}

/** Removes control characters and bidirectional overrides, collapses white space. */
export function cleanInput(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
