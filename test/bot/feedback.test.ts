import { readFile } from 'node:fs/promises';
import type { Lang } from '../../src/knowledge/schema.js';
import { detectSuggestionRequest, isCancel } from '../../src/bot/detectStaffCues.js';
import { SUGGESTION_WINDOW_MS } from '../../src/bot/PromiseBot.js';
import { buttonsOf, kbAnswerOf, textOf } from './conversation.js';
import { openStaffConversation } from '../staff/staffConversation.js';

const readStored = async (file: string) => {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
};

describe('was this helpful? 👍 👎', () => {
  it('every answer asks, keeps its related topics (at most 4) and adds two feedback buttons last', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('Vilka är de prioriterade områdena?');
    expect(textOf(reply)).toContain(c.t('sv', 'feedback.question'));
    const values = buttonsOf(reply).map((b) => b.value);
    expect(values.slice(-2)).toEqual(['fb:up:priorities', 'fb:down:priorities']);
    const related = values.filter((v) => v.startsWith('kb:'));
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(4);
    expect(values.length).toBeLessThanOrEqual(13);
  });

  it('counts per entry with no user identity, once per conversation, and thanks briefly', async () => {
    const c = await openStaffConversation();
    expect(textOf(await c.ask('fb:up:priorities'))).toBe(c.t('sv', 'feedback.thanks'));
    await c.ask('fb:up:priorities');
    const down = await c.ask({ text: 'fb:down:traffic', locale: 'en-GB' });
    expect(textOf(down)).toBe(c.t('en', 'feedback.thanksDown'));
    expect(buttonsOf(down)).toEqual([{ title: c.t('en', 'feedback.suggestButton'), value: 'cmd:suggest' }]);
    expect(kbAnswerOf(down)).toBeUndefined();

    const other = await openStaffConversation({ store: c.store });
    await other.ask('fb:up:priorities');
    expect((await c.store.readReport()).feedback).toEqual({ priorities: { up: 2, down: 0 }, traffic: { up: 0, down: 1 } });

    await c.store.flush();
    const file = await readStored(c.file);
    expect(JSON.parse(file).feedback).toEqual({ priorities: { up: 2, down: 0 }, traffic: { up: 0, down: 1 } });
    // Nothing that could point at a resident: no user, conversation or channel ids.
    expect(file).not.toMatch(/user1|conversation-\d|"test"|userId|conversationId|channelId/);
  });

  it('an unknown entry in a feedback payload is not counted', async () => {
    const c = await openStaffConversation();
    await c.ask('fb:up:no-such-entry');
    expect((await c.store.readReport()).feedback).toEqual({});
  });
});

describe('questions the bot could not answer', () => {
  it('are kept redacted and counted, with no identity', async () => {
    const c = await openStaffConversation();
    await c.ask('Vad blir vädret i morgon? Ring mig på 070-123 45 67');
    await c.ask('vad blir vädret i morgon? ring mig på 070 1234567');
    await c.ask('Vilka är de prioriterade områdena?');
    const { unanswered } = await c.store.readReport();
    expect(unanswered).toEqual([
      expect.objectContaining({ text: 'Vad blir vädret i morgon? Ring mig på [borttaget]', lang: 'sv', count: 2 }),
    ]);
    await c.store.flush();
    const file = await readStored(c.file);
    // No part of the phone number. The entries' random ids (UUIDs such as "…-4070-…") may hold "070-" by chance, so
    // they are taken out before looking for the number's beginning.
    const withoutIds = file.replace(/"id": *"[0-9a-f-]{36}"/g, '"id": ""');
    expect(withoutIds).not.toMatch(/123 ?45 ?67|1234567/);
    expect(withoutIds).not.toContain('070');
    expect(withoutIds).not.toContain('prioriterade');
  });

  it.each<[string, Lang]>([
    ['Hjälp, någon slår mig just nu', 'sv'],
    ['I want to kill myself', 'en'],
    ['Mun háliidan váidit', 'se'],
  ])('a safety message %j is never kept (%s)', async (text) => {
    const c = await openStaffConversation();
    await c.ask(text);
    expect((await c.store.readReport()).unanswered).toEqual([]);
  });

  it('are not kept when UNANSWERED_LOG=false', async () => {
    const c = await openStaffConversation({ logUnanswered: false });
    await c.ask('Vad blir vädret i morgon?');
    expect((await c.store.readReport()).unanswered).toEqual([]);
  });
});

