import type { Entry } from './schema.js';

/**
 * Numbers written as words, two and up ("one", "en", "ett", "okta" are also articles and pronouns), per language, with
 * the words for hundred, thousand and per cent. The Sami numerals are the standard North Sami ones (guokte … logi).
 */
const NUMBER_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(' +
    [
      'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'hundra', 'tusen', 'procent',
      'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'hundred', 'thousand',
      'percent', 'per cent',
      'guokte', 'golbma', 'njeallje', 'vihtta', 'guhtta', 'čieža', 'gávcci', 'ovcci', 'logi', 'čuođi', 'duhát', 'proseanta',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

const known = new WeakMap<Entry, boolean>();

/**
 * Whether an entry's answer gives any figure — a numeral (a year, a count, a share, a phone number) or a number
 * written as a word — in any of its languages (a draft translation may leave one out). A question for figures
 * ("Hur många poliser jobbar i Kiruna?", "crime statistics 2025") that the search answers with an entry giving none
 * got an answer to another question; the bot says it does not know instead. Entries are never changed once loaded, so
 * the answer is kept per entry object.
 */
export function givesFigures(entry: Entry): boolean {
  let gives = known.get(entry);
  if (gives === undefined) {
    gives = Object.values(entry.answer).some((text) => /\d/.test(text) || NUMBER_WORDS.test(text));
    known.set(entry, gives);
  }
  return gives;
}
