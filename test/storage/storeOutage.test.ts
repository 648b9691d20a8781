/**
 * What residents and the load balancer see while the shared store is unreachable, without a redis-server: a Storage
 * that fails as the Redis stores do (StoreUnavailableError) behind the real bot and HTTP server. /healthz turns 503
 * "degraded", a Bot Framework turn ends in the apology, and any route whose store is down answers a short 503.
 * (The real Redis outage, with reconnection, is in test/e2e/redisScaleOut.test.ts.)
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { createTranslate } from '../../src/language/i18n.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../src/bot/createCloudAdapter.js';
import { createServer } from '../../src/server/createServer.js';
import { StoreUnavailableError, isStoreUnavailable } from '../../src/storage/redis/StoreUnavailableError.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const engine = createAnswerEngine(await loadKnowledge(path.resolve('knowledge')));
const t = await createTranslate(path.resolve('locales'));

/** MemoryStorage that is unreachable while `isDown`, as RedisStorage is during an outage. */
class OutageStorage implements Storage {
  isDown = false;
  private readonly inner = new MemoryStorage();
  private check(): void {
    if (this.isDown) throw new StoreUnavailableError('Redis is not connected.');
  }
  async read(keys: string[]): Promise<StoreItems> {
    this.check();
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.check();
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    this.check();
    return this.inner.delete(keys);
  }
}

let server: Server;
let base = '';
const storage = new OutageStorage();

beforeAll(async () => {
  const bot = new PromiseBot({ getEngine: () => engine, t, storage });
  server = createServer({
    adapter: createCloudAdapter(loadConfig({}), { t, logger: silent }),
    bot,
    getEngine: () => engine,
    isAuthEnabled: false,
    logger: silent,
    readStoreHealth: () => ({ kind: 'redis', status: storage.isDown ? 'down' : 'ok' }),
  });
  server.get('/probe', async () => {
    await storage.read(['x']);
    throw new Error('not reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  storage.isDown = false;
});

const ask = (text: string) =>
  fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m${Date.now()}`,
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      locale: 'sv-SE',
    }),
  });

describe('when the shared store is down', () => {
  it.each([
    ['up', false, 200, 'ok', 'ok'],
    ['down', true, 503, 'degraded', 'down'],
  ])('/healthz with the store %s', async (_label, isDown, httpStatus, status, storeStatus) => {
    storage.isDown = isDown;
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(httpStatus);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, store: { kind: 'redis', status: storeStatus }, knowledge: { entries: engine.knowledge.entries.length } });
  });

  it('a Bot Framework turn ends in the apology, and the next one is answered once the store is back', async () => {
    storage.isDown = true;
    const refused = (await (await ask('Söker polisen med hund på gymnasiet?')).json()) as { activities: Array<{ text: string }> };
    expect(refused.activities.map((activity) => activity.text)).toEqual([t('sv', 'error.apology')]);
    storage.isDown = false;
    const answered = (await (await ask('Söker polisen med hund på gymnasiet?')).json()) as { activities: Array<{ entities?: Array<{ type: string; id: string }> }> };
    expect(answered.activities.flatMap((activity) => activity.entities ?? []).find((entity) => entity.type === 'kb-answer')?.id).toBe('drug-dog-school');
  });

  it('a route whose store is down answers a short 503, never the error', async () => {
    storage.isDown = true;
    const response = await fetch(`${base}/probe`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ code: 'ServiceUnavailable', message: 'Please try again.' });
  });

  it.each([
    ['the error itself', new StoreUnavailableError(), true],
    ['wrapped as a cause', new Error('outer', { cause: new StoreUnavailableError() }), true],
    ['any other error', new Error('Storage: error writing "x" due to eTag conflict.'), false],
    ['nothing', undefined, false],
  ])('isStoreUnavailable: %s', (_label, error, expected) => {
    expect(isStoreUnavailable(error)).toBe(expected);
  });
});
