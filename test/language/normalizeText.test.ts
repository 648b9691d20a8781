import fc from 'fast-check';
import { cleanInput, foldText, foldTextByRegex, hasSamiOnlyLetters, tokenize } from '../../src/language/normalizeText.js';
import { stemWord } from '../../src/language/stemWord.js';
import type { Lang } from '../../src/knowledge/schema.js';

describe('foldText', () => {
  test.each([
    ['Gymnasieskolan', 'gymnasieskolan'],
    ['Säkerhet på Stadshustorget', 'sakerhet pa stadshustorget'],
    ['Čuovvuleapmi ŋ đ ŧ š ž á', 'cuovvuleapmi n d t s z a'],
    ['GÁRRENVUODJIN', 'garrenvuodjin'],
  ])('folds %s', (input, expected) => expect(foldText(input)).toBe(expected));

  test('folds code unit by code unit exactly as its definition folds the whole text', () => {
    const units = fc.constantFrom(...'aåäöáčđŋšŧžéüøæßłİıIΣσςÅÄÖÁČĐŊŠŦŽÆØ \'’-.,!?\n\t0123456789'.split(''), 'a\u0308', 'I\u0307', '\u0301', '👍', '½', '™', 'Ǆ', 'ﬁ');
    fc.assert(fc.property(fc.array(units, { maxLength: 30 }).map((parts) => parts.join('')), (text) => foldText(text) === foldTextByRegex(text)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => foldText(text) === foldTextByRegex(text)), { numRuns: 3000 });
    // Final sigma lower-cases by its place in the word: the whole text goes the definition's way.
    expect(foldText('ΟΔΟΣ ΟΔΟΣ')).toBe('οδος οδος');
  });
});

describe('tokenize', () => {
  test('drops punctuation and keeps numbers', () => {
    expect(tokenize('Ring 114 14, eller polisen.se! 🙂')).toEqual(['ring', '114', '14', 'eller', 'polisen', 'se']);
    expect(tokenize("the police's dog")).toEqual(['the', "police's", 'dog']);
    expect(tokenize('Čuovvuleapmi'.normalize('NFD'))).toEqual(['čuovvuleapmi']);
  });
});

describe('cleanInput', () => {
  test('removes control characters and right-to-left overrides', () => {
    expect(cleanInput('hej\u202e dåg\u0007\n\n  polis')).toBe('hej dåg polis');
  });
});

describe('hasSamiOnlyLetters', () => {
  test.each([
    ['Mii lea čuovvuleapmi?', true],
    ['Gos sáhtán riŋget?', true],
    ['Vad är trygghet?', false],
    ['What is the goal?', false],
  ])('%s → %s', (text, expected) => expect(hasSamiOnlyLetters(text)).toBe(expected));
});

describe('stemWord', () => {
  test.each([
    ['sv', ['narkotikahundar', 'narkotikahund'], 'same stem for plural and singular'],
    ['sv', ['säkerhet', 'sakerhet'], 'with and without å/ä/ö'],
    ['sv', ['polisens', 'polisen', 'polis'], 'genitive and definite'],
    ['en', ['searches', 'searching', 'search'], 'English inflection'],
    ['se', ['skuvla', 'skuvllas', 'skuvlii', 'skuvllain'], 'Sami case forms'],
    ['se', ['beana', 'beatnagiin', 'beatnaga'], 'Sami consonant gradation'],
    ['se', ['politiija', 'politiijat', 'politiijaide'], 'Sami plural and illative'],
    ['se', ['oadjebasvuohta', 'oadjebasvuođa', 'oadjebasvuođas'], 'Sami -vuohta nouns'],
    ['se', ['gárrenvuodjin', 'garrenvuodjin'], 'Sami letters typed plain'],
  ] as Array<[Lang, string[], string]>)('%s %j meet at one stem (%s)', (lang, words) => {
    const stems = new Set(words.map((w) => stemWord(lang, w)));
    expect(stems.size).toBe(1);
  });
});
