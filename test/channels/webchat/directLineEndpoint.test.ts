/**
 * The self-hosted Direct Line endpoint over real HTTP on loopback, with the real bot and knowledge: what Web Chat 4.18
 * (polling mode) relies on, and what a resident or an attacker would notice when it goes wrong.
 */
import { startWebchatServer, type RunningWebchat } from './startWebchatServer.js';

interface Grant { token: string; conversationId: string; userId: string; expires_in: number }
interface Page { activities: Array<Record<string, any>>; watermark: string }

let clock = Date.now();
let bot: RunningWebchat;

beforeAll(async () => {
  bot = await startWebchatServer({ now: () => clock, tokenTtlSeconds: 3600, conversationTtlHours: 24, allowedOrigins: ['https://www.kiruna.se'] });
});
afterAll(() => bot.close());
beforeEach(() => {
  clock = Date.now();
});

const auth = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

async function grantToken(): Promise<Grant> {
  const response = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST' });
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as Grant;
}

async function startConversation(locale = 'sv-SE'): Promise<Grant> {
  const grant = await grantToken();
  const response = await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST', headers: auth(grant.token), body: JSON.stringify({ locale }) });
  expect(response.status).toBe(201);
  expect(await response.json()).toMatchObject({ conversationId: grant.conversationId, token: grant.token, expires_in: 3600 });
  return grant;
}

function postActivity(grant: Grant, body: unknown, conversationId = grant.conversationId) {
  return fetch(`${bot.base}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: auth(grant.token),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function readActivities(grant: Grant, watermark = ''): Promise<Page> {
  const response = await fetch(`${bot.base}/v3/directline/conversations/${grant.conversationId}/activities?watermark=${watermark}`, { headers: auth(grant.token) });
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

/** Polls like Web Chat does until `isDone` holds for everything received so far. */
async function pollUntil(grant: Grant, isDone: (all: Page['activities']) => boolean, startWatermark = ''): Promise<{ all: Page['activities']; watermarks: string[] }> {
  const all: Page['activities'] = [];
  const watermarks: string[] = [];
  let watermark = startWatermark;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const page = await readActivities(grant, watermark);
    all.push(...page.activities);
    watermarks.push(page.watermark);
    watermark = page.watermark;
    if (isDone(all)) return { all, watermarks };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up polling; got ${all.length} activities`);
}

const botMessages = (all: Page['activities']) => all.filter((activity) => activity.type === 'message' && activity.from?.role === 'bot');

