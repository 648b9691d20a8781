/**
 * The lexicon reads most phrases of the knowledge code unit by code unit instead of through tokenize
 * (src/knowledge/phraseLexicon.ts). What it indexes must be exactly what analyze, the question side, makes of the
 * same text; otherwise a resident who types a sentence staff wrote would not find it.
 */
import { analyze, NEGATED, PhraseLexicon, phrasesOfEntry, type EntryPhrases } from '../../src/knowledge/phraseLexicon.js';
import { LANGS, type Entry, type Lang } from '../../src/knowledge/schema.js';

const TEXTS = [
  'Hur jobbar POLISEN med trafiksäkerhet i Kiruna?',
  'ÅÄÖ åäö ÅTERKOPPLING Öppet hus',
  "What's the police's plan? Don’t ask 'why' or police'",
  'Gáldu ČUOVVUT Đ Ŋ Š Ŧ Ž suohkan Girona',
  'A\u030Angström och a\u0308ndring', // decomposed letters: tokenize composes them
  'ΟΔΟΣ ΣΟΦΙΑΣ και Σ', // final sigma lower-cases by its place in the word
  'İstanbul İZMİR', // İ lower-cases to two code units
  'polisen 👮 hjälper 👮‍♀️ till', // surrogate pairs
  'Ring 112 eller 114 14, dygnet runt',
  'trafik-säkerhet\tsnö_skoter\u00a0natt/dag',
  'ＰＯＬＩＳ och ПОЛИЦИЯ, ǅemal',
  `${'x'.repeat(70)} långt ord`,
  '?!  …  ',
  'polisen hjälper Σ', // words before the character that needs tokenize
  "snuten, Snutarna och cops' cars", // slang read as the standard word
  'Inte akut – not an emergency, non-urgent; ii leat heahtedilli, ej ej brådskande inte', // negations
  'Ärendet är INTE ΣΟΣ akut', // a negation read through tokenize
];

/** An entry with this text as its title, questions and keyword; its id from the text (ids are unique in a base). */
function entryWith(text: string, id = `entry-${text}`): Entry {
  const perLang = <T>(value: T): Record<Lang, T> => ({ sv: value, en: value, se: value });
  return {
    id,
    title: perLang(text),
    label: perLang('Etikett'),
    questions: perLang([text.toUpperCase(), `${text} ${text}`]),
    keywords: perLang([text]),
  } as unknown as Entry;
}

/** The terms and folded words the lexicon holds for phrase p. */
function wordsOf(lexicon: PhraseLexicon, phrase: number): Array<{ term: string; token: number }> {
  const out: Array<{ term: string; token: number }> = [];
  for (let i = lexicon.phraseStarts.data[phrase]!; i < lexicon.phraseStarts.data[phrase + 1]!; i++) {
    const word = lexicon.phraseWords.data[i]!;
    out.push({ term: lexicon.terms[lexicon.wordTerms.data[word]!]!, token: lexicon.wordTokens.data[word]! });
  }
  return out;
}