describe('suggestion cue words (pure)', () => {
  it.each<[string, Lang | undefined]>([
    ['jag vill lämna en synpunkt', 'sv'],
    ['Jag har ett förslag', 'sv'],
    ['synpunkter', 'sv'],
    ['I want to leave a suggestion', 'en'],
    ['feedback', 'en'],
    ['How do I leave feedback?', 'en'],
    ['Mun háliidan addit evttohusa', 'se'],
    ['Mus lea evttohus', 'se'],
    ['Jag vill klaga', 'sv'],
    ['Kan jag tycka till?', 'sv'],
    ['suggest', 'en'],
    ['I would like to suggest something', 'en'],
    ['I have a suggestion', 'en'],
    ['Vilka förslag finns i löftena?', undefined],
    ['Kan polisen klara det?', undefined],
    ['Vad är ett medborgarlöfte?', undefined],
  ])('%j → %s', (text, lang) => {
    expect(detectSuggestionRequest(text)).toBe(lang);
  });

  it.each<[string, boolean]>([['avbryt', true], ['Cancel', true], ['gaskkalduhte', true], ['nej, polisen borde synas mer', false]])('cancel %j → %s', (text, expected) => {
    expect(isCancel(text)).toBe(expected);
  });
});

describe('leaving a suggestion', () => {
  it.each<[string, Lang, string]>([
    ['jag vill lämna en synpunkt', 'sv', 'Polisen borde synas mer vid skolan. Mejla mig: anna@example.com'],
    ['I want to leave a suggestion', 'en', 'More traffic checks near the school please, call 070-123 45 67'],
    ['Mun háliidan addit evttohusa', 'se', 'Eambbo dieđut sámegillii, mu nummir lea 19900101-1234'],
  ])('%j → asked for it, reminded of personal details, stored redacted and anonymous with a date, thanked (%s)', async (request, lang, suggestion) => {
    const c = await openStaffConversation({ now: () => new Date('2026-02-03T10:00:00Z') });
    const prompt = await c.ask(request);
    expect(textOf(prompt)).toBe(c.t(lang, 'suggestion.prompt', { days: 30 }));
    expect(textOf(prompt)).toMatch(/\b30\b/);
    expect(textOf(await c.ask(suggestion))).toBe(c.t(lang, 'suggestion.thanks'));
    const { suggestions } = await c.store.readReport();
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ lang, date: '2026-02-03' });
    expect(suggestions[0]!.text).toContain('[borttaget]');
    expect(suggestions[0]!.text).not.toMatch(/anna@|070-123|19900101/);
    // The step lasts one message: the next one is a question again.
    expect(kbAnswerOf(await c.ask('Vilka är de prioriterade områdena?'))).toMatchObject({ id: 'priorities' });
    expect((await c.store.readReport()).suggestions).toHaveLength(1);
  });

  it.each<[string, string, Lang]>([
    ['jag vill lämna en synpunkt', 'min man slår mig', 'sv'],
    ['I want to leave a suggestion', 'I want to kill myself', 'en'],
    ['Mun háliidan addit evttohusa', 'Son áitá mu', 'se'],
  ])('a safety message at the suggestion step goes to safety first and is not stored (%s)', async (request, danger, lang) => {
    const c = await openStaffConversation();
    await c.ask(request);
    const reply = await c.ask(danger);
    expect(textOf(reply)).toContain('112');
    expect(textOf(reply)).not.toContain(c.t(lang, 'suggestion.thanks'));
    expect((await c.store.readReport()).suggestions).toEqual([]);
    // And the step is over.
    await c.ask('Vad blir vädret i morgon?');
    expect((await c.store.readReport()).suggestions).toEqual([]);
  });

  it('can be cancelled, and the 👎 button leads to it', async () => {
    const c = await openStaffConversation();
    await c.ask('cmd:suggest');
    expect(textOf(await c.ask('avbryt'))).toBe(c.t('sv', 'suggestion.cancelled'));
    expect((await c.store.readReport()).suggestions).toEqual([]);
  });

  it('expires after 10 minutes', async () => {
    let now = new Date('2026-02-03T10:00:00Z');
    const c = await openStaffConversation({ now: () => now });
    await c.ask('jag vill lämna en synpunkt');
    now = new Date(now.getTime() + SUGGESTION_WINDOW_MS + 1000);
    expect(kbAnswerOf(await c.ask('Vilka är de prioriterade områdena?'))).toMatchObject({ id: 'priorities' });
    expect((await c.store.readReport()).suggestions).toEqual([]);
  });
});

