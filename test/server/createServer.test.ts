import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { createTranslate } from '../../src/language/i18n.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../src/bot/createCloudAdapter.js';
import { createServer } from '../../src/server/createServer.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const engine = createAnswerEngine(await loadKnowledge(path.resolve('knowledge')));
const t = await createTranslate(path.resolve('locales'));

async function startServer(
  env: Record<string, string> = {},
  host = '127.0.0.1',
  bot: { run(context: TurnContext): Promise<void> } = new PromiseBot({ getEngine: () => engine, t, storage: new MemoryStorage() }),
): Promise<{ server: Server; base: string }> {
  const config = loadConfig(env);
  const adapter = createCloudAdapter(config, { t, logger: silent });
  const server = createServer({ adapter, bot, getEngine: () => engine, isAuthEnabled: Boolean(config.MicrosoftAppId), logger: silent });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://${host}:${port}` };
}

let n = 0;
const activity = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `m${++n}`,
  text,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9',
  deliveryMode: 'expectReplies',
  conversation: { id: `c${n}` },
  from: { id: `u${n}` },
  recipient: { id: 'bot' },
  ...extra,
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP: /api/messages and /healthz without MicrosoftAppId', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => ({ server, base } = await startServer()));
  afterAll(() => server.close());

  it('answers with expectReplies in the response, with the kb-answer entity', async () => {
    const response = await post(base, activity('Vilka är de prioriterade områdena?'));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: Array<{ text: string; entities?: unknown[] }> };
    expect(activities).toHaveLength(1);
    expect(activities[0]!.entities).toEqual([expect.objectContaining({ type: 'kb-answer', id: 'priorities', lang: 'sv' })]);
    expect(activities[0]!.text).toContain(engine.knowledge.byId.get('priorities')!.answer.sv);
  });

  it('welcomes on conversationUpdate', async () => {
    const { text: _, ...update } = activity('', { type: 'conversationUpdate', membersAdded: [{ id: 'u-new' }], locale: 'en-US' });
    const response = await post(base, update);
    const { activities } = (await response.json()) as { activities: Array<{ text: string }> };
    expect(activities[0]!.text).toContain(t('en', 'welcome.intro'));
  });

  it.each<[string, unknown]>([
    ['malformed JSON', '{"type": "message", '],
    ['a JSON array', '[]'],
    ['no type', { ...activity('x'), type: undefined }],
    ['no conversation', { ...activity('x'), conversation: undefined }],
    ['no from', { ...activity('x'), from: undefined }],
    ['a from without id', { ...activity('x'), from: {} }],
    ['no serviceUrl', { ...activity('x'), serviceUrl: undefined }],
  ])('400 for %s, never 500', async (_case, body) => {
    const response = await post(base, body);
    expect(response.status).toBe(400);
  });

  it.each(['https://example.org/', 'http://10.0.0.1:3978/', 'http://127.0.0.1.example.org/', 'file:///etc/passwd', 'not a url'])(
    '403 for the non-loopback serviceUrl %s (nobody can make the bot post elsewhere)',
    async (serviceUrl) => {
      const response = await post(base, activity('Hej', { serviceUrl }));
      expect(response.status).toBe(403);
    },
  );

  it('accepts loopback serviceUrls: localhost and [::1]', async () => {
    for (const serviceUrl of ['http://localhost:9', 'http://[::1]:9']) {
      expect((await post(base, activity('Hej', { serviceUrl }))).status).toBe(200);
    }
  });

  it('GET /healthz reports the knowledge in use', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      knowledge: { entries: engine.knowledge.entries.length, loadedAt: engine.knowledge.loadedAt.toISOString() },
    });
    expect(engine.knowledge.entries.length).toBeGreaterThan(0);
  });

  it('posts replies to a loopback serviceUrl when the channel does not expect replies', async () => {
    // Stand-ins for two Bot Framework channels: each receives the bot's replies over HTTP on loopback.
    const startChannel = async () => {
      const received: Array<{ url: string; body: { text?: string; replyToId?: string } }> = [];
      const server = http.createServer((req, res) => {
        let raw = '';
        req.on('data', (chunk) => (raw += chunk));
        req.on('end', () => {
          received.push({ url: req.url ?? '', body: JSON.parse(raw) });
          // Two calls: restify patches http.ServerResponse so that writeHead does not return `res`.
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: 'r1' }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, received, serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    };
    const one = await startChannel();
    const two = await startChannel();
    try {
      const { deliveryMode: _, ...normal } = activity('Tack!', { serviceUrl: one.serviceUrl });
      const response = await post(base, normal);
      expect(response.status).toBe(200);
      expect(one.received).toHaveLength(1);
      expect(one.received[0]!.url).toBe(`/v3/conversations/${normal.conversation.id}/activities/${normal.id}`);
      expect(one.received[0]!.body.text).toBe(t('sv', 'smalltalk.thanks'));
      // The connector clients are reused (reuseConnectorClients.ts): a second message to the same channel is answered
      // there, and a message from another channel is answered at its own service URL, never at the first one's.
      const { deliveryMode: _again, ...again } = activity('Hej', { serviceUrl: one.serviceUrl, id: 'again-1' });
      const { deliveryMode: _other, ...other } = activity('Tack!', { serviceUrl: two.serviceUrl, id: 'other-1', conversation: { id: 'other-conversation' } });
      expect((await post(base, again)).status).toBe(200);
      expect((await post(base, other)).status).toBe(200);
      expect(one.received.map((r) => r.url)).toEqual([
        `/v3/conversations/${normal.conversation.id}/activities/${normal.id}`,
        `/v3/conversations/${again.conversation.id}/activities/again-1`,
      ]);
      expect(two.received.map((r) => r.url)).toEqual(['/v3/conversations/other-conversation/activities/other-1']);
    } finally {
      one.server.close();
      two.server.close();
    }
  }, 20000);
});

describe('HTTP: the activity a turn sees', () => {
  it('has the timestamps it was sent as Dates, with the strings kept, as CloudAdapter.process would give it', async () => {
    const seen: Array<{ timestamp: unknown; rawTimestamp: unknown; localTimestamp: unknown; rawLocalTimestamp: unknown }> = [];
    const recordingBot = {
      async run(context: TurnContext) {
        const a = context.activity as typeof context.activity & { rawTimestamp?: string; rawLocalTimestamp?: string };
        seen.push({ timestamp: a.timestamp, rawTimestamp: a.rawTimestamp, localTimestamp: a.localTimestamp, rawLocalTimestamp: a.rawLocalTimestamp });
        await context.sendActivity('ok');
      },
    };
    const { server, base } = await startServer({}, '127.0.0.1', recordingBot);
    try {
      const sent = activity('Hej', { timestamp: '2026-11-30T10:00:00.000Z', localTimestamp: '2026-11-30T11:00:00.000+01:00' });
      const response = await post(base, sent);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { activities: Array<{ text: string }> }).activities.map((r) => r.text)).toEqual(['ok']);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.timestamp).toBeInstanceOf(Date);
      expect((seen[0]!.timestamp as Date).toISOString()).toBe('2026-11-30T10:00:00.000Z');
      expect(seen[0]!.rawTimestamp).toBe('2026-11-30T10:00:00.000Z');
      expect(seen[0]!.localTimestamp).toBeInstanceOf(Date);
      expect(seen[0]!.rawLocalTimestamp).toBe('2026-11-30T11:00:00.000+01:00');
    } finally {
      server.close();
    }
  });
});

describe('HTTP: who may talk without MicrosoftAppId', () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

  (external ? it : it.skip)('403 for a client that is not on loopback', async () => {
    const { server, base } = await startServer({}, external!);
    try {
      expect((await post(base, activity('Hej'))).status).toBe(403);
      // Health checks stay open to load balancers.
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('HTTP: with MicrosoftAppId', () => {
  it('rejects an activity without a Bot Framework token', async () => {
    const { server, base } = await startServer({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    });
    try {
      const response = await post(base, activity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
      expect(response.status).toBe(401);
    } finally {
      server.close();
    }
  });
});
