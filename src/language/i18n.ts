/**
 * The resident-facing sentences of the bot itself (everything that is not a knowledge entry), from
 * locales/{sv,en,se}/translation.json through i18next. Pure: no botbuilder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import i18next from 'i18next';
import { LANGS, type Lang } from '../knowledge/schema.js';

export type Translate = (lang: Lang, key: string, vars?: Record<string, string | number>) => string;

export type TranslationTree = { [key: string]: string | TranslationTree };

export async function readTranslations(localesDir: string): Promise<Record<Lang, TranslationTree>> {
  const entries = await Promise.all(
    LANGS.map(async (lang) => {
      const file = path.join(localesDir, lang, 'translation.json');
      return [lang, JSON.parse(await readFile(file, 'utf8')) as TranslationTree] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Lang, TranslationTree>;
}

/** Lists the dotted keys of a translation tree ("welcome.intro", …), sorted. */
export function listTranslationKeys(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : listTranslationKeys(value, `${prefix}${key}.`)))
    .sort();
}

/**
 * Creates the translate function. A missing key throws instead of showing the key to a resident: the locale test
 * keeps the three files in step, so a throw here means a typo in code, which the conversation tests catch.
 */
export async function createTranslate(localesDir = 'locales'): Promise<Translate> {
  const translations = await readTranslations(localesDir);
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(LANGS.map((lang) => [lang, { translation: translations[lang] }])),
    lng: 'sv',
    fallbackLng: false,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    // Replies are Markdown, not HTML: escaping would show "&amp;" to residents.
    interpolation: { escapeValue: false },
  });
  // Texts without values never change while the bot runs: each is looked up in i18next once, since every reply
  // needs several and i18next's lookup costs more than the rest of building a reply.
  const fixed = new Map<string, string>();
  return (lang, key, vars) => {
    const cacheKey = vars ? undefined : `${lang}\u0000${key}`;
    const known = cacheKey && fixed.get(cacheKey);
    if (known !== undefined && known !== '') return known;
    if (!instance.exists(key, { lng: lang })) throw new Error(`Missing translation ${lang}:${key}`);
    const text = instance.t(key, { lng: lang, ...vars }) as string;
    if (cacheKey) fixed.set(cacheKey, text);
    return text;
  };
}
