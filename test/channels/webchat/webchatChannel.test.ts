/**
 * The rest of the website chat over HTTP: the Azure token route against a stand-in Direct Line token server on
 * loopback, the page and its security headers, the compressed and versioned assets, the embed script and the
 * accessibility statement; plus the conversation store's bounds.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { MemoryConversationStore } from '../../../src/channels/webchat/conversationStore.js';
import { startWebchatServer, type RunningWebchat } from './startWebchatServer.js';

/** fetch() decompresses on its own; this shows the bytes as they travel. */
function getRaw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

interface Recorded { path: string; authorization?: string; body: any }

/** Speaks the Direct Line token API: POST /v3/directline/tokens/generate with the secret as Bearer. */
async function startTokenServer(status = 200): Promise<{ domain: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      if (status !== 200) {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'secret' } }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'AzureConv-eu', token: 'azure.token.value', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { domain: `http://127.0.0.1:${port}/v3/directline`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the Azure route (DIRECT_LINE_SECRET set)', () => {
  it('swaps the secret for a Direct Line token and points the page at Azure’s Direct Line', async () => {
    const azure = await startTokenServer();
    const bot = await startWebchatServer({ azure: { secret: 'the-direct-line-secret', domain: azure.domain } });
    try {
      const response = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST' });
      expect(response.status).toBe(200);
      const grant = (await response.json()) as Record<string, unknown>;
      expect(grant).toMatchObject({ token: 'azure.token.value', conversationId: 'AzureConv-eu', expires_in: 3600 });
      expect(JSON.stringify(grant)).not.toContain('the-direct-line-secret');
      expect(azure.requests).toHaveLength(1);
      expect(azure.requests[0]).toMatchObject({ path: '/v3/directline/tokens/generate', authorization: 'Bearer the-direct-line-secret' });
      expect(azure.requests[0]?.body.user.id).toMatch(/^dl_[0-9a-f-]{36}$/);
      expect(grant.userId).toBe(azure.requests[0]?.body.user.id);

      const page = await fetch(`${bot.base}/`);
      const html = await page.text();
      expect(html).toContain(JSON.stringify(azure.domain).slice(1, -1));
      expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(azure.domain).origin}`);
      // The self-hosted endpoint is off: Azure holds the conversations.
      expect((await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    } finally {
      await bot.close();
      await azure.close();
    }
  });

  it('answers 502 without details when Azure refuses the secret', async () => {
    const azure = await startTokenServer(403);
    const bot = await startWebchatServer({ azure: { secret: 'wrong', domain: azure.domain } });
    try {
      const response = await fetch(`${bot.base}/api/webchat/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain('wrong');
    } finally {
      await bot.close();
      await azure.close();
    }
  });
});

