/**
 * The Azure Bot Service route: activities shaped as Azure's Facebook channel sends them (channelId 'facebook', no
 * locale, the Messenger event in channelData, a quick reply's TITLE as text) reach the real PromiseBot with the
 * Facebook middleware, and the replies fit Messenger.
 */
import { describe, expect, it } from '@jest/globals';
import type { Activity, CardAction } from 'botbuilder';
import { LANGS } from '../../../src/knowledge/schema.js';
import { createFacebookMiddleware } from '../../../src/channels/facebook/facebookMiddleware.js';
import { ChannelAdapter } from '../../../src/channels/channelAdapter.js';
import { convertMarkdown } from '../../../src/channels/facebook/formatForMessenger.js';
import { buttonsOf, kbAnswerOf, openConversation, textOf } from '../../bot/conversation.js';

const PAGE = '1110001110001';
const PSID = '24680135792468';

async function openFacebookConversation(channelId = 'facebook') {
  const c = await openConversation({ channelId });
  c.adapter.use(createFacebookMiddleware());
  return c;
}

const messenger = (message: Record<string, unknown>) => ({ sender: { id: PSID }, recipient: { id: PAGE }, timestamp: 1764500000000, message: { mid: 'm_1', ...message } });

function quickReplyTap(title: string, payload: string): Partial<Activity> {
  return { text: title, channelData: messenger({ text: title, quick_reply: { payload } }) };
}

function postback(title: string, payload: string): Partial<Activity> {
  return { text: payload, channelData: { sender: { id: PSID }, recipient: { id: PAGE }, timestamp: 1764500000000, postback: { mid: 'm_2', title, payload } } };
}

function expectMessengerShape(reply: Partial<Activity>, titleMax = 19): void {
  expect(reply.textFormat).toBe('plain');
  expect(textOf(reply).length).toBeLessThanOrEqual(2000);
  expect(textOf(reply)).not.toMatch(/\]\(https?:/);
  const actions = reply.suggestedActions?.actions ?? [];
  expect(actions.length).toBeLessThanOrEqual(13);
  for (const action of actions) expect(Array.from(String(action.title)).length).toBeLessThanOrEqual(titleMax);
}

describe('Azure Facebook channel', () => {
  it('answers a question with the knowledge entry, as plain text with the source as "section: url"', async () => {
    const c = await openFacebookConversation();
    const reply = await c.ask({ text: 'Söker polisen med hund på gymnasiet?', channelData: messenger({ text: 'Söker polisen med hund på gymnasiet?' }) });
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'drug-dog-school', lang: 'sv' });
    const entry = c.engine.knowledge.byId.get('drug-dog-school')!;
    expect(textOf(reply)).toContain(`${entry.source.section.sv}: ${entry.source.url}`);
    expectMessengerShape(reply);
  });

  it('resolves a quick-reply tap by its payload, although the text is the button title', async () => {
    const c = await openFacebookConversation();
    const reply = await c.ask(quickReplyTap('Trafik', 'kb:followup'));
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'followup', score: 1 });
  });

  it('resolves a language quick reply exactly', async () => {
    const c = await openFacebookConversation();
    const reply = await c.ask(quickReplyTap('Davvisámegiella', 'lang:se'));
    expect(textOf(reply)).toContain(c.t('se', 'language.changed'));
  });

  it.each([
    ['Kom igång', 'GET_STARTED'],
    ['Get Started', 'GET_STARTED'],
  ])('welcomes on the Get Started postback (title %j)', async (title, payload) => {
    const c = await openFacebookConversation();
    const reply = await c.ask(postback(title, payload));
    expect(textOf(reply)).toContain(convertMarkdown(c.t('sv', 'welcome.intro')));
    expect(buttonsOf(reply).slice(0, 3).map((b) => b.value)).toEqual(['lang:sv', 'lang:en', 'lang:se']);
    expectMessengerShape(reply);
  });

  it('resolves a persistent-menu postback exactly', async () => {
    const c = await openFacebookConversation();
    expect(kbAnswerOf(await c.ask(postback('Trafik', 'kb:traffic')))).toMatchObject({ id: 'traffic' });
  });

  it.each([
    ['Does the police search with dogs at the upper secondary school?', 'en'],
    ['Söker polisen med hund på gymnasiet?', 'sv'],
  ])('chooses the language from the words, as Facebook sends no locale: %s', async (question, lang) => {
    const c = await openFacebookConversation();
    const reply = await c.ask({ text: question, channelData: messenger({ text: question }) });
    expect(reply.locale ?? '').toMatch(new RegExp(`^${lang}`));
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'drug-dog-school', lang });
  });

  it.each(LANGS)('keeps every button list within 13 quick replies of at most 19 characters in %s', async (lang) => {
    const c = await openFacebookConversation();
    const replies = [
      await c.ask(quickReplyTap('x', `lang:${lang}`)),
      await c.ask(postback('x', 'cmd:topics')),
      await c.ask(postback('x', 'GET_STARTED')),
      await c.ask(postback('x', 'cmd:help')),
    ];
    for (const reply of replies) expectMessengerShape(reply);
    expect(replies[1]?.suggestedActions?.actions.length).toBeGreaterThan(3);
  });

  it('leaves other channels alone (Markdown stays for Web Chat)', async () => {
    const c = await openFacebookConversation('webchat');
    const reply = await c.ask('Söker polisen med hund på gymnasiet?');
    expect(reply.textFormat).toBe('markdown');
    expect(textOf(reply)).toMatch(/\]\(https:/);
  });
});

