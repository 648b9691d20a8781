import { describe, expect, it } from '@jest/globals';
import { computeSignature, isValidSignature } from '../../../src/channels/facebook/verifySignature.js';
import { parseWebhook } from '../../../src/channels/facebook/parseWebhook.js';
import { MemoryDedupStore } from '../../../src/channels/facebook/dedupStore.js';
import { findPageToken, parsePageTokens } from '../../../src/channels/facebook/pageTokens.js';

describe('X-Hub-Signature-256', () => {
  const secret = 'app-secret';
  const body = Buffer.from('{"object":"page","entry":[{"id":"1","messaging":[{"message":{"text":"Hej åäö \\u00e5"}}]}]}', 'utf8');
  it.each([
    ['the right signature', computeSignature(body, secret), true],
    ['upper-case hex', 'sha256=' + computeSignature(body, secret).slice(7).toUpperCase(), true],
    ['a signature with another secret', computeSignature(body, 'other'), false],
    ['a signature of other bytes', computeSignature(Buffer.from(JSON.stringify(JSON.parse(body.toString()))), secret), false],
    ['a SHA-1 signature', 'sha1=0123456789abcdef0123456789abcdef01234567', false],
    ['a truncated signature', computeSignature(body, secret).slice(0, 20), false],
    ['no signature', undefined, false],
    ['an empty signature', '', false],
  ])('%s → %s', (_name, header, expected) => {
    expect(isValidSignature(body, header, secret)).toBe(expected);
  });
});

describe('parseWebhook', () => {
  const event = (extra: object) => ({ sender: { id: 'PSID1' }, recipient: { id: '111' }, timestamp: 1, ...extra });
  it('reads messages, quick replies and postbacks from several entries, and drops echoes, deliveries and reads', () => {
    const body = {
      object: 'page',
      entry: [
        { id: '111', time: 1, messaging: [event({ message: { mid: 'm1', text: 'Hej' } }), event({ message: { mid: 'm2', text: 'echo', is_echo: true } })] },
        {
          id: '222', time: 1,
          messaging: [
            { ...event({ postback: { mid: 'p1', title: 'Kom igång', payload: 'GET_STARTED' } }), recipient: { id: '222' } },
            event({ delivery: { mids: ['m0'], watermark: 1 } }),
            event({ read: { watermark: 1 } }),
            event({ message: { mid: 'm3', text: 'Trafik', quick_reply: { payload: 'kb:traffic' } } }),
          ],
        },
      ],
    };
    expect(parseWebhook(body).map((e) => [e.pageId, e.psid, e.dedupKey])).toEqual([
      ['111', 'PSID1', '111:m1'],
      ['222', 'PSID1', '222:p1'],
      ['111', 'PSID1', '111:m3'],
    ]);
  });

  it.each([[null], ['text'], [{ object: 'instagram', entry: [] }], [{ object: 'page' }], [{ object: 'page', entry: [{ id: '1' }] }]])(
    'ignores %j',
    (body) => {
      expect(parseWebhook(body)).toEqual([]);
    },
  );
});

describe('MemoryDedupStore', () => {
  it('claims a key once', async () => {
    const store = new MemoryDedupStore();
    expect(await store.claim('m1')).toBe(true);
    expect(await store.claim('m1')).toBe(false);
    expect(await store.claim('m2')).toBe(true);
  });

  it('stays bounded, forgetting the oldest keys first', async () => {
    const store = new MemoryDedupStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.claim(key);
    expect(store.size).toBe(3);
    expect(await store.claim('d')).toBe(false);
    expect(await store.claim('a')).toBe(true);
  });

  it('forgets keys after their time to live', async () => {
    let now = 0;
    const store = new MemoryDedupStore({ ttlMs: 1000, now: () => now });
    await store.claim('m1');
    now = 999;
    expect(await store.claim('m1')).toBe(false);
    now = 1000;
    expect(await store.claim('m1')).toBe(true);
    now = 5000;
    await store.claim('m2');
    expect(store.size).toBe(1);
  });
});

describe('page tokens', () => {
  it.each([
    ['{"111":"tokA","222":"tokB"}', { '111': 'tokA', '222': 'tokB' }],
    ['111:tokA, 222:tokB', { '111': 'tokA', '222': 'tokB' }],
    ['111:tok:with:colons', { '111': 'tok:with:colons' }],
    ['', {}],
  ])('parses %s', (value, expected) => {
    expect(parsePageTokens(value)).toEqual(expected);
  });

  it.each([
    ['{"111":', 'not valid JSON'],
    ['["a"]', 'expected a JSON object'],
    ['tokA', 'expected <pageId>:<token>'],
    ['abc:tokA', 'must be digits'],
    ['111:', 'empty token'],
  ])('rejects %s with a message naming the problem, never the token', (value, message) => {
    expect(() => parsePageTokens(value)).toThrow(message);
  });

  it('uses the page’s own token, else the single page token', () => {
    const tokens = { '111': 'tokA' };
    expect(findPageToken('111', tokens, 'default')).toBe('tokA');
    expect(findPageToken('222', tokens, 'default')).toBe('default');
    expect(findPageToken('222', tokens, undefined)).toBeUndefined();
  });
});
