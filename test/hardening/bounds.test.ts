/**
 * Everything kept in memory has a size and an age bound: bot state, rate-limit counters, Messenger dedup keys and
 * Direct Line conversations. A flood of one-message conversations costs a fixed amount of memory.
 */
import { describe, expect, it } from '@jest/globals';
import { BoundedMemoryStorage } from '../../src/storage/BoundedMemoryStorage.js';
import { MemoryRateLimiter } from '../../src/server/rateLimiter.js';
import { parseTrustProxy, readClientAddress, type TrustProxy } from '../../src/server/clientAddress.js';
import { MemoryDedupStore } from '../../src/channels/facebook/dedupStore.js';
import { MemoryConversationStore } from '../../src/channels/webchat/conversationStore.js';

function createClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('BoundedMemoryStorage (botbuilder Storage)', () => {
  it('reads back copies of what was written, with an eTag', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    await storage.write({ a: { lang: 'se' } });
    const first = await storage.read(['a', 'missing']);
    expect(first).toEqual({ a: { lang: 'se', eTag: expect.any(String) } });
    first.a.lang = 'changed in the caller';
    expect((await storage.read(['a'])).a.lang).toBe('se');
  });

  it('refuses a write with a stale eTag, accepts the current one, "*" and none', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    await storage.write({ a: { n: 1 } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { ...a, n: 2 } });
    await expect(storage.write({ a: { ...a, n: 3 } })).rejects.toThrow('Storage: error writing "a" due to eTag conflict.');
    expect((await storage.read(['a'])).a.n).toBe(2);
    const current = (await storage.read(['a'])).a;
    await storage.write({ a: { ...current, n: 4 } });
    await storage.write({ a: { n: 5, eTag: '*' } });
    await storage.write({ a: { n: 6 } });
    expect((await storage.read(['a'])).a.n).toBe(6);
  });

  it('a conflict in one key of a batch writes none of it', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    await expect(storage.write({ a: { n: 2 }, b: { n: 2, eTag: 'stale' } })).rejects.toThrow('eTag conflict');
    expect((await storage.read(['a'])).a.n).toBe(1);
  });

  it('keeps at most maxItems, forgetting the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 1000, ttlMs: 3600_000 });
    await storage.write({ keep: { n: 0 } });
    for (let i = 0; i < 100_000; i++) {
      await storage.write({ [`conversation-${i}`]: { lastLang: 'sv' } });
      if (i % 500 === 0) await storage.read(['keep']);
    }
    expect(storage.size).toBe(1000);
    expect(await storage.read(['keep'])).toEqual({ keep: expect.objectContaining({ n: 0 }) });
    expect(await storage.read(['conversation-0'])).toEqual({});
    expect(await storage.read(['conversation-99999'])).not.toEqual({});
  });

  it('forgets items not used for ttl', async () => {
    const clock = createClock();
    const storage = new BoundedMemoryStorage({ maxItems: 100, ttlMs: 24 * 3600_000, now: clock.now });
    await storage.write({ old: { n: 1 }, used: { n: 2 } });
    clock.advance(23 * 3600_000);
    await storage.read(['used']);
    clock.advance(2 * 3600_000);
    expect(await storage.read(['old', 'used'])).toEqual({ used: expect.objectContaining({ n: 2 }) });
    await storage.write({ fresh: { n: 3 } });
    expect(storage.size).toBe(2);
  });

  it('returns an item whatever its key is called, "__proto__" and "constructor" included', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    await storage.write({ ['__proto__']: { memory: { lastLang: 'en' } }, constructor: { memory: { lastLang: 'se' } } });
    const items = await storage.read(['__proto__', 'constructor', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(items, '__proto__')?.value).toMatchObject({ memory: { lastLang: 'en' } });
    expect(items.constructor).toMatchObject({ memory: { lastLang: 'se' } });
  });

  it('delete removes the key itself (MemoryStorage keeps it as undefined)', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    await storage.write({ a: { n: 1 } });
    await storage.delete(['a']);
    expect(storage.size).toBe(0);
  });
});

