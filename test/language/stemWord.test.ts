/**
 * The index forms of words must not change when the stemmer's implementation does: answers depend on them. The
 * Swedish and English stemmers (@nlpjs/lang-sv, porter2) are checked against snowball-stemmers, the Snowball
 * reference the index used before, word by word over every word of the knowledge base, the golden and safety sets,
 * the locales, and words chosen for their endings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { foldText, tokenize } from '../../src/language/normalizeText.js';
import { samiStemKeepsBeginning, stemWord } from '../../src/language/stemWord.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function wordsUnder(dir: string, into: Set<string>): Set<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) wordsUnder(file, into);
    else if (/\.(ya?ml|jsonl|json)$/.test(name)) for (const word of tokenize(readFileSync(file, 'utf8').toLowerCase())) into.add(word);
  }
  return into;
}

const words = [...['knowledge', 'test/golden', 'locales'].reduce((all, dir) => wordsUnder(path.join(ROOT, dir), all), new Set<string>())];
const CHOSEN = {
  sv: ['löfte', 'löften', 'löftet', 'löftena', 'medborgarlöftena', 'polisen', 'polisens', 'trafiksäkerheten', 'hastigheter',
    'narkotikasök', 'skolorna', 'kommunernas', 'uppföljningen', 'uppföljningarna', 'åtgärderna', 'våldsbejakande',
    'hoten', 'hotet', 'ungdomarnas', 'fritidsgårdarna', 'berättade', 'anmälan', 'anmälningarna', 'sjuttiotalet', 'ö', 'å'],
  en: ['promises', 'promised', 'police', 'policing', 'generously', 'generalization', 'dying', 'lying', 'skies', 'news',
    'succeeded', 'proceeding', 'exceeded', 'innings', 'communism', 'arsenal', 'knightly', 'cycling', 'hoped', 'hopping',
    'followed', 'follow-up', 'speeding', 'reporting', 'threatened', "police's", 'y', 'yy', 'ying'],
};

describe('stemWord gives the Snowball reference stems', () => {
  const swedish = newStemmer('swedish');
  const english = newStemmer('english');
  /**
   * What stemWord did with snowball-stemmers: Swedish stemmed, -et stripped, stemmed again, the double m or neuter t of
   * an adjective in -sam dropped, then folded.
   */
  const referenceSwedish = (word: string) => {
    let stem = swedish.stem(word);
    if (stem.endsWith('et') && stem.length >= 6) stem = stem.slice(0, -2);
    stem = swedish.stem(stem);
    if ((stem.endsWith('samm') || stem.endsWith('samt')) && stem.length >= 6) stem = stem.slice(0, -1);
    return foldText(stem);
  };
  const referenceEnglish = (word: string) => (/^\d+$/.test(word) ? word : english.stem(foldText(word)));

  it('reads enough words to mean something', () => {
    expect(words.length).toBeGreaterThan(10_000);
  });

  it.each([
    ['sv', referenceSwedish],
    ['en', referenceEnglish],
  ] as const)('in %s, for every word of the knowledge base, the golden and safety sets and the locales', (lang, reference) => {
    const differ = [...words, ...CHOSEN[lang]]
      .filter((word) => !/^\d+$/.test(word))
      .map((word) => [word, stemWord(lang, word), reference(word)])
      .filter(([, ours, theirs]) => ours !== theirs);
    expect(differ).toEqual([]);
  });

  it('stems as expected where the index depends on it', () => {
    expect(['löfte', 'löften', 'löftet', 'löftena'].map((w) => stemWord('sv', w))).toEqual(['loft', 'loft', 'loft', 'loft']);
    expect(['promise', 'promises', 'promised'].map((w) => stemWord('en', w))).toEqual(['promis', 'promis', 'promis']);
    expect(stemWord('en', 'generously')).toBe('generous');
    expect(['gemensam', 'gemensamma', 'gemensamt', 'ensamma', 'verksamhet'].map((w) => stemWord('sv', w))).toEqual(['gemensam', 'gemensam', 'gemensam', 'ensam', 'verksam']);
  });
});

/** 20,000 random strings of 3 to spread + 2 of the letters (one written twice is twice as likely), from a seed. */
function randomWords(letters: string, spread: number, seed: number): string[] {
  let state = seed;
  const random = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  return Array.from({ length: 20_000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * spread) }, () => letters[Math.floor(random() * letters.length)]).join(''));
}

/** The pieces a compound of these words (folded) is cut into: every tail, and every beginning of three letters or more. */
function piecesOf(texts: readonly string[]): string[] {
  const folded = [...new Set(texts.map((word) => foldText(word)))];
  return folded.flatMap((word) =>
    Array.from({ length: Math.max(0, word.length - 2) }, (_, i) => [word.slice(i), word.slice(0, i + 3)]).flat());
}

describe('the Sami stem keeps the first three letters where samiStemKeepsBeginning says so', () => {
  // The search index skips pieces of compounds that begin like no term on the strength of this (SearchIndex.mayBeKnown):
  // were it wrong, a compound would lose a part it has. Every word read, every tail and beginning of those words, the
  // attested forms and derivational endings, and random strings of Sami letters.
  const chosen = ['beatnagiin', 'jagiid', 'skuvllain', 'gazaldagat', 'rihkkosa', 'vuoda', 'vuhtii', 'eami', 'eapmai', 'eamis',
    'oahppovuoda', 'bbbbas', 'ballas', 'abbas', 'giron', 'gironii', 'nuoraiguin', 'veahki', 'diedut', 'aitagat', 'vasi'];
  const pieces = piecesOf([...words, ...randomWords('aáeiouuvbcčdđfghjklmnŋprsštŧvzžllnnttss', 12, 0x5a3e), ...chosen]);

  it('for every word, every tail and beginning of a word, and random strings', () => {
    expect(pieces.length).toBeGreaterThan(200_000);
    const broken = pieces.filter((piece) => samiStemKeepsBeginning(piece) && !stemWord('se', piece).startsWith(piece.slice(0, 3)));
    expect(broken).toEqual([]);
  });

  it('says no where the stem can begin otherwise', () => {
    expect(stemWord('se', 'jagiid').slice(0, 3)).not.toBe('jag');
    expect(samiStemKeepsBeginning('jagiid')).toBe(false);
    expect(samiStemKeepsBeginning('bbbbas')).toBe(false);
    expect(samiStemKeepsBeginning('eami')).toBe(false);
    expect(samiStemKeepsBeginning('oahppovuoda')).toBe(true);
    expect(samiStemKeepsBeginning('xxoahppu', 2)).toBe(true);
  });
});

describe('the Swedish stem of a folded piece of a word is the piece or a beginning of it, of three letters or more', () => {
  // The search index skips pieces of compounds that begin like no term on the strength of this (SearchIndex.mayBeKnown):
  // were it wrong, a compound would lose a part it has. Every word read, every tail and beginning of those words, and
  // random strings of Swedish letters.
  const pieces = piecesOf([...words, ...CHOSEN.sv, ...randomWords('abcdefghijklmnopqrstuvwxyzåäöeeaaiinnrrsstt', 14, 0x5ed1)]);

  it('for every word, every tail and beginning of a word, and random strings', () => {
    expect(pieces.length).toBeGreaterThan(200_000);
    const broken = pieces.filter((piece) => {
      const stem = stemWord('sv', piece);
      return !(piece.startsWith(stem) && stem.length >= 3);
    });
    expect(broken).toEqual([]);
  });
});
