/**
 * The real bot (knowledge, engine, locales, PromiseBot) behind the real HTTP server with the Messenger gateway,
 * talking to a Graph API stand-in on loopback. Meta's side is played by signed webhook POSTs over real HTTP.
 */
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import { loadConfig } from '../../../src/config.js';
import { PromiseBot } from '../../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../../src/bot/createCloudAdapter.js';
import { createTurnErrorHandler } from '../../../src/bot/handleTurnError.js';
import { createServer } from '../../../src/server/createServer.js';
import { GraphClient } from '../../../src/channels/facebook/graphClient.js';
import { MessengerGateway } from '../../../src/channels/facebook/messengerGateway.js';
import { computeSignature } from '../../../src/channels/facebook/verifySignature.js';
import { GraphApiStandIn } from './graphApiStandIn.js';
import { loadRealParts as loadParts } from '../../support/realParts.js';

export { loadParts };

export const APP_SECRET = 'test-app-secret';
export const VERIFY_TOKEN = 'test-verify-token';
export const POLICE_PAGE = '1110001110001';
export const MUNICIPALITY_PAGE = '2220002220002';
export const PAGE_TOKENS = { [POLICE_PAGE]: 'TOKEN-POLICE', [MUNICIPALITY_PAGE]: 'TOKEN-KOMMUN' };

export interface LogLine {
  level: string;
  fields: Record<string, unknown>;
  msg?: string;
}


export async function startMessenger(options: { withMessenger?: boolean } = {}) {
  const { engine, t } = await loadParts();
  const graph = await new GraphApiStandIn().start();
  const logs: LogLine[] = [];
  const log = (level: string) => (fields: object, msg?: string) => logs.push({ level, fields: fields as Record<string, unknown>, msg });
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') };
  const storage = new MemoryStorage();
  const bot = new PromiseBot({ getEngine: () => engine, t, storage, logger });
  const gateway = new MessengerGateway({
    verifyToken: VERIFY_TOKEN,
    appSecret: APP_SECRET,
    pageTokens: PAGE_TOKENS,
    graph: new GraphClient({ graphApiUrl: graph.url, appSecret: APP_SECRET, logger, retry: { baseDelayMs: 1, maxDelayMs: 4 } }),
    logic: (context) => bot.run(context),
    logger,
    onTurnError: createTurnErrorHandler({ t, logger }),
  });
  const server = createServer({
    adapter: createCloudAdapter(loadConfig({}), { t, logger }),
    bot,
    getEngine: () => engine,
    isAuthEnabled: false,
    logger,
    ...(options.withMessenger === false ? {} : { messenger: gateway }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Posts a webhook body as Meta does, signed unless `signature` says otherwise; waits until the events are handled. */
  async function post(body: unknown, signature?: string | null): Promise<Response> {
    const raw = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body), 'utf8');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== null) headers['x-hub-signature-256'] = signature ?? computeSignature(raw, APP_SECRET);
    const response = await fetch(`${base}/api/facebook`, { method: 'POST', headers, body: new Uint8Array(raw) });
    await gateway.idle();
    return response;
  }

  async function stop(): Promise<void> {
    await gateway.idle();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await graph.stop();
  }

  return { base, graph, gateway, logs, post, stop, engine, t };
}

let sequence = 0;
const nextMid = () => `m_test_${++sequence}`;

/** The resident of the current test: each test starts a new conversation, so no language choice leaks between tests. */
let resident = 'PSID-1';
export function startNewResident(): string {
  resident = `PSID-${++sequence}`;
  return resident;
}

export type EventSpec =
  | { text: string; quickReply?: string; mid?: string }
  | { postback: string; title?: string; mid?: string }
  | { echo: string }
  | { delivery: true }
  | { read: true };

/** One `messaging` item as Meta documents it. */
export function createEvent(spec: EventSpec, psid = resident, pageId = POLICE_PAGE): Record<string, unknown> {
  const base = { sender: { id: psid }, recipient: { id: pageId }, timestamp: Date.now() };
  if ('echo' in spec) return { sender: { id: pageId }, recipient: { id: psid }, timestamp: Date.now(), message: { mid: nextMid(), is_echo: true, app_id: 1, text: spec.echo } };
  if ('delivery' in spec) return { ...base, delivery: { mids: [nextMid()], watermark: Date.now() } };
  if ('read' in spec) return { ...base, read: { watermark: Date.now() } };
  if ('postback' in spec) return { ...base, postback: { mid: spec.mid ?? nextMid(), title: spec.title ?? spec.postback, payload: spec.postback } };
  return { ...base, message: { mid: spec.mid ?? nextMid(), text: spec.text, ...(spec.quickReply ? { quick_reply: { payload: spec.quickReply } } : {}) } };
}

export function createWebhook(...entries: Array<{ pageId?: string; events: Record<string, unknown>[] }>): Record<string, unknown> {
  return { object: 'page', entry: entries.map((e) => ({ id: e.pageId ?? POLICE_PAGE, time: Date.now(), messaging: e.events })) };
}

/** Shortcut: one event on the police page. */
export function webhookOf(...specs: EventSpec[]): Record<string, unknown> {
  return createWebhook({ events: specs.map((spec) => createEvent(spec)) });
}