describe('a conversation through the self-hosted Direct Line endpoint', () => {
  it('greets the resident as soon as the chat opens, in the page language', async () => {
    for (const [locale, greeting] of [['sv-SE', 'automatisk assistent'], ['en-US', 'automated assistant'], ['se-SE', 'automáhtalaš veahkki']] as const) {
      const grant = await startConversation(locale);
      const { all } = await pollUntil(grant, (activities) => botMessages(activities).length > 0);
      expect(botMessages(all)[0]?.text).toContain(greeting);
      // The welcome answers a conversationUpdate Web Chat never sees: a replyToId would hold it back for 5 seconds.
      expect(botMessages(all)[0]?.replyToId).toBeUndefined();
    }
  });

  it('echoes the resident’s message with a server id and its clientActivityID, then answers from the knowledge', async () => {
    const grant = await startConversation();
    const welcome = await pollUntil(grant, (activities) => botMessages(activities).length > 0);
    const posted = await postActivity(grant, {
      type: 'message',
      text: 'Söker polisen med hund på gymnasiet?',
      locale: 'sv-SE',
      from: { id: 'someone-else', role: 'user' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    expect(id).toMatch(new RegExp(`^${grant.conversationId}\\|\\d+$`));

    const { all, watermarks } = await pollUntil(grant, (activities) => botMessages(activities).length > 0, welcome.watermarks.at(-1));
    const echo = all.find((activity) => activity.id === id);
    expect(echo).toMatchObject({ type: 'message', text: 'Söker polisen med hund på gymnasiet?', channelData: { clientActivityID: 'client-1' } });
    // Identity comes from the token, never from the body.
    expect(echo?.from).toMatchObject({ id: grant.userId, role: 'user' });
    const answer = botMessages(all)[0];
    expect(answer?.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'kb-answer', id: 'drug-dog-school', lang: 'sv' })]));
    expect(answer?.replyToId).toBe(id);

    // Watermarks: strings, never going back, and no activity delivered twice.
    for (const watermark of watermarks) expect(typeof watermark).toBe('string');
    const numbers = watermarks.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const ids = [...welcome.all, ...all].map((activity) => activity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = await readActivities(grant, watermarks.at(-1));
    expect(again.activities).toEqual([]);
    expect(again.watermark).toBe(watermarks.at(-1));
  });

  it('resumes a conversation with GET and refuses unknown ones with 404', async () => {
    const grant = await startConversation();
    const resumed = await fetch(`${bot.base}/v3/directline/conversations/${grant.conversationId}?watermark=`, { headers: auth(grant.token) });
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ conversationId: grant.conversationId, token: grant.token });
    const unstarted = await grantToken();
    const response = await fetch(`${bot.base}/v3/directline/conversations/${unstarted.conversationId}/activities`, { headers: auth(unstarted.token) });
    expect(response.status).toBe(404);
  });

  it('starting the same conversation twice greets only once', async () => {
    const grant = await startConversation();
    const again = await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST', headers: auth(grant.token), body: '{}' });
    expect(again.status).toBe(200);
    const { all, watermarks } = await pollUntil(grant, (activities) => botMessages(activities).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const later = await readActivities(grant, watermarks.at(-1));
    expect(botMessages([...all, ...later.activities])).toHaveLength(1);
  });
});

