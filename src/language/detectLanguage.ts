/**
 * Chooses the reply language for one message, as shared/DESIGN.md sets out:
 * 1. a language the resident chose explicitly — the only thing that sticks;
 * 2. the message's own language when it is clear: words of one language's knowledge vocabulary and stop words,
 *    Sami-only letters, and franc-all restricted to the three languages for longer texts;
 * 3. for short or unclear input, the language whose vocabulary the words matched, then the conversation's last clear
 *    language, then the channel's locale, then Swedish.
 */
import { LANGS, type Lang } from '../knowledge/schema.js';
import type { AskContext, LanguageDecision } from '../knowledge/types.js';
import { francLatin } from './francLatin.js';
import { foldText, hasSamiOnlyLetters, hasSwedishOnlyLetters, tokenize } from './normalizeText.js';
import { isFunctionWord } from './stopwords.js';

/** Per language: is this folded word one of the knowledge base's words in that language? */
export type Lexicons = Record<Lang, { has(word: string): boolean }>;

const FRANC_CODES: Record<string, Lang> = { swe: 'sv', eng: 'en', sme: 'se' };
const FRANC_ONLY = Object.keys(FRANC_CODES);
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

/**
 * A decision as it comes back from another thread (UnderstandingThread.ts): a structured clone keeps a Decision's
 * fields but not its class, so its reason is put together again here.
 */
export function reviveLanguageDecision(cloned: LanguageDecision): LanguageDecision {
  const parts = cloned as Partial<{ why: string; scores: Record<Lang, number>; reasons: string[] }> & LanguageDecision;
  if (parts.why === undefined || !parts.scores || !parts.reasons) return cloned;
  return new Decision(cloned.lang, cloned.isClear, parts.why, parts.scores, parts.reasons);
}

/** The best-scoring language (ties: the first in LANGS) and its lead over the next. */
function rank(scores: Record<Lang, number>): { best: Lang; margin: number } {
  let best: Lang = LANGS[0];
  for (const lang of LANGS) if (scores[lang] > scores[best]) best = lang;
  let second = -Infinity;
  for (const lang of LANGS) if (lang !== best && scores[lang] > second) second = scores[lang];
  return { best, margin: scores[best] - second };
}

/** Bits of the languages a word is known in (see languagesOf). */
const SV = 1;
const EN = 2;
const SE = 4;
/** How many words each set of lexicons remembers (see languagesOf). */
const WORD_MEMORY_LIMIT = 20_000;
const remembered = new WeakMap<Lexicons, Map<string, number>>();

/**
 * The languages a folded word is known in (SV | EN | SE): in the knowledge's words or the function words. Six table
 * look-ups a word, so each set of lexicons (one per answer engine, that is per version of the knowledge) remembers
 * the words it was asked about, bounded; it holds single folded words, never a message. Under load a turn's tables
 * are mostly out of the processor's caches, and one look-up instead of six is most of what this step costs then.
 */
function languagesOf(folded: string, lexicons: Lexicons): number {
  let memory = remembered.get(lexicons);
  if (!memory) remembered.set(lexicons, (memory = new Map()));
  let bits = memory.get(folded);
  if (bits !== undefined) return bits;
  bits = (lexicons.sv.has(folded) || isFunctionWord('sv', folded) ? SV : 0) |
    (lexicons.en.has(folded) || isFunctionWord('en', folded) ? EN : 0) |
    (lexicons.se.has(folded) || isFunctionWord('se', folded) ? SE : 0);
  if (folded.length <= 40) {
    if (memory.size >= WORD_MEMORY_LIMIT) memory.clear();
    memory.set(folded, bits);
  }
  return bits;
}

export function detectLanguage(text: string, ctx: AskContext, lexicons: Lexicons): LanguageDecision {
  if (ctx.chosenLang) return { lang: ctx.chosenLang, isClear: true, reason: 'chosen by the resident' };

  const scores: Record<Lang, number> = { sv: 0, en: 0, se: 0 };
  const reasons: string[] = [];
  // Folded as a whole, then split: the same words as folding each token, for one pass over the text.
  for (const folded of tokenize(foldText(text))) {
    const bits = languagesOf(folded, lexicons);
    // A word known in one language only is strong evidence; one shared by two is half as strong; by all, none.
    if (bits === 0 || bits === (SV | EN | SE)) continue;
    const count = (bits & SV ? 1 : 0) + (bits & EN ? 1 : 0) + (bits & SE ? 1 : 0);
    if (bits & SV) scores.sv += 1 / count;
    if (bits & EN) scores.en += 1 / count;
    if (bits & SE) scores.se += 1 / count;
  }
  if (hasSamiOnlyLetters(text)) {
    scores.se += 2;
    reasons.push('Sami letters');
  } else if (hasSwedishOnlyLetters(text)) {
    scores.sv += 1;
    reasons.push('Swedish letters');
  }
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  // franc costs more than the rest of a turn's language work (about 30 µs a call on the bench questions, less since
  // francLatin): it is asked only when its vote could change the decision. Otherwise the decision is the same whatever
  // it would say.
  if (letters >= FRANC_MIN_LENGTH && mayFrancDecide(scores, letters, ctx)) {
    const guess = FRANC_CODES[francLatin(text, FRANC_ONLY, FRANC_MIN_LENGTH)];
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
  // Each vote tried on the scores themselves and put back as it was (no copy of the scores per vote).
  return LANGS.some((lang) => {
    const before = scores[lang];
    scores[lang] = before + weight;
    const voted = decide(scores, letters, ctx);
    scores[lang] = before;
    return voted.lang !== without.lang || voted.isClear !== without.isClear;
  });
}
