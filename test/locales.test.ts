import path from 'node:path';
import { createTranslate, listTranslationKeys, readTranslations, type TranslationTree } from '../src/language/i18n.js';
import { LANGS } from '../src/knowledge/schema.js';

const localesDir = path.resolve('locales');

function listValues(tree: TranslationTree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : listValues(value, `${prefix}${key}.`),
  );
}

describe('locales', () => {
  it('have the same keys in sv, en and se', async () => {
    const translations = await readTranslations(localesDir);
    const sv = listTranslationKeys(translations.sv);
    expect(sv.length).toBeGreaterThan(20);
    expect(listTranslationKeys(translations.en)).toEqual(sv);
    expect(listTranslationKeys(translations.se)).toEqual(sv);
  });

  it.each(LANGS)('%s has no empty strings', async (lang) => {
    const translations = await readTranslations(localesDir);
    const empty = listValues(translations[lang]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGS)('%s button labels fit Messenger quick replies (19 characters)', async (lang) => {
    const translations = await readTranslations(localesDir);
    const buttons = listValues(translations[lang]).filter(([key]) => /button|Button|readSwedish|language\.name/.test(key));
    expect(buttons.length).toBeGreaterThan(5);
    for (const [key, value] of buttons) expect({ key, length: value.length <= 19 }).toEqual({ key, length: true });
  });

  it.each(LANGS)('%s safety texts give the numbers unchanged', async (lang) => {
    const t = await createTranslate(localesDir);
    expect(t(lang, 'safety.emergency')).toContain('112');
    expect(t(lang, 'safety.domestic')).toContain('020-50 50 50');
    expect(t(lang, 'safety.suicide')).toContain('90101');
    expect(t(lang, 'safety.report')).toContain('114 14');
    expect(t(lang, 'safety.report')).toContain('polisen.se');
  });

  it('interpolates without HTML escaping and refuses unknown keys', async () => {
    const t = await createTranslate(localesDir);
    expect(t('en', 'answer.source', { section: 'A & B', url: 'https://polisen.se/x' })).toBe('Source: [A & B](https://polisen.se/x)');
    expect(() => t('sv', 'no.such.key')).toThrow('Missing translation sv:no.such.key');
  });
});
