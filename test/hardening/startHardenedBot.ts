/**
 * The whole bot in this process, put together as src/index.ts does (bounded state, turn guard, rate limits, the
 * website chat and the Messenger webhook against a Graph API stand-in), listening on an ephemeral loopback port.
 * `env` goes through loadConfig, so the defaults under test are the real ones.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../src/bot/createCloudAdapter.js';
import { createTurnErrorHandler } from '../../src/bot/handleTurnError.js';
import { createServer } from '../../src/server/createServer.js';
import { readClientAddress } from '../../src/server/clientAddress.js';
import { guardTurns } from '../../src/server/guardTurns.js';
import { MemoryRateLimiter } from '../../src/server/rateLimiter.js';
import { BoundedMemoryStorage } from '../../src/storage/BoundedMemoryStorage.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { createWebchatChannel, type WebchatChannel } from '../../src/channels/webchat/webchatChannel.js';
import { GraphClient } from '../../src/channels/facebook/graphClient.js';
import { MessengerGateway } from '../../src/channels/facebook/messengerGateway.js';
import { computeSignature } from '../../src/channels/facebook/verifySignature.js';
import { GraphApiStandIn } from '../channels/facebook/graphApiStandIn.js';
import { loadRealParts as loadParts } from '../support/realParts.js';

export { loadParts };

/**
 * For the hooks that start a whole bot: on a fresh clone ts-jest compiles the bot's modules the first time, in
 * parallel with other test files, which can take longer than Jest's default 5 s. A hook that times out leaves the bot
 * starting in the background, and its open servers then keep Jest from exiting.
 */
export const START_TIMEOUT_MS = 30_000;
export const APP_SECRET = 'hardening-app-secret';
export const PAGE_ID = '1110001110001';


export interface HardenedBot {
  base: string;
  server: Server;
  webchat: WebchatChannel;
  gateway: MessengerGateway;
  graph: GraphApiStandIn;
  storage: BoundedMemoryStorage;
  /** Every log line written, as JSON text. */
  logText(): string;
  /** Posts a webhook body signed as Meta does (or with `signature`), and waits until its events are handled. */
  /** Posts a webhook (signed unless signature is null) and waits for its turns. */
  postMessenger(body: unknown, signature?: string | null, extraHeaders?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startHardenedBot(env: Record<string, string> = {}, host = '127.0.0.1'): Promise<HardenedBot> {
  const { engine, t } = await loadParts();
  const config = loadConfig({ LOG_LEVEL: 'debug', ...env });
  let logged = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logged += chunk.toString('utf8');
      callback();
    },
  });
  const logger = createLogger({ level: config.LOG_LEVEL, logMessageText: config.LOG_MESSAGE_TEXT, destination });
  const limiter = (perMinute: number, burst: number) => new MemoryRateLimiter({ perMinute, burst }, { maxKeys: config.RATE_LIMIT_MAX_KEYS });
  const readClient = (req: { socket: { remoteAddress?: string | undefined }; headers: Record<string, string | string[] | undefined> }) =>
    readClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.TRUST_PROXY);
  const webchat = await createWebchatChannel({
    t,
    logger,
    tokenSecret: 'hardening-secret-hardening-secret-0123',
    onTurnError: createTurnErrorHandler({ t, logger }),
    limits: {
      post: limiter(config.RATE_LIMIT_WEBCHAT_POST_PER_MIN, config.RATE_LIMIT_WEBCHAT_POST_BURST),
      poll: limiter(config.RATE_LIMIT_WEBCHAT_POLL_PER_MIN, config.RATE_LIMIT_WEBCHAT_POLL_BURST),
      token: limiter(config.RATE_LIMIT_TOKEN_PER_MIN, config.RATE_LIMIT_TOKEN_BURST),
    },
    readClientAddress: readClient,
    ...(config.WEBCHAT_FRAME_ANCESTORS ? { frameAncestors: config.WEBCHAT_FRAME_ANCESTORS } : {}),
  });
  const storage = new BoundedMemoryStorage({ maxItems: config.STATE_MAX_ITEMS, ttlMs: config.STATE_TTL_HOURS * 3600_000 });
  const bot = new PromiseBot({
    getEngine: () => engine,
    t,
    storage,
    logger,
    logMessageText: config.LOG_MESSAGE_TEXT,
    erasers: [(ref) => webchat.eraseResident(ref)],
  });
  const guarded = guardTurns(bot, {
    t,
    getEngine: () => engine,
    maxTextChars: config.MAX_TEXT_CHARS,
    messengerLimiter: limiter(config.RATE_LIMIT_MESSENGER_PER_MIN, config.RATE_LIMIT_MESSENGER_BURST),
    logger,
  });
  const graph = await new GraphApiStandIn().start();
  const gateway = new MessengerGateway({
    verifyToken: 'hardening-verify',
    appSecret: APP_SECRET,
    pageTokens: { [PAGE_ID]: 'TOKEN-PAGE' },
    graph: new GraphClient({ graphApiUrl: graph.url, appSecret: APP_SECRET, logger, retry: { baseDelayMs: 1, maxDelayMs: 4 } }),
    logic: (context) => guarded.run(context),
    logger,
    onTurnError: createTurnErrorHandler({ t, logger }),
  });
  const server = createServer({
    adapter: createCloudAdapter(config, { t, logger }),
    bot: guarded,
    getEngine: () => engine,
    isAuthEnabled: Boolean(config.MicrosoftAppId),
    logger,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    messenger: gateway,
  });
  webchat.registerRoutes(server, guarded);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;

  return {
    base,
    server,
    webchat,
    gateway,
    graph,
    storage,
    logText: () => logged,
    async postMessenger(body, signature, extraHeaders = {}) {
      const raw = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
      const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
      if (signature !== null) headers['x-hub-signature-256'] = signature ?? computeSignature(raw, APP_SECRET);
      const response = await fetch(`${base}/api/facebook`, { method: 'POST', headers, body: new Uint8Array(raw) });
      await gateway.idle();
      return response;
    },
    async stop() {
      await gateway.idle();
      await webchat.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.stop();
    },
  };
}

let counter = 0;
/** A message activity for /api/messages with expectReplies (loopback serviceUrl). */
export function createActivity(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    type: 'message',
    id: `h${counter}`,
    text,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: `hc${counter}` },
    from: { id: `hu${counter}` },
    recipient: { id: 'bot' },
    ...extra,
  };
}

/** A Messenger webhook body with one text message from `psid`. */
export function createMessengerBody(text: string, psid: string): Record<string, unknown> {
  counter += 1;
  return {
    object: 'page',
    entry: [{ id: PAGE_ID, time: Date.now(), messaging: [{ sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: `mid.h${counter}`, text } }] }],
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Starts a Direct Line conversation as Web Chat does: token from the page's route, then POST /conversations. */
export async function startDirectLine(base: string, headers: Record<string, string> = {}): Promise<{ token: string; conversationId: string }> {
  const grant = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST', headers })).json()) as { token: string; conversationId: string };
  const response = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${grant.token}`, ...headers } });
  if (response.status >= 300) throw new Error(`start conversation: ${response.status}`);
  return grant;
}
