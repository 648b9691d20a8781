/**
 * A warm-up at start-up, before the server listens: the turn's costly checks — the safety check, the small-talk
 * check and the answer engine — run over the knowledge base's own texts (titles, example questions, keywords,
 * answers, in all three languages), and their results are dropped.
 *
 * Why: V8 compiles a function to fast machine code only after it has run many times. Without this, the residents of
 * the first seconds after every start (a deploy, a restart after a crash) wait for that: measured with `npm run
 * bench`'s load on fresh servers, the bot served 430–570 requests in its first second against 1,300–1,800 once warm,
 * while an echo bot on the same stack served 670–890. With one second of warm-up (WARMUP_MS) it served 540–880
 * (docs/benchmarks.md); start-up to ready takes about a second longer.
 *
 * Only those pure functions, called as PromiseBot calls them, not whole turns: whole turns through a bot of its own
 * (an in-memory storage and an adapter of its own) also warmed up the first seconds, but taught V8 object shapes that
 * real turns do not have, and the bot was then 5–25 % slower per request in steady state (three side-by-side runs).
 *
 * Private by construction: only the knowledge's own texts are asked; nothing is stored or logged.
 */
import { LANGS, type Entry } from '../knowledge/schema.js';
import type { AnswerEngine } from '../knowledge/types.js';
import { detectSafety } from '../safety/detectSafety.js';
import { splitWords } from '../safety/foldText.js';
import { detectIntent } from './detectIntent.js';

export interface WarmUpOptions {
  /** Stop after this long (ms). */
  budgetMs: number;
  /** At most this many texts (the texts are asked in rounds until then). */
  maxTexts?: number;
}

export interface WarmUpResult {
  texts: number;
  ms: number;
  /** The error that ended the warm-up early (the bot then starts all the same: a turn that fails so is answered by the turn error handler). */
  error?: Error;
}

/** The texts asked: every entry's own texts in each language, the short ones (questions) before the long (answers). */
export function warmUpTexts(entries: readonly Entry[]): Array<{ text: string; locale: string }> {
  const locales = { sv: 'sv-SE', en: 'en-GB', se: 'se-NO' } as const;
  const short: Array<{ text: string; locale: string }> = [];
  const long: Array<{ text: string; locale: string }> = [];
  for (const entry of entries) {
    for (const lang of LANGS) {
      const locale = locales[lang];
      for (const text of [entry.title[lang], ...entry.questions[lang], ...(entry.keywords?.[lang] ?? [])]) short.push({ text, locale });
      long.push({ text: entry.answer[lang], locale });
    }
  }
  return [...short, ...long];
}

/** Runs the checks and the search over the knowledge's texts until the budget is spent (see the module comment). */
export function warmUp(engine: AnswerEngine, options: WarmUpOptions): WarmUpResult {
  const started = performance.now();
  const texts = warmUpTexts(engine.knowledge.entries);
  const maxTexts = options.maxTexts ?? Infinity;
  let asked = 0;
  while (asked < maxTexts && texts.length > 0 && performance.now() - started < options.budgetMs) {
    const { text, locale } = texts[asked % texts.length]!;
    try {
      const words = splitWords(text);
      detectSafety(text, words);
      detectIntent(text, words);
      // The context as PromiseBot gives it, so that V8 sees the same object shape.
      engine.ask(text, { chosenLang: undefined, lastLang: undefined, locale });
    } catch (error) {
      return { texts: asked, ms: performance.now() - started, error: error as Error };
    }
    asked++;
  }
  return { texts: asked, ms: asked === 0 ? 0 : performance.now() - started };
}
