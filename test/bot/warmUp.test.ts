import { warmUp, warmUpTexts } from '../../src/bot/warmUp.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';
import { loadRealParts } from '../support/realParts.js';

describe('the warm-up before the server listens', () => {
  it('asks every entry in all three languages with its question-like texts, not its answers', async () => {
    const { engine } = await loadRealParts();
    const texts = warmUpTexts(engine.knowledge.entries);
    for (const entry of engine.knowledge.entries) {
      expect(texts).toContainEqual({ text: entry.title.sv, locale: 'sv-SE' });
      expect(texts).toContainEqual({ text: entry.questions.en[0], locale: 'en-GB' });
      expect(texts).toContainEqual({ text: entry.questions.se.at(-1), locale: 'se-NO' });
      expect(texts.map(({ text }) => text)).not.toContain(entry.answer.sv);
    }
  });

  it('asks the real engine the knowledge\'s own texts, within the texts and time it is given', async () => {
    const { engine } = await loadRealParts();
    const asked: string[] = [];
    const watched: AnswerEngine = { ...engine, ask: (text, ctx) => (asked.push(text), engine.ask(text, ctx)) };
    const result = warmUp(watched, { budgetMs: 60_000, maxTexts: 30 });
    expect(result).toEqual({ texts: 30, ms: expect.any(Number) });
    const texts = warmUpTexts(engine.knowledge.entries).map(({ text }) => text);
    expect(asked).toEqual(texts.slice(0, 30));
    expect(warmUp(engine, { budgetMs: 0 })).toEqual({ texts: 0, ms: 0 });
  });

  it('stops at the first failing text and says why, instead of taking the start-up down', async () => {
    const { engine } = await loadRealParts();
    let calls = 0;
    const failing: AnswerEngine = {
      ...engine,
      ask: (text, ctx) => {
        if (++calls === 3) throw new Error('index broken');
        return engine.ask(text, ctx);
      },
    };
    const result = warmUp(failing, { budgetMs: 60_000, maxTexts: 50 });
    expect(result.error?.message).toBe('index broken');
    expect(result.texts).toBe(2);
  });
});
