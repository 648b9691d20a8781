/**
 * Chooses the reply language for one message, as shared/DESIGN.md sets out:
 * 1. a language the resident chose explicitly — the only thing that sticks;
 * 2. the message's own language when it is clear: words of one language's knowledge vocabulary and stop words,
 *    Sami-only letters, and franc-all restricted to the three languages for longer texts;
 * 3. for short or unclear input, the language whose vocabulary the words matched, then the conversation's last clear
 *    language, then the channel's locale, then Swedish.
 */
import { franc } from 'franc-all';
import { LANGS, type Lang } from '../knowledge/schema.js';
import type { AskContext, LanguageDecision } from '../knowledge/types.js';
import { foldText, hasSamiOnlyLetters, hasSwedishOnlyLetters, tokenize } from './normalizeText.js';
import { isFunctionWord } from './stopwords.js';

export type Lexicons = Record<Lang, ReadonlySet<string>>;

const FRANC_CODES: Record<string, Lang> = { swe: 'sv', eng: 'en', sme: 'se' };
const FRANC_MIN_LENGTH = 12;
/** franc's vote is worth at most 1.5: a lead of 3 words stays clear whatever it says. */
const FRANC_DECISIVE_MARGIN = 3;

/** Maps a channel locale ("sv-SE", "en_US", "se-NO", "sme") to one of ours. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.toLowerCase().split(/[-_]/)[0];
  if (code === 'sv' || code === 'en' || code === 'se') return code;
  if (code === 'sme') return 'se';
  return undefined;
}

export function detectLanguage(text: string, ctx: AskContext, lexicons: Lexicons): LanguageDecision {
  if (ctx.chosenLang) return { lang: ctx.chosenLang, isClear: true, reason: 'chosen by the resident' };

  const scores: Record<Lang, number> = { sv: 0, en: 0, se: 0 };
  const reasons: string[] = [];
  for (const token of tokenize(text)) {
    const folded = foldText(token);
    const inSv = lexicons.sv.has(folded) || isFunctionWord('sv', folded);
    const inEn = lexicons.en.has(folded) || isFunctionWord('en', folded);
    const inSe = lexicons.se.has(folded) || isFunctionWord('se', folded);
    const count = Number(inSv) + Number(inEn) + Number(inSe);
    // A word known in one language only is strong evidence; one shared by two is half as strong; by all, none.
    if (count > 0 && count < LANGS.length) {
      if (inSv) scores.sv += 1 / count;
      if (inEn) scores.en += 1 / count;
      if (inSe) scores.se += 1 / count;
    }
  }
  if (hasSamiOnlyLetters(text)) {
    scores.se += 2;
    reasons.push('Sami letters');
  } else if (hasSwedishOnlyLetters(text)) {
    scores.sv += 1;
    reasons.push('Swedish letters');
  }
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  // franc costs more than the rest of a turn's language work; when the words alone are decisive (a margin franc's
  // vote could not overturn), it is not asked.
  const [lead, next] = [...LANGS].sort((a, b) => scores[b] - scores[a]);
  const isDecided = scores[lead!] - scores[next!] >= FRANC_DECISIVE_MARGIN;
  if (letters >= FRANC_MIN_LENGTH && !isDecided) {
    const guess = FRANC_CODES[franc(text, { only: Object.keys(FRANC_CODES), minLength: FRANC_MIN_LENGTH })];
    if (guess) {
      scores[guess] += letters >= 25 ? 1.5 : 0.75;
      reasons.push(`franc: ${guess}`);
    }
  }
  const ranked = [...LANGS].sort((a, b) => scores[b] - scores[a]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  const margin = scores[best] - scores[second];
  // The reason is for people (npm run ask, logs at debug level): written only when read.
  const summary = () => `scores sv ${scores.sv.toFixed(2)} en ${scores.en.toFixed(2)} se ${scores.se.toFixed(2)}` +
    (reasons.length ? ` (${reasons.join(', ')})` : '');
  const decide = (lang: Lang, isClear: boolean, why: () => string): LanguageDecision => ({
    lang,
    isClear,
    get reason() {
      return why();
    },
  });
  if (margin >= 1.5 || (margin >= 1 && letters >= 10)) return decide(best, true, () => `clear: ${summary()}`);
  if (margin > 0) return decide(best, false, () => `vocabulary leans ${best}: ${summary()}`);
  if (ctx.lastLang) return decide(ctx.lastLang, false, () => `unclear, conversation's last language: ${summary()}`);
  const fromLocale = langFromLocale(ctx.locale);
  if (fromLocale) return decide(fromLocale, false, () => `unclear, channel locale ${ctx.locale}: ${summary()}`);
  return decide('sv', false, () => `unclear, default Swedish: ${summary()}`);
}
