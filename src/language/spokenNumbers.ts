/**
 * Numbers said digit by digit, as voice typing on a phone writes them: "när ringer man ett ett två", "is it one one
 * four one four for the police", "1 1 2". The knowledge writes 112 and 114 14 in digits, so such a question found
 * neither. A run of three or more digit words (or single digits) is read as the number they spell; shorter runs stay
 * words ("en eller två", "one or two", "sex sju": rarely a number). Swedish and English only: Sami voice typing is
 * not in use, and its numerals are not in SAMI.md. Hand-written: no maintained package reads spoken digits in Swedish.
 */

const DIGIT_WORDS = new Map<string, string>([
  ['noll', '0'], ['ett', '1'], ['en', '1'], ['två', '2'], ['tva', '2'], ['tre', '3'], ['fyra', '4'], ['fem', '5'],
  ['sex', '6'], ['sju', '7'], ['åtta', '8'], ['atta', '8'], ['nio', '9'],
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'],
  ['seven', '7'], ['eight', '8'], ['nine', '9'],
]);

const MIN_RUN = 3;
/** One digit word or digit, with what separates it from the next (spaces, a comma or a dash). */
const DIGIT = `(?:${[...DIGIT_WORDS.keys()].join('|')}|\\d)`;
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${DIGIT}(?:[\\s,-]+${DIGIT}){${MIN_RUN - 1},}(?![\\p{L}\\p{N}])`, 'giu');

/** The text with each run of spoken (or spaced) digits written as one number. */
export function readSpokenNumbers(text: string): string {
  if (!/\s/.test(text)) return text;
  return text.replace(RUN, (run) =>
    run
      .split(/[\s,-]+/)
      .map((word) => DIGIT_WORDS.get(word.toLowerCase()) ?? word)
      .join(''),
  );
}