describe('the phrase lexicon', () => {
  test.each(LANGS)('indexes the words analyze finds, in order (%s)', (lang) => {
    const lexicon = new PhraseLexicon(lang);
    for (const text of TEXTS) {
      const entry = entryWith(text);
      const [title, , upper, twice, keyword] = phrasesOfEntry(lexicon.phrasesOf([entry]), 0);
      for (const [phrase, written] of [[title, text], [upper, text.toUpperCase()], [twice, `${text} ${text}`]] as const) {
        // A negated word (NEGATED) is the same surface word as the word itself.
        const surface = (token: string) => (token.startsWith(NEGATED) ? token.slice(NEGATED.length) : token);
        const expected = analyze(lang, written).map((w) => ({ term: w.term, token: lexicon.tokenIdOf(surface(w.token)) }));
        expect({ text: written, words: wordsOf(lexicon, phrase!) }).toEqual({ text: written, words: expected });
      }
      // The same text as a keyword has the same words.
      expect(wordsOf(lexicon, keyword!)).toEqual(wordsOf(lexicon, title!));
    }
  });

  test('a word is the same word whether its phrase is read code by code or through tokenize', () => {
    const lexicon = new PhraseLexicon('sv');
    const list = lexicon.phrasesOf([entryWith('Polisen hjälper'), entryWith('POLISEN ΣΟΣ hjälper')]);
    const [plain, greek] = [0, 1].map((e) => phrasesOfEntry(list, e)[0]!);
    const words = (phrase: number) => Array.from(lexicon.phraseWords.data.subarray(lexicon.phraseStarts.data[phrase], lexicon.phraseStarts.data[phrase + 1]));
    const [polisen, hjalper] = words(plain!);
    expect(words(greek!)).toEqual([polisen, expect.any(Number), hjalper]);
    expect(lexicon.terms[lexicon.wordTerms.data[polisen!]!]).toBe(analyze('sv', 'Polisen')[0]!.term);
  });

  test('an entry met again, in the same call or the next, keeps its phrases; a changed entry gets its own', () => {
    const lexicon = new PhraseLexicon('sv');
    const [a, b, c] = ['Polisen hjälper', 'Trafiken i Kiruna', 'Polisen hjälper till'].map((text) => entryWith(text));
    const first = lexicon.phrasesOf([a!, b!, a!]);
    const of = (list: EntryPhrases, e: number) => Array.from(phrasesOfEntry(list, e));
    expect(of(first, 2)).toEqual(of(first, 0));
    expect(of(first, 1)).not.toEqual(of(first, 0));
    const next = lexicon.phrasesOf([c!, b!, a!, { ...b! }]);
    expect(of(next, 1)).toEqual(of(first, 1));
    expect(of(next, 2)).toEqual(of(first, 0));
    // An entry read again from its file (a new object, the same id) keeps its phrases.
    expect(of(next, 3)).toEqual(of(first, 1));
    expect(of(next, 0)[0]).not.toBe(of(first, 0)[0]);
    expect(Array.from(next.starts)).toEqual([0, 5, 10, 15, 20]);
    // Read again with one question changed: the other texts keep their phrases, the changed one is read anew.
    const edited = { ...b!, questions: { ...b!.questions, sv: [b!.questions.sv[0]!, 'Trafiken i Kiruna nu'] } } as Entry;
    const after = of(lexicon.phrasesOf([edited]), 0);
    const was = of(next, 1);
    expect(after.filter((phrase, i) => i !== 3)).toEqual(was.filter((phrase, i) => i !== 3));
    expect(after[3]).not.toBe(was[3]);
    expect(wordsOf(lexicon, after[3]!).map((w) => w.term)).toEqual(wordsOf(lexicon, after[0]!).map((w) => w.term).concat(analyze('sv', 'nu').map((w) => w.term)));
  });

  test('the same question in two entries has the same words in each', () => {
    const lexicon = new PhraseLexicon('sv');
    const list = lexicon.phrasesOf([entryWith('Hur jobbar polisen?', 'a'), entryWith('Hur jobbar polisen?', 'b')]);
    const [a, b] = [0, 1].map((e) => phrasesOfEntry(list, e)[2]!);
    expect(wordsOf(lexicon, b!)).toEqual(wordsOf(lexicon, a!));
    expect(wordsOf(lexicon, a!).length).toBeGreaterThan(0);
  });

  test('every term and surface word is found again by its text, and an unknown one is not found', () => {
    const lexicon = new PhraseLexicon('sv');
    const texts = Array.from({ length: 3000 }, (_, i) => `trafikkontroll${i} polisbil${i % 7}`);
    lexicon.phrasesOf(texts.map((text) => entryWith(text)));
    expect(lexicon.terms.length).toBeGreaterThan(3000);
    expect(new Set(lexicon.terms).size).toBe(lexicon.terms.length);
    lexicon.terms.forEach((term, id) => expect(lexicon.termIdOf(term)).toBe(id));
    for (const word of ['trafikkontroll17', 'polisbil3']) expect(lexicon.tokenIdOf(word)).toEqual(expect.any(Number));
    expect(lexicon.tokenIdOf('trafikkontroll17')).not.toBe(lexicon.tokenIdOf('trafikkontroll71'));
    expect(lexicon.termIdOf('trafikkontroll3000')).toBeUndefined();
    expect(lexicon.tokenIdOf('polisbil7')).toBeUndefined();
  });

  test('many similar texts stay different phrases, and each is found again by its text', () => {
    const lexicon = new PhraseLexicon('en');
    const texts = Array.from({ length: 5000 }, (_, i) => `When does the police visit school number ${i}?`);
    const entries = texts.map((text) => entryWith(text));
    const titles = (list: EntryPhrases) => entries.map((_, e) => phrasesOfEntry(list, e)[0]!);
    const phrases = titles(lexicon.phrasesOf(entries));
    expect(new Set(phrases).size).toBe(texts.length);
    // And each is found again as itself.
    const again = new PhraseLexicon('en');
    again.phrasesOf(entries);
    expect(titles(again.phrasesOf(entries.map((e) => ({ ...e }))))).toEqual(phrases);
  });
});
