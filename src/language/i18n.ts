/**
 * The resident-facing sentences of the bot itself (everything that is not a knowledge entry), from
 * locales/{sv,en,se}/translation.json through i18next. Pure: no botbuilder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import i18next from 'i18next';
import { LANGS, type Lang } from '../knowledge/schema.js';

/**
 * A sentence of the bot in a language. `vars` fill its {{placeholders}}; they come from knowledge/ and locales/ only,
 * never from what a resident typed, because results are remembered (see createTranslate).
 */
export type Translate = (lang: Lang, key: string, vars?: Record<string, string | number>) => string;

/** Distinct (sentence, values) results remembered; knowledge gives a few hundred. */
const MEMO_LIMIT = 5000;

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
  // A sentence with the same values never changes while the bot runs: each is made by i18next once, since every reply
  // needs several and i18next's lookup and interpolation cost more than the rest of building a reply.
  // A sentence without values is found by its key in its language's map, without building a key for it.
  const plain = Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, string>()])) as Record<Lang, Map<string, string>>;
  const memo = new Map<string, string>();
  return (lang, key, vars) => {
    let memoKey: string | undefined;
    if (vars) {
      memoKey = `${lang}\u0000${key}`;
      for (const name in vars) memoKey += `\u0000${name}\u0000${vars[name]}`;
    }
    const known = memoKey === undefined ? plain[lang].get(key) : memo.get(memoKey);
    if (known !== undefined) return known;
    if (!instance.exists(key, { lng: lang })) throw new Error(`Missing translation ${lang}:${key}`);
    const text = instance.t(key, { lng: lang, ...vars }) as string;
    if (memoKey === undefined) plain[lang].set(key, text);
    else {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(memoKey, text);
    }
    return text;
  };
}
