/**
 * Two bot processes behind one Redis, as a municipality runs them behind a load balancer: a Web Chat conversation
 * started on one instance continues on the other (every reply exactly once, in order), a Messenger re-delivery that
 * reaches the other instance is still answered once, and a Redis restart loses no conversation while the bots answer
 * 503 in the meantime and recover by themselves. Real redis-server, real `node --import tsx src/index.ts` processes,
 * a Graph API stand-in on loopback.
 */
import { jest } from '@jest/globals';
import { Redis } from 'ioredis';
import { computeSignature } from '../../src/channels/facebook/verifySignature.js';
import { GraphApiStandIn } from '../channels/facebook/graphApiStandIn.js';
import { makeTempDir, startBot, startRedis, stopAll, waitFor, type RunningBot, type RunningRedis } from './redisHarness.js';

jest.setTimeout(60_000);

const TOKEN_SECRET = 'same-secret-on-every-instance-0123456789';
const APP_SECRET = 'test-app-secret';
const PAGE_ID = 'PAGE-1';

let redis: RunningRedis;
let graph: GraphApiStandIn;
let botA: RunningBot;
let botB: RunningBot;

beforeAll(async () => {
  redis = await startRedis();
  graph = await new GraphApiStandIn().start();
  const env = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: 'kmb-e2e:',
    DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET,
    FACEBOOK_VERIFY_TOKEN: 'verify-me',
    FACEBOOK_APP_SECRET: APP_SECRET,
    FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token',
    FACEBOOK_GRAPH_API_URL: graph.url,
    // The test polls faster than Web Chat does; the shared limits are tested in redisStores.test.ts.
    RATE_LIMIT_WEBCHAT_POLL_BURST: '200',
    RATE_LIMIT_WEBCHAT_POST_BURST: '50',
  };
  [botA, botB] = await Promise.all([startBot({ ...env, DATA_DIR: makeTempDir('bot-a') }), startBot({ ...env, DATA_DIR: makeTempDir('bot-b') })]);
}, 60_000);

afterAll(async () => {
  await graph?.stop();
  await stopAll();
});

interface DirectLineActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  entities?: Array<{ type: string; id?: string }>;
}

interface Page {
  activities: DirectLineActivity[];
  watermark: string;
}

const kbAnswer = (activity: DirectLineActivity) => activity.entities?.find((entity) => entity.type === 'kb-answer')?.id;

/** A Web Chat resident whose requests the load balancer spreads over both instances. */
class Resident {
  token = '';
  conversationId = '';
  userId = '';
  watermark = '';
  readonly received: DirectLineActivity[] = [];
  private turn = 0;

  constructor(private readonly instances: RunningBot[]) {}

  private next(): RunningBot {
    return this.instances[this.turn++ % this.instances.length]!;
  }

