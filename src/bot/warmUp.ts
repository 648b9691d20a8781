/**
 * A warm-up at start-up, before the server listens: the bot answers the knowledge base's own texts (titles, example
 * questions, keywords, answers, in all three languages) as whole turns, through a bot of its own whose replies are
 * dropped and whose state is thrown away.
 *
 * Why: V8 compiles a function to fast machine code only after it has run many times. Without this, the residents of
 * the first seconds after every start (a deploy, a restart after a crash) wait for that: measured with `npm run
 * bench`'s load, the bot served 400–660 requests in its first second against 1,300–1,800 once warm, while an echo
 * bot on the same stack served 780–970 in its first second. With one second of warm-up (WARMUP_MS) it served 560–860,
 * and 5–10 % more in its first six seconds; start-up to ready took about 0.9 s longer (docs/benchmarks.md).
 *
 * Private by construction: only the knowledge's own texts are asked; the warm-up bot has its own in-memory storage,
 * no staff store, no erasers and no logger, and nothing it does reaches the real bot's state or logs.
 */
import { BotAdapter, MemoryStorage, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { LANGS, type Entry } from '../knowledge/schema.js';
import type { AnswerEngine } from '../knowledge/types.js';
import type { Translate } from '../language/i18n.js';
import { PromiseBot } from './PromiseBot.js';

/** An adapter that drops every reply: the warm-up's turns go nowhere. */
class DroppingAdapter extends BotAdapter {
  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: '' }));
  }

  override async updateActivity(): Promise<void> {}

  override async deleteActivity(): Promise<void> {}

  override async continueConversation(_reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    void logic;
  }
}

export interface WarmUpOptions {
  /** Stop after this long (ms); the turn under way is finished. */
  budgetMs: number;
  /** At most this many turns (the texts are asked in rounds until then). */
  maxTurns?: number;
}

export interface WarmUpResult {
  turns: number;
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

/** Runs whole turns over the knowledge's texts until the budget is spent (see the module comment). */
export async function warmUp(getEngine: () => AnswerEngine, t: Translate, options: WarmUpOptions): Promise<WarmUpResult> {
  const started = performance.now();
  const texts = warmUpTexts(getEngine().knowledge.entries);
  const maxTurns = options.maxTurns ?? Infinity;
  if (options.budgetMs <= 0 || texts.length === 0 || maxTurns <= 0) return { turns: 0, ms: 0 };
  const bot = new PromiseBot({ getEngine, t, storage: new MemoryStorage() });
  const adapter = new DroppingAdapter();
  let turns = 0;
  while (turns < maxTurns && performance.now() - started < options.budgetMs) {
    const { text, locale } = texts[turns % texts.length]!;
    // A new conversation every few turns, as residents have: state is read, written and read back.
    const conversation = `warm-up-${Math.floor(turns / 3)}`;
    const activity: Partial<Activity> = {
      type: 'message',
      id: `warm-up-${turns}`,
      channelId: 'warm-up',
      serviceUrl: 'http://localhost',
      conversation: { id: conversation } as Activity['conversation'],
      from: { id: conversation, name: 'warm-up' },
      recipient: { id: 'bot', name: 'bot' },
      locale,
      text,
    };
    try {
      await bot.run(new TurnContext(adapter, activity));
    } catch (error) {
      return { turns, ms: performance.now() - started, error: error as Error };
    }
    turns++;
  }
  return { turns, ms: performance.now() - started };
}