describe('the reply transformer on long replies and many buttons', () => {
  const sentence = (i: number) => `Mening ${i} handlar om vad polisen och kommunen lovar invånarna i Kiruna under åren 2024 till 2027.`;
  const longText = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ') + ' Läs mer: [Medborgarlöften](https://polisen.se/).';
  const buttons: CardAction[] = Array.from({ length: 20 }, (_, i) => ({ type: 'postBack', title: `Ett mycket långt ämne nummer ${i}`, value: `kb:topic-${i}` }));

  async function sendThroughFacebook(titleMax?: number): Promise<Partial<Activity>[]> {
    const delivered: Partial<Activity>[] = [];
    const adapter = new ChannelAdapter(async (context) => {
      await context.sendActivity({ type: 'message', text: longText, textFormat: 'markdown', suggestedActions: { to: [], actions: buttons }, entities: [{ type: 'kb-answer', id: 'x' }] });
    });
    adapter.use(createFacebookMiddleware(titleMax ? { titleMax } : {}));
    await adapter.processActivity(
      { type: 'message', channelId: 'facebook', text: 'x', from: { id: PSID, name: '' }, recipient: { id: PAGE, name: '' }, conversation: { id: `${PAGE}-${PSID}`, isGroup: false, conversationType: 'personal', name: '' } },
      async (activity) => {
        delivered.push(activity);
      },
    );
    return delivered;
  }

  it('splits at sentence boundaries under 2,000 characters, with quick replies on the last part only', async () => {
    const parts = await sendThroughFacebook();
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const part of parts) {
      expect(part.text!.length).toBeLessThan(2000);
      expect(part.text).toMatch(/^(Mening \d+ |Läs mer: )/);
      expect(part.text).toMatch(/\.$/);
    }
    expect(parts.slice(0, -1).every((part) => part.suggestedActions === undefined)).toBe(true);
    expect(parts.map((part) => part.text).join(' ')).toBe(longText.replace('[Medborgarlöften](https://polisen.se/)', 'Medborgarlöften: https://polisen.se/'));
  });

  it.each([
    [undefined, 19],
    [20, 20],
  ])('caps quick replies at 13 and shortens titles with … (title limit %s → %i)', async (titleMax, expectedMax) => {
    const parts = await sendThroughFacebook(titleMax);
    const actions = parts.at(-1)!.suggestedActions!.actions;
    expect(actions).toHaveLength(13);
    expect(actions.map((a) => a.value)).toEqual(buttons.slice(0, 13).map((b) => b.value));
    for (const action of actions) {
      expect(Array.from(action.title!).length).toBeLessThanOrEqual(expectedMax);
      expect(action.title).toMatch(/…$/);
    }
  });
});
