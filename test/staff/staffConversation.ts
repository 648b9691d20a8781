/**
 * A resident talking to the real PromiseBot with a real StaffStore (a JSON file in a temporary directory), through
 * botbuilder's TestAdapter. The knowledge is the real one, optionally with invented TEST DATA follow-ups copied next to
 * it in a temporary directory (never in knowledge/).
 */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';
import { createTranslate, type Translate } from '../../src/language/i18n.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createTurnErrorHandler } from '../../src/bot/handleTurnError.js';
import { JsonFileStaffStore } from '../../src/staff/JsonFileStaffStore.js';
import { beforeTempDirsRemoved, makeTempDirSync } from '../support/tempDirs.js';

/** A temporary directory, removed after the test file (see test/support/tempDirs.ts). */
export const makeTempDir = async (prefix: string): Promise<string> => makeTempDirSync(`kiruna-${prefix}`);

/** The real knowledge plus the TEST DATA follow-ups of test/fixtures/followups-for-real-knowledge. */
export async function copyRealKnowledgeWithFollowups(): Promise<string> {
  const dir = await makeTempDir('knowledge');
  await cp(path.resolve('knowledge'), dir, { recursive: true });
  await mkdir(path.join(dir, 'followups'), { recursive: true });
  await cp(path.resolve('test/fixtures/followups-for-real-knowledge/2025.yaml'), path.join(dir, 'followups', '2025.yaml'));
  return dir;
}

const engines = new Map<string, Promise<AnswerEngine>>();
let translate: Promise<Translate> | undefined;

function loadEngine(kind: 'real' | 'withFollowups'): Promise<AnswerEngine> {
  let engine = engines.get(kind);
  if (!engine) {
    engine = (async () => createAnswerEngine(await loadKnowledge(kind === 'real' ? path.resolve('knowledge') : await copyRealKnowledgeWithFollowups())))();
    engines.set(kind, engine);
  }
  return engine;
}

export interface StaffConversationOptions {
  knowledge?: 'real' | 'withFollowups';
  store?: JsonFileStaffStore;
  logUnanswered?: boolean;
  now?: () => Date;
  locale?: string;
  /** The channel's conversation id; each conversation opened without one gets its own. */
  conversationId?: string;
}

let conversationCount = 0;

export async function openStaffConversation(options: StaffConversationOptions = {}) {
  const engine = await loadEngine(options.knowledge ?? 'real');
  const conversationId = options.conversationId ?? `conversation-${++conversationCount}`;
  const t = await (translate ??= createTranslate(path.resolve('locales')));
  const dataDir = options.store ? path.dirname(options.store.path) : await makeTempDir('data');
  let store = options.store;
  if (!store) {
    const opened = await JsonFileStaffStore.open({ dataDir, retentionDays: 30, logUnanswered: options.logUnanswered ?? true, debounceMs: 5, ...(options.now ? { now: options.now } : {}) });
    beforeTempDirsRemoved(() => opened.close());
    store = opened;
  }
  const storage = new MemoryStorage();
  const bot = new PromiseBot({
    getEngine: () => engine,
    t,
    storage,
    staffStore: store,
    retentionDays: 30,
    ...(options.now ? { now: options.now } : {}),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler({ t, logger: { info: () => {}, error: () => {} } });

  async function ask(input: string | Partial<Activity>): Promise<Partial<Activity>> {
    const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
    await adapter.receiveActivity({ channelId: 'test', conversation: { id: conversationId } as Activity['conversation'], ...(options.locale ? { locale: options.locale } : {}), ...activity });
    const replies = adapter.activeQueue.splice(0);
    expect(replies).toHaveLength(1);
    return replies[0]!;
  }

  return { ask, t, engine, store, storage, dataDir, file: store.path, conversationId };
}
