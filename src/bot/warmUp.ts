/**
 * A warm-up at start-up, before the server listens: the turn's costly checks — the safety check, the small-talk
 * check and the answer engine — run over the knowledge base's own question-like texts (titles, example questions and
 * keywords, in all three languages), and their results are dropped.
 *
 * Why: V8 compiles a function to fast machine code only after it has run many times. Without this, the residents of
 * the first seconds after every start (a deploy, a restart after a crash) wait for that: measured with `npm run
 * bench`'s load on fresh servers, the bot served 400–660 requests in its first second against 1,300–1,800 once warm,
 * while an echo bot on the same stack served 670–970. With one second of warm-up (WARMUP_MS) it served 540–880; in
 * `npm run bench`, its first 3 s after ready went from 0.73 of the echo bot's requests to 0.84 (docs/benchmarks-history.md).
 * Start-up to ready takes about a second longer.
 *
 * Only those pure functions, called as PromiseBot calls them, and only question-like texts, because of what steady
 * state cost otherwise (`npm run bench`, bot/echo throughput): whole turns through a bot of its own (an in-memory
 * storage and an adapter of its own) taught V8 object shapes that real turns do not have; with the entries' long answers
 * as well, the bot was 0.83 and 0.85 of the echo bot in two quiet runs, against 0.88–1.03 with questions only and
 * 0.92–0.98 without warm-up (the answers' thousands of words fill the per-word caches, and the code is compiled for texts unlike
 * residents' questions).
 *
 * With an understanding thread (UnderstandingThread.ts) the warm-up runs there, on each knowledge version it builds,
 * before it answers; the bot's thread warms up itself only when there is no thread or it is not ready in time.
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

/** The texts asked: every entry's title, example questions and keywords in each language (not its answer). */
export function warmUpTexts(entries: readonly Entry[]): Array<{ text: string; locale: string }> {
  const locales = { sv: 'sv-SE', en: 'en-GB', se: 'se-NO' } as const;
  const texts: Array<{ text: string; locale: string }> = [];
  for (const entry of entries) {
    for (const lang of LANGS) {
      const locale = locales[lang];
      for (const text of [entry.title[lang], ...entry.questions[lang], ...(entry.keywords?.[lang] ?? [])]) texts.push({ text, locale });
    }
  }
  return texts;
}

/** Runs the checks and the search over the knowledge's texts until the budget is spent (see the module comment). */
export function warmUp(engine: AnswerEngine, options: WarmUpOptions): WarmUpResult {
  const started = performance.now();
  const texts = warmUpTexts(engine.knowledge.entries);
  const maxTexts = options.maxTexts ?? Infinity;
  if (options.budgetMs <= 0 || texts.length === 0) return { texts: 0, ms: 0 };
  let asked = 0;
  while (asked < maxTexts && performance.now() - started < options.budgetMs) {
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
  return { texts: asked, ms: performance.now() - started };
}
