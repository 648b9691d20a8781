import { warmUp, warmUpTexts } from '../../src/bot/warmUp.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';
import { loadRealParts } from '../support/realParts.js';

describe('the warm-up before the server listens', () => {
  it('asks every entry in all three languages, the questions before the long answers', async () => {
    const { engine } = await loadRealParts();
    const texts = warmUpTexts(engine.knowledge.entries);
    for (const entry of engine.knowledge.entries) {
      expect(texts).toContainEqual({ text: entry.title.sv, locale: 'sv-SE' });
      expect(texts).toContainEqual({ text: entry.questions.en[0], locale: 'en-GB' });
      expect(texts).toContainEqual({ text: entry.answer.se, locale: 'se-NO' });
    }
    const firstAnswer = texts.findIndex(({ text }) => engine.knowledge.entries.some((entry) => entry.answer.sv === text));
    const lastQuestion = texts.findLastIndex(({ text }) => engine.knowledge.entries.some((entry) => entry.questions.sv.includes(text)));
    expect(lastQuestion).toBeLessThan(firstAnswer);
  });

  it('runs whole turns of the real bot, within the turns and time it is given', async () => {
    const { engine, t } = await loadRealParts();
    const asked: string[] = [];
    // The real engine, watched: the turns reach the search for the knowledge's own texts.
    const watched: AnswerEngine = { ...engine, ask: (text, ctx) => (asked.push(text), engine.ask(text, ctx)) };
    const result = await warmUp(() => watched, t, { budgetMs: 60_000, maxTurns: 30 });
    expect(result.turns).toBe(30);
    expect(result.error).toBeUndefined();
    const texts = new Set(warmUpTexts(engine.knowledge.entries).map(({ text }) => text));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.every((text) => texts.has(text))).toBe(true);
    expect(await warmUp(() => engine, t, { budgetMs: 0 })).toEqual({ turns: 0, ms: 0 });
  });

  it('stops at the first failing turn and says why, instead of taking the start-up down', async () => {
    const { engine, t } = await loadRealParts();
    let calls = 0;
    const failing: AnswerEngine = {
      ...engine,
      ask: (text, ctx) => {
        calls++;
        if (calls === 3) throw new Error('index broken');
        return engine.ask(text, ctx);
      },
    };
    const result = await warmUp(() => failing, t, { budgetMs: 60_000, maxTurns: 50 });
    expect(result.error?.message).toBe('index broken');
    expect(result.turns).toBeLessThan(50);
  });
});
