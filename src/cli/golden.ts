/** Reads the golden tables in test/golden/ (question → expected entry id, and off-topic questions). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LANGS, type Lang } from '../knowledge/schema.js';
import type { AnswerEngine } from '../knowledge/types.js';

export interface GoldenCase { q: string; id: string }
export interface OffTopicCase { q: string; lang: Lang }

/**
 * Held-out sets written later in the same way, in looser phrasings (see test/golden/README.md), in the order they were
 * written: `npm run eval` prints each, the golden test holds each to its floor, and the safety classifier learns from
 * the first five as ordinary messages (the test checks that it raises no false alarm on the others, which it never saw).
 */
export interface ResidentSet {
  name: string;
  dir: string;
  learntBySafetyModel: boolean;
}
export const RESIDENT_SETS: readonly ResidentSet[] = [
  { name: 'second', dir: 'test/golden/residents', learntBySafetyModel: true },
  { name: 'third', dir: 'test/golden/residents2', learntBySafetyModel: true },
  { name: 'fourth', dir: 'test/golden/residents3', learntBySafetyModel: true },
  { name: 'fifth', dir: 'test/golden/residents4', learntBySafetyModel: true },
  { name: 'sixth', dir: 'test/golden/residents5', learntBySafetyModel: true },
  { name: 'seventh', dir: 'test/golden/residents6', learntBySafetyModel: false },
  { name: 'eighth', dir: 'test/golden/residents7', learntBySafetyModel: false },
  { name: 'ninth', dir: 'test/golden/residents8', learntBySafetyModel: false },
  { name: 'tenth', dir: 'test/golden/residents9', learntBySafetyModel: false },
  { name: 'eleventh', dir: 'test/golden/residents10', learntBySafetyModel: false },
  { name: 'twelfth', dir: 'test/golden/residents11', learntBySafetyModel: false },
  { name: 'thirteenth', dir: 'test/golden/residents12', learntBySafetyModel: false },
  { name: 'fourteenth', dir: 'test/golden/residents13', learntBySafetyModel: false },
  { name: 'fifteenth', dir: 'test/golden/residents14', learntBySafetyModel: false },
  { name: 'sixteenth', dir: 'test/golden/residents15', learntBySafetyModel: false },
  { name: 'seventeenth', dir: 'test/golden/residents16', learntBySafetyModel: false },
  { name: 'eighteenth', dir: 'test/golden/residents17', learntBySafetyModel: false },
  { name: 'nineteenth', dir: 'test/golden/residents18', learntBySafetyModel: false },
  { name: 'twentieth', dir: 'test/golden/residents19', learntBySafetyModel: false },
  { name: 'twenty-first', dir: 'test/golden/residents20', learntBySafetyModel: false },
  { name: 'twenty-second', dir: 'test/golden/residents21', learntBySafetyModel: false },
  { name: 'twenty-third', dir: 'test/golden/residents22', learntBySafetyModel: false },
  { name: 'twenty-fourth', dir: 'test/golden/residents23', learntBySafetyModel: false },
  { name: 'twenty-fifth', dir: 'test/golden/residents24', learntBySafetyModel: false },
  { name: 'twenty-sixth', dir: 'test/golden/residents25', learntBySafetyModel: false },
  { name: 'twenty-seventh', dir: 'test/golden/residents26', learntBySafetyModel: false },
  { name: 'twenty-eighth', dir: 'test/golden/residents27', learntBySafetyModel: false },
  { name: 'twenty-ninth', dir: 'test/golden/residents28', learntBySafetyModel: false },
  { name: 'thirtieth', dir: 'test/golden/residents29', learntBySafetyModel: false },
  { name: 'thirty-first', dir: 'test/golden/residents30', learntBySafetyModel: false },
  { name: 'thirty-second', dir: 'test/golden/residents31', learntBySafetyModel: false },
  { name: 'thirty-third', dir: 'test/golden/residents32', learntBySafetyModel: false },
  { name: 'thirty-fourth', dir: 'test/golden/residents33', learntBySafetyModel: false },
  { name: 'thirty-fifth', dir: 'test/golden/residents34', learntBySafetyModel: false },
  { name: 'thirty-sixth', dir: 'test/golden/residents35', learntBySafetyModel: false },
  { name: 'thirty-seventh', dir: 'test/golden/residents36', learntBySafetyModel: false },
  { name: 'thirty-eighth', dir: 'test/golden/residents37', learntBySafetyModel: false },
  { name: 'thirty-ninth', dir: 'test/golden/residents38', learntBySafetyModel: false },
  { name: 'fortieth', dir: 'test/golden/residents39', learntBySafetyModel: false },
  { name: 'forty-first', dir: 'test/golden/residents40', learntBySafetyModel: false },
  { name: 'forty-second', dir: 'test/golden/residents41', learntBySafetyModel: false },
  { name: 'forty-third', dir: 'test/golden/residents42', learntBySafetyModel: false },
  { name: 'forty-fourth', dir: 'test/golden/residents43', learntBySafetyModel: false },
  { name: 'forty-fifth', dir: 'test/golden/residents44', learntBySafetyModel: false },
  { name: 'forty-sixth', dir: 'test/golden/residents45', learntBySafetyModel: false },
  { name: 'forty-seventh', dir: 'test/golden/residents46', learntBySafetyModel: false },
  { name: 'forty-eighth', dir: 'test/golden/residents47', learntBySafetyModel: false },
  { name: 'forty-ninth', dir: 'test/golden/residents48', learntBySafetyModel: false },
  { name: 'fiftieth', dir: 'test/golden/residents49', learntBySafetyModel: false },
  { name: 'fifty-first', dir: 'test/golden/residents50', learntBySafetyModel: false },
  { name: 'fifty-second', dir: 'test/golden/residents51', learntBySafetyModel: false },
  { name: 'fifty-third', dir: 'test/golden/residents52', learntBySafetyModel: false },
  { name: 'fifty-fourth', dir: 'test/golden/residents53', learntBySafetyModel: false },
  { name: 'fifty-fifth', dir: 'test/golden/residents54', learntBySafetyModel: false },
  { name: 'fifty-sixth', dir: 'test/golden/residents55', learntBySafetyModel: false },
  { name: 'fifty-seventh', dir: 'test/golden/residents56', learntBySafetyModel: false },
  { name: 'fifty-eighth', dir: 'test/golden/residents57', learntBySafetyModel: false },
  { name: 'fifty-ninth', dir: 'test/golden/residents58', learntBySafetyModel: false },
  { name: 'sixtieth', dir: 'test/golden/residents59', learntBySafetyModel: false },
  { name: 'sixty-first', dir: 'test/golden/residents60', learntBySafetyModel: false },
  { name: 'sixty-second', dir: 'test/golden/residents61', learntBySafetyModel: false },
  { name: 'sixty-third', dir: 'test/golden/residents62', learntBySafetyModel: false },
  { name: 'sixty-fourth', dir: 'test/golden/residents63', learntBySafetyModel: false },
  { name: 'sixty-fifth', dir: 'test/golden/residents64', learntBySafetyModel: false },
  { name: 'sixty-sixth', dir: 'test/golden/residents65', learntBySafetyModel: false },
  { name: 'sixty-seventh', dir: 'test/golden/residents66', learntBySafetyModel: false },
  { name: 'sixty-eighth', dir: 'test/golden/residents67', learntBySafetyModel: false },
  { name: 'sixty-ninth', dir: 'test/golden/residents68', learntBySafetyModel: false },
  { name: 'seventieth', dir: 'test/golden/residents69', learntBySafetyModel: false },
  { name: 'seventy-first', dir: 'test/golden/residents70', learntBySafetyModel: false },
  { name: 'seventy-second', dir: 'test/golden/residents71', learntBySafetyModel: false },
  { name: 'seventy-third', dir: 'test/golden/residents72', learntBySafetyModel: false },
  { name: 'seventy-fourth', dir: 'test/golden/residents73', learntBySafetyModel: false },
  { name: 'seventy-fifth', dir: 'test/golden/residents74', learntBySafetyModel: false },
  { name: 'seventy-sixth', dir: 'test/golden/residents75', learntBySafetyModel: false },
  { name: 'seventy-seventh', dir: 'test/golden/residents76', learntBySafetyModel: false },
  { name: 'seventy-eighth', dir: 'test/golden/residents77', learntBySafetyModel: false },
  { name: 'seventy-ninth', dir: 'test/golden/residents78', learntBySafetyModel: false },
  { name: 'eightieth', dir: 'test/golden/residents79', learntBySafetyModel: false },
  { name: 'eighty-first', dir: 'test/golden/residents80', learntBySafetyModel: false },
  { name: 'eighty-second', dir: 'test/golden/residents81', learntBySafetyModel: false },
  { name: 'eighty-third', dir: 'test/golden/residents82', learntBySafetyModel: false },
  { name: 'eighty-fourth', dir: 'test/golden/residents83', learntBySafetyModel: false },
  { name: 'eighty-fifth', dir: 'test/golden/residents84', learntBySafetyModel: false },
  { name: 'eighty-sixth', dir: 'test/golden/residents85', learntBySafetyModel: false },
  { name: 'eighty-seventh', dir: 'test/golden/residents86', learntBySafetyModel: false },
  { name: 'eighty-eighth', dir: 'test/golden/residents87', learntBySafetyModel: false },
  { name: 'eighty-ninth', dir: 'test/golden/residents88', learntBySafetyModel: false },
  { name: 'ninetieth', dir: 'test/golden/residents89', learntBySafetyModel: false },
  { name: 'ninety-first', dir: 'test/golden/residents90', learntBySafetyModel: false },
  { name: 'ninety-second', dir: 'test/golden/residents91', learntBySafetyModel: false },
  { name: 'ninety-third', dir: 'test/golden/residents92', learntBySafetyModel: false },
  { name: 'ninety-fourth', dir: 'test/golden/residents93', learntBySafetyModel: false },
  { name: 'ninety-fifth', dir: 'test/golden/residents94', learntBySafetyModel: false },
  { name: 'ninety-sixth', dir: 'test/golden/residents95', learntBySafetyModel: false },
  { name: 'ninety-seventh', dir: 'test/golden/residents96', learntBySafetyModel: false },
  { name: 'ninety-eighth', dir: 'test/golden/residents97', learntBySafetyModel: false },
  { name: 'ninety-ninth', dir: 'test/golden/residents98', learntBySafetyModel: false },
  { name: 'hundredth', dir: 'test/golden/residents99', learntBySafetyModel: false },
];

