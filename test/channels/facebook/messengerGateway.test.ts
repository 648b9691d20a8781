/**
 * The self-hosted Messenger route end to end: Meta's webhook over real HTTP → the real bot → the Send API stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { LANGS } from '../../../src/knowledge/schema.js';
import { convertMarkdown } from '../../../src/channels/facebook/formatForMessenger.js';
import { computeSignature } from '../../../src/channels/facebook/verifySignature.js';
import { hashId } from '../../../src/channels/facebook/graphClient.js';
import {
  APP_SECRET, MUNICIPALITY_PAGE, POLICE_PAGE, VERIFY_TOKEN, createEvent, createWebhook, startMessenger, startNewResident, webhookOf,
} from './messengerHarness.js';
import type { RecordedRequest } from './graphApiStandIn.js';

let m: Awaited<ReturnType<typeof startMessenger>>;
let psid: string;
beforeAll(async () => {
  m = await startMessenger();
});
afterAll(() => m.stop());
beforeEach(() => {
  psid = startNewResident();
  m.graph.reset();
  m.logs.length = 0;
});

type SentMessage = { text: string; quick_replies?: { content_type: string; title: string; payload: string }[] };
const messageOf = (request: RecordedRequest | undefined) => request?.body.message as SentMessage;
const textsSent = () => m.graph.messages.map((r) => messageOf(r).text);
const payloadsOf = (request: RecordedRequest | undefined) => (messageOf(request).quick_replies ?? []).map((q) => q.payload);

describe('subscription handshake (GET /api/facebook)', () => {
  const verify = (query: string) => fetch(`${m.base}/api/facebook?${query}`);

  it('answers the challenge as plain text when the verify token is right', async () => {
    const response = await verify(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', `hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`],
    ['no token', `hub.mode=subscribe&hub.challenge=1`],
    ['another mode', `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`],
  ])('refuses %s with 403', async (_name, query) => {
    expect((await verify(query)).status).toBe(403);
  });
});

describe('signatures (POST /api/facebook)', () => {
  it('accepts a correctly signed body with 200', async () => {
    const response = await m.post(webhookOf({ text: 'Hej' }));
    expect(response.status).toBe(200);
    expect(m.graph.messages).toHaveLength(1);
  });

  it.each([
    ['a wrong signature', computeSignature('{}', APP_SECRET)],
    ['a signature made with another secret', undefined as string | undefined],
    ['no signature', null],
  ])('refuses %s with 403 and processes nothing', async (name, signature) => {
    const body = webhookOf({ text: 'Söker polisen med hund på gymnasiet?' });
    const raw = Buffer.from(JSON.stringify(body));
    const header = name.includes('another secret') ? computeSignature(raw, 'not-the-secret') : signature;
    const response = await m.post(raw, header);
    expect(response.status).toBe(403);
    expect(m.graph.requests).toEqual([]);
  });

  it('checks the raw bytes: the same JSON with other spacing has another signature', async () => {
    const body = webhookOf({ text: 'Hej' });
    const compact = Buffer.from(JSON.stringify(body));
    const spaced = Buffer.from(JSON.stringify(body, null, 2));
    expect((await m.post(spaced, computeSignature(compact, APP_SECRET))).status).toBe(403);
    expect((await m.post(spaced, computeSignature(spaced, APP_SECRET))).status).toBe(200);
  });

  it('checks non-ASCII text byte for byte (Meta escapes nothing: å, ä, ö, á, č, đ, ŋ, š, ŧ, ž)', async () => {
    const raw = Buffer.from(JSON.stringify(webhookOf({ text: 'Bures! Mii lea politiija lohpádus? åäö čđŋšŧž' })), 'utf8');
    expect((await m.post(raw)).status).toBe(200);
    expect(m.graph.messages).toHaveLength(1);
  });
});

describe('answers through the Send API', () => {
  it('answers a real question with the knowledge answer, typing indicator first, with the page token', async () => {
    const response = await m.post(webhookOf({ text: 'Söker polisen med hund på gymnasiet?' }));
    expect(response.status).toBe(200);
    const entry = m.engine.knowledge.byId.get('drug-dog-school')!;
    const [typing, answer, ...rest] = m.graph.requests;
    expect(typing?.body).toEqual({ recipient: { id: psid }, sender_action: 'typing_on' });
    expect(answer?.path).toBe('/me/messages');
    expect(answer?.query.get('access_token')).toBe('TOKEN-POLICE');
    expect(answer?.query.get('appsecret_proof')).toMatch(/^[0-9a-f]{64}$/);
    expect(answer?.body).toMatchObject({ recipient: { id: psid }, messaging_type: 'RESPONSE' });
    const text = messageOf(answer).text;
    expect(text.startsWith(convertMarkdown(entry.answer.sv))).toBe(true);
    // The source link is plain text: "section: url", no Markdown.
    expect(text).toContain(`${entry.source.section.sv}: ${entry.source.url}`);
    expect(text).not.toMatch(/\]\(/);
    expect(payloadsOf(answer)).toEqual(expect.arrayContaining(entry.related.slice(0, 1).map((id) => `kb:${id}`)));
    expect(rest).toEqual([]);
  });

  it('answers in English to an English question although Messenger sends no locale', async () => {
    await m.post(webhookOf({ text: 'Does the police search with dogs at the upper secondary school?' }));
    expect(textsSent()[0]?.startsWith(convertMarkdown(m.engine.knowledge.byId.get('drug-dog-school')!.answer.en))).toBe(true);
  });

  it('resolves a quick reply by its payload, not its title', async () => {
    // The title says "Trafik" but the payload names the follow-up entry: the payload wins.
    await m.post(webhookOf({ text: 'Trafik', quickReply: 'kb:followup' }));
    expect(textsSent()[0]?.startsWith(convertMarkdown(m.engine.knowledge.byId.get('followup')!.answer.sv))).toBe(true);
  });

  it.each([
    ['kb:traffic', 'Något helt annat', (t: Translate) => convertMarkdown(m.engine.knowledge.byId.get('traffic')!.answer.sv)],
    ['lang:en', 'Svenska', (t: Translate) => t('en', 'language.changed')],
    ['cmd:privacy', 'Hjälp', (t: Translate) => t('sv', 'privacy.text', { days: 30 })],
  ])('resolves the postback %s exactly (title %j ignored)', async (payload, title, expected) => {
    await m.post(webhookOf({ postback: payload, title }));
    expect(textsSent()[0]?.startsWith(expected(m.t))).toBe(true);
  });

  it('welcomes on the Get Started button (postback GET_STARTED)', async () => {
    await m.post(webhookOf({ postback: 'GET_STARTED', title: 'Kom igång' }));
    const [welcome] = m.graph.messages;
    expect(messageOf(welcome).text).toContain(m.t('sv', 'welcome.intro'));
    expect(payloadsOf(welcome).slice(0, 3)).toEqual(['lang:sv', 'lang:en', 'lang:se']);
  });

  it('ignores echoes, deliveries and reads: nothing is sent', async () => {
    const response = await m.post(webhookOf({ echo: 'Hej från sidan' }, { delivery: true }, { read: true }));
    expect(response.status).toBe(200);
    expect(m.graph.requests).toEqual([]);
  });

  it('answers a re-delivered message (same mid) once', async () => {
    const body = webhookOf({ text: 'Söker polisen med hund på gymnasiet?', mid: 'm_redelivered_1' });
    await m.post(body);
    await m.post(body);
    expect(m.graph.messages).toHaveLength(1);
    expect(m.graph.typingIndicators).toHaveLength(1);
  });

  it('handles batched entries and events, in order per resident', async () => {
    await m.post(
      createWebhook(
        { events: [createEvent({ text: 'Hej' }, 'PSID-A'), createEvent({ postback: 'kb:traffic' }, 'PSID-A')] },
        { events: [createEvent({ text: 'Hej' }, 'PSID-B'), createEvent({ echo: 'x' }, 'PSID-B')] },
      ),
    );
    const to = (psid: string) => m.graph.messages.filter((r) => (r.body.recipient as { id: string }).id === psid).map((r) => messageOf(r).text);
    expect(to('PSID-A')).toEqual([m.t('sv', 'smalltalk.greeting'), expect.stringContaining(convertMarkdown(m.engine.knowledge.byId.get('traffic')!.answer.sv))]);
    expect(to('PSID-B')).toEqual([m.t('sv', 'smalltalk.greeting')]);
  });

  it('replies on each page with that page’s own token', async () => {
    await m.post(
      createWebhook(
        { pageId: POLICE_PAGE, events: [createEvent({ text: 'Hej' }, 'PSID-P', POLICE_PAGE)] },
        { pageId: MUNICIPALITY_PAGE, events: [createEvent({ text: 'Hej' }, 'PSID-K', MUNICIPALITY_PAGE)] },
      ),
    );
    const tokenFor = (psid: string) => m.graph.messages.find((r) => (r.body.recipient as { id: string }).id === psid)?.query.get('access_token');
    expect(tokenFor('PSID-P')).toBe('TOKEN-POLICE');
    expect(tokenFor('PSID-K')).toBe('TOKEN-KOMMUN');
  });

  it('ignores events of a page it has no token for', async () => {
    await m.post(createWebhook({ pageId: '999', events: [createEvent({ text: 'Hej' }, 'PSID-X', '999')] }));
    expect(m.graph.requests).toEqual([]);
    expect(m.logs.some((l) => l.level === 'warn' && l.fields.page === '999')).toBe(true);
  });
});

describe('Graph API failures', () => {
  it.each([
    ['HTTP 500', { status: 500, code: 1 }],
    ['code 2', { status: 503, code: 2 }],
    ['rate limit 613', { status: 400, code: 613 }],
  ])('retries after %s and the resident still gets the answer once', async (_name, failure) => {
    m.graph.failNext(failure);
    await m.post(webhookOf({ text: 'Söker polisen med hund på gymnasiet?' }));
    expect(m.graph.messages).toHaveLength(2);
    expect(messageOf(m.graph.messages[0]).text).toBe(messageOf(m.graph.messages[1]).text);
  });

  it('does not retry a bad token (190) and logs no message text and no PSID', async () => {
    m.graph.failNext({ status: 400, code: 190, message: 'Error validating access token' });
    await m.post(webhookOf({ text: 'Söker polisen med hund på gymnasiet?' }));
    expect(m.graph.messages).toHaveLength(1);
    const errors = m.logs.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fields).toMatchObject({ code: 190, user: hashId(psid) });
    const logged = JSON.stringify(m.logs);
    expect(logged).not.toContain(psid);
    expect(logged).not.toContain('gymnasiet');
  });
});

describe('Messenger limits in every language', () => {
  it.each(LANGS)('the topic list in %s has at most 13 quick replies with titles of at most 20 characters', async (lang) => {
    await m.post(webhookOf({ postback: `lang:${lang}` }));
    await m.post(webhookOf({ postback: 'cmd:topics' }));
    await m.post(webhookOf({ postback: 'GET_STARTED' }));
    const sent = m.graph.messages.map(messageOf);
    expect(sent).toHaveLength(3);
    for (const message of sent) {
      expect(message.text.length).toBeLessThanOrEqual(2000);
      expect(message.quick_replies!.length).toBeGreaterThan(0);
      expect(message.quick_replies!.length).toBeLessThanOrEqual(13);
      for (const q of message.quick_replies!) {
        expect(q.content_type).toBe('text');
        expect(Array.from(q.title).length).toBeLessThanOrEqual(20);
        expect(q.payload).toMatch(/^(kb|lang|cmd):/);
      }
    }
    expect(sent[0]?.text).toContain(m.t(lang, 'language.changed'));
    expect(sent[2]?.text).toContain(m.t(lang, 'welcome.intro'));
  });
});

describe('off by default', () => {
  it('has no /api/facebook route when the gateway is not configured', async () => {
    const plain = await startMessenger({ withMessenger: false });
    try {
      expect((await fetch(`${plain.base}/api/facebook?hub.mode=subscribe`)).status).toBe(404);
      expect((await fetch(`${plain.base}/api/facebook`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});

type Translate = Awaited<ReturnType<typeof startMessenger>>['t'];