describe('the page, its assets and the embed script', () => {
  let bot: RunningWebchat;
  beforeAll(async () => {
    bot = await startWebchatServer({ frameAncestors: "'self' https://www.kiruna.se" });
  });
  afterAll(() => bot.close());

  it.each([
    ['', 'sv', 'Fråga om medborgarlöftena'],
    ['?lang=en', 'en', 'Ask about the citizen promises'],
    ['?lang=se', 'se', 'Gažaldagat lohpádusaid birra'],
    ['?lang=sme', 'se', 'Gažaldagat lohpádusaid birra'],
    ['?lang=xx', 'sv', 'Fråga om medborgarlöftena'],
  ])('GET /%s is in %s', async (query, lang, title) => {
    const response = await fetch(`${bot.base}/${query}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`/accessibility?lang=${lang}`);
  });

  it('sends a CSP whose nonce matches the page’s scripts, and loads nothing from elsewhere', async () => {
    const first = await fetch(`${bot.base}/`);
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await first.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    for (const attributes of scripts.filter((a) => a.includes('src='))) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const directive of ["script-src 'self' 'nonce-", "'unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "connect-src 'self';", "frame-ancestors 'self' https://www.kiruna.se", "object-src 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(directive);
    }
    const second = await fetch(`${bot.base}/`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the Web Chat bundle compressed, versioned and immutable', async () => {
    const html = await (await fetch(`${bot.base}/`)).text();
    const url = /src="(\/webchat\/webchat-minimal\.js\?v=[0-9a-f]{12})"/.exec(html)?.[1];
    expect(url).toBeTruthy();
    const raw = readFileSync('node_modules/botframework-webchat/dist/webchat-minimal.js');
    const gzip = await getRaw(`${bot.base}${url}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gzip.body).equals(raw)).toBe(true);
    expect(gzip.body.length).toBeLessThan(raw.length / 3);
    // Brotli is made in the background at start-up (or by npm run build:webchat); wait for it like a later visitor.
    let brotli = await getRaw(`${bot.base}${url}`, { 'Accept-Encoding': 'br, gzip' });
    for (let attempt = 0; attempt < 100 && brotli.headers['content-encoding'] !== 'br'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      brotli = await getRaw(`${bot.base}${url}`, { 'Accept-Encoding': 'br, gzip' });
    }
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(raw)).toBe(true);
    expect((await getRaw(`${bot.base}${url}`, { 'If-None-Match': String(gzip.headers.etag) })).status).toBe(304);
    const unversioned = await fetch(`${bot.base}/webchat/webchat-minimal.js`);
    expect(unversioned.headers.get('cache-control')).not.toContain('immutable');
  });

  it('embed.js is a few kilobytes, loadable from kiruna.se, with the launcher texts of all three languages', async () => {
    const response = await fetch(`${bot.base}/embed.js`, { headers: { 'Accept-Encoding': 'identity' } });
    const source = await response.text();
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Buffer.byteLength(source)).toBeLessThan(8 * 1024);
    for (const label of ['Fråga om medborgarlöftena', 'Ask about the citizen promises', 'Gažaldagat lohpádusaid birra']) expect(source).toContain(label);
    expect(source).not.toContain('__TEXTS__');
  });

  it.each([
    ['sv', 'Tillgänglighetsredogörelse', 'delvis förenlig', 'Myndigheten för digital förvaltning'],
    ['en', 'Accessibility statement', 'partially compliant', 'Myndigheten för digital förvaltning'],
    ['se', 'Tillgänglighetsredogörelse', 'álgoteaksta', 'Myndigheten för digital förvaltning'],
  ])('the accessibility statement in %s has status, gaps, feedback, enforcement and testing', async (lang, title, status, digg) => {
    const response = await fetch(`${bot.base}/accessibility?lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(title);
    expect(html).toContain(status);
    expect(html).toContain(digg);
    expect(html).toContain('2018:1937');
    expect(html).toContain('<a href="mailto:kommun@kiruna.se">kommun@kiruna.se</a>');
    expect(html).toContain('WCAG 2.1');
    expect(html).toContain('axe-core');
    expect(html).toContain('2026-11-30');
    expect(html).not.toMatch(/\d{2,3}-\d{2,3} ?\d{2} ?\d{2}/);
  });
});

describe('the in-memory conversation store', () => {
  it('holds at most maxConversations, dropping the least recently active first', async () => {
    let now = 0;
    const store = new MemoryConversationStore({ ttlMs: 1000, maxConversations: 2, maxActivitiesPerConversation: 3, now: () => now });
    await store.createConversation({ id: 'a', userId: 'u1' });
    await store.createConversation({ id: 'b', userId: 'u2' });
    now = 10;
    await store.appendActivity('a', { type: 'message', text: '1' });
    await store.createConversation({ id: 'c', userId: 'u3' });
    expect(await store.getConversation('b')).toBeUndefined();
    expect(await store.getConversation('a')).toBeDefined();
    for (const text of ['2', '3', '4']) await store.appendActivity('a', { type: 'message', text });
    const page = await store.listActivities('a', '');
    expect(page?.activities.map((activity) => activity.text)).toEqual(['2', '3', '4']);
    expect(page?.watermark).toBe('4');
    now = 1010;
    expect(await store.getConversation('a')).toBeUndefined();
    expect(await store.countConversations()).toBe(0);
  });
});