describe('tokens', () => {
  it('refuses a token for another conversation with 403', async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    const response = await fetch(`${bot.base}/v3/directline/conversations/${theirs.conversationId}/activities`, { headers: auth(mine.token) });
    expect(response.status).toBe(403);
    expect((await postActivity(mine, { type: 'message', text: 'hej' }, theirs.conversationId)).status).toBe(403);
  });

  it('refuses missing, forged and expired tokens', async () => {
    const grant = await startConversation();
    const url = `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    expect((await fetch(url)).status).toBe(401);
    const [head, payload] = grant.token.split('.');
    const forged = `${head}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    expect((await fetch(url, { headers: auth(forged) })).status).toBe(403);
    expect((await fetch(url, { headers: auth('garbage') })).status).toBe(403);
    clock += 3601_000;
    const expired = await fetch(url, { headers: auth(grant.token) });
    expect(expired.status).toBe(403);
    expect(await expired.json()).toMatchObject({ error: { code: 'TokenExpired' } });
  });

  it('refresh gives a new token that outlives the old one', async () => {
    const grant = await startConversation();
    clock += 1800_000;
    const refreshed = await fetch(`${bot.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: auth(grant.token) });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as Grant;
    expect(body).toMatchObject({ conversationId: grant.conversationId, expires_in: 3600 });
    clock += 1900_000;
    expect((await fetch(`${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: auth(grant.token) })).status).toBe(403);
    expect((await fetch(`${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: auth(body.token) })).status).toBe(200);
  });
});

describe('malformed requests get a 4xx, never a 5xx', () => {
  const cases: Array<[string, unknown, number]> = [
    ['broken JSON', '{"type": "message", "text": ', 400],
    ['an array', '[]', 400],
    ['no type', { text: 'hej' }, 400],
    ['an unknown type', { type: 'invoke', text: 'hej' }, 400],
    ['a message without text or value', { type: 'message' }, 400],
    ['text that is not a string', { type: 'message', text: 42 }, 400],
    ['an event without a name', { type: 'event' }, 400],
    ['text longer than 4000 characters', { type: 'message', text: 'a'.repeat(4001) }, 400],
  ];
  it.each(cases)('%s', async (_name, body, status) => {
    const grant = await startConversation();
    const response = await postActivity(grant, body);
    expect(response.status).toBe(status);
  });

  it('refuses uploads, which Web Chat’s hidden upload button never sends', async () => {
    const grant = await startConversation();
    const response = await fetch(`${bot.base}/v3/directline/conversations/${grant.conversationId}/upload?userId=x`, { method: 'POST', headers: auth(grant.token), body: '{}' });
    expect(response.status).toBe(400);
  });
});

describe('CORS', () => {
  it('answers Web Chat’s preflight for an allowed origin and refuses others', async () => {
    const preflight = (origin: string, headers = 'authorization,content-type,x-ms-bot-agent') =>
      fetch(`${bot.base}/v3/directline/conversations/abc/activities`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
      });
    const allowed = await preflight('https://www.kiruna.se');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.kiruna.se');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-ms-bot-agent');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await preflight('https://evil.example')).status).toBe(403);
    expect((await preflight('https://www.kiruna.se', 'authorization,x-secret')).status).toBe(403);
  });

  it('marks real responses for the allowed origin only', async () => {
    const allowed = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST', headers: { Origin: 'https://www.kiruna.se' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.kiruna.se');
    const other = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('privacy', () => {
  it('“radera mina uppgifter” empties the transcript, keeping only the request and the confirmation', async () => {
    const grant = await startConversation();
    await postActivity(grant, { type: 'message', text: 'Vad gör polisen mot rattfylleri på E10?', channelData: { clientActivityID: 'q' } });
    // Read the store directly (not over HTTP), so nothing counts as delivered yet.
    const waitForStore = async (isDone: (page: Page) => boolean) => {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const page = (await bot.channel.store.listActivities(grant.conversationId, '')) as Page;
        if (isDone(page)) return page;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('store never got there');
    };
    await waitForStore((page) => botMessages(page.activities).length >= 2);
    const request = (await (await postActivity(grant, { type: 'message', text: 'radera mina uppgifter', channelData: { clientActivityID: 'erase' } })).json()) as { id: string };
    const after = await waitForStore((page) => page.activities.some((activity) => activity.from?.role === 'bot' && activity.replyToId === request.id));
    expect(after.activities.map((activity) => activity.text)).not.toContain('Vad gör polisen mot rattfylleri på E10?');
    expect(after.activities[0]).toMatchObject({ id: request.id, channelData: { clientActivityID: 'erase' } });
    expect(after.activities).toHaveLength(2);
  });

  it('keeps what the resident wrote only until their browser has it', async () => {
    const grant = await startConversation();
    await postActivity(grant, { type: 'message', text: 'Hej', channelData: { clientActivityID: 'h' } });
    const { watermarks } = await pollUntil(grant, (activities) => botMessages(activities).length >= 2);
    await readActivities(grant, watermarks.at(-1));
    const stored = await bot.channel.store.listActivities(grant.conversationId, '');
    expect(stored?.activities).toEqual([]);
  });

  it('forgets a conversation 24 hours after its last activity', async () => {
    let grant = await startConversation();
    const conversationUrl = () => `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    // Web Chat refreshes its token well before it expires; polling alone does not keep a conversation alive.
    const keepRefreshing = async (hours: number) => {
      for (let minutes = 0; minutes < hours * 60; minutes += 50) {
        clock += 50 * 60_000;
        const refreshed = await fetch(`${bot.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: auth(grant.token) });
        expect(refreshed.status).toBe(200);
        grant = { ...grant, token: ((await refreshed.json()) as Grant).token };
      }
    };
    await keepRefreshing(23);
    expect((await fetch(conversationUrl(), { headers: auth(grant.token) })).status).toBe(200);
    await keepRefreshing(1.5);
    expect((await fetch(conversationUrl(), { headers: auth(grant.token) })).status).toBe(404);
  });
});