export function readGolden(dir = 'test/golden'): { byLang: Record<Lang, GoldenCase[]>; offTopic: OffTopicCase[] } {
  const read = <T>(name: string): T[] => parse(readFileSync(path.join(dir, name), 'utf8')) as T[];
  return {
    byLang: { sv: read<GoldenCase>('sv.yaml'), en: read<GoldenCase>('en.yaml'), se: read<GoldenCase>('se.yaml') },
    offTopic: read<OffTopicCase>('offtopic.yaml'),
  };
}

export interface EvalReport {
  perLang: Record<Lang, { total: number; top1: number; top3: number; rightLang: number; misses: Array<{ q: string; expected: string; got: string }> }>;
  offTopic: { total: number; none: number; answered: Array<{ q: string; got: string }> };
}

/** Asks every golden question as a first message (no conversation context) and counts the results. */
export function evaluate(engine: AnswerEngine, golden = readGolden()): EvalReport {
  const perLang = {} as EvalReport['perLang'];
  for (const lang of LANGS) {
    const stats = { total: 0, top1: 0, top3: 0, rightLang: 0, misses: [] as Array<{ q: string; expected: string; got: string }> };
    for (const { q, id } of golden.byLang[lang]) {
      const r = engine.ask(q);
      stats.total++;
      if (r.lang === lang) stats.rightLang++;
      const got = r.kind === 'answer' ? r.entry.id : r.kind === 'clarify' ? `clarify(${r.candidates.map((c) => c.id).join(',')})` : 'none';
      if (r.kind === 'answer' && r.entry.id === id) stats.top1++;
      else stats.misses.push({ q, expected: id, got: `${got} [${r.lang}] top ${r.top.slice(0, 3).map((m) => `${m.id}:${m.score}`).join(' ')}` });
      if (r.top.slice(0, 3).some((m) => m.id === id)) stats.top3++;
    }
    perLang[lang] = stats;
  }
  const offTopic = { total: 0, none: 0, answered: [] as Array<{ q: string; got: string }> };
  for (const { q } of golden.offTopic) {
    const r = engine.ask(q);
    offTopic.total++;
    if (r.kind === 'answer') offTopic.answered.push({ q, got: `${r.entry.id}:${r.score}` });
    else offTopic.none++;
  }
  return { perLang, offTopic };
}
