// Questions about helplines and reporting are routed like emergencies (nothing stored), and also get the knowledge
// answer with its source; reports of danger get only the short safety reply.
import { isInformationQuestion } from '../../src/safety/isInformationQuestion.js';
import { kbAnswerOf, openConversation, textOf } from './conversation.js';

/** What botbuilder's MemoryStorage holds (its private `memory`): nothing may be kept of a message routed to safety. */
function storedKeys(storage: unknown): string[] {
  return Object.keys((storage as { memory?: Record<string, unknown> }).memory ?? {});
}

describe('safety replies for information questions', () => {
  test.each([
    ['Hur anmäler jag ett brott?', 'sv'],
    ['How do I report a crime?', 'en'],
  ])('"%s" gets the report-crime answer alone, with polisen.se and 114 14', async (q, lang) => {
    const { say, safetyTurns, storage } = await openConversation();
    const replies = await say(q);
    expect(replies).toHaveLength(1);
    expect(kbAnswerOf(replies[0]!)).toMatchObject({ id: 'report-crime', lang });
    expect(textOf(replies[0]!)).toMatch(/polisen\.se/);
    expect(textOf(replies[0]!)).toMatch(/114 14/);
    expect(safetyTurns.at(-1)).toBe(true);
    expect(storedKeys(storage)).toHaveLength(0);
  });

  test('a helpline question gets the safety line first, then the helpline answer with its source', async () => {
    const { say } = await openConversation();
    const replies = await say('Is there a helpline for suicidal thoughts?');
    expect(replies).toHaveLength(2);
    expect(textOf(replies[0]!)).toMatch(/112/);
    expect(kbAnswerOf(replies[0]!)).toBeUndefined();
    expect(kbAnswerOf(replies[1]!)).toMatchObject({ id: 'suicide-help', lang: 'en' });
    expect(textOf(replies[1]!)).toMatch(/90101/);
  });

  test.each([
    ['If the police get tips about someone selling drugs, do they actually do anything targeted about it?', 'en'],
    ['Alla vet ju vem som langar i området, men händer det nåt om polisen får tips?', 'sv'],
  ])('a question about the police\'s work that mentions a crime, "%s", gets the reporting reply, then the answer to it', async (q, lang) => {
    const { say, safetyTurns, storage } = await openConversation();
    const replies = await say(q);
    expect(replies).toHaveLength(2);
    expect(textOf(replies[0]!)).toMatch(/114 14/);
    expect(kbAnswerOf(replies[0]!)).toBeUndefined();
    expect(kbAnswerOf(replies[1]!)).toMatchObject({ id: 'drug-intelligence', lang });
    // Still routed as a report: nothing of the message is kept.
    expect(safetyTurns.at(-1)).toBe(true);
    expect(storedKeys(storage)).toHaveLength(0);
  });

  test.each(['min pojkvän slår mig', 'Jag vill anmäla att min cykel blivit stulen', 'Hjälp, någon slår mig just nu'])(
    'a report of danger or a crime, "%s", gets one short safety reply without a knowledge entity',
    async (q) => {
      const { say } = await openConversation();
      const replies = await say(q);
      expect(replies).toHaveLength(1);
      expect(kbAnswerOf(replies[0]!)).toBeUndefined();
      expect(textOf(replies[0]!)).toMatch(/112|114 14/);
    },
  );
});

describe('isInformationQuestion', () => {
  test.each([
    ['Hur anmäler jag ett brott?', true],
    ['vilket nummer har kvinnofridslinjen', true],
    ['Is there a helpline', true],
    ['Gosa sáhtán riŋget', true],
    ['min pojkvän slår mig', false],
    ['I want to kill myself', false],
    ['Jag vill anmäla ett brott', false],
  ])('%s → %s', (text, expected) => expect(isInformationQuestion(text)).toBe(expected));
});
