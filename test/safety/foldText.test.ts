import fc from 'fast-check';
import { firstLettersToMatch, foldText, foldTextByRegex, hasFirstLetterIn, isWordMatch, splitWords } from '../../src/safety/foldText.js';

describe('foldText (safety, commands, cues)', () => {
  it('folds what residents type without a Swedish or Sami keyboard', () => {
    expect(foldText('Hjälp! Någon SLÅR mig…')).toBe('hjalp nagon slar mig');
    expect(foldText('Áhčči lea čáhcái gahččan')).toBe('ahcci lea cahcai gahccan');
    expect(foldText('  Ráđđi, ŋ ŧ ø æ ß  ')).toBe('raddi n t o ae ss');
    expect(foldText("don't  ’cause")).toBe('dont cause');
    expect(splitWords('?!')).toEqual([]);
  });

  it('splits each text into its own words when texts alternate, in arrays no caller can change', () => {
    expect(splitWords('Hej, polisen!')).toEqual(['hej', 'polisen']);
    expect(splitWords('Áitá mu')).toEqual(['aita', 'mu']);
    const again = splitWords('Hej, polisen!');
    expect(again).toEqual(['hej', 'polisen']);
    expect(() => (again as string[]).push('x')).toThrow(TypeError);
    expect(splitWords('Hej, polisen!')).toEqual(['hej', 'polisen']);
  });

  it('reads texting forms as words, and a number written together with a word as two words', () => {
    expect(splitWords('det e nån i huset o jag e rädd')).toEqual(['det', 'ar', 'nan', 'i', 'huset', 'och', 'jag', 'ar', 'radd']);
    expect(splitWords('min 5åring, our 4yo, ring 112, E10')).toEqual(['min', '5', 'aring', 'our', '4', 'yo', 'ring', '112', 'e10']);
  });

  it("reads he'll, she'll and they'll as he will, she will, they will (not the word hell)", () => {
    expect(splitWords("my husband says he'll kill me")).toEqual(['my', 'husband', 'says', 'he', 'will', 'kill', 'me']);
    expect(splitWords('THEY’LL come')).toEqual(['they', 'will', 'come']);
    expect(splitWords("what the hell, we'll see")).toEqual(['what', 'the', 'hell', 'well', 'see']);
  });

  it('reads a guardian ("god man", "gode mannen") as one word, so that its "man" is no husband', () => {
    expect(splitWords('Min god man tar hand om mina pengar')).toEqual(['min', 'godman', 'tar', 'hand', 'om', 'mina', 'pengar']);
    expect(splitWords('Gode mannen sålde stugan')).toEqual(['godemannen', 'salde', 'stugan']);
    expect(splitWords('min man slår mig')).toEqual(['min', 'man', 'slar', 'mig']);
  });

  it('reads a letter drawn out three times or more as one, and leaves numbers and doubled letters as written', () => {
    expect(splitWords('HJÄÄÄLP pleeeease heeelp')).toEqual(['hjalp', 'please', 'help']);
    expect(splitWords('kallt 1000 kr, 777')).toEqual(['kallt', '1000', 'kr', '777']);
    // A consonant Swedish doubles is read as two: "fulll" is "full" (drunk), not "ful" (ugly).
    expect(splitWords('kör hem fulll, alllvarligt')).toEqual(['kor', 'hem', 'full', 'allvarligt']);
  });

  it('allows one typo from five letters and two from ten, so that other words do not pass for a cue word', () => {
    expect(isWordMatch('slaar', 'slagit')).toBe(false);
    expect(isWordMatch('hotarr', 'hotar')).toBe(true);
    expect(isWordMatch('misshandlad', 'misshandlat')).toBe(true);
    expect(isWordMatch('mishandlat', 'misshandlad')).toBe(true);
    expect(isWordMatch('krossade', 'krockade')).toBe(false);
    expect(isWordMatch('exposed', 'exploded')).toBe(false);
    expect(isWordMatch('follow', 'followup')).toBe(false);
    expect(isWordMatch('sjalvmordstankr', 'sjalvmord*')).toBe(true);
  });

  it('keeps letters of other scripts and drops emoji and symbols', () => {
    expect(foldText('Привет, мир 👍 100%')).toBe('привет мир 100');
    expect(foldText('ΟΔΟΣ')).toBe(foldTextByRegex('ΟΔΟΣ'));
    expect(foldText('한국어 텍스트')).toBe(foldTextByRegex('한국어 텍스트'));
  });

  it('agrees with the regex definition on arbitrary text', () => {
    const letters = fc.constantFrom(...'aåäöáčđŋšŧžéüøæßİıΣσςÅÄÖÁČĐŊŠŦŽ \'’-.,!?\n\t0123456789'.split(''), 'a\u0308', '👍', '\u0301', '½', '™');
    fc.assert(fc.property(fc.array(letters, { maxLength: 40 }).map((parts) => parts.join('')), (text) => foldText(text) === foldTextByRegex(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => foldText(text) === foldTextByRegex(text)), { numRuns: 2000 });
  });

  it('hasFirstLetterIn says whether firstLettersToMatch gives a letter of the set', () => {
    const sets = [new Set(['h', 'v']), new Set(['a']), new Set<string>(), new Set([''])];
    const words = fc.string({ unit: fc.constantFrom(...'ahjv'.split('')), maxLength: 5 });
    for (const letters of sets) {
      fc.assert(fc.property(words, (word) => hasFirstLetterIn(word, letters) === firstLettersToMatch(word).some((letter) => letters.has(letter))), { numRuns: 500 });
    }
    expect(hasFirstLetterIn('hjalp', new Set(['h']))).toBe(true);
    expect(hasFirstLetterIn('jhalp', new Set(['h']))).toBe(true);
    expect(hasFirstLetterIn('hhalp', new Set(['a']))).toBe(false);
  });
});
