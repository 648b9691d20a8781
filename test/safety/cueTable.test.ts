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
});
