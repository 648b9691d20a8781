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

/** Per language: is this folded word one of the knowledge base's words in that language? */
export type Lexicons = Record<Lang, { has(word: string): boolean }>;

const FRANC_CODES: Record<string, Lang> = { swe: 'sv', eng: 'en', sme: 'se' };
const FRANC_MIN_LENGTH = 12;

/** Maps a channel locale ("sv-SE", "en_US", "se-NO", "sme") to one of ours. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.toLowerCase().split(/[-_]/)[0];
  if (code === 'sv' || code === 'en' || code === 'se') return code;
  if (code === 'sme') return 'se';
  return undefined;
}

/** A decision whose reason, written only for people (npm run ask, logs at debug level), is put into words when read. */
class Decision implements LanguageDecision {
  constructor(
    readonly lang: Lang,
    readonly isClear: boolean,
    private readonly why: string,
    private readonly scores: Record<Lang, number>,
    private readonly reasons: string[],
  ) {}

  get reason(): string {
    const { scores, reasons } = this;
    return `${this.why}: scores sv ${scores.sv.toFixed(2)} en ${scores.en.toFixed(2)} se ${scores.se.toFixed(2)}` +
      (reasons.length ? ` (${reasons.join(', ')})` : '');
  }

  /** As JSON (`npm run ask -- --json`), the decision's three fields, not its working parts. */
  toJSON(): LanguageDecision {
    return { lang: this.lang, isClear: this.isClear, reason: this.reason };
  }
}

/** The best-scoring language (ties: the first in LANGS) and its lead over the next. */
function rank(scores: Record<Lang, number>): { best: Lang; margin: number } {
  let best: Lang = LANGS[0];
  for (const lang of LANGS) if (scores[lang] > scores[best]) best = lang;
  let second = -Infinity;
  for (const lang of LANGS) if (lang !== best && scores[lang] > second) second = scores[lang];
  return { best, margin: scores[best] - second };
}

export function detectLanguage(text: string, ctx: AskContext, lexicons: Lexicons): LanguageDecision {
  if (ctx.chosenLang) return { lang: ctx.chosenLang, isClear: true, reason: 'chosen by the resident' };

  const scores: Record<Lang, number> = { sv: 0, en: 0, se: 0 };
  const reasons: string[] = [];
  // Folded as a whole, then split: the same words as folding each token, for one pass over the text.
  for (const folded of tokenize(foldText(text))) {
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
  // franc costs more than the rest of a turn's language work (about 30 µs a call on the bench questions): it is asked
  // only when its vote could change the decision. Otherwise the decision is the same whatever it would say.
  if (letters >= FRANC_MIN_LENGTH && mayFrancDecide(scores, letters, ctx)) {
    const guess = FRANC_CODES[franc(text, { only: Object.keys(FRANC_CODES), minLength: FRANC_MIN_LENGTH })];
    if (guess) {
      scores[guess] += francWeight(letters);
      reasons.push(`franc: ${guess}`);
    }
  }
  const { lang, isClear, why } = decide(scores, letters, ctx);
  return new Decision(lang, isClear, why, scores, reasons);
}

/** How much franc's guess adds to a language's score: less for a short text, where its guesses are weaker. */
function francWeight(letters: number): number {
  return letters >= 25 ? 1.5 : 0.75;
}

/** The decision from the scores: the language, whether it is clear, and why. */
function decide(scores: Record<Lang, number>, letters: number, ctx: AskContext): { lang: Lang; isClear: boolean; why: string } {
  const { best, margin } = rank(scores);
  if (margin >= 1.5 || (margin >= 1 && letters >= 10)) return { lang: best, isClear: true, why: 'clear' };
  if (margin > 0) return { lang: best, isClear: false, why: `vocabulary leans ${best}` };
  if (ctx.lastLang) return { lang: ctx.lastLang, isClear: false, why: "unclear, conversation's last language" };
  const fromLocale = langFromLocale(ctx.locale);
  if (fromLocale) return { lang: fromLocale, isClear: false, why: `unclear, channel locale ${ctx.locale}` };
  return { lang: 'sv', isClear: false, why: 'unclear, default Swedish' };
}

/**
 * Could franc's vote change the decision? It adds francWeight to one language or says nothing: when the decision is
 * the same in all four cases, asking it is wasted. (On the bench questions this spares more than half of its calls:
 * mostly short questions two words ahead, which a short text's vote cannot make unclear.)
 */
function mayFrancDecide(scores: Record<Lang, number>, letters: number, ctx: AskContext): boolean {
  const without = decide(scores, letters, ctx);
  const weight = francWeight(letters);
  return LANGS.some((lang) => {
    const voted = decide({ ...scores, [lang]: scores[lang] + weight }, letters, ctx);
    return voted.lang !== without.lang || voted.isClear !== without.isClear;
  });
}