  async start(on: RunningBot): Promise<void> {
    const grant = (await (await fetch(`${on.base}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string; userId: string };
    this.token = grant.token;
    this.userId = grant.userId;
    this.conversationId = grant.conversationId;
    const started = await fetch(`${on.base}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'sv-SE' }),
    });
    expect(started.status).toBe(201);
  }

  post(on: RunningBot, text: string): Promise<Response> {
    return fetch(`${on.base}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, locale: 'sv-SE', from: { id: 'ignored', role: 'user' }, channelData: { clientActivityID: `c${Date.now()}` } }),
    });
  }

  /** One poll on the next instance, as Web Chat does it: with the watermark of everything received so far. */
  async poll(): Promise<Page> {
    const on = this.next();
    const response = await fetch(`${on.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    this.received.push(...page.activities);
    this.watermark = page.watermark;
    return page;
  }

  /** Polls A, B, A, … until an activity matches. */
  async pollUntil(isWanted: (activity: DirectLineActivity) => boolean): Promise<void> {
    await waitFor(async () => {
      await this.poll();
      return this.received.some(isWanted);
    }, 15_000, 'a reply');
  }
}

function expectExactlyOnceInOrder(received: DirectLineActivity[]): void {
  const ids = received.map((activity) => activity.id);
  expect(new Set(ids).size).toBe(ids.length);
  const sequence = ids.map((id) => Number(id.split('|')[1]));
  expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  // Nothing skipped either: the stream is gap-free.
  expect(sequence).toEqual(sequence.map((_, index) => sequence[0]! + index));
}

const resident = () => new Resident([botB, botA]);
let carriedOver: Resident;

describe('two instances sharing one Redis', () => {
  it('continues a Direct Line conversation started on A on B: every reply once, in order, the welcome first', async () => {
    const chat = resident();
    await chat.start(botA);
    expect((await chat.post(botA, 'Söker polisen med hund på gymnasiet?')).status).toBe(200);
    await chat.pollUntil((activity) => kbAnswer(activity) === 'drug-dog-school');
    // A few more polls on both instances bring nothing twice.
    for (let i = 0; i < 4; i += 1) await chat.poll();

    expectExactlyOnceInOrder(chat.received);
    const [welcome, echo] = chat.received;
    expect(welcome!.from.role).toBe('bot');
    expect(welcome!.text).toMatch(/automatisk/);
    expect(echo!.from.role).toBe('user');
    expect(echo!.text).toBe('Söker polisen med hund på gymnasiet?');
    const answers = chat.received.filter((activity) => kbAnswer(activity));
    expect(answers.map(kbAnswer)).toEqual(['drug-dog-school']);
    expect(chat.received.indexOf(answers[0]!)).toBeGreaterThan(1);

    // The next question is posted on B and its answer read on A and B alike.
    expect((await chat.post(botB, 'Hur kan jag följa arbetet?')).status).toBe(200);
    await chat.pollUntil((activity) => activity.from.role === 'bot' && chat.received.indexOf(activity) > chat.received.indexOf(answers[0]!) + 1);
    for (let i = 0; i < 2; i += 1) await chat.poll();
    expectExactlyOnceInOrder(chat.received);
    carriedOver = chat;
  });

  it('answers a Messenger message once when Meta re-delivers it to the other instance', async () => {
    const psid = `PSID-${Date.now()}`;
    const sentTexts = () =>
      graph.requests.filter((request) => request.path === '/me/messages' && (request.body.recipient as { id: string }).id === psid && (request.body.message as { text?: string } | undefined)?.text);
    const deliver = async (on: RunningBot, mid: string, text: string) => {
      const raw = JSON.stringify({
        object: 'page',
        entry: [{ id: PAGE_ID, time: Date.now(), messaging: [{ sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid, text } }] }],
      });
      const response = await fetch(`${on.base}/api/facebook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': computeSignature(raw, APP_SECRET) },
        body: raw,
      });
      expect(response.status).toBe(200);
    };

    await deliver(botA, 'mid.redelivered.1', 'Söker polisen med hund på gymnasiet?');
    await waitFor(() => sentTexts().length > 0, 15_000, 'the Messenger answer');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answered = sentTexts().length;
    await deliver(botB, 'mid.redelivered.1', 'Söker polisen med hund på gymnasiet?');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sentTexts()).toHaveLength(answered);
    expect(sentTexts().some((request) => /narkotika/i.test(String((request.body.message as { text: string }).text)))).toBe(true);

    // Both at the same moment (Meta retried while the first delivery was still open): still one answer.
    await Promise.all([deliver(botA, 'mid.redelivered.2', 'Vad gör polisen åt trafiken?'), deliver(botB, 'mid.redelivered.2', 'Vad gör polisen åt trafiken?')]);
    await waitFor(() => sentTexts().length > answered, 15_000, 'the second Messenger answer');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const perMessage = sentTexts().length - answered;
    expect(perMessage).toBeGreaterThanOrEqual(1);
    expect(perMessage).toBe(answered);
  });

  it('"delete my data" on B removes what A stored in Redis: state, transcript and the staff item', async () => {
    const inspect = new Redis(redis.url);
    try {
      const chat = resident();
      await chat.start(botA);
      const question = 'Var kan jag köpa en begagnad snöskoter?';
      const transcript = async () =>
        (await inspect.zrange(`kmb-e2e:dl:a:${chat.conversationId}`, 0, -1)).map((member) => JSON.parse(member.slice(member.indexOf('\n') + 1)) as DirectLineActivity);
      const staffTexts = async () => Object.values(await inspect.hgetall('kmb-e2e:staff:unanswered')).map((json) => (JSON.parse(json) as { text: string }).text);
      const conversationState = `kmb-e2e:state:webchat/conversations/${chat.conversationId}/`;

      // Not polled on purpose: the transcript still holds the question and the reply when the deletion comes.
      expect((await chat.post(botA, question)).status).toBe(200);
      await waitFor(async () => (await transcript()).length >= 3, 10_000, 'the reply in Redis');
      expect((await transcript()).map((activity) => activity.text)).toContain(question);
      expect(await staffTexts()).toContain(question);
      expect(await inspect.exists(conversationState)).toBe(1);

      expect((await chat.post(botB, 'radera mina uppgifter')).status).toBe(200);
      await waitFor(async () => {
        const activities = await transcript();
        const request = activities.findIndex((activity) => activity.text === 'radera mina uppgifter');
        return request >= 0 && activities.slice(request + 1).some((activity) => activity.from.role === 'bot');
      }, 10_000, 'the confirmation');
      const left = await transcript();
      expect(left.map((activity) => activity.text)).toEqual(['radera mina uppgifter', expect.any(String)]);
      expect(await staffTexts()).not.toContain(question);
      expect(await inspect.exists(conversationState, `kmb-e2e:state:webchat/users/${chat.userId}/`)).toBe(0);
    } finally {
      inspect.disconnect();
    }
  });

  it('survives a Redis restart: 503 while it is down, no crash, the conversation and its watermark afterwards', async () => {
    const chat = carriedOver;
    expect(chat).toBeDefined();
    const watermarkBefore = chat.watermark;
    const receivedBefore = chat.received.length;

    await redis.stop();
    for (const bot of [botA, botB]) {
      await waitFor(async () => (await fetch(`${bot.base}/healthz`)).status === 503, 5000, 'healthz to report the outage');
      const health = (await (await fetch(`${bot.base}/healthz`)).json()) as { status: string; store: { kind: string; status: string }; knowledge: { entries: number } };
      expect(health).toMatchObject({ status: 'degraded', store: { kind: 'redis', status: 'down' } });
      expect(health.knowledge.entries).toBeGreaterThan(0);
    }
    const started = Date.now();
    const refused = await chat.post(botA, 'Vad är medborgarlöften?');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({ error: { code: 'ServiceError', message: 'Please try again.' } });
    const poll = await fetch(`${botB.base}/v3/directline/conversations/${chat.conversationId}/activities?watermark=${chat.watermark}`, { headers: { authorization: `Bearer ${chat.token}` } });
    expect(poll.status).toBe(503);
    const token = await fetch(`${botB.base}/api/webchat/token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect(await token.json()).toEqual({ code: 'ServiceUnavailable', message: 'Please try again.' });
    expect(Date.now() - started).toBeLessThan(3000);

    await redis.start();
    for (const bot of [botA, botB]) await waitFor(async () => (await fetch(`${bot.base}/healthz`)).status === 200, 10_000, 'the bot to reconnect');

    // The conversation is still there, at the same watermark, and carries on on either instance.
    const resumed = await fetch(`${botB.base}/v3/directline/conversations/${chat.conversationId}`, { headers: { authorization: `Bearer ${chat.token}` } });
    expect(resumed.status).toBe(200);
    const page = await chat.poll();
    expect(page).toEqual({ activities: [], watermark: watermarkBefore });
    expect((await chat.post(botA, 'Söker polisen med hund på gymnasiet?')).status).toBe(200);
    await chat.pollUntil((activity) => chat.received.indexOf(activity) >= receivedBefore && kbAnswer(activity) === 'drug-dog-school');
    expectExactlyOnceInOrder(chat.received);
    expect(Number(chat.received[receivedBefore]!.id.split('|')[1])).toBe(Number(watermarkBefore) + 1);

    for (const bot of [botA, botB]) {
      expect(bot.output()).not.toMatch(/unhandled rejection|uncaught/i);
      expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
    }
  });
});
