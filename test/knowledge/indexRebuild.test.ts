/**
 * Rebuilding the index after an edit reuses what earlier builds analysed (src/knowledge/phraseLexicon.ts). What a
 * resident gets must not depend on that: the same knowledge answers the same whatever was built before it, and an
 * edited entry is found by its new words, not its old ones.
 */
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { lexiconFor } from '../../src/knowledge/phraseLexicon.js';
import { forgetWordsAndPieces, SearchIndex } from '../../src/knowledge/searchIndex.js';
import type { Entry } from '../../src/knowledge/schema.js';
import type { AnswerEngine, Knowledge } from '../../src/knowledge/types.js';
import { readGolden } from '../../src/cli/golden.js';
import { createSyntheticKnowledge } from '../../bench/lib/syntheticKnowledge.js';

let real: Knowledge;
beforeAll(async () => {
  real = await loadKnowledge('knowledge');
});

const golden = readGolden();
const questions = [
  ...golden.byLang.sv.map((c) => c.q),
  ...golden.byLang.en.map((c) => c.q),
  ...golden.byLang.se.map((c) => c.q),
  ...golden.offTopic.map((c) => c.q),
];

function answers(engine: AnswerEngine): string[] {
  return questions.map((q) => {
    const r = engine.ask(q);
    if (r.kind === 'answer') return `${r.lang} ${r.entry.id} ${r.score}`;
    if (r.kind === 'clarify') return `${r.lang} clarify ${r.candidates.map((c) => c.id).join(',')}`;
    return `${r.lang} none`;
  });
}

function withKnowledge(entries: Entry[]): Knowledge {
  return { ...real, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

describe('rebuilding the index', () => {
  test('the same knowledge gives the same answers, whatever other knowledge was indexed in between', async () => {
    const first = answers(createAnswerEngine(real));
    // A different base with many words the real one does not have, then the real one again.
    createAnswerEngine(createSyntheticKnowledge(real, 300));
    expect(answers(createAnswerEngine(real))).toEqual(first);
    // And the real base loaded again from its files (new entry objects with the same texts).
    const reloaded = await loadKnowledge('knowledge');
    expect(answers(createAnswerEngine(reloaded))).toEqual(first);
  });

  test('an edited entry is found by its new words, and no longer by the words taken out', () => {
    const question = 'Hur ofta besöker polisen skolorna med narkotikahund?';
    const before = createAnswerEngine(real).ask(question);
    expect(before.kind === 'answer' ? before.entry.id : before.kind).toBe('drug-dog-school');
    const edited = real.entries.map((e): Entry => {
      if (e.id !== 'drug-dog-school') return e;
      return {
        ...e,
        title: { ...e.title, sv: 'Renskötsel och snöskoter' },
        label: { ...e.label, sv: 'Renskötsel' },
        questions: { ...e.questions, sv: ['Vad gör ni för renskötseln vid snöskoterleden?'] },
        keywords: { ...e.keywords!, sv: ['renskötsel'] },
      };
    });
    const engine = createAnswerEngine(withKnowledge(edited));
    const now = engine.ask('Vad gör ni för renskötseln vid snöskoterleden?');
    expect(now.kind === 'answer' ? now.entry.id : now.kind).toBe('drug-dog-school');
    const old = engine.ask(question);
    expect(old.kind === 'answer' ? old.entry.id : old.kind).not.toBe('drug-dog-school');
  });

  test('after forgetting every analysed word (as the search benchmark does), a build answers as before', () => {
    const before = answers(createAnswerEngine(createSyntheticKnowledge(real, 300)));
    forgetWordsAndPieces();
    expect(lexiconFor('sv').phraseCount).toBe(0);
    expect(answers(createAnswerEngine(createSyntheticKnowledge(real, 300)))).toEqual(before);
  });

  test("listing each term's phrases (a small base's way to read fewer phrases) scores every question the same", () => {
    for (const entries of [real.entries, createSyntheticKnowledge(real, 300).entries]) {
      for (const lang of ['sv', 'en', 'se'] as const) {
        const listed = new SearchIndex(lang, entries, { listPhrases: true });
        const plain = new SearchIndex(lang, entries, { listPhrases: false });
        const withLists = questions.map((q) => listed.score(listed.analyzeQuery(q, lang), 8));
        // Most questions reach entries through their phrases, which is what the lists change.
        expect(withLists.filter((scored) => (scored[0]?.precision ?? 0) > 0).length).toBeGreaterThan(questions.length / 4);
        expect(withLists).toEqual(questions.map((q) => plain.score(plain.analyzeQuery(q, lang), 8)));
      }
    }
  });

  test('a long unknown word is matched by its beginning to the same known words whatever order the entries are in', () => {
    // Eight Sami words that share their first nine letters with it (no stem changes them), more than the five tried;
    // the question's word is too much longer than them to be a typo of one.
    const words = ['k', 'm', 'r', 'h', 'v', 'g', 'b', 'j'].map((last) => `boazodoal${last}`);
    const entries = words.map((word, i): Entry => {
      const entry = real.entries[i % real.entries.length]!;
      return { ...entry, id: `prefix-${i}`, keywords: { ...entry.keywords!, se: [word] } };
    });
    const matched = (list: Entry[]) => {
      const index = new SearchIndex('se', list);
      return index.lookupTerm('boazodoalxyzwq').map((m) => `${m.how} ${index.terms[m.term]}`).sort();
    };
    const forwards = matched(entries);
    expect(forwards.length).toBeGreaterThan(0);
    expect(forwards.every((m) => m.startsWith('prefix '))).toBe(true);
    expect(matched(entries.slice().reverse())).toEqual(forwards);
  });

  test('a language lexicon that grew far beyond what the knowledge uses is replaced after the next build', () => {
    createAnswerEngine(createSyntheticKnowledge(real, 2000));
    const grown = lexiconFor('sv');
    expect(grown.phraseCount).toBeGreaterThan(20_000);
    createAnswerEngine(real);
    const after = lexiconFor('sv');
    expect(after).not.toBe(grown);
    expect(after.phraseCount).toBe(0);
    // The next build starts the new lexicon with only what it uses.
    createAnswerEngine(real);
    expect(lexiconFor('sv').phraseCount).toBeLessThan(2_000);
  });
});
