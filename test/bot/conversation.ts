/**
 * A resident talking to the real PromiseBot with the real knowledge base and engine, through botbuilder's
 * TestAdapter. Only storage may be swapped (to simulate an outage), as it is an external service.
 */
import { loadRealParts } from '../support/realParts.js';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity, CardAction, Storage } from 'botbuilder';
import { PromiseBot, type Eraser, type PromiseBotDeps, type ResidentRef } from '../../src/bot/PromiseBot.js';
import { createTurnErrorHandler } from '../../src/bot/handleTurnError.js';
import { isSafetyTurn } from '../../src/bot/turnLanguage.js';

export { loadRealParts };

export interface LogLine {
  level: 'info' | 'error';
  details: Record<string, unknown>;
  message?: string;
}

export interface ConversationOptions {
  storage?: Storage;
  locale?: string;
  channelId?: string;
  logMessageText?: boolean;
  understandingThread?: PromiseBotDeps['understandingThread'];
}

export async function openConversation(options: ConversationOptions = {}) {
  const { engine, t } = await loadRealParts();
  const storage = options.storage ?? new MemoryStorage();
  const logs: LogLine[] = [];
  const logger = {
    info: (details: object, message?: string) => logs.push({ level: 'info', details: details as Record<string, unknown>, message }),
    error: (details: object, message?: string) => logs.push({ level: 'error', details: details as Record<string, unknown>, message }),
  };
  const erased: ResidentRef[] = [];
  const eraser: Eraser = async (ref) => {
    erased.push(ref);
  };
  const bot = new PromiseBot({
    getEngine: () => engine,
    t,
    storage,
    erasers: [eraser],
    logger,
    logMessageText: options.logMessageText ?? false,
    ...(options.understandingThread ? { understandingThread: options.understandingThread } : {}),
  });
  const safetyTurns: boolean[] = [];
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
    safetyTurns.push(isSafetyTurn(context));
  });
  adapter.onTurnError = createTurnErrorHandler({ t, logger });
  const channelId = options.channelId ?? 'test';

  /** Sends one activity (a text is a message) and returns the bot's replies to it. */
  async function say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> =
      typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
    await adapter.receiveActivity({ channelId, ...(options.locale ? { locale: options.locale } : {}), ...activity });
    return adapter.activeQueue.splice(0);
  }

  /** Sends a message and returns the one reply it must get. */
  async function ask(input: string | Partial<Activity>): Promise<Partial<Activity>> {
    const replies = await say(input);
    expect(replies).toHaveLength(1);
    return replies[0]!;
  }

  return { say, ask, t, engine, storage, logs, erased, adapter, channelId, safetyTurns };
}

export const textOf = (reply: Partial<Activity>): string => reply.text ?? '';

export const buttonsOf = (reply: Partial<Activity>): Array<{ title: string; value: string }> =>
  (reply.suggestedActions?.actions ?? []).map((action: CardAction) => ({ title: String(action.title), value: String(action.value) }));

export const kbAnswerOf = (reply: Partial<Activity>) => (reply.entities ?? []).find((entity) => entity.type === 'kb-answer');
