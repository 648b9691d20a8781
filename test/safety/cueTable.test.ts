import { CueTable, type CueRule } from '../../src/safety/cueTable.js';
import { splitWords } from '../../src/safety/foldText.js';

interface Named extends CueRule {
  name: string;
}

const table = new CueTable<Named>(
  [
    { name: 'ending', cue: '*olycka pa|vid', gap: 1 },
    { name: 'stem', cue: 'misshandl* mig', gap: 1 },
    { name: 'unless', cue: 'slog mig', gap: 0, unless: ['i schack'] },
    { name: 'trailing', cue: 'are you a bot', gap: 0, trailing: new Set(['or', 'human']) },
  ],
  { gap: 3, wordCacheLimit: 100 },
);
const find = (text: string) => table.find(splitWords(text))?.name;

describe('CueTable', () => {
  it('matches the end of a compound with *ending, exactly', () => {
    expect(find('skoterolycka på sjön')).toBe('ending');
    expect(find('olycka vid skolan')).toBe('ending');
    expect(find('trafikolyckor på E10')).toBeUndefined();
  });

  it('matches a beginning with stem*, typos allowed, within the gap', () => {
    expect(find('han misshandlar mig')).toBe('stem');
    expect(find('han misshandlade nästan mig')).toBe('stem');
    expect(find('han misshandlade min granne och sen mig')).toBeUndefined();
  });

  it('skips a rule when an unless phrase is present, and allows only trailing words after the last slot', () => {
    expect(find('han slog mig')).toBe('unless');
    expect(find('han slog mig i schack')).toBeUndefined();
    expect(find('are you a bot or human')).toBe('trailing');
    expect(find('are you a bot fan')).toBeUndefined();
  });

  it('reads the words it is told are no typos only as they are spelt', () => {
    const rules = [{ name: 'shoot', cue: 'skjuta mig', gap: 0 }];
    const plain = new CueTable<Named>(rules, { gap: 3, wordCacheLimit: 100 });
    const strict = new CueTable<Named>(rules, { gap: 3, wordCacheLimit: 100, notTypos: new Set(['skjutsa']) });
    // "skjutsa" (give a lift) is a typo away from "skjuta".
    expect(plain.find(splitWords('kan du skjutsa mig'))?.name).toBe('shoot');
    expect(strict.find(splitWords('kan du skjutsa mig'))).toBeUndefined();
    // Other typos still match.
    expect(strict.find(splitWords('han ska skjuuta mig'))?.name).toBe('shoot');
  });

  it('reads an alternative joined with + as words in a row, and a space as a new slot', () => {
    const rules = [
      { name: 'phrase', cue: 'hoppade fran|ner+fran bron', gap: 2 },
      { name: 'spaced', cue: 'hoppade fran|ner fran bron', gap: 2 },
    ];
    const phrase = new CueTable<Named>(rules.slice(0, 1), { gap: 3, wordCacheLimit: 100 });
    const spaced = new CueTable<Named>(rules.slice(1), { gap: 3, wordCacheLimit: 100 });
    expect(phrase.find(splitWords('hon hoppade från bron'))?.name).toBe('phrase');
    expect(phrase.find(splitWords('hon hoppade ner från bron'))?.name).toBe('phrase');
    expect(phrase.find(splitWords('hoppade ner i vattnet vid bron'))).toBeUndefined();
    // The words of a phrase follow each other, whatever the rule's gap: "ner" and "från" with a word between are not
    // "ner från".
    const only = new CueTable<Named>([{ name: 'only', cue: 'hoppade ner+fran bron', gap: 2 }], { gap: 3, wordCacheLimit: 100 });
    expect(only.find(splitWords('hon hoppade ner från bron'))?.name).toBe('only');
    expect(only.find(splitWords('hon hoppade ner sen från bron'))).toBeUndefined();
    // Written with a space, "från" became a slot of its own after "från|ner": the plain case no longer matched.
    expect(spaced.find(splitWords('hon hoppade från bron'))).toBeUndefined();
  });

  it('refuses a cue with an empty alternative', () => {
    for (const cue of ['slog||slår mig', 'slog| mig', 'slog mig|', 'ner+ fran', 'ner++fran']) {
      expect(() => new CueTable<Named>([{ name: 'x', cue }], { gap: 3, wordCacheLimit: 100 })).toThrow(/empty alternative/);
    }
  });

  it('refuses a cue word or an unless phrase not written folded, which no message could ever match', () => {
    // Messages are folded before they are matched ("dö" is "do", "sms:et" is "sms et").
    for (const cue of ['planerar att dö', 'ruđaid', 'Slog mig', 'sms:et']) {
      expect(() => new CueTable<Named>([{ name: 'x', cue }], { gap: 3, wordCacheLimit: 100 })).toThrow(/not folded/);
    }
    for (const unless of ['tält', 'trumm*', 'sms:et']) {
      expect(() => new CueTable<Named>([{ name: 'x', cue: 'slog mig', unless: [unless] }], { gap: 3, wordCacheLimit: 100 })).toThrow(/not folded/);
    }
    // Beginnings and endings (`slag*`, `*olycka`) are folded words with a mark.
    expect(() => new CueTable<Named>([{ name: 'x', cue: 'slag* *olycka', unless: ['i talt'] }], { gap: 3, wordCacheLimit: 100 })).not.toThrow();
  });

  it('may leave out a slot written with ?', () => {
    const optional = new CueTable<Named>([{ name: 'bridge', cue: 'jump off ?the|a bridge', gap: 1 }], { gap: 3, wordCacheLimit: 100 });
    expect(optional.find(splitWords('she will jump off the bridge'))?.name).toBe('bridge');
    expect(optional.find(splitWords('she will jump off bridge'))?.name).toBe('bridge');
    expect(optional.find(splitWords('she will jump off'))).toBeUndefined();
    expect(() => new CueTable<Named>([{ name: 'x', cue: '?the|a' }], { gap: 3, wordCacheLimit: 100 })).toThrow(/no slot that must be there/);
  });
});
