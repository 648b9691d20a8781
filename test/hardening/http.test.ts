/**
 * Hostile HTTP against the whole bot: authentication, who may talk without it, malformed and oversized input on every
 * route, over-long texts, rate limits and security headers. Every refusal is a short JSON 4xx, never a 5xx or a stack.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeSignature } from '../../src/channels/facebook/verifySignature.js';
import {
  APP_SECRET, createActivity, createMessengerBody, loadParts, postJson, startDirectLine, startHardenedBot, START_TIMEOUT_MS, type HardenedBot,
} from './startHardenedBot.js';

const { t } = await loadParts();

type Replies = { activities: Array<{ text?: string; entities?: Array<{ type: string; id?: string }> }> };

/** A refusal as the brief wants it: 4xx, JSON, short, and nothing of a stack trace or the input. */
async function expectCleanRefusal(response: Response, status?: number): Promise<string> {
  const body = await response.text();
  if (status !== undefined) expect({ status: response.status, body }).toEqual({ status, body });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(body.length).toBeLessThan(400);
  expect(body).not.toMatch(/ at .*\(|node_modules|\.ts:\d|\.js:\d|Error:/);
  if (body) expect(response.headers.get('content-type') ?? '').toMatch(/json|text\/plain/);
  return body;
}

describe('with Bot Framework credentials (MicrosoftAppId set)', () => {
  let bot: HardenedBot;
  beforeAll(async () => {
    bot = await startHardenedBot({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    });
  }, START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it.each<[string, Record<string, string>, unknown]>([
    ['no Authorization header', {}, createActivity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' })],
    ['no Authorization header and a broken body', {}, '{"type": '],
    ['a Bearer that is not a JWT', { authorization: 'Bearer garbage' }, createActivity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' })],
    ['Basic auth', { authorization: 'Basic dXNlcjpwYXNz' }, createActivity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' })],
    ['an unsigned JWT (alg none)', { authorization: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"iss":"https://api.botframework.com","aud":"00000000-0000-0000-0000-000000000001"}').toString('base64url')}.` }, createActivity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' })],
  ])('refuses %s with 401 (no 500, no stack)', async (_case, headers, body) => {
    const response = await postJson(`${bot.base}/api/messages`, body, headers);
    await expectCleanRefusal(response, 401);
  }, 30000);

  it('a well-formed but forged RS256 token: 401 when Microsoft answers, 503 when it cannot be reached; never a leak', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = `Bearer ${part({ alg: 'RS256', kid: 'x', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001' })}.${'A'.repeat(40)}`;
    const response = await postJson(`${bot.base}/api/messages`, createActivity('Hej', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }), { authorization: forged });
    expect([401, 503]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toMatch(/botframework\.com|getaddrinfo|Error|at /);
  }, 30000);
});

describe('without credentials: local use only', () => {
  let bot: HardenedBot;
  beforeAll(async () => (bot = await startHardenedBot()), START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it.each([['X-Forwarded-For', '127.0.0.1'], ['X-Forwarded-For', '::1'], ['Forwarded', 'for=127.0.0.1'], ['X-Real-IP', '127.0.0.1']])(
    'refuses a proxied request (%s: %s): behind a proxy nobody is local',
    async (header, value) => {
      const response = await postJson(`${bot.base}/api/messages`, createActivity('Hej'), { [header]: value });
      await expectCleanRefusal(response, 403);
    },
  );

  it('answers local clients over IPv4 loopback', async () => {
    const response = await postJson(`${bot.base}/api/messages`, createActivity('Söker polisen med hund på gymnasiet?'));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as Replies;
    expect(activities[0]!.entities?.[0]).toMatchObject({ type: 'kb-answer', id: 'drug-dog-school' });
  });

  it('answers local clients over IPv6 loopback (::1)', async () => {
    const v6 = await startHardenedBot({}, '::1').catch(() => undefined);
    if (!v6) return; // no IPv6 on this machine
    try {
      expect((await postJson(`${v6.base}/api/messages`, createActivity('Hej'))).status).toBe(200);
    } finally {
      await v6.stop();
    }
  });

  const external = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  (external ? it : it.skip)('refuses a non-loopback client even when it claims loopback in X-Forwarded-For', async () => {
    for (const env of [{}, { TRUST_PROXY: '1' }] as Array<Record<string, string>>) {
      const remote = await startHardenedBot(env, external!);
      try {
        const response = await postJson(`${remote.base}/api/messages`, createActivity('Hej'), { 'x-forwarded-for': '127.0.0.1' });
        // With TRUST_PROXY=1 the forwarded address counts, but only from a trusted proxy hop: here the "proxy" is the
        // client itself, which is exactly what TRUST_PROXY must only be set for when a real proxy is in front.
        expect(response.status).toBe(env.TRUST_PROXY ? 200 : 403);
      } finally {
        await remote.stop();
      }
    }
  }, 30000);
});

describe('bad input on every route: 4xx JSON, never 5xx, never a stack', () => {
  let bot: HardenedBot;
  let conversation: { token: string; conversationId: string };
  beforeAll(async () => {
    bot = await startHardenedBot({ RATE_LIMIT_WEBCHAT_POST_PER_MIN: '0', RATE_LIMIT_TOKEN_PER_MIN: '0' });
    conversation = await startDirectLine(bot.base);
  }, START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  const huge = 'å'.repeat(100_000);
  const activityCases: Array<[string, unknown, number]> = [
    ['malformed JSON', '{"type": "message", ', 400],
    ['a JSON string', '"hello"', 400],
    ['null', 'null', 400],
    ['a JSON array', '[1,2,3]', 400],
    ['no conversation', { ...createActivity('x'), conversation: undefined }, 400],
    ['a conversation without id', { ...createActivity('x'), conversation: { id: 42 } }, 400],
    ['no sender', { ...createActivity('x'), from: undefined }, 400],
    ['a sender that is a string', { ...createActivity('x'), from: 'u1' }, 400],
    ['text that is an object', { ...createActivity('x'), text: { $gt: '' } }, 400],
    ['membersAdded that is not a list', { ...createActivity('x'), type: 'conversationUpdate', membersAdded: 'everyone' }, 400],
    ['membersAdded with nulls', { ...createActivity('x'), type: 'conversationUpdate', membersAdded: [null] }, 400],
    ['entities that is a string', { ...createActivity('x'), entities: 'x' }, 400],
    ['a 100,000-character text (over the body limit)', createActivity(huge), 413],
  ];

  it.each(activityCases)('/api/messages: %s → %i', async (_case, body, status) => {
    await expectCleanRefusal(await postJson(`${bot.base}/api/messages`, body), status);
  });

  it.each<[string, string, Record<string, string>, number]>([
    ['text/plain', 'hello', { 'content-type': 'text/plain' }, 415],
    ['form data', 'type=message', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['multipart', '--x\r\n\r\nhello\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
    ['gzip (a zip bomb passes any size limit)', 'x', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 415],
  ])('/api/messages: %s → %i', async (_case, body, headers, status) => {
    const response = await fetch(`${bot.base}/api/messages`, { method: 'POST', headers, body });
    await expectCleanRefusal(response, status);
  });

  it('a body over BODY_LIMIT_BYTES → 413, also when chunked without Content-Length', async () => {
    const big = JSON.stringify(createActivity('x'.repeat(70 * 1024)));
    await expectCleanRefusal(await postJson(`${bot.base}/api/messages`, big), 413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await fetch(`${bot.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectCleanRefusal(chunked, 413);
  });

  it.each<[string, () => unknown, number]>([
    ['malformed JSON', () => '{"type":', 400],
    ['an unknown activity type', () => ({ type: 'invoke', text: 'x' }), 400],
    ['a message without text', () => ({ type: 'message' }), 400],
    ['text that is a number', () => ({ type: 'message', text: 12 }), 400],
    ['a 100,000-character text', () => ({ type: 'message', text: huge }), 413],
  ])('POST /v3/directline/…/activities: %s → %i', async (_case, body, status) => {
    const response = await postJson(`${bot.base}/v3/directline/conversations/${conversation.conversationId}/activities`, body(), {
      authorization: `Bearer ${conversation.token}`,
    });
    await expectCleanRefusal(response, status);
  });

  it.each<[string, string, string, Record<string, string>, number]>([
    ['no token', 'POST', '/v3/directline/conversations', {}, 401],
    ['a forged token', 'POST', '/v3/directline/conversations', { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' }, 403],
    ['another conversation', 'GET', '/v3/directline/conversations/someone-else/activities', {}, 403],
    ['an unknown route', 'GET', '/v3/directline/<script>alert(1)</script>', {}, 404],
    ['a wrong method', 'DELETE', '/v3/directline/conversations', {}, 405],
  ])('Direct Line: %s → %i', async (_case, method, path, headers, status) => {
    const auth: Record<string, string> = _case === 'another conversation' ? { authorization: `Bearer ${conversation.token}` } : {};
    const response = await fetch(`${bot.base}${path}`, { method, headers: { ...auth, ...headers } });
    const body = await expectCleanRefusal(response, status);
    expect(body).not.toContain('<script>');
  });

  it('/api/webchat/token ignores whatever body it gets', async () => {
    for (const body of ['{"user":{"id":"admin"}}', 'nonsense', '']) {
      const response = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBeLessThan(500);
      if (response.status === 200) expect(((await response.json()) as { userId: string }).userId).toMatch(/^dl_/);
    }
  });

  it.each<[string, () => Buffer, string | null | undefined, number]>([
    ['no signature', () => Buffer.from('{"object":"page"}'), null, 403],
    ['a wrong signature', () => Buffer.from('{"object":"page"}'), computeSignature('{}', APP_SECRET), 403],
    ['signed malformed JSON', () => Buffer.from('{"object":'), undefined, 400],
    ['a body over 4 MB', () => Buffer.alloc(5 * 1024 * 1024, 0x20), null, 413],
  ])('/api/facebook: %s → %i', async (_case, body, signature, status) => {
    const response = await bot.postMessenger(body(), signature);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toMatch(/ at |Error/);
  });

  it('/api/facebook: signed events of unknown shape are accepted and ignored', async () => {
    for (const body of [{ object: 'page', entry: [{ messaging: [{ sender: {}, message: 5 }] }] }, { object: 'user' }, { object: 'page', entry: 'x' }]) {
      expect((await bot.postMessenger(body)).status).toBe(200);
    }
    expect(bot.graph.messages).toHaveLength(0);
  });

  it('error bodies never echo the path or the input', async () => {
    const probe = '<img src=x onerror=alert(1)>';
    const responses = [
      await fetch(`${bot.base}/${encodeURIComponent(probe)}`),
      await postJson(`${bot.base}/api/messages`, `{"text":"${probe}`),
    ];
    for (const response of responses) expect(await expectCleanRefusal(response)).not.toContain('onerror');
  });
});

describe('texts over MAX_TEXT_CHARS', () => {
  let bot: HardenedBot;
  beforeAll(async () => (bot = await startHardenedBot()), START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it.each<[string, string, 'sv' | 'en' | 'se']>([
    ['Swedish', 'Hur arbetar polisen med trafiken i Kiruna och vad gör kommunen? '.repeat(30), 'sv'],
    ['English', 'How does the police work with traffic in Kiruna and what does the municipality do? '.repeat(20), 'en'],
  ])('a long %s text gets a polite reply in that language, not an answer', async (_lang, text, lang) => {
    expect(text.length).toBeGreaterThan(1000);
    const response = await postJson(`${bot.base}/api/messages`, createActivity(text));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as Replies;
    expect(activities).toHaveLength(1);
    expect(activities[0]!.text).toBe(t(lang, 'input.tooLong'));
    expect(activities[0]!.entities ?? []).toEqual([]);
  });

  it('a long text that starts with an emergency still gets the emergency reply', async () => {
    const text = 'Det brinner i huset, ring 112! ' + 'hjälp '.repeat(300);
    const { activities } = (await (await postJson(`${bot.base}/api/messages`, createActivity(text))).json()) as Replies;
    expect(activities[0]!.text).toContain('112');
    expect(activities[0]!.text).not.toBe(t('sv', 'input.tooLong'));
  });

  it('control characters and bidi overrides do not hide a question', async () => {
    const disguised = 'Sö\u202Eker polisen\u0000 med hund\u200B på gymnasiet?';
    const { activities } = (await (await postJson(`${bot.base}/api/messages`, createActivity(disguised))).json()) as Replies;
    expect(activities[0]!.entities?.[0]).toMatchObject({ type: 'kb-answer', id: 'drug-dog-school' });
  });

  it.each<[string, (word: string) => Record<string, unknown>]>([
    ['as text', (word) => createActivity(word)],
    ['as a button value', (word) => createActivity('', { value: word })],
    ['as a Messenger postback payload', (word) => createActivity('', { channelId: 'facebook', channelData: { postback: { payload: word } } })],
  ])('a 990-letter "word" %s is answered fast (the fuzzer found it took seconds)', async (_case, build) => {
    const started = Date.now();
    const response = await postJson(`${bot.base}/api/messages`, build('ŋ'.repeat(990)));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('the website chat gives the same polite reply', async () => {
    const grant = await startDirectLine(bot.base);
    const url = `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    const auth = { authorization: `Bearer ${grant.token}` };
    expect((await postJson(url, { type: 'message', text: 'Jag undrar hur polisen arbetar i Kiruna. '.repeat(40) }, auth)).status).toBe(200);
    await bot.webchat.idle();
    const page = (await (await fetch(url, { headers: auth })).json()) as { activities: Array<{ from: { role: string }; text?: string }> };
    expect(page.activities.filter((a) => a.from.role === 'bot').map((a) => a.text)).toContain(t('sv', 'input.tooLong'));
  });
});

describe('rate limits', () => {
  let bot: HardenedBot;
  beforeAll(async () => (bot = await startHardenedBot()), START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it('posting to the website chat: a burst of 5, then 429 with Retry-After; polling is limited separately', async () => {
    const grant = await startDirectLine(bot.base);
    const url = `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    const auth = { authorization: `Bearer ${grant.token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await postJson(url, { type: 'message', text: 'Hej' }, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await postJson(url, { type: 'message', text: 'Hej' }, auth);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(6);
    expect(await refused.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.any(String) } });
    // Web Chat polls every second: 30 polls in a row are fine although posting is refused.
    for (let i = 0; i < 30; i++) expect((await fetch(url, { headers: auth })).status).toBe(200);
    // Another conversation has its own bucket.
    const other = await startDirectLine(bot.base);
    expect((await postJson(`${bot.base}/v3/directline/conversations/${other.conversationId}/activities`, { type: 'message', text: 'Hej' }, { authorization: `Bearer ${other.token}` })).status).toBe(200);
  });

  it('polling has a generous limit of its own', async () => {
    const grant = await startDirectLine(bot.base);
    const url = `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await fetch(url, { headers: { authorization: `Bearer ${grant.token}` } })).status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(30);
    expect(statuses.at(-1)).toBe(429);
  });

  it('token issuance per client address, read through TRUST_PROXY', async () => {
    const proxied = await startHardenedBot({ TRUST_PROXY: '1' });
    try {
      const issue = (client: string) => fetch(`${proxied.base}/api/webchat/token`, { method: 'POST', headers: { 'x-forwarded-for': `6.6.6.6, ${client}` } });
      const statuses = [];
      for (let i = 0; i < 22; i++) statuses.push((await issue('203.0.113.7')).status);
      expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
      const refused = await issue('203.0.113.7');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // The left-most address is the client's own claim and does not matter; another real client is not affected.
      expect((await issue('203.0.113.8')).status).toBe(200);
    } finally {
      await proxied.stop();
    }
  });

  it('Messenger: per sender, a polite reply once, then silence; other senders unaffected', async () => {
    bot.graph.reset();
    const psid = 'PSID-FLOOD';
    for (let i = 0; i < 14; i++) expect((await bot.postMessenger(createMessengerBody(`Hej ${i}`, psid))).status).toBe(200);
    const texts = bot.graph.messages.filter((r) => (r.body.recipient as { id: string }).id === psid).map((r) => (r.body.message as { text: string }).text);
    expect(texts.filter((text) => text === t('sv', 'input.tooMany'))).toHaveLength(1);
    expect(texts).toHaveLength(11); // burst of 10 answered, one polite refusal, the rest dropped
    bot.graph.reset();
    await bot.postMessenger(createMessengerBody('Söker polisen med hund på gymnasiet?', 'PSID-CALM'));
    expect(bot.graph.messages).toHaveLength(1);
  });

  it('/api/messages is not limited per address (Bot Framework authenticates it)', async () => {
    for (let i = 0; i < 30; i++) expect((await postJson(`${bot.base}/api/messages`, createActivity('Hej'))).status).toBe(200);
  });
});

/** What every JSON response carries, whoever asked: no sniffing, no framing, nothing may run. */
function expectDataHeaders(h: Headers): void {
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('x-frame-options')).toBe('DENY');
  expect(h.get('content-security-policy')).toContain("default-src 'none'");
}

describe('security headers', () => {
  let bot: HardenedBot;
  beforeAll(async () => (bot = await startHardenedBot({ WEBCHAT_FRAME_ANCESTORS: "'self' https://kiruna.se https://www.kiruna.se" })), START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it.each(['/', '/?lang=en&embed=1', '/accessibility', '/embed.js', '/webchat/chat.css', '/webchat/app.js', '/healthz', '/nope'])('%s', async (path) => {
    const response = await fetch(`${bot.base}${path}`);
    await response.arrayBuffer();
    const h = response.headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(h.get('permissions-policy')).toContain('microphone=()');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(h.get('content-security-policy')).toContain("base-uri 'none'");
    expect(h.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(h.get('server')).toBeNull();
    expect(h.get('x-powered-by')).toBeNull();
  });

  it('the chat page may be framed by kiruna.se only, and keeps what Web Chat needs', async () => {
    const csp = (await fetch(`${bot.base}/`)).headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'self' https://kiruna.se https://www.kiruna.se");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-src 'none'");
    const page = await fetch(`${bot.base}/`);
    expect(page.headers.get('x-frame-options')).toBeNull();
  });

  it('/api/messages, called by channels and never by a browser, keeps the data headers and not the page ones', async () => {
    const response = await postJson(`${bot.base}/api/messages`, createActivity('Hej'));
    expect(response.status).toBe(200);
    const h = response.headers;
    expectDataHeaders(h);
    expect(h.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(h.get('permissions-policy')).toBeNull();
    expect(h.get('referrer-policy')).toBeNull();
    expect(h.get('cross-origin-opener-policy')).toBeNull();
  });

  it('JSON responses may not be framed and carry a JSON content type', async () => {
    const response = await fetch(`${bot.base}/healthz`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expectDataHeaders(response.headers);
  });

  it('echoes a well-formed X-Request-Id and replaces one that could inject into logs', async () => {
    expect((await fetch(`${bot.base}/healthz`, { headers: { 'x-request-id': 'abc-123' } })).headers.get('x-request-id')).toBe('abc-123');
    const injected = (await fetch(`${bot.base}/healthz`, { headers: { 'x-request-id': 'a"b\\n{"level":60}' } })).headers.get('x-request-id');
    expect(injected).not.toContain('"');
  });

  it('the pages reflect nothing a visitor puts in the query', async () => {
    const probe = '"><script>alert(1)</script>';
    for (const path of ['/', '/accessibility']) {
      const html = await (await fetch(`${bot.base}${path}?lang=${encodeURIComponent(probe)}&embed=${encodeURIComponent(probe)}`)).text();
      expect(html).not.toContain('<script>alert');
    }
  });
});