describe('delete my data covers what a resident left for staff', () => {
  it('removes exactly this conversation’s suggestions and unanswered questions', async () => {
    const c = await openStaffConversation();
    const other = await openStaffConversation({ store: c.store });
    await other.ask('Vad blir vädret i morgon?');
    await other.ask('jag vill lämna en synpunkt');
    await other.ask('Fler poliser på stan');

    await c.ask('Vad blir vädret i morgon?');
    await c.ask('Var kan jag köpa skidor?');
    await c.ask('jag vill lämna en synpunkt');
    await c.ask('Bättre belysning vid busshållplatsen');
    await c.ask('fb:up:priorities');
    let report = await c.store.readReport();
    expect(report.unanswered.map((u) => [u.text, u.count])).toEqual([['Vad blir vädret i morgon?', 2], ['Var kan jag köpa skidor?', 1]]);
    expect(report.suggestions.map((s) => s.text)).toEqual(['Fler poliser på stan', 'Bättre belysning vid busshållplatsen']);

    expect(textOf(await c.ask('radera mina uppgifter'))).toBe(c.t('sv', 'privacy.deleted'));
    report = await c.store.readReport();
    // The other resident's items stay; a question both asked only loses this conversation's count.
    expect(report.unanswered.map((u) => [u.text, u.count])).toEqual([['Vad blir vädret i morgon?', 1]]);
    expect(report.suggestions.map((s) => s.text)).toEqual(['Fler poliser på stan']);
    // Anonymous counts stay: they cannot be traced to anyone.
    expect(report.feedback).toEqual({ priorities: { up: 1, down: 0 } });
    const file = await readStored(c.file);
    expect(file).not.toContain('skidor');
    expect(file).not.toContain('belysning');
  });

  it('still finds them after the conversation’s bot state was forgotten (STATE_TTL_HOURS), as long as they are kept', async () => {
    const c = await openStaffConversation();
    await c.ask('Var kan jag köpa skidor?');
    await c.ask('jag vill lämna en synpunkt');
    await c.ask('Bättre belysning vid busshållplatsen');
    const other = await openStaffConversation({ store: c.store });
    await other.ask('Var kan jag köpa skidor?');
    // A day later: the same conversation (a resident's Messenger thread keeps its id), but its bot state is gone.
    const later = await openStaffConversation({ store: c.store, conversationId: c.conversationId });
    expect(await later.storage.read([`test/conversations/${c.conversationId}/`])).toEqual({});
    expect(textOf(await later.ask('delete my data'))).toBe(c.t('en', 'privacy.deleted'));
    const report = await c.store.readReport();
    expect(report.unanswered.map((u) => [u.text, u.count])).toEqual([['Var kan jag köpa skidor?', 1]]);
    expect(report.suggestions).toEqual([]);
    expect(await readStored(c.file)).not.toContain('belysning');
  });

  it('the privacy text says what is kept and for how long', async () => {
    const c = await openStaffConversation();
    for (const [word, lang] of [['integritet', 'sv'], ['privacy', 'en'], ['priváhtavuohta', 'se']] as const) {
      const text = textOf(await c.ask(word));
      expect(text).toBe(c.t(lang, 'privacy.text', { days: 30 }));
      expect(text).toContain('30');
    }
  });
});
