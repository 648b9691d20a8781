import { detectLanguage, langFromLocale } from '../../src/language/detectLanguage.js';
import type { Lexicons } from '../../src/language/detectLanguage.js';

// A tiny vocabulary per language, as the knowledge base would provide it (folded forms).
const lexicons: Lexicons = {
  sv: new Set(['polisen', 'narkotika', 'hund', 'gymnasiet', 'trygghet', 'kommunen', 'lofte', 'lasa']),
  en: new Set(['police', 'drugs', 'dog', 'school', 'safety', 'municipality', 'promise', 'read']),
  se: new Set(['politiija', 'narkotihkka', 'beana', 'skuvla', 'oadjebasvuohta', 'suohkan', 'lohpadus', 'skuvllas']),
};

describe('detectLanguage', () => {
  test.each([
    ['Söker polisen med hund på gymnasiet?', 'sv', true],
    ['Do the police search the school with a dog?', 'en', true],
    ['Oza go politiija narkotihka skuvllas?', 'se', true],
    ['Mii lea čuovvuleapmi?', 'se', true],
    ['vad gor polisen at narkotika', 'sv', true],
  ] as const)('%s → %s', (text, lang, isClear) => {
    const d = detectLanguage(text, {}, lexicons);
    expect(d.lang).toBe(lang);
    expect(d.isClear).toBe(isClear);
  });

  test('an explicit choice sticks whatever the text', () => {
    expect(detectLanguage('What about the police?', { chosenLang: 'se' }, lexicons)).toMatchObject({ lang: 'se', isClear: true });
  });

  test('a one-word question goes by the vocabulary it matched', () => {
    expect(detectLanguage('skuvla', {}, lexicons).lang).toBe('se');
    expect(detectLanguage('narkotika', { lastLang: 'en' }, lexicons).lang).toBe('sv');
  });

  test('unclear input falls back to the last language, then the locale, then Swedish', () => {
    expect(detectLanguage('ok', { lastLang: 'en', locale: 'se-NO' }, lexicons)).toMatchObject({ lang: 'en', isClear: false });
    expect(detectLanguage('ok', { locale: 'se-NO' }, lexicons)).toMatchObject({ lang: 'se', isClear: false });
    expect(detectLanguage('ok', {}, lexicons)).toMatchObject({ lang: 'sv', isClear: false });
  });

  test('a greeting does not lock a Swedish speaker into English', () => {
    expect(detectLanguage('Hej', { lastLang: 'sv' }, lexicons).lang).toBe('sv');
  });

  test('says why, for people and as JSON (npm run ask -- --json): the language, whether it is clear, the reason', () => {
    const decision = detectLanguage('Söker polisen med hund på gymnasiet?', {}, lexicons);
    expect(decision.reason).toMatch(/^clear: scores sv \d+\.\d\d en \d+\.\d\d se \d+\.\d\d \(Swedish letters\)$/);
    expect(JSON.parse(JSON.stringify(decision))).toEqual({ lang: 'sv', isClear: true, reason: decision.reason });
  });
});

describe('langFromLocale', () => {
  test.each([
    ['sv-SE', 'sv'], ['en_US', 'en'], ['se-NO', 'se'], ['sme', 'se'], ['fi-FI', undefined], [undefined, undefined],
  ] as const)('%s → %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});
