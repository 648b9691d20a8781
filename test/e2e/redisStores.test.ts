/**
 * The Redis stores against a real redis-server, each through two connections standing for two bot instances:
 * botbuilder Storage eTag semantics (as MemoryStorage), the Direct Line stream, Messenger dedup, shared rate limits,
 * the staff store, bounds (every key expires), and what an outage looks like to the code that calls them.
 */
import { jest } from '@jest/globals';
import type { Activity } from 'botbuilder';
import {
  openRedisConnection,
  waitUntilReady,
  RedisConversationStore,
  RedisDedupStore,
  RedisRateLimiter,
  RedisStaffStore,
  RedisStorage,
  StoreUnavailableError,
  type RedisConnection,
} from '../../src/storage/redis/index.js';
import { contributorOf } from '../../src/staff/staffStore.js';
import { expectMarksCapped } from '../support/staffStoreMarks.js';
import { startRedis, stopAll, waitFor, type RunningRedis } from './redisHarness.js';

jest.setTimeout(30_000);

let redis: RunningRedis;
let one: RedisConnection;
let two: RedisConnection;
let prefixCount = 0;

/** Two instances' connections with a key prefix of their own per test, so that tests do not see each other's keys. */
async function connectPair(): Promise<[RedisConnection, RedisConnection]> {
  const keyPrefix = `t${++prefixCount}:`;
  const pair = [openRedisConnection({ url: redis.url, keyPrefix }), openRedisConnection({ url: redis.url, keyPrefix })] as const;
  for (const connection of pair) expect(await waitUntilReady(connection, 5000)).toBe(true);
  return [pair[0], pair[1]];
}

beforeAll(async () => {
  redis = await startRedis();
});

beforeEach(async () => {
  [one, two] = await connectPair();
});

afterEach(async () => {
  await one?.close();
  await two?.close();
});

afterAll(async () => {
  await stopAll();
});

/** Every key under the test's prefix, with its remaining time to live (-1 = never expires). */
async function readTtls(connection: RedisConnection): Promise<Record<string, number>> {
  const keys = await connection.client.keys(`${connection.keyPrefix}*`);
  const ttls: Record<string, number> = {};
  for (const key of keys) ttls[key] = await connection.client.pttl(key);
  return ttls;
}

function expectEveryKeyToExpire(ttls: Record<string, number>, atMostMs: number): void {
  expect(Object.keys(ttls).length).toBeGreaterThan(0);
  for (const [key, ttl] of Object.entries(ttls)) {
    expect([key, ttl > 0 && ttl <= atMostMs]).toEqual([key, true]);
  }
}