describe('MemoryRateLimiter (token bucket)', () => {
  it('allows the burst, then one request per 60/perMinute seconds, with Retry-After', async () => {
    const clock = createClock();
    const limiter = new MemoryRateLimiter({ perMinute: 10, burst: 5 }, { now: clock.now });
    const first = await Promise.all(Array.from({ length: 6 }, () => limiter.consume('c1')));
    expect(first.map((d) => d.isAllowed)).toEqual([true, true, true, true, true, false]);
    expect(first[5]).toEqual({ isAllowed: false, retryAfterSeconds: 6, isFirstRefusal: true });
    expect((await limiter.consume('c1')).isFirstRefusal).toBe(false);
    clock.advance(6000);
    expect((await limiter.consume('c1')).isAllowed).toBe(true);
    expect((await limiter.consume('c1')).isAllowed).toBe(false);
    expect((await limiter.consume('c2')).isAllowed).toBe(true);
  });

  it('tells about a refusal at most once a minute', async () => {
    const clock = createClock();
    const limiter = new MemoryRateLimiter({ perMinute: 1, burst: 1 }, { now: clock.now });
    await limiter.consume('k');
    const notices = [];
    for (let i = 0; i < 10; i++) {
      notices.push((await limiter.consume('k')).isFirstRefusal);
      clock.advance(20_000);
      await limiter.consume('k'); // allowed now and then, refused in between
    }
    expect(notices.filter(Boolean).length).toBeLessThanOrEqual(4);
  });

  it('0 per minute switches the limit off', async () => {
    const limiter = new MemoryRateLimiter({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 100; i++) expect((await limiter.consume('k')).isAllowed).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('keeps at most maxKeys counters', async () => {
    const limiter = new MemoryRateLimiter({ perMinute: 10, burst: 5 }, { maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) await limiter.consume(`address-${i}`);
    expect(limiter.size).toBe(1000);
  });
});

describe('TRUST_PROXY', () => {
  it.each<[string | undefined, TrustProxy]>([
    [undefined, false], ['', false], ['false', false], ['0', false], ['true', true], ['1', 1], ['2', 2],
  ])('parses %j as %j', (value, expected) => expect(parseTrustProxy(value)).toBe(expected));

  it.each(['yes please', '-1', 'loopback', '1.5'])('refuses %j', (value) => expect(() => parseTrustProxy(value)).toThrow('TRUST_PROXY'));

  it.each<[string, string | undefined, string | undefined, TrustProxy, string]>([
    ['no proxy: the socket, X-Forwarded-For ignored', '203.0.113.9', '127.0.0.1', false, '203.0.113.9'],
    ['one proxy: the right-most entry', '127.0.0.1', '203.0.113.9', 1, '203.0.113.9'],
    ['one proxy: a forged left part is ignored', '127.0.0.1', '127.0.0.1, 10.0.0.1, 203.0.113.9', 1, '203.0.113.9'],
    ['two proxies: second from the right', '10.0.0.2', '198.51.100.1, 203.0.113.9, 10.0.0.1', 2, '203.0.113.9'],
    ['more hops than entries: the left-most there is', '127.0.0.1', '203.0.113.9', 5, '203.0.113.9'],
    ['true: the left-most', '127.0.0.1', '198.51.100.1, 203.0.113.9', true, '198.51.100.1'],
    ['no header behind a proxy: the socket', '127.0.0.1', undefined, 1, '127.0.0.1'],
    ['IPv4-mapped IPv6 socket', '::ffff:127.0.0.1', undefined, false, '127.0.0.1'],
    ['IPv6 entries with brackets and port', '::1', '[2001:db8::1]:4711', 1, '2001:db8::1'],
    ['an IPv4 entry with a port', '::1', '203.0.113.9:51234', 1, '203.0.113.9'],
    ['garbage in the trusted slot: the nearest real hop', '127.0.0.1', 'not-an-address', 1, '127.0.0.1'],
    ['repeated headers are joined', '127.0.0.1', '198.51.100.1,203.0.113.9', 1, '203.0.113.9'],
  ])('%s', (_case, socket, header, trust, expected) => expect(readClientAddress(socket, header, trust)).toBe(expected));
});

describe('Messenger dedup and Direct Line conversations stay bounded', () => {
  it('MemoryDedupStore keeps at most maxEntries keys and still recognises recent re-deliveries', async () => {
    const dedup = new MemoryDedupStore({ maxEntries: 5000 });
    for (let i = 0; i < 60_000; i++) await dedup.claim(`mid.${i}`);
    expect(dedup.size).toBe(5000);
    expect(await dedup.claim('mid.59999')).toBe(false);
    expect(await dedup.claim('mid.0')).toBe(true);
  });

  it('MemoryConversationStore keeps at most maxConversations and each transcript at most maxActivities', async () => {
    const clock = createClock();
    const store = new MemoryConversationStore({ ttlMs: 3600_000, maxConversations: 2000, maxActivitiesPerConversation: 50, now: clock.now });
    for (let i = 0; i < 30_000; i++) {
      await store.createConversation({ id: `c${i}`, userId: `u${i}` });
      await store.appendActivity(`c${i}`, { type: 'message', text: 'Hej' });
    }
    expect(await store.countConversations()).toBe(2000);
    for (let i = 0; i < 500; i++) await store.appendActivity('c29999', { type: 'message', text: 'Hej' });
    expect((await store.listActivities('c29999', ''))!.activities).toHaveLength(50);
    clock.advance(3600_000);
    expect(await store.countConversations()).toBe(0);
  });
});
