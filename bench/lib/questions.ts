/**
 * The question mix for the benchmarks: the golden questions of all three languages and the off-topic ones
 * (test/golden/), plus a little small talk, as residents would write them.
 */
import { readGolden } from '../../src/cli/golden.js';
import type { Lang } from '../../src/knowledge/schema.js';

export interface BenchQuestion {
  text: string;
  lang: Lang;
  kind: 'golden' | 'offtopic' | 'smalltalk';
  /** The entry id the golden table expects, when there is one. */
  expected?: string;
}

const SMALL_TALK: Array<[Lang, string]> = [
  ['sv', 'Hej'], ['sv', 'Tack så mycket!'], ['sv', 'Är du en robot?'], ['sv', 'Vad kan du?'],
  ['en', 'Hello'], ['en', 'Thanks a lot'], ['en', 'Are you a bot?'], ['en', 'What can I ask about?'],
  ['se', 'Bures'], ['se', 'Giitu'], ['se', 'Leat go don robohtta?'], ['se', 'Maid don mahtat?'],
];

/** Every question once, in file order (golden sv, en, se, then off-topic, then small talk). */
export function readBenchQuestions(dir = 'test/golden'): BenchQuestion[] {
  const golden = readGolden(dir);
  return [
    ...(['sv', 'en', 'se'] as const).flatMap((lang) =>
      golden.byLang[lang].map((c): BenchQuestion => ({ text: c.q, lang, kind: 'golden', expected: c.id }))),
    ...golden.offTopic.map((c): BenchQuestion => ({ text: c.q, lang: c.lang, kind: 'offtopic' })),
    ...SMALL_TALK.map(([lang, text]): BenchQuestion => ({ text, lang, kind: 'smalltalk' })),
  ];
}
