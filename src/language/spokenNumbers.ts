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

/**
 * Years and the emergency number said as numbers, as voice typing writes them (residents42, written blind as dictated
 * questions): "enkäten tjugo tjugotre", "gäller löftena till tjugo tjugosju", "back in twenty sixteen", "twenty
 * twenty-three", "tvåtusentjugofyra", "two thousand and twenty", "ska jag ringa etthundratolv". Only these shapes: a
 * year of this century after "tjugo"/"twenty" or "två tusen"/"two thousand", and "(ett) hundra …"/"one hundred …";
 * a lone "tjugotre" or "twenty five" stays a word (it is as often an amount or an age).
 */
const SV_UNITS: Record<string, number> = { ett: 1, en: 1, två: 2, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, atta: 8, nio: 9 };
const SV_TEENS: Record<string, number> = {
  tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
};
const SV_TENS: Record<string, number> = { tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, attio: 80, nittio: 90 };
const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const words = (map: Record<string, number>): string => Object.keys(map).join('|');
/** 10–99 in words: Swedish as one word ("tjugotre") or two; English with a space or a hyphen. */
const SV_TWO_DIGITS = `(?:${words(SV_TEENS)}|(?:${words(SV_TENS)})(?:[\\s-]?(?:${words(SV_UNITS)}))?)`;
const EN_TWO_DIGITS = `(?:${words(EN_TEENS)}|(?:${words(EN_TENS)})(?:[\\s-]?(?:${words(EN_UNITS)}))?)`;
const YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:tjugo[\\s-]?(${SV_TWO_DIGITS})|tvåtusen(?:och)?[\\s-]?(${SV_TWO_DIGITS}|${words(SV_UNITS)})|två[\\s-]+tusen(?:[\\s-]+och)?[\\s-]+(${SV_TWO_DIGITS}|${words(SV_UNITS)})` +
    `|twenty[\\s-]+(${EN_TWO_DIGITS})|two[\\s-]+thousand(?:[\\s-]+and)?[\\s-]+(${EN_TWO_DIGITS}|${words(EN_UNITS)}))(?![\\p{L}\\p{N}])`,
  'giu',
);
const HUNDRED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:ett[\\s-]?)?hundra(?:och)?[\\s-]?(${SV_TWO_DIGITS}|${words(SV_UNITS)})|(?:one|a)[\\s-]+hundred(?:[\\s-]+and)?[\\s-]+(${EN_TWO_DIGITS}|${words(EN_UNITS)}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The value of 1–99 in words, as matched by the patterns above (lower case). */
function valueOf(phrase: string): number {
  const parts = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  for (const part of parts) {
    const whole = SV_TEENS[part] ?? SV_UNITS[part] ?? EN_TEENS[part] ?? EN_UNITS[part] ?? EN_TENS[part];
    if (whole !== undefined) {
      total += whole;
      continue;
    }
    // A Swedish ten with its unit in one word ("tjugotre").
    const ten = Object.keys(SV_TENS).find((word) => part.startsWith(word));
    if (ten !== undefined) total += SV_TENS[ten]! + (SV_UNITS[part.slice(ten.length)] ?? 0);
  }
  return total;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');
/** The words every year or hundred above begins with: most questions have none, and are not searched further. */
const SAYS_YEAR_OR_HUNDRED = /tjugo|twenty|tusen|thousand|hundr/i;

/** The text with each run of spoken (or spaced) digits written as one number, and spoken years and hundreds too. */
export function readSpokenNumbers(text: string): string {
  if (!/\s|tusen|hundra/i.test(text)) return text;
  const years = !SAYS_YEAR_OR_HUNDRED.test(text) ? text : text
    .replace(YEAR, (found, ...groups: Array<string | undefined>) => {
      const said = groups.slice(0, 5).find((group) => group !== undefined);
      return said === undefined ? found : `20${twoDigits(valueOf(said))}`;
    })
    .replace(HUNDRED, (found, ...groups: Array<string | undefined>) => {
      const said = groups.slice(0, 2).find((group) => group !== undefined);
      return said === undefined ? found : `1${twoDigits(valueOf(said))}`;
    });
  return years.replace(RUN, (run) =>
    run
      .split(/[\s,-]+/)
      .map((word) => DIGIT_WORDS.get(word.toLowerCase()) ?? word)
      .join(''),
  );
}