describe('RedisStorage (botbuilder Storage)', () => {
  const options = { maxItems: 100, ttlMs: 3_600_000 };

  it('returns an eTag and refuses a write with a stale one, writing nothing of that batch', async () => {
    const a = new RedisStorage(one, options);
    const b = new RedisStorage(two, options);
    await a.write({ user: { language: 'sv' }, other: { n: 1 } });
    const first = await b.read(['user', 'other', 'missing']);
    expect(Object.keys(first)).toEqual(['user', 'other']);
    expect(first.user).toMatchObject({ language: 'sv', eTag: expect.any(String) });

    // Instance A writes with the eTag it read; B's copy is now stale.
    const seenByA = await a.read(['user']);
    await a.write({ user: { ...seenByA.user, language: 'en' } });
    await expect(b.write({ other: { ...first.other, n: 2 }, user: { ...first.user, language: 'se' } })).rejects.toThrow(
      'Storage: error writing "user" due to eTag conflict.',
    );
    const after = await a.read(['user', 'other']);
    expect(after.user.language).toBe('en');
    expect(after.other.n).toBe(1);
    expect(after.user.eTag).not.toBe(first.user.eTag);
  });

  it.each([
    ['"*"', '*'],
    ['no eTag', undefined],
  ])('overwrites with %s, as MemoryStorage does', async (_label, eTag) => {
    const storage = new RedisStorage(one, options);
    await storage.write({ item: { v: 1 } });
    await storage.write({ item: { v: 2, ...(eTag ? { eTag } : {}) } });
    expect((await storage.read(['item'])).item.v).toBe(2);
  });

  it('lets exactly one of two concurrent read-modify-writes win', async () => {
    const a = new RedisStorage(one, options);
    const b = new RedisStorage(two, options);
    await a.write({ counter: { n: 0 } });
    const [readA, readB] = await Promise.all([a.read(['counter']), b.read(['counter'])]);
    const results = await Promise.allSettled([
      a.write({ counter: { ...readA.counter, n: readA.counter.n + 1 } }),
      b.write({ counter: { ...readB.counter, n: readB.counter.n + 1 } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await a.read(['counter'])).counter.n).toBe(1);
  });

  it('deletes, keeps at most maxItems (least recently used first) and gives every key an expiry', async () => {
    const storage = new RedisStorage(one, { maxItems: 3, ttlMs: 60_000 });
    await storage.write({ a: { v: 'a' } });
    await storage.write({ b: { v: 'b' } });
    await storage.write({ c: { v: 'c' } });
    await storage.read(['a']);
    await storage.write({ d: { v: 'd' } });
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
    await storage.delete(['c']);
    expect(Object.keys(await storage.read(['a', 'c', 'd'])).sort()).toEqual(['a', 'd']);
    expectEveryKeyToExpire(await readTtls(one), 60_000);
  });

  it('keeps the order of uses that fall within the same millisecond, also across instances', async () => {
    const frozen = () => 1_800_000_000_000;
    const a = new RedisStorage(one, { maxItems: 3, ttlMs: 60_000, now: frozen });
    const b = new RedisStorage(two, { maxItems: 3, ttlMs: 60_000, now: frozen });
    await a.write({ z: { v: 'z' } });
    await b.write({ y: { v: 'y' } });
    await a.write({ x: { v: 'x' } });
    await b.read(['z']);
    await a.write({ w: { v: 'w' } });
    // y was used least recently (z was read after it), although every use has the same millisecond and y sorts before z.
    expect(Object.keys(await a.read(['w', 'x', 'y', 'z'])).sort()).toEqual(['w', 'x', 'z']);
  });
});

describe('RedisConversationStore (Direct Line)', () => {
  const options = { ttlMs: 3_600_000, maxConversations: 3, maxActivitiesPerConversation: 5 };
  const message = (text: string): Partial<Activity> => ({ type: 'message', text, from: { id: 'u', name: '' } });

  it('gives both instances one gap-free stream, whoever appends', async () => {
    const a = new RedisConversationStore(one, options);
    const b = new RedisConversationStore(two, options);
    expect((await a.createConversation({ id: 'c1', userId: 'u1', locale: 'sv-SE' })).created).toBe(true);
    const again = await b.createConversation({ id: 'c1', userId: 'u1' });
    expect(again).toMatchObject({ created: false, conversation: { id: 'c1', userId: 'u1', locale: 'sv-SE' } });

    const appended = await Promise.all(Array.from({ length: 4 }, (_, i) => (i % 2 ? a : b).appendActivity('c1', message(`m${i}`))));
    expect(appended.map((activity) => activity!.id).sort()).toEqual(['c1|0000001', 'c1|0000002', 'c1|0000003', 'c1|0000004']);
    const page = await b.listActivities('c1', '');
    expect(page!.watermark).toBe('4');
    expect(page!.activities.map((activity) => activity.id)).toEqual(['c1|0000001', 'c1|0000002', 'c1|0000003', 'c1|0000004']);
    expect((await a.listActivities('c1', '2'))!.activities.map((activity) => activity.id)).toEqual(['c1|0000003', 'c1|0000004']);
    expect(await a.listActivities('nope', '')).toBeUndefined();
    expect(await a.appendActivity('nope', message('x'))).toBeUndefined();
  });

  it('drops what was delivered, caps the transcript and the number of conversations, and expires every key', async () => {
    const store = new RedisConversationStore(one, options);
    await store.createConversation({ id: 'c1', userId: 'u1' });
    for (let i = 0; i < 7; i += 1) await store.appendActivity('c1', message(`m${i}`));
    expect((await store.listActivities('c1', ''))!.activities.map((activity) => activity.text)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
    await store.dropDelivered('c1', '5');
    expect(await store.listActivities('c1', '')).toEqual({ activities: [expect.objectContaining({ text: 'm5' }), expect.objectContaining({ text: 'm6' })], watermark: '7' });

    for (const id of ['c2', 'c3', 'c4']) await store.createConversation({ id, userId: 'u2' });
    expect(await store.countConversations()).toBe(3);
    expect(await store.getConversation('c1')).toBeUndefined();
    expectEveryKeyToExpire(await readTtls(one), options.ttlMs);
  });

  it('erases every transcript of one resident except the activity being answered', async () => {
    const store = new RedisConversationStore(one, { ...options, maxConversations: 10 });
    await store.createConversation({ id: 'c1', userId: 'u1', locale: 'se' });
    await store.createConversation({ id: 'c2', userId: 'u1' });
    await store.createConversation({ id: 'other', userId: 'u2' });
    for (const id of ['c1', 'c2', 'other']) for (const text of ['a', 'b']) await store.appendActivity(id, message(text));
    expect(await new RedisConversationStore(two, options).eraseUserTranscripts('u1', new Set(['c2|0000002']))).toBe(3);
    expect((await store.listActivities('c1', ''))!.activities).toEqual([]);
    expect((await store.listActivities('c2', ''))!.activities.map((activity) => activity.id)).toEqual(['c2|0000002']);
    expect((await store.listActivities('other', ''))!.activities).toHaveLength(2);
    expect((await store.getConversation('c1'))!.locale).toBeUndefined();
  });
});

describe('RedisDedupStore and RedisRateLimiter', () => {
  it('claims a Messenger message id once across instances, and forgets it after the TTL', async () => {
    const a = new RedisDedupStore(one, { ttlMs: 60_000 });
    const b = new RedisDedupStore(two, { ttlMs: 60_000 });
    expect(await Promise.all([a.claim('page:mid.1'), b.claim('page:mid.1')])).toEqual(expect.arrayContaining([true, false]));
    expect(await a.claim('page:mid.1')).toBe(false);
    expect(await b.claim('page:mid.2')).toBe(true);
    expectEveryKeyToExpire(await readTtls(one), 60_000);
  });

  it('shares one token bucket between instances and says when to retry', async () => {
    const a = new RedisRateLimiter(one, 'post', { perMinute: 6, burst: 3 });
    const b = new RedisRateLimiter(two, 'post', { perMinute: 6, burst: 3 });
    const decisions = [await a.consume('conv'), await b.consume('conv'), await a.consume('conv'), await b.consume('conv'), await a.consume('conv')];
    expect(decisions.map((decision) => decision.isAllowed)).toEqual([true, true, true, false, false]);
    expect(decisions[3]).toMatchObject({ isFirstRefusal: true });
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(decisions[3]!.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(decisions[4]!.isFirstRefusal).toBe(false);
    // Other keys and other limits have buckets of their own.
    expect((await a.consume('another')).isAllowed).toBe(true);
    expect((await new RedisRateLimiter(one, 'poll', { perMinute: 6, burst: 3 }).consume('conv')).isAllowed).toBe(true);
    expect((await new RedisRateLimiter(one, 'off', { perMinute: 0, burst: 1 }).consume('conv')).isAllowed).toBe(true);
    expectEveryKeyToExpire(await readTtls(one), 60_000 + 30_000);
  });
});

describe('RedisStaffStore', () => {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

  const A = contributorOf('webchat', 'conversation-a');
  const B = contributorOf('facebook', '1234567890-987654321');

  it('counts feedback, repeated questions and suggestions from both instances, redacted, and erases one conversation exactly', async () => {
    let today = day('2026-11-01');
    const a = new RedisStaffStore(one, { retentionDays: 30, now: () => today });
    const b = new RedisStaffStore(two, { retentionDays: 30, now: () => today });
    await a.incrementFeedback('traffic', 'up');
    await b.incrementFeedback('traffic', 'up');
    await b.incrementFeedback('traffic', 'down');
    const first = await a.recordUnanswered('Var kan jag parkera min båt?', 'sv', A);
    today = day('2026-11-03');
    const second = await b.recordUnanswered('var kan jag parkera min båt', 'sv', B);
    expect(second).toEqual(first);
    await b.recordUnanswered('Var kan jag köpa skidor?', 'sv', B);
    await b.addSuggestion('Mer belysning vid skolan, ring mig på 070-123 45 67', 'sv', B);
    await a.addSuggestion('Fler poliser på stan', 'sv', A);
    expect(await a.recordUnanswered('   ', 'sv', A)).toBeUndefined();

    const report = await a.readReport();
    expect(report.feedback).toEqual({ traffic: { up: 2, down: 1 } });
    // Staff never see the contributor marks.
    expect(report.unanswered).toEqual([
      { id: first!, text: 'Var kan jag parkera min båt?', lang: 'sv', count: 2, firstSeen: '2026-11-01', lastSeen: '2026-11-03' },
      expect.objectContaining({ text: 'Var kan jag köpa skidor?', count: 1 }),
    ]);
    expect(report.suggestions).toHaveLength(2);
    expect(report.suggestions[0]!.text).not.toContain('070-123 45 67');
    expect(JSON.stringify(report)).not.toContain(B);

    // Erased through the other instance: B's question goes, the one both asked loses B's count, A's suggestion stays.
    expect(await a.eraseContributor(B)).toBe(3);
    const erased = await b.readReport();
    expect(erased.unanswered.map((item) => [item.text, item.count])).toEqual([['Var kan jag parkera min båt?', 1]]);
    expect(erased.suggestions.map((item) => item.text)).toEqual(['Fler poliser på stan']);
    expect(await a.eraseContributor(B)).toBe(0);
    // The question asked again by someone else is a new item: no count of B's is left in it.
    await a.recordUnanswered('Var kan jag köpa skidor?', 'sv', A);
    expect(await b.eraseContributor(A)).toBe(3);
    expect(await a.readReport()).toEqual({ feedback: { traffic: { up: 2, down: 1 } }, unanswered: [], suggestions: [] });
    expectEveryKeyToExpire(await readTtls(one), 730 * 86_400_000);
  });

  it('keeps at most MAX_CONTRIBUTORS marks on a question, the oldest dropped first, while the count keeps growing', async () => {
    await expectMarksCapped(new RedisStaffStore(one, { retentionDays: 30, now: () => day('2026-11-01') }));
  });

  it('keeps items retentionDays after they were last seen, at most maxUnanswered and maxSuggestions, and nothing when the log is off', async () => {
    let today = day('2026-01-01');
    const store = new RedisStaffStore(one, { retentionDays: 30, maxUnanswered: 2, maxSuggestions: 2, now: () => today });
    for (const [iso, text] of [['2026-01-01', 'fråga ett'], ['2026-01-02', 'fråga två'], ['2026-01-03', 'fråga tre']] as const) {
      today = day(iso);
      await store.recordUnanswered(text, 'sv', A);
      await store.addSuggestion(`förslag ${text}`, 'sv', A);
    }
    let report = await store.readReport();
    expect(report.unanswered.map((item) => item.text)).toEqual(['fråga två', 'fråga tre']);
    expect(report.suggestions.map((item) => item.text)).toEqual(['förslag fråga två', 'förslag fråga tre']);

    // As the JSON store: kept for exactly 30 days after the day last seen.
    expect(await store.purgeExpired(day('2026-01-31'))).toBe(0);
    expect(await store.purgeExpired(day('2026-02-01'))).toBe(2);
    expect((await store.readReport()).unanswered.map((item) => item.text)).toEqual(['fråga tre']);
    expect(await store.purgeExpired(day('2026-02-02'))).toBe(2);
    report = await store.readReport();
    expect(report.unanswered).toEqual([]);
    expect(report.suggestions).toEqual([]);

    const off = new RedisStaffStore(two, { retentionDays: 30, logUnanswered: false });
    expect(await off.recordUnanswered('en fråga', 'sv', A)).toBeUndefined();
  });
});

describe('when Redis goes away', () => {
  it('fails calls at once with StoreUnavailableError, reports down, reconnects by itself and keeps the data', async () => {
    const storage = new RedisStorage(one, { maxItems: 100, ttlMs: 3_600_000 });
    await storage.write({ kept: { language: 'se' } });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // appendfsync everysec

    await redis.stop();
    await waitFor(() => one.status() === 'down', 5000, 'the connection to notice');
    const started = Date.now();
    await expect(storage.read(['kept'])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(new RedisDedupStore(one).claim('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(500);

    await redis.start();
    await waitFor(() => one.status() === 'ok', 10_000, 'the connection to come back');
    expect((await storage.read(['kept'])).kept.language).toBe('se');
  });
});
